//! Component tests in a real browser (wasm-bindgen-test, headless Chromium or Firefox): the
//! widgets mounted on their own, driven by the events a reader's actions fire, checked by what a
//! reader sees and hears (text, ARIA states, focus).
#![cfg(target_arch = "wasm32")]

use explainer::widgets::cost::{CostWidget, LiveSentence};
use explainer::widgets::page::Page;
use explainer::widgets::page::provide_shared_state;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` the way the page's islands live: under a root owner that has the shared context
/// islands expect (what `boot.js`'s `hydrate()` sets up), with the page's shared state.
fn mount_islands<N, F>(root: &HtmlElement, f: F) -> impl Drop + use<N, F>
where
    N: IntoView + 'static,
    F: FnOnce() -> N + 'static,
{
    use hydration_context::{HydrateSharedContext, SharedContext};
    let sc = HydrateSharedContext::new();
    sc.set_is_hydrating(false);
    let owner = Owner::new_root(Some(std::sync::Arc::new(sc)));
    let handle = owner.with(|| {
        mount_to(root.clone(), move || {
            provide_shared_state(Page::prerendered());
            f()
        })
    });
    // The page's root owner lives as long as the page: here, as long as the test's page.
    std::mem::forget(owner);
    handle
}

/// Lets Leptos finish what an event started: its effects run in queued tasks, a derived figure
/// after the memo it reads.
async fn settle() {
    for _ in 0..4 {
        tick().await;
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the test page.
fn container() -> HtmlElement {
    let div = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
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
    // The two islands share the state provided on the owner above them, as on the page.
    let handle = mount_islands(&root, || view! { <LiveSentence/> <CostWidget/> });
    settle().await;
    (root, handle)
}

/// The shared formatting cases are what this browser's own `Intl.NumberFormat` writes (the Rust
/// formatter is checked against the same file natively), so the page writes figures as the
/// reader's browser would.
#[wasm_bindgen_test]
fn the_shared_cases_are_what_intl_writes() {
    use js_sys::{Array, Intl::NumberFormat, Object, Reflect};
    use wasm_bindgen::JsValue;
    let formatter = |options: &[(&str, JsValue)]| {
        let opts = Object::new();
        for (k, v) in options {
            Reflect::set(&opts, &JsValue::from_str(k), v).unwrap();
        }
        NumberFormat::new(&Array::of1(&JsValue::from_str("en-US")), &opts).format()
    };
    let usd = formatter(&[
        ("style", "currency".into()),
        ("currency", "USD".into()),
        ("minimumFractionDigits", 2.into()),
        ("maximumFractionDigits", 6.into()),
    ]);
    let usd_whole = formatter(&[
        ("style", "currency".into()),
        ("currency", "USD".into()),
        ("maximumFractionDigits", 0.into()),
    ]);
    let words = formatter(&[
        ("notation", "compact".into()),
        ("compactDisplay", "long".into()),
        ("maximumSignificantDigits", 3.into()),
    ]);
    let mut n = 0;
    for line in include_str!("format_cases.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut parts = line.split('|');
        let (kind, input, want) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let f = match kind {
            "usd" if input.contains('.') => &usd,
            "usd" => &usd_whole,
            "words" => &words,
            other => panic!("unknown kind {other} in format_cases.txt"),
        };
        let got = f
            .call1(&JsValue::NULL, &JsValue::from_str(input))
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(got, want, "{kind} {input}");
        n += 1;
    }
    assert!(n >= 30);
}

#[wasm_bindgen_test]
async fn the_cost_widget_shows_the_articles_prices_at_the_default_amount() {
    let (root, _h) = mount_cost().await;
    let slider = q(&root, "input[type=range]");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("10 million tokens a month")
    );
    let label = q(&root, "label[for=tokens-range]").text_content().unwrap();
    assert!(
        label.contains("tokens"),
        "the slider's name says tokens: {label}"
    );
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$34.80"
    );
    assert_eq!(text(&root, "[data-row=openai] .cost-amount"), "$300.00");
    assert_eq!(text(&root, "[data-row=anthropic] .cost-amount"), "$250.00");
    assert!(text(&root, "[data-row=openai] .row-ratio").starts_with("8.6×"));
    assert!(text(&root, "[data-row=anthropic] .row-ratio").starts_with("7.2×"));
    assert!(
        q(&root, "[data-row=openai-gpt-5-4]").has_attribute("hidden"),
        "price-list rows are off by default"
    );
    assert!(q(&root, "[data-row=custom]").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn moving_the_slider_updates_every_figure() {
    let (root, _h) = mount_cost().await;
    let slider = input(&root, "#tokens-range");
    slider.set_value("68"); // 3 decades + 8 steps above 1 thousand: 2.5 million
    fire(&slider, "input");
    settle().await;
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("2.5 million tokens a month")
    );
    assert_eq!(text(&root, ".slider-number"), "2.5 million");
    assert_eq!(input(&root, "#tokens-field").value(), "2,500,000");
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$8.70"
    );
    assert_eq!(text(&root, "[data-row=openai] .cost-amount"), "$75.00");
    assert!(
        text(&root, ".saving").contains("$66.30 less than OpenAI"),
        "{}",
        text(&root, ".saving")
    );
    assert_eq!(text(&root, ".live-cost[data-row=deepseek-v4-pro]"), "$8.70");
}

#[wasm_bindgen_test]
async fn home_end_and_page_keys_follow_the_slider_pattern() {
    let (root, _h) = mount_cost().await;
    let slider = q(&root, "#tokens-range");
    key(&slider, "End");
    settle().await;
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("10 billion tokens a month")
    );
    key(&slider, "PageDown");
    settle().await;
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("3.2 billion tokens a month")
    );
    key(&slider, "Home");
    settle().await;
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("1 thousand tokens a month")
    );
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$0.0035"
    );
    key(&slider, "PageUp");
    settle().await;
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("3.2 thousand tokens a month")
    );
}

#[wasm_bindgen_test]
async fn a_typed_amount_applies_and_a_bad_one_is_explained_and_ignored() {
    let (root, _h) = mount_cost().await;
    let field = input(&root, "#tokens-field");
    type_into(&field, "2.5M");
    settle().await;
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$8.70"
    );
    fire(&field, "change");
    settle().await;
    assert_eq!(
        field.value(),
        "2,500,000",
        "committed amounts are shown in full"
    );

    type_into(&field, "lots");
    fire(&field, "change");
    settle().await;
    assert!(
        text(&root, "#tokens-error").starts_with("That is not an amount"),
        "{}",
        text(&root, "#tokens-error")
    );
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$8.70",
        "the last good amount stays"
    );

    type_into(&field, "20 billion");
    fire(&field, "change");
    settle().await;
    assert_eq!(
        text(&root, "#tokens-error"),
        "The largest amount here is 10 billion tokens a month."
    );
    assert_eq!(
        field.value(),
        "20 billion",
        "the refused text stays for the reader to correct"
    );

    // Escape gives the field back its amount and drops the reason.
    key(&field, "Escape");
    settle().await;
    assert_eq!(field.value(), "2,500,000");
    assert_eq!(text(&root, "#tokens-error"), "");
    assert_eq!(
        field.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_refusal_lasts_until_the_amount_moves_on_elsewhere() {
    let (root, _h) = mount_cost().await;
    let field = input(&root, "#tokens-field");
    // A refusal lasts until the amount moves on elsewhere (here, a preset).
    type_into(&field, "lots");
    fire(&field, "change");
    settle().await;
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    q(&root, ".preset-button")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(text(&root, "#tokens-error"), "");
    assert_eq!(
        field.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(
        field.value(),
        explainer::model::amount::format_tokens(explainer::content::PRESETS[0].tokens)
    );

    // ...and does not come back when the amount returns to where it was refused.
    let at = field.value();
    type_into(&field, "lots");
    fire(&field, "change");
    settle().await;
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let range = input(&root, "#tokens-range");
    key(&range, "End");
    settle().await;
    key(&range, "Home");
    settle().await;
    q(&root, ".preset-button")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(field.value(), at);
    assert_eq!(text(&root, "#tokens-error"), "");
    assert_eq!(
        field.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn presets_set_the_amount_and_say_which_is_chosen() {
    let (root, _h) = mount_cost().await;
    let buttons = root.query_selector_all(".preset-button").unwrap();
    assert!(buttons.length() >= 3);
    let chatbot = buttons.item(2).unwrap().unchecked_into::<HtmlElement>();
    assert!(chatbot.text_content().unwrap().contains("chatbot"));
    chatbot.click();
    settle().await;
    assert_eq!(
        chatbot.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(text(&root, ".slider-number"), "100 million");
    assert_eq!(text(&root, "[data-row=openai] .cost-amount"), "$3,000.00");
}

#[wasm_bindgen_test]
async fn the_period_switch_shows_a_year() {
    let (root, _h) = mount_cost().await;
    q(&root, "#period-year")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$417.60"
    );
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-per"),
        "a year"
    );
}

#[wasm_bindgen_test]
async fn extra_rows_and_a_custom_row_join_the_table() {
    let (root, _h) = mount_cost().await;
    // The price-list rows are behind a disclosure, the rows hidden while it is closed.
    let lists = q(&root, "[aria-controls=cost-extra-rows]").unchecked_into::<HtmlElement>();
    assert_eq!(
        lists.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(q(&root, "#cost-extra-rows").has_attribute("hidden"));
    lists.click();
    settle().await;
    assert_eq!(
        lists.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!q(&root, "#cost-extra-rows").has_attribute("hidden"));
    assert!(!q(&root, "[data-row=openai-gpt-5-4]").has_attribute("hidden"));
    assert_eq!(
        text(&root, "[data-row=openai-gpt-5-4] .badge"),
        "Price list, not in the article"
    );

    let own = q(&root, "[aria-controls=cost-own-row]").unchecked_into::<HtmlElement>();
    own.click();
    settle().await;
    assert!(!q(&root, "#cost-own-row").has_attribute("hidden"));
    input(&root, "#custom-name").set_value("<b>My model</b>");
    input(&root, "#custom-price").set_value("free");
    q(&root, ".custom-row button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(text(&root, "#custom-error").starts_with("That is not a price"));
    assert!(q(&root, "[data-row=custom]").has_attribute("hidden"));

    input(&root, "#custom-price").set_value("12.50");
    q(&root, ".custom-row button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    let row = q(&root, "[data-row=custom]");
    assert!(!row.has_attribute("hidden"));
    assert_eq!(
        text(&root, "[data-row=custom] .row-model"),
        "<b>My model</b>",
        "shown as text, not markup"
    );
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
    settle().await;
    assert_eq!(
        tangle.get_attribute("aria-valuetext").as_deref(),
        Some("11 million tokens a month")
    );
    assert_eq!(text(&root, ".tangle"), "11 million");
    assert_eq!(
        text(&root, "[data-row=deepseek-v4-pro] .cost-amount"),
        "$38.28",
        "the widget follows the sentence"
    );
    key(&tangle, "ArrowLeft");
    key(&tangle, "ArrowLeft");
    settle().await;
    assert_eq!(
        tangle.get_attribute("aria-valuenow").as_deref(),
        Some("8900000")
    );
}

// --- The export-control diagram ------------------------------------------------------------

use explainer::widgets::diagram::DiagramWidget;

async fn mount_diagram() -> (HtmlElement, impl Drop) {
    let root = container();
    let handle = mount_islands(&root, || view! { <DiagramWidget alone=false/> });
    settle().await;
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
        assert!(
            n.get_attribute("data-state").is_none(),
            "no state while nothing is selected"
        );
        if n.get_attribute("tabindex").as_deref() == Some("0") {
            tab_stops += 1;
        }
    }
    assert_eq!(tab_stops, 1, "roving tabindex");
    assert_eq!(
        node(&root, "ascend-950")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Huawei Ascend 950")
    );
}

#[wasm_bindgen_test]
async fn selecting_a_node_lights_its_causes_and_effects_and_opens_its_details() {
    let (root, _h) = mount_diagram().await;
    let n = node(&root, "v4-on-ascend");
    fire(&n, "click");
    settle().await;
    assert_eq!(n.get_attribute("data-state").as_deref(), Some("selected"));
    assert_eq!(n.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        node(&root, "smic").get_attribute("data-state").as_deref(),
        Some("cause")
    );
    assert_eq!(
        node(&root, "global-development")
            .get_attribute("data-state")
            .as_deref(),
        Some("effect")
    );
    assert_eq!(
        node(&root, "export-controls")
            .get_attribute("data-state")
            .as_deref(),
        Some("dimmed")
    );
    // The details panel is no longer empty (its panes are built with the page: the end-to-end
    // tests read them) and the selection is spoken.
    assert!(!q(&root, "#diagram-details").has_attribute("data-empty"));
    assert!(
        text(&root, ".diagram-figure [aria-live]").contains("Selected: DeepSeek V4 on Ascend 950.")
    );
    key(&n, "Escape");
    settle().await;
    assert!(n.get_attribute("data-state").is_none());
    assert!(q(&root, "#diagram-details").has_attribute("data-empty"));
}

#[wasm_bindgen_test]
async fn enter_and_space_select_and_arrow_keys_follow_the_arrows() {
    let (root, _h) = mount_diagram().await;
    let start = node(&root, "export-controls");
    key(&start, "ArrowRight");
    settle().await;
    let next = node(&root, "no-nvidia");
    assert_eq!(next.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(start.get_attribute("tabindex").as_deref(), Some("-1"));
    key(&next, " ");
    settle().await;
    assert_eq!(
        next.get_attribute("data-state").as_deref(),
        Some("selected")
    );
    key(&next, "ArrowLeft");
    settle().await;
    key(&start, "Enter");
    settle().await;
    assert_eq!(
        start.get_attribute("data-state").as_deref(),
        Some("selected")
    );
    assert_eq!(next.get_attribute("data-state").as_deref(), Some("effect"));
}

#[wasm_bindgen_test]
async fn the_view_switch_story_and_counterfactual_work() {
    let (root, _h) = mount_diagram().await;
    q(&root, "#diagram-view-intended")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(
        q(&root, ".diagram-wide")
            .get_attribute("data-view")
            .as_deref(),
        Some("intended")
    );

    let next = root
        .query_selector_all(".story button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into::<HtmlElement>();
    next.click();
    settle().await;
    assert_eq!(text(&root, ".story-counter"), "Step 1 of 12");
    assert!(text(&root, ".story-narration").contains("restrict"));
    assert_eq!(
        node(&root, "export-controls")
            .get_attribute("data-state")
            .as_deref(),
        Some("selected")
    );
    for _ in 0..3 {
        next.click();
    }
    settle().await;
    assert_eq!(text(&root, ".story-counter"), "Step 4 of 12");
    assert_eq!(
        q(&root, ".diagram-wide")
            .get_attribute("data-view")
            .as_deref(),
        Some("both"),
        "a step on the hidden track shows both"
    );

    q(&root, "#diagram-without")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(
        node(&root, "parallel-infrastructure")
            .get_attribute("data-lost")
            .as_deref(),
        Some("true")
    );
    assert!(
        node(&root, "developers-worldwide")
            .get_attribute("data-lost")
            .is_none()
    );
    assert_eq!(
        node(&root, "ascend-950")
            .get_attribute("data-removed")
            .as_deref(),
        Some("true")
    );
    assert!(text(&root, "#diagram-without-note").contains("falls away"));
}

// --- Claim sources -------------------------------------------------------------------------
// The entries are built with the page, as native disclosures, and so are the claim cards in the
// text (native popovers): the end-to-end tests (tests/e2e/sources.test.mjs, tests/engines/)
// drive them in every engine. Here the filter island is mounted alone.

use explainer::widgets::sources::ClaimFilter;

#[wasm_bindgen_test]
async fn the_index_filters_by_kind() {
    let root = container();
    let _h = mount_islands(&root, move || {
        view! { <ClaimFilter>"the list"</ClaimFilter> }
    });
    settle().await;
    assert_eq!(text(&root, ".sources-count"), "20 claims");
    assert!(
        q(&root, ".claim-list")
            .get_attribute("data-filter")
            .is_none()
    );
    q(&root, "#filter-price-list")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(text(&root, ".sources-count"), "3 claims");
    // The list says which kind shows; the style sheet hides the rest (end-to-end tests see it).
    assert_eq!(
        q(&root, ".claim-list")
            .get_attribute("data-filter")
            .as_deref(),
        Some("price-list")
    );
}
