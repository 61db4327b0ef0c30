//! Type-erased reactive values for views.
//!
//! Each distinct closure bound into a view (`{move || ...}`, `attr=move || ...`) makes the
//! compiler generate its own copy of Leptos's rendering, hydration and update code. Binding
//! through one concrete type instead, a `Signal<String>` or a `Signal<bool>`, shares one copy
//! among all of them (measured on the cost widget: 265 KB of WebAssembly became 235 KB).

use leptos::prelude::*;

/// A reactive string (text, or an attribute's value).
pub type Text = Signal<String>;

/// A reactive string computed by `f`.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Text {
    Signal::derive(f)
}

/// A reactive yes/no (for `hidden`, `checked`, …).
pub type Flag = Signal<bool>;

/// A reactive yes/no computed by `f`.
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Flag {
    Signal::derive(f)
}

/// "true" or "false", for ARIA states such as `aria-pressed` and `aria-invalid`.
pub fn aria(f: impl Fn() -> bool + Send + Sync + 'static) -> Text {
    Signal::derive(move || if f() { "true" } else { "false" }.to_string())
}

/// A reactive attribute value that may be absent (the attribute is removed when `None`).
pub type MaybeText = Signal<Option<String>>;

/// A reactive optional attribute computed by `f`.
pub fn maybe(f: impl Fn() -> Option<String> + Send + Sync + 'static) -> MaybeText {
    Signal::derive(f)
}

/// One place a [`patch`] writes: the element matching `selector` inside the root, and the
/// attribute to set (`None`: its text).
pub type Target = (String, Option<&'static str>);

/// Keeps several texts and attributes inside `root` up to date from one computation, for the
/// figures that all change together on every slider step.
///
/// `values` returns one value per target, in order (tracked, like any effect); a value is
/// written only when it differs from the last one written, and `None` removes the attribute
/// (or empties the text); a text is written into its existing text node. One reactive node for
/// the lot, where one binding per text has the reactive graph re-subscribe and re-run a dozen
/// nodes a step (`bench/bench.mjs` measures the step). The view renders the first values
/// itself, untracked, so the prerendered page shows them and hydration finds them; the effect
/// takes over in the browser.
pub fn patch<E>(root: NodeRef<E>, targets: Vec<Target>, values: impl Fn() -> Vec<Option<String>> + 'static)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use wasm_bindgen::JsCast;
    // One copy of the effect for every caller (only these two small closures are per caller).
    patch_with(Box::new(move || root.get().map(|el| el.unchecked_into())), targets, Box::new(values));
}

type Values = Box<dyn Fn() -> Vec<Option<String>>>;

fn patch_with(root: Box<dyn Fn() -> Option<web_sys::Element>>, targets: Vec<Target>, values: Values) {
    // The elements, found once; for a text, also its text node once there is one (writing a
    // text node's value is cheaper than replacing an element's content).
    let mut found: Option<Vec<(Option<web_sys::Element>, Option<web_sys::Node>)>> = None;
    Effect::new(move |last: Option<Vec<Option<String>>>| {
        let now = values();
        let Some(root) = root() else { return now };
        let slots = found.get_or_insert_with(|| {
            targets
                .iter()
                .map(|(sel, attr)| {
                    let el = root.query_selector(sel).ok().flatten();
                    let text = el.as_ref().filter(|_| attr.is_none()).and_then(only_text);
                    (el, text)
                })
                .collect()
        });
        for (i, ((_, attr), value)) in targets.iter().zip(&now).enumerate() {
            if last.as_ref().is_some_and(|l| l.get(i) == Some(value)) {
                continue;
            }
            let (Some(el), text) = &mut slots[i] else { continue };
            match (attr, value) {
                (None, v) => match text {
                    Some(node) => node.set_node_value(Some(v.as_deref().unwrap_or(""))),
                    None => {
                        el.set_text_content(v.as_deref());
                        *text = only_text(el);
                    }
                },
                (Some(a), Some(v)) => drop(el.set_attribute(a, v)),
                (Some(a), None) => drop(el.remove_attribute(a)),
            }
        }
        now
    });
}

/// The element's text node, when that is all it holds.
fn only_text(el: &web_sys::Element) -> Option<web_sys::Node> {
    el.first_child().filter(|n| n.node_type() == web_sys::Node::TEXT_NODE && n.next_sibling().is_none())
}
