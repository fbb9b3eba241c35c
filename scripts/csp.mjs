// The Content-Security-Policy of every page, in one place: scripts/serve.mjs sends it as a
// header, and the build writes it into each page of dist/ as a meta element (the `<!-- csp -->`
// marker, right after the charset), so a copy of the site on a host that sends no header keeps
// it. No inline code, no eval, nothing from another origin; only WebAssembly compilation is
// allowed. A request may go only to the page's own origin and to the keukentafelgesprek
// endpoints the compiled policies name.
// Usage, after the build has filled dist/: node scripts/csp.mjs dist
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MARKER = '<!-- csp -->';

/** The policy; `meta`: without what a meta element cannot carry (frame-ancestors is ignored there). */
export function csp({ connectSrc = [], meta = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...new Set(connectSrc)].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'self'"]),
  ].join('; ');
}

const metaElement = (connectSrc) => `<meta http-equiv="Content-Security-Policy" content="${csp({ connectSrc, meta: true })}">`;

/** The page with its CSP meta element, in place of the marker or of the meta element it has. */
export function metOpMaat(html, connectSrc) {
  const bestaand = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  if (bestaand.test(html)) return html.replace(bestaand, metaElement(connectSrc));
  return html.replace(MARKER, metaElement(connectSrc));
}

/** The origins of the keukentafelgesprek endpoints in the compiled policies of `dist`. */
export function endpointOrigins(dist) {
  const map = join(dist, 'policies');
  return readdirSync(map)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(map, f), 'utf8')).keukentafelgesprek?.endpoint)
    .filter(Boolean)
    .map((e) => new URL(e).origin);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  const origins = endpointOrigins(dist);
  for (const pagina of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    const pad = join(dist, pagina);
    const html = readFileSync(pad, 'utf8');
    if (!html.includes(MARKER)) throw new Error(`${pagina}: no ${MARKER} marker after the charset`);
    writeFileSync(pad, metOpMaat(html, origins));
  }
}
