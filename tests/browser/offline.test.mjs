// The formulierenbrigade on a tablet: after one visit the whole check runs without a network,
// three households in a row leave no trace of each other (screen, storage, service-worker
// caches), and a changed policy file is picked up at the next online visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser, startServer, statussen, volg } from './helpers.mjs';
import { leesScenario, vulIn, scherm } from './invullen.mjs';

const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };
let browser;
let kopie;

before(async () => {
  // A copy of dist/, so the policy-update test can change a file.
  kopie = mkdtempSync(join(tmpdir(), 'bur-offline-'));
  cpSync('dist', kopie, { recursive: true });
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  rmSync(kopie, { recursive: true, force: true });
});

/** The network really gone: the browser offline and the server stopped. */
async function zonderNetwerk(context, server) {
  await context.setOffline(true);
  server.stop();
  await new Promise((klaar) => setTimeout(klaar, 200));
}

async function klaarVoorOffline(page) {
  const klaar = await page.evaluate(() => Promise.race([
    (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((k) => navigator.serviceWorker.addEventListener('controllerchange', k, { once: true }));
      return true;
    })(),
    new Promise((k) => setTimeout(() => k(false), 15_000)),
  ]));
  assert.ok(klaar, 'the service worker controls the page');
}

async function sporen(page) {
  return page.evaluate(async () => {
    const host = document.querySelector('bereken-uw-recht');
    const invoer = [...host.shadowRoot.querySelectorAll('input[type="text"]')].map((i) => i.value).filter(Boolean);
    const sleutels = [];
    for (const naam of await caches.keys()) {
      const cache = await caches.open(naam);
      for (const r of await cache.keys()) sleutels.push(r.url);
    }
    return { tekst: host.shadowRoot.textContent, invoer, local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, sleutels };
  });
}

test('offline, a volunteer checks three households in a row and none leaves a trace', { timeout: 180_000 }, async () => {
  const server = await startServer(kopie);
  const context = await browser.newContext(TABLET);
  const page = await context.newPage();
  const { fouten } = volg(page);
  await page.goto(`${server.url}?modus=brigade&gemeente=montferland&peildatum=2025-09-15`);
  await page.locator('[data-actie="begin"]').waitFor();
  await klaarVoorOffline(page);
  await zonderNetwerk(context, server);
  await page.reload();
  await page.locator('[data-actie="begin"]').waitFor();
  const huishoudens = [
    ['montferland', 'montferland/witgoed-vervanging.yaml', /1\.400,00|€ 1\.400/],
    ['roosendaal', 'roosendaal/draagkracht-35-procent.yaml', /1\.500,00/],
    ['bunschoten', 'bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml', /1\.300,61/],
  ];
  for (const [gemeente, bestand, spoor] of huishoudens) {
    const s = leesScenario(join(SHARED, 'scenarios', bestand));
    await page.locator('#gemeente').selectOption(gemeente);
    await page.locator(`bereken-uw-recht .bur[data-scherm="start"]`).waitFor();
    await vulIn(page, s.antwoorden);
    const gezien = await statussen(page);
    for (const [id, v] of Object.entries(s.verwacht.regelingen)) assert.equal(gezien[id], v.status, `${bestand}: ${id}`);
    assert.match(await page.locator('.brigade-print').textContent(), /samen met een vrijwilliger/);
    // One press asks once, in the bar; "Nee" keeps everything, "Ja" wipes.
    await page.locator('[data-actie="volgend-huishouden"]').click();
    await page.locator('[data-actie="volgend-huishouden-nee"]').click();
    assert.equal(await scherm(page), 'uitkomst');
    assert.deepEqual(await statussen(page), gezien, 'nothing wiped after "Nee"');
    await page.locator('[data-actie="volgend-huishouden"]').click();
    await page.locator('[data-actie="volgend-huishouden-ja"]').click();
    assert.equal(await scherm(page), 'start');
    assert.match(await page.locator('[data-bevestiging]').textContent(), /vorige huishouden is gewist/);
    const na = await sporen(page);
    assert.doesNotMatch(na.tekst, spoor, 'no answer on screen');
    assert.deepEqual(na.invoer, []);
    assert.deepEqual(na.local, { 'bereken-uw-recht-brigade:gemeente': gemeente }, 'only the volunteer\'s gemeente is remembered');
    assert.deepEqual(na.session, {});
    assert.equal(na.cookie, '');
    for (const url of na.sleutels) {
      assert.ok(url.startsWith(server.url) && !url.includes('?'), `the cache holds only the site's files: ${url}`);
    }
    await page.locator('[data-actie="begin"]').click();
    assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '');
    await page.locator('[data-actie="vorige"]').click();
  }
  assert.deepEqual(fouten.filter((f) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(f)), []);
  await context.close();
});

test('a changed policy file is picked up at the next online visit, and kept for offline', { timeout: 60_000 }, async () => {
  const server = await startServer(kopie);
  const context = await browser.newContext(TABLET);
  const page = await context.newPage();
  await page.goto(`${server.url}?gemeente=roosendaal&peildatum=2025-09-15`);
  await klaarVoorOffline(page);
  const versie = () => page.locator('.start .versie').textContent();
  assert.doesNotMatch(await versie(), /versie 2099-test/);
  const pad = join(kopie, 'policies', 'roosendaal.json');
  const gegevens = JSON.parse(readFileSync(pad, 'utf8'));
  assert.ok(gegevens.gemeente.versie, 'the policy file has a versie');
  gegevens.gemeente.versie = '2099-test';
  writeFileSync(pad, JSON.stringify(gegevens));
  await page.reload();
  await page.locator('.start .versie').waitFor();
  assert.match(await versie(), /versie 2099-test/, 'online: the new policy');
  await zonderNetwerk(context, server);
  await page.reload();
  await page.locator('.start .versie').waitFor();
  assert.match(await versie(), /versie 2099-test/, 'offline: the kept new policy');
  await context.close();
});

test('the site is installable: a manifest with icons and standalone display', async () => {
  const server = await startServer(kopie);
  const page = await browser.newPage();
  await page.goto(server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(href, server.url).href)).json();
  assert.equal(manifest.display, 'standalone');
  const maten = manifest.icons.map((i) => i.sizes);
  assert.ok(maten.includes('192x192') && maten.includes('512x512'));
  for (const icoon of manifest.icons) assert.equal((await page.request.get(new URL(icoon.src, server.url).href)).status(), 200);
  assert.equal((await page.request.get(new URL('icons/apple-touch-icon.png', server.url).href)).status(), 200);
  await page.close();
  server.stop();
});
