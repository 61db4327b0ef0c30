//! DeepSeek V4, explained: an opinion article with three widgets, rendered by Leptos.
//!
//! Three layers, kept apart (see ARCHITECTURE.md):
//! - [`content`]: the article and its data, generated at build time from `content/`;
//! - [`model`]: pure Rust, no DOM, tested natively;
//! - views: [`app`], [`article`] and [`widgets`], thin Leptos components.
//!
//! [`browser`] holds the few functions that touch the browser outside a component (start-up,
//! the panic guard); it is only ever called on the client.

#![recursion_limit = "256"]

pub mod app;
pub mod article;
pub mod browser;
pub mod content;
pub mod embed;
pub mod format;
pub mod model;
pub mod widgets;

pub use app::App;
