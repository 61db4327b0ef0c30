// Where a reader's drag spends its time: the drag bench.mjs measures (trusted pointer moves back
// and forth across the range, CPU throttled 4x), traced, and the renderer's main-thread time
// summed by what it was doing: running script (the page's handlers and the WebAssembly), style,
// layout, paint and compositing, the accessibility tree, garbage collection. Not a test, not the
// benchmark: a tool for finding what to cut.
//
//   node bench/profile.mjs [address] [floor]     e.g.  node bench/profile.mjs cost.html?embed=1
//
// The address is under dist/ (default: the whole page); `floor` traces the floor page at the same
// address instead (the built page with bench/floor.js in place of the WebAssembly). TOP=n sets
// how many trace events are listed by their own time.
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { DIST, dragAcross, floorDir, median } from './common.mjs';

const address = process.argv[2] || '';
const floor = process.argv[3] === 'floor';
const MOVES = Number(process.env.BENCH_MOVES || 120);
const TOP = Number(process.env.TOP || 15);
// EXTRA_CSS: a style rule to try on the page before the drag (the page's CSP is bypassed for it).
const EXTRA_CSS = process.env.EXTRA_CSS || '';

const server = await serve({ mounts: { '/x/': floor ? floorDir() : DIST } });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: !!EXTRA_CSS });
const page = await context.newPage();
await page.goto(`${server.url}/x/${address}`);
if (EXTRA_CSS) await page.addStyleTag({ content: EXTRA_CSS });
await page.waitForFunction(
  () => !document.querySelector('script[data-wasm]') || document.documentElement.classList.contains('app-ready'),
);
await page.locator('#tokens-range').scrollIntoViewIfNeeded();
await page.waitForTimeout(2000);
const box = await page.locator('#tokens-range').boundingBox();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink',
      'accessibility',
      'v8.execute',
      'cc',
      'input',
    ],
  },
});
const total = await dragAcross(page, box, MOVES);
await cdp.send('Tracing.end');
await finished;

// The renderer's main thread: the thread that ran the page's script.
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const onMain = events.filter(
  (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number',
);
// Self time of each complete event: its duration less its direct children's.
onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const stack = [];
const self = new Map();
for (const e of onMain) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  self.set(e, e.dur);
  if (parent) self.set(parent, self.get(parent) - e.dur);
  stack.push(e);
}
const GROUPS = [
  ['accessibility', /(Accessibility|AXObject|\bAX)/],
  ['style', /(UpdateLayoutTree|RecalculateStyles|recalcStyle|StyleRecalc|ParseAuthorStyleSheet|StyleEngine)/],
  ['layout (and text shaping)', /(Layout|layout|ShapeText|SetTextWithOffset|InlineNode|LayoutShift)/],
  ['paint and compositing', /(Paint|Composit|Commit|Layerize|UpdateLayer|Raster|ScrollLayer)/],
  [
    'script (handlers, WebAssembly, GC)',
    /^(FunctionCall|EventDispatch|v8|V8|TimerFire|FireAnimationFrame|RunMicrotasks|EvaluateScript|MajorGC|MinorGC|GCEvent|BlinkGC|wasm|RunTask)/,
  ],
  ['input', /(HandleInputEvent|handleMouseMoveEvent|InputLatency|LatencyInfo)/],
];
const byGroup = new Map(GROUPS.map(([g]) => [g, 0]));
byGroup.set('other', 0);
const byName = new Map();
for (const [e, t] of self) {
  const g = GROUPS.find(([, re]) => re.test(e.name))?.[0] || 'other';
  byGroup.set(g, byGroup.get(g) + t);
  byName.set(e.name, (byName.get(e.name) || 0) + t);
}
const ms = (us) => (us / 1000).toFixed(0).padStart(7);
console.log(
  `\n${floor ? 'floor' : 'explainer'} /${address}: a ${MOVES}-move drag took ${(total / 1000).toFixed(2)} s (CPU throttled 4x, traced)`,
);
console.log('main-thread time by kind, ms (self time):');
for (const [g, t] of [...byGroup].sort((a, b) => b[1] - a[1])) console.log(`  ${ms(t)}  ${g}`);
console.log(`\nthe ${TOP} trace events with the most self time, ms:`);
for (const [n, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${ms(t)}  ${n}`);
// Layouts: how many, and how many were forced by script (a layout inside a script's call).
const layouts = onMain.filter((e) => e.name === 'LocalFrameView::performLayout' || e.name === 'Layout');
const inScript = (e) =>
  onMain.some((p) => p !== e && p.name === 'FunctionCall' && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur);
const forced = layouts.filter(inScript);
console.log(
  `\nlayouts: ${layouts.length} (${(layouts.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(0)} ms), of which forced by script: ${forced.length} (${(forced.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(0)} ms)`,
);
// Frames: each main-thread frame of the drag (the input handled at its start, then style,
// layout, paint and the commit), and how many outgrew the 16.7 ms a 60 Hz screen gives, so that
// the next move waited a further frame.
const frames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
const within = (name) => (f) =>
  onMain.filter((e) => e.name === name && e.ts >= f.ts && e.ts + e.dur <= f.ts + f.dur).reduce((a, e) => a + e.dur, 0);
const perFrame = (f) => (median(frames.map(f)) / 1000).toFixed(1);
console.log(
  `\nframes: ${frames.length}, of which over 16.7 ms: ${frames.filter((f) => f.dur > 16700).length}; the median frame, ms: ` +
    `${perFrame((f) => f.dur)} in all, script ${perFrame(within('FunctionCall'))}, ` +
    `layout ${perFrame(within('Layout'))}, paint ${perFrame(within('LocalFrameView::RunPaintLifecyclePhase'))}`,
);
await browser.close();
await server.close();
