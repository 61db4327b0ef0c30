// Claim sources, end to end: opening and closing cards by mouse and keyboard, Escape and focus
// return, deep links, the kind filter, the opinion lens, a 360 px phone, ?widget=sources, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { seriousViolations, useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });

const open = (q, options) => env.open(q, options);
const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-claim') ?? document.activeElement?.className);

test('every claim span in the text has a disclosure button, all 20 claims are covered', async () => {
  const { context, page } = await open();
  const buttons = page.locator('article button.claim-button');
  assert.equal(await buttons.count(), 24, 'one button after each of the 24 spans');
  const claims = new Set(await buttons.evaluateAll((bs) => bs.map((b) => b.dataset.claim)));
  assert.equal(claims.size, 20);
  for (const b of await buttons.all()) {
    const controls = await b.getAttribute('aria-controls');
    assert.equal(await page.locator(`#${controls}`).count(), 1, controls);
    assert.equal(await b.getAttribute('aria-expanded'), 'false');
  }
  await context.close();
});

test('mouse: a card opens below its paragraph and closes again', async () => {
  const { context, page } = await open();
  const button = page.getByRole('button', { name: /^5: source card for claim 5/ });
  await button.click();
  const card = page.locator('#card-price-openai-1');
  assert.ok(await card.isVisible());
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.match(await card.innerText(), /GPT-5\.5[\s\S]*GPT-5\.4[\s\S]*\$15/);
  // In the flow: after the pricing paragraph, not over it.
  const para = await page.locator('#pricing').boundingBox();
  const box = await card.boundingBox();
  assert.ok(box.y >= para.y + para.height - 1, 'the card sits below the paragraph');
  await button.click();
  assert.ok(await card.isHidden());
  await context.close();
});

test('keyboard: Enter and Space open a card, Escape closes it and returns focus to its button', async () => {
  const { context, page } = await open();
  const button = page.locator('button.claim-button[data-claim="ascend-950"]');
  await button.focus();
  await page.keyboard.press('Enter');
  const card = page.locator('#card-ascend-950-1');
  assert.ok(await card.isVisible());
  assert.match(await card.innerText(), /Contested[\s\S]*serving/);
  // Escape from inside the card (here its Close button)...
  await card.locator('.card-close').focus();
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
  assert.equal(await focused(page), 'ascend-950');
  // ...or from the button itself.
  await page.keyboard.press('Space');
  assert.ok(await card.isVisible());
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
  assert.equal(await focused(page), 'ascend-950');
  await context.close();
});

test('a claim with no address says so; source links open safely', async () => {
  const { context, page } = await open();
  await page.locator('button.claim-button[data-claim="wei-sun"]').first().click();
  assert.match(await page.locator('#card-wei-sun-1').innerText(), /No primary source was found/);
  await page.locator('button.claim-button[data-claim="white-house"]').click();
  const links = page.locator('#card-white-house-1 .source-link a');
  assert.equal(await links.count(), 2);
  for (const l of await links.all()) assert.equal(await l.getAttribute('rel'), 'noopener noreferrer');
  await context.close();
});

test('a #claim- address opens that claim in the index and scrolls it into view', async () => {
  const { context, page } = await open('#claim-groundless');
  const entry = page.locator('#claim-groundless');
  await page.waitForFunction(() => {
    const r = document.getElementById('claim-groundless').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.equal(await entry.locator('.entry-toggle').getAttribute('aria-expanded'), 'true');
  assert.match(await entry.innerText(), /Chinese embassy/);
  // Following a link to another claim opens it too.
  await page.evaluate(() => { location.hash = '#claim-ai-index'; });
  await page.waitForFunction(() => document.querySelector('#claim-ai-index .entry-toggle').getAttribute('aria-expanded') === 'true');
  await context.close();
});

test('the index: 20 entries, filterable by kind, each disclosing its card', async () => {
  const { context, page } = await open();
  const index = page.getByRole('region', { name: 'Sources and claims' });
  assert.equal(await index.locator('.claim-entry:visible').count(), 20);
  await index.getByText('Price list', { exact: true }).first().click();
  assert.equal(await index.locator('.claim-entry:visible').count(), 3);
  assert.equal(await page.locator('.sources-count').innerText(), '3 claims');
  await index.getByText('Denial', { exact: true }).first().click();
  assert.equal(await index.locator('.claim-entry:visible').count(), 1);
  const toggle = index.locator('#claim-groundless .entry-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await index.locator('#claim-groundless-body').isVisible());
  await toggle.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await index.getByText('All', { exact: true }).click();
  assert.equal(await index.locator('.claim-entry:visible').count(), 20);
  await context.close();
});

test('the opinion lens marks the author\'s opinions apart, with a legend', async () => {
  const { context, page } = await open();
  const lens = page.getByRole('switch', { name: /Opinion lens/ });
  const opinion = page.locator('.article-section mark[data-kind="authors-opinion"]').first();
  const fact = page.locator('.article-section mark[data-kind="price-list"]').first();
  const style = (l) => l.evaluate((el) => { const s = getComputedStyle(el); return `${s.backgroundColor}|${s.textDecorationStyle}`; });
  await lens.check();
  const [o, f] = [await style(opinion), await style(fact)];
  assert.notEqual(o, f, 'opinions and facts look different under the lens');
  assert.match(o, /wavy/);
  assert.ok(await page.locator('#lens-legend').isVisible());
  await lens.uncheck();
  assert.equal(await style(opinion), await style(fact), 'without the lens, all claims look alike');
  await context.close();
});

test('on a 360 px phone, cards open in the flow and nothing scrolls sideways', async () => {
  const { context, page } = await open('', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const button = page.locator('button.claim-button[data-claim="benchmarks"]');
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  const card = page.locator('#card-benchmarks-1');
  assert.ok(await card.isVisible());
  const box = await card.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await context.close();
});

test('?widget=sources shows the index alone', async () => {
  const { context, page } = await open('?widget=sources');
  assert.ok(await page.locator('#sources').isVisible());
  assert.ok(await page.locator('#release').isHidden());
  assert.ok(await page.locator('#standfirst').isHidden());
  await context.close();
});

test('print shows every claim as an endnote', async () => {
  const { context, page } = await open();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.entry-body:visible').count(), 20);
  assert.ok(await page.locator('.claim-button').first().isHidden());
  await context.close();
});

test('axe-core: the source layer has no serious or critical violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open('#claim-price-openai', { colorScheme });
    await page.locator('button.claim-button[data-claim="price-deepseek"]').click();
    await page.getByRole('switch', { name: /Opinion lens/ }).check();
    const v = await seriousViolations(page);
    assert.deepEqual(v, [], `${colorScheme}: ${JSON.stringify(v, null, 1)}`);
    await context.close();
  }
});
