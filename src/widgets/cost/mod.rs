//! The token-cost slider.

use leptos::prelude::*;

#[component]
pub fn CostWidget() -> impl IntoView {
    view! {
        <aside class="widget widget-cost" id="cost" aria-labelledby="cost-title">
            <h2 class="widget-title" id="cost-title">"What a month of output tokens costs"</h2>
        </aside>
    }
}
