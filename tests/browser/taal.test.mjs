// Languages: an inwoner answers a question in Dutch, picks English on the start screen, and
// goes on in English with the answers kept: the questions, the results and the printout carry
// no Dutch word of the widget's own catalog (compared with locales/nl's values), only the
// regelingen's Dutch names beside their translations and the note that the Dutch text is
// leading. A language without a catalog falls back to Dutch; Arabic, written right to left,
// mirrors the layout and says the engine's reasons in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { metOmgeving, statussen, volg } from './helpers.mjs';
import { leesScenario, vulIn, scherm } from './invullen.mjs';

const omgeving = metOmgeving(before, after);
const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');
const SCENARIO = leesScenario(join(SHARED, 'scenarios', 'bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml'));

/** The messages of some of a language's catalog files, as plain text where they have no placeholder. */
function woorden(taal, bestanden) {
  const bundle = new FluentBundle(taal, { useIsolating: false });
  for (const f of bestanden) bundle.addResource(new FluentResource(readFileSync(join('locales', taal, f), 'utf8')));
  const uit = new Map();
  for (const f of bestanden) {
    for (const [, sleutel] of readFileSync(join('locales', taal, f), 'utf8').matchAll(/^([a-z][\w-]*) =/gm)) {
      const fouten = [];
      const tekst = bundle.formatPattern(bundle.getMessage(sleutel).value, {}, fouten);
      if (!fouten.length && !/[{}]/.test(tekst)) uit.set(sleutel, tekst);
    }
  }
  return uit;
}

const EIGEN = ['widget.ftl', 'vragen.ftl'];
const NL = woorden('nl', EIGEN);
const EN = woorden('en', EIGEN);
/** The widget's own Dutch words that English says otherwise. */
const NEDERLANDS = [...NL].filter(([sleutel, nl]) => nl !== EN.get(sleutel) && nl.length >= 3);

const wortel = (page) => page.locator('bereken-uw-recht .bur');

/** The widget's text outside what is marked Dutch on purpose (`lang="nl"`: names, the picker's "Nederlands"). */
function tekstBuitenNederlands(page) {
  return page.locator('bereken-uw-recht').evaluate((host) => {
    const delen = [];
    const loper = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    while (loper.nextNode()) if (!loper.currentNode.parentElement?.closest('[lang="nl"]')) delen.push(loper.currentNode.data);
    return delen.join(' ');
  });
}

function geenNederlands(tekst, waar) {
  const gevonden = NEDERLANDS.filter(([, nl]) => new RegExp(`(^|[^\\p{L}])${nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(tekst));
  assert.deepEqual(gevonden.map(([sleutel, nl]) => `${sleutel}: ${nl}`), [], `no Dutch word of the widget's catalog ${waar}`);
}

test('English picked on the start screen keeps the answers; questions, results and printout are English', async () => {
  assert.ok(NEDERLANDS.length > 100, 'compares with the Dutch catalog');
  const page = await omgeving.browser.newPage({ viewport: { width: 390, height: 844 } });
  const { fouten } = volg(page);
  await page.goto(`${omgeving.server.url}?gemeente=bunschoten&peildatum=2025-09-15`);
  const knoppen = page.locator('.talen button[data-taal]');
  await knoppen.first().waitFor();
  assert.deepEqual(await knoppen.evaluateAll((bs) => bs.map((b) => [b.lang, b.textContent, b.getAttribute('aria-pressed')])),
    [['nl', 'Nederlands', 'true'], ['en', 'English', 'false'], ['pl', 'Polski', 'false'], ['tr', 'Türkçe', 'false'], ['ar', 'العربية', 'false']],
    'each language in its own name, the one shown pressed');
  assert.equal(await page.locator('.talen').getAttribute('aria-labelledby'), 'talen-kop');

  // One answer in Dutch, then back to the start screen.
  await page.locator('[data-actie="begin"]').click();
  await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').fill('38');
  await page.locator('[data-veld="heeft_partner"] input[data-waarde="nee"]').check();
  await page.locator('[data-actie="vorige"]').click();
  assert.equal(await scherm(page), 'start');

  // By keyboard: Tab to "English", Enter.
  await page.locator('.talen button[data-taal="en"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('bereken-uw-recht .bur[lang="en"]').waitFor();
  assert.equal(await wortel(page).getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('.start h2').textContent(), `${EN.get('rekenhulp-titel')}: Bunschoten`);
  assert.equal(await page.locator('.talen button[data-taal="en"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.querySelector('bereken-uw-recht').shadowRoot.activeElement?.dataset.taal), 'en', 'the focus stays on the picker');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the page follows');
  assert.equal(await page.locator('label[for="gemeente"]').textContent(), woorden('en', ['pagina.ftl']).get('pagina-gemeente'));
  assert.match(page.url(), /[?&]lang=en/, 'the address keeps the choice');
  geenNederlands(await tekstBuitenNederlands(page), 'on the start screen');

  // The answer is kept, and asked in English.
  await page.locator('[data-actie="begin"]').click();
  assert.equal(await page.locator('h2').textContent(), EN.get('onderwerp-huishouden'));
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '38');
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] label.vraagtekst').textContent(), EN.get('vraag-aanvrager-leeftijd'));
  assert.equal(await page.locator('[data-veld="heeft_partner"] input[data-waarde="nee"]').isChecked(), true);
  geenNederlands(await tekstBuitenNederlands(page), 'on a question screen');

  // The rest of the household, to the results.
  await page.locator('[data-actie="vorige"]').click();
  await vulIn(page, SCENARIO.antwoorden);
  assert.equal((await statussen(page))['individuele-inkomenstoeslag'], 'ja');
  const tekst = await tekstBuitenNederlands(page);
  geenNederlands(tekst, 'on the results and the printout');
  assert.ok(tekst.includes(EN.get('status-ja') ?? 'Probably yes'));
  assert.equal(await page.locator('[data-nederlands-leidend]').count(), 1, 'the note that the Dutch text is leading, once');
  assert.equal(await page.locator('[data-nederlands-leidend]').textContent(), EN.get('nederlands-leidend'));
  const namen = await page.locator('[data-regeling="individuele-inkomenstoeslag"]').evaluate((kaart) => ({
    vertaald: kaart.querySelector('h4').textContent,
    nederlands: kaart.querySelector('.nederlandse-naam [lang="nl"]')?.textContent,
  }));
  assert.equal(namen.nederlands, 'Individuele inkomenstoeslag', 'the Dutch name beside the translated one');
  assert.notEqual(namen.vertaald, namen.nederlands);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('[data-nederlands-leidend]').isVisible(), true, 'on the printout too');
  assert.equal(await page.locator('[data-regeling="individuele-inkomenstoeslag"] .nederlandse-naam').isVisible(), true);
  assert.deepEqual(fouten, []);
  await page.close();
});

test('Dutch shows no translation note; a language without a catalog falls back to Dutch', async () => {
  const page = await omgeving.browser.newPage();
  await page.goto(`${omgeving.server.url}?peildatum=2025-09-15&lang=fr`);
  await page.locator('[data-actie="begin"]').waitFor();
  assert.equal(await wortel(page).getAttribute('lang'), 'nl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  assert.equal(await page.locator('.start h2').textContent(), `${NL.get('rekenhulp-titel')}: Bunschoten`);
  await vulIn(page, SCENARIO.antwoorden);
  assert.equal(await page.locator('[data-nederlands-leidend]').count(), 0);
  assert.equal(await page.locator('.nederlandse-naam').count(), 0);
  await page.close();
});

test('Arabic, written right to left: dir="rtl" on the root, the page and the layout mirrored', { timeout: 60_000 }, async () => {
  const AR = woorden('ar', EIGEN);
  const page = await omgeving.browser.newPage({ viewport: { width: 360, height: 740 } });
  const { fouten } = volg(page);
  try {
    await page.goto(`${omgeving.server.url}?peildatum=2025-09-15`);
    await page.locator('.talen button[data-taal="ar"]').click();
    await page.locator('bereken-uw-recht .bur[dir="rtl"]').waitFor();
    assert.equal(await wortel(page).getAttribute('lang'), 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    // Fluent isolates the gemeente's Latin name in the Arabic sentence (U+2068 ... U+2069).
    assert.equal(await page.locator('.start h2').textContent(), `${AR.get('rekenhulp-titel')}: \u2068Bunschoten\u2069`);
    await vulIn(page, SCENARIO.antwoorden);
    assert.equal((await statussen(page))['individuele-inkomenstoeslag'], 'ja');
    // The engine's reasons in Arabic too, with amounts in Western digits.
    const redenen = await page.locator('[data-regeling="individuele-inkomenstoeslag"] .redenen').textContent(); // folded, but there
    assert.match(redenen, /[\u0600-\u06FF]/u, 'Arabic script');
    assert.doesNotMatch(redenen, /[\u0660-\u0669]/u, 'no Arabic-Indic digits');
    assert.equal(await page.locator('[data-nederlands-leidend]').textContent(), AR.get('nederlands-leidend'));
    // The status border starts the card in reading direction: on the right.
    const rand = await page.locator('.regeling').first().evaluate((e) => ({ rechts: getComputedStyle(e).borderRightWidth, links: getComputedStyle(e).borderLeftWidth }));
    assert.deepEqual(rand, { rechts: '8px', links: '2px' });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'nothing scrolls sideways');
    await page.locator('[data-actie="nieuw"]').click();
    await page.locator('.talen button[data-taal="nl"]').click();
    await page.locator('bereken-uw-recht .bur[dir="ltr"][lang="nl"]').waitFor();
    assert.deepEqual(fouten, []);
  } finally {
    await page.close();
  }
});
