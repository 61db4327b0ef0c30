//! The reader's own row: a model name and a price per million tokens, checked before it joins
//! the table, and clearly marked as the reader's figure.

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

use super::state::CostSignals;
use crate::model::cost::{clean_name, parse_price};
use crate::model::url_state::{CUSTOM_DEFAULT_NAME, CostState, CustomRow};
use crate::model::words::row_added;
use crate::widgets::bind::{aria, flag, text};

#[component]
pub fn CustomRowForm(cost: CostSignals, shown: Memo<CostState>) -> impl IntoView {
    let name = NodeRef::<Input>::new();
    let price = NodeRef::<Input>::new();
    let error = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let value = |r: NodeRef<Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        match parse_price(&value(price)) {
            Ok(p) => {
                let n = clean_name(&value(name));
                let n = if n.is_empty() {
                    CUSTOM_DEFAULT_NAME.to_string()
                } else {
                    n
                };
                status.set(row_added(&n, p));
                cost.custom.set(Some(CustomRow { name: n, price: p }));
                error.set(String::new());
            }
            Err(e) => {
                error.set(e.to_string());
                status.set(String::new());
            }
        }
    };
    let remove = move |_| {
        cost.custom.set(None);
        status.set("Removed your row from the table.".to_string());
    };
    let has_row = move || shown.with(|s| s.custom.is_some());

    view! {
        <form class="custom-row" on:submit=on_submit novalidate>
            <fieldset>
                <legend class="visually-hidden">"Your own model"</legend>
                <div class="custom-fields">
                    <div class="custom-field">
                        <label class="field-label" for="custom-name">"Model name"</label>
                        <input type="text" id="custom-name" class="text-field" maxlength="40" autocomplete="off" placeholder="Your model" node_ref=name/>
                    </div>
                    <div class="custom-field">
                        <label class="field-label" for="custom-price">"Dollars per million output tokens"</label>
                        <input
                            type="text"
                            id="custom-price"
                            class="text-field"
                            inputmode="decimal"
                            autocomplete="off"
                            placeholder="12.50"
                            aria-invalid=aria(move || !error.with(String::is_empty))
                            aria-describedby="custom-error"
                            node_ref=price
                        />
                    </div>
                    <div class="custom-actions">
                        <button type="submit" class="button">
                            {text(move || if has_row() { "Update my row" } else { "Add my row" }.to_string())}
                        </button>
                        <button type="button" class="button button-quiet" on:click=remove hidden=flag(move || !has_row())>
                            "Remove"
                        </button>
                    </div>
                </div>
                <p class="field-error" id="custom-error" aria-live="polite">{text(move || error.get())}</p>
                <p class="field-status" aria-live="polite">{text(move || status.get())}</p>
            </fieldset>
        </form>
    }
}
