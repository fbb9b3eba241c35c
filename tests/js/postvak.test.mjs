// The outbox's answer to the receiver's codes (www/postvak.js): a 422 is a refusal shown to the
// inwoner, but a 408 (the receiver timed out a slow connection) or 429 is tried again like a
// network failure, with the same idempotency key (issue 14: the receiver now answers 408).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Postvak } from '../../www/postvak.js';

const verzoek = (sleutel) => ({ idempotentie_sleutel: sleutel, versie: 1 });
const antwoord = (status, inhoud) => new Response(JSON.stringify(inhoud), { status, headers: { 'Content-Type': 'application/json' } });

test('408 and 429 are tried again with the same key; 422 is refused for good', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  for (const [status, daarna] of [[408, 'verstuurd'], [429, 'verstuurd'], [422, 'geweigerd']]) {
    const gezien = [];
    const codes = [status, 201];
    globalThis.fetch = async (_url, opties) => {
      gezien.push(JSON.parse(opties.body).idempotentie_sleutel);
      const code = codes.shift();
      return code === 201 ? antwoord(201, { referentie: 'KTG-BUNSCHOTEN-000001' }) : antwoord(code, { fouten: ['x'] });
    };
    const p = new Postvak();
    const item = p.voegToe(verzoek(`k-${status}`), 'https://ontvanger.example/aanvragen', false);
    for (let i = 0; i < 5; i += 1) { await Promise.resolve(); t.mock.timers.tick(1000); }
    await new Promise((klaar) => setImmediate(klaar));
    for (let i = 0; i < 5; i += 1) { t.mock.timers.tick(2000); await new Promise((klaar) => setImmediate(klaar)); }
    assert.equal(item.status, daarna, `after a ${status}`);
    assert.ok(gezien.every((s) => s === `k-${status}`));
    assert.equal(gezien.length, daarna === 'verstuurd' ? 2 : 1, `attempts after a ${status}`);
  }
});
