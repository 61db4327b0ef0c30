//! The page: the article with its widgets in place, then a colophon.
//!
//! Which part shows (`?widget=`), the theme and the embed mode are presentation, set on `<html>`
//! by `boot.js` before the first paint and applied by the style sheets, so the same prerendered
//! markup serves every mode and hydrates without a mismatch.

use leptos::prelude::*;

use crate::article::Article;
use crate::browser;
use crate::widgets::bind::text;
use crate::widgets::cost::state::provide_cost_state;
use crate::widgets::sources::SourcesIndex;
use crate::widgets::sources::state::{provide_sources_state, use_sources};

/// Facts about the page the components may need.
#[derive(Clone, Copy)]
pub struct Page {
    /// Shown inside another page (framed, or `?embed=1`): links open in a new tab.
    pub embedded: RwSignal<bool>,
    /// One widget shown alone (`?widget=`): links to the rest of the explainer open it whole,
    /// in a new tab.
    pub alone: RwSignal<bool>,
}

/// The page facts provided by [`App`].
pub fn use_page() -> Page {
    expect_context::<Page>()
}

/// Creates the state the widgets share and provides it to everything below: the page facts
/// and the cost state (kept in step with the address).
pub fn provide_app_state() {
    let page = Page { embedded: RwSignal::new(false), alone: RwSignal::new(false) };
    provide_context(page);
    provide_cost_state();
    provide_sources_state();
    // In the browser, after hydration: adopt what boot.js decided about embedding.
    Effect::new(move |_| {
        page.embedded.set(browser::root_has_attribute("data-embed"));
        page.alone.set(browser::root_has_attribute("data-widget"));
    });
}

/// The whole explainer.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    let sources = use_sources();

    view! {
        <div class="explainer" id="explainer" data-lens=text(move || if sources.lens.get() { "on" } else { "off" }.to_string())>
            <main class="page" id="main">
                <Article/>
                <SourcesIndex/>
            </main>
            <footer class="colophon">
                <p>
                    "This explainer runs entirely in your browser: no tracking, no cookies, and nothing is loaded from anywhere else. "
                    "The article's words are its author's, unchanged; the figures, the diagram and the source notes around them are ours."
                </p>
                <crate::widgets::embed_code::EmbedCode widget=None/>
            </footer>
        </div>
    }
}
