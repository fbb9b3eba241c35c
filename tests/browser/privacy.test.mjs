// Privacy and the printed summary: no request outside the page's own files, a strict CSP that
// the browser enforces, nothing stored without consent, "Nieuwe berekening" wipes memory and
// storage, print media shows the summary without the controls, and without WebAssembly the
// host's fallback content shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { csp } from '../../scripts/csp.mjs';
import { metOmgeving, volg } from './helpers.mjs';
import { leesScenario, vulIn, scherm } from './invullen.mjs';

const omgeving = metOmgeving(before, after);
const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');
const scenario = () => leesScenario(join(SHARED, 'scenarios', 'bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml'));
const opslag = (page) => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));

test('a whole check makes no request outside the page\'s own files and stores nothing', async () => {
  const page = await omgeving.browser.newPage();
  const { verzoeken, fouten } = volg(page);
  await page.goto(`${omgeving.server.url}?peildatum=2025-09-15`);
  await vulIn(page, scenario().antwoorden);
  assert.deepEqual(verzoeken.filter((u) => !u.startsWith(omgeving.origin)), [], 'only the page\'s own files');
  assert.ok(verzoeken.some((u) => u.endsWith('/pkg/bur_bg.wasm')));
  assert.equal(verzoeken.filter((u) => u.endsWith('.wasm')).length, 1, 'the WebAssembly loads once');
  assert.deepEqual(await opslag(page), { local: {}, session: {}, cookie: '' });
  assert.deepEqual(fouten, []);
  await page.close();
});

test('the Content-Security-Policy is strict and enforced', async () => {
  const page = await omgeving.browser.newPage();
  const antwoord = await page.goto(omgeving.server.url);
  const csp = antwoord.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  const geweigerd = await page.evaluate(() => new Promise((klaar) => {
    document.addEventListener('securitypolicyviolation', () => klaar(true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    setTimeout(() => klaar(false), 1000);
  }));
  assert.equal(geweigerd, true);
  await page.close();
});

test('every page carries the same CSP as a meta element, so a copy on a host that sends no header keeps it', async () => {
  for (const pagina of ['index.html', 'kindpakket.html', 'timing.html']) {
    const html = readFileSync(join('dist', pagina), 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
    assert.equal(meta, csp({ meta: true }), `${pagina}: the meta element is the served policy without frame-ancestors`);
    assert.ok(html.indexOf(meta) < html.search(/<script|<link/), `${pagina}: before any script or link, so it covers them`);
  }
  const page = await omgeving.browser.newPage();
  const { fouten } = volg(page);
  // The host of the copy sends no CSP header at all.
  await page.route('**/*', async (route) => {
    const antwoord = await route.fetch();
    const headers = { ...antwoord.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response: antwoord, headers });
  });
  const antwoord = await page.goto(omgeving.server.url);
  assert.equal(antwoord.headers()['content-security-policy'], undefined);
  await page.locator('[data-actie="begin"]').waitFor();
  const geweigerd = await page.evaluate(() => new Promise((klaar) => {
    document.addEventListener('securitypolicyviolation', (e) => klaar(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    setTimeout(() => klaar(null), 1000);
  }));
  assert.equal(geweigerd, 'script-src-elem', 'the inline script is refused by the meta element alone');
  assert.equal(await page.evaluate(() => window.__inline), undefined);
  assert.deepEqual(fouten.filter((f) => !/Content Security Policy/.test(f)), [], 'and the widget works under it');
  await page.close();
});

test('answers are kept only with consent, and "Nieuwe berekening" leaves nothing behind', async () => {
  const page = await omgeving.browser.newPage();
  await page.goto(`${omgeving.server.url}?peildatum=2025-09-15`);
  await page.locator('#bewaar').check();
  await vulIn(page, scenario().antwoorden);
  const bewaard = await opslag(page);
  assert.equal(Object.keys(bewaard.local).length, 1, 'kept on request');
  assert.match(Object.values(bewaard.local)[0], /1300,61/);
  // a reload restores them
  await page.reload();
  await page.locator('[data-actie="begin"]').click();
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '38');
  await page.locator('[data-actie="naar-uitkomst"]').click();
  assert.equal(await scherm(page), 'uitkomst');
  await page.locator('[data-actie="nieuw"]').click();
  assert.equal(await scherm(page), 'start');
  assert.deepEqual(await opslag(page), { local: {}, session: {}, cookie: '' });
  assert.equal(await page.locator('#bewaar').isChecked(), false);
  await page.locator('[data-actie="begin"]').click();
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '', 'no answer left in memory');
  await page.close();
});

test('"Wis mijn gegevens" removes what was kept', async () => {
  const page = await omgeving.browser.newPage();
  await page.goto(`${omgeving.server.url}?peildatum=2025-09-15`);
  await page.locator('#bewaar').check();
  await page.locator('[data-actie="begin"]').click();
  await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').fill('44');
  await page.locator('[data-actie="vorige"]').click();
  assert.equal(Object.keys((await opslag(page)).local).length, 1);
  await page.locator('[data-actie="wis"]').click();
  assert.deepEqual((await opslag(page)).local, {});
  await page.close();
});

test('print media shows the summary with answers, date, gemeente and version, without the controls', async () => {
  const page = await omgeving.browser.newPage();
  await page.goto(`${omgeving.server.url}?peildatum=2025-09-15`);
  await vulIn(page, scenario().antwoorden);
  await page.emulateMedia({ media: 'print' });
  const zichtbaar = (sel) => page.locator(sel).first().isVisible();
  assert.equal(await zichtbaar('.alleen-print'), true);
  assert.equal(await zichtbaar('.samenvatting'), true);
  assert.equal(await zichtbaar('.antwoorden dl'), true);
  // The reasons per card print only when chosen: the summary stays short.
  assert.equal(await zichtbaar('[data-regeling="individuele-inkomenstoeslag"] .redenen'), false);
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-print-uitleg]').check();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await zichtbaar('[data-regeling="individuele-inkomenstoeslag"] .redenen'), true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await zichtbaar('[data-regeling="individuele-inkomenstoeslag"] .redenen'), false);
  assert.equal(await zichtbaar('[data-actie="print"]'), false);
  assert.equal(await zichtbaar('.site-kop'), false);
  const tekst = await page.locator('.versie').textContent();
  assert.match(tekst, /Regels van Bunschoten, versie \S+; rekenhulp \d+\.\d+\.\d+/);
  // Amounts as Intl says them, like the engine's: a no-break space keeps € with its number.
  assert.match(await page.locator('.antwoorden').textContent(), /€\s1\.300,61/);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a PDF can be made');
  await page.close();
});

test('without WebAssembly the host\'s fallback content shows', async () => {
  const page = await omgeving.browser.newPage();
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(omgeving.server.url);
  await page.locator('.fout-melding').waitFor();
  assert.match(await page.locator('.fout-melding').textContent(), /werkt niet in deze browser/);
  assert.equal(await page.getByText('Deze rekenhulp heeft JavaScript en WebAssembly nodig').isVisible(), true, 'the light DOM shows through the slot');
  await page.close();
});
