// The language picker of the start screen: one button per language of www/talen.js, named in
// its own language (with its `lang` and `dir`, so a screen reader says it in that language),
// the one shown pressed. Buttons rather than a select: someone who reads no Dutch finds
// "English" or "Türkçe" at a glance, and each is a 44 px touch target reached by Tab.
import { el } from './dom.js';
import { TALEN } from './talen.js';

/** The picker, or null when only one language is offered. `kies(code)` is called on a press. */
export function taalKeuze(huidig, z, kies) {
  if (TALEN.length < 2) return null;
  return el('div', { class: 'talen geen-print', role: 'group', 'aria-labelledby': 'talen-kop' },
    el('span', { id: 'talen-kop', class: 'talen-kop' }, el('span', { class: 'icoon', 'aria-hidden': 'true' }, '🌐'), ' ', z.w('taal-kies')),
    TALEN.map((t) => el('button', {
      type: 'button', class: 'knop taal', part: 'knop knop-taal', lang: t.code, dir: t.richting, 'data-taal': t.code,
      'aria-pressed': String(t.code === huidig), on: { click: () => kies(t.code) },
    }, t.naam)));
}
