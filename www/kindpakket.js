// The example host page: it embeds the element and reacts to its result event, as a webshop
// would (open the shop when the kindpakket is likely, explain when it is not).
import './define.js';

const winkel = document.getElementById('winkel');
const bericht = document.getElementById('winkel-bericht');

document.addEventListener('bereken-uw-recht:resultaat', (e) => {
  const kindpakket = e.detail.regelingen.find((r) => r.id === 'kindpakket');
  winkel.hidden = false;
  winkel.dataset.status = kindpakket?.status ?? 'onbekend';
  bericht.textContent = {
    ja: 'Goed nieuws: u kunt waarschijnlijk bestellen in de webwinkel. Vraag eerst een account aan bij de gemeente.',
    misschien: 'Misschien kunt u bestellen. Neem contact op met de gemeente; zij kijkt met u mee.',
    nee: 'U kunt waarschijnlijk niet bestellen. Twijfelt u? Bel de gemeente.',
  }[kindpakket?.status] ?? 'Er is geen uitkomst voor het kindpakket.';
});
