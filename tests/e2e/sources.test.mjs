// Claim sources, end to end: numbered as read; cards that open beside their buttons, in view,
// by mouse, touch and keyboard, and with script off; Escape and focus return; deep links, the
// kind filter, the opinion lens, ?widget=sources, print, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { reach, seriousViolations, useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });

const open = (q, options) => env.open(q, options);
const focused = (page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-claim') ?? document.activeElement?.className);

/**
 * What a screen reader is told about the element `selector` matches: its role, accessible name
 * and expanded state, read from Chromium's accessibility tree.
 */
async function heard(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', {});
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const n = nodes[0];
    const expanded = n.properties?.find((p) => p.name === 'expanded')?.value.value;
    return { role: n.role?.value, name: n.name?.value, expanded: expanded ?? null };
  } finally {
    await cdp.detach();
  }
}

/** The number a claim's first button in the text carries. */
const _numberOf = (page, claim) =>
  page.locator(`article button.claim-button[data-claim="${claim}"]`).first().innerText();

test('every claim span has a button opening its card; the numbers read 1, 2, 3 as the article is read', async () => {
  const { context, page } = await open();
  const buttons = page.locator('article button.claim-button');
  assert.equal(await buttons.count(), 24, 'one button after each of the 24 spans');
  const seen = await buttons.evaluateAll((bs) =>
    bs
      .map((b) => ({
        claim: b.dataset.claim,
        number: Number(b.textContent),
        card: document.getElementById(b.getAttribute('popovertarget')),
      }))
      .map(({ claim, number, card }) => ({
        claim,
        number,
        card: card && card.getAttribute('popover') === 'auto' ? card.querySelector('.card-number').textContent : null,
      })),
  );
  assert.equal(new Set(seen.map((s) => s.claim)).size, 20);
  // In reading order, each claim's first button carries the next number.
  const first = [];
  for (const s of seen) if (!first.some((f) => f.claim === s.claim)) first.push(s);
  assert.deepEqual(
    first.map((f) => f.number),
    Array.from({ length: 20 }, (_, i) => i + 1),
  );
  for (const s of seen) {
    assert.equal(
      s.number,
      first.find((f) => f.claim === s.claim).number,
      `${s.claim}: every button of a claim has its number`,
    );
    assert.equal(s.card, `Claim ${s.number}`, `${s.claim}: the button opens a popover card with its number`);
  }
  // The index lists the claims in the same order, with the same numbers.
  const entries = await page
    .locator('.claim-entry')
    .evaluateAll((es) => es.map((e) => [e.id, e.querySelector('.entry-number').textContent]));
  assert.deepEqual(
    entries,
    first.map((f) => [`claim-${f.claim}`, String(f.number)]),
  );
  // The diagram's details name the claims they rest on by the same numbers.
  const refs = await page
    .locator('.diagram-details li:has(.claim-ref)')
    .evaluateAll((ls) =>
      ls.map((l) => [
        l.querySelector('a').getAttribute('href').replace('#claim-', ''),
        l.querySelector('.claim-ref').textContent.replace('Claim ', ''),
      ]),
    );
  assert.ok(refs.length >= 5, `the diagram cites claims (${refs.length})`);
  for (const [claim, number] of refs) assert.equal(number, String(first.find((f) => f.claim === claim).number), claim);
  await context.close();
});

test('mouse: a card opens next to its button, and the button says it is expanded', async () => {
  const { context, page } = await open();
  const button = page.locator('button.claim-button[data-claim="price-openai"]');
  const n = await button.innerText();
  assert.deepEqual(await heard(page, 'button.claim-button[data-claim="price-openai"]'), {
    role: 'button',
    name: `${n}: source card for claim ${n} (price list)`,
    expanded: false,
  });
  await button.click();
  const card = page.locator('#card-price-openai-1');
  assert.ok(await card.isVisible());
  assert.equal((await heard(page, 'button.claim-button[data-claim="price-openai"]')).expanded, true);
  assert.equal((await heard(page, '#card-price-openai-1')).name, `Claim ${n}: Price list`);
  assert.match(await card.innerText(), /GPT-5\.5[\s\S]*GPT-5\.4[\s\S]*\$15/);
  // Next to the button: right below it (or right above), not after the paragraph.
  const b = await button.boundingBox();
  const c = await card.boundingBox();
  assert.ok(
    Math.abs(c.y - (b.y + b.height)) < 16 || Math.abs(c.y + c.height - b.y) < 16,
    `card ${JSON.stringify(c)} by button ${JSON.stringify(b)}`,
  );
  await button.click();
  assert.ok(await card.isHidden());
  assert.equal((await heard(page, 'button.claim-button[data-claim="price-openai"]')).expanded, false);
  await context.close();
});

test('keyboard: Enter and Space open a card, Tab goes into it, Escape closes it and returns focus to its button', async () => {
  const { context, page } = await open();
  const button = page.locator('button.claim-button[data-claim="ascend-950"]');
  await button.focus();
  await page.keyboard.press('Enter');
  const card = page.locator('#card-ascend-950-1');
  assert.ok(await card.isVisible());
  assert.match(await card.innerText(), /Contested[\s\S]*serving/);
  // The card comes next in the tab order, wherever it stands in the document.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.claim-card')?.id), 'card-ascend-950-1');
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
  assert.equal(await focused(page), 'ascend-950');
  // ...or from the button itself.
  await page.keyboard.press('Space');
  assert.ok(await card.isVisible());
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
  assert.equal(await focused(page), 'ascend-950');
  // Close, the first stop inside the card, closes it too, and focus goes back to the button.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'card-close');
  await page.keyboard.press('Enter');
  await card.waitFor({ state: 'hidden', timeout: 2000 });
  assert.equal(await focused(page), 'ascend-950');
  await context.close();
});

// A reader taps a claim button low on the screen, where a thumb reads: the card must open on the
// same screen, its first line in view beside the button, at every button of the article.
for (const [label, options] of [
  ['a 360 x 640 phone, by touch', { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true }],
  ['a 1280 x 720 laptop, by mouse', { viewport: { width: 1280, height: 720 } }],
]) {
  test(`on ${label}, every claim's card opens in view beside its button at 85% of the screen`, async () => {
    const { context, page } = await open('', options);
    const count = await page.locator('article button.claim-button').count();
    for (let i = 0; i < count; i++) {
      const button = page.locator('article button.claim-button').nth(i);
      const id = await button.getAttribute('popovertarget');
      await button.evaluate((b) => {
        const r = b.getBoundingClientRect();
        window.scrollBy(0, r.top + r.height / 2 - window.innerHeight * 0.85);
      });
      if (options.hasTouch) await button.tap();
      else await button.click();
      const seen = await page.evaluate((id) => {
        const card = document.getElementById(id);
        const b = document.querySelector(`[popovertarget="${id}"]`).getBoundingClientRect();
        const head = card.querySelector('.card-head').getBoundingClientRect();
        const c = card.getBoundingClientRect();
        return {
          open: card.matches(':popover-open'),
          h: innerHeight,
          w: innerWidth,
          b: [b.top, b.bottom],
          head: [head.top, head.bottom],
          card: [c.left, c.top, c.right, c.bottom],
        };
      }, id);
      const where = `${id}: ${JSON.stringify(seen)}`;
      assert.ok(seen.open, where);
      assert.ok(seen.b[0] >= 0 && seen.b[1] <= seen.h, `the button stays in view: ${where}`);
      assert.ok(seen.head[0] >= 0 && seen.head[1] <= seen.h, `the card's first line is in view: ${where}`);
      assert.ok(seen.card[0] >= 0 && seen.card[2] <= seen.w, `the card fits across the screen: ${where}`);
      assert.ok(
        seen.card[3] <= seen.b[0] + 1 || seen.card[1] >= seen.b[1] - 1,
        `the card does not cover its button: ${where}`,
      );
      await page.keyboard.press('Escape');
      assert.equal(await page.locator(`#${id}`).isHidden(), true, id);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'nothing scrolls sideways');
    await context.close();
  });
}

test('with script off, a claim button still opens its card, and Escape closes it', async () => {
  const { context, page } = await watchedPage(env.browser, {
    allowedOrigins: [env.server.url],
    javaScriptEnabled: false,
  });
  await page.goto(env.url());
  const button = page.locator('button.claim-button[data-claim="price-openai"]');
  await button.click();
  const card = page.locator('#card-price-openai-1');
  assert.ok(await card.isVisible());
  assert.match(await card.innerText(), /GPT-5\.4/);
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
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
  assert.ok(await entry.locator('details').evaluate((d) => d.open), 'the entry is open');
  assert.match(await entry.innerText(), /Chinese embassy/);
  // Following a link to another claim opens it too.
  await page.evaluate(() => {
    location.hash = '#claim-ai-index';
  });
  await page.waitForFunction(() => document.querySelector('#claim-ai-index details').open);
  await context.close();
});

test('the index: 20 entries, filterable by kind, each disclosing its card', async () => {
  const { context, page } = await open();
  await reach(page, '#sources');
  const index = page.getByRole('region', { name: 'Sources and claims' });
  assert.equal(await index.locator('.claim-entry:visible').count(), 20);
  await index.getByText('Price list', { exact: true }).first().click();
  assert.equal(await index.locator('.claim-entry:visible').count(), 3);
  assert.equal(await page.locator('.sources-count').innerText(), '3 claims');
  await index.getByText('Denial', { exact: true }).first().click();
  assert.equal(await index.locator('.claim-entry:visible').count(), 1);
  // Each entry is a disclosure: its heading, in a summary, opens and closes its card, by mouse
  // and by keyboard, and says whether it is expanded.
  const toggle = index.locator('#claim-groundless .entry-toggle');
  const isOpen = () => index.locator('#claim-groundless details').evaluate((d) => d.open);
  assert.ok(await index.getByRole('heading', { name: /Chinese embassy|groundless/i }).isVisible());
  await toggle.click();
  assert.equal(await isOpen(), true);
  assert.ok(await index.locator('#claim-groundless-body').isVisible());
  await toggle.press('Enter');
  assert.equal(await isOpen(), false);
  assert.ok(await index.locator('#claim-groundless-body').isHidden());
  await toggle.press('Space');
  assert.equal(await isOpen(), true);
  await index.getByText('All', { exact: true }).click();
  assert.equal(await index.locator('.claim-entry:visible').count(), 20);
  await context.close();
});

test("the opinion lens marks the author's opinions apart, with a legend", async () => {
  const { context, page } = await open();
  const lens = page.getByRole('switch', { name: /Opinion lens/ });
  const opinion = page.locator('.article-section mark[data-kind="authors-opinion"]').first();
  const fact = page.locator('.article-section mark[data-kind="price-list"]').first();
  const style = (l) =>
    l.evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor}|${s.textDecorationStyle}`;
    });
  await lens.check();
  const [o, f] = [await style(opinion), await style(fact)];
  assert.notEqual(o, f, 'opinions and facts look different under the lens');
  assert.match(o, /wavy/);
  assert.ok(await page.locator('#lens-legend').isVisible());
  await lens.uncheck();
  assert.equal(await style(opinion), await style(fact), 'without the lens, all claims look alike');
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
  // Each claim in the text carries its endnote's number.
  const mark = page.locator('mark.claim-span[data-claim="price-openai"]');
  const number = await page.locator('#claim-price-openai .entry-number').innerText();
  assert.equal(await mark.evaluate((m) => getComputedStyle(m, '::after').content), `" [${number}]"`);
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
