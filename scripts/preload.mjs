// Writes, into every page of dist/, the preload links for what its start needs: every module its
// entry script imports (statically, at any depth), the engine (pkg/bur.js and its .wasm), the
// widget's stylesheet, the catalog of the page's language and the policy of the gemeente the page
// names. Without them the browser discovers these files one import at a time (start.js, then
// define.js, then the element, then Fluent...), and the engine, catalog and policy only start
// loading once all modules ran: about 400 ms of waterfall at 4x CPU throttling.
//
// The list is computed from the files, so it cannot drift from the imports. Usage, after the
// build has filled dist/: node scripts/preload.mjs dist
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const MARKER = '<!-- preload -->';

/** The relative static imports of one module: `import x from './y.js'`, `import './y.js'`, `export ... from`. */
function imports(bestand) {
  const tekst = readFileSync(bestand, 'utf8');
  const uit = [];
  for (const m of tekst.matchAll(/^\s*(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?\s*(['"])(\.{1,2}\/[^'"]+)\1/gm)) {
    uit.push(normalize(join(dirname(bestand), m[2])));
  }
  return uit;
}

/** Every module reachable from the entry by static imports, the entry itself excluded. */
function sluiting(entry) {
  const gezien = new Set([entry]);
  const rij = [entry];
  while (rij.length) {
    for (const volgende of imports(rij.shift())) {
      if (!gezien.has(volgende)) {
        if (!existsSync(volgende)) throw new Error(`${entry} imports ${volgende}, which dist/ lacks`);
        gezien.add(volgende);
        rij.push(volgende);
      }
    }
  }
  gezien.delete(entry);
  return [...gezien];
}

const attribuut = (tekst, naam) => tekst.match(new RegExp(`\\s${naam}="([^"]*)"`))?.[1];

for (const pagina of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
  const pad = join(dist, pagina);
  const html = readFileSync(pad, 'utf8');
  if (!html.includes(MARKER)) continue;
  const entry = html.match(/<script type="module" src="([^"]+)"><\/script>/)?.[1];
  const element = html.match(/<bereken-uw-recht\b[^>]*>/)?.[0];
  if (!entry || !element) throw new Error(`${pagina}: ${MARKER} without a module script and a <bereken-uw-recht> element`);
  const taal = attribuut(element, 'lang') ?? attribuut(html, 'lang') ?? 'nl';
  const gemeente = attribuut(element, 'gemeente');
  const modules = sluiting(join(dist, entry)).map((m) => relative(dist, m));
  const regels = [
    ...modules.map((m) => `<link rel="modulepreload" href="${m}">`),
    '<link rel="modulepreload" href="pkg/bur.js">',
    '<link rel="preload" href="pkg/bur_bg.wasm" as="fetch" type="application/wasm" crossorigin>',
    '<link rel="preload" href="bereken-uw-recht.css" as="style">',
    `<link rel="preload" href="locales/${taal}.ftl" as="fetch" crossorigin>`,
    '<link rel="preload" href="locales/plaatshouders.json" as="fetch" type="application/json" crossorigin>',
    ...(gemeente ? [`<link rel="preload" href="policies/${gemeente}.json" as="fetch" type="application/json" crossorigin>`] : []),
  ];
  for (const r of regels) {
    const href = r.match(/href="([^"]+)"/)[1];
    if (!existsSync(join(dist, href))) throw new Error(`${pagina}: would preload ${href}, which dist/ lacks`);
  }
  writeFileSync(pad, html.replace(MARKER, regels.join('\n  ')));
}
