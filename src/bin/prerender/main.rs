//! The build step Trunk's post_build hook runs (see Trunk.toml): it turns the staged page Trunk
//! wrote into the explainer's pages, so each is whole before any WebAssembly runs.
//!
//! - `index.html`: the whole explainer, rendered into the staged page's `<body>`;
//! - `cost.html`, `diagram.html`, `sources.html`: each widget alone, the page a host embeds for
//!   one widget, with only that widget's markup, style sheets and WebAssembly module (the
//!   module Trunk built for it from its `data-type="worker"` rust link, if there is one);
//! - every file a page loads gets a content-hashed name: `boot.js`, each page's style sheet (the
//!   sheets Trunk wrote, one per source file, joined into one) and each widget's module;
//! - the pictures for places where no script runs (`explainer::pictures`): the social card,
//!   `card-<hash>.png`, which every page names as its `og:image`, and each picture under a
//!   stable name (`card.png`, `cost.svg`, `cost.png`, …) for the snippets hosts paste.
//!
//! Before writing anything it checks the diagram as a graph (`Graph::validate`: no cycle, no
//! self-loop or repeated arrow, no two nodes in one grid cell, a story that visits each node
//! once), the rules `build.rs` cannot run because they are the model's; a broken diagram stops
//! the build with every broken rule named.
//!
//! The explainer's public address, when the build is given it (`EXPLAINER_PUBLIC_URL`), makes
//! `og:image` absolute and adds `og:url` and the canonical link; without it every address stays
//! relative, and the step says that social cards need it.
//!
//! Usage: `prerender <path/to/staged/index.html>`

mod files;

use std::path::{Path, PathBuf};

use explainer::content::{COUNTERFACTUAL, EDGES, NODES, STORY};
use explainer::model::graph::Graph;
use explainer::model::url_state::Widget;
use explainer::pages::render_page;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| fail("usage: prerender <index.html>"));
    if let Err(errors) = Graph::new(NODES, EDGES).validate(STORY, Some(&COUNTERFACTUAL)) {
        let errors: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        fail(&format!(
            "content/diagram.toml breaks the diagram's rules:\n{}",
            errors.join("\n")
        ));
    }
    let dir = Path::new(&path)
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let staged = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
    let staged = hash_boot_script(&dir, staged);
    let sheets = files::stylesheets(&staged);
    let public = files::public_base(std::env::var("EXPLAINER_PUBLIC_URL").ok().as_deref())
        .unwrap_or_else(|why| fail(&why));
    let card = write_pictures(&dir);
    let social = |page: &str, file: &str| {
        let image = match &public {
            Some(base) => format!("{base}{card}"),
            None => format!("./{card}"),
        };
        let url = public.as_ref().map(|base| {
            if file == "index.html" {
                base.clone()
            } else {
                format!("{base}{file}")
            }
        });
        let picture = explainer::model::picture::card();
        files::social_head(
            page,
            &image,
            picture.width,
            picture.height,
            &picture.alt,
            url.as_deref(),
        )
        .unwrap_or_else(|why| fail(why))
    };
    if public.is_none() {
        eprintln!(
            "prerender: og:image is relative: social networks need it absolute. Build with EXPLAINER_PUBLIC_URL=https://<host>/<path>/ (the address dist/ is served from) for social cards."
        );
    }

    // Each widget's page first: they share the staged sheets, removed once every page is joined.
    for widget in Widget::ALL {
        let page = files::set_root_attribute(&staged, "data-widget", widget.param());
        let page = join_style_sheets(
            &dir,
            &page,
            &sheets,
            |sheet| wanted_by(widget, sheet),
            &format!("explainer-{}", widget.param()),
        );
        let page = point_at_module(&dir, page, widget.param());
        let page = social(&page, widget.page());
        write_page(&dir.join(widget.page()), &page, &render_page(Some(widget)));
    }
    let page = join_style_sheets(&dir, &staged, &sheets, |_| true, "explainer");
    let page = social(&page, "index.html");
    write_page(Path::new(&path), &page, &render_page(None));
    for sheet in &sheets {
        let _ = std::fs::remove_file(dir.join(sheet.trim_start_matches("./")));
    }
}

fn fail(why: &str) -> ! {
    eprintln!("prerender: {why}");
    std::process::exit(1);
}

/// Writes `page` with `body` rendered into it, at `to`.
fn write_page(to: &Path, page: &str, body: &str) {
    let out = files::insert_body(page, &files::conforming_comments(body))
        .unwrap_or_else(|why| fail(&format!("{}: {why}", to.display())));
    std::fs::write(to, out)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", to.display())));
}

/// Whether `widget`'s page needs the style sheet `sheet` (a staged name, `./cost-<hash>.css`):
/// every sheet but the other widgets' own.
fn wanted_by(widget: Widget, sheet: &str) -> bool {
    let stem = files::source_stem(sheet);
    !Widget::ALL
        .iter()
        .any(|w| *w != widget && w.param() == stem)
}

/// Renames `boot.js` beside the page to `boot-<hash>.js` and rewrites the page's reference.
fn hash_boot_script(dir: &Path, page: String) -> String {
    let plain = dir.join("boot.js");
    let bytes =
        std::fs::read(&plain).unwrap_or_else(|_| fail(&format!("{} is missing", plain.display())));
    let name = files::hashed_name("boot.js", &bytes);
    std::fs::rename(&plain, dir.join(&name))
        .unwrap_or_else(|e| fail(&format!("cannot rename boot.js: {e}")));
    if !page.contains("\"./boot.js\"") {
        fail("the page does not load ./boot.js (see pattern_script in Trunk.toml)");
    }
    page.replace("\"./boot.js\"", &format!("\"./{name}\""))
}

/// Joins the style sheets of `sheets` that `keep`, in their order, into `<name>-<hash>.css`
/// beside the page, and links the page to it alone.
fn join_style_sheets(
    dir: &Path,
    page: &str,
    sheets: &[String],
    keep: impl Fn(&str) -> bool,
    name: &str,
) -> String {
    let mut joined = Vec::new();
    for sheet in sheets.iter().filter(|s| keep(s)) {
        let file = dir.join(sheet.trim_start_matches("./"));
        let bytes = std::fs::read(&file).unwrap_or_else(|e| {
            fail(&format!(
                "cannot read the style sheet {}: {e}",
                file.display()
            ))
        });
        joined.extend_from_slice(&bytes);
        joined.push(b'\n');
        // The sheet's rules that come from the content (the ticks' places, the panes shown).
        if let Some(rules) = explainer::widgets::sheet_rules(files::source_stem(sheet)) {
            joined.extend_from_slice(rules.as_bytes());
        }
    }
    let name = files::hashed_name(&format!("{name}.css"), &joined);
    std::fs::write(dir.join(&name), &joined)
        .unwrap_or_else(|e| fail(&format!("cannot write {name}: {e}")));
    files::join_stylesheets(page, &format!("./{name}"))
}

/// Points `page` at the module Trunk built for `name` (`name.js` and `name_bg.wasm`, unhashed),
/// giving both files content-hashed names; leaves the page on the main module when there is
/// none.
fn point_at_module(dir: &Path, page: String, name: &str) -> String {
    let (js, wasm) = (
        dir.join(format!("{name}.js")),
        dir.join(format!("{name}_bg.wasm")),
    );
    let (Ok(js_bytes), Ok(wasm_bytes)) = (std::fs::read(&js), std::fs::read(&wasm)) else {
        return page;
    };
    let wasm_name = files::hashed_name(&format!("{name}_bg.wasm"), &wasm_bytes);
    // The glue names its module only as a default, which boot.js never uses; hash it as written.
    let js_name = files::hashed_name(&format!("{name}.js"), &js_bytes);
    for (from, to) in [(&js, &js_name), (&wasm, &wasm_name)] {
        std::fs::rename(from, dir.join(to))
            .unwrap_or_else(|e| fail(&format!("cannot rename {}: {e}", from.display())));
    }
    files::point_at_module(&page, &format!("./{js_name}"), &format!("./{wasm_name}"))
        .unwrap_or_else(|why| fail(why))
}

/// Draws every picture and writes each as `<stem>.svg` and `<stem>.png` beside the pages (stable
/// names, for the snippets hosts paste), and the social card once more under a content-hashed
/// name, which it returns (the pages' `og:image`: a changed card gets a new address, so the
/// networks fetch it again).
fn write_pictures(dir: &Path) -> String {
    let mut card = None;
    for drawn in explainer::pictures::draw_all() {
        let stem = drawn.picture.stem;
        let missing = explainer::pictures::missing_glyphs(
            &explainer::pictures::shown_text(&drawn.svg).join(" "),
        );
        if !missing.is_empty() {
            fail(&format!(
                "the picture {stem} shows characters the fonts in assets/fonts/ have no glyph for: {missing:?}"
            ));
        }
        let png = explainer::pictures::png(&drawn.svg, drawn.picture.scale)
            .unwrap_or_else(|why| fail(&format!("the picture {stem}: {why}")));
        for (name, bytes) in [
            (format!("{stem}.svg"), drawn.svg.as_bytes()),
            (format!("{stem}.png"), png.as_slice()),
        ] {
            std::fs::write(dir.join(&name), bytes)
                .unwrap_or_else(|e| fail(&format!("cannot write {name}: {e}")));
        }
        if stem == "card" {
            let name = files::hashed_name("card.png", &png);
            std::fs::write(dir.join(&name), &png)
                .unwrap_or_else(|e| fail(&format!("cannot write {name}: {e}")));
            card = Some(name);
        }
    }
    card.unwrap_or_else(|| fail("no social card was drawn"))
}
