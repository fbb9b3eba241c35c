// Building DOM from data without ever parsing HTML: every string becomes text content, so an
// answer or a policy text can never inject markup (the widget's XSS rule, issue 4 point 5).

/**
 * el('p', { class: 'x', 'aria-live': 'polite' }, 'text', otherNode)
 * Attributes set to null, undefined or false are left out; true sets an empty attribute.
 * Properties that are not attributes go in `props` (e.g. { checked: true, value: '12' }).
 */
export function el(tag, attrs = {}, ...kinderen) {
  const e = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attrs)) {
    if (naam === 'props') Object.assign(e, waarde);
    else if (naam === 'on') for (const [type, f] of Object.entries(waarde)) e.addEventListener(type, f);
    else if (waarde === true) e.setAttribute(naam, '');
    else if (waarde !== null && waarde !== undefined && waarde !== false) e.setAttribute(naam, String(waarde));
  }
  voegToe(e, kinderen);
  return e;
}

function voegToe(e, kinderen) {
  for (const k of kinderen) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) voegToe(e, k);
    else e.append(k instanceof Node ? k : String(k));
  }
}

/** A button of the widget: `klasse` primair, secundair or link; themable through ::part(knop-<klasse>). */
export function knop(tekst, bij, klasse = 'primair', extra = {}) {
  return el('button', { type: 'button', class: `knop ${klasse}`, part: `knop knop-${klasse}`, ...extra, on: { click: bij } }, tekst);
}

/** A DOM id safe for any answer path: `kinderen[1].leeftijd` → `v-kinderen-1-leeftijd`. */
export function veldId(pad, achtervoegsel = '') {
  return `v-${pad.replace(/[^a-z0-9_]+/gi, '-')}${achtervoegsel ? `-${achtervoegsel}` : ''}`.replace(/-+$/, '');
}

/**
 * Gives the headings of a screen (written as h2 for the screen, h3 and h4 below it) the level
 * the host page needs: with `niveau` 3 an h2 is announced as level 3, an h3 as 4 (aria-level,
 * at most 6). The elements and their look stay; only the outline a screen reader reads moves.
 */
export function verschuifKoppen(root, niveau) {
  const verschil = niveau - 2;
  for (const kop of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (verschil === 0) kop.removeAttribute('aria-level');
    else kop.setAttribute('aria-level', String(Math.min(6, Math.max(1, Number(kop.tagName[1]) + verschil))));
  }
}
