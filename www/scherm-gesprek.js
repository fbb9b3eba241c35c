// The keukentafelgesprek screen: the form with its consent text, and after sending the state of
// the request (received with its reference, not yet sent, or refused with the reason). Builds
// DOM only; sending is the outbox's job (postvak.js). The words are locales/<taal>/gesprek.ftl.
import { el } from './dom.js';

/**
 * ctx: { z (the Zegger of the language shown), gemeente: { naam, website }, config (policy's keukentafelgesprek or null),
 *        velden (the form's values), fouten ({ veld: message }), brigade,
 *        verstuur(velden), mail(velden), download(velden), print(velden), terug() }
 */
export function gesprekFormulier(ctx) {
  const { z } = ctx;
  const v = ctx.velden;
  const g = { gemeente: ctx.gemeente.naam };
  const fout = (veld) => (ctx.fouten[veld] ? el('p', { id: `g-${veld}-fout`, class: 'fout', 'data-fout-voor': `gesprek.${veld}` }, ctx.fouten[veld]) : null);
  const beschreven = (veld, ...extra) => [...extra, ctx.fouten[veld] && `g-${veld}-fout`].filter(Boolean).join(' ') || null;
  const tekstveld = (veld, label, type, autocomplete, extra = {}) => el('div', { class: 'vraag', part: 'vraag', 'data-veld': `gesprek.${veld}` },
    el('label', { for: `g-${veld}`, class: 'vraagtekst' }, label), fout(veld),
    el(type === 'textarea' ? 'textarea' : 'input', {
      id: `g-${veld}`, name: veld, ...(type === 'textarea' ? { rows: 3, maxlength: 2000 } : { type, autocomplete, maxlength: 254 }),
      'aria-invalid': ctx.fouten[veld] ? 'true' : null, 'aria-describedby': beschreven(veld, ...(extra.hulp ? [extra.hulp] : [])),
      props: { value: v[veld] ?? '' },
    }));
  const keuzes = (veld, legend, opties) => el('fieldset', { class: 'vraag', part: 'vraag', 'data-veld': `gesprek.${veld}`, 'aria-describedby': beschreven(veld), 'aria-invalid': ctx.fouten[veld] ? 'true' : null },
    el('legend', { class: 'vraagtekst' }, legend), fout(veld),
    el('div', { class: 'keuzes kolom' }, Object.entries(opties).map(([w, label]) => el('div', { class: 'keuze' },
      el('input', { id: `g-${veld}-${w}`, type: 'radio', name: veld, value: w, props: { checked: v[veld] === w } }),
      el('label', { for: `g-${veld}-${w}` }, label)))));
  const vink = (veld, label, extra = {}) => el('div', { class: 'vraag', 'data-veld': `gesprek.${veld}` }, fout(veld),
    el('div', { class: 'vinkje' },
      el('input', { id: `g-${veld}`, type: 'checkbox', name: veld, 'aria-invalid': ctx.fouten[veld] ? 'true' : null, 'aria-describedby': beschreven(veld, ...(extra.beschreven ? [extra.beschreven] : [])), props: { checked: v[veld] === true } }),
      el('label', { for: `g-${veld}` }, label)));
  const config = ctx.config ?? {};
  const verzenden = config.endpoint ? 'verstuur' : config.email ? 'mail' : 'download';
  const privacy = config.privacyverklaring ?? ctx.gemeente.website;
  const foutLijst = Object.entries(ctx.fouten);
  const form = el('form', { class: 'scherm gesprek', novalidate: true, 'aria-labelledby': 'kop' },
    el('h2', { id: 'kop', tabindex: '-1' }, z.w('gesprek-kop')),
    el('p', {}, z.w('gesprek-intro', g)),
    config.demo ? el('p', { class: 'melding demo', 'data-demo': '' }, z.w('gesprek-demo')) : null,
    foutLijst.length ? el('div', { class: 'samenvatting-fouten', role: 'alert', tabindex: '-1' }, el('p', {}, z.w('gesprek-fouten-kop')),
      el('ul', {}, foutLijst.map(([, tekst]) => el('li', {}, tekst)))) : null,
    tekstveld('naam', z.w('gesprek-naam'), 'text', 'name'),
    el('p', { id: 'g-bereikbaar', class: 'hulp' }, z.w('gesprek-bereikbaar')),
    tekstveld('telefoon', z.w('gesprek-telefoon'), 'tel', 'tel', { hulp: 'g-bereikbaar' }),
    tekstveld('email', z.w('gesprek-email'), 'email', 'email', { hulp: 'g-bereikbaar' }),
    keuzes('voorkeur', z.w('gesprek-voorkeur'), voorkeuren(z)),
    tekstveld('moment', z.w('gesprek-moment'), 'text', 'off'),
    tekstveld('vraag', z.w('gesprek-vraag'), 'textarea'),
    keuzes('delen', z.w('gesprek-delen'), { alleen_contact: z.w('gesprek-delen-alleen-contact'), met_uitkomst: z.w('gesprek-delen-met-uitkomst') }),
    vink('met_vrijwilliger', z.w('gesprek-vrijwilliger')),
    config.endpoint ? vink('bewaren', z.w('gesprek-bewaren')) : null,
    el('section', { class: 'toestemming', 'aria-labelledby': 'toestemming-kop' },
      el('h3', { id: 'toestemming-kop' }, z.w('gesprek-toestemming-kop')),
      el('p', { id: 'g-doel' }, z.w('gesprek-doel', g), ' ', config.bewaartermijn ? z.tekst(config.bewaartermijn) : z.w('gesprek-bewaartermijn-onbekend'), ' ',
        !config.bewaartermijn && privacy ? el('a', { href: privacy, rel: 'noopener' }, privacy) : null),
      vink('toestemming', z.w('gesprek-toestemming', g), { beschreven: 'g-doel' })),
    config.endpoint || config.email ? null : el('p', { class: 'melding' }, z.w('gesprek-geen-adres')),
    el('div', { class: 'navigatie' },
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'terug', on: { click: ctx.terug } }, z.w('gesprek-terug')),
      // The way the request leaves is the submit button, so Enter in a field does it.
      config.endpoint ? el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'verstuur' }, z.w('gesprek-verstuur')) : null,
      !config.endpoint && config.email ? el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'mail' }, z.w('gesprek-mail')) : null,
      verzenden === 'download'
        ? el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'download' }, z.w('gesprek-download'))
        : el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'download', on: { click: () => ctx.download(lees(form)) } }, z.w('gesprek-download')),
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'print-verzoek', on: { click: () => ctx.print(lees(form)) } }, z.w('gesprek-print'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ({ verstuur: ctx.verstuur, mail: ctx.mail, download: ctx.download })[verzenden](lees(form));
  });
  return form;
}

/** Where the conversation can be, by the value the request carries (docs/keukentafel-request.schema.json). */
export function voorkeuren(z) {
  return { thuis: z.w('gesprek-voorkeur-thuis'), gemeentehuis: z.w('gesprek-voorkeur-gemeentehuis'), telefoon: z.w('gesprek-voorkeur-telefoon') };
}

/** The form's values. */
export function lees(form) {
  const waarde = (naam) => form.elements.namedItem(naam);
  const gekozen = (naam) => form.querySelector(`input[name="${naam}"]:checked`)?.value;
  return {
    naam: waarde('naam')?.value ?? '',
    telefoon: waarde('telefoon')?.value ?? '',
    email: waarde('email')?.value ?? '',
    voorkeur: gekozen('voorkeur'),
    moment: waarde('moment')?.value ?? '',
    vraag: waarde('vraag')?.value ?? '',
    delen: gekozen('delen') ?? 'alleen_contact',
    met_vrijwilliger: waarde('met_vrijwilliger')?.checked === true,
    bewaren: waarde('bewaren')?.checked === true,
    toestemming: waarde('toestemming')?.checked === true,
  };
}

/** After sending: received (with the reference), waiting, or refused. */
export function gesprekStatus(item, ctx) {
  const { z } = ctx;
  const tekst = item.status === 'verstuurd' ? z.w('gesprek-ontvangen', { referentie: item.referentie })
    : item.status === 'wacht' ? z.w('gesprek-wacht') : z.w('gesprek-geweigerd', { fout: item.fout ?? '' });
  return el('section', { class: 'scherm gesprek', 'aria-labelledby': 'kop', 'data-verzoek': item.status },
    el('h2', { id: 'kop', tabindex: '-1' }, z.w('gesprek-kop')),
    el('p', { class: `melding ${item.status === 'verstuurd' ? 'bevestiging' : 'fout-melding'}`, role: item.status === 'verstuurd' ? 'status' : 'alert', 'data-referentie': item.referentie ?? null }, tekst),
    el('div', { class: 'navigatie' },
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'terug', on: { click: ctx.terug } }, z.w('gesprek-terug')),
      item.status === 'wacht' ? el('button', { type: 'button', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'opnieuw', on: { click: ctx.opnieuw } }, z.w('gesprek-opnieuw')) : null,
      item.status === 'geweigerd' ? el('button', { type: 'button', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'aanpassen', on: { click: ctx.aanpassen } }, z.w('gesprek-aanpassen')) : null,
      item.status !== 'verstuurd' ? el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'download', on: { click: ctx.downloadVerzoek } }, z.w('gesprek-download')) : null));
}
