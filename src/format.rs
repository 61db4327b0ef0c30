//! How numbers read on the page: dollars ("$8.70", "$0.0035") and token amounts in words
//! ("2.5 million"), in US English as the article is.
//!
//! One formatter, in Rust, for the prerendered page and for every figure that changes in the
//! browser: the same strings whether a figure was written at build time or after a slider step.
//! `tests/format_cases.txt` holds what the browser's own `Intl.NumberFormat` writes for these
//! cases; the native tests check this formatter against it, and the browser tests check `Intl`
//! still writes the same.

use crate::model::amount::group_digits;
use crate::model::cost::Money;

/// Dollars from an exact decimal string of the model: "8.70" → "$8.70", "300000.00" →
/// "$300,000.00", "0.0035" → "$0.0035" (at least two places, trailing zeros beyond them
/// dropped), and a whole number without cents, as prices are quoted: "30" → "$30".
pub fn usd(decimal: &str) -> String {
    let Some((int, frac)) = decimal.split_once('.') else {
        return format!("${}", group_digits(decimal.parse().unwrap_or(0)));
    };
    let int: u128 = int.parse().unwrap_or(0);
    let mut frac = frac.to_string();
    while frac.len() < 2 {
        frac.push('0');
    }
    while frac.len() > 2 && frac.ends_with('0') {
        frac.pop();
    }
    format!("${}.{frac}", group_digits(int))
}

/// An amount of money as the reader sees it (rounded by the model: to the cent, or to two
/// significant digits below a cent).
pub fn money(m: Money) -> String {
    usd(&m.display())
}

/// A token amount in words, to three significant digits (half up): 2,500,000 → "2.5 million",
/// 1,234,567 → "1.23 million", 1,000 → "1 thousand".
pub fn tokens_words(tokens: u64) -> String {
    let n = tokens as u128;
    // Round to three significant digits, then name the scale of the rounded value.
    let digits = n.to_string().len() as u32;
    let unit = 10u128.pow(digits.saturating_sub(3));
    let rounded = (n + unit / 2) / unit * unit;
    let (scale, word) = match rounded {
        r if r >= 1_000_000_000 => (1_000_000_000u128, " billion"),
        r if r >= 1_000_000 => (1_000_000, " million"),
        r if r >= 1_000 => (1_000, " thousand"),
        _ => (1, ""),
    };
    let whole = rounded / scale;
    let mut frac = format!(
        "{:0width$}",
        rounded % scale,
        width = scale.to_string().len() - 1
    );
    while frac.ends_with('0') {
        frac.pop();
    }
    if scale == 1 || frac.is_empty() {
        format!("{}{word}", group_digits(whole))
    } else {
        format!("{}.{frac}{word}", group_digits(whole))
    }
}

/// "2.5 million tokens a month": a slider's value text.
pub fn tokens_a_month(tokens: u64) -> String {
    format!("{} tokens a month", tokens_words(tokens))
}
