// What bench.mjs and profile.mjs share: the floor pages, and a reader's drag across the range.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const DIST = path.join(ROOT, 'dist');

/** The middle value of `xs` (the upper middle for an even count); 0 for none. */
export const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

/**
 * The floor pages, in target/bench-floor/: the built index.html and cost.html without their
 * scripts and preloads, with bench/floor.js (a hand-written vanilla-JS slider) instead, beside
 * the same style sheets; and the plain-article floor, plain.html (below). Returns the folder.
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
  fs.copyFileSync(path.join(ROOT, 'bench', 'plain.js'), path.join(dir, 'plain.js'));
  writePlainPage(dir);
  return dir;
}

/**
 * The plain-article floor, `plain.html` in the floor folder: the article's text as plain
 * headings and paragraphs (from content/article.toml), with a range and three figures and bars
 * after the pricing paragraph, driven by bench/plain.js; a few lines of style, no web font, no
 * widget. What the rich page costs shows against it.
 */
function writePlainPage(dir) {
  const toml = fs.readFileSync(path.join(ROOT, 'content', 'article.toml'), 'utf8');
  const blocks = [...toml.matchAll(/^id = "([^"]+)"\nkind = "([^"]+)"\ntext = '''(.*)'''$/gm)];
  if (blocks.length === 0) throw new Error('content/article.toml: no blocks read');
  const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const tag = { standfirst: 'p', heading: 'h2', paragraph: 'p', quote: 'blockquote', attribution: 'p' };
  const slider = `<p><label for="tokens-range">Output tokens a month: <span class="slider-number"></span></label>
<input type="range" id="tokens-range" min="0" max="140" value="80"></p>
<ul>${['DeepSeek V4-Pro', 'OpenAI', 'Anthropic'].map((n) => `<li>${n}: <span class="plain-cost"></span><span class="plain-bar"></span></li>`).join('')}</ul>`;
  const body = blocks
    .map(([, id, kind, text]) => `<${tag[kind]}>${escapeHtml(text)}</${tag[kind]}>${id === 'pricing' ? slider : ''}`)
    .join('\n');
  fs.writeFileSync(
    path.join(dir, 'plain.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>DeepSeek V4 (plain)</title>
<style>body{max-width:40rem;margin:2rem auto;padding:0 1rem;font:1.1rem/1.6 Georgia,serif}
input{width:100%}.plain-bar{display:block;height:.5rem;background:#2b6cb0}</style>
<script src="./plain.js" defer></script></head><body><h1>DeepSeek V4</h1>
${body}</body></html>`,
  );
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
