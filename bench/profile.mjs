// Where a slider step's time goes: a CPU profile of 3,000 steps (input event to DOM updated,
// back to back, as bench.mjs measures them), printed as the functions with the most self time
// and grouped (reactive graph, glue, string passing, DOM, ...). Not a test, not the benchmark.
//
//   node bench/profile.mjs [dist-folder] [query | vanilla]     e.g.  node bench/profile.mjs dist '?widget=cost'
//
// With a release build the WebAssembly's function names are stripped; for names, build a copy
// whose .wasm keeps them (wasm-bindgen --keep-debug, then wasm-opt -Oz -g) and drop the
// `integrity` attributes from that copy's index.html. TOP=n sets how many functions are listed;
// WARM=n and STEPS=n how many steps run before and during the profile (3,000 each).
import path from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
const dir = path.resolve(process.argv[2] || 'dist');
const q = process.argv[3] || '?widget=cost';
const server = await serve({ mounts: { '/x/': dir, '/bench/': path.dirname(new URL(import.meta.url).pathname) } });
const browser = await launch();
const page = await browser.newPage();
const url = q === 'vanilla' ? `${server.url}/bench/vanilla.html` : `${server.url}/x/${q}`;
await page.goto(url);
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const run = (n) => page.evaluate(async (n) => {
  const r = document.querySelector('#tokens-range');
  let done = null;
  const mo = new MutationObserver(() => { if (done) { const d = done; done = null; d(); } });
  mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) { const u = new Promise((res) => { done = res; }); r.value = String((i * 37 + 11) % 141 === Number(r.value) ? (i + 1) % 141 : (i * 37 + 11) % 141); r.dispatchEvent(new Event('input', { bubbles: true })); await u; }
  return (performance.now() - t0) / n;
}, n);
// WARM steps first (the default lets V8 optimise the WebAssembly; WARM=100 profiles the
// steps a reader's first drag runs, partly on the baseline compiler's code), then STEPS.
await run(Number(process.env.WARM || 3000));
await cdp.send('Profiler.start');
const ms = await run(Number(process.env.STEPS || 3000));
const { profile } = await cdp.send('Profiler.stop');
console.log('per step ms', ms.toFixed(4));
const self = new Map(); const total = profile.samples.length;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) || 0) + 1);
for (const [id, c] of counts) { const n = byId.get(id); const k = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; self.set(k, (self.get(k) || 0) + c); }
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 45))) console.log((100 * c / total).toFixed(1).padStart(5), k.slice(0, 140));
await browser.close(); await server.close();
const groups = {};
for (const [k, c] of self) {
  let g = 'other-js';
  if (k.includes('::') || k.startsWith('wasm-function') || k.startsWith('<')) g = k.startsWith('reactive_graph') || k.includes('reactive_graph') ? 'wasm:reactive' : k.includes('dlmalloc') ? 'wasm:malloc' : k.includes('indexmap') || k.includes('hashbrown') ? 'wasm:collections' : k.includes('tachys') ? 'wasm:tachys' : k.includes('futures') || k.includes('any_spawner') ? 'wasm:futures' : k.startsWith('explainer') || k.includes('explainer::') ? 'wasm:explainer' : k.includes('core') || k.includes('alloc') ? 'wasm:core/alloc' : 'wasm:other';
  else if (k.startsWith('__wbg') || k.startsWith('__wbindgen')) g = 'glue';
  else if (['decode', 'getStringFromWasm0', 'passStringToWasm0', 'decodeText', 'encodeInto', 'getUint8ArrayMemory0', 'getDataViewMemory0'].includes(k)) g = 'strings';
  else if (k.startsWith('(')) g = k;
  else if (k === 'wasm-to-js' || k === 'js-to-wasm' || k.startsWith('js-to-wasm')) g = 'boundary';
  groups[g] = (groups[g] || 0) + c;
}
console.log('groups (ms per step):'); for (const [g, c] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log('  ', (ms * c / total).toFixed(4), g);
