//! The token slider: a native range input on a logarithmic scale (1 thousand to 10 billion),
//! following the WAI-ARIA slider pattern. Arrow keys move one step (about 12%), PageUp and
//! PageDown half a decade, Home and End to the two ends; pointer and touch drag natively.

use leptos::ev::{Event, KeyboardEvent};
use leptos::prelude::*;

use super::state::CostSignals;
use crate::format::{tokens_a_month, tokens_words};
use crate::model::amount::{POSITION_MAX, key_position, position_of, tokens_at};
use crate::model::url_state::CostState;
use crate::widgets::bind::text;

#[component]
pub fn TokenSlider(cost: CostSignals, shown: Memo<CostState>) -> impl IntoView {
    let tokens = Memo::new(move |_| shown.with(|s| s.tokens));
    let position = Memo::new(move |_| position_of(tokens.get()));
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
    view! {
        <div class="cost-slider">
            <div class="slider-head">
                <label class="slider-label" for="tokens-range">"Output tokens a month"</label>
                <output class="slider-value" for="tokens-range" aria-hidden="true">
                    <span class="slider-number">{text(move || tokens_words(tokens.get()))}</span>
                    " tokens"
                </output>
            </div>
            // `value` is the built page's position; `prop:value` follows the state after that.
            <input
                type="range"
                id="tokens-range"
                class="slider-input"
                autocomplete="off"
                min="0"
                max=POSITION_MAX
                step="1"
                value=position.get_untracked()
                prop:value=text(move || position.get().to_string())
                aria-valuetext=text(move || tokens_a_month(tokens.get()))
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
