// The hand-written baseline: exact cents with BigInt, Intl for the text, direct DOM writes.
const MANTISSA = [10, 11, 13, 14, 16, 18, 20, 22, 25, 28, 32, 35, 40, 45, 50, 56, 63, 71, 79, 89];
const tokensAt = (p) => BigInt(MANTISSA[p % 20]) * 10n ** BigInt(Math.floor(p / 20) + 2);
const PRICES = [3480000n, 30000000n, 25000000n]; // micro-dollars per million tokens
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });
const words = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
const group = new Intl.NumberFormat('en-US');
function money(pico) {
  const cents = (pico + 5000000000n) / 10000000000n;
  return usd.format(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
}
const $ = (s) => document.querySelector(s);
const range = $('#tokens-range');
const costs = [...document.querySelectorAll('.cost-amount')];
const live = [...document.querySelectorAll('.live-cost')];
const bars = [...document.querySelectorAll('.bar')];
range.addEventListener('input', () => {
  const t = tokensAt(Number(range.value));
  const w = words.format(String(t));
  range.setAttribute('aria-valuetext', `${w} tokens a month`);
  $('.slider-number').textContent = w;
  $('#tokens-field').value = group.format(String(t));
  const tangle = $('.tangle');
  tangle.textContent = w;
  tangle.setAttribute('aria-valuenow', String(t));
  tangle.setAttribute('aria-valuetext', `${w} tokens a month`);
  const c = PRICES.map((p) => t * p);
  c.forEach((pico, i) => { costs[i].textContent = money(pico); live[i].textContent = money(pico); });
  const max = PRICES.reduce((a, b) => (a > b ? a : b));
  PRICES.forEach((p, i) => bars[i].setAttribute('width', String((p * 1000n + max / 2n) / max)));
  $('.saving').textContent = `At ${w} output tokens a month, DeepSeek V4-Pro costs ${money(c[0])} a month: ${money(c[1] - c[0])} less than OpenAI and ${money(c[2] - c[0])} less than Anthropic.`;
});
