//! The typed amount: a text field kept in step with the slider. Good amounts apply as they are
//! typed; a bad one is explained next to the field when the reader commits it (Enter or leaving
//! the field), and the last good amount stays in force until the amount moves on.

use leptos::ev::{Event, KeyboardEvent};
use leptos::prelude::*;

use super::state::CostSignals;
use crate::model::amount::{format_tokens, parse_tokens};
use crate::model::url_state::CostState;
use crate::widgets::bind::{aria, text};

/// What the reader typed or was told, and the setting of the amount it followed.
type Noted = Option<(String, u64)>;

#[component]
pub fn TokenEntry(cost: CostSignals, shown: Memo<CostState>) -> impl IntoView {
    // What the reader typed, and their refusal's reason, each with the setting of the amount
    // it followed: once the amount is set again elsewhere (slider, preset, live number), neither
    // is shown again, even if the amount comes back to the same value.
    let draft = RwSignal::new(None::<(String, u64)>);
    let error = RwSignal::new(None::<(String, u64)>);
    let setting = move || cost.times_set.get_value();
    let tokens = Memo::new(move |_| shown.with(|s| s.tokens));
    // Read with the amount, so a new setting (which always sets the amount) is seen.
    let current = move |s: RwSignal<Noted>| {
        tokens.track();
        let now = setting();
        s.with(|s| {
            s.as_ref()
                .filter(|(_, at)| *at == now)
                .map(|(s, _)| s.clone())
        })
    };
    let field = text(move || current(draft).unwrap_or_else(|| format_tokens(tokens.get())));
    let why = text(move || current(error).unwrap_or_default());

    let commit = move |typed: String| match parse_tokens(&typed) {
        Ok(t) => {
            cost.set_tokens(t);
            draft.set(None);
            error.set(None);
        }
        Err(e) => {
            draft.set(Some((typed, setting())));
            error.set(Some((e.to_string(), setting())));
        }
    };
    let on_input = move |ev: Event| {
        let typed = event_target_value(&ev);
        if let Ok(t) = parse_tokens(&typed) {
            cost.set_tokens(t);
            error.set(None);
        }
        draft.set(Some((typed, setting())));
    };
    let on_change = move |ev: Event| commit(event_target_value(&ev));
    let on_keydown = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" => commit(event_target_value(&ev)),
        "Escape" if draft.with_untracked(Option::is_some) => {
            draft.set(None);
            error.set(None);
        }
        _ => {}
    };

    view! {
        <div class="cost-entry">
            <label class="field-label" for="tokens-field">"Or type an amount of tokens"</label>
            <input
                type="text"
                id="tokens-field"
                class="text-field"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value=field.get_untracked()
                prop:value=field
                aria-invalid=aria(move || !why.with(String::is_empty))
                aria-describedby="tokens-hint tokens-error"
                on:input=on_input
                on:change=on_change
                on:keydown=on_keydown
            />
            <p class="field-hint" id="tokens-hint">"For example 2.5M, 2.5 million, 3e6 or 2,500,000."</p>
            <p class="field-error" id="tokens-error" aria-live="polite">{why}</p>
        </div>
    }
}
