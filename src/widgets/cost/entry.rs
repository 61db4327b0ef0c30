//! The typed amount: a text field kept in step with the slider. Good amounts apply as they are
//! typed; a bad one is explained next to the field when the reader commits it (Enter or leaving
//! the field), and the last good amount stays in force until the amount moves on.

use leptos::ev::{Event, KeyboardEvent};
use leptos::html::Div;
use leptos::prelude::*;

use super::state::{Current, use_cost};
use crate::model::amount::parse_tokens;
use crate::widgets::bind::{Shown, Slot};

#[component]
pub fn TokenEntry() -> impl IntoView {
    let cost = use_cost();
    // What the reader typed, and their refusal's reason, each with the setting of the amount
    // it followed: once the amount is set again elsewhere (slider, preset, live number), neither
    // is shown again, even if the amount comes back to the same value.
    let draft = RwSignal::new(None::<(String, u64)>);
    let error = RwSignal::new(None::<(String, u64)>);
    let setting = move || cost.settings.get_value();
    let current = move |s: RwSignal<Option<(String, u64)>>| {
        let now = setting();
        s.with(|s| s.as_ref().filter(|(_, at)| *at == now).map(|(s, _)| s.clone()))
    };

    // The field shows the reader's text, or else the amount; the reason and `aria-invalid`
    // follow (with the other figures a step moves, see `bind::Painter`).
    let shown = move |now: &Current| {
        let t = now.state.tokens;
        let why = current(error);
        vec![
            current(draft).map_or(Shown::Grouped(t), Shown::Text),
            Shown::Static(if why.is_some() { "true" } else { "false" }),
            why.map_or(Shown::Absent, Shown::Text),
        ]
    };
    let first: Vec<String> = shown(&Current::now(cost)).iter().map(Shown::to_text).collect();
    let root = NodeRef::<Div>::new();
    let targets = vec![("#tokens-field".into(), Slot::Value), ("#tokens-field".into(), Slot::Attr("aria-invalid")), ("#tokens-error".into(), Slot::Text)];
    cost.painter.patch(root, targets, shown);

    let commit = move |text: String| match parse_tokens(&text) {
        Ok(t) => {
            cost.set_tokens(t);
            draft.set(None);
            error.set(None);
        }
        Err(e) => {
            draft.set(Some((text, setting())));
            error.set(Some((e.to_string(), setting())));
        }
    };
    let on_input = move |ev: Event| {
        let text = event_target_value(&ev);
        if let Ok(t) = parse_tokens(&text) {
            cost.set_tokens(t);
            error.set(None);
        }
        draft.set(Some((text, setting())));
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
        <div class="cost-entry" node_ref=root>
            <label class="field-label" for="tokens-field">"Or type an amount of tokens"</label>
            <input
                type="text"
                id="tokens-field"
                class="text-field"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value=first[0].clone()
                aria-invalid=first[1].clone()
                aria-describedby="tokens-hint tokens-error"
                on:input=on_input
                on:change=on_change
                on:keydown=on_keydown
            />
            <p class="field-hint" id="tokens-hint">"For example 2.5M, 2.5 million, 3e6 or 2,500,000."</p>
            <p class="field-error" id="tokens-error" aria-live="polite"></p>
        </div>
    }
}
