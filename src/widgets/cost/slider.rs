//! The token slider: a native range input on a logarithmic scale (1 thousand to 10 billion),
//! following the WAI-ARIA slider pattern. Arrow keys move one step (about 12%), PageUp and
//! PageDown half a decade, Home and End to the two ends; pointer and touch drag natively.

use leptos::ev::{Event, KeyboardEvent};
use leptos::html::{Div, Input};
use leptos::prelude::*;

use super::state::{Current, use_cost};
use crate::model::amount::{POSITION_MAX, key_position, position_of, tokens_at};
use crate::widgets::bind::{Shown, Slot};

#[component]
pub fn TokenSlider() -> impl IntoView {
    let cost = use_cost();
    let range = NodeRef::<Input>::new();

    let on_input = move |_: Event| {
        if let Some(p) = range.get_untracked().map(|el| el.value_as_number()).filter(|p| p.is_finite() && *p >= 0.0) {
            cost.set_tokens(tokens_at(p as u32));
        }
    };
    // The native control moves one step on the arrow keys; the bigger steps and the ends are ours.
    let on_keydown = move |ev: KeyboardEvent| {
        let key = ev.key();
        if key.starts_with("Arrow") {
            return;
        }
        if let Some(p) = key_position(&key, position_of(cost.tokens.get_untracked())) {
            ev.prevent_default();
            cost.set_tokens(tokens_at(p));
        }
    };

    // The amount in words, shown and given as the range's value text; the range's position
    // (prerendered as the `value` attribute, then written only when the range does not show it
    // already: a drag has moved it, a key, a preset or the live number has not).
    let shown = |now: &Current| {
        let t = now.state.tokens;
        vec![Shown::Words(t), Shown::TokensAMonth(t), Shown::Number(position_of(t).into())]
    };
    let first = shown(&Current::now(cost));
    let (number, valuetext, initial) = (first[0].to_text(), first[1].to_text(), first[2].to_text());
    let root = NodeRef::<Div>::new();
    let targets = vec![
        (".slider-number".into(), Slot::Text),
        ("#tokens-range".into(), Slot::Attr("aria-valuetext")),
        ("#tokens-range".into(), Slot::Value),
    ];
    cost.painter.patch(root, targets, shown);

    view! {
        <div class="cost-slider" node_ref=root>
            <div class="slider-head">
                <label class="slider-label" for="tokens-range">"Output tokens a month"</label>
                <output class="slider-value" for="tokens-range" aria-hidden="true">
                    <span class="slider-number">{number}</span>
                    " tokens"
                </output>
            </div>
            <input
                type="range"
                id="tokens-range"
                class="slider-input"
                autocomplete="off"
                min="0"
                max=POSITION_MAX
                step="1"
                value=initial
                node_ref=range
                aria-valuetext=valuetext
                on:input=on_input
                on:keydown=on_keydown
            />
            <div class="slider-scale" aria-hidden="true">
                <span class="tick tick-thousand">"1 thousand"</span>
                <span class="tick tick-million">"1 million"</span>
                <span class="tick tick-max">"10 billion"</span>
            </div>
        </div>
    }
}
