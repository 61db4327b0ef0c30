// Driving Firefox and WebKit (Safari's engine) over W3C WebDriver, with selenium-webdriver as the
// client and the drivers Debian packages: geckodriver (Firefox ESR, headless) and WebKitWebDriver
// (WebKitGTK's MiniBrowser, under a virtual display). Nothing is downloaded: each driver is a
// program on this machine, started here and stopped after its tests.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines to run: `ENGINES=firefox,webkit` (the default), or a subset. */
export const ENGINES = (process.env.ENGINES || 'firefox,webkit')
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no WebDriver server at ${url}`);
}

/**
 * Starts `engine`'s driver and a session. Resolves to { driver, stop }. Firefox runs headless
 * with its own HOME (it writes its profile there); WebKit's MiniBrowser needs a display, which
 * xvfb-run provides.
 */
export async function startEngine(engine) {
  const port = await freePort();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `explainer-${engine}-`));
  let child;
  let capabilities;
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home };
  if (engine === 'firefox') {
    const gecko = process.env.GECKODRIVER || which('geckodriver');
    if (!gecko) throw new Error('geckodriver is missing: run scripts/setup --test');
    child = spawn(gecko, ['--port', String(port), '--host', '127.0.0.1'], { env, stdio: 'ignore' });
    capabilities = {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    };
  } else if (engine === 'webkit') {
    if (!which('WebKitWebDriver') || !which('xvfb-run'))
      throw new Error('WebKitWebDriver or xvfb-run is missing: run scripts/setup --test');
    // A screen as tall as a full-length screenshot of the page (a window cannot outgrow it).
    child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x16384x24', 'WebKitWebDriver', `--port=${port}`], {
      env,
      stdio: 'ignore',
      detached: true,
    });
    capabilities = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    };
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url);
  const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  await driver
    .manage()
    .window()
    .setRect({ width: 1280, height: 900 })
    .catch(() => {});
  const stop = async () => {
    await driver.quit().catch(() => {});
    try {
      process.kill(engine === 'webkit' ? -child.pid : child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    fs.rmSync(home, { recursive: true, force: true });
  };
  return { driver, stop };
}

/**
 * What the test server puts first in every page it serves to these tests (a script from the
 * page's own origin, so the strict CSP allows it): it records script errors, unhandled
 * rejections and Content-Security-Policy violations, for `problems(driver)`.
 */
export const PROBE = `(function () {
  var seen = window.__problems = [];
  addEventListener('error', function (e) { seen.push('error: ' + e.message); });
  addEventListener('unhandledrejection', function (e) { seen.push('rejection: ' + e.reason); });
  document.addEventListener('securitypolicyviolation', function (e) { seen.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI); });
})();`;

/** Puts the probe before everything else in a served page's <head>. */
export function withProbe(pathname, body) {
  if (!/\.html$|\/$/.test(pathname)) return body;
  return String(body).replace('<head>', '<head><script src="/__probe.js"></script>');
}

/** The problems the probe recorded in the current page (and none if it never ran). */
export async function problems(driver) {
  return driver.executeScript('return window.__problems || ["the probe did not run"]');
}

/** Waits until the page's islands are up (or the app says it failed). */
export async function appReady(driver, ms = 20000) {
  // While a page replaces itself (an old ?widget= address opening the widget's own page) there
  // is a moment with no document to ask: that is "not yet", not a failure.
  const state = () =>
    driver.executeScript('return document.documentElement ? document.documentElement.className : ""').catch(() => '');
  await driver.wait(async () => /app-(ready|failed)/.test(await state()), ms);
  const cls = await driver.executeScript('return document.documentElement.className');
  if (!cls.includes('app-ready')) throw new Error(`the app did not start: ${cls}`);
}

/** Lets the page's pending work run (Leptos's effects are queued tasks). */
export function settle(driver) {
  return driver.executeAsyncScript(
    'var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { setTimeout(done, 50); });',
  );
}
