//! The explainer's pictures for places where no script runs (social networks, newsletters,
//! feeds, AMP): what each one is called, how big it is and what it shows, in words. The build
//! step draws them (`crate::pictures`, native only); the Embed panel gives hosts the snippet that
//! shows them (`crate::model::embedding::picture_snippet`). Both read these, so the snippet's size
//! and text alternative are the picture's.
//!
//! Each picture shows its widget as it starts, at the article's figures: the cost widget at one
//! million output tokens, the diagram in its "Both" view, the first entries of the sources index.

/// One picture: its file names (`<stem>.svg`, `<stem>.png`), its size in CSS pixels, how many
/// PNG pixels each of those takes, and its text alternative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub stem: &'static str,
    pub width: u32,
    pub height: u32,
    /// PNG pixels per CSS pixel: 2 for the widgets (sharp on phones), 1 for the social card.
    pub scale: u32,
    pub alt: String,
}

/// One million output tokens: the amount the article prices.
pub const ARTICLE_TOKENS: u64 = 1_000_000;

/// One of the article's prices, as the pictures draw and describe it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// "OpenAI GPT-5.5".
    pub name: String,
    /// The cost of one million output tokens, as the page writes it: "$30.00".
    pub cost: String,
    /// The same, in cents (the bars' lengths).
    pub cents: u128,
    /// How many times the baseline's (the first price's) it is: "8.6"; `None` for the baseline.
    pub ratio: Option<String>,
}

/// The article's prices, each with its cost for one million output tokens and its ratio to the
/// first.
#[cfg(feature = "cost")]
pub fn article_figures() -> Vec<Figure> {
    use crate::content::PRICES;
    use crate::model::cost::ratio;
    use crate::model::table::article_costs;
    let costs = article_costs(PRICES, ARTICLE_TOKENS);
    let Some(base) = costs.first().map(|(p, _)| p.per_million) else {
        return Vec::new();
    };
    costs
        .iter()
        .enumerate()
        .map(|(i, (p, cost))| Figure {
            name: format!("{} {}", p.provider, p.model),
            cost: crate::model::words::money(*cost),
            cents: cost.cents(),
            ratio: (i > 0).then(|| ratio(p.per_million, base)),
        })
        .collect()
}

/// The figures in words: "DeepSeek V4-Pro $3.48; OpenAI GPT-5.5 $30.00, 8.6 times as much; …".
#[cfg(feature = "cost")]
fn figures_in_words() -> String {
    article_figures()
        .into_iter()
        .map(|f| match f.ratio {
            Some(r) => format!("{} {}, {r} times as much", f.name, f.cost),
            None => format!("{} {}", f.name, f.cost),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The social card (`og:image`), 1200 × 630: the title, the three prices as bars with their
/// ratios, and the explainer's name. The whole explainer's picture for hosts, too.
#[cfg(feature = "cost")]
pub fn card() -> Picture {
    Picture {
        stem: "card",
        width: 1200,
        height: 630,
        scale: 1,
        alt: format!(
            "{}, an interactive explainer. Bars compare what one million output tokens cost: {}.",
            crate::content::TITLE,
            figures_in_words()
        ),
    }
}

/// The cost widget at one million output tokens: a row and a bar for each of the article's prices.
#[cfg(feature = "cost")]
pub fn cost() -> Picture {
    Picture {
        stem: "cost",
        width: 640,
        height: 360,
        scale: 2,
        alt: format!(
            "What one million output tokens cost, at the prices the article gives: {}.",
            figures_in_words()
        ),
    }
}

/// Room around the diagram's figure in its picture: the margin, the heading above, the legend
/// below.
pub const DIAGRAM_MARGIN: u32 = 24;
pub const DIAGRAM_HEAD: u32 = 92;
pub const DIAGRAM_LEGEND: u32 = 84;

/// The diagram in its "Both" view, wide arrangement, with its legend.
#[cfg(feature = "diagram")]
pub fn diagram() -> Picture {
    use crate::content::{EDGES, NODES, Track};
    use crate::model::geometry::{Arrangement, layout};
    let figure = layout(NODES, EDGES, Arrangement::Wide);
    let labels = |track: Track| {
        NODES
            .iter()
            .filter(|n| n.track == track)
            .map(|n| n.label)
            .collect::<Vec<_>>()
            .join(", ")
    };
    Picture {
        stem: "diagram",
        width: figure.width + 2 * DIAGRAM_MARGIN,
        height: figure.height + DIAGRAM_HEAD + DIAGRAM_LEGEND + DIAGRAM_MARGIN,
        scale: 2,
        alt: format!(
            "Cause-and-effect diagram of the export-control argument, {} boxes joined by arrows. The policy's theory: {}. What the article says happened: {}.",
            NODES.len(),
            labels(Track::Intended),
            labels(Track::Happened)
        ),
    }
}

/// How many of the sources index's entries the picture shows.
pub const SOURCES_SHOWN: usize = 4;

/// The sources index's first entries: number, kind, who makes the claim, and its words.
#[cfg(feature = "sources")]
pub fn sources() -> Picture {
    use crate::content::CLAIMS;
    let shown = SOURCES_SHOWN.min(CLAIMS.len());
    Picture {
        stem: "sources",
        width: 640,
        height: 440,
        scale: 2,
        alt: format!(
            "The first {shown} of the {} claims in the article's sources index, each numbered, with the article's words, what kind of claim it is and who makes it.",
            CLAIMS.len()
        ),
    }
}
