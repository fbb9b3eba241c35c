// Keeping answers on this device, only when the inwoner chose "bewaar op dit apparaat".
// Without that choice nothing is written anywhere; "wis mijn gegevens" and "nieuwe berekening"
// remove every key this widget wrote. Storage that is blocked (private mode, a strict host)
// simply means nothing is kept.

const VOORVOEGSEL = 'bereken-uw-recht:antwoorden:';

function opslag() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text kept under `sleutel`, or null (nothing kept, or storage blocked). */
export function leesTekst(sleutel) {
  try {
    return opslag()?.getItem(sleutel) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `tekst` under `sleutel`, or removes the key for null; false when storage is blocked. */
export function schrijfTekst(sleutel, tekst) {
  try {
    const s = opslag();
    if (!s) return false;
    if (tekst === null) s.removeItem(sleutel);
    else s.setItem(sleutel, tekst);
    return true;
  } catch {
    return false;
  }
}

export function lees(gemeente) {
  try {
    const tekst = leesTekst(VOORVOEGSEL + gemeente);
    const waarden = tekst ? JSON.parse(tekst) : null;
    return waarden && typeof waarden === 'object' && !Array.isArray(waarden) ? waarden : null;
  } catch {
    return null;
  }
}

export function bewaar(gemeente, waarden) {
  return schrijfTekst(VOORVOEGSEL + gemeente, JSON.stringify(waarden));
}

/** Removes what this widget stored, for every gemeente. */
export function wisAlles() {
  const s = opslag();
  if (!s) return;
  try {
    for (const sleutel of Object.keys(s)) if (sleutel.startsWith('bereken-uw-recht:')) s.removeItem(sleutel);
  } catch {
    // nothing stored that we can reach
  }
}
