//! Start-up in the browser: the panic guard, then hydration of the prerendered page.
//!
//! Only ever called on the client (from `main.rs`); the prerender step never runs it.

use wasm_bindgen::JsCast;


#[cfg(feature = "hydrate")]
use crate::App;

/// Starts the app: installs the panic guard and hydrates the prerendered body in place.
#[cfg(feature = "hydrate")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        // The article is plain HTML and stays readable: only the interactive parts stop. Say so.
        set_root_class("app-failed", true);
        set_root_class("app-ready", false);
        web_sys::console::error_1(&format!("explainer: {info}").into());
    }));
    leptos::mount::hydrate_body(App);
    set_root_class("app-ready", true);
}

/// Adds or removes a class on `<html>`, which the style sheets use for the app's state.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn set_root_class(class: &str, on: bool) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let list = root.unchecked_into::<web_sys::Element>().class_list();
        let _ = if on { list.add_1(class) } else { list.remove_1(class) };
    }
}
