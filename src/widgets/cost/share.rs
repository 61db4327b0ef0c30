//! "Copy link": the address of the current state, to the clipboard, with a fallback where the
//! Clipboard API is missing, and a spoken confirmation.

use leptos::html::Input;
use leptos::prelude::*;

use super::state::CostSignals;
use crate::browser::{self, Copied};
use crate::model::url_state::write_query;
use crate::widgets::bind::{flag, text};
use crate::widgets::controls::copy_with_status;
use crate::widgets::page::use_page;

/// The button, its spoken status, and the link itself for copying by hand when the browser
/// refuses.
#[component]
pub fn CopyLink(cost: CostSignals) -> impl IntoView {
    let page = use_page();
    let status = RwSignal::new(String::new());
    // The link, shown for copying by hand when the browser refused to copy it.
    let manual = RwSignal::new(String::new());
    let field = NodeRef::<Input>::new();
    let on_click = move |_| {
        let link = browser::address_with_query(&write_query(&page.query, &cost.snapshot()));
        copy_with_status(link.clone(), status, move |copied| match copied {
            Copied::Yes => {
                manual.set(String::new());
                "Link copied. It opens the explainer with these numbers.".to_string()
            }
            Copied::No => {
                manual.set(link);
                request_animation_frame(move || {
                    if let Some(input) = field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                });
                "Your browser did not allow copying. The link is below, selected: copy it with Ctrl+C or ⌘C.".to_string()
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button" on:click=on_click>"Copy link"</button>
            <p class="field-status" role="status">{text(move || status.get())}</p>
            <input
                type="text"
                class="text-field share-link"
                readonly
                aria-label="Link to these numbers"
                hidden=flag(move || manual.with(String::is_empty))
                prop:value=text(move || manual.get())
                node_ref=field
            />
        </div>
    }
}
