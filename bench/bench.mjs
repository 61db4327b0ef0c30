// The benchmark (not a test: it prints figures and never fails on them).
//
//   node bench/bench.mjs            after `trunk build --release` (scripts/build)
//
// Prints, for dist/, each figure beside the floor measured in the same run (the same built page
// with its WebAssembly taken out and a hand-written vanilla-JS slider, bench/floor.js, put in):
//   - bytes per use: each file, and what the whole explainer and each single-widget embed (at the
//     address embed.js gives its frame) load, brotli, against the budgets; and whether any
//     .wasm holds a sentence of the article;
//   - start-up: navigation to interactive (an input on the slider changes the page) against the
//     floor's first contentful paint, unthrottled and with the CPU throttled 4x;
//   - a reader's drag: trusted pointer moves back and forth across the range (Playwright's mouse,
//     rendering included) with the CPU throttled 4x, on the whole page and on the cost embed, the
//     total time against the floor's same drag and against a second floor, the article as plain
//     paragraphs with a 30-line vanilla slider (bench/plain.js), and the slowest Event Timing entry;
//   - layout shift while the page starts (CLS).
// BENCH_PARTS (bytes,start,drag: the parts to run), BENCH_RUNS (loads per figure, 9), BENCH_MOVES (pointer moves per drag, 120) and BENCH_ROUNDS
// (drags per page, 3) change how much is measured; medians are printed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { printAccounting } from './accounting.mjs';
import { DIST, ROOT, dragAcross, floorDir, median } from './common.mjs';
const RUNS = Number(process.env.BENCH_RUNS || 9);
const MOVES = Number(process.env.BENCH_MOVES || 120);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SETTLE = 2000; // ms after start-up before a drag, every page alike
// BENCH_PARTS: which parts to run, of bytes, start, drag (default: all).
const PARTS = new Set((process.env.BENCH_PARTS || 'bytes,start,drag').split(','));

const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const br = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// --- Bytes ---------------------------------------------------------------------------------
const files = Object.fromEntries(
  fs
    .readdirSync(DIST)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => {
      const buf = fs.readFileSync(path.join(DIST, f));
      return [f, { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, brotli: br(buf) }];
    }),
);

const server = await serve({ mounts: { '/news/explainer/': DIST, '/floor/': floorDir() } });
const browser = await launch();
const url = (p) => `${server.url}${p}`;

// What a use loads: every file its page requests, with the CPU unthrottled, at 1280 x 900.
async function loadedFiles(address, { framed = false, read = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = new Set();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/news/explainer/'))
      seen.add(u.pathname.slice('/news/explainer/'.length) || 'index.html');
  });
  if (framed) {
    // A host page with the one-snippet loader, as a newsroom would embed the widget.
    await page.route(url('/host.html'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><p>Host article</p><div data-explainer-widget="${address}"></div><script src="/news/explainer/embed.js"></script>`,
      }),
    );
    await page.goto(url('/host.html'));
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(() => document.documentElement.matches('.app-ready, .app-failed'));
  } else {
    await page.goto(url(address));
    await page.waitForFunction(() => document.documentElement.matches('.app-ready, .app-failed'));
  }
  await page.waitForTimeout(500);
  if (read) {
    // A reader who reads to the end: a screen at a time down to the bottom of the page.
    for (let i = 0; i < 200; i++) {
      const end = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 0.8);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(100);
      if (end) break;
    }
    await page.waitForTimeout(500);
  }
  await context.close();
  seen.delete('host.html');
  seen.delete('embed.js');
  return [...seen].sort();
}

if (PARTS.has('bytes')) {
  // The bars of the "Lighter" issue: a reader's first load, per use.
  const uses = [
    ['whole explainer (index.html)', await loadedFiles('/news/explainer/'), 120],
    ['cost embed (embed.js, "cost")', await loadedFiles('cost', { framed: true }), 92],
    ['diagram embed (embed.js, "diagram")', await loadedFiles('diagram', { framed: true }), 85],
    ['sources embed (embed.js, "sources")', await loadedFiles('sources', { framed: true }), 85],
  ];
  const wholeRead = await loadedFiles('/news/explainer/', { read: true });
  console.log('\nFiles in dist/, bytes in thousands');
  console.log('file'.padEnd(44), '    raw', '   gzip', ' brotli');
  for (const [f, s] of Object.entries(files)) console.log(f.padEnd(44), kb(s.raw), kb(s.gzip), kb(s.brotli));
  console.log('\nBytes per use (what each loads before the reader scrolls), brotli, thousands');
  for (const [name, loaded, budget] of uses) {
    const total = loaded.reduce((a, f) => a + (files[f]?.brotli ?? 0), 0);
    const wasm = loaded.filter((f) => f.endsWith('.wasm')).reduce((a, f) => a + files[f].brotli, 0);
    console.log(
      `  ${name.padEnd(40)} ${kb(total)}  (budget ${budget}; WebAssembly ${kb(wasm).trim()}) ${total <= budget * 1000 ? 'met' : 'OVER'}`,
    );
    console.log(`    ${loaded.join(', ')}`);
  }
  {
    const total = wholeRead.reduce((a, f) => a + (files[f]?.brotli ?? 0), 0);
    const more = wholeRead.filter((f) => !uses[0][1].includes(f));
    console.log(
      `  whole explainer, read to the end          ${kb(total)}  (${more.length ? `after the first load: ${more.join(', ')}` : 'nothing loads after the first load'})`,
    );
  }
  // The article's sentences in the WebAssembly: any sentence of 40 characters or more.
  const article = fs.readFileSync(path.join(ROOT, 'content', 'article.toml'), 'utf8');
  const sentences = [...article.matchAll(/^text = '''(.*)'''$/gm)]
    .flatMap((m) => m[1].split(/(?<=[.?!])\s+/))
    .filter((s) => s.length >= 40);
  for (const f of Object.keys(files).filter((f) => f.endsWith('.wasm'))) {
    const text = fs.readFileSync(path.join(DIST, f)).toString('latin1');
    const found = sentences.filter((s) => text.includes(Buffer.from(s).toString('latin1')));
    console.log(`  ${f}: ${found.length} of the article's ${sentences.length} sentences`);
  }
  printAccounting();
}

// --- Start-up ------------------------------------------------------------------------------
// One load of `address`: its first contentful paint, when it was interactive (null when it
// never was), and its layout shift. Filled into `out` ({ fcp: [], ready: [], cls: [] }).
async function startUp(address, throttle, out) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url(address), { waitUntil: 'load' });
  const t = await page.evaluate(async () => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    for (let k = 0; k < 400; k++) {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const ready = performance.getEntriesByName('app-ready')[0];
      const app = !!document.querySelector('script[data-wasm]');
      if (fcp && (ready || !app)) return { fcp: fcp.startTime, ready: ready ? ready.startTime : null };
      await wait(25);
    }
    return { fcp: null, ready: null };
  });
  if (t.ready !== null) {
    // Interactive means an input on the slider changes the page.
    const changed = await page.evaluate(async () => {
      const r = document.querySelector('#tokens-range');
      const before = document.querySelector('.slider-number').textContent;
      r.value = String((Number(r.value) + 7) % 141);
      r.dispatchEvent(new Event('input', { bubbles: true }));
      for (let k = 0; k < 5; k++) await new Promise((res) => setTimeout(res, 0));
      return document.querySelector('.slider-number').textContent !== before;
    });
    if (!changed) t.ready = null;
  }
  if (t.fcp !== null) out.fcp.push(t.fcp);
  if (t.ready !== null) out.ready.push(t.ready);
  out.cls.push(await page.evaluate(() => window.__cls));
  await context.close();
}

// --- A reader's drag -----------------------------------------------------------------------
async function drag(address, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url(address));
  await page.waitForFunction(
    () => !document.querySelector('script[data-wasm]') || document.documentElement.classList.contains('app-ready'),
  );
  await page.locator('#tokens-range').scrollIntoViewIfNeeded();
  await page.waitForTimeout(SETTLE);
  const box = await page.locator('#tokens-range').boundingBox();
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__events.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const total = await dragAcross(page, box, MOVES);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForTimeout(300);
  const events = await page.evaluate(() => window.__events);
  const shown = await page.locator('.slider-number').innerText();
  await context.close();
  return {
    total,
    slowest: Math.max(0, ...events.map((e) => e.duration)),
    over50: events.filter((e) => e.duration > 50).length,
    shown,
  };
}

for (const throttle of PARTS.has('start') ? [0, 4] : []) {
  const label = throttle ? '4x CPU throttling' : 'no throttling';
  // The pages are loaded in turn, a round at a time, so that the machine's slower moments fall
  // on every page alike; each figure is the median of its loads, with their range beside it.
  const pages = ['/floor/', '/floor/plain.html', '/news/explainer/', '/news/explainer/cost.html?embed=1'];
  const loads = pages.map(() => ({ fcp: [], ready: [], cls: [] }));
  for (let i = 0; i < RUNS; i++) for (const [k, p] of pages.entries()) await startUp(p, throttle, loads[k]);
  const range = (xs) => (xs.length ? `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}` : 'n/a');
  const [floor, plainStart, whole, cost] = loads.map((o) => ({
    fcp: median(o.fcp),
    ready: o.ready.length === RUNS ? median(o.ready) : null,
    cls: Math.max(...o.cls),
    spread: `loads ${range(o.ready.length ? o.ready : o.fcp)} ms`,
  }));
  console.log(`\nStart-up, ${label} (median of ${RUNS} loads each, in turn, 1280 x 900)`);
  console.log(
    `  JS floor, first contentful paint              ${floor.fcp.toFixed(0).padStart(6)} ms (${floor.spread})`,
  );
  console.log(
    `  plain article, first contentful paint         ${plainStart.fcp.toFixed(0).padStart(6)} ms (${plainStart.spread})`,
  );
  for (const [name, r] of [
    ['whole explainer', whole],
    ['cost embed', cost],
  ]) {
    const ratio = r.ready === null ? 'n/a' : (r.ready / floor.fcp).toFixed(2);
    console.log(
      `  ${name.padEnd(16)} first paint ${r.fcp.toFixed(0).padStart(5)} ms, interactive ${r.ready === null ? '  n/a' : r.ready.toFixed(0).padStart(5)} ms = ${ratio} x the floor's first paint (bar 1.25); CLS ${r.cls.toFixed(3)} (${r.spread})`,
    );
  }
}

if (PARTS.has('drag')) {
  console.log(
    `\nA reader's drag: ${MOVES} trusted pointer moves back and forth across the range, CPU throttled 4x (median of ${ROUNDS})`,
  );
  console.log(
    '  against two floors dragged in the same run: the JS floor (the same page, a vanilla slider in place of the',
  );
  console.log(
    '  WebAssembly: what WebAssembly and the framework cost) and the plain article (plain paragraphs, a 30-line',
  );
  console.log('  slider over three figures and bars: what the rich page costs)');
  const mid = (xs) => ({
    total: median(xs.map((x) => x.total)),
    slowest: Math.max(...xs.map((x) => x.slowest)),
    over50: Math.max(...xs.map((x) => x.over50)),
    shown: xs[0].shown,
  });
  const plainRuns = [];
  const pairs = [
    ['whole explainer', '/news/explainer/', '/floor/'],
    ['cost embed', '/news/explainer/cost.html?embed=1', '/floor/cost.html?embed=1'],
  ];
  const dragged = [];
  for (const [name, app, floorPage] of pairs) {
    const a = [];
    const f = [];
    for (let r = 0; r < ROUNDS; r++) {
      plainRuns.push(await drag('/floor/plain.html', 4));
      f.push(await drag(floorPage, 4));
      a.push(await drag(app, 4));
    }
    dragged.push([name, mid(a), mid(f)]);
  }
  const plain = mid(plainRuns);
  console.log(`  plain article    ${(plain.total / 1000).toFixed(2)} s, slowest event ${plain.slowest.toFixed(0)} ms`);
  for (const [name, ma, mf] of dragged) {
    console.log(
      `  ${name.padEnd(16)} ${(ma.total / 1000).toFixed(2)} s = ${(ma.total / mf.total).toFixed(2)} x the JS floor's ${(mf.total / 1000).toFixed(2)} s, ${(ma.total / plain.total).toFixed(2)} x the plain article's (bar 1.25)`,
    );
    console.log(
      `  ${''.padEnd(16)} slowest event ${ma.slowest.toFixed(0)} ms (JS floor ${mf.slowest.toFixed(0)} ms, plain ${plain.slowest.toFixed(0)} ms; bar 50), events over 50 ms: ${ma.over50} (JS floor ${mf.over50}, plain ${plain.over50}); ends at "${ma.shown}"`,
    );
  }
}
await browser.close();
await server.close();
