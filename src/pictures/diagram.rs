//! The diagram in its "Both" view, as the page draws it: the page's own figure
//! (`widgets::diagram::figure_markup`, the wide arrangement at rest) with the page's own rules
//! for it (`style/diagram.css`), under the widget's heading and above its legend.

use super::Drawn;
use super::style::{diagram_rules, token};
use super::svg::{Anchor, Svg, num};
use super::typeface::{FAMILY, Weight, text_width};
use crate::content::{EDGES, NODES, Relation, Track};
use crate::model::geometry::{Arrangement, layout};
use crate::model::picture::{DIAGRAM_HEAD, DIAGRAM_MARGIN, diagram};
use crate::widgets::diagram::{TITLE, figure_markup};

pub fn draw() -> Drawn {
    let picture = diagram();
    let figure = layout(NODES, EDGES, Arrangement::Wide);
    let style = format!("{}.node-label{{font-family:{FAMILY}}}", diagram_rules());
    let mut svg = Svg::new(
        picture.width,
        picture.height,
        TITLE,
        &picture.alt,
        &style,
        &token("paper"),
    );
    let left = f64::from(DIAGRAM_MARGIN);
    draw_head(&mut svg, left);
    // The page's figure, placed below the heading at its own size.
    // Leptos marks where a list of views ends with `<!>`, which is HTML, not XML: dropped.
    let markup = figure_markup(Arrangement::Wide).replace("<!>", "");
    let placed = markup.replacen(
        "<svg ",
        &format!(
            "<svg x=\"{DIAGRAM_MARGIN}\" y=\"{DIAGRAM_HEAD}\" width=\"{}\" height=\"{}\" ",
            figure.width, figure.height
        ),
        1,
    );
    svg.raw(&placed);

    let top = f64::from(DIAGRAM_HEAD + figure.height) + 34.0;
    draw_legend(
        &mut svg,
        left,
        f64::from(picture.width - DIAGRAM_MARGIN),
        top,
    );
    Drawn {
        picture,
        svg: svg.finish(),
    }
}

/// The widget's heading: the kicker, the title and the lede.
fn draw_head(svg: &mut Svg, left: f64) {
    let (ink, ink2, accent) = (token("ink"), token("ink-2"), token("accent"));
    svg.text(
        left,
        30.0,
        12.0,
        Weight::Bold,
        &accent,
        Anchor::Start,
        "INTERACTIVE · THE CHIP STORY",
    );
    svg.text(left, 56.0, 20.0, Weight::Bold, &ink, Anchor::Start, TITLE);
    let lede = "The theory behind US export controls, beside what the article says happened";
    svg.text(
        left,
        78.0,
        14.0,
        Weight::Regular,
        &ink2,
        Anchor::Start,
        lede,
    );
}

/// The legend from `top`, between `left` and `right`, drawn with the figure's own classes: a
/// line per relation, a box per track, wrapping when a row is full.
fn draw_legend(svg: &mut Svg, left: f64, right: f64, top: f64) {
    let ink2 = token("ink-2");
    let mut x = left;
    let mut y = top;
    let mut item = |svg: &mut Svg, sample: String, sample_w: f64, label: &str| {
        let w = sample_w + 8.0 + text_width(label, 13.0, Weight::Regular) + 28.0;
        if x + w > right {
            x = left;
            y += 28.0;
        }
        svg.raw(
            &sample
                .replace("{x}", &num(x))
                .replace("{x2}", &num(x + sample_w))
                .replace("{y}", &num(y - 4.5))
                .replace("{top}", &num(y - 12.0)),
        );
        svg.text(
            x + sample_w + 8.0,
            y,
            13.0,
            Weight::Regular,
            &ink2,
            Anchor::Start,
            label,
        );
        x += w;
    };
    for r in Relation::ALL {
        let line = format!(
            "<line class=\"edge\" data-relation=\"{}\" x1=\"{{x}}\" y1=\"{{y}}\" x2=\"{{x2}}\" y2=\"{{y}}\"/>",
            r.slug()
        );
        item(svg, line, 36.0, r.label());
    }
    for (track, contested, label) in [
        (Track::Intended, false, Track::Intended.label()),
        (Track::Happened, false, Track::Happened.label()),
        (Track::Happened, true, "the record differs"),
    ] {
        let attrs = if contested {
            " data-contested=\"true\"".to_string()
        } else {
            String::new()
        };
        let boxed = format!(
            "<g class=\"node\" data-track=\"{}\"{attrs}><rect class=\"node-box\" x=\"{{x}}\" y=\"{{top}}\" width=\"22\" height=\"15\" rx=\"4\"/></g>",
            track.slug()
        );
        item(svg, boxed, 22.0, label);
    }
}
