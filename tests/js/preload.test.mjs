// scripts/preload.mjs: a page's head names every module its entry imports, at any depth, and the
// files its start fetches, so the browser loads them at once instead of one import after
// another. Run on a copy of www/ with stand-ins for what the build adds (engine, catalogs,
// policies, Fluent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function bouw(extra = () => {}) {
  const dist = mkdtempSync(join(tmpdir(), 'preload-'));
  cpSync('www', dist, { recursive: true });
  for (const map of ['pkg', 'locales', 'policies', 'vendor/fluent']) mkdirSync(join(dist, map), { recursive: true });
  for (const f of ['pkg/bur.js', 'pkg/bur_bg.wasm', 'locales/nl.ftl', 'locales/plaatshouders.json', 'policies/bunschoten.json', 'vendor/fluent/bundle.js']) writeFileSync(join(dist, f), '');
  writeFileSync(join(dist, 'vendor/fluent/index.js'), 'export { FluentBundle } from "./bundle.js";\n');
  extra(dist);
  return dist;
}

const links = (html) => [...html.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[2]);

test('the start page preloads every module start.js reaches, the engine, the catalog and the policy', () => {
  const dist = bouw();
  try {
    execFileSync('node', ['scripts/preload.mjs', dist]);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const namen = links(html);
    for (const f of ['define.js', 'bereken-uw-recht.js', 'rekenkern.js', 'uitleg.js', 'vendor/fluent/index.js', 'vendor/fluent/bundle.js',
      'pkg/bur.js', 'pkg/bur_bg.wasm', 'bereken-uw-recht.css', 'locales/nl.ftl', 'locales/plaatshouders.json', 'policies/bunschoten.json']) {
      assert.ok(namen.includes(f), `index.html does not preload ${f}`);
    }
    // Loaded on request only (the keukentafelgesprek), so not on the start.
    assert.ok(!namen.includes('keukentafel.js'));
    assert.ok(!html.includes('<!-- preload -->'));
    assert.ok(links(readFileSync(join(dist, 'kindpakket.html'), 'utf8')).includes('kindpakket.js') === false);
    assert.ok(links(readFileSync(join(dist, 'kindpakket.html'), 'utf8')).includes('bereken-uw-recht.js'));
  } finally {
    rmSync(dist, { recursive: true });
  }
});

test('an import of a file the build lacks stops the build with its name', () => {
  const dist = bouw((d) => writeFileSync(join(d, 'define.js'), `${readFileSync(join(d, 'define.js'), 'utf8')}\nimport './bestaat-niet.js';\n`));
  try {
    assert.throws(() => execFileSync('node', ['scripts/preload.mjs', dist], { stdio: 'pipe' }), /bestaat-niet\.js/);
  } finally {
    rmSync(dist, { recursive: true });
  }
});
