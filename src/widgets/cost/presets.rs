//! Presets: realistic monthly volumes, each with its one-line explanation.

use leptos::html::Div;
use leptos::prelude::*;

use super::state::use_cost;
use crate::content::PRESETS;
use crate::format::prerendered::tokens_words;
use crate::widgets::bind::{Shown, Slot};

#[component]
pub fn Presets() -> impl IntoView {
    let cost = use_cost();
    // Which preset the amount matches, if any, as each button's `aria-pressed` (with the other
    // figures a step moves, see `bind::Painter`).
    let pressed = move |t: u64| PRESETS.iter().map(move |p| Shown::Static(if p.tokens == t { "true" } else { "false" }));
    let first: Vec<String> = pressed(cost.tokens.get_untracked()).map(|s| s.to_text()).collect();
    let root = NodeRef::<Div>::new();
    let targets = PRESETS.iter().map(|p| (format!("[data-preset=\"{}\"]", p.id), Slot::Attr("aria-pressed"))).collect();
    cost.painter.patch(root, targets, move |now| pressed(now.state.tokens).collect());
    let items = PRESETS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let why = format!("preset-{}-why", p.id);
            view! {
                <li class="preset">
                    <button
                        type="button"
                        class="preset-button"
                        data-preset=p.id
                        aria-pressed=first[i].clone()
                        aria-describedby=why.clone()
                        on:click=move |_| cost.set_tokens(p.tokens)
                    >
                        <span class="preset-label">{p.label}</span>
                        <span class="preset-amount">{tokens_words(p.tokens)}" tokens"</span>
                    </button>
                    <span class="preset-why" id=why>{p.explanation}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="group" aria-labelledby="presets-label" node_ref=root>
            <p class="presets-label" id="presets-label">"Or pick a realistic month"</p>
            <ul class="preset-list">{items}</ul>
        </div>
    }
}
