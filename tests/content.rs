//! The article content: all 21 blocks, word for word and in order, as the seed text has them.

use explainer::content::{ARTICLE, BlockKind};
use sha2::{Digest, Sha256};

/// SHA-256 of the seed text, `tests/fixtures/seed/000_edf001fd657785c7.txt` (UTF-8, one block a
/// line, a final newline). The article must rebuild it byte for byte: a changed word fails this test.
const SEED_SHA256: &str = "59561135f279b431f9be3db4f529eec0b7e287fd124a33d71a1cff9080da5227";

fn rebuilt_seed() -> String {
    let mut text = ARTICLE
        .iter()
        .map(|b| b.text)
        .collect::<Vec<_>>()
        .join("\n");
    text.push('\n');
    text
}

#[test]
fn the_article_has_the_21_blocks_of_the_seed_text_byte_for_byte() {
    assert_eq!(ARTICLE.len(), 21);
    let digest = Sha256::digest(rebuilt_seed().as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        hex, SEED_SHA256,
        "the article's text differs from the seed text"
    );
}

/// The seed file itself (`tests/fixtures/seed/`, as the project received it; $EXPLAINER_SEED
/// names another copy), block by block, so a difference is named rather than only detected.
#[test]
fn the_article_matches_the_seed_file_line_by_line() {
    let path = std::env::var("EXPLAINER_SEED").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seed/000_edf001fd657785c7.txt"
        )
        .to_string()
    });
    let seed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the seed text cannot be read at {path}: {e}"));
    let digest = Sha256::digest(seed.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, SEED_SHA256, "{path} is not the seed text");
    let lines: Vec<&str> = seed.lines().collect();
    assert_eq!(lines.len(), ARTICLE.len());
    for (i, (line, block)) in lines.iter().zip(ARTICLE).enumerate() {
        assert_eq!(
            *line,
            block.text,
            "block {} ({}) differs from line {}",
            i + 1,
            block.id,
            i + 1
        );
    }
}

#[test]
fn block_kinds_follow_the_seed_layout() {
    // Line 1 the standfirst, lines 2, 6, 12 and 16 headings, 9 the pull quote, 10 its attribution.
    for (i, b) in ARTICLE.iter().enumerate() {
        let line = i + 1;
        let expected = match line {
            1 => BlockKind::Standfirst,
            2 | 6 | 12 | 16 => BlockKind::Heading,
            9 => BlockKind::Quote,
            10 => BlockKind::Attribution,
            _ => BlockKind::Paragraph,
        };
        assert_eq!(b.kind, expected, "line {line} ({})", b.id);
    }
}

/// The sections' anchors are addresses readers and hosts link to (`#the-chip-story`): renaming
/// one breaks their links, so they are written out here. (Unique slugs are the build's check.)
#[test]
fn the_section_anchors_stay_as_published() {
    let headings: Vec<&str> = ARTICLE
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.id)
        .collect();
    assert_eq!(
        headings,
        [
            "the-model",
            "the-chip-story",
            "the-distillation-accusation",
            "the-open-source-bet"
        ]
    );
}
