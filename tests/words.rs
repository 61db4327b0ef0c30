//! The sentences the page makes from data (`model::words`), written out in full.

use explainer::content::{PRICES, PriceOrigin, TokenKind};
use explainer::model::cost::{Period, PricePerMillion};
use explainer::model::table::{baseline, table};
use explainer::model::url_state::{CostState, CustomRow};
use explainer::model::words::{
    and_list, claims_shown, list_separator, per_million, row_added, saving_sentence, story_step,
};

fn words(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn lists_read_as_spoken() {
    assert_eq!(and_list(&[]), "");
    assert_eq!(and_list(&words(&["a"])), "a");
    assert_eq!(and_list(&words(&["a", "b"])), "a and b");
    assert_eq!(and_list(&words(&["a", "b", "c"])), "a, b and c");
    assert_eq!(and_list(&words(&["a", "b", "c", "d"])), "a, b, c and d");
    let seps: Vec<_> = (0..3).map(|i| list_separator(i, 3)).collect();
    assert_eq!(seps, ["", ", ", " and "]);
}

#[test]
fn the_baseline_is_the_contents_first_price() {
    let base = baseline(PRICES).unwrap();
    assert_eq!((base.provider, base.model), ("DeepSeek", "V4-Pro"));
    let rows = table(PRICES, &CostState::default());
    let marked: Vec<_> = rows
        .iter()
        .filter(|r| r.is_baseline)
        .map(|r| r.id)
        .collect();
    assert_eq!(marked, [base.id]);
}

#[test]
fn the_saving_sentence_names_every_row_from_the_content() {
    let at = |tokens, period, extra, custom: Option<(&str, u64)>| {
        let state = CostState {
            tokens,
            period,
            extra,
            custom: custom.map(|(name, micro)| CustomRow {
                name: name.to_string(),
                price: PricePerMillion(micro),
            }),
        };
        saving_sentence(&table(PRICES, &state), period, tokens)
    };
    assert_eq!(
        at(10_000_000, Period::Month, false, None),
        "At 10 million output tokens a month, DeepSeek V4-Pro costs $34.80 a month: \
         $265.20 less than OpenAI and $215.20 less than Anthropic."
    );
    assert_eq!(
        at(1_000_000, Period::Year, false, None),
        "At 1 million output tokens a month, DeepSeek V4-Pro costs $41.76 a year: \
         $318.24 less than OpenAI and $258.24 less than Anthropic."
    );
    // The reader's own row: dearer, cheaper, or the same.
    assert_eq!(
        at(
            1_000_000,
            Period::Month,
            false,
            Some(("Local model", 1_000_000))
        ),
        "At 1 million output tokens a month, DeepSeek V4-Pro costs $3.48 a month: \
         $26.52 less than OpenAI, $21.52 less than Anthropic and $2.48 more than your Local model."
    );
    assert_eq!(
        at(1_000_000, Period::Month, false, Some(("Twin", 3_480_000))),
        "At 1 million output tokens a month, DeepSeek V4-Pro costs $3.48 a month: \
         $26.52 less than OpenAI, $21.52 less than Anthropic and the same as your Twin."
    );
    // The price list's rows are named with their model.
    let extra = at(1_000_000, Period::Month, true, None);
    for p in PRICES.iter().filter(|p| p.origin == PriceOrigin::PriceList) {
        assert!(
            extra.contains(&format!("{} {}", p.provider, p.model)),
            "{extra}"
        );
    }
}

#[test]
fn prices_read_per_million_and_name_input_tokens() {
    let price = |micro| PricePerMillion(micro);
    assert_eq!(
        per_million(price(3_480_000), TokenKind::Output),
        "$3.48 per million"
    );
    assert_eq!(
        per_million(price(30_000_000), TokenKind::Output),
        "$30 per million"
    );
    assert_eq!(
        per_million(price(1_740_000), TokenKind::Input),
        "$1.74 per million input tokens"
    );
    assert_eq!(
        row_added("Local model", price(1_200_000_000)),
        "Added Local model at $1,200 per million tokens to the table."
    );
    assert_eq!(
        row_added("Mine", price(500)),
        "Added Mine at $0.0005 per million tokens to the table."
    );
}

#[test]
fn counts_and_steps_read_as_spoken() {
    assert_eq!(claims_shown(1), "1 claim");
    assert_eq!(claims_shown(0), "0 claims");
    assert_eq!(claims_shown(23), "23 claims");
    assert_eq!(story_step(None, 6), "The argument in 6 steps");
    assert_eq!(story_step(Some(0), 6), "Step 1 of 6");
    assert_eq!(story_step(Some(5), 6), "Step 6 of 6");
}
