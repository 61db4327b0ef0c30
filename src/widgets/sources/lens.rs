//! The opinion lens: a switch that marks the author's opinions differently from the factual
//! claims in the text, with a legend saying which is which. No script: the style sheet reads
//! the switch (`:has(#opinion-lens:checked)`), so it works before and without the WebAssembly.

use leptos::prelude::*;

#[component]
pub fn OpinionLens() -> impl IntoView {
    view! {
        <div class="lens">
            <div class="check">
                <input type="checkbox" role="switch" id="opinion-lens" aria-describedby="lens-legend"/>
                <label for="opinion-lens">"Opinion lens: tell the author's opinions from factual claims"</label>
            </div>
            <p class="lens-legend" id="lens-legend">
                <mark class="claim-span legend-fact">"factual claim"</mark>" "
                <mark class="claim-span legend-opinion" data-kind="authors-opinion">"the author's opinion"</mark>
                " · the numbered buttons open each claim's sources"
            </p>
        </div>
    }
}
