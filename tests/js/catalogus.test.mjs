// Every word the widget names is in the catalogs: each key of a `w('…')` call in www/*.js, of a
// `data-w="…"` in www/*.html and of the question tables of www/vragen.js is a message of the
// Dutch catalog (locales/nl/*.ftl) and of every other language www/talen.js offers. A key
// spelled wrong, or a word added to the widget but not to a catalog, fails here instead of
// showing as `[sleutel]` to an inwoner. Also: every offered language has its catalog folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { TALEN, kiesTaal, richting } from '../../www/talen.js';
import { ONDERWERPEN, VRAGEN, DETAILS } from '../../www/vragen.js';

const WWW = 'www';
const bestanden = (ext) => readdirSync(WWW).filter((f) => f.endsWith(ext)).sort();
const ftl = (taal) => readdirSync(join('locales', taal)).filter((f) => f.endsWith('.ftl')).sort();

/** The catalog of a language as the widget gets it: its files joined in name order. */
function catalogus(taal) {
  const bundle = new FluentBundle(taal);
  const tekst = ftl(taal).map((f) => readFileSync(join('locales', taal, f), 'utf8')).join('\n');
  const fouten = bundle.addResource(new FluentResource(tekst));
  assert.deepEqual(fouten.map(String), [], `locales/${taal}: every message once`);
  return bundle;
}

// Where `w(` may take something else than a quoted key, and why the keys are still checked:
// the definitions, the tables of vragen.js (checked below) and forwarders whose callers are.
const DOORGEEFLUIKEN = {
  'uitleg.js': /^sleutel$/, // the definition
  'bereken-uw-recht.js': /^sleutel$/, // #w(sleutel, args): its callers pass literal keys
  'vragen.js': /^def\.\w+$|^sleutel$|^ONDERWERPEN\[onderwerp\]$/, // the tables below
  'pagina.js': /^e\.dataset\.w$/, // the data-w attributes of the pages, below
};

/** [file, key] for every key the widget's code names, and the calls whose key is not literal. */
function sleutelsInCode() {
  const sleutels = [];
  const onzichtbaar = [];
  for (const f of bestanden('.js')) {
    const code = readFileSync(join(WWW, f), 'utf8');
    for (const [, arg] of code.matchAll(/(?<![\w$])w\(\s*([^,)]+)/g)) {
      const letterlijk = /^(['"])([^'"]+)\1$/.exec(arg.trim());
      if (letterlijk) sleutels.push([f, letterlijk[2]]);
      else if (!DOORGEEFLUIKEN[f]?.test(arg.trim())) onzichtbaar.push(`${f}: w(${arg.trim()}`);
    }
  }
  for (const f of bestanden('.html')) {
    for (const [, sleutel] of readFileSync(join(WWW, f), 'utf8').matchAll(/data-w="([^"]+)"/g)) sleutels.push([f, sleutel]);
  }
  return { sleutels, onzichtbaar };
}

function sleutelsInVragen() {
  const uit = Object.values(ONDERWERPEN).map((s) => ['vragen.js', s]);
  for (const [id, def] of Object.entries({ ...VRAGEN, ...DETAILS })) {
    for (const veld of ['vraag', 'hulp', 'eenheid', 'item']) if (def[veld]) uit.push([`vragen.js ${id}`, def[veld]]);
    for (const s of Object.values(def.keuzes ?? {})) uit.push([`vragen.js ${id}`, s]);
  }
  return uit;
}

test('every offered language has a catalog folder with the files Dutch has', () => {
  assert.equal(TALEN[0].code, 'nl', 'Dutch first: it is leading');
  for (const t of TALEN) {
    assert.ok(existsSync(join('locales', t.code)), `www/talen.js offers ${t.code}, but locales/${t.code}/ is missing`);
    assert.deepEqual(ftl(t.code), ftl('nl'), `locales/${t.code}/ has the files of locales/nl/`);
    assert.ok(['ltr', 'rtl'].includes(t.richting), `${t.code}: a direction`);
    assert.ok(t.naam, `${t.code}: its own name`);
  }
});

test('a lang value chooses an offered language, and Dutch for any other', () => {
  assert.equal(kiesTaal('en-GB'), 'en');
  assert.equal(kiesTaal('EN'), 'en');
  assert.equal(kiesTaal('nl-BE'), 'nl');
  assert.equal(kiesTaal('fr'), 'nl');
  assert.equal(kiesTaal(''), 'nl');
  assert.equal(kiesTaal(undefined), 'nl');
  assert.equal(richting('nl'), 'ltr');
});

test('every w() call names its key literally, so this check sees it', () => {
  assert.deepEqual(sleutelsInCode().onzichtbaar, []);
});

test('every key the widget uses is in the catalog of every offered language', () => {
  const { sleutels } = sleutelsInCode();
  const alle = [...sleutels, ...sleutelsInVragen()];
  assert.ok(alle.length > 250, `found the widget's keys (${alle.length})`);
  for (const { code } of TALEN) {
    const bundle = catalogus(code);
    const ontbreekt = alle.filter(([, s]) => !bundle.hasMessage(s)).map(([f, s]) => `${f}: ${s}`);
    assert.deepEqual([...new Set(ontbreekt)], [], `locales/${code}: keys the widget uses`);
  }
});
