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

include!(concat!(env!("OUT_DIR"), "/content.rs"));
