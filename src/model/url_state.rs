//! The explainer's state in its address: reading the query string and fragment on load, and
//! writing the reader's choices back.
//!
//! Parameters (all optional; anything unknown, malformed or hostile is ignored or clamped):
//! - `tokens=N`: output tokens a month, a whole number, clamped to 1 thousand … 10 billion;
//! - `period=year`: costs per year instead of per month;
//! - `extra=1`: show the extra price rows from public price lists;
//! - `custom=P&custom_name=NAME`: the reader's own row, P dollars per million tokens;
//! - `widget=cost|diagram|sources`, `theme=light|dark|auto`, `embed=1`: presentation, read by
//!   `boot.js` before the first paint (and left alone here, but kept when the address is written);
//! - `childId=ID`: the id a Pym.js parent gives its child frame;
//! - `#claim-ID`: open that claim's card.

use super::amount::{TOKENS_DEFAULT, clamp, parse_tokens};
use super::cost::{Period, PricePerMillion, clean_name, parse_price};

/// Longest query string read; the rest is ignored.
const MAX_QUERY: usize = 4096;
/// Most parameters read.
const MAX_PAIRS: usize = 64;

/// One widget shown alone (on a page of its own, `cost.html`, or as `?widget=cost` on the
/// whole page, which sends the reader there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    Cost,
    Diagram,
    Sources,
}

impl Widget {
    /// The widget's name in the address (`?widget=`) and in `embed.js`'s markup.
    pub fn param(self) -> &'static str {
        match self {
            Widget::Cost => "cost",
            Widget::Diagram => "diagram",
            Widget::Sources => "sources",
        }
    }
    /// The page that shows the widget alone, beside the whole explainer's `index.html`.
    pub fn page(self) -> &'static str {
        match self {
            Widget::Cost => "cost.html",
            Widget::Diagram => "diagram.html",
            Widget::Sources => "sources.html",
        }
    }
    /// Every widget.
    pub const ALL: [Widget; 3] = [Widget::Cost, Widget::Diagram, Widget::Sources];
}

/// The reader's own price row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomRow {
    pub name: String,
    pub price: PricePerMillion,
}

/// The name a custom row gets when the address gives a price but no name.
pub const CUSTOM_DEFAULT_NAME: &str = "Your model";

/// What the address says to the page as a whole: the id a Pym.js parent gave the frame, and the
/// claim a `#claim-…` fragment names. Every module reads it; each widget reads its own part of
/// the query itself (the cost widget: [`CostAddress`]), so a module without the cost widget
/// carries none of the amount and price parsing.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PageAddress {
    pub child_id: Option<String>,
    pub claim: Option<String>,
}

impl PageAddress {
    /// Reads a query string (with or without its `?`) and a fragment (with or without `#`).
    /// Never fails: what cannot be read is left out.
    pub fn parse(query: &str, fragment: &str) -> PageAddress {
        let mut page = PageAddress::default();
        for (key, value) in pairs(query) {
            if key == "childId" {
                page.child_id = safe_id(&value).or(page.child_id.take());
            }
        }
        page.claim = claim_in_fragment(fragment);
        page
    }
}

/// The claim a fragment (with or without `#`) names, `#claim-<id>`, if its id is well formed.
pub fn claim_in_fragment(fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix("claim-")
        .and_then(|id| safe_id(&decode(id)))
}

/// What the address says to the cost widget: the amount, the period, the extra rows and the
/// reader's own row, each as given (`None` or the default where it is absent or unreadable).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CostAddress {
    pub tokens: Option<u64>,
    pub period: Period,
    pub extra: bool,
    pub custom: Option<CustomRow>,
}

impl CostAddress {
    /// Reads a query string (with or without its `?`). Never fails: what cannot be read is left
    /// at its default.
    pub fn parse(query: &str) -> CostAddress {
        let mut st = CostAddress::default();
        let mut custom_price = None;
        let mut custom_name = None;
        for (key, value) in pairs(query) {
            match key.as_str() {
                "tokens" => st.tokens = read_tokens(&value).or(st.tokens),
                "period" => match value.as_str() {
                    "year" => st.period = Period::Year,
                    "month" => st.period = Period::Month,
                    _ => {}
                },
                "extra" => st.extra = value == "1",
                "custom" => custom_price = parse_price(&value).ok().or(custom_price),
                "custom_name" => custom_name = Some(clean_name(&value)),
                _ => {}
            }
        }
        if let Some(price) = custom_price {
            let name = custom_name
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| CUSTOM_DEFAULT_NAME.to_string());
            st.custom = Some(CustomRow { name, price });
        }
        st
    }

    /// The widget's state the address sets (the default amount where it gives none).
    pub fn state(self) -> CostState {
        CostState {
            tokens: self.tokens.unwrap_or(TOKENS_DEFAULT),
            period: self.period,
            extra: self.extra,
            custom: self.custom,
        }
    }
}

/// The cost widget's part of the state, as the reader sets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostState {
    pub tokens: u64,
    pub period: Period,
    pub extra: bool,
    pub custom: Option<CustomRow>,
}

impl Default for CostState {
    fn default() -> Self {
        CostState {
            tokens: TOKENS_DEFAULT,
            period: Period::Month,
            extra: false,
            custom: None,
        }
    }
}

/// The keys the cost widget owns in the query string.
const COST_KEYS: [&str; 5] = ["tokens", "period", "extra", "custom", "custom_name"];

/// The query string (without `?`) for `state`, keeping every parameter of `existing` that the
/// cost widget does not own (a host's `childId`, `widget`, `theme` …) as it was written.
pub fn write_query(existing: &str, state: &CostState) -> String {
    let existing = existing.strip_prefix('?').unwrap_or(existing);
    let mut out: Vec<String> = existing
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = decode(p.split('=').next().unwrap_or(""));
            !COST_KEYS.contains(&key.as_str())
        })
        .take(MAX_PAIRS)
        .map(str::to_string)
        .collect();
    out.push(format!("tokens={}", state.tokens));
    if state.period == Period::Year {
        out.push("period=year".into());
    }
    if state.extra {
        out.push("extra=1".into());
    }
    if let Some(c) = &state.custom {
        out.push(format!("custom={}", c.price.dollars()));
        out.push(format!("custom_name={}", encode(&c.name)));
    }
    out.join("&")
}

/// Reads `tokens=`: a whole number (clamped to the range), or failing that any form a person
/// could type ("2.5M"); anything else is ignored.
fn read_tokens(value: &str) -> Option<u64> {
    let v = value.trim();
    if !v.is_empty() && v.len() <= 64 && v.bytes().all(|c| c.is_ascii_digit()) {
        // Too many digits for u64 is simply "very large": clamp to the top.
        return Some(clamp(v.parse::<u64>().unwrap_or(u64::MAX)));
    }
    parse_tokens(v).ok()
}

/// An id as hosts and fragments may give it: letters, digits, `-` and `_`, at most 64.
fn safe_id(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
    ok.then(|| s.to_string())
}

/// The decoded key-value pairs of a query string, capped in length and count.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    let q = query.strip_prefix('?').unwrap_or(query);
    let q = match q.char_indices().nth(MAX_QUERY) {
        Some((i, _)) => &q[..i],
        None => q,
    };
    q.split('&')
        .filter(|p| !p.is_empty())
        .take(MAX_PAIRS)
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Percent-decoding as forms do it (`+` is a space); bad escapes are kept as written, and bytes
/// that are not UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() && hex(b[i + 1]).is_some() && hex(b[i + 2]).is_some() => {
                out.push(hex(b[i + 1]).unwrap() * 16 + hex(b[i + 2]).unwrap());
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encoding for a query value: everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~') {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}
