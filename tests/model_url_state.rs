//! The address as state: reading it on load, writing it back, and hostile input.

use explainer::model::amount::{TOKENS_MAX, TOKENS_MIN};
use explainer::model::cost::{Period, PricePerMillion};
use explainer::model::url_state::*;
use proptest::prelude::*;

#[test]
fn reads_every_parameter() {
    let q = "?tokens=2500000&period=year&extra=1&custom=12.5&custom_name=My%20model&widget=cost&theme=dark&embed=1&childId=pym-1";
    let st = CostAddress::parse(q);
    assert_eq!(st.tokens, Some(2_500_000));
    assert_eq!(st.period, Period::Year);
    assert!(st.extra);
    assert_eq!(
        st.custom,
        Some(CustomRow {
            name: "My model".into(),
            price: PricePerMillion(12_500_000)
        })
    );
    let page = PageAddress::parse(q, "#claim-price-openai");
    assert_eq!(page.child_id.as_deref(), Some("pym-1"));
    assert_eq!(page.claim.as_deref(), Some("price-openai"));
}

#[test]
fn a_repeated_parameter_is_read_as_its_last_readable_value() {
    let period = |q: &str| CostAddress::parse(q).period;
    assert_eq!(period("?period=year&period=month"), Period::Month);
    assert_eq!(period("?period=month&period=year"), Period::Year);
    assert_eq!(
        period("?period=year&period=decade"),
        Period::Year,
        "an unreadable value changes nothing"
    );
    assert_eq!(period("?period=YEAR"), Period::Month);
    let tokens = |q: &str| CostAddress::parse(q).tokens;
    assert_eq!(tokens("?tokens=5000&tokens=7000"), Some(7_000));
    assert_eq!(tokens("?tokens=5000&tokens=lots"), Some(5_000));
}

#[test]
fn an_empty_address_gives_the_defaults() {
    assert_eq!(CostAddress::parse(""), CostAddress::default());
    assert_eq!(CostAddress::parse("?"), CostAddress::default());
    assert_eq!(PageAddress::parse("", ""), PageAddress::default());
    assert_eq!(PageAddress::parse("?", "#"), PageAddress::default());
    assert_eq!(CostAddress::parse("").state(), CostState::default());
}

#[test]
fn hostile_tokens_are_clamped_or_ignored() {
    let t = |q: &str| CostAddress::parse(q).tokens;
    assert_eq!(t("tokens=-5"), None);
    assert_eq!(t("tokens=NaN"), None);
    assert_eq!(t("tokens=1e999"), None);
    assert_eq!(t("tokens=Infinity"), None);
    assert_eq!(t("tokens=%3Cscript%3Ealert(1)%3C/script%3E"), None);
    assert_eq!(t(&format!("tokens={}", "9".repeat(5000))), None);
    assert_eq!(t("tokens=99999999999999999999999"), Some(TOKENS_MAX));
    assert_eq!(t("tokens=5"), Some(TOKENS_MIN));
    assert_eq!(t("tokens=0"), Some(TOKENS_MIN));
    assert_eq!(t("tokens=2.5M"), Some(2_500_000));
    assert_eq!(t("tokens="), None);
    assert_eq!(
        t("tokens=3&tokens=junk"),
        Some(TOKENS_MIN),
        "a later bad value keeps the good one"
    );
}

#[test]
fn hostile_ids_fall_back_to_defaults() {
    let q = "widget=<img src=x onerror=alert(1)>&theme=javascript:alert(1)&embed=yes&childId=\"><script>";
    let page = PageAddress::parse(q, "#claim-<b>");
    assert_eq!(
        page,
        PageAddress::default(),
        "presentation is boot.js's to read; hostile ids are dropped"
    );
    assert_eq!(CostAddress::parse(q), CostAddress::default());
    assert_eq!(page.child_id, None);
    assert_eq!(page.claim, None);
    assert_eq!(claim_in_fragment("#claim-%3Cb%3E"), None);
    assert_eq!(
        claim_in_fragment("claim-ai-index").as_deref(),
        Some("ai-index")
    );
    assert_eq!(claim_in_fragment("#sources"), None);
}

#[test]
fn a_custom_row_needs_a_valid_price_and_gets_a_clean_name() {
    assert_eq!(CostAddress::parse("custom=0").custom, None);
    assert_eq!(CostAddress::parse("custom=abc&custom_name=x").custom, None);
    assert_eq!(CostAddress::parse("custom=5000").custom, None);
    let c = CostAddress::parse("custom=2&custom_name=%20%20")
        .custom
        .unwrap();
    assert_eq!(c.name, CUSTOM_DEFAULT_NAME);
    let c = CostAddress::parse("custom=2&custom_name=%3Cb%3Ehi%3C%2Fb%3E%0A")
        .custom
        .unwrap();
    assert_eq!(
        c.name, "<b>hi</b>",
        "kept as text, never rendered as markup"
    );
}

#[test]
fn writing_keeps_the_hosts_parameters_and_replaces_ours() {
    let st = CostState {
        tokens: 2_500_000,
        period: Period::Year,
        extra: true,
        custom: Some(CustomRow {
            name: "Mine & yours".into(),
            price: PricePerMillion(12_500_000),
        }),
    };
    let q = write_query(
        "?childId=pym-1&tokens=5&initialWidth=600&period=month&widget=cost",
        &st,
    );
    assert_eq!(
        q,
        "childId=pym-1&initialWidth=600&widget=cost&tokens=2500000&period=year&extra=1&custom=12.50&custom_name=Mine%20%26%20yours"
    );
    // And reading it back gives the same state.
    let back = CostAddress::parse(&q);
    assert_eq!(back.tokens, Some(st.tokens));
    assert_eq!(back.period, st.period);
    assert_eq!(back.extra, st.extra);
    assert_eq!(back.custom, st.custom);
    assert!(
        q.contains("widget=cost"),
        "the parameters the widget does not own are kept"
    );
}

#[test]
fn writing_the_default_state_writes_only_tokens() {
    assert_eq!(write_query("", &CostState::default()), "tokens=10000000");
}

#[test]
fn decoding_is_forgiving() {
    assert_eq!(decode("a+b%20c"), "a b c");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%FF"), "\u{FFFD}");
    assert_eq!(encode("a b/é"), "a%20b%2F%C3%A9");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// Any query string and fragment: no panic, and whatever tokens come out are in range.
    #[test]
    fn any_address_parses_without_panic(q in ".{0,200}", f in ".{0,50}") {
        let _ = PageAddress::parse(&q, &f);
        let st = CostAddress::parse(&q);
        if let Some(t) = st.tokens {
            prop_assert!((TOKENS_MIN..=TOKENS_MAX).contains(&t));
        }
        let _ = write_query(&q, &CostState::default());
    }

    /// Query-like strings built from the real keys and hostile values.
    #[test]
    fn hostile_values_for_real_keys(
        key in prop::sample::select(vec!["tokens", "period", "extra", "custom", "custom_name", "widget", "theme", "embed", "childId"]),
        value in prop_oneof![".{0,40}", "[0-9eE.+-]{0,30}", Just("%".to_string()), Just("%E2%82".to_string())],
    ) {
        let st = CostAddress::parse(&format!("{key}={value}"));
        if let Some(c) = &st.custom {
            prop_assert!(c.name.chars().count() <= 40 && !c.name.chars().any(char::is_control));
        }
    }

    /// Write then read gives the state back.
    #[test]
    fn write_then_read_round_trips(tokens in TOKENS_MIN..=TOKENS_MAX, year: bool, extra: bool, name in "[ -~]{1,40}", price in 1_000u64..=1_000_000_000) {
        let name = explainer::model::cost::clean_name(&name);
        let custom = (!name.is_empty()).then_some(CustomRow { name, price: PricePerMillion(price) });
        let st = CostState { tokens, period: if year { Period::Year } else { Period::Month }, extra, custom };
        let back = CostAddress::parse(&write_query("", &st));
        prop_assert_eq!(back.tokens, Some(tokens));
        prop_assert_eq!(back.period, st.period);
        prop_assert_eq!(back.extra, extra);
        prop_assert_eq!(back.custom, st.custom);
    }
}
