// The reader-facing end-to-end tests, in Firefox and in WebKit (Safari's engine): the page loads
// and wakes with no error and nothing from another origin, under its strict Content-Security-
// Policy; the slider by keys, pointer and typing; the address round trip; a claim card opens and
// Escape closes it; a diagram node selects and the arrow keys move; story and counterfactual; a
// widget embedded by a Pym.js parent on another origin. The Chromium suite (tests/e2e/) says more;
// this one is what every engine readers use must do.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { By, Key } from 'selenium-webdriver';
import { serve } from '../e2e/server.mjs';
import { DIST, ROOT, SUBPATH } from '../e2e/helpers.mjs';
import { ENGINES, PROBE, appReady, problems, settle, startEngine, withProbe } from './engines.mjs';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; base-uri 'self'; form-action 'none'";
const PYM = fs.readFileSync(path.join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');

let app, host;
before(async () => {
  app = await serve({
    mounts: { [SUBPATH]: DIST },
    pages: { '/__probe.js': PROBE },
    transform: withProbe,
    // The policy as a header too, as a host that prefers headers would send it.
    headers: (p) =>
      p === '/__probe.js'
        ? { 'content-type': 'text/javascript' }
        : /\.html$|\/$/.test(p)
          ? { 'content-security-policy': CSP }
          : {},
  });
  // A news page on another origin (localhost, where the explainer is on 127.0.0.1).
  const hostPage = (
    frame,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>Host article</h1><p>Before.</p><div id="embed" data-pym-src="${frame}"></div><p>After.</p>
<script src="/pym.v1.min.js"></script></body></html>`;
  host = await serve({
    pages: {
      // The address the Embed panel gives today, and one handed out before widgets had pages.
      '/pym.html': hostPage(`${app.url}${SUBPATH}cost.html?tokens=2500000`),
      '/pym-old.html': hostPage(`${app.url}${SUBPATH}index.html?widget=cost&amp;tokens=2500000`),
      '/pym.v1.min.js': PYM,
    },
    headers: (p) => (p.endsWith('.js') ? { 'content-type': 'text/javascript' } : {}),
  });
});
after(async () => {
  await host?.close();
  await app?.close();
});

const url = (q = '') => `${app.url}${SUBPATH}${q}`;

for (const engine of ENGINES) {
  describe(engine, () => {
    let driver, stop;
    before(async () => ({ driver, stop } = await startEngine(engine)));
    after(async () => stop?.());

    const open = async (q = '') => {
      await driver.get(url(q));
      await appReady(driver);
    };
    const $ = (css) => driver.findElement(By.css(css));
    const attr = async (css, name) => (await $(css)).getAttribute(name);
    const text = async (css) => (await $(css)).getText();
    const js = (script, ...args) => driver.executeScript(script, ...args);
    const cost = (row) => js(`return document.querySelector('#cost [data-row="${row}"] .cost-amount').textContent`);
    const _focused = () => js('return document.activeElement');
    const scrollTo = (css) => js(`document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })`, css);

    test('the page loads and wakes with no error, under its strict CSP, and nothing comes from another origin', async () => {
      await open();
      assert.deepEqual(await problems(driver), []);
      assert.match(await text('h1'), /DeepSeek V4/);
      const origins = await js('return performance.getEntriesByType("resource").map((e) => new URL(e.name).origin)');
      assert.ok(origins.length >= 4, String(origins));
      for (const o of origins) assert.equal(o, app.url, "every request stays on the page's origin");
      assert.equal(
        await js('return document.querySelectorAll("[data-awake]").length > 0'),
        true,
        "the first screen's islands woke",
      );
    });

    test('the slider, by keys', async () => {
      await open();
      await scrollTo('#tokens-range');
      await js('document.querySelector("#tokens-range").focus()');
      const keys = async (...k) => {
        await driver
          .actions()
          .sendKeys(...k)
          .perform();
        await settle(driver);
      };
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '10 million tokens a month');
      await keys(Key.ARROW_RIGHT);
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '11 million tokens a month');
      await keys(Key.PAGE_UP);
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '35 million tokens a month');
      await keys(Key.END);
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '10 billion tokens a month');
      assert.equal(await cost('openai'), '$300,000.00');
      await keys(Key.HOME);
      assert.equal(await cost('deepseek-v4-pro'), '$0.0035');
      assert.equal(await js('return document.activeElement.id'), 'tokens-range', 'focus stays on the slider');
      // The live number in the article moved with it: two islands, one state.
      assert.equal(await text('.tangle'), '1 thousand');
    });

    test('the slider, by pointer: a drag to the right end', async () => {
      await open();
      await scrollTo('#tokens-range');
      const range = await $('#tokens-range');
      const { width } = await range.getRect();
      await driver
        .actions({ async: true })
        .move({ origin: range, x: Math.round(-width / 2) + 4, y: 0 })
        .press()
        .move({ origin: range, x: Math.round(width / 4), y: 0, duration: 100 })
        .move({ origin: range, x: Math.round(width / 2) - 2, y: 0, duration: 100 })
        .release()
        .perform();
      await settle(driver);
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '10 billion tokens a month');
      assert.equal(await cost('anthropic'), '$250,000.00');
    });

    test('the slider, by typing an amount (and a bad one is refused with a reason)', async () => {
      await open();
      await scrollTo('#tokens-field');
      const field = await $('#tokens-field');
      await field.clear();
      await field.sendKeys('2.5 million', Key.ENTER);
      await settle(driver);
      assert.equal(await field.getAttribute('value'), '2,500,000');
      assert.equal(await cost('deepseek-v4-pro'), '$8.70');
      await field.clear();
      await field.sendKeys('lots', Key.ENTER);
      await settle(driver);
      assert.match(await text('#tokens-error'), /not an amount/);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal(await cost('deepseek-v4-pro'), '$8.70', 'the last good amount stays');
    });

    test('the address keeps the state: read on load, written as the reader moves, read again', async () => {
      await open('?tokens=2500000&period=year');
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '2.5 million tokens a month');
      assert.equal(await cost('deepseek-v4-pro'), '$104.40');
      await js('document.querySelector("#tokens-range").focus()');
      await driver.actions().sendKeys(Key.END).perform();
      await driver.wait(async () => (await js('return location.search')).includes('tokens=10000000000'), 5000);
      assert.match(await js('return location.search'), /period=year/);
      await driver.navigate().refresh();
      await appReady(driver);
      assert.equal(await attr('#tokens-range', 'aria-valuetext'), '10 billion tokens a month');
      assert.equal(await cost('openai'), '$3,600,000.00');
    });

    // A claim button low on the screen (85% of its height, where a thumb reads): its card opens
    // on the same screen, its first line in view beside the button; Escape closes it and focus
    // is back on the button. Every claim button of the article, in a laptop's window and in the
    // narrowest window the engine allows (Firefox and WebKit keep windows 450 to 500 px wide).
    for (const [w, h] of [
      [1280, 720],
      [360, 640],
    ]) {
      test(`claim cards open in view beside their buttons, in a ${w} x ${h} window; Escape closes them and gives focus back`, async () => {
        await driver.manage().window().setRect({ width: w, height: h });
        try {
          await open();
          const ids = await js(
            'return [...document.querySelectorAll("article button.claim-button")].map((b) => b.getAttribute("popovertarget"))',
          );
          assert.equal(ids.length, 24);
          for (const id of ids) {
            const sel = `[popovertarget="${id}"]`;
            // Twice, as a reader's eye does: a section not yet on screen is not laid out
            // (content-visibility), so the first move lands near, the second where it should.
            for (let i = 0; i < 2; i++) {
              await js(
                `const r = document.querySelector(arguments[0]).getBoundingClientRect();
                window.scrollBy(0, r.top + r.height / 2 - window.innerHeight * 0.85);`,
                sel,
              );
              await settle(driver);
            }
            await $(sel).click();
            await settle(driver);
            const seen = await js(
              `const card = document.getElementById(arguments[0]);
              const b = document.querySelector(arguments[1]).getBoundingClientRect();
              const head = card.querySelector('.card-head').getBoundingClientRect();
              return { open: card.matches(':popover-open'), h: innerHeight, w: innerWidth, b: [b.top, b.bottom], head: [head.top, head.bottom] };`,
              id,
              sel,
            );
            const where = `${id}: ${JSON.stringify(seen)}`;
            assert.ok(seen.open, where);
            assert.ok(seen.b[0] >= 0 && seen.b[1] <= seen.h, `the button stays in view: ${where}`);
            assert.ok(seen.head[0] >= 0 && seen.head[1] <= seen.h, `the card's first line is in view: ${where}`);
            await driver.actions().sendKeys(Key.ESCAPE).perform();
            await settle(driver);
            assert.equal(
              await js('return document.getElementById(arguments[0]).matches(":popover-open")', id),
              false,
              id,
            );
            assert.equal(
              await js('return document.activeElement.getAttribute("popovertarget")'),
              id,
              `focus is on ${id}'s button`,
            );
          }
          // From inside the card too: Escape closes it and focus goes back to the button.
          const sel = 'button.claim-button[data-claim="price-openai"]';
          await scrollTo(sel);
          await $(sel).click();
          await settle(driver);
          assert.match(await text('#card-price-openai-1'), /GPT-5\.4/);
          await js('document.querySelector("#card-price-openai-1 .card-close").focus()');
          await driver.actions().sendKeys(Key.ESCAPE).perform();
          await settle(driver);
          assert.equal(await (await $('#card-price-openai-1')).isDisplayed(), false);
          assert.equal(await js('return document.activeElement.getAttribute("data-claim")'), 'price-openai');
        } finally {
          // (Never hiding the test's own failure behind this one's.)
          await driver
            .manage()
            .window()
            .setRect({ width: 1280, height: 900 })
            .catch(() => {});
        }
      });
    }

    test('a diagram node selects, lights its causes and effects, and the arrow keys move along the arrows', async () => {
      await open();
      await scrollTo('#diagram');
      const node = await $('.diagram-wide [data-node="v4-on-ascend"]');
      // A click on the node's box (drivers click elements, and an SVG group has no box of its own).
      await (await $('.diagram-wide [data-node="v4-on-ascend"] .node-box')).click();
      await settle(driver);
      assert.equal(await node.getAttribute('aria-pressed'), 'true');
      assert.equal(await attr('.diagram-wide [data-node="smic"]', 'data-state'), 'cause');
      assert.match(await text('#diagram-details'), /DeepSeek V4 on Ascend 950/);
      await js('document.querySelector(".diagram-wide [data-node=\\"export-controls\\"]").focus()');
      await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
      await settle(driver);
      assert.equal(await js('return document.activeElement.getAttribute("data-node")'), 'no-nvidia');
    });

    test('story mode and the counterfactual', async () => {
      await open();
      await scrollTo('.story');
      const next = (await driver.findElements(By.css('.story button')))[1];
      await next.click();
      await settle(driver);
      assert.equal(await text('.story-counter'), 'Step 1 of 12');
      assert.equal(await attr('.diagram-wide [data-node="export-controls"]', 'data-state'), 'selected');
      assert.match(await text('.story-narration'), /restrict/);
      await scrollTo('#diagram-without');
      await (await $('label[for="diagram-without"]')).click();
      await settle(driver);
      assert.equal(await attr('.diagram-wide [data-node="parallel-infrastructure"]', 'data-lost'), 'true');
      assert.match(await text('#diagram-without-note'), /falls away/);
    });

    for (const [name, page] of [
      ['its own page', '/pym.html'],
      ['an address with ?widget=', '/pym-old.html'],
    ]) {
      test(`a widget embedded by a Pym.js parent on another origin, at ${name}, sizes its frame and works`, async () => {
        await driver.get(`${host.url.replace('127.0.0.1', 'localhost')}${page}`);
        const iframe = await driver.wait(async () => (await driver.findElements(By.css('#embed iframe')))[0], 10000);
        await driver.switchTo().frame(iframe);
        await appReady(driver);
        assert.deepEqual(await problems(driver), []);
        assert.match(await js('return location.pathname'), /\/cost\.html$/, "the widget's own page");
        assert.equal(await attr('#tokens-range', 'aria-valuetext'), '2.5 million tokens a month');
        const content = await js('return Math.ceil(document.documentElement.getBoundingClientRect().height)');
        await driver.switchTo().defaultContent();
        const frameHeight = async () => (await iframe.getRect()).height;
        await driver.wait(async () => Math.abs((await frameHeight()) - content) <= 3, 10000).catch(() => {});
        const height = await frameHeight();
        assert.ok(Math.abs(height - content) <= 3, `the frame is ${height} px for ${content} px of content`);
      });
    }
  });
}
