//! The diagram as SVG: arrows styled by relation, nodes as focusable buttons (roving tabindex).
//! Rendered twice, in the wide and the narrow arrangement; the style sheet shows the one that
//! fits, so there is no layout shift and no script deciding it. One island: an SVG cannot hold
//! an island's element, so the figure's boxes and labels are part of it.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{DiagramState, graph, use_diagram};
use crate::content::{EDGES, NODES, Relation, STORY};
use crate::model::geometry::{Arrangement, FONT, LINE, NodeBox};
use crate::model::graph::Move;
use crate::widgets::bind::{aria, maybe, text};

/// Both arrangements of the figure, and a spoken note of what is selected.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn DiagramFigure() -> impl IntoView {
    let state = use_diagram();
    let figures = [NodeRef::<leptos::svg::Svg>::new(), NodeRef::new()];
    // Focus back to the tab stop's node, in the arrangement on the screen, when asked.
    Effect::new(move |first: Option<()>| {
        state.refocus.track();
        if first.is_none() {
            return;
        }
        let shown = figures
            .iter()
            .filter_map(|f| f.get_untracked())
            .find(|svg| svg.get_client_rects().length() > 0);
        if let Some(svg) = shown {
            focus_node(&svg, state.focus.get_untracked());
        }
    });
    view! {
        <DiagramSvg state arrangement=Arrangement::Wide figure=figures[0]/>
        <DiagramSvg state arrangement=Arrangement::Narrow figure=figures[1]/>
        <p class="visually-hidden" aria-live="polite">{text(move || state.selected.get().map(|i| format!("Selected: {}.", NODES[i].label)).unwrap_or_default())}</p>
    }
}

/// Moves keyboard focus to node `i`'s box inside `svg` (one arrangement of the figure).
fn focus_node(svg: &web_sys::Element, i: usize) {
    let selector = format!("[data-node=\"{}\"]", NODES[i].id);
    if let Ok(Some(node)) = svg.query_selector(&selector) {
        let _ = node.unchecked_into::<web_sys::SvgElement>().focus();
    }
}

/// Where a key takes focus in `arrangement`, if anywhere.
fn key_move(key: &str, arrangement: Arrangement) -> Option<Move> {
    Some(match (arrangement, key) {
        (Arrangement::Wide, "ArrowRight") | (Arrangement::Narrow, "ArrowDown") => Move::Forward,
        (Arrangement::Wide, "ArrowLeft") | (Arrangement::Narrow, "ArrowUp") => Move::Back,
        (Arrangement::Wide, "ArrowDown") | (Arrangement::Narrow, "ArrowRight") => Move::Next,
        (Arrangement::Wide, "ArrowUp") | (Arrangement::Narrow, "ArrowLeft") => Move::Previous,
        _ => return None,
    })
}

/// A key on node `i`: Enter and Space select it, Escape clears the selection, Home and End go
/// to the story's first and last node shown, the arrow keys follow the arrows (`key_move`).
fn on_node_key(state: DiagramState, i: usize, arrangement: Arrangement, ev: KeyboardEvent) {
    let key = ev.key();
    let target = match key.as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            state.select(i);
            return;
        }
        "Escape" => {
            state.clear();
            return;
        }
        "Home" | "End" => {
            let mut shown = STORY.iter().map(|s| s.node).filter(|&j| state.shown(j));
            if key == "Home" {
                shown.next()
            } else {
                shown.next_back()
            }
        }
        k => match key_move(k, arrangement) {
            Some(mv) => {
                ev.prevent_default();
                graph().step(i, mv, arrangement, |j| state.shown(j))
            }
            None => return,
        },
    };
    if let Some(t) = target {
        ev.prevent_default();
        state.focus.set(t);
        let svg = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("svg").ok().flatten());
        if let Some(svg) = svg {
            focus_node(&svg, t);
        }
    }
}

/// One arrangement of the figure: the arrowheads, the arrows and the nodes.
#[component]
fn DiagramSvg(
    state: DiagramState,
    arrangement: Arrangement,
    figure: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let layout = graph().layout(arrangement);
    let suffix = match arrangement {
        Arrangement::Wide => "wide",
        Arrangement::Narrow => "narrow",
    };
    let edges = (0..EDGES.len())
        .map(|k| view! { <DiagramEdge state edge=k d=layout.edges[k].d.clone() suffix/> })
        .collect_view();
    let nodes = layout
        .nodes
        .into_iter()
        .enumerate()
        .map(|(i, b)| view! { <DiagramNode state node=i arrangement b/> })
        .collect_view();
    view! {
        <svg
            class=format!("diagram-svg diagram-{suffix}")
            viewBox=format!("0 0 {} {}", layout.width, layout.height)
            role="group"
            aria-label="Cause-and-effect diagram of the export-control argument"
            data-view=text(move || state.view.get().attr().to_string())
            data-selecting=maybe(move || state.selected.get().map(|_| "true".to_string()))
            node_ref=figure
        >
            <defs><ArrowHeads suffix/></defs>
            <g class="edges" aria-hidden="true">{edges}</g>
            <g class="nodes">{nodes}</g>
        </svg>
    }
}

/// One arrowhead per kind of relation (`suffix`: the arrangement, so ids stay unique).
#[component]
fn ArrowHeads(suffix: &'static str) -> impl IntoView {
    Relation::ALL
        .iter()
        .map(|r| {
            view! {
                <marker id=format!("arrow-{}-{suffix}", r.slug()) class="arrowhead" data-relation=r.slug()
                    viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
                    <path d="M0 0L10 5L0 10z"></path>
                </marker>
            }
        })
        .collect_view()
}

/// Arrow `edge` along the path `d`: lit or dimmed by the selection, marked when the
/// counterfactual removes what it leads to.
#[component]
fn DiagramEdge(state: DiagramState, edge: usize, d: String, suffix: &'static str) -> impl IntoView {
    let e = &EDGES[edge];
    let lit = maybe(move || {
        state.states.with(|s| {
            (!s.is_empty()).then(|| {
                if graph().edge_lit(s, edge) {
                    "lit"
                } else {
                    "dimmed"
                }
                .to_string()
            })
        })
    });
    let to = e.to;
    let lost = maybe(move || {
        state
            .lost
            .with(|l| l.contains(&to).then(|| "true".to_string()))
    });
    view! {
        <path
            class="edge"
            d=d
            data-relation=e.relation.slug()
            data-track=NODES[e.from].track.slug()
            data-state=lit
            data-lost=lost
            marker-end=format!("url(#arrow-{}-{suffix})", e.relation.slug())
        ></path>
    }
}

/// Node `node` in box `b`: a button (one tab stop for the figure, the roving tabindex), its
/// state for the selection, the story and the counterfactual, and its label's lines.
#[component]
fn DiagramNode(
    state: DiagramState,
    node: usize,
    arrangement: Arrangement,
    b: NodeBox,
) -> impl IntoView {
    let (n, i) = (&NODES[node], node);
    let (x, y, w, h) = (b.x, b.y, b.w, b.h);
    let lines = b.lines.len() as u32;
    // Centre the label's lines in the box.
    let first_baseline = y + h / 2 - (lines * LINE) / 2 + FONT;
    let tspans = b
        .lines
        .into_iter()
        .enumerate()
        .map(|(k, line)| {
            // A space ends every line but the last, so the text reads as the label does
            // ("US export controls", not "US exportcontrols") to assistive technology.
            let words = if k + 1 < lines as usize {
                format!("{line} ")
            } else {
                line
            };
            view! { <tspan x=x + w / 2 y=first_baseline + k as u32 * LINE>{words}</tspan> }
        })
        .collect_view();
    view! {
        <g
            class="node"
            data-node=n.id
            data-track=n.track.slug()
            data-contested=n.contested.then_some("true")
            data-state=maybe(move || state.states.with(|s| s.get(i).map(|x| x.attr().to_string())))
            data-lost=maybe(move || state.lost.with(|l| l.contains(&i).then(|| "true".to_string())))
            data-removed=maybe(move || (state.without.get() && i == crate::content::COUNTERFACTUAL.remove).then(|| "true".to_string()))
            role="button"
            tabindex=text(move || if state.focus.get() == i { "0" } else { "-1" }.to_string())
            aria-label=n.label
            aria-pressed=aria(move || state.selected.get() == Some(i))
            aria-controls="diagram-details"
            on:click=move |_: MouseEvent| state.select(i)
            on:keydown=move |ev: KeyboardEvent| on_node_key(state, i, arrangement, ev)
            on:focus=move |_| state.focus.set(i)
        >
            <rect class="node-box" x=x y=y width=w height=h rx="10"></rect>
            <text class="node-label" aria-hidden="true">{tspans}</text>
        </g>
    }
}

/// The figure as the page draws it at rest (nothing selected, both tracks, no counterfactual),
/// in `arrangement`, as SVG markup: for the build step's picture of the diagram.
#[cfg(feature = "ssr")]
pub fn figure_markup(arrangement: Arrangement) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let state = DiagramState::new();
        view! { <DiagramSvg state arrangement figure=NodeRef::new()/> }.to_html()
    })
}
