//! Cost arithmetic and amounts: exact to the cent, with property tests.

use explainer::content::{PRESETS, PRICE_NOTES, PRICES, PriceOrigin};
use explainer::model::amount::*;
use explainer::model::cost::*;
use proptest::prelude::*;

const DEEPSEEK: PricePerMillion = PricePerMillion(3_480_000);
const OPENAI: PricePerMillion = PricePerMillion(30_000_000);
const ANTHROPIC: PricePerMillion = PricePerMillion(25_000_000);

#[test]
fn the_articles_three_prices_are_the_default_rows_with_deepseek_first() {
    let article: Vec<_> = PRICES
        .iter()
        .filter(|p| p.origin == PriceOrigin::Article)
        .collect();
    let figures: Vec<_> = article
        .iter()
        .map(|p| (p.provider, p.per_million))
        .collect();
    assert_eq!(
        figures,
        [
            ("DeepSeek", DEEPSEEK),
            ("OpenAI", OPENAI),
            ("Anthropic", ANTHROPIC)
        ]
    );
    assert_eq!(PRICES[0].id, "deepseek-v4-pro");
    // The extra rows the issue names, all marked as price-list figures.
    let extra: Vec<_> = PRICES
        .iter()
        .filter(|p| p.origin == PriceOrigin::PriceList)
        .map(|p| p.per_million.dollars())
        .collect();
    for want in ["1.74", "0.87", "15", "0.28"] {
        assert!(extra.contains(&want.to_string()), "extra row ${want}");
    }
    for (p, n) in PRICES.iter().zip(PRICE_NOTES) {
        assert!(
            !n.as_of.is_empty() && !n.note.is_empty(),
            "{} needs an as-of note and a note",
            p.id
        );
    }
}

#[test]
fn prices_print_as_plain_dollars() {
    assert_eq!(DEEPSEEK.dollars(), "3.48");
    assert_eq!(OPENAI.dollars(), "30");
    assert_eq!(PricePerMillion(870_000).dollars(), "0.87");
    assert_eq!(PricePerMillion(145_000).dollars(), "0.145");
    assert_eq!(PricePerMillion(2_500_000).dollars(), "2.50");
}

#[test]
fn a_million_tokens_cost_the_articles_prices() {
    assert_eq!(Money::cost(1_000_000, DEEPSEEK).display(), "3.48");
    assert_eq!(Money::cost(1_000_000, OPENAI).display(), "30.00");
    assert_eq!(Money::cost(1_000_000, ANTHROPIC).display(), "25.00");
}

#[test]
fn costs_are_exact_to_the_cent_and_round_half_up() {
    assert_eq!(Money::cost(2_500_000, DEEPSEEK).display(), "8.70");
    assert_eq!(Money::cost(10_000_000_000, OPENAI).display(), "300000.00");
    assert_eq!(
        Money::cost(10_000_000_000, DEEPSEEK).times(12).display(),
        "417600.00"
    );
    // 1,250 tokens at $3.48 = $0.00435: below half a cent, two significant digits.
    assert_eq!(Money::cost(1_250, DEEPSEEK).display(), "0.0044");
    // 1,437,500 × $3.48 / 10⁶ = $5.0025 → $5.00; 1,438,937 → $5.00750… → $5.01 (half up).
    assert_eq!(Money::cost(1_437_500, DEEPSEEK).display(), "5.00");
    assert_eq!(Money(5_005_000_000_000).display(), "5.01"); // exactly $5.005
    assert_eq!(Money(5_004_999_999_999).display(), "5.00");
    // Exactly half a cent is a cent; a hair below it is shown to two significant digits.
    assert_eq!(Money(5_000_000_000).display(), "0.01");
    assert_eq!(Money(4_999_999_999).display(), "0.005");
    assert_eq!(
        (Money(5_000_000_000).cents(), Money(4_999_999_999).cents()),
        (1, 0)
    );
    assert_eq!(Money::cost(10_000_000, DEEPSEEK).cents(), 3_480);
    assert_eq!(
        Money::cost(10_000_000_000, OPENAI).times(12).cents(),
        360_000_000
    );
}

#[test]
fn sub_cent_amounts_are_shown_sensibly() {
    assert_eq!(Money::cost(1_000, DEEPSEEK).display(), "0.0035");
    assert_eq!(
        Money::cost(1_000, PricePerMillion(280_000)).display(),
        "0.00028"
    );
    assert_eq!(Money::cost(1_000, CUSTOM_PRICE_MIN).display(), "0.000001");
    assert_eq!(Money(4_999_999_999).display(), "0.005"); // $0.004999… → 2 significant digits
    assert_eq!(Money(5_000_000_000).display(), "0.01"); // exactly half a cent rounds up
    assert_eq!(Money(0).display(), "0.00");
    // Below the sixth decimal place an amount rounds to nothing, and still reads as money.
    assert_eq!(Money(1).display(), "0.00");
    assert_eq!(Money(499_999).display(), "0.00");
    assert_eq!(Money(500_000).display(), "0.000001");
}

#[test]
fn a_period_says_itself_as_the_page_writes_it() {
    assert_eq!(
        (Period::Month.per(), Period::Month.months()),
        ("a month", 1)
    );
    assert_eq!((Period::Year.per(), Period::Year.months()), ("a year", 12));
}

#[test]
fn ratios_to_deepseek_match_the_article() {
    assert_eq!(ratio(OPENAI, DEEPSEEK), "8.6");
    assert_eq!(ratio(ANTHROPIC, DEEPSEEK), "7.2");
    assert_eq!(ratio(DEEPSEEK, DEEPSEEK), "1.0");
    assert_eq!(ratio(PricePerMillion(15_000_000), DEEPSEEK), "4.3");
    assert_eq!(ratio(PricePerMillion(870_000), DEEPSEEK), "0.25");
    assert_eq!(ratio(PricePerMillion(280_000), DEEPSEEK), "0.08");
    assert_eq!(ratio(PricePerMillion(300_000_000), DEEPSEEK), "86");
    assert_eq!(ratio(PricePerMillion(34_790_000), DEEPSEEK), "10"); // 9.997 rounds up to 10
}

#[test]
fn each_row_says_how_it_compares_with_v4_pro() {
    use explainer::model::words::compare_words;
    assert_eq!(
        compare_words(PRICES[0].per_million, &PRICES[0], true),
        "the baseline for the ratios"
    );
    assert_eq!(
        compare_words(OPENAI, &PRICES[0], false),
        "8.6× V4-Pro's price"
    );
    assert_eq!(
        compare_words(ANTHROPIC, &PRICES[0], false),
        "7.2× V4-Pro's price"
    );
    assert_eq!(
        compare_words(PricePerMillion(870_000), &PRICES[0], false),
        "0.25× V4-Pro's price"
    );
}

#[test]
fn savings_per_month_and_per_year() {
    let month = |p| Money::cost(2_500_000, p);
    let Difference {
        amount: save,
        larger: dearer,
    } = month(OPENAI).difference(month(DEEPSEEK));
    assert!(dearer);
    assert_eq!(save.display(), "66.30");
    assert_eq!(save.times(Period::Year.months()).display(), "795.60");
    let save = month(ANTHROPIC).difference(month(DEEPSEEK)).amount;
    assert_eq!(save.display(), "53.80");
    let Difference {
        amount: diff,
        larger: dearer,
    } = month(PricePerMillion(870_000)).difference(month(DEEPSEEK));
    assert!(!dearer);
    assert_eq!(diff.display(), "6.53");
}

#[test]
fn typed_amounts_in_every_form_the_issue_names() {
    for (text, want) in [
        ("2500000", 2_500_000),
        ("2,500,000", 2_500_000),
        ("2.5M", 2_500_000),
        ("2.5 million", 2_500_000),
        ("3e6", 3_000_000),
        ("1B", 1_000_000_000),
        ("  10 billion tokens ", 10_000_000_000),
        ("250k", 250_000),
        ("250 thousand", 250_000),
        ("2.5 mn", 2_500_000),
        ("1.5bn", 1_500_000_000),
        ("1_000", 1_000),
        ("2.5E9", 2_500_000_000),
        ("+5000", 5_000),
        (".5m", 500_000),
    ] {
        assert_eq!(parse_tokens(text), Ok(want), "{text:?}");
    }
}

#[test]
fn bad_amounts_get_a_reason() {
    for (text, why) in [
        ("", AmountError::Empty),
        ("   ", AmountError::Empty),
        ("lots", AmountError::NotANumber),
        ("2.5.1", AmountError::NotANumber),
        ("1,,000", AmountError::NotANumber),
        (",1000", AmountError::NotANumber),
        ("1000,", AmountError::NotANumber),
        ("NaN", AmountError::NotANumber),
        ("Infinity", AmountError::NotANumber),
        ("<script>alert(1)</script>", AmountError::NotANumber),
        ("million", AmountError::NotANumber),
        ("-5000", AmountError::Negative),
        ("1e999", AmountError::TooLarge),
        ("1.5k5", AmountError::NotANumber),
        ("999", AmountError::TooSmall),
        ("0", AmountError::TooSmall),
        ("10000000001", AmountError::TooLarge),
        ("1001.5", AmountError::NotWhole),
        ("1e-3", AmountError::NotWhole),
    ] {
        assert_eq!(parse_tokens(text), Err(why.clone()), "{text:?}");
        assert!(why.to_string().ends_with('.'), "a full sentence");
    }
}

#[test]
fn the_slider_scale_runs_from_a_thousand_to_ten_billion_on_round_numbers() {
    assert_eq!(tokens_at(0), TOKENS_MIN);
    assert_eq!(tokens_at(POSITION_MAX), TOKENS_MAX);
    assert_eq!(tokens_at(POSITION_MAX + 5), TOKENS_MAX);
    assert_eq!(tokens_at(STEPS_PER_DECADE), 10_000);
    assert_eq!(tokens_at(3 * STEPS_PER_DECADE + 8), 2_500_000);
    for p in 0..POSITION_MAX {
        assert!(tokens_at(p) < tokens_at(p + 1));
        assert_eq!(position_of(tokens_at(p)), p);
    }
    assert_eq!(position_of(0), 0);
    assert_eq!(position_of(u64::MAX), POSITION_MAX);
    assert_eq!(position_of(TOKENS_DEFAULT), 4 * STEPS_PER_DECADE);
}

#[test]
fn an_amount_between_two_stops_goes_to_the_nearer_on_the_log_scale() {
    // 10,000 (position 20) and 11,000 (21) meet at their geometric mean, √110,000,000 ≈ 10,488.1.
    assert_eq!(position_of(10_100), 20);
    assert_eq!(position_of(10_488), 20);
    assert_eq!(position_of(10_489), 21);
    assert_eq!(position_of(10_999), 21);
    // 8.9 billion (179) and 10 billion (180): √(8.9e9 × 1e10) ≈ 9.434 billion.
    assert_eq!(position_of(9_433_000_000), POSITION_MAX - 1);
    assert_eq!(position_of(9_434_000_000), POSITION_MAX);
    assert_eq!(position_of(TOKENS_MAX - 1), POSITION_MAX);
    // Just above the lowest stop stays there.
    assert_eq!(position_of(1_001), 0);
}

#[test]
fn keys_follow_the_slider_pattern() {
    assert_eq!(key_position("ArrowRight", 10), Some(11));
    assert_eq!(key_position("ArrowUp", POSITION_MAX), Some(POSITION_MAX));
    assert_eq!(key_position("ArrowLeft", 0), Some(0));
    assert_eq!(key_position("ArrowDown", 5), Some(4));
    assert_eq!(key_position("PageUp", 135), Some(POSITION_MAX));
    // PageUp and PageDown move half a decade (10 of the 20 steps a decade has): 10 million
    // (position 80) to 32 million and to 3.2 million, as the e2e test sees it.
    assert_eq!(key_position("PageUp", 80), Some(90));
    assert_eq!(tokens_at(90), 32_000_000);
    assert_eq!(key_position("PageDown", 80), Some(70));
    assert_eq!(tokens_at(70), 3_200_000);
    assert_eq!(key_position("PageDown", 4), Some(0));
    assert_eq!(key_position("Home", 77), Some(0));
    assert_eq!(key_position("End", 3), Some(POSITION_MAX));
    assert_eq!(key_position("a", 3), None);
    assert_eq!(key_position("Enter", 3), None);
}

#[test]
fn typed_amounts_at_the_edges_of_what_is_read() {
    // Up to 64 characters are read (after trimming the ends); more are refused unread.
    let long = format!("1000000{}tokens", " ".repeat(51));
    assert_eq!(long.len(), 64);
    assert_eq!(parse_tokens(&long), Ok(1_000_000));
    assert_eq!(parse_tokens(&format!(" {long} ")), Ok(1_000_000));
    assert_eq!(
        parse_tokens(&format!("1000000 {}tokens", " ".repeat(51))),
        Err(AmountError::NotANumber)
    );
    // A minus before a number is a negative amount; before anything else, not a number.
    assert_eq!(parse_tokens("-5"), Err(AmountError::Negative));
    assert_eq!(parse_tokens("-.5 million"), Err(AmountError::Negative));
    assert_eq!(parse_tokens("- 2"), Err(AmountError::Negative));
    assert_eq!(parse_tokens("-abc"), Err(AmountError::NotANumber));
    assert_eq!(parse_tokens("-"), Err(AmountError::NotANumber));
}

#[test]
fn typed_prices() {
    assert_eq!(parse_price("12.5"), Ok(PricePerMillion(12_500_000)));
    assert_eq!(parse_price("$0.28"), Ok(PricePerMillion(280_000)));
    assert_eq!(parse_price("US$ 1,000"), Ok(CUSTOM_PRICE_MAX));
    assert_eq!(parse_price("0.001"), Ok(CUSTOM_PRICE_MIN));
    assert_eq!(parse_price(""), Err(PriceError::Empty));
    assert_eq!(parse_price("free"), Err(PriceError::NotANumber));
    assert_eq!(parse_price("0"), Err(PriceError::NotPositive));
    assert_eq!(parse_price("-3"), Err(PriceError::NotPositive));
    assert_eq!(parse_price("1e3"), Err(PriceError::NotANumber));
    assert_eq!(parse_price("0.0000001"), Err(PriceError::TooPrecise));
    assert_eq!(parse_price("0.0005"), Err(PriceError::TooSmall));
    assert_eq!(parse_price("1000.01"), Err(PriceError::TooLarge));
    assert_eq!(
        parse_price("99999999999999999999999999"),
        Err(PriceError::TooLarge)
    );
    // Up to 32 characters are read; more are refused before any parsing.
    let long = format!("1.{}", "0".repeat(30));
    assert_eq!(long.len(), 32);
    assert_eq!(parse_price(&long), Ok(PricePerMillion(1_000_000)));
    assert_eq!(
        parse_price(&format!("{long}0")),
        Err(PriceError::NotANumber)
    );
    assert_eq!(
        parse_price(&format!("  {long}  ")),
        Ok(PricePerMillion(1_000_000)),
        "surrounding spaces do not count"
    );
}

#[test]
fn a_refused_price_says_why_in_words_a_reader_can_act_on() {
    let said = |input: &str| parse_price(input).unwrap_err().to_string();
    assert_eq!(
        said(" "),
        "Type a price in dollars per million tokens, for example 12.50."
    );
    assert_eq!(
        said("free"),
        "That is not a price this can read. Type dollars, for example 12.50 or $0.28."
    );
    assert_eq!(said("-3"), "A price must be more than zero.");
    assert_eq!(said("0.0000001"), "Use at most six decimal places.");
    assert_eq!(
        said("0.0005"),
        "The lowest price here is $0.001 per million tokens."
    );
    assert_eq!(
        said("1000.01"),
        "The highest price here is $1,000 per million tokens."
    );
}

#[test]
fn reader_names_are_cleaned() {
    assert_eq!(clean_name("  My   model\n"), "My model");
    assert_eq!(clean_name("a\u{0}b\u{1b}[31mc"), "ab[31mc");
    assert_eq!(clean_name(&"x".repeat(100)).len(), 40);
    assert_eq!(
        clean_name("<b>bold</b>"),
        "<b>bold</b>",
        "kept as text; the view never renders it as markup"
    );
}

/// The presets climb from the article's unit to an agent team's month, each explained in a
/// sentence. (That each is in the slider's range is the build's check.)
#[test]
fn presets_climb_and_are_explained() {
    let amounts: Vec<u64> = PRESETS.iter().map(|p| p.tokens).collect();
    assert_eq!(amounts, [1_000_000, 1_500_000, 100_000_000, 1_000_000_000]);
    for p in PRESETS {
        assert!(
            p.explanation.ends_with('.') && p.explanation.split(' ').count() >= 6,
            "{}",
            p.id
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Format then parse gives the value back, for every amount in range.
    #[test]
    fn format_then_parse_round_trips(tokens in TOKENS_MIN..=TOKENS_MAX) {
        prop_assert_eq!(parse_tokens(&format_tokens(tokens)), Ok(tokens));
    }

    /// Cost grows with tokens, at every price.
    #[test]
    fn cost_grows_with_tokens(a in TOKENS_MIN..=TOKENS_MAX, b in TOKENS_MIN..=TOKENS_MAX, price in 1_000u64..=1_000_000_000) {
        let p = PricePerMillion(price);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(Money::cost(lo, p) <= Money::cost(hi, p));
        prop_assert!(Money::cost(lo, p).cents() <= Money::cost(hi, p).cents());
    }

    /// What is shown is within half a cent of the true cost (to the cent from half a cent up),
    /// and below half a cent within half a unit of its last shown place: for any amount and
    /// price. (The written-out cases are `costs_are_exact_to_the_cent_and_round_half_up` and
    /// `sub_cent_amounts_are_shown_sensibly`.)
    #[test]
    fn what_is_shown_is_within_half_its_last_place(tokens in TOKENS_MIN..=TOKENS_MAX, price in 1_000u64..=1_000_000_000) {
        let m = Money::cost(tokens, PricePerMillion(price));
        let shown = m.display();
        let (int, frac) = shown.split_once('.').unwrap();
        let places = frac.len() as u32;
        prop_assert!((2..=6).contains(&places), "{}", shown);
        let shown_pico = (int.parse::<u128>().unwrap() * 10u128.pow(places) + frac.parse::<u128>().unwrap()) * 10u128.pow(12 - places);
        let half_unit = 10u128.pow(12 - places) / 2;
        prop_assert!(shown_pico.abs_diff(m.0) <= half_unit, "{} for {} pico-dollars", shown, m.0);
        prop_assert_eq!(m.cents() > 0, places == 2 && shown != "0.00", "{}", shown);
    }

    /// Numbers written with scale words parse to the same value as plain digits.
    #[test]
    fn scale_words_agree_with_digits(m in 1u64..=9_999, unit in 0usize..3) {
        let (word, mult) = [("thousand", 1_000u64), ("million", 1_000_000), ("billion", 1_000_000_000)][unit];
        let value = m as u128 * mult as u128 / 10;
        let text = format!("{}.{} {word}", m / 10, m % 10);
        match parse_tokens(&text) {
            Ok(t) => prop_assert_eq!(t as u128, value),
            Err(e) => prop_assert!(value < TOKENS_MIN as u128 || value > TOKENS_MAX as u128, "{} → {:?}", text, e),
        }
    }
}

mod table {
    use explainer::content::PRICES;
    use explainer::model::cost::{Period, PricePerMillion};
    use explainer::model::table::*;
    use explainer::model::url_state::{CostState, CustomRow};

    #[test]
    fn by_default_the_table_has_the_articles_three_rows() {
        let rows = table(
            PRICES,
            &CostState {
                tokens: 1_000_000,
                ..CostState::default()
            },
        );
        let shown: Vec<_> = rows
            .iter()
            .map(|r| (r.provider, r.cost.display(), r.bar))
            .collect();
        assert_eq!(
            shown,
            [
                ("DeepSeek", "3.48".into(), 116),
                ("OpenAI", "30.00".into(), 1000),
                ("Anthropic", "25.00".into(), 833)
            ]
        );
        assert!(rows[0].is_baseline && !rows[1].is_baseline);
        assert_eq!(rows[1].difference.amount.display(), "26.52");
        assert!(rows[1].difference.larger);
    }

    #[test]
    fn the_live_sentence_uses_the_articles_three_prices_a_month() {
        let costs = article_costs(PRICES, 2_500_000);
        let shown: Vec<_> = costs
            .iter()
            .map(|(p, m)| (p.provider, m.display()))
            .collect();
        assert_eq!(
            shown,
            [
                ("DeepSeek", "8.70".to_string()),
                ("OpenAI", "75.00".into()),
                ("Anthropic", "62.50".into())
            ]
        );
    }

    #[test]
    fn extra_rows_and_the_readers_row_join_when_asked() {
        let st = CostState {
            tokens: 2_500_000,
            period: Period::Year,
            extra: true,
            custom: Some(CustomRow {
                name: "Local Llama".into(),
                price: PricePerMillion(100_000_000),
            }),
        };
        let rows = table(PRICES, &st);
        assert_eq!(rows.len(), PRICES.len() + 1);
        let mine = rows.last().unwrap();
        assert_eq!(mine.origin, RowOrigin::Reader);
        assert_eq!(mine.model, "Local Llama");
        assert_eq!(mine.cost.display(), "3000.00"); // 2.5M × $100/M × 12
        assert_eq!(mine.bar, 1000);
        // Bars are rounded half up: $25 of $100 is 250; $12.50 of $30 would be 416.67, so 417.
        let st = CostState {
            custom: Some(CustomRow {
                name: "x".into(),
                price: PricePerMillion(12_500_000),
            }),
            ..CostState::default()
        };
        assert_eq!(table(PRICES, &st).last().unwrap().bar, 417);
        assert_eq!(
            explainer::model::cost::ratio(mine.price, PRICES[0].per_million),
            "29"
        );
        let flash = rows.iter().find(|r| r.id == "deepseek-v4-flash").unwrap();
        assert_eq!(flash.origin, RowOrigin::PriceList);
        assert_eq!(flash.bar, 4, "a tiny bar stays visible");
        assert!(!flash.difference.larger, "cheaper than the baseline");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// A typed amount or price never panics, whatever it is (100,000 generated inputs: any
    /// text, and text made of the characters numbers are written with).
    #[test]
    fn parsing_any_text_never_panics(s in prop_oneof![".{0,80}", "[0-9.,_ eE+kKmMbBn-]{0,40}", "[$US0-9.,]{0,30}"]) {
        if let Ok(t) = parse_tokens(&s) {
            prop_assert!((TOKENS_MIN..=TOKENS_MAX).contains(&t));
        }
        if let Ok(p) = parse_price(&s) {
            prop_assert!((CUSTOM_PRICE_MIN..=CUSTOM_PRICE_MAX).contains(&p));
        }
    }
}

#[test]
fn decimals_are_read_exactly_at_the_edges_of_what_they_hold() {
    let d = |digits, scale| Ok(Decimal { digits, scale });
    assert_eq!(Decimal::parse("2.5e6"), d(2_500_000, 0));
    assert_eq!(Decimal::parse("3E-2"), d(3, 2));
    assert_eq!(Decimal::parse("1,234.50"), d(123_450, 2));
    // An exponent of more than four digits is read as 9999: too large, or too fine, to hold.
    assert_eq!(Decimal::parse("1e99999"), Err(DecimalError::Overflow));
    assert_eq!(Decimal::parse("0e99999"), d(0, 0));
    assert_eq!(Decimal::parse("0e-1000"), d(0, 1000));
    assert_eq!(Decimal::parse("0e-10000"), d(0, 9999));
    // An exponent must be digits, however long.
    assert_eq!(Decimal::parse("1eabcde"), Err(DecimalError::Syntax));
    assert_eq!(Decimal::parse("1e-"), Err(DecimalError::Syntax));
    // 36 significant digits are held, 37 are not, in the integer part or the fraction.
    let n36 = format!("1{}", "0".repeat(35));
    assert_eq!(Decimal::parse(&n36), d(10u128.pow(35), 0));
    assert_eq!(
        Decimal::parse(&format!("{n36}0")),
        Err(DecimalError::Overflow)
    );
    assert_eq!(
        Decimal::parse(&format!("0.{}", "1".repeat(35))).map(|x| x.scale),
        Ok(35)
    );
    assert_eq!(
        Decimal::parse(&format!("0.{}", "1".repeat(36))),
        Err(DecimalError::Overflow),
        "the 0 counts"
    );
    assert_eq!(
        Decimal::parse(&format!("1.{}", "1".repeat(35))).map(|x| x.scale),
        Ok(35)
    );
    assert_eq!(
        Decimal::parse(&format!("1.{}", "1".repeat(36))),
        Err(DecimalError::Overflow)
    );
}

/// A decimal of `digits` with `scale` of them after the point.
fn dec(digits: u128, scale: u32) -> Decimal {
    Decimal { digits, scale }
}

#[test]
fn decimals_scale_exactly() {
    let x = dec(25, 1); // 2.5
    assert_eq!(x.times_pow10(6), Some(dec(2_500_000, 0)));
    assert_eq!(x.times_pow10(1), Some(dec(25, 0)));
    assert_eq!(dec(25, 3).times_pow10(1), Some(dec(25, 2)));
    assert_eq!(dec(1, 0).times_pow10(39), None);
}

#[test]
fn decimals_give_whole_numbers_exactly() {
    assert_eq!(dec(25, 1).whole(), None);
    assert_eq!(dec(2_000, 3).whole(), Some(2));
    assert_eq!(dec(0, 40).whole(), Some(0));
    assert_eq!(dec(5, 39).whole(), None);
    assert_eq!(dec(5, 40).whole(), None);
}

#[test]
fn decimals_round_half_up() {
    assert_eq!(dec(5, 1).round_to(3), Some(500));
    assert_eq!(dec(5, 1).round_to(1), Some(5));
    assert_eq!(dec(1_250, 3).round_to(2), Some(125)); // 1.250
    assert_eq!(dec(1_245, 3).round_to(2), Some(125)); // half up
    assert_eq!(dec(1_244, 3).round_to(2), Some(124));
}

#[test]
fn a_scale_word_may_follow_a_number_ending_in_its_point() {
    assert_eq!(parse_tokens("5. million"), Ok(5_000_000));
    assert_eq!(parse_tokens("5.m"), Ok(5_000_000));
    assert_eq!(parse_tokens("xm"), Err(AmountError::NotANumber));
    assert_eq!(parse_tokens("million"), Err(AmountError::NotANumber));
}
