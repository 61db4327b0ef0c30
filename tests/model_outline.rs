//! The article's outline: every block once, in order, grouped into sections.
#![cfg(feature = "ssr")]

use explainer::content::{ARTICLE, Block, BlockKind};
use explainer::model::outline::{Item, outline};
use explainer::pages::article::{COST_AFTER, DIAGRAM_AFTER};

#[test]
fn the_outline_keeps_every_block_once_in_order() {
    let o = outline(ARTICLE);
    let shown: Vec<&str> = o.blocks().iter().map(|b| b.id).collect();
    let all: Vec<&str> = ARTICLE.iter().map(|b| b.id).collect();
    assert_eq!(shown, all);
}

#[test]
fn the_outline_has_a_standfirst_and_four_sections() {
    let o = outline(ARTICLE);
    assert_eq!(o.standfirst.len(), 1);
    let headings: Vec<&str> = o.sections.iter().map(|s| s.heading.unwrap().text).collect();
    assert_eq!(
        headings,
        [
            "The model that is making Silicon Valley sweat again",
            "The chip story is the real story nobody is telling",
            "The distillation accusation deserves a real answer",
            "What the open source bet actually means for everyone",
        ]
    );
}

#[test]
fn the_pull_quote_carries_its_attribution() {
    let o = outline(ARTICLE);
    let quotes: Vec<_> = o
        .sections
        .iter()
        .flat_map(|s| s.items.iter())
        .filter_map(|i| match i {
            Item::Quote { quote, attribution } => Some((quote.id, attribution.map(|a| a.text))),
            _ => None,
        })
        .collect();
    assert_eq!(
        quotes,
        [(
            "sun-quote",
            Some("— Wei Sun, Principal Analyst, Counterpoint Research")
        )]
    );
}

#[test]
fn widget_places_name_blocks_that_end_an_item() {
    let o = outline(ARTICLE);
    let ends: Vec<&str> = o
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.last_block_id()))
        .collect();
    assert!(ends.contains(&COST_AFTER));
    assert!(ends.contains(&DIAGRAM_AFTER));
    // The cost widget sits in the first section (the pricing paragraph), the diagram in the chip story.
    let section_of = |id: &str| {
        o.sections
            .iter()
            .position(|s| s.items.iter().any(|i| i.last_block_id() == id))
    };
    assert_eq!(section_of(COST_AFTER), Some(0));
    assert_eq!(section_of(DIAGRAM_AFTER), Some(1));
}

/// A standfirst that comes after a heading is shown as a paragraph of that section, not moved up
/// to the article's standfirst; an attribution with no quote before it is a paragraph too.
#[test]
fn a_late_standfirst_or_a_lone_attribution_stays_where_it_is() {
    static BLOCKS: [Block; 4] = [
        Block {
            id: "s",
            kind: BlockKind::Standfirst,
            text: "A question?",
        },
        Block {
            id: "h",
            kind: BlockKind::Heading,
            text: "A section",
        },
        Block {
            id: "late",
            kind: BlockKind::Standfirst,
            text: "Another question?",
        },
        Block {
            id: "lone",
            kind: BlockKind::Attribution,
            text: "Someone",
        },
    ];
    let o = outline(&BLOCKS);
    assert_eq!(o.standfirst.iter().map(|b| b.id).collect::<Vec<_>>(), ["s"]);
    assert_eq!(o.sections.len(), 1);
    let ids: Vec<&str> = o.sections[0]
        .items
        .iter()
        .map(|i| i.last_block_id())
        .collect();
    assert_eq!(ids, ["late", "lone"]);
    assert!(
        o.sections[0]
            .items
            .iter()
            .all(|i| matches!(i, Item::Paragraph(_)))
    );
}
