//! Where the prices come from: each row's as-of note, what the record says, and its sources.
//! Rendered at build time only: none of it changes.

use leptos::prelude::*;

use crate::content::{PRICE_NOTES, PRICES};
use crate::model::words::per_million;
use crate::widgets::controls::source_links;

#[component]
pub fn PriceSources() -> impl IntoView {
    let items = PRICES
        .iter()
        .zip(PRICE_NOTES)
        .map(|(p, n)| {
            view! {
                <li class="price-source" data-price=p.id>
                    <p class="price-source-head">
                        <strong>{p.provider}" "{p.model}</strong>", "{per_million(p.per_million, p.tokens)}
                        " · "<span class="as-of">{n.as_of}</span>
                    </p>
                    <p class="price-source-note">{n.note}</p>
                    <div class="price-source-links">{source_links(n.addresses, "No address was recorded for this figure.")}</div>
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
