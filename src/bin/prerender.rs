//! Renders the app to HTML at build time and writes it into the staged `index.html`, between
//! `<body>` and `</body>`, so the page is whole before any WebAssembly runs. Trunk's post_build
//! hook runs it (see Trunk.toml); the browser then hydrates the same markup in place.
//!
//! It also gives `boot.js` (copied by Trunk under its plain name) a content-hashed name, like
//! every other file Trunk writes, and points the page at it; and it joins the style sheets
//! Trunk wrote, one per source file, into one content-hashed sheet (one request instead of
//! eight, and about a fifth fewer bytes compressed than the eight compressed apart). Like
//! `boot.js`, the joined sheet carries no `integrity` attribute: it is served from the page's
//! own origin under a name that changes with its content.
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
    let page = hash_boot_script(&path, page);
    let page = join_style_sheets(&path, page);
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

/// Renames `boot.js` beside the page to `boot-<hash>.js` and rewrites the page's reference.
fn hash_boot_script(page_path: &str, page: String) -> String {
    let dir = std::path::Path::new(page_path).parent().unwrap_or(std::path::Path::new("."));
    let plain = dir.join("boot.js");
    let Ok(bytes) = std::fs::read(&plain) else {
        eprintln!("prerender: {} is missing", plain.display());
        std::process::exit(1);
    };
    let name = explainer::model::prerender::hashed_name("boot.js", &bytes);
    std::fs::rename(&plain, dir.join(&name)).unwrap_or_else(|e| {
        eprintln!("prerender: cannot rename boot.js: {e}");
        std::process::exit(1);
    });
    if !page.contains("\"./boot.js\"") {
        eprintln!("prerender: the page does not load ./boot.js (see pattern_script in Trunk.toml)");
        std::process::exit(1);
    }
    page.replace("\"./boot.js\"", &format!("\"./{name}\""))
}

/// Joins the page's style sheets, in their order, into `explainer-<hash>.css` beside it.
fn join_style_sheets(page_path: &str, page: String) -> String {
    let dir = std::path::Path::new(page_path).parent().unwrap_or(std::path::Path::new("."));
    let sheets = explainer::model::prerender::stylesheets(&page);
    if sheets.len() < 2 {
        return page;
    }
    let files: Vec<_> = sheets.iter().map(|href| dir.join(href.trim_start_matches("./"))).collect();
    let mut joined = Vec::new();
    for file in &files {
        match std::fs::read(file) {
            Ok(bytes) => {
                joined.extend_from_slice(&bytes);
                joined.push(b'\n');
            }
            Err(e) => {
                eprintln!("prerender: cannot read the style sheet {}: {e}", file.display());
                std::process::exit(1);
            }
        }
    }
    let name = explainer::model::prerender::hashed_name("explainer.css", &joined);
    std::fs::write(dir.join(&name), &joined).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {name}: {e}");
        std::process::exit(1);
    });
    for file in &files {
        let _ = std::fs::remove_file(file);
    }
    explainer::model::prerender::join_stylesheets(&page, &format!("./{name}"))
}

fn render() -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| view! { <App/> }.to_html())
}
