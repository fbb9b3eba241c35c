// The request schema (docs/keukentafel-request.schema.json) judges the example requests in
// tests/data/keukentafel/ the same way as the receiver's hand-written check
// (ontvanger/tests/ontvanger.rs): every `goed` file is valid, every `fout` file is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('docs/keukentafel-request.schema.json', 'utf8'));
const valideer = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(schema);
const map = 'tests/data/keukentafel';

for (const soort of ['goed', 'fout']) {
  for (const naam of readdirSync(`${map}/${soort}`)) {
    test(`schema: ${soort}/${naam}`, () => {
      const geldig = valideer(JSON.parse(readFileSync(`${map}/${soort}/${naam}`, 'utf8')));
      assert.equal(geldig, soort === 'goed', JSON.stringify(valideer.errors));
    });
  }
}
