//! The opinion lens: a switch that marks the author's opinions differently from the factual
//! claims in the text, with a legend saying which is which.

use leptos::prelude::*;

use super::state::use_sources;
use crate::widgets::bind::flag;
use crate::widgets::controls::toggle_switch;

#[component]
pub fn OpinionLens() -> impl IntoView {
    let state = use_sources();
    let on = flag(move || state.lens.get());
    view! {
        <div class="lens">
            {toggle_switch(
                "opinion-lens",
                "Opinion lens: tell the author's opinions from factual claims",
                Some("lens-legend"),
                on,
                move |v| state.lens.set(v),
            )}
            <p class="lens-legend" id="lens-legend">
                <mark class="claim-span legend-fact">"factual claim"</mark>" "
                <mark class="claim-span legend-opinion" data-kind="authors-opinion">"the author's opinion"</mark>
                " · the numbered buttons open each claim's sources"
            </p>
        </div>
    }
}
