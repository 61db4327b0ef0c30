//! What a claim's card says: who makes it, what the record shows (and whether it differs from
//! the article), and where it can be checked. Rendered at build time only.

use leptos::prelude::*;

use crate::content::Claim;
use crate::widgets::controls::source_links;

/// The body of a claim card, shared by the inline cards and the index entries.
#[component]
pub fn CardBody(claim: &'static Claim) -> impl IntoView {
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
            <dd>{source_links(claim.addresses, "No primary source was found for this claim.")}</dd>
        </dl>
    }
}
