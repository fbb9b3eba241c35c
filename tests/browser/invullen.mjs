// Answers a scenario's household through the widget as an inwoner would: screen by screen, each
// field the widget shows is filled from the scenario (amounts typed the Dutch way), and every
// field the scenario leaves out gets "weet ik niet". With { toetsenbord: true } only the keyboard
// is used: Tab to reach a field, typing, Space and arrow keys for choices, Enter to go on.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { platMaken } from '../../www/antwoorden.js';

export function leesScenario(pad) {
  return parse(readFileSync(pad, 'utf8'));
}

/** The flat map of a scenario's answers, numbers as typed strings. */
export function scenarioWaarden(antwoorden) {
  return platMaken(JSON.parse(JSON.stringify(antwoorden, (_, w) => (typeof w === 'number' ? String(w) : w))));
}

export const widget = (page) => page.locator('bereken-uw-recht .bur');

export async function scherm(page) {
  return widget(page).getAttribute('data-scherm');
}

/** From the start screen to the results; returns the screens passed. */
export async function vulIn(page, antwoorden, { toetsenbord = false } = {}) {
  const waarden = scenarioWaarden(antwoorden);
  const gezien = [];
  await page.locator('[data-actie="begin"]').waitFor();
  await druk(page, '[data-actie="begin"]', toetsenbord);
  for (let stap = 0; stap < 12; stap += 1) {
    const huidig = await scherm(page);
    if (huidig === 'uitkomst') return gezien;
    gezien.push(huidig);
    const gedaan = new Set();
    for (;;) {
      const velden = await page.locator('.velden [data-veld]').evaluateAll((els) => els.map((e) => ({ pad: e.dataset.veld, soort: e.dataset.soort })));
      const veld = velden.find((v) => !gedaan.has(v.pad));
      if (!veld) break;
      gedaan.add(veld.pad);
      await vulVeld(page, veld, waarden, toetsenbord);
      // A typed answer redraws the screen a moment after the field is left: wait for it.
      await page.locator('bereken-uw-recht .bur:not([data-wacht])').waitFor({ state: 'attached' });
    }
    if (toetsenbord) {
      await focusOp(page, '[data-actie="volgende"]');
      await page.keyboard.press('Enter');
    } else {
      await page.locator('[data-actie="volgende"]').click();
    }
    await page.waitForFunction((vorig) => {
      const vak = document.querySelector('bereken-uw-recht').shadowRoot.querySelector('.bur');
      return vak.dataset.scherm !== vorig;
    }, huidig, { timeout: 5000 });
  }
  throw new Error(`geen uitkomst na ${gezien.join(', ')}`);
}

const kies = (pad) => `[data-veld="${pad}"]`;

async function vulVeld(page, { pad, soort }, waarden, toetsenbord) {
  const w = waarden[pad];
  if (pad === 'kosten.aantal') {
    const n = w === undefined ? null : Number(w);
    await kiesRadio(page, pad, n === null ? 'onbekend' : n > 0 ? 'ja' : 'nee', toetsenbord);
    for (let i = 1; i < (n ?? 0); i += 1) await druk(page, '.lijst[data-lijst="kosten"] > button', toetsenbord);
    return;
  }
  if (soort === 'janee') {
    await kiesRadio(page, pad, w === true || w === 'true' ? 'ja' : w === false || w === 'false' ? 'nee' : 'onbekend', toetsenbord);
  } else if (soort === 'keuze') {
    const select = `${kies(pad)} select`;
    const waarde = w ?? 'onbekend';
    if (toetsenbord) {
      await focusOp(page, select);
      const opties = await page.locator(select).evaluate((s) => [...s.options].map((o) => o.value));
      const doel = opties.indexOf(waarde);
      const nu = await page.locator(select).evaluate((s) => s.selectedIndex);
      for (let i = nu; i < doel; i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab'); // commits the choice
    } else {
      await page.locator(select).selectOption(waarde);
    }
  } else if (w === undefined) {
    await vink(page, `${kies(pad)} input[id$="-onbekend"]`, toetsenbord);
  } else if (w === null) {
    await vink(page, `${kies(pad)} input[id$="-nooit"]`, toetsenbord);
  } else {
    const invoer = `${kies(pad)} input[type="text"]`;
    if (toetsenbord) {
      await focusOp(page, invoer);
      await page.keyboard.type(String(w));
      await page.keyboard.press('Tab'); // change fires on leaving the field
    } else {
      await page.locator(invoer).fill(String(w));
    }
  }
}

async function kiesRadio(page, pad, keuze, toetsenbord) {
  const doel = `${kies(pad)} input[data-waarde="${keuze}"]`;
  if (!toetsenbord) {
    await page.locator(doel).check();
    return;
  }
  // Tab lands on the group; arrow keys move and choose within it.
  await focusOp(page, `${kies(pad)} input[type="radio"]`);
  const volgorde = ['ja', 'nee', 'onbekend'];
  const nu = await page.evaluate(() => document.querySelector('bereken-uw-recht').shadowRoot.activeElement?.dataset.waarde);
  let stappen = (volgorde.indexOf(keuze) - volgorde.indexOf(nu) + 3) % 3;
  if (stappen === 0) await page.keyboard.press('Space');
  while (stappen > 0) {
    await page.keyboard.press('ArrowRight');
    stappen -= 1;
  }
  await page.locator(doel).waitFor({ state: 'attached' });
  if (!(await page.locator(doel).isChecked())) throw new Error(`${pad}: ${keuze} niet gekozen met het toetsenbord`);
}

async function vink(page, selector, toetsenbord) {
  if (!toetsenbord) {
    await page.locator(selector).check();
    return;
  }
  await focusOp(page, selector);
  await page.keyboard.press('Space');
}

async function druk(page, selector, toetsenbord) {
  if (!toetsenbord) {
    await page.locator(selector).first().click();
    return;
  }
  await focusOp(page, selector);
  await page.keyboard.press('Enter');
}

/** Presses Tab until the element matching `selector` (in the widget) has the focus. */
export async function focusOp(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    const raak = await page.evaluate((sel) => {
      const root = document.querySelector('bereken-uw-recht').shadowRoot;
      const actief = root.activeElement;
      return Boolean(actief && [...root.querySelectorAll(sel)].includes(actief));
    }, selector);
    if (raak) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} is niet met Tab te bereiken`);
}
