// An inwoner completes the check in real Chromium for households of ../shared/scenarios (one
// per gemeente), by mouse, by keyboard alone and in English, and sees the expected status for
// every regeling the scenario lists. Also: back and forward keep answers, answers can be
// changed from the results, and a bad amount is named at its field until corrected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { metOmgeving, statussen, volg } from './helpers.mjs';
import { leesScenario, vulIn, scherm } from './invullen.mjs';

const omgeving = metOmgeving(before, after);
const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');

const SCENARIOS = [
  'bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml',
  'montferland/witgoed-vervanging.yaml',
  'roosendaal/draagkracht-35-procent.yaml',
];

async function doeScenario(bestand, { toetsenbord = false, lang, nummer } = {}) {
  const gelezen = nummer === undefined ? leesScenario(join(SHARED, 'scenarios', bestand)) : leesScenario(join('tests', 'scenarios', bestand))[nummer];
  const s = gelezen;
  const page = await omgeving.browser.newPage({ viewport: { width: 390, height: 844 } });
  const { fouten } = volg(page);
  const params = new URLSearchParams({ gemeente: s.gemeente, peildatum: s.peildatum, ...(lang ? { lang } : {}) });
  await page.goto(`${omgeving.server.url}?${params}`);
  await vulIn(page, s.antwoorden, { toetsenbord });
  const gezien = await statussen(page);
  for (const [id, verwacht] of Object.entries(s.verwacht.regelingen)) {
    assert.equal(gezien[id], verwacht.status, `${bestand}: ${id}`);
  }
  assert.deepEqual(fouten, [], 'no console errors');
  return { page, scenario: s };
}

for (const bestand of SCENARIOS) {
  test(`an inwoner completes the check: ${bestand}`, async () => {
    const { page } = await doeScenario(bestand);
    await page.close();
  });
}

// The project's own households for the cost details the shared ones do not use: the purpose and
// distance of a journey, a refused kind of cost, a rent arrear with a threatened eviction.
for (const [bestand, nummer] of [
  ['montferland/reiskosten-en-overige.yaml', 0],
  ['montferland/afwijzingsgronden.yaml', 0],
  ['roosendaal/schulden-en-woonkosten.yaml', 0],
]) {
  test(`an inwoner with other costs completes the check: ${bestand} #${nummer + 1}`, async () => {
    const { page } = await doeScenario(bestand, { nummer });
    await page.close();
  });
}

test('the amount, the reasons with their numbers and the bron are on the results', async () => {
  const { page } = await doeScenario(SCENARIOS[0]);
  const iit = page.locator('[data-regeling="individuele-inkomenstoeslag"]');
  const tekst = await iit.textContent();
  assert.match(tekst, /Waarschijnlijk wel/);
  assert.match(tekst, /€\s666,00 per jaar/);
  // The source by its title, linked to the public text the policy names; no seed file number.
  assert.match(tekst, /Bron: Verordening sociaal domein 2025 Gemeente Bunschoten, art\. 7\.4/);
  assert.doesNotMatch(tekst, /\b00\d (art|par)\./);
  assert.equal(await iit.locator('.bron a').first().getAttribute('href'), 'https://zoek.officielebekendmakingen.nl/gmb-2024-541507');
  assert.match(tekst, /Wat kunt u doen\?/);
  // ja and misschien cards come before nee cards
  const volgorde = await page.locator('.regelingen [data-regeling]').evaluateAll((els) => els.map((e) => e.dataset.status));
  assert.deepEqual([...volgorde].sort((a, b) => (a === 'nee') - (b === 'nee')), volgorde);
  await page.close();
});

test('the check can be completed by keyboard alone', async () => {
  const { page } = await doeScenario('bunschoten/kindpakket-tussen-100-en-120.yaml', { toetsenbord: true });
  await page.close();
});

test('the English version completes too', async () => {
  const { page } = await doeScenario(SCENARIOS[1], { lang: 'en' });
  const tekst = await page.locator('[data-regeling="witgoed"]').textContent();
  assert.match(tekst, /Probably yes/);
  assert.match(await page.locator('.bur h2').first().textContent(), /Your outcome/);
  await page.close();
});

test('back and forward keep the answers, and the results lead back to change them', async () => {
  const { page } = await doeScenario(SCENARIOS[0]);
  await page.locator('details.antwoorden summary').click();
  await page.locator('[data-wijzig="inkomen"]').click();
  assert.equal(await scherm(page), 'inkomen');
  const inkomen = page.locator('[data-veld="aanvrager.inkomen"] input[type="text"]');
  assert.equal(await inkomen.inputValue(), '1300,61');
  await page.locator('[data-actie="vorige"]').click();
  assert.equal(await scherm(page), 'huishouden');
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '38');
  await page.locator('[data-actie="volgende"]').click();
  await inkomen.fill('2.600,00');
  await page.locator('[data-actie="naar-uitkomst"]').click();
  assert.equal(await scherm(page), 'uitkomst');
  assert.equal((await statussen(page))['individuele-inkomenstoeslag'], 'nee');
  await page.close();
});

test('a negative amount and letters get the field message; the flow goes on once corrected', async () => {
  const page = await omgeving.browser.newPage({ viewport: { width: 360, height: 740 } });
  const { fouten } = volg(page);
  await page.goto(`${omgeving.server.url}?gemeente=bunschoten&peildatum=2025-09-15`);
  await page.locator('[data-actie="begin"]').click();
  const leeftijd = page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]');
  await leeftijd.fill('veertig');
  await page.locator('[data-actie="volgende"]').click();
  assert.equal(await scherm(page), 'huishouden', 'stays on the screen');
  const samenvatting = page.locator('.samenvatting-fouten');
  await samenvatting.waitFor();
  assert.match(await samenvatting.textContent(), /leeftijd moet een heel aantal jaren zijn/);
  assert.equal(await leeftijd.getAttribute('aria-invalid'), 'true');
  const foutId = await page.locator('[data-fout-voor="aanvrager.leeftijd"]').getAttribute('id');
  assert.ok((await leeftijd.getAttribute('aria-describedby')).split(' ').includes(foutId), 'the message is tied to the field');
  await leeftijd.fill('40');
  // Partner is required: no "weet ik niet", and "Volgende" asks for it at the field.
  assert.equal(await page.locator('[data-veld="heeft_partner"] input[data-waarde="onbekend"]').count(), 0);
  await page.locator('[data-actie="volgende"]').click();
  assert.equal(await scherm(page), 'huishouden', 'a required question stops the flow');
  assert.match(await page.locator('[data-fout-voor="heeft_partner"]').textContent(), /Dit moeten wij weten/);
  await page.locator('[data-veld="heeft_partner"] input[data-waarde="nee"]').check();
  await page.locator('[data-actie="volgende"]').click();
  assert.equal(await scherm(page), 'inkomen');
  const inkomen = page.locator('[data-veld="aanvrager.inkomen"] input[type="text"]');
  await inkomen.fill('-12');
  await page.locator('[data-actie="volgende"]').click();
  assert.match(await page.locator('[data-fout-voor="aanvrager.inkomen"]').textContent(), /kan niet negatief zijn/);
  assert.equal(await scherm(page), 'inkomen');
  await inkomen.fill('1.250,50');
  await page.locator('[data-actie="volgende"]').click();
  assert.notEqual(await scherm(page), 'inkomen');
  assert.equal(await page.locator('[data-fout-voor]:not([hidden])').count(), 0);
  assert.deepEqual(fouten, []);
  await page.close();
});
