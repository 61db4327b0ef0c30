// boot.js: runs in <head>, before the first paint, and wakes the page's islands.
//
// 1. Sets the presentation parameters on <html> so the first paint is already right:
//    ?theme=light|dark, and embed mode (?embed=1, or whenever the page is framed; links that
//    leave an embedded page open in a new tab). An address of the whole explainer with
//    ?widget=cost|diagram|sources (handed out before each widget had a page of its own) opens
//    that widget's page instead, which loads only what the widget needs. Anything else is
//    ignored. The app reads the address again, in Rust, for everything beyond presentation.
// 2. Fetches and compiles the WebAssembly at once, while the page is still being parsed (the
//    addresses come from this tag, filled in by the build), and calls its `hydrate` export as
//    soon as it is ready: that readies the state the islands share (it needs no markup).
// 3. Wakes the islands: each <leptos-island> is the prerendered markup of an interactive part,
//    and the module has an export per kind of island (its data-component) that takes the
//    markup over. The islands of a group (a widget, an article section, the sources index, the
//    colophon) wake together, never before the parser is past the group's end: at once if the
//    group is on or near the screen, or holds the address's fragment's target; otherwise when
//    it comes near the screen, or when the reader first focuses or presses inside it, before
//    the event reaches the island. An awake group is marked `data-awake`; the page is marked
//    `app-ready` once the groups on or near the first screen are awake. A field the reader
//    changed before its island woke keeps the change (it is replayed to the island).
//    This walk is the one Leptos's own inline hydration script does, as an external file.
// When the app cannot start, the page says so and the article stays readable.
//
// An external file (no inline script) so the page runs under a strict Content-Security-Policy.
(() => {
  'use strict';
  const root = document.documentElement;
  const script = document.currentScript;
  let params;
  try {
    params = new URLSearchParams(location.search);
  } catch {
    params = new URLSearchParams();
  }

  const widget = params.get('widget');
  if (!root.hasAttribute('data-widget') && (widget === 'cost' || widget === 'diagram' || widget === 'sources')) {
    params.delete('widget');
    const rest = params.toString();
    location.replace(`${widget}.html${rest ? `?${rest}` : ''}${location.hash}`);
    return;
  }
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  let framed = true;
  try {
    framed = window.self !== window.top;
  } catch {
    /* a cross-origin parent: framed */
  }
  if (params.get('embed') === '1' || framed) {
    root.setAttribute('data-embed', '1');
    // Inside a host's page, a link must not replace the frame: every link opens in a new tab,
    // but for the page's own (#claim-…) links, which say target="_self".
    const base = document.createElement('base');
    base.target = '_blank';
    document.head.appendChild(base);
  }
  root.classList.add('js');

  let broken = false;
  function failed(why) {
    broken = true;
    root.classList.remove('app-ready');
    root.classList.add('app-failed');
    if (why && window.console) console.warn('explainer: the interactive parts could not start:', why);
  }
  if (!script || typeof WebAssembly !== 'object') {
    failed('no WebAssembly');
    return;
  }
  // A panic inside the WebAssembly once it runs, in an event handler after waking as much as
  // while waking, is a trap on the size-optimized build (panics abort at once, and no panic hook
  // runs): a WebAssembly.RuntimeError that reaches the page. The parts have stopped: say so.
  function trapped(err) {
    if (err instanceof WebAssembly.RuntimeError) failed(err);
  }
  window.addEventListener('error', (e) => {
    trapped(e.error);
  });
  window.addEventListener('unhandledrejection', (e) => {
    trapped(e.reason);
  });
  // Addresses are resolved against this script, so dist/ works under any sub-path.
  const here = script.src;
  const wasm = new URL(script.getAttribute('data-wasm'), here).href;
  // The module is fetched and compiled as it arrives, off the main thread, from now on: the
  // glue's own `init` would only start once the glue module is evaluated, which waits behind
  // the parsing of the page. The glue then instantiates the compiled module. The fetch carries
  // the module's digest where the page gives one (`data-integrity`, as its preload link does,
  // so the two are one request); a module that does not match it is refused. Where streaming
  // compilation is missing, or the host serves the file with a type other than
  // application/wasm, the bytes are compiled once they are all in. Any failure (the file
  // missing or altered, the page's policy forbidding WebAssembly) is the app failing.
  const compiled = fetch(wasm, { integrity: script.getAttribute('data-integrity') || '' }).then((response) => {
    if (!response.ok) throw new Error(`${wasm}: ${response.status}`);
    const type = (response.headers.get('content-type') || '').split(';')[0].trim();
    return typeof WebAssembly.compileStreaming === 'function' && type === 'application/wasm'
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
  // A failure before the glue asks for it still reaches the page as the app failing (below).
  compiled.catch(() => {});
  const loaded = import(new URL(script.getAttribute('data-js'), here).href).then((app) =>
    compiled.then((module) => app.default({ module_or_path: module })).then(() => app),
  );
  const GROUP = '.widget, .article-section, .sources-index, .colophon';

  // Wakes island `el`, then the islands inside its children, in document order: an island
  // inside another's children first gives the outer island's owner back (`$$on_hydrate`), so
  // context flows inward. A field the reader changed before the island woke is replayed to it.
  // An island the whole explainer's first screen does not need is lazy: its export first
  // fetches the island's piece of the module, and returns a promise settled once the island is
  // awake (an eager island's returns nothing); its changed fields go to `held`, replayed once
  // the whole group is awake. Returns a promise when any island inside `el` wakes later.
  function wakeIsland(app, el, outer, held) {
    const wake = app[el.dataset.component];
    if (typeof wake !== 'function') throw new Error(`no island ${el.dataset.component}`);
    if (outer) outer();
    const changed = changedFields(el);
    const woken = wake(el);
    if (!woken || typeof woken.then !== 'function') {
      changed.forEach(replay);
      return wakeInside(app, el, outer, held);
    }
    changed.forEach((c) => {
      held.fields.set(c[0], c[1]);
    });
    return woken.then(() => wakeInside(app, el, outer, held));
  }
  function wakeInside(app, node, outer, held) {
    const later = [];
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      const woken =
        el.localName === 'leptos-island'
          ? wakeIsland(app, el, outer, held)
          : wakeInside(app, el, el.localName === 'leptos-children' ? el.$$on_hydrate || outer : outer, held);
      if (woken) later.push(woken);
    }
    return later.length ? Promise.all(later) : undefined;
  }

  // While a group's lazy islands load, what the reader does to them waits until every one is
  // awake (so no island wakes on a state another has already changed): each field changed is
  // replayed, and each press (a click; Enter or Space on a button, which clicks it; a key on a
  // control the island handles itself, such as the diagram's nodes) is held and given again, in
  // order. What is HTML (an island's children, or outside any island) works meanwhile.
  function holdIslands(g) {
    const fields = new Map();
    const presses = [];
    const inIsland = (node) => {
      const at = node.closest?.('leptos-island, leptos-children');
      return !!at && at.localName === 'leptos-island';
    };
    // A native control turns its keys into clicks or value changes, which are held as such.
    const NATIVE = 'a[href], button, input, select, textarea, summary';
    function onField(ev) {
      const f = ev.target;
      if (f.matches?.('input, textarea') && inIsland(f))
        fields.set(f, f.type === 'checkbox' || f.type === 'radio' ? f.checked : f.value);
    }
    function onPress(ev) {
      if (!inIsland(ev.target) || (ev.type === 'keydown' && ev.target.matches(NATIVE))) return;
      ev.preventDefault();
      ev.stopPropagation();
      presses.push(ev);
    }
    const listen = [
      ['input', onField],
      ['change', onField],
      ['click', onPress],
      ['keydown', onPress],
    ];
    listen.forEach(([type, f]) => {
      g.addEventListener(type, f, true);
    });
    function release() {
      listen.forEach(([type, f]) => {
        g.removeEventListener(type, f, true);
      });
      fields.forEach((value, f) => {
        replay([f, value]);
      });
      presses.forEach((p) => {
        // A key goes where the focus is now: a key given again may have moved it, as the
        // reader's next key expected.
        const focused = document.activeElement;
        const to = p.type === 'keydown' && focused && g.contains(focused) ? focused : p.target;
        const init = {
          bubbles: true,
          cancelable: true,
          composed: true,
          view: window,
          ctrlKey: p.ctrlKey,
          shiftKey: p.shiftKey,
          altKey: p.altKey,
          metaKey: p.metaKey,
        };
        to.dispatchEvent(
          p.type === 'click'
            ? new MouseEvent('click', {
                ...init,
                detail: p.detail,
                clientX: p.clientX,
                clientY: p.clientY,
                button: p.button,
              })
            : new KeyboardEvent('keydown', { ...init, key: p.key, code: p.code, repeat: p.repeat }),
        );
      });
    }
    return { fields, release };
  }

  // The fields inside `el` that the reader changed from what the page was built with.
  function changedFields(el) {
    const out = [];
    const fields = el.querySelectorAll('input, textarea');
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const box = f.type === 'checkbox' || f.type === 'radio';
      if (box ? f.checked !== f.defaultChecked : f.value !== f.defaultValue) out.push([f, box ? f.checked : f.value]);
    }
    return out;
  }
  function replay(change) {
    const f = change[0],
      box = f.type === 'checkbox' || f.type === 'radio';
    if (box) {
      f.checked = change[1];
      f.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      f.value = change[1];
      f.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  loaded
    .then((app) => {
      // The shared state needs no markup: ready it at once, then wake each group of islands as
      // soon as the parser has passed its end (a group on the first screen wakes while the rest
      // of the page still loads), and the rest once the page is parsed.
      app.hydrate();
      const islands = [];
      const groups = [];
      const starting = []; // the groups woken while the page starts (a promise for a lazy one)
      const near = window.innerHeight * 1.5;
      let ready = false;
      const observer =
        'IntersectionObserver' in window
          ? new IntersectionObserver(
              (entries) => {
                entries.forEach((e) => {
                  if (e.isIntersecting) wakeGroup(e.target);
                });
              },
              { rootMargin: '50% 0px' },
            )
          : null;

      // Wakes the islands of group `g`; the group is marked `data-awake` once every one is.
      // Returns a promise when a lazy island's piece is still to come.
      function wakeGroup(g) {
        if (g.$$awake) return g.$$awake;
        g.$$awake = true;
        if (observer) observer.unobserve(g);
        g.removeEventListener('focusin', onFirstUse, true);
        g.removeEventListener('pointerdown', onFirstUse, true);
        const awake = () => {
          if (g !== document.body) g.setAttribute('data-awake', '');
        };
        const held = holdIslands(g);
        const later = [];
        try {
          islands.forEach((el) => {
            if (el.$$group !== g) return;
            const woken = wakeIsland(app, el, null, held);
            if (woken) later.push(woken);
          });
        } catch (err) {
          held.release();
          failed(err);
          return undefined;
        }
        if (!later.length) {
          held.release();
          return awake();
        }
        g.$$awake = Promise.all(later).then(
          () => {
            held.release();
            awake();
          },
          (err) => {
            held.release();
            failed(err);
          },
        );
        return g.$$awake;
      }
      function onFirstUse(ev) {
        wakeGroup(ev.currentTarget);
      }

      // Whether the parser is past the end of `node` (something follows it or an ancestor).
      function parsedPast(node) {
        for (let n = node; n && n !== document; n = n.parentNode) if (n.nextSibling) return true;
        return false;
      }
      function fragmentTarget() {
        try {
          return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
        } catch {
          return null;
        }
      }
      // Meets the islands parsed so far (the outermost ones, each with the group around it, or
      // the page) and places each group whose markup is whole: woken now if it is on or near the
      // screen, or holds the fragment's target; otherwise when it comes near or is first used.
      function scan(done) {
        const found = document.querySelectorAll('leptos-island');
        for (let i = 0; i < found.length; i++) {
          const el = found[i];
          if (el.$$met || el.parentElement.closest('leptos-island')) continue;
          el.$$met = true;
          el.$$group = el.closest(GROUP) || document.body;
          islands.push(el);
          if (groups.indexOf(el.$$group) < 0) groups.push(el.$$group);
        }
        const target = fragmentTarget();
        let waiting = false; // a group on or near the first screen is not whole yet
        // Whether nothing still to come can be on or near the first screen: the page is parsed,
        // or the parser has passed a group that reaches below the first screen and a half (what
        // follows it in the page starts lower still).
        let beyond = done;
        // Every group is measured first and woken after: waking one changes the page, and a
        // measure after that would lay the whole page out again before the page is ready.
        const wake = [];
        groups.forEach((g) => {
          if (g.$$placed) return;
          const r = g === document.body ? null : g.getBoundingClientRect();
          const top = r ? r.top : 0;
          if (top >= near) beyond = true;
          if (!done && (!r || !parsedPast(g))) {
            if (top < near) waiting = true;
            return;
          }
          g.$$placed = true;
          if (r && r.bottom >= near) beyond = true;
          if (!observer || !r || (r.top < near && r.bottom > -near / 3) || (target && g.contains(target))) {
            wake.push(g);
          } else {
            observer.observe(g);
            g.addEventListener('focusin', onFirstUse, true);
            g.addEventListener('pointerdown', onFirstUse, true);
          }
        });
        wake.forEach((g) => {
          if (!ready) starting.push(wakeGroup(g));
          else wakeGroup(g);
        });
        // Interactive once every group on or near the first screen is awake (a lazy island's
        // piece included).
        if (!ready && !broken && beyond && !waiting) {
          ready = true;
          Promise.all(starting).then(() => {
            if (broken) return;
            root.classList.add('app-ready');
            if (window.performance && performance.mark) performance.mark('app-ready');
          });
        }
      }

      if (document.readyState === 'loading') {
        const parsing = new MutationObserver(() => {
          scan(false);
        });
        parsing.observe(document.documentElement, { childList: true, subtree: true });
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            parsing.disconnect();
            scan(true);
          },
          { once: true },
        );
        scan(false);
      } else {
        scan(true);
      }
    })
    .catch(failed);
})();
