//! Embed messages: the three height formats' strings and keys, what is accepted from a parent.

use explainer::model::embed::*;
use explainer::model::url_state::Widget;
use proptest::prelude::*;

#[test]
fn the_pym_height_message_is_what_pym_parents_parse() {
    assert_eq!(pym_height("explainer-cost", 812), "pymxPYMxexplainer-costxPYMxheightxPYMx812");
}

#[test]
fn only_pyms_width_message_for_our_child_is_accepted() {
    assert_eq!(parse_incoming("pymxPYMxc1xPYMxwidthxPYMx640", "c1"), Some(Incoming::PymWidth { width: 640 }));
    for bad in [
        "pymxPYMxc2xPYMxwidthxPYMx640",           // another child
        "pymxPYMxc1xPYMxheightxPYMx640",          // not a width
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
    assert_eq!(parse_incoming("pymxPYMxxPYMxwidthxPYMx640", ""), None, "no child id, no Pym");
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
    assert_eq!(embed_url(base, Some(Widget::Cost), "tokens=2500000"), "https://news.example/explainers/deepseek/cost.html?tokens=2500000");
    assert_eq!(embed_url(base, Some(Widget::Sources), ""), "https://news.example/explainers/deepseek/sources.html");
    assert_eq!(embed_url(base, None, ""), "https://news.example/explainers/deepseek/index.html");
    let pym = pym_snippet(base, Some(Widget::Cost), "tokens=2500000&period=year");
    assert!(pym.contains("data-pym-src=\"https://news.example/explainers/deepseek/cost.html?tokens=2500000&amp;period=year\""));
    assert!(pym.contains("pym.v1.min.js"));
    let loader = loader_snippet(base, Some(Widget::Diagram), "");
    assert_eq!(loader, "<div data-explainer-widget=\"diagram\"></div>\n<script src=\"https://news.example/explainers/deepseek/embed.js\" async></script>");
    let hostile = loader_snippet("https://x/\"><script>/", None, "custom_name=%22%3E");
    assert!(!hostile.contains("\"><script>"), "{hostile}");
    assert_eq!(escape_html("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}
