// "Wat als mijn inkomen verandert?": the engine's income sweep (the same household at incomes
// from nothing to twice the norm, one whole evaluation per step) drawn as one bar per regeling
// whose outcome changes with income, the current income marked and each limit labelled; and the
// same runs as a table, for screen readers and for print. Computed in the browser, nothing sent.
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
 * reeks (the engine's), huidig (the household's income as a share of the norm, or null),
 * namen (regeling id → its name object) }.
 */
export function inkomenGrafiek({ z, reeks, huidig, namen }) {
  if (!reeks?.stappen?.length) return null;
  const rijen = verlopen(reeks);
  if (!rijen.length) return null;
  const naam = (id) => z.tekst(namen.get(id));
  return el('section', { class: 'inkomen-grafiek', 'aria-labelledby': 'grafiek-kop' },
    el('h3', { id: 'grafiek-kop' }, z.w('grafiek-kop')),
    el('p', {}, z.w('grafiek-uitleg')),
    legenda(z),
    tekening(rijen, huidig, naam, z),
    el('p', { class: 'grafiek-stappen' }, z.w('grafiek-stappen', { norm: z.euro(reeks.norm) })),
    el('details', { class: 'inkomen-tabel' },
      el('summary', {}, z.w('grafiek-tabel')),
      tabel(rijen, naam, z)));
}

function legenda(z) {
  return el('ul', { class: 'grafiek-legenda', 'aria-hidden': 'true' },
    ['ja', 'misschien', 'nee'].map((s) => el('li', {}, el('span', { class: `staal staal-${s}` }), statusTekst(s, z))));
}

/** The bars; its text alternative is the table (the picture says nothing the table does not). */
function tekening(rijen, huidig, naam, z) {
  const nu = huidig === null || huidig === undefined ? null : x(huidig);
  return el('div', { class: 'grafiek geen-print', role: 'img', 'aria-label': z.w('grafiek-beschrijving', { aantal: rijen.length }) },
    nu === null ? null : svg('svg', { viewBox: `0 0 ${BREED} 18`, direction: 'ltr', class: 'grafiek-nu' },
      svg('text', { x: nu, y: 13, 'text-anchor': nu > BREED - 60 ? 'end' : nu < 60 ? 'start' : 'middle' }, z.w('grafiek-nu', { procent: z.procent(huidig) })),
      svg('line', { x1: nu, x2: nu, y1: 15, y2: 18 })),
    rijen.map((r) => rij(r, nu, naam)),
    as(nu, z));
}

function rij({ id, runs }, nu, naam) {
  return el('div', { class: 'grafiek-rij', 'data-grafiek': id },
    el('p', { class: 'grafiek-naam' }, naam(id)),
    svg('svg', { viewBox: `0 0 ${BREED} 48`, direction: 'ltr' },
      svg('defs', {}, svg('pattern', { id: `arcering-${id}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svg('rect', { width: 6, height: 6, class: 'vlak-misschien-achter' }),
        svg('rect', { width: 3, height: 6, class: 'vlak-misschien' }))),
      runs.map((run, i) => {
        const tot = runs[i + 1]?.van.procent ?? 200;
        return svg('rect', {
          x: x(run.van.procent), y: 2, width: Math.max(x(tot) - x(run.van.procent), 1), height: 14,
          class: `balk-${run.status}`, 'data-status': run.status, fill: run.status === 'misschien' ? `url(#arcering-${id})` : null,
        });
      }),
      grenzen(runs, 30),
      nu === null ? null : svg('line', { x1: nu, x2: nu, y1: 0, y2: 48, class: 'grafiek-nu-lijn' })));
}

/**
 * Each limit under the bar: the last step that still has the status before it. A label that
 * would run into the one before it goes a line lower.
 */
function grenzen(runs, y) {
  let vorigeRand = -Infinity;
  let vorigeLaag = false;
  return runs.slice(0, -1).map((run) => {
    const tekst = `${Number(run.tot.procent)}%`;
    const px = x(run.tot.procent);
    const half = (tekst.length * TEKEN_BREED) / 2;
    const laag = px - half < vorigeRand + 2 && !vorigeLaag;
    vorigeLaag = laag;
    vorigeRand = px + half;
    const anker = px - half < 0 ? 'start' : px + half > BREED ? 'end' : 'middle';
    return svg('text', { x: px, y: laag ? y + 15 : y, class: 'grafiek-grens', 'text-anchor': anker }, tekst);
  });
}

function as(nu, z) {
  return [
    svg('svg', { viewBox: `0 0 ${BREED} 20`, direction: 'ltr', class: 'grafiek-as' },
      svg('line', { x1: LINKS, x2: BREED - RECHTS, y1: 1, y2: 1 }),
      [0, 50, 100, 150, 200].map((p) => svg('text', { x: x(p), y: 16, 'text-anchor': p === 0 ? 'start' : p === 200 ? 'end' : 'middle' }, `${p}%`))),
    el('p', { class: 'grafiek-as-titel' }, z.w('grafiek-as')),
  ];
}

/**
 * Per regeling each run as an income range per month with its share of the norm: the regeling
 * a heading row, then two columns, so the table fits a phone.
 */
function tabel(rijen, naam, z) {
  const bereik = ({ van, tot }, eerste, laatste) => {
    if (laatste) return z.w('grafiek-vanaf', { van: z.euro(inkomen(van)), procent: z.procent(van.procent) });
    if (eerste && Number(inkomen(van)) === 0) return z.w('grafiek-tot', { tot: z.euro(inkomen(tot)), procent: z.procent(tot.procent) });
    return z.w('grafiek-bereik', { van: z.euro(inkomen(van)), tot: z.euro(inkomen(tot)), vanProcent: z.procent(van.procent), totProcent: z.procent(tot.procent) });
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
