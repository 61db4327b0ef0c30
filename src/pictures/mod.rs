//! The pictures the build draws for places where no script runs (see [`crate::model::picture`] for
//! what each shows and its text alternative): SVG written here from the same content and model
//! the page uses, with the page's own colours (`style/tokens.css`) and, for the diagram, the
//! page's own figure and style sheet; PNG rasterized natively by resvg in the fonts shipped in
//! `assets/fonts/`. Native only: no browser and no network in the build.
//!
//! - `card.rs`: the social card (`og:image`);
//! - `cost.rs`, `diagram.rs`, `sources.rs`: each widget as it starts;
//! - `svg.rs`: writing SVG; `typeface.rs`: measuring and wrapping text; `style.rs`: the page's
//!   colours and the diagram's rules, for SVG; `raster.rs`: SVG to PNG.

mod card;
mod cost;
mod diagram;
mod raster;
mod sources;
mod style;
mod svg;
mod typeface;

pub use raster::png;
pub use typeface::{Weight, missing_glyphs, text_width};

use crate::model::picture::Picture;

/// A widget's picture begun: the paper, and on it the widget's card (the page's surface, ruled
/// and rounded), as the widget sits on the page.
fn widget_canvas(picture: &Picture, title: &str) -> svg::Svg {
    let (w, h) = (picture.width as f64, picture.height as f64);
    let mut svg = svg::Svg::new(
        picture.width,
        picture.height,
        title,
        &picture.alt,
        "",
        &style::token("paper"),
    );
    svg.rect(
        16.0,
        16.0,
        w - 32.0,
        h - 32.0,
        10.0,
        &style::token("surface"),
        Some((&style::token("rule"), 1.0)),
    );
    svg
}

/// A picture drawn: what it is, and its SVG.
pub struct Drawn {
    pub picture: Picture,
    pub svg: String,
}

/// Every picture, drawn: the social card, then each widget's.
pub fn draw_all() -> Vec<Drawn> {
    vec![card::draw(), cost::draw(), diagram::draw(), sources::draw()]
}

/// The words a picture shows, as a person reads them: the text of its `<text>` and `<tspan>`
/// elements, each element's on a line of its own, entities decoded.
pub fn shown_text(svg: &str) -> Vec<String> {
    let mut shown = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text") {
        rest = &rest[i..];
        let Some(end) = rest.find("</text>") else {
            break;
        };
        let element = &rest[..end];
        // Drop the tags inside (tspans), keep their text; tspans are lines of their own.
        let mut text = String::new();
        let mut inside = false;
        for c in element.chars() {
            match c {
                '<' => {
                    inside = true;
                    if !text.is_empty() && !text.ends_with(' ') {
                        text.push(' ');
                    }
                }
                '>' => inside = false,
                c if !inside => text.push(c),
                _ => {}
            }
        }
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        shown.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
        rest = &rest[end + 7..];
    }
    shown
}
