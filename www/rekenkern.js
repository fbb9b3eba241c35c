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
