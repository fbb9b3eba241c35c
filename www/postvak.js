// The outbox for keukentafelgesprek requests: a request the inwoner sent must arrive, once.
// Each request keeps its idempotency key for every attempt, so the receiver stores it once
// however often it is sent. A failed attempt (offline, timeout, 5xx) is retried with backoff
// while the page is open and at once when the browser comes back online; a 4xx is shown and
// not retried blindly (but a 408 or 429 is retried). The outbox lives in memory; in localStorage only when the inwoner chose
// to keep the request on this device until it is sent.

import { leesTekst, schrijfTekst } from './opslag.js';

const SLEUTEL = 'bereken-uw-recht:postvak';
const WACHTTIJDEN = [1, 2, 4, 8, 16, 30, 60]; // seconds between attempts
const TIJDSLIMIET = 10_000;

// A timeout (the receiver gives up on a slow connection) or "too many requests" says nothing
// about the request itself: it is tried again like a network failure, not refused for good.
const OPNIEUW = new Set([408, 429]);

export class Postvak extends EventTarget {
  #items = new Map();
  #timers = new Map();
  #bezig = new Set();

  constructor() {
    super();
    for (const item of leesBewaard()) this.#items.set(item.verzoek.idempotentie_sleutel, item);
    globalThis.addEventListener?.('online', () => this.probeerAlles());
    // A request kept from an earlier visit goes out as soon as the page is open again.
    queueMicrotask(() => this.probeerAlles());
  }

  /** Every request with its state: wacht | verstuurd | geweigerd. */
  get items() { return [...this.#items.values()]; }

  get onverstuurd() { return this.items.filter((i) => i.status !== 'verstuurd'); }

  /** Adds a request once (a second call with the same key changes nothing) and sends it. */
  voegToe(verzoek, endpoint, bewaren) {
    const sleutel = verzoek.idempotentie_sleutel;
    if (!this.#items.has(sleutel)) {
      this.#items.set(sleutel, { verzoek, endpoint, bewaren, status: 'wacht', pogingen: 0, referentie: null, fout: null });
      this.#bewaar();
    }
    this.#verstuur(sleutel);
    return this.#items.get(sleutel);
  }

  probeerAlles() {
    for (const item of this.onverstuurd) if (item.status === 'wacht') this.#verstuur(item.verzoek.idempotentie_sleutel);
  }

  /** Empties the outbox, in memory and on this device; `behoud` keeps the requests the inwoner chose to keep. */
  wis({ behoud = false } = {}) {
    for (const [sleutel, item] of this.#items) {
      if (behoud && item.bewaren && item.status === 'wacht') continue;
      clearTimeout(this.#timers.get(sleutel));
      this.#timers.delete(sleutel);
      this.#items.delete(sleutel);
    }
    this.#bewaar();
    this.#meld();
  }

  async #verstuur(sleutel) {
    const item = this.#items.get(sleutel);
    if (!item || item.status !== 'wacht' || this.#bezig.has(sleutel)) return;
    clearTimeout(this.#timers.get(sleutel));
    this.#bezig.add(sleutel);
    item.pogingen += 1;
    try {
      const antwoord = await fetch(item.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(item.verzoek),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(TIJDSLIMIET),
      });
      const inhoud = await antwoord.json().catch(() => ({}));
      if (antwoord.ok && inhoud.referentie) {
        Object.assign(item, { status: 'verstuurd', referentie: String(inhoud.referentie), fout: null });
      } else if (antwoord.status >= 400 && antwoord.status < 500 && !OPNIEUW.has(antwoord.status)) {
        Object.assign(item, { status: 'geweigerd', fout: (inhoud.fouten ?? [`${antwoord.status}`]).join('; ') });
      } else {
        throw new Error(`${antwoord.status}`);
      }
    } catch (e) {
      item.fout = String(e?.message ?? e);
      const wacht = WACHTTIJDEN[Math.min(item.pogingen - 1, WACHTTIJDEN.length - 1)];
      this.#timers.set(sleutel, setTimeout(() => this.#verstuur(sleutel), wacht * 1000));
    } finally {
      this.#bezig.delete(sleutel);
      this.#bewaar();
      this.#meld();
    }
  }

  #bewaar() {
    // Storage blocked: the outbox lasts while the page is open.
    const te = this.items.filter((i) => i.bewaren && i.status !== 'verstuurd');
    schrijfTekst(SLEUTEL, te.length ? JSON.stringify(te) : null);
  }

  #meld() {
    this.dispatchEvent(new Event('verandering'));
  }
}

function leesBewaard() {
  try {
    const lijst = JSON.parse(leesTekst(SLEUTEL) ?? '[]');
    return Array.isArray(lijst) ? lijst.filter((i) => i?.verzoek?.idempotentie_sleutel && i.endpoint).map((i) => ({ ...i, status: i.status === 'geweigerd' ? 'geweigerd' : 'wacht' })) : [];
  } catch {
    return [];
  }
}

/** One outbox per page, shared by every element on it. */
export const postvak = new Postvak();
