//! The pages, as the prerender step renders them: the whole explainer (`index.html`) and each
//! widget alone on a page of its own (`cost.html`, `diagram.html`, `sources.html`), the page a
//! host embeds for one widget. Rendered at build time only: in the browser, only the islands
//! inside wake.
//!
//! Which part shows, the theme and the embed mode are presentation, set on `<html>` by
//! `boot.js` before the first paint and applied by the style sheets, so one built page serves
//! every mode.

pub mod article;

use leptos::either::EitherOf4;
use leptos::prelude::*;

use crate::model::url_state::Widget;
use crate::model::url_state::write_query;
use crate::pages::article::{AppNote, Article};
use crate::widgets::cost::CostWidget;
use crate::widgets::cost::state::use_cost;
use crate::widgets::diagram::DiagramWidget;
use crate::widgets::embed_panel::EmbedPanel;
use crate::widgets::sources::SourcesIndex;

/// The page with `widget` alone, or the whole explainer for `None`.
#[component]
pub fn App(widget: Option<Widget>) -> impl IntoView {
    let body = match widget {
        None => EitherOf4::A(view! {
            <main class="page" id="main">
                <Article/>
                <SourcesIndex/>
            </main>
            <footer class="colophon">
                <p>
                    "This explainer runs entirely in your browser: no tracking, no cookies, and nothing is loaded from anywhere else. "
                    "The article's words are its author's, unchanged; the figures, the diagram and the source notes around them are ours."
                </p>
                <PageEmbed/>
            </footer>
        }),
        Some(Widget::Cost) => EitherOf4::B(
            view! { <main class="page page-alone" id="main"><Title/><AppNote/><CostWidget/></main> },
        ),
        Some(Widget::Diagram) => EitherOf4::C(
            view! { <main class="page page-alone" id="main"><Title/><AppNote/><DiagramWidget alone=true/></main> },
        ),
        Some(Widget::Sources) => EitherOf4::D(
            view! { <main class="page page-alone" id="main"><Title/><AppNote/><SourcesIndex/></main> },
        ),
    };
    view! { <div class="explainer" id="explainer">{body}</div> }
}

/// The whole explainer's embed panel, in the colophon: its snippets carry the cost widget's
/// state, which is part of the page.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn PageEmbed() -> impl IntoView {
    let cost = use_cost();
    view! { <EmbedPanel widget=None query=Signal::derive(move || write_query("", &cost.snapshot())) picture=crate::model::picture::card/> }
}

/// A widget's page keeps the explainer's title for screen readers, out of sight.
#[component]
fn Title() -> impl IntoView {
    view! { <h1 class="visually-hidden">{crate::content::TITLE}</h1> }
}

/// The page for `widget` (`None`: the whole explainer) as HTML, as the prerender step writes it
/// into the page's `<body>`: rendered under an islands root with the shared state the page is
/// built with.
#[cfg(feature = "ssr")]
pub fn render_page(widget: Option<Widget>) -> String {
    use std::sync::Arc;

    use hydration_context::SsrSharedContext;

    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    owner.with(|| {
        crate::widgets::page::provide_shared_state(crate::widgets::page::Page::prerendered());
        view! { <App widget/> }.to_html()
    })
}
