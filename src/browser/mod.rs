//! What talks to the browser outside a component, never run by the prerender step: [`start`]
//! (the browser's start, which `boot.js` calls), [`host`] (the messages to and from a host page
//! when framed), and here the few calls the views make: the root's classes and attributes, the
//! address bar, the clipboard, scrolling (from effects and event handlers).

pub mod host;
pub mod start;

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Adds or removes a class on `<html>`, which the style sheets use for the app's state.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let list = root.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// The page's query string and fragment, as written (`?a=1`, `#claim-x`).
pub fn location() -> (String, String) {
    let Some(loc) = window().map(|w| w.location()) else {
        return Default::default();
    };
    (
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default(),
    )
}

/// The page's own address with `query` (without `?`) as its query string, fragment kept.
pub fn address_with_query(query: &str) -> String {
    let Some(loc) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    let q = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{origin}{path}{q}{hash}")
}

/// Replaces the address bar's query string (no new history entry, no navigation).
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let q = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    // A path-relative address keeps the page where it is, under whatever sub-path it is hosted.
    let path = w.location().pathname().unwrap_or_default();
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{q}{hash}")));
}

/// How a copy to the clipboard went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// Copied (by the Clipboard API, or the older copy command where that API is missing).
    Yes,
    /// Neither way worked (no permission, an old browser): the reader must copy it by hand.
    No,
}

/// Copies `text` to the clipboard: the Clipboard API where there is one, else the older
/// `execCommand("copy")` on a temporary, off-screen text field.
pub async fn copy_text(text: &str) -> Copied {
    if let Some(w) = window() {
        let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok();
        if clipboard.is_some_and(|c| !c.is_undefined() && !c.is_null()) {
            let promise = w.navigator().clipboard().write_text(text);
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                return Copied::Yes;
            }
        }
    }
    if copy_with_command(text) {
        Copied::Yes
    } else {
        Copied::No
    }
}

fn copy_with_command(text: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = doc.body() else { return false };
    let Ok(el) = doc.create_element("textarea") else {
        return false;
    };
    let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.class_list().add_1("offscreen");
    let active = doc.active_element();
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let ok = doc
        .unchecked_ref::<web_sys::HtmlDocument>()
        .exec_command("copy")
        .unwrap_or(false);
    area.remove();
    // Give focus back to where it was (the Copy button).
    if let Some(el) = active.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
    ok
}

/// Whether `<html>` carries `name` (`data-embed` and `data-theme` are set by boot.js; a widget's
/// own page is built with `data-widget`).
pub fn root_has_attribute(name: &str) -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(name))
}

/// Scrolls the element with `id` into view (smoothly unless the reader prefers less motion:
/// the style sheet's `scroll-behavior` decides).
pub fn scroll_into_view(id: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view();
    }
}

/// Opens the native disclosure (`<details>`) inside the element with id `id`, if there is one.
pub fn open_disclosure(id: &str) {
    if let Some(details) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.query_selector("details").ok().flatten())
    {
        let _ = details.set_attribute("open", "");
    }
}

/// The address of the folder the page is in (`https://host/path/`), for embed snippets.
pub fn page_base() -> String {
    let Some(loc) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{dir}")
}
