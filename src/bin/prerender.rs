//! Renders the app to HTML at build time and writes it into the staged `index.html`, between
//! `<body>` and `</body>`, so the page is whole before any WebAssembly runs. Trunk's post_build
//! hook runs it (see Trunk.toml); the browser then hydrates the same markup in place.
//!
//! Usage: `prerender <path/to/index.html>`

use std::sync::Arc;

use explainer::App;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: prerender <index.html>");
        std::process::exit(2);
    });
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        std::process::exit(1);
    });
    let app = render();
    match explainer::model::prerender::insert_body(&page, &app) {
        Ok(out) => std::fs::write(&path, out).unwrap_or_else(|e| {
            eprintln!("prerender: cannot write {path}: {e}");
            std::process::exit(1);
        }),
        Err(why) => {
            eprintln!("prerender: {path}: {why}");
            std::process::exit(1);
        }
    }
}

fn render() -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| view! { <App/> }.to_html())
}
