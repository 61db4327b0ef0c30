//! Expandable claim sources: every claim in the article opens a card that says who makes it,
//! what kind of claim it is and what the public record shows; an index after the article lists
//! them all, filterable by kind; an opinion lens tells opinions from facts.
//!
//! `state.rs` holds the shared state (and the `#claim-…` address handling); `inline.rs` marks the
//! claims in the text; `card.rs` is the card's body; `index.rs` the index; `lens.rs` the lens.
//! What never changes is rendered at build time; the islands only open, close and filter it.

mod card;
mod index;
mod inline;
mod lens;
pub mod state;

pub use index::{ClaimFilter, SourcesIndex, TITLE};
pub use inline::claim_text;
pub use lens::OpinionLens;
