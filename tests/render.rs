//! The page as the prerender step writes it (native, `--features ssr`): what a reader whose
//! browser runs no script gets.
#![cfg(feature = "ssr")]

use std::sync::Arc;

use explainer::App;
use explainer::content::ARTICLE;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

fn render() -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| view! { <App/> }.to_html())
}

/// The text a reader sees: the claim buttons' numbers and the (hidden) claim cards left out,
/// tags dropped, the few entities Leptos writes decoded.
fn visible_text(html: &str) -> String {
    let html = strip(&strip(html, "<button", "claim-button", "</button>"), "<section", "claim-card", "</section>");
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&")
}

/// Removes every element that opens with `open` and has `class` in its tag, through `close`.
fn strip(html: &str, open: &str, class: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j);
        if !rest[i..tag_end].contains(class) {
            out.push_str(&rest[..tag_end]);
            rest = &rest[tag_end..];
            continue;
        }
        out.push_str(&rest[..i]);
        match rest[i..].find(close) {
            Some(j) => rest = &rest[i + j + close.len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn every_block_of_the_article_is_in_the_prerendered_page_in_order() {
    let text = visible_text(&render());
    let mut from = 0;
    for b in ARTICLE {
        let at = text[from..].find(b.text).unwrap_or_else(|| panic!("block {} is missing or out of order", b.id));
        from += at + b.text.len();
    }
}

#[test]
fn the_page_is_semantic_html() {
    let html = render();
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.contains("<article"));
    assert_eq!(html.matches("<blockquote").count(), 1);
    assert!(html.contains("<figcaption"));
    // Four section headings of the article (widgets add their own headings later in the page).
    for id in ["the-model", "the-chip-story", "the-distillation-accusation", "the-open-source-bet"] {
        assert!(html.contains(&format!("<h2 id=\"{id}\"")), "heading {id}");
    }
}

/// A strict Content-Security-Policy (style-src 'self') blocks style attributes in markup: the
/// prerendered page must not need any.
#[test]
fn the_prerendered_page_has_no_inline_style_or_script() {
    let html = render();
    assert!(!html.contains(" style="), "inline style attribute");
    assert!(!html.contains("<style"), "style element");
    assert!(!html.contains("<script"), "script element");
    for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")) {
        for attr in tag.split_whitespace().skip(1) {
            let is_handler = attr.contains('=') && attr.starts_with("on");
            assert!(!is_handler, "inline event handler in <{tag}>");
        }
    }
}
