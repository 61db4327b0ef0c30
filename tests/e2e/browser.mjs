// Launching Debian's Chromium through playwright-core (no browser download), the way the
// project's toolchain notes prescribe, and watching a page for errors and outside requests.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * Opens a page that records console errors, page errors, failed requests, requests to any
 * origin other than `allowedOrigins`, and CSP violations.
 */
export async function watchedPage(browser, { allowedOrigins = [], ...contextOptions } = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], failed: [], foreign: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    const origin = new URL(u).origin;
    if (!allowedOrigins.includes(origin)) log.foreign.push(u);
  });
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  return { context, page, log };
}

/** Waits until the app has hydrated (boot.js and the app mark <html>). */
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 20000 });
}
