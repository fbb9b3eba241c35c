// Screenshots for docs/: the question flow and the results on a phone (360 px) and a tablet
// (768 px), the print view, and the kindpakket page. Run with `npm run screenshots`.
import { join } from 'node:path';
import { startBrowser, startServer } from '../tests/browser/helpers.mjs';
import { leesScenario, vulIn } from '../tests/browser/invullen.mjs';

const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');
const uit = (naam) => join('docs', 'screenshots', naam);
const server = await startServer();
const browser = await startBrowser();
try {
  const s = leesScenario(join(SHARED, 'scenarios', 'bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml'));
  const telefoon = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await telefoon.goto(`${server.url}?peildatum=2025-09-15`);
  await telefoon.locator('[data-actie="begin"]').click();
  await telefoon.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').fill('38');
  await telefoon.locator('[data-veld="heeft_partner"] input[data-waarde="nee"]').check();
  await telefoon.locator('[data-veld="kinderen.aantal"] input[type="text"]').fill('2');
  await telefoon.screenshot({ path: uit('vragen-telefoon.png') });
  await telefoon.locator('[data-actie="volgende"]').click();
  await telefoon.locator('[data-veld="aanvrager.inkomen"] input[type="text"]').fill('-5');
  await telefoon.locator('[data-actie="volgende"]').click();
  await telefoon.screenshot({ path: uit('foutmelding-telefoon.png') });
  await telefoon.goto(`${server.url}?peildatum=2025-09-15`);
  await vulIn(telefoon, s.antwoorden);
  await telefoon.evaluate(() => window.scrollTo(0, 0));
  await telefoon.screenshot({ path: uit('uitkomst-telefoon.png') });
  await telefoon.emulateMedia({ media: 'print' });
  await telefoon.setViewportSize({ width: 794, height: 1123 });
  await telefoon.screenshot({ path: uit('afdruk.png') });

  const tablet = await browser.newPage({ viewport: { width: 768, height: 1024 } });
  await tablet.goto(`${server.url}?gemeente=montferland&peildatum=2025-09-15`);
  await vulIn(tablet, leesScenario(join(SHARED, 'scenarios', 'montferland/witgoed-vervanging.yaml')).antwoorden);
  await tablet.evaluate(() => window.scrollTo(0, 0));
  await tablet.screenshot({ path: uit('uitkomst-tablet.png') });
  await tablet.goto(`${server.url}kindpakket.html`);
  await tablet.locator('bereken-uw-recht').evaluate((e) => e.setAttribute('peildatum', '2025-09-15'));
  await vulIn(tablet, leesScenario(join(SHARED, 'scenarios', 'bunschoten/kindpakket-tussen-100-en-120.yaml')).antwoorden);
  await tablet.screenshot({ path: uit('kindpakket-tablet.png'), fullPage: true });
  console.log('screenshots in docs/screenshots/');
} finally {
  await browser.close();
  server.stop();
}
