// The kindpakket webshop page: one tag, limited to the kindpakket, themed in the host's colours,
// and told the result through the bubbling, composed event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { metOmgeving, statussen, volg } from './helpers.mjs';
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
