// The pictures for places where no script runs, end to end: the social card a link shows (the
// page's og:image, resolved as a network's crawler would, from the served page), each widget's
// picture as a host's snippet names it, each decoding in a real browser at its size, the figures
// drawn being the ones the page shows at one million tokens, and the page itself loading none
// of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage, appReady } from './browser.mjs';
import { reach, useExplainer } from './helpers.mjs';

const env = useExplainer({ before, after, launch, watchedPage, appReady });

/** The picture at `url` decoded by the browser in `page`: its natural size. */
async function decoded(page, url) {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, url);
}

/** The texts an SVG shows, one per <text> element, as the browser parses it. */
async function svgTexts(page, url) {
  return page.evaluate(async (src) => {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`${src}: ${res.status}`);
    const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error(`${src} is not well-formed SVG`);
    return {
      root: { width: doc.documentElement.getAttribute('width'), height: doc.documentElement.getAttribute('height') },
      desc: doc.querySelector('desc')?.textContent ?? '',
      // A text's runs (tspans) joined by a space where the runs have none between them.
      texts: [...doc.querySelectorAll('text')].map((t) => {
        const runs = t.children.length ? [...t.children].map((c) => c.textContent) : [t.textContent];
        return runs
          .reduce((a, r) => (a && !/\s$/.test(a) && !/^\s/.test(r) ? `${a} ${r}` : a + r), '')
          .replace(/\s+/g, ' ')
          .trim();
      }),
    };
  }, url);
}

const meta = (page, key) =>
  page.evaluate(
    (k) => document.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content') ?? null,
    key,
  );

test('the page names a 1200 x 630 PNG social card that resolves and decodes, with its text alternative', async () => {
  const { page, log } = await env.open();
  assert.equal(await meta(page, 'twitter:card'), 'summary_large_image');
  const image = await meta(page, 'og:image');
  assert.ok(image, 'og:image is set');
  assert.match(image, /card-[0-9a-f]{16}\.png$/, 'the card has a content-hashed name');
  assert.equal(await meta(page, 'twitter:image'), image);
  assert.equal(await meta(page, 'og:image:width'), '1200');
  assert.equal(await meta(page, 'og:image:height'), '630');
  const alt = await meta(page, 'og:image:alt');
  assert.match(
    alt,
    /DeepSeek V4-Pro \$3\.48; OpenAI GPT-5\.5 \$30\.00, 8\.6 times as much; Anthropic .* \$25\.00, 7\.2 times as much/,
  );
  // As a crawler would: resolved against the page's address, fetched, and a PNG.
  const url = new URL(image, page.url()).href;
  const res = await page.request.get(url);
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['content-type'], 'image/png');
  const bytes = await res.body();
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], 'the PNG header says 1200 x 630');
  assert.deepEqual(await decoded(page, url), { width: 1200, height: 630 });
  // The widget pages share it.
  for (const p of ['cost.html', 'diagram.html', 'sources.html']) {
    const w = await env.open(p);
    assert.equal(await meta(w.page, 'og:image'), image, p);
    await w.context.close();
  }
  assert.deepEqual(log.pageErrors, []);
});

test('each picture exists under its stable name as SVG and PNG, and decodes at its size', async () => {
  const { page } = await env.open();
  const sizes = { card: [1200, 630, 1], cost: [640, 360, 2], sources: [640, 440, 2] };
  for (const stem of ['card', 'cost', 'diagram', 'sources']) {
    const svg = await svgTexts(page, env.url(`${stem}.svg`));
    const [w, h] = [Number(svg.root.width), Number(svg.root.height)];
    if (sizes[stem]) assert.deepEqual([w, h], sizes[stem].slice(0, 2), `${stem}.svg size`);
    assert.ok(w > 300 && h > 200, `${stem}.svg is ${w} x ${h}`);
    assert.ok(svg.desc.length > 60, `${stem}.svg describes itself: ${svg.desc}`);
    assert.deepEqual(await decoded(page, env.url(`${stem}.svg`)), { width: w, height: h }, `${stem}.svg decodes`);
    const scale = stem === 'card' ? 1 : 2;
    assert.deepEqual(
      await decoded(page, env.url(`${stem}.png`)),
      { width: w * scale, height: h * scale },
      `${stem}.png decodes`,
    );
  }
});

test('the card and the cost picture draw the figures the page shows at one million tokens', async () => {
  const { page } = await env.open('?tokens=1000000#cost');
  // What the widget shows for the article's three prices.
  const shown = await page.evaluate(() =>
    ['deepseek-v4-pro', 'openai', 'anthropic'].map((row) => ({
      cost: document.querySelector(`#cost [data-row="${row}"] .cost-amount`).innerText.trim(),
      ratio: document.querySelector(`#cost [data-row="${row}"] .row-ratio`).innerText.trim(),
    })),
  );
  assert.deepEqual(
    shown.map((r) => r.cost),
    ['$3.48', '$30.00', '$25.00'],
    'the page at one million tokens',
  );
  assert.deepEqual(
    shown.slice(1).map((r) => r.ratio.split(' ')[0]),
    ['8.6×', '7.2×'],
  );
  // A figure is a word of some text (a line of the picture); a ratio, the row's very words.
  const hasWord = (texts, w) => texts.some((t) => t.split(' ').includes(w));
  const cost = await svgTexts(page, env.url('cost.svg'));
  for (const r of shown) {
    assert.ok(hasWord(cost.texts, r.cost), `cost.svg shows ${r.cost}: ${cost.texts}`);
    assert.ok(
      cost.texts.some((t) => t.endsWith(`· ${r.ratio}`)),
      `cost.svg shows "${r.ratio}": ${cost.texts}`,
    );
  }
  const card = await svgTexts(page, env.url('card.svg'));
  for (const r of shown) assert.ok(hasWord(card.texts, r.cost), `card.svg shows ${r.cost}: ${card.texts}`);
  for (const r of shown.slice(1))
    assert.ok(hasWord(card.texts, r.ratio.split(' ')[0]), `card.svg shows ${r.ratio}: ${card.texts}`);
});

test("the diagram and sources pictures draw the page's boxes, legend and first entries", async () => {
  const { page } = await env.open();
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll('.diagram-wide .node')].map((n) => n.getAttribute('aria-label')),
  );
  const legend = await page.evaluate(() =>
    [...document.querySelectorAll('.diagram-legend .legend-item')].map((li) => li.textContent.trim()),
  );
  assert.ok(labels.length > 5 && legend.length > 4);
  const diagram = await svgTexts(page, env.url('diagram.svg'));
  const drawn = diagram.texts.join(' | ');
  for (const l of labels) assert.ok(drawn.includes(l), `diagram.svg shows "${l}": ${drawn}`);
  for (const l of legend) assert.ok(diagram.texts.includes(l), `diagram.svg's legend says "${l}": ${drawn}`);
  const entries = await page.evaluate(() =>
    [...document.querySelectorAll('.claim-entry')].slice(0, 4).map((e) => ({
      number: e.querySelector('.entry-number').textContent.trim(),
      kind: e.querySelector('.card-kind').textContent.trim(),
    })),
  );
  const sources = await svgTexts(page, env.url('sources.svg'));
  assert.equal(sources.texts[0], 'Sources and claims');
  assert.deepEqual(
    sources.texts.filter((t) => /^\d+$/.test(t)),
    entries.map((e) => e.number),
    'the first entries, in order',
  );
  for (const e of entries)
    assert.ok(
      sources.texts.some((t) => t.startsWith(`${e.kind} · `)),
      `sources.svg shows ${e.kind}: ${sources.texts}`,
    );
});

test('the page loads none of the pictures itself', async () => {
  const w = await watchedPage(env.browser, { allowedOrigins: [env.server.url] });
  const requested = [];
  w.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await w.page.goto(env.url());
  await appReady(w.page);
  await w.page.mouse.wheel(0, 20000);
  await w.page.waitForTimeout(500);
  const pictures = requested.filter((p) => /\/(card|cost|diagram|sources)(-[0-9a-f]+)?\.(png|svg)$/.test(p));
  assert.deepEqual(pictures, []);
  await w.context.close();
});

test('the embed panel gives the picture snippet and the AMP snippet, whose picture resolves', async () => {
  const { page } = await env.open('?tokens=2500000');
  await page.locator('#cost').getByRole('button', { name: 'Embed this widget' }).click();
  const picture = await page.getByLabel('As a picture').first().inputValue();
  const base = env.url();
  assert.equal(
    picture.split(' alt=')[0],
    `<a href="${base}index.html?tokens=2500000#cost"><img src="${base}cost.png" width="640" height="360"`,
  );
  assert.match(
    picture,
    /alt="What one million output tokens cost, at the prices the article gives: DeepSeek V4-Pro \$3\.48; OpenAI GPT-5\.5 \$30\.00, 8\.6 times as much; .*"/,
  );
  const src = picture.match(/src="([^"]+)"/)[1];
  assert.deepEqual(await decoded(page, src), { width: 1280, height: 720 });
  const amp = await page
    .getByLabel(/In AMP pages/)
    .first()
    .inputValue();
  assert.match(
    amp,
    new RegExp(
      `^<amp-iframe src="${base.replace(/[.]/g, '\\.')}cost\\.html\\?tokens=2500000" width="640" height="360" layout="responsive" resizable `,
    ),
  );
  assert.match(amp, /<amp-img placeholder layout="fill" src="[^"]+\/cost\.png" alt="What one million/);
  // The whole explainer's panel offers the social card (in the colophon, which wakes as the
  // reader reaches it).
  await reach(page, '.colophon');
  await page.getByRole('button', { name: 'Embed the explainer' }).click();
  const whole = await page.locator('#embed-page-picture').inputValue();
  assert.match(
    whole,
    new RegExp(
      `<img src="${base.replace(/[.]/g, '\\.')}card\\.png" width="1200" height="630" alt="DeepSeek V4: the price, the chips and the claims, an interactive explainer\\.`,
    ),
  );
});
