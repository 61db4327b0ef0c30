//! The browser's start: what `boot.js` calls once the module is loaded, before it wakes any
//! island. Above everything it starts (the shared state, the host page's messages), so nothing
//! below has to know how the page starts.

#[cfg(feature = "hydrate")]
use crate::browser::{location, root_has_attribute, set_root_class};

/// Starts the app: installs the panic guard, readies the islands' root owner and provides the
/// shared state on it, from the page as it was opened; framed, starts telling the host page
/// the height. `boot.js` then wakes the islands, each group as its markup is parsed.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    std::panic::set_hook(Box::new(|info| {
        // The article is plain HTML and stays readable: only the interactive parts stop. Say so.
        set_root_class("app-failed", true);
        set_root_class("app-ready", false);
        web_sys::console::error_1(&format!("explainer: {info}").into());
    }));
    leptos::mount::hydrate_islands();
    let (query, fragment) = location();
    let page =
        crate::widgets::page::Page::opened(&query, &fragment, root_has_attribute("data-embed"));
    // Framed in a host page: report the height (Pym.js, Datawrapper, AMP formats).
    crate::browser::host::start(page.address.child_id.clone());
    crate::widgets::page::provide_shared_state(page);
}
