// The engine for the widget: the WebAssembly module is fetched and compiled once per page, the
// first time an element needs it, and each policy file once per address. Every call answers
// with the engine's envelope ({ type: 'success' | 'failure' }); nothing here throws at the
// element except a failing network or a browser without WebAssembly.

let kern = null;
const policies = new Map();

/** Loads the engine once; later calls get the same promise. */
export function laadKern() {
  if (typeof WebAssembly !== 'object') return Promise.reject(new Error('geen WebAssembly'));
  kern ??= import('./pkg/bur.js').then(async (module) => {
    await module.default({ module_or_path: new URL('./pkg/bur_bg.wasm', import.meta.url) });
    return module;
  });
  kern.catch(() => { kern = null; }); // a failed load may be retried by the next element
  return kern;
}

/** The default address of a gemeente's policy file: beside this module, in policies/. */
export function standaardPolicySrc(gemeente) {
  return new URL(`./policies/${encodeURIComponent(gemeente)}.json`, import.meta.url).href;
}

/**
 * Loads a policy file into the engine once per address.
 * Resolves to the engine's envelope: { type: 'success', gemeente, regelingen } or { type: 'failure', errors }.
 */
export function laadPolicy(src) {
  if (!policies.has(src)) {
    const belofte = Promise.all([laadKern(), fetch(src, { credentials: 'same-origin' })]).then(async ([k, antwoord]) => {
      if (!antwoord.ok) throw new Error(`${src}: ${antwoord.status}`);
      const bestand = new URL(src, location.href).pathname.split('/').pop();
      return k.loadPolicy(bestand, await antwoord.text());
    });
    belofte.then((e) => { if (e.type !== 'success') policies.delete(src); }, () => policies.delete(src));
    policies.set(src, belofte);
  }
  return policies.get(src);
}

// The answers live in the module between evaluations (`Huishouden`): after a change only the
// answers that differ from the last ones cross into it, one top-level field at a time, instead
// of the whole household as JSON text. One per loaded policy.
const huishoudens = new WeakMap();

function huishouden(kern, policy, antwoorden) {
  let h = huishoudens.get(policy);
  if (!h) {
    h = { kern: new kern.Huishouden(), velden: new Map() };
    huishoudens.set(policy, h);
  }
  const nu = new Map(Object.entries(antwoorden ?? {}).map(([veld, w]) => [veld, JSON.stringify(w)]));
  for (const [veld, tekst] of nu) if (h.velden.get(veld) !== tekst) h.kern.zet(veld, antwoorden[veld]);
  for (const veld of h.velden.keys()) if (!nu.has(veld)) h.kern.zet(veld, undefined);
  h.velden = nu;
  return h.kern;
}

/** The code of the failure a trapped instance gives: the element loads the engine again. */
export const KERN_GESTOPT = 'kern_gestopt';

/**
 * A call into the module. A trap (a panic in the engine: the policy checks and bounded answers
 * are there so that none happens) leaves that instance unusable, its state half-changed; so it
 * is dropped with every policy loaded into it, and the next load starts a fresh one instead of
 * failing until the page is reloaded.
 */
export function veilig(roep) {
  try {
    return roep();
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    kern = null;
    policies.clear();
    return { type: 'failure', errors: [{ code: KERN_GESTOPT, veld: null, bericht: ['rekenhulp-kan-niet-laden'] }] };
  }
}

const STATUS_REDEN = { v: 'voldaan', n: 'niet_voldaan', o: 'onbekend', b: 'beoordeling' };

/** The questions of a bit set (the engine's compact form) in asking order. */
function vragenUit(bits, policy) {
  const uit = [];
  for (let i = 0; i < policy.vragen.length; i += 1) if (Math.floor(bits / 2 ** i) % 2 === 1) uit.push(policy.vragen[i]);
  return uit;
}

/**
 * Evaluates and joins the compact report with what `loadPolicy` handed over once: each
 * regeling's naam, omschrijving, vervolgstap and bron, the question lists, the sources of the
 * reasons. The sentences stay data (messages) until a screen shows them (uitleg.js).
 */
export function evalueer(kern, policy, gemeente, antwoorden, peildatum, regelingen) {
  const r = veilig(() => huishouden(kern, policy, antwoorden).evaluate(gemeente, peildatum, regelingen));
  if (r.type !== 'success') return r;
  const rapport = r.report;
  const perId = new Map(policy.regelingen.map((x) => [x.id, x]));
  const beantwoord = new Set(vragenUit(rapport.beantwoord, policy));
  // A message list is a list of numbers into the report's `berichten`, each message said once.
  const zinnen = (lijst) => (lijst ?? []).map((i) => rapport.berichten[i]);
  const reden = ([b, u, z, o]) => ({ uitslag: STATUS_REDEN[u], zinnen: zinnen(z), bron: policy.bronnen[b] ?? b, onderdelen: (o ?? []).map(reden) });
  const stap = (richting, s) => s && { ...s, richting };
  return {
    type: 'success',
    report: {
      ...rapport,
      gemeente: policy.gemeente,
      waarschuwingen: zinnen(rapport.waarschuwingen),
      // Left out of the report where it is the norm itself.
      bijstandsnorm_zonder_kostendelersnorm: rapport.bijstandsnorm_zonder_kostendelersnorm ?? rapport.bijstandsnorm,
      niet_geldig: rapport.niet_geldig ?? [],
      vragen: vragenUit(rapport.vragen, policy).map((v) => ({ ...v, beantwoord: beantwoord.has(v) })),
      maatwerk: (rapport.maatwerk ?? []).map((m) => ({ id: m.id, tekst: policy.teksten[m.tekst] ?? m.tekst, bron: policy.bronnen[m.bron] ?? m.bron, redenen: m.redenen.map(reden) })),
      regelingen: rapport.regelingen.map((u) => {
        const vast = perId.get(u.id) ?? {};
        return {
          ...u,
          naam: vast.naam, omschrijving: vast.omschrijving, vervolgstap: vast.vervolgstap, bron: vast.bron,
          aanvraag_url: vast.aanvraag_url ?? null, ook_in_geld: vast.ook_in_geld ?? null,
          redenen: u.redenen.map(reden),
          bedrag: u.bedrag ? { ...u.bedrag, uitleg: zinnen(u.bedrag.uitleg), bron: policy.bronnen[u.bedrag.bron] ?? u.bedrag.bron } : null,
          draagkracht: u.draagkracht ? { ...u.draagkracht, uitleg: zinnen(u.draagkracht.uitleg), bron: policy.bronnen[u.draagkracht.bron] ?? u.draagkracht.bron } : null,
          ontbrekende_vragen: vragenUit(u.ontbreekt ?? 0, policy).map((v) => v.id),
          marge: u.marge ? { meer: stap('meer', u.marge.meer), minder: stap('minder', u.marge.minder) } : null,
        };
      }),
    },
  };
}

/**
 * The income sweep (the engine's `inkomensreeks`) for the same kept answers: `stappen` steps from
 * nothing to twice the norm. Resolves to { type: 'success', reeks } or the failure envelope.
 */
export function inkomensreeks(kern, policy, gemeente, antwoorden, peildatum, regelingen, stappen = 200) {
  return veilig(() => huishouden(kern, policy, antwoorden).inkomensreeks(gemeente, peildatum, regelingen, stappen));
}
