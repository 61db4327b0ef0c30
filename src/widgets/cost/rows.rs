//! The price rows: for each, the cost over the chosen period, a bar drawn to scale and the ratio
//! to DeepSeek V4-Pro's price; the per-month / per-year switch; the saving in a sentence.

use leptos::prelude::*;

use super::state::CostSignals;
use crate::content::{PRICES, Price, PriceOrigin, TokenKind};
use crate::model::cost::Period;
use crate::model::table::{CUSTOM_ID, Row, RowOrigin, baseline};
use crate::model::url_state::{CostState, CustomRow};
use crate::model::words::{compare_words, money, per_million, saving_sentence};
use crate::widgets::bind::{flag, text};
use crate::widgets::controls::RadioOption;

/// Per month or per year.
#[component]
pub fn PeriodSwitch(cost: CostSignals, shown: Memo<CostState>) -> impl IntoView {
    let option = move |period: Period, id: &'static str, label: &'static str| {
        view! {
            <RadioOption
                name="cost-period"
                id=id.to_string()
                label=label
                class="switch-label"
                checked=flag(move || shown.with(|s| s.period == period))
                on_pick=move || cost.period.set(period)
            />
        }
    };
    view! {
        <fieldset class="switch">
            <legend class="visually-hidden">"Show costs"</legend>
            {option(Period::Month, "period-month", "Per month")}
            {option(Period::Year, "period-year", "Per year")}
        </fieldset>
    }
}

/// The price every row is compared with (the content's check makes sure there is one).
fn base_price() -> &'static Price {
    baseline(PRICES).expect("the content has a baseline price")
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
    let base = base_price();
    let per = text(move || shown.with(|s| s.period.per().to_string()));
    let content_rows = PRICES
        .iter()
        .filter(|p| p.origin == origin)
        .map(|p| {
            let (origin, badge) = origin_badge(RowOrigin::of(p.origin));
            // What never changes for a content row is written once.
            let compare = compare_words(p.per_million, base, std::ptr::eq(p, base));
            let meta = per_million(p.per_million, p.tokens);
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
                view! { <p class="row-meta">{meta}" · "<strong class="row-ratio">{compare}</strong></p> },
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
                    {field(|c| per_million(c.price, TokenKind::Output))}" · "
                    <strong class="row-ratio">{field(|c| compare_words(c.price, base_price(), false))}</strong>
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
    let sentence =
        text(move || shown.with(|s| rows.with(|rows| saving_sentence(rows, s.period, s.tokens))));
    view! { <p class="saving">{sentence}</p> }
}
