//! Every sentence the page makes from data, in US English as the article is: dollars ("$8.70",
//! "$0.0035"), token amounts in words ("2.5 million"), lists ("a, b and c"), how a price
//! compares with the baseline, and the saving sentence. Views only bind what these return.
//!
//! One formatter, in Rust, for the prerendered page and for every figure that changes in the
//! browser: the same strings whether a figure was written at build time or after a slider step.
//! `tests/format_cases.txt` holds what the browser's own `Intl.NumberFormat` writes for these
//! cases; the native tests check this formatter against it, and the browser tests check `Intl`
//! still writes the same.

use crate::content::{Price, TokenKind};
use crate::model::amount::group_digits;
use crate::model::cost::{Difference, Money, Period, PricePerMillion, ratio};
use crate::model::table::{Row, RowOrigin};

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

/// What goes before item `i` of a list of `n` read aloud: nothing, ", ", or " and " before the
/// last ("a", "a and b", "a, b and c").
pub fn list_separator(i: usize, n: usize) -> &'static str {
    match i {
        0 => "",
        _ if i + 1 == n => " and ",
        _ => ", ",
    }
}

/// `items` as a list read aloud: "a", "a and b", "a, b and c".
pub fn and_list(items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        out.push_str(list_separator(i, items.len()));
        out.push_str(item);
    }
    out
}

/// A price as its row and its source state it: "$3.48 per million", and for a price of input
/// tokens "$0.28 per million input tokens" (output tokens go without saying: the widget is about
/// them).
pub fn per_million(price: PricePerMillion, tokens: TokenKind) -> String {
    let what = match tokens {
        TokenKind::Output => "",
        TokenKind::Input => " input tokens",
    };
    format!("{} per million{what}", usd(&price.dollars()))
}

/// What the reader's own row's form says once the row is in the table: "Added Local model at
/// $1,200 per million tokens to the table."
pub fn row_added(name: &str, price: PricePerMillion) -> String {
    format!(
        "Added {name} at {} tokens to the table.",
        per_million(price, TokenKind::Output)
    )
}

/// How many claims a filter shows: "1 claim", "12 claims".
pub fn claims_shown(n: usize) -> String {
    match n {
        1 => "1 claim".to_string(),
        n => format!("{n} claims"),
    }
}

/// Where the story of the diagram is: "Step 2 of 6" (`step` counts from 0), or before it starts
/// "The argument in 6 steps".
pub fn story_step(step: Option<usize>, total: usize) -> String {
    match step {
        Some(k) => format!("Step {} of {total}", k + 1),
        None => format!("The argument in {total} steps"),
    }
}

/// How a price compares with the baseline `base`, in the words its row ends with: "the baseline
/// for the ratios" for the baseline itself, else "8.6× V4-Pro's price".
pub fn compare_words(price: PricePerMillion, base: &Price, is_baseline: bool) -> String {
    if is_baseline {
        "the baseline for the ratios".to_string()
    } else {
        format!("{}× {}'s price", ratio(price, base.per_million), base.model)
    }
}

/// A row as the saving sentence names it: the article's prices by provider ("OpenAI"), the
/// price list's with the model ("Google Gemini 3.1 Pro"), the reader's own as theirs ("your
/// Local model"); the baseline by provider and model ("DeepSeek V4-Pro").
pub fn row_name(row: &Row) -> String {
    match row.origin {
        _ if row.is_baseline => format!("{} {}", row.provider, row.model),
        RowOrigin::Article => row.provider.to_string(),
        RowOrigin::PriceList => format!("{} {}", row.provider, row.model),
        RowOrigin::Reader => format!("your {}", row.model),
    }
}

/// The saving in one plain sentence, for the table's `rows` over `period` at `tokens` a month:
/// "At 10 million output tokens a month, DeepSeek V4-Pro costs $34.80 a month: $265.20 less
/// than OpenAI and $215.20 less than Anthropic." Empty when the table has no baseline.
pub fn saving_sentence(rows: &[Row], period: Period, tokens: u64) -> String {
    let Some(base) = rows.iter().find(|r| r.is_baseline) else {
        return String::new();
    };
    let others: Vec<String> = rows
        .iter()
        .filter(|r| !r.is_baseline)
        .map(|r| match r.difference {
            Difference {
                amount: Money(0), ..
            } => format!("the same as {}", row_name(r)),
            Difference { amount, larger } => format!(
                "{} {} {}",
                money(amount),
                // The baseline costs less than a dearer row.
                if larger { "less than" } else { "more than" },
                row_name(r)
            ),
        })
        .collect();
    format!(
        "At {} output tokens a month, {} costs {} {}: {}.",
        tokens_words(tokens),
        row_name(base),
        money(base.cost),
        period.per(),
        and_list(&others)
    )
}
