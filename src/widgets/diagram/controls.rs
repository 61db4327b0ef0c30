//! The diagram's controls: which part shows and the counterfactual switch (the toolbar), and
//! the story mode.

use leptos::prelude::*;

use super::state::{View, use_diagram};
use crate::content::{COUNTERFACTUAL, NODES, STORY};
use crate::model::words::story_step;
use crate::widgets::bind::{flag, maybe, text};
use crate::widgets::controls::{RadioOption, ToggleSwitch};

/// Intended theory, what happened, or both; and "Without domestic chips": what loses its
/// support when Huawei's chips are taken away.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn DiagramToolbar() -> impl IntoView {
    let state = use_diagram();
    let option = move |v: View, id: &'static str, label: &'static str| {
        view! {
            <RadioOption
                name="diagram-view"
                id=id.to_string()
                label=label
                class="switch-label"
                checked=flag(move || state.view.get() == v)
                on_pick=move || {
                    state.view.set(v);
                    // A selection the new view hides is cleared.
                    if let Some(i) = state.selected.get_untracked()
                        && !v.shows(NODES[i].track)
                    {
                        state.clear();
                    }
                }
            />
        }
    };
    let without = flag(move || state.without.get());
    view! {
        <div class="diagram-toolbar">
            <fieldset class="switch diagram-view-switch">
                <legend class="visually-hidden">"Show"</legend>
                {option(View::Intended, "diagram-view-intended", "The theory")}
                {option(View::Happened, "diagram-view-happened", "What happened")}
                {option(View::Both, "diagram-view-both", "Both")}
            </fieldset>
            <div class="counterfactual">
                <ToggleSwitch
                    id="diagram-without"
                    label=COUNTERFACTUAL.label
                    describedby="diagram-without-note"
                    on=without
                    on_change=move |v| state.without.set(v)
                />
                // Always in the page (empty and taking no room while off: `data-on`), so a
                // screen reader announces the note when it appears.
                <p class="counterfactual-note" id="diagram-without-note" aria-live="polite" data-on=maybe(move || state.without.get().then(|| "true".to_string()))>
                    {text(move || if state.without.get() { COUNTERFACTUAL.narration.to_string() } else { String::new() })}
                </p>
            </div>
        </div>
    }
}

/// Previous / Next through the argument, with a step counter and the narration.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn StoryControls() -> impl IntoView {
    let state = use_diagram();
    let total = STORY.len();
    let counter = text(move || story_step(state.story.get(), total));
    let narration = text(move || {
        state
            .story
            .get()
            .and_then(|k| STORY.get(k))
            .map(|s| s.narration.to_string())
            .unwrap_or_default()
    });
    view! {
        <div class="story" role="group" aria-labelledby="story-label" data-active=maybe(move || state.story.get().map(|_| "true".to_string()))>
            <p class="story-label" id="story-label">"Story mode"</p>
            <div class="story-controls">
                <button type="button" class="button button-quiet"
                    disabled=flag(move || state.story.get().is_none_or(|k| k == 0))
                    on:click=move |_| if let Some(k) = state.story.get_untracked() { state.go_to_step(k.saturating_sub(1)) }>
                    "Previous"
                </button>
                <p class="story-counter">{counter}</p>
                <button type="button" class="button"
                    disabled=flag(move || state.story.get().is_some_and(|k| k + 1 >= total))
                    on:click=move |_| state.go_to_step(state.story.get_untracked().map_or(0, |k| k + 1))>
                    "Next"
                </button>
            </div>
            // Always in the page (empty and taking no room outside the story: `data-on`), so a
            // screen reader announces the first step's narration too.
            <p class="story-narration" aria-live="polite" data-on=maybe(move || state.story.get().map(|_| "true".to_string()))>{narration}</p>
        </div>
    }
}
