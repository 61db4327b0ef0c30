// boot.js: runs in <head>, before the first paint, and starts the app.
//
// 1. Sets the presentation parameters on <html> so the first paint is already right:
//    ?widget=cost|diagram|sources (one widget alone), ?theme=light|dark, and embed mode
//    (?embed=1, or whenever the page is framed). Anything else is ignored. The app reads the
//    same parameters in Rust (src/model/url_state.rs) for everything beyond presentation.
// 2. Fetches and compiles the WebAssembly app at once, while the page is still being parsed,
//    and starts it (hydration) once the page is parsed (the addresses come from this tag, filled
//    in by Trunk). When it cannot start, the page says so and the article stays readable.
//
// An external file (no inline script) so the page runs under a strict Content-Security-Policy.
(function () {
  'use strict';
  var root = document.documentElement;
  var script = document.currentScript;
  var params;
  try { params = new URLSearchParams(location.search); } catch (e) { params = new URLSearchParams(); }

  var widget = params.get('widget');
  if (widget === 'cost' || widget === 'diagram' || widget === 'sources') root.setAttribute('data-widget', widget);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var framed = true;
  try { framed = window.self !== window.top; } catch (e) { /* a cross-origin parent: framed */ }
  if (params.get('embed') === '1' || framed) root.setAttribute('data-embed', '1');
  root.classList.add('js');

  function failed(why) {
    root.classList.remove('app-ready');
    root.classList.add('app-failed');
    if (why && window.console) console.warn('explainer: the interactive parts could not start:', why);
  }
  if (!script || typeof WebAssembly !== 'object') { failed('no WebAssembly'); return; }
  var js = script.getAttribute('data-js');
  var wasm = script.getAttribute('data-wasm');
  // Addresses are resolved against this script, so dist/ works under any sub-path.
  var base = script.src;
  // Load now (the preload links Trunk adds have started both fetches); hydrate once both the
  // module is ready and the document is parsed: hydration must see the whole prerendered page.
  var loaded = import(new URL(js, base).href).then(function (app) {
    return app.default({ module_or_path: new URL(wasm, base).href }).then(function () { return app; });
  });
  var parsed = new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });
  Promise.all([loaded, parsed])
    .then(function (both) { both[0].hydrate(); })
    .catch(failed);
})();
