// The floor: the explainer's own built page with its WebAssembly taken out and this hand-written
// slider put in its place, updating what a slider step updates in the explainer (the amount in
// words and digits, the value texts, the typed field, the presets' pressed states, each row's
// cost and bar, the saving sentence, the live sentence). The benchmark drags both pages the same
// way and compares them: what the framework and the app cost beyond the page itself.
(() => {
  'use strict';
  const MANTISSA = [10, 11, 13, 14, 16, 18, 20, 22, 25, 28, 32, 35, 40, 45, 50, 56, 63, 71, 79, 89];
  const tokensAt = (p) => BigInt(MANTISSA[p % 20]) * 10n ** BigInt(Math.floor(p / 20) + 2);
  const usd = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 6,
  });
  const words = new Intl.NumberFormat('en-US', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
  });
  const group = new Intl.NumberFormat('en-US');
  function money(pico) {
    const cents = (pico + 5000000000n) / 10000000000n;
    return usd.format(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
  }
  const $ = (s) => document.querySelector(s);
  const range = $('#tokens-range');
  if (!range) return;
  // Each article row: its price (micro-dollars per million, from the row's own text) and places.
  const rows = [].map.call(document.querySelectorAll('.cost-row:not([hidden])'), (li) => {
    const price = li.querySelector('.row-meta').textContent.match(/\$([\d.]+)/)[1];
    const parts = price.split('.');
    const micro = BigInt(parts[0]) * 1000000n + BigInt((parts[1] || '').padEnd(6, '0'));
    return {
      micro: micro,
      cost: li.querySelector('.cost-amount'),
      bar: li.querySelector('.row-bar-fill'),
      id: li.getAttribute('data-row'),
    };
  });
  // biome-ignore lint/complexity/useMathMinMax: prices are BigInt, which Math.max cannot take
  const max = rows.reduce((m, r) => (r.micro > m ? r.micro : m), 1n);
  const presets = [].slice.call(document.querySelectorAll('.preset-button'));
  const presetTokens = presets.map((b) => b.querySelector('.preset-amount').textContent);
  const tangle = $('.tangle');
  const live = [].slice.call(document.querySelectorAll('.live-cost'));
  range.addEventListener('input', () => {
    const t = tokensAt(Number(range.value));
    const w = words.format(String(t));
    range.setAttribute('aria-valuetext', `${w} tokens a month`);
    $('.slider-number').textContent = w;
    $('#tokens-field').value = group.format(String(t));
    presets.forEach((b, i) => {
      b.setAttribute('aria-pressed', presetTokens[i] === `${w} tokens` ? 'true' : 'false');
    });
    const costs = rows.map((r) => t * r.micro);
    rows.forEach((r, i) => {
      r.cost.textContent = money(costs[i]);
      r.bar.setAttribute('width', String((r.micro * 1000n + max / 2n) / max));
    });
    if (tangle) {
      tangle.textContent = w;
      tangle.setAttribute('aria-valuenow', String(t));
      tangle.setAttribute('aria-valuetext', `${w} tokens a month`);
      live.forEach((el, i) => {
        el.textContent = money(costs[i]);
      });
    }
    const base = costs[0];
    $('.saving').textContent =
      'At ' +
      w +
      ' output tokens a month, DeepSeek V4-Pro costs ' +
      money(base) +
      ' a month: ' +
      money(costs[1] - base) +
      ' less than OpenAI and ' +
      money(costs[2] - base) +
      ' less than Anthropic.';
  });
})();
