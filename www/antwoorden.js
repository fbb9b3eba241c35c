// The household as the widget holds it: a flat map from answer path (`aanvrager.inkomen`,
// `kinderen[1].leeftijd`, `kosten.aantal`) to what the inwoner typed or chose. A flat map is
// easy to keep, to restore, to wipe and to edit one field at a time; `bouwAntwoorden` turns it
// into the engine's answers object (docs/answers.md). The engine is the one validator: text
// that is not a valid amount or age is passed on as typed, so the engine's field message
// (in Dutch and English) is what the inwoner sees. No DOM here, so node tests import it too.

/** The inwoner chose "weet ik niet": the field stays out of the answers, the engine says misschien. */
export const ONBEKEND = 'onbekend';

const BEDRAGEN = new Set(['aanvrager.inkomen', 'partner.inkomen', 'alleenstaande_ouderkop', 'alimentatie_betaald', 'vermogen', 'woz_waarde', 'hypotheek', 'woonkosten', 'kosten[].bedrag']);
const GETALLEN = new Set([
  'aanvrager.leeftijd', 'partner.leeftijd', 'maanden_laag_inkomen', 'kinderen[].leeftijd', 'medebewoners[].leeftijd',
  'kosten[].jaren_sinds_vorige_vergoeding', 'kosten[].enkele_reis_km', 'kinderen.aantal', 'medebewoners.aantal', 'kosten.aantal',
]);
const LIJSTEN = ['kinderen', 'medebewoners', 'kosten'];

/** `kinderen[1].leeftijd` → `kinderen[].leeftijd`: the kind of field, whatever its position. */
export function veldsoort(pad) {
  return pad.replace(/\[\d+\]/g, '[]');
}

export function isBedrag(pad) {
  return BEDRAGEN.has(veldsoort(pad));
}

export function isGetal(pad) {
  return GETALLEN.has(veldsoort(pad));
}

/**
 * An amount typed as people write it, as the engine's decimal string: `1.234,56`, `1234,56`
 * and, as in English, `1,234.56` → `1234.56`; `€ 1.250` → `1250`; `800,-` → `800`. The same
 * reading as the engine's (src/household/parse/velden.rs), which has the last word. Text that
 * is no amount comes back trimmed but otherwise as typed, so the engine can name the field and
 * say what is wrong. Never through a float.
 */
export function bedragNaarEngine(tekst) {
  const t = String(tekst).replace(/[\s\u00a0]/g, '').replace(/^(-?)(€|euro|eur)/i, '$1').replace(/(€|euro|eur)$/i, '').replace(/[,.]--?$/, '');
  // A group of thousands never starts with 0: "0,001" is three decimals, not one euro.
  if (/^-?0\d{1,2}([.,]\d{3})+$/.test(t)) return String(tekst).trim(); // "01.000": refused by the engine
  if (/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  if (/^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(t)) return t.replace(/,/g, '');
  if (/^-?\d+(,\d+)?$/.test(t)) return t.replace(',', '.');
  if (/^-?\d+\.\d{1,2}$/.test(t)) return t; // 12.50: a decimal point, as copied from a bank app
  return String(tekst).trim();
}

/** An engine amount (`1234.5`) the Dutch way for an input field (`1234,50`). */
export function bedragVoorInvoer(bedrag) {
  const [heel, deel = ''] = String(bedrag).split('.');
  return deel ? `${heel},${deel.padEnd(2, '0')}` : heel;
}

function waardeVoorEngine(pad, waarde) {
  if (typeof waarde !== 'string') return waarde;
  if (isBedrag(pad)) return bedragNaarEngine(waarde);
  if (isGetal(pad) && /^\s*\d+\s*$/.test(waarde)) return Number(waarde);
  return waarde.trim();
}

function leeg(waarde) {
  return waarde === undefined || waarde === ONBEKEND || (typeof waarde === 'string' && waarde.trim() === '');
}

/** The number of entries of a list, or null when not (validly) answered. */
export function aantal(waarden, lijst) {
  const n = waarden[`${lijst}.aantal`];
  const getal = typeof n === 'string' ? Number(n.trim()) : n;
  return Number.isInteger(getal) && getal >= 0 && getal <= 20 ? getal : null;
}

/** The engine's answers object from the flat map. */
export function bouwAntwoorden(waarden) {
  const uit = {};
  for (const [pad, waarde] of Object.entries(waarden)) {
    if (leeg(waarde) || pad.endsWith('.aantal')) continue;
    if (pad.startsWith('partner.') && waarden.heeft_partner !== true) continue;
    const lijst = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(pad);
    if (lijst) {
      const [, naam, i, veld] = lijst;
      if (Number(i) >= (aantal(waarden, naam) ?? 0)) continue;
      (uit[naam] ??= []);
      (uit[naam][Number(i)] ??= {})[veld] = waardeVoorEngine(pad, waarde);
      continue;
    }
    const delen = pad.split('.');
    let doel = uit;
    for (const d of delen.slice(0, -1)) doel = doel[d] ??= {};
    doel[delen.at(-1)] = waardeVoorEngine(pad, waarde);
  }
  for (const naam of LIJSTEN) {
    const n = aantal(waarden, naam);
    if (n === null) {
      delete uit[naam];
      continue;
    }
    uit[naam] = Array.from({ length: n }, (_, i) => uit[naam]?.[i] ?? {});
  }
  return uit;
}

/** The flat map of an answers object, amounts the Dutch way: what an inwoner would type. */
export function platMaken(antwoorden) {
  const uit = {};
  const zet = (pad, w) => {
    uit[pad] = isBedrag(pad) && w !== null ? bedragVoorInvoer(w) : isGetal(pad) && w !== null ? String(w) : w;
  };
  for (const [sleutel, waarde] of Object.entries(antwoorden)) {
    if (LIJSTEN.includes(sleutel) && Array.isArray(waarde)) {
      uit[`${sleutel}.aantal`] = String(waarde.length);
      waarde.forEach((item, i) => Object.entries(item).forEach(([veld, w]) => zet(`${sleutel}[${i}].${veld}`, w)));
    } else if (waarde && typeof waarde === 'object') {
      Object.entries(waarde).forEach(([veld, w]) => zet(`${sleutel}.${veld}`, w));
    } else {
      zet(sleutel, waarde);
    }
  }
  return uit;
}

/**
 * The answers without the fields the engine refused, so the rest can still be evaluated.
 * A refused list entry (`kosten[0]`) is taken out of its list; later entries go first so the
 * positions of the others stay right.
 */
export function zonderVelden(antwoorden, paden) {
  const kopie = structuredClone(antwoorden);
  const stukken = paden.map((pad) => pad.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== ''));
  stukken.sort((a, b) => b.join('.').localeCompare(a.join('.'), 'en', { numeric: true }));
  for (const delen of stukken) {
    let doel = kopie;
    for (const s of delen.slice(0, -1)) doel = doel?.[s];
    const laatste = delen.at(-1);
    if (Array.isArray(doel)) doel.splice(Number(laatste), 1);
    else if (doel && typeof doel === 'object') delete doel[laatste];
  }
  return kopie;
}

/** Removes entry `i` of a list and shifts the later ones up, in the flat map. */
export function verwijderUitLijst(waarden, lijst, i) {
  const n = aantal(waarden, lijst) ?? 0;
  const uit = {};
  for (const [pad, w] of Object.entries(waarden)) {
    const m = new RegExp(`^${lijst}\\[(\\d+)\\]\\.(\\w+)$`).exec(pad);
    if (!m) uit[pad] = w;
    else if (Number(m[1]) < i) uit[pad] = w;
    else if (Number(m[1]) > i) uit[`${lijst}[${Number(m[1]) - 1}].${m[2]}`] = w;
  }
  uit[`${lijst}.aantal`] = String(Math.max(0, n - 1));
  return uit;
}
