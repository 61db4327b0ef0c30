//! The export-control diagram as a graph: validation, causes and effects, the counterfactual,
//! keyboard moves along the arrows, and the geometry of the two arrangements (wide, left to
//! right; narrow, top to bottom), checked for overlaps.

use std::collections::BTreeSet;
use std::fmt;

use crate::content::{Counterfactual, Edge, Node, StoryStep};

/// A graph over content statics (or over test fixtures).
#[derive(Clone, Copy, Debug)]
pub struct Graph<'a> {
    pub nodes: &'a [Node],
    pub edges: &'a [Edge],
}

/// What is wrong with a diagram.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GraphError {
    DuplicateId(String),
    UnknownNode { edge: usize, index: usize },
    SelfLoop(String),
    DuplicateEdge(String, String),
    Cycle(Vec<String>),
    SharedCell { a: String, b: String, arrangement: Arrangement },
    StoryUnknownNode(usize),
    StoryRepeats(String),
    CounterfactualUnknownNode(usize),
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphError::DuplicateId(id) => write!(f, "two nodes have the id {id:?}"),
            GraphError::UnknownNode { edge, index } => write!(f, "edge {edge} names node {index}, which does not exist"),
            GraphError::SelfLoop(id) => write!(f, "an edge goes from {id:?} to itself"),
            GraphError::DuplicateEdge(a, b) => write!(f, "the edge {a:?} -> {b:?} appears twice"),
            GraphError::Cycle(ids) => write!(f, "the edges form a cycle: {}", ids.join(" -> ")),
            GraphError::SharedCell { a, b, arrangement } => {
                write!(f, "{a:?} and {b:?} share a grid cell in the {arrangement:?} arrangement")
            }
            GraphError::StoryUnknownNode(i) => write!(f, "the story names node {i}, which does not exist"),
            GraphError::StoryRepeats(id) => write!(f, "the story visits {id:?} twice"),
            GraphError::CounterfactualUnknownNode(i) => write!(f, "the counterfactual removes node {i}, which does not exist"),
        }
    }
}

/// The two arrangements of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arrangement {
    /// Left to right, for wide screens.
    Wide,
    /// Top to bottom, for phones.
    Narrow,
}

/// How a node shows while another is selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeState {
    Selected,
    /// Upstream of the selected node: one of its causes.
    Cause,
    /// Downstream of the selected node: one of its effects.
    Effect,
    Dimmed,
}

impl NodeState {
    /// The value of the node's `data-state` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            NodeState::Selected => "selected",
            NodeState::Cause => "cause",
            NodeState::Effect => "effect",
            NodeState::Dimmed => "dimmed",
        }
    }
}

/// A keyboard move in the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Along an arrow, to an effect.
    Forward,
    /// Against an arrow, to a cause.
    Back,
    /// To the next node across the flow (down in the wide arrangement, right in the narrow).
    Next,
    /// To the previous node across the flow.
    Previous,
}

impl<'a> Graph<'a> {
    pub fn new(nodes: &'a [Node], edges: &'a [Edge]) -> Self {
        Graph { nodes, edges }
    }

    /// The index of the node with `id`.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// Checks ids, edges, cycles, grid cells, the story and the counterfactual.
    pub fn validate(&self, story: &[StoryStep], cf: Option<&Counterfactual>) -> Result<(), Vec<GraphError>> {
        let mut errors = Vec::new();
        for (i, n) in self.nodes.iter().enumerate() {
            if self.nodes[..i].iter().any(|m| m.id == n.id) {
                errors.push(GraphError::DuplicateId(n.id.to_string()));
            }
        }
        let mut seen = BTreeSet::new();
        for (k, e) in self.edges.iter().enumerate() {
            for index in [e.from, e.to] {
                if index >= self.nodes.len() {
                    errors.push(GraphError::UnknownNode { edge: k, index });
                }
            }
            if e.from >= self.nodes.len() || e.to >= self.nodes.len() {
                continue;
            }
            if e.from == e.to {
                errors.push(GraphError::SelfLoop(self.nodes[e.from].id.to_string()));
            }
            if !seen.insert((e.from, e.to)) {
                errors.push(GraphError::DuplicateEdge(self.nodes[e.from].id.to_string(), self.nodes[e.to].id.to_string()));
            }
        }
        if errors.is_empty()
            && let Some(cycle) = self.find_cycle()
        {
            errors.push(GraphError::Cycle(cycle.iter().map(|&i| self.nodes[i].id.to_string()).collect()));
        }
        for arrangement in [Arrangement::Wide, Arrangement::Narrow] {
            for (i, a) in self.nodes.iter().enumerate() {
                for b in &self.nodes[i + 1..] {
                    if cell(a, arrangement) == cell(b, arrangement) {
                        errors.push(GraphError::SharedCell { a: a.id.into(), b: b.id.into(), arrangement });
                    }
                }
            }
        }
        let mut visited = BTreeSet::new();
        for s in story {
            if s.node >= self.nodes.len() {
                errors.push(GraphError::StoryUnknownNode(s.node));
            } else if !visited.insert(s.node) {
                errors.push(GraphError::StoryRepeats(self.nodes[s.node].id.to_string()));
            }
        }
        if let Some(cf) = cf
            && cf.remove >= self.nodes.len()
        {
            errors.push(GraphError::CounterfactualUnknownNode(cf.remove));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// A cycle, as the nodes on it, if there is one.
    fn find_cycle(&self) -> Option<Vec<usize>> {
        // Depth-first search with colours: 0 unvisited, 1 on the stack, 2 done.
        let n = self.nodes.len();
        let mut colour = vec![0u8; n];
        let mut stack: Vec<usize> = Vec::new();
        fn visit(g: &Graph, v: usize, colour: &mut [u8], stack: &mut Vec<usize>) -> Option<Vec<usize>> {
            colour[v] = 1;
            stack.push(v);
            for w in g.children(v) {
                if colour[w] == 1 {
                    let start = stack.iter().position(|&x| x == w).unwrap_or(0);
                    let mut cycle = stack[start..].to_vec();
                    cycle.push(w);
                    return Some(cycle);
                }
                if colour[w] == 0
                    && let Some(c) = visit(g, w, colour, stack)
                {
                    return Some(c);
                }
            }
            stack.pop();
            colour[v] = 2;
            None
        }
        (0..n).find_map(|v| if colour[v] == 0 { visit(self, v, &mut colour, &mut stack) } else { None })
    }

    /// Direct effects of `i`, in edge order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.edges.iter().filter(move |e| e.from == i).map(|e| e.to)
    }

    /// Direct causes of `i`, in edge order.
    pub fn parents(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.edges.iter().filter(move |e| e.to == i).map(|e| e.from)
    }

    /// The edges into `i` (its direct causes), as indices into the edges, in content order.
    pub fn edges_into(&self, i: usize) -> Vec<usize> {
        (0..self.edges.len()).filter(|&k| self.edges[k].to == i).collect()
    }

    /// The edges out of `i` (its direct effects), as indices into the edges, in content order.
    pub fn edges_from(&self, i: usize) -> Vec<usize> {
        (0..self.edges.len()).filter(|&k| self.edges[k].from == i).collect()
    }

    /// Every cause of `i`, however far upstream.
    pub fn upstream(&self, i: usize) -> BTreeSet<usize> {
        self.reach(i, |g, v| g.parents(v).collect())
    }

    /// Every effect of `i`, however far downstream.
    pub fn downstream(&self, i: usize) -> BTreeSet<usize> {
        self.reach(i, |g, v| g.children(v).collect())
    }

    fn reach(&self, start: usize, next: impl Fn(&Self, usize) -> Vec<usize>) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        let mut todo = vec![start];
        while let Some(v) = todo.pop() {
            for w in next(self, v) {
                if out.insert(w) {
                    todo.push(w);
                }
            }
        }
        out.remove(&start);
        out
    }

    /// How node `node` shows while `selected` is selected.
    pub fn state(&self, selected: usize, node: usize) -> NodeState {
        self.states(selected)[node]
    }

    /// Every node's state while `selected` is selected (one pass, not one search per node).
    pub fn states(&self, selected: usize) -> Vec<NodeState> {
        let (up, down) = (self.upstream(selected), self.downstream(selected));
        (0..self.nodes.len())
            .map(|i| {
                if i == selected {
                    NodeState::Selected
                } else if up.contains(&i) {
                    NodeState::Cause
                } else if down.contains(&i) {
                    NodeState::Effect
                } else {
                    NodeState::Dimmed
                }
            })
            .collect()
    }

    /// Whether edge `k` lies on the selected node's chain of causes or of effects (it lights up),
    /// given the nodes' `states`.
    pub fn edge_lit(&self, states: &[NodeState], k: usize) -> bool {
        use NodeState::*;
        let e = &self.edges[k];
        matches!(
            (states[e.from], states[e.to]),
            (Cause | Selected, Cause | Selected) | (Selected | Effect, Effect | Selected)
        )
    }

    /// The nodes that lose all their support when `removed` is taken away: an effect stands
    /// while at least one of its causes stands (a node with no causes stands on its own).
    pub fn counterfactual(&self, removed: usize) -> BTreeSet<usize> {
        let mut lost = BTreeSet::from([removed]);
        loop {
            let before = lost.len();
            for v in 0..self.nodes.len() {
                if lost.contains(&v) {
                    continue;
                }
                let mut parents = self.parents(v).peekable();
                if parents.peek().is_some() && parents.all(|p| lost.contains(&p)) {
                    lost.insert(v);
                }
            }
            if lost.len() == before {
                break;
            }
        }
        lost.remove(&removed);
        lost
    }

    /// Where a keyboard move from `from` lands, among the nodes `shown` allows; `None` when there
    /// is nowhere to go that way.
    pub fn step(&self, from: usize, mv: Move, arrangement: Arrangement, shown: impl Fn(usize) -> bool) -> Option<usize> {
        // (position along the flow, position across it) of a node.
        let key = |i: usize| {
            let (c, r) = cell(&self.nodes[i], arrangement);
            match arrangement {
                Arrangement::Wide => (c, r),
                Arrangement::Narrow => (r, c),
            }
        };
        let here = key(from);
        let nearest = |cands: Vec<usize>| {
            cands.into_iter().filter(|&i| shown(i)).min_by_key(|&i| (key(i).1.abs_diff(here.1), key(i).0, i))
        };
        match mv {
            Move::Forward => nearest(self.children(from).collect()),
            Move::Back => nearest(self.parents(from).collect()),
            Move::Next | Move::Previous => {
                // The next node in reading order across the flow: same rank first, then the
                // following (or preceding) ranks.
                let mut others: Vec<usize> = (0..self.nodes.len()).filter(|&i| i != from && shown(i)).collect();
                others.sort_by_key(|&i| key(i));
                if mv == Move::Next {
                    others.into_iter().find(|&i| key(i) > here)
                } else {
                    others.into_iter().rev().find(|&i| key(i) < here)
                }
            }
        }
    }
}

fn cell(n: &Node, arrangement: Arrangement) -> (u32, u32) {
    match arrangement {
        Arrangement::Wide => n.wide,
        Arrangement::Narrow => n.narrow,
    }
}

// ---------------------------------------------------------------------------------------------
// Geometry

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
        self.nodes.get(i).map_or(0, |b| (b.y + b.h) * 1000 / self.width.max(1))
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

impl Graph<'_> {
    /// Boxes and arrows for `arrangement`.
    pub fn layout(&self, arrangement: Arrangement) -> Layout {
        let nodes: Vec<NodeBox> = self
            .nodes
            .iter()
            .map(|n| {
                let (c, r) = cell(n, arrangement);
                let gap_x = match arrangement {
                    Arrangement::Wide => GAP_X,
                    Arrangement::Narrow => GAP_X_NARROW,
                };
                NodeBox { x: MARGIN + c * (NODE_W + gap_x), y: MARGIN + r * (NODE_H + GAP_Y), w: NODE_W, h: NODE_H, lines: wrap(n.label) }
            })
            .collect();
        let width = nodes.iter().map(|b| b.x + b.w).max().unwrap_or(0) + MARGIN;
        let height = nodes.iter().map(|b| b.y + b.h).max().unwrap_or(0) + MARGIN;
        let edges = self.edges.iter().map(|e| edge_path(&nodes[e.from], &nodes[e.to])).collect();
        Layout { width, height, nodes, edges }
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
        r(start.0), r(start.1), r(c1.0), r(c1.1), r(c2.0), r(c2.1), r(end.0), r(end.1)
    );
    let samples = (0..=32)
        .map(|i| {
            let t = i as f64 / 32.0;
            let u = 1.0 - t;
            let x = u * u * u * start.0 + 3.0 * u * u * t * c1.0 + 3.0 * u * t * t * c2.0 + t * t * t * end.0;
            let y = u * u * u * start.1 + 3.0 * u * u * t * c1.1 + 3.0 * u * t * t * c2.1 + t * t * t * end.1;
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

/// Every node in story order, each step with its node's index (for tests and the text list).
pub fn story_nodes(story: &[StoryStep]) -> Vec<usize> {
    story.iter().map(|s| s.node).collect()
}

impl Graph<'_> {
    /// The diagram as a list of causes, each with the edges to its direct effects: the causes
    /// in `order` (the story), then any cause the story leaves out, in content order.
    pub fn cause_list(&self, order: &[usize]) -> Vec<(usize, Vec<usize>)> {
        let mut seen = vec![false; self.nodes.len()];
        let mut causes = Vec::new();
        for i in order.iter().copied().chain(0..self.nodes.len()) {
            if i < self.nodes.len() && !seen[i] {
                seen[i] = true;
                let out = self.edges_from(i);
                if !out.is_empty() {
                    causes.push((i, out));
                }
            }
        }
        causes
    }
}
