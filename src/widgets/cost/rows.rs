//! The price rows: for each, the cost over the chosen period, a bar drawn to scale and the ratio
//! to DeepSeek V4-Pro's price; the per-month / per-year switch; the saving in a sentence; and
//! where each price comes from.

use leptos::html::{P, Ul};
use leptos::prelude::*;

use super::state::{Current, use_cost};
use crate::content::{PRICES, PriceOrigin, TokenKind};
use crate::format::{prerendered, usd};
use crate::model::cost::Period;
use crate::model::cost::ratio;
use crate::model::table::{CUSTOM_ID, Row, RowOrigin};
use crate::widgets::bind::{Shown, Slot, flag, text};
use crate::widgets::controls::{radio_option, source_links};

/// Per month or per year.
#[component]
pub fn PeriodSwitch() -> impl IntoView {
    let cost = use_cost();
    let option = move |period: Period, id: &'static str, label: &'static str| {
        radio_option("cost-period", id.to_string(), label, "switch-label", flag(move || cost.period.get() == period), move || {
            cost.period.set(period)
        })
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

/// The rows, as a list a screen reader reads one row at a time. Every possible row is in the
/// page (the article's, the price lists', the reader's); those not asked for are hidden, so
/// moving the slider only rewrites each shown row's cost in place.
#[component]
pub fn CostRows() -> impl IntoView {
    let cost = use_cost();
    let base = PRICES[0].per_million;
    // Every row's moving parts, with the painter (see `bind::Painter`).
    let ids: Vec<&'static str> = PRICES.iter().map(|p| p.id).chain([CUSTOM_ID]).collect();
    let first = row_figures(&Current::now(cost).rows, &ids);
    let list = NodeRef::<Ul>::new();
    let targets = ids
        .iter()
        .flat_map(|id| {
            let row = format!("[data-row={id}]");
            [(row.clone(), Slot::Attr("hidden")), (format!("{row} .cost-amount"), Slot::Text), (format!("{row} .row-bar-fill"), Slot::Attr("width"))]
        })
        .collect();
    cost.painter.patch(list, targets, move |now| row_figures(&now.rows, &ids));
    let shown = |i: usize| first[i * 3..i * 3 + 3].to_vec();
    let all = PRICES
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (origin, badge) = origin_badge(match p.origin {
                PriceOrigin::Article => RowOrigin::Article,
                PriceOrigin::PriceList => RowOrigin::PriceList,
            });
            let what = match p.tokens {
                TokenKind::Output => "output",
                TokenKind::Input => "input",
            };
            // What never changes for a content row is written once.
            let compare = if p.per_million == base && p.origin == PriceOrigin::Article {
                "the baseline for the ratios".to_string()
            } else {
                format!("{}× DeepSeek V4-Pro's price", ratio(p.per_million, base))
            };
            let meta = format!("{} per million {what} tokens · ", prerendered::usd(&p.per_million.dollars()));
            cost_row(
                p.id,
                origin,
                shown(i),
                view! {
                    <span class="row-provider">{p.provider}</span>" "
                    <span class="row-model">{p.model}</span>
                    <span class="badge" data-origin=origin>{badge}</span>
                },
                view! { <p class="row-meta">{meta}<strong class="row-ratio">{compare}</strong></p> },
            )
        })
        .collect_view();
    // The reader's own row: its name and price change with the form.
    let (origin, badge) = origin_badge(RowOrigin::Reader);
    let custom = move |f: fn(&crate::model::url_state::CustomRow) -> String| {
        text(move || cost.custom.with(|c| c.as_ref().map(f).unwrap_or_default()))
    };
    view! {
        <ul class="cost-rows" role="list" node_ref=list>
            {all}
            {cost_row(
                CUSTOM_ID,
                origin,
                shown(PRICES.len()),
                view! {
                    <span class="row-provider">"Yours"</span>" "
                    <span class="row-model">{custom(|c| c.name.clone())}</span>
                    <span class="badge" data-origin=origin>{badge}</span>
                },
                view! {
                    <p class="row-meta">
                        {custom(|c| format!("{} per million output tokens · ", usd(&c.price.dollars())))}
                        <strong class="row-ratio">{custom(|c| format!("{}× DeepSeek V4-Pro's price", ratio(c.price, PRICES[0].per_million)))}</strong>
                    </p>
                },
            )}
        </ul>
        <p class="cost-per-note">
            {text(move || match cost.period.get() {
                Period::Year => "Costs are for a year: twelve months at this amount.",
                Period::Month => "Costs are for one month.",
            }.to_string())}
        </p>
    }
}

/// One row: its `name`, its cost for the period and its bar (first values: the row's `shown`
/// triple, kept up to date by the list's patch), and its price and ratio (`meta`).
fn cost_row(id: &'static str, origin: &'static str, shown: Vec<Shown>, name: impl IntoView, meta: impl IntoView) -> impl IntoView {
    let cost = use_cost();
    let [hidden, amount, bar] = [0, 1, 2].map(|i| shown.get(i).cloned().unwrap_or(Shown::Absent));
    let (amount, bar) = (amount.to_text(), bar.to_text());
    view! {
        <li class="cost-row" data-row=id data-origin=origin hidden=hidden != Shown::Absent>
            <div class="row-name">{name}</div>
            <p class="row-cost">
                <span class="cost-amount">{amount}</span>" "
                <span class="cost-per">{text(move || cost.period.get().per().to_string())}</span>
            </p>
            <svg class="row-bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="row-bar-track" width="1000" height="10"></rect>
                <rect class="row-bar-fill" width=bar height="10"></rect>
            </svg>
            {meta}
        </li>
    }
}

/// What moves in each row (`ids` in order): whether it is hidden, its cost, its bar's length;
/// three values a row, as the list's patch writes them.
fn row_figures(rows: &[Row], ids: &[&'static str]) -> Vec<Shown> {
    ids.iter()
        .flat_map(|id| match rows.iter().find(|r| r.id == *id) {
            Some(r) => [Shown::Absent, Shown::Usd(r.cost), Shown::Number(r.bar.into())],
            None => [Shown::Text(String::new()), Shown::Absent, Shown::Number(0)],
        })
        .collect()
}

/// The saving in one plain sentence.
#[component]
pub fn SavingSentence() -> impl IntoView {
    let cost = use_cost();
    let sentence = |now: &Current| vec![saving(&now.rows, now.state.period, now.state.tokens)];
    let first = sentence(&Current::now(cost))[0].to_text();
    let root = NodeRef::<P>::new();
    cost.painter.patch(root, vec![(String::new(), Slot::Text)], sentence);
    view! { <p class="saving" node_ref=root>{first}</p> }
}

/// The saving sentence for `rows`: "At 10 million output tokens a month, DeepSeek V4-Pro costs
/// $34.80 a month: $265.20 less than OpenAI and $215.20 less than Anthropic."
fn saving(rows: &[Row], period: Period, tokens: u64) -> Shown {
    let Some(base) = rows.iter().find(|r| r.is_baseline) else { return Shown::Absent };
    let mut s = vec![
        Shown::Static("At "),
        Shown::Words(tokens),
        Shown::Static(" output tokens a month, DeepSeek V4-Pro costs "),
        Shown::Usd(base.cost),
        Shown::Static(" "),
        Shown::Static(period.per()),
        Shown::Static(": "),
    ];
    let others: Vec<&Row> = rows.iter().filter(|r| !r.is_baseline).collect();
    for (i, r) in others.iter().enumerate() {
        // "a", "a and b", "a, b and c".
        if i > 0 {
            s.push(Shown::Static(if i + 1 == others.len() { " and " } else { ", " }));
        }
        match r.diff {
            (d, _) if d.0 == 0 => s.push(Shown::Static("the same as ")),
            (d, dearer) => s.extend([Shown::Usd(d), Shown::Static(if dearer { " less than " } else { " more than " })]),
        }
        s.push(row_name(r));
    }
    s.push(Shown::Static("."));
    Shown::Joined(s)
}

/// How a row is named in a sentence.
fn row_name(r: &Row) -> Shown {
    match r.origin {
        RowOrigin::Article => Shown::Static(r.provider),
        RowOrigin::PriceList => Shown::Text([r.provider, " ", &r.model].concat()),
        RowOrigin::Reader => Shown::Text(["your ", &r.model].concat()),
    }
}

/// Where the prices come from: each row's as-of note, what the record says, and its sources.
#[component]
pub fn PriceSources(embedded: RwSignal<bool>) -> impl IntoView {
    // Inside an embed, links open in a new tab rather than replacing the host's frame.
    let target = Signal::derive(move || embedded.get().then(|| "_blank".to_string()));
    let items = PRICES
        .iter()
        .map(|p| {
            let links = source_links(p.addresses, target, "No address was recorded for this figure.");
            view! {
                <li class="price-source" data-price=p.id>
                    <p class="price-source-head">
                        <strong>{p.provider}" "{p.model}</strong>", "{prerendered::usd(&p.per_million.dollars())}
                        " per million · "<span class="as-of">{p.as_of}</span>
                    </p>
                    <p class="price-source-note">{p.note}</p>
                    <div class="price-source-links">{links}</div>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="price-sources">
            <summary>"Where these prices come from"</summary>
            <ul class="price-source-list" role="list">{items}</ul>
        </details>
    }
}
