// The release build's minifying step, run by Trunk's post_build hook (Trunk.toml) on the staged
// files before the prerender step: every script (the modules' wasm-bindgen glue, boot.js,
// embed.js) and every style sheet is minified in place with esbuild. The prerender step then
// gives boot.js, the joined style sheets and each widget's module their content-hashed names, as
// it does without this step. The whole explainer's glue keeps the name Trunk hashed it under
// (still one name per content: minifying is deterministic), and its `integrity` in index.html is
// computed again for the minified bytes.
//
//   node scripts/minify.mjs <staging folder>
//
// Classic scripts are written for ES2017 (boot.js must still run, to say the app cannot start,
// in a browser too old for the rest); modules for ES2020 (the glue's BigInt literals).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2];
if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
  console.error('minify: usage: node scripts/minify.mjs <the staging folder, with index.html>');
  process.exit(1);
}

const CLASSIC = new Set(['boot.js', 'embed.js']);
const BANNER = {
  'embed.js':
    "/* embed.js, the DeepSeek V4 explainer's loader for host pages (minified; the source is in its repository) */",
};

let before = 0;
let after = 0;
const changed = new Map(); // file name -> its new bytes
for (const name of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  let options;
  if (name.endsWith('.css')) options = { loader: 'css', minify: true, legalComments: 'none' };
  else if (name.endsWith('.js')) {
    options = CLASSIC.has(name)
      ? { loader: 'js', minify: true, target: 'es2017', legalComments: 'none', banner: BANNER[name] ?? '' }
      : { loader: 'js', format: 'esm', minify: true, target: 'es2020', legalComments: 'none' };
  } else continue;
  const source = fs.readFileSync(file, 'utf8');
  let code;
  try {
    ({ code } = transformSync(source, { ...options, sourcefile: name }));
  } catch (e) {
    console.error(`minify: ${name}: ${e.message}`);
    process.exit(1);
  }
  fs.writeFileSync(file, code);
  changed.set(name, Buffer.from(code));
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(code);
}

// The integrity of each minified file the page names (Trunk wrote it for the unminified bytes).
const page = path.join(dir, 'index.html');
const html = fs.readFileSync(page, 'utf8').replace(/<link\b[^>]*>/g, (tag) => {
  const href = /\bhref="\.\/([^"]+)"/.exec(tag)?.[1];
  if (!href || !changed.has(href) || !/\bintegrity="/.test(tag)) return tag;
  const digest = crypto.createHash('sha384').update(changed.get(href)).digest('base64');
  return tag.replace(/\bintegrity="[^"]*"/, `integrity="sha384-${digest}"`);
});
fs.writeFileSync(page, html);
console.log(
  `minify: ${changed.size} scripts and style sheets, ${(before / 1000).toFixed(1)} KB to ${(after / 1000).toFixed(1)} KB`,
);
