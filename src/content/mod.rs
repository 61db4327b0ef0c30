//! The content layer: the article, prices, claims and the diagram as typed statics.
//!
//! The data lives in `content/*.toml`, the one home of every sentence and number. `build.rs`
//! reads those files with serde at build time, checks them and generates the statics included
//! below, so the browser never parses a data file and the WASM carries no parser.

/// One block (one line) of the article, word for word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Stable slug naming the block: used for anchors and to place widgets after it.
    pub id: &'static str,
    pub kind: BlockKind,
    pub text: &'static str,
}

mod kinds;

pub use kinds::{BlockKind, ClaimKind, PriceOrigin, Relation, TokenKind, Track};

/// A price in integer micro-dollars per million tokens ($3.48 → 3_480_000): exact, no floats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PricePerMillion(pub u64);

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

/// A piece of article text a claim marks: verbatim, inside the block named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub block: &'static str,
    pub text: &'static str,
}

/// A claim the article makes, and what the public record shows about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    pub id: &'static str,
    /// Its row in shared/seed/sources.md.
    pub row: u32,
    pub spans: &'static [Span],
    pub kind: ClaimKind,
    pub made_by: &'static str,
    /// What the record shows, in our words, including where it differs from the article.
    pub record: &'static str,
    /// The record differs from, or contests, what the article says.
    pub differs: bool,
    /// Where it can be checked, exactly as sources.md gives them; empty when none was found.
    pub addresses: &'static [&'static str],
}

/// A node of the export-control diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    pub id: &'static str,
    pub label: &'static str,
    pub track: Track,
    pub explanation: &'static str,
    /// The article's sentences it rests on, verbatim.
    pub sentences: &'static [&'static str],
    /// Ids of the claims it depends on.
    pub claims: &'static [&'static str],
    /// Where the public record differs from the article, if it does.
    pub contested: Option<&'static str>,
    /// Grid cell (column, row) in the wide, left-to-right arrangement.
    pub wide: (u32, u32),
    /// Grid cell (column, row) in the narrow, top-to-bottom arrangement.
    pub narrow: (u32, u32),
}

/// An arrow from cause to effect (indices into [`NODES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub relation: Relation,
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
