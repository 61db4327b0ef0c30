//! Controls the widgets share, so each is written (and styled, and made accessible) once: the
//! widget's head, a radio option of a switch, an on/off switch, links (how each opens), a list
//! of source links, and the copy-to-clipboard flow with its spoken status.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::{self, Copied};
use crate::widgets::bind::{Flag, aria, flag};

/// A widget's head: its kicker, its title (whose id names the widget's region) and a
/// one-paragraph dek. Rendered at build time.
#[component]
pub fn WidgetHead(
    /// The line above the title: what kind of widget this is.
    kicker: &'static str,
    /// The title's id, which the widget's `aria-labelledby` names.
    title_id: &'static str,
    /// The widget's title.
    title: &'static str,
    /// The paragraph under the title.
    dek: &'static str,
) -> impl IntoView {
    view! {
        <header class="widget-head">
            <p class="widget-kicker">{kicker}</p>
            <h2 class="widget-title" id=title_id>{title}</h2>
            <p class="widget-dek">{dek}</p>
        </header>
    }
}

/// One option of a switch made of radio buttons (per month / per year, the diagram's views, the
/// claim filter): a visually hidden radio and its label.
#[component]
pub fn RadioOption(
    /// The switch's name, shared by its options.
    name: &'static str,
    /// The radio's id, which its label names.
    #[prop(into)]
    id: String,
    /// What the option says.
    label: &'static str,
    /// The label's class; the radio's is the same with `-input` after it.
    class: &'static str,
    /// Whether this option is the one picked.
    checked: Flag,
    /// Called when the reader picks this option.
    on_pick: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <input type="radio" class=format!("{class}-input") name=name id=id.clone() checked=checked prop:checked=checked
            on:change=move |_| on_pick()/>
        <label class=class for=id>{label}</label>
    }
}

/// A disclosure (the WAI-ARIA pattern): a button, `label`, that shows and hides `region` (with
/// the id `id`) right after it; `open` says whether it is shown, `toggle` is asked to change it.
pub fn disclosure(
    id: &'static str,
    label: &'static str,
    open: Flag,
    toggle: impl Fn() + 'static,
    region: impl IntoView,
) -> impl IntoView {
    view! {
        <div class="disclosure">
            <button type="button" class="disclosure-button" aria-expanded=aria(move || open.get()) aria-controls=id on:click=move |_| toggle()>
                {label}
            </button>
            <div class="disclosure-region" id=id hidden=flag(move || !open.get())>{region}</div>
        </div>
    }
}

/// An on/off switch (a checkbox with the switch role) and its label.
pub fn toggle_switch(
    id: &'static str,
    label: &'static str,
    describedby: Option<&'static str>,
    on: Flag,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="check">
            <input type="checkbox" role="switch" id=id checked=on prop:checked=on aria-describedby=describedby
                on:change=move |ev| on_change(event_target_checked(&ev))/>
            <label for=id>{label}</label>
        </div>
    }
}

/// Where a link goes, which decides how it opens.
pub enum To {
    /// A place on this page (`#claim-…`): it stays in the frame, over the `<base
    /// target="_blank">` that `boot.js` gives an embedded page.
    Here(String),
    /// Another page: inside an embed it opens in a new tab (that `<base>`), so the host's page
    /// stays; outside one it opens as any link does; never with a handle on this page.
    Away(String),
}

/// A link, written one way everywhere (see [`To`]).
pub fn link(to: To, text: impl IntoView) -> impl IntoView {
    let (href, target, rel) = match to {
        To::Here(href) => (href, Some("_self"), None),
        To::Away(href) => (href, None, Some("noopener noreferrer")),
    };
    view! { <a href=href target=target rel=rel>{text}</a> }
}

/// Where a figure or claim can be checked: its addresses as links, or a plain statement that
/// no address is known. Rendered at build time.
pub fn source_links(addresses: &'static [&'static str], none: &'static str) -> impl IntoView {
    if addresses.is_empty() {
        return Either::Left(view! { <p class="no-source">{none}</p> });
    }
    let links = addresses
        .iter()
        .map(
            |a| view! { <li class="source-link">{link(To::Away(format!("https://{a}")), *a)}</li> },
        )
        .collect_view();
    Either::Right(view! { <ul class="source-list">{links}</ul> })
}

/// Copies `text` to the clipboard, then sets `status` (a polite live region) to what `say`
/// makes of how it went.
pub fn copy_with_status(
    text: String,
    status: RwSignal<String>,
    say: impl FnOnce(Copied) -> String + 'static,
) {
    leptos::task::spawn_local(async move {
        let copied = browser::copy_text(&text).await;
        status.set(say(copied));
    });
}
