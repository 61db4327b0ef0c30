//! The article, block by block, as semantic HTML, with each widget in its place: the cost
//! slider after the pricing paragraph, the export-control diagram after the chip story's pull
//! quote. Rendered at build time only: its text is never in the WebAssembly.

use leptos::either::Either;
use leptos::prelude::*;

use crate::content::{ARTICLE, Block};
use crate::model::outline::{Item, outline};
use crate::widgets;

/// The block after which the token-cost slider stands.
pub const COST_AFTER: &str = "pricing";
/// The block after which the export-control diagram stands.
pub const DIAGRAM_AFTER: &str = "sun-attribution";

/// The article: its header (kicker, title, standfirst), then its sections.
#[component]
pub fn Article() -> impl IntoView {
    let outline = outline(ARTICLE);
    let standfirst = outline
        .standfirst
        .iter()
        .map(|b| view! { <p class="standfirst" id=b.id>{b.text}</p> })
        .collect_view();
    let sections = outline.sections.into_iter().map(|s| {
        let heading = s.heading.map(|h| view! { <h2 id=h.id>{h.text}</h2> });
        let items = s.items.into_iter().map(item).collect_view();
        view! {
            <section class="article-section" aria-labelledby=s.heading.map(|h| h.id)>
                {heading}
                {items}
            </section>
        }
    });
    view! {
        <article class="article" aria-labelledby="title">
            <header class="article-header">
                <p class="kicker"><span class="kicker-label">"Opinion"</span>" · Interactive explainer"</p>
                <h1 id="title">{crate::content::TITLE}</h1>
                {standfirst}
                <widgets::sources::OpinionLens/>
                <AppNote/>
            </header>
            {sections.collect_view()}
        </article>
    }
}

/// One item of a section, followed by the widget placed after it, if any. (Static types, not
/// `into_any`: a type-erased view carries every rendering path into the WASM, used or not.)
fn item(item: Item) -> impl IntoView {
    let body = match item {
        Item::Paragraph(b) => Either::Left(paragraph(b)),
        Item::Quote { quote, attribution } => {
            let (text, cards) = widgets::sources::claim_text(quote);
            Either::Right(view! {
                <figure class="pull-quote">
                    <blockquote><p id=quote.id>{text}</p></blockquote>
                    {attribution.map(|a| view! { <figcaption id=a.id>{a.text}</figcaption> })}
                </figure>
                {cards}
            })
        }
    };
    let last = item.last_block_id();
    let cost = (last == COST_AFTER)
        .then(|| view! { <widgets::cost::LiveSentence/> <widgets::cost::CostWidget/> });
    let diagram =
        (last == DIAGRAM_AFTER).then(|| view! { <widgets::diagram::DiagramWidget alone=false/> });
    view! { {body} {cost} {diagram} }
}

/// A paragraph, its claims marked, followed by the cards they open.
fn paragraph(b: &'static Block) -> impl IntoView {
    let (text, cards) = widgets::sources::claim_text(b);
    view! { <p id=b.id>{text}</p> {cards} }
}

/// A note that shows only when the interactive parts cannot run: with JavaScript off (the page
/// has no `js` class) or when the app failed to start (`app-failed`, set by `boot.js` or the
/// panic guard). The style sheet decides which sentence, if any, is visible.
#[component]
pub fn AppNote() -> impl IntoView {
    view! {
        <p class="app-note app-note-nojs">
            "The interactive figures need JavaScript and WebAssembly. The whole article is here; the figures show their starting values."
        </p>
        <p class="app-note app-note-failed" role="alert">
            "The interactive parts of this explainer could not start in this browser (they need WebAssembly). The whole article is here to read."
        </p>
    }
}
