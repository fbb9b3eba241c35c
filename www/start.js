// The start page: a gemeente picker and the volunteer switch in front of the element. The
// address carries the choice (?gemeente=montferland&peildatum=2025-09-15&lang=en&modus=brigade),
// so a link opens the right check. In volunteer mode the page remembers the volunteer's gemeente
// on this tablet (never anything about a household), and the service worker keeps the site for
// use without internet. The page's words follow the language the element shows (pagina.js).
import './define.js';
import { leesTekst, schrijfTekst } from './opslag.js';
import { demoOntvanger, volgStap, volgWidget, zegPagina } from './pagina.js';

demoOntvanger();

const ONTHOUDEN = 'bereken-uw-recht-brigade:gemeente'; // not under the widget's own prefix: "wis" keeps it
const rekenhulp = document.getElementById('rekenhulp');
const keuze = document.getElementById('gemeente');
const brigade = document.getElementById('brigade');
const params = new URLSearchParams(location.search);

const onthouden = () => leesTekst(ONTHOUDEN);
// Storage blocked: the choice lasts this visit only.
const onthoud = (gemeente) => schrijfTekst(ONTHOUDEN, gemeente || null);

for (const naam of ['peildatum', 'lang', 'regelingen']) {
  if (params.has(naam)) rekenhulp.setAttribute(naam, params.get(naam));
}
volgStap();
zegPagina(rekenhulp.taal).catch(() => {
  // no catalog: the page stays as written, in Dutch
});
// A language picked on the widget's start screen: the page follows, and the address keeps it.
volgWidget((taal) => {
  zegPagina(taal).catch(() => {});
  if (rekenhulp.hasAttribute('lang')) {
    params.set('lang', taal);
    history.replaceState(history.state, '', `?${params}`); // the element's screen stays in the state
  }
});

const vrijwilliger = params.get('modus') === 'brigade' || (!params.has('modus') && onthouden() !== null);
const gemeente = params.get('gemeente') ?? (vrijwilliger ? onthouden() : null);
if (vrijwilliger) {
  brigade.checked = true;
  rekenhulp.setAttribute('modus', 'brigade');
}
if (gemeente && [...keuze.options].some((o) => o.value === gemeente)) {
  keuze.value = gemeente;
  rekenhulp.setAttribute('gemeente', gemeente);
}

function werkAdresBij() {
  params.set('gemeente', keuze.value);
  if (brigade.checked) params.set('modus', 'brigade');
  else params.delete('modus');
  history.replaceState(history.state, '', `?${params}`); // the element's screen stays in the state
}

keuze.addEventListener('change', () => {
  rekenhulp.setAttribute('gemeente', keuze.value);
  if (brigade.checked) onthoud(keuze.value);
  werkAdresBij();
});

brigade.addEventListener('change', () => {
  if (brigade.checked) rekenhulp.setAttribute('modus', 'brigade');
  else rekenhulp.removeAttribute('modus');
  onthoud(brigade.checked ? keuze.value : null);
  werkAdresBij();
});

if (vrijwilliger) onthoud(keuze.value);

// Offline use: the site registers its service worker (an embedding host page decides for itself).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // no offline use, the check works as before
  });
}
