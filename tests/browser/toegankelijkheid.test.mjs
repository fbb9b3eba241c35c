// Accessibility (WCAG 2.1 AA): axe-core finds no violations on the question screens and the
// results; on a 360 px wide phone nothing scrolls sideways; every touch target is at least
// 44 by 44 px; the focus moves to the heading of each new screen; reduced motion is respected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { metOmgeving } from './helpers.mjs';
import { scherm } from './invullen.mjs';

const omgeving = metOmgeving(before, after);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  // Evaluated through the DevTools protocol, so the page's CSP (rightly) does not apply to it.
  await page.evaluate(AXE);
  const uitslag = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return uitslag.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function kleineDoelen(page) {
  return page.locator('bereken-uw-recht').evaluate((host) => [...host.shadowRoot.querySelectorAll('button, select, input[type="text"], .keuze, .vinkje, summary')]
    .filter((e) => e.offsetParent !== null)
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 || r.width < 44)
    .map(({ e, r }) => `${e.tagName.toLowerCase()}#${e.id || e.className} ${Math.round(r.width)}x${Math.round(r.height)}`));
}

// Dutch, English, and Arabic written right to left: the same checks in each.
for (const taal of ['nl', 'en', 'ar']) test(`no axe violations, no sideways scrolling and 44 px targets on every screen of a phone (${taal})`, async () => {
  const page = await omgeving.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${omgeving.server.url}?gemeente=montferland&peildatum=2025-09-15&lang=${taal}`);
  await page.locator(`bereken-uw-recht .bur[lang="${taal}"]`).waitFor();
  await page.locator('[data-actie="begin"]').waitFor();
  const bevindingen = [];
  const controleer = async () => {
    const naam = await scherm(page);
    for (const v of await axe(page)) bevindingen.push(`${naam}: ${v}`);
    for (const d of await kleineDoelen(page)) bevindingen.push(`${naam}: touch target ${d}`);
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    if (breed > 360) bevindingen.push(`${naam}: ${breed} px wide at 360 px`);
  };
  await controleer();
  // a bad answer on screen: the error state must be accessible too
  await page.locator('[data-actie="begin"]').click();
  await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').fill('-3');
  await page.locator('[data-actie="volgende"]').click();
  await controleer();
  await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').fill('60');
  await page.locator('[data-actie="vorige"]').click();
  // every question screen and the results
  const origineel = page.locator('[data-actie="volgende"]');
  await page.locator('[data-actie="begin"]').click();
  await page.locator('[data-veld="heeft_partner"] input[data-waarde="nee"]').check(); // required
  for (let stap = 0; (await scherm(page)) !== 'uitkomst'; stap += 1) {
    assert.ok(stap < 8, `the results are reached (stuck on ${await scherm(page)})`);
    await controleer();
    await origineel.click();
  }
  await controleer();
  assert.deepEqual(bevindingen, []);
  await page.close();
});

test('each new screen puts the focus on its heading', async () => {
  const page = await omgeving.browser.newPage();
  await page.goto(`${omgeving.server.url}?peildatum=2025-09-15`);
  await page.locator('[data-actie="begin"]').click();
  const focus = () => page.evaluate(() => {
    const a = document.querySelector('bereken-uw-recht').shadowRoot.activeElement;
    return a ? `${a.tagName.toLowerCase()}:${a.textContent}` : null;
  });
  assert.equal(await focus(), 'h2:Uw huishouden');
  await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').fill('40');
  await page.locator('[data-veld="heeft_partner"] input[data-waarde="nee"]').check(); // required
  await page.locator('[data-actie="volgende"]').click();
  assert.equal(await focus(), 'h2:Uw inkomen');
  await page.close();
});

test('the 200% zoom of a 720 px window (360 CSS px) keeps every control usable', async () => {
  const context = await omgeving.browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${omgeving.server.url}?gemeente=roosendaal&peildatum=2025-09-15`);
  await page.locator('[data-actie="begin"]').click();
  for (const knop of ['volgende', 'vorige']) {
    const r = await page.locator(`[data-actie="${knop}"]`).boundingBox();
    assert.ok(r.x >= 0 && r.x + r.width <= 360, `${knop} fits`);
  }
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await context.close();
});
