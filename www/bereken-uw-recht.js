// <bereken-uw-recht>: the self-check as a custom element. The class only; `define.js` registers
// it, so a host may use another tag name. Attributes are the API:
//   gemeente     policy id (`bunschoten`); loads policies/<gemeente>.json beside this module
//   regelingen   comma list of regeling ids to limit the check to (a kindpakket page)
//   peildatum    YYYY-MM-DD, default today
//   lang         nl (default) or en; otherwise the nearest lang of the page
//   policy-src   URL of the policy file, for a gemeente hosting its own
//   modus        `brigade` for formulierenbrigade volunteers: larger targets, answers and
//                results side by side, "Volgende huishouden", never stores answers
// It fires `bereken-uw-recht:resultaat` (bubbles, composed) with the outcomes when the results
// are shown. Nothing leaves the browser; answers are kept only on the inwoner's request.
import { el } from './dom.js';
import { ONBEKEND, aantal, bouwAntwoorden, verwijderUitLijst, zonderVelden } from './antwoorden.js';
import { evalueer, laadKern, laadPolicy, standaardPolicySrc } from './rekenkern.js';
import { laadCatalogus } from './uitleg.js';
import { vraagVelden, werkVeldenBij } from './scherm-vraag.js';
import { uitkomstKaart, signalen, antwoordenOverzicht } from './scherm-uitkomst.js';
import { ONDERWERPEN, VRAGEN } from './vragen.js';
import { teksten, datumTekst, euro } from './teksten.js';
import * as opslag from './opslag.js';
import { postvak } from './postvak.js';

// The keukentafelgesprek code is fetched only when an inwoner opens that screen: it is not part
// of what the first screen loads (scripts/sizes.mjs).
let gesprek = null;
const laadGesprek = async () => {
  gesprek ??= Promise.all([import('./keukentafel.js'), import('./scherm-gesprek.js')]).then(([k, s]) => ({ ...k, ...s }));
  return gesprek;
};

const VOLGORDE = ['huishouden', 'inkomen', 'vermogen', 'situatie', 'kosten'];
const STYLESHEET = new URL('./bereken-uw-recht.css', import.meta.url).href;

function vandaag() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The question an answer path belongs to: `kinderen[1].leeftijd` → `kinderen`. */
function vraagVanPad(pad) {
  const basis = pad.replace(/(\[\d+\].*|\.aantal)$/, '');
  return VRAGEN[basis] ? basis : pad;
}

/** Where the engine's field path shows its message in the form. */
function uiPad(veld) {
  if (/^kosten\[\d+\]$/.test(veld)) return `${veld}.soort`;
  if (['kinderen', 'medebewoners', 'kosten'].includes(veld)) return `${veld}.aantal`;
  return veld;
}

export class BerekenUwRecht extends HTMLElement {
  static observedAttributes = ['gemeente', 'regelingen', 'peildatum', 'lang', 'policy-src', 'modus'];

  #kern = null;
  #policy = null;
  #waarden = {};
  #report = null;
  #zegger = null;
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

  get taal() {
    const lang = this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'nl';
    return lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
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
  }

  disconnectedCallback() {
    postvak.removeEventListener('verandering', this.#bijPostvak);
  }

  #bijPostvak = () => {
    const item = this.#verzoekItem();
    if (this.#scherm !== 'gesprek' || !item) return;
    this.#toon('gesprek', false);
    this.#meld(this.#vak.querySelector('[data-verzoek] .melding')?.textContent ?? '');
  };

  attributeChangedCallback(naam, oud, nieuw) {
    if (oud === nieuw || !this.isConnected) return;
    if (naam === 'gemeente' || naam === 'policy-src') this.#laad();
    else if (naam === 'lang' && this.#kern && this.#policy) {
      this.#laadTaal().then(() => {
        this.#bereken();
        this.#toon(this.#scherm, false);
      }, () => this.#fallback(this.#t.kanNietLaden));
    } else if (this.#kern && this.#policy) {
      this.#bereken();
      this.#toon(this.#scherm, false);
    }
  }

  /** Wipes every answer from memory and from this device, and starts again. */
  nieuweBerekening(bevestiging = this.#t.nieuwGedaan) {
    if (!this.#magPostvakWissen()) return;
    opslag.wisAlles();
    // A volunteer's "Volgende huishouden" keeps only requests the inwoner chose to keep until sent.
    postvak.wis({ behoud: this.brigade });
    this.#gesprek = {};
    this.#gesprekFouten = {};
    this.#verzoek = null;
    this.#waarden = {};
    this.#getoond.clear();
    this.#aangeraakt.clear();
    this.#bewaren = false;
    this.#bevestiging = bevestiging;
    this.#bereken();
    this.#toon('start', true);
    this.#meld(bevestiging);
  }

  get #t() { return teksten(this.taal); }

  /** Warns before an unsent request is wiped; a volunteer's wipe keeps the ones the inwoner chose to keep. */
  #magPostvakWissen() {
    const onverstuurd = postvak.onverstuurd.filter((i) => !(this.brigade && i.bewaren));
    return onverstuurd.length === 0 || globalThis.confirm(this.#t.onverstuurdWissen);
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
      taal: this.taal, t: this.#t, waarden: this.#waarden,
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
    this.#vak.replaceChildren(el('p', { class: 'laden' }, this.#t.laden));
    let kern;
    try {
      kern = await laadKern();
    } catch {
      if (poging === this.#laden) this.#fallback(this.#t.kanNietLaden);
      return;
    }
    let policy;
    try {
      policy = await laadPolicy(this.policySrc);
    } catch {
      policy = null;
    }
    if (poging !== this.#laden) return; // a newer gemeente was asked for meanwhile
    if (policy?.type !== 'success') {
      this.#fallback(this.#t.regelsNietGeladen, policy?.errors);
      return;
    }
    try {
      await this.#laadTaal(policy);
    } catch {
      if (poging === this.#laden) this.#fallback(this.#t.kanNietLaden);
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
    this.#toon('start', false);
    performance.mark('bereken-uw-recht:klaar'); // read by scripts/timing.mjs
    if (bewaard) this.#meld(this.#t.teruggezet);
  }

  /** The catalog of the language shown, with this policy's texts; loaded once per language. */
  async #laadTaal(policy = this.#policy) {
    this.#zegger = (await laadCatalogus(this.taal)).met(policy.teksten);
  }

  /** An engine message in the language shown. */
  #zeg(bericht) {
    return this.#zegger ? this.#zegger.zeg(bericht) : String(bericht?.[0] ?? bericht);
  }

  #fallback(bericht, fouten = []) {
    this.#vak.replaceChildren(el('div', { class: 'melding fout-melding', role: 'alert' },
      el('p', {}, bericht), fouten.length ? el('ul', {}, fouten.map((f) => el('li', {}, this.#zeg(f.bericht)))) : null),
    el('slot'));
  }

  /** Runs the engine on the answers; fields it refuses get their message and are left out. */
  #bereken() {
    const t = this.#t;
    const fouten = new Map();
    for (const lijst of ['kinderen', 'medebewoners', 'kosten']) {
      const w = this.#waarden[`${lijst}.aantal`];
      if (w !== undefined && w !== ONBEKEND && String(w).trim() !== '' && aantal(this.#waarden, lijst) === null) fouten.set(`${lijst}.aantal`, t.geenAantal);
    }
    const antwoorden = bouwAntwoorden(this.#waarden);
    const bereken = (a) => evalueer(this.#kern, this.#policy, this.gemeente, a, this.peildatum, this.regelingen ?? undefined);
    let r = bereken(antwoorden);
    if (r.type === 'failure' && r.errors.every((f) => f.veld && f.veld !== 'peildatum')) {
      for (const f of r.errors) fouten.set(uiPad(f.veld), this.#zeg(f.bericht));
      r = bereken(zonderVelden(antwoorden, r.errors.map((f) => f.veld)));
    }
    // A failure left after taking out the refused fields is not about one field (a peildatum,
    // an unknown regeling): the last good report stays, and the message shows on the results.
    this.#algemeneFout = r.type === 'success' ? null : r.errors.map((f) => this.#zeg(f.bericht)).join(' ');
    if (r.type === 'success') this.#report = r.report;
    this.#fouten = fouten;
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

  /** Shows a screen; `focus` moves the keyboard focus to its heading (not on first load). */
  #toon(scherm, focus) {
    this.#geprobeerd = false;
    this.#scherm = this.#report || scherm === 'start' ? scherm : 'uitkomst';
    if (this.#scherm === 'gesprek' && !this.#g) this.#scherm = 'uitkomst';
    const inhoud = this.#scherm === 'start' ? this.#startScherm()
      : this.#scherm === 'uitkomst' ? this.#uitkomstScherm()
        : this.#scherm === 'gesprek' ? this.#gesprekScherm() : this.#vraagScherm();
    this.#vak.replaceChildren(...[this.#brigadeBalk(), inhoud].filter(Boolean));
    this.#vak.dataset.scherm = this.#scherm;
    this.#vak.dataset.modus = this.brigade ? 'brigade' : 'inwoner';
    if (focus) (this.#vak.querySelector('.samenvatting-fouten:not([hidden])') ?? this.#vak.querySelector('h2'))?.focus();
    if (this.#scherm === 'uitkomst' && this.#report) {
      this.dispatchEvent(new CustomEvent('bereken-uw-recht:resultaat', { bubbles: true, composed: true, detail: this.#detail() }));
    }
  }

  #brigadeBalk() {
    if (!this.brigade) return null;
    return el('div', { class: 'brigade-balk geen-print' },
      el('p', {}, this.#t.brigade),
      this.#knop(this.#t.volgendHuishouden, () => this.nieuweBerekening(this.#t.huishoudenGewist), 'secundair', { 'data-actie': 'volgend-huishouden' }));
  }

  #detail() {
    const r = this.#report;
    return {
      gemeente: r.gemeente.id,
      peildatum: r.peildatum,
      regelingen: r.regelingen.map((u) => ({ id: u.id, naam: this.#zegger.tekst(u.naam), status: u.status, bedrag: u.bedrag?.waarde ?? null, per: u.bedrag?.per ?? null })),
      maatwerk: r.maatwerk.map((m) => m.id),
    };
  }

  #knop(tekst, bij, klasse = 'primair', extra = {}) {
    return el('button', { type: 'button', class: `knop ${klasse}`, part: `knop knop-${klasse}`, ...extra, on: { click: bij } }, tekst);
  }

  #bewaarKeuze() {
    const t = this.#t;
    if (this.brigade) return null; // a shared tablet keeps no household
    return el('div', { class: 'bewaren geen-print' },
      el('div', { class: 'vinkje' },
        el('input', {
          id: 'bewaar', type: 'checkbox', 'aria-describedby': 'bewaar-uitleg', props: { checked: this.#bewaren },
          on: { change: (e) => this.#zetBewaren(e.target.checked) },
        }),
        el('label', { for: 'bewaar' }, t.bewaar)),
      el('p', { id: 'bewaar-uitleg', class: 'hulp' }, t.bewaarUitleg),
      this.#bewaren ? this.#knop(t.wis, () => {
        if (!this.#magPostvakWissen()) return;
        postvak.wis();
        this.#zetBewaren(false);
        this.#meld(t.gewist);
        this.#toon(this.#scherm, false);
      }, 'link', { 'data-actie': 'wis' }) : null);
  }

  #zetBewaren(aan) {
    this.#bewaren = aan;
    if (aan) opslag.bewaar(this.gemeente, this.#waarden);
    else opslag.wisAlles();
    const knop = this.#vak.querySelector('[data-actie="wis"]');
    if (aan && !knop) this.#toon(this.#scherm, false);
    if (aan) this.#vak.querySelector('#bewaar')?.focus();
  }

  #startScherm() {
    const t = this.#t;
    const g = this.#policy.gemeente;
    return el('section', { class: 'scherm start', 'aria-labelledby': 'kop' },
      el('h2', { id: 'kop', tabindex: '-1' }, `${t.titel}: ${g.naam}`),
      el('p', {}, t.intro),
      el('p', { class: 'privacy' }, t.privacy),
      this.#bevestiging ? el('p', { class: 'melding bevestiging', 'data-bevestiging': '' }, this.#bevestiging) : null,
      postvak.onverstuurd.length ? el('p', { class: 'melding', 'data-postvak': '' }, t.postvakWacht) : null,
      el('p', { class: 'versie' }, t.regelsVersie(g.naam, g.versie, this.#report ? datumTekst(this.#report.normen_geldig_vanaf, this.taal) : null)),
      this.#algemeneFout ? el('p', { class: 'melding fout-melding', role: 'alert' }, this.#algemeneFout) : null,
      this.#bewaarKeuze(),
      el('div', { class: 'navigatie' }, this.#knop(t.begin, () => {
        performance.mark('bereken-uw-recht:begin');
        this.#volgende();
        performance.mark('bereken-uw-recht:eerste-vraag');
      }, 'primair', { 'data-actie': 'begin' })));
  }

  #vraagScherm() {
    const t = this.#t;
    this.#bevestiging = null;
    const lijst = this.#onderwerpen();
    const stap = lijst.indexOf(this.#scherm) + 1;
    const form = el('form', { class: 'scherm vragen', novalidate: true, 'aria-labelledby': 'kop', on: { submit: (e) => { e.preventDefault(); this.#probeerVolgende(); } } },
      el('p', { class: 'voortgang', id: 'voortgang' }, t.stap(stap, lijst.length)),
      el('progress', { class: 'voortgangsbalk', max: lijst.length, value: stap, 'aria-hidden': 'true' }),
      el('h2', { id: 'kop', tabindex: '-1', 'aria-describedby': 'voortgang' }, ONDERWERPEN[this.#scherm][this.taal]),
      el('div', { class: 'samenvatting-fouten', role: 'alert', tabindex: '-1', hidden: true }),
      el('div', { class: 'velden' }),
      el('details', { class: 'tot-nu-toe', open: this.brigade }, el('summary', {}, t.totNuToe), el('ul')),
      el('div', { class: 'navigatie' },
        this.#knop(t.vorige, () => this.#vorige(), 'secundair', { 'data-actie': 'vorige' }),
        el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'volgende' }, t.volgende),
        this.#knop(t.naarUitkomst, () => this.#probeerVolgende('uitkomst'), 'secundair', { 'data-actie': 'naar-uitkomst', hidden: true })));
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
    form.querySelector('.tot-nu-toe summary').textContent = `${this.#t.totNuToe}: ${this.#t.telling(uitkomsten.filter((u) => u.status === 'ja').length, uitkomsten.filter((u) => u.status === 'misschien').length)}`;
    form.querySelector('.tot-nu-toe ul').replaceChildren(...uitkomsten.map((u) => el('li', { 'data-status': u.status }, `${this.#zegger.tekst(u.naam)}: ${this.#t.status[u.status]}`)));
    const alles = this.#onderwerpen().every((o) => !this.#heeftOngezien(o));
    const laatste = this.#onderwerpen().at(-1) === this.#scherm;
    form.querySelector('[data-actie="volgende"]').textContent = laatste ? this.#t.naarUitkomst : this.#t.volgende;
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
    const fouten = [...this.#fouten].filter(([pad]) => velden.includes(vraagVanPad(pad)));
    const samenvatting = form.querySelector('.samenvatting-fouten');
    if (fouten.length) {
      samenvatting.replaceChildren(el('p', {}, this.#t.foutenKop), el('ul', {}, fouten.map(([pad, tekst]) => el('li', {},
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
      taal: this.taal,
      gemeente: this.#policy.gemeente,
      config: this.#policy.keukentafelgesprek ?? null,
      velden: { delen: 'alleen_contact', met_vrijwilliger: this.brigade, ...this.#gesprek },
      fouten: this.#gesprekFouten,
      terug: () => this.#toon('uitkomst', true),
      verstuur: (v) => this.#verstuur(v),
      mail: (v) => this.#mail(v),
      download: (v) => this.#g.download(this.#maakVerzoek(v)),
      print: () => window.print(),
      opnieuw: () => postvak.probeerAlles(),
      aanpassen: () => { this.#verzoek = null; this.#toon('gesprek', true); },
      downloadVerzoek: () => item && this.#g.download(item.verzoek),
    };
    return item ? this.#g.gesprekStatus(item, ctx) : this.#g.gesprekFormulier(ctx);
  }

  #maakVerzoek(velden) {
    return this.#g.maakVerzoek(velden, {
      gemeente: this.gemeente, report: this.#report, antwoorden: bouwAntwoorden(this.#waarden), sleutel: crypto.randomUUID(),
    });
  }

  /** Checks the form; nothing leaves the browser unless every field is right and consent is given. */
  #geldig(velden) {
    this.#gesprek = velden;
    this.#gesprekFouten = this.#g.controleer(velden, this.taal);
    if (Object.keys(this.#gesprekFouten).length) {
      this.#toon('gesprek', true);
      return false;
    }
    return true;
  }

  #verstuur(velden) {
    if (!this.#geldig(velden) || !this.#policy.keukentafelgesprek?.endpoint) return;
    // One request per press of "Verstuur": its key is made once and every retry reuses it.
    this.#verzoek ??= this.#maakVerzoek(velden);
    postvak.voegToe(this.#verzoek, this.#policy.keukentafelgesprek.endpoint, velden.bewaren === true);
    this.#toon('gesprek', true);
  }

  #mail(velden) {
    const email = this.#policy.keukentafelgesprek?.email;
    if (!this.#geldig(velden) || !email) return;
    const a = el('a', { href: this.#g.mailAdres(email, this.#maakVerzoek(velden), this.#policy.gemeente.naam) });
    a.click();
  }

  #uitkomstScherm() {
    const t = this.#t;
    const r = this.#report;
    if (!r) return el('section', { class: 'scherm' }, el('h2', { tabindex: '-1' }, t.uitkomstKop), el('p', { class: 'melding fout-melding', role: 'alert' }, this.#algemeneFout ?? ''));
    const ctx = { taal: this.taal, t, z: this.#zegger };
    const procent = r.inkomen_procent_van_norm ? `${r.inkomen_procent_van_norm.replace('.', this.taal === 'en' ? '.' : ',')}%` : null;
    return el('section', { class: 'scherm uitkomst', 'aria-labelledby': 'kop' },
      el('h2', { id: 'kop', tabindex: '-1' }, t.uitkomstKop),
      el('p', { class: 'alleen-print' }, t.samenvattingKop),
      this.#algemeneFout ? el('p', { class: 'melding fout-melding', role: 'alert' }, this.#algemeneFout) : null,
      el('p', {}, t.uitkomstIntro(r.gemeente.naam, datumTekst(r.peildatum, this.taal))),
      // The share is of the norm without the kostendelersnorm, the one the regelingen test
      // with; the kostendelersnorm, where it applies, is said apart.
      el('p', { class: 'overzicht' },
        t.overzicht(r.leefvorm && t.leefvorm[r.leefvorm], r.bijstandsnorm_zonder_kostendelersnorm && euro(r.bijstandsnorm_zonder_kostendelersnorm, this.taal), procent),
        r.kostendelers && r.bijstandsnorm ? ` ${t.kostendelersnorm(euro(r.bijstandsnorm, this.taal), r.kostendelers)}` : null),
      signalen(r, ctx),
      el('div', { class: 'gesprek-vraag geen-print' },
        el('p', {}, t.gesprekUitleg),
        this.#knop(t.gesprekKnop, () => this.#naarGesprek(), 'primair', { 'data-actie': 'gesprek' })),
      el('div', { class: 'regelingen' }, r.regelingen.map((u) => uitkomstKaart(u, ctx))),
      antwoordenOverzicht(r, this.#waarden, ctx, (onderwerp) => this.#toon(onderwerp, true)),
      this.brigade ? el('p', { class: 'brigade-print' }, t.samenMetVrijwilliger) : null,
      el('p', { class: 'alleen-print' }, t.gesprekPrint(r.gemeente.naam, r.gemeente.website)),
      el('p', { class: 'versie' }, t.gemaakt(datumTekst(vandaag(), this.taal)), ' ', t.versie(r.gemeente.naam, r.gemeente.versie, this.#kern.version()), ' ',
        t.normenVan(datumTekst(r.normen_geldig_vanaf, this.taal))),
      el('div', { class: 'navigatie geen-print' },
        this.#knop(t.print, () => window.print(), 'primair', { 'data-actie': 'print' }),
        this.#knop(t.vorige, () => this.#vorige(), 'secundair', { 'data-actie': 'vorige' }),
        this.#knop(t.nieuw, () => this.nieuweBerekening(), 'secundair', { 'data-actie': 'nieuw' })),
      this.#bewaarKeuze());
  }
}
