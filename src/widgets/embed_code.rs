//! "Embed": shows and copies the two snippets a newsroom needs to put the explainer, or one
//! widget of it, into its own page: a Pym.js container, and the one-line loader (`embed.js`).
//! Hidden inside an embed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{self, Copied};
use crate::model::embed::{loader_snippet, pym_snippet};
use crate::model::url_state::write_query;
use crate::widgets::bind::{aria, flag, text};
use crate::widgets::cost::state::use_cost;

/// The embed panel for `widget` ("cost", "diagram", "sources"; `None` for the whole explainer).
#[component]
pub fn EmbedCode(widget: Option<&'static str>) -> impl IntoView {
    let cost = use_cost();
    let open = RwSignal::new(false);
    let pym = RwSignal::new(String::new());
    let loader = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let key = widget.unwrap_or("page");
    let panel_id = format!("embed-{key}");
    let toggle = move |_| {
        if !open.get_untracked() {
            // The snippets carry the current state of the cost widget, where it is shown.
            let state = if matches!(widget, None | Some("cost")) { write_query("", &cost.snapshot()) } else { String::new() };
            let base = browser::page_base();
            pym.set(pym_snippet(&base, widget, &state));
            loader.set(loader_snippet(&base, widget, &state));
            status.set(String::new());
        }
        open.update(|o| *o = !*o);
    };
    let copy = move |which: RwSignal<String>, what: &'static str| {
        let snippet = which.get_untracked();
        spawn_local(async move {
            status.set(match browser::copy_text(&snippet).await {
                Copied::Yes => format!("The {what} snippet is copied."),
                Copied::No => "Your browser did not allow copying: select the snippet and copy it.".to_string(),
            });
        });
    };
    let label = match widget {
        Some("cost") => "Embed this widget",
        Some(_) => "Embed this widget",
        None => "Embed the explainer",
    };
    view! {
        <div class="embed-code">
            <button type="button" class="button button-quiet" aria-expanded=aria(move || open.get()) aria-controls=panel_id.clone() on:click=toggle>
                {label}
            </button>
            <div class="embed-panel" id=panel_id hidden=flag(move || !open.get())>
                <p class="embed-intro">"Paste either snippet into your page. The frame sizes itself to its content."</p>
                <label class="field-label" for=format!("embed-{key}-pym")>"With Pym.js"</label>
                <textarea class="text-field embed-snippet" id=format!("embed-{key}-pym") readonly rows="3" prop:value=text(move || pym.get())></textarea>
                <button type="button" class="button button-quiet" on:click=move |_| copy(pym, "Pym.js")>"Copy the Pym.js snippet"</button>
                <label class="field-label" for=format!("embed-{key}-loader")>"With our loader"</label>
                <textarea class="text-field embed-snippet" id=format!("embed-{key}-loader") readonly rows="3" prop:value=text(move || loader.get())></textarea>
                <button type="button" class="button button-quiet" on:click=move |_| copy(loader, "loader")>"Copy the loader snippet"</button>
                <p class="field-status" role="status">{text(move || status.get())}</p>
            </div>
        </div>
    }
}
