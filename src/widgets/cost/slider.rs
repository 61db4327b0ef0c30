//! The token slider: a native range input on a logarithmic scale (1 thousand to 10 billion),
//! following the WAI-ARIA slider pattern. Arrow keys move one step (about 12%), PageUp and
//! PageDown half a decade, Home and End to the two ends; pointer and touch drag natively.

use leptos::ev::{Event, KeyboardEvent};
use leptos::html::{Div, Input};
use leptos::prelude::*;

use super::state::use_cost;
use crate::format::tokens_a_month;
use crate::model::amount::{POSITION_MAX, key_position, position_of, tokens_at};
use crate::widgets::bind::patch;

#[component]
pub fn TokenSlider() -> impl IntoView {
    let cost = use_cost();
    // The prerendered position, as the `value` attribute; after that the range's own value is
    // kept in step below, and only written when it differs (after a key, a preset, the live
    // number): a drag has already moved it.
    let initial = position_of(cost.tokens.get_untracked());
    let range = NodeRef::<Input>::new();
    Effect::new(move |_| {
        let p = f64::from(position_of(cost.tokens.get()));
        if let Some(el) = range.get() {
            if el.value_as_number() != p {
                el.set_value_as_number(p);
            }
        }
    });

    let on_input = move |ev: Event| {
        if let Ok(p) = event_target_value(&ev).parse::<u32>() {
            cost.set_tokens(tokens_at(p));
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

    // The amount in words, shown and given as the range's value text.
    let shown = |w: &String| vec![Some(w.clone()), Some(tokens_a_month(w))];
    let first = cost.words.with_untracked(shown);
    let (number, valuetext) = (first[0].clone(), first[1].clone());
    let root = NodeRef::<Div>::new();
    patch(root, vec![(".slider-number".into(), None), ("#tokens-range".into(), Some("aria-valuetext"))], move || cost.words.with(shown));

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
