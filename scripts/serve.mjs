// A small static server for dist/ on 127.0.0.1, with the strict Content-Security-Policy the
// widget must work under (scripts/csp.mjs) as a header; the pages carry it as a meta element too.
// Usage: node scripts/serve.mjs DIR [PORT] [--demo-ontvanger URL]   (PORT 0: any free port, printed on stdout)
// --demo-ontvanger (npm start): every page gets <meta name="bereken-uw-recht-demo-endpoint">
// with that address, so the demo sends keukentafelgesprek requests to the local reference
// receiver and says so (www/pagina.js); the files in DIR stay as built.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { csp, metOpMaat } from './csp.mjs';

const [dir, poort, ...opties] = process.argv.slice(2);
const root = resolve(dir ?? 'dist');
const port = Number(poort ?? 8080);
const demoOntvanger = opties[0] === '--demo-ontvanger' ? new URL(opties[1]).href : null;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.toml': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

// A gemeente's keukentafelgesprek endpoint on another origin (tests, npm start: the reference receiver).
const extra = process.env.BUR_CONNECT_SRC ? [process.env.BUR_CONNECT_SRC] : [];
export const CSP = csp({ connectSrc: extra });

const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    // The page's own CSP meta element allows the same extra origin as the header.
    if (extra.length && extname(file) === '.html') body = Buffer.from(metOpMaat(body.toString('utf8'), extra));
    if (demoOntvanger && extname(file) === '.html') {
      const meta = `<meta name="bereken-uw-recht-demo-endpoint" content="${demoOntvanger.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">`;
      body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n  ${meta}`));
    }
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('niet gevonden');
  }
});

server.listen(port, '127.0.0.1', () => {
  const { port: p } = server.address();
  console.log(`http://127.0.0.1:${p}/`);
});
