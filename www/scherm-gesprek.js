// The keukentafelgesprek screen: the form with its consent text, and after sending the state of
// the request (received with its reference, not yet sent, or refused with the reason). Builds
// DOM only; sending is the outbox's job (postvak.js).
import { el } from './dom.js';

const T = {
  nl: {
    kop: 'Vraag een keukentafelgesprek',
    intro: (g) => `In een keukentafelgesprek kijkt de gemeente ${g} samen met u naar uw hele situatie: geld, schulden, zorg en wat er verder speelt. Het gesprek is gratis. Vul in hoe de gemeente u kan bereiken.`,
    naam: 'Uw naam',
    telefoon: 'Telefoonnummer',
    email: 'E-mailadres',
    bereikbaar: 'Vul minstens een telefoonnummer of een e-mailadres in.',
    voorkeur: 'Waar wilt u het gesprek?',
    keuzes: { thuis: 'Bij mij thuis', gemeentehuis: 'Op het gemeentehuis', telefoon: 'Aan de telefoon' },
    moment: 'Wanneer komt het u goed uit? (mag leeg blijven)',
    vraag: 'Waar wilt u het over hebben? (mag leeg blijven)',
    delen: 'Wat mag de gemeente van deze rekenhulp zien?',
    delenKeuzes: { alleen_contact: 'Alleen mijn naam en hoe ze mij kunnen bereiken', met_uitkomst: 'Ook mijn antwoorden en de uitkomst van deze rekenhulp' },
    vrijwilliger: 'Iemand van de formulierenbrigade helpt mij dit in te vullen, en dat mag de gemeente weten.',
    bewaren: 'Bewaar mijn verzoek op dit apparaat tot het verstuurd is (als er nu geen internet is).',
    toestemmingKop: 'Toestemming',
    doel: (g) => `De gemeente ${g} gebruikt wat u hier invult alleen om contact met u op te nemen voor een keukentafelgesprek.`,
    bewaartermijnOnbekend: 'Hoe lang de gemeente uw verzoek bewaart, staat in haar privacyverklaring:',
    toestemming: (g) => `Ik geef de gemeente ${g} toestemming om dit verzoek te ontvangen en te gebruiken voor een keukentafelgesprek.`,
    verstuur: 'Verstuur mijn verzoek',
    mail: 'Maak een e-mail aan de gemeente',
    geenAdres: 'Deze gemeente heeft nog geen adres ingesteld om verzoeken te ontvangen. Download of print uw verzoek en neem het mee of stuur het op.',
    download: 'Download mijn verzoek',
    print: 'Print mijn verzoek',
    terug: 'Terug naar de uitkomst',
    ontvangen: (r) => `Uw aanvraag is ontvangen onder nummer ${r}. De gemeente neemt contact met u op.`,
    wacht: 'Nog niet verstuurd. Er is nu geen verbinding met de gemeente. We proberen het opnieuw zolang deze pagina open is. U kunt uw verzoek ook downloaden.',
    opnieuw: 'Probeer nu opnieuw',
    geweigerd: (f) => `De gemeente kon uw verzoek niet aannemen: ${f}. Pas uw gegevens aan en verstuur opnieuw, of download uw verzoek.`,
    aanpassen: 'Gegevens aanpassen',
    foutenKop: 'Verbeter eerst dit:',
  },
  en: {
    kop: 'Ask for a kitchen-table conversation',
    intro: (g) => `In a kitchen-table conversation the municipality of ${g} looks at your whole situation with you: money, debts, care and whatever else is going on. It is free. Fill in how the municipality can reach you.`,
    naam: 'Your name',
    telefoon: 'Phone number',
    email: 'E-mail address',
    bereikbaar: 'Fill in at least a phone number or an e-mail address.',
    voorkeur: 'Where do you want the conversation?',
    keuzes: { thuis: 'At my home', gemeentehuis: 'At the town hall', telefoon: 'By phone' },
    moment: 'When suits you? (may stay empty)',
    vraag: 'What do you want to talk about? (may stay empty)',
    delen: 'What may the municipality see of this calculator?',
    delenKeuzes: { alleen_contact: 'Only my name and how to reach me', met_uitkomst: 'Also my answers and the outcome of this calculator' },
    vrijwilliger: 'Someone of the formulierenbrigade helps me fill this in, and the municipality may know.',
    bewaren: 'Keep my request on this device until it is sent (if there is no internet now).',
    toestemmingKop: 'Consent',
    doel: (g) => `The municipality of ${g} uses what you fill in here only to contact you for a kitchen-table conversation.`,
    bewaartermijnOnbekend: "How long the municipality keeps your request is in its privacy statement:",
    toestemming: (g) => `I allow the municipality of ${g} to receive this request and use it for a kitchen-table conversation.`,
    verstuur: 'Send my request',
    mail: 'Write an e-mail to the municipality',
    geenAdres: 'This municipality has not set an address for requests yet. Download or print your request and bring or send it.',
    download: 'Download my request',
    print: 'Print my request',
    terug: 'Back to the outcome',
    ontvangen: (r) => `Your request has been received under number ${r}. The municipality will contact you.`,
    wacht: 'Not sent yet. There is no connection with the municipality now. We keep trying while this page is open. You can also download your request.',
    opnieuw: 'Try again now',
    geweigerd: (f) => `The municipality could not accept your request: ${f}. Change your details and send again, or download your request.`,
    aanpassen: 'Change details',
    foutenKop: 'Please correct this first:',
  },
};

export function gesprekTeksten(taal) {
  return T[taal] ?? T.nl;
}

/**
 * ctx: { taal, gemeente: { naam, website }, config (policy's keukentafelgesprek or null),
 *        velden (the form's values), fouten ({ veld: message }), brigade,
 *        verstuur(velden), mail(velden), download(velden), print(), terug() }
 */
export function gesprekFormulier(ctx) {
  const t = gesprekTeksten(ctx.taal);
  const v = ctx.velden;
  const g = ctx.gemeente.naam;
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
  const privacy = config.privacyverklaring ?? ctx.gemeente.website;
  const foutLijst = Object.entries(ctx.fouten);
  const form = el('form', { class: 'scherm gesprek', novalidate: true, 'aria-labelledby': 'kop' },
    el('h2', { id: 'kop', tabindex: '-1' }, t.kop),
    el('p', {}, t.intro(g)),
    foutLijst.length ? el('div', { class: 'samenvatting-fouten', role: 'alert', tabindex: '-1' }, el('p', {}, t.foutenKop),
      el('ul', {}, foutLijst.map(([, tekst]) => el('li', {}, tekst)))) : null,
    tekstveld('naam', t.naam, 'text', 'name'),
    el('p', { id: 'g-bereikbaar', class: 'hulp' }, t.bereikbaar),
    tekstveld('telefoon', t.telefoon, 'tel', 'tel', { hulp: 'g-bereikbaar' }),
    tekstveld('email', t.email, 'email', 'email', { hulp: 'g-bereikbaar' }),
    keuzes('voorkeur', t.voorkeur, t.keuzes),
    tekstveld('moment', t.moment, 'text', 'off'),
    tekstveld('vraag', t.vraag, 'textarea'),
    keuzes('delen', t.delen, t.delenKeuzes),
    vink('met_vrijwilliger', t.vrijwilliger),
    config.endpoint ? vink('bewaren', t.bewaren) : null,
    el('section', { class: 'toestemming', 'aria-labelledby': 'toestemming-kop' },
      el('h3', { id: 'toestemming-kop' }, t.toestemmingKop),
      el('p', { id: 'g-doel' }, t.doel(g), ' ', config.bewaartermijn ? config.bewaartermijn[ctx.taal] ?? config.bewaartermijn.nl : t.bewaartermijnOnbekend, ' ',
        !config.bewaartermijn && privacy ? el('a', { href: privacy, rel: 'noopener' }, privacy) : null),
      vink('toestemming', t.toestemming(g), { beschreven: 'g-doel' })),
    config.endpoint || config.email ? null : el('p', { class: 'melding' }, t.geenAdres),
    el('div', { class: 'navigatie' },
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'terug', on: { click: ctx.terug } }, t.terug),
      config.endpoint ? el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'verstuur' }, t.verstuur) : null,
      !config.endpoint && config.email ? el('button', { type: 'submit', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'mail' }, t.mail) : null,
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'download', on: { click: () => ctx.download(lees(form)) } }, t.download),
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'print-verzoek', on: { click: ctx.print } }, t.print)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    (config.endpoint ? ctx.verstuur : ctx.mail)(lees(form));
  });
  return form;
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
  const t = gesprekTeksten(ctx.taal);
  const tekst = item.status === 'verstuurd' ? t.ontvangen(item.referentie) : item.status === 'wacht' ? t.wacht : t.geweigerd(item.fout ?? '');
  return el('section', { class: 'scherm gesprek', 'aria-labelledby': 'kop', 'data-verzoek': item.status },
    el('h2', { id: 'kop', tabindex: '-1' }, t.kop),
    el('p', { class: `melding ${item.status === 'verstuurd' ? 'bevestiging' : 'fout-melding'}`, role: item.status === 'verstuurd' ? 'status' : 'alert', 'data-referentie': item.referentie ?? null }, tekst),
    el('div', { class: 'navigatie' },
      el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'terug', on: { click: ctx.terug } }, t.terug),
      item.status === 'wacht' ? el('button', { type: 'button', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'opnieuw', on: { click: ctx.opnieuw } }, t.opnieuw) : null,
      item.status === 'geweigerd' ? el('button', { type: 'button', class: 'knop primair', part: 'knop knop-primair', 'data-actie': 'aanpassen', on: { click: ctx.aanpassen } }, t.aanpassen) : null,
      item.status !== 'verstuurd' ? el('button', { type: 'button', class: 'knop secundair', part: 'knop knop-secundair', 'data-actie': 'download', on: { click: ctx.downloadVerzoek } }, t.download) : null));
}
