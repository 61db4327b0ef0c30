//! The content layer: the article (and, as the widgets land, prices, claims and the diagram) as
//! typed statics.
//!
//! The data lives in `content/*.toml`, the one home of every sentence and number. `build.rs`
//! reads those files with serde at build time, checks them and generates the statics included
//! below, so the browser never parses a data file and the WASM carries no parser.

/// What a block of the article is. The seed text's layout decides it: the standfirst question,
/// section headings, paragraphs, and the pull quote with its attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Standfirst,
    Heading,
    Paragraph,
    Quote,
    Attribution,
}

/// One block (one line) of the article, word for word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Stable slug naming the block: used for anchors and to place widgets after it.
    pub id: &'static str,
    pub kind: BlockKind,
    pub text: &'static str,
}

pub use crate::model::cost::PricePerMillion;

/// Where a price comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceOrigin {
    /// A figure the article gives: shown by default.
    Article,
    /// A figure from public price lists, not from the article: an extra row, off by default.
    PriceList,
}

/// Which tokens a price is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Output,
    Input,
}

/// A price row of the cost widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Price {
    pub id: &'static str,
    pub provider: &'static str,
    pub model: &'static str,
    pub per_million: PricePerMillion,
    pub tokens: TokenKind,
    pub origin: PriceOrigin,
    /// When the price held ("list price at the V4 preview launch, April 2026").
    pub as_of: &'static str,
    /// What the record says about it, in our words.
    pub note: &'static str,
    /// Where it can be checked, exactly as sources.md gives them (scheme omitted).
    pub addresses: &'static [&'static str],
}

/// A realistic monthly volume the reader can pick with one click.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    pub id: &'static str,
    pub label: &'static str,
    pub tokens: u64,
    pub explanation: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));
