//! The WebAssembly module of `diagram.html`, the export-control diagram alone: its islands only (built with the
//! `hydrate` and `diagram` features; see `src/main.rs`).

#[allow(unused_imports)]
pub use explainer::*;

fn main() {}
