//! Presets: realistic monthly volumes, as a row of chips; the chosen one's explanation is shown
//! once, below them (each chip is also described by its own, for screen readers).

use leptos::prelude::*;

use super::state::CostSignals;
use crate::content::PRESETS;
use crate::model::url_state::CostState;
use crate::model::words::tokens_words;
use crate::widgets::bind::{aria, text};

#[component]
pub fn Presets(cost: CostSignals, shown: Memo<CostState>) -> impl IntoView {
    // Which preset the amount matches, if any: the chips are told only when that changes.
    let matched =
        Memo::new(move |_| shown.with(|s| PRESETS.iter().position(|p| p.tokens == s.tokens)));
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
                        aria-pressed=aria(move || matched.get() == Some(i))
                        aria-describedby=why.clone()
                        on:click=move |_| cost.set_tokens(p.tokens)
                    >
                        <span class="preset-label">{p.label}</span>
                        <span class="preset-amount">{tokens_words(p.tokens)}" tokens"</span>
                    </button>
                    <span class="preset-why visually-hidden" id=why>{p.explanation}</span>
                </li>
            }
        })
        .collect_view();
    let note = text(move || {
        matched
            .get()
            .and_then(|i| PRESETS.get(i))
            .map(|p| p.explanation.to_string())
            .unwrap_or_default()
    });
    view! {
        <div class="presets" role="group" aria-labelledby="presets-label">
            <p class="presets-label" id="presets-label">"Or pick a realistic month"</p>
            <ul class="preset-list" role="list">{items}</ul>
            // What the chosen month stands for, once (its chip already says it to screen readers).
            <p class="preset-note" aria-hidden="true">{note}</p>
        </div>
    }
}
