// The widget's own words, in B1 Dutch and in English. Texts about rules come from the engine
// and the policy files; these are only the words around them.

const TEKSTEN = {
  nl: {
    titel: 'Bereken uw recht',
    laden: 'De rekenhulp wordt geladen…',
    kanNietLaden: 'De rekenhulp werkt niet in deze browser. Kijk op de website van uw gemeente of bel de gemeente.',
    regelsNietGeladen: 'De regels van de gemeente konden niet geladen worden.',
    intro: 'Beantwoord een paar vragen over uw huishouden. U ziet dan welke regelingen van de gemeente misschien iets voor u zijn, en waarom. Het duurt ongeveer 5 minuten.',
    privacy: 'Uw antwoorden blijven op dit apparaat. Er wordt niets verstuurd.',
    begin: 'Begin',
    vorige: 'Vorige',
    volgende: 'Volgende',
    naarUitkomst: 'Bekijk de uitkomst',
    stap: (i, n) => `Stap ${i} van ${n}`,
    weetNiet: 'Weet ik niet',
    ja: 'Ja',
    nee: 'Nee',
    kies: 'Kies…',
    voorbeeldBedrag: 'Bijvoorbeeld 1.234,56',
    foutenKop: 'Verbeter eerst deze antwoorden:',
    geenAantal: 'Vul een aantal in, bijvoorbeeld 2. Vul 0 in als er niemand is.',
    kostToevoegen: 'Nog een kostenpost toevoegen',
    kostVerwijderen: (i) => `Kostenpost ${i} weghalen`,
    kostenpost: (i) => `Kostenpost ${i}`,
    nooit: 'Nog nooit',
    totNuToe: 'Uitkomst tot nu toe',
    telling: (ja, misschien) => `${ja} waarschijnlijk wel, ${misschien} misschien`,
    uitkomstKop: 'Uw uitkomst',
    uitkomstIntro: (gemeente, datum) => `Dit zijn de regelingen van de gemeente ${gemeente} op ${datum}. Dit is een schatting: de gemeente beslist pas als u een aanvraag doet.`,
    status: { ja: 'Waarschijnlijk wel', misschien: 'Misschien', nee: 'Waarschijnlijk niet' },
    waarom: 'Waarom?',
    watAls: 'Wat als?',
    watKuntUDoen: 'Wat kunt u doen?',
    bron: 'Bron',
    ontbreekt: 'Dit weten we nog niet:',
    advies: 'Advies: vraag een keukentafelgesprek',
    letOp: 'Let op',
    wijzig: (onderwerp) => `${onderwerp} wijzigen`,
    antwoordenKop: 'Uw antwoorden',
    print: 'Print of bewaar als PDF',
    nieuw: 'Nieuwe berekening',
    nieuwGedaan: 'Alle antwoorden zijn gewist.',
    bewaar: 'Bewaar mijn antwoorden op dit apparaat',
    bewaarUitleg: 'Alleen als u dit aanzet. Doe dit niet op een computer die u deelt met anderen.',
    wis: 'Wis mijn gegevens',
    teruggezet: 'Uw bewaarde antwoorden zijn teruggezet.',
    gewist: 'Uw gegevens zijn gewist van dit apparaat.',
    samenvattingKop: 'Samenvatting om mee te nemen naar de gemeente',
    gemaakt: (datum) => `Gemaakt op ${datum}`,
    versie: (gemeente, versie, motor) => `Regels van ${gemeente}, versie ${versie}; rekenhulp ${motor}.`,
    geenAntwoord: 'niet beantwoord',
    leefvorm: { alleenstaande: 'alleenstaande', alleenstaande_ouder: 'alleenstaande ouder', gehuwden: 'gehuwden of samenwonenden' },
    overzicht: (leefvorm, norm, procent) => [
      leefvorm && `U telt als ${leefvorm}.`,
      norm && `Uw bijstandsnorm is ${norm} per maand.`,
      procent && `Uw inkomen is ${procent} van die norm.`,
    ].filter(Boolean).join(' '),
    jaar: 'jaar',
    brigade: 'Vrijwilligersmodus: er wordt niets bewaard.',
    volgendHuishouden: 'Volgende huishouden',
    huishoudenGewist: 'Alles van het vorige huishouden is gewist. U kunt beginnen met het volgende huishouden.',
    samenMetVrijwilliger: 'Ingevuld samen met een vrijwilliger van de formulierenbrigade.',
    regelsVersie: (gemeente, versie, normen) => `Regels van ${gemeente}, versie ${versie}${normen ? `; bijstandsnormen van ${normen}` : ''}.`,
    normenVan: (datum) => `Bijstandsnormen van ${datum}.`,
  },
  en: {
    titel: 'Check your entitlements',
    laden: 'Loading the calculator…',
    kanNietLaden: "The calculator does not work in this browser. See your municipality's website or call the municipality.",
    regelsNietGeladen: "The municipality's rules could not be loaded.",
    intro: 'Answer a few questions about your household. You will see which schemes of the municipality may be for you, and why. It takes about 5 minutes.',
    privacy: 'Your answers stay on this device. Nothing is sent.',
    begin: 'Start',
    vorige: 'Back',
    volgende: 'Next',
    naarUitkomst: 'See the outcome',
    stap: (i, n) => `Step ${i} of ${n}`,
    weetNiet: "I don't know",
    ja: 'Yes',
    nee: 'No',
    kies: 'Choose…',
    voorbeeldBedrag: 'For example 1.234,56',
    foutenKop: 'Please correct these answers first:',
    geenAntwoord: 'not answered',
    geenAantal: 'Fill in a number, for example 2. Fill in 0 if there is nobody.',
    kostToevoegen: 'Add another cost',
    kostVerwijderen: (i) => `Remove cost ${i}`,
    kostenpost: (i) => `Cost ${i}`,
    nooit: 'Never',
    totNuToe: 'Outcome so far',
    telling: (ja, misschien) => `${ja} probably yes, ${misschien} maybe`,
    uitkomstKop: 'Your outcome',
    uitkomstIntro: (gemeente, datum) => `These are the schemes of the municipality of ${gemeente} on ${datum}. This is an estimate: the municipality decides only when you apply.`,
    status: { ja: 'Probably yes', misschien: 'Maybe', nee: 'Probably not' },
    waarom: 'Why?',
    watAls: 'What if?',
    watKuntUDoen: 'What can you do?',
    bron: 'Source',
    ontbreekt: 'We do not know this yet:',
    advies: 'Advice: ask for a kitchen-table conversation',
    letOp: 'Please note',
    wijzig: (onderwerp) => `Change ${onderwerp.toLowerCase()}`,
    antwoordenKop: 'Your answers',
    print: 'Print or save as PDF',
    nieuw: 'New calculation',
    nieuwGedaan: 'All answers have been wiped.',
    bewaar: 'Keep my answers on this device',
    bewaarUitleg: 'Only if you switch this on. Do not do this on a computer you share with others.',
    wis: 'Wipe my data',
    teruggezet: 'Your saved answers have been restored.',
    gewist: 'Your data has been wiped from this device.',
    samenvattingKop: 'Summary to take to the municipality',
    gemaakt: (datum) => `Made on ${datum}`,
    versie: (gemeente, versie, motor) => `Rules of ${gemeente}, version ${versie}; calculator ${motor}.`,
    leefvorm: { alleenstaande: 'a single person', alleenstaande_ouder: 'a single parent', gehuwden: 'a couple' },
    overzicht: (leefvorm, norm, procent) => [
      leefvorm && `You count as ${leefvorm}.`,
      norm && `Your social assistance norm is ${norm} per month.`,
      procent && `Your income is ${procent} of that norm.`,
    ].filter(Boolean).join(' '),
    jaar: 'years',
    brigade: 'Volunteer mode: nothing is kept.',
    volgendHuishouden: 'Next household',
    huishoudenGewist: 'Everything of the previous household has been wiped. You can start with the next household.',
    samenMetVrijwilliger: 'Filled in together with a volunteer of the formulierenbrigade.',
    regelsVersie: (gemeente, versie, normen) => `Rules of ${gemeente}, version ${versie}${normen ? `; social assistance norms of ${normen}` : ''}.`,
    normenVan: (datum) => `Social assistance norms of ${datum}.`,
  },
};

export function teksten(taal) {
  return TEKSTEN[taal] ?? TEKSTEN.nl;
}

/** A decimal string from the engine as euros, without turning it into a float for arithmetic. */
export function euro(bedrag, taal) {
  const [heel, deel = ''] = String(bedrag).split('.');
  const negatief = heel.startsWith('-');
  const cijfers = heel.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, taal === 'en' ? ',' : '.');
  const centen = (deel + '00').slice(0, 2);
  const teken = negatief ? '-' : '';
  return taal === 'en' ? `${teken}€${cijfers}.${centen}` : `€ ${teken}${cijfers},${centen}`;
}

/** `2025-09-15` as `15 september 2025` / `15 September 2025`. */
export function datumTekst(iso, taal) {
  const [j, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(taal === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(Date.UTC(j, m - 1, d));
}
