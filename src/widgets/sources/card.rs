//! What a claim's card says: its kind, who makes it, what the record shows (and whether it
//! differs from the article), and where it can be checked.

use leptos::prelude::*;

use crate::app::use_page;
use crate::content::Claim;
use crate::widgets::bind::maybe;
use crate::widgets::controls::source_links;

/// The body of a claim card, shared by the inline cards and the index entries.
#[component]
pub fn CardBody(claim: &'static Claim) -> impl IntoView {
    let page = use_page();
    // Inside an embed, sources open in a new tab rather than replacing the host's frame.
    let target = maybe(move || page.embedded.get().then(|| "_blank".to_string()));
    let sources = source_links(claim.addresses, target, "No primary source was found for this claim.");
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
