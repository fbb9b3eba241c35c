// The keukentafelgesprek request against the real reference receiver on 127.0.0.1: what is
// stored is what the inwoner chose to share; a request arrives exactly once through 500s, an
// offline spell, a double click and a reload; nothing leaves without consent or with a bad
// phone number or e-mail address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser, startServer, startOntvanger, volg } from './helpers.mjs';
import { leesScenario, vulIn } from './invullen.mjs';

const SHARED = process.env.BUR_SHARED ?? join(process.cwd(), '..', 'shared');
const SCENARIO = leesScenario(join(SHARED, 'scenarios', 'bunschoten/iit-alleenstaande-ouder-op-de-grens.yaml'));
let browser;
let map;

before(async () => {
  execFileSync('cargo', ['build', '-q', '-p', 'bur-ontvanger'], { stdio: 'inherit' });
  map = mkdtempSync(join(tmpdir(), 'bur-keukentafel-'));
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  rmSync(map, { recursive: true, force: true });
});

let teller = 0;
/** A receiver, and the site (a copy of dist/) with Bunschoten's policy pointing at it. */
async function omgeving(storing = 0) {
  teller += 1;
  const ontvanger = await startOntvanger({ storing, db: join(map, `db-${teller}.sqlite`) });
  const site = join(map, `site-${teller}`);
  cpSync('dist', site, { recursive: true });
  // The site's policy is the JSON that `bur json` compiled; a gemeente would set this in its TOML.
  const policy = join(site, 'policies', 'bunschoten.json');
  const gegevens = JSON.parse(readFileSync(policy, 'utf8'));
  assert.ok(gegevens.keukentafelgesprek, 'Bunschoten has a [keukentafelgesprek] section');
  gegevens.keukentafelgesprek.endpoint = `${ontvanger.url}aanvragen`;
  writeFileSync(policy, JSON.stringify(gegevens));
  const server = await startServer(site, { BUR_CONNECT_SRC: new URL(ontvanger.url).origin });
  return { ontvanger, server, stop: () => { ontvanger.stop(); server.stop(); } };
}

function opgeslagen(db) {
  const uit = execFileSync('python3', ['-c', 'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps([[r,json.loads(v)] for r,v in c.execute("select referentie, verzoek from aanvragen")]))', db], { encoding: 'utf8' });
  return JSON.parse(uit);
}

async function naarFormulier(page, server) {
  await page.goto(`${server.url}?peildatum=2025-09-15`);
  await vulIn(page, SCENARIO.antwoorden);
  await page.locator('[data-actie="gesprek"]').click();
}

async function vulFormulierIn(page, { delen = 'alleen_contact', toestemming = true, telefoon = '06-12345678', email = '', bewaren = false } = {}) {
  await page.locator('#g-naam').fill('Fatima de Vries');
  await page.locator('#g-telefoon').fill(telefoon);
  await page.locator('#g-email').fill(email);
  await page.locator('#g-voorkeur-thuis').check();
  await page.locator('#g-moment').fill('dinsdagochtend');
  await page.locator(`#g-delen-${delen}`).check();
  if (bewaren) await page.locator('#g-bewaren').check();
  if (toestemming) await page.locator('#g-toestemming').check();
}

const referentie = (page) => page.locator('[data-referentie]').getAttribute('data-referentie', { timeout: 30_000 });

test('happy path: the stored request holds what the inwoner chose to share, nothing more', { timeout: 90_000 }, async () => {
  const o = await omgeving();
  const page = await browser.newPage();
  const { fouten } = volg(page);
  await naarFormulier(page, o.server);
  await vulFormulierIn(page, { delen: 'alleen_contact' });
  await page.locator('[data-actie="verstuur"]').click();
  const r = await referentie(page);
  assert.match(r, /^KTG-BUNSCHOTEN-\d{6}$/);
  assert.match(await page.locator('[data-verzoek]').textContent(), new RegExp(`ontvangen onder nummer ${r}`));
  const [[ref, verzoek]] = opgeslagen(o.ontvanger.db);
  assert.equal(ref, r);
  assert.deepEqual(verzoek.contact, { naam: 'Fatima de Vries', telefoon: '06-12345678' });
  assert.equal(verzoek.delen, 'alleen_contact');
  assert.equal(verzoek.uitkomst, undefined, 'no answers when only contact details are shared');
  assert.equal(JSON.stringify(verzoek).includes('1300'), false);

  // the same inwoner now shares the outcome too: a new request with the answers
  await page.locator('[data-actie="terug"]').click();
  await page.locator('[data-actie="gesprek"]').click();
  assert.equal(await page.locator('[data-referentie]').count(), 1, 'the sent request is shown, not sent again');
  assert.deepEqual(fouten, []);
  await page.close();
  o.stop();
});

test('sharing the outcome sends the answers and outcomes', { timeout: 90_000 }, async () => {
  const o = await omgeving();
  const page = await browser.newPage();
  await naarFormulier(page, o.server);
  await vulFormulierIn(page, { delen: 'met_uitkomst', telefoon: '', email: 'fatima@example.nl' });
  await page.locator('[data-actie="verstuur"]').click();
  await referentie(page);
  const [[, verzoek]] = opgeslagen(o.ontvanger.db);
  assert.equal(verzoek.delen, 'met_uitkomst');
  assert.equal(verzoek.uitkomst.antwoorden.aanvrager.inkomen, '1300.61');
  assert.deepEqual(verzoek.uitkomst.regelingen.find((r) => r.id === 'individuele-inkomenstoeslag'), { id: 'individuele-inkomenstoeslag', status: 'ja', bedrag: '666' });
  assert.deepEqual(verzoek.contact, { naam: 'Fatima de Vries', email: 'fatima@example.nl' });
  await page.close();
  o.stop();
});

test('the receiver answers 500 twice, then 200: one stored request, and the inwoner sees the reference', { timeout: 90_000 }, async () => {
  const o = await omgeving(2);
  const page = await browser.newPage();
  await naarFormulier(page, o.server);
  await vulFormulierIn(page);
  await page.locator('[data-actie="verstuur"]').click();
  await page.locator('[data-verzoek="wacht"]').waitFor();
  assert.match(await page.locator('[data-verzoek]').textContent(), /Nog niet verstuurd/);
  const r = await referentie(page);
  assert.equal(opgeslagen(o.ontvanger.db).length, 1);
  assert.match(r, /KTG-BUNSCHOTEN-000001/);
  await page.close();
  o.stop();
});

test('offline, then online: delivered once', { timeout: 90_000 }, async () => {
  const o = await omgeving();
  const context = await browser.newContext();
  const page = await context.newPage();
  await naarFormulier(page, o.server);
  await vulFormulierIn(page);
  await context.setOffline(true);
  await page.locator('[data-actie="verstuur"]').click();
  await page.locator('[data-verzoek="wacht"]').waitFor();
  await page.locator('[data-actie="opnieuw"]').click();
  await page.waitForTimeout(500);
  assert.equal(opgeslagen(o.ontvanger.db).length, 0);
  await context.setOffline(false);
  await referentie(page);
  assert.equal(opgeslagen(o.ontvanger.db).length, 1);
  await context.close();
  o.stop();
});

test('a double click and a reload with a kept outbox still store one request', { timeout: 90_000 }, async () => {
  const o = await omgeving();
  const context = await browser.newContext();
  const page = await context.newPage();
  await naarFormulier(page, o.server);
  await vulFormulierIn(page, { bewaren: true });
  await context.setOffline(true);
  await page.locator('[data-actie="verstuur"]').dblclick();
  await page.locator('[data-verzoek="wacht"]').waitFor();
  const bewaard = await page.evaluate(() => JSON.parse(localStorage.getItem('bereken-uw-recht:postvak')));
  assert.equal(bewaard.length, 1, 'one request kept, with consent');
  await context.setOffline(false);
  await page.reload();
  await page.waitForFunction(() => !localStorage.getItem('bereken-uw-recht:postvak'), null, { timeout: 30_000 });
  await page.reload();
  await page.waitForTimeout(1500);
  const rijen = opgeslagen(o.ontvanger.db);
  assert.equal(rijen.length, 1);
  await context.close();
  o.stop();
});

test('without consent nothing leaves the browser; a bad phone number and e-mail get field messages', { timeout: 90_000 }, async () => {
  const o = await omgeving();
  const page = await browser.newPage();
  const { verzoeken } = volg(page);
  await naarFormulier(page, o.server);
  await vulFormulierIn(page, { toestemming: false });
  await page.locator('[data-actie="verstuur"]').click();
  assert.match(await page.locator('[data-fout-voor="gesprek.toestemming"]').textContent(), /Zonder uw toestemming versturen we niets/);
  await vulFormulierIn(page, { telefoon: '12', email: 'geen-adres' });
  await page.locator('[data-actie="verstuur"]').click();
  assert.match(await page.locator('[data-fout-voor="gesprek.telefoon"]').textContent(), /geen telefoonnummer/);
  assert.match(await page.locator('[data-fout-voor="gesprek.email"]').textContent(), /geen e-mailadres/);
  assert.equal(await page.locator('#g-telefoon').getAttribute('aria-invalid'), 'true');
  await vulFormulierIn(page, { telefoon: '', email: '' });
  await page.locator('[data-actie="verstuur"]').click();
  assert.match(await page.locator('[data-fout-voor="gesprek.telefoon"]').textContent(), /telefoonnummer of een e-mailadres/);
  await page.waitForTimeout(500);
  assert.deepEqual(verzoeken.filter((u) => u.startsWith(o.ontvanger.url)), [], 'no request to the receiver');
  assert.equal(opgeslagen(o.ontvanger.db).length, 0);
  await page.close();
  o.stop();
});

test('without an endpoint the request is a letter to download (Enter does it), only with a name and consent, and nothing is sent', { timeout: 90_000 }, async () => {
  const server = await startServer();
  const page = await browser.newPage();
  const { verzoeken, fouten } = volg(page);
  await naarFormulier(page, server);
  assert.equal(await page.locator('[data-actie="verstuur"]').count(), 0);
  // Without consent: no file, and the form says why.
  await vulFormulierIn(page, { toestemming: false });
  let gedownload = false;
  page.on('download', () => { gedownload = true; });
  await page.locator('[data-actie="download"]').click();
  await page.locator('[data-fout-voor="gesprek.toestemming"]').waitFor();
  await page.locator('#g-toestemming').check();
  await page.locator('#g-naam').fill('');
  await page.locator('[data-actie="download"]').click();
  await page.locator('[data-fout-voor="gesprek.naam"]').waitFor();
  assert.equal(gedownload, false, 'no letter without a name or consent');
  // All right: Enter in a field gives the letter.
  await page.locator('#g-naam').fill('Fatima de Vries');
  await page.locator('#g-toestemming').check();
  const [bestand] = await Promise.all([page.waitForEvent('download'), page.locator('#g-moment').press('Enter')]);
  assert.match(bestand.suggestedFilename(), /^keukentafelgesprek-bunschoten-.*\.html$/);
  const html = readFileSync(await bestand.path(), 'utf8');
  // A letter a person reads, not the request's JSON: open it as the inwoner would.
  const brief = await browser.newPage();
  await brief.setContent(html);
  const tekst = await brief.locator('body').innerText();
  assert.match(tekst, /Aan: gemeente Bunschoten/);
  assert.match(tekst, /Naam: Fatima de Vries/);
  assert.match(tekst, /Telefoon: 06-12345678/);
  assert.match(tekst, /dinsdagochtend/);
  assert.match(tekst, /Breng deze brief naar de gemeente Bunschoten/);
  assert.match(tekst, /alleen mijn contactgegevens/, 'outcomes only when chosen');
  assert.doesNotMatch(tekst, /idempotentie|"versie"|\{/);
  assert.equal(await brief.locator('script').count(), 0);
  await brief.close();
  assert.deepEqual(verzoeken.filter((u) => !u.startsWith(server.url)), []);
  assert.deepEqual(fouten, [], 'making the letter breaks no rule of the page (its CSP)');
  await page.close();
  server.stop();
});

test('the letter in English carries the Dutch letter for the gemeente, and the outcomes when shared', { timeout: 90_000 }, async () => {
  const server = await startServer();
  const page = await browser.newPage();
  await page.goto(`${server.url}?peildatum=2025-09-15&lang=en`);
  await vulIn(page, SCENARIO.antwoorden);
  await page.locator('[data-actie="gesprek"]').click();
  await vulFormulierIn(page, { delen: 'met_uitkomst' });
  const [bestand] = await Promise.all([page.waitForEvent('download'), page.locator('[data-actie="download"]').click()]);
  const brief = await browser.newPage();
  await brief.setContent(readFileSync(await bestand.path(), 'utf8'));
  assert.equal(await brief.locator('html').getAttribute('lang'), 'en');
  assert.match(await brief.locator('article[lang="en"]').innerText(), /To: municipality of Bunschoten[\s\S]*Individual income supplement: Probably yes/);
  assert.match(await brief.locator('article[lang="nl"]').innerText(), /Aan: gemeente Bunschoten[\s\S]*Uitkomst van Bereken uw recht/);
  await brief.close();
  await page.close();
  server.stop();
});

test('the demo site (npm start) sends to the local receiver, says it is a demonstration, and --lijst shows the stored request', { timeout: 90_000 }, async () => {
  const db = join(map, 'demo.sqlite');
  const ontvanger = await startOntvanger({ db });
  const aanvragen = new URL('aanvragen', ontvanger.url).href;
  const server = await startServer('dist', { BUR_CONNECT_SRC: new URL(ontvanger.url).origin }, ['--demo-ontvanger', aanvragen]);
  const page = await browser.newPage();
  await naarFormulier(page, server);
  assert.equal(await page.locator('.demo-melding').count(), 1, 'the page says it is a demo');
  await page.locator('[data-demo]').waitFor();
  await vulFormulierIn(page);
  await page.locator('[data-actie="verstuur"]').click();
  assert.match(await referentie(page), /^KTG-BUNSCHOTEN-\d{6}$/);
  const lijst = execFileSync('target/debug/bur-ontvanger', ['--lijst', '--database', db], { encoding: 'utf8' });
  assert.match(lijst, /KTG-BUNSCHOTEN-000001 {2}ontvangen/);
  assert.match(lijst, /"naam": "Fatima de Vries"/);
  await page.close();
  server.stop();
  ontvanger.stop();
});
