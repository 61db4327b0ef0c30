// The export-control diagram, end to end: mouse, keyboard, story mode, the view switch and the
// counterfactual, on a desktop and on a 360 px phone; alone under ?widget=diagram; axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { reach, seriousViolations, useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/** The page, with the diagram reached (its islands awake). */
const open = async (viewport, q = '') => {
  const w = await env.open(q, { viewport });
  await reach(w.page, '#diagram');
  return w;
};

/** The visible arrangement's node `id`. */
const node = (page, id) => page.locator(`#diagram svg:visible [data-node="${id}"]`);
const state = (page, id) => node(page, id).getAttribute('data-state');
const focusedNode = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-node'));

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
]) {
  test(`${name}: one arrangement shows, with every node a named button`, async () => {
    const { context, page, log } = await open(viewport);
    const visible = await page.locator('#diagram svg.diagram-svg:visible').count();
    assert.equal(visible, 1);
    const cls = await page.locator('#diagram svg.diagram-svg:visible').getAttribute('class');
    assert.match(cls, name === 'desktop' ? /diagram-wide/ : /diagram-narrow/);
    for (const label of ['US export controls', 'Huawei Ascend 950', 'SMIC', 'A parallel AI infrastructure']) {
      assert.equal(
        await page.locator('#diagram svg:visible').getByRole('button', { name: label, exact: true }).count(),
        1,
        label,
      );
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test(`${name}: clicking a node lights its causes and effects and opens its details`, async () => {
    const { context, page } = await open(viewport);
    await node(page, 'v4-on-ascend').click();
    assert.equal(await state(page, 'v4-on-ascend'), 'selected');
    assert.equal(await state(page, 'ascend-950'), 'cause');
    assert.equal(await state(page, 'smic-shares'), 'effect');
    assert.equal(await state(page, 'no-nvidia'), 'dimmed');
    const details = page.locator('#diagram-details');
    assert.match(await details.innerText(), /The record differs/);
    assert.match(await details.innerText(), /trained and deployed on Huawei's Ascend 950 chips/);
    assert.equal(await details.locator('.details-pane:visible').count(), 1, 'one pane shows: the node selected');
    assert.match(await details.locator('.details-title:visible').innerText(), /DeepSeek V4 on Ascend 950/);
    assert.ok(await details.getByRole('link', { name: /V4 was trained/ }).isVisible());
    await page.keyboard.press('Escape');
    assert.equal(await state(page, 'v4-on-ascend'), null);
    await context.close();
  });

  test(`${name}: the keyboard reaches the diagram with one Tab and moves along the arrows`, async () => {
    const { context, page } = await open(viewport);
    // Tab from the story's Next button, the last control before it, into the diagram.
    await page.getByRole('button', { name: 'Next', exact: true }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await focusedNode(page), 'export-controls');
    const forward = name === 'desktop' ? 'ArrowRight' : 'ArrowDown';
    const back = name === 'desktop' ? 'ArrowLeft' : 'ArrowUp';
    await page.keyboard.press(forward);
    assert.equal(await focusedNode(page), 'no-nvidia');
    await page.keyboard.press(forward);
    assert.equal(await focusedNode(page), 'slower-progress');
    await page.keyboard.press(back);
    assert.equal(await focusedNode(page), 'no-nvidia');
    await page.keyboard.press('Enter');
    assert.equal(await state(page, 'no-nvidia'), 'selected');
    await page.keyboard.press('End');
    assert.equal(await focusedNode(page), 'developers-worldwide');
    await page.keyboard.press(' ');
    assert.equal(await state(page, 'developers-worldwide'), 'selected');
    assert.equal(await state(page, 'open-cheap-v4'), 'cause');
    await page.keyboard.press('Home');
    assert.equal(await focusedNode(page), 'export-controls');
    // One Tab leaves the diagram.
    await page.keyboard.press('Tab');
    assert.equal(await focusedNode(page), null);
    await context.close();
  });

  test(`${name}: story mode steps through the argument`, async () => {
    const { context, page } = await open(viewport);
    const next = page.getByRole('button', { name: 'Next', exact: true });
    const previous = page.getByRole('button', { name: 'Previous', exact: true });
    assert.ok(await previous.isDisabled());
    await next.click();
    assert.equal(await page.locator('.story-counter').innerText(), 'Step 1 of 12');
    assert.equal(await state(page, 'export-controls'), 'selected');
    assert.match(await page.locator('.story-narration').innerText(), /restrict/);
    for (let i = 0; i < 5; i++) await next.click();
    assert.equal(await page.locator('.story-counter').innerText(), 'Step 6 of 12');
    assert.equal(await state(page, 'v4-on-ascend'), 'selected');
    await previous.click();
    assert.equal(await page.locator('.story-counter').innerText(), 'Step 5 of 12');
    for (let i = 0; i < 20; i++) if (!(await next.isDisabled())) await next.click();
    assert.equal(await page.locator('.story-counter').innerText(), 'Step 12 of 12');
    assert.ok(await next.isDisabled());
    await context.close();
  });

  test(`${name}: the view switch and the counterfactual`, async () => {
    const { context, page } = await open(viewport);
    await page.getByText('The theory', { exact: true }).click();
    assert.ok(await node(page, 'export-controls').isVisible());
    assert.ok(await page.locator('#diagram svg:visible [data-node="smic"]').isHidden());
    await page.getByText('What happened', { exact: true }).click();
    assert.ok(await page.locator('#diagram svg:visible [data-node="export-controls"]').isHidden());
    assert.ok(await node(page, 'smic').isVisible());
    await page.getByText('Both', { exact: true }).click();
    const sw = page.getByRole('switch', { name: 'Without domestic chips' });
    await sw.check();
    assert.equal(await node(page, 'v4-on-ascend').getAttribute('data-lost'), 'true');
    assert.equal(await node(page, 'smic-shares').getAttribute('data-lost'), 'true');
    assert.equal(await node(page, 'developers-worldwide').getAttribute('data-lost'), null);
    assert.match(await page.locator('#diagram-without-note').innerText(), /stand either way/);
    await sw.uncheck();
    assert.equal(await node(page, 'v4-on-ascend').getAttribute('data-lost'), null);
    assert.ok(await page.locator('#diagram-without-note').isHidden());
    await context.close();
  });
}

test('the text equivalent is there for screen readers and opens for everyone', async () => {
  const { context, page } = await open(DESKTOP);
  const list = page.locator('#diagram-list');
  assert.match(await list.textContent(), /US export controls leads to:/);
  const toggle = page.getByRole('button', { name: 'Read the diagram as a list' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  // Closed, it is out of sight (a 1 px clip) but still read: its items keep their roles.
  assert.ok((await list.getByRole('listitem').count()) > 10);
  assert.ok((await list.boundingBox()).width <= 1);
  await toggle.click();
  assert.equal(await page.getByRole('button', { name: 'Hide the list' }).getAttribute('aria-expanded'), 'true');
  assert.ok(await list.getByText('Huawei Ascend 950', { exact: true }).first().isVisible());
  assert.ok((await list.boundingBox()).width > 200);
  await context.close();
});

test('?widget=diagram shows the diagram alone', async () => {
  const { context, page } = await open(DESKTOP, '?widget=diagram');
  assert.ok(await page.locator('#diagram').isVisible());
  assert.ok(await page.locator('#cost').isHidden());
  assert.ok(await page.locator('#standfirst').isHidden());
  await context.close();
});

test('axe-core: the diagram has no serious or critical violations, light and dark, wide and narrow', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [DESKTOP, PHONE]) {
      const { context, page } = await env.open('', { colorScheme, viewport });
      await node(page, 'v4-on-ascend').click();
      const v = await seriousViolations(page, '#diagram');
      assert.deepEqual(v, [], `${colorScheme} ${viewport.width}: ${JSON.stringify(v, null, 1)}`);
      await context.close();
    }
  }
});
