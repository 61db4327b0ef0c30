//! Component tests in a real browser (wasm-bindgen-test, headless Chromium or Firefox): the
//! widgets mounted on their own, driven by the events a reader's actions fire, checked by what a
//! reader sees and hears (text, ARIA states, focus).
#![cfg(target_arch = "wasm32")]

use explainer::app::provide_app_state;
use explainer::widgets::cost::{CostWidget, LiveSentence};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the test page.
fn container() -> HtmlElement {
    let div = document().create_element("div").unwrap().unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    q(root, selector).text_content().unwrap_or_default()
}

fn input(root: &Element, selector: &str) -> HtmlInputElement {
    q(root, selector).unchecked_into()
}

fn fire(target: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

fn key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

fn type_into(field: &HtmlInputElement, value: &str) {
    field.set_value(value);
    fire(field, "input");
}

async fn mount_cost() -> (HtmlElement, impl Drop) {
    let root = container();
    let handle = mount_to(root.clone(), || {
        provide_app_state();
        view! { <LiveSentence/> <CostWidget/> }
    });
    tick().await;
    (root, handle)
}

#[wasm_bindgen_test]
fn intl_formatting_matches_the_shared_cases() {
    for line in include_str!("format_cases.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let mut parts = line.split('|');
        let (kind, input, want) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        let got = match kind {
            "usd" => explainer::format::usd(input),
            _ => explainer::format::tokens_words(input.parse().unwrap()),
        };
        assert_eq!(got, want, "{kind} {input}");
    }
}

/// The step's figures go to `Intl` as numbers and come back as JavaScript strings; they must
/// read exactly as the exact-decimal-string path (and so the Rust formatter) writes them.
#[wasm_bindgen_test]
fn figures_formatted_from_numbers_match_the_exact_decimal_path() {
    use explainer::format::{Shown, tokens_words, usd};
    use explainer::model::amount::{format_tokens, tokens_at, POSITION_MAX};
    use explainer::model::cost::{Money, PricePerMillion};
    let prices = [280_000u64, 870_000, 1_000, 3_480_000, 25_000_000, 30_000_000, 1_000_000_000, 123_457];
    let mut checked = 0;
    for p in 0..=POSITION_MAX {
        let t = tokens_at(p);
        for t in [t, t + 1, t * 3 / 7] {
            for price in prices {
                for months in [1, 12] {
                    let m = Money::cost(t, PricePerMillion(price)).times(months);
                    let js = Shown::Usd(m).to_js().and_then(|v| v.as_string());
                    assert_eq!(js.as_deref(), Some(usd(&m.display()).as_str()), "{t} tokens at {price}");
                    assert_eq!(js, Some(Shown::Usd(m).to_text()), "the first render's formatter agrees");
                    checked += 1;
                }
            }
            for (shown, want) in [
                (Shown::Grouped(t), format_tokens(t)),
                (Shown::Words(t), tokens_words(t)),
                (Shown::TokensAMonth(t), format!("{} tokens a month", tokens_words(t))),
                (Shown::Joined(vec![Shown::Static("At "), Shown::Words(t), Shown::Text(" or so".into())]), format!("At {} or so", tokens_words(t))),
            ] {
                assert_eq!(shown.to_js().and_then(|v| v.as_string()), Some(want.clone()));
                assert_eq!(shown.to_text(), want, "the first render's formatter agrees");
            }
        }
    }
    for m in [0u128, 1, 4_999_999_999, 5_000_000_000, 99_999_999_999_999, 120_000_000_000_000_000_000, 10u128.pow(30)] {
        assert_eq!(Shown::Usd(Money(m)).to_js().and_then(|v| v.as_string()), Some(usd(&Money(m).display())), "{m}");
    }
    assert!(checked > 6_000);
}

#[wasm_bindgen_test]
async fn the_cost_widget_shows_the_articles_prices_at_the_default_amount() {
    let (root, _h) = mount_cost().await;
    let slider = q(&root, "input[type=range]");
    assert_eq!(slider.get_attribute("aria-valuetext").as_deref(), Some("10 million tokens a month"));
    let label = q(&root, "label[for=tokens-range]").text_content().unwrap();
    assert!(label.contains("tokens"), "the slider's name says tokens: {label}");
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$34.80");
    assert_eq!(text(&root, "[data-row=openai] .cost-amount"), "$300.00");
    assert_eq!(text(&root, "[data-row=anthropic] .cost-amount"), "$250.00");
    assert!(text(&root, "[data-row=openai] .row-ratio").starts_with("8.6×"));
    assert!(text(&root, "[data-row=anthropic] .row-ratio").starts_with("7.2×"));
    assert!(q(&root, "[data-row=openai-gpt-5-4]").has_attribute("hidden"), "price-list rows are off by default");
    assert!(q(&root, "[data-row=custom]").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn moving_the_slider_updates_every_figure() {
    let (root, _h) = mount_cost().await;
    let slider = input(&root, "#tokens-range");
    slider.set_value("68"); // 3 decades + 8 steps above 1 thousand: 2.5 million
    fire(&slider, "input");
    tick().await;
    assert_eq!(slider.get_attribute("aria-valuetext").as_deref(), Some("2.5 million tokens a month"));
    assert_eq!(text(&root, ".slider-number"), "2.5 million");
    assert_eq!(input(&root, "#tokens-field").value(), "2,500,000");
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$8.70");
    assert_eq!(text(&root, "[data-row=openai] .cost-amount"), "$75.00");
    assert!(text(&root, ".saving").contains("$66.30 less than OpenAI"), "{}", text(&root, ".saving"));
    assert_eq!(text(&root, ".live-cost[data-row=deepseek-v4-pro]"), "$8.70");
}

#[wasm_bindgen_test]
async fn home_end_and_page_keys_follow_the_slider_pattern() {
    let (root, _h) = mount_cost().await;
    let slider = q(&root, "#tokens-range");
    key(&slider, "End");
    tick().await;
    assert_eq!(slider.get_attribute("aria-valuetext").as_deref(), Some("10 billion tokens a month"));
    key(&slider, "PageDown");
    tick().await;
    assert_eq!(slider.get_attribute("aria-valuetext").as_deref(), Some("3.2 billion tokens a month"));
    key(&slider, "Home");
    tick().await;
    assert_eq!(slider.get_attribute("aria-valuetext").as_deref(), Some("1 thousand tokens a month"));
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$0.0035");
    key(&slider, "PageUp");
    tick().await;
    assert_eq!(slider.get_attribute("aria-valuetext").as_deref(), Some("3.2 thousand tokens a month"));
}

#[wasm_bindgen_test]
async fn a_typed_amount_applies_and_a_bad_one_is_explained_and_ignored() {
    let (root, _h) = mount_cost().await;
    let field = input(&root, "#tokens-field");
    type_into(&field, "2.5M");
    tick().await;
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$8.70");
    fire(&field, "change");
    tick().await;
    assert_eq!(field.value(), "2,500,000", "committed amounts are shown in full");

    type_into(&field, "lots");
    fire(&field, "change");
    tick().await;
    assert!(text(&root, "#tokens-error").starts_with("That is not an amount"), "{}", text(&root, "#tokens-error"));
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$8.70", "the last good amount stays");

    type_into(&field, "20 billion");
    fire(&field, "change");
    tick().await;
    assert_eq!(text(&root, "#tokens-error"), "The largest amount here is 10 billion tokens a month.");
    assert_eq!(field.value(), "20 billion", "the refused text stays for the reader to correct");

    // Escape gives the field back its amount and drops the reason.
    key(&field, "Escape");
    tick().await;
    assert_eq!(field.value(), "2,500,000");
    assert_eq!(text(&root, "#tokens-error"), "");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("false"));

    // A refusal lasts until the amount moves on elsewhere (here, a preset).
    type_into(&field, "lots");
    fire(&field, "change");
    tick().await;
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    q(&root, ".preset-button").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(text(&root, "#tokens-error"), "");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert_eq!(field.value(), explainer::model::amount::format_tokens(explainer::content::PRESETS[0].tokens));

    // ...and does not come back when the amount returns to where it was refused.
    let at = field.value();
    type_into(&field, "lots");
    fire(&field, "change");
    tick().await;
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let range = input(&root, "#tokens-range");
    key(&range, "End");
    tick().await;
    key(&range, "Home");
    tick().await;
    q(&root, ".preset-button").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(field.value(), at);
    assert_eq!(text(&root, "#tokens-error"), "");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn presets_set_the_amount_and_say_which_is_chosen() {
    let (root, _h) = mount_cost().await;
    let buttons = root.query_selector_all(".preset-button").unwrap();
    assert!(buttons.length() >= 3);
    let chatbot = buttons.item(2).unwrap().unchecked_into::<HtmlElement>();
    assert!(chatbot.text_content().unwrap().contains("chatbot"));
    chatbot.click();
    tick().await;
    assert_eq!(chatbot.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(text(&root, ".slider-number"), "100 million");
    assert_eq!(text(&root, "[data-row=openai] .cost-amount"), "$3,000.00");
}

#[wasm_bindgen_test]
async fn the_period_switch_shows_a_year() {
    let (root, _h) = mount_cost().await;
    q(&root, "#period-year").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$417.60");
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-per"), "a year");
}

#[wasm_bindgen_test]
async fn extra_rows_and_a_custom_row_join_the_table() {
    let (root, _h) = mount_cost().await;
    q(&root, "#cost-extra").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert!(!q(&root, "[data-row=openai-gpt-5-4]").has_attribute("hidden"));
    assert_eq!(text(&root, "[data-row=openai-gpt-5-4] .badge"), "Price list, not in the article");

    input(&root, "#custom-name").set_value("<b>My model</b>");
    input(&root, "#custom-price").set_value("free");
    q(&root, ".custom-row button[type=submit]").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert!(text(&root, "#custom-error").starts_with("That is not a price"));
    assert!(q(&root, "[data-row=custom]").has_attribute("hidden"));

    input(&root, "#custom-price").set_value("12.50");
    q(&root, ".custom-row button[type=submit]").unchecked_into::<HtmlElement>().click();
    tick().await;
    let row = q(&root, "[data-row=custom]");
    assert!(!row.has_attribute("hidden"));
    assert_eq!(text(&root, "[data-row=custom] .row-model"), "<b>My model</b>", "shown as text, not markup");
    assert!(row.query_selector("b").unwrap().is_none());
    assert_eq!(text(&root, "[data-row=custom] .badge"), "Your own figure");
    assert_eq!(text(&root, "[data-row=custom] .cost-amount"), "$125.00");
}

#[wasm_bindgen_test]
async fn the_live_number_is_a_keyboard_slider() {
    let (root, _h) = mount_cost().await;
    let tangle = q(&root, ".tangle");
    assert_eq!(tangle.get_attribute("role").as_deref(), Some("slider"));
    assert_eq!(tangle.get_attribute("tabindex").as_deref(), Some("0"));
    key(&tangle, "ArrowRight");
    tick().await;
    assert_eq!(tangle.get_attribute("aria-valuetext").as_deref(), Some("11 million tokens a month"));
    assert_eq!(text(&root, ".tangle"), "11 million");
    assert_eq!(text(&root, "[data-row=deepseek-v4-pro] .cost-amount"), "$38.28", "the widget follows the sentence");
    key(&tangle, "ArrowLeft");
    key(&tangle, "ArrowLeft");
    tick().await;
    assert_eq!(tangle.get_attribute("aria-valuenow").as_deref(), Some("8900000"));
}

// --- The export-control diagram ------------------------------------------------------------

use explainer::widgets::diagram::DiagramWidget;

async fn mount_diagram() -> (HtmlElement, impl Drop) {
    let root = container();
    let handle = mount_to(root.clone(), || {
        provide_app_state();
        view! { <DiagramWidget/> }
    });
    tick().await;
    (root, handle)
}

/// The node `id` in the wide arrangement.
fn node(root: &Element, id: &str) -> Element {
    q(root, &format!(".diagram-wide [data-node=\"{id}\"]"))
}

#[wasm_bindgen_test]
async fn diagram_nodes_are_named_buttons_with_one_tab_stop() {
    let (root, _h) = mount_diagram().await;
    let nodes = root.query_selector_all(".diagram-wide .node").unwrap();
    assert_eq!(nodes.length(), 12);
    let mut tab_stops = 0;
    for k in 0..nodes.length() {
        let n = nodes.item(k).unwrap().unchecked_into::<Element>();
        assert_eq!(n.get_attribute("role").as_deref(), Some("button"));
        assert!(!n.get_attribute("aria-label").unwrap_or_default().is_empty());
        assert!(n.get_attribute("data-state").is_none(), "no state while nothing is selected");
        if n.get_attribute("tabindex").as_deref() == Some("0") {
            tab_stops += 1;
        }
    }
    assert_eq!(tab_stops, 1, "roving tabindex");
    assert_eq!(node(&root, "ascend-950").get_attribute("aria-label").as_deref(), Some("Huawei Ascend 950"));
}

#[wasm_bindgen_test]
async fn selecting_a_node_lights_its_causes_and_effects_and_opens_its_details() {
    let (root, _h) = mount_diagram().await;
    let n = node(&root, "v4-on-ascend");
    fire(&n, "click");
    tick().await;
    assert_eq!(n.get_attribute("data-state").as_deref(), Some("selected"));
    assert_eq!(n.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(node(&root, "smic").get_attribute("data-state").as_deref(), Some("cause"));
    assert_eq!(node(&root, "global-development").get_attribute("data-state").as_deref(), Some("effect"));
    assert_eq!(node(&root, "export-controls").get_attribute("data-state").as_deref(), Some("dimmed"));
    let details = text(&root, "#diagram-details");
    assert!(details.contains("DeepSeek V4 on Ascend 950"), "{details}");
    assert!(details.contains("The record differs"), "{details}");
    assert!(details.contains("V4 was trained and deployed on Huawei's Ascend 950 chips"));
    assert!(q(&root, "#diagram-details a[href='#claim-ascend-950']").text_content().unwrap().contains("V4 was trained"));
    key(&n, "Escape");
    tick().await;
    assert!(n.get_attribute("data-state").is_none());
    assert!(text(&root, "#diagram-details").contains("Select a box"));
}

#[wasm_bindgen_test]
async fn enter_and_space_select_and_arrow_keys_follow_the_arrows() {
    let (root, _h) = mount_diagram().await;
    let start = node(&root, "export-controls");
    key(&start, "ArrowRight");
    tick().await;
    let next = node(&root, "no-nvidia");
    assert_eq!(next.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(start.get_attribute("tabindex").as_deref(), Some("-1"));
    key(&next, " ");
    tick().await;
    assert_eq!(next.get_attribute("data-state").as_deref(), Some("selected"));
    key(&next, "ArrowLeft");
    tick().await;
    key(&start, "Enter");
    tick().await;
    assert_eq!(start.get_attribute("data-state").as_deref(), Some("selected"));
    assert_eq!(next.get_attribute("data-state").as_deref(), Some("effect"));
}

#[wasm_bindgen_test]
async fn the_view_switch_story_and_counterfactual_work() {
    let (root, _h) = mount_diagram().await;
    q(&root, "#diagram-view-intended").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(q(&root, ".diagram-wide").get_attribute("data-view").as_deref(), Some("intended"));

    let next = root.query_selector_all(".story button").unwrap().item(1).unwrap().unchecked_into::<HtmlElement>();
    next.click();
    tick().await;
    assert_eq!(text(&root, ".story-counter"), "Step 1 of 12");
    assert!(text(&root, ".story-narration").contains("restrict"));
    assert_eq!(node(&root, "export-controls").get_attribute("data-state").as_deref(), Some("selected"));
    for _ in 0..3 {
        next.click();
    }
    tick().await;
    assert_eq!(text(&root, ".story-counter"), "Step 4 of 12");
    assert_eq!(q(&root, ".diagram-wide").get_attribute("data-view").as_deref(), Some("both"), "a step on the hidden track shows both");

    q(&root, "#diagram-without").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(node(&root, "parallel-infrastructure").get_attribute("data-lost").as_deref(), Some("true"));
    assert!(node(&root, "developers-worldwide").get_attribute("data-lost").is_none());
    assert_eq!(node(&root, "ascend-950").get_attribute("data-removed").as_deref(), Some("true"));
    assert!(text(&root, "#diagram-without-note").contains("falls away"));
}

// --- Claim sources -------------------------------------------------------------------------

use explainer::article::Article;
use explainer::widgets::sources::SourcesIndex;

async fn mount_article() -> (HtmlElement, impl Drop) {
    let root = container();
    let handle = mount_to(root.clone(), || {
        provide_app_state();
        view! { <Article/> <SourcesIndex/> }
    });
    tick().await;
    (root, handle)
}

#[wasm_bindgen_test]
async fn a_claim_button_discloses_its_card_and_escape_returns_focus() {
    let (root, _h) = mount_article().await;
    let button = q(&root, "button.claim-button[data-claim=price-openai]").unchecked_into::<HtmlElement>();
    let card_id = button.get_attribute("aria-controls").unwrap();
    assert_eq!(card_id, "card-price-openai-1");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    let card = q(&root, &format!("#{card_id}"));
    assert!(card.has_attribute("hidden"));
    button.click();
    tick().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!card.has_attribute("hidden"));
    let text = card.text_content().unwrap();
    assert!(text.contains("Price list") && text.contains("OpenAI") && text.contains("GPT-5.4"), "{text}");
    assert!(text.contains("The record differs from the article."));
    let link = q(&card, "a.source-link");
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://developers.openai.com/api/docs/models/gpt-5.4"));
    // Escape inside the card closes it and gives focus back to its button.
    q(&card, ".card-close").unchecked_into::<HtmlElement>().focus().unwrap();
    key(&card, "Escape");
    tick().await;
    assert!(card.has_attribute("hidden"));
    assert_eq!(document().active_element().unwrap().get_attribute("data-claim").as_deref(), Some("price-openai"));
}

#[wasm_bindgen_test]
async fn a_claim_with_no_address_says_no_primary_source_was_found() {
    let (root, _h) = mount_article().await;
    q(&root, "button.claim-button[data-claim=smic-shares]").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert!(text(&root, "#card-smic-shares-1").contains("No primary source was found"));
}

#[wasm_bindgen_test]
async fn the_index_filters_by_kind_and_entries_disclose() {
    let (root, _h) = mount_article().await;
    let entries = root.query_selector_all(".claim-entry").unwrap();
    assert_eq!(entries.length(), 20);
    assert_eq!(text(&root, ".sources-count"), "20 claims");
    q(&root, "#filter-price-list").unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(text(&root, ".sources-count"), "3 claims");
    assert!(q(&root, "#claim-ascend-950").has_attribute("hidden"));
    assert!(!q(&root, "#claim-price-openai").has_attribute("hidden"));
    let toggle = q(&root, "#claim-price-openai .entry-toggle").unchecked_into::<HtmlElement>();
    toggle.click();
    tick().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!q(&root, "#claim-price-openai-body").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_opinion_lens_marks_opinions_apart() {
    let root = container();
    let _h = mount_to(root.clone(), explainer::App);
    tick().await;
    let lens = q(&root, "#opinion-lens").unchecked_into::<HtmlElement>();
    assert_eq!(q(&root, ".explainer").get_attribute("data-lens").as_deref(), Some("off"));
    lens.click();
    tick().await;
    assert_eq!(q(&root, ".explainer").get_attribute("data-lens").as_deref(), Some("on"));
    let opinions = root.query_selector_all(".article-section mark.claim-span[data-kind=authors-opinion]").unwrap();
    assert_eq!(opinions.length(), 5, "claim 3 and the four opinions of claim 20");
}
