//! The cost widget's state: one signal per fact the reader sets, provided on the root owner so
//! the widget's islands and the live number in the article share it, and kept in the address.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::browser;
use crate::content::PRICES;
use crate::model::amount::clamp;
use crate::model::cost::Period;
use crate::model::table::{Row, table};
use crate::model::url_state::{CostAddress, CostState, CustomRow, write_query};
use crate::widgets::bind::woken;
use crate::widgets::page::Page;

/// The reader's choices. Everything shown is derived from these with the model.
#[derive(Clone, Copy)]
pub struct CostSignals {
    /// Output tokens a month, always inside the widget's range.
    pub tokens: RwSignal<u64>,
    pub period: RwSignal<Period>,
    /// Whether the extra price-list rows show.
    pub extra: RwSignal<bool>,
    /// The reader's own row.
    pub custom: RwSignal<Option<CustomRow>>,
    /// How many times the amount has been set, by anyone (not reactive: read alongside
    /// `tokens`). The typed field's draft belongs to the setting it was typed after.
    pub times_set: StoredValue<u64>,
}

impl CostSignals {
    fn new(start: CostState) -> Self {
        CostSignals {
            tokens: RwSignal::new(start.tokens),
            period: RwSignal::new(start.period),
            extra: RwSignal::new(start.extra),
            custom: RwSignal::new(start.custom),
            times_set: StoredValue::new(0),
        }
    }

    /// The state as one value (tracked: an effect or memo that calls this re-runs on change).
    pub fn snapshot(&self) -> CostState {
        CostState {
            tokens: self.tokens.get(),
            period: self.period.get(),
            extra: self.extra.get(),
            custom: self.custom.get(),
        }
    }

    /// The state as an island shows it: the state the page was built with while the island
    /// wakes, the live state from then on (see [`woken`]).
    pub fn shown(self) -> Memo<CostState> {
        woken(CostState::default(), move || self.snapshot())
    }

    /// Sets the tokens, clamped to the range.
    pub fn set_tokens(&self, tokens: u64) {
        self.times_set.update_value(|n| *n += 1);
        self.tokens.set(clamp(tokens));
    }
}

/// The table of a shown state (every row's cost, bar and difference), computed once a change.
pub fn rows_of(shown: Memo<CostState>) -> Memo<Vec<Row>> {
    Memo::new(move |_| shown.with(|s| table(PRICES, s)))
}

/// Creates the cost state, as the address of `page` sets it, and provides it to everything
/// below the current owner (the root). In the browser the address then follows the state.
pub fn provide_cost_state(page: &Page) -> CostSignals {
    let cost = CostSignals::new(CostAddress::parse(&page.query).state());
    provide_context(cost);
    follow_in_address(cost, page.query.clone());
    cost
}

/// Keeps the address bar's query in step with the state (`history.replaceState`), once the
/// reader has stopped moving for a moment: a drag writes the address once, at its end. The
/// parameters the widget does not own stay as the page was opened with them (`opened`).
fn follow_in_address(cost: CostSignals, opened: std::sync::Arc<str>) {
    // The write waiting for the reader to pause: a new one replaces it, and dropping a
    // `Timeout` cancels it.
    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |first: Option<()>| {
        let state = cost.snapshot();
        // The first run reads the state the address gave: nothing to write back.
        if first.is_none() {
            return;
        }
        let opened = opened.clone();
        let write = Timeout::new(300, move || {
            browser::replace_query(&write_query(&opened, &state));
        });
        pending.set_value(Some(write));
    });
}

/// The cost state provided by [`provide_cost_state`].
pub fn use_cost() -> CostSignals {
    expect_context::<CostSignals>()
}
