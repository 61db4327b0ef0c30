//! DeepSeek V4, explained: an opinion article with three widgets, rendered by Leptos as a
//! static page with islands.
//!
//! Three layers, kept apart (see ARCHITECTURE.md):
//! - [`content`]: the article and its data, generated at build time from `content/`;
//! - [`model`]: pure Rust, no DOM, tested natively;
//! - views: the [`pages`] and the article (rendered at build time only), and the [`widgets`],
//!   whose `#[island]`s are what the browser wakes ([`widgets::page`]: what the islands share).
//!
//! [`pictures`] draws the pictures at build time; [`browser`] is what talks to the
//! browser outside a component (the start, the host page, the address bar, the clipboard).
//! Every reader-facing sentence made from data, numbers included, is written by
//! [`model::words`].

#![recursion_limit = "256"]

// The pages need every widget: the prerender step has them all (and so do the browser tests).
pub mod browser;
pub mod content;
pub mod model;
#[cfg(all(feature = "cost", feature = "diagram", feature = "sources"))]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pictures;
pub mod widgets;
