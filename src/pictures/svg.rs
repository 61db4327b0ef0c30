//! Writing the pictures' SVG: a document with its title, description and style sheet, and the
//! few shapes the pictures use. Every text is escaped; every number is written with at most one
//! decimal place.

use super::typeface::{FAMILY, Weight};
use crate::model::embedding::escape_html as escape;

/// How text is anchored at its x.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    End,
}

/// A run of text in one style (see [`Svg::runs`]).
pub struct Run<'a> {
    pub text: &'a str,
    pub size: f64,
    pub weight: Weight,
    pub fill: &'a str,
    pub gap: f64,
}

impl<'a> Run<'a> {
    pub fn new(text: &'a str, size: f64, weight: Weight, fill: &'a str) -> Self {
        Run {
            text,
            size,
            weight,
            fill,
            gap: 0.0,
        }
    }
    pub fn after(self, gap: f64) -> Self {
        Run { gap, ..self }
    }
}

impl Anchor {
    /// The `text-anchor` attribute it needs (none for the start, SVG's default).
    fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "",
            Anchor::End => " text-anchor=\"end\"",
        }
    }
}

/// An SVG document being written.
pub struct Svg {
    out: String,
}

/// A number as SVG writes it: whole, or with one decimal place.
pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

impl Svg {
    /// A `width` × `height` picture titled `title`, described by `desc` (its text alternative),
    /// styled by `style` (CSS), on a `background` fill.
    pub fn new(
        width: u32,
        height: u32,
        title: &str,
        desc: &str,
        style: &str,
        background: &str,
    ) -> Self {
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"picture-title picture-desc\">\n"
        );
        out.push_str(&format!(
            "<title id=\"picture-title\">{}</title>\n<desc id=\"picture-desc\">{}</desc>\n",
            escape(title),
            escape(desc)
        ));
        if !style.is_empty() {
            out.push_str(&format!("<style>{style}</style>\n"));
        }
        out.push_str(&format!(
            "<rect width=\"{width}\" height=\"{height}\" fill=\"{background}\"/>\n"
        ));
        Svg { out }
    }

    /// A rectangle with rounded corners `rx`, filled, and stroked when `stroke` is given
    /// (colour, width).
    #[allow(
        clippy::too_many_arguments,
        reason = "an SVG element's position, size and paint, in the order SVG writes them; grouping the paint into a style struct is left to the Craft issue's later work"
    )]
    pub fn rect(
        &mut self,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        rx: f64,
        fill: &str,
        stroke: Option<(&str, f64)>,
    ) {
        let stroke = stroke
            .map(|(c, sw)| format!(" stroke=\"{c}\" stroke-width=\"{}\"", num(sw)))
            .unwrap_or_default();
        self.out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{fill}\"{stroke}/>\n",
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0)),
            num(rx)
        ));
    }

    /// A straight line.
    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, width: f64) {
        self.out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"/>\n",
            num(x1),
            num(y1),
            num(x2),
            num(y2),
            num(width)
        ));
    }

    /// One line of text, its baseline at `y`.
    #[allow(
        clippy::too_many_arguments,
        reason = "an SVG element's position, size and paint, in the order SVG writes them; grouping the paint into a style struct is left to the Craft issue's later work"
    )]
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        size: f64,
        weight: Weight,
        fill: &str,
        anchor: Anchor,
        text: &str,
    ) {
        let anchor = anchor.attr();
        self.out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-family=\"{FAMILY}\" font-size=\"{}\" font-weight=\"{}\" fill=\"{fill}\"{anchor}>{}</text>\n",
            num(x),
            num(y),
            num(size),
            weight.css(),
            escape(text)
        ));
    }

    /// One line of text in runs of different size, weight or colour, laid out one after the
    /// other by whatever draws the SVG, in its own font (so no run can overlap the next). Spaces
    /// between runs belong in the runs' text; `gap` adds room before a run.
    pub fn runs(&mut self, x: f64, y: f64, anchor: Anchor, runs: &[Run]) {
        let anchor = anchor.attr();
        self.out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-family=\"{FAMILY}\"{anchor}>",
            num(x),
            num(y)
        ));
        for r in runs {
            let dx = if r.gap > 0.0 {
                format!(" dx=\"{}\"", num(r.gap))
            } else {
                String::new()
            };
            self.out.push_str(&format!(
                "<tspan font-size=\"{}\" font-weight=\"{}\" fill=\"{}\"{dx}>{}</tspan>",
                num(r.size),
                r.weight.css(),
                r.fill,
                escape(r.text)
            ));
        }
        self.out.push_str("</text>\n");
    }

    /// Markup written as given (the page's own figure, already SVG).
    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
        self.out.push('\n');
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_text_is_escaped() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(-3.0), "-3");
        let mut svg = Svg::new(10, 20, "A <b> & \"c\"", "d", "", "#fff");
        svg.text(
            1.0,
            2.0,
            3.0,
            Weight::Bold,
            "#000",
            Anchor::End,
            "x < y & z",
        );
        let out = svg.finish();
        assert!(
            out.contains("<title id=\"picture-title\">A &lt;b&gt; &amp; &quot;c&quot;</title>"),
            "{out}"
        );
        assert!(out.contains(">x &lt; y &amp; z</text>"), "{out}");
        assert!(out.contains("width=\"10\" height=\"20\" viewBox=\"0 0 10 20\""));
        assert!(out.ends_with("</svg>\n"));
    }
}
