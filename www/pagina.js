// The demo pages' own words (index.html, kindpakket.html) in the language the widget shows.
// The HTML is written in Dutch, which is what shows without JavaScript; each element with
// `data-w="sleutel"` then gets that message of the catalog (locales/<taal>/pagina.ftl), and
// <html> gets the language and its direction. The page follows the widget: when the inwoner
// picks a language on its start screen, the element fires `bereken-uw-recht:taal`.
import { laadCatalogus } from './uitleg.js';
import { kiesTaal, richting } from './talen.js';

let gevraagd = null;
let stap = ''; // the heading of the element's screen, for the title

/** Says the page in `taal` (a `lang` value; Dutch for one without a catalog); resolves to its Zegger. */
export async function zegPagina(taal) {
  const code = kiesTaal(taal);
  gevraagd = code;
  const z = await laadCatalogus(code);
  if (gevraagd !== code) return z; // another language was asked for meanwhile
  document.documentElement.lang = code;
  document.documentElement.dir = richting(code);
  for (const e of document.querySelectorAll('[data-w]')) e.textContent = z.w(e.dataset.w);
  const titel = document.querySelector('title[data-w]');
  if (titel) titel.dataset.naam = titel.textContent; // the page's own name, in this language
  zetTitel();
  return z;
}

/** The page's title names the step the inwoner is at: "Uw inkomen – Bereken uw recht". */
export function volgStap() {
  document.addEventListener('bereken-uw-recht:scherm', (e) => {
    stap = e.detail.titel;
    zetTitel();
  });
}

function zetTitel() {
  const basis = document.querySelector('title[data-w]');
  const naam = basis?.dataset.naam ?? basis?.textContent ?? document.title;
  if (basis) basis.dataset.naam = naam;
  document.title = stap ? `${stap} – ${naam}` : naam;
}

/** Calls `bij(taal)` each time the widget shows another language. */
export function volgWidget(bij) {
  document.addEventListener('bereken-uw-recht:taal', (e) => bij(e.detail.taal));
}

/**
 * A demonstration site (`npm start`): scripts/serve.mjs writes the local reference receiver's
 * address into the page as <meta name="bereken-uw-recht-demo-endpoint">. Every element on the
 * page then sends keukentafelgesprek requests there (the `demo-endpoint` attribute, which the
 * form announces as a demonstration), and the page says so at the top. A page without that
 * meta (a gemeente's copy, the tests) sends only to the policy's own endpoint.
 */
export function demoOntvanger() {
  const adres = document.querySelector('meta[name="bereken-uw-recht-demo-endpoint"]')?.content;
  if (!adres) return;
  for (const e of document.querySelectorAll('bereken-uw-recht')) e.setAttribute('demo-endpoint', adres);
  const melding = document.createElement('p');
  melding.className = 'demo-melding geen-print';
  melding.dataset.w = 'pagina-demo-ontvanger';
  melding.textContent = 'Demonstratie: een verzoek om een gesprek gaat naar een testontvanger op deze computer, niet naar de gemeente.';
  document.querySelector('main')?.prepend(melding);
}
