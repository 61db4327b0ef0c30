//! The social card: 1200 × 630, what a link to the explainer shows on social networks (its
//! `og:image`). The explainer's name, the title, and the article's three prices as bars, each
//! with its cost for one million output tokens and how many times the baseline it is.

use super::Drawn;
use super::style::token;
use super::svg::{Anchor, Run, Svg};
use super::typeface::{SLACK, Weight, text_width, wrap};
use crate::content::{NAME, TITLE};
use crate::model::picture::{article_figures, card};

pub fn draw() -> Drawn {
    let picture = card();
    let mut svg = Svg::new(
        picture.width,
        picture.height,
        &format!("{NAME}: {TITLE}"),
        &picture.alt,
        "",
        &token("paper"),
    );
    let (w, h) = (picture.width as f64, picture.height as f64);
    let margin = 72.0;
    let y = draw_head(&mut svg, w, margin);
    draw_bars(&mut svg, w, margin, y + 62.0);
    draw_foot(&mut svg, (w, h), margin);
    Drawn {
        picture,
        svg: svg.finish(),
    }
}

/// The accent band, the explainer's name, the title and what the bars show; returns where the
/// last line stands.
fn draw_head(svg: &mut Svg, w: f64, margin: f64) -> f64 {
    let (ink, ink2, accent) = (token("ink"), token("ink-2"), token("accent"));
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

    y
}

/// A bar per price of the article's, from `top`: the name on the left, the bar, the cost and
/// the ratio at its end.
fn draw_bars(svg: &mut Svg, w: f64, margin: f64, top: f64) {
    let (ink, ink2) = (token("ink"), token("ink-2"));
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
    let mut row_y = top;
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
}

/// The rule and the foot line along the bottom.
fn draw_foot(svg: &mut Svg, (w, h): (f64, f64), margin: f64) {
    let (ink, ink2, rule) = (token("ink"), token("ink-2"), token("rule"));
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
}
