//! How numbers read on the page: dollars ("$8.70", "$0.0035") and token amounts in words
//! ("2.5 million").
//!
//! What changes as the reader moves is formatted by the browser's own `Intl.NumberFormat`
//! (en-US, as the article is in US English and US dollars). The prerender step runs natively,
//! where there is no `Intl`; it uses the small Rust formatter in [`prerendered`], which writes
//! the same strings for the same inputs. The views' first render in the browser uses that same
//! Rust formatter: hydration keeps the prerendered text, so no `Intl` formatter has to be built
//! while the page starts, unless the address asks for other figures than the prerendered ones
//! ([`warm_up`] builds them once the browser is idle).
//! `tests/format_cases.txt` holds the cases both must agree on: the native tests check the Rust
//! side, the browser tests the `Intl` side (and that the two agree on every figure a step shows).

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

/// A figure to show, described rather than written: compared cheaply in Rust, and turned into
/// text only when it changed. In the browser [`Shown::to_js`] makes it a JavaScript string
/// straight from `Intl` (a number goes in, a string comes out, and the string is written to the
/// page without ever being copied through the WebAssembly's memory); natively
/// [`Shown::to_text`] writes the same text with the Rust formatter, for the prerender.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Nothing: an empty text, or an attribute removed.
    Absent,
    /// This text as it is.
    Text(String),
    /// This fixed text.
    Static(&'static str),
    /// Dollars: "$8.70", "$0.0035".
    Usd(crate::model::cost::Money),
    /// A token amount in words: "2.5 million".
    Words(u64),
    /// A slider's value text: "2.5 million tokens a month".
    TokensAMonth(u64),
    /// A whole number as digits, for an attribute: "2500000".
    Number(u64),
    /// A whole number with thousands commas: "2,500,000".
    Grouped(u64),
    /// These, one after the other (a sentence with figures in it).
    Joined(Vec<Shown>),
}

impl Shown {
    /// The text, as a Rust string, by the Rust formatter (the prerender, and the views' first
    /// render, which hydration keeps).
    pub fn to_text(&self) -> String {
        use prerendered::{tokens_words, usd_money};
        match self {
            Shown::Absent => String::new(),
            Shown::Text(t) => t.clone(),
            Shown::Static(t) => t.to_string(),
            Shown::Usd(m) => usd_money(*m),
            Shown::Words(t) => tokens_words(*t),
            Shown::TokensAMonth(t) => tokens_a_month(&tokens_words(*t)),
            Shown::Number(n) => n.to_string(),
            Shown::Grouped(n) => crate::model::amount::group_digits(*n as u128),
            Shown::Joined(parts) => parts.iter().map(Shown::to_text).collect(),
        }
    }

    /// The text as a JavaScript value (`None` for [`Shown::Absent`]).
    #[cfg(target_arch = "wasm32")]
    pub fn to_js(&self) -> Option<wasm_bindgen::JsValue> {
        imp::to_js(self)
    }
}

/// Builds the browser's formatters ahead of the first slider step (building one costs several
/// milliseconds on a phone). Call when the browser is idle; natively, nothing to do.
pub fn warm_up() {
    #[cfg(target_arch = "wasm32")]
    imp::warm_up();
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use js_sys::{Array, Function, Intl::NumberFormat, JsString, Object, Reflect};
    use wasm_bindgen::JsValue;

    use super::Shown;
    use crate::model::cost::Money;

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

    pub fn usd(decimal: &str) -> String {
        // A string argument is formatted as the exact decimal it spells (Intl.NumberFormat v3).
        let value = JsValue::from_str(decimal);
        if decimal.contains('.') { USD.with(|f| call(f, value)) } else { USD_WHOLE.with(|f| call(f, value)) }
    }

    pub fn tokens_words(tokens: u64) -> String {
        words_js(tokens).as_string().unwrap_or_default()
    }

    /// A few recent results, newest last: one slider step shows the same cost in the row, the
    /// live sentence and the saving sentence, and the same amount in words in four places, and
    /// asks `Intl` once for each.
    struct Recent<K>(RefCell<Vec<(K, JsValue)>>);

    impl<K: PartialEq + Copy> Recent<K> {
        const fn new() -> Self {
            Recent(RefCell::new(Vec::new()))
        }

        fn get(&self, key: K, make: impl FnOnce() -> JsValue) -> JsValue {
            if let Some(hit) = self.0.borrow().iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v.clone()) {
                return hit;
            }
            let v = make();
            let mut r = self.0.borrow_mut();
            if r.len() == 12 {
                r.remove(0);
            }
            r.push((key, v.clone()));
            v
        }
    }

    thread_local! {
        static MONEY: Recent<Money> = const { Recent::new() };
        static WORDS_OF: Recent<u64> = const { Recent::new() };
        static A_MONTH: Recent<u64> = const { Recent::new() };
        static GROUP: Function = formatter(&[("maximumFractionDigits", 0.into())]);
        static A_MONTH_SUFFIX: JsString = JsString::from(" tokens a month");
    }

    fn call_js(f: &Function, value: f64) -> JsValue {
        f.call1(&JsValue::NULL, &JsValue::from_f64(value)).unwrap_or_else(|_| JsValue::from_str(""))
    }

    /// Dollars from Intl, fed the nearest double of the exact decimal shown: at most six places
    /// and at most fifteen significant digits, so that double's shortest form, which Intl
    /// prints, is that decimal (the browser tests check this against the exact-string form
    /// above). Larger amounts, out of the widget's reach, go as the exact string.
    fn usd_js(m: Money) -> JsValue {
        MONEY.with(|r| {
            r.get(m, || {
                let (units, places) = m.shown();
                if units >= 10u128.pow(15) {
                    return JsValue::from_str(&usd(&m.display()));
                }
                USD.with(|f| call_js(f, units as f64 / 10f64.powi(places as i32)))
            })
        })
    }

    fn words_js(tokens: u64) -> JsValue {
        WORDS_OF.with(|r| r.get(tokens, || WORDS.with(|f| call_js(f, tokens as f64))))
    }

    pub fn to_js(s: &Shown) -> Option<JsValue> {
        Some(match s {
            Shown::Absent => return None,
            Shown::Text(t) => JsValue::from_str(t),
            Shown::Static(t) => JsValue::from_str(t),
            Shown::Usd(m) => usd_js(*m),
            Shown::Words(t) => words_js(*t),
            Shown::TokensAMonth(t) => A_MONTH.with(|r| {
                r.get(*t, || A_MONTH_SUFFIX.with(|sfx| JsString::from(words_js(*t)).concat(sfx).into()))
            }),
            // Numbers become their digits when written as an attribute or a text.
            Shown::Number(n) => JsValue::from_f64(*n as f64),
            Shown::Grouped(n) => GROUP.with(|f| call_js(f, *n as f64)),
            // Joined in Rust, written as one string: the fixed words are already Rust strings,
            // and a figure comes back from Intl more cheaply than a string goes to JavaScript.
            Shown::Joined(parts) => {
                let text: String = parts
                    .iter()
                    .map(|p| match p {
                        Shown::Text(t) => t.clone(),
                        Shown::Static(t) => t.to_string(),
                        Shown::Number(n) => n.to_string(),
                        p => p.to_js().and_then(|v| v.as_string()).unwrap_or_default(),
                    })
                    .collect();
                JsValue::from_str(&text)
            }
        })
    }

    pub fn warm_up() {
        USD.with(|_| ());
        USD_WHOLE.with(|_| ());
        WORDS.with(|_| ());
        GROUP.with(|_| ());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub use super::prerendered::{tokens_words, usd};
}

/// The Rust formatter: what the prerendered page says, and what the views render first.
pub mod prerendered {
    use crate::model::amount::group_digits;

    /// Dollars from an exact decimal string, as [`super::usd`].
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

    /// Dollars for an amount of money as the reader sees it.
    pub fn usd_money(m: crate::model::cost::Money) -> String {
        usd(&m.display())
    }

    /// A token amount in words, as [`super::tokens_words`].
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
