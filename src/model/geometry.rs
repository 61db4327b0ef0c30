//! The diagram's geometry: where each node's box stands and how each arrow runs, in both
//! arrangements (left to right on wide screens, top to bottom on phones), in whole SVG units,
//! from the grid cells the content gives each node. Pure and tested natively
//! (`tests/diagram.rs`: no box overlaps another, labels fit, no arrow crosses a box).

use crate::content::{Edge, Node};

/// The two arrangements of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arrangement {
    /// Left to right, for wide screens.
    Wide,
    /// Top to bottom, for phones.
    Narrow,
}

/// A node's grid cell (column, row) in `arrangement`.
pub fn cell(n: &Node, arrangement: Arrangement) -> (u32, u32) {
    match arrangement {
        Arrangement::Wide => n.wide,
        Arrangement::Narrow => n.narrow,
    }
}

/// Node box size and spacing, in SVG user units.
pub const NODE_W: u32 = 156;
/// Height of every node box (room for three lines of label).
pub const NODE_H: u32 = 68;
/// Label font size, and the line height.
pub const FONT: u32 = 13;
pub const LINE: u32 = 16;
/// The most characters a label line may hold at that size in that width.
pub const LINE_CHARS: usize = 17;
/// Lines a label may take.
pub const MAX_LINES: usize = 3;
const GAP_X: u32 = 44;
/// Narrower columns on phones, so the two columns fit 360 px at full size.
const GAP_X_NARROW: u32 = 28;
const GAP_Y: u32 = 34;
const MARGIN: u32 = 8;

/// A node's box and label lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeBox {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub lines: Vec<String>,
}

/// An arrow's path (SVG `d`), from the edge of one box to the edge of another.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgePath {
    pub d: String,
    /// Points along the curve, for checking it crosses no other box.
    pub samples: Vec<(f64, f64)>,
}

/// The geometry of one arrangement.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<EdgePath>,
}

impl Layout {
    /// How far down the figure node `i`'s box ends, in thousandths of the figure's width (the
    /// figure scales with its width): where a panel under the node starts. 0 for no such node.
    pub fn below(&self, i: usize) -> u32 {
        self.nodes
            .get(i)
            .map_or(0, |b| (b.y + b.h) * 1000 / self.width.max(1))
    }
}

/// Breaks `label` into lines of at most [`LINE_CHARS`] characters, at spaces. A single word
/// longer than a line is kept whole (a test checks no label has one).
pub fn wrap(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LINE_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Boxes and arrows of `nodes` and `edges` in `arrangement` (see `Graph::layout`).
pub fn layout(nodes: &[Node], edges: &[Edge], arrangement: Arrangement) -> Layout {
    let gap_x = match arrangement {
        Arrangement::Wide => GAP_X,
        Arrangement::Narrow => GAP_X_NARROW,
    };
    let boxes: Vec<NodeBox> = nodes
        .iter()
        .map(|n| {
            let (c, r) = cell(n, arrangement);
            NodeBox {
                x: MARGIN + c * (NODE_W + gap_x),
                y: MARGIN + r * (NODE_H + GAP_Y),
                w: NODE_W,
                h: NODE_H,
                lines: wrap(n.label),
            }
        })
        .collect();
    let width = boxes.iter().map(|b| b.x + b.w).max().unwrap_or(0) + MARGIN;
    let height = boxes.iter().map(|b| b.y + b.h).max().unwrap_or(0) + MARGIN;
    let paths = edges
        .iter()
        .map(|e| edge_path(&boxes[e.from], &boxes[e.to]))
        .collect();
    Layout {
        width,
        height,
        nodes: boxes,
        edges: paths,
    }
}

/// A smooth curve leaving `a` on the side facing `b` and entering `b` on the side facing `a`.
fn edge_path(a: &NodeBox, b: &NodeBox) -> EdgePath {
    let (acx, acy) = (a.x as f64 + a.w as f64 / 2.0, a.y as f64 + a.h as f64 / 2.0);
    let (bcx, bcy) = (b.x as f64 + b.w as f64 / 2.0, b.y as f64 + b.h as f64 / 2.0);
    let (dx, dy) = (bcx - acx, bcy - acy);
    // Mostly sideways (in grid terms) leaves from a side; mostly vertical, from top or bottom.
    let horizontal = dx.abs() / (a.w + GAP_X) as f64 >= dy.abs() / (a.h + GAP_Y) as f64;
    let (start, end, c1, c2);
    if horizontal {
        let sx = if dx > 0.0 { a.x + a.w } else { a.x } as f64;
        let ex = if dx > 0.0 { b.x } else { b.x + b.w } as f64;
        let k = (ex - sx) / 2.0;
        start = (sx, acy);
        end = (ex, bcy);
        c1 = (sx + k, acy);
        c2 = (ex - k, bcy);
    } else {
        let sy = if dy > 0.0 { a.y + a.h } else { a.y } as f64;
        let ey = if dy > 0.0 { b.y } else { b.y + b.h } as f64;
        let k = (ey - sy) / 2.0;
        start = (acx, sy);
        end = (bcx, ey);
        c1 = (acx, sy + k);
        c2 = (bcx, ey - k);
    }
    // Whole units: the path needs no more precision, and integer formatting keeps the float
    // formatter out of the WebAssembly.
    let r = |v: f64| v.round() as i64;
    let d = format!(
        "M{} {}C{} {} {} {} {} {}",
        r(start.0),
        r(start.1),
        r(c1.0),
        r(c1.1),
        r(c2.0),
        r(c2.1),
        r(end.0),
        r(end.1)
    );
    let samples = (0..=32)
        .map(|i| {
            let t = i as f64 / 32.0;
            let u = 1.0 - t;
            let x = u * u * u * start.0
                + 3.0 * u * u * t * c1.0
                + 3.0 * u * t * t * c2.0
                + t * t * t * end.0;
            let y = u * u * u * start.1
                + 3.0 * u * u * t * c1.1
                + 3.0 * u * t * t * c2.1
                + t * t * t * end.1;
            (x, y)
        })
        .collect();
    EdgePath { d, samples }
}

impl NodeBox {
    /// Whether two boxes overlap (touching edges do not count).
    pub fn overlaps(&self, o: &NodeBox) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
    /// Whether a point lies inside the box, shrunk by `inset` on every side.
    pub fn contains(&self, (px, py): (f64, f64), inset: f64) -> bool {
        px > self.x as f64 + inset
            && px < (self.x + self.w) as f64 - inset
            && py > self.y as f64 + inset
            && py < (self.y + self.h) as f64 - inset
    }
}
