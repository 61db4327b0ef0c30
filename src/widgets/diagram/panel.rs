//! The details panel: the selected node's explanation, the article's words it rests on, where
//! the record differs, its causes and effects with their evidence, and links to the claim cards.

use leptos::either::Either;
use leptos::prelude::*;

use super::state::{DiagramState, graph};
use crate::app::use_page;
use crate::content::{CLAIMS, EDGES, NODES};
use crate::model::claims::find;
use crate::widgets::bind::{maybe, text};

#[component]
pub fn DetailsPanel(state: DiagramState) -> impl IntoView {
    let page = use_page();
    // With the diagram alone (an embed), claim links open the whole explainer in a new tab.
    let target = maybe(move || page.alone.get().then(|| "_blank".to_string()));
    let body = move || {
        let Some(i) = state.selected.get() else {
            return Either::Left(view! {
                <p class="details-empty">"Select a box (click it, or focus it and press Enter) to see what it rests on and what follows from it."</p>
            });
        };
        let n = &NODES[i];
        let g = graph();
        let relations = |edges: Vec<usize>, incoming: bool| {
            edges
                .into_iter()
                .map(|k| {
                    let e = &EDGES[k];
                    let other = &NODES[if incoming { e.from } else { e.to }];
                    view! {
                        <li data-relation=e.relation.slug()>
                            <strong>{other.label}</strong>" ("{e.relation.label()}"): "{e.evidence}
                            {e.contested.map(|c| view! { <span class="contested-note">" Contested: "{c}</span> })}
                        </li>
                    }
                })
                .collect_view()
        };
        let (causes, effects) = (g.edges_into(i), g.edges_from(i));
        let claims = n
            .claims
            .iter()
            .filter_map(|id| find(CLAIMS, id))
            .map(|(_, c)| {
                let first = c.spans.first().map_or("", |s| s.text);
                view! {
                    <li><a href=text(move || format!("{}#claim-{}", if page.alone.get() { "./" } else { "" }, c.id)) target=target>"“"{first}"”"</a>" — "{c.made_by}</li>
                }
            })
            .collect_view();
        Either::Right(view! {
            <h3 class="details-title">{n.label}</h3>
            {n.contested.map(|c| view! { <p class="contested"><strong>"The record differs: "</strong>{c}</p> })}
            <p class="details-explanation">{n.explanation}</p>
            <figure class="details-quote">
                <blockquote>{n.sentences.iter().map(|s| view! { <p>{*s}</p> }).collect_view()}</blockquote>
                <figcaption>"The article's words"</figcaption>
            </figure>
            {(!causes.is_empty()).then(|| view! { <h4>"What leads to it"</h4><ul class="details-list">{relations(causes, true)}</ul> })}
            {(!effects.is_empty()).then(|| view! { <h4>"What follows from it"</h4><ul class="details-list">{relations(effects, false)}</ul> })}
            {(!n.claims.is_empty()).then(|| view! { <h4>"The claims it rests on"</h4><ul class="details-list">{claims}</ul> })}
            <button type="button" class="button button-quiet" on:click=move |_| state.clear()>"Clear the selection"</button>
        })
    };
    view! {
        <div class="diagram-details" id="diagram-details" aria-live="polite" data-empty=maybe(move || state.selected.get().is_none().then(|| "true".to_string()))>
            {body}
        </div>
        <p class="visually-hidden" aria-live="polite">{text(move || state.selected.get().map(|i| format!("Selected: {}.", NODES[i].label)).unwrap_or_default())}</p>
    }
}
