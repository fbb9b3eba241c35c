// Service worker for offline use (formulierenbrigade tablets with poor or no internet).
// It keeps the page, the engine and the policy files, nothing else: answers never reach it, and
// it handles only GET requests for this site's own files (a keukentafelgesprek request passes by).
//   policies/*   network first (3 s), else the kept copy: an update arrives at the next online visit
//   the rest     the kept copy at once, refreshed in the background
// scripts/build.sh fills in VERSIE (a hash of dist/) and BESTANDEN (every file to keep).
const VERSIE = 'ontwikkeling';
const BESTANDEN = [];
const CACHE = `bereken-uw-recht-${VERSIE}`;

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(BESTANDEN)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((namen) => Promise.all(namen.filter((n) => n.startsWith('bereken-uw-recht-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

function eigenBestand(request) {
  const url = new URL(request.url);
  return request.method === 'GET' && url.origin === self.location.origin;
}

/** The address to keep a response under: without the query (it may carry a peildatum or gemeente). */
function sleutel(request) {
  const url = new URL(request.url);
  return url.origin + url.pathname;
}

async function netwerkEerst(request) {
  const cache = await caches.open(CACHE);
  try {
    const antwoord = await Promise.race([
      fetch(request, { cache: 'no-cache' }),
      new Promise((_, nee) => setTimeout(() => nee(new Error('te traag')), 3000)),
    ]);
    if (antwoord.ok) await cache.put(sleutel(request), antwoord.clone());
    return antwoord;
  } catch (fout) {
    const bewaard = await cache.match(sleutel(request));
    if (bewaard) return bewaard;
    throw fout;
  }
}

async function bewaardEerst(request, e) {
  const cache = await caches.open(CACHE);
  const bewaard = await cache.match(sleutel(request));
  const vers = fetch(request).then(async (antwoord) => {
    if (antwoord.ok) await cache.put(sleutel(request), antwoord.clone());
    return antwoord;
  });
  if (bewaard) {
    e.waitUntil(vers.catch(() => {}));
    return bewaard;
  }
  return vers;
}

self.addEventListener('fetch', (e) => {
  if (!eigenBestand(e.request)) return;
  const pad = new URL(e.request.url).pathname;
  e.respondWith(pad.includes('/policies/') ? netwerkEerst(e.request) : bewaardEerst(e.request, e));
});
