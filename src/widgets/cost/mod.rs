//! The token-cost slider: what a month of output tokens costs at DeepSeek V4-Pro's $3.48 per
//! million against OpenAI's $30 and Anthropic's $25, and more.
//!
//! [`CostWidget`] is the widget's frame, rendered at build time (its head, and where the prices
//! come from, never change). Inside it, [`CostControls`] is the island that moves: the slider
//! and everything that follows the amount, the Copy link and Embed buttons, one small component
//! per file. [`LiveSentence`], in the article, is an island of its own. Both share [`state`],
//! provided on the root owner. What they show is computed by `model::table` and
//! `model::amount`, and written by `format`.

mod custom;
mod entry;
mod live;
mod presets;
mod rows;
mod share;
mod slider;
mod sources;
pub mod state;

pub use live::LiveSentence;

use leptos::prelude::*;

use crate::model::url_state::{Widget, write_query};
use crate::widgets::bind::flag;
use crate::widgets::controls::widget_head;
use crate::widgets::embed_code::EmbedCode;
use custom::CustomRowForm;
use entry::TokenEntry;
use presets::Presets;
use share::CopyLink;
use rows::{CostRows, PeriodSwitch, SavingSentence};
use slider::TokenSlider;
use sources::PriceSources;
use state::{rows_of, use_cost};

/// The widget, placed after the article's pricing paragraph (or alone, on its own page).
#[component]
pub fn CostWidget() -> impl IntoView {
    view! {
        <aside class="widget widget-cost" id="cost" aria-labelledby="cost-title">
            {widget_head(
                "Interactive · Token prices",
                "cost-title",
                "What a month of output tokens costs",
                "The article's prices per million output tokens, applied to an amount you choose. \
                 Output tokens are the text a model writes: a word is one to two tokens.",
            )}
            <CostControls>
                <PriceSources/>
            </CostControls>
        </aside>
    }
}

/// Everything in the widget that follows the amount, and its foot: `children` (where the prices
/// come from, rendered at build time), the Copy link and Embed buttons.
#[island]
pub fn CostControls(children: Children) -> impl IntoView {
    let cost = use_cost();
    let shown = cost.shown();
    let rows = rows_of(shown);
    let extra = flag(move || shown.with(|s| s.extra));
    view! {
        <div class="cost-controls">
            <div class="cost-inputs">
                <TokenSlider cost shown/>
                <TokenEntry cost shown/>
            </div>
            <Presets cost shown/>
            <div class="cost-results">
                <div class="cost-results-head">
                    <h3 class="cost-results-title">"Cost at each price"</h3>
                    <PeriodSwitch cost shown/>
                </div>
                <CostRows shown rows/>
                <SavingSentence shown rows/>
            </div>
            <div class="cost-more">
                <div class="check">
                    <input
                        type="checkbox"
                        id="cost-extra"
                        checked=extra
                        prop:checked=extra
                        on:change=move |ev| cost.extra.set(event_target_checked(&ev))
                    />
                    <label for="cost-extra">"Also show prices from public price lists (not in the article)"</label>
                </div>
                <CustomRowForm cost shown/>
            </div>
        </div>
        <footer class="widget-foot">
            {children()}
            <CopyLink cost/>
            <EmbedCode widget=Some(Widget::Cost) query=Signal::derive(move || write_query("", &cost.snapshot()))/>
        </footer>
    }
}
