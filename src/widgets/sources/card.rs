//! What a claim's card says: who makes it, what the record shows (and whether it differs from
//! the article), and where it can be checked. Rendered at build time only.

use leptos::prelude::*;

use crate::content::{CLAIM_TEXTS, CLAIMS};
use crate::widgets::controls::source_links;

/// The body of the card of claim `claim` (an index into `CLAIMS`), shared by the inline cards
/// and the index entries.
#[component]
pub fn CardBody(claim: usize) -> impl IntoView {
    let (c, text) = (&CLAIMS[claim], &CLAIM_TEXTS[claim]);
    view! {
        <dl class="card-facts">
            <dt>"Who makes it"</dt>
            <dd>{text.made_by}</dd>
            <dt>"What the record shows"</dt>
            <dd>
                {c.differs.then(|| view! { <strong class="card-differs">"The record differs from the article. "</strong> })}
                {text.record}
            </dd>
            <dt>"Where to check"</dt>
            <dd>{source_links(text.addresses, "No primary source was found for this claim.")}</dd>
        </dl>
    }
}
