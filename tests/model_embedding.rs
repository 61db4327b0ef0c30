//! Embed messages: the three height formats' strings and keys, what is accepted from a parent.

use explainer::model::embedding::*;
use explainer::model::url_state::Widget;
use proptest::prelude::*;

#[test]
fn the_pym_height_message_is_what_pym_parents_parse() {
    assert_eq!(
        pym_height("explainer-cost", 812),
        "pymxPYMxexplainer-costxPYMxheightxPYMx812"
    );
}

#[test]
fn only_pyms_width_message_for_our_child_is_accepted() {
    assert_eq!(
        parse_incoming("pymxPYMxc1xPYMxwidthxPYMx640", "c1"),
        Some(Incoming::PymWidth { width: 640 })
    );
    for bad in [
        "pymxPYMxc2xPYMxwidthxPYMx640",  // another child
        "pymxPYMxc1xPYMxheightxPYMx640", // not a width
        "pymxPYMxc1xPYMxwidthxPYMx-1",
        "pymxPYMxc1xPYMxwidthxPYMx1e9",
        "pymxPYMxc1xPYMxwidthxPYMx640xPYMxextra",
        "pymxPYMxc1xPYMxwidthxPYMx",
        "pymxPYMxc1xPYMxscrollToxPYMx0",
        "<script>alert(1)</script>",
        "",
    ] {
        assert_eq!(parse_incoming(bad, "c1"), None, "{bad}");
    }
    assert_eq!(
        parse_incoming("pymxPYMxxPYMxwidthxPYMx640", ""),
        None,
        "no child id, no Pym"
    );
    // A width is one to six digits, nothing else (a sign would parse, and must not count).
    assert_eq!(
        parse_incoming("pymxPYMxc1xPYMxwidthxPYMx123456", "c1"),
        Some(Incoming::PymWidth { width: 123_456 })
    );
    for bad in ["+640", "1234567", " 640", "64 0", "0x10"] {
        assert_eq!(
            parse_incoming(&format!("pymxPYMxc1xPYMxwidthxPYMx{bad}"), "c1"),
            None,
            "{bad}"
        );
    }
    // Messages are read up to 256 bytes: a valid one of exactly 256 is read, one of 257 is not.
    let of_length = |n: usize| {
        let id = "c".repeat(n - "pymxPYMxxPYMxwidthxPYMx640".len());
        (format!("pymxPYMx{id}xPYMxwidthxPYMx640"), id)
    };
    let (at_most, id) = of_length(256);
    assert_eq!(
        (at_most.len(), parse_incoming(&at_most, &id)),
        (256, Some(Incoming::PymWidth { width: 640 }))
    );
    let (too_long, id) = of_length(257);
    assert_eq!(
        (too_long.len(), parse_incoming(&too_long, &id)),
        (257, None)
    );
}

#[test]
fn a_height_is_sent_once_until_it_changes() {
    let mut r = HeightReporter::default();
    assert_eq!(r.next(811.2), Some(812));
    assert_eq!(r.next(811.9), None);
    assert_eq!(r.next(900.0), Some(900));
    assert_eq!(r.next(f64::NAN), None);
    assert_eq!(r.next(-5.0), None);
    assert_eq!(r.last(), Some(900));
    // An empty page is 0 px tall, and says so.
    assert_eq!(r.next(0.0), Some(0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    /// Any string a hostile parent could post: no panic, and nothing accepted unless it is
    /// exactly Pym's width message for our child.
    #[test]
    fn any_message_is_read_without_panic(s in ".{0,300}") {
        if let Some(Incoming::PymWidth { .. }) = parse_incoming(&s, "c1") {
            prop_assert!(s.starts_with("pymxPYMxc1xPYMxwidthxPYMx"));
        }
    }
}

#[test]
fn the_snippets_carry_the_widget_and_the_state_escaped() {
    let base = "https://news.example/explainers/deepseek/";
    // A widget is embedded from its own page, which loads only what it needs.
    assert_eq!(
        embed_url(base, Some(Widget::Cost), "tokens=2500000"),
        "https://news.example/explainers/deepseek/cost.html?tokens=2500000"
    );
    assert_eq!(
        embed_url(base, Some(Widget::Sources), ""),
        "https://news.example/explainers/deepseek/sources.html"
    );
    assert_eq!(
        embed_url(base, None, ""),
        "https://news.example/explainers/deepseek/index.html"
    );
    let pym = pym_snippet(base, Some(Widget::Cost), "tokens=2500000&period=year");
    assert!(pym.contains("data-pym-src=\"https://news.example/explainers/deepseek/cost.html?tokens=2500000&amp;period=year\""));
    assert!(pym.contains("pym.v1.min.js"));
    let loader = loader_snippet(base, Some(Widget::Diagram), "");
    assert_eq!(
        loader,
        "<div data-explainer-widget=\"diagram\"></div>\n<script src=\"https://news.example/explainers/deepseek/embed.js\" async></script>"
    );
    let hostile = loader_snippet("https://x/\"><script>/", None, "custom_name=%22%3E");
    assert!(!hostile.contains("\"><script>"), "{hostile}");
    assert_eq!(
        escape_html("<a href=\"x\">&'"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
}

#[test]
fn the_picture_snippets_link_the_picture_to_the_explainer_with_its_words() {
    let base = "https://news.example/explainers/deepseek/";
    assert_eq!(
        picture_link(base, "", ""),
        "https://news.example/explainers/deepseek/index.html"
    );
    assert_eq!(
        picture_link(base, "tokens=2500000", "cost"),
        "https://news.example/explainers/deepseek/index.html?tokens=2500000#cost"
    );
    let html = picture_snippet(
        "https://n.example/x/index.html#cost",
        "https://n.example/x/cost.png",
        640,
        360,
        "Costs: $3.48 & \"more\"",
    );
    assert_eq!(
        html,
        "<a href=\"https://n.example/x/index.html#cost\"><img src=\"https://n.example/x/cost.png\" width=\"640\" height=\"360\" alt=\"Costs: $3.48 &amp; &quot;more&quot;\" style=\"display:block;max-width:100%;height:auto;border:0\"></a>"
    );
    let amp = amp_snippet(
        "https://n.example/x/cost.html?tokens=1&period=year",
        "https://n.example/x/cost.png",
        640,
        360,
        "a <b>",
    );
    assert!(amp.starts_with("<amp-iframe src=\"https://n.example/x/cost.html?tokens=1&amp;period=year\" width=\"640\" height=\"360\" layout=\"responsive\" resizable "), "{amp}");
    assert!(amp.contains("<amp-img placeholder layout=\"fill\" src=\"https://n.example/x/cost.png\" alt=\"a &lt;b&gt;\"></amp-img>"), "{amp}");
    // AMP needs an element marked `overflow` to let a resizable frame grow when the reader asks.
    assert!(amp.contains("<button overflow type=\"button\">"), "{amp}");
    assert!(amp.ends_with("</amp-iframe>"));
    let hostile = picture_snippet(
        "https://x/\"><script>",
        "https://x/\"onerror=\"alert(1)",
        1,
        1,
        "\"><script>",
    );
    assert!(
        !hostile.contains("<script>") && !hostile.contains("\"onerror"),
        "{hostile}"
    );
}
