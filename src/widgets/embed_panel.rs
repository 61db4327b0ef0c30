//! The "Embed" panel: the snippets a newsroom pastes into its page (Pym.js, and our own
//! `embed.js`) for one widget or the whole explainer, in the state it is in now, and for places
//! that cannot show a frame, the widget's picture (`crate::model::picture`) as HTML and in AMP,
//! each with a Copy button. Part of an island of the widget it embeds (the page's own is
//! `pages::PageEmbed`). Islands that embed one widget take no props: a prop would bring a JSON
//! parser into the module.

use leptos::prelude::*;

use crate::browser::{self, Copied};
use crate::model::embedding::{
    amp_snippet, embed_url, loader_snippet, picture_link, picture_snippet, pym_snippet,
};
use crate::model::picture::Picture;
use crate::model::url_state::Widget;
use crate::widgets::bind::{flag, text};
use crate::widgets::controls::{Disclosure, copy_with_status};

/// The panel's snippets, in order: the field's id suffix, its label, and the name the Copy
/// button and the status give it.
const SNIPPETS: [(&str, &str, &str); 4] = [
    ("pym", "With Pym.js", "Pym.js"),
    ("loader", "With our loader", "loader"),
    ("picture", "As a picture", "picture"),
    (
        "amp",
        "In AMP pages (the picture shows until the frame loads)",
        "AMP",
    ),
];

/// The embed panel for `widget` (`None`: the whole explainer), its snippets carrying `query`
/// (the state the embed should open in, without `?`), and `picture`, which describes the
/// widget's picture (called when the panel opens, not when the island wakes).
#[component]
pub fn EmbedPanel(
    widget: Option<Widget>,
    #[prop(into)] query: Signal<String>,
    picture: fn() -> Picture,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let snippets: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let status = RwSignal::new(String::new());
    let key = widget.map_or("page", Widget::param);
    let panel_id = format!("embed-{key}");
    let toggle = move || {
        if !open.get_untracked() {
            let (base, state, picture) = (browser::page_base(), query.get_untracked(), picture());
            let src = format!("{base}{}.png", picture.stem);
            let link = picture_link(&base, &state, widget.map_or("", Widget::param));
            let values = [
                pym_snippet(&base, widget, &state),
                loader_snippet(&base, widget, &state),
                picture_snippet(&link, &src, picture.width, picture.height, &picture.alt),
                amp_snippet(
                    &embed_url(&base, widget, &state),
                    &src,
                    picture.width,
                    picture.height,
                    &picture.alt,
                ),
            ];
            for (snippet, value) in snippets.iter().zip(values) {
                snippet.set(value);
            }
            status.set(String::new());
        }
        open.update(|o| *o = !*o);
    };
    let rows = SNIPPETS
        .iter()
        .zip(snippets)
        .map(|(&(id, label, what), value)| {
            let field = format!("embed-{key}-{id}");
            let copy = move |_| {
                copy_with_status(value.get_untracked(), status, move |copied| match copied {
                    Copied::Yes => format!("The {what} snippet is copied."),
                    Copied::No => "Your browser did not allow copying: select the snippet and copy it.".to_string(),
                });
            };
            let intro = (id == "picture").then(|| {
                view! { <p class="embed-intro">"Where a frame cannot run (newsletters, feeds, apps), paste its picture instead: it links here, and says in words what it shows."</p> }
            });
            view! {
                {intro}
                <label class="field-label" for=field.clone()>{label}</label>
                <textarea class="text-field embed-snippet" id=field readonly rows="3" prop:value=text(move || value.get())></textarea>
                <button type="button" class="button button-quiet" on:click=copy>{format!("Copy the {what} snippet")}</button>
            }
        })
        .collect_view();
    let label = if widget.is_some() {
        "Embed this widget"
    } else {
        "Embed the explainer"
    };
    view! {
        <Disclosure
            id=panel_id
            label
            open=flag(move || open.get())
            on_toggle=toggle
            class="embed-code"
            button_class="button button-quiet"
            region_class="embed-panel"
        >
            <p class="embed-intro">"Paste a snippet into your page: the frame sizes itself to its content."</p>
            {rows}
            <p class="field-status" role="status">{text(move || status.get())}</p>
        </Disclosure>
    }
}
