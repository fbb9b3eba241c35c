// The npm package a gemeente takes: `npm pack` of the built dist/ (without running prepack, so
// the test packs what the build step before it made), its file list, and the packed file
// installed with `npm install` into an empty site that embeds the widget as docs/widget.md says,
// served under the strict CSP and opened in Chromium. A runtime file left out of `files` in
// package.json (the catalogs, the Fluent runtime, the engine, a policy) fails here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { startBrowser, startServer, volg } from './helpers.mjs';
import { TALEN } from '../../www/talen.js';

const PROJECT = process.cwd();
const NAAM = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).name;
const omgeving = {};

before(() => {
  omgeving.map = mkdtempSync(join(tmpdir(), 'bur-pakket-'));
  const uit = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', omgeving.map], { cwd: PROJECT, encoding: 'utf8' });
  omgeving.tgz = join(omgeving.map, JSON.parse(uit)[0].filename);
  // What is really in the tarball, not what npm says it meant to pack.
  omgeving.bestanden = execFileSync('tar', ['-tzf', omgeving.tgz], { encoding: 'utf8' })
    .split('\n').filter((r) => r && !r.endsWith('/')).map((r) => r.replace(/^package\//, '')).sort();
});

after(async () => {
  await omgeving.browser?.close();
  omgeving.server?.stop();
  if (omgeving.map) rmSync(omgeving.map, { recursive: true, force: true });
});

test('the tarball holds the licence, the element, the engine, the policies, the catalogs and the Fluent runtime, and nothing of the sources', () => {
  const { bestanden } = omgeving;
  const heeft = (f) => assert.ok(bestanden.includes(f), `${f} is packed (package.json "files")`);
  for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/define.js', 'dist/bereken-uw-recht.js', 'dist/bereken-uw-recht.css', 'dist/bereken-uw-recht.d.ts', 'dist/define.d.ts', 'dist/pkg/bur.js', 'dist/pkg/bur_bg.wasm']) heeft(f);
  // Every policy and every catalog the build made, and a catalog for every language offered.
  for (const f of readdirSync(join(PROJECT, 'dist', 'policies'))) heeft(`dist/policies/${f}`);
  for (const f of readdirSync(join(PROJECT, 'dist', 'locales'))) heeft(`dist/locales/${f}`);
  for (const { code } of TALEN) heeft(`dist/locales/${code}.ftl`);
  heeft('dist/locales/plaatshouders.json');
  heeft('dist/vendor/fluent/index.js');

  const vreemd = bestanden.filter((f) => !['LICENSE', 'README.md', 'package.json'].includes(f) && !f.startsWith('dist/'));
  assert.deepEqual(vreemd, [], 'only dist/ beside the licence, README and package.json (no src/, tests/, target/, node_modules/, data/)');
  assert.deepEqual(bestanden.filter((f) => f.startsWith('dist/policies/') && !f.endsWith('.json')), [], 'policies as compiled JSON only');

  const pakket = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8'));
  assert.equal(pakket.private, undefined, 'publishable');
  assert.equal(pakket.license, 'EUPL-1.2');
  const licentie = readFileSync(join(PROJECT, 'LICENSE'), 'utf8');
  assert.match(licentie, /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  assert.match(licentie, /Appendix[\s\S]*Compatible Licences[\s\S]*require the production of a new EUPL version\.\n?$/);
  // Every target of the exports map is packed ("./pkg/*" and "./policies/*": the folder is).
  for (const [sleutel, doel] of Object.entries(pakket.exports)) {
    for (const pad of typeof doel === 'string' ? [doel] : Object.values(doel)) {
      const f = pad.replace(/^\.\//, '');
      if (f.endsWith('*')) assert.ok(bestanden.some((b) => b.startsWith(f.slice(0, -1))), `exports ${sleutel}: ${pad}`);
      else heeft(f);
    }
  }
});

test('every file a packed module imports or fetches beside itself is packed', () => {
  const uitgepakt = join(omgeving.map, 'uitgepakt');
  mkdirSync(uitgepakt);
  execFileSync('tar', ['-xzf', omgeving.tgz, '-C', uitgepakt]);
  const ontbreekt = [];
  for (const f of omgeving.bestanden.filter((b) => b.endsWith('.js'))) {
    const tekst = readFileSync(join(uitgepakt, 'package', f), 'utf8');
    const verwijzingen = [
      ...tekst.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g),
      ...tekst.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g),
    ].map((m) => m[1]);
    for (const v of verwijzingen) {
      const doel = posix.normalize(posix.join(posix.dirname(f), v));
      if (!omgeving.bestanden.includes(doel)) ontbreekt.push(`${f} → ${v}`);
    }
  }
  assert.deepEqual(ontbreekt, []);
});

test('a gemeente installs the packed file with npm, embeds the element as documented, and the start screen works under the strict CSP', async () => {
  // An empty site of a gemeente, with the package as its one dependency.
  const site = join(omgeving.map, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), `${JSON.stringify({ name: 'gemeente-site', version: '1.0.0', private: true }, null, 2)}\n`);
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', omgeving.tgz], { cwd: site, encoding: 'utf8' });
  const installed = join(site, 'node_modules', NAAM);
  assert.ok(existsSync(join(installed, 'dist', 'define.js')), 'installed into node_modules');
  assert.ok(existsSync(join(installed, 'LICENSE')), 'the licence comes along');

  // The page docs/widget.md tells a host to write: one preload, one module script, the tag with
  // its fallback link. The site serves the installed package's dist/ where it lies.
  const bur = `/node_modules/${NAAM}/dist`;
  writeFileSync(join(site, 'index.html'), `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Gemeente Bunschoten</title>
  <link rel="icon" href="data:,">
  <link rel="modulepreload" href="${bur}/bereken-uw-recht.js">
  <script type="module" src="${bur}/define.js"></script>
</head>
<body>
  <main>
    <h1>Minimaregelingen</h1>
    <bereken-uw-recht gemeente="bunschoten">
      <a href="https://www.bunschoten.nl/">Lees over de regelingen op de website van de gemeente</a>
    </bereken-uw-recht>
  </main>
</body>
</html>
`);
  omgeving.server = await startServer(site);
  omgeving.browser = await startBrowser();
  const origin = new URL(omgeving.server.url).origin;
  const page = await omgeving.browser.newPage({ viewport: { width: 390, height: 844 } });
  const { verzoeken, fouten } = volg(page);
  const mislukt = [];
  page.on('requestfailed', (r) => mislukt.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) mislukt.push(`${r.url()}: ${r.status()}`); });
  await page.goto(omgeving.server.url);

  // The start screen, in Dutch, with the policy's gemeente: engine, policy and catalog loaded.
  const widget = page.locator('bereken-uw-recht .bur');
  try {
    await page.locator('bereken-uw-recht [data-actie="begin"]').waitFor({ state: 'visible', timeout: 10000 });
  } catch (e) {
    // Say why: a file missing from the package shows as a failed request or a module error.
    assert.deepEqual(mislukt, [], 'no failed requests');
    assert.deepEqual(fouten, [], 'no console errors');
    throw e;
  }
  assert.equal(await widget.getAttribute('data-scherm'), 'start');
  assert.equal(await page.locator('bereken-uw-recht h2#kop').textContent(), 'Bereken uw recht: Bunschoten');
  assert.match(await page.locator('bereken-uw-recht .versie').textContent(), /Bunschoten/);
  assert.equal(await page.locator('bereken-uw-recht .melding.fout-melding').count(), 0, 'no message about the rules');
  // One step on: the engine asks its first questions.
  await page.locator('bereken-uw-recht [data-actie="begin"]').click();
  await page.waitForFunction(() => document.querySelector('bereken-uw-recht').shadowRoot.querySelector('.bur').dataset.scherm !== 'start', null, { timeout: 5000 });
  assert.ok(await page.locator('bereken-uw-recht .velden [data-veld]').count() > 0, 'a question screen with fields');

  assert.deepEqual(fouten, [], 'no console errors');
  assert.deepEqual(mislukt, [], 'no failed requests');
  const paden = verzoeken.map((u) => { const url = new URL(u); return url.origin === origin ? url.pathname : u; });
  assert.deepEqual(paden.filter((p) => p !== '/' && !p.startsWith(`${bur}/`)), [], 'everything from the installed package, nothing from elsewhere (not node_modules/@fluent)');
  for (const p of ['pkg/bur_bg.wasm', 'policies/bunschoten.json', 'locales/nl.ftl', 'locales/plaatshouders.json', 'vendor/fluent/index.js', 'bereken-uw-recht.css']) {
    assert.ok(paden.includes(`${bur}/${p}`), `loaded ${p} from the package`);
  }
  await page.close();
});
