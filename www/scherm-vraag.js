// One question screen: the questions of one topic that the engine still finds relevant, each
// labelled, with its help text, its error tied to it (aria-describedby, aria-invalid) and
// "weet ik niet" where an unknown answer gives `misschien` (not for the few questions without
// which nothing can be judged: age and partner). Builds DOM only; what an answer
// does is the element's business, through `ctx.zet(pad, waarde)`.
import { el, veldId } from './dom.js';
import { ONBEKEND, aantal } from './antwoorden.js';
import { DETAILS, KOST_DETAILS, eenheidTekst, hulpTekst, itemTekst, keuzeTekst, vraagTekst, vraagVoor } from './vragen.js';

/**
 * ctx: { z (the Zegger of the language shown), waarden, fouten: Map<pad, text>, zet(pad, waarde, herteken?) }
 * Returns the fields of the given question ids.
 */
export function vraagVelden(ids, ctx) {
  return ids.map((id) => {
    const def = vraagVoor(id);
    if (def.soort === 'lijst') return lijstVeld(id, def, ctx);
    if (def.soort === 'kosten') return kostenVeld(id, def, ctx);
    return enkelVeld(id, def, ctx, !def.verplicht);
  });
}

/**
 * Puts new fields in place of the old. When the same controls come back (only a message or a
 * choice changed) the old ones are updated instead, so focus, caret and a click in progress
 * survive; the text the inwoner is typing in is never overwritten.
 */
export function werkVeldenBij(vak, velden) {
  const nieuw = el('div', {}, velden);
  const sleutel = (root) => [...root.querySelectorAll('input, select, button')].map((e) => e.id || e.textContent).join('|');
  if (sleutel(vak) !== sleutel(nieuw)) {
    // The field being typed in stays the same element, so its caret and text survive.
    const actief = vak.getRootNode().activeElement;
    const tegenhanger = actief && vak.contains(actief) && actief.id ? nieuw.querySelector(`#${CSS.escape(actief.id)}`) : null;
    if (tegenhanger) {
      for (const a of ['aria-invalid', 'aria-describedby']) {
        if (tegenhanger.hasAttribute(a)) actief.setAttribute(a, tegenhanger.getAttribute(a));
        else actief.removeAttribute(a);
      }
      tegenhanger.replaceWith(actief);
    }
    vak.replaceChildren(...nieuw.childNodes);
    return;
  }
  const oud = vak.querySelectorAll('[data-fout-voor], input, select');
  const nw = nieuw.querySelectorAll('[data-fout-voor], input, select');
  oud.forEach((o, i) => {
    const n = nw[i];
    if (o.matches('[data-fout-voor]')) {
      o.textContent = n.textContent;
      o.hidden = n.hidden;
      return;
    }
    for (const a of ['aria-invalid', 'aria-describedby']) {
      if (n.hasAttribute(a)) o.setAttribute(a, n.getAttribute(a));
      else o.removeAttribute(a);
    }
    o.disabled = n.disabled;
    if (o.type === 'radio' || o.type === 'checkbox') o.checked = n.checked;
    else if (o.getRootNode().activeElement !== o) o.value = n.value;
  });
  vak.querySelectorAll('fieldset[data-veld]').forEach((f, i) => {
    const n = nieuw.querySelectorAll('fieldset[data-veld]')[i];
    if (n?.hasAttribute('aria-invalid')) f.setAttribute('aria-invalid', 'true');
    else f.removeAttribute('aria-invalid');
  });
}

function hulpEnFout(pad, def, ctx) {
  const id = veldId(pad);
  const hulp = def.hulp ? el('p', { id: `${id}-hulp`, class: 'hulp' }, hulpTekst(def, ctx.z)) : null;
  const foutTekst = ctx.fouten.get(pad);
  const fout = el('p', { id: `${id}-fout`, class: 'fout', hidden: !foutTekst, 'data-fout-voor': pad }, foutTekst ?? '');
  const beschreven = [hulp && `${id}-hulp`, `${id}-fout`].filter(Boolean).join(' ');
  return { hulp, fout, beschreven, ongeldig: Boolean(foutTekst) };
}

/** A single answer: number, amount, yes/no or a choice. */
function enkelVeld(pad, def, ctx, weetNiet) {
  switch (def.soort) {
    case 'janee':
      return janeeVeld(pad, def, ctx, weetNiet);
    case 'keuze':
      return keuzeVeld(pad, def, ctx, weetNiet);
    default:
      return tekstVeld(pad, def, ctx, weetNiet);
  }
}

function tekstVeld(pad, def, ctx, weetNiet) {
  const id = veldId(pad);
  const { hulp, fout, beschreven, ongeldig } = hulpEnFout(pad, def, ctx);
  const waarde = ctx.waarden[pad];
  const onbekend = waarde === ONBEKEND;
  const nooit = def.soort === 'jaren' && waarde === null;
  const bedrag = def.soort === 'bedrag';
  const invoer = el('input', {
    id,
    type: 'text',
    inputmode: bedrag ? 'decimal' : 'numeric',
    autocomplete: 'off',
    'data-pad': pad,
    'aria-describedby': beschreven,
    'aria-invalid': ongeldig ? 'true' : null,
    disabled: onbekend || nooit,
    props: { value: typeof waarde === 'string' ? waarde : '' },
    // A count shows its entries while it is typed; other fields count when the inwoner leaves them.
    on: pad.endsWith('.aantal') ? { input: (e) => ctx.zet(pad, e.target.value, true) } : { change: (e) => ctx.zet(pad, e.target.value) },
  });
  const eenheid = def.eenheid ? el('span', { class: 'eenheid', 'aria-hidden': 'true' }, eenheidTekst(def, ctx.z)) : null;
  const regel = el('div', { class: bedrag ? 'invoer bedrag' : 'invoer' }, bedrag ? el('span', { class: 'valuta', 'aria-hidden': 'true' }, '€') : null, invoer, eenheid);
  const vinkjes = [];
  if (def.soort === 'jaren') vinkjes.push(vinkje(`${id}-nooit`, ctx.z.w('antwoord-nooit'), nooit, (aan) => ctx.zet(pad, aan ? null : '', true)));
  if (weetNiet) vinkjes.push(vinkje(`${id}-onbekend`, ctx.z.w('antwoord-weet-niet'), onbekend, (aan) => ctx.zet(pad, aan ? ONBEKEND : '', true)));
  return el('div', { class: 'vraag', part: 'vraag', 'data-veld': pad, 'data-soort': def.soort },
    el('label', { for: id, class: 'vraagtekst' }, vraagTekst(def, ctx.z)), hulp, fout, regel, vinkjes);
}

function vinkje(id, label, aan, bij) {
  return el('div', { class: 'vinkje' },
    el('input', { id, type: 'checkbox', props: { checked: aan }, on: { change: (e) => bij(e.target.checked) } }),
    el('label', { for: id }, label));
}

function janeeVeld(pad, def, ctx, weetNiet, waarde = ctx.waarden[pad], bij = (w) => ctx.zet(pad, w, true)) {
  const id = veldId(pad);
  const { hulp, fout, beschreven, ongeldig } = hulpEnFout(pad, def, ctx);
  const opties = [[true, ctx.z.w('antwoord-ja'), 'ja'], [false, ctx.z.w('antwoord-nee'), 'nee']];
  if (weetNiet) opties.push([ONBEKEND, ctx.z.w('antwoord-weet-niet'), 'onbekend']);
  return el('fieldset', { class: 'vraag', part: 'vraag', 'data-veld': pad, 'data-soort': 'janee', 'aria-describedby': beschreven, 'aria-invalid': ongeldig ? 'true' : null },
    el('legend', { class: 'vraagtekst' }, vraagTekst(def, ctx.z)), hulp, fout,
    el('div', { class: 'keuzes' }, opties.map(([w, label, achtervoegsel]) => el('div', { class: 'keuze' },
      el('input', {
        id: `${id}-${achtervoegsel}`, type: 'radio', name: id, 'data-pad': pad, 'data-waarde': achtervoegsel,
        props: { checked: waarde === w }, on: { change: () => bij(w) },
      }),
      el('label', { for: `${id}-${achtervoegsel}` }, label)))));
}

function keuzeVeld(pad, def, ctx, weetNiet) {
  const id = veldId(pad);
  const { hulp, fout, beschreven, ongeldig } = hulpEnFout(pad, def, ctx);
  const waarde = ctx.waarden[pad];
  const opties = [el('option', { value: '', props: { selected: waarde === undefined || waarde === '' } }, ctx.z.w('antwoord-kies'))];
  for (const w of Object.keys(def.keuzes)) opties.push(el('option', { value: w, props: { selected: waarde === w } }, keuzeTekst(def, w, ctx.z)));
  if (weetNiet) opties.push(el('option', { value: ONBEKEND, props: { selected: waarde === ONBEKEND } }, ctx.z.w('antwoord-weet-niet')));
  return el('div', { class: 'vraag', part: 'vraag', 'data-veld': pad, 'data-soort': 'keuze' },
    el('label', { for: id, class: 'vraagtekst' }, vraagTekst(def, ctx.z)), hulp, fout,
    el('select', {
      id, 'data-pad': pad, 'aria-describedby': beschreven, 'aria-invalid': ongeldig ? 'true' : null,
      on: { change: (e) => ctx.zet(pad, e.target.value, true) },
    }, opties));
}

/** A count, then per entry its details: kinderen and medebewoners. */
function lijstVeld(id, def, ctx) {
  const pad = `${id}.aantal`;
  const telling = tekstVeld(pad, { ...def, soort: 'getal' }, ctx, true);
  telling.dataset.veld = pad;
  const n = aantal(ctx.waarden, id) ?? 0;
  const items = Array.from({ length: n }, (_, i) => el('fieldset', { class: 'item', 'data-item': `${id}[${i}]` },
    el('legend', {}, itemTekst(def, ctx.z, i + 1)),
    def.velden.map((veld) => enkelVeld(`${id}[${i}].${veld}`, DETAILS[`${id}[].${veld}`], ctx, true))));
  return el('div', { class: 'lijst', 'data-lijst': id }, telling, items);
}

/** Costs: yes/no, then per cost its kind, amount and the details its kind needs. */
function kostenVeld(id, def, ctx) {
  const n = aantal(ctx.waarden, 'kosten');
  const gekozen = ctx.waarden['kosten.aantal'] === ONBEKEND ? ONBEKEND : n === null ? undefined : n > 0;
  // Asked as yes/no; held as the number of costs (0 for no), so the answers get `kosten: []`.
  const vraag = janeeVeld('kosten.aantal', def, ctx, true, gekozen, (w) =>
    ctx.zet('kosten.aantal', w === true ? String(Math.max(1, n ?? 0)) : w === false ? '0' : ONBEKEND, true));
  const posten = Array.from({ length: n ?? 0 }, (_, i) => kostenpost(i, ctx));
  const meer = n > 0
    ? el('button', { type: 'button', class: 'knop secundair', part: 'knop', on: { click: () => ctx.zet('kosten.aantal', String(n + 1), true) } }, ctx.z.w('knop-kost-toevoegen'))
    : null;
  return el('div', { class: 'lijst', 'data-lijst': id }, vraag, posten, meer);
}

function kostenpost(i, ctx) {
  const soort = ctx.waarden[`kosten[${i}].soort`];
  const details = KOST_DETAILS[soort] ?? [];
  const velden = ['soort', 'bedrag', ...details].map((veld) => enkelVeld(`kosten[${i}].${veld}`, DETAILS[`kosten[].${veld}`], ctx, veld !== 'soort'));
  return el('fieldset', { class: 'item', 'data-item': `kosten[${i}]` },
    el('legend', {}, ctx.z.w('vragen-kostenpost', { nummer: i + 1 })), velden,
    el('button', { type: 'button', class: 'knop link', part: 'knop', on: { click: () => ctx.verwijder('kosten', i) } }, ctx.z.w('knop-kost-weghalen', { nummer: i + 1 })));
}

