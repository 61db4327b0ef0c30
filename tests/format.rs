//! The prerender step's number formatting writes exactly what the browser's Intl writes (the
//! cases come from Intl itself; tests/web.rs checks the browser side against the same file).

#[test]
fn rust_formatting_matches_the_intl_cases() {
    let cases = include_str!("format_cases.txt");
    let mut n = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut parts = line.split('|');
        let (kind, input, want) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let got = match kind {
            "usd" => explainer::model::words::usd(input),
            "words" => explainer::model::words::tokens_words(input.parse().unwrap()),
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(got, want, "{kind} {input}");
        n += 1;
    }
    assert!(n >= 30);
}
