//! The social card: 1200 × 630, what a link to the explainer shows on social networks (its
//! `og:image`). The explainer's name, the title, and the article's three prices as bars, each
//! with its cost for one million output tokens and how many times the baseline it is.

use super::Drawn;
use super::style::token;
use super::svg::{Anchor, Run, Svg};
use super::typeface::{SLACK, Weight, text_width, wrap};
use crate::content::{NAME, TITLE};
use crate::picture::{article_figures, card};

pub fn draw() -> Drawn {
    let picture = card();
    let (w, h) = (picture.width as f64, picture.height as f64);
    let (ink, ink2, rule, accent) = (token("ink"), token("ink-2"), token("rule"), token("accent"));
    let mut svg = Svg::new(
        picture.width,
        picture.height,
        &format!("{NAME}: {TITLE}"),
        &picture.alt,
        "",
        &token("paper"),
    );
    let margin = 72.0;
    // A band of the accent colour along the top, and the explainer's name.
    svg.rect(0.0, 0.0, w, 12.0, 0.0, &accent, None);
    svg.text(
        margin,
        84.0,
        26.0,
        Weight::Bold,
        &accent,
        Anchor::Start,
        &NAME.to_uppercase(),
    );
    let mut y = 150.0;
    for line in wrap(TITLE, 54.0, Weight::Bold, (w - 2.0 * margin) / SLACK, 2) {
        svg.text(margin, y, 54.0, Weight::Bold, &ink, Anchor::Start, &line);
        y += 64.0;
    }
    svg.text(
        margin,
        y + 8.0,
        26.0,
        Weight::Regular,
        &ink2,
        Anchor::Start,
        "What one million output tokens cost, at the prices the article gives",
    );

    // The bars: a row per price, name on the left, bar, cost and ratio at its end.
    let figures = article_figures();
    let colours = [token("c-deepseek"), token("c-openai"), token("c-anthropic")];
    let label_w = figures
        .iter()
        .map(|f| text_width(&f.name, 26.0, Weight::Bold))
        .fold(0.0, f64::max)
        * SLACK
        + 20.0;
    let tail_w = 250.0;
    let bar_x = margin + label_w;
    let bar_max = w - margin - bar_x - tail_w;
    let max = figures.iter().map(|f| f.cents).max().unwrap_or(1).max(1) as f64;
    let mut row_y = y + 62.0;
    for (i, f) in figures.iter().enumerate() {
        let len = (bar_max * f.cents as f64 / max).max(6.0);
        svg.text(
            margin,
            row_y + 27.0,
            26.0,
            Weight::Bold,
            &ink,
            Anchor::Start,
            &f.name,
        );
        svg.rect(
            bar_x,
            row_y,
            len,
            36.0,
            6.0,
            &colours[i % colours.len()],
            None,
        );
        let ratio = f.ratio.as_ref().map(|r| format!("{r}×"));
        let mut runs = vec![Run::new(&f.cost, 30.0, Weight::Bold, &ink)];
        if let Some(r) = &ratio {
            runs.push(Run::new(r, 26.0, Weight::Regular, &ink2).after(14.0));
        }
        svg.runs(bar_x + len + 16.0, row_y + 28.0, Anchor::Start, &runs);
        row_y += 58.0;
    }
    svg.line(margin, h - 64.0, w - margin, h - 64.0, &rule, 2.0);
    svg.text(
        margin,
        h - 28.0,
        22.0,
        Weight::Regular,
        &ink2,
        Anchor::Start,
        "An opinion piece, made explorable: the price, the chips and the claims",
    );
    svg.text(
        w - margin,
        h - 28.0,
        22.0,
        Weight::Bold,
        &ink,
        Anchor::End,
        "Interactive",
    );
    Drawn {
        picture,
        svg: svg.finish(),
    }
}
