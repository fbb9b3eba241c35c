// Browser timings for the README (never asserted in tests): microseconds per evaluation from
// the timing page, and the time until the first question is on screen with the CPU slowed
// down 4x (a cheap phone), for a fresh load of the start page.
import { startBrowser, startServer } from '../tests/browser/helpers.mjs';

const server = await startServer();
const browser = await startBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}timing.html`);
  const klaar = await page.locator('#uitslag[data-klaar]').getAttribute('data-klaar', { timeout: 120_000 });
  for (const [g, t] of Object.entries(JSON.parse(klaar))) {
    console.log(`chromium ${g}: evaluate ${t.evaluate} µs, re-evaluation after one answer ${t.wijziging} µs, income sweep (200 steps) ${t.reeks} µs (medians)`);
  }

  const tijden = [];
  for (let i = 0; i < 5; i += 1) {
    const context = await browser.newContext();
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await p.goto(`${server.url}?peildatum=2025-09-15`);
    await p.locator('[data-actie="begin"]').click();
    await p.locator('[data-veld="aanvrager.leeftijd"]').waitFor();
    tijden.push(await p.evaluate(() => {
      const start = performance.getEntriesByName('bereken-uw-recht:klaar')[0]?.startTime;
      const vraag = performance.getEntriesByName('bereken-uw-recht:eerste-vraag')[0]?.startTime;
      return { startscherm: start, eersteVraag: vraag - (performance.getEntriesByName('bereken-uw-recht:begin')[0]?.startTime ?? vraag) };
    }));
    await context.close();
  }
  const mediaan = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`start screen ready (4x CPU throttling, median of 5): ${Math.round(mediaan(tijden.map((t) => t.startscherm)))} ms after navigation start`);
  console.log(`first question after "Begin" (4x CPU throttling): ${Math.round(mediaan(tijden.map((t) => t.eersteVraag)))} ms`);
} finally {
  await browser.close();
  server.stop();
}
