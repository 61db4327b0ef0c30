//! The article's outline and the prerender splice.

use explainer::article::{COST_AFTER, DIAGRAM_AFTER};
use explainer::content::ARTICLE;
use explainer::model::outline::{Item, outline};
use explainer::model::prerender::insert_body;

#[test]
fn the_outline_keeps_every_block_once_in_order() {
    let o = outline(ARTICLE);
    let shown: Vec<&str> = o.blocks().iter().map(|b| b.id).collect();
    let all: Vec<&str> = ARTICLE.iter().map(|b| b.id).collect();
    assert_eq!(shown, all);
}

#[test]
fn the_outline_has_a_standfirst_and_four_sections() {
    let o = outline(ARTICLE);
    assert_eq!(o.standfirst.len(), 1);
    let headings: Vec<&str> = o.sections.iter().map(|s| s.heading.unwrap().text).collect();
    assert_eq!(
        headings,
        [
            "The model that is making Silicon Valley sweat again",
            "The chip story is the real story nobody is telling",
            "The distillation accusation deserves a real answer",
            "What the open source bet actually means for everyone",
        ]
    );
}

#[test]
fn the_pull_quote_carries_its_attribution() {
    let o = outline(ARTICLE);
    let quotes: Vec<_> = o
        .sections
        .iter()
        .flat_map(|s| s.items.iter())
        .filter_map(|i| match i {
            Item::Quote { quote, attribution } => Some((quote.id, attribution.map(|a| a.text))),
            _ => None,
        })
        .collect();
    assert_eq!(quotes, [("sun-quote", Some("— Wei Sun, Principal Analyst, Counterpoint Research"))]);
}

#[test]
fn widget_places_name_blocks_that_end_an_item() {
    let o = outline(ARTICLE);
    let ends: Vec<&str> = o.sections.iter().flat_map(|s| s.items.iter().map(|i| i.last_block_id())).collect();
    assert!(ends.contains(&COST_AFTER));
    assert!(ends.contains(&DIAGRAM_AFTER));
    // The cost widget sits in the first section (the pricing paragraph), the diagram in the chip story.
    let section_of = |id: &str| o.sections.iter().position(|s| s.items.iter().any(|i| i.last_block_id() == id));
    assert_eq!(section_of(COST_AFTER), Some(0));
    assert_eq!(section_of(DIAGRAM_AFTER), Some(1));
}

#[test]
fn insert_body_replaces_the_body_and_keeps_the_head() {
    let page = "<html><head><script src=a.js></script></head>\n<body class=x>\n old \n</body></html>";
    let out = insert_body(page, "<div>app</div>").unwrap();
    assert_eq!(out, "<html><head><script src=a.js></script></head>\n<body class=x><div>app</div></body></html>");
}

#[test]
fn insert_body_refuses_a_page_without_a_body() {
    assert!(insert_body("<html></html>", "x").is_err());
    assert!(insert_body("<html><body>", "x").is_err());
    assert!(insert_body("</body><body>", "x").is_err());
}

#[test]
fn style_sheet_links_are_found_in_order_and_joined_into_one() {
    use explainer::model::prerender::{join_stylesheets, stylesheets};
    let page = concat!(
        "<head><link rel=\"icon\" href=\"./f.svg\"/>",
        "<link rel=\"stylesheet\" href=\"./a-1.css\" integrity=\"sha384-x\"/>\n",
        "<link rel=\"stylesheet\" href=\"./b-2.css\" integrity=\"sha384-y\"/>",
        "<link rel=\"modulepreload\" href=\"./app.js\"></head>"
    );
    assert_eq!(stylesheets(page), ["./a-1.css", "./b-2.css"]);
    assert_eq!(
        join_stylesheets(page, "./explainer-3.css"),
        concat!(
            "<head><link rel=\"icon\" href=\"./f.svg\"/>",
            "<link rel=\"stylesheet\" href=\"./explainer-3.css\"/>\n",
            "<link rel=\"modulepreload\" href=\"./app.js\"></head>"
        )
    );
    assert_eq!(join_stylesheets("<p>no sheets</p>", "./x.css"), "<p>no sheets</p>");
}
