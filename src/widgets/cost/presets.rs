//! Presets: realistic monthly volumes, each with its one-line explanation.

use leptos::prelude::*;

use super::state::use_cost;
use crate::content::PRESETS;
use crate::format::tokens_words;
use crate::widgets::bind::aria;

#[component]
pub fn Presets() -> impl IntoView {
    let cost = use_cost();
    // Which preset the amount matches, if any: a memo, so a slider step that stays between
    // presets wakes none of the buttons.
    let pressed = Memo::new(move |_| {
        let t = cost.tokens.get();
        PRESETS.iter().position(|p| p.tokens == t)
    });
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
                        aria-pressed=aria(move || pressed.get() == Some(i))
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
        <div class="presets" role="group" aria-labelledby="presets-label">
            <p class="presets-label" id="presets-label">"Or pick a realistic month"</p>
            <ul class="preset-list">{items}</ul>
        </div>
    }
}
