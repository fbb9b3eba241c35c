// The timing page: evaluates a typical household many times per gemeente, the ways the widget
// calls the engine, and reports microseconds per call (the median of 15 rounds) as
//   evaluate     a plain answers object in, the compact report out
//   wijziging    one answer changed on a kept household (Huishouden.zet), then evaluated
//   reeks        the income sweep of 200 steps
// Read by scripts/timing.mjs.
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
const RONDES = 15;

/** Microseconds per call of `f`, the median of RONDES rounds of `n` calls. */
function mediaan(n, f) {
  for (let i = 0; i < n; i += 1) f(i); // warm-up
  const tijden = [];
  for (let r = 0; r < RONDES; r += 1) {
    const start = performance.now();
    for (let i = 0; i < n; i += 1) f(i);
    tijden.push(((performance.now() - start) * 1000) / n);
  }
  tijden.sort((x, y) => x - y);
  return Math.round(tijden[Math.floor(RONDES / 2)] * 10) / 10;
}

function zeker(r) {
  if (r.type !== 'success') throw new Error(JSON.stringify(r.errors));
  return r;
}

async function meet() {
  const kern = await laadKern();
  const uitslag = {};
  for (const gemeente of ['bunschoten', 'montferland', 'roosendaal']) {
    const p = await laadPolicy(standaardPolicySrc(gemeente));
    if (p.type !== 'success') throw new Error(`${gemeente}: ${JSON.stringify(p.errors)}`);
    const huishouden = new kern.Huishouden();
    for (const [veld, waarde] of Object.entries(HUISHOUDEN)) zeker(huishouden.zet(veld, waarde));
    uitslag[gemeente] = {
      evaluate: mediaan(200, () => zeker(kern.evaluate(gemeente, HUISHOUDEN, '2025-09-15', undefined))),
      wijziging: mediaan(200, (i) => {
        zeker(huishouden.zet('aanvrager.inkomen', `${1200 + (i % 200)}.00`));
        return zeker(huishouden.evaluate(gemeente, '2025-09-15', undefined));
      }),
      reeks: mediaan(3, () => zeker(huishouden.inkomensreeks(gemeente, '2025-09-15', undefined, 200))),
    };
    huishouden.free();
  }
  return uitslag;
}

meet().then(
  (u) => {
    const el = document.getElementById('uitslag');
    el.dataset.klaar = JSON.stringify(u);
    el.textContent = Object.entries(u).map(([g, t]) => `${g}: evaluate ${t.evaluate} µs, na één antwoord ${t.wijziging} µs, inkomensreeks ${t.reeks} µs`).join('\n');
  },
  (e) => { document.getElementById('uitslag').textContent = `Fout: ${e.message}`; },
);
