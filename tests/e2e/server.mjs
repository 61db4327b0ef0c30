// A small static server for the end-to-end tests and the benchmark: serves dist/ under a
// sub-path (as a newsroom's CDN would), optionally with extra response headers, and counts the
// requests it answers. Loopback only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Starts a server. `mounts` maps a URL prefix ("/news/explainer/") to a folder; `pages` maps
 * exact paths to HTML strings (host pages for embed tests); `headers(pathname)` may add headers;
 * `transform(pathname, body)` may rewrite a served file (a Buffer; return a Buffer or string);
 * `hold` maps exact paths to `{ at, until }`: that file's first `at` bytes are sent at once and
 * the rest once the promise `until` settles, as over a slow connection.
 * Resolves to { url, port, close, requests }.
 */
export function serve({
  mounts = {},
  pages = {},
  headers = () => ({}),
  transform = (_, body) => body,
  hold = {},
  host = '127.0.0.1',
  port = 0,
} = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    requests.push(url.pathname);
    const extra = headers(url.pathname) || {};
    if (pages[url.pathname] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra });
      res.end(pages[url.pathname]);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(dir, rel);
      if (!file.startsWith(path.resolve(dir))) break;
      fs.readFile(file, (err, body) => {
        if (err) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', ...extra });
        const out = Buffer.from(transform(url.pathname, body));
        const held = hold[url.pathname];
        if (!held) {
          res.end(out);
          return;
        }
        res.write(out.subarray(0, held.at));
        held.until.finally(() => res.end(out.subarray(held.at)));
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const p = server.address().port;
      resolve({
        url: `http://${host}:${p}`,
        port: p,
        requests,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(r);
          }),
      });
    });
  });
}
