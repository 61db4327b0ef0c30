//! The WebAssembly module of `sources.html`, the claim sources index alone: its islands only (built with the
//! `hydrate` and `sources` features; see `src/main.rs`).

#[allow(unused_imports)]
pub use explainer::*;

fn main() {}
