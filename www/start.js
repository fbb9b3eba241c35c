// The start page: a gemeente picker in front of the element. The address carries the choice
// (?gemeente=montferland&peildatum=2025-09-15&lang=en), so a link opens the right check.
import './define.js';

const rekenhulp = document.getElementById('rekenhulp');
const keuze = document.getElementById('gemeente');
const params = new URLSearchParams(location.search);

for (const naam of ['peildatum', 'lang', 'regelingen']) {
  if (params.has(naam)) rekenhulp.setAttribute(naam, params.get(naam));
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
const gemeente = params.get('gemeente');
if (gemeente && [...keuze.options].some((o) => o.value === gemeente)) {
  keuze.value = gemeente;
  rekenhulp.setAttribute('gemeente', gemeente);
}

keuze.addEventListener('change', () => {
  rekenhulp.setAttribute('gemeente', keuze.value);
  params.set('gemeente', keuze.value);
  history.replaceState(null, '', `?${params}`);
});
