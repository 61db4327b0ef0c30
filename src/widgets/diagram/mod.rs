//! The export-control cause-and-effect diagram.

use leptos::prelude::*;

#[component]
pub fn DiagramWidget() -> impl IntoView {
    view! {
        <aside class="widget widget-diagram" id="diagram" aria-labelledby="diagram-title">
            <h2 class="widget-title" id="diagram-title">"Cut off the chips, slow the progress?"</h2>
        </aside>
    }
}
