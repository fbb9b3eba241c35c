// Proof page for the engine: loads the WebAssembly once, fetches the gemeente's policy file
// from this site, and shows the report. All text is set with textContent, never as HTML.
import init, { loadPolicy, evaluate } from './pkg/bur.js';

const VOORBEELD = {
  aanvrager: { leeftijd: 38, inkomen: '1300.61', inkomensbron: 'bijstand', student: false, gedetineerd: false, geldige_verblijfstitel: true },
  heeft_partner: false,
  kinderen: [{ leeftijd: 6 }, { leeftijd: 11 }],
  medebewoners: [],
  vermogen: '800.00',
  eigen_woning: false,
  maanden_laag_inkomen: 48,
  inkomenstoeslag_laatste_12_maanden: false,
  schulden: false,
};

const STATUS = {
  ja: { icoon: '✔', tekst: 'Waarschijnlijk wel' },
  misschien: { icoon: '?', tekst: 'Misschien' },
  nee: { icoon: '✘', tekst: 'Waarschijnlijk niet' },
};

const $ = (id) => document.getElementById(id);
const geladen = new Set();

function element(tag, tekst, klasse) {
  const e = document.createElement(tag);
  if (tekst !== undefined) e.textContent = tekst;
  if (klasse) e.className = klasse;
  return e;
}

async function laadGemeente(id) {
  if (geladen.has(id)) return;
  const antwoord = await fetch(`policies/${encodeURIComponent(id)}.toml`);
  if (!antwoord.ok) throw new Error(`De regels van ${id} zijn niet gevonden.`);
  const uitslag = loadPolicy(`${id}.toml`, await antwoord.text());
  if (uitslag.type !== 'success') throw new Error(uitslag.errors.map((f) => f.bericht.nl).join('\n'));
  geladen.add(id);
}

function toonFouten(fouten) {
  const lijst = $('fouten');
  lijst.replaceChildren(...fouten.map((f) => element('li', f.veld ? `${f.veld}: ${f.bericht.nl}` : f.bericht.nl)));
}

function euro(bedrag) {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(Number(bedrag));
}

function toonReport(report) {
  const s = [];
  if (report.leefvorm) s.push(`Leefvorm: ${report.leefvorm.replace('_', ' ')}.`);
  if (report.bijstandsnorm) s.push(`Bijstandsnorm: ${euro(report.bijstandsnorm)} per maand.`);
  if (report.inkomen_procent_van_norm) s.push(`Uw inkomen is ${report.inkomen_procent_van_norm.replace('.', ',')}% van de norm.`);
  $('samenvatting').textContent = s.join(' ');
  $('waarschuwingen').replaceChildren(...report.waarschuwingen.map((w) => element('li', w.tekst.nl)));
  $('maatwerk').replaceChildren(...report.maatwerk.map((m) => element('li', `Advies: ${m.tekst.nl}`)));
  $('regelingen').replaceChildren(
    ...report.regelingen.map((u) => {
      const li = element('li', undefined, `regeling status-${u.status}`);
      li.dataset.regeling = u.id;
      li.dataset.status = u.status;
      const kop = element('h3');
      kop.append(element('span', STATUS[u.status].icoon, 'icoon'), ` ${u.naam.nl}: `, element('strong', STATUS[u.status].tekst));
      li.append(kop, element('p', u.omschrijving.nl));
      if (u.bedrag) li.append(element('p', u.bedrag.tekst.nl, 'bedrag'));
      if (u.draagkracht) li.append(element('p', u.draagkracht.tekst.nl, 'bedrag'));
      const redenen = element('ul', undefined, 'redenen');
      for (const r of u.redenen) redenen.append(element('li', r.tekst.nl, `reden ${r.uitslag}`));
      li.append(redenen);
      if (u.marge?.meer) li.append(element('p', u.marge.meer.tekst.nl, 'marge'));
      if (u.marge?.minder) li.append(element('p', u.marge.minder.tekst.nl, 'marge'));
      li.append(element('p', `Wat kunt u doen? ${u.vervolgstap.nl}`, 'vervolgstap'), element('p', `Bron: ${u.bron}`, 'bron'));
      return li;
    }),
  );
  $('uitkomst').hidden = false;
}

async function bereken(event) {
  event?.preventDefault();
  toonFouten([]);
  let antwoorden;
  try {
    antwoorden = JSON.parse($('antwoorden').value);
  } catch (e) {
    toonFouten([{ veld: 'antwoorden', bericht: { nl: `Dit is geen geldige JSON: ${e.message}` } }]);
    return;
  }
  const gemeente = $('gemeente').value;
  try {
    await laadGemeente(gemeente);
  } catch (e) {
    toonFouten([{ veld: '', bericht: { nl: e.message } }]);
    return;
  }
  const uitslag = evaluate(gemeente, antwoorden, $('peildatum').value, undefined);
  if (uitslag.type !== 'success') {
    $('uitkomst').hidden = true;
    toonFouten(uitslag.errors);
    $('status').textContent = 'Er is iets niet goed ingevuld.';
    return;
  }
  toonReport(uitslag.report);
  $('status').textContent = `Klaar: ${uitslag.report.regelingen.length} regelingen bekeken.`;
}

async function start() {
  $('antwoorden').value = JSON.stringify(VOORBEELD, null, 2);
  await init();
  $('invoer').addEventListener('submit', bereken);
  await bereken();
}

start().catch((e) => {
  $('status').textContent = `De rekenkern kon niet laden: ${e.message}`;
});
