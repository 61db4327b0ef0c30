//! The token-cost slider: what a month of output tokens costs at DeepSeek V4-Pro's $3.48 per
//! million against OpenAI's $30 and Anthropic's $25, and more.
//!
//! One small component per file; the state they share is in [`state`], everything they show is
//! computed by `model::table` and `model::amount`, and numbers are written by `format`.

mod custom;
mod entry;
mod live;
mod presets;
mod rows;
mod share;
mod slider;
pub mod state;

pub use live::LiveSentence;

use leptos::prelude::*;

use crate::app::use_page;
use custom::CustomRowForm;
use entry::TokenEntry;
use presets::Presets;
use rows::{CostRows, PeriodSwitch, PriceSources, SavingSentence};
use share::CopyLink;
use slider::TokenSlider;
use state::use_cost;

use crate::widgets::bind::flag;
use crate::widgets::controls::widget_head;

/// The widget, placed after the article's pricing paragraph (or alone, with `?widget=cost`).
#[component]
pub fn CostWidget() -> impl IntoView {
    let cost = use_cost();
    let page = use_page();
    let extra = flag(move || cost.extra.get());
    view! {
        <aside class="widget widget-cost" id="cost" aria-labelledby="cost-title">
            {widget_head(
                "Interactive · Token prices",
                "cost-title",
                "What a month of output tokens costs",
                "The article's prices per million output tokens, applied to an amount you choose. \
                 Output tokens are the text a model writes: a word is one to two tokens.",
            )}
            <div class="cost-inputs">
                <TokenSlider/>
                <TokenEntry/>
            </div>
            <Presets/>
            <div class="cost-results">
                <div class="cost-results-head">
                    <h3 class="cost-results-title">"Cost at each price"</h3>
                    <PeriodSwitch/>
                </div>
                <CostRows/>
                <SavingSentence/>
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
                <CustomRowForm/>
            </div>
            <footer class="widget-foot">
                <PriceSources embedded=page.embedded/>
                <CopyLink/>
                <crate::widgets::embed_code::EmbedCode widget=Some("cost")/>
            </footer>
        </aside>
    }
}
