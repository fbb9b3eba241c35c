// The results: per regeling its status in an icon and words (never colour alone), the amount,
// the reasons with their numbers, the "what if", what to do next and the bron; then the maatwerk
// advice, and the answers given. The same DOM is the printed summary (print rules in the CSS).
import { el } from './dom.js';
import { ONBEKEND, aantal, bedragNaarEngine } from './antwoorden.js';
import { ONDERWERPEN, DETAILS, KOST_DETAILS, vraagVoor } from './vragen.js';
import { euro } from './teksten.js';

const ICOON = { ja: '✔', misschien: '?', nee: '✘' };

function tekst(t, taal) {
  return t?.[taal] ?? t?.nl ?? '';
}

/** One regeling's outcome card; its reasons are put into words here, when it is shown. */
export function uitkomstKaart(u, ctx) {
  const { taal, t, z } = ctx;
  const kop = `uitkomst-${u.id}`;
  const redenen = el('ul', { class: 'redenen' }, u.redenen.map((r) => reden(r, z)));
  const ontbreekt = u.ontbrekende_vragen.length
    ? el('div', { class: 'ontbreekt' }, el('p', {}, t.ontbreekt),
      el('ul', {}, u.ontbrekende_vragen.map((v) => el('li', {}, tekst(vraagVoor(v).vraag, taal)))))
    : null;
  const marge = [u.marge?.meer, u.marge?.minder].filter(Boolean);
  return el('article', { class: 'regeling', part: 'uitkomst', 'data-regeling': u.id, 'data-status': u.status, 'aria-labelledby': kop },
    el('h3', { id: kop }, z.tekst(u.naam)),
    el('p', { class: `status status-${u.status}`, part: `status status-${u.status}` },
      el('span', { class: 'icoon', 'aria-hidden': 'true' }, ICOON[u.status]), ' ', t.status[u.status]),
    el('p', { class: 'omschrijving' }, z.tekst(u.omschrijving)),
    u.bedrag ? el('p', { class: 'bedrag' }, z.zinnen(u.bedrag.uitleg)) : null,
    u.draagkracht ? el('p', { class: 'bedrag' }, z.zinnen(u.draagkracht.uitleg)) : null,
    el('h4', {}, t.waarom), redenen, ontbreekt,
    marge.length ? [el('h4', {}, t.watAls), el('ul', { class: 'marge' }, marge.map((m) => el('li', {}, z.zeg(m.uitleg))))] : null,
    // How to apply is no help for a regeling that does not fit; the conversation may be.
    el('h4', {}, t.watKuntUDoen), el('p', { class: 'vervolgstap' }, u.status === 'nee' ? t.neeVervolgstap : z.tekst(u.vervolgstap)),
    el('p', { class: 'bron' }, `${t.bron}: `, el('cite', {}, u.bron)));
}

function reden(r, z) {
  const teken = { voldaan: '✔', niet_voldaan: '✘', onbekend: '?', beoordeling: '!' }[r.uitslag] ?? '';
  return el('li', { class: `reden ${r.uitslag}` },
    el('span', { class: 'icoon', 'aria-hidden': 'true' }, teken), ' ', z.zinnen(r.zinnen),
    r.bron ? el('span', { class: 'reden-bron' }, ` (${r.bron})`) : null,
    r.onderdelen?.length ? el('ul', {}, r.onderdelen.map((o) => reden(o, z))) : null);
}

/** The maatwerk advice and the warnings, above the regelingen. */
export function signalen(report, ctx) {
  const { t, z } = ctx;
  const delen = [];
  if (report.maatwerk.length) {
    delen.push(el('section', { class: 'maatwerk', part: 'maatwerk', 'aria-labelledby': 'maatwerk-kop' },
      el('h3', { id: 'maatwerk-kop' }, t.advies),
      report.maatwerk.map((m) => el('div', { 'data-signaal': m.id },
        el('p', {}, z.tekst(m.tekst)),
        el('p', { class: 'bron' }, `${t.bron}: `, el('cite', {}, m.bron))))));
  }
  if (report.waarschuwingen.length) {
    delen.push(el('section', { class: 'waarschuwingen' }, el('h3', {}, t.letOp),
      el('ul', {}, report.waarschuwingen.map((w) => el('li', {}, z.zeg(w))))));
  }
  return delen;
}

/** The answers given, per topic, with a button to change them. */
export function antwoordenOverzicht(report, waarden, ctx, wijzig) {
  const { taal, t } = ctx;
  const perOnderwerp = new Map();
  for (const v of report.vragen) {
    if (!perOnderwerp.has(v.onderwerp)) perOnderwerp.set(v.onderwerp, []);
    perOnderwerp.get(v.onderwerp).push(...regels(v.id, waarden, ctx));
  }
  return el('section', { class: 'antwoorden', 'aria-labelledby': 'antwoorden-kop' },
    el('h3', { id: 'antwoorden-kop' }, t.antwoordenKop),
    [...perOnderwerp].map(([onderwerp, rijen]) => el('div', { class: 'onderwerp', 'data-onderwerp': onderwerp },
      el('h4', {}, tekst(ONDERWERPEN[onderwerp], taal)),
      el('dl', {}, rijen.map(([vraag, antwoord]) => [el('dt', {}, vraag), el('dd', {}, antwoord)])),
      el('button', { type: 'button', class: 'knop link geen-print', part: 'knop', 'data-wijzig': onderwerp, on: { click: () => wijzig(onderwerp) } },
        t.wijzig(tekst(ONDERWERPEN[onderwerp], taal))))));
}

function regels(id, waarden, ctx) {
  const def = vraagVoor(id);
  const { taal, t } = ctx;
  if (def.soort === 'lijst' || def.soort === 'kosten') {
    const n = aantal(waarden, id);
    const uit = [[tekst(def.vraag, taal), def.soort === 'kosten' ? antwoordTekst({ soort: 'janee' }, n === null ? waarden[`${id}.aantal`] : n > 0, ctx) : antwoordTekst({ soort: 'getal' }, waarden[`${id}.aantal`], ctx)]];
    for (let i = 0; i < (n ?? 0); i += 1) {
      const velden = def.soort === 'kosten' ? ['soort', 'bedrag', ...(KOST_DETAILS[waarden[`kosten[${i}].soort`]] ?? [])] : def.velden;
      const naam = def.soort === 'kosten' ? t.kostenpost(i + 1) : `${tekst(def.item, taal)} ${i + 1}`;
      for (const veld of velden) {
        const d = DETAILS[`${id}[].${veld}`];
        uit.push([`${naam}: ${tekst(d.vraag, taal)}`, antwoordTekst(d, waarden[`${id}[${i}].${veld}`], ctx)]);
      }
    }
    return uit;
  }
  return [[tekst(def.vraag, taal), antwoordTekst(def, waarden[id], ctx)]];
}

function antwoordTekst(def, w, { taal, t }) {
  if (w === undefined || w === '') return t.geenAntwoord;
  if (w === ONBEKEND) return t.weetNiet;
  if (w === null) return t.nooit;
  if (w === true) return t.ja;
  if (w === false) return t.nee;
  if (def.soort === 'bedrag') {
    const b = bedragNaarEngine(w);
    return /^\d+(\.\d{1,2})?$/.test(b) ? euro(b, taal) : String(w);
  }
  if (def.soort === 'keuze') return tekst(def.keuzes?.[w], taal) || String(w);
  return def.eenheid ? `${w} ${tekst(def.eenheid, taal)}` : String(w);
}
