// What bench.mjs and profile.mjs share: the floor pages, and a reader's drag across the range.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const DIST = path.join(ROOT, 'dist');

/**
 * The floor pages, in target/bench-floor/: the built index.html and cost.html without their
 * scripts and preloads, with bench/floor.js (a hand-written vanilla-JS slider) instead, beside
 * the same style sheets. Returns the folder.
 */
export function floorDir() {
  const dir = path.join(ROOT, 'target', 'bench-floor');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(DIST))
    if (/\.(css|svg)$/.test(f)) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
  fs.copyFileSync(path.join(ROOT, 'bench', 'floor.js'), path.join(dir, 'floor.js'));
  for (const page of ['index.html', 'cost.html']) {
    const html = fs
      .readFileSync(path.join(DIST, page), 'utf8')
      .replace(/<script[^>]*><\/script>/g, '')
      .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
      .replace('</head>', '<script src="./floor.js" defer></script></head>');
    fs.writeFileSync(path.join(dir, page), html);
  }
  return dir;
}

/**
 * A reader's drag: presses the range's thumb at its left end and makes `moves` trusted pointer
 * moves to the right end and back (Playwright's mouse: each move is dispatched and handled by
 * the page before the next), then releases and waits for a frame. Returns the milliseconds the
 * whole drag took. `box` is the range's bounding box, in view.
 */
export async function dragAcross(page, box, moves) {
  const y = box.y + box.height / 2;
  const x = (f) => box.x + 6 + f * (box.width - 12);
  await page.mouse.move(x(0), y);
  await page.mouse.down();
  const t0 = performance.now();
  const half = moves / 2;
  for (let i = 1; i <= moves; i++) await page.mouse.move(x(i <= half ? i / half : (moves - i) / half), y);
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return performance.now() - t0;
}
