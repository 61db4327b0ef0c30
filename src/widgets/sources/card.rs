//! What a claim's card says: its kind, who makes it, what the record shows (and whether it
//! differs from the article), and where it can be checked.

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::use_page;
use crate::content::Claim;
use crate::widgets::bind::maybe;

/// The body of a claim card, shared by the inline cards and the index entries.
#[component]
pub fn CardBody(claim: &'static Claim) -> impl IntoView {
    let page = use_page();
    // Inside an embed, sources open in a new tab rather than replacing the host's frame.
    let target = maybe(move || page.embedded.get().then(|| "_blank".to_string()));
    let sources = if claim.addresses.is_empty() {
        Either::Left(view! { <p class="card-none">"No primary source was found for this claim."</p> })
    } else {
        let links = claim
            .addresses
            .iter()
            .map(|a| view! { <li><a class="source-link" href=format!("https://{a}") rel="noopener noreferrer" target=target>{*a}</a></li> })
            .collect_view();
        Either::Right(view! { <ul class="card-sources">{links}</ul> })
    };
    view! {
        <dl class="card-facts">
            <dt>"Who makes it"</dt>
            <dd>{claim.made_by}</dd>
            <dt>"What the record shows"</dt>
            <dd>
                {claim.differs.then(|| view! { <strong class="card-differs">"The record differs from the article. "</strong> })}
                {claim.record}
            </dd>
            <dt>"Where to check"</dt>
            <dd>{sources}</dd>
        </dl>
    }
}
