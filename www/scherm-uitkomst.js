// The results: per regeling its status in an icon and words (never colour alone), the amount,
// the reasons with their numbers, the "what if", what to do next and the bron; then the maatwerk
// advice, and the answers given. The same DOM is the printed summary (print rules in the CSS).
import { el, knop } from './dom.js';
import { ONBEKEND, aantal, bedragNaarEngine } from './antwoorden.js';
import { DETAILS, KOST_DETAILS, eenheidTekst, itemTekst, keuzeTekst, onderwerpTekst, vraagTekst, vraagVoor } from './vragen.js';

const ICOON = { ja: '✔', misschien: '?', nee: '✘' };

/** A status in words: the engine's own messages for it (locales/<taal>/algemeen.ftl). */
export function statusTekst(status, z) {
  if (status === 'ja') return z.w('status-ja');
  if (status === 'misschien') return z.w('status-misschien');
  return z.w('status-nee');
}

/**
 * The regeling's name in the language shown and, in any other language than Dutch, its Dutch
 * name from the policy beside it: the name the gemeente knows it by (on screen and on paper).
 */
function naamMetNederlands(naam, z) {
  const vertaald = z.tekst(naam);
  if (z.taal === 'nl' || !naam?.nl || !naam[z.taal] || naam[z.taal] === naam.nl) return [vertaald, null];
  return [vertaald, el('p', { class: 'nederlandse-naam' }, z.w('uitkomst-nederlandse-naam'), ' ', el('span', { lang: 'nl' }, naam.nl))];
}

/**
 * The results screen, which is also the printed summary. ctx: { z, waarden (the flat answers),
 * brigade, motor (the engine's version), vandaag (YYYY-MM-DD, the day it is made), fout (a
 * message about the whole evaluation, or null) }; acties: { gesprek(), vorige(), nieuw(),
 * wijzig(onderwerp), bewaren (the storage choice, or null) }.
 */
export function uitkomstScherm(r, ctx, acties) {
  const { z } = ctx;
  const fout = el('p', { class: 'melding fout-melding', role: 'alert' }, ctx.fout ?? '');
  if (!r) return el('section', { class: 'scherm' }, el('h2', { tabindex: '-1' }, z.w('uitkomst-kop')), fout);
  const g = r.gemeente;
  return el('section', { class: 'scherm uitkomst', 'aria-labelledby': 'kop' },
    el('h2', { id: 'kop', tabindex: '-1' }, z.w('uitkomst-kop')),
    el('p', { class: 'alleen-print' }, z.w('uitkomst-samenvatting-kop')),
    // In a translation the Dutch text is leading: said once, on screen and on paper.
    z.taal === 'nl' ? null : el('p', { class: 'melding nederlands-leidend', 'data-nederlands-leidend': '' }, z.w('nederlands-leidend')),
    ctx.fout ? fout : null,
    el('p', {}, z.w('uitkomst-intro', { gemeente: g.naam, datum: z.datumTekst(r.peildatum) })),
    overzicht(r, z),
    signalen(r, ctx),
    el('div', { class: 'gesprek-vraag geen-print' },
      el('p', {}, z.w('uitkomst-gesprek-uitleg')),
      knop(z.w('knop-gesprek'), acties.gesprek, 'primair', { 'data-actie': 'gesprek' })),
    el('div', { class: 'regelingen' }, r.regelingen.map((u) => uitkomstKaart(u, ctx))),
    antwoordenOverzicht(r, ctx.waarden, ctx, acties.wijzig),
    ctx.brigade ? el('p', { class: 'brigade-print' }, z.w('brigade-samen-met-vrijwilliger')) : null,
    el('p', { class: 'alleen-print' }, g.website
      ? z.w('uitkomst-gesprek-print-website', { gemeente: g.naam, website: g.website })
      : z.w('uitkomst-gesprek-print', { gemeente: g.naam })),
    el('p', { class: 'versie' }, z.w('uitkomst-gemaakt', { datum: z.datumTekst(ctx.vandaag) }), ' ',
      z.w('uitkomst-versie', { gemeente: g.naam, versie: g.versie, motor: ctx.motor }), ' ',
      z.w('uitkomst-normen-van', { datum: z.datumTekst(r.normen_geldig_vanaf) })),
    el('div', { class: 'navigatie geen-print' },
      knop(z.w('knop-print'), () => window.print(), 'primair', { 'data-actie': 'print' }),
      knop(z.w('knop-vorige'), acties.vorige, 'secundair', { 'data-actie': 'vorige' }),
      knop(z.w('knop-nieuw'), acties.nieuw, 'secundair', { 'data-actie': 'nieuw' })),
    acties.bewaren);
}

/** One regeling's outcome card; its reasons are put into words here, when it is shown. */
export function uitkomstKaart(u, ctx) {
  const { z } = ctx;
  const kop = `uitkomst-${u.id}`;
  const redenen = el('ul', { class: 'redenen' }, u.redenen.map((r) => reden(r, z)));
  const ontbreekt = u.ontbrekende_vragen.length
    ? el('div', { class: 'ontbreekt' }, el('p', {}, z.w('uitkomst-ontbreekt')),
      el('ul', {}, u.ontbrekende_vragen.map((v) => el('li', {}, vraagTekst(vraagVoor(v), z)))))
    : null;
  const marge = [u.marge?.meer, u.marge?.minder].filter(Boolean);
  const [naam, nederlands] = naamMetNederlands(u.naam, z);
  return el('article', { class: 'regeling', part: 'uitkomst', 'data-regeling': u.id, 'data-status': u.status, 'aria-labelledby': kop },
    el('h3', { id: kop }, naam), nederlands,
    el('p', { class: `status status-${u.status}`, part: `status status-${u.status}` },
      el('span', { class: 'icoon', 'aria-hidden': 'true' }, ICOON[u.status]), ' ', statusTekst(u.status, z)),
    el('p', { class: 'omschrijving' }, z.tekst(u.omschrijving)),
    u.bedrag ? el('p', { class: 'bedrag' }, z.zinnen(u.bedrag.uitleg)) : null,
    u.draagkracht ? el('p', { class: 'bedrag' }, z.zinnen(u.draagkracht.uitleg)) : null,
    el('h4', {}, z.w('uitkomst-waarom')), redenen, ontbreekt,
    marge.length ? [el('h4', {}, z.w('uitkomst-wat-als')), el('ul', { class: 'marge' }, marge.map((m) => el('li', {}, z.w('marge-stap', { richting: m.richting, status: m.status, verschil: z.euro(m.bedrag) }))))] : null,
    // How to apply is no help for a regeling that does not fit; the conversation may be.
    el('h4', {}, z.w('uitkomst-wat-kunt-u-doen')), el('p', { class: 'vervolgstap' }, u.status === 'nee' ? z.w('uitkomst-nee-vervolgstap') : z.tekst(u.vervolgstap)),
    el('p', { class: 'bron' }, z.w('uitkomst-bron'), ' ', el('cite', {}, u.bron)));
}

function reden(r, z) {
  const teken = { voldaan: '✔', niet_voldaan: '✘', onbekend: '?', beoordeling: '!' }[r.uitslag] ?? '';
  return el('li', { class: `reden ${r.uitslag}` },
    el('span', { class: 'icoon', 'aria-hidden': 'true' }, teken), ' ', z.zinnen(r.zinnen),
    r.bron ? el('span', { class: 'reden-bron' }, ` (${r.bron})`) : null,
    r.onderdelen?.length ? el('ul', {}, r.onderdelen.map((o) => reden(o, z))) : null);
}

/**
 * The household in a few sentences: leefvorm, norm and the income's share of it. The share is
 * of the norm without the kostendelersnorm, the one the regelingen test with; the
 * kostendelersnorm, where it applies, is said apart.
 */
function overzicht(r, z) {
  const zinnen = [
    r.leefvorm ? z.w('uitkomst-leefvorm', { leefvorm: r.leefvorm }) : null,
    r.bijstandsnorm_zonder_kostendelersnorm ? z.w('uitkomst-norm', { norm: z.euro(r.bijstandsnorm_zonder_kostendelersnorm) }) : null,
    r.inkomen_procent_van_norm ? z.w('uitkomst-procent', { procent: z.procent(r.inkomen_procent_van_norm) }) : null,
    r.kostendelers && r.bijstandsnorm ? z.w('uitkomst-kostendelersnorm', { norm: z.euro(r.bijstandsnorm), anderen: r.kostendelers - 1 }) : null,
  ];
  return el('p', { class: 'overzicht' }, zinnen.filter(Boolean).join(' '));
}

/** The maatwerk advice and the warnings, above the regelingen. */
function signalen(report, ctx) {
  const { z } = ctx;
  const delen = [];
  if (report.maatwerk.length) {
    delen.push(el('section', { class: 'maatwerk', part: 'maatwerk', 'aria-labelledby': 'maatwerk-kop' },
      el('h3', { id: 'maatwerk-kop' }, z.w('uitkomst-advies')),
      report.maatwerk.map((m) => el('div', { 'data-signaal': m.id },
        el('p', {}, z.tekst(m.tekst)),
        el('p', { class: 'bron' }, z.w('uitkomst-bron'), ' ', el('cite', {}, m.bron))))));
  }
  if (report.waarschuwingen.length) {
    delen.push(el('section', { class: 'waarschuwingen' }, el('h3', {}, z.w('uitkomst-let-op')),
      el('ul', {}, report.waarschuwingen.map((w) => el('li', {}, z.zeg(w))))));
  }
  return delen;
}

/** The answers given, per topic, with a button to change them. */
function antwoordenOverzicht(report, waarden, ctx, wijzig) {
  const { z } = ctx;
  const perOnderwerp = new Map();
  for (const v of report.vragen) {
    if (!perOnderwerp.has(v.onderwerp)) perOnderwerp.set(v.onderwerp, []);
    perOnderwerp.get(v.onderwerp).push(...regels(v.id, waarden, ctx));
  }
  return el('section', { class: 'antwoorden', 'aria-labelledby': 'antwoorden-kop' },
    el('h3', { id: 'antwoorden-kop' }, z.w('uitkomst-antwoorden-kop')),
    [...perOnderwerp].map(([onderwerp, rijen]) => el('div', { class: 'onderwerp', 'data-onderwerp': onderwerp },
      el('h4', {}, onderwerpTekst(onderwerp, z)),
      el('dl', {}, rijen.map(([vraag, antwoord]) => [el('dt', {}, vraag), el('dd', {}, antwoord)])),
      el('button', { type: 'button', class: 'knop link geen-print', part: 'knop', 'data-wijzig': onderwerp, on: { click: () => wijzig(onderwerp) } },
        z.w('knop-wijzig', { onderwerp })))));
}

function regels(id, waarden, ctx) {
  const def = vraagVoor(id);
  const { z } = ctx;
  if (def.soort === 'lijst' || def.soort === 'kosten') {
    const n = aantal(waarden, id);
    const uit = [[vraagTekst(def, z), def.soort === 'kosten' ? antwoordTekst({ soort: 'janee' }, n === null ? waarden[`${id}.aantal`] : n > 0, ctx) : antwoordTekst({ soort: 'getal' }, waarden[`${id}.aantal`], ctx)]];
    for (let i = 0; i < (n ?? 0); i += 1) {
      const velden = def.soort === 'kosten' ? ['soort', 'bedrag', ...(KOST_DETAILS[waarden[`kosten[${i}].soort`]] ?? [])] : def.velden;
      const naam = def.soort === 'kosten' ? z.w('vragen-kostenpost', { nummer: i + 1 }) : itemTekst(def, z, i + 1);
      for (const veld of velden) {
        const d = DETAILS[`${id}[].${veld}`];
        uit.push([`${naam}: ${vraagTekst(d, z)}`, antwoordTekst(d, waarden[`${id}[${i}].${veld}`], ctx)]);
      }
    }
    return uit;
  }
  return [[vraagTekst(def, z), antwoordTekst(def, waarden[id], ctx)]];
}

function antwoordTekst(def, w, { z }) {
  if (w === undefined || w === '') return z.w('antwoord-geen');
  if (w === ONBEKEND) return z.w('antwoord-weet-niet');
  if (w === null) return z.w('antwoord-nooit');
  if (w === true) return z.w('antwoord-ja');
  if (w === false) return z.w('antwoord-nee');
  if (def.soort === 'bedrag') {
    const b = bedragNaarEngine(w);
    return /^\d+(\.\d{1,2})?$/.test(b) ? z.euro(b) : String(w);
  }
  if (def.soort === 'keuze') return keuzeTekst(def, w, z) ?? String(w);
  // "1 maand", "36 maanden": the unit agrees with the number typed, where it is one.
  const getal = /^\s*\d+\s*$/.test(String(w)) ? Number(w) : undefined;
  return def.eenheid ? `${w} ${eenheidTekst(def, z, getal)}` : String(w);
}
