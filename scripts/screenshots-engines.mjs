// Screenshots of the built explainer in Firefox and WebKit (Safari's engine), for comparing
// engines with each other and with Chromium's (scripts/screenshots.mjs): the whole page and the
// cost widget's page, at 360 and 1280 CSS px, full length, light, every group awake.
//
// Neither engine's window goes down to 360 px (Firefox headless stops at 500 CSS px whatever
// its pixel ratio, WebKit's MiniBrowser at about 450), so at 360 each shows the page in a 360 px
// frame of a same-origin page, as a news page on a phone embeds it: a true 360 px viewport.
// Framed, the page is in its embed mode, which hides the colophon and the Embed buttons and has
// a transparent background; everything else is the page at 360 px.
// Each file is named by engine, page and the width the page really had (`innerWidth`).
// Usage: node scripts/screenshots-engines.mjs [out-dir]   (after `trunk build --release`;
// the drivers come with `scripts/setup --test`; ENGINES=firefox or webkit for one)
import fs from 'node:fs';
import path from 'node:path';
import { By } from 'selenium-webdriver';
import { serve } from '../tests/e2e/server.mjs';
import { ENGINES, appReady, startEngine } from '../tests/engines/engines.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] || path.join(root, 'target', 'screenshots');
fs.mkdirSync(out, { recursive: true });
const BASE = '/news/explainer/';
const PAGES = [
  ['page', ''],
  ['cost', 'cost.html'],
];
const frame = (address) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>360 px frame</title>
<style>body { margin: 0; background: #fff; } iframe { display: block; border: 0; width: 360px; height: 800px; }</style>
</head><body><iframe title="The explainer" src="${BASE}${address}"></iframe></body></html>`;
const server = await serve({
  mounts: { [BASE]: path.join(root, 'dist') },
  pages: Object.fromEntries(PAGES.map(([name, address]) => [`/frame-${name}.html`, frame(address)])),
});

/** Wakes every group (as a reader scrolling down would) and returns the page's full height. */
const WAKE_ALL = `
  var done = arguments[arguments.length - 1];
  (async function () {
    for (var y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 30); }); });
    }
    scrollTo(0, 0);
    done(document.documentElement.scrollHeight);
  })();`;

async function save(driver, engine, name, shot) {
  const real = await driver.executeScript('return innerWidth');
  const file = path.join(out, `${engine}-${name}-${real}.png`);
  fs.writeFileSync(file, Buffer.from(shot, 'base64'));
  console.log(file);
}

/** The page in a top-level window `width` px wide, the window as tall as the page. */
async function topLevel(driver, engine, name, address, width) {
  await driver.manage().window().setRect({ width, height: 900 });
  await driver.get(`${server.url}${BASE}${address}`);
  await appReady(driver);
  const height = await driver.executeAsyncScript(WAKE_ALL);
  await driver
    .manage()
    .window()
    .setRect({ width, height: Math.min(height + 120, 16000) });
  await driver.sleep(400);
  await save(driver, engine, name, await driver.takeScreenshot());
}

/** The page in a 360 px frame at the window's left, the frame as tall as the page. */
async function framed(driver, engine, name) {
  await driver.manage().window().setRect({ width: 600, height: 900 });
  await driver.get(`${server.url}/frame-${name}.html`);
  const iframe = await driver.findElement(By.css('iframe'));
  await driver.switchTo().frame(iframe);
  await appReady(driver);
  const height = await driver.executeAsyncScript(WAKE_ALL);
  const framedWidth = await driver.executeScript('return innerWidth');
  await driver.switchTo().defaultContent();
  await driver.executeScript('document.querySelector("iframe").style.height = arguments[0] + "px"', height);
  await driver
    .manage()
    .window()
    .setRect({ width: 600, height: Math.min(height + 200, 16000) });
  await driver.sleep(400);
  const file = path.join(out, `${engine}-${name}-${framedWidth}-framed.png`);
  // The whole window (an element's screenshot loses its top in WebKit): the frame on the left,
  // white beside it.
  fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
  console.log(file);
}

for (const engine of ENGINES) {
  const { driver, stop } = await startEngine(engine);
  try {
    for (const [name, address] of PAGES) {
      await topLevel(driver, engine, name, address, 1280);
      await framed(driver, engine, name);
    }
  } finally {
    await stop();
  }
}
await server.close();
