// The results an inwoner understands in one minute (issue 13), on a 360 px phone for a typical
// household of each seed gemeente: the summary within the first 800 px, the page at most a
// quarter of the 25,000 px it was, no "Waarschijnlijk niet" card for a cost never mentioned,
// one norm on the page, sources by title; and Back and Forward between the screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { metOmgeving, statussen, volg } from './helpers.mjs';
import { vulIn, scherm } from './invullen.mjs';

const omgeving = metOmgeving(before, after);

// A single parent with one child, an income a little above the norm, a small saving, three
// years of low income and no costs to report: the household the issue was tried with.
const HUISHOUDEN = {
  aanvrager: { leeftijd: 34, inkomen: 1450, inkomensbron: 'loon', student: false, geldige_verblijfstitel: true, gedetineerd: false, chronisch_ziek_of_beperking: false },
  heeft_partner: false,
  kinderen: [{ leeftijd: 8 }],
  medebewoners: [],
  vermogen: 600,
  eigen_woning: false,
  maanden_laag_inkomen: 40,
  inkomenstoeslag_laatste_12_maanden: false,
  schulden: false,
  kosten: [],
};

const TODAY_HEIGHT = 25_000; // the Montferland results page before this issue, in px

async function resultaten(gemeente, { lang } = {}) {
  const page = await omgeving.browser.newPage({ viewport: { width: 360, height: 740 } });
  const { fouten } = volg(page);
  const params = new URLSearchParams({ gemeente, peildatum: '2026-12-01', ...(lang ? { lang } : {}) });
  await page.goto(`${omgeving.server.url}?${params}`);
  await vulIn(page, HUISHOUDEN);
  return { page, fouten };
}

for (const gemeente of ['bunschoten', 'montferland', 'roosendaal']) {
  test(`${gemeente}: the summary first, a short page, and no "nee" for a cost never mentioned`, async () => {
    const { page, fouten } = await resultaten(gemeente);
    const maten = await page.evaluate(() => {
      const root = document.querySelector('bereken-uw-recht').shadowRoot;
      const samenvatting = root.querySelector('.samenvatting').getBoundingClientRect();
      return { onderkant: samenvatting.bottom + window.scrollY, hoogte: document.documentElement.scrollHeight };
    });
    assert.ok(maten.onderkant <= 800, `summary ends at ${maten.onderkant} px`);
    assert.ok(maten.hoogte <= TODAY_HEIGHT / 4, `page is ${maten.hoogte} px`);
    // The button for a conversation sits below the summary, not above the outcome.
    const [samenvattingY, gesprekY] = await Promise.all(['.samenvatting', '[data-actie="gesprek"]'].map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().top)));
    assert.ok(gesprekY > samenvattingY);
    // A card saying "Waarschijnlijk niet" never rests on a cost the household did not name.
    for (const kaart of await page.locator('.regeling[data-status="nee"]').all()) {
      assert.doesNotMatch(await kaart.textContent(), /U gaf geen kosten op/);
    }
    // Those regelingen are listed under "Andere regelingen", with a way to add the cost.
    if (await page.locator('[data-wacht-op-kosten]').count()) {
      await page.locator('[data-actie="kosten-invullen"]').click();
      assert.equal(await scherm(page), 'kosten');
      await page.goBack();
      assert.equal(await scherm(page), 'uitkomst');
    }
    // No seed file number on the inwoner's screen; what the tool does not evaluate is listed.
    const tekst = await page.locator('.uitkomst').textContent();
    assert.doesNotMatch(tekst, /\b00[0-4] (art|par|Ad|hoofdstuk|toelichting)\b/);
    assert.doesNotMatch(tekst, /Dat hebben wij niet|kostenpost/);
    assert.equal(await page.locator('.niet-berekend li').count() > 0, true);
    assert.deepEqual(fouten, []);
    await page.close();
  });

  test(`${gemeente}: the headline's norm is the one every card's income reason uses`, async () => {
    const { page } = await resultaten(gemeente);
    const { kop, redenen } = await page.evaluate(() => {
      const root = document.querySelector('bereken-uw-recht').shadowRoot;
      return {
        kop: root.querySelector('.overzicht').textContent,
        redenen: [...root.querySelectorAll('.regeling .reden')].map((r) => r.textContent),
      };
    });
    const norm = /: (€\s[\d.]+,\d\d) per maand/.exec(kop)?.[1];
    assert.ok(norm, kop);
    const genoemd = redenen.flatMap((r) => [...r.matchAll(/van de bijstandsnorm(?: \([^)]*\))? van (€\s[\d.]+,\d\d)/g)].map((m) => m[1]));
    assert.ok(genoemd.length > 0, 'some card tests the income');
    for (const n of genoemd) assert.equal(n.replace(/\s/g, ' '), norm.replace(/\s/g, ' '), `${kop}`);
    await page.close();
  });
}

test('Back and Forward move between the screens and keep every answer; the title names the step', async () => {
  const { page } = await resultaten('bunschoten');
  assert.match(await page.title(), /^Uw uitkomst – Bereken uw recht$/);
  const voor = await statussen(page);
  let terug = 0;
  while ((await scherm(page)) !== 'inkomen') {
    await page.goBack();
    terug += 1;
    assert.ok(terug < 8, 'Back reaches the income screen');
    assert.match(await page.title(), / – Bereken uw recht$/);
  }
  assert.match(await page.title(), /^Uw inkomen – Bereken uw recht$/);
  assert.equal(await page.locator('[data-veld="aanvrager.inkomen"] input[type="text"]').inputValue(), '1450');
  for (let i = 0; i < terug; i += 1) await page.goForward();
  assert.equal(await scherm(page), 'uitkomst');
  assert.deepEqual(await statussen(page), voor, 'the same outcome: no answer was lost');
  // Back to the start, then on again: the answers are still there.
  while ((await scherm(page)) !== 'start') await page.goBack();
  await page.locator('[data-actie="begin"]').click();
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '34');
  await page.close();
});

test('the results in English and Arabic: summary first, sources by title', async () => {
  for (const lang of ['en', 'ar']) {
    const { page, fouten } = await resultaten('montferland', { lang });
    const onderkant = await page.locator('.samenvatting').evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
    assert.ok(onderkant <= 800, `${lang}: summary ends at ${onderkant} px`);
    assert.doesNotMatch(await page.locator('.uitkomst').textContent(), /\b00[0-4] (art|par)\b/);
    assert.deepEqual(fouten, []);
    await page.close();
  }
});

test('a volunteer who switches gemeente starts a fresh household', async () => {
  const page = await omgeving.browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(`${omgeving.server.url}?gemeente=bunschoten&peildatum=2026-12-01&modus=brigade`);
  await vulIn(page, HUISHOUDEN);
  await page.locator('#gemeente').selectOption('montferland');
  await page.locator('[data-actie="begin"]').click();
  assert.equal(await scherm(page), 'huishouden');
  assert.equal(await page.locator('[data-veld="aanvrager.leeftijd"] input[type="text"]').inputValue(), '');
  await page.close();
});

/** The household at another income, on its results screen. */
async function metInkomen(gemeente, inkomen) {
  const page = await omgeving.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${omgeving.server.url}?gemeente=${gemeente}&peildatum=2026-12-01`);
  await vulIn(page, { ...HUISHOUDEN, aanvrager: { ...HUISHOUDEN.aanvrager, inkomen } });
  return page;
}

const bedrag = (tekst) => Number(/€\s?([\d.]+,\d\d)/.exec(tekst)[1].replace(/\./g, '').replace(',', '.'));

test('the income chart: its table agrees with the engine at each limit, and marks the income the headline names', async () => {
  const { page, fouten } = await resultaten('bunschoten');
  const grafiek = page.locator('.inkomen-grafiek');
  // The marker says the household's income (1450 a month).
  assert.equal((await grafiek.locator('svg.grafiek-nu text').textContent()).replace(/\s/g, ' '), 'U nu: € 1.450');
  await grafiek.locator('summary').click();
  const runs = await grafiek.locator('tbody').evaluateAll((tbodies) => tbodies.map((t) => ({
    id: t.dataset.grafiek,
    runs: [...t.querySelectorAll('tr[data-status]')].map((r) => ({ status: r.dataset.status, tekst: r.cells[0].textContent })),
  })));
  assert.ok(runs.length > 0, 'some regeling changes with income');
  // The chart draws the same runs as the table, bar by bar.
  for (const { id, runs: r } of runs) {
    assert.deepEqual(await grafiek.locator(`[data-grafiek="${id}"] rect[data-status]`).evaluateAll((rs) => rs.map((x) => x.dataset.status)), r.map((x) => x.status));
  }
  assert.deepEqual(fouten, []);
  await page.close();
  // At the last income of a run, the household's own results give that run's status; at the
  // first income of the next run, the next status: the table is the engine's, limit by limit.
  const { id, runs: r } = runs[0];
  const grens = bedrag(r[0].tekst.split(' tot en met ').at(-1));
  const voorbij = bedrag(r[1].tekst);
  // The limit to the cent: the next range starts one cent higher, no gap between them.
  assert.equal(Math.round((voorbij - grens) * 100), 1, `${r[0].tekst} / ${r[1].tekst}`);
  for (const [inkomen, status] of [[grens, r[0].status], [voorbij, r[1].status]]) {
    const p = await metInkomen('bunschoten', inkomen);
    assert.equal((await statussen(p))[id], status, `${id} at € ${inkomen}`);
    await p.close();
  }
});

for (const gemeente of ['bunschoten', 'montferland', 'roosendaal']) {
  test(`${gemeente}: the printed summary of a typical household fits two A4 pages`, async () => {
    const { page } = await resultaten(gemeente);
    // As the browser's Print does: beforeprint (the answers and the income table open), then A4.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const paginas = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(paginas >= 1 && paginas <= 2, `${paginas} pages`);
    // The answers and the income table are on paper.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('details.antwoorden dl').first().isVisible());
    assert.ok(await page.locator('.grafiek-tabel').isVisible());
    await page.close();
  });
}
