//! The export-control diagram as a graph: validation, causes and effects, the counterfactual,
//! keyboard moves along the arrows, and the geometry of the two arrangements (wide, left to
//! right; narrow, top to bottom), checked for overlaps.

use std::collections::BTreeSet;
use std::fmt;

use super::geometry::{Arrangement, Layout, cell, layout};
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
    UnknownNode {
        edge: usize,
        index: usize,
    },
    SelfLoop(String),
    DuplicateEdge(String, String),
    Cycle(Vec<String>),
    SharedCell {
        a: String,
        b: String,
        arrangement: Arrangement,
    },
    StoryUnknownNode(usize),
    StoryRepeats(String),
    CounterfactualUnknownNode(usize),
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphError::DuplicateId(id) => write!(f, "two nodes have the id {id:?}"),
            GraphError::UnknownNode { edge, index } => {
                write!(f, "edge {edge} names node {index}, which does not exist")
            }
            GraphError::SelfLoop(id) => write!(f, "an edge goes from {id:?} to itself"),
            GraphError::DuplicateEdge(a, b) => write!(f, "the edge {a:?} -> {b:?} appears twice"),
            GraphError::Cycle(ids) => write!(f, "the edges form a cycle: {}", ids.join(" -> ")),
            GraphError::SharedCell { a, b, arrangement } => {
                write!(
                    f,
                    "{a:?} and {b:?} share a grid cell in the {arrangement:?} arrangement"
                )
            }
            GraphError::StoryUnknownNode(i) => {
                write!(f, "the story names node {i}, which does not exist")
            }
            GraphError::StoryRepeats(id) => write!(f, "the story visits {id:?} twice"),
            GraphError::CounterfactualUnknownNode(i) => write!(
                f,
                "the counterfactual removes node {i}, which does not exist"
            ),
        }
    }
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

    /// Checks ids, edges, cycles, grid cells, the story and the counterfactual.
    pub fn validate(
        &self,
        story: &[StoryStep],
        cf: Option<&Counterfactual>,
    ) -> Result<(), Vec<GraphError>> {
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
                errors.push(GraphError::DuplicateEdge(
                    self.nodes[e.from].id.to_string(),
                    self.nodes[e.to].id.to_string(),
                ));
            }
        }
        if errors.is_empty()
            && let Some(cycle) = self.find_cycle()
        {
            errors.push(GraphError::Cycle(
                cycle
                    .iter()
                    .map(|&i| self.nodes[i].id.to_string())
                    .collect(),
            ));
        }
        for arrangement in [Arrangement::Wide, Arrangement::Narrow] {
            for (i, a) in self.nodes.iter().enumerate() {
                for b in &self.nodes[i + 1..] {
                    if cell(a, arrangement) == cell(b, arrangement) {
                        errors.push(GraphError::SharedCell {
                            a: a.id.into(),
                            b: b.id.into(),
                            arrangement,
                        });
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
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// A cycle, as the nodes on it, if there is one.
    fn find_cycle(&self) -> Option<Vec<usize>> {
        // Depth-first search with colours: 0 unvisited, 1 on the stack, 2 done.
        let n = self.nodes.len();
        let mut colour = vec![0u8; n];
        let mut stack: Vec<usize> = Vec::new();
        fn visit(
            g: &Graph,
            v: usize,
            colour: &mut [u8],
            stack: &mut Vec<usize>,
        ) -> Option<Vec<usize>> {
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
        (0..n).find_map(|v| {
            if colour[v] == 0 {
                visit(self, v, &mut colour, &mut stack)
            } else {
                None
            }
        })
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
        (0..self.edges.len())
            .filter(|&k| self.edges[k].to == i)
            .collect()
    }

    /// The edges out of `i` (its direct effects), as indices into the edges, in content order.
    pub fn edges_from(&self, i: usize) -> Vec<usize> {
        (0..self.edges.len())
            .filter(|&k| self.edges[k].from == i)
            .collect()
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
    pub fn step(
        &self,
        from: usize,
        mv: Move,
        arrangement: Arrangement,
        shown: impl Fn(usize) -> bool,
    ) -> Option<usize> {
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
            cands
                .into_iter()
                .filter(|&i| shown(i))
                .min_by_key(|&i| (key(i).1.abs_diff(here.1), key(i).0, i))
        };
        match mv {
            Move::Forward => nearest(self.children(from).collect()),
            Move::Back => nearest(self.parents(from).collect()),
            Move::Next | Move::Previous => {
                // The next node in reading order across the flow: same rank first, then the
                // following (or preceding) ranks.
                let mut others: Vec<usize> = (0..self.nodes.len())
                    .filter(|&i| i != from && shown(i))
                    .collect();
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

/// Every node in story order, each step with its node's index (for tests and the text list).
pub fn story_nodes(story: &[StoryStep]) -> Vec<usize> {
    story.iter().map(|s| s.node).collect()
}

impl Graph<'_> {
    /// Boxes and arrows for `arrangement` (the geometry is `model::geometry`).
    pub fn layout(&self, arrangement: Arrangement) -> Layout {
        layout(self.nodes, self.edges, arrangement)
    }

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
