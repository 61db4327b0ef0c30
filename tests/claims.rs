//! The claims layer's content: all 20 rows of sources.md, every span verbatim in the article,
//! no overlaps, every address one that sources.md gives.

use explainer::content::{
    ARTICLE, CLAIM_TEXTS, CLAIMS, ClaimKind, ClaimText, PRICE_NOTES, PRICES, Span,
};
use explainer::model::claims::*;

#[test]
fn all_twenty_rows_are_present_once() {
    // (Unique ids and at least one span a claim are the build's rules: `tests/content_rules.rs`.)
    let mut rows: Vec<u32> = CLAIMS.iter().map(|c| c.row).collect();
    rows.sort();
    assert_eq!(rows, (1..=20).collect::<Vec<_>>());
}

#[test]
fn every_span_occurs_verbatim_exactly_once_in_its_block_and_in_the_article() {
    let whole: String = ARTICLE
        .iter()
        .map(|b| b.text)
        .collect::<Vec<_>>()
        .join("\n");
    for (c, text) in CLAIMS.iter().zip(CLAIM_TEXTS) {
        assert_eq!(c.marks, text.spans.len(), "{}: one mark a span", c.id);
        for s in text.spans {
            let block = ARTICLE.iter().find(|b| b.id == s.block).unwrap();
            assert_eq!(
                block.text.matches(s.text).count(),
                1,
                "{}: {:?}",
                c.id,
                s.text
            );
            assert_eq!(
                whole.matches(s.text).count(),
                1,
                "{}: {:?} occurs elsewhere too",
                c.id,
                s.text
            );
        }
    }
}

/// A span at the very start or end of a block, or right after another, leaves no empty piece of
/// plain text around it.
#[test]
fn segments_have_no_empty_text_at_the_edges() {
    static SPANS: [Span; 3] = [
        Span {
            block: "b",
            text: "One",
        },
        Span {
            block: "b",
            text: " two",
        },
        Span {
            block: "b",
            text: "end.",
        },
    ];
    let texts = [ClaimText {
        spans: &SPANS,
        made_by: "",
        record: "",
        addresses: &[],
    }];
    let segs = segments("b", "One two, the end.", &texts);
    assert_eq!(
        segs,
        [
            Segment::Claim {
                claim: 0,
                span: 0,
                text: "One"
            },
            Segment::Claim {
                claim: 0,
                span: 1,
                text: " two"
            },
            Segment::Text(", the "),
            Segment::Claim {
                claim: 0,
                span: 2,
                text: "end."
            },
        ]
    );
    assert_eq!(
        segments("other", "One two", &texts),
        [Segment::Text("One two")],
        "spans of other blocks"
    );
}

#[test]
fn spans_never_overlap_and_segments_rebuild_each_block() {
    let mut marked = 0;
    for b in ARTICLE {
        let segs = segments(b.id, b.text, CLAIM_TEXTS);
        let rebuilt: String = segs
            .iter()
            .map(|s| match s {
                Segment::Text(t) => *t,
                Segment::Claim { text, .. } => *text,
            })
            .collect();
        assert_eq!(rebuilt, b.text, "block {} rebuilt", b.id);
        marked += segs
            .iter()
            .filter(|s| matches!(s, Segment::Claim { .. }))
            .count();
    }
    let spans: usize = CLAIM_TEXTS.iter().map(|c| c.spans.len()).sum();
    assert_eq!(
        marked, spans,
        "every span is marked (none was dropped as an overlap)"
    );
}

/// sources.md, as the project received it (`tests/fixtures/seed/`; $EXPLAINER_SOURCES names
/// another copy).
fn sources_md() -> String {
    let path = std::env::var("EXPLAINER_SOURCES").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seed/sources.md"
        )
        .to_string()
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("sources.md cannot be read at {path}: {e}"))
}

#[test]
fn addresses_are_as_sources_md_gives_them() {
    for (c, text) in CLAIMS.iter().zip(CLAIM_TEXTS) {
        for a in text.addresses {
            assert!(
                !a.contains("://") || a.contains("/https://"),
                "{}: {a} carries a scheme",
                c.id
            );
            assert!(!a.contains(char::is_whitespace), "{}: {a}", c.id);
        }
    }
    // The price rows cite only addresses the claims cite.
    let all: Vec<&str> = CLAIM_TEXTS
        .iter()
        .flat_map(|c| c.addresses.iter().copied())
        .collect();
    for (p, note) in PRICES.iter().zip(PRICE_NOTES) {
        for a in note.addresses {
            assert!(
                all.contains(a),
                "price {}: {a} is not among the claims' addresses",
                p.id
            );
        }
    }
    {
        let md = sources_md();
        for a in &all {
            assert!(md.contains(a), "{a} is not in sources.md");
        }
        // And every address sources.md gives is used.
        for line in md
            .lines()
            .filter(|l| l.starts_with("| ") && l.matches('|').count() >= 7)
        {
            let found_at = line
                .trim_end_matches('|')
                .rsplit('|')
                .next()
                .unwrap()
                .trim();
            for a in found_at.split("; ") {
                let a = a
                    .trim()
                    .trim_end_matches(" (tech report PDF DeepSeek_V4.pdf there)");
                if a.is_empty()
                    || a == "—"
                    || a.starts_with("same as")
                    || a == "Found at"
                    || a.starts_with("---")
                {
                    continue;
                }
                assert!(
                    all.contains(&a),
                    "sources.md gives {a}, which no claim cites"
                );
            }
        }
    }
}

#[test]
fn where_the_record_differs_the_card_says_so() {
    let get = |id| {
        let (i, c) = find(CLAIMS, id).unwrap();
        (c, &CLAIM_TEXTS[i])
    };
    for (id, says) in [
        ("price-openai", "GPT-5.4"),
        ("price-openai", "$15"),
        ("ascend-950", "serving"),
        ("groundless", "embassy"),
    ] {
        let (claim, text) = get(id);
        assert!(claim.differs && text.record.contains(says), "{id}: {says}");
    }
    for text in CLAIM_TEXTS.iter().filter(|c| c.addresses.is_empty()) {
        assert!(!text.record.is_empty());
    }
}

#[test]
fn kinds_have_labels_and_opinions_are_marked() {
    // Exactly the kinds the claims have, in the filter's order.
    assert_eq!(
        kinds_present(CLAIMS),
        [
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
        ]
    );
    assert_eq!(kinds_present(&CLAIMS[..1]), [CLAIMS[0].kind]);
    for k in ClaimKind::ALL {
        assert!(!k.label().is_empty() && !k.slug().contains(' '));
        assert_eq!(ClaimKind::from_slug(k.slug()), Some(*k));
    }
    assert_eq!(count(CLAIMS, None), 20);
    assert_eq!(count(CLAIMS, Some(ClaimKind::PriceList)), 3);
    let opinions = find(CLAIMS, "opinions").unwrap().1;
    assert_eq!(opinions.marks, 4);
    assert_eq!(entry_id(opinions), "claim-opinions");
    assert_eq!(card_id(opinions, 0), "card-opinions-1");
}

/// Claims numbered as read: by where each first marks the text, block after block, then along
/// the block; a claim met again keeps its number; one the text never marks comes last.
#[test]
fn claims_are_numbered_in_the_order_the_text_first_marks_them() {
    use explainer::content::{Block, BlockKind};
    const A: [Span; 1] = [Span {
        block: "two",
        text: "late",
    }];
    const B: [Span; 2] = [
        Span {
            block: "one",
            text: "second",
        },
        Span {
            block: "two",
            text: "again",
        },
    ];
    const C: [Span; 1] = [Span {
        block: "one",
        text: "first",
    }];
    const D: [Span; 0] = [];
    let claim = |spans: &'static [Span]| ClaimText {
        spans,
        made_by: "",
        record: "",
        addresses: &[],
    };
    let texts = [claim(&A), claim(&B), claim(&C), claim(&D)];
    let article = [
        Block {
            id: "one",
            kind: BlockKind::Paragraph,
            text: "The first, then the second.",
        },
        Block {
            id: "two",
            kind: BlockKind::Paragraph,
            text: "Said again, and late.",
        },
    ];
    assert_eq!(reading_order(&article, &texts), [2, 1, 0, 3]);
    assert_eq!(reading_numbers(&article, &texts), [3, 2, 1, 4]);
}

/// The article's numbers: 1 to 20, each once, and the article's first claim is number 1.
#[test]
fn the_articles_claims_read_one_to_twenty() {
    let numbers = reading_numbers(ARTICLE, CLAIM_TEXTS);
    let mut sorted = numbers.clone();
    sorted.sort();
    assert_eq!(sorted, (1..=20).collect::<Vec<_>>());
    let order: Vec<&str> = reading_order(ARTICLE, CLAIM_TEXTS)
        .into_iter()
        .map(|i| CLAIMS[i].id)
        .collect();
    assert_eq!(order[0], "v4-preview");
    assert_eq!(order.len(), 20);
}
