// The start screen: the language picker, what the check is, the privacy promise, the version
// of the rules, the storage choice and "Begin". Builds DOM only; what a press does is the
// element's business.
//
// The picker has one button per language of www/talen.js, named in its own language (with its
// `lang` and `dir`, so a screen reader says it in that language), the one shown pressed.
// Buttons rather than a select: someone who reads no Dutch finds "English" or "Türkçe" at a
// glance, and each is a 44 px touch target reached by Tab.
import { el, knop } from './dom.js';
import { TALEN } from './talen.js';

/**
 * ctx: { z, taal (the language shown), gemeente (the policy's), normen (date of the norms in
 * use, said, or null), bevestiging (what was just done, said, or null), postvakWacht (an unsent
 * request waits), fout (a message about the whole evaluation, or null), bewaren (the storage
 * choice, or null), intro (the text under the heading, or null for none) }; acties: { kiesTaal(code), begin() }.
 */
export function startScherm(ctx, acties) {
  const { z, gemeente: g } = ctx;
  return el('section', { class: 'scherm start', 'aria-labelledby': 'kop' },
    taalKeuze(ctx.taal, z, acties.kiesTaal),
    el('h2', { id: 'kop', tabindex: '-1' }, z.w('start-kop', { gemeente: g.naam })),
    ctx.intro ? el('p', { class: 'intro' }, ctx.intro) : null,
    el('p', { class: 'privacy' }, z.w('start-privacy')),
    ctx.bevestiging ? el('p', { class: 'melding bevestiging', 'data-bevestiging': '' }, ctx.bevestiging) : null,
    ctx.postvakWacht ? el('p', { class: 'melding', 'data-postvak': '' }, z.w('postvak-wacht')) : null,
    el('p', { class: 'versie' }, ctx.normen
      ? z.w('start-versie-normen', { gemeente: g.naam, versie: g.versie, normen: ctx.normen })
      : z.w('start-versie', { gemeente: g.naam, versie: g.versie })),
    ctx.fout ? el('p', { class: 'melding fout-melding', role: 'alert' }, ctx.fout) : null,
    ctx.bewaren,
    el('div', { class: 'navigatie' }, knop(z.w('knop-begin'), acties.begin, 'primair', { 'data-actie': 'begin' })));
}

/** The picker, or null when only one language is offered. */
function taalKeuze(huidig, z, kies) {
  if (TALEN.length < 2) return null;
  return el('div', { class: 'talen geen-print', role: 'group', 'aria-labelledby': 'talen-kop' },
    el('span', { id: 'talen-kop', class: 'talen-kop' }, el('span', { class: 'icoon', 'aria-hidden': 'true' }, '🌐'), ' ', z.w('taal-kies')),
    TALEN.map((t) => el('button', {
      type: 'button', class: 'knop taal', part: 'knop knop-taal', lang: t.code, dir: t.richting, 'data-taal': t.code,
      'aria-pressed': String(t.code === huidig), on: { click: () => kies(t.code) },
    }, t.naam)));
}
