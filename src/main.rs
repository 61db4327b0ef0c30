//! The browser entry point. Loading the module does nothing but make it ready: `boot.js` fetches
//! and compiles it while the page is still being parsed, then calls [`hydrate`] once the page is
//! whole (hydration must see every prerendered node).

#[cfg(feature = "hydrate")]
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Starts the app over the prerendered page: called by `boot.js` after `DOMContentLoaded`.
#[cfg(feature = "hydrate")]
#[wasm_bindgen]
pub fn hydrate() {
    explainer::browser::start();
}
