// The income chart's runs (www/grafiek.js): steps of one status become one run, and a regeling
// whose status never changes is not drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verlopen } from '../../www/grafiek.js';

const stap = (procent, ...u) => ({ procent: String(procent), inkomen: String(procent * 10), aanvrager: String(procent * 10), u: u.map((s) => [s]) });

test('steps of one status are one run, from its first to its last step', () => {
  const reeks = {
    norm: '1000',
    regelingen: ['kindpakket', 'schuldhulp', 'iit'],
    stappen: [stap(0, 'ja', 'ja', 'misschien'), stap(1, 'ja', 'ja', 'misschien'), stap(2, 'misschien', 'ja', 'nee'), stap(3, 'nee', 'ja', 'nee'), stap(4, 'ja', 'ja', 'nee')],
  };
  const uit = verlopen(reeks);
  assert.deepEqual(uit.map((r) => r.id), ['kindpakket', 'iit'], 'schuldhulp never changes');
  assert.deepEqual(uit[0].runs.map((r) => [r.status, r.van.procent, r.tot.procent]), [['ja', '0', '1'], ['misschien', '2', '2'], ['nee', '3', '3'], ['ja', '4', '4']]);
  assert.deepEqual(uit[1].runs.map((r) => [r.status, r.van.procent, r.tot.procent]), [['misschien', '0', '1'], ['nee', '2', '4']]);
});

test('a sweep that starts above nothing (a partner earns) keeps its first step', () => {
  const uit = verlopen({ norm: '1000', regelingen: ['iit'], stappen: [stap(40, 'ja'), stap(41, 'nee')] });
  assert.equal(uit[0].runs[0].van.procent, '40');
});
