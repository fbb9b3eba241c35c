// Words at the edge, in the browser: the engine's outcomes are data (a message key and its
// arguments, src/uitleg.rs); this module says them in the language shown, from the same Project
// Fluent catalogs the CLI uses (locales/<taal>/*.ftl, joined per language by `bur catalogus`).
// A catalog is fetched only for the language shown, once, when it is first needed.
import { FluentBundle, FluentResource } from './vendor/fluent/index.js';
import { richting } from './talen.js';

const catalogi = new Map();

/** The catalog of `taal`, loaded once; resolves to a `Zegger`. */
export function laadCatalogus(taal) {
  if (!catalogi.has(taal)) {
    const belofte = Promise.all([haal(`${encodeURIComponent(taal)}.ftl`, (a) => a.text()), laadPlaatshouders()])
      .then(([tekst, plaatshouders]) => {
        const z = new Zegger(taal, tekst);
        z.plaatshouders = plaatshouders;
        return z;
      });
    belofte.catch(() => catalogi.delete(taal));
    catalogi.set(taal, belofte);
  }
  return catalogi.get(taal);
}

// The engine names a message by its number and gives its arguments by position (src/uitleg.rs):
// plaatshouders.json, written by `bur catalogus` with the catalogs, says per number the key and
// the arguments' names. One file for every language.
let plaatshouders = null;
function laadPlaatshouders() {
  plaatshouders ??= haal('plaatshouders.json', (a) => a.json()).then(({ vingerafdruk, berichten }) => ({
    vingerafdruk,
    berichten: berichten.map((b) => (typeof b === 'string' ? [b, []] : b)),
  }));
  plaatshouders.catch(() => { plaatshouders = null; });
  return plaatshouders;
}

function haal(bestand, lees) {
  return fetch(new URL(`./locales/${bestand}`, import.meta.url), { credentials: 'same-origin' })
    .then((a) => { if (!a.ok) throw new Error(`locales/${bestand}: ${a.status}`); return lees(a); });
}

export class Zegger {
  constructor(taal, tekst, teksten = []) {
    this.taal = taal;
    this.bundle = new FluentBundle(taal, { useIsolating: richting(taal) === 'rtl' });
    this.bundle.addResource(new FluentResource(tekst));
    this.teksten = teksten;
    // Intl's formatters are made when first used: making them costs a phone about 50 ms,
    // which the start screen (no amounts, no dates) should not wait for. Shared by `met()`.
    this.formaten = {};
  }

  get getal() {
    return (this.formaten.getal ??= new Intl.NumberFormat(locale(this.taal), { style: 'currency', currency: 'EUR' }));
  }

  // Where the sign goes is the language's: 88,2% in Dutch, %88,2 in Turkish.
  get procentje() {
    return (this.formaten.procent ??= new Intl.NumberFormat(locale(this.taal), { style: 'percent', maximumFractionDigits: 1 }));
  }

  get datum() {
    return (this.formaten.datum ??= new Intl.DateTimeFormat(locale(this.taal), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  }

  get lijstje() {
    return (this.formaten.lijst ??= new Intl.ListFormat(locale(this.taal), { style: 'long', type: 'conjunction' }));
  }

  /**
   * The same catalog with the static texts and sources of a policy (`loadPolicy`'s `teksten`
   * and `bronnen`); refused when the module numbers its messages after another catalog (a
   * page that mixes files of two builds).
   */
  met(teksten, bronnen = [], berichten = this.plaatshouders?.vingerafdruk) {
    if (berichten !== this.plaatshouders?.vingerafdruk) throw new Error('locales/plaatshouders.json hoort niet bij deze rekenkern');
    const z = Object.create(this);
    z.teksten = teksten ?? [];
    z.bronnen = bronnen ?? [];
    return z;
  }

  /**
   * One message: the engine's `n` or `[n, arg, ...]` (a number and arguments by position), or
   * the widget's own `"sleutel"` or `["sleutel", {naam: waarde}]`. The engine's arguments say
   * their kind by their first character and are formatted here; the widget's are used as given.
   */
  zeg(bericht) {
    const [sleutel, waarden] = this.ontleed(bericht);
    return this.w(sleutel, waarden);
  }

  ontleed(bericht) {
    if (typeof bericht === 'string') return [bericht, {}];
    if (typeof bericht === 'number') return [this.sleutel(bericht)[0], {}];
    const [kop, ...rest] = bericht;
    if (typeof kop === 'string') return [kop, rest[0] ?? {}];
    const [sleutel, namen] = this.sleutel(kop);
    const waarden = {};
    namen.forEach((naam, i) => { if (rest[i] != null) waarden[naam] = this.waarde(rest[i]); });
    return [sleutel, waarden];
  }

  /** Key and argument names of the engine's message number `n`. */
  sleutel(n) {
    return this.plaatshouders?.berichten[n] ?? [`bericht ${n}`, []];
  }

  /** Several messages as one text. */
  zinnen(berichten) {
    return (berichten ?? []).map((b) => this.zeg(b)).filter(Boolean).join(' ');
  }

  /** A text of the policy in this language, or in Dutch with a note. */
  tekst(t) {
    if (typeof t === 'string') return t;
    if (!t) return '';
    if (t[this.taal]) return t[this.taal];
    return this.taal === 'nl' ? t.nl : `${t.nl} ${this.w('in-het-nederlands')}`;
  }

  /**
   * A message by its key: the widget's own words (locales/<taal>/widget.ftl, vragen.ftl,
   * gesprek.ftl, pagina.ftl), and the engine's once `ontleed` has named them. Its arguments are
   * used as given: numbers for plurals and counts, text already formatted (`euro`, `datumTekst`),
   * words for selectors. A missing key shows as `[sleutel]`.
   */
  w(sleutel, args = {}) {
    const m = this.bundle.getMessage(sleutel);
    if (!m?.value) return `[${sleutel}]`;
    return this.bundle.formatPattern(m.value, args, []);
  }

  /** `2025-09-15` as a date in this language, as the engine's dates are said. */
  datumTekst(iso) {
    return this.waarde(`@${iso}`);
  }

  /** A percentage from the engine (`88.2`) in this language, as the engine's are said. */
  procent(p) {
    return this.waarde(`%${p}`);
  }

  euro(bedrag) {
    return this.getal.format(String(bedrag));
  }

  waarde(w) {
    if (typeof w === 'number') return w;
    if (Array.isArray(w)) return this.lijstje.format(w.map((b) => this.zeg(b)));
    const soort = w[0];
    const rest = w.slice(1);
    if (soort === '€') return this.euro(rest);
    if (soort === '%') return this.procentje.format(Number(rest) / 100); // for display only: one decimal
    if (soort === '@') {
      const [j, m, d] = rest.split('-').map(Number);
      return this.datum.format(Date.UTC(j, m - 1, d));
    }
    if (soort === '#') return this.tekst(this.teksten[Number(rest)]);
    if (soort === '^') return this.bronnen?.[Number(rest)] ?? rest;
    if (soort === '=') return rest;
    return w;
  }
}

// Which way a language's script runs: www/talen.js, the widget's one list of languages.
export { richting };

// Amounts and dates as people in the Netherlands read them in their language; Arabic with
// Western digits, as on the gemeente's letters and in the catalog's own numbers.
function locale(taal) {
  return { nl: 'nl-NL', en: 'en-GB', pl: 'pl-PL', tr: 'tr-TR', ar: 'ar-u-nu-latn' }[taal] ?? taal;
}
