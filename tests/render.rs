//! The page as the prerender step writes it (native, `--features ssr`): what a reader whose
//! browser runs no script gets.
#![cfg(feature = "ssr")]

use explainer::content::ARTICLE;
use explainer::model::url_state::Widget;
use explainer::pages::render_page;

fn render() -> String {
    render_page(None)
}

/// The text a reader sees: the claim buttons' numbers and the (hidden) claim cards left out,
/// tags dropped, the few entities Leptos writes decoded.
fn visible_text(html: &str) -> String {
    let html = strip(
        &strip(html, "<button", "claim-button", "</button>"),
        "<section",
        "claim-card",
        "</section>",
    );
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
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
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
        let at = text[from..]
            .find(b.text)
            .unwrap_or_else(|| panic!("block {} is missing or out of order", b.id));
        from += at + b.text.len();
    }
}

#[test]
fn the_page_is_semantic_html() {
    let html = render();
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.contains("<article"));
    // The article's one pull quote (the diagram's details quote the article too, in its aside).
    let article = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
    let outside_widgets = strip(article, "<aside", "widget", "</aside>");
    assert_eq!(outside_widgets.matches("<blockquote").count(), 1);
    assert!(html.contains("<figcaption"));
    // Four section headings of the article (widgets add their own headings later in the page).
    for id in [
        "the-model",
        "the-chip-story",
        "the-distillation-accusation",
        "the-open-source-bet",
    ] {
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
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
    {
        for attr in tag.split_whitespace().skip(1) {
            let is_handler = attr.contains('=') && attr.starts_with("on");
            assert!(!is_handler, "inline event handler in <{tag}>");
        }
    }
}

/// The kind filter hides entries through the style sheet: every kind needs its rule there.
#[test]
fn every_kind_of_claim_has_its_filter_rule() {
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/sources.css")).unwrap();
    for k in explainer::content::ClaimKind::ALL {
        let rule = format!(
            ".claim-list[data-filter=\"{0}\"] .claim-entry:not([data-kind=\"{0}\"])",
            k.slug()
        );
        assert!(css.contains(&rule), "no filter rule for {}", k.slug());
    }
}

/// Each widget's own page holds that widget alone, with its islands, and none of the article.
#[test]
fn each_widget_page_holds_its_widget_alone() {
    for (widget, id, others) in [
        (
            Widget::Cost,
            "id=\"cost\"",
            ["id=\"diagram\"", "id=\"sources\""],
        ),
        (
            Widget::Diagram,
            "id=\"diagram\"",
            ["id=\"cost\"", "id=\"sources\""],
        ),
        (
            Widget::Sources,
            "id=\"sources\"",
            ["id=\"cost\"", "id=\"diagram\""],
        ),
    ] {
        let html = render_page(Some(widget));
        assert!(html.contains(id), "{widget:?}");
        assert!(html.contains("<leptos-island"), "{widget:?} has islands");
        for o in others {
            assert!(!html.contains(o), "{widget:?} holds {o}");
        }
        assert!(!html.contains("<article"), "{widget:?} holds the article");
        assert!(
            !html.contains(ARTICLE[3].text),
            "{widget:?} holds the article's text"
        );
    }
}

/// The article is static HTML: none of its blocks sits inside an island (an island's markup is
/// what the WebAssembly renders, so its text would be in the module).
#[test]
fn no_block_of_the_article_is_inside_an_island() {
    let html = render();
    let mut depth = 0usize;
    let mut inside = String::new();
    let mut rest = html.as_str();
    while let Some(i) = rest.find('<') {
        if depth > 0 {
            inside.push_str(&rest[..i]);
        }
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
        let tag = &rest[i..tag_end];
        // An island's children (`leptos-children`) are static again.
        if tag.starts_with("<leptos-island") || tag.starts_with("</leptos-children") {
            depth += 1;
        } else if tag.starts_with("</leptos-island") || tag.starts_with("<leptos-children") {
            depth = depth.saturating_sub(1);
        }
        rest = &rest[tag_end..];
    }
    assert!(!inside.is_empty(), "the page has islands");
    let inside = visible_text(&inside);
    // The check can fail: the same test over the whole page finds every block.
    let all = visible_text(&html);
    assert!(
        ARTICLE
            .iter()
            .all(|b| all.contains(&b.text.chars().take(40).collect::<String>()))
    );
    for b in ARTICLE {
        let words: String = b.text.chars().take(40).collect();
        assert!(
            !inside.contains(&words),
            "block {} is inside an island",
            b.id
        );
    }
}

/// The lists the two scripts keep in JavaScript match the app's: the widgets `boot.js` forwards
/// an old `?widget=` address to and `embed.js` embeds are `Widget::ALL`, and every group of
/// islands `boot.js` wakes together (its `GROUP` selector) is a class the page has.
#[test]
fn the_scripts_lists_match_the_app() {
    let root = env!("CARGO_MANIFEST_DIR");
    let boot = std::fs::read_to_string(format!("{root}/boot.js")).unwrap();
    let embed = std::fs::read_to_string(format!("{root}/embed.js")).unwrap();
    let widgets: Vec<&str> = Widget::ALL.iter().map(|w| w.param()).collect();

    let forwarded: Vec<&str> = boot
        .split("widget === '")
        .skip(1)
        .map(|s| s.split('\'').next().unwrap())
        .collect();
    assert_eq!(
        forwarded, widgets,
        "boot.js: the widgets an old address names"
    );

    let map = embed
        .split("const WIDGETS = {")
        .nth(1)
        .and_then(|s| s.split('}').next())
        .expect("embed.js: const WIDGETS = { … }");
    let embedded: Vec<&str> = map
        .split(',')
        .map(|entry| entry.split(':').next().unwrap().trim())
        .filter(|k| !k.is_empty())
        .collect();
    assert_eq!(embedded, widgets, "embed.js: the widgets it embeds");

    let group = boot
        .split("const GROUP = '")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("boot.js: const GROUP = '…'");
    let page = render();
    for class in group.split(',').map(|c| c.trim().trim_start_matches('.')) {
        assert!(
            page.contains(&format!("class=\"{class}\""))
                || page.contains(&format!("class=\"{class} "))
                || page.contains(&format!(" {class}\"")),
            "boot.js wakes a group .{class} the page does not have"
        );
    }
}

/// The page's title and name in `index.html`'s head are the content's.
#[test]
fn the_page_head_names_the_content_title() {
    use explainer::content::{NAME, PAGE_TITLE};
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(
        page.contains(&format!("<title>{PAGE_TITLE}</title>")),
        "<title>"
    );
    for meta in ["property=\"og:title\"", "name=\"twitter:title\""] {
        assert!(
            page.contains(&format!("<meta {meta} content=\"{PAGE_TITLE}\">")),
            "{meta}"
        );
    }
    assert!(page.contains(&format!(
        "<meta property=\"og:site_name\" content=\"{NAME}\">"
    )));
}

/// The slider's scale names its two ends and one million, each placed by a rule from the range
/// (one million at 60 of the 140 positions), which the build step adds to the cost sheet.
#[test]
fn the_slider_scale_is_placed_from_the_range() {
    let rules = explainer::widgets::sheet_rules("cost").unwrap();
    assert_eq!(
        rules,
        concat!(
            ".tick[data-at=\"0\"] { left: 0; transform: none; }\n",
            ".tick[data-at=\"60\"] { left: 42.857%; }\n",
            ".tick[data-at=\"140\"] { right: 0; transform: none; }\n",
        )
    );
    let page = render();
    for (at, words) in [(0, "1 thousand"), (60, "1 million"), (140, "10 billion")] {
        assert!(
            page.contains(&format!(
                "<span data-at=\"{at}\" class=\"tick\">{words}</span>"
            )),
            "the tick at {at}"
        );
    }
    assert!(explainer::widgets::sheet_rules("sources").is_none());
}
