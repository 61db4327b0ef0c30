//! The details panel: the selected node's explanation, the article's words it rests on, where
//! the record differs, its causes and effects with their evidence, and links to the claim cards.
//!
//! Every node's details are rendered at build time ([`DetailsPanes`]), each pane marked with its
//! node's id; one island, [`DetailsPanel`], marks the panel with the selected node's id, and the
//! style sheet shows the pane whose id matches ([`pane_rules`], written into the sheet by the
//! build step, one rule per node). So no island takes props, and the module carries no JSON.

use leptos::prelude::*;

use leptos::ev::KeyboardEvent;
use leptos::html::Div;

use super::state::{graph, use_diagram};
use crate::content::{CLAIM_TEXTS, CLAIMS, EDGE_TEXTS, EDGES, NODE_TEXTS, NODES};
use crate::model::claims::find;
use crate::model::geometry::Arrangement;
use crate::widgets::bind::{flag, maybe};
use crate::widgets::controls::{To, link};
use crate::widgets::page::use_page;

/// Every pane, in the panel: the empty one first, then each node's.
#[component]
pub fn DetailsPanes(alone: bool) -> impl IntoView {
    let panes = NODES
        .iter()
        .enumerate()
        .map(|(i, n)| view! { <div class="details-pane" data-pane=n.id><NodeDetails node=i alone/></div> })
        .collect_view();
    view! {
        <DetailsPanel>
            <div class="details-pane" data-pane="">
                <p class="details-empty">"Select a box (click it, or focus it and press Enter) to see what it rests on and what follows from it."</p>
            </div>
            {panes}
        </DetailsPanel>
    }
}

/// The style rules that show the selected node's pane: one per node, for the panel's
/// `data-selected`. The build step adds them to the diagram's style sheet.
#[cfg(feature = "ssr")]
pub fn pane_rules() -> String {
    NODES
        .iter()
        .map(|n| {
            format!(
                ".diagram-details[data-selected=\"{id}\"] .details-pane[data-pane=\"{id}\"] {{ display: block; }}\n",
                id = n.id
            )
        })
        .collect()
}

/// The panel around the panes (`children`): a polite live region, marked with the selected
/// node's id (`data-selected`, which shows its pane) or as empty, and ending with a button that
/// clears the selection while there is one. On a narrow screen it opens right under the
/// selected node (`--details-at`: where the node's box ends, in thousandths of the figure's
/// width), on a wide one beside the figure; either way it is brought into view when a node is
/// selected, unless the page is framed (an embed never scrolls its host). Escape inside it
/// closes it and gives focus back to the node.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn DetailsPanel(children: Children) -> impl IntoView {
    let state = use_diagram();
    let embedded = use_page().embedded;
    let below: Vec<u32> = {
        let layout = graph().layout(Arrangement::Narrow);
        (0..NODES.len()).map(|i| layout.below(i)).collect()
    };
    let at = maybe(move || {
        state
            .selected
            .get()
            .and_then(|i| below.get(i))
            .map(|b| b.to_string())
    });
    let selected = maybe(move || state.selected.get().map(|i| NODES[i].id.to_string()));
    let panel = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if state.selected.get().is_some() && !embedded {
            request_animation_frame(move || {
                if let Some(el) = panel.get_untracked() {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    el.scroll_into_view_with_scroll_into_view_options(&options);
                }
            });
        }
    });
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && state.selected.get_untracked().is_some() {
            ev.stop_propagation();
            state.clear();
            state.refocus.notify();
        }
    };
    view! {
        <div class="diagram-details" id="diagram-details" aria-live="polite" node_ref=panel
            data-empty=maybe(move || state.selected.get().is_none().then(|| "true".to_string()))
            data-selected=selected
            style:--details-at=at
            on:keydown=on_keydown>
            {children()}
            <button type="button" class="button button-quiet details-clear" hidden=flag(move || state.selected.get().is_none())
                on:click=move |_| state.clear()>"Clear the selection"</button>
        </div>
    }
}

/// What node `node` is, what it rests on and what follows from it.
#[component]
fn NodeDetails(node: usize, alone: bool) -> impl IntoView {
    let (n, text) = (&NODES[node], &NODE_TEXTS[node]);
    let g = graph();
    let relations = |edges: Vec<usize>, incoming: bool| {
        edges
            .into_iter()
            .map(|k| {
                let (e, why) = (&EDGES[k], &EDGE_TEXTS[k]);
                let other = &NODES[if incoming { e.from } else { e.to }];
                view! {
                    <li data-relation=e.relation.slug()>
                        <strong>{other.label}</strong>" ("{e.relation.label()}"): "{why.evidence}
                        {why.contested.map(|c| view! { <span class="contested-note">" Contested: "{c}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    let (causes, effects) = (g.edges_into(node), g.edges_from(node));
    // On the diagram's own page, a claim is in the whole explainer, another page.
    let to = |id: &str| {
        if alone {
            To::Away(format!("./index.html#claim-{id}"))
        } else {
            To::Here(format!("#claim-{id}"))
        }
    };
    let claims = text
        .claims
        .iter()
        .filter_map(|id| find(CLAIMS, id))
        .map(|(i, c)| {
            let words = &CLAIM_TEXTS[i];
            let first = words.spans.first().map_or("", |s| s.text);
            let number = crate::widgets::claim_number(i);
            view! {
                <li>
                    <span class="claim-ref"><span class="visually-hidden">"Claim "</span>{number}</span>" "{link(to(c.id), ("“", first, "”"))}" — "{words.made_by}
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 class="details-title">{n.label}</h3>
        {text.contested.map(|c| view! { <p class="contested"><strong>"The record differs: "</strong>{c}</p> })}
        <p class="details-explanation">{text.explanation}</p>
        <figure class="details-quote">
            <blockquote>{text.sentences.iter().map(|s| view! { <p>{*s}</p> }).collect_view()}</blockquote>
            <figcaption>"The article's words"</figcaption>
        </figure>
        {(!causes.is_empty()).then(|| view! { <h4>"What leads to it"</h4><ul class="details-list">{relations(causes, true)}</ul> })}
        {(!effects.is_empty()).then(|| view! { <h4>"What follows from it"</h4><ul class="details-list">{relations(effects, false)}</ul> })}
        {(!text.claims.is_empty()).then(|| view! { <h4>"The claims it rests on"</h4><ul class="details-list">{claims}</ul> })}
    }
}
