//! The article's outline: its flat list of blocks grouped into what a page shows, the standfirst,
//! then sections that each open with a heading and hold paragraphs and pull quotes.

use crate::content::{Block, BlockKind};

/// A piece of a section's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Paragraph(&'static Block),
    /// A pull quote with the attribution that follows it, if any.
    Quote {
        quote: &'static Block,
        attribution: Option<&'static Block>,
    },
}

impl Item {
    /// The id of the last block this item shows (a widget placed "after" a block goes after it).
    pub fn last_block_id(&self) -> &'static str {
        match self {
            Item::Paragraph(b) => b.id,
            Item::Quote { quote, attribution } => attribution.unwrap_or(quote).id,
        }
    }
}

/// A section: its heading (none for text before the first heading) and its items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: Option<&'static Block>,
    pub items: Vec<Item>,
}

/// The whole article as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outline {
    pub standfirst: Vec<&'static Block>,
    pub sections: Vec<Section>,
}

/// Groups `blocks` into standfirst and sections. Every block appears exactly once, in order.
pub fn outline(blocks: &'static [Block]) -> Outline {
    let mut standfirst = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        match b.kind {
            BlockKind::Standfirst if sections.is_empty() => standfirst.push(b),
            BlockKind::Heading => sections.push(Section {
                heading: Some(b),
                items: Vec::new(),
            }),
            BlockKind::Quote => {
                let attribution = blocks
                    .get(i + 1)
                    .filter(|n| n.kind == BlockKind::Attribution);
                if attribution.is_some() {
                    i += 1;
                }
                current(&mut sections).items.push(Item::Quote {
                    quote: b,
                    attribution,
                });
            }
            // A standfirst after a heading, or an attribution with no quote before it, is shown
            // as a paragraph rather than lost.
            BlockKind::Standfirst | BlockKind::Paragraph | BlockKind::Attribution => {
                current(&mut sections).items.push(Item::Paragraph(b))
            }
        }
        i += 1;
    }
    Outline {
        standfirst,
        sections,
    }
}

fn current(sections: &mut Vec<Section>) -> &mut Section {
    if sections.is_empty() {
        sections.push(Section {
            heading: None,
            items: Vec::new(),
        });
    }
    sections.last_mut().expect("just ensured")
}

impl Outline {
    /// The blocks in the order the page shows them (for checking that nothing is lost).
    pub fn blocks(&self) -> Vec<&'static Block> {
        let mut out = self.standfirst.clone();
        for s in &self.sections {
            out.extend(s.heading);
            for item in &s.items {
                match item {
                    Item::Paragraph(b) => out.push(b),
                    Item::Quote { quote, attribution } => {
                        out.push(quote);
                        out.extend(*attribution);
                    }
                }
            }
        }
        out
    }
}
