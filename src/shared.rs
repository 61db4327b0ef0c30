//! The state the islands share, provided on the root owner: the page facts, and the state of
//! each widget the build has. Islands are separate roots of the view; context provided on the
//! root owner, before any of them wakes, is what each of them finds (`tests/web.rs` checks that
//! moving one moves the other).
//!
//! The prerender step provides it with the page it builds ([`crate::page::Page::prerendered`]),
//! the browser with the page as it was opened (`start::hydrate`).

use crate::page::{Page, provide_page};

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
