// The whole explainer's module, split (run by Trunk's post_build hook, Trunk.toml, before the
// minifying and prerender steps): the islands no first screen needs (`#[island(lazy)]` under the
// `split` feature, which only the whole explainer's rust link in index.html turns on) leave the
// module the page loads first, each in a piece of its own that the browser fetches when its
// island first wakes.
//
//   node scripts/split.mjs <staging folder> <profile: release or debug>
//
// Trunk has no stage between cargo and wasm-bindgen, where the split must happen, so this step
// takes cargo's module (linked with --emit-relocs, scripts/env) and does what cargo-leptos's
// `--split` does:
//   1. wasm-split-cli cuts it into the main module, one `split_*.wasm` per lazy island, the
//      `chunk_*.wasm` code they share, and the loader `__wasm_split.js` that fetches them;
//   2. wasm-bindgen writes the main module's glue (--keep-lld-exports: the loader needs the
//      function table that wasm-bindgen would otherwise take out of the exports);
//   3. on release, wasm-opt -Oz shrinks every piece, as Trunk does for the other modules.
// Its output replaces the glue and module Trunk staged for the page. Every file gets a content-
// hashed name, written where the others name it: the pieces' names in the loader, the loader's
// in the glue, the glue's in the loader (the two import each other, so both carry one hash of
// everything), and the glue's and module's in index.html, with the module's `integrity`
// computed again (the minifying step does the glue's), and a modulepreload link for the loader.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [dir, profile] = process.argv.slice(2);
const page = dir && path.join(dir, 'index.html');
if (!page || !fs.existsSync(page) || (profile !== 'release' && profile !== 'debug')) {
  console.error('split: usage: node scripts/split.mjs <the staging folder, with index.html> <release|debug>');
  process.exit(1);
}
const NAME = 'explainer';
const target = process.env.CARGO_TARGET_DIR || 'target';
const input = path.join(target, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);

function fail(why) {
  console.error(`split: ${why}`);
  process.exit(1);
}
function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    fail(`${tool} failed (${e.message.split('\n')[0]})`);
  }
}
const hash = (...parts) => {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};
const replaceOnce = (text, from, to, where) => {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) fail(`${where} should name ${from} exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
};

if (!fs.existsSync(input)) fail(`${input} is missing (cargo's module for ${NAME})`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-split-'));
try {
  // 1. The split. A module without lazy islands comes out whole, with no pieces.
  run('wasm-split-cli', [input, work, '--target', 'web', '--out-name', NAME]);
  // 2. The glue, for the main module only (the pieces import from the loader alone).
  const bound = path.join(work, 'bound');
  run('wasm-bindgen', [
    '--target',
    'web',
    '--keep-lld-exports',
    '--no-typescript',
    '--out-dir',
    bound,
    '--out-name',
    NAME,
    path.join(work, `${NAME}.wasm`),
  ]);
  if (fs.existsSync(path.join(bound, 'snippets'))) fail('the glue has snippets, which this step does not stage');
  const pieces = fs
    .readdirSync(work)
    .filter((f) => /^(split|chunk)_.*\.wasm$/.test(f))
    .sort();
  const loaderFile = path.join(work, '__wasm_split.js');
  // 3. Every piece shrunk, on release.
  const main = path.join(bound, `${NAME}_bg.wasm`);
  if (profile === 'release') {
    for (const f of [main, ...pieces.map((p) => path.join(work, p))]) run('wasm-opt', ['-Oz', f, '-o', f]);
  }

  // Names. The page's old glue and module, as Trunk staged them.
  let html = fs.readFileSync(page, 'utf8');
  const boot = /<script\b[^>]*\bdata-js="\.\/([^"]+)"[^>]*\bdata-wasm="\.\/([^"]+)"/.exec(html);
  if (!boot) fail('index.html has no boot script naming the module (data-js, data-wasm)');
  const [, oldJs, oldWasm] = boot;
  const wasmBytes = fs.readFileSync(main);
  const wasmName = `${NAME}-${hash(wasmBytes)}_bg.wasm`;
  let glue = fs.readFileSync(path.join(bound, `${NAME}.js`), 'utf8');
  const written = new Map([[wasmName, wasmBytes]]);
  let glueName = `${NAME}-${hash(glue)}.js`;
  if (pieces.length) {
    let loader = fs.readFileSync(loaderFile, 'utf8');
    for (const p of pieces) {
      const bytes = fs.readFileSync(path.join(work, p));
      const named = `${p.replace(/\.wasm$/, '')}-${hash(bytes)}.wasm`;
      loader = replaceOnce(loader, `"./${p}"`, `"./${named}"`, 'the loader');
      written.set(named, bytes);
    }
    // The glue and the loader import each other: one hash of both, the module and the pieces.
    const both = hash(glue, loader, wasmBytes);
    const loaderName = `${NAME}-split-${both}.js`;
    loader = replaceOnce(loader, `"./${NAME}.js"`, `"./${NAME}-${both}.js"`, 'the loader');
    // The glue imports the loader once per lazy island.
    if (!glue.includes(`from "./__wasm_split.js"`)) fail('the glue does not import the loader');
    glue = glue.replaceAll(`from "./__wasm_split.js"`, `from "./${loaderName}"`);
    written.set(loaderName, loader);
    glueName = `${NAME}-${both}.js`;
    // The glue imports the loader: preloaded beside the glue, it arrives with it, instead of
    // once the glue is parsed (a whole round of the main thread later while the page loads).
    // The prerender step leaves it out of the widgets' pages, which load modules of their own.
    const preload = /<link rel="modulepreload" href="\.\/[^"]+"[^>]*>/.exec(html);
    if (!preload) fail('index.html has no modulepreload link for the glue');
    const integrity = `sha384-${crypto.createHash('sha384').update(loader).digest('base64')}`;
    html = html.replace(
      preload[0],
      `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${integrity}">${preload[0]}`,
    );
  }
  written.set(glueName, glue);
  // index.html names the glue and the module (the boot script's data-js and data-wasm, and the
  // preload links, with their integrity: the minifying step computes the glue's again).
  for (const [old, name] of [
    [oldJs, glueName],
    [oldWasm, wasmName],
  ]) {
    const integrity = `sha384-${crypto.createHash('sha384').update(written.get(name)).digest('base64')}`;
    html = html.replace(/<link\b[^>]*>/g, (tag) =>
      tag.includes(`"./${old}"`) ? tag.replace(/\bintegrity="[^"]*"/, `integrity="${integrity}"`) : tag,
    );
    html = html.replaceAll(`"./${old}"`, `"./${name}"`);
    // boot.js fetches the module itself, with the digest its preload link carries (a fetch
    // without it would not be given the preloaded copy, and would load the module twice).
    if (name === wasmName)
      html = html.replace(`data-wasm="./${name}"`, `data-wasm="./${name}" data-integrity="${integrity}"`);
  }
  // The boot script after the preload links: the fetch it starts at once is then given the
  // preloaded module (the same request), instead of racing a second copy of it.
  const bootTag = /<script\b[^>]*\bdata-wasm="[^"]*"[^>]*><\/script>/.exec(html);
  if (!bootTag || !html.includes('</head>')) fail('index.html has no boot script tag in its head');
  html = html.replace(bootTag[0], '').replace('</head>', `${bootTag[0]}</head>`);
  for (const old of [oldJs, oldWasm]) fs.rmSync(path.join(dir, old));
  for (const [name, bytes] of written) fs.writeFileSync(path.join(dir, name), bytes);
  fs.writeFileSync(page, html);
  const size = (f) => fs.statSync(path.join(dir, f)).size;
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const first = size(wasmName);
  const later = [...written.keys()].filter((f) => /^(split|chunk)_/.test(f)).reduce((a, f) => a + size(f), 0);
  console.log(`split: ${NAME}'s module ${kb(first)} first, ${pieces.length} pieces (${kb(later)}) as islands wake`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
