//! The WebAssembly module of the whole explainer (`index.html`): every widget's islands. Loading
//! it does nothing but make it ready; `boot.js` calls its `hydrate` export (see `browser/start.rs`)
//! once the page is parsed, then wakes each island through the export Leptos makes for it.
//! Each widget's own page has a module of its own, with only that widget's islands
//! (`src/bin/cost.rs`, `diagram.rs`, `sources.rs`).

// The islands' exports and `hydrate` live in the library: this links them into the module.
#[allow(unused_imports)]
pub use explainer::*;

fn main() {}
