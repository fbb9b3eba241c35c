// The timing page: evaluates the household of the shared scenario "alleenstaande ouder op de
// grens" many times per gemeente, the way the widget calls the engine (a plain object in, the
// whole report out), and reports microseconds per evaluation. Read by scripts/timing.mjs.
import { laadKern, laadPolicy, standaardPolicySrc } from './rekenkern.js';

const HUISHOUDEN = {
  aanvrager: { leeftijd: 38, inkomen: '1300.61', inkomensbron: 'bijstand', student: false, gedetineerd: false, geldige_verblijfstitel: true },
  heeft_partner: false,
  kinderen: [{ leeftijd: 6 }, { leeftijd: 11 }],
  medebewoners: [],
  vermogen: '800.00',
  eigen_woning: false,
  maanden_laag_inkomen: 48,
  inkomenstoeslag_laatste_12_maanden: false,
  schulden: false,
  kosten: [{ soort: 'witgoed', item: 'wasmachine', vervanging: true, jaren_sinds_vorige_vergoeding: null, bedrag: '450.00' }],
};
const RONDES = 2000;

async function meet() {
  const kern = await laadKern();
  const uitslag = {};
  for (const gemeente of ['bunschoten', 'montferland', 'roosendaal']) {
    const p = await laadPolicy(standaardPolicySrc(gemeente));
    if (p.type !== 'success') throw new Error(`${gemeente}: ${JSON.stringify(p.errors)}`);
    // As the widget calls it: the reasons in the shown language only.
    for (let i = 0; i < 200; i += 1) kern.evaluate(gemeente, HUISHOUDEN, '2025-09-15', undefined); // warm-up
    const start = performance.now();
    for (let i = 0; i < RONDES; i += 1) {
      const r = kern.evaluate(gemeente, HUISHOUDEN, '2025-09-15', undefined);
      if (r.type !== 'success') throw new Error(JSON.stringify(r.errors));
    }
    uitslag[gemeente] = Math.round(((performance.now() - start) * 1000) / RONDES * 10) / 10;
  }
  return uitslag;
}

meet().then(
  (u) => {
    const el = document.getElementById('uitslag');
    el.dataset.klaar = JSON.stringify(u);
    el.textContent = Object.entries(u).map(([g, us]) => `${g}: ${us} µs per evaluatie`).join('\n');
  },
  (e) => { document.getElementById('uitslag').textContent = `Fout: ${e.message}`; },
);
