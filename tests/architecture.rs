//! Architecture invariants that a reviewer would otherwise have to remember.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The model is pure Rust: it never touches the DOM or the framework.
#[test]
fn the_model_uses_no_browser_or_framework_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"),
        &mut files,
    );
    assert!(!files.is_empty());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in [
            "web_sys::",
            "js_sys::",
            "wasm_bindgen::",
            "wasm_bindgen]",
            "leptos::",
            "gloo",
        ] {
            assert!(!text.contains(banned), "{} mentions {banned}", f.display());
        }
    }
}

/// No file that ships names another origin: no CDN, font service or analytics.
#[test]
fn shipped_files_load_nothing_from_another_origin() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("index.html"), root.join("boot.js")];
    for entry in std::fs::read_dir(root.join("style")).unwrap() {
        files.push(entry.unwrap().path());
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for pattern in ["http://", "https://", "//fonts.", "url(//"] {
            assert!(
                !text.contains(pattern),
                "{} contains {pattern}",
                f.display()
            );
        }
    }
}

/// The code of a Rust file without its comments (which may name the model to say where a rule
/// lives), as one line.
fn code(f: &Path) -> String {
    std::fs::read_to_string(f)
        .unwrap()
        .lines()
        .map(|l| l.split("//").next().unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every `use` declaration in `code`, from `use` to its semicolon (a grouped one included).
fn uses(code: &str) -> Vec<&str> {
    code.match_indices("use ")
        .filter(|(i, _)| {
            *i == 0
                || !code.as_bytes()[i - 1].is_ascii_alphanumeric() && code.as_bytes()[i - 1] != b'_'
        })
        .map(|(i, _)| &code[i..i + code[i..].find(';').unwrap_or(code.len() - i)])
        .collect()
}

/// What in `code` would reach into the model or the views: a path through them, a `use` that
/// names them however it is grouped or renamed, or a file of theirs pulled in by `#[path]`.
fn reaches_model(code: &str) -> Option<String> {
    for banned in [
        "model::",
        "widgets::",
        "leptos::",
        "src/model/",
        "src/widgets/",
    ] {
        if code.contains(banned) {
            return Some(banned.into());
        }
    }
    uses(code)
        .into_iter()
        .find(|u| {
            u.split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| w == "model" || w == "widgets")
        })
        .map(str::to_string)
}

#[test]
fn the_model_check_sees_every_way_in() {
    for sneaky in [
        "use crate::model::cost::Money;",
        "use crate::{kinds, model};",
        "use crate::model as m;",
        "use super::{\n    model,\n};",
        "#[path = \"src/model/amount.rs\"] mod amount;",
        "fn f() -> crate::model::cost::Money { todo!() }",
    ] {
        assert!(reaches_model(sneaky).is_some(), "{sneaky}");
    }
    for fine in [
        "pub struct Price { pub model: &'static str }",
        "use super::kinds::{BlockKind, Track};",
        "let m = p.model;",
    ] {
        assert_eq!(reaches_model(fine), None, "{fine}");
    }
}

/// One direction between content and model: the model reads the content's types; the content
/// (its types, its kinds, its checks, and `build.rs`, which reads the files and writes the
/// statics) never reaches into the model.
#[test]
fn the_content_does_not_depend_on_the_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("build.rs")];
    rust_files(&root.join("src/content"), &mut files);
    assert!(files.len() >= 5);
    for f in files {
        assert_eq!(
            reaches_model(&code(&f)),
            None,
            "{} reaches into the model or the views",
            f.display()
        );
    }
}
