// The kindpakket webshop page: one tag, limited to the kindpakket, themed in the host's colours,
// and told the result through the bubbling, composed event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metOmgeving, startServer, statussen, volg } from './helpers.mjs';
import { leesScenario, vulIn } from './invullen.mjs';

const omgeving = metOmgeving(before, after);
const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');

test('the kindpakket page shows only the kindpakket, receives the event and applies its theme', async () => {
  const s = leesScenario(join(SHARED, 'scenarios', 'bunschoten/kindpakket-tussen-100-en-120.yaml'));
  const page = await omgeving.browser.newPage({ viewport: { width: 768, height: 1024 } });
  const { verzoeken, fouten } = volg(page);
  await page.goto(`${omgeving.server.url}kindpakket.html`);
  await page.locator('bereken-uw-recht').evaluate((e) => e.setAttribute('peildatum', '2025-09-15'));
  const ontvangen = page.evaluate(() => new Promise((klaar) => {
    document.addEventListener('bereken-uw-recht:resultaat', (e) => klaar({ detail: e.detail, bubbles: e.bubbles, composed: e.composed }), { once: true });
  }));
  const schermen = await vulIn(page, s.antwoorden);
  assert.ok(!schermen.includes('kosten') && !schermen.includes('situatie'), `only the kindpakket's questions: ${schermen}`);
  assert.deepEqual(await statussen(page), { kindpakket: 'misschien' });
  const event = await ontvangen;
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  assert.deepEqual(event.detail.regelingen.map((r) => [r.id, r.status]), [['kindpakket', 'misschien']]);
  assert.equal(event.detail.gemeente, 'bunschoten');
  assert.equal(await page.locator('#winkel').getAttribute('data-status'), 'misschien');
  assert.match(await page.locator('#winkel-bericht').textContent(), /Misschien kunt u bestellen/);
  // the host's custom properties reach inside the shadow root
  const knop = await page.locator('[data-actie="print"]').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(knop, 'rgb(91, 42, 134)');
  const lettertype = await page.locator('bereken-uw-recht .bur').evaluate((e) => getComputedStyle(e).fontFamily);
  assert.match(lettertype, /Georgia/);
  assert.deepEqual(verzoeken.filter((u) => !u.startsWith(omgeving.origin)), []);
  assert.deepEqual(fouten, []);
  await page.close();
});

test('the host sets the intro and the heading level; a policy\'s aanvraag page and "also in money" reach the card and the event', async () => {
  // A copy of the site whose kindpakket names its aanvraag page and lets it be had in money
  // (000 par. 8.3): what a gemeente would write in its TOML (docs/policy-format.md).
  const map = mkdtempSync(join(tmpdir(), 'bur-embed-'));
  cpSync('dist', map, { recursive: true });
  const bestand = join(map, 'policies', 'bunschoten.json');
  const policy = JSON.parse(readFileSync(bestand, 'utf8'));
  const kindpakket = policy.regelingen.find((r) => r.id === 'kindpakket');
  kindpakket.aanvraag_url = 'https://www.bunschoten.nl/kindpakket-aanvragen';
  kindpakket.ook_in_geld = 'Regels kindpakket (test), art. 3';
  writeFileSync(bestand, JSON.stringify(policy));
  const server = await startServer(map);
  const s = leesScenario(join(SHARED, 'scenarios', 'bunschoten/kindpakket-tussen-100-en-120.yaml'));
  const page = await omgeving.browser.newPage({ viewport: { width: 768, height: 1024 } });
  const { fouten } = volg(page);
  await page.goto(`${server.url}kindpakket.html`);
  const element = page.locator('bereken-uw-recht');
  await element.evaluate((e) => { e.setAttribute('kop-niveau', '3'); e.setAttribute('intro', 'Kijk hier of uw kind mee kan doen.'); });
  assert.equal(await page.locator('.scherm h2').getAttribute('aria-level'), '3');
  assert.equal(await page.locator('.intro').textContent(), 'Kijk hier of uw kind mee kan doen.');
  await element.evaluate((e) => e.setAttribute('zonder-intro', ''));
  assert.equal(await page.locator('.intro').count(), 0);
  await element.evaluate((e) => e.setAttribute('peildatum', '2025-09-15'));
  const ontvangen = page.evaluate(() => new Promise((klaar) => {
    document.addEventListener('bereken-uw-recht:resultaat', (e) => klaar(e.detail), { once: true });
  }));
  await vulIn(page, s.antwoorden);
  const detail = await ontvangen;
  const uit = detail.regelingen.find((r) => r.id === 'kindpakket');
  assert.equal(uit.link, 'https://www.bunschoten.nl/kindpakket-aanvragen');
  assert.equal(uit.ook_in_geld, true);
  assert.equal(await page.locator('.regeling h4').getAttribute('aria-level'), '5', 'cards two below the screen heading');
  if (uit.status !== 'nee') {
    assert.match(await page.locator('[data-in-geld]').textContent(), /ook in geld/);
    assert.equal(await page.locator('[data-aanvragen]').getAttribute('href'), 'https://www.bunschoten.nl/kindpakket-aanvragen');
  }
  assert.deepEqual(fouten, []);
  await page.close();
  server.stop();
  rmSync(map, { recursive: true, force: true });
});
