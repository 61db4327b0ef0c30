//! The model: pure Rust, no DOM. Everything a view shows that needs computing is computed here,
//! and tested natively with `cargo test`. Nothing in this folder may use `web_sys`, `js_sys`,
//! `wasm_bindgen` or `leptos` (a test in `tests/architecture.rs` checks it).

pub mod amount;
pub mod claims;
pub mod cost;
pub mod embedding;
pub mod geometry;
pub mod graph;
pub mod outline;
pub mod picture;
pub mod table;
pub mod url_state;
pub mod words;
