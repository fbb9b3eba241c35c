// "Wat als mijn inkomen verandert?": the engine's income sweep (the same household at incomes
// from nothing to twice the norm, one whole evaluation per step) drawn as one bar per regeling
// whose outcome changes with income, the current income marked and each limit labelled (the
// engine finds each limit to the cent between its steps); and the same runs as a table, for
// screen readers and for print. Computed in the browser, nothing sent.
// Only regelingen whose status changes are drawn: a bar that is the same everywhere says nothing
// about income.
import { el } from './dom.js';
// A cycle with scherm-uitkomst.js, harmless: both only call each other's functions, never at load.
import { statusTekst } from './scherm-uitkomst.js';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, built as `el` builds HTML: every string is text, never markup. */
function svg(tag, attrs = {}, ...kinderen) {
  const e = document.createElementNS(SVG, tag);
  for (const [naam, waarde] of Object.entries(attrs)) if (waarde !== null && waarde !== undefined) e.setAttribute(naam, String(waarde));
  for (const k of kinderen.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
}

/**
 * Per regeling the runs of one status over the steps, in the sweep's order: { id, runs: [{
 * status, van, tot }] } with `van` and `tot` the first and last step of the run (the engine's
 * steps: procent, inkomen, aanvrager). Regelingen with one run are left out.
 */
export function verlopen(reeks) {
  return reeks.regelingen.map((id, k) => {
    const runs = [];
    for (const stap of reeks.stappen) {
      const status = stap.u[k]?.[0];
      const laatste = runs.at(-1);
      if (laatste?.status === status) laatste.tot = stap;
      else runs.push({ status, van: stap, tot: stap });
    }
    return { id, runs };
  }).filter((r) => r.runs.length > 1);
}

/** The household's income at a step: as the engine counted it, else the aanvrager's. */
const inkomen = (stap) => stap.inkomen ?? stap.aanvrager;

/** Where a step sits on the axis: the share of the norm the engine counted, else the one aimed at. */
const plek = (stap) => stap.procent_van_norm ?? stap.procent;

/**
 * An amount in whole euros for a label on the chart ("€ 1.348"): the euros of the decimal
 * string, cut, never computed; the table gives the cents.
 */
function kortEuro(bedrag, z) {
  const euros = String(bedrag).split('.')[0];
  return new Intl.NumberFormat(z.taal, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}

// The drawing, in viewBox units: every bar is its own SVG of the same width, under its name in
// HTML (which wraps, and runs right to left in Arabic); the axis runs left to right in every
// language. The SVGs scale to the width they get, up to a maximum in the CSS.
const BREED = 340;
const LINKS = 10;
const RECHTS = 14;
/** About the width of a character of a limit's label (13 units high). */
const TEKEN_BREED = 7.5;
const x = (procent) => LINKS + (Math.min(Math.max(Number(procent), 0), 200) / 200) * (BREED - LINKS - RECHTS);

/**
 * The section, or null when no regeling changes with income (or there is no sweep). ctx: { z,
 * reeks (the engine's), huidig ({ procent, bedrag }: the household's income and its share of
 * the norm, or null), namen (regeling id → its name object) }. Only amounts are shown, no
 * percentages: a regeling may test against another norm (the kostendelersnorm) than the axis.
 */
export function inkomenGrafiek({ z, reeks, huidig, namen }) {
  if (!reeks?.stappen?.length) return null;
  const rijen = verlopen(reeks);
  if (!rijen.length) return null;
  const naam = (id) => z.tekst(namen.get(id));
  const hoogste = reeks.stappen.at(-1);
  return el('section', { class: 'inkomen-grafiek', 'aria-labelledby': 'grafiek-kop' },
    el('h3', { id: 'grafiek-kop' }, z.w('grafiek-kop')),
    el('p', {}, z.w('grafiek-uitleg')),
    legenda(z),
    tekening(rijen, reeks, huidig, naam, z),
    el('p', { class: 'grafiek-stappen' }, z.w('grafiek-stappen', { norm: z.euro(reeks.norm), max: z.euro(inkomen(hoogste)) })),
    el('details', { class: 'inkomen-tabel' },
      el('summary', {}, z.w('grafiek-tabel')),
      tabel(rijen, naam, z)));
}

function legenda(z) {
  return el('ul', { class: 'grafiek-legenda', 'aria-hidden': 'true' },
    ['ja', 'misschien', 'nee'].map((s) => el('li', {}, el('span', { class: `staal staal-${s}` }), statusTekst(s, z))));
}

/** The bars; its text alternative is the table (the picture says nothing the table does not). */
function tekening(rijen, reeks, huidig, naam, z) {
  const nu = huidig?.procent === null || huidig?.procent === undefined ? null : x(huidig.procent);
  return el('div', { class: 'grafiek geen-print', role: 'img', 'aria-label': z.w('grafiek-beschrijving', { aantal: rijen.length }) },
    nu === null ? null : svg('svg', { viewBox: `0 0 ${BREED} 18`, direction: 'ltr', class: 'grafiek-nu' },
      svg('text', { x: nu, y: 13, 'text-anchor': nu > BREED - 60 ? 'end' : nu < 60 ? 'start' : 'middle' }, z.w('grafiek-nu', { bedrag: kortEuro(huidig.bedrag, z) })),
      svg('line', { x1: nu, x2: nu, y1: 15, y2: 18 })),
    rijen.map((r) => rij(r, nu, naam, z)),
    as(reeks, z));
}

function rij({ id, runs }, nu, naam, z) {
  return el('div', { class: 'grafiek-rij', 'data-grafiek': id },
    el('p', { class: 'grafiek-naam' }, naam(id)),
    svg('svg', { viewBox: `0 0 ${BREED} 48`, direction: 'ltr' },
      svg('defs', {}, svg('pattern', { id: `arcering-${id}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svg('rect', { width: 6, height: 6, class: 'vlak-misschien-achter' }),
        svg('rect', { width: 3, height: 6, class: 'vlak-misschien' }))),
      runs.map((run, i) => {
        const tot = runs[i + 1] ? plek(runs[i + 1].van) : 200;
        return svg('rect', {
          x: x(plek(run.van)), y: 2, width: Math.max(x(tot) - x(plek(run.van)), 1), height: 14,
          class: `balk-${run.status}`, 'data-status': run.status, fill: run.status === 'misschien' ? `url(#arcering-${id})` : null,
        });
      }),
      grenzen(runs, 30, z),
      nu === null ? null : svg('line', { x1: nu, x2: nu, y1: 0, y2: 48, class: 'grafiek-nu-lijn' })));
}

/**
 * Each limit under the bar: the last step that still has the status before it. A label that
 * would run into the one before it goes a line lower.
 */
function grenzen(runs, y, z) {
  let vorigeRand = -Infinity;
  let vorigeLaag = false;
  return runs.slice(0, -1).map((run) => {
    const tekst = kortEuro(inkomen(run.tot), z);
    const px = x(plek(run.tot));
    const half = (tekst.length * TEKEN_BREED) / 2;
    const laag = px - half < vorigeRand + 2 && !vorigeLaag;
    vorigeLaag = laag;
    vorigeRand = px + half;
    const anker = px - half < 0 ? 'start' : px + half > BREED ? 'end' : 'middle';
    return svg('text', { x: px, y: laag ? y + 15 : y, class: 'grafiek-grens', 'text-anchor': anker }, tekst);
  });
}

/** The axis, with the incomes of the steps at 0, 50, 100, 150 and 200% of the norm. */
function as(reeks, z) {
  const ticks = [0, 50, 100, 150, 200].map((p) => [p, reeks.stappen.find((s) => !s.grens && Number(s.procent) === p)]).filter(([, s]) => s);
  return [
    svg('svg', { viewBox: `0 0 ${BREED} 20`, direction: 'ltr', class: 'grafiek-as' },
      svg('line', { x1: LINKS, x2: BREED - RECHTS, y1: 1, y2: 1 }),
      ticks.map(([p, s]) => svg('text', { x: x(p), y: 16, 'text-anchor': p === 0 ? 'start' : p === 200 ? 'end' : 'middle' }, kortEuro(inkomen(s), z)))),
    el('p', { class: 'grafiek-as-titel' }, z.w('grafiek-as')),
  ];
}

/**
 * Per regeling each run as an income range per month (its ends to the cent): the regeling
 * a heading row, then two columns, so the table fits a phone.
 */
function tabel(rijen, naam, z) {
  const bereik = ({ van, tot }, eerste, laatste) => {
    if (laatste) return z.w('grafiek-vanaf', { van: z.euro(inkomen(van)) });
    if (eerste && Number(inkomen(van)) === 0) return z.w('grafiek-tot', { tot: z.euro(inkomen(tot)) });
    return z.w('grafiek-bereik', { van: z.euro(inkomen(van)), tot: z.euro(inkomen(tot)) });
  };
  return el('table', { class: 'grafiek-tabel' },
    el('caption', {}, z.w('grafiek-tabel-bijschrift')),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, z.w('grafiek-kolom-inkomen')),
      el('th', { scope: 'col' }, z.w('grafiek-kolom-uitkomst')))),
    rijen.map(({ id, runs }) => el('tbody', { 'data-grafiek': id },
      el('tr', {}, el('th', { scope: 'rowgroup', colspan: 2, class: 'grafiek-tabel-regeling' }, naam(id))),
      runs.map((run, i) => el('tr', { 'data-status': run.status },
        el('td', {}, bereik(run, i === 0, i === runs.length - 1)),
        el('td', {}, statusTekst(run.status, z)))))));
}
