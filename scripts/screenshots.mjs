// Screenshots for docs/: the question flow and the results on a phone (360 px) and a tablet
// (768 px), the print view, and the kindpakket page. Run with `npm run screenshots`.
import { readFileSync } from 'node:fs';
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
  const grafiek = telefoon.locator('.inkomen-grafiek');
  await grafiek.locator('summary').click();
  await grafiek.screenshot({ path: uit('grafiek-telefoon.png') });
  // The keukentafelgesprek letter (no seed gemeente has an endpoint): the downloaded file, opened.
  await telefoon.locator('[data-actie="gesprek"]').click();
  await telefoon.locator('#g-naam').fill('Fatima de Vries');
  await telefoon.locator('#g-telefoon').fill('06-12345678');
  await telefoon.locator('#g-voorkeur-thuis').check();
  await telefoon.locator('#g-delen-met_uitkomst').check();
  await telefoon.locator('#g-toestemming').check();
  const [bestand] = await Promise.all([telefoon.waitForEvent('download'), telefoon.locator('[data-actie="download"]').click()]);
  const brief = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await brief.setContent(readFileSync(await bestand.path(), 'utf8'));
  await brief.screenshot({ path: uit('brief.png') });
  await brief.close();
  await telefoon.locator('[data-actie="terug"]').click();
  await telefoon.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
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
