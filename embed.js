// embed.js: puts the DeepSeek V4 explainer, or one of its widgets, into any page.
//
//   <div data-explainer-widget="cost"></div>        (or "diagram", "sources", or "" for all)
//   <script src="<the address of dist/>embed.js" async></script>
//
// Optional on the div: data-explainer-query="tokens=2500000&period=year" (the explainer's own
// parameters: tokens, period, extra, custom, custom_name, theme), data-explainer-title="…".
// Each div gets a titled, lazily loaded, full-width iframe of the widget's own page (which loads
// only what that widget needs; index.html for the whole explainer) whose height follows the explainer's
// height messages, accepted only from that iframe's own window. Nothing else on the page is
// touched, and the explainer's address is worked out from this script's own address.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams) return;
  const base = new URL('./', script.src);
  const WIDGETS = { cost: 'token costs', diagram: 'export-control diagram', sources: 'claim sources' };
  const KEYS = ['tokens', 'period', 'extra', 'custom', 'custom_name', 'theme'];
  const frames = [];
  let counter = 0;

  function heightFrom(data, childId) {
    // Pym.js: "pymxPYMx<id>xPYMxheightxPYMx<height>"
    if (typeof data === 'string') {
      const p = data.split('xPYMx');
      if (p.length === 4 && p[0] === 'pym' && p[1] === childId && p[2] === 'height' && /^\d{1,6}$/.test(p[3]))
        return +p[3];
      return null;
    }
    // Datawrapper-style: {"datawrapper-height": {<id>: height}}
    if (data && typeof data === 'object') {
      const dw = data['datawrapper-height'];
      if (dw && typeof dw === 'object' && typeof dw[childId] === 'number') return dw[childId];
      if (data.sentinel === 'amp' && data.type === 'embed-size' && typeof data.height === 'number') return data.height;
    }
    return null;
  }

  function embed(host) {
    if (host.getAttribute('data-explainer-ready')) return;
    host.setAttribute('data-explainer-ready', '1');
    let widget = host.getAttribute('data-explainer-widget') || '';
    if (widget && !Object.hasOwn(WIDGETS, widget)) widget = '';
    const childId = `deepseek-v4-explainer-${++counter}`;
    const params = new URLSearchParams();
    params.set('embed', '1');
    params.set('childId', childId);
    const extra = new URLSearchParams(host.getAttribute('data-explainer-query') || '');
    KEYS.forEach((k) => {
      const v = extra.get(k);
      if (v !== null) params.set(k, v.slice(0, 200));
    });
    const iframe = document.createElement('iframe');
    iframe.src = new URL(`${widget || 'index'}.html?${params.toString()}`, base).href;
    iframe.title =
      host.getAttribute('data-explainer-title') || `DeepSeek V4 explainer${widget ? `: ${WIDGETS[widget]}` : ''}`;
    iframe.loading = 'lazy';
    iframe.setAttribute('scrolling', 'no');
    iframe.width = '100%';
    iframe.height = '600';
    iframe.style.cssText = 'display:block;width:100%;border:0;';
    host.appendChild(iframe);
    frames.push({ iframe: iframe, childId: childId });
  }

  window.addEventListener('message', (ev) => {
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i];
      if (ev.source !== f.iframe.contentWindow) continue;
      const h = heightFrom(ev.data, f.childId);
      if (h !== null && h > 0 && h < 100000) f.iframe.height = String(Math.ceil(h));
      return;
    }
  });

  const hosts = document.querySelectorAll('[data-explainer-widget]');
  for (let i = 0; i < hosts.length; i++) embed(hosts[i]);
})();
