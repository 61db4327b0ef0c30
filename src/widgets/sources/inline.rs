//! Claims in the article's text: each claim's span gets a quiet highlight and, after it, a small
//! numbered button that opens its card. The card is a native popover (`popover`, opened by the
//! button's `popovertarget`): it shows in the top layer next to its button (CSS anchor
//! positioning; a sheet at the bottom of the screen where that is missing), so it opens on the
//! same screen as the button wherever the button is. The browser gives it everything the
//! WAI-ARIA disclosure asks for, with no script at all: the button's expanded state, Escape and
//! a click outside close it, focus returns to the button, and Tab goes from the button into the
//! card. So the text, the buttons and the cards are HTML rendered at build time, and no part of
//! them is an island: they work before the WebAssembly arrives, and without it.

use leptos::either::Either;
use leptos::prelude::*;

use super::card::CardBody;
use crate::content::{Block, CLAIM_TEXTS, CLAIMS};
use crate::model::claims::{Segment, card_id, segments};
use crate::widgets::claim_number;
use crate::widgets::controls::{To, link};

/// Renders `block`'s text with its claims marked, and the cards to place after the paragraph
/// (a card is a section, which cannot sit inside a paragraph; in the top layer, where it shows,
/// its place in the document does not matter).
pub fn claim_text(block: &'static Block) -> (impl IntoView + use<>, impl IntoView + use<>) {
    let segs = segments(block.id, block.text, CLAIM_TEXTS);
    let mut marks = Vec::new();
    let text = segs
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => Either::Left(t),
            Segment::Claim { claim, span, text } => {
                marks.push((claim, span));
                let c = &CLAIMS[claim];
                Either::Right(view! {
                    <mark class="claim-span" data-claim=c.id data-kind=c.kind.slug() data-number=claim_number(claim)>
                        {text}
                    </mark>
                    {claim_button(claim, span)}
                })
            }
        })
        .collect_view();
    let cards = marks
        .into_iter()
        .map(|(claim, span)| claim_card(claim, span))
        .collect_view();
    (text, cards)
}

/// The numbered button after a claim's span: it opens and closes the claim's card.
fn claim_button(claim: usize, span: usize) -> impl IntoView {
    let c = &CLAIMS[claim];
    let number = claim_number(claim);
    let label = format!(
        "{number}: source card for claim {number} ({})",
        c.kind.label().to_lowercase()
    );
    view! {
        <button type="button" class="claim-button" data-claim=c.id popovertarget=card_id(c, span) aria-label=label>
            {number}
        </button>
    }
}

/// A claim's card: its head (kind, number, Close), who makes the claim and what the record
/// shows, and a link to its entry in the index. A popover: hidden until its button opens it.
fn claim_card(claim: usize, span: usize) -> impl IntoView {
    let c = &CLAIMS[claim];
    let id = card_id(c, span);
    let number = claim_number(claim);
    view! {
        <section class="claim-card" id=id.clone() popover="auto" data-claim=c.id data-kind=c.kind.slug()
            aria-label=format!("Claim {number}: {}", c.kind.label())>
            <header class="card-head">
                <span class="badge card-kind" data-kind=c.kind.slug()>{c.kind.label()}</span>
                <span class="card-number">"Claim "{number}</span>
                <button type="button" class="card-close" popovertarget=id.clone() popovertargetaction="hide">"Close"</button>
            </header>
            <CardBody claim/>
            <p class="card-more">{link(To::Here(format!("#claim-{}", c.id)), "All sources and claims")}</p>
        </section>
    }
}
