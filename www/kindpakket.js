// The example host page: it embeds the element and reacts to its result event, as a webshop
// would (open the shop when the kindpakket is likely, explain when it is not). Its own words
// follow the language the element shows (pagina.js).
import './define.js';
import { laadCatalogus } from './uitleg.js';
import { demoOntvanger, volgStap, volgWidget, zegPagina } from './pagina.js';

demoOntvanger();

const winkel = document.getElementById('winkel');
volgStap();
const bericht = document.getElementById('winkel-bericht');
let z = null;

function winkelBericht(status) {
  if (status === 'ja') return z.w('winkel-ja');
  if (status === 'misschien') return z.w('winkel-misschien');
  if (status === 'nee') return z.w('winkel-nee');
  return z.w('winkel-geen-uitkomst');
}

volgWidget(async (taal) => {
  z = await zegPagina(taal);
  if (!winkel.hidden) bericht.textContent = winkelBericht(winkel.dataset.status);
});

document.addEventListener('bereken-uw-recht:resultaat', async (e) => {
  const kindpakket = e.detail.regelingen.find((r) => r.id === 'kindpakket');
  winkel.hidden = false;
  winkel.dataset.status = kindpakket?.status ?? 'onbekend';
  // The element says its language before any result, so the page's catalog is there already.
  z ??= await laadCatalogus(e.target.taal);
  bericht.textContent = winkelBericht(winkel.dataset.status);
});
