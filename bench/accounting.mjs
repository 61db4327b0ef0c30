// Where each module's bytes go, by crate: the release build's WebAssembly as cargo linked it
// (target/wasm32-unknown-unknown/release/<bin>.wasm, which keeps its function names), put through
// the same wasm-bindgen and `wasm-opt -Oz` as the shipped file but with the names kept, then
// measured by twiggy (`twiggy top`) and summed by the crate each item's name starts with.
//
//   node bench/accounting.mjs        (bench/bench.mjs prints the same after its byte figures)
//
// Needs twiggy (scripts/setup --bench) and a release build (scripts/build). The sizes are of the
// optimized code before compression, without the names section; the shipped file is the same
// code with the names stripped, so the shares hold for it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './common.mjs';

const TARGET = path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'release');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** The crate an item of twiggy's list belongs to, from its (demangled) name. */
export function crateOf(full) {
  // Symbols are mangled the v0 way: each crate's name carries its hash, `core[9c69eefac0adf16c]`.
  const name = full.replace(/\[[0-9a-f]{8,16}\]/g, '');
  if (/^data segment |^data\[\d+\]$/.test(name)) return 'data segments (text, templates, tables)';
  if (/^(import|export) |^(type|table|elem|global|memory|start)\b|section headers/.test(name)) {
    return 'imports, exports, types, tables';
  }
  if (/ externref shim$|^hydrate$|^__wbg_|^__wbindgen|wasm_bindgen::convert::closures/.test(name)) {
    return 'entry points and wasm-bindgen shims';
  }
  if (/^code\[\d+\]$/.test(name)) return 'unnamed code';
  // Drop glue and trait impls belong to the type they are for: `core::ptr::drop_in_place<T>`,
  // `<T as Trait>::f`.
  const n = name.replace(/^core::ptr::drop_in_place::?</, '').replace(/^(?:[<&\s(]|mut |dyn |const )+/, '');
  // Methods of primitive types are core's; `<_ as Trait>` is the trait's crate's.
  if (/^(?:[ui](?:8|16|32|64|128|size)|f32|f64|str|char|bool|\[)\b/.test(n)) return 'core';
  const m = /^(?:_ as )?([A-Za-z_][A-Za-z0-9_]*)::/.exec(n);
  return m ? m[1] : 'other';
}

/** twiggy's `top` of one optimized module with names: [{ name, size }]. */
function items(bin, dir) {
  const input = path.join(TARGET, `${bin}.wasm`);
  if (!fs.existsSync(input)) return null;
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', dir, '--out-name', bin, input]);
  const bound = path.join(dir, `${bin}_bg.wasm`);
  const named = path.join(dir, `${bin}.named.wasm`);
  execFileSync(path.join(BIN, 'wasm-opt'), [
    '-Oz',
    '--debuginfo',
    '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int',
    bound,
    '-o',
    named,
  ]);
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', named], {
    maxBuffer: 1 << 28,
  }).toString();
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      // Name,ShallowSize,ShallowSizePercent (the name may hold commas: it is quoted then).
      const fields = line.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
      return fields ? { name: (fields[1] ?? fields[2]).replace(/""/g, '"'), size: Number(fields[3]) } : null;
    })
    .filter((x) => x && !/^"?(name|producers|target_features)"? ?|custom section|subsection/.test(x.name));
}

/** Prints, for each module, its `top` crates by bytes and share. Returns false without twiggy. */
export function printAccounting({ top = 10 } = {}) {
  try {
    execFileSync('twiggy', ['--version']);
  } catch {
    console.log('\nWhere the bytes go: twiggy is not installed (scripts/setup --bench installs it)');
    return false;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-accounting-'));
  console.log('\nWhere the bytes go: each module optimized as shipped, names kept, by crate (twiggy top; raw bytes)');
  for (const bin of ['explainer', 'cost', 'diagram', 'sources']) {
    const list = items(bin, dir);
    if (!list) {
      console.log(`  ${bin}: no target/wasm32-unknown-unknown/release/${bin}.wasm (run scripts/build first)`);
      continue;
    }
    const total = list.reduce((a, x) => a + x.size, 0);
    const by = new Map();
    for (const x of list) by.set(crateOf(x.name), (by.get(crateOf(x.name)) ?? 0) + x.size);
    const ranked = [...by].sort((a, b) => b[1] - a[1]);
    console.log(`  ${bin} (${(total / 1000).toFixed(1)} KB raw)`);
    for (const [crate, size] of ranked.slice(0, top)) {
      console.log(
        `    ${crate.padEnd(42)} ${(size / 1000).toFixed(1).padStart(6)} KB ${((100 * size) / total).toFixed(1).padStart(5)}%`,
      );
    }
    const rest = ranked.slice(top).reduce((a, [, s]) => a + s, 0);
    console.log(
      `    ${`${ranked.length - top} more`.padEnd(42)} ${(rest / 1000).toFixed(1).padStart(6)} KB ${((100 * rest) / total).toFixed(1).padStart(5)}%`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) printAccounting({ top: Number(process.env.TOP || 10) });
