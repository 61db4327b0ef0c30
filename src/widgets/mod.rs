//! The three widgets, one folder each, and what they share. Views only: what they show is
//! computed in `model`. Each widget's islands are compiled into the WebAssembly only when its
//! feature is on (`cost`, `diagram`, `sources`); the prerender step has them all.

pub mod bind;
pub mod controls;
#[cfg(feature = "cost")]
pub mod cost;
#[cfg(feature = "diagram")]
pub mod diagram;
pub mod embed_code;
#[cfg(feature = "sources")]
pub mod sources;
