// The floor: the explainer's own built page with its WebAssembly taken out and this hand-written
// slider put in its place, updating what a slider step updates in the explainer (the amount in
// words and digits, the value texts, the typed field, the presets' pressed states, each row's
// cost and bar, the saving sentence, the live sentence). The benchmark drags both pages the same
// way and compares them: what the framework and the app cost beyond the page itself.
(function () {
  'use strict';
  var MANTISSA = [10, 11, 13, 14, 16, 18, 20, 22, 25, 28, 32, 35, 40, 45, 50, 56, 63, 71, 79, 89];
  var tokensAt = function (p) { return BigInt(MANTISSA[p % 20]) * 10n ** BigInt(Math.floor(p / 20) + 2); };
  var usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });
  var words = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
  var group = new Intl.NumberFormat('en-US');
  function money(pico) {
    var cents = (pico + 5000000000n) / 10000000000n;
    return usd.format(cents / 100n + '.' + String(cents % 100n).padStart(2, '0'));
  }
  var $ = function (s) { return document.querySelector(s); };
  var range = $('#tokens-range');
  if (!range) return;
  // Each article row: its price (micro-dollars per million, from the row's own text) and places.
  var rows = [].map.call(document.querySelectorAll('.cost-row:not([hidden])'), function (li) {
    var price = li.querySelector('.row-meta').textContent.match(/\$([\d.]+)/)[1];
    var parts = price.split('.');
    var micro = BigInt(parts[0]) * 1000000n + BigInt((parts[1] || '').padEnd(6, '0'));
    return { micro: micro, cost: li.querySelector('.cost-amount'), bar: li.querySelector('.row-bar-fill'), id: li.getAttribute('data-row') };
  });
  var max = rows.reduce(function (m, r) { return r.micro > m ? r.micro : m; }, 1n);
  var presets = [].slice.call(document.querySelectorAll('.preset-button'));
  var presetTokens = presets.map(function (b) { return b.querySelector('.preset-amount').textContent; });
  var tangle = $('.tangle');
  var live = [].slice.call(document.querySelectorAll('.live-cost'));
  range.addEventListener('input', function () {
    var t = tokensAt(Number(range.value));
    var w = words.format(String(t));
    range.setAttribute('aria-valuetext', w + ' tokens a month');
    $('.slider-number').textContent = w;
    $('#tokens-field').value = group.format(String(t));
    presets.forEach(function (b, i) { b.setAttribute('aria-pressed', presetTokens[i] === w + ' tokens' ? 'true' : 'false'); });
    var costs = rows.map(function (r) { return t * r.micro; });
    rows.forEach(function (r, i) {
      r.cost.textContent = money(costs[i]);
      r.bar.setAttribute('width', String((r.micro * 1000n + max / 2n) / max));
    });
    if (tangle) {
      tangle.textContent = w;
      tangle.setAttribute('aria-valuenow', String(t));
      tangle.setAttribute('aria-valuetext', w + ' tokens a month');
      live.forEach(function (el, i) { el.textContent = money(costs[i]); });
    }
    var base = costs[0];
    $('.saving').textContent = 'At ' + w + ' output tokens a month, DeepSeek V4-Pro costs ' + money(base) + ' a month: ' +
      money(costs[1] - base) + ' less than OpenAI and ' + money(costs[2] - base) + ' less than Anthropic.';
  });
})();
