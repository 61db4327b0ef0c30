// The foundation, end to end: the built dist/ served under a sub-path, read as a reader reads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import {
  SUBPATH,
  articleBlocks,
  articleText,
  assertWholeArticle,
  seriousViolations,
  norm,
  useExplainer,
} from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });

const url = () => env.url();

test('the whole article is on the page, word for word and in order, with no errors', async () => {
  const { context, page, log } = await watchedPage(env.browser, { allowedOrigins: [env.server.url] });
  await page.goto(url());
  await appReady(page);
  const blocks = articleBlocks();
  const shown = await articleText(page);
  assert.equal(shown.length, blocks.length);
  for (const [i, b] of blocks.entries()) assert.equal(norm(shown[i]), norm(b), `block ${i + 1}`);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal((await page.locator('article h2').count()) >= 4, true);
  // The article's one pull quote (the diagram's details quote the article too, in the widget).
  assert.equal(
    await page.evaluate(
      () => [...document.querySelectorAll('article blockquote')].filter((b) => !b.closest('.widget')).length,
    ),
    1,
  );
  assert.match(await page.title(), /DeepSeek V4/);
  for (const name of ['description', 'twitter:card', 'twitter:title']) {
    assert.ok(await page.locator(`meta[name="${name}"]`).getAttribute('content'), name);
  }
  for (const prop of ['og:title', 'og:description', 'og:type']) {
    assert.ok(await page.locator(`meta[property="${prop}"]`).getAttribute('content'), prop);
  }
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.failed, []);
  assert.deepEqual(log.foreign, [], "no request leaves the page's origin");
  await context.close();
});

test('every asset address is relative and every request stays under the sub-path', async () => {
  const { context, page } = await watchedPage(env.browser, { allowedOrigins: [env.server.url] });
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto(url());
  await appReady(page);
  assert.ok(seen.length >= 5);
  for (const p of seen) assert.ok(p.startsWith(SUBPATH), `${p} is outside ${SUBPATH}`);
  // Hashed names for everything but the page itself.
  for (const p of seen.filter((p) => p !== SUBPATH)) {
    assert.match(p, /-[0-9a-f]{12,}(_bg)?\.(js|css|wasm|svg)$/, `${p} has no content hash`);
  }
  await context.close();
});

test('at 360 px wide nothing scrolls sideways', async () => {
  for (const width of [320, 360]) {
    const { context, page } = await watchedPage(env.browser, { viewport: { width, height: 800 } });
    await page.goto(url());
    await appReady(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, `horizontal overflow at ${width} px`);
    await context.close();
  }
});

test('nothing moves when the app starts (no layout shift)', async () => {
  const { context, page } = await watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url());
  await appReady(page);
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => window.__cls);
  assert.ok(cls < 0.01, `cumulative layout shift ${cls}`);
  await context.close();
});

test('axe-core finds no serious or critical violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await watchedPage(env.browser, { colorScheme });
    await page.goto(url());
    await appReady(page);
    const v = await seriousViolations(page);
    assert.deepEqual(v, [], `${colorScheme}: ${JSON.stringify(v, null, 1)}`);
    await context.close();
  }
});

test('with JavaScript off the whole article is there, and a note says what needs it', async () => {
  const { context, page } = await watchedPage(env.browser, { javaScriptEnabled: false });
  await page.goto(url());
  const shown = await articleText(page);
  assertWholeArticle(shown);
  assert.ok(await page.locator('.app-note-nojs').isVisible());
  assert.ok(!(await page.locator('.app-note-failed').isVisible()));
  await context.close();
});

test('with the app running, neither fallback note shows', async () => {
  const { context, page } = await watchedPage(env.browser);
  await page.goto(url());
  await appReady(page);
  assert.ok(!(await page.locator('.app-note-nojs').isVisible()));
  assert.ok(!(await page.locator('.app-note-failed').isVisible()));
  await context.close();
});

test('the print style sheet keeps the article and drops the controls', async () => {
  const { context, page } = await watchedPage(env.browser);
  await page.goto(url());
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#release').isVisible());
  assert.ok(!(await page.locator('.colophon').isVisible()));
  await context.close();
});

test('the shipped files name no folder of the machine that built them', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const os = await import('node:os');
  const { fileURLToPath } = await import('node:url');
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
  const repo = fs.realpathSync(path.resolve(dist, '..'));
  const cargoHome = process.env.CARGO_HOME || path.join(os.homedir(), '.cargo');
  // Folders too short to tell apart from ordinary text (a home folder of "/") are not looked for.
  const folders = [repo, cargoHome, os.homedir(), 'registry/src'].filter((f) => f.length > 4);
  for (const f of fs.readdirSync(dist)) {
    const text = fs.readFileSync(path.join(dist, f)).toString('latin1');
    for (const folder of folders) {
      assert.ok(!text.includes(folder), `${f} names ${folder}`);
    }
  }
});

test('the release scripts and style sheets are minified, and the page still checks what it loads', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const crypto = await import('node:crypto');
  const { fileURLToPath } = await import('node:url');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dist = path.join(root, 'dist');
  const shipped = fs.readdirSync(dist);
  const size = (f) => fs.statSync(f).size;
  // boot.js and embed.js: well under their sources, with no comment line left.
  const boot = shipped.find((f) => /^boot-[0-9a-f]+\.js$/.test(f));
  assert.ok(boot, 'a hashed boot script ships');
  for (const [file, source] of [
    [boot, 'boot.js'],
    ['embed.js', 'embed.js'],
  ]) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    assert.ok(size(path.join(dist, file)) < 0.6 * size(path.join(root, source)), `${file} is minified`);
    assert.ok(!/^\s*\/\/ /m.test(text), `${file} keeps no line comment`);
  }
  // Every style sheet and every module's glue: no indented line (minified code is not laid out).
  for (const f of shipped.filter((f) => /\.(css|js)$/.test(f))) {
    const text = fs.readFileSync(path.join(dist, f), 'utf8');
    assert.ok(!/\n {2}\S/.test(text), `${f} is minified`);
  }
  // Each integrity the pages name is the digest of the file as shipped.
  for (const page of shipped.filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    for (const [, href, integrity] of html.matchAll(/href="\.\/([^"]+)"[^>]*\bintegrity="([^"]+)"/g)) {
      const digest = crypto
        .createHash('sha384')
        .update(fs.readFileSync(path.join(dist, href)))
        .digest('base64');
      assert.equal(integrity, `sha384-${digest}`, `${page}: the integrity of ${href}`);
    }
  }
});
