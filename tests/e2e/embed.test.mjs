// Embedding, end to end: host pages on another origin (localhost) frame the explainer (served
// from 127.0.0.1), one with the real Pym.js parent library, one with our embed.js loader. The
// frame's height must follow the content's (load, a card opening, a resize), all three message
// formats must arrive, and hostile messages posted into the embed must change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { reach, serveDist, SUBPATH, ROOT } from './helpers.mjs';

let app, host, browser;
const PYM = fs.readFileSync(path.join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');
const RECORD = `<script>
  window.__messages = [];
  window.addEventListener('message', function (e) {
    window.__messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data));
  });
</script>`;

function hostPage(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<style>body { font-family: serif; margin: 0 auto; max-width: 42rem; padding: 1rem; }</style>
${RECORD}</head><body><h1>Host article</h1><p id="before">Paragraph before the embed.</p>${body}<p id="after">Paragraph after.</p></body></html>`;
}

before(async () => {
  app = await serveDist();
  const appUrl = `${app.url}${SUBPATH}`;
  host = await serve({
    pages: {
      '/pym-sources.html': hostPage(
        `<div id="embed" data-pym-src="${appUrl}index.html?widget=sources"></div><script src="/pym.v1.min.js"></script>`,
      ),
      '/pym.v1.min.js': PYM,
      '/loader.html': hostPage(`<div data-explainer-widget=""></div><script src="${appUrl}embed.js" async></script>`),
      '/loader-cost.html': hostPage(
        `<div data-explainer-widget="cost" data-explainer-query="tokens=2500000&amp;evil=%3Cscript%3E"></div><script src="${appUrl}embed.js" async></script>`,
      ),
    },
    headers: (p) => (p.endsWith('.js') ? { 'content-type': 'text/javascript' } : {}),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

/** A host page on localhost (another origin than 127.0.0.1), collecting errors in every frame. */
async function openHost(pathname, viewport = { width: 1000, height: 800 }) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    window.__errors = [];
    window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const hostUrl = host.url.replace('127.0.0.1', 'localhost');
  await page.goto(`${hostUrl}${pathname}`);
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 20000 });
  return { context, page, iframe, frame, dialogs };
}

const contentHeight = (frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
const frameHeight = (iframe) => iframe.evaluate((el) => el.getBoundingClientRect().height);

async function heightsAgree(iframe, frame, what) {
  // Give the message a moment to travel, then compare.
  for (let i = 0; i < 40; i++) {
    const [c, f] = [await contentHeight(frame), await frameHeight(iframe)];
    if (Math.abs(c - f) <= 3) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${what}: frame ${await frameHeight(iframe)} px, content ${await contentHeight(frame)} px`);
}

test("Pym.js parent: the frame takes the content's height, and follows a card opening and a resize", async () => {
  const { context, page, iframe, frame } = await openHost('/pym-sources.html');
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin, 'another origin');
  await heightsAgree(iframe, frame, 'after load');
  const before = await frameHeight(iframe);
  await frame.locator('#claim-ascend-950 .entry-toggle').click();
  await heightsAgree(iframe, frame, 'after opening a claim');
  assert.ok((await frameHeight(iframe)) > before + 50, 'the frame grew');
  await page.setViewportSize({ width: 380, height: 800 });
  await heightsAgree(iframe, frame, 'after a resize');
  // No inner scrollbar: the frame's document is no taller than the frame.
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(inner <= 3, `inner overflow ${inner}`);
  await context.close();
});

test('all three height formats arrive, and nothing is sent when nothing changes', async () => {
  const { context, page, iframe, frame } = await openHost('/pym-sources.html');
  await heightsAgree(iframe, frame, 'after load');
  const messages = await page.evaluate(() => window.__messages);
  const childId = new URL(frame.url()).searchParams.get('childId');
  assert.ok(childId, 'Pym gave a childId');
  const h = Math.ceil(await contentHeight(frame));
  assert.ok(messages.includes(`pymxPYMx${childId}xPYMxheightxPYMx${h}`), `Pym format: ${messages.slice(-5)}`);
  assert.ok(messages.includes(JSON.stringify({ 'datawrapper-height': { [childId]: h } })), 'Datawrapper format');
  assert.ok(messages.includes(JSON.stringify({ sentinel: 'amp', type: 'embed-size', height: h })), 'AMP format');
  const count = messages.length;
  await page.waitForTimeout(1000);
  const later = await page.evaluate(() => window.__messages.filter((m) => !m.includes('xPYMxwidthxPYMx')).length);
  const earlier = messages.filter((m) => !m.includes('xPYMxwidthxPYMx')).length;
  assert.equal(later, earlier, 'a quiet second sends nothing');
  assert.ok(count > 0);
  await context.close();
});

test('embed.js: a titled, lazy, full-width frame whose height follows the content', async () => {
  const { context, page, iframe, frame, dialogs } = await openHost('/loader.html');
  assert.match(await iframe.getAttribute('title'), /DeepSeek V4 explainer/);
  assert.equal(await iframe.getAttribute('loading'), 'lazy');
  const widths = await iframe.evaluate((el) => [
    el.getBoundingClientRect().width,
    el.parentElement.getBoundingClientRect().width,
  ]);
  assert.ok(Math.abs(widths[0] - widths[1]) < 1, 'full width');
  await heightsAgree(iframe, frame, 'after load');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'the embed did not take focus');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'nor scroll the host page');
  await frame.locator('button.claim-button[data-claim="price-openai"]').click();
  await heightsAgree(iframe, frame, 'after opening a claim card');
  await page.setViewportSize({ width: 360, height: 740 });
  await heightsAgree(iframe, frame, 'after a resize to a phone');
  // The host page around it is intact.
  assert.ok(await page.locator('#before').isVisible());
  assert.ok(await page.locator('#after').count());
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('embed.js passes the widget and known parameters, drops the rest; links open in a new tab', async () => {
  const { context, iframe, frame } = await openHost('/loader-cost.html');
  const src = new URL(await iframe.getAttribute('src'));
  assert.ok(src.pathname.endsWith('/cost.html'), `the widget's own page: ${src.pathname}`);
  assert.equal(src.searchParams.get('tokens'), '2500000');
  assert.equal(src.searchParams.get('evil'), null);
  assert.equal(await frame.locator('#tokens-range').getAttribute('aria-valuetext'), '2.5 million tokens a month');
  assert.ok(await frame.locator('#standfirst').isHidden());
  assert.ok(await frame.locator('.embed-code').first().isHidden(), 'no embed button inside an embed');
  await frame.locator('.price-sources summary').click();
  // Where each link opens: its own target, or else the page's base target.
  const targets = await frame
    .locator('.price-sources a')
    .evaluateAll((as) => as.map((a) => a.target || document.querySelector('base[target]')?.target || '_self'));
  assert.ok(targets.length > 0 && targets.every((t) => t === '_blank'), String(targets));
  await context.close();
});

test('300 hostile messages posted into the embed change nothing', async () => {
  const { context, page, iframe, frame, dialogs } = await openHost('/loader-cost.html');
  await heightsAgree(iframe, frame, 'after load');
  const beforeText = await frame.locator('#cost').innerText();
  const beforeHeight = await frameHeight(iframe);
  const childId = new URL(frame.url()).searchParams.get('childId');
  await page.evaluate((childId) => {
    const w = document.querySelector('iframe').contentWindow;
    const bad = [
      `pymxPYMx${childId}xPYMxwidthxPYMx-1`,
      `pymxPYMx${childId}xPYMxwidthxPYMx1e99`,
      'pymxPYMxotherxPYMxwidthxPYMx500',
      `pymxPYMx${childId}xPYMxscrollToChildPosxPYMx99999`,
      `pymxPYMx${childId}xPYMxnavigateToxPYMxjavascript:alert(1)`,
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '',
      'x'.repeat(100000),
      { 'datawrapper-height': { x: 1e9 } },
      { sentinel: 'amp', type: 'embed-size', height: -5 },
      { __proto__: { polluted: true } },
      { constructor: { prototype: { polluted: true } } },
      null,
      42,
      true,
      [1, 2, 3],
      { type: 'navigate', url: 'javascript:alert(1)' },
    ];
    for (let i = 0; i < 300; i++) {
      const m =
        i < bad.length
          ? bad[i]
          : i % 3 === 0
            ? `pymxPYMx${childId}xPYMxwidthxPYMx${(i * 7919) % 100000}`
            : { junk: i, html: `<script>alert(${i})</script>` };
      w.postMessage(m, '*');
    }
  }, childId);
  await page.waitForTimeout(500);
  assert.deepEqual(await frame.evaluate(() => window.__errors), []);
  assert.deepEqual(dialogs, []);
  assert.equal(await frame.locator('#cost').innerText(), beforeText, 'the widget is unchanged');
  assert.equal(await frame.evaluate(() => ({}).polluted), undefined);
  assert.ok(Math.abs((await frameHeight(iframe)) - beforeHeight) <= 3, 'the frame kept its height');
  assert.equal(await frame.evaluate(() => location.pathname.endsWith('/cost.html')), true, 'not navigated');
  await context.close();
});

test('the standalone page offers both snippets for the current widget and state, and copies them', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${app.url}${SUBPATH}?tokens=2500000`);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  const button = page.locator('#cost').getByRole('button', { name: 'Embed this widget' });
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const pym = await page.locator('#embed-cost-pym').inputValue();
  const loader = await page.locator('#embed-cost-loader').inputValue();
  assert.match(pym, /data-pym-src="http:\/\/127\.0\.0\.1:\d+\/news\/explainer\/cost\.html\?tokens=2500000"/);
  assert.match(pym, /pym\.v1\.min\.js/);
  assert.match(loader, /<div data-explainer-widget="cost" data-explainer-query="tokens=2500000"><\/div>/);
  assert.match(loader, /src="http:\/\/127\.0\.0\.1:\d+\/news\/explainer\/embed\.js" async/);
  await page.getByRole('button', { name: 'Copy the loader snippet' }).click();
  await page.waitForFunction(() => document.querySelector('#embed-cost [role=status]').textContent.includes('copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), loader);
  // The whole explainer has its own, in the colophon.
  await reach(page, '.colophon');
  await page.getByRole('button', { name: 'Embed the explainer' }).click();
  assert.match(await page.locator('#embed-page-loader').inputValue(), /data-explainer-widget=""/);
  await context.close();
});
