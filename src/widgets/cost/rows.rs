//! The price rows: for each, the cost over the chosen period, a bar drawn to scale and the ratio
//! to DeepSeek V4-Pro's price; the per-month / per-year switch; the saving in a sentence.

use leptos::prelude::*;

use super::state::CostSignals;
use crate::content::{PRICES, PriceOrigin, TokenKind};
use crate::format::{money, tokens_words, usd};
use crate::model::cost::{Money, Period};
use crate::model::table::{CUSTOM_ID, Row, RowOrigin, compare_words};
use crate::model::url_state::{CostState, CustomRow};
use crate::widgets::bind::{flag, text};
use crate::widgets::controls::radio_option;

/// Per month or per year.
#[component]
pub fn PeriodSwitch(cost: CostSignals, shown: Memo<CostState>) -> impl IntoView {
    let option = move |period: Period, id: &'static str, label: &'static str| {
        radio_option(
            "cost-period",
            id.to_string(),
            label,
            "switch-label",
            flag(move || shown.with(|s| s.period == period)),
            move || cost.period.set(period),
        )
    };
    view! {
        <fieldset class="switch">
            <legend class="visually-hidden">"Show costs"</legend>
            {option(Period::Month, "period-month", "Per month")}
            {option(Period::Year, "period-year", "Per year")}
        </fieldset>
    }
}

fn origin_badge(origin: RowOrigin) -> (&'static str, &'static str) {
    match origin {
        RowOrigin::Article => ("article", "From the article"),
        RowOrigin::PriceList => ("price-list", "Price list, not in the article"),
        RowOrigin::Reader => ("reader", "Your own figure"),
    }
}

/// The rows of prices from `origin`, as a list a screen reader reads one row at a time, and the
/// reader's own row after the article's. Every possible row is in the page; those not asked for
/// are hidden, so moving the slider only rewrites each shown row's cost and bar in place.
#[component]
pub fn CostRows(
    shown: Memo<CostState>,
    rows: Memo<Vec<Row>>,
    origin: PriceOrigin,
) -> impl IntoView {
    let base = PRICES[0].per_million;
    let per = text(move || shown.with(|s| s.period.per().to_string()));
    let content_rows = PRICES
        .iter()
        .filter(|p| p.origin == origin)
        .map(|p| {
            let (origin, badge) = origin_badge(RowOrigin::of(p.origin));
            // Output tokens go without saying here; an input price says so.
            let what = match p.tokens {
                TokenKind::Output => "",
                TokenKind::Input => " input tokens",
            };
            // What never changes for a content row is written once.
            let compare = compare_words(p.per_million, &PRICES[0], p.per_million == base && p.origin == PriceOrigin::Article);
            let meta = format!("{} per million{what} · ", usd(&p.per_million.dollars()));
            // The article's rows are the list's own; only the others carry where they are from.
            let badge = (p.origin != PriceOrigin::Article).then(|| view! { <span class="badge" data-origin=origin>{badge}</span> });
            cost_row(
                p.id,
                origin,
                rows,
                per,
                view! {
                    <span class="row-provider">{p.provider}</span>" "
                    <span class="row-model">{p.model}</span>
                    {badge}
                },
                view! { <p class="row-meta">{meta}<strong class="row-ratio">{compare}</strong></p> },
            )
        })
        .collect_view();
    // The reader's own row, after the article's: its name and price change with the form.
    let custom = (origin == PriceOrigin::Article).then(|| {
        let (origin, badge) = origin_badge(RowOrigin::Reader);
        let field = move |f: fn(&CustomRow) -> String| text(move || shown.with(|s| s.custom.as_ref().map(f).unwrap_or_default()));
        cost_row(
            CUSTOM_ID,
            origin,
            rows,
            per,
            view! {
                <span class="row-provider">"Yours"</span>" "
                <span class="row-model">{field(|c| c.name.clone())}</span>
                <span class="badge" data-origin=origin>{badge}</span>
            },
            view! {
                <p class="row-meta">
                    {field(|c| format!("{} per million · ", usd(&c.price.dollars())))}
                    <strong class="row-ratio">{field(|c| compare_words(c.price, &PRICES[0], false))}</strong>
                </p>
            },
        )
    });
    view! {
        <ul class="cost-rows" role="list">
            {content_rows}
            {custom}
        </ul>
    }
}

/// One row: its name, its cost for the period and its bar (from the table's row `id`, hidden
/// while the table has none), its price and ratio (`meta`).
fn cost_row(
    id: &'static str,
    origin: &'static str,
    rows: Memo<Vec<Row>>,
    per: Signal<String>,
    name: impl IntoView,
    meta: impl IntoView,
) -> impl IntoView {
    // This row's figures, moved on only when they change.
    let figures = Memo::new(move |_| {
        rows.with(|rows| rows.iter().find(|r| r.id == id).map(|r| (r.cost, r.bar)))
    });
    let cost = text(move || figures.get().map(|(c, _)| money(c)).unwrap_or_default());
    let bar = text(move || figures.get().map_or(0, |(_, b)| b).to_string());
    view! {
        <li class="cost-row" data-row=id data-origin=origin hidden=flag(move || figures.with(Option::is_none))>
            <div class="row-name">{name}</div>
            <p class="row-cost">
                <span class="cost-amount">{cost}</span>" "
                <span class="cost-per">{per}</span>
            </p>
            <svg class="row-bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="row-bar-track" width="1000" height="10"></rect>
                <rect class="row-bar-fill" width=bar height="10"></rect>
            </svg>
            {meta}
        </li>
    }
}

/// The saving in one plain sentence.
#[component]
pub fn SavingSentence(shown: Memo<CostState>, rows: Memo<Vec<Row>>) -> impl IntoView {
    let sentence = text(move || shown.with(|s| rows.with(|rows| saving(rows, s.period, s.tokens))));
    view! { <p class="saving">{sentence}</p> }
}

/// The saving sentence for `rows`: "At 10 million output tokens a month, DeepSeek V4-Pro costs
/// $34.80 a month: $265.20 less than OpenAI and $215.20 less than Anthropic."
fn saving(rows: &[Row], period: Period, tokens: u64) -> String {
    let Some(base) = rows.iter().find(|r| r.is_baseline) else {
        return String::new();
    };
    let mut s = format!(
        "At {} output tokens a month, DeepSeek V4-Pro costs {} {}: ",
        tokens_words(tokens),
        money(base.cost),
        period.per()
    );
    let others: Vec<&Row> = rows.iter().filter(|r| !r.is_baseline).collect();
    for (i, r) in others.iter().enumerate() {
        // "a", "a and b", "a, b and c".
        if i > 0 {
            s.push_str(if i + 1 == others.len() { " and " } else { ", " });
        }
        match r.diff {
            (Money(0), _) => s.push_str("the same as "),
            (d, dearer) => {
                s.push_str(&money(d));
                s.push_str(if dearer { " less than " } else { " more than " });
            }
        }
        match r.origin {
            RowOrigin::Article => s.push_str(r.provider),
            RowOrigin::PriceList => {
                s.push_str(r.provider);
                s.push(' ');
                s.push_str(&r.model);
            }
            RowOrigin::Reader => {
                s.push_str("your ");
                s.push_str(&r.model);
            }
        }
    }
    s.push('.');
    s
}
