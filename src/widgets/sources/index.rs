//! "Sources and claims": every claim after the article, filterable by kind. Each entry has the
//! id `claim-<id>`, so `#claim-<id>` links to it; following such a link (or loading the page
//! with one) opens the entry and scrolls to it.
//!
//! The entries are rendered at build time, each a native disclosure (`<details>`: its summary,
//! a heading, opens and closes its card with no script, and the browser says whether it is
//! expanded). One island: the filter ([`ClaimFilter`], which marks the list with the kind shown;
//! the style sheet hides the rest), which also opens the entry the address names.

use leptos::prelude::*;

use super::card::CardBody;
use super::state::use_sources;
use crate::content::{ARTICLE, CLAIM_TEXTS, CLAIMS, ClaimKind};
use crate::model::claims::{count, entry_id, kinds_present, reading_order};
use crate::model::url_state::Widget;
use crate::model::words::claims_shown;
use crate::widgets::bind::{flag, maybe, text, woken};
use crate::widgets::claim_number;
use crate::widgets::controls::RadioOption;
use crate::widgets::embed_panel::EmbedPanel;
use crate::widgets::page::use_page;

/// The index's heading (its picture's too).
pub const TITLE: &str = "Sources and claims";

#[component]
pub fn SourcesIndex() -> impl IntoView {
    // In the order the article first marks each claim, so the numbers read 1, 2, 3 down the list.
    let entries = reading_order(ARTICLE, CLAIM_TEXTS).into_iter().map(|i| {
        let c = &CLAIMS[i];
        let quote = CLAIM_TEXTS[i]
            .spans
            .iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
            .join(" … ");
        view! {
            <li class="claim-entry" id=entry_id(c) data-kind=c.kind.slug()>
                <details class="entry">
                    <summary class="entry-toggle">
                        <h3 class="entry-head">
                            <span class="entry-number">{claim_number(i)}</span>
                            <span class="entry-quote">"“"{quote}"”"</span>
                            <span class="entry-tags">
                                <span class="badge card-kind" data-kind=c.kind.slug()>{c.kind.label()}</span>
                                {c.differs.then(|| view! { <span class="badge badge-differs">"Record differs"</span> })}
                            </span>
                        </h3>
                    </summary>
                    <div class="entry-body" id=format!("{}-body", entry_id(c))>
                        <CardBody claim=i/>
                    </div>
                </details>
            </li>
        }
    });
    view! {
        <section class="sources-index" id="sources" aria-labelledby="sources-title">
            <h2 class="sources-title" id="sources-title">{TITLE}</h2>
            <p class="sources-intro">
                "Every factual claim in the article, who makes it, and what the public record shows, "
                "checked against copies of public pages on 28 November 2026. Where the record differs from the article, the entry says so. "
                "The numbers match the buttons in the text."
            </p>
            <ClaimFilter>
                <ol class="claim-entries" role="list">{entries.collect_view()}</ol>
            </ClaimFilter>
            <SourcesEmbed/>
        </section>
    }
}

/// The index's embed panel (it embeds as it first shows).
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn SourcesEmbed() -> impl IntoView {
    view! { <EmbedPanel widget=Some(Widget::Sources) query=Signal::stored(String::new()) picture=crate::model::picture::sources/> }
}

/// The kind filter and the count of claims shown, above the list (`children`), which carries
/// the kind shown as `data-filter`; once awake, it opens the entry the address names.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn ClaimFilter(children: Children) -> impl IntoView {
    let state = use_sources();
    // Awake, the list is in the page: open the claim the address names (`#claim-…`). The
    // browser has brought it into view already, as it does a fragment's target on load.
    let claim = use_page().address.claim.clone();
    Effect::new(move |_| {
        if let Some(id) = &claim {
            state.reveal(id, false);
        }
    });
    let filter = woken(None, move || state.filter.get());
    let chip = move |kind: Option<ClaimKind>, id: String, label: &'static str| {
        view! {
            <RadioOption
                name="claim-filter"
                id=id
                label=label
                class="chip"
                checked=flag(move || filter.get() == kind)
                on_pick=move || state.filter.set(kind)
            />
        }
    };
    let chips = kinds_present(CLAIMS)
        .into_iter()
        .map(|k| chip(Some(k), format!("filter-{}", k.slug()), k.label()))
        .collect_view();
    let shown = text(move || claims_shown(count(CLAIMS, filter.get())));
    view! {
        <fieldset class="chips">
            <legend class="chips-legend">"Filter by kind of claim"</legend>
            {chip(None, "filter-all".to_string(), "All")}
            {chips}
        </fieldset>
        <p class="sources-count" aria-live="polite">{shown}</p>
        <div class="claim-list" data-filter=maybe(move || filter.get().map(|k| k.slug().to_string()))>
            {children()}
        </div>
    }
}
