// On a phone (and a laptop): what a reader touches and what it changes, on one screen. With the
// slider near the top of the screen the article's three costs are on the same screen, before and
// after a drag; the cost embed is short; print gives the costs as a compact table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });
const SCREENS = [
  { name: 'phone', viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true },
  { name: 'laptop', viewport: { width: 1280, height: 720 } },
];
const ARTICLE_ROWS = ['deepseek-v4-pro', 'openai', 'anthropic'];

/** Whether every one of the three costs is wholly inside the viewport. */
async function costsInView(page) {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const r = document.querySelector(`#cost [data-row="${id}"] .cost-amount`).getBoundingClientRect();
        return {
          id,
          inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.height > 0,
        };
      }),
    ARTICLE_ROWS,
  );
}

for (const { name, ...options } of SCREENS) {
  test(`${name}: with the slider in the top quarter of the screen, the three costs are on it, before and after a drag`, async () => {
    for (const q of ['', 'cost.html']) {
      const { context, page } = await env.open(q, options);
      const range = page.locator('#tokens-range');
      // The range at an eighth of the screen's height from the top.
      await range.evaluate((el) => {
        const r = el.getBoundingClientRect();
        scrollBy(0, r.top - innerHeight / 8);
      });
      const box = await range.boundingBox();
      assert.ok(
        box.y >= 0 && box.y + box.height <= options.viewport.height / 4,
        `${q}: the range is in the top quarter (${box.y})`,
      );
      for (const c of await costsInView(page)) assert.ok(c.inside, `${name} ${q}: ${c.id} before the drag`);
      const before = await page.locator('#cost [data-row="openai"] .cost-amount').innerText();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * (box.width / 25), y);
      await page.mouse.up();
      assert.notEqual(
        await page.locator('#cost [data-row="openai"] .cost-amount').innerText(),
        before,
        'the drag moved the costs',
      );
      const after = await range.boundingBox();
      assert.equal(Math.round(after.y), Math.round(box.y), 'no scroll jump while dragging');
      for (const c of await costsInView(page)) assert.ok(c.inside, `${name} ${q}: ${c.id} after the drag`);
      await context.close();
    }
  });
}

test('the cost embed is short in its first state, and a disclosure grows it', async () => {
  for (const [width, most] of [
    [320, 1400],
    [1280, 900],
  ]) {
    const { context, page } = await env.open('cost.html?embed=1', { viewport: { width, height: 800 } });
    const height = () => page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const first = await height();
    assert.ok(first <= most, `${width} px wide: ${first} px tall (at most ${most})`);
    await page.getByRole('button', { name: /Compare a model of your own/ }).click();
    assert.ok((await height()) > first, 'opening a disclosure grows the page');
    await context.close();
  }
});

test('the presets are compact: each chip says its month, and the chosen one is explained once', async () => {
  const { context, page } = await env.open('cost.html', { viewport: { width: 360, height: 640 } });
  const chips = page.locator('#cost .preset-button');
  assert.equal(await chips.count(), 4);
  assert.equal(await page.locator('#cost .preset-note').innerText(), '', 'nothing chosen, nothing explained');
  await page.getByRole('button', { name: /support chatbot/ }).click();
  const note = await page.locator('#cost .preset-note').innerText();
  assert.match(note, /conversations a day/);
  // Shown once: of the four explanations only the note is visible.
  const visible = await page
    .locator('#cost .preset-why')
    .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 1).length);
  assert.equal(visible, 0);
  await context.close();
});

test("the price-list rows and the reader's row are behind disclosures that keep their state in the address", async () => {
  const { context, page } = await env.open('cost.html?extra=1&custom=12.5&custom_name=Mine');
  const lists = page.getByRole('button', { name: /Public price lists/ });
  const own = page.getByRole('button', { name: /Compare a model of your own/ });
  assert.equal(await lists.getAttribute('aria-expanded'), 'true', 'extra=1 opens the price lists');
  assert.equal(await own.getAttribute('aria-expanded'), 'true', "a row of the reader's opens their form");
  assert.ok(await page.locator('#cost [data-row="deepseek-v4-flash"]').isVisible());
  await lists.click();
  assert.equal(await lists.getAttribute('aria-expanded'), 'false');
  assert.ok(await page.locator('#cost [data-row="deepseek-v4-flash"]').isHidden());
  await page.waitForFunction(() => !location.search.includes('extra=1'));
  await own.click();
  assert.equal(await own.getAttribute('aria-expanded'), 'false');
  assert.ok(await page.locator('#cost [data-row="custom"]').isVisible(), "the reader's row stays in the table");
  await context.close();
});

test("printed, the cost widget is a compact table of the costs at the reader's amount and period", async () => {
  const { context, page } = await env.open('?tokens=2500000&period=year');
  await page.emulateMedia({ media: 'print' });
  const widget = page.locator('#cost');
  assert.ok(await widget.isVisible());
  assert.match(await widget.locator('.slider-head').innerText(), /2\.5 million tokens/);
  for (const id of ARTICLE_ROWS) assert.ok(await widget.locator(`[data-row="${id}"] .cost-amount`).isVisible(), id);
  assert.equal(await widget.locator('[data-row="deepseek-v4-pro"] .cost-amount').innerText(), '$104.40');
  assert.match(await widget.locator('[data-row="openai"] .cost-per').innerText(), /a year/);
  // No control prints, in the widget or anywhere on the page.
  for (const sel of [
    '#tokens-range',
    '#tokens-field',
    '.preset-button',
    '.switch',
    '.disclosure-button',
    '.embed-code',
    '.share',
  ]) {
    const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(shown, 0, `${sel} prints`);
  }
  await context.close();
});

for (const { name, ...options } of SCREENS) {
  test(`${name}: a selected node and the first line of its details are on the same screen, by tap or click and by keyboard`, async () => {
    const arrangement = options.viewport.width >= 1024 ? 'wide' : 'narrow';
    const inView = (page, sel) =>
      page.locator(sel).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      });
    for (const id of ['ascend-950', 'developers-worldwide', 'export-controls']) {
      const { context, page } = await env.open('', options);
      const node = page.locator(`.diagram-${arrangement} [data-node="${id}"]`);
      await node.scrollIntoViewIfNeeded();
      if (options.hasTouch) await node.tap();
      else await node.click();
      await page.waitForFunction(() => !document.querySelector('#diagram-details').hasAttribute('data-empty'));
      await page.waitForTimeout(400); // the panel is brought into view on the next frame
      const title = '#diagram-details .details-pane:visible .details-title';
      assert.ok(await inView(page, `.diagram-${arrangement} [data-node="${id}"]`), `${name}: ${id}, the node`);
      assert.ok(await inView(page, title), `${name}: ${id}, the first line of its details`);
      await context.close();
    }
    // By keyboard: focus stays on the node, and Escape from inside the panel closes it and
    // gives focus back to the node.
    const { context, page } = await env.open('', options);
    const start = page.locator(`.diagram-${arrangement} [data-node="export-controls"]`);
    await start.focus();
    // Forward along the arrows: rightwards in the wide arrangement, downwards in the narrow one.
    await page.keyboard.press(arrangement === 'wide' ? 'ArrowRight' : 'ArrowDown');
    await page.keyboard.press('Enter');
    const selected = page.locator(`.diagram-${arrangement} [data-node="no-nvidia"]`);
    // The focus woke the diagram; on the whole page its islands' pieces arrive first, and the
    // keys pressed meanwhile are given to them once they are awake.
    await page.waitForFunction(
      (sel) => document.querySelector(sel).getAttribute('aria-pressed') === 'true',
      `.diagram-${arrangement} [data-node="no-nvidia"]`,
    );
    await page.waitForTimeout(400);
    assert.ok(await selected.evaluate((el) => el === document.activeElement), 'focus stays on the node');
    assert.ok(await inView(page, `.diagram-${arrangement} [data-node="no-nvidia"]`));
    assert.ok(await inView(page, '#diagram-details .details-pane:visible .details-title'));
    await page.locator('#diagram-details .details-clear').focus();
    await page.keyboard.press('Escape');
    assert.ok(
      await page.locator('#diagram-details').evaluate((el) => el.hasAttribute('data-empty')),
      'Escape closes it',
    );
    assert.ok(await selected.evaluate((el) => el === document.activeElement), 'focus is back on the node');
    await context.close();
  });
}
