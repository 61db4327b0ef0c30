//! The WebAssembly module of `cost.html`, the token-cost widget alone: its islands only (built with the
//! `hydrate` and `cost` features; see `src/main.rs`).

#[allow(unused_imports)]
pub use explainer::*;

fn main() {}
