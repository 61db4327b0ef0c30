// The token-cost slider, end to end, as a reader uses it: mouse, touch, keyboard, typing,
// presets, the reader's own row, the address as state, copy link, a phone, alone in an embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { SUBPATH, seriousViolations, useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });

const cost = (page, row) => page.locator(`#cost [data-row="${row}"] .cost-amount`).innerText();
const valueText = (page) => page.locator('#tokens-range').getAttribute('aria-valuetext');
const addressQuery = (page) => page.evaluate(() => location.search);

const open = (q, options) => env.open(q, options);

test('the slider is found by its name and role, and every key of the slider pattern works', async () => {
  const { context, page, log } = await open();
  const slider = page.getByRole('slider', { name: /tokens/ }).first();
  await slider.focus();
  assert.equal(await valueText(page), '10 million tokens a month');
  await page.keyboard.press('ArrowRight');
  assert.equal(await valueText(page), '11 million tokens a month');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await valueText(page), '8.9 million tokens a month');
  await page.keyboard.press('ArrowUp');
  assert.equal(await valueText(page), '10 million tokens a month');
  await page.keyboard.press('PageUp');
  assert.equal(await valueText(page), '32 million tokens a month');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  assert.equal(await valueText(page), '3.2 million tokens a month');
  await page.keyboard.press('End');
  assert.equal(await valueText(page), '10 billion tokens a month');
  assert.equal(await cost(page, 'openai'), '$300,000.00');
  await page.keyboard.press('Home');
  assert.equal(await valueText(page), '1 thousand tokens a month');
  assert.equal(await cost(page, 'deepseek-v4-pro'), '$0.0035');
  assert.ok(await slider.evaluate((el) => el === document.activeElement), 'focus stays on the slider');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('dragging the slider with a mouse moves the amount', async () => {
  const { context, page } = await open('', { viewport: { width: 1280, height: 900 } });
  await page.locator('#tokens-range').scrollIntoViewIfNeeded();
  const box = await page.locator('#tokens-range').boundingBox();
  await page.mouse.move(box.x + 8, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  assert.equal(await valueText(page), '10 billion tokens a month');
  await context.close();
});

test('on a phone, a finger on the slider and on the live number changes the amount', async () => {
  const { context, page } = await open('', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0);
  const box = await page.locator('#tokens-range').boundingBox();
  assert.ok(box.height >= 24, 'a touch target of reasonable height');
  await page.locator('#tokens-range').scrollIntoViewIfNeeded();
  const b = await page.locator('#tokens-range').boundingBox();
  await page.touchscreen.tap(b.x + 4, b.y + b.height / 2);
  assert.equal(await valueText(page), '1 thousand tokens a month');
  // The live number drags with a pointer (touch pointer events).
  const tangle = page.locator('.tangle');
  await tangle.scrollIntoViewIfNeeded();
  const t = await tangle.boundingBox();
  const cdp = await context.newCDPSession(page);
  const y = t.y + t.height / 2;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: t.x + 5, y }] });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: t.x + 5 + i * 8, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const after = await page.locator('.tangle').getAttribute('aria-valuenow');
  assert.ok(Number(after) > 1000, `dragging right raised the amount (now ${after})`);
  await context.close();
});

test('typing an amount applies it; a bad one is explained and the last good value stays', async () => {
  const { context, page } = await open();
  const field = page.getByRole('textbox', { name: /amount of tokens/ });
  await field.fill('2.5 million');
  assert.equal(await cost(page, 'deepseek-v4-pro'), '$8.70');
  await field.press('Enter');
  assert.equal(await field.inputValue(), '2,500,000');
  assert.equal(await valueText(page), '2.5 million tokens a month');
  for (const [typed, message] of [
    ['lots', /not an amount/],
    ['-5', /cannot be negative/],
    ['12', /smallest amount here is 1,000/],
    ['1e999', /largest amount/],
    ['<img src=x onerror=alert(1)>', /not an amount/],
  ]) {
    await field.fill(typed);
    await field.press('Enter');
    assert.match(await page.locator('#tokens-error').innerText(), message, typed);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await cost(page, 'deepseek-v4-pro'), '$8.70', `${typed} keeps the last good value`);
  }
  await field.press('Escape');
  assert.equal(await field.inputValue(), '2,500,000');
  assert.equal(await page.locator('#tokens-error').innerText(), '');
  for (const typed of ['2500000', '2,500,000', '2.5M', '3e6', '1B']) {
    await field.fill(typed);
    await field.press('Enter');
    assert.equal(await page.locator('#tokens-error').innerText(), '', typed);
  }
  assert.equal(await valueText(page), '1 billion tokens a month');
  await context.close();
});

test('presets set realistic months and explain themselves', async () => {
  const { context, page } = await open();
  const chatbot = page.getByRole('button', { name: /support chatbot/ });
  await chatbot.click();
  assert.equal(await chatbot.getAttribute('aria-pressed'), 'true');
  assert.equal(await valueText(page), '100 million tokens a month');
  assert.equal(await cost(page, 'deepseek-v4-pro'), '$348.00');
  const why = await chatbot.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${why}`).innerText(), /conversations a day/);
  await page.getByRole('button', { name: /article's unit/ }).click();
  assert.equal(await cost(page, 'deepseek-v4-pro'), '$3.48');
  assert.equal(await cost(page, 'openai'), '$30.00');
  assert.equal(await cost(page, 'anthropic'), '$25.00');
  assert.equal(await chatbot.getAttribute('aria-pressed'), 'false');
  await context.close();
});

test('per year, the saving sentence, and the ratios', async () => {
  const { context, page } = await open('?tokens=2500000');
  assert.match(
    await page.locator('#cost .saving').innerText(),
    /DeepSeek V4-Pro costs \$8\.70 a month: \$66\.30 less than OpenAI and \$53\.80 less than Anthropic/,
  );
  await page.getByText('Per year', { exact: true }).click();
  assert.equal(await cost(page, 'deepseek-v4-pro'), '$104.40');
  assert.match(await page.locator('#cost .saving').innerText(), /\$795\.60 less than OpenAI/);
  assert.match(await page.locator('#cost [data-row="openai"] .row-ratio').innerText(), /^8\.6×/);
  assert.match(await page.locator('#cost [data-row="anthropic"] .row-ratio').innerText(), /^7\.2×/);
  await context.close();
});

test('the address keeps the state: read on load, written as the reader moves', async () => {
  const { context, page } = await open('?tokens=2500000&period=year&extra=1&custom=12.5&custom_name=Local%20model');
  assert.equal(await valueText(page), '2.5 million tokens a month');
  assert.ok(await page.getByRole('radio', { name: 'Per year' }).isChecked());
  assert.equal(await page.getByRole('button', { name: /price lists/ }).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('#cost [data-row="custom"] .row-model').innerText(), 'Local model');
  assert.equal(await cost(page, 'custom'), '$375.00');
  await page.locator('#tokens-range').focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => location.search.includes('tokens=10000000000'));
  const q = new URLSearchParams(await addressQuery(page));
  assert.equal(q.get('period'), 'year');
  assert.equal(q.get('custom'), '12.50');
  assert.equal(q.get('custom_name'), 'Local model');
  // Reloading the written address gives the same figures.
  await page.reload();
  await appReady(page);
  assert.equal(await valueText(page), '10 billion tokens a month');
  assert.equal(await cost(page, 'custom'), '$1,500,000.00');
  await context.close();
});

test('hostile addresses are clamped or ignored, never a broken page', async () => {
  for (const q of [
    '?tokens=-5',
    '?tokens=NaN',
    '?tokens=1e999',
    `?tokens=${'9'.repeat(5000)}`,
    '?tokens=%3Cscript%3Ealert(1)%3C/script%3E',
    '?custom=<img src=x onerror=alert(1)>&custom_name=%3Cscript%3E',
    '?custom=5&custom_name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?period=%00&extra=%FF&tokens=%',
  ]) {
    const { context, page, log } = await open(q);
    assert.deepEqual(log.pageErrors, [], q);
    assert.deepEqual(log.dialogs, [], q);
    assert.ok(await page.locator('#release').isVisible(), `${q}: the article is there`);
    const vt = await valueText(page);
    assert.match(vt, /tokens a month$/, q);
    assert.equal(await page.locator('#cost img').count(), 0, q);
    await context.close();
  }
  const { context, page } = await open('?tokens=5');
  assert.equal(await valueText(page), '1 thousand tokens a month', 'clamped to the smallest amount');
  await context.close();
});

test("the reader's own row is checked, marked as theirs, and removable", async () => {
  const { context, page } = await open();
  const own = page.getByRole('button', { name: /Compare a model of your own/ });
  assert.equal(await own.getAttribute('aria-expanded'), 'false');
  await own.click();
  await page.getByLabel('Model name').fill('My fine-tune');
  const price = page.getByLabel('Dollars per million output tokens');
  for (const [bad, message] of [
    ['0', /more than zero/],
    ['5000', /highest price/],
    ['abc', /not a price/],
    ['', /Type a price/],
  ]) {
    await price.fill(bad);
    await page.getByRole('button', { name: 'Add my row' }).click();
    assert.match(await page.locator('#custom-error').innerText(), message, bad);
    assert.ok(await page.locator('#cost [data-row="custom"]').isHidden());
  }
  await price.fill('$12.50');
  await page.getByRole('button', { name: 'Add my row' }).click();
  const row = page.locator('#cost [data-row="custom"]');
  assert.ok(await row.isVisible());
  assert.match(await row.innerText(), /My fine-tune[\s\S]*Your own figure/);
  assert.equal(await cost(page, 'custom'), '$125.00');
  assert.match(await page.locator('#cost .saving').innerText(), /less than your My fine-tune/);
  await page.getByRole('button', { name: 'Remove' }).click();
  assert.ok(await row.isHidden());
  await context.close();
});

test('extra rows are marked as coming from price lists', async () => {
  const { context, page } = await open('?tokens=1000000');
  assert.ok(await page.locator('#cost [data-row="deepseek-v4-flash"]').isHidden());
  await page.getByRole('button', { name: /price lists/ }).click();
  const flash = page.locator('#cost [data-row="deepseek-v4-flash"]');
  assert.ok(await flash.isVisible());
  assert.match(await flash.innerText(), /Price list, not in the article/);
  assert.equal(await cost(page, 'deepseek-v4-flash'), '$0.28');
  assert.equal(await cost(page, 'openai-gpt-5-4'), '$15.00');
  await context.close();
});

test('copy link copies the address of the current state and says so', async () => {
  const { context, page } = await open('?tokens=2500000', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.share [role=status]').textContent.includes('copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).searchParams.get('tokens'), '2500000');
  assert.ok(new URL(copied).pathname.startsWith(SUBPATH));
  await context.close();
});

test('without the Clipboard API, copy link falls back and still says what happened', async () => {
  const { context, page } = await watchedPage(env.browser, { allowedOrigins: [env.server.url] });
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    document.execCommand = () => false;
  });
  await page.goto(env.url('?tokens=3000000'));
  await appReady(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to these numbers' });
  await field.waitFor();
  assert.match(await field.inputValue(), /tokens=3000000/);
  assert.match(await page.locator('.share [role=status]').innerText(), /did not allow copying/);
  assert.ok(await field.evaluate((el) => el === document.activeElement), 'the link is focused for copying by hand');
  await context.close();
});

test('?widget=cost shows the widget alone', async () => {
  const { context, page } = await open('?widget=cost');
  assert.ok(await page.locator('#cost').isVisible());
  assert.ok(await page.locator('#standfirst').isHidden());
  assert.ok(await page.locator('#release').isHidden());
  assert.ok(await page.locator('#diagram').isHidden());
  await context.close();
});

test('axe-core: the cost widget has no serious or critical violations, light and dark, at 360 px', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open('?extra=1&custom=3&custom_name=Mine', {
      colorScheme,
      viewport: { width: 360, height: 800 },
    });
    const v = await seriousViolations(page, '#cost');
    assert.deepEqual(v, [], `${colorScheme}: ${JSON.stringify(v, null, 1)}`);
    const live = await seriousViolations(page, '#live-sentence');
    assert.deepEqual(live, [], `${colorScheme}: ${JSON.stringify(live, null, 1)}`);
    await context.close();
  }
});
