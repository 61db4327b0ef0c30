//! The export-control cause-and-effect diagram: the theory US chip controls were meant to
//! prove ("cut off the chips, slow the progress") beside what the article says happened.
//!
//! [`DiagramWidget`] is the frame, rendered at build time with everything that never changes:
//! the head, the legend, every node's details and the text equivalent. The islands that move
//! share [`state`] (provided on the root owner): `controls.rs` the view switch, the
//! counterfactual and the story; `svg.rs` the figure in both arrangements (nodes light up,
//! take focus, follow the arrow keys); `panel.rs` which node's details show; `list.rs` the
//! button that shows the text equivalent. The graph itself (causes, effects, layout) is
//! `model::graph`.

mod controls;
mod list;
mod panel;
pub mod state;
#[cfg(feature = "ssr")]
pub use panel::pane_rules;
#[cfg(feature = "ssr")]
pub use svg::figure_markup;
mod svg;

use leptos::prelude::*;

use crate::model::url_state::Widget;
use crate::widgets::controls::WidgetHead;
use crate::widgets::embed_panel::EmbedPanel;
use controls::{DiagramToolbar, StoryControls};
use list::{DiagramList, ListToggle};
use panel::DetailsPanes;
use svg::DiagramFigure;

/// The widget's heading (its picture's too).
pub const TITLE: &str = "Cut off the chips, slow the progress?";

/// The widget, placed after the chip story's pull quote, or `alone` on its own page (then its
/// links to claims open the whole explainer, in a new tab).
#[component]
pub fn DiagramWidget(alone: bool) -> impl IntoView {
    view! {
        <aside class="widget widget-diagram" id="diagram" aria-labelledby="diagram-title">
            <WidgetHead
                kicker="Interactive · The chip story"
                title_id="diagram-title"
                title=TITLE
                dek="The theory behind US export controls, beside what the article says happened. \
                 Select a box to light up its causes and effects; arrow keys follow the arrows."
            />
            <DiagramToolbar/>
            <StoryControls/>
            <div class="diagram-body">
                <figure class="diagram-figure">
                    <DiagramFigure/>
                    <figcaption class="diagram-legend">
                        <Legend/>
                    </figcaption>
                </figure>
                <div class="diagram-side">
                    <DetailsPanes alone/>
                </div>
            </div>
            <footer class="widget-foot">
                <ListToggle>
                    <DiagramList/>
                </ListToggle>
                <DiagramEmbed/>
            </footer>
        </aside>
    }
}

/// The diagram's embed panel (it embeds as it first shows).
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn DiagramEmbed() -> impl IntoView {
    view! { <EmbedPanel widget=Some(Widget::Diagram) query=Signal::stored(String::new()) picture=crate::model::picture::diagram/> }
}

/// What the line styles and boxes mean.
#[component]
fn Legend() -> impl IntoView {
    use crate::content::Relation;
    let lines = Relation::ALL
        .iter()
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
