// What the widget asks, in B1 Dutch and in English: one entry per question of the engine
// (src/questions.rs, by answer field) and per detail of a list entry. Which questions are asked
// is the engine's call (`report.vragen`); this file only says how to ask them.
//   soort: 'getal' | 'bedrag' | 'janee' | 'keuze' | 'lijst' | 'kosten'
//   onbekend: whether "weet ik niet" is offered (every question the engine can answer with misschien)

const t = (nl, en) => ({ nl, en });

export const ONDERWERPEN = {
  huishouden: t('Uw huishouden', 'Your household'),
  inkomen: t('Uw inkomen', 'Your income'),
  vermogen: t('Uw geld en bezit', 'Your savings and property'),
  situatie: t('Uw situatie', 'Your situation'),
  kosten: t('Uw kosten', 'Your costs'),
};

const INKOMENSBRONNEN = {
  bijstand: t('Bijstand (uitkering van de gemeente)', 'Social assistance (benefit from the municipality)'),
  aow: t('AOW of pensioen', 'State pension or pension'),
  loon: t('Werk (loon)', 'Work (wages)'),
  uitkering: t('Een andere uitkering, zoals WW of WIA', 'Another benefit, such as WW or WIA'),
  studiefinanciering: t('Studiefinanciering', 'Student finance'),
  ondernemer: t('Eigen bedrijf', 'Own business'),
  geen: t('Geen inkomen', 'No income'),
  anders: t('Iets anders', 'Something else'),
};

const INKOMEN_HULP = t(
  'Netto per maand, zonder vakantiegeld. Tel mee: loon, uitkering, pensioen, alimentatie voor uzelf. Tel niet mee: huurtoeslag, zorgtoeslag, kinderbijslag en kindgebonden budget. Giften tot € 1.200 per jaar voor uw hele huishouden tellen sinds 2026 niet mee, en hulp van de voedselbank ook niet.',
  'Net per month, without holiday pay. Count: wages, benefits, pension, alimony for yourself. Do not count: rent benefit, healthcare benefit, child benefit and child budget. Since 2026, gifts up to €1,200 a year for your whole household do not count, and neither does help from the food bank.',
);

export const VRAGEN = {
  'aanvrager.leeftijd': { soort: 'getal', vraag: t('Hoe oud bent u?', 'How old are you?'), eenheid: t('jaar', 'years') },
  heeft_partner: {
    soort: 'janee',
    vraag: t('Heeft u een partner?', 'Do you have a partner?'),
    hulp: t('Getrouwd, geregistreerd partner of samenwonend.', 'Married, registered partner or living together.'),
  },
  'partner.leeftijd': { soort: 'getal', vraag: t('Hoe oud is uw partner?', 'How old is your partner?'), eenheid: t('jaar', 'years') },
  partner_woont_elders: {
    soort: 'janee',
    vraag: t('Bent u getrouwd of heeft u een partner, maar woont u niet samen?', 'Are you married or do you have a partner, but you do not live together?'),
  },
  kinderen: {
    soort: 'lijst',
    vraag: t('Hoeveel kinderen onder de 18 wonen bij u?', 'How many children under 18 live with you?'),
    hulp: t('Vul 0 in als er geen kinderen bij u wonen.', 'Fill in 0 if no children live with you.'),
    item: t('Kind', 'Child'),
    velden: ['leeftijd'],
  },
  medebewoners: {
    soort: 'lijst',
    vraag: t('Hoeveel andere volwassenen (18 jaar of ouder) wonen bij u?', 'How many other adults (18 or older) live with you?'),
    hulp: t(
      'Bijvoorbeeld een volwassen kind, een ouder of een huisgenoot. Niet uw partner. Vul 0 in als er niemand anders woont. Zij kunnen "kostendeler" zijn: dan is uw bijstandsnorm lager.',
      'For example an adult child, a parent or a housemate. Not your partner. Fill in 0 if nobody else lives with you. They can be a "cost-sharer", which lowers your social assistance norm.',
    ),
    item: t('Volwassene', 'Adult'),
    velden: ['leeftijd', 'student', 'commerciele_huurder'],
  },
  'aanvrager.inkomen': { soort: 'bedrag', vraag: t('Wat is uw inkomen per maand?', 'What is your income per month?'), hulp: INKOMEN_HULP },
  'partner.inkomen': { soort: 'bedrag', vraag: t('Wat is het inkomen van uw partner per maand?', "What is your partner's income per month?"), hulp: INKOMEN_HULP },
  'aanvrager.inkomensbron': {
    soort: 'keuze',
    vraag: t('Waar komt uw inkomen vooral vandaan?', 'Where does your income mainly come from?'),
    hulp: t('Krijgt u een bijstandsuitkering van de gemeente, kies dan bijstand, ook als u daarnaast iets verdient.', 'If you receive social assistance from the municipality, choose social assistance, also if you earn something besides.'),
    keuzes: INKOMENSBRONNEN,
  },
  'partner.inkomensbron': {
    soort: 'keuze',
    vraag: t('Waar komt het inkomen van uw partner vooral vandaan?', "Where does your partner's income mainly come from?"),
    keuzes: INKOMENSBRONNEN,
  },
  maanden_laag_inkomen: {
    soort: 'getal',
    vraag: t('Hoe lang leeft u al van ongeveer dit inkomen?', 'How long have you been living on about this income?'),
    hulp: t(
      'In maanden, achter elkaar. 3 jaar is 36 maanden. Tel elke maand mee waarin uw inkomen niet hoger was dan nu ongeveer, ook als het een beetje veranderde. Tijd in een asielzoekerscentrum (azc) telt ook mee.',
      'In months, in a row. 3 years is 36 months. Count every month in which your income was not higher than about now, also if it changed a little. Time in an asylum seekers centre (azc) counts too.',
    ),
    eenheid: t('maanden', 'months'),
  },
  'aanvrager.student': {
    soort: 'janee',
    vraag: t('Volgt u een opleiding of studie waarvoor u studiefinanciering of WTOS kunt krijgen, of deed u dat in de laatste 12 maanden?', 'Are you in education or study for which you could get student finance or WTOS, or were you in the last 12 months?'),
    hulp: t('Ook als u de studiefinanciering of WTOS niet aanvraagt: het gaat erom of u die zou kunnen krijgen.', 'Also if you do not apply for student finance or WTOS: what matters is whether you could get it.'),
  },
  'partner.student': {
    soort: 'janee',
    vraag: t('Volgt uw partner een opleiding of studie waarvoor die studiefinanciering of WTOS kan krijgen, of deed die dat in de laatste 12 maanden?', 'Is your partner in education or study for which they could get student finance or WTOS, or were they in the last 12 months?'),
  },
  inkomenstoeslag_laatste_12_maanden: {
    soort: 'janee',
    vraag: t('Kreeg u in de laatste 12 maanden een individuele inkomenstoeslag van de gemeente?', 'Did you receive an individual income supplement from the municipality in the last 12 months?'),
  },
  alleenstaande_ouderkop: {
    soort: 'bedrag',
    vraag: t('Hoeveel alleenstaande-ouderkop zit er per maand in uw kindgebonden budget?', 'How much single-parent supplement is in your child budget per month?'),
    hulp: t(
      'Alleenstaande ouders krijgen bij het kindgebonden budget een extra bedrag: de alleenstaande-ouderkop. U ziet het in Mijn toeslagen of op de beschikking van de Belastingdienst. Deze gemeente telt dat deel als inkomen. Krijgt u het niet, vul dan 0 in.',
      'Single parents get an extra amount with the child budget: the single-parent supplement. You can see it in Mijn toeslagen or on the decision letter of the tax office. This municipality counts that part as income. If you do not get it, enter 0.',
    ),
  },
  alimentatie_betaald: {
    soort: 'bedrag',
    vraag: t('Hoeveel alimentatie betaalt u per maand?', 'How much maintenance do you pay per month?'),
    hulp: t(
      'Alimentatie die u of uw partner betaalt voor een ex-partner of voor kinderen jonger dan 21 die niet bij u wonen. Deze gemeente haalt die van uw inkomen af. Betaalt u geen alimentatie, vul dan 0 in.',
      'Maintenance you or your partner pay for an ex-partner or for children under 21 who do not live with you. This municipality takes it off your income. If you pay none, enter 0.',
    ),
  },
  vermogen: {
    soort: 'bedrag',
    vraag: t('Hoeveel geld en bezit heeft uw huishouden samen?', 'How much money and property does your household have together?'),
    hulp: t(
      'Tel op: geld op de bank en spaarrekening, contant geld, en dure spullen zoals een auto die u niet nodig heeft. Trek schulden eraf. Uw huis vragen we apart.',
      'Add up: money in the bank and savings, cash, and valuable things such as a car you do not need. Subtract debts. Your home is asked separately.',
    ),
  },
  eigen_woning: { soort: 'janee', vraag: t('Heeft u een eigen huis?', 'Do you own your home?') },
  woz_waarde: { soort: 'bedrag', vraag: t('Wat is de WOZ-waarde van uw huis?', 'What is the WOZ value of your home?'), hulp: t('Dit staat op de aanslag gemeentelijke belastingen.', 'This is on the municipal tax assessment.') },
  hypotheek: { soort: 'bedrag', vraag: t('Hoeveel hypotheek heeft u nog?', 'How much mortgage do you still have?') },
  woonkosten: { soort: 'bedrag', vraag: t('Wat betaalt u per maand aan huur of hypotheek?', 'What do you pay per month in rent or mortgage?') },
  zelfstandige_huishouding: {
    soort: 'janee',
    vraag: t('Heeft u een eigen huishouding?', 'Do you run your own household?'),
    hulp: t('U woont zelfstandig en doet zelf uw huishouden: niet inwonend bij iemand anders en niet in een instelling.', 'You live independently and run your own home: not living in at someone else\'s and not in an institution.'),
  },
  schulden: {
    soort: 'janee',
    vraag: t('Heeft u schulden of achterstanden die u niet kunt afbetalen?', 'Do you have debts or arrears that you cannot pay off?'),
  },
  schuldregeling: {
    soort: 'janee',
    vraag: t('Zit u nu in een schuldsanering (Wsnp) of een schuldregeling?', 'Are you now in a statutory debt scheme (Wsnp) or a debt arrangement?'),
    hulp: t('Bijvoorbeeld een minnelijke schuldregeling via de kredietbank of Stadsbank.', 'For example an amicable debt arrangement through the credit bank or Stadsbank.'),
  },
  beperking_huisgenoot: {
    soort: 'janee',
    vraag: t('Heeft iemand anders in uw huishouden een beperking of een chronisch psychisch of psychosociaal probleem?', 'Does someone else in your household have a disability or a chronic mental or psychosocial problem?'),
    hulp: t('Bijvoorbeeld een kind of een andere volwassene die bij u woont.', 'For example a child or another adult who lives with you.'),
  },
  'aanvrager.chronisch_ziek_of_beperking': {
    soort: 'janee',
    vraag: t('Bent u chronisch ziek of heeft u een beperking?', 'Do you have a chronic illness or a disability?'),
  },
  'partner.chronisch_ziek_of_beperking': {
    soort: 'janee',
    vraag: t('Is uw partner chronisch ziek of heeft die een beperking?', 'Does your partner have a chronic illness or a disability?'),
  },
  'aanvrager.geldige_verblijfstitel': {
    soort: 'janee',
    vraag: t('Woont u legaal in Nederland?', 'Do you live in the Netherlands legally?'),
    hulp: t('U bent Nederlander of heeft een geldige verblijfsvergunning.', 'You are Dutch or have a valid residence permit.'),
  },
  'partner.geldige_verblijfstitel': {
    soort: 'janee',
    vraag: t('Woont uw partner legaal in Nederland?', 'Does your partner live in the Netherlands legally?'),
    hulp: t('Uw partner is Nederlander of heeft een geldige verblijfsvergunning.', 'Your partner is Dutch or has a valid residence permit.'),
  },
  'aanvrager.gedetineerd': { soort: 'janee', vraag: t('Zit u nu in de gevangenis of in detentie?', 'Are you in prison or detention now?') },
  'partner.gedetineerd': { soort: 'janee', vraag: t('Zit uw partner nu in de gevangenis of in detentie?', 'Is your partner in prison or detention now?') },
  kosten: {
    soort: 'kosten',
    vraag: t('Heeft u nu kosten die u zelf niet kunt betalen?', 'Do you have costs now that you cannot pay yourself?'),
    hulp: t(
      'Bijvoorbeeld een kapotte wasmachine, een eigen bijdrage voor zorg, een uitvaart of kosten voor bewindvoering.',
      'For example a broken washing machine, a personal contribution for care, a funeral or costs of financial administration.',
    ),
  },
};

/** Details of one entry of a list, asked under that entry. */
export const DETAILS = {
  'kinderen[].leeftijd': { soort: 'getal', vraag: t('Leeftijd', 'Age'), eenheid: t('jaar', 'years') },
  'medebewoners[].leeftijd': { soort: 'getal', vraag: t('Leeftijd', 'Age'), eenheid: t('jaar', 'years') },
  'medebewoners[].student': { soort: 'janee', vraag: t('Studeert met studiefinanciering of WTOS?', 'Studies with student finance or WTOS?') },
  'medebewoners[].commerciele_huurder': { soort: 'janee', vraag: t('Huurt een kamer van u tegen een gewone prijs?', 'Rents a room from you at a normal price?') },
  'kosten[].soort': {
    soort: 'keuze',
    vraag: t('Waarvoor zijn de kosten?', 'What are the costs for?'),
    keuzes: {
      medisch: t('Zorg of medische kosten', 'Care or medical costs'),
      witgoed: t('Wasmachine, koelkast of fornuis', 'Washing machine, fridge or cooker'),
      computer: t('Computer of laptop voor school', 'Computer or laptop for school'),
      babyuitzet: t('Babyuitzet', 'Things for a new baby'),
      uitvaart: t('Uitvaart', 'Funeral'),
      bewindvoering: t('Bewindvoering', 'Financial administration (bewind)'),
      reiskosten: t('Reiskosten', 'Travel costs'),
      kinderopvang: t('Kinderopvang', 'Childcare'),
      verhuizing: t('Verhuizing', 'Moving house'),
      afval: t('Extra afval door een beperking of ziekte', 'Extra waste because of a disability or illness'),
      waarborgsom: t('Borg voor een huurhuis', 'Rental deposit'),
      overig: t('Iets anders', 'Something else'),
      alimentatie: t('Alimentatie', 'Maintenance payments'),
      boete: t('Een boete', 'A fine'),
      schade: t('Schade die ik moet betalen', 'Damage I have to pay for'),
      schuldaflossing: t('Schulden aflossen', 'Paying off debts'),
      huurschuld: t('Huurschuld', 'Rent arrears'),
      energieschuld: t('Schuld voor gas, water of licht', 'Arrears for gas, water or electricity'),
      budgetbeheer: t('Budgetbeheer', 'Budget management'),
      leges_verblijfsvergunning: t('Verlengen of wijzigen van een verblijfsvergunning', 'Extending or changing a residence permit'),
      naturalisatie: t('Naturalisatie', 'Naturalisation'),
      eigen_risico: t('Eigen risico van de zorgverzekering', 'Health insurance excess'),
    },
  },
  'kosten[].bedrag': { soort: 'bedrag', vraag: t('Hoeveel kost het?', 'How much does it cost?') },
  'kosten[].item': {
    soort: 'keuze',
    vraag: t('Welk apparaat?', 'Which appliance?'),
    keuzes: { wasmachine: t('Wasmachine', 'Washing machine'), koelkast: t('Koelkast', 'Fridge'), kookapparatuur: t('Fornuis of kookplaat', 'Cooker or hob') },
  },
  'kosten[].vervanging': { soort: 'janee', vraag: t('Vervangt het iets dat kapot is?', 'Does it replace something that broke?') },
  'kosten[].jaren_sinds_vorige_vergoeding': {
    soort: 'jaren',
    vraag: t('Hoeveel jaar geleden kreeg u hiervoor een vergoeding van de gemeente?', 'How many years ago did the municipality last pay for this?'),
    nooit: t('Nog nooit', 'Never'),
    eenheid: t('jaar', 'years'),
  },
  'kosten[].via_kinderen_tellen_mee_laatste_60_maanden': {
    soort: 'janee',
    vraag: t('Kreeg uw kind in de laatste 5 jaar een computer via Stichting Kinderen tellen mee?', 'Did your child get a computer through Stichting Kinderen tellen mee in the last 5 years?'),
  },
  'kosten[].eerste_kind': { soort: 'janee', vraag: t('Is het uw eerste kind?', 'Is it your first child?') },
  'kosten[].overledene': {
    soort: 'keuze',
    vraag: t('Wie is overleden?', 'Who died?'),
    keuzes: { partner: t('Mijn partner', 'My partner'), kind: t('Mijn kind', 'My child'), ouder: t('Mijn vader of moeder', 'My father or mother'), anders: t('Iemand anders', 'Someone else') },
  },
  'kosten[].wsnp': { soort: 'janee', vraag: t('Hoort de bewindvoering bij de WSNP (wettelijke schuldsanering)?', 'Is the administration part of the WSNP (statutory debt scheme)?') },
  'kosten[].al_betaald': {
    soort: 'janee',
    vraag: t('Heeft u dit al gekocht of betaald?', 'Have you already bought or paid for this?'),
    hulp: t('De gemeente helpt meestal alleen als u het vraagt voordat u iets koopt of betaalt.', 'The municipality usually only helps if you ask before you buy or pay anything.'),
  },
  'kosten[].voorliggende_voorziening': {
    soort: 'janee',
    vraag: t('Betaalt iets anders dit al helemaal, zoals uw zorgverzekering of de kinderopvangtoeslag?', 'Does something else already pay all of this, such as your health insurance or the childcare allowance?'),
    hulp: t('Betaalt het maar een deel? Kies dan nee en vul bij het bedrag in wat u zelf moet betalen.', 'Does it pay only part? Then choose no and enter what you have to pay yourself as the amount.'),
  },
  'kosten[].zeer_dringend': {
    soort: 'janee',
    vraag: t('Is er een acute noodsituatie?', 'Is there an acute emergency?'),
    hulp: t('Bijvoorbeeld als uw leven of gezondheid ernstig in gevaar komt als dit niet betaald wordt.', 'For example when your life or health is in serious danger if this is not paid.'),
  },
  'kosten[].reisdoel': {
    soort: 'keuze',
    vraag: t('Waarvoor reist u?', 'What do you travel for?'),
    keuzes: {
      arts_buiten_gemeente: t('Naar een arts, therapeut of specialist buiten de gemeente', 'To a doctor, therapist or specialist outside the municipality'),
      familie_in_ziekenhuis: t('Naar mijn partner, kind of ouder in het ziekenhuis of verpleeghuis', 'To my partner, child or parent in hospital or a nursing home'),
      familie_in_detentie: t('Naar mijn partner, kind of ouder in de gevangenis', 'To my partner, child or parent in prison'),
      school: t('Mijn kind naar school, die niet dichtbij kan', 'My child to a school that cannot be nearby'),
      re_integratie: t('Voor re-integratie of scholing', 'For re-integration or training'),
      anders: t('Iets anders', 'Something else'),
    },
  },
  'kosten[].enkele_reis_km': {
    soort: 'getal',
    vraag: t('Hoeveel kilometer is een enkele reis?', 'How many kilometres is a single journey?'),
    hulp: t('De kortste route, bijvoorbeeld volgens de ANWB-routeplanner. Alleen heen, niet heen en terug.', 'The shortest route, for example by the ANWB route planner. One way, not there and back.'),
    eenheid: t('km', 'km'),
  },
  'kosten[].dreigt_uitzetting_of_afsluiting': {
    soort: 'janee',
    vraag: t('Dreigt u uit huis gezet of afgesloten te worden?', 'Are you at risk of eviction or disconnection?'),
    hulp: t('Bijvoorbeeld een brief van de verhuurder, de deurwaarder of het energiebedrijf.', 'For example a letter from the landlord, the bailiff or the energy company.'),
  },
  'kosten[].kinderopvang_reden': {
    soort: 'keuze',
    vraag: t('Waarom is kinderopvang nodig?', 'Why is childcare needed?'),
    keuzes: {
      re_integratie: t('Voor werk zoeken, re-integratie of inburgering', 'For job seeking, re-integration or civic integration'),
      werkaanvaarding: t('Ik ben net aan het werk na de bijstand', 'I just started work after social assistance'),
      sociaal_medische_indicatie: t('Om medische of sociale redenen (indicatie)', 'For medical or social reasons (indication)'),
      anders: t('Een andere reden', 'Another reason'),
    },
  },
};

/** Which details a cost needs, by its kind: what the policies of the seed gemeenten read.
 *  Every cost is asked whether it is paid already (the refusal grounds of bijzondere bijstand);
 *  care and childcare whether another scheme pays them; the kinds bijzondere bijstand never pays
 *  whether there is an emergency (zeer dringende redenen). */
const BETAALD = ['al_betaald'];
const NOOD = ['zeer_dringend'];
export const KOST_DETAILS = {
  medisch: ['voorliggende_voorziening', ...BETAALD],
  witgoed: ['item', 'vervanging', 'jaren_sinds_vorige_vergoeding', ...BETAALD],
  computer: ['vervanging', 'jaren_sinds_vorige_vergoeding', 'via_kinderen_tellen_mee_laatste_60_maanden', ...BETAALD],
  babyuitzet: ['eerste_kind', ...BETAALD],
  uitvaart: ['overledene', ...BETAALD],
  bewindvoering: ['wsnp', ...BETAALD],
  kinderopvang: ['kinderopvang_reden', 'voorliggende_voorziening', ...BETAALD],
  reiskosten: ['reisdoel', 'enkele_reis_km', ...BETAALD],
  budgetbeheer: BETAALD,
  leges_verblijfsvergunning: BETAALD,
  // Never paid, also not in an emergency (Montferland 003 par. 9.15): nothing more to ask.
  naturalisatie: [],
  eigen_risico: BETAALD,
  verhuizing: BETAALD,
  afval: BETAALD,
  waarborgsom: BETAALD,
  overig: BETAALD,
  alimentatie: NOOD,
  boete: NOOD,
  schade: NOOD,
  schuldaflossing: NOOD,
  // Roosendaal lends for these to prevent eviction or disconnection, once in 5 years (001 Ad. 1).
  huurschuld: ['dreigt_uitzetting_of_afsluiting', 'jaren_sinds_vorige_vergoeding', ...NOOD],
  energieschuld: ['dreigt_uitzetting_of_afsluiting', 'jaren_sinds_vorige_vergoeding', ...NOOD],
};

/** How to ask a question the engine knows but this file does not (a newer engine): plainly. */
export function vraagVoor(id) {
  return VRAGEN[id] ?? { soort: 'tekst', vraag: t(id, id) };
}
