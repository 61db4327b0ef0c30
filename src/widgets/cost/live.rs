//! The live sentence: one sentence added after the article's pricing paragraph (the article's own
//! words stay untouched), whose token amount is an adjustable number in the manner of Bret
//! Victor's Tangle, but accessible: a focusable `role="slider"` with value text, moved by arrow
//! keys, PageUp/PageDown, Home/End, or by dragging it sideways with a mouse, pen or finger.
//!
//! An island of its own, sharing the amount with the cost widget through the root's context.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{CostSignals, use_cost};
use crate::content::PRICES;
use crate::model::amount::{
    POSITION_MAX, TOKENS_MAX, TOKENS_MIN, key_position, position_of, tokens_at,
};
use crate::model::table::article_costs;
use crate::model::words::{list_separator, money, tokens_a_month, tokens_words};
use crate::widgets::bind::text;

/// Pixels of sideways drag per slider step.
const DRAG_PX_PER_STEP: f64 = 8.0;

#[island]
pub fn LiveSentence() -> impl IntoView {
    let cost = use_cost();
    let shown = cost.shown();
    let tokens = Memo::new(move |_| shown.with(|s| s.tokens));
    view! {
        <p class="live-sentence" id="live-sentence">
            <span class="live-label">"Try it"</span>
            " At "
            <TangleNumber cost tokens/>
            " output tokens a month, that is "
            <ArticleCosts tokens/>
            "."
            <span class="live-hint" id="live-hint">"Drag the number sideways, or select it and use the arrow keys."</span>
        </p>
    }
}

/// What `tokens` a month cost at the prices the article gives, whatever the widget's other
/// settings: "$34.80 with DeepSeek, $300.00 with OpenAI and $250.00 with Anthropic".
#[component]
fn ArticleCosts(tokens: Memo<u64>) -> impl IntoView {
    let costs = Memo::new(move |_| article_costs(PRICES, tokens.get()));
    let figure = move |i: usize| {
        text(move || costs.with(|c| c.get(i).map(|(_, m)| money(*m)).unwrap_or_default()))
    };
    let prices = article_costs(PRICES, 0);
    let n = prices.len();
    prices
        .into_iter()
        .enumerate()
        .map(|(i, (p, _))| {
            let sep = list_separator(i, n);
            view! { {sep}<strong class="live-cost" data-row=p.id>{figure(i)}</strong>" with "{p.provider} }
        })
        .collect_view()
}

/// The sentence's amount, `tokens`: an adjustable number (`role="slider"`) moved by the slider
/// keys, or dragged sideways with a mouse, pen or finger ([`DRAG_PX_PER_STEP`] a step).
#[component]
fn TangleNumber(cost: CostSignals, tokens: Memo<u64>) -> impl IntoView {
    let on_keydown = move |ev: KeyboardEvent| {
        if let Some(next) = key_position(&ev.key(), position_of(cost.tokens.get_untracked())) {
            ev.prevent_default();
            cost.set_tokens(tokens_at(next));
        }
    };
    // Dragging: where the pointer went down, and the position then.
    let drag = StoredValue::new(None::<(f64, u32)>);
    let on_pointerdown = move |ev: PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.set_pointer_capture(ev.pointer_id());
            let _ = el.focus();
        }
        ev.prevent_default();
        drag.set_value(Some((
            ev.client_x() as f64,
            position_of(cost.tokens.get_untracked()),
        )));
    };
    let on_pointermove = move |ev: PointerEvent| {
        if let Some((x0, p0)) = drag.get_value() {
            let steps = ((ev.client_x() as f64 - x0) / DRAG_PX_PER_STEP).round() as i64;
            let p = (p0 as i64 + steps).clamp(0, POSITION_MAX as i64) as u32;
            cost.set_tokens(tokens_at(p));
        }
    };
    let end_drag = move |_: PointerEvent| drag.set_value(None);
    view! {
        <span
            class="tangle"
            role="slider"
            tabindex="0"
            aria-label="Output tokens a month, in this sentence"
            aria-describedby="live-hint"
            aria-valuemin=TOKENS_MIN
            aria-valuemax=TOKENS_MAX
            aria-valuenow=text(move || tokens.get().to_string())
            aria-valuetext=text(move || tokens_a_month(tokens.get()))
            on:keydown=on_keydown
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=end_drag
            on:pointercancel=end_drag
        >
            {text(move || tokens_words(tokens.get()))}
        </span>
    }
}
