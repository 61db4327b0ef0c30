//! The messages an embedded explainer exchanges with the page around it, in the formats newsroom
//! embed scripts already understand: Pym.js, Datawrapper's and AMP's. Pure: building and reading
//! them is tested natively; `crate::embed` posts and receives them.

use super::url_state::Widget;

/// Pym.js's field separator.
const PYM_SEP: &str = "xPYMx";

/// The id used in Datawrapper-style messages when the host gave none (no Pym `childId`).
pub const DEFAULT_EMBED_ID: &str = "deepseek-v4-explainer";

/// Pym.js's height message: `"pym" xPYMx childId xPYMx "height" xPYMx height`.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pym{PYM_SEP}{child_id}{PYM_SEP}height{PYM_SEP}{height}")
}

/// The key of Datawrapper's height message, `{"datawrapper-height": {<id>: height}}`.
pub const DATAWRAPPER_KEY: &str = "datawrapper-height";

/// AMP's resize request: `{sentinel: "amp", type: "embed-size", height}`.
pub const AMP_SENTINEL: &str = "amp";
pub const AMP_TYPE: &str = "embed-size";

/// A message from the parent window that the explainer acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Pym.js's parent telling its child the width it has (on load and on resize): the child
    /// answers with its height.
    PymWidth { width: u32 },
}

/// Reads a string message from the parent. Only Pym's width message for our own child id is
/// known; everything else (other children's messages, malformed or hostile strings) is `None`.
pub fn parse_incoming(data: &str, child_id: &str) -> Option<Incoming> {
    if data.len() > 256 || child_id.is_empty() {
        return None;
    }
    let mut parts = data.split(PYM_SEP);
    let (tag, id, kind, value) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || tag != "pym" || id != child_id || kind != "width" {
        return None;
    }
    if value.is_empty() || value.len() > 6 || !value.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(Incoming::PymWidth {
        width: value.parse().ok()?,
    })
}

/// Remembers the last height reported, so the same height is never sent twice in a row.
#[derive(Clone, Debug, Default)]
pub struct HeightReporter {
    last: Option<u32>,
}

impl HeightReporter {
    /// The height to send now (rounded up to whole pixels), or `None` when it has not changed.
    pub fn next(&mut self, measured: f64) -> Option<u32> {
        if !measured.is_finite() || measured < 0.0 {
            return None;
        }
        let h = measured.ceil().min(1_000_000.0) as u32;
        if self.last == Some(h) {
            return None;
        }
        self.last = Some(h);
        Some(h)
    }

    /// The height last sent, for answering a parent that asks.
    pub fn last(&self) -> Option<u32> {
        self.last
    }
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The address to embed: `base` (the explainer's folder, ending in `/`), the page of the widget
/// (its own page, which loads only what it needs; the whole explainer for `None`), and the
/// state's query (without `?`).
pub fn embed_url(base: &str, widget: Option<Widget>, state_query: &str) -> String {
    let page = widget.map_or("index.html", Widget::page);
    if state_query.is_empty() {
        format!("{base}{page}")
    } else {
        format!("{base}{page}?{state_query}")
    }
}

/// The Pym.js snippet: a container Pym.js fills with a self-sizing iframe.
pub fn pym_snippet(base: &str, widget: Option<Widget>, state_query: &str) -> String {
    format!(
        "<div data-pym-src=\"{}\"></div>\n<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>",
        escape_html(&embed_url(base, widget, state_query))
    )
}

/// The loader snippet: a marked div and `embed.js`.
pub fn loader_snippet(base: &str, widget: Option<Widget>, state_query: &str) -> String {
    let query = if state_query.is_empty() {
        String::new()
    } else {
        format!(" data-explainer-query=\"{}\"", escape_html(state_query))
    };
    format!(
        "<div data-explainer-widget=\"{}\"{query}></div>\n<script src=\"{}embed.js\" async></script>",
        widget.map_or("", Widget::param),
        escape_html(base)
    )
}

/// Where a picture of the explainer links: the whole explainer in `state` (a query without `?`),
/// at `anchor` (the widget's section; empty for the top of the page).
pub fn picture_link(base: &str, state_query: &str, anchor: &str) -> String {
    let url = embed_url(base, None, state_query);
    if anchor.is_empty() {
        url
    } else {
        format!("{url}#{anchor}")
    }
}

/// The picture snippet, for places that cannot show a frame (newsletters, feeds, apps): the
/// picture `src`, `width` × `height` CSS pixels, with its text alternative, linking to `link`.
/// Plain HTML with inline sizing, as email clients need.
pub fn picture_snippet(link: &str, src: &str, width: u32, height: u32, alt: &str) -> String {
    format!(
        "<a href=\"{}\"><img src=\"{}\" width=\"{width}\" height=\"{height}\" alt=\"{}\" style=\"display:block;max-width:100%;height:auto;border:0\"></a>",
        escape_html(link),
        escape_html(src),
        escape_html(alt)
    )
}

/// The AMP snippet: an `amp-iframe` of the embed (which sends AMP's `embed-size` messages, so
/// it may grow), showing the picture until the frame has loaded. AMP needs the frame on
/// `https` and at a size to start from: the picture's.
pub fn amp_snippet(embed: &str, src: &str, width: u32, height: u32, alt: &str) -> String {
    format!(
        concat!(
            "<amp-iframe src=\"{}\" width=\"{}\" height=\"{}\" layout=\"responsive\" resizable ",
            "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" frameborder=\"0\">\n",
            "  <amp-img placeholder layout=\"fill\" src=\"{}\" alt=\"{}\"></amp-img>\n",
            "  <button overflow type=\"button\">Show all</button>\n",
            "</amp-iframe>"
        ),
        escape_html(embed),
        width,
        height,
        escape_html(src),
        escape_html(alt)
    )
}
