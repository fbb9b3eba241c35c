// <bereken-uw-recht>: the self-check as a custom element. The class only; `define.js` registers
// it, so a host may use another tag name. Attributes are the API:
//   gemeente     policy id (`bunschoten`); loads policies/<gemeente>.json beside this module
//   regelingen   comma list of regeling ids to limit the check to (a kindpakket page)
//   peildatum    YYYY-MM-DD, default today
//   lang         a language of www/talen.js (nl, en); otherwise the nearest lang of the page,
//                and Dutch for a language without a catalog. The start screen's language
//                picker sets it; the element then fires `bereken-uw-recht:taal`.
//   policy-src   URL of the policy file, for a gemeente hosting its own
//   modus        `brigade` for formulierenbrigade volunteers: larger targets, answers and
//                results side by side, "Volgende huishouden", never stores answers
//   intro        the host's own text under the start screen's heading; `zonder-intro` none
//   kop-niveau   the level of each screen's heading in the host's outline (1-5, default 2)
//   demo-endpoint  a demonstration site's receiver for keukentafelgesprek requests (npm start)
// It fires `bereken-uw-recht:resultaat` (bubbles, composed) with the outcomes when the results
// are shown, and `bereken-uw-recht:scherm` with { scherm, titel } on every screen, so a page
// can name the step in its title. Each screen the inwoner moves to is an entry in the
// browser's history: Back and Forward move between screens and keep every answer. Nothing
// leaves the browser; answers are kept only on the inwoner's request.
import { el, knop, verschuifKoppen } from './dom.js';
import { ONBEKEND, aantal, bouwAntwoorden, verwijderUitLijst, zonderVelden } from './antwoorden.js';
import { evalueer, inkomensreeks, KERN_GESTOPT, laadKern, laadPolicy, standaardPolicySrc } from './rekenkern.js';
import { laadCatalogus } from './uitleg.js';
import { kiesTaal, richting } from './talen.js';
import { startScherm } from './scherm-start.js';
import { vraagVelden, werkVeldenBij } from './scherm-vraag.js';
import { openVoorPrint, uitkomstScherm, statusTekst } from './scherm-uitkomst.js';
import { onderwerpTekst, uiPad, vraagVanPad, vraagVoor } from './vragen.js';
import * as opslag from './opslag.js';
import { postvak } from './postvak.js';

// The keukentafelgesprek code is fetched only when an inwoner opens that screen: it is not part
// of what the first screen loads (scripts/sizes.mjs). With it the Dutch catalog: the request's
// text for the gemeente (the e-mail) is Dutch, whatever language the inwoner reads.
let gesprek = null;
const laadGesprek = async () => {
  gesprek ??= Promise.all([import('./keukentafel.js'), import('./scherm-gesprek.js'), import('./brief.js'), laadCatalogus('nl')])
    .then(([k, s, b, nl]) => ({ ...k, ...s, ...b, nl }));
  gesprek.catch(() => { gesprek = null; });
  return gesprek;
};

const VOLGORDE = ['huishouden', 'inkomen', 'vermogen', 'situatie', 'kosten'];
const SCHERMEN = new Set(['start', ...VOLGORDE, 'uitkomst', 'gesprek']);
let elementen = 0; // numbers each element's entry in history.state, for pages with more than one
const STYLESHEET = new URL('./bereken-uw-recht.css', import.meta.url).href;

function vandaag() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class BerekenUwRecht extends HTMLElement {
  static observedAttributes = ['gemeente', 'regelingen', 'peildatum', 'lang', 'policy-src', 'modus', 'intro', 'zonder-intro', 'kop-niveau', 'demo-endpoint'];

  #kern = null;
  #policy = null;
  #herstarts = 0;
  #waarden = {};
  #report = null;
  /** The volunteer pressed "Volgende huishouden" and is asked to confirm. */
  #bevestigWis = false;
  /** The answers the report was made from (without refused fields): the income sweep's too. */
  #gerekend = null;
  #zegger = null; // the catalog of the language shown, with the policy's texts once loaded
  #getoondeTaal = null;
  #taalGekozen = false;
  #fouten = new Map();
  #algemeneFout = null;
  #getoond = new Set();
  #aangeraakt = new Set();
  #geprobeerd = false;
  #scherm = 'start';
  #bewaren = false;
  #laden = 0;
  #bevestiging = null;
  #gesprek = {};
  #gesprekFouten = {};
  #verzoek = null;
  #g = null; // the keukentafelgesprek modules, once loaded
  #uitgesteld;
  #vak;
  #status;
  #geschiedenis = `bereken-uw-recht:${(elementen += 1)}`;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Without JavaScript the light DOM (a link to the gemeente) shows; with it, this replaces it.
    this.#vak = el('div', { class: 'bur', part: 'container' });
    this.#status = el('p', { class: 'visueel-verborgen', role: 'status', 'aria-live': 'polite' });
    root.append(el('link', { rel: 'stylesheet', href: STYLESHEET }), this.#vak, this.#status);
  }

  get gemeente() { return this.getAttribute('gemeente') ?? ''; }
  set gemeente(v) { this.setAttribute('gemeente', v); }

  /** The regeling ids to limit the check to, or null for all. */
  get regelingen() {
    const lijst = (this.getAttribute('regelingen') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return lijst.length ? lijst : null;
  }

  get peildatum() {
    const d = this.getAttribute('peildatum');
    return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : vandaag();
  }

  /** The language shown: one of www/talen.js, from `lang` or the page's; Dutch for any other. */
  get taal() {
    return kiesTaal(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** Volunteer mode (formulierenbrigade). */
  get brigade() { return this.getAttribute('modus') === 'brigade'; }

  get policySrc() {
    const src = this.getAttribute('policy-src');
    return src ? new URL(src, document.baseURI).href : standaardPolicySrc(this.gemeente);
  }

  /** The outcomes shown last (the same as the event's detail), or null. */
  get resultaat() { return this.#report ? this.#detail() : null; }

  connectedCallback() {
    if (!this.#policy && !this.#laden) this.#laad();
    postvak.addEventListener('verandering', this.#bijPostvak);
    window.addEventListener('popstate', this.#bijTerug);
    window.addEventListener('beforeprint', this.#voorPrint);
    window.addEventListener('afterprint', this.#naPrint);
  }

  disconnectedCallback() {
    postvak.removeEventListener('verandering', this.#bijPostvak);
    window.removeEventListener('popstate', this.#bijTerug);
    window.removeEventListener('beforeprint', this.#voorPrint);
    window.removeEventListener('afterprint', this.#naPrint);
  }

  // Before printing the answers (and, if chosen, every card's details) open; afterwards they
  // close again. The listeners stay the same functions, so removing them works.
  #sluitNaPrint = null;
  #voorPrint = () => {
    this.#naPrint();
    this.#sluitNaPrint = openVoorPrint(this.shadowRoot);
  };

  #naPrint = () => {
    this.#sluitNaPrint?.();
    this.#sluitNaPrint = null;
  };

  /** Back or Forward in the browser: the screen of that entry, with the answers as they are now. */
  #bijTerug = (e) => {
    const scherm = e.state?.[this.#geschiedenis];
    if (!SCHERMEN.has(scherm) || !this.#kern || !this.#policy || scherm === this.#scherm) return;
    if (scherm === 'gesprek') {
      laadGesprek().then((g) => { this.#g = g; this.#toon('gesprek', true, 'geen'); }, () => {});
      return;
    }
    this.#toon(scherm, true, 'geen');
  };

  /** This element's screen in the browser's history; the host's own state is kept beside it. */
  #schrijfGeschiedenis(hoe) {
    if (hoe === 'geen') return;
    const oud = history.state && typeof history.state === 'object' ? history.state : {};
    if (hoe === 'push' && oud[this.#geschiedenis] === this.#scherm) return;
    const staat = { ...oud, [this.#geschiedenis]: this.#scherm };
    try {
      if (hoe === 'push') history.pushState(staat, '');
      else history.replaceState(staat, '');
    } catch {
      // a sandboxed frame may refuse; the screens still work, only Back leaves them
    }
  }

  #bijPostvak = () => {
    const item = this.#verzoekItem();
    if (this.#scherm !== 'gesprek' || !item) return;
    this.#toon('gesprek', false, 'geen');
    this.#meld(this.#vak.querySelector('[data-verzoek] .melding')?.textContent ?? '');
  };

  attributeChangedCallback(naam, oud, nieuw) {
    if (oud === nieuw || !this.isConnected) return;
    if (naam === 'gemeente' || naam === 'policy-src') {
      // On a shared tablet another gemeente is another household: nothing of this one stays.
      if (this.brigade && naam === 'gemeente') this.#vergeetHuishouden();
      this.#laad();
    }
    else if (naam === 'lang') {
      // The answers stay; what is on screen is drawn again in the new language. While the
      // element is still loading, #laad picks the language up itself.
      this.#laadTaal().then((klaar) => {
        if (!klaar || !this.#kern || !this.#policy) return;
        this.#bereken();
        this.#toon(this.#scherm, false, 'geen');
        if (this.#taalGekozen) {
          this.#taalGekozen = false;
          this.#vak.querySelector(`[data-taal="${this.taal}"]`)?.focus();
          this.#meld(this.#w('taal-gekozen'));
        }
      }, () => this.#fallback(this.#w('rekenhulp-kan-niet-laden')));
    } else if (this.#kern && this.#policy) {
      this.#bereken();
      this.#toon(this.#scherm, false, 'geen');
    }
  }

  /** Wipes every answer from memory and from this device, and starts again. */
  nieuweBerekening() {
    this.#wis(() => this.#w('bewaar-nieuw-gedaan'));
  }

  /**
   * `bevestiging` says what was done, on the start screen: a function, so it is said in the
   * language shown when the screen is drawn (also after a change of language).
   */
  #wis(bevestiging, alGevraagd = false) {
    if (!alGevraagd && !this.#magPostvakWissen()) return;
    opslag.wisAlles();
    // A volunteer's "Volgende huishouden" keeps only requests the inwoner chose to keep until sent.
    postvak.wis({ behoud: this.brigade });
    this.#vergeetHuishouden();
    this.#bevestiging = bevestiging;
    this.#bereken();
    this.#toon('start', true, 'vervang');
    this.#meld(bevestiging());
  }

  /** Forgets the household in memory: answers, what was seen, the request being written. */
  #vergeetHuishouden() {
    this.#gesprek = {};
    this.#gesprekFouten = {};
    this.#verzoek = null;
    this.#waarden = {};
    this.#report = null;
    this.#gerekend = null;
    this.#getoond.clear();
    this.#aangeraakt.clear();
    this.#bewaren = false;
  }

  /** One of the widget's own words in the language shown (locales/<taal>/widget.ftl and the others). */
  #w(sleutel, args) {
    return this.#zegger?.w(sleutel, args) ?? '';
  }

  /** Whether a wipe would lose an unsent request: a volunteer's wipe keeps the ones the inwoner chose to keep. */
  #wistOnverstuurd() {
    return postvak.onverstuurd.some((i) => !(this.brigade && i.bewaren));
  }

  /** Warns before an unsent request is wiped. */
  #magPostvakWissen() {
    return !this.#wistOnverstuurd() || globalThis.confirm(this.#w('postvak-onverstuurd-wissen'));
  }

  async #naarGesprek() {
    this.#g = await laadGesprek();
    this.#toon('gesprek', true);
  }

  #verzoekItem() {
    return this.#verzoek ? postvak.items.find((i) => i.verzoek.idempotentie_sleutel === this.#verzoek.idempotentie_sleutel) : null;
  }

  get #ctx() {
    return {
      z: this.#zegger, waarden: this.#waarden,
      // A message shows at a field the inwoner changed, or everywhere after "Volgende".
      fouten: new Map([...this.#fouten].filter(([pad]) => this.#geprobeerd || this.#aangeraakt.has(pad))),
      zet: (pad, waarde, herteken) => this.#zet(pad, waarde, herteken),
      verwijder: (lijst, i) => {
        this.#waarden = verwijderUitLijst(this.#waarden, lijst, i);
        this.#na();
      },
    };
  }

  async #laad() {
    const poging = ++this.#laden;
    const laden = el('p', { class: 'laden' }, this.#w('rekenhulp-laden'));
    this.#vak.replaceChildren(laden);
    // The catalog comes beside the engine: the first screen waits for neither one after the
    // other, and a message can be said when the engine does not load.
    const catalogus = this.#laadTaal().then(() => { laden.textContent = this.#w('rekenhulp-laden'); }, () => {});
    // The policy file is fetched while the engine compiles, not after.
    const policyBelofte = laadPolicy(this.policySrc);
    policyBelofte.catch(() => {});
    let kern;
    try {
      kern = await laadKern();
    } catch {
      await catalogus;
      if (poging === this.#laden) this.#fallback(this.#w('rekenhulp-kan-niet-laden'));
      return;
    }
    let policy;
    try {
      policy = await policyBelofte;
    } catch {
      policy = null;
    }
    if (poging !== this.#laden) return; // a newer gemeente was asked for meanwhile
    if (policy?.type !== 'success') {
      await catalogus;
      if (poging === this.#laden) this.#fallback(this.#w('rekenhulp-regels-niet-geladen'), policy?.errors);
      return;
    }
    try {
      await this.#laadTaal(policy);
    } catch {
      if (poging === this.#laden) this.#fallback(this.#w('rekenhulp-kan-niet-laden'));
      return;
    }
    if (poging !== this.#laden) return;
    this.#kern = kern;
    this.#policy = policy;
    const bewaard = this.brigade ? null : opslag.lees(this.gemeente);
    if (bewaard) {
      this.#waarden = bewaard;
      this.#bewaren = true;
      // What was answered before counts as seen, so the inwoner can go straight to the outcome.
      for (const pad of Object.keys(bewaard)) this.#getoond.add(vraagVanPad(pad));
    }
    this.#bereken();
    this.#toon('start', false, 'vervang');
    performance.mark('bereken-uw-recht:klaar'); // read by scripts/timing.mjs
    if (bewaard) this.#meld(this.#w('start-teruggezet'));
  }

  /**
   * The catalog of the language shown, with this policy's texts (none yet on the first load);
   * each language's catalog is fetched once. False when another language was asked for meanwhile.
   */
  async #laadTaal(policy = this.#policy) {
    const taal = this.taal;
    const catalogus = await laadCatalogus(taal);
    if (taal !== this.taal) return false;
    this.#zegger = policy ? catalogus.met(policy.teksten, policy.bronnen, policy.berichten) : catalogus;
    this.#zetTaal(taal);
    return true;
  }

  /** Marks the element's root with the language and its direction; tells the page once it changed. */
  #zetTaal(taal) {
    for (const e of [this.#vak, this.#status]) {
      e.lang = taal;
      e.dir = richting(taal);
    }
    if (taal === this.#getoondeTaal) return;
    this.#getoondeTaal = taal;
    this.dispatchEvent(new CustomEvent('bereken-uw-recht:taal', { bubbles: true, composed: true, detail: { taal, richting: richting(taal) } }));
  }

  /** The start screen's picker: the attribute is the API, so the host sees the choice too. */
  #kiesTaal(taal) {
    if (taal === this.taal) return;
    this.#taalGekozen = true;
    this.setAttribute('lang', taal);
  }

  /** An engine message in the language shown. */
  #zeg(bericht) {
    return this.#zegger ? this.#zegger.zeg(bericht) : String(bericht?.[0] ?? bericht);
  }

  /**
   * What shows when the check cannot run: our message, and the host's fallback content. Without
   * a catalog there are no words of ours (`bericht` is empty): then only the host's content.
   */
  #fallback(bericht, fouten = []) {
    const melding = bericht
      ? el('div', { class: 'melding fout-melding', role: 'alert' },
        el('p', {}, bericht), fouten.length ? el('ul', {}, fouten.map((f) => el('li', {}, this.#zeg(f.bericht)))) : null)
      : null;
    this.#vak.replaceChildren(...[melding, el('slot')].filter(Boolean));
  }

  /** Runs the engine on the answers; fields it refuses get their message and are left out. */
  #bereken() {
    const fouten = new Map();
    for (const lijst of ['kinderen', 'medebewoners', 'kosten']) {
      const w = this.#waarden[`${lijst}.aantal`];
      if (w !== undefined && w !== ONBEKEND && String(w).trim() !== '' && aantal(this.#waarden, lijst) === null) fouten.set(`${lijst}.aantal`, this.#w('vragen-geen-aantal'));
    }
    const antwoorden = bouwAntwoorden(this.#waarden);
    const bereken = (a) => evalueer(this.#kern, this.#policy, this.gemeente, a, this.peildatum, this.regelingen ?? undefined);
    let gebruikt = antwoorden;
    let r = bereken(antwoorden);
    if (r.type === 'failure' && r.errors.every((f) => f.veld && f.veld !== 'peildatum')) {
      for (const f of r.errors) fouten.set(uiPad(f.veld), this.#zeg(f.bericht));
      gebruikt = zonderVelden(antwoorden, r.errors.map((f) => f.veld));
      r = bereken(gebruikt);
    }
    if (r.type === 'failure' && r.errors.some((f) => f.code === KERN_GESTOPT)) this.#herstart();
    // A failure left after taking out the refused fields is not about one field (a peildatum,
    // an unknown regeling): the last good report stays, and the message shows on the results.
    this.#algemeneFout = r.type === 'success' ? null : r.errors.map((f) => this.#zeg(f.bericht)).join(' ');
    if (r.type === 'success') { this.#report = r.report; this.#gerekend = gebruikt; }
    this.#fouten = fouten;
  }

  /** The engine trapped: load a fresh one once (the answers stay); a second trap shows the fallback. */
  #herstart() {
    if (this.#herstarts++ > 0) {
      queueMicrotask(() => this.#fallback(this.#w('rekenhulp-kan-niet-laden')));
      return;
    }
    queueMicrotask(() => this.#laad());
  }

  #zet(pad, waarde, herteken) {
    this.#aangeraakt.add(pad);
    if (waarde === undefined || waarde === '') delete this.#waarden[pad];
    else this.#waarden[pad] = waarde;
    this.#na(herteken === true);
  }

  /**
   * After a change: evaluate, keep it if asked, and redraw the questions (not the buttons).
   * A typed field counts when it is left; that redraw waits a moment, because leaving it by
   * pressing a button must not move the button away between press and release.
   */
  #na(herteken = true) {
    if (this.#bewaren) opslag.bewaar(this.gemeente, this.#waarden);
    this.#bereken();
    clearTimeout(this.#uitgesteld);
    // data-wacht marks a pending redraw (the browser tests wait for it to settle).
    this.#vak.toggleAttribute('data-wacht', !herteken);
    if (!herteken) {
      this.#uitgesteld = setTimeout(() => this.#na(true), 300);
      return;
    }
    if (VOLGORDE.includes(this.#scherm)) {
      this.#tekenVragen();
      const nieuw = [...this.#ctx.fouten].filter(([pad]) => this.#huidigeVelden().includes(vraagVanPad(pad)));
      if (nieuw.length) this.#meld(nieuw.map(([, tekst]) => tekst).join(' '));
    }
  }

  #meld(tekst) {
    // Emptied first so the same message is announced again.
    this.#status.textContent = '';
    requestAnimationFrame(() => { this.#status.textContent = tekst; });
  }

  #onderwerpen() {
    return VOLGORDE.filter((o) => this.#report?.vragen.some((v) => v.onderwerp === o));
  }

  #huidigeVelden() {
    return (this.#report?.vragen ?? []).filter((v) => v.onderwerp === this.#scherm).map((v) => v.id);
  }

  #heeftOngezien(onderwerp) {
    return this.#report?.vragen.some((v) => v.onderwerp === onderwerp && !this.#getoond.has(v.id));
  }

  #volgende() {
    const lijst = this.#onderwerpen();
    const idx = lijst.indexOf(this.#scherm);
    const eerder = lijst.slice(0, Math.max(0, idx)).find((o) => this.#heeftOngezien(o));
    this.#toon(eerder ?? lijst[idx + 1] ?? 'uitkomst', true);
  }

  #vorige() {
    const lijst = this.#onderwerpen();
    const idx = this.#scherm === 'uitkomst' ? lijst.length : lijst.indexOf(this.#scherm);
    this.#toon(lijst[idx - 1] ?? 'start', true);
  }

  /**
   * Shows a screen; `focus` moves the keyboard focus to its heading (not on first load).
   * `geschiedenis`: 'push' makes it a new entry in the browser's history (the inwoner moved
   * on), 'vervang' replaces the current one, 'geen' leaves history alone (a redraw, or Back).
   */
  #toon(scherm, focus, geschiedenis = 'push') {
    this.#geprobeerd = false;
    this.#scherm = this.#report || scherm === 'start' ? scherm : 'uitkomst';
    if (this.#scherm === 'gesprek' && !this.#g) this.#scherm = 'uitkomst';
    const inhoud = this.#scherm === 'start' ? this.#startScherm()
      : this.#scherm === 'uitkomst' ? this.#uitkomstScherm()
        : this.#scherm === 'gesprek' ? this.#gesprekScherm() : this.#vraagScherm();
    this.#bevestigWis = false;
    const balk = this.#brigadeBalk();
    this.#vak.replaceChildren(...(balk?.classList.contains('onder') ? [inhoud, balk] : [balk, inhoud]).filter(Boolean));
    verschuifKoppen(this.#vak, this.#kopNiveau());
    this.#vak.dataset.scherm = this.#scherm;
    this.#vak.dataset.modus = this.brigade ? 'brigade' : 'inwoner';
    this.#schrijfGeschiedenis(geschiedenis);
    const titel = this.#vak.querySelector('h2')?.textContent ?? '';
    this.dispatchEvent(new CustomEvent('bereken-uw-recht:scherm', { bubbles: true, composed: true, detail: { scherm: this.#scherm, titel } }));
    if (focus) (this.#vak.querySelector('.samenvatting-fouten:not([hidden])') ?? this.#vak.querySelector('h2'))?.focus();
    if (this.#scherm === 'uitkomst' && this.#report) {
      this.dispatchEvent(new CustomEvent('bereken-uw-recht:resultaat', { bubbles: true, composed: true, detail: this.#detail() }));
    }
  }

  /**
   * The volunteer's bar: "Volgende huishouden" on the start, results and conversation screens,
   * at the top; on a question screen at the bottom, out of the way of the questions. One press
   * asks once, in the bar (touch-friendly, no browser dialog), naming an unsent request if there
   * is one; "Ja, wis alles" wipes.
   */
  #brigadeBalk() {
    if (!this.brigade) return null;
    const vraag = VOLGORDE.includes(this.#scherm);
    if (!this.#bevestigWis) {
      return el('div', { class: `brigade-balk geen-print${vraag ? ' onder' : ''}` },
        el('p', {}, this.#w('brigade-melding')),
        knop(this.#w('knop-volgend-huishouden'), () => { this.#bevestigWis = true; this.#toonBalk(true); }, 'secundair', { 'data-actie': 'volgend-huishouden' }));
    }
    const onverstuurd = this.#wistOnverstuurd();
    return el('div', { class: `brigade-balk bevestig geen-print${vraag ? ' onder' : ''}`, role: 'group', 'aria-labelledby': 'brigade-vraag' },
      el('p', { id: 'brigade-vraag' }, this.#w('brigade-wis-vraag'), onverstuurd ? ` ${this.#w('postvak-onverstuurd-wissen')}` : ''),
      el('div', { class: 'knoppen' },
        knop(this.#w('knop-wis-huishouden'), () => { this.#bevestigWis = false; this.#wis(() => this.#w('brigade-huishouden-gewist'), true); }, 'primair', { 'data-actie': 'volgend-huishouden-ja' }),
        knop(this.#w('knop-niet-wissen'), () => { this.#bevestigWis = false; this.#toonBalk(false); }, 'secundair', { 'data-actie': 'volgend-huishouden-nee' })));
  }

  /** Redraws the volunteer's bar alone (the screen and its answers stay), focus on its first button. */
  #toonBalk(bevestigen) {
    const oud = this.#vak.querySelector('.brigade-balk');
    const nieuw = this.#brigadeBalk();
    if (!oud || !nieuw) return;
    oud.replaceWith(nieuw);
    nieuw.querySelector(bevestigen ? '[data-actie="volgend-huishouden-ja"]' : '[data-actie="volgend-huishouden"]')?.focus();
  }

  /** The level of the screen's heading (`kop-niveau`, 1 to 5; 2 by default): the host's outline. */
  #kopNiveau() {
    const n = Number(this.getAttribute('kop-niveau'));
    return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 2;
  }

  #detail() {
    const r = this.#report;
    return {
      gemeente: r.gemeente.id,
      peildatum: r.peildatum,
      // `link`: where the host sends the inwoner on: the regeling's aanvraag page, else the
      // gemeente's website (both https: the policy readers refuse anything else).
      regelingen: r.regelingen.map((u) => ({
        id: u.id, naam: this.#zegger.tekst(u.naam), status: u.status, bedrag: u.bedrag?.waarde ?? null, per: u.bedrag?.per ?? null,
        link: u.aanvraag_url ?? r.gemeente.website ?? null, ook_in_geld: Boolean(u.ook_in_geld),
      })),
      maatwerk: r.maatwerk.map((m) => m.id),
    };
  }

  #bewaarKeuze() {
    if (this.brigade) return null; // a shared tablet keeps no household
    return el('div', { class: 'bewaren geen-print' },
      el('div', { class: 'vinkje' },
        el('input', {
          id: 'bewaar', type: 'checkbox', 'aria-describedby': 'bewaar-uitleg', props: { checked: this.#bewaren },
          on: { change: (e) => this.#zetBewaren(e.target.checked) },
        }),
        el('label', { for: 'bewaar' }, this.#w('bewaar-keuze'))),
      el('p', { id: 'bewaar-uitleg', class: 'hulp' }, this.#w('bewaar-uitleg')),
      this.#bewaren ? knop(this.#w('bewaar-wis'), () => {
        if (!this.#magPostvakWissen()) return;
        postvak.wis();
        this.#zetBewaren(false);
        this.#meld(this.#w('bewaar-gewist'));
        this.#toon(this.#scherm, false, 'geen');
      }, 'link', { 'data-actie': 'wis' }) : null);
  }

  #zetBewaren(aan) {
    this.#bewaren = aan;
    if (aan) opslag.bewaar(this.gemeente, this.#waarden);
    else opslag.wisAlles();
    const knop = this.#vak.querySelector('[data-actie="wis"]');
    if (aan && !knop) this.#toon(this.#scherm, false, 'geen');
    if (aan) this.#vak.querySelector('#bewaar')?.focus();
  }

  #startScherm() {
    return startScherm({
      z: this.#zegger,
      taal: this.taal,
      gemeente: this.#policy.gemeente,
      normen: this.#report ? this.#zegger.datumTekst(this.#report.normen_geldig_vanaf) : null,
      bevestiging: this.#bevestiging?.() ?? null,
      postvakWacht: postvak.onverstuurd.length > 0,
      fout: this.#algemeneFout,
      bewaren: this.#bewaarKeuze(),
      // The host's own intro (its page already says what this is), or none with `zonder-intro`.
      intro: this.hasAttribute('zonder-intro') ? null : this.getAttribute('intro') || this.#w('start-intro'),
    }, {
      kiesTaal: (taal) => this.#kiesTaal(taal),
      begin: () => {
        performance.mark('bereken-uw-recht:begin');
        this.#volgende();
        performance.mark('bereken-uw-recht:eerste-vraag');
      },
    });
  }


  #vraagScherm() {
    this.#bevestiging = null;
    const lijst = this.#onderwerpen();
    const stap = lijst.indexOf(this.#scherm) + 1;
    const form = el('form', { class: 'scherm vragen', novalidate: true, 'aria-labelledby': 'kop', on: { submit: (e) => { e.preventDefault(); this.#probeerVolgende(); } } },
      el('p', { class: 'voortgang', id: 'voortgang' }, this.#w('vragen-stap', { stap, aantal: lijst.length })),
      el('progress', { class: 'voortgangsbalk', max: lijst.length, value: stap, 'aria-hidden': 'true' }),
      el('h2', { id: 'kop', tabindex: '-1', 'aria-describedby': 'voortgang' }, onderwerpTekst(this.#scherm, this.#zegger)),
      el('div', { class: 'samenvatting-fouten', role: 'alert', tabindex: '-1', hidden: true }),
      el('div', { class: 'velden' }),
      el('details', { class: 'tot-nu-toe', open: this.brigade }, el('summary', {}, this.#w('vragen-tot-nu-toe')), el('ul')),
      el('div', { class: 'navigatie' },
        knop(this.#w('knop-vorige'), () => this.#vorige(), 'secundair', { 'data-actie': 'vorige' }),
        el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'volgende' }, this.#w('knop-volgende')),
        knop(this.#w('knop-naar-uitkomst'), () => this.#probeerVolgende('uitkomst'), 'secundair', { 'data-actie': 'naar-uitkomst', hidden: true })));
    this.#tekenVragen(form);
    return form;
  }

  /** Redraws the fields, the live outcome and the shortcut, keeping the focus where it was. */
  #tekenVragen(form = this.#vak.querySelector('form.vragen')) {
    if (!form) return;
    const focus = this.shadowRoot.activeElement?.id;
    const ids = this.#huidigeVelden();
    ids.forEach((id) => this.#getoond.add(id));
    werkVeldenBij(form.querySelector('.velden'), vraagVelden(ids, this.#ctx));
    const uitkomsten = this.#report?.regelingen ?? [];
    const telling = (status) => uitkomsten.filter((u) => u.status === status).length;
    form.querySelector('.tot-nu-toe summary').textContent = this.#w('vragen-telling', { ja: telling('ja'), misschien: telling('misschien') });
    form.querySelector('.tot-nu-toe ul').replaceChildren(...uitkomsten.map((u) => el('li', { 'data-status': u.status }, `${this.#zegger.tekst(u.naam)}: ${statusTekst(u.status, this.#zegger)}`)));
    const alles = this.#onderwerpen().every((o) => !this.#heeftOngezien(o));
    const laatste = this.#onderwerpen().at(-1) === this.#scherm;
    form.querySelector('[data-actie="volgende"]').textContent = laatste ? this.#w('knop-naar-uitkomst') : this.#w('knop-volgende');
    // Buttons are kept, not redrawn: a click that blurs a changed field must still arrive.
    form.querySelector('[data-actie="naar-uitkomst"]').hidden = !alles || laatste;
    if (focus && this.shadowRoot.activeElement?.id !== focus) this.shadowRoot.getElementById(focus)?.focus();
  }

  /** Takes what is typed, and goes on only when this screen has no field errors. */
  #probeerVolgende(doel) {
    const form = this.#vak.querySelector('form.vragen');
    for (const invoer of form.querySelectorAll('input[type="text"][data-pad]')) {
      if (invoer.disabled) continue;
      if (invoer.value === '') delete this.#waarden[invoer.dataset.pad];
      else this.#waarden[invoer.dataset.pad] = invoer.value;
    }
    this.#geprobeerd = true;
    this.#na();
    const velden = this.#huidigeVelden();
    // A question without which no regeling can be judged is asked for, not skipped.
    const leeg = velden.filter((pad) => vraagVoor(pad)?.verplicht && [undefined, '', ONBEKEND].includes(this.#waarden[pad]) && !this.#fouten.has(pad));
    if (leeg.length) {
      for (const pad of leeg) this.#fouten.set(pad, this.#w('vragen-verplicht'));
      this.#tekenVragen(form);
    }
    const fouten = [...this.#fouten].filter(([pad]) => velden.includes(vraagVanPad(pad)));
    const samenvatting = form.querySelector('.samenvatting-fouten');
    if (fouten.length) {
      samenvatting.replaceChildren(el('p', {}, this.#w('vragen-fouten-kop')), el('ul', {}, fouten.map(([pad, tekst]) => el('li', {},
        el('a', { href: `#${pad}`, on: { click: (e) => { e.preventDefault(); form.querySelector(`[data-pad="${CSS.escape(pad)}"]`)?.focus(); } } }, tekst)))));
      samenvatting.hidden = false;
      samenvatting.focus();
      return;
    }
    if (doel) this.#toon(doel, true);
    else this.#volgende();
  }

  #gesprekScherm() {
    const item = this.#verzoekItem();
    const ctx = {
      z: this.#zegger,
      gemeente: this.#policy.gemeente,
      config: this.#gesprekConfig(),
      velden: { delen: 'alleen_contact', met_vrijwilliger: this.brigade, ...this.#gesprek },
      fouten: this.#gesprekFouten,
      terug: () => this.#toon('uitkomst', true),
      verstuur: (v) => this.#verstuur(v),
      mail: (v) => this.#mail(v),
      download: (v) => this.#brief(v, 'download'),
      print: (v) => this.#brief(v, 'print'),
      opnieuw: () => postvak.probeerAlles(),
      aanpassen: () => { this.#verzoek = null; this.#toon('gesprek', true); },
      downloadVerzoek: () => item && this.#g.downloadBrief(this.#briefVan(item.verzoek), item.verzoek, this.#zegger),
    };
    return item ? this.#g.gesprekStatus(item, ctx) : this.#g.gesprekFormulier(ctx);
  }

  /**
   * Where a keukentafelgesprek request goes: the policy's endpoint or e-mail; on a demonstration
   * site the `demo-endpoint` attribute instead (the local reference receiver of `npm start`),
   * which the form then announces as a demonstration. Only an https address or one on this
   * computer (http://127.0.0.1, http://localhost) is taken; anything else is ignored.
   */
  #gesprekConfig() {
    const config = this.#policy.keukentafelgesprek ?? null;
    const demo = this.getAttribute('demo-endpoint');
    if (!demo) return config;
    let url;
    try { url = new URL(demo, location.href); } catch { return config; }
    const lokaal = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !lokaal) return config;
    return { ...config, endpoint: url.href, email: null, demo: true };
  }

  #maakVerzoek(velden) {
    return this.#g.maakVerzoek(velden, {
      gemeente: this.gemeente, report: this.#report, antwoorden: bouwAntwoorden(this.#waarden), sleutel: crypto.randomUUID(),
    });
  }

  /** Checks the form; nothing leaves the browser unless every field is right and consent is given. */
  #geldig(velden) {
    this.#gesprek = velden;
    this.#gesprekFouten = this.#g.controleer(velden, this.#zegger);
    if (Object.keys(this.#gesprekFouten).length) {
      this.#toon('gesprek', true);
      return false;
    }
    return true;
  }

  #verstuur(velden) {
    const endpoint = this.#gesprekConfig()?.endpoint;
    if (!this.#geldig(velden) || !endpoint) return;
    // One request per press of "Verstuur": its key is made once and every retry reuses it.
    this.#verzoek ??= this.#maakVerzoek(velden);
    postvak.voegToe(this.#verzoek, endpoint, velden.bewaren === true);
    this.#toon('gesprek', true);
  }

  /**
   * The request as a letter, downloaded or printed: only once the form is right (a name, a way
   * to reach the inwoner, consent), as for sending.
   */
  #brief(velden, hoe) {
    if (!this.#geldig(velden)) return;
    // A letter is made from the form as it is now; its kenmerk is only a name for it.
    const verzoek = this.#maakVerzoek(velden);
    const inhoud = this.#briefVan(verzoek);
    if (hoe === 'download') {
      this.#g.downloadBrief(inhoud, verzoek, this.#zegger);
      return;
    }
    // Printed alone: the screen is hidden for print while the letter is there (the CSS).
    const vel = el('div', { class: 'brief-print' }, inhoud);
    this.#vak.append(vel);
    this.toggleAttribute('data-print-brief', true);
    const klaar = () => { vel.remove(); this.removeAttribute('data-print-brief'); };
    window.addEventListener('afterprint', klaar, { once: true });
    window.print();
  }

  #briefVan(verzoek) {
    return this.#g.brief(verzoek, { z: this.#zegger, nl: this.#g.nl, gemeente: this.#policy.gemeente, report: this.#report, vandaag: vandaag() });
  }

  #mail(velden) {
    const email = this.#gesprekConfig()?.email;
    if (!this.#geldig(velden) || !email) return;
    const a = el('a', { href: this.#g.mailAdres(email, this.#maakVerzoek(velden), this.#policy.gemeente.naam, this.#g.nl) });
    a.click();
  }

  /** The income sweep for the chart; null where it cannot be made (no norm yet), never a throw. */
  #reeks() {
    if (!this.#report || !this.#gerekend) return null;
    const r = inkomensreeks(this.#kern, this.#policy, this.gemeente, this.#gerekend, this.peildatum, this.regelingen ?? undefined);
    return r.type === 'success' ? r.reeks : null;
  }

  #uitkomstScherm() {
    return uitkomstScherm(this.#report, {
      z: this.#zegger, waarden: this.#waarden, brigade: this.brigade, motor: this.#kern.version(), vandaag: vandaag(), fout: this.#algemeneFout,
      documenten: this.#policy.documenten, buitenScope: this.#policy.buiten_scope, reeks: this.#reeks(),
    }, {
      gesprek: () => this.#naarGesprek(),
      vorige: () => this.#vorige(),
      nieuw: () => this.nieuweBerekening(),
      wijzig: (onderwerp) => this.#toon(onderwerp, true),
      bewaren: this.#bewaarKeuze(),
    });
  }
}
