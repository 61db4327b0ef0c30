// The pages the build writes are valid HTML: the Nu Html Checker (the W3C's checker, vnu.jar from
// the npm package vnu-jar, run by Java) reports no error on any of them. Newsroom CMSs and
// accessibility audits run the same checker. Warnings are listed, not failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIST } from './helpers.mjs';

const require = createRequire(import.meta.url);
const VNU = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const PAGES = ['index.html', 'cost.html', 'diagram.html', 'sources.html'];

test('every page the build writes passes the Nu Html Checker with no error', () => {
  const files = PAGES.map((p) => path.join(DIST, p));
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(run.error, undefined, `java could not run: ${run.error}`);
  // The checker writes its JSON report to standard error.
  const { messages } = JSON.parse(run.stderr);
  const where = (m) => `${path.basename(m.url ?? '?')}:${m.lastLine ?? '?'}: ${m.message}`;
  // Errors, and pages it could not read at all ("non-document-error").
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
  for (const w of warnings) console.log(`warning: ${where(w)}`);
  assert.deepEqual(errors.map(where), []);
});
