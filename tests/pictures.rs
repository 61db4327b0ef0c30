//! The pictures the build draws for places where no script runs (`explainer::pictures`): each
//! has the size its snippet says, rasterizes to a PNG that decodes at that size, draws nothing
//! outside itself, needs no glyph the shipped fonts lack, and shows the article's figures.
#![cfg(feature = "ssr")]

use explainer::content::{CLAIMS, NODES, Relation};
use explainer::model::picture::{self, SOURCES_SHOWN};
use explainer::pictures::{Drawn, draw_all, missing_glyphs, png, shown_text};
use resvg::{tiny_skia, usvg};

fn drawn(stem: &str) -> Drawn {
    draw_all()
        .into_iter()
        .find(|d| d.picture.stem == stem)
        .unwrap_or_else(|| panic!("no picture {stem}"))
}

fn attribute<'a>(svg: &'a str, name: &str) -> &'a str {
    let at = svg
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("no {name}"))
        + name.len()
        + 3;
    svg[at..].split('"').next().unwrap()
}

#[test]
fn there_is_a_card_and_a_picture_of_each_widget() {
    let stems: Vec<&str> = draw_all().iter().map(|d| d.picture.stem).collect();
    assert_eq!(stems, ["card", "cost", "diagram", "sources"]);
}

#[test]
fn each_picture_has_its_size_and_decodes_as_a_png_of_that_size() {
    for d in draw_all() {
        let p = &d.picture;
        assert_eq!(
            attribute(&d.svg, "width"),
            p.width.to_string(),
            "{}",
            p.stem
        );
        assert_eq!(
            attribute(&d.svg, "height"),
            p.height.to_string(),
            "{}",
            p.stem
        );
        assert_eq!(
            attribute(&d.svg, "viewBox"),
            format!("0 0 {} {}", p.width, p.height),
            "{}",
            p.stem
        );
        let bytes = png(&d.svg, p.scale).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", p.stem);
        let decoded = tiny_skia::Pixmap::decode_png(&bytes).unwrap();
        assert_eq!(
            (decoded.width(), decoded.height()),
            (p.width * p.scale, p.height * p.scale),
            "{}",
            p.stem
        );
        // Drawn: most pixels are the background, but far from all.
        let bg = decoded.pixel(2, decoded.height() - 3).unwrap();
        let other = decoded.pixels().iter().filter(|px| **px != bg).count();
        assert!(
            other > decoded.pixels().len() / 50,
            "{}: only {other} pixels differ from the background",
            p.stem
        );
    }
    assert_eq!(
        (
            picture::card().width,
            picture::card().height,
            picture::card().scale
        ),
        (1200, 630, 1),
        "the social card is 1200 x 630"
    );
}

#[test]
fn nothing_is_drawn_outside_a_picture_and_every_glyph_is_in_the_fonts() {
    let mut options = usvg::Options::default();
    options
        .fontdb_mut()
        .load_font_data(include_bytes!("../assets/fonts/Inter-Regular.otf").to_vec());
    options
        .fontdb_mut()
        .load_font_data(include_bytes!("../assets/fonts/Inter-Bold.otf").to_vec());
    options.fontdb_mut().set_sans_serif_family("Inter");
    for d in draw_all() {
        let tree = usvg::Tree::from_str(&d.svg, &options).unwrap();
        let (w, h) = (d.picture.width as f32, d.picture.height as f32);
        // Text included: a label too long for its place would stick out of the picture.
        fn check(group: &usvg::Group, w: f32, h: f32, stem: &str) {
            for node in group.children() {
                let b = node.abs_stroke_bounding_box();
                let what = match node {
                    usvg::Node::Text(t) => format!(
                        "the text {:?}",
                        t.chunks().iter().map(|c| c.text()).collect::<String>()
                    ),
                    other => format!(
                        "a {}",
                        format!("{other:?}").split('(').next().unwrap_or("node")
                    ),
                };
                assert!(
                    b.left() >= -0.5
                        && b.top() >= -0.5
                        && b.right() <= w + 0.5
                        && b.bottom() <= h + 0.5,
                    "{stem}: {what} is drawn at {b:?}, outside {w} x {h}"
                );
                if let usvg::Node::Group(g) = node {
                    check(g, w, h, stem);
                }
            }
        }
        check(tree.root(), w, h, d.picture.stem);
        // Every text became glyphs (a text in no font is silently left out).
        let texts = shown_text(&d.svg);
        assert!(!texts.is_empty());
        assert_eq!(
            missing_glyphs(&texts.join(" ")),
            Vec::<char>::new(),
            "{}",
            d.picture.stem
        );
        assert!(
            !d.svg.contains("<!>") && !d.svg.contains("var(--"),
            "{}",
            d.picture.stem
        );
    }
}

#[test]
fn the_card_and_the_cost_picture_show_the_articles_figures_at_one_million_tokens() {
    for stem in ["card", "cost"] {
        let texts = shown_text(&drawn(stem).svg);
        let words = |w: &str| texts.iter().any(|t| t.split(' ').any(|x| x == w));
        for figure in ["$3.48", "$30.00", "$25.00", "8.6×", "7.2×"] {
            assert!(words(figure), "{stem} shows {figure}: {texts:?}");
        }
        assert!(
            texts.iter().any(|t| t.contains("DeepSeek"))
                && texts.iter().any(|t| t.contains("OpenAI"))
                && texts.iter().any(|t| t.contains("Anthropic"))
        );
    }
    let card = shown_text(&drawn("card").svg);
    assert!(
        card.iter().any(|t| t == "DEEPSEEK V4, EXPLAINED"),
        "the explainer's name: {card:?}"
    );
    assert!(
        card.join(" ")
            .contains("DeepSeek V4: the price, the chips and the claims"),
        "the title: {card:?}"
    );
    // The bars are to scale: OpenAI's is 30 / 3.48 times DeepSeek's.
    let svg = drawn("card").svg;
    let widths: Vec<f64> = svg
        .lines()
        .filter(|l| l.starts_with("<rect") && l.contains(" height=\"36\""))
        .map(|l| attribute(l, "width").parse().unwrap())
        .collect();
    assert_eq!(widths.len(), 3, "{svg}");
    assert!(
        (widths[1] / widths[0] - 30.0 / 3.48).abs() < 0.05,
        "{widths:?}"
    );
    assert!(
        (widths[2] / widths[1] - 25.0 / 30.0).abs() < 0.01,
        "{widths:?}"
    );
}

#[test]
fn the_text_alternatives_say_what_the_pictures_show() {
    let (card, cost) = (picture::card().alt, picture::cost().alt);
    for alt in [&card, &cost] {
        assert!(alt.contains("DeepSeek V4-Pro $3.48"), "{alt}");
        assert!(
            alt.contains("OpenAI GPT-5.5 $30.00, 8.6 times as much"),
            "{alt}"
        );
        assert!(alt.contains("$25.00, 7.2 times as much"), "{alt}");
    }
    let diagram = picture::diagram().alt;
    assert!(NODES.iter().all(|n| diagram.contains(n.label)), "{diagram}");
    assert!(
        diagram.contains("The policy's theory: US export controls"),
        "{diagram}"
    );
    let sources = picture::sources().alt;
    assert!(
        sources.contains(&format!(
            "first {SOURCES_SHOWN} of the {} claims",
            CLAIMS.len()
        )),
        "{sources}"
    );
    // Each SVG carries its alternative as its description.
    for d in draw_all() {
        assert!(
            d.svg.contains(&format!(
                "<desc id=\"picture-desc\">{}</desc>",
                explainer::model::embedding::escape_html(&d.picture.alt)
            )),
            "{}",
            d.picture.stem
        );
        assert!(d.svg.contains("role=\"img\""));
    }
}

#[test]
fn the_diagram_picture_is_the_pages_figure_with_its_legend() {
    let svg = drawn("diagram").svg;
    let texts = shown_text(&svg);
    for n in NODES {
        assert!(
            texts.iter().any(|t| t == n.label),
            "{} is drawn: {texts:?}",
            n.label
        );
    }
    for r in Relation::ALL {
        assert!(
            texts.iter().any(|t| t == r.label()),
            "the legend names {}: {texts:?}",
            r.label()
        );
    }
    // The page's own figure (its classes and arrows), in the "Both" view, nothing selected.
    assert!(
        svg.contains("class=\"diagram-svg diagram-wide\"") && svg.contains("data-view=\"both\""),
        "{svg}"
    );
    assert_eq!(
        svg.matches("marker-end=\"url(#arrow-").count(),
        explainer::content::EDGES.len(),
        "an arrow per edge"
    );
    assert!(!svg.contains("data-state=") && !svg.contains("data-lost="));
}

#[test]
fn the_sources_picture_shows_the_first_entries_in_order() {
    let texts = shown_text(&drawn("sources").svg);
    let numbers: Vec<&String> = texts.iter().filter(|t| t.parse::<u32>().is_ok()).collect();
    // The index's first entries: numbered 1, 2, 3, 4, as the article first marks them.
    assert_eq!(numbers, ["1", "2", "3", "4"]);
    let first = explainer::model::claims::reading_order(
        explainer::content::ARTICLE,
        explainer::content::CLAIM_TEXTS,
    );
    for c in first.iter().take(SOURCES_SHOWN).map(|&i| &CLAIMS[i]) {
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with(&format!("{} · ", c.kind.label()))),
            "{}: {texts:?}",
            c.kind.label()
        );
    }
    assert!(texts[0] == "Sources and claims");
}
