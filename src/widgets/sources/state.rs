//! The source layer's state: which index entries are open, the kind filter, the opinion lens.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::browser;
use crate::content::{CLAIMS, ClaimKind};
use crate::model::claims::find;
use crate::model::url_state::UrlState;

#[derive(Clone, Copy)]
pub struct SourcesState {
    /// Ids of the index entries that are open.
    pub opened: RwSignal<BTreeSet<&'static str>>,
    /// Show only claims of this kind (`None`: all).
    pub filter: RwSignal<Option<ClaimKind>>,
    /// Mark the author's opinions differently from factual claims.
    pub lens: RwSignal<bool>,
}

impl SourcesState {
    /// Opens the index entry of claim `id` (clearing a filter that would hide it) and scrolls it
    /// into view. Unknown ids are ignored.
    pub fn reveal(&self, id: &str) {
        let Some((_, claim)) = find(CLAIMS, id) else { return };
        if self.filter.get_untracked().is_some_and(|k| k != claim.kind) {
            self.filter.set(None);
        }
        self.opened.update(|o| {
            o.insert(claim.id);
        });
        // Inside an embed the frame is as tall as its content: scrolling would move the host
        // page, which an embed must never do.
        if !browser::root_has_attribute("data-embed") {
            let id = format!("claim-{}", claim.id);
            request_animation_frame(move || browser::scroll_into_view(&id));
        }
    }
}

/// Creates the state and provides it; opens the claim named by the address's `#claim-…`
/// fragment after hydration, and again whenever the fragment changes.
pub fn provide_sources_state() -> SourcesState {
    let state = SourcesState { opened: RwSignal::new(BTreeSet::new()), filter: RwSignal::new(None), lens: RwSignal::new(false) };
    provide_context(state);
    let from_address = move || {
        let (query, fragment) = browser::location();
        if let Some(id) = UrlState::parse(&query, &fragment).claim {
            state.reveal(&id);
        }
    };
    Effect::new(move |_| from_address());
    Effect::new(move |_| browser::on_hash_change(from_address));
    state
}

/// The state provided by [`provide_sources_state`].
pub fn use_sources() -> SourcesState {
    expect_context::<SourcesState>()
}
