// The bars every piece is held to: a strict CSP with zero violations, the page surviving a
// WebAssembly block and a panic, every control reachable by keyboard, axe-core clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { serveDist, SUBPATH, articleText, assertWholeArticle, AXE_PATH } from './helpers.mjs';
import fs from 'node:fs';

let server, blocked, browser;
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";
before(async () => {
  server = await serveDist();
  // The same dist/, served with a policy that forbids WebAssembly (no 'wasm-unsafe-eval').
  blocked = await serveDist({
    headers: (p) => (p.endsWith('/') || p.endsWith('.html') ? { 'content-security-policy': NO_WASM } : {}),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await blocked?.close();
});

async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

test('under the strict Content-Security-Policy nothing is blocked, loading or using every widget', async () => {
  const { context, page, log } = await watchedPage(browser, { allowedOrigins: [server.url] });
  await recordViolations(page);
  await page.goto(`${server.url}${SUBPATH}?tokens=2500000&extra=1&custom=5&custom_name=Mine`);
  await appReady(page);
  await page.locator('#tokens-range').focus();
  await page.keyboard.press('End');
  await page.locator('button.claim-button').first().click();
  await page.locator('#diagram svg:visible [data-node="smic"]').click();
  await page.getByRole('switch', { name: /Opinion lens/ }).check();
  await page.getByRole('button', { name: 'Embed the explainer' }).click();
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.foreign, []);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(meta, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await context.close();
});

test('with WebAssembly blocked, the whole article reads and a note says the widgets need it', async () => {
  const { context, page } = await watchedPage(browser);
  await page.goto(`${blocked.url}${SUBPATH}`);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 15000 });
  const note = page.locator('.app-note-failed');
  assert.ok(await note.isVisible());
  assert.match(await note.innerText(), /need WebAssembly/);
  const shown = await articleText(page);
  assertWholeArticle(shown);
  await context.close();
});

test('a panic in the WebAssembly leaves the article and says, politely, that the interactive parts failed', async () => {
  const { context, page } = await watchedPage(browser);
  // Break hydration on purpose: empty the cost widget's island, as a broken host script might,
  // before the island wakes (the module is held back until the page is parsed and broken).
  let release;
  const gate = new Promise((r) => {
    release = r;
  });
  await page.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('.cost-controls').replaceChildren();
    });
  });
  await page.goto(`${server.url}${SUBPATH}`, { waitUntil: 'domcontentloaded' });
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 15000 });
  assert.ok(await page.locator('.app-note-failed').isVisible());
  assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('app-ready'))));
  const shown = await articleText(page);
  assertWholeArticle(shown);
  await context.close();
});

test('a trap in an event handler after waking says, politely, that the interactive parts failed', async () => {
  const { context, page } = await watchedPage(browser);
  await page.goto(`${server.url}${SUBPATH}`);
  await appReady(page);
  // On the size-optimized build a panic aborts at once: a real trap (`unreachable`) raised while
  // the slider's input is handled, as a panic in its handler would be.
  await page.evaluate(() => {
    // (module (func (export "f") unreachable))
    const bytes = new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11,
    ]);
    const trap = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
    document.querySelector('#tokens-range').addEventListener('input', () => trap());
  });
  await page.locator('#tokens-range').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 5000 });
  assert.ok(await page.locator('.app-note-failed').isVisible());
  assert.match(await page.locator('.app-note-failed').innerText(), /could not start|interactive parts/);
  assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('app-ready'))));
  assertWholeArticle(await articleText(page));
  await context.close();
});

test('a keyboard alone reaches every control, in reading order', async () => {
  const { context, page } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}${SUBPATH}`);
  await appReady(page);
  // Every visible control a keyboard user must reach (the diagram is one tab stop).
  const expected = await page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';
    return [...document.querySelectorAll(sel)]
      .filter((el) => el.checkVisibility() && !el.disabled && el.tabIndex >= 0)
      .filter((el) => !(el.type === 'radio' && !el.checked))
      .map((el, i) => {
        el.dataset.walk = String(i);
        return i;
      });
  });
  const reached = new Set();
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < expected.length + 40; i++) {
    await page.keyboard.press('Tab');
    const walk = await page.evaluate(() => document.activeElement?.dataset?.walk ?? null);
    if (walk !== null) reached.add(Number(walk));
  }
  const missed = expected.filter((i) => !reached.has(i));
  const names = await page.evaluate(
    (ids) => ids.map((i) => document.querySelector(`[data-walk="${i}"]`).outerHTML.slice(0, 100)),
    missed,
  );
  assert.deepEqual(names, [], 'controls the keyboard never reached');
  assert.ok(expected.length > 60, `${expected.length} controls`);
  await context.close();
});

// axe-core's findings beyond serious and critical: none may appear without a reason here.
const ACCEPTED = {
  // (none so far)
};

test('axe-core: no violations of any impact, whole page and each widget alone, light and dark', async () => {
  const AXE = fs.readFileSync(AXE_PATH, 'utf8');
  for (const colorScheme of ['light', 'dark']) {
    for (const q of ['', '?widget=cost', '?widget=diagram', '?widget=sources']) {
      const { context, page } = await watchedPage(browser, { colorScheme });
      await page.goto(`${server.url}${SUBPATH}${q}`);
      await appReady(page);
      await page.evaluate(AXE);
      const v = await page.evaluate(async () =>
        (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((x) => ({
          id: x.id,
          impact: x.impact,
          nodes: x.nodes.map((n) => n.target.join(' ')).slice(0, 3),
        })),
      );
      const unexplained = v.filter((x) => !ACCEPTED[x.id]);
      assert.deepEqual(unexplained, [], `${colorScheme} ${q || 'whole page'}: ${JSON.stringify(unexplained, null, 1)}`);
      await context.close();
    }
  }
});

test('the app starts every time: 24 loads across the modes, none fails to hydrate', async () => {
  // Hydration must wait for the whole page to be parsed; a loader that starts the app early
  // fails now and then, when the WebAssembly arrives before the end of the HTML.
  let failed = 0;
  for (let k = 0; k < 6; k++) {
    for (const q of ['', '?widget=cost', '?widget=diagram', '?widget=sources']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${SUBPATH}${q}`);
      await page.waitForFunction(() => /app-(ready|failed)/.test(document.documentElement.className), null, {
        timeout: 20000,
      });
      if (await page.evaluate(() => document.documentElement.classList.contains('app-failed'))) failed++;
      await context.close();
    }
  }
  assert.equal(failed, 0);
});
