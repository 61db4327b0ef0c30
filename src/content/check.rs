//! The content files as written (`content/*.toml`, read with serde) and the rules they must
//! keep. `build.rs` includes this file, reads the files, calls [`check`] and stops the build with
//! its message when a rule is broken; the native tests call it too, with fixtures that break
//! each rule (`tests/content_rules.rs`). A message names the file and the entry.
//!
//! Rules that need the whole graph (cycles, overlapping boxes, reachability) are the model's
//! (`model::graph`'s validation); rules that need the article's text to be found in place
//! (spans occurring once, not overlapping) are checked by `tests/claims.rs`.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use serde::Deserialize;

use super::kinds::{BlockKind, ClaimKind, PriceOrigin, Relation, TokenKind, Track};
use super::price::PricePerMillion;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleFile {
    pub block: Vec<BlockIn>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockIn {
    pub id: String,
    pub kind: String,
    pub text: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PricesFile {
    pub price: Vec<PriceIn>,
    pub preset: Vec<PresetIn>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceIn {
    pub id: String,
    pub provider: String,
    pub model: String,
    pub per_million: String,
    pub tokens: String,
    pub origin: String,
    pub as_of: String,
    pub note: String,
    pub addresses: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresetIn {
    pub id: String,
    pub label: String,
    pub tokens: u64,
    pub explanation: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    pub claim: Vec<ClaimIn>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimIn {
    pub id: String,
    pub row: u32,
    pub spans: Vec<String>,
    pub kind: String,
    pub made_by: String,
    pub record: String,
    pub differs: bool,
    pub addresses: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagramFile {
    pub node: Vec<NodeIn>,
    pub edge: Vec<EdgeIn>,
    pub story: Vec<StoryIn>,
    pub counterfactual: CounterfactualIn,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeIn {
    pub id: String,
    pub label: String,
    pub track: String,
    pub explanation: String,
    pub sentences: Vec<String>,
    pub claims: Vec<String>,
    #[serde(default)]
    pub contested: Option<String>,
    pub wide: [u32; 2],
    pub narrow: [u32; 2],
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EdgeIn {
    pub from: String,
    pub to: String,
    pub relation: String,
    pub evidence: String,
    #[serde(default)]
    pub contested: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryIn {
    pub node: String,
    pub narration: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterfactualIn {
    pub remove: String,
    pub label: String,
    pub narration: String,
}

/// The four content files.
#[derive(Clone, Debug)]
pub struct Content {
    pub article: ArticleFile,
    pub prices: PricesFile,
    pub claims: ClaimsFile,
    pub diagram: DiagramFile,
}

/// A broken rule: the file, and what is wrong with which entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    pub file: &'static str,
    pub why: String,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "content error in {}:\n{}", self.file, self.why)
    }
}

const ARTICLE: &str = "content/article.toml";
const PRICES: &str = "content/prices.toml";
const CLAIMS: &str = "content/claims.toml";
const DIAGRAM: &str = "content/diagram.toml";

fn broken<T>(file: &'static str, why: String) -> Result<T, Broken> {
    Err(Broken { file, why })
}

/// Lower-case letters, digits and dashes: what an id may be (it names anchors and attributes).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

/// Adds a record's `id` to `ids`, refusing one that repeats an earlier id or is not a slug.
fn new_id<'a>(
    file: &'static str,
    what: &str,
    id: &'a str,
    ids: &mut HashSet<&'a str>,
) -> Result<(), Broken> {
    if !ids.insert(id) {
        return broken(file, format!("{what} id {id:?} is repeated"));
    }
    if !is_slug(id) {
        return broken(
            file,
            format!("{what} id {id:?} must be lower-case letters, digits and dashes"),
        );
    }
    Ok(())
}

/// Checks every file; `tokens` is the range the cost widget's slider covers (presets must fall
/// inside it). The first broken rule found is returned.
pub fn check(c: &Content, tokens: RangeInclusive<u64>) -> Result<(), Broken> {
    check_article(&c.article)?;
    check_prices(&c.prices, tokens)?;
    check_claims(&c.claims, &c.article)?;
    check_diagram(&c.diagram, &c.claims)
}

fn check_article(a: &ArticleFile) -> Result<(), Broken> {
    let mut ids = HashSet::new();
    for (i, b) in a.block.iter().enumerate() {
        let n = i + 1;
        if !ids.insert(b.id.as_str()) {
            return broken(ARTICLE, format!("block {n} repeats the id {:?}", b.id));
        }
        if !is_slug(&b.id) {
            return broken(
                ARTICLE,
                format!(
                    "block {n}: id {:?} must be lower-case letters, digits and dashes",
                    b.id
                ),
            );
        }
        if BlockKind::from_slug(&b.kind).is_none() {
            return broken(
                ARTICLE,
                format!("block {n} ({}): unknown kind {:?}", b.id, b.kind),
            );
        }
        if b.text.trim().is_empty() || b.text.contains('\n') {
            return broken(
                ARTICLE,
                format!("block {n} ({}): text must be one non-empty line", b.id),
            );
        }
        if b.kind == "attribution"
            && a.block.get(i.wrapping_sub(1)).map(|p| p.kind.as_str()) != Some("quote")
        {
            return broken(
                ARTICLE,
                format!("block {n} ({}): an attribution must follow a quote", b.id),
            );
        }
    }
    Ok(())
}

fn check_prices(p: &PricesFile, tokens: RangeInclusive<u64>) -> Result<(), Broken> {
    if p.price.first().map(|r| r.origin.as_str()) != Some("article") {
        return broken(
            PRICES,
            "the first price is the baseline and must come from the article".into(),
        );
    }
    let mut ids = HashSet::new();
    for r in &p.price {
        new_id(PRICES, "price", &r.id, &mut ids)?;
        if PricePerMillion::from_dollars(&r.per_million).is_none() {
            return broken(
                PRICES,
                format!(
                    "{}: per_million {:?} is not a positive price in dollars with at most six decimals",
                    r.id, r.per_million
                ),
            );
        }
        if PriceOrigin::from_slug(&r.origin).is_none() {
            return broken(PRICES, format!("{}: unknown origin {:?}", r.id, r.origin));
        }
        if TokenKind::from_slug(&r.tokens).is_none() {
            return broken(PRICES, format!("{}: unknown tokens {:?}", r.id, r.tokens));
        }
        if let Some(a) = r
            .addresses
            .iter()
            .find(|a| a.is_empty() || a.contains(char::is_whitespace))
        {
            return broken(PRICES, format!("{}: address {a:?} is not an address", r.id));
        }
    }
    let mut ids = HashSet::new();
    for r in &p.preset {
        new_id(PRICES, "preset", &r.id, &mut ids)?;
        if !tokens.contains(&r.tokens) {
            return broken(
                PRICES,
                format!(
                    "preset {}: {} tokens is outside the widget's range",
                    r.id, r.tokens
                ),
            );
        }
    }
    Ok(())
}

fn check_claims(c: &ClaimsFile, article: &ArticleFile) -> Result<(), Broken> {
    let mut ids = HashSet::new();
    for cl in &c.claim {
        new_id(CLAIMS, "claim", &cl.id, &mut ids)?;
        if ClaimKind::from_slug(&cl.kind).is_none() {
            return broken(CLAIMS, format!("{}: unknown kind {:?}", cl.id, cl.kind));
        }
        if cl.spans.is_empty() {
            return broken(
                CLAIMS,
                format!("{}: a claim needs at least one span", cl.id),
            );
        }
        if let Some(span) = cl.spans.iter().find(|s| span_block(article, s).is_none()) {
            return broken(
                CLAIMS,
                format!("{}: span {span:?} is not in the article", cl.id),
            );
        }
    }
    Ok(())
}

/// The id of the block whose text holds `span`, if one does.
pub fn span_block<'a>(article: &'a ArticleFile, span: &str) -> Option<&'a str> {
    article
        .block
        .iter()
        .find(|b| b.text.contains(span))
        .map(|b| b.id.as_str())
}

fn check_diagram(d: &DiagramFile, claims: &ClaimsFile) -> Result<(), Broken> {
    let mut ids = HashSet::new();
    for n in &d.node {
        new_id(DIAGRAM, "node", &n.id, &mut ids)?;
        if Track::from_slug(&n.track).is_none() {
            return broken(DIAGRAM, format!("{}: unknown track {:?}", n.id, n.track));
        }
        if let Some(c) = n
            .claims
            .iter()
            .find(|c| !claims.claim.iter().any(|cl| &cl.id == *c))
        {
            return broken(DIAGRAM, format!("{}: unknown claim {c:?}", n.id));
        }
    }
    let known = |id: &str, what: &str| {
        if ids.contains(id) {
            Ok(())
        } else {
            broken(DIAGRAM, format!("{what}: unknown node {id:?}"))
        }
    };
    for e in &d.edge {
        let edge = format!("edge {} -> {}", e.from, e.to);
        known(&e.from, &edge)?;
        known(&e.to, &edge)?;
        if Relation::from_slug(&e.relation).is_none() {
            return broken(
                DIAGRAM,
                format!("{edge}: unknown relation {:?}", e.relation),
            );
        }
    }
    for (i, s) in d.story.iter().enumerate() {
        known(&s.node, &format!("story step {}", i + 1))?;
    }
    known(&d.counterfactual.remove, "counterfactual")
}
