//! "Sources and claims": every claim after the article, filterable by kind. Each entry has the
//! id `claim-<id>`, so `#claim-<id>` links to it; following such a link (or loading the page
//! with one) opens the entry and scrolls to it.

use leptos::prelude::*;

use super::card::CardBody;
use super::state::use_sources;
use crate::content::{CLAIMS, ClaimKind};
use crate::model::claims::{count, entry_id, kinds_present};
use crate::widgets::bind::{aria, flag, text};
use crate::widgets::controls::radio_option;

#[component]
pub fn SourcesIndex() -> impl IntoView {
    let state = use_sources();
    let chip = move |kind: Option<ClaimKind>, id: String, label: &'static str| {
        radio_option("claim-filter", id, label, "chip", flag(move || state.filter.get() == kind), move || state.filter.set(kind))
    };
    let chips = kinds_present(CLAIMS)
        .into_iter()
        .map(|k| chip(Some(k), format!("filter-{}", k.slug()), k.label()))
        .collect_view();
    let count = text(move || {
        let n = count(CLAIMS, state.filter.get());
        if n == 1 { "1 claim".to_string() } else { format!("{n} claims") }
    });
    let entries = CLAIMS.iter().map(|c| view! { <Entry claim=c/> }).collect_view();
    view! {
        <section class="sources-index" id="sources" aria-labelledby="sources-title">
            <h2 class="sources-title" id="sources-title">"Sources and claims"</h2>
            <p class="sources-intro">
                "Every factual claim in the article, who makes it, and what the public record shows, "
                "checked against copies of public pages on 28 November 2026. Where the record differs from the article, the entry says so. "
                "The numbers match the buttons in the text."
            </p>
            <fieldset class="chips">
                <legend class="chips-legend">"Filter by kind of claim"</legend>
                {chip(None, "filter-all".to_string(), "All")}
                {chips}
            </fieldset>
            <p class="sources-count" aria-live="polite">{count}</p>
            <ol class="claim-entries" role="list">{entries}</ol>
            <crate::widgets::embed_code::EmbedCode widget=Some("sources")/>
        </section>
    }
}

#[component]
fn Entry(claim: &'static crate::content::Claim) -> impl IntoView {
    let state = use_sources();
    let id = claim.id;
    let open = flag(move || state.opened.with(|o| o.contains(id)));
    let quote = claim.spans.iter().map(|s| s.text).collect::<Vec<_>>().join(" … ");
    let body_id = format!("{}-body", entry_id(claim));
    view! {
        <li class="claim-entry" id=entry_id(claim) data-kind=claim.kind.slug()
            hidden=flag(move || state.filter.get().is_some_and(|k| k != claim.kind))>
            <h3 class="entry-head">
                <button type="button" class="entry-toggle" aria-expanded=aria(move || open.get()) aria-controls=body_id.clone()
                    on:click=move |_| state.opened.update(|o| if !o.remove(id) { o.insert(id); })>
                    <span class="entry-number">{claim.row}</span>
                    <span class="entry-quote">"“"{quote}"”"</span>
                    <span class="entry-tags">
                        <span class="badge card-kind" data-kind=claim.kind.slug()>{claim.kind.label()}</span>
                        {claim.differs.then(|| view! { <span class="badge badge-differs">"Record differs"</span> })}
                    </span>
                </button>
            </h3>
            <div class="entry-body" id=body_id hidden=flag(move || !open.get())>
                <CardBody claim/>
            </div>
        </li>
    }
}
