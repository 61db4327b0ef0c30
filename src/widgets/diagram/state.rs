//! The diagram's state: what is selected, where keyboard focus rests, which track shows, the
//! story step, and whether the counterfactual is on. Everything else is derived. Provided on
//! the root owner, so the diagram's islands (toolbar, figure, story, details) share it.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::content::{COUNTERFACTUAL, EDGES, NODES, STORY, Track};
use crate::model::graph::{Graph, NodeState};

/// Which part of the argument shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Both,
    Intended,
    Happened,
}

impl View {
    pub fn shows(self, track: Track) -> bool {
        match self {
            View::Both => true,
            View::Intended => track == Track::Intended,
            View::Happened => track == Track::Happened,
        }
    }
    pub fn attr(self) -> &'static str {
        match self {
            View::Both => "both",
            View::Intended => "intended",
            View::Happened => "happened",
        }
    }
}

/// The graph of the article's argument.
pub fn graph() -> Graph<'static> {
    Graph::new(NODES, EDGES)
}

#[derive(Clone, Copy)]
pub struct DiagramState {
    pub selected: RwSignal<Option<usize>>,
    /// The node that takes the diagram's one tab stop (roving tabindex).
    pub focus: RwSignal<usize>,
    pub view: RwSignal<View>,
    pub story: RwSignal<Option<usize>>,
    pub without: RwSignal<bool>,
    /// Each node's state while something is selected (empty when nothing is).
    pub states: Memo<Vec<NodeState>>,
    /// Nodes that lose their support while the counterfactual is on.
    pub lost: Memo<BTreeSet<usize>>,
    /// Asks the figure to give keyboard focus back to the node that has the tab stop (when the
    /// details panel is closed from inside it).
    pub refocus: Trigger,
}

impl DiagramState {
    pub fn new() -> Self {
        let selected = RwSignal::new(None::<usize>);
        let without = RwSignal::new(false);
        DiagramState {
            selected,
            focus: RwSignal::new(STORY.first().map_or(0, |s| s.node)),
            view: RwSignal::new(View::Both),
            story: RwSignal::new(None),
            without,
            states: Memo::new(move |_| {
                selected
                    .get()
                    .map(|s| graph().states(s))
                    .unwrap_or_default()
            }),
            lost: Memo::new(move |_| {
                if without.get() {
                    graph().counterfactual(COUNTERFACTUAL.remove)
                } else {
                    BTreeSet::new()
                }
            }),
            refocus: Trigger::new(),
        }
    }

    /// Whether node `i` shows in the current view.
    pub fn shown(&self, i: usize) -> bool {
        self.view.get_untracked().shows(NODES[i].track)
    }

    /// Selects node `i` (and makes it the tab stop), showing its track if it was hidden.
    pub fn select(&self, i: usize) {
        if !self.view.get_untracked().shows(NODES[i].track) {
            self.view.set(View::Both);
        }
        self.selected.set(Some(i));
        self.focus.set(i);
    }

    /// Clears the selection and leaves the story.
    pub fn clear(&self) {
        self.selected.set(None);
        self.story.set(None);
    }

    /// Goes to story step `k` (clamped), selecting its node.
    pub fn go_to_step(&self, k: usize) {
        let k = k.min(STORY.len().saturating_sub(1));
        self.story.set(Some(k));
        if let Some(step) = STORY.get(k) {
            self.select(step.node);
        }
    }
}

impl Default for DiagramState {
    fn default() -> Self {
        Self::new()
    }
}

/// Creates the diagram's state and provides it to everything below the current owner.
pub fn provide_diagram_state() -> DiagramState {
    let state = DiagramState::new();
    provide_context(state);
    state
}

/// The state provided by [`provide_diagram_state`].
pub fn use_diagram() -> DiagramState {
    expect_context::<DiagramState>()
}
