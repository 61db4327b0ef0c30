// boot.js: runs in <head>, before the first paint, and starts the app.
//
// 1. Sets the presentation parameters on <html> so the first paint is already right:
//    ?widget=cost|diagram|sources (one widget alone), ?theme=light|dark, and embed mode
//    (?embed=1, or whenever the page is framed). Anything else is ignored. The app reads the
//    same parameters in Rust (src/model/url_state.rs) for everything beyond presentation.
// 2. Starts the WebAssembly app once the page is parsed (the addresses come from this tag,
//    filled in by Trunk). When it cannot start, the page says so and the article stays readable.
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
  function start() {
    import(new URL(js, base).href)
      .then(function (app) { return app.default({ module_or_path: new URL(wasm, base).href }); })
      .catch(failed);
  }
  // Hydration must see the whole prerendered page: start once the document is parsed (this
  // script runs in <head>). The preload links Trunk adds have fetched both files meanwhile.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();
