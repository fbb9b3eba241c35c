// The keukentafelgesprek request: the form's fields, their checks (with a message per field),
// the request as docs/keukentafel-request.schema.json describes it, and the ways it can leave:
// sent to the gemeente's endpoint, a prepared e-mail, or downloaded/printed by the inwoner.
// No DOM here beyond the download link, so the request shape can be tested on its own.
import { gesprekTeksten } from './scherm-gesprek.js';

const TELEFOON = /^\+?[0-9 ()-]{8,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const MELDINGEN = {
  nl: {
    naam: 'Vul uw naam in.',
    bereikbaar: 'Vul een telefoonnummer of een e-mailadres in, zodat de gemeente u kan bereiken.',
    telefoon: 'Dit is geen telefoonnummer. Vul het in zoals 06-12345678.',
    email: 'Dit is geen e-mailadres. Vul het in zoals naam@voorbeeld.nl.',
    voorkeur: 'Kies waar u het gesprek wilt hebben.',
    toestemming: 'Zonder uw toestemming versturen we niets. Zet het vinkje als u akkoord bent.',
  },
  en: {
    naam: 'Fill in your name.',
    bereikbaar: 'Fill in a phone number or an e-mail address, so the municipality can reach you.',
    telefoon: 'This is not a phone number. Write it like 06-12345678.',
    email: 'This is not an e-mail address. Write it like name@example.nl.',
    voorkeur: 'Choose where you want the conversation.',
    toestemming: 'Without your consent nothing is sent. Tick the box if you agree.',
  },
};

/** The form's answers as { veld: message } for every field that is not right; {} when all is well. */
export function controleer(f, taal) {
  const m = MELDINGEN[taal] ?? MELDINGEN.nl;
  const fouten = {};
  if (!f.naam?.trim()) fouten.naam = m.naam;
  const telefoon = f.telefoon?.trim();
  const email = f.email?.trim();
  if (!telefoon && !email) fouten.telefoon = m.bereikbaar;
  if (telefoon && !TELEFOON.test(telefoon)) fouten.telefoon = m.telefoon;
  if (email && !EMAIL.test(email)) fouten.email = m.email;
  if (!['thuis', 'gemeentehuis', 'telefoon'].includes(f.voorkeur)) fouten.voorkeur = m.voorkeur;
  if (f.toestemming !== true) fouten.toestemming = m.toestemming;
  return fouten;
}

/**
 * The request (schema version 1). Only what the inwoner chose to share: with `delen` =
 * `met_uitkomst` the answers and outcomes go along, otherwise only the contact details.
 */
export function maakVerzoek(f, { gemeente, report, antwoorden, sleutel, nu = new Date() }) {
  const contact = { naam: f.naam.trim() };
  if (f.telefoon?.trim()) contact.telefoon = f.telefoon.trim();
  if (f.email?.trim()) contact.email = f.email.trim();
  const verzoek = {
    versie: 1,
    idempotentie_sleutel: sleutel,
    gemeente,
    aangemaakt: nu.toISOString(),
    contact,
    voorkeur: f.voorkeur,
    met_vrijwilliger: f.met_vrijwilliger === true,
    toestemming: f.toestemming === true,
    delen: f.delen === 'met_uitkomst' && report ? 'met_uitkomst' : 'alleen_contact',
  };
  if (f.moment?.trim()) verzoek.moment = f.moment.trim().slice(0, 200);
  if (f.vraag?.trim()) verzoek.vraag = f.vraag.trim().slice(0, 2000);
  if (verzoek.delen === 'met_uitkomst') {
    verzoek.uitkomst = {
      peildatum: report.peildatum,
      regelingen: report.regelingen.map((u) => ({ id: u.id, status: u.status, bedrag: u.bedrag?.waarde ?? null })),
      maatwerk: report.maatwerk.map((m) => m.id),
      antwoorden,
    };
  }
  return verzoek;
}

/** A readable text of the request, for the prepared e-mail and the download. */
export function verzoekTekst(v, gemeenteNaam) {
  const regels = [
    `Verzoek om een keukentafelgesprek met de gemeente ${gemeenteNaam}`,
    '',
    `Naam: ${v.contact.naam}`,
    v.contact.telefoon ? `Telefoon: ${v.contact.telefoon}` : null,
    v.contact.email ? `E-mail: ${v.contact.email}` : null,
    `Voorkeur: ${gesprekTeksten('nl').keuzes[v.voorkeur]}`,
    v.moment ? `Goed moment: ${v.moment}` : null,
    v.vraag ? `Waar wil ik het over hebben: ${v.vraag}` : null,
    v.met_vrijwilliger ? 'Ingevuld samen met een vrijwilliger van de formulierenbrigade.' : null,
  ];
  if (v.uitkomst) {
    regels.push('', `Uitkomst van Bereken uw recht (peildatum ${v.uitkomst.peildatum}):`);
    for (const r of v.uitkomst.regelingen) regels.push(`- ${r.id}: ${r.status}${r.bedrag ? ` (${r.bedrag})` : ''}`);
  }
  regels.push('', `Kenmerk: ${v.idempotentie_sleutel}`);
  return regels.filter((r) => r !== null).join('\n');
}

/** A mailto: address with the request as the message, for a gemeente without an endpoint. */
export function mailAdres(email, v, gemeenteNaam) {
  const onderwerp = encodeURIComponent('Verzoek om een keukentafelgesprek');
  return `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${onderwerp}&body=${encodeURIComponent(verzoekTekst(v, gemeenteNaam))}`;
}

/** Offers the request as a file the inwoner keeps (the JSON of the schema). */
export function download(v) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(v, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `keukentafelgesprek-${v.gemeente}-${v.idempotentie_sleutel.slice(0, 8)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
