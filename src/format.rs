//! How numbers read on the page: dollars ("$8.70", "$0.0035") and token amounts in words
//! ("2.5 million").
//!
//! In the browser the work is the browser's own `Intl.NumberFormat` (en-US, as the article is in
//! US English and US dollars), fed exact decimal strings from the model so nothing is rounded
//! twice. The prerender step runs natively, where there is no `Intl`; it uses the small Rust
//! formatter below, which writes the same strings for the same inputs, so hydration finds the
//! text it expects. `tests/format_cases.txt` holds the cases both must agree on: the native tests
//! check the Rust side, the browser tests the `Intl` side.

/// Dollars from an exact decimal string of the model: "8.70" → "$8.70", "300000.00" →
/// "$300,000.00", "0.0035" → "$0.0035", and a whole number without cents, as prices are
/// quoted: "30" → "$30", "3.48" → "$3.48".
pub fn usd(decimal: &str) -> String {
    imp::usd(decimal)
}

/// A token amount in words, to three significant digits: 2,500,000 → "2.5 million",
/// 1,234,567 → "1.23 million", 1,000 → "1 thousand".
pub fn tokens_words(tokens: u64) -> String {
    imp::tokens_words(tokens)
}

/// "2.5 million tokens a month": a slider's value text, from the amount in words.
pub fn tokens_a_month(words: &str) -> String {
    format!("{words} tokens a month")
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use js_sys::{Array, Function, Intl::NumberFormat, Object, Reflect};
    use wasm_bindgen::JsValue;

    thread_local! {
        static USD: Function = formatter(&[
            ("style", "currency".into()),
            ("currency", "USD".into()),
            ("minimumFractionDigits", 2.into()),
            ("maximumFractionDigits", 6.into()),
        ]);
        static USD_WHOLE: Function = formatter(&[
            ("style", "currency".into()),
            ("currency", "USD".into()),
            ("maximumFractionDigits", 0.into()),
        ]);
        static WORDS: Function = formatter(&[
            ("notation", "compact".into()),
            ("compactDisplay", "long".into()),
            ("maximumSignificantDigits", 3.into()),
        ]);
    }

    fn formatter(options: &[(&str, JsValue)]) -> Function {
        let opts = Object::new();
        for (k, v) in options {
            let _ = Reflect::set(&opts, &JsValue::from_str(k), v);
        }
        let locales = Array::of1(&JsValue::from_str("en-US"));
        NumberFormat::new(&locales, &opts).format()
    }

    fn call(f: &Function, value: JsValue) -> String {
        f.call1(&JsValue::NULL, &value).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    thread_local! {
        /// The last few amounts formatted, and how: one slider step shows the same cost in the
        /// row, the live sentence and the saving sentence, and asks `Intl` once for it.
        static RECENT: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    }
    const RECENT_MAX: usize = 12;

    pub fn usd(decimal: &str) -> String {
        if let Some(hit) = RECENT.with_borrow(|r| r.iter().find(|(d, _)| d == decimal).map(|(_, s)| s.clone())) {
            return hit;
        }
        // A string argument is formatted as the exact decimal it spells (Intl.NumberFormat v3).
        let value = JsValue::from_str(decimal);
        let s = if decimal.contains('.') { USD.with(|f| call(f, value)) } else { USD_WHOLE.with(|f| call(f, value)) };
        RECENT.with_borrow_mut(|r| {
            if r.len() == RECENT_MAX {
                r.remove(0);
            }
            r.push((decimal.to_string(), s.clone()));
        });
        s
    }

    pub fn tokens_words(tokens: u64) -> String {
        WORDS.with(|f| call(f, JsValue::from_str(&tokens.to_string())))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::model::amount::group_digits;

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

    pub fn tokens_words(tokens: u64) -> String {
        let n = tokens as u128;
        // Round half up to three significant digits, then name the scale of the rounded value.
        let digits = n.to_string().len() as u32;
        let drop = digits.saturating_sub(3);
        let unit = 10u128.pow(drop);
        let rounded = (n + unit / 2) / unit * unit;
        let (scale, word) = match rounded {
            r if r >= 1_000_000_000 => (1_000_000_000u128, " billion"),
            r if r >= 1_000_000 => (1_000_000, " million"),
            r if r >= 1_000 => (1_000, " thousand"),
            _ => (1, ""),
        };
        let whole = rounded / scale;
        let mut frac = format!("{:0width$}", rounded % scale, width = scale.to_string().len() - 1);
        while frac.ends_with('0') {
            frac.pop();
        }
        if scale == 1 || frac.is_empty() {
            format!("{}{word}", group_digits(whole))
        } else {
            format!("{}.{frac}{word}", group_digits(whole))
        }
    }
}
