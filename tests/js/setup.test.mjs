// scripts/setup.sh started twice at once: the second waits for the first (a lock), and both
// succeed (issue 14 item 5: two installs of wasm-bindgen-cli into one place broke each other).
// On a machine where everything is installed this takes seconds; it runs after the test
// command's own setup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

function setup() {
  return new Promise((klaar) => {
    const kind = spawn('bash', ['scripts/setup.sh'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let fout = '';
    kind.stderr.on('data', (d) => { fout += d; });
    kind.on('close', (code) => klaar({ code, fout }));
  });
}

test('two setups started together both succeed, one after the other', async () => {
  const [a, b] = await Promise.all([setup(), setup()]);
  assert.equal(a.code, 0, a.fout);
  assert.equal(b.code, 0, b.fout);
  assert.match(a.fout + b.fout, /another setup is running; waiting/);
  assert.match(a.fout, /setup: ready/);
  assert.match(b.fout, /setup: ready/);
});
