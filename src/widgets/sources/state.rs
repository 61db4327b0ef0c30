//! The source layer's state: the kind filter, provided on the root owner; and opening the index
//! entry a `#claim-…` address names. (The cards in the text and the index's entries need no
//! state: they are native popovers and disclosures.)

use leptos::prelude::*;

use crate::browser;
use crate::content::{CLAIMS, ClaimKind};
use crate::model::claims::{entry_id, find};
use crate::widgets::page::Page;

#[derive(Clone, Copy)]
pub struct SourcesState {
    /// Show only claims of this kind (`None`: all).
    pub filter: RwSignal<Option<ClaimKind>>,
}

impl SourcesState {
    fn new() -> Self {
        SourcesState {
            filter: RwSignal::new(None),
        }
    }

    /// Opens the index entry of claim `id` (clearing a filter that would hide it) and, when
    /// `scroll`, scrolls it into view. Unknown ids are ignored, and so is an entry not in the
    /// page yet.
    pub fn reveal(&self, id: &str, scroll: bool) {
        let Some((_, claim)) = find(CLAIMS, id) else {
            return;
        };
        if self.filter.get_untracked().is_some_and(|k| k != claim.kind) {
            self.filter.set(None);
        }
        let entry = entry_id(claim);
        browser::open_disclosure(&entry);
        if scroll {
            request_animation_frame(move || browser::scroll_into_view(&entry));
        }
    }
}

/// Creates the state and provides it; in the browser, opens the claim a new `#claim-…` fragment
/// names whenever the fragment changes (the one the page was opened with is opened by the
/// index's island once it is awake: [`super::ClaimFilter`]).
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))] // the page is read in the browser only
pub fn provide_sources_state(page: &Page) -> SourcesState {
    let state = SourcesState::new();
    provide_context(state);
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let embedded = page.embedded;
        let listener = gloo_events::EventListener::new(&window, "hashchange", move |_| {
            let (_, fragment) = browser::location();
            if let Some(id) = crate::model::url_state::claim_in_fragment(&fragment) {
                // Inside an embed the frame is as tall as its content: scrolling would move the
                // host page, which an embed must never do.
                state.reveal(&id, !embedded);
            }
        });
        // Held by the owner: dropped, and so removed, when the owner is cleaned up.
        StoredValue::new_local(listener);
    }
    state
}

/// The state provided by [`provide_sources_state`].
pub fn use_sources() -> SourcesState {
    expect_context::<SourcesState>()
}
