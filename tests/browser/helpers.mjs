// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core (test tools
// cannot download a browser here), and the dist/ folder served on 127.0.0.1 under the strict CSP.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';

export function chromiumPad() {
  for (const naam of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${naam}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium niet gevonden: draai scripts/setup.sh');
}

export async function startBrowser() {
  return chromium.launch({
    executablePath: chromiumPad(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Serves dist/ on a free port (extra: scripts/serve.mjs's options); returns { url, stop }. */
export async function startServer(map = 'dist', env = {}, extra = []) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', map, '0', ...extra], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const [regel] = await once(server.stdout, 'data');
  const url = regel.toString().trim();
  return { url, stop: () => server.kill() };
}

/** Records every request and console error of a page. */
export function volg(page) {
  const verzoeken = [];
  const fouten = [];
  page.on('request', (r) => verzoeken.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') fouten.push(m.text()); });
  page.on('pageerror', (e) => fouten.push(String(e)));
  return { verzoeken, fouten };
}

/** A browser and a server for one test file: `const omgeving = metOmgeving(); ... omgeving.browser` */
export function metOmgeving(before, after) {
  const omgeving = {};
  before(async () => {
    omgeving.server = await startServer();
    omgeving.browser = await startBrowser();
    omgeving.origin = new URL(omgeving.server.url).origin;
  });
  after(async () => {
    await omgeving.browser?.close();
    omgeving.server?.stop();
  });
  return omgeving;
}

/** The status each regeling shows on the results screen, by id: its card, or its line under
 * "Andere regelingen" (a regeling for a cost the household did not mention). */
export async function statussen(page) {
  return page.locator('.uitkomst [data-regeling]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.regeling, e.dataset.status])));
}

/** The reference receiver (cargo build -p bur-ontvanger first) with a fresh database; returns { url, db, stop }. */
export async function startOntvanger({ storing = 0, db } = {}) {
  // The gemeenten it takes are those of the compiled policies the pages use (dist/policies).
  const kind = spawn('target/debug/bur-ontvanger', ['--adres', '127.0.0.1:0', '--database', db, '--origin', '*', '--policies', 'dist/policies', '--storing', String(storing)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [regel] = await once(kind.stdout, 'data');
  return { url: regel.toString().trim(), db, stop: () => kind.kill() };
}
