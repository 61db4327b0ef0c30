//! The source layer's state: which index entries are open, and the kind filter. Provided on the
//! root owner, so an index entry's button and its body, two islands, share their disclosure.
//! (The cards in the text need no state: they are native popovers.)

use leptos::prelude::*;

use crate::browser;
use crate::content::{CLAIMS, ClaimKind};
use crate::model::claims::find;
use crate::page::Page;

/// One disclosure: whether it is open.
#[derive(Clone, Copy)]
pub struct Disclosure {
    pub open: RwSignal<bool>,
}

impl Disclosure {
    fn new() -> Self {
        Disclosure {
            open: RwSignal::new(false),
        }
    }
}

#[derive(Clone, Copy)]
pub struct SourcesState {
    /// The index entries, one per claim.
    entries: StoredValue<Vec<Disclosure>>,
    /// Show only claims of this kind (`None`: all).
    pub filter: RwSignal<Option<ClaimKind>>,
}

impl SourcesState {
    fn new() -> Self {
        SourcesState {
            entries: StoredValue::new(CLAIMS.iter().map(|_| Disclosure::new()).collect()),
            filter: RwSignal::new(None),
        }
    }

    /// The index entry of claim `claim`.
    pub fn entry(&self, claim: usize) -> Disclosure {
        self.entries.with_value(|e| e[claim])
    }

    /// Opens the index entry of claim `id` (clearing a filter that would hide it) and scrolls it
    /// into view. Unknown ids are ignored.
    pub fn reveal(&self, id: &str, embedded: bool) {
        let Some((i, claim)) = find(CLAIMS, id) else {
            return;
        };
        if self.filter.get_untracked().is_some_and(|k| k != claim.kind) {
            self.filter.set(None);
        }
        self.entry(i).open.set(true);
        // Inside an embed the frame is as tall as its content: scrolling would move the host
        // page, which an embed must never do.
        if !embedded {
            let id = format!("claim-{}", claim.id);
            request_animation_frame(move || browser::scroll_into_view(&id));
        }
    }
}

/// Creates the state and provides it; in the browser, opens the claim that the address's
/// `#claim-…` fragment names, and again whenever the fragment changes.
pub fn provide_sources_state(page: &Page) -> SourcesState {
    let state = SourcesState::new();
    provide_context(state);
    let embedded = page.embedded;
    if let Some(id) = &page.address.claim {
        state.reveal(id, embedded);
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let listener = gloo_events::EventListener::new(&window, "hashchange", move |_| {
            let (_, fragment) = browser::location();
            if let Some(id) = crate::model::url_state::UrlState::parse("", &fragment).claim {
                state.reveal(&id, embedded);
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
