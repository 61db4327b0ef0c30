// The plain-article floor's slider: thirty lines of vanilla JavaScript for three figures and three
// bars, the least a page can do for a drag. The benchmark drags it beside the explainer.
(() => {
  'use strict';
  const MANTISSA = [10, 11, 13, 14, 16, 18, 20, 22, 25, 28, 32, 35, 40, 45, 50, 56, 63, 71, 79, 89];
  const PRICES = [3.48, 30, 25]; // dollars per million output tokens, as the article gives them
  const words = new Intl.NumberFormat('en-US', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
  });
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const range = document.getElementById('tokens-range');
  const amount = document.querySelector('.slider-number');
  const figures = document.querySelectorAll('.plain-cost');
  const bars = document.querySelectorAll('.plain-bar');
  function update() {
    const p = Number(range.value);
    const tokens = MANTISSA[p % 20] * 10 ** (Math.floor(p / 20) + 2);
    const said = words.format(tokens);
    amount.textContent = said;
    range.setAttribute('aria-valuetext', `${said} tokens a month`);
    for (let i = 0; i < PRICES.length; i++) {
      figures[i].textContent = usd.format((tokens / 1e6) * PRICES[i]);
      bars[i].style.width = `${(100 * PRICES[i]) / 30}%`;
    }
  }
  range.addEventListener('input', update);
  update();
})();
