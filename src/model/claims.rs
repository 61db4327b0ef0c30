//! Claims: where they sit in the article's text, what each kind is called, and lookups.

use crate::content::{Claim, ClaimKind};

/// A piece of a block's text: plain, or marked by a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(&'static str),
    /// `claim` indexes the claims slice; `span` which of its spans this is.
    Claim { claim: usize, span: usize, text: &'static str },
}

/// Splits a block's text into plain runs and the claims' spans, in reading order. Spans are
/// matched verbatim; a span that overlaps an earlier one is left unmarked (tests forbid both).
pub fn segments(block_id: &str, text: &'static str, claims: &[Claim]) -> Vec<Segment> {
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
        out.push(Segment::Claim { claim, span, text: &text[start..end] });
        at = end;
    }
    if at < text.len() {
        out.push(Segment::Text(&text[at..]));
    }
    out
}

/// Every kind, in the order the filter shows them.
pub const KINDS: [ClaimKind; 12] = [
    ClaimKind::CompanyStatement,
    ClaimKind::PriceList,
    ClaimKind::AnalystView,
    ClaimKind::MarketData,
    ClaimKind::MarketHistory,
    ClaimKind::NewsReport,
    ClaimKind::ResearchReport,
    ClaimKind::Accusation,
    ClaimKind::GovernmentAccusation,
    ClaimKind::Denial,
    ClaimKind::AuthorsClaim,
    ClaimKind::AuthorsOpinion,
];

impl ClaimKind {
    /// The kind as a card's label says it.
    pub fn label(self) -> &'static str {
        match self {
            ClaimKind::CompanyStatement => "Company statement",
            ClaimKind::PriceList => "Price list",
            ClaimKind::AnalystView => "Analyst view",
            ClaimKind::MarketData => "Market data",
            ClaimKind::Accusation => "Accusation",
            ClaimKind::GovernmentAccusation => "Government accusation",
            ClaimKind::Denial => "Denial",
            ClaimKind::NewsReport => "News report",
            ClaimKind::ResearchReport => "Research report",
            ClaimKind::MarketHistory => "Market history",
            ClaimKind::AuthorsClaim => "Author's claim",
            ClaimKind::AuthorsOpinion => "Author's opinion",
        }
    }

    /// The kind as a URL-safe slug (`data-kind`, filter values).
    pub fn slug(self) -> &'static str {
        match self {
            ClaimKind::CompanyStatement => "company-statement",
            ClaimKind::PriceList => "price-list",
            ClaimKind::AnalystView => "analyst-view",
            ClaimKind::MarketData => "market-data",
            ClaimKind::Accusation => "accusation",
            ClaimKind::GovernmentAccusation => "government-accusation",
            ClaimKind::Denial => "denial",
            ClaimKind::NewsReport => "news-report",
            ClaimKind::ResearchReport => "research-report",
            ClaimKind::MarketHistory => "market-history",
            ClaimKind::AuthorsClaim => "authors-claim",
            ClaimKind::AuthorsOpinion => "authors-opinion",
        }
    }

    /// Opinion rather than a checkable fact (the "opinion lens" marks these differently).
    pub fn is_opinion(self) -> bool {
        self == ClaimKind::AuthorsOpinion
    }
}

/// The kinds that occur in `claims`, in filter order.
pub fn kinds_present(claims: &[Claim]) -> Vec<ClaimKind> {
    KINDS.into_iter().filter(|k| claims.iter().any(|c| c.kind == *k)).collect()
}

/// How many claims a kind filter shows (`None`: all of them).
pub fn count(claims: &[Claim], filter: Option<ClaimKind>) -> usize {
    claims.iter().filter(|c| filter.is_none_or(|k| k == c.kind)).count()
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
