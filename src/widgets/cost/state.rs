//! The cost widget's state: one signal per fact the reader sets, shared (through context) by the
//! widget and the live sentence in the article, and kept in the address bar.

use leptos::prelude::*;

use crate::browser;
use crate::content::PRICES;
use crate::model::amount::clamp;
use crate::model::cost::Period;
use crate::model::table::{Row, table};
use crate::model::url_state::{CostState, CustomRow, UrlState, write_query};
use crate::widgets::bind::Painter;

/// What the painter hands every part on a run: the state, and the table for it.
pub struct Current {
    pub state: CostState,
    pub rows: Vec<Row>,
}

impl Current {
    /// `state` and its table.
    fn of(state: CostState) -> Self {
        Current { rows: table(PRICES, &state), state }
    }

    /// The current state and table, untracked (the views' first render).
    pub fn now(cost: CostSignals) -> Self {
        Current::of(untrack(|| cost.snapshot()))
    }
}

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
    /// Writes the figures that move with the state, for every component (see [`Painter`]).
    pub painter: Painter<Current>,
    /// How many times the amount has been set, by anyone (not reactive: read alongside
    /// `tokens`). The typed field's draft belongs to the setting it was typed after.
    pub settings: StoredValue<u64>,
}

impl CostSignals {
    fn new() -> Self {
        let d = CostState::default();
        let (tokens, period, extra, custom) = (RwSignal::new(d.tokens), RwSignal::new(d.period), RwSignal::new(d.extra), RwSignal::new(d.custom));
        CostSignals {
            tokens,
            period,
            extra,
            custom,
            // The painter reads the state once a run, computes its table, and hands both to
            // every part.
            painter: Painter::new(move || Current::of(read(tokens, period, extra, custom))),
            settings: StoredValue::new(0),
        }
    }

    /// The state as one value (tracked: an effect or memo that calls this re-runs on change).
    pub fn snapshot(&self) -> CostState {
        read(self.tokens, self.period, self.extra, self.custom)
    }

    /// Sets the tokens, clamped to the range.
    pub fn set_tokens(&self, tokens: u64) {
        self.settings.update_value(|n| *n += 1);
        self.tokens.set(clamp(tokens));
    }

    fn apply(&self, url: &UrlState) {
        if let Some(t) = url.tokens {
            self.set_tokens(t);
        }
        self.period.set(url.period);
        self.extra.set(url.extra);
        self.custom.set(url.custom.clone());
    }
}

/// Creates the cost state, provides it to the components below, and keeps it in step with the
/// address: read once after hydration, written back (debounced) with `history.replaceState`.
pub fn provide_cost_state() -> CostSignals {
    let cost = CostSignals::new();
    provide_context(cost);

    let loaded = StoredValue::new(false);
    let last = StoredValue::new(None::<CostState>);
    let pending = StoredValue::new(false);
    // Effects run only in the browser, after hydration, so the prerendered page shows the
    // defaults and the reader's address is applied right after the app starts. In the
    // painter's effect: it follows the same state, and a slider step then runs one effect.
    cost.painter.follow(move |now: &Current| {
        let state = &now.state;
        if !loaded.get_value() {
            loaded.set_value(true);
            let (query, fragment) = browser::location();
            cost.apply(&UrlState::parse(&query, &fragment));
            // The state as the address leaves it is the first one kept: nothing to write back.
            last.set_value(Some(untrack(|| cost.snapshot())));
            return true;
        }
        if last.with_value(|l| l.as_ref() == Some(state)) {
            return false;
        }
        last.set_value(Some(state.clone()));
        // Browsers limit how often the address may change: write at most every quarter second,
        // the latest state when the timer fires (one timer, however fast the slider moves).
        if !pending.get_value() {
            pending.set_value(true);
            set_timeout(
                move || {
                    pending.set_value(false);
                    if let Some(state) = last.get_value() {
                        let (query, _) = browser::location();
                        browser::replace_query(&write_query(&query, &state));
                    }
                },
                std::time::Duration::from_millis(250),
            );
        }
        false
    });
    cost
}

/// The state the signals hold, as one value (tracked).
fn read(tokens: RwSignal<u64>, period: RwSignal<Period>, extra: RwSignal<bool>, custom: RwSignal<Option<CustomRow>>) -> CostState {
    CostState { tokens: tokens.get(), period: period.get(), extra: extra.get(), custom: custom.get() }
}

/// The cost state provided by [`provide_cost_state`].
pub fn use_cost() -> CostSignals {
    expect_context::<CostSignals>()
}
