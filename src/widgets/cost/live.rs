//! The live sentence: one sentence added after the article's pricing paragraph (the article's own
//! words stay untouched), whose token amount is an adjustable number in the manner of Bret
//! Victor's Tangle, but accessible: a focusable `role="slider"` with value text, moved by arrow
//! keys, PageUp/PageDown, Home/End, or by dragging it sideways with a mouse, pen or finger.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html::P;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{Current, use_cost};
use crate::content::PRICES;
use crate::model::table::article_costs;
use crate::model::amount::{POSITION_MAX, TOKENS_MAX, TOKENS_MIN, key_position, position_of, tokens_at};
use crate::widgets::bind::{Shown, Slot};

/// Pixels of sideways drag per slider step.
const DRAG_PX_PER_STEP: f64 = 8.0;

#[component]
pub fn LiveSentence() -> impl IntoView {
    let cost = use_cost();
    // The article's three prices, a month, whatever the widget's other settings.
    // Everything a step changes here, with the painter (see `bind::Painter`): the number, its value
    // and value text, the three costs.
    let shown = |now: &Current| {
        let t = now.state.tokens;
        let mut v = vec![Shown::Number(t), Shown::TokensAMonth(t), Shown::Words(t)];
        v.extend(article_costs(PRICES, t).iter().map(|(_, m)| Shown::Usd(*m)));
        v
    };
    let first: Vec<String> = shown(&Current::now(cost)).iter().map(Shown::to_text).collect();
    let first = move |i: usize| first.get(i).cloned().unwrap_or_default();
    let name = |i: usize| article_costs(PRICES, 0).get(i).map_or("", |(p, _)| *p);
    let root = NodeRef::<P>::new();
    let mut targets = vec![(".tangle".to_string(), Slot::Attr("aria-valuenow")), (".tangle".into(), Slot::Attr("aria-valuetext")), (".tangle".into(), Slot::Text)];
    targets.extend((1..=3).map(|n| (format!(".live-cost:nth-of-type({n})"), Slot::Text)));
    cost.painter.patch(root, targets, shown);

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
        if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(ev.pointer_id());
            if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = html.focus();
            }
        }
        ev.prevent_default();
        drag.set_value(Some((ev.client_x() as f64, position_of(cost.tokens.get_untracked()))));
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
        <p class="live-sentence" id="live-sentence" node_ref=root>
            <span class="live-label">"Try it"</span>
            " At "
            <span
                class="tangle"
                role="slider"
                tabindex="0"
                aria-label="Output tokens a month, in this sentence"
                aria-describedby="live-hint"
                aria-valuemin=TOKENS_MIN
                aria-valuemax=TOKENS_MAX
                aria-valuenow=first(0)
                aria-valuetext=first(1)
                on:keydown=on_keydown
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=end_drag
                on:pointercancel=end_drag
            >
                {first(2)}
            </span>
            " output tokens a month, that is "
            <strong class="live-cost" data-row="deepseek-v4-pro">{first(3)}</strong>" with "{name(0)}", "
            <strong class="live-cost" data-row="openai">{first(4)}</strong>" with "{name(1)}" and "
            <strong class="live-cost" data-row="anthropic">{first(5)}</strong>" with "{name(2)}"."
            <span class="live-hint" id="live-hint">"Drag the number sideways, or select it and use the arrow keys."</span>
        </p>
    }
}
