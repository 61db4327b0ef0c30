//! The diagram as text: the same argument as a nested list, each cause with its effects under
//! it. Rendered at build time ([`DiagramList`]); always in the page for screen readers, and
//! shown to everyone on request ([`ListToggle`], an island).

use leptos::prelude::*;

use super::state::graph;
use crate::content::{EDGES, NODE_TEXTS, NODES, STORY};
use crate::model::graph::story_nodes;
use crate::widgets::bind::{flag, text};
use crate::widgets::controls::{Closed, Disclosure};

/// The button, and the list (`children`), visually hidden until asked for.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn ListToggle(children: Children) -> impl IntoView {
    let open = RwSignal::new(false);
    let label = text(move || {
        if open.get() {
            "Hide the list"
        } else {
            "Read the diagram as a list"
        }
        .to_string()
    });
    view! {
        <Disclosure
            id="diagram-list"
            label
            open=flag(move || open.get())
            on_toggle=move || open.update(|o| *o = !*o)
            class="diagram-text"
            button_class="button button-quiet"
            region_class="diagram-list"
            closed=Closed::Unseen
        >
            {children()}
        </Disclosure>
    }
}

/// The argument as a list: causes in story order, each with its direct effects (how each
/// follows, and where the record differs).
#[component]
pub fn DiagramList() -> impl IntoView {
    let items = graph()
        .cause_list(&story_nodes(STORY))
        .into_iter()
        .map(|(i, edges)| {
            let n = &NODES[i];
            let effects = edges
                .into_iter()
                .map(|k| {
                    let e = &EDGES[k];
                    let to = &NODES[e.to];
                    view! {
                        <li>
                            <span class="list-label">{to.label}</span>" ("{e.relation.label()}")"
                            {NODE_TEXTS[e.to].contested.map(|c| view! { <span class="contested-note">" The record differs: "{c}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <span class="list-label">{n.label}</span>" leads to:"
                    <ul>{effects}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="list-intro">"The argument as a list: each cause, then what follows from it."</p>
        <ul>{items}</ul>
    }
}
