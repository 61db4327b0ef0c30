//! The export-control cause-and-effect diagram: the theory US chip controls were meant to
//! prove ("cut off the chips, slow the progress") beside what the article says happened.
//!
//! `state.rs` holds the signals; `svg.rs` draws the two arrangements; `panel.rs` the details of
//! the selected node; `controls.rs` the view switch, story mode and counterfactual; `list.rs`
//! the text equivalent. The graph itself (causes, effects, layout) is `model::graph`.

mod controls;
mod list;
mod panel;
pub mod state;
mod svg;

use leptos::prelude::*;

use crate::model::graph::Arrangement;
use crate::widgets::controls::widget_head;
use controls::{Counterfactual, Story, ViewSwitch};
use list::DiagramList;
use panel::DetailsPanel;
use state::DiagramState;
use svg::DiagramSvg;

/// The widget, placed after the chip story's pull quote (or alone, with `?widget=diagram`).
#[component]
pub fn DiagramWidget() -> impl IntoView {
    let state = DiagramState::new();
    view! {
        <aside class="widget widget-diagram" id="diagram" aria-labelledby="diagram-title">
            {widget_head(
                "Interactive · The chip story",
                "diagram-title",
                "Cut off the chips, slow the progress?",
                "The theory behind US export controls, beside what the article says happened. \
                 Select a box to light up its causes and effects; arrow keys follow the arrows.",
            )}
            <div class="diagram-toolbar">
                <ViewSwitch state/>
                <Counterfactual state/>
            </div>
            <div class="diagram-body">
                <figure class="diagram-figure">
                    <DiagramSvg state arrangement=Arrangement::Wide/>
                    <DiagramSvg state arrangement=Arrangement::Narrow/>
                    <figcaption class="diagram-legend">
                        <Legend/>
                    </figcaption>
                </figure>
                <div class="diagram-side">
                    <Story state/>
                    <DetailsPanel state/>
                </div>
            </div>
            <footer class="widget-foot">
                <DiagramList/>
                <crate::widgets::embed_code::EmbedCode widget=Some("diagram")/>
            </footer>
        </aside>
    }
}

/// What the line styles and boxes mean.
#[component]
fn Legend() -> impl IntoView {
    use crate::content::Relation;
    let lines = [Relation::Intended, Relation::Reported, Relation::Predicted, Relation::Argued]
        .into_iter()
        .map(|r| {
            view! {
                <li class="legend-item">
                    <svg class="legend-line" viewBox="0 0 40 10" aria-hidden="true" focusable="false">
                        <line class="edge" data-relation=r.slug() x1="2" y1="5" x2="38" y2="5"></line>
                    </svg>
                    {r.label()}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="legend" aria-label="Legend">
            {lines}
            <li class="legend-item"><span class="legend-box" data-track="intended"></span>"the policy's theory"</li>
            <li class="legend-item"><span class="legend-box" data-track="happened"></span>"what the article says happened"</li>
            <li class="legend-item"><span class="legend-box" data-contested="true"></span>"the record differs"</li>
        </ul>
    }
}
