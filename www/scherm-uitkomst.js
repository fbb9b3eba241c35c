// The results, which an inwoner should understand in one minute: first what the household can
// likely get (ja and misschien, with amounts) and the button for a keukentafelgesprek; then one
// card per regeling whose details (reasons with their numbers, what if, what to do, bron) open
// on request; the conditions every card shares, once; the regelingen that need a cost the
// household did not mention, one line each; what the tool does not evaluate; the answers.
// The same DOM is the printed summary (print rules in the CSS; the details only if chosen).
import { el, knop } from './dom.js';
import { ONBEKEND, aantal, bedragNaarEngine } from './antwoorden.js';
import { inkomenGrafiek } from './grafiek.js';
import { DETAILS, KOST_DETAILS, eenheidTekst, itemTekst, keuzeTekst, onderwerpTekst, vraagTekst, vraagVoor } from './vragen.js';

const ICOON = { ja: '✔', misschien: '?', nee: '✘' };
const TEKEN = { voldaan: '✔', niet_voldaan: '✘', onbekend: '?', beoordeling: '!' };

// The engine's reasons that say the household named no cost of the kind a regeling pays for
// (locales/<taal>/kosten.ftl): such a regeling is not a "no" but one to look at if that cost comes.
const GEEN_KOSTEN = new Set(['kosten-geen-opgegeven', 'kosten-onbekend', 'afwijzing-geen-kosten', 'afwijzing-kosten-onbekend']);

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

/** Every reason of a regeling, the members of groups included. */
function alleRedenen(redenen) {
  return redenen.flatMap((r) => [r, ...alleRedenen(r.onderdelen ?? [])]);
}

/** Whether a regeling needs a cost the household did not mention (and so is not for now). */
export function wachtOpKosten(u, z) {
  return u.status !== 'ja' && alleRedenen(u.redenen).some((r) => r.zinnen.some((b) => GEEN_KOSTEN.has(z.ontleed(b)[0])));
}

/** A reason's identity for sharing: the same words with the same outcome. */
const redenSleutel = (r, z) => `${r.uitslag}|${z.zinnen(r.zinnen)}`;

/**
 * The conditions met that two or more cards give in the same words (verblijfstitel, detentie,
 * leeftijd): said once above the cards instead of on each. What is not met or not known stays
 * on its card, where it decides the outcome.
 */
function gedeeldeRedenen(kaarten, z) {
  const tel = new Map();
  for (const u of kaarten) {
    const eigen = new Set(u.redenen.filter((r) => r.uitslag === 'voldaan' && !r.onderdelen?.length).map((r) => redenSleutel(r, z)));
    for (const s of eigen) tel.set(s, (tel.get(s) ?? 0) + 1);
  }
  return new Set([...tel].filter(([, n]) => n >= 2).map(([s]) => s));
}

/**
 * The results screen, which is also the printed summary. ctx: { z, waarden (the flat answers),
 * brigade, motor (the engine's version), vandaag (YYYY-MM-DD, the day it is made), fout (a
 * message about the whole evaluation, or null), documenten (the policy's, for links),
 * buitenScope (the policy's list), reeks (the engine's income sweep, or null) }; acties: { gesprek(), vorige(), nieuw(), wijzig(onderwerp),
 * bewaren (the storage choice, or null) }.
 */
export function uitkomstScherm(r, ctx, acties) {
  const { z } = ctx;
  const fout = el('p', { class: 'melding fout-melding', role: 'alert' }, ctx.fout ?? '');
  if (!r) return el('section', { class: 'scherm' }, el('h2', { tabindex: '-1' }, z.w('uitkomst-kop')), fout);
  const g = r.gemeente;
  const andere = r.regelingen.filter((u) => wachtOpKosten(u, z));
  const kaarten = r.regelingen.filter((u) => !andere.includes(u));
  const gedeeld = gedeeldeRedenen(kaarten, z);
  const details = el('div', { class: 'regelingen' }, kaarten.map((u) => uitkomstKaart(u, ctx, gedeeld)));
  return el('section', { class: 'scherm uitkomst', 'aria-labelledby': 'kop' },
    el('h2', { id: 'kop', tabindex: '-1' }, z.w('uitkomst-kop')),
    el('p', { class: 'alleen-print' }, z.w('uitkomst-samenvatting-kop')),
    // In a translation the Dutch text is leading: said once, on screen and on paper.
    z.taal === 'nl' ? null : el('p', { class: 'melding nederlands-leidend', 'data-nederlands-leidend': '' }, z.w('nederlands-leidend')),
    ctx.fout ? fout : null,
    samenvatting(r, kaarten, ctx),
    waarschuwingen(r, z),
    el('div', { class: 'gesprek-vraag geen-print' },
      el('p', {}, z.w('uitkomst-gesprek-uitleg')),
      knop(z.w('knop-gesprek'), acties.gesprek, 'primair', { 'data-actie': 'gesprek' })),
    signalen(r, ctx),
    el('h3', { class: 'kop-regelingen' }, z.w('uitkomst-per-regeling')),
    overzicht(r, z),
    gedeeld.size ? gedeeldeVoorwaarden(kaarten, gedeeld, ctx) : null,
    details,
    inkomenGrafiek({ z, reeks: ctx.reeks, huidig: r.inkomen != null ? { procent: r.inkomen_procent_van_norm, bedrag: r.inkomen } : null, namen: new Map(r.regelingen.map((u) => [u.id, u.naam])) }),
    andere.length ? andereRegelingen(andere, ctx, acties) : null,
    nietBerekend(ctx),
    antwoordenOverzicht(r, ctx.waarden, ctx, acties.wijzig),
    ctx.brigade ? el('p', { class: 'brigade-print' }, z.w('brigade-samen-met-vrijwilliger')) : null,
    el('p', { class: 'alleen-print' }, g.website
      ? z.w('uitkomst-gesprek-print-website', { gemeente: g.naam, website: g.website })
      : z.w('uitkomst-gesprek-print', { gemeente: g.naam })),
    el('p', { class: 'versie' }, z.w('uitkomst-gemaakt', { datum: z.datumTekst(ctx.vandaag) }), ' ',
      z.w('uitkomst-versie', { gemeente: g.naam, versie: g.versie, motor: ctx.motor }), ' ',
      z.w('uitkomst-normen-van', { datum: z.datumTekst(r.normen_geldig_vanaf) })),
    el('div', { class: 'vinkje geen-print' },
      el('input', { id: 'print-uitleg', type: 'checkbox', 'data-print-uitleg': '' }),
      el('label', { for: 'print-uitleg' }, z.w('uitkomst-print-uitleg'))),
    el('div', { class: 'navigatie geen-print' },
      knop(z.w('knop-print'), () => window.print(), 'primair', { 'data-actie': 'print' }),
      knop(z.w('knop-vorige'), acties.vorige, 'secundair', { 'data-actie': 'vorige' }),
      knop(z.w('knop-nieuw'), acties.nieuw, 'secundair', { 'data-actie': 'nieuw' })),
    acties.bewaren);
}

/**
 * Before printing (the button or the browser's own Print): the answers open, and the details of
 * each card only where the inwoner chose that (a typical household's summary fits two A4 pages
 * without them). Returns what closes them again afterwards.
 */
export function openVoorPrint(root) {
  const metUitleg = root.querySelector('[data-print-uitleg]')?.checked;
  const open = [...root.querySelectorAll(metUitleg ? '.uitkomst details:not([open])' : 'details.antwoorden:not([open]), details.inkomen-tabel:not([open])')];
  open.forEach((d) => { d.open = true; });
  const scherm = root.querySelector('.uitkomst');
  scherm?.classList.toggle('met-uitleg', Boolean(metUitleg));
  return () => { open.forEach((d) => { d.open = false; }); scherm?.classList.remove('met-uitleg'); };
}

/**
 * What the household can likely get, in a few lines: the ja and misschien regelingen by name,
 * each with its amount where the engine has one, linked to its card. Or, when there are none,
 * that plainly, with the conversation as the way on.
 */
function samenvatting(r, kaarten, ctx) {
  const { z } = ctx;
  const groep = (status, kop) => {
    const lijst = kaarten.filter((u) => u.status === status);
    if (!lijst.length) return null;
    return [el('h3', { class: `samenvatting-kop status-${status}` },
      el('span', { class: 'icoon', 'aria-hidden': 'true' }, ICOON[status]), ' ', kop),
    el('ul', { class: 'samenvatting-lijst' }, lijst.map((u) => el('li', { 'data-samenvatting': u.id },
      el('a', { href: `#uitkomst-${u.id}`, on: { click: (e) => naarKaart(e, u.id) } }, z.tekst(u.naam)),
      kortBedrag(u, z))))];
  };
  const ja = groep('ja', z.w('uitkomst-samenvatting-ja'));
  const misschien = groep('misschien', z.w('uitkomst-samenvatting-misschien'));
  return el('section', { class: 'samenvatting', 'aria-label': z.w('uitkomst-samenvatting-label') },
    el('p', {}, z.w('uitkomst-intro', { gemeente: r.gemeente.naam, datum: z.datumTekst(r.peildatum) })),
    ja, misschien,
    ja || misschien ? null : el('p', { class: 'samenvatting-geen' }, z.w('uitkomst-samenvatting-geen')));
}

/** What the inwoner should know about the whole outcome (old rules, norms not yet updated). */
function waarschuwingen(r, z) {
  if (!r.waarschuwingen.length) return null;
  return el('ul', { class: 'waarschuwingen', 'aria-label': z.w('uitkomst-let-op') },
    r.waarschuwingen.map((w) => el('li', {}, el('strong', {}, z.w('uitkomst-let-op'), ': '), z.zeg(w))));
}

/** Opens the card a summary line links to and moves there (inside the shadow root). */
function naarKaart(e, id) {
  e.preventDefault();
  const kaart = e.currentTarget.getRootNode().getElementById(`uitkomst-${id}`)?.closest('article');
  if (!kaart) return;
  kaart.querySelector('details')?.setAttribute('open', '');
  kaart.scrollIntoView({ block: 'start' });
  kaart.querySelector('h4')?.focus();
}

/** "€ 62 per jaar", "tot € 150 per jaar", "bedrag: vraag de gemeente": the amount in brief. */
/** A regeling's amount in a few words ("€ 300 per jaar"), or null without one. */
export function bedragTekst(u, z) {
  const b = u.bedrag;
  if (!b) return null;
  return b.waarde == null
    ? z.w('uitkomst-bedrag-onbekend')
    : z.w('uitkomst-bedrag-kort', { bedrag: z.euro(b.waarde), per: b.per ?? 'eenmalig', maximaal: b.maximaal ? 'ja' : 'nee' });
}

function kortBedrag(u, z) {
  const tekst = bedragTekst(u, z);
  return tekst ? el('span', { class: 'kort-bedrag' }, ': ', tekst) : null;
}

/** One regeling's outcome card: status and amount, a "nee" with its deciding reason in one
 * sentence, and the details on request. */
export function uitkomstKaart(u, ctx, gedeeld = new Set()) {
  const { z } = ctx;
  const kop = `uitkomst-${u.id}`;
  const eigen = u.redenen.filter((r) => !gedeeld.has(redenSleutel(r, z)));
  const doorslag = u.status === 'nee' ? u.redenen.find((r) => r.uitslag === 'niet_voldaan') : null;
  const ontbreekt = u.ontbrekende_vragen.length
    ? el('div', { class: 'ontbreekt' }, el('p', {}, z.w('uitkomst-ontbreekt')),
      el('ul', {}, u.ontbrekende_vragen.map((v) => el('li', {}, vraagTekst(vraagVoor(v), z)))))
    : null;
  const marge = [u.marge?.meer, u.marge?.minder].filter(Boolean);
  const [naam, nederlands] = naamMetNederlands(u.naam, z);
  return el('article', { class: 'regeling', part: 'uitkomst', 'data-regeling': u.id, 'data-status': u.status, 'aria-labelledby': kop },
    el('h4', { id: kop, tabindex: '-1' }, naam), nederlands,
    el('p', { class: `status status-${u.status}`, part: `status status-${u.status}` },
      el('span', { class: 'icoon', 'aria-hidden': 'true' }, ICOON[u.status]), ' ', statusTekst(u.status, z)),
    el('p', { class: 'omschrijving' }, z.tekst(u.omschrijving)),
    doorslag ? el('p', { class: 'doorslag' }, z.zinnen(doorslag.zinnen)) : null,
    u.bedrag ? el('p', { class: 'bedrag' }, z.zinnen(u.bedrag.uitleg)) : null,
    // 000 par. 8.3: a voucher or webshop provision may also be had in money, where the rules say so.
    u.ook_in_geld && u.status !== 'nee' ? el('p', { class: 'in-geld', 'data-in-geld': '' }, z.w('uitkomst-ook-in-geld')) : null,
    el('details', { class: 'kaart-details' },
      el('summary', {}, z.w('uitkomst-details')),
      u.draagkracht ? el('div', { class: 'bedrag' }, el('p', {}, z.zinnen(u.draagkracht.uitleg)), watBetekent(z.w('woord-draagkracht'), z.w('uitleg-draagkracht'), z)) : null,
      el('h5', {}, z.w('uitkomst-waarom')),
      el('ul', { class: 'redenen' }, (eigen.length ? eigen : u.redenen).map((r) => reden(r, ctx))),
      ontbreekt,
      marge.length ? [el('h5', {}, z.w('uitkomst-wat-als')), el('ul', { class: 'marge' }, marge.map((m) => el('li', {}, z.w('marge-stap', { richting: m.richting, status: m.status, verschil: z.euro(m.bedrag) }))))] : null,
      // How to apply is no help for a regeling that does not fit; the conversation may be.
      el('h5', {}, z.w('uitkomst-wat-kunt-u-doen')), el('p', { class: 'vervolgstap' }, u.status === 'nee' ? z.w('uitkomst-nee-vervolgstap') : z.tekst(u.vervolgstap)),
      u.aanvraag_url && u.status !== 'nee' ? el('p', {}, el('a', { href: u.aanvraag_url, rel: 'noopener', target: '_blank', 'data-aanvragen': '' }, z.w('uitkomst-aanvragen'))) : null,
      el('p', { class: 'bron' }, z.w('uitkomst-bron'), ' ', bronTekst(u.bron, ctx)),
      u.ook_in_geld && u.status !== 'nee' ? el('p', { class: 'bron' }, z.w('uitkomst-in-geld-bron'), ' ', bronTekst(u.ook_in_geld, ctx)) : null));
}

/** A plain explanation beside a word an inwoner may not know ("wat betekent dit?"). */
function watBetekent(woord, uitleg, z) {
  return el('details', { class: 'wat-betekent' },
    el('summary', {}, z.w('uitkomst-wat-betekent', { woord })),
    el('p', {}, uitleg));
}

function reden(r, ctx) {
  const { z } = ctx;
  return el('li', { class: `reden ${r.uitslag}` },
    el('span', { class: 'icoon', 'aria-hidden': 'true' }, TEKEN[r.uitslag] ?? ''), ' ', z.zinnen(r.zinnen),
    r.bron ? el('span', { class: 'reden-bron' }, ' (', bronTekst(r.bron, ctx), ')') : null,
    r.onderdelen?.length ? el('ul', {}, r.onderdelen.map((o) => reden(o, ctx))) : null);
}

/**
 * A source as the policy names it ("Verordening sociaal domein 2025 Gemeente Bunschoten, art. 7.4.2"),
 * with the title of each document that has a public text linked to it (https only). Marked Dutch:
 * the sources are Dutch documents, whatever language the page shows.
 */
export function bronTekst(bron, { documenten = [] }) {
  const metUrl = documenten.filter((d) => d.url?.startsWith('https://') && bron.includes(d.titel));
  if (!metUrl.length) return el('cite', { lang: 'nl' }, bron);
  const delen = [];
  let rest = bron;
  while (rest) {
    const treffers = metUrl.map((d) => [rest.indexOf(d.titel), d]).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0]);
    if (!treffers.length) { delen.push(rest); break; }
    const [i, d] = treffers[0];
    delen.push(rest.slice(0, i), el('a', { href: d.url, rel: 'noopener', target: '_blank' }, d.titel));
    rest = rest.slice(i + d.titel.length);
  }
  return el('cite', { lang: 'nl' }, delen);
}

/**
 * The household in a few sentences: leefvorm, the norm the regelingen test with (named with its
 * date, as the reasons name it) and the income's share of it; the kostendelersnorm apart.
 */
function overzicht(r, z) {
  const zinnen = [
    r.leefvorm ? z.w('uitkomst-leefvorm', { leefvorm: r.leefvorm }) : null,
    r.bijstandsnorm_zonder_kostendelersnorm ? z.w('uitkomst-norm', { norm: z.euro(r.bijstandsnorm_zonder_kostendelersnorm), datum: z.datumTekst(r.normen_geldig_vanaf) }) : null,
    r.inkomen_procent_van_norm ? z.w('uitkomst-procent', { procent: z.procent(r.inkomen_procent_van_norm) }) : null,
    r.kostendelers && r.bijstandsnorm ? z.w('uitkomst-kostendelersnorm', { norm: z.euro(r.bijstandsnorm), anderen: r.kostendelers - 1 }) : null,
  ];
  return [
    el('p', { class: 'overzicht', 'data-norm': r.bijstandsnorm_zonder_kostendelersnorm ?? '' }, zinnen.filter(Boolean).join(' ')),
    r.bijstandsnorm_zonder_kostendelersnorm ? watBetekent(z.w('woord-bijstandsnorm'), z.w('uitleg-bijstandsnorm'), z) : null,
  ];
}

/** The conditions the cards share, said once. */
function gedeeldeVoorwaarden(kaarten, gedeeld, ctx) {
  const { z } = ctx;
  const gezien = new Set();
  const redenen = [];
  for (const u of kaarten) {
    for (const r of u.redenen) {
      const s = redenSleutel(r, z);
      if (gedeeld.has(s) && !gezien.has(s)) { gezien.add(s); redenen.push({ ...r, bron: null }); }
    }
  }
  return el('section', { class: 'gedeeld', 'aria-labelledby': 'gedeeld-kop' },
    el('h4', { id: 'gedeeld-kop' }, z.w('uitkomst-voor-alle')),
    el('ul', { class: 'redenen' }, redenen.map((r) => reden(r, ctx))));
}

/** The regelingen for a cost the household did not mention: one line each, and a way to add it. */
function andereRegelingen(andere, ctx, acties) {
  const { z } = ctx;
  return el('section', { class: 'andere', 'aria-labelledby': 'andere-kop' },
    el('h3', { id: 'andere-kop' }, z.w('uitkomst-andere-kop')),
    el('p', {}, z.w('uitkomst-andere-uitleg')),
    el('ul', {}, andere.map((u) => el('li', { 'data-regeling': u.id, 'data-status': u.status, 'data-wacht-op-kosten': '' },
      z.tekst(u.naam)))),
    el('div', { class: 'geen-print' }, knop(z.w('knop-kosten-invullen'), () => acties.wijzig('kosten'), 'secundair', { 'data-actie': 'kosten-invullen' })));
}

/** What the gemeente has that the tool does not evaluate, so nobody concludes it has none. */
function nietBerekend({ z, buitenScope = [] }) {
  if (!buitenScope.length) return null;
  const namen = [...new Set(buitenScope.map((b) => b.naam))];
  return el('section', { class: 'niet-berekend', 'aria-labelledby': 'niet-berekend-kop' },
    el('h3', { id: 'niet-berekend-kop' }, z.w('uitkomst-niet-berekend-kop')),
    el('p', {}, z.w('uitkomst-niet-berekend-uitleg')),
    el('ul', {}, namen.map((n) => el('li', { lang: 'nl' }, n))));
}

/** The maatwerk advice, below the summary. */
function signalen(report, ctx) {
  const { z } = ctx;
  if (!report.maatwerk.length) return null;
  return el('section', { class: 'maatwerk', part: 'maatwerk', 'aria-labelledby': 'maatwerk-kop' },
    el('h3', { id: 'maatwerk-kop' }, z.w('uitkomst-advies')),
    report.maatwerk.map((m) => el('div', { 'data-signaal': m.id },
      el('p', {}, z.tekst(m.tekst)),
      el('p', { class: 'bron' }, z.w('uitkomst-bron'), ' ', bronTekst(m.bron, ctx)))));
}

/** The answers given, per topic, with a button to change them; folded on screen, printed. */
function antwoordenOverzicht(report, waarden, ctx, wijzig) {
  const { z } = ctx;
  const perOnderwerp = new Map();
  for (const v of report.vragen) {
    if (!perOnderwerp.has(v.onderwerp)) perOnderwerp.set(v.onderwerp, []);
    perOnderwerp.get(v.onderwerp).push(...regels(v.id, waarden, ctx));
  }
  return el('details', { class: 'antwoorden' },
    el('summary', { id: 'antwoorden-kop' }, el('h3', {}, z.w('uitkomst-antwoorden-kop'))),
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
