//! The cost widget's table: one row per price shown, with its cost for the period, its bar
//! length, its ratio to the baseline (DeepSeek V4-Pro at the article's price) and the difference.

use std::borrow::Cow;

use crate::content::{Price, PriceOrigin};

use super::cost::{Difference, Money, PricePerMillion};
use super::url_state::CostState;

/// Where a row's price comes from, as the widget labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOrigin {
    Article,
    PriceList,
    Reader,
}

impl RowOrigin {
    /// The origin of a row priced from the content.
    pub fn of(origin: PriceOrigin) -> Self {
        match origin {
            PriceOrigin::Article => RowOrigin::Article,
            PriceOrigin::PriceList => RowOrigin::PriceList,
        }
    }
}

/// One row of the table, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The price's id, or "custom" for the reader's row.
    pub id: &'static str,
    pub provider: &'static str,
    /// The model's name (the reader's own, for their row).
    pub model: Cow<'static, str>,
    pub origin: RowOrigin,
    pub price: PricePerMillion,
    /// The cost of the chosen tokens over the chosen period.
    pub cost: Money,
    /// Bar length in thousandths of the largest cost shown (at least 4, so a bar never vanishes).
    pub bar: u32,
    /// How far this row's cost is from the baseline's, and whether this row is the dearer.
    pub difference: Difference,
    pub is_baseline: bool,
}

/// The id of the reader's own row.
pub const CUSTOM_ID: &str = "custom";

/// The baseline every row is compared with: the first price of `prices` (the content puts
/// DeepSeek V4-Pro at the article's price there, and checks it).
pub fn baseline(prices: &'static [Price]) -> Option<&'static Price> {
    prices.first()
}

/// The rows for `state`: the article's prices, then (if asked for) the price-list rows, then the
/// reader's own, each compared with the [`baseline`].
pub fn table(prices: &'static [Price], state: &CostState) -> Vec<Row> {
    let Some(base) = baseline(prices) else {
        return Vec::new();
    };
    let months = state.period.months();
    let base_cost = Money::cost(state.tokens, base.per_million).times(months);
    let mut rows: Vec<Row> = prices
        .iter()
        .filter(|p| p.origin == PriceOrigin::Article || state.extra)
        .map(|p| Row {
            id: p.id,
            provider: p.provider,
            model: Cow::Borrowed(p.model),
            origin: RowOrigin::of(p.origin),
            price: p.per_million,
            cost: Money::default(),
            bar: 0,
            difference: Difference::default(),
            is_baseline: std::ptr::eq(p, base),
        })
        .collect();
    if let Some(c) = &state.custom {
        rows.push(Row {
            id: CUSTOM_ID,
            provider: "Yours",
            model: Cow::Owned(c.name.clone()),
            origin: RowOrigin::Reader,
            price: c.price,
            cost: Money::default(),
            bar: 0,
            difference: Difference::default(),
            is_baseline: false,
        });
    }
    for r in &mut rows {
        r.cost = Money::cost(state.tokens, r.price).times(months);
        r.difference = r.cost.difference(base_cost);
    }
    // Bars compare prices (every row prices the same tokens), so their lengths follow from the
    // prices alone: exact integers, no floating point.
    let max = rows
        .iter()
        .map(|r| r.price.0 as u128)
        .max()
        .unwrap_or(1)
        .max(1);
    for r in &mut rows {
        r.bar = ((r.price.0 as u128 * 1000 + max / 2) / max).max(4) as u32;
    }
    rows
}

/// What `tokens` cost in a month at each of the article's own prices (the live sentence's
/// figures, whatever the widget's other settings).
pub fn article_costs(prices: &'static [Price], tokens: u64) -> Vec<(&'static Price, Money)> {
    prices
        .iter()
        .filter(|p| p.origin == PriceOrigin::Article)
        .map(|p| (p, Money::cost(tokens, p.per_million)))
        .collect()
}
