// The languages the widget offers: the one place that lists them. Each has a catalog folder
// `locales/<code>/` (tests/js/catalogus.test.mjs fails for a code without one), is named in its
// own language on the start screen's picker, and says which way its script runs. Dutch comes
// first: it is leading, and the language of any `lang` we have no catalog for.
// No DOM here, so node tests import it too.

export const TALEN = [
  { code: 'nl', naam: 'Nederlands', richting: 'ltr' },
  { code: 'en', naam: 'English', richting: 'ltr' },
  { code: 'pl', naam: 'Polski', richting: 'ltr' },
  { code: 'tr', naam: 'Türkçe', richting: 'ltr' },
  { code: 'ar', naam: 'العربية', richting: 'rtl' },
];

export const STANDAARD = 'nl';

/** The offered language for a `lang` value (`en-GB` → `en`); Dutch for any other. */
export function kiesTaal(lang) {
  const code = String(lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return TALEN.some((t) => t.code === code) ? code : STANDAARD;
}

/** `rtl` for a language written right to left, else `ltr`. */
export function richting(code) {
  return TALEN.find((t) => t.code === code)?.richting ?? 'ltr';
}
