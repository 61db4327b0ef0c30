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
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"), &mut files);
    assert!(!files.is_empty());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in ["web_sys::", "js_sys::", "wasm_bindgen::", "wasm_bindgen]", "leptos::", "gloo"] {
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
            assert!(!text.contains(pattern), "{} contains {pattern}", f.display());
        }
    }
}

/// One direction between content and model: the model reads the content's types; the content
/// (its types, its kinds, the statics build.rs generates from it) never reaches into the model.
#[test]
fn the_content_does_not_depend_on_the_model() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content"), &mut files);
    assert!(files.len() >= 2);
    for f in files {
        // Code, not the comments that may name the model to say where a rule lives.
        let text: String = std::fs::read_to_string(&f).unwrap().lines().filter(|l| !l.trim_start().starts_with("//")).collect();
        for banned in ["crate::model", "super::model", "model::", "crate::widgets", "leptos::"] {
            assert!(!text.contains(banned), "{} uses {banned}", f.display());
        }
    }
    // Nor does what build.rs writes into the statics.
    let build = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
    assert!(!build.contains("model::"), "build.rs writes statics that name the model");
}
