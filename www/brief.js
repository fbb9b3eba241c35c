// The keukentafelgesprek request as a letter, for a gemeente without an endpoint or e-mail (or a
// request that could not be sent): the inwoner downloads or prints it and brings or sends it.
// In the language shown, with the Dutch letter after it when that is another language (the
// gemeente reads Dutch); only what the request carries: the chosen contact details, and the
// outcomes only when the inwoner chose to share them. Built as DOM from text (dom.js), so the
// downloaded file is that DOM serialised: no markup from an answer can get in.
import { el } from './dom.js';
import { voorkeuren } from './scherm-gesprek.js';
import { bedragTekst, statusTekst } from './scherm-uitkomst.js';
import { richting } from './talen.js';

/**
 * The letter for verzoek `v` (keukentafel.js `maakVerzoek`). ctx: { z (the language shown), nl
 * (the Dutch Zegger), gemeente: { naam, website }, report (for the regelingen' names and
 * amounts), vandaag (YYYY-MM-DD) }.
 */
export function brief(v, ctx) {
  const delen = [briefIn(v, ctx, ctx.z)];
  if (ctx.z.taal !== 'nl') {
    delen.push(el('h2', { class: 'brief-nederlands', lang: 'nl', dir: 'ltr' }, ctx.nl.w('brief-nederlands')), briefIn(v, ctx, ctx.nl));
  }
  return el('div', { class: 'brief' }, delen);
}

function briefIn(v, ctx, z) {
  const g = ctx.gemeente;
  const regel = (tekst) => el('p', {}, tekst);
  return el('article', { lang: z.taal, dir: richting(z.taal) },
    el('p', { class: 'brief-aan' }, z.w('brief-aan', { gemeente: g.naam })),
    el('p', {}, z.w('brief-datum', { datum: z.datumTekst(ctx.vandaag) })),
    el('h1', {}, z.w('verzoek-kop', { gemeente: g.naam })),
    regel(z.w('brief-tekst')),
    el('div', { class: 'brief-gegevens' },
      regel(z.w('verzoek-naam', { naam: v.contact.naam })),
      v.contact.telefoon ? regel(z.w('verzoek-telefoon', { telefoon: v.contact.telefoon })) : null,
      v.contact.email ? regel(z.w('verzoek-email', { email: v.contact.email })) : null,
      regel(z.w('verzoek-voorkeur', { voorkeur: voorkeuren(z)[v.voorkeur] })),
      v.moment ? regel(z.w('verzoek-moment', { moment: v.moment })) : null,
      v.vraag ? regel(z.w('verzoek-vraag', { vraag: v.vraag })) : null,
      v.met_vrijwilliger ? regel(z.w('verzoek-vrijwilliger')) : null),
    uitkomst(v, ctx, z),
    el('p', { class: 'brief-waar' }, g.website
      ? z.w('brief-waar-website', { gemeente: g.naam, website: g.website })
      : z.w('brief-waar', { gemeente: g.naam })),
    el('p', { class: 'brief-handtekening' }, z.w('brief-handtekening')),
    el('p', { class: 'brief-voet' }, z.w('brief-niet-verstuurd', { datum: z.datumTekst(ctx.vandaag) }), ' ',
      z.w('verzoek-kenmerk', { kenmerk: v.idempotentie_sleutel })));
}

/** The outcomes, only when shared: the likely and maybe regelingen with their amounts. */
function uitkomst(v, ctx, z) {
  if (!v.uitkomst) return el('p', {}, z.w('brief-alleen-contact'));
  const perId = new Map((ctx.report?.regelingen ?? []).map((u) => [u.id, u]));
  const lijst = v.uitkomst.regelingen.filter((r) => r.status !== 'nee').map((r) => {
    const u = perId.get(r.id);
    const bedrag = u ? bedragTekst(u, z) : null;
    return el('li', {}, `${u ? z.tekst(u.naam) : r.id}: ${statusTekst(r.status, z)}${bedrag ? ` (${bedrag})` : ''}`);
  });
  return el('section', {},
    el('h2', {}, z.w('verzoek-uitkomst', { peildatum: z.datumTekst(v.uitkomst.peildatum) })),
    lijst.length ? el('ul', {}, lijst) : el('p', {}, z.w('brief-geen-regelingen')),
    el('p', {}, z.w('brief-andere-regelingen')));
}

// The downloaded file's own look: A4, plain, printable from any browser.
const STIJL = '@page { size: A4; margin: 2cm; } body { font: 11pt/1.5 system-ui, sans-serif; color: #000; max-width: 17cm; margin: 2rem auto; } '
  + 'h1 { font-size: 16pt; } h2 { font-size: 12pt; } .brief-aan { margin-top: 0; } .brief-handtekening { margin-top: 3rem; } '
  + '.brief-voet { font-size: 9pt; margin-top: 2rem; } .brief-nederlands { break-before: page; font-size: 10pt; font-weight: normal; }';

/**
 * The letter as a whole HTML document (for the download): the DOM above, serialised (its text
 * escaped by the serialiser), with its own style. Written as text, not built in a document of
 * this page, whose Content-Security-Policy would refuse the style element.
 */
export function briefDocument(inhoud, z) {
  const titel = document.createElement('title');
  titel.textContent = z.w('brief-titel');
  // A file opened from disk runs nothing and loads nothing: the letter is text and its style.
  return `<!doctype html>
<html lang="${z.taal}" dir="${richting(z.taal)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
${titel.outerHTML}
<style>${STIJL}</style>
</head>
<body>
${inhoud.outerHTML}
</body>
</html>
`;
}

/** Offers the letter as a file the inwoner keeps, prints or sends. */
export function downloadBrief(inhoud, v, z) {
  const url = URL.createObjectURL(new Blob([briefDocument(inhoud, z)], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `keukentafelgesprek-${v.gemeente}-${v.idempotentie_sleutel.slice(0, 8)}.html`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
