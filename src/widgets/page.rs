//! What the islands share, provided on the root owner: facts about the page, read once when the
//! page starts (what the address asks for, and whether the page is shown inside another one),
//! and the state of each widget the build has. Islands are separate roots of the view; context
//! provided on the root owner, before any of them wakes, is what each of them finds
//! (`tests/web.rs` checks that moving one moves the other).
//!
//! The prerender step provides [`Page::prerendered`] (no address, not framed), so every island
//! renders the state the page is built with; in the browser, `start::hydrate` provides the
//! page as it was opened. Widgets ask [`use_page`]; nothing else reads the address.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::url_state::PageAddress;

/// The page as it was opened.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// Shown inside another page (framed, or `?embed=1`; `boot.js` decides before the first
    /// paint and marks `<html>` with `data-embed`).
    pub embedded: bool,
    /// What the address says to the page as a whole, parsed once (cleaned by the model).
    pub address: Arc<PageAddress>,
    /// The query string as the page was opened (without `?`): each widget reads its own part of
    /// it, and the parameters a widget does not own (a host's `childId`, `theme`) are written
    /// back as they were.
    pub query: Arc<str>,
}

impl Page {
    /// The page the prerender step renders: no address, not framed.
    pub fn prerendered() -> Self {
        Page::default()
    }

    /// A page opened at `query` and `fragment` (as `location.search` and `location.hash` give
    /// them), framed or not.
    pub fn opened(query: &str, fragment: &str, embedded: bool) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        Page {
            embedded,
            address: Arc::new(PageAddress::parse(query, fragment)),
            query: query.into(),
        }
    }
}

/// Provides `page` to everything under the current owner (the root, for the islands).
pub fn provide_page(page: Page) {
    provide_context(page);
}

/// The page facts provided at the root; the prerendered page's when none were provided (a
/// component test that mounts a widget alone).
pub fn use_page() -> Page {
    use_context::<Page>().unwrap_or_default()
}

/// Provides `page` and the widgets' state to everything under the current owner.
pub fn provide_shared_state(page: Page) {
    #[cfg(feature = "cost")]
    crate::widgets::cost::state::provide_cost_state(&page);
    #[cfg(feature = "diagram")]
    crate::widgets::diagram::state::provide_diagram_state();
    #[cfg(feature = "sources")]
    crate::widgets::sources::state::provide_sources_state(&page);
    provide_page(page);
}
