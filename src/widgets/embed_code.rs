//! The "Embed" panel: the snippets a newsroom pastes into its page (Pym.js, and our own
//! `embed.js`) for one widget or the whole explainer, in the state it is in now, and for places
//! that cannot show a frame, the widget's picture (`crate::picture`) as HTML and in AMP, each
//! with a Copy button. Part of an island of the widget it embeds (the page's own is `app::PageEmbed`). Islands
//! that embed one widget take no props: a prop would bring a JSON parser into the module.

use leptos::prelude::*;

use crate::browser::{self, Copied};
use crate::model::embed::{amp_snippet, embed_url, loader_snippet, picture_link, picture_snippet, pym_snippet};
use crate::picture::Picture;
use crate::model::url_state::Widget;
use crate::widgets::bind::{aria, flag, text};
use crate::widgets::controls::copy_with_status;

/// The embed panel for `widget` (`None`: the whole explainer), its snippets carrying `query`
/// (the state the embed should open in, without `?`), and `picture`, the widget's picture.
#[component]
pub fn EmbedCode(widget: Option<Widget>, #[prop(into)] query: Signal<String>, picture: Picture) -> impl IntoView {
    let open = RwSignal::new(false);
    let pym = RwSignal::new(String::new());
    let loader = RwSignal::new(String::new());
    let still = RwSignal::new(String::new());
    let amp = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let key = widget.map_or("page", Widget::param);
    let panel_id = format!("embed-{key}");
    let toggle = move |_| {
        if !open.get_untracked() {
            let (base, state) = (browser::page_base(), query.get_untracked());
            pym.set(pym_snippet(&base, widget, &state));
            loader.set(loader_snippet(&base, widget, &state));
            let src = format!("{base}{}.png", picture.stem);
            let link = picture_link(&base, &state, widget.map_or("", Widget::param));
            still.set(picture_snippet(&link, &src, picture.width, picture.height, &picture.alt));
            amp.set(amp_snippet(&embed_url(&base, widget, &state), &src, picture.width, picture.height, &picture.alt));
            status.set(String::new());
        }
        open.update(|o| *o = !*o);
    };
    let copy = move |which: RwSignal<String>, what: &'static str| {
        copy_with_status(which.get_untracked(), status, move |copied| match copied {
            Copied::Yes => format!("The {what} snippet is copied."),
            Copied::No => "Your browser did not allow copying: select the snippet and copy it.".to_string(),
        });
    };
    let label = if widget.is_some() { "Embed this widget" } else { "Embed the explainer" };
    view! {
        <div class="embed-code">
            <button type="button" class="button button-quiet" aria-expanded=aria(move || open.get()) aria-controls=panel_id.clone() on:click=toggle>
                {label}
            </button>
            <div class="embed-panel" id=panel_id hidden=flag(move || !open.get())>
                <p class="embed-intro">"Paste a snippet into your page: the frame sizes itself to its content."</p>
                <label class="field-label" for=format!("embed-{key}-pym")>"With Pym.js"</label>
                <textarea class="text-field embed-snippet" id=format!("embed-{key}-pym") readonly rows="3" prop:value=text(move || pym.get())></textarea>
                <button type="button" class="button button-quiet" on:click=move |_| copy(pym, "Pym.js")>"Copy the Pym.js snippet"</button>
                <label class="field-label" for=format!("embed-{key}-loader")>"With our loader"</label>
                <textarea class="text-field embed-snippet" id=format!("embed-{key}-loader") readonly rows="3" prop:value=text(move || loader.get())></textarea>
                <button type="button" class="button button-quiet" on:click=move |_| copy(loader, "loader")>"Copy the loader snippet"</button>
                <p class="embed-intro">"Where a frame cannot run (newsletters, feeds, apps), paste its picture instead: it links here, and says in words what it shows."</p>
                <label class="field-label" for=format!("embed-{key}-picture")>"As a picture"</label>
                <textarea class="text-field embed-snippet" id=format!("embed-{key}-picture") readonly rows="3" prop:value=text(move || still.get())></textarea>
                <button type="button" class="button button-quiet" on:click=move |_| copy(still, "picture")>"Copy the picture snippet"</button>
                <label class="field-label" for=format!("embed-{key}-amp")>"In AMP pages (the picture shows until the frame loads)"</label>
                <textarea class="text-field embed-snippet" id=format!("embed-{key}-amp") readonly rows="3" prop:value=text(move || amp.get())></textarea>
                <button type="button" class="button button-quiet" on:click=move |_| copy(amp, "AMP")>"Copy the AMP snippet"</button>
                <p class="field-status" role="status">{text(move || status.get())}</p>
            </div>
        </div>
    }
}
