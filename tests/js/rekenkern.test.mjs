// A trap in the WebAssembly instance (a panic in the engine) must not leave the page failing
// until a reload: rekenkern.js turns it into the failure envelope with KERN_GESTOPT, drops the
// instance and its policies, and the element loads a fresh one (issue 14, item 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evalueer, inkomensreeks, KERN_GESTOPT } from '../../www/rekenkern.js';

function kernDie(fout) {
  return {
    Huishouden: class {
      zet() {}
      evaluate() { throw fout; }
      inkomensreeks() { throw fout; }
    },
  };
}

test('a trap in evaluate or the sweep gives the failure envelope, not an exception', () => {
  const kern = kernDie(new WebAssembly.RuntimeError('unreachable'));
  for (const r of [evalueer(kern, {}, 'bunschoten', { leeftijd: 30 }, '2026-12-01'), inkomensreeks(kern, {}, 'bunschoten', {}, '2026-12-01')]) {
    assert.equal(r.type, 'failure');
    assert.equal(r.errors[0].code, KERN_GESTOPT);
    assert.ok(Array.isArray(r.errors[0].bericht), 'a catalog message the element can say');
  }
});

test('an error that is not a trap still reaches the caller', () => {
  const kern = kernDie(new TypeError('a bug in our JavaScript'));
  assert.throws(() => evalueer(kern, {}, 'bunschoten', {}, '2026-12-01'), TypeError);
});
