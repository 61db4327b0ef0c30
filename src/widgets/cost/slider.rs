//! The token slider: a native range input on a logarithmic scale (1 thousand to 10 billion),
//! following the WAI-ARIA slider pattern. Arrow keys move one step (about 12%), PageUp and
//! PageDown half a decade, Home and End to the two ends; pointer and touch drag natively.

use leptos::ev::{Event, KeyboardEvent};
use leptos::prelude::*;

use super::state::CostSignals;
use crate::content::{TOKENS_MAX, TOKENS_MIN};
use crate::model::amount::{POSITION_MAX, key_position, position_of, tokens_at};
use crate::model::url_state::CostState;
use crate::model::words::{tokens_a_month, tokens_words};
use crate::widgets::bind::text;

/// The amounts the scale under the slider names: its two ends, and one million between them.
const TICKS: [u64; 3] = [TOKENS_MIN, 1_000_000, TOKENS_MAX];

/// Where each tick of the scale stands, as style rules (`.tick[data-at="<position>"]`): the
/// ends flush with the scale's edges, the others centred at their share of the range. The build
/// step writes them into the cost widget's style sheet (no inline style under the page's CSP).
#[cfg(feature = "ssr")]
pub fn tick_rules() -> String {
    TICKS
        .iter()
        .map(|&t| {
            let at = position_of(t);
            let place = match at {
                0 => "left: 0; transform: none;".to_string(),
                POSITION_MAX => "right: 0; transform: none;".to_string(),
                _ => format!(
                    "left: {:.3}%;",
                    100.0 * f64::from(at) / f64::from(POSITION_MAX)
                ),
            };
            format!(".tick[data-at=\"{at}\"] {{ {place} }}\n")
        })
        .collect()
}

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
                {TICKS.map(|t| view! { <span class="tick" data-at=position_of(t)>{tokens_words(t)}</span> })}
            </div>
        </div>
    }
}
