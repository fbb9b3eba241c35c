// Amounts as people write them are read as the engine reads them (issue 13, item 9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bedragNaarEngine } from '../../www/antwoorden.js';

test('amounts are read as people write them', () => {
  const gevallen = {
    '800,-': '800', '800.-': '800', '€ 1.300': '1300', '€1.300,61': '1300.61', '1.300,61': '1300.61',
    '1,300.61': '1300.61', '1 300,61': '1300.61', 'EUR 12,50': '12.50', '12.50': '12.50', '1250': '1250',
    '1.000.000': '1000000', '-1.000,00': '-1000.00', '1.300 €': '1300', 'euro 1.300': '1300', '-€ 1.000': '-1000',
    '1.300,61 EUR': '1300.61', '1300€': '1300', '1.300,00 euro': '1300.00',
  };
  for (const [getypt, verwacht] of Object.entries(gevallen)) assert.equal(bedragNaarEngine(getypt), verwacht, getypt);
});

test('what is no amount, or a tiny one, is left for the engine to name', () => {
  // "0,001" must not become 1 euro; the engine says it has too many decimals.
  assert.equal(bedragNaarEngine('0,001'), '0.001');
  assert.equal(bedragNaarEngine(' twaalf '), 'twaalf');
  assert.equal(bedragNaarEngine('12.34.56'), '12.34.56');
  assert.equal(bedragNaarEngine('01.000'), '01.000');
});
