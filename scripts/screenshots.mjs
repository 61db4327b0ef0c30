// Screenshots of the built explainer, for looking at it: 360 px and 1280 px, light and dark.
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
for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.url}/news/explainer/${query}`);
    await appReady(page);
    await page.waitForTimeout(300);
    const file = path.join(out, `page-${width}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
