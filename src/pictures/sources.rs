//! The sources index as it starts: its heading and its first entries, each with the number the
//! article's buttons carry, the article's words it marks, what kind of claim it is, who makes it
//! and whether the record differs.

use super::style::token;
use super::svg::{Anchor, Run, Svg};
use super::typeface::{SLACK, Weight, text_width, wrap};
use super::{Drawn, widget_canvas};
use crate::content::{ARTICLE, CLAIM_TEXTS, CLAIMS};
use crate::model::claims::reading_order;
use crate::model::picture::{SOURCES_SHOWN, sources};
use crate::widgets::claim_number;
use crate::widgets::sources::TITLE;

pub fn draw() -> Drawn {
    let picture = sources();
    let w = picture.width as f64;
    let (ink, ink2) = (token("ink"), token("ink-2"));
    let mut svg = widget_canvas(&picture, TITLE);
    let (left, right) = (40.0, w - 40.0);
    svg.text(left, 60.0, 22.0, Weight::Bold, &ink, Anchor::Start, TITLE);
    let intro = format!(
        "{} claims in the article: who makes each, and what the public record shows",
        CLAIMS.len()
    );
    svg.text(
        left,
        84.0,
        14.0,
        Weight::Regular,
        &ink2,
        Anchor::Start,
        &intro,
    );
    let mut y = 104.0;
    // The index's first entries, in its order: the order the article first marks each claim.
    for i in reading_order(ARTICLE, CLAIM_TEXTS)
        .into_iter()
        .take(SOURCES_SHOWN)
    {
        draw_entry(&mut svg, i, (left, right, y));
        y += 80.0;
    }
    Drawn {
        picture,
        svg: svg.finish(),
    }
}

/// Claim `i`'s entry, its rule at `y` between `left` and `right`: its number, the article's words
/// it marks (two lines at most), then its kind, who makes it (cut to the room left) and whether
/// the record differs.
fn draw_entry(svg: &mut Svg, i: usize, at: (f64, f64, f64)) {
    let (left, right, y) = at;
    let (ink, ink2, accent, rule) = (token("ink"), token("ink-2"), token("accent"), token("rule"));
    let text_x = left + 34.0;
    let (claim, text) = (&CLAIMS[i], &CLAIM_TEXTS[i]);
    svg.line(left, y, right, y, &rule, 1.0);
    svg.text(
        left,
        y + 25.0,
        15.0,
        Weight::Bold,
        &accent,
        Anchor::Start,
        &claim_number(i).to_string(),
    );
    let quote = format!(
        "“{}”",
        text.spans
            .iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
            .join(" … ")
    );
    let lines = wrap(&quote, 15.0, Weight::Regular, (right - text_x) / SLACK, 2);
    for (k, line) in lines.iter().enumerate() {
        svg.text(
            text_x,
            y + 25.0 + 20.0 * k as f64,
            15.0,
            Weight::Regular,
            &ink,
            Anchor::Start,
            line,
        );
    }
    // Kind, then who makes it (cut to the room left), then whether the record differs.
    let kind = claim.kind.label();
    let meta_y = y + 25.0 + 20.0 * lines.len() as f64 + 4.0;
    let differs = if claim.differs {
        " · Record differs"
    } else {
        ""
    };
    let room = right
        - text_x
        - text_width(kind, 12.5, Weight::Bold)
        - text_width(differs, 12.5, Weight::Bold)
        - text_width(" · ", 12.5, Weight::Regular);
    let by = wrap(text.made_by, 12.5, Weight::Regular, room / SLACK, 1)
        .into_iter()
        .next()
        .unwrap_or_default();
    let by = format!(" · {by}");
    let warn = token("warn");
    let mut runs = vec![
        Run::new(kind, 12.5, Weight::Bold, &ink),
        Run::new(&by, 12.5, Weight::Regular, &ink2),
    ];
    if claim.differs {
        runs.push(Run::new(differs, 12.5, Weight::Bold, &warn));
    }
    svg.runs(text_x, meta_y, Anchor::Start, &runs);
}
