// Screenshots of the built explainer, for looking at it: the whole page and each widget's own
// page, at 320, 360, 768 and 1280 px, light and dark, full length.
// Usage: node scripts/screenshots.mjs [out-dir] [query]   (after `trunk build --release`)
import path from 'node:path';
import fs from 'node:fs';
import { serve } from '../tests/e2e/server.mjs';
import { launch, appReady } from '../tests/e2e/browser.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] || path.join(root, 'target', 'screenshots');
const query = process.argv[3] || '';
fs.mkdirSync(out, { recursive: true });
const server = await serve({ mounts: { '/news/explainer/': path.join(root, 'dist') } });
const browser = await launch();
for (const [name, address] of [
  ['page', ''],
  ['cost', 'cost.html'],
  ['diagram', 'diagram.html'],
  ['sources', 'sources.html'],
]) {
  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 360, 768, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/news/explainer/${address}${query}`);
      await appReady(page);
      // Every group of islands awake, as a reader scrolling down would find them.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        }
        scrollTo(0, 0);
      });
      await page.waitForTimeout(300);
      const file = path.join(out, `${name}-${width}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await server.close();
