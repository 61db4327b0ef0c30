//! The cost widget as it starts in the article's terms: one million output tokens a month, a row
//! for each of the article's prices with its cost, its bar (the table's own lengths) and how it
//! compares with V4-Pro's, as the widget's rows say it.

use super::style::token;
use super::svg::{Anchor, Run, Svg};
use super::typeface::Weight;
use super::{Drawn, widget_canvas};
use crate::content::{PRICES, Price};
use crate::model::picture::{ARTICLE_TOKENS, cost};
use crate::model::table::{Row, baseline, table};
use crate::model::url_state::CostState;
use crate::model::words::{compare_words, money, usd};
use crate::widgets::cost::TITLE;

pub fn draw() -> Drawn {
    let picture = cost();
    let w = picture.width as f64;
    let (ink, ink2, accent) = (token("ink"), token("ink-2"), token("accent"));
    let mut svg = widget_canvas(&picture, TITLE);
    let (left, right) = (40.0, w - 40.0);
    svg.text(
        left,
        52.0,
        12.0,
        Weight::Bold,
        &accent,
        Anchor::Start,
        "INTERACTIVE · TOKEN PRICES",
    );
    svg.text(left, 80.0, 22.0, Weight::Bold, &ink, Anchor::Start, TITLE);
    svg.text(
        left,
        104.0,
        14.0,
        Weight::Regular,
        &ink2,
        Anchor::Start,
        "At one million output tokens a month, at the prices the article gives",
    );

    let state = CostState {
        tokens: ARTICLE_TOKENS,
        ..CostState::default()
    };
    let colours = [
        token("c-deepseek"),
        token("c-openai"),
        token("c-anthropic"),
        token("c-other"),
    ];
    let mut y = 134.0;
    let base = baseline(PRICES).expect("the content has a baseline price");
    for (i, row) in table(PRICES, &state).iter().enumerate() {
        let colour = &colours[i % colours.len()];
        draw_row(
            &mut svg,
            row,
            colour,
            state.period.per(),
            base,
            (left, right, y),
        );
        y += 66.0;
    }
    Drawn {
        picture,
        svg: svg.finish(),
    }
}

/// One price row, its top at `y` between `left` and `right`: the name (provider in bold, model
/// in the quieter ink), the cost right-aligned with `per`, the bar in `colour` on its track, and
/// the price with how it compares with `base`.
fn draw_row(svg: &mut Svg, row: &Row, colour: &str, per: &str, base: &Price, at: (f64, f64, f64)) {
    let (left, right, y) = at;
    let (ink, ink2) = (token("ink"), token("ink-2"));
    let provider = format!("{} ", row.provider);
    svg.runs(
        left,
        y + 16.0,
        Anchor::Start,
        &[
            Run::new(&provider, 16.0, Weight::Bold, &ink),
            Run::new(&row.model, 16.0, Weight::Regular, &ink2),
        ],
    );
    let (cost, per) = (money(row.cost), format!(" {per}"));
    svg.runs(
        right,
        y + 16.0,
        Anchor::End,
        &[
            Run::new(&cost, 20.0, Weight::Bold, &ink),
            Run::new(&per, 13.0, Weight::Regular, &ink2),
        ],
    );
    let track = right - left;
    svg.rect(left, y + 26.0, track, 10.0, 5.0, &token("surface-2"), None);
    svg.rect(
        left,
        y + 26.0,
        track * f64::from(row.bar) / 1000.0,
        10.0,
        5.0,
        colour,
        None,
    );
    let meta = format!("{} per million · ", usd(&row.price.dollars()));
    let compare = compare_words(row.price, base, row.is_baseline);
    svg.runs(
        left,
        y + 54.0,
        Anchor::Start,
        &[
            Run::new(&meta, 13.0, Weight::Regular, &ink2),
            Run::new(&compare, 13.0, Weight::Bold, &ink),
        ],
    );
}
