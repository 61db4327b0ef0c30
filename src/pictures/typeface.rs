//! Text in the pictures: the fonts they are drawn in (Inter, shipped in `assets/fonts/` under
//! the SIL Open Font License), how wide a string is in them, and wrapping to a width. SVG has no
//! line breaking, so the pictures break lines here, by the fonts' own advance widths.

/// The font files the pictures are drawn in.
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-Bold.otf");

/// The `font-family` the pictures name: Inter, then the page's own sans-serif stack (a
/// browser showing the SVG without Inter uses the page's font).
pub const FAMILY: &str =
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/// How much wider than Inter a text may come out where the SVG is drawn in another font (a
/// browser without Inter, in DejaVu Sans, is about 12% wider): room the layouts leave, so a line
/// measured to fit in Inter still fits there.
pub const SLACK: f64 = 1.15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    pub fn css(self) -> &'static str {
        match self {
            Weight::Regular => "400",
            Weight::Bold => "700",
        }
    }
}

/// How wide `text` is at `size` px in `weight`, in px (advance widths; no kerning, which only
/// narrows Inter's text, so a line that fits here fits as drawn).
pub fn text_width(text: &str, size: f64, weight: Weight) -> f64 {
    let data = match weight {
        Weight::Regular => REGULAR,
        Weight::Bold => BOLD,
    };
    let Ok(face) = ttf_parser::Face::parse(data, 0) else {
        return text.chars().count() as f64 * size * 0.6;
    };
    let em = f64::from(face.units_per_em());
    let units: f64 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(em * 0.6, f64::from)
        })
        .sum();
    units * size / em
}

/// The characters of `text` that the pictures' fonts have no glyph for (each once, in order).
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let faces: Vec<_> = [REGULAR, BOLD]
        .iter()
        .filter_map(|data| ttf_parser::Face::parse(data, 0).ok())
        .collect();
    let mut missing = Vec::new();
    for c in text.chars() {
        if !c.is_whitespace()
            && !missing.contains(&c)
            && (faces.len() < 2 || faces.iter().any(|f| f.glyph_index(c).is_none()))
        {
            missing.push(c);
        }
    }
    missing
}

/// `text` broken into lines no wider than `width` px, at most `max_lines` of them; when the text
/// needs more, the last line ends with an ellipsis. A word wider than the width stands alone.
pub fn wrap(text: &str, size: f64, weight: Weight, width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || text_width(&candidate, size, weight) <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            // Drop words until the line and its ellipsis fit.
            loop {
                let shown = format!("{last}…");
                if text_width(&shown, size, weight) <= width || !last.contains(' ') {
                    *last = shown;
                    break;
                }
                let cut = last.rfind(' ').unwrap_or(0);
                last.truncate(cut);
                let trimmed = last.trim_end_matches([',', ';', ':', '.', ' ']).len();
                last.truncate(trimmed);
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_the_text_and_the_size() {
        let a = text_width("DeepSeek", 20.0, Weight::Regular);
        assert!(a > 60.0 && a < 110.0, "{a}");
        assert!(text_width("DeepSeek V4", 20.0, Weight::Regular) > a);
        assert!((text_width("DeepSeek", 40.0, Weight::Regular) - 2.0 * a).abs() < 1e-9);
        assert!(text_width("DeepSeek", 20.0, Weight::Bold) > a);
        assert_eq!(text_width("", 20.0, Weight::Bold), 0.0);
    }

    #[test]
    fn wrapping_keeps_every_line_within_the_width_and_every_word() {
        let text =
            "The pricing alone is a political statement, and the words must all be kept in order.";
        let lines = wrap(text, 16.0, Weight::Regular, 200.0, 10);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| text_width(l, 16.0, Weight::Regular) <= 200.0),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn too_many_lines_end_in_an_ellipsis_that_fits() {
        let text =
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        let lines = wrap(text, 16.0, Weight::Regular, 120.0, 2);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(text_width(&lines[1], 16.0, Weight::Regular) <= 120.0);
        assert!(text.starts_with(lines[0].as_str()));
        assert_eq!(wrap("short", 16.0, Weight::Regular, 120.0, 2), ["short"]);
    }

    #[test]
    fn the_fonts_have_the_glyphs_the_content_needs() {
        assert_eq!(
            missing_glyphs("“Quoted” — $3.48 × 8.6x … it’s ½ · é"),
            Vec::<char>::new()
        );
        assert_eq!(missing_glyphs("a 漢 b 漢 字"), ['漢', '字']);
    }
}
