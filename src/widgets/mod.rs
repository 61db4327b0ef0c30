//! The three widgets, one folder each, and what they share. Views only: what they show is
//! computed in `model`. Each widget's islands are compiled into the WebAssembly only when its
//! feature is on (`cost`, `diagram`, `sources`); the prerender step has them all.

pub mod bind;
pub mod controls;
#[cfg(feature = "cost")]
pub mod cost;
#[cfg(feature = "diagram")]
pub mod diagram;
pub mod embed_panel;
pub mod page;
#[cfg(feature = "sources")]
pub mod sources;

/// The style rules a widget's sheet needs that come from the content, by the sheet's name
/// (`cost`, `diagram`): where the slider's ticks stand, which pane a diagram selection shows.
/// The build step appends them to the sheet, since the page's CSP allows no inline style.
#[cfg(feature = "ssr")]
pub fn sheet_rules(sheet: &str) -> Option<String> {
    match sheet {
        "cost" => Some(cost::tick_rules()),
        "diagram" => Some(diagram::pane_rules()),
        _ => None,
    }
}

/// Claim `claim`'s number (an index into `CLAIMS`) as readers see it: its place in the order the
/// article first marks each claim ([`crate::model::claims::reading_numbers`]). Used by what is
/// rendered at build time only (the text's buttons, the cards, the index, the diagram's claim
/// links, the pictures), so the article's words it reads never reach a module.
pub fn claim_number(claim: usize) -> u32 {
    use crate::content::{ARTICLE, CLAIM_TEXTS};
    static NUMBERS: std::sync::LazyLock<Vec<u32>> =
        std::sync::LazyLock::new(|| crate::model::claims::reading_numbers(ARTICLE, CLAIM_TEXTS));
    NUMBERS[claim]
}
