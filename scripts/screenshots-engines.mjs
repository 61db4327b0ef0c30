// Screenshots of the built explainer in Firefox and WebKit (Safari's engine), for comparing
// engines: the whole page and the cost widget's page, narrow and at 1280 px, full length, light.
// Narrow is as narrow as the engine's window goes (Firefox headless stops at about 500 px,
// WebKit's MiniBrowser at about 450): each file is named by the width it really has.
// Usage: node scripts/screenshots-engines.mjs [out-dir]   (after `trunk build --release`;
// the drivers come with `scripts/setup --test`; ENGINES=firefox or webkit for one)
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { ENGINES, appReady, startEngine } from '../tests/engines/engines.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] || path.join(root, 'target', 'screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await serve({ mounts: { '/news/explainer/': path.join(root, 'dist') } });
for (const engine of ENGINES) {
  const { driver, stop } = await startEngine(engine);
  try {
    for (const [name, address] of [['page', ''], ['cost', 'cost.html']]) {
      for (const width of [360, 1280]) {
        await driver.manage().window().setRect({ width, height: 900 });
        await driver.get(`${server.url}/news/explainer/${address}`);
        await appReady(driver);
        // Every group awake, as a reader scrolling down would find them; then the window as
        // tall as the page, for one full-length picture.
        const height = await driver.executeAsyncScript(`
          var done = arguments[arguments.length - 1];
          (async function () {
            for (var y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
              scrollTo(0, y);
              await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 30); }); });
            }
            scrollTo(0, 0);
            done(document.documentElement.scrollHeight);
          })();`);
        await driver.manage().window().setRect({ width, height: Math.min(height + 120, 16000) });
        await driver.sleep(400);
        const real = await driver.executeScript('return innerWidth');
        const file = path.join(out, `${engine}-${name}-${real}.png`);
        fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
        console.log(file);
      }
    }
  } finally {
    await stop();
  }
}
await server.close();
