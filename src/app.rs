//! The page: the article with its widgets in place, then the sources index and a colophon.
//!
//! Which part shows (`?widget=`), the theme and the embed mode are presentation, set on `<html>`
//! by `boot.js` before the first paint and applied by the style sheets, so the same prerendered
//! markup serves every mode and hydrates without a mismatch.

use leptos::prelude::*;

use crate::article::Article;

/// The whole explainer.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="explainer" id="explainer">
            <main class="page" id="main">
                <Article/>
            </main>
            <footer class="colophon">
                <p>
                    "This explainer runs entirely in your browser: no tracking, no cookies, and nothing is loaded from anywhere else. "
                    "The article's words are its author's, unchanged; the figures, the diagram and the source notes around them are ours."
                </p>
            </footer>
        </div>
    }
}
