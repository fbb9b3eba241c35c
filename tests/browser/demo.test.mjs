// The proof page in real Chromium: the WebAssembly engine loads under the strict CSP, evaluates
// the sample household of the shared scenario "alleenstaande ouder op de grens", shows field
// messages for bad input, and makes no request outside the page's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, startServer, volg } from './helpers.mjs';

let browser;
let server;

before(async () => {
  server = await startServer();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('the sample household gets the outcomes of its scenario', async () => {
  const page = await browser.newPage();
  const { verzoeken, fouten } = volg(page);
  await page.goto(server.url);
  await page.locator('#status', { hasText: 'Klaar' }).waitFor();
  const status = async (id) => page.locator(`[data-regeling="${id}"]`).getAttribute('data-status');
  assert.equal(await status('individuele-inkomenstoeslag'), 'ja');
  assert.equal(await status('kindpakket'), 'ja');
  assert.equal(await status('schuldhulpverlening'), 'nee');
  const iit = page.locator('[data-regeling="individuele-inkomenstoeslag"]');
  assert.match(await iit.textContent(), /€\s666,00 per jaar/);
  assert.match(await iit.textContent(), /Bron: 002 art\. 7\.4/);
  // ja and misschien come before nee
  const volgorde = await page.locator('[data-status]').evaluateAll((els) => els.map((e) => e.dataset.status));
  assert.deepEqual([...volgorde].sort((a, b) => (a === 'nee') - (b === 'nee')), volgorde);
  const eigen = new URL(server.url).origin;
  assert.deepEqual(verzoeken.filter((u) => !u.startsWith(eigen)), [], 'only the page\'s own files');
  assert.deepEqual(fouten, []);
  await page.close();
});

test('a bad amount shows the field message, and a correction goes on', async () => {
  const page = await browser.newPage();
  const { fouten } = volg(page);
  await page.goto(server.url);
  await page.locator('#status', { hasText: 'Klaar' }).waitFor();
  await page.fill('#antwoorden', JSON.stringify({ aanvrager: { inkomen: -12, leeftijd: 40 } }));
  await page.click('button[type=submit]');
  await page.locator('#fouten li').first().waitFor();
  assert.match(await page.locator('#fouten').textContent(), /aanvrager\.inkomen: Uw inkomen kan niet negatief zijn/);
  await page.fill('#antwoorden', JSON.stringify({ aanvrager: { inkomen: 5000, leeftijd: 40 }, heeft_partner: false, kinderen: [] }));
  await page.click('button[type=submit]');
  await page.locator('#status', { hasText: 'Klaar' }).waitFor();
  assert.equal(await page.locator('#fouten li').count(), 0);
  assert.equal(await page.locator('[data-regeling="kindpakket"]').getAttribute('data-status'), 'nee');
  assert.deepEqual(fouten, []);
  await page.close();
});

test('the Content-Security-Policy is strict and enforced', async () => {
  const page = await browser.newPage();
  const antwoord = await page.goto(server.url);
  const csp = antwoord.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  // an inline script is refused by the browser
  const geweigerd = await page.evaluate(() => new Promise((klaar) => {
    document.addEventListener('securitypolicyviolation', () => klaar(true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    setTimeout(() => klaar(false), 1000);
  }));
  assert.equal(geweigerd, true);
  assert.equal(await page.evaluate(() => document.cookie), '');
  await page.close();
});
