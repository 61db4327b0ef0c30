//! The content layer: the article, prices, claims and the diagram as typed statics.
//!
//! Each kind of record is split in two, index for index: what the page computes with (ids,
//! kinds, numbers, short labels: [`PRICES`], [`CLAIMS`], [`NODES`], [`EDGES`]), which the
//! islands use and so is in the WebAssembly; and the words it only shows ([`PRICE_NOTES`],
//! [`CLAIM_TEXTS`], [`NODE_TEXTS`], [`EDGE_TEXTS`], and the [`ARTICLE`] itself), which only the
//! prerender step reads, so they stay out of the WebAssembly.
//!
//! The data lives in `content/*.toml`, the one home of every sentence and number. `build.rs`
//! reads those files with serde at build time, checks them and generates the statics included
//! below, so the browser never parses a data file and the WASM carries no parser.

/// The explainer's name, as its pages, social cards and pictures give it.
pub const NAME: &str = "DeepSeek V4, explained";
/// The explainer's headline, above the article.
pub const TITLE: &str = "DeepSeek V4: the price, the chips and the claims";
/// The pages' title, as browsers, search results and social cards show it (`index.html`'s
/// `<title>`, `og:title` and `twitter:title`, which a test holds to this).
pub const PAGE_TITLE: &str = "DeepSeek V4, explained: the price, the chips and the claims";

/// One block (one line) of the article, word for word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Stable slug naming the block: used for anchors and to place widgets after it.
    pub id: &'static str,
    pub kind: BlockKind,
    pub text: &'static str,
}

#[cfg(feature = "ssr")]
pub mod check;
mod kinds;
mod price;
mod range;

pub use kinds::{BlockKind, ClaimKind, PriceOrigin, Relation, TokenKind, Track};
pub use price::PricePerMillion;
pub use range::{TOKENS_MAX, TOKENS_MIN};

/// A price row of the cost widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Price {
    pub id: &'static str,
    pub provider: &'static str,
    pub model: &'static str,
    pub per_million: PricePerMillion,
    pub tokens: TokenKind,
    pub origin: PriceOrigin,
}

/// Where a price comes from, in words (index for index with [`PRICES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceNote {
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

/// A piece of article text a claim marks: verbatim, inside the block named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub block: &'static str,
    pub text: &'static str,
}

/// A claim the article makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    pub id: &'static str,
    /// Its row in tests/fixtures/seed/sources.md.
    pub row: u32,
    pub kind: ClaimKind,
    /// The record differs from, or contests, what the article says.
    pub differs: bool,
    /// How many spans of the article's text it marks (each has its button and card).
    pub marks: usize,
}

/// What a claim says and what the public record shows about it, in words (index for index
/// with [`CLAIMS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimText {
    /// The article's words it marks.
    pub spans: &'static [Span],
    pub made_by: &'static str,
    /// What the record shows, in our words, including where it differs from the article.
    pub record: &'static str,
    /// Where it can be checked, exactly as sources.md gives them; empty when none was found.
    pub addresses: &'static [&'static str],
}

/// A node of the export-control diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    pub id: &'static str,
    pub label: &'static str,
    pub track: Track,
    /// The public record differs from the article about it.
    pub contested: bool,
    /// Grid cell (column, row) in the wide, left-to-right arrangement.
    pub wide: (u32, u32),
    /// Grid cell (column, row) in the narrow, top-to-bottom arrangement.
    pub narrow: (u32, u32),
}

/// What a node is and what it rests on, in words (index for index with [`NODES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeText {
    pub explanation: &'static str,
    /// The article's sentences it rests on, verbatim.
    pub sentences: &'static [&'static str],
    /// Ids of the claims it depends on.
    pub claims: &'static [&'static str],
    /// Where the public record differs from the article, if it does.
    pub contested: Option<&'static str>,
}

/// An arrow from cause to effect (indices into [`NODES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub relation: Relation,
}

/// Why an arrow is drawn, in words (index for index with [`EDGES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeText {
    pub evidence: &'static str,
    pub contested: Option<&'static str>,
}

/// One step of the story mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoryStep {
    pub node: usize,
    pub narration: &'static str,
}

/// The "what if" the diagram offers: a node taken away, and what that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counterfactual {
    pub remove: usize,
    pub label: &'static str,
    pub narration: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));
