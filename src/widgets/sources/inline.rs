//! Claims in the article's text: each claim's span gets a quiet highlight and, after it, a small
//! button that opens its card below the paragraph (WAI-ARIA disclosure: `aria-expanded`,
//! `aria-controls`; Escape closes the card and returns focus to the button).
//!
//! The text, the marks and the cards' contents are rendered at build time; the button
//! ([`ClaimButton`]) and the card around its contents ([`ClaimCard`]) are two islands sharing
//! their disclosure through the root's [`super::state::SourcesState`].

use leptos::either::Either;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::card::CardBody;
use super::state::use_sources;
use crate::content::{Block, CLAIM_TEXTS, CLAIMS};
use crate::model::claims::{Segment, card_id, segments};
use crate::widgets::bind::{aria, flag};
use crate::widgets::controls::{To, link};

/// Renders `block`'s text with its claims marked, and the cards to place after the paragraph
/// (a card is a section, which cannot sit inside a paragraph).
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
                    <mark class="claim-span" data-claim=c.id data-kind=c.kind.slug() data-row=c.row>{text}</mark>
                    <ClaimButton claim span/>
                })
            }
        })
        .collect_view();
    let cards = marks
        .into_iter()
        .map(|(claim, span)| {
            let c = &CLAIMS[claim];
            view! {
                <ClaimCard claim span>
                    <CardBody claim/>
                    <p class="card-more">{link(To::Here(format!("#claim-{}", c.id)), "All sources and claims")}</p>
                </ClaimCard>
            }
        })
        .collect_view();
    (text, cards)
}

/// The numbered button after a claim's span.
#[island]
fn ClaimButton(claim: usize, span: usize) -> impl IntoView {
    let c = &CLAIMS[claim];
    let d = use_sources().card(claim, span);
    let label = format!(
        "{}: source card for claim {} ({})",
        c.row,
        c.row,
        c.kind.label().to_lowercase()
    );
    view! {
        <button
            type="button"
            class="claim-button"
            data-claim=c.id
            aria-expanded=aria(move || d.open.get())
            aria-controls=card_id(c, span)
            aria-label=label
            node_ref=d.button
            on:click=move |_| d.open.update(|o| *o = !*o)
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" && d.open.get_untracked() {
                    d.open.set(false);
                }
            }
        >
            {c.row}
        </button>
    }
}

/// A claim's card: its head (kind, number, Close) and its contents (`children`), shown while
/// open. Escape inside it, or Close, closes it and returns focus to its button.
#[island]
fn ClaimCard(claim: usize, span: usize, children: Children) -> impl IntoView {
    let c = &CLAIMS[claim];
    let d = use_sources().card(claim, span);
    let close = move || {
        d.open.set(false);
        if let Some(b) = d.button.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <section
            class="claim-card"
            id=card_id(c, span)
            data-claim=c.id
            data-kind=c.kind.slug()
            aria-label=format!("Claim {}: {}", c.row, c.kind.label())
            hidden=flag(move || !d.open.get())
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.stop_propagation();
                    close();
                }
            }
        >
            <header class="card-head">
                <span class="badge card-kind" data-kind=c.kind.slug()>{c.kind.label()}</span>
                <span class="card-number">"Claim "{c.row}</span>
                <button type="button" class="card-close" on:click=move |_| close()>"Close"</button>
            </header>
            {children()}
        </section>
    }
}
