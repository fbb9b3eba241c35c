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
    const belofte = fetch(new URL(`./locales/${encodeURIComponent(taal)}.ftl`, import.meta.url), { credentials: 'same-origin' })
      .then((a) => { if (!a.ok) throw new Error(`locales/${taal}.ftl: ${a.status}`); return a.text(); })
      .then((tekst) => new Zegger(taal, tekst));
    belofte.catch(() => catalogi.delete(taal));
    catalogi.set(taal, belofte);
  }
  return catalogi.get(taal);
}

export class Zegger {
  constructor(taal, tekst, teksten = []) {
    this.taal = taal;
    this.bundle = new FluentBundle(taal, { useIsolating: richting(taal) === 'rtl' });
    this.bundle.addResource(new FluentResource(tekst));
    this.teksten = teksten;
    this.getal = new Intl.NumberFormat(locale(taal), { style: 'currency', currency: 'EUR' });
    this.procentje = new Intl.NumberFormat(locale(taal), { maximumFractionDigits: 1 });
    this.datum = new Intl.DateTimeFormat(locale(taal), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    this.lijstje = new Intl.ListFormat(locale(taal), { style: 'long', type: 'conjunction' });
  }

  /** The same catalog with the static texts of a policy (`loadPolicy`'s `teksten`). */
  met(teksten) {
    const z = Object.create(this);
    z.teksten = teksten ?? [];
    return z;
  }

  /** A message without arguments, by key. */
  woord(sleutel, args) {
    return this.zeg(args ? [sleutel, args] : sleutel);
  }

  /** One message of the engine: `"sleutel"` or `["sleutel", {args}]`. */
  zeg(bericht) {
    const [sleutel, args] = typeof bericht === 'string' ? [bericht, null] : bericht;
    const m = this.bundle.getMessage(sleutel);
    if (!m?.value) return `[${sleutel}]`;
    const waarden = {};
    for (const [naam, w] of Object.entries(args ?? {})) waarden[naam] = this.waarde(w);
    return this.bundle.formatPattern(m.value, waarden, []);
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
    return this.taal === 'nl' ? t.nl : `${t.nl} ${this.woord('in-het-nederlands')}`;
  }
  /**
   * One of the widget's own words (locales/<taal>/widget.ftl, vragen.ftl, gesprek.ftl,
   * pagina.ftl). Its arguments are used as given: numbers for plurals and counts, text already
   * formatted (`euro`, `datumTekst`), words for selectors. A missing key shows as `[sleutel]`.
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
    if (soort === '%') return `${this.procentje.format(rest)}%`;
    if (soort === '@') {
      const [j, m, d] = rest.split('-').map(Number);
      return this.datum.format(Date.UTC(j, m - 1, d));
    }
    if (soort === '#') return this.tekst(this.teksten[Number(rest)]);
    if (soort === '=') return rest;
    return w;
  }
}

// Which way a language's script runs: www/talen.js, the widget's one list of languages.
export { richting };

function locale(taal) {
  return { nl: 'nl-NL', en: 'en-GB' }[taal] ?? taal;
}
