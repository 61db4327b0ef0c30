//! The diagram as SVG: arrows styled by relation, nodes as focusable buttons (roving tabindex).
//! Rendered twice, in the wide and the narrow arrangement; the style sheet shows the one that
//! fits, so there is no layout shift and no script deciding it. One island: an SVG cannot hold
//! an island's element, so the figure's boxes and labels are part of it.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{DiagramState, graph, use_diagram};
use crate::content::{EDGES, NODES, Relation, STORY};
use crate::model::geometry::{Arrangement, FONT, LINE};
use crate::model::graph::Move;
use crate::widgets::bind::{aria, maybe, text};

/// Both arrangements of the figure, and a spoken note of what is selected.
#[island]
pub fn DiagramFigure() -> impl IntoView {
    let state = use_diagram();
    let figures = [NodeRef::<leptos::svg::Svg>::new(), NodeRef::new()];
    // Focus back to the tab stop's node, in the arrangement on the screen, when asked.
    Effect::new(move |first: Option<()>| {
        state.refocus.track();
        if first.is_none() {
            return;
        }
        let id = NODES[state.focus.get_untracked()].id;
        let shown = figures
            .iter()
            .filter_map(|f| f.get_untracked())
            .find(|svg| svg.get_client_rects().length() > 0);
        if let Some(node) = shown.and_then(|svg| {
            svg.query_selector(&format!("[data-node=\"{id}\"]"))
                .ok()
                .flatten()
        }) {
            let _ = node.unchecked_into::<web_sys::SvgElement>().focus();
        }
    });
    view! {
        <DiagramSvg state arrangement=Arrangement::Wide figure=figures[0]/>
        <DiagramSvg state arrangement=Arrangement::Narrow figure=figures[1]/>
        <p class="visually-hidden" aria-live="polite">{text(move || state.selected.get().map(|i| format!("Selected: {}.", NODES[i].label)).unwrap_or_default())}</p>
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

/// Moves keyboard focus to node `i` inside the same SVG as the event's target.
fn focus_node(ev: &KeyboardEvent, i: usize) {
    let svg = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("svg").ok().flatten());
    if let Some(el) = svg.and_then(|s| {
        s.query_selector(&format!("[data-node=\"{}\"]", NODES[i].id))
            .ok()
            .flatten()
    }) {
        let _ = el.unchecked_into::<web_sys::SvgElement>().focus();
    }
}

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
    let markers = Relation::ALL
        .iter()
        .map(|r| {
            view! {
                <marker id=format!("arrow-{}-{suffix}", r.slug()) class="arrowhead" data-relation=r.slug()
                    viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
                    <path d="M0 0L10 5L0 10z"></path>
                </marker>
            }
        })
        .collect_view();

    let edges = EDGES
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let lit = maybe(move || {
                state.states.with(|s| {
                    (!s.is_empty()).then(|| {
                        if graph().edge_lit(s, k) {
                            "lit"
                        } else {
                            "dimmed"
                        }
                        .to_string()
                    })
                })
            });
            let lost = maybe(move || {
                state
                    .lost
                    .with(|l| (l.contains(&e.to)).then(|| "true".to_string()))
            });
            view! {
                <path
                    class="edge"
                    d=layout.edges[k].d.clone()
                    data-relation=e.relation.slug()
                    data-track=NODES[e.from].track.slug()
                    data-state=lit
                    data-lost=lost
                    marker-end=format!("url(#arrow-{}-{suffix})", e.relation.slug())
                ></path>
            }
        })
        .collect_view();

    let nodes = NODES
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let b = &layout.nodes[i];
            let (x, y, w, h) = (b.x, b.y, b.w, b.h);
            let lines = b.lines.len() as u32;
            // Centre the label's lines in the box.
            let first_baseline = y + h / 2 - (lines * LINE) / 2 + FONT;
            let tspans = b
                .lines
                .iter()
                .enumerate()
                .map(|(k, line)| {
                    // A space ends every line but the last, so the text reads as the label does
                    // ("US export controls", not "US exportcontrols") to assistive technology.
                    let words = if k + 1 < lines as usize { format!("{line} ") } else { line.clone() };
                    view! { <tspan x=x + w / 2 y=first_baseline + k as u32 * LINE>{words}</tspan> }
                })
                .collect_view();
            let on_click = move |_: MouseEvent| state.select(i);
            let on_keydown = move |ev: KeyboardEvent| {
                let key = ev.key();
                match key.as_str() {
                    "Enter" | " " => {
                        ev.prevent_default();
                        state.select(i);
                    }
                    "Escape" => state.clear(),
                    "Home" | "End" => {
                        let shown: Vec<usize> = STORY.iter().map(|s| s.node).filter(|&j| state.shown(j)).collect();
                        let target = if key == "Home" { shown.first() } else { shown.last() };
                        if let Some(&t) = target {
                            ev.prevent_default();
                            state.focus.set(t);
                            focus_node(&ev, t);
                        }
                    }
                    k => {
                        if let Some(mv) = key_move(k, arrangement) {
                            ev.prevent_default();
                            if let Some(t) = graph().step(i, mv, arrangement, |j| state.shown(j)) {
                                state.focus.set(t);
                                focus_node(&ev, t);
                            }
                        }
                    }
                }
            };
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
                    on:click=on_click
                    on:keydown=on_keydown
                    on:focus=move |_| state.focus.set(i)
                >
                    <rect class="node-box" x=x y=y width=w height=h rx="10"></rect>
                    <text class="node-label" aria-hidden="true">{tspans}</text>
                </g>
            }
        })
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
            <defs>{markers}</defs>
            <g class="edges" aria-hidden="true">{edges}</g>
            <g class="nodes">{nodes}</g>
        </svg>
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
