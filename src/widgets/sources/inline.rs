//! Claims in the article's text: each claim's span gets a quiet highlight and, after it, a small
//! button that opens its card below the paragraph (WAI-ARIA disclosure: `aria-expanded`,
//! `aria-controls`; Escape closes the card and returns focus to the button).

use leptos::ev::KeyboardEvent;
use leptos::either::Either;
use leptos::html::Button;
use leptos::prelude::*;

use super::card::CardBody;
use crate::content::{Block, CLAIMS};
use crate::model::claims::{Segment, card_id, segments};
use crate::widgets::bind::{aria, flag};

/// One marked claim in a block: its segment data, and whether its card is open.
struct Mark {
    claim: usize,
    span: usize,
    open: RwSignal<bool>,
    button: NodeRef<Button>,
}

/// Renders `block`'s text with its claims marked, and the cards to place after the paragraph
/// (a card is a section, which cannot sit inside a paragraph).
pub fn claim_text(block: &'static Block) -> (impl IntoView + use<>, impl IntoView + use<>) {
    let segs = segments(block.id, block.text, CLAIMS);
    let mut marks: Vec<Mark> = Vec::new();
    let text = segs
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => Either::Left(t),
            Segment::Claim { claim, span, text } => {
                let mark = Mark { claim, span, open: RwSignal::new(false), button: NodeRef::new() };
                let view = marked(&mark, text);
                marks.push(mark);
                Either::Right(view)
            }
        })
        .collect_view();
    let cards = marks.iter().map(card).collect_view();
    (text, cards)
}

fn marked(m: &Mark, text: &'static str) -> impl IntoView + use<> {
    let c = &CLAIMS[m.claim];
    let open = m.open;
    let label = format!("{}: source card for claim {} ({})", c.row, c.row, c.kind.label().to_lowercase());
    view! {
        <mark class="claim-span" data-claim=c.id data-kind=c.kind.slug() data-row=c.row>{text}</mark>
        <button
            type="button"
            class="claim-button"
            data-claim=c.id
            aria-expanded=aria(move || open.get())
            aria-controls=card_id(c, m.span)
            aria-label=label
            node_ref=m.button
            on:click=move |_| open.update(|o| *o = !*o)
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" && open.get_untracked() {
                    open.set(false);
                }
            }
        >
            {c.row}
        </button>
    }
}

fn card(m: &Mark) -> impl IntoView + use<> {
    let c = &CLAIMS[m.claim];
    let (open, button) = (m.open, m.button);
    let close = move || {
        open.set(false);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <section
            class="claim-card"
            id=card_id(c, m.span)
            data-claim=c.id
            data-kind=c.kind.slug()
            aria-label=format!("Claim {}: {}", c.row, c.kind.label())
            hidden=flag(move || !open.get())
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
            <CardBody claim=c/>
            <p class="card-more"><a href=format!("#claim-{}", c.id)>"All sources and claims"</a></p>
        </section>
    }
}
