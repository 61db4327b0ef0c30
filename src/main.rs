//! The browser entry point. Loading the module does nothing but make it ready: `boot.js` fetches
//! and compiles it while the page is still being parsed, then calls [`hydrate`] once the page is
//! whole, and then wakes each island (`<leptos-island>`) through the export Leptos makes for it.

// The islands' exports live in the library: this links them into the module.
#[allow(unused_imports)]
pub use explainer::*;

#[cfg(feature = "hydrate")]
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Readies the islands' shared state: called by `boot.js` once the page is parsed, before it
/// wakes any island.
#[cfg(feature = "hydrate")]
#[wasm_bindgen]
pub fn hydrate() {
    explainer::browser::start();
}
