//! The token-cost slider: what a month of output tokens costs at DeepSeek V4-Pro's $3.48 per
//! million against OpenAI's $30 and Anthropic's $25, and more.
//!
//! [`CostWidget`] is the widget's frame, rendered at build time (its head, and where the prices
//! come from, never change). Inside it, [`CostControls`] is the island that moves: the slider
//! and everything that follows the amount, the Copy link and Embed buttons, one small component
//! per file. [`LiveSentence`], in the article, is an island of its own, built only with the
//! whole page (which has every widget): the cost widget's own page has no article, and its
//! module does not carry it. Both share [`state`], provided on the root owner. What they show
//! is computed by `model::table` and `model::amount`, and written by `model::words`.

mod custom;
mod entry;
#[cfg(all(feature = "diagram", feature = "sources"))]
mod live;
mod presets;
mod rows;
mod share;
mod slider;
mod sources;
pub mod state;

#[cfg(all(feature = "diagram", feature = "sources"))]
pub use live::LiveSentence;
#[cfg(feature = "ssr")]
pub use slider::tick_rules;

use leptos::prelude::*;

use crate::content::PriceOrigin;
use crate::model::url_state::{Widget, write_query};
use crate::widgets::bind::flag;
use crate::widgets::controls::{Disclosure, WidgetHead};
use crate::widgets::embed_panel::EmbedPanel;
use custom::CustomRowForm;
use entry::TokenEntry;
use presets::Presets;
use rows::{CostRows, PeriodSwitch, SavingSentence};
use share::CopyLink;
use slider::TokenSlider;
use sources::PriceSources;
use state::{rows_of, use_cost};

/// The widget's heading (its picture's too).
pub const TITLE: &str = "What a month of output tokens costs";

/// The widget, placed after the article's pricing paragraph (or alone, on its own page).
#[component]
pub fn CostWidget() -> impl IntoView {
    view! {
        <aside class="widget widget-cost" id="cost" aria-labelledby="cost-title">
            <WidgetHead
                kicker="Interactive · Token prices"
                title_id="cost-title"
                title=TITLE
                dek="The article's prices, at an amount you choose: output tokens are the text a model \
                 writes, one or two a word."
            />
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
    // The reader's own form is open while they have a row, unless they closed or opened it.
    let own = RwSignal::new(None::<bool>);
    let own_open = flag(move || {
        own.get()
            .unwrap_or_else(|| shown.with(|s| s.custom.is_some()))
    });
    // The slider first, and straight under it what it changes: the costs, then the other ways
    // to set the amount, then what is behind disclosures.
    view! {
        <div class="cost-controls">
            <TokenSlider cost shown/>
            <div class="cost-results">
                <div class="cost-results-head">
                    <h3 class="cost-results-title">"Cost at each price"</h3>
                    <PeriodSwitch cost shown/>
                </div>
                <CostRows shown rows origin=PriceOrigin::Article/>
                <SavingSentence shown rows/>
            </div>
            <div class="cost-inputs">
                <TokenEntry cost shown/>
                <Presets cost shown/>
            </div>
            <div class="cost-more">
                <Disclosure
                    id="cost-extra-rows"
                    label="Public price lists (not in the article)"
                    open=extra
                    on_toggle=move || cost.extra.update(|e| *e = !*e)
                >
                    <CostRows shown rows origin=PriceOrigin::PriceList/>
                </Disclosure>
                <Disclosure
                    id="cost-own-row"
                    label="Compare a model of your own"
                    open=own_open
                    on_toggle=move || own.set(Some(!own_open.get_untracked()))
                >
                    <CustomRowForm cost shown/>
                </Disclosure>
            </div>
        </div>
        <footer class="widget-foot">
            {children()}
            <CopyLink cost/>
            <EmbedPanel widget=Some(Widget::Cost) query=Signal::derive(move || write_query("", &cost.snapshot())) picture=crate::model::picture::cost/>
        </footer>
    }
}
