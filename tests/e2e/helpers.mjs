// Shared set-up for the end-to-end tests: dist/ served under a sub-path, the article's text
// read from its content file, and axe-core.
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SUBPATH = '/news/explainer/';
const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = fs.readFileSync(AXE_PATH, 'utf8');

/**
 * The article's blocks, read from content/article.toml (the file's simple, fixed layout). Throws
 * when the layout is not what this reads (a block it could not read would be a check skipped).
 */
export function articleBlocks() {
  const toml = fs.readFileSync(path.join(ROOT, 'content', 'article.toml'), 'utf8');
  const blocks = [...toml.matchAll(/^text = '''(.*)'''$/gm)].map((m) => m[1]);
  const declared = toml.match(/^\[\[block\]\]$/gm)?.length ?? 0;
  if (blocks.length === 0 || blocks.length !== declared) {
    throw new Error(`read ${blocks.length} of the ${declared} blocks in content/article.toml`);
  }
  return blocks;
}

/** Asserts that `shown` (from `articleText`) is the whole article, word for word, in order. */
export function assertWholeArticle(shown) {
  const blocks = articleBlocks();
  assert.equal(shown.length, blocks.length, 'every block of the article is on the page');
  for (const [i, b] of blocks.entries()) assert.equal(norm(shown[i]), norm(b), `block ${i + 1}`);
}

/** Serves dist/ at SUBPATH on 127.0.0.1. */
export function serveDist(options = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run trunk build --release first');
  return serve({ mounts: { [SUBPATH]: DIST }, ...options });
}

/** Runs axe-core on the page (optionally on one element) and returns serious or critical violations. */
export async function seriousViolations(page, include) {
  // Evaluated through the DevTools protocol: the page's own CSP (rightly) refuses injected scripts.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (sel) => {
    const context = sel ? { include: [sel] } : document;
    const r = await window.axe.run(context, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  }, include ?? null);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The text a person sees in an element, with runs of white space made single. */
export async function visibleText(page, selector) {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

export function norm(s) {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The article's blocks as the page shows them, in page order: each block's element (they carry
 * the block ids), its text without the claim buttons' numbers; each must be visible.
 */
export async function articleText(page) {
  return page.evaluate(() => {
    const els = [...document.querySelectorAll('article.article [id]')].filter((el) =>
      el.matches('.standfirst, h2, p[id], figcaption'),
    );
    return els
      .filter((el) => !el.closest('.widget, .live-sentence, .claim-card, .app-note, .lens'))
      .map((el) => {
        if (!el.checkVisibility()) return `(hidden) ${el.id}`;
        const copy = el.cloneNode(true);
        for (const b of copy.querySelectorAll('.claim-button')) b.remove();
        return copy.textContent;
      });
  });
}

/**
 * The usual set-up of a test file: dist/ served at SUBPATH and a browser, started before the
 * tests and stopped after. Returns live getters, and `open(query, contextOptions)` which loads
 * the page in a watched context and waits for the app.
 */
export function useExplainer({ before, after, launch, watchedPage, appReady }) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serveDist();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  env.url = (q = '') => `${env.server.url}${SUBPATH}${q}`;
  env.open = async (q = '', options = {}) => {
    const w = await watchedPage(env.browser, { allowedOrigins: [env.server.url], ...options });
    await w.page.goto(env.url(q));
    await appReady(w.page);
    return w;
  };
  return env;
}

/** Scrolls group `selector` (a widget, the sources index, the colophon) into view, as a reader
 * reaching it does, and waits until its islands are awake: on the whole page, the islands no
 * first screen needs arrive as their group nears the screen. */
export async function reach(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => document.querySelector(s).hasAttribute('data-awake'), selector);
}
