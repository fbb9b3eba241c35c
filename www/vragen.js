// How the widget asks each question: one entry per question of the engine (src/questions.rs, by
// answer field) and per detail of a list entry. Which questions are asked is the engine's call
// (`report.vragen`); this file only says how to ask them. The words are messages of the
// catalogs (locales/<taal>/vragen.ftl), named here by key:
//   soort: 'getal' | 'bedrag' | 'janee' | 'keuze' | 'lijst' | 'kosten' | 'jaren'
//   vraag, hulp, eenheid, item: message keys; keuzes: { id the engine takes: message key }
// "Weet ik niet" is offered for every question but a cost's kind (an unknown answer is misschien).
// No DOM here, so node tests import it too (tests/js/catalogus.test.mjs checks every key).

export const ONDERWERPEN = {
  huishouden: 'onderwerp-huishouden',
  inkomen: 'onderwerp-inkomen',
  vermogen: 'onderwerp-vermogen',
  situatie: 'onderwerp-situatie',
  kosten: 'onderwerp-kosten',
};

const INKOMENSBRONNEN = {
  bijstand: 'keuze-inkomensbron-bijstand',
  aow: 'keuze-inkomensbron-aow',
  loon: 'keuze-inkomensbron-loon',
  uitkering: 'keuze-inkomensbron-uitkering',
  studiefinanciering: 'keuze-inkomensbron-studiefinanciering',
  ondernemer: 'keuze-inkomensbron-ondernemer',
  geen: 'keuze-inkomensbron-geen',
  anders: 'keuze-inkomensbron-anders',
};

export const VRAGEN = {
  // `verplicht`: without it no regeling can be judged (the norm depends on age and partner), so
  // it has no "weet ik niet" and "Volgende" asks for it.
  'aanvrager.leeftijd': { soort: 'getal', vraag: 'vraag-aanvrager-leeftijd', eenheid: 'eenheid-jaar', verplicht: true },
  heeft_partner: { soort: 'janee', vraag: 'vraag-heeft-partner', hulp: 'hulp-heeft-partner', verplicht: true },
  'partner.leeftijd': { soort: 'getal', vraag: 'vraag-partner-leeftijd', eenheid: 'eenheid-jaar' },
  partner_woont_elders: { soort: 'janee', vraag: 'vraag-partner-woont-elders' },
  kinderen: { soort: 'lijst', vraag: 'vraag-kinderen', hulp: 'hulp-kinderen', item: 'item-kind', velden: ['leeftijd'] },
  medebewoners: {
    soort: 'lijst', vraag: 'vraag-medebewoners', hulp: 'hulp-medebewoners', item: 'item-medebewoner',
    velden: ['leeftijd', 'student', 'commerciele_huurder'],
  },
  'aanvrager.inkomen': { soort: 'bedrag', vraag: 'vraag-aanvrager-inkomen', hulp: 'hulp-inkomen' },
  'partner.inkomen': { soort: 'bedrag', vraag: 'vraag-partner-inkomen', hulp: 'hulp-inkomen' },
  'aanvrager.inkomensbron': { soort: 'keuze', vraag: 'vraag-aanvrager-inkomensbron', hulp: 'hulp-aanvrager-inkomensbron', keuzes: INKOMENSBRONNEN },
  'partner.inkomensbron': { soort: 'keuze', vraag: 'vraag-partner-inkomensbron', keuzes: INKOMENSBRONNEN },
  maanden_laag_inkomen: { soort: 'getal', vraag: 'vraag-maanden-laag-inkomen', hulp: 'hulp-maanden-laag-inkomen', eenheid: 'eenheid-maanden' },
  'aanvrager.student': { soort: 'janee', vraag: 'vraag-aanvrager-student', hulp: 'hulp-aanvrager-student' },
  'partner.student': { soort: 'janee', vraag: 'vraag-partner-student' },
  inkomenstoeslag_laatste_12_maanden: { soort: 'janee', vraag: 'vraag-inkomenstoeslag-laatste-12-maanden' },
  alleenstaande_ouderkop: { soort: 'bedrag', vraag: 'vraag-alleenstaande-ouderkop', hulp: 'hulp-alleenstaande-ouderkop' },
  alimentatie_betaald: { soort: 'bedrag', vraag: 'vraag-alimentatie-betaald', hulp: 'hulp-alimentatie-betaald' },
  vermogen: { soort: 'bedrag', vraag: 'vraag-vermogen', hulp: 'hulp-vermogen' },
  eigen_woning: { soort: 'janee', vraag: 'vraag-eigen-woning' },
  woz_waarde: { soort: 'bedrag', vraag: 'vraag-woz-waarde', hulp: 'hulp-woz-waarde' },
  hypotheek: { soort: 'bedrag', vraag: 'vraag-hypotheek' },
  woonkosten: { soort: 'bedrag', vraag: 'vraag-woonkosten' },
  zelfstandige_huishouding: { soort: 'janee', vraag: 'vraag-zelfstandige-huishouding', hulp: 'hulp-zelfstandige-huishouding' },
  schulden: { soort: 'janee', vraag: 'vraag-schulden' },
  schuldregeling: { soort: 'janee', vraag: 'vraag-schuldregeling', hulp: 'hulp-schuldregeling' },
  beperking_huisgenoot: { soort: 'janee', vraag: 'vraag-beperking-huisgenoot', hulp: 'hulp-beperking-huisgenoot' },
  'aanvrager.chronisch_ziek_of_beperking': { soort: 'janee', vraag: 'vraag-aanvrager-chronisch-ziek-of-beperking' },
  'partner.chronisch_ziek_of_beperking': { soort: 'janee', vraag: 'vraag-partner-chronisch-ziek-of-beperking' },
  'aanvrager.geldige_verblijfstitel': { soort: 'janee', vraag: 'vraag-aanvrager-geldige-verblijfstitel', hulp: 'hulp-aanvrager-geldige-verblijfstitel' },
  'partner.geldige_verblijfstitel': { soort: 'janee', vraag: 'vraag-partner-geldige-verblijfstitel', hulp: 'hulp-partner-geldige-verblijfstitel' },
  'aanvrager.gedetineerd': { soort: 'janee', vraag: 'vraag-aanvrager-gedetineerd' },
  'partner.gedetineerd': { soort: 'janee', vraag: 'vraag-partner-gedetineerd' },
  kosten: { soort: 'kosten', vraag: 'vraag-kosten', hulp: 'hulp-kosten' },
};

/** Details of one entry of a list, asked under that entry. */
export const DETAILS = {
  'kinderen[].leeftijd': { soort: 'getal', vraag: 'vraag-kind-leeftijd', eenheid: 'eenheid-jaar' },
  'medebewoners[].leeftijd': { soort: 'getal', vraag: 'vraag-medebewoner-leeftijd', eenheid: 'eenheid-jaar' },
  'medebewoners[].student': { soort: 'janee', vraag: 'vraag-medebewoner-student' },
  'medebewoners[].commerciele_huurder': { soort: 'janee', vraag: 'vraag-medebewoner-commerciele-huurder' },
  'kosten[].soort': {
    soort: 'keuze',
    vraag: 'vraag-kost-soort',
    keuzes: {
      medisch: 'keuze-kost-medisch',
      witgoed: 'keuze-kost-witgoed',
      computer: 'keuze-kost-computer',
      babyuitzet: 'keuze-kost-babyuitzet',
      uitvaart: 'keuze-kost-uitvaart',
      bewindvoering: 'keuze-kost-bewindvoering',
      reiskosten: 'keuze-kost-reiskosten',
      kinderopvang: 'keuze-kost-kinderopvang',
      verhuizing: 'keuze-kost-verhuizing',
      afval: 'keuze-kost-afval',
      waarborgsom: 'keuze-kost-waarborgsom',
      overig: 'keuze-kost-overig',
      alimentatie: 'keuze-kost-alimentatie',
      boete: 'keuze-kost-boete',
      schade: 'keuze-kost-schade',
      schuldaflossing: 'keuze-kost-schuldaflossing',
      huurschuld: 'keuze-kost-huurschuld',
      energieschuld: 'keuze-kost-energieschuld',
      budgetbeheer: 'keuze-kost-budgetbeheer',
      leges_verblijfsvergunning: 'keuze-kost-leges-verblijfsvergunning',
      naturalisatie: 'keuze-kost-naturalisatie',
      eigen_risico: 'keuze-kost-eigen-risico',
    },
  },
  'kosten[].bedrag': { soort: 'bedrag', vraag: 'vraag-kost-bedrag' },
  'kosten[].item': {
    soort: 'keuze',
    vraag: 'vraag-kost-item',
    keuzes: { wasmachine: 'keuze-apparaat-wasmachine', koelkast: 'keuze-apparaat-koelkast', kookapparatuur: 'keuze-apparaat-kookapparatuur' },
  },
  'kosten[].vervanging': { soort: 'janee', vraag: 'vraag-kost-vervanging' },
  'kosten[].jaren_sinds_vorige_vergoeding': { soort: 'jaren', vraag: 'vraag-kost-jaren-sinds-vorige-vergoeding', eenheid: 'eenheid-jaar' },
  'kosten[].via_kinderen_tellen_mee_laatste_60_maanden': { soort: 'janee', vraag: 'vraag-kost-via-kinderen-tellen-mee' },
  'kosten[].eerste_kind': { soort: 'janee', vraag: 'vraag-kost-eerste-kind' },
  'kosten[].overledene': {
    soort: 'keuze',
    vraag: 'vraag-kost-overledene',
    keuzes: { partner: 'keuze-overledene-partner', kind: 'keuze-overledene-kind', ouder: 'keuze-overledene-ouder', anders: 'keuze-overledene-anders' },
  },
  'kosten[].wsnp': { soort: 'janee', vraag: 'vraag-kost-wsnp' },
  'kosten[].al_betaald': { soort: 'janee', vraag: 'vraag-kost-al-betaald', hulp: 'hulp-kost-al-betaald' },
  'kosten[].voorliggende_voorziening': { soort: 'janee', vraag: 'vraag-kost-voorliggende-voorziening', hulp: 'hulp-kost-voorliggende-voorziening' },
  'kosten[].zeer_dringend': { soort: 'janee', vraag: 'vraag-kost-zeer-dringend', hulp: 'hulp-kost-zeer-dringend' },
  'kosten[].reisdoel': {
    soort: 'keuze',
    vraag: 'vraag-kost-reisdoel',
    keuzes: {
      arts_buiten_gemeente: 'keuze-reisdoel-arts-buiten-gemeente',
      familie_in_ziekenhuis: 'keuze-reisdoel-familie-in-ziekenhuis',
      familie_in_detentie: 'keuze-reisdoel-familie-in-detentie',
      school: 'keuze-reisdoel-school',
      re_integratie: 'keuze-reisdoel-re-integratie',
      anders: 'keuze-reisdoel-anders',
    },
  },
  'kosten[].enkele_reis_km': { soort: 'getal', vraag: 'vraag-kost-enkele-reis-km', hulp: 'hulp-kost-enkele-reis-km', eenheid: 'eenheid-km' },
  'kosten[].dreigt_uitzetting_of_afsluiting': { soort: 'janee', vraag: 'vraag-kost-dreigt-uitzetting-of-afsluiting', hulp: 'hulp-kost-dreigt-uitzetting-of-afsluiting' },
  'kosten[].kinderopvang_reden': {
    soort: 'keuze',
    vraag: 'vraag-kost-kinderopvang-reden',
    keuzes: {
      re_integratie: 'keuze-opvangreden-re-integratie',
      werkaanvaarding: 'keuze-opvangreden-werkaanvaarding',
      sociaal_medische_indicatie: 'keuze-opvangreden-sociaal-medische-indicatie',
      anders: 'keuze-opvangreden-anders',
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

/** The question an answer path belongs to: `kinderen[1].leeftijd` → `kinderen`. */
export function vraagVanPad(pad) {
  const basis = pad.replace(/(\[\d+\].*|\.aantal)$/, '');
  return VRAGEN[basis] ? basis : pad;
}

/** Where the engine's field path shows its message in the form. */
export function uiPad(veld) {
  if (/^kosten\[\d+\]$/.test(veld)) return `${veld}.soort`;
  if (['kinderen', 'medebewoners', 'kosten'].includes(veld)) return `${veld}.aantal`;
  return veld;
}

/** How to ask a question the engine knows but this file does not (a newer engine): plainly, by its field. */
export function vraagVoor(id) {
  return VRAGEN[id] ?? { soort: 'tekst', vraag: null, veld: id };
}

// The words of a definition in the language of the Zegger `z` (www/uitleg.js). The keys come
// from the tables above, so these are the only calls of `z.w` without a literal key.

/** The question itself; a question this file does not know is named by its field. */
export function vraagTekst(def, z) {
  return def.vraag ? z.w(def.vraag) : def.veld;
}

export function hulpTekst(def, z) {
  return def.hulp ? z.w(def.hulp) : null;
}

/** The unit, for `aantal` of it; without a number the form beside the empty field. */
export function eenheidTekst(def, z, aantal) {
  if (!def.eenheid) return null;
  return z.w(def.eenheid, aantal === undefined ? {} : { aantal });
}

/** The heading of entry `nummer` (from 1) of a list: "Kind 2". */
export function itemTekst(def, z, nummer) {
  return z.w(def.item, { nummer });
}

/** A choice's words, or null for a value this file does not offer. */
export function keuzeTekst(def, waarde, z) {
  const sleutel = def.keuzes?.[waarde];
  return sleutel ? z.w(sleutel) : null;
}

export function onderwerpTekst(onderwerp, z) {
  return ONDERWERPEN[onderwerp] ? z.w(ONDERWERPEN[onderwerp]) : onderwerp;
}
