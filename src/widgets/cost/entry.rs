//! The typed amount: a text field kept in step with the slider. Good amounts apply as they are
//! typed; a bad one is explained next to the field when the reader commits it (Enter or leaving
//! the field), and the last good amount stays in force.

use leptos::ev::{Event, FocusEvent, KeyboardEvent};
use leptos::html::Div;
use leptos::prelude::*;

use super::state::use_cost;
use crate::model::amount::{format_tokens, parse_tokens};
use crate::widgets::bind::{Shown, Slot, aria, text};

#[component]
pub fn TokenEntry() -> impl IntoView {
    let cost = use_cost();
    // What the reader is typing, while they type; None shows the current amount.
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let focused = RwSignal::new(false);
    // The field shows what the reader is typing, or else the amount (see `bind::patch`).
    let root = NodeRef::<Div>::new();
    cost.painter.patch(root, vec![("#tokens-field".into(), Slot::Value)], move || {
        vec![draft.with(|d| d.as_ref().map_or_else(|| Shown::Grouped(cost.tokens.get()), |t| Shown::Text(t.clone())))]
    });

    // When the amount changes from elsewhere (slider, preset, live number), show it.
    Effect::watch(
        move || cost.tokens.get(),
        move |_, _, _| {
            if !focused.get_untracked() {
                if draft.with_untracked(Option::is_some) {
                    draft.set(None);
                }
                if error.with_untracked(Option::is_some) {
                    error.set(None);
                }
            }
        },
        false,
    );

    let commit = move |text: String| match parse_tokens(&text) {
        Ok(t) => {
            cost.set_tokens(t);
            draft.set(None);
            error.set(None);
        }
        Err(e) => {
            draft.set(Some(text));
            error.set(Some(e.to_string()));
        }
    };
    let on_input = move |ev: Event| {
        let text = event_target_value(&ev);
        if let Ok(t) = parse_tokens(&text) {
            cost.set_tokens(t);
            error.set(None);
        }
        draft.set(Some(text));
    };
    let on_change = move |ev: Event| commit(event_target_value(&ev));
    let on_keydown = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" => commit(event_target_value(&ev)),
        "Escape" if draft.get_untracked().is_some() => {
            draft.set(None);
            error.set(None);
        }
        _ => {}
    };

    view! {
        <div class="cost-entry" node_ref=root>
            <label class="field-label" for="tokens-field">"Or type an amount of tokens"</label>
            <input
                type="text"
                id="tokens-field"
                class="text-field"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value=format_tokens(cost.tokens.get_untracked())
                aria-invalid=aria(move || error.with(Option::is_some))
                aria-describedby="tokens-hint tokens-error"
                on:input=on_input
                on:change=on_change
                on:keydown=on_keydown
                on:focus=move |_: FocusEvent| focused.set(true)
                on:blur=move |_: FocusEvent| focused.set(false)
            />
            <p class="field-hint" id="tokens-hint">"For example 2.5M, 2.5 million, 3e6 or 2,500,000."</p>
            <p class="field-error" id="tokens-error" aria-live="polite">{text(move || error.get().unwrap_or_default())}</p>
        </div>
    }
}
