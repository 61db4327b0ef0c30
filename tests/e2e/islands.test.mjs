// Islands, end to end: the page is HTML and only the interactive parts wake. Two islands share
// the cost state; a group far down the page wakes when it comes near the screen or is first
// used, and not before; what a reader does before the module arrives is kept; each single-widget
// embed loads its own page, sheet and module, and nothing of the whole explainer's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, watchedPage, appReady } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST, SUBPATH, useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const awake = (page, sel) =>
  page
    .locator(sel)
    .first()
    .evaluate((el) => el.hasAttribute('data-awake'));

/** Opens the page with IntersectionObserver reporting nothing: groups then wake only on use. */
async function openWithoutScrollWake() {
  const w = await watchedPage(env.browser, { allowedOrigins: [env.server.url], ...DESKTOP });
  await w.page.addInitScript(() => {
    window.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });
  await w.page.goto(env.url());
  await appReady(w.page);
  return w;
}

test('the live number in the article and the cost widget are two islands sharing one state', async () => {
  const { context, page, log } = await env.open('', DESKTOP);
  const live = page.locator('#live-sentence .tangle');
  const widget = page.locator('#cost');
  // Two separate islands, neither inside the other.
  assert.equal(
    await live.evaluate((el) => el.closest('leptos-island').contains(document.querySelector('#cost'))),
    false,
  );
  assert.equal(await widget.evaluate((el) => !!el.closest('leptos-island')), false, 'the widget frame is HTML');
  // Moving the live number moves the widget...
  await live.focus();
  await page.keyboard.press('PageUp');
  assert.equal(await live.getAttribute('aria-valuetext'), '32 million tokens a month');
  assert.equal(await page.locator('#tokens-range').getAttribute('aria-valuetext'), '32 million tokens a month');
  assert.equal(await page.locator('#cost [data-row="deepseek-v4-pro"] .cost-amount').innerText(), '$111.36');
  // ...and moving the widget moves the live number.
  await page
    .locator('#cost')
    .getByRole('button', { name: /article's unit/ })
    .click();
  assert.equal(await live.innerText(), '1 million');
  assert.equal(await page.locator('.live-cost[data-row="openai"]').innerText(), '$30.00');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a group far down the page wakes when it comes near the screen, not before', async () => {
  const { context, page, log } = await env.open('', DESKTOP);
  assert.equal(await awake(page, '.article-section'), true, 'the first section is awake');
  assert.equal(await awake(page, '#sources'), false, 'the sources index waits');
  assert.equal(await awake(page, '#diagram'), false, 'so does the diagram');
  await page.locator('#sources').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#sources').hasAttribute('data-awake'));
  // Awake, it works: a filter and an entry.
  await page.locator('label[for="filter-price-list"]').click();
  assert.equal(await page.locator('.sources-count').innerText(), '3 claims');
  const toggle = page.locator('#claim-price-openai .entry-toggle');
  await toggle.click();
  assert.ok(await page.locator('#claim-price-openai details').evaluate((d) => d.open));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a group asleep wakes on first focus, before the key that follows', async () => {
  const { context, page } = await openWithoutScrollWake();
  assert.equal(await awake(page, '#sources'), false);
  const y = await page.evaluate(() => scrollY);
  // Focus without scrolling (as a screen reader's virtual cursor may), then press Enter.
  await page.locator('#claim-smic-shares .entry-toggle').evaluate((el) => el.focus({ preventScroll: true }));
  // Its islands are lazy on the whole page: awake once their piece of the module has arrived.
  await page.waitForFunction(() => document.querySelector('#sources').hasAttribute('data-awake'));
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('#claim-smic-shares details').evaluate((d) => d.open));
  assert.ok(await page.locator('#claim-smic-shares-body').isVisible());
  assert.equal(await page.evaluate(() => scrollY), y, 'waking moved nothing');
  await context.close();
});

test('a group asleep wakes on the first press inside it, and the click lands', async () => {
  const { context, page } = await openWithoutScrollWake();
  const node = page.locator('.diagram-wide [data-node="ascend-950"]');
  await node.scrollIntoViewIfNeeded();
  assert.equal(await awake(page, '#diagram'), false, 'in view, but nothing has woken it yet');
  await node.click();
  // The press wakes the group; on the whole page its islands' pieces arrive first, and the
  // click is given to the island once it is awake.
  await page.waitForFunction(() => document.querySelector('#diagram').hasAttribute('data-awake'));
  await page.waitForFunction(
    () => document.querySelector('.diagram-wide [data-node="ascend-950"]').getAttribute('aria-pressed') === 'true',
  );
  assert.equal(await node.getAttribute('data-state'), 'selected');
  await context.close();
});

test('what a reader did before the module arrived is kept when the island wakes', async () => {
  const { context, page, log } = await watchedPage(env.browser, { allowedOrigins: [env.server.url], ...DESKTOP });
  let release;
  const gate = new Promise((r) => {
    release = r;
  });
  await page.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(env.url(), { waitUntil: 'domcontentloaded' });
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-ready')), false);
  // The reader types an amount and picks a year while the page is still only HTML.
  await page.locator('#tokens-field').fill('2.5 million');
  await page.locator('label[for="period-year"]').click();
  release();
  await appReady(page);
  await page.waitForFunction(
    () => document.querySelector('#cost [data-row="deepseek-v4-pro"] .cost-amount').textContent === '$104.40',
  );
  assert.equal(await page.locator('#tokens-range').getAttribute('aria-valuetext'), '2.5 million tokens a month');
  assert.ok(await page.locator('#period-year').isChecked());
  assert.equal(await page.locator('#cost [data-row="openai"] .cost-per').innerText(), 'a year');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the first screen is ready while the rest of the page is still on its way', async () => {
  // The page arrives in two parts, as over a slow connection: up to the second section's
  // heading, then, once released, the rest. Every other file comes at once.
  const html = fs.readFileSync(path.join(DIST, 'index.html'));
  const heading = html.indexOf('</h2>', html.indexOf('aria-labelledby="the-chip-story"'));
  assert.ok(heading > 0, 'the second section has a heading');
  const cut = heading + '</h2>'.length;
  let release;
  const rest = new Promise((r) => {
    release = r;
  });
  const server = await serve({ mounts: { '/': DIST }, hold: { '/': { at: cut, until: rest } } });
  const origin = server.url;
  const { context, page, log } = await watchedPage(env.browser, { allowedOrigins: [origin], ...DESKTOP });
  try {
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    // The first section is whole, and what follows it is below the first screen and a half:
    // nothing still to come is on or near the first screen, so the page is ready now.
    await appReady(page);
    assert.equal(await page.evaluate(() => document.readyState), 'loading', 'the rest has not arrived');
    assert.equal(await awake(page, '#cost'), true);
    const range = page.getByRole('slider', { name: 'Output tokens a month', exact: true });
    await range.focus();
    await page.keyboard.press('End');
    assert.equal(await range.getAttribute('aria-valuetext'), '10 billion tokens a month');
    assert.equal(await page.locator('#live-sentence .tangle').innerText(), '10 billion');
    // The rest arrives; its groups wake as they near the screen.
    release();
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.locator('#diagram').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#diagram').hasAttribute('data-awake'));
    assert.deepEqual(log.pageErrors, []);
  } finally {
    release();
    await context.close();
    await server.close();
  }
});

/** Opens the whole page with scroll waking off and every piece of the split module held back
 * until `release()`; `requested` lists the pieces asked for. */
async function openWithPiecesHeld({ fail = false } = {}) {
  const w = await openWithoutScrollWake();
  const requested = [];
  let release;
  const gate = new Promise((r) => {
    release = r;
  });
  await w.page.route(/\/(split|chunk)_[^/]*\.wasm$/, async (route) => {
    requested.push(new URL(route.request().url()).pathname.split('/').pop());
    await gate;
    if (fail) await route.fulfill({ status: 404, body: 'gone' });
    else await route.continue();
  });
  return { ...w, requested, release };
}

test("the whole page's first load leaves out the islands no first screen needs", async () => {
  const { context, page, log } = await watchedPage(env.browser, { allowedOrigins: [env.server.url], ...DESKTOP });
  const wasm = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop());
  });
  await page.goto(env.url());
  await appReady(page);
  await page.waitForTimeout(300);
  assert.equal(wasm.length, 1, `only the module: ${wasm}`);
  assert.match(wasm[0], /^explainer-[0-9a-f]{16}_bg\.wasm$/);
  // The diagram's islands arrive as it nears the screen, and work.
  await page.locator('#diagram').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#diagram').hasAttribute('data-awake'));
  assert.ok(
    wasm.some((f) => f.startsWith('split_diagram_figure_loader_')),
    `the diagram's piece: ${wasm}`,
  );
  const node = page.locator('.diagram-wide [data-node="smic"]');
  await node.click();
  assert.equal(await node.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("a press while a lazy island's piece loads lands once it arrives", async () => {
  const { context, page, requested, release } = await openWithPiecesHeld();
  assert.deepEqual(requested, [], 'nothing asked for before the reader reaches it');
  const node = page.locator('.diagram-wide [data-node="ascend-950"]');
  await node.scrollIntoViewIfNeeded();
  await node.click(); // wakes the group; its pieces are held back
  await page.waitForTimeout(200);
  assert.ok(requested.length > 0, 'the press asked for the pieces');
  assert.equal(await awake(page, '#diagram'), false, 'not awake while its pieces load');
  assert.notEqual(await node.getAttribute('aria-pressed'), 'true');
  release();
  await page.waitForFunction(() => document.querySelector('#diagram').hasAttribute('data-awake'));
  await page.waitForFunction(
    () => document.querySelector('.diagram-wide [data-node="ascend-950"]').getAttribute('aria-pressed') === 'true',
  );
  assert.equal(await node.getAttribute('data-state'), 'selected');
  await context.close();
});

test('a piece of the module that cannot be had says the interactive parts failed; the article stays', async () => {
  const { context, page, release } = await openWithPiecesHeld({ fail: true });
  await page.locator('#sources').scrollIntoViewIfNeeded();
  await page.locator('label[for="filter-price-list"]').click();
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
  assert.ok(await page.locator('.app-note-failed').isVisible());
  assert.ok(await page.locator('.article-section').first().isVisible());
  await context.close();
});

test('a host that serves the module with another type than application/wasm still gets a working page', async () => {
  const { context, page, log } = await watchedPage(env.browser, { allowedOrigins: [env.server.url], ...DESKTOP });
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(env.url());
  await appReady(page);
  await page
    .getByRole('slider', { name: /tokens/ })
    .first()
    .focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#tokens-range').getAttribute('aria-valuetext'), '11 million tokens a month');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a module altered on the way does not run: the page says the interactive parts failed; the article stays', async () => {
  const { context, page } = await watchedPage(env.browser, { allowedOrigins: [env.server.url], ...DESKTOP });
  await page.route(/explainer-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    // A custom section appended: still a valid module, but not the one the page names.
    const altered = Buffer.concat([body, Buffer.from([0, 4, 1, 0x78, 0, 0])]);
    await route.fulfill({ response, body: altered });
  });
  await page.goto(env.url());
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
  assert.ok(await page.locator('.app-note-failed').isVisible());
  assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('app-ready'))));
  assert.ok(await page.locator('.article-section').first().isVisible());
  await context.close();
});

test('each single-widget embed loads its own page, sheet and module, and nothing of the whole explainer', async () => {
  const sizes = {};
  for (const widget of ['', 'cost', 'diagram', 'sources']) {
    const context = await env.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const loaded = [];
    page.on('response', async (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith(SUBPATH))
        loaded.push({
          file: u.pathname.slice(SUBPATH.length) || 'index.html',
          bytes: (await r.body().catch(() => Buffer.alloc(0))).length,
        });
    });
    await page.route(`${env.server.url}/host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><div data-explainer-widget="${widget}"></div><script src="${SUBPATH}embed.js"></script>`,
      }),
    );
    await page.goto(`${env.server.url}/host.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await page.waitForTimeout(300);
    const files = loaded.map((l) => l.file).filter((f) => f !== 'embed.js');
    const page1 = widget ? `${widget}.html` : 'index.html';
    assert.ok(files.includes(page1), `${widget || 'whole'}: ${files}`);
    // One module; the whole page's lazy islands come as pieces of it (split_*, chunk_*), as
    // they near the host's screen; a widget's module is whole.
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    const pieces = wasm.filter((f) => /^(split|chunk)_/.test(f));
    const modules = wasm.filter((f) => !pieces.includes(f));
    assert.equal(modules.length, 1, `${widget || 'whole'} loads one module: ${wasm}`);
    assert.ok(modules[0].startsWith(widget ? `${widget}_bg-` : 'explainer-'), `${widget || 'whole'}: ${modules[0]}`);
    if (widget) assert.deepEqual(pieces, [], `${widget}'s module is whole`);
    const sheets = files.filter((f) => f.endsWith('.css'));
    assert.equal(sheets.length, 1);
    if (widget) {
      assert.ok(sheets[0].startsWith(`explainer-${widget}-`), sheets[0]);
      assert.ok(!files.includes('index.html'), `${widget} loads no whole page`);
    }
    sizes[widget || 'whole'] = loaded.filter((l) => l.file !== 'embed.js').reduce((a, l) => a + l.bytes, 0);
    await context.close();
  }
  for (const w of ['cost', 'diagram', 'sources'])
    assert.ok(sizes[w] < sizes.whole * 0.75, `${w}: ${sizes[w]} of ${sizes.whole}`);
});
