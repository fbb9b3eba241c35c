// The keukentafelgesprek request: the form's fields, their checks (with a message per field),
// the request as docs/keukentafel-request.schema.json describes it, and the ways it can leave:
// sent to the gemeente's endpoint or a prepared e-mail (or, as a letter, brief.js).
// No DOM here, so the request shape can be tested on its own.
import { voorkeuren } from './scherm-gesprek.js';

const TELEFOON = /^\+?[0-9 ()-]{8,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * The form's answers as { veld: message } for every field that is not right; {} when all is
 * well. `z`: the Zegger of the language shown (locales/<taal>/gesprek.ftl).
 */
export function controleer(f, z) {
  const fouten = {};
  if (!f.naam?.trim()) fouten.naam = z.w('gesprek-fout-naam');
  const telefoon = f.telefoon?.trim();
  const email = f.email?.trim();
  if (!telefoon && !email) fouten.telefoon = z.w('gesprek-fout-bereikbaar');
  if (telefoon && !TELEFOON.test(telefoon)) fouten.telefoon = z.w('gesprek-fout-telefoon');
  if (email && !EMAIL.test(email)) fouten.email = z.w('gesprek-fout-email');
  if (!['thuis', 'gemeentehuis', 'telefoon'].includes(f.voorkeur)) fouten.voorkeur = z.w('gesprek-fout-voorkeur');
  if (f.toestemming !== true) fouten.toestemming = z.w('gesprek-fout-toestemming');
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

/**
 * A readable text of the request, for the prepared e-mail: for the gemeente, so in Dutch
 * whatever language the inwoner chose (`nl`: the Zegger of the Dutch catalog).
 */
export function verzoekTekst(v, gemeenteNaam, nl) {
  const regels = [
    nl.w('verzoek-kop', { gemeente: gemeenteNaam }),
    '',
    nl.w('verzoek-naam', { naam: v.contact.naam }),
    v.contact.telefoon ? nl.w('verzoek-telefoon', { telefoon: v.contact.telefoon }) : null,
    v.contact.email ? nl.w('verzoek-email', { email: v.contact.email }) : null,
    nl.w('verzoek-voorkeur', { voorkeur: voorkeuren(nl)[v.voorkeur] }),
    v.moment ? nl.w('verzoek-moment', { moment: v.moment }) : null,
    v.vraag ? nl.w('verzoek-vraag', { vraag: v.vraag }) : null,
    v.met_vrijwilliger ? nl.w('verzoek-vrijwilliger') : null,
  ];
  if (v.uitkomst) {
    regels.push('', nl.w('verzoek-uitkomst', { peildatum: v.uitkomst.peildatum }));
    for (const r of v.uitkomst.regelingen) regels.push(`- ${r.id}: ${r.status}${r.bedrag ? ` (${r.bedrag})` : ''}`);
  }
  regels.push('', nl.w('verzoek-kenmerk', { kenmerk: v.idempotentie_sleutel }));
  return regels.filter((r) => r !== null).join('\n');
}

/** A mailto: address with the request as the message, for a gemeente without an endpoint. */
export function mailAdres(email, v, gemeenteNaam, nl) {
  const onderwerp = encodeURIComponent(nl.w('verzoek-onderwerp'));
  return `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${onderwerp}&body=${encodeURIComponent(verzoekTekst(v, gemeenteNaam, nl))}`;
}
