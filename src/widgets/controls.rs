//! Controls the widgets share, so each is written (and styled, and made accessible) once, as
//! components with named props: the widget's head, a radio option of a switch, the disclosure,
//! an on/off switch; and, as functions, links (how each opens), a list of source links, and the
//! copy-to-clipboard flow with its spoken status.

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

/// How a closed [`Disclosure`] hides its region.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Closed {
    /// Out of the page (`hidden`): neither seen nor read.
    #[default]
    Hidden,
    /// Hidden from sight only, still read by screen readers (a text equivalent that is always
    /// there for them, shown to everyone on request). The stylesheet hides it while the button
    /// before it says `aria-expanded="false"`, so no binding of its own follows `open`.
    Unseen,
}

/// A disclosure (the WAI-ARIA Authoring Practices pattern): a button that shows and hides the
/// region right after it, saying whether it is open (`aria-expanded`) and what it controls
/// (`aria-controls`). The one scripted disclosure of every widget: the cost widget's extra rows
/// and own row, the Embed panels, the diagram as a list. (The claims' cards and index entries
/// are the browser's own: popovers and `<details>`.)
#[component]
pub fn Disclosure<C: IntoView + 'static>(
    /// The region's id, which the button names.
    #[prop(into)]
    id: String,
    /// The button's text (it may change with `open`).
    label: impl IntoView + 'static,
    /// Whether the region is shown.
    open: Flag,
    /// Called when the button is pressed: it changes `open` (and may fill the region first).
    on_toggle: impl Fn() + 'static,
    /// The class of the element around the button and the region.
    #[prop(default = "disclosure")]
    class: &'static str,
    /// The button's class.
    #[prop(default = "disclosure-button")]
    button_class: &'static str,
    /// The region's class.
    #[prop(default = "disclosure-region")]
    region_class: &'static str,
    /// How the region hides while closed.
    #[prop(optional)]
    closed: Closed,
    /// What the region holds.
    children: TypedChildren<C>,
) -> impl IntoView {
    let hidden = flag(move || closed == Closed::Hidden && !open.get());
    let region = children.into_inner();
    view! {
        <div class=class>
            <button type="button" class=button_class aria-expanded=aria(move || open.get()) aria-controls=id.clone()
                on:click=move |_| on_toggle()>
                {label}
            </button>
            <div class=region_class id=id hidden=hidden class:unseen-closed=closed == Closed::Unseen>
                {region()}
            </div>
        </div>
    }
}

/// An on/off switch (a checkbox with the switch role) and its label.
#[component]
pub fn ToggleSwitch(
    /// The checkbox's id, which its label names.
    id: &'static str,
    /// What the switch turns on.
    label: &'static str,
    /// The id of what describes the switch's effect, if anything does.
    #[prop(optional)]
    describedby: Option<&'static str>,
    /// Whether it is on.
    on: Flag,
    /// Called with the new state when the reader turns it.
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
