//! The range of monthly output tokens the cost widget covers. It belongs to the content: the
//! presets in `content/prices.toml` must fall inside it (`check` refuses one that does not), and
//! `build.rs` reads it from this file. The slider's scale (`model::amount`) is built on it.

/// The smallest monthly amount the widget shows: one thousand output tokens.
pub const TOKENS_MIN: u64 = 1_000;
/// The largest: ten billion output tokens.
pub const TOKENS_MAX: u64 = 10_000_000_000;
