//! Claims: where each sits in the article's text (segments), the order and numbers a reader
//! meets them in, which kinds are present and how many of each, and lookups by id.

use crate::content::{Block, Claim, ClaimKind, ClaimText};

/// A piece of a block's text: plain, or marked by a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(&'static str),
    /// `claim` indexes the claims (and their texts); `span` which of its spans this is.
    Claim {
        claim: usize,
        span: usize,
        text: &'static str,
    },
}

/// Splits a block's text into plain runs and the claims' spans, in reading order. Spans are
/// matched verbatim; a span that overlaps an earlier one is left unmarked (tests forbid both).
pub fn segments(block_id: &str, text: &'static str, claims: &[ClaimText]) -> Vec<Segment> {
    let mut marks: Vec<(usize, usize, usize, usize)> = Vec::new(); // (start, end, claim, span)
    for (ci, c) in claims.iter().enumerate() {
        for (si, s) in c.spans.iter().enumerate() {
            if s.block != block_id {
                continue;
            }
            if let Some(start) = text.find(s.text) {
                marks.push((start, start + s.text.len(), ci, si));
            }
        }
    }
    marks.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, claim, span) in marks {
        if start < at {
            continue;
        }
        if start > at {
            out.push(Segment::Text(&text[at..start]));
        }
        out.push(Segment::Claim {
            claim,
            span,
            text: &text[start..end],
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment::Text(&text[at..]));
    }
    out
}

/// The claims in the order a reader first meets them in `article` (indices into `claims`): a
/// claim comes where its first marked span stands in the text. Claims the text never marks
/// (the content check refuses them) come last, in content order.
pub fn reading_order(article: &[Block], claims: &[ClaimText]) -> Vec<usize> {
    let mut order = Vec::with_capacity(claims.len());
    for block in article {
        for seg in segments(block.id, block.text, claims) {
            if let Segment::Claim { claim, .. } = seg
                && !order.contains(&claim)
            {
                order.push(claim);
            }
        }
    }
    for claim in 0..claims.len() {
        if !order.contains(&claim) {
            order.push(claim);
        }
    }
    order
}

/// Each claim's number as readers see it (index for index with `claims`): its place, from 1,
/// in [`reading_order`]. Computed, never typed, so the numbers read 1, 2, 3 down the article.
pub fn reading_numbers(article: &[Block], claims: &[ClaimText]) -> Vec<u32> {
    let mut numbers = vec![0; claims.len()];
    for (place, claim) in reading_order(article, claims).into_iter().enumerate() {
        numbers[claim] = place as u32 + 1;
    }
    numbers
}

/// The kinds that occur in `claims`, in filter order.
pub fn kinds_present(claims: &[Claim]) -> Vec<ClaimKind> {
    ClaimKind::ALL
        .iter()
        .copied()
        .filter(|k| claims.iter().any(|c| c.kind == *k))
        .collect()
}

/// How many claims a kind filter shows (`None`: all of them).
pub fn count(claims: &[Claim], filter: Option<ClaimKind>) -> usize {
    claims
        .iter()
        .filter(|c| filter.is_none_or(|k| k == c.kind))
        .count()
}

/// The claim with `id`.
pub fn find(claims: &'static [Claim], id: &str) -> Option<(usize, &'static Claim)> {
    claims.iter().enumerate().find(|(_, c)| c.id == id)
}

/// The id of a claim's entry in the index (`#claim-<id>` links to it).
pub fn entry_id(claim: &Claim) -> String {
    format!("claim-{}", claim.id)
}

/// The id of the inline card opened from span `span` of a claim.
pub fn card_id(claim: &Claim, span: usize) -> String {
    format!("card-{}-{}", claim.id, span + 1)
}
