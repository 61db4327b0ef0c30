//! How views bind what changes.
//!
//! Each distinct closure bound into a view (`{move || ...}`, `attr=move || ...`) makes the
//! compiler generate its own copy of Leptos's rendering, hydration and update code. Binding
//! through one concrete type instead, a `Signal<String>` or a `Signal<bool>`, shares one copy
//! among all of them (measured on the cost widget: 265 KB of WebAssembly became 235 KB).
//!
//! The figures that move on every slider step go through a [`Painter`] instead: one effect for
//! all of them, writing only what changed.

use leptos::prelude::*;

pub use crate::format::Shown;

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

/// What a [`Painter::patch`] target writes in the element it finds.
#[derive(Clone, Copy)]
pub enum Slot {
    /// Its text.
    Text,
    /// This attribute (removed when the value is [`Shown::Absent`]).
    Attr(&'static str),
    /// Its `value` property (a field's content, a range's position), written only when the
    /// element does not show it already (after a drag, a range does; after a reload, the
    /// browser may have restored an old one).
    Value,
}

/// One place a [`Painter::patch`] writes: the element matching a selector inside the root (an
/// empty selector: the root itself), and what in it.
pub type Target = (String, Slot);

/// Keeps the figures that change together on every slider step up to date, for every
/// component that shows them, with one effect.
///
/// The painter reads the state once a run (`state`, tracked, like any effect). Each component
/// hands [`Painter::patch`] a root, its targets, and a function of that state that returns one
/// [`Shown`] per target, in order (anything else it reads is tracked too). When the state
/// changes, the one effect asks every part for its values; a value is compared, in Rust, with
/// the last one written, and only one that changed is formatted (by `Intl`, straight into a
/// JavaScript string) and written; a text is written into its existing text node. One reactive
/// node for the lot, where one binding per text has the reactive graph schedule, re-run and
/// re-subscribe a dozen nodes a step, and a figure written on its own is never copied between
/// the WebAssembly's memory and JavaScript (`bench/bench.mjs` measures the step). The views
/// render the first values themselves, untracked ([`Shown::to_text`]), so the prerendered page
/// shows them and hydration finds them; the effect takes over in the browser.
pub struct Painter<S: 'static> {
    #[cfg(target_arch = "wasm32")]
    state: StoredValue<Box<dyn Fn() -> S>, LocalStorage>,
    #[cfg(target_arch = "wasm32")]
    parts: StoredValue<Vec<Part<S>>, LocalStorage>,
    #[cfg(target_arch = "wasm32")]
    jobs: StoredValue<Vec<Box<dyn FnMut(&S) -> bool>>, LocalStorage>,
    #[cfg(target_arch = "wasm32")]
    added: Trigger,
    #[cfg(not(target_arch = "wasm32"))]
    state: std::marker::PhantomData<fn() -> S>,
}

impl<S> Clone for Painter<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for Painter<S> {}

impl<S: 'static> Painter<S> {
    /// A painter of what follows from `state`, whose effect lives as long as the current owner.
    pub fn new(state: impl Fn() -> S + 'static) -> Self {
        #[cfg(target_arch = "wasm32")]
        {
            let painter = Painter {
                state: StoredValue::new_local(Box::new(state) as Box<dyn Fn() -> S>),
                parts: StoredValue::new_local(Vec::new()),
                jobs: StoredValue::new_local(Vec::new()),
                added: Trigger::new(),
            };
            Effect::new(move |_| {
                painter.added.track();
                let read = || painter.state.try_with_value(|state| state());
                let Some(mut s) = read() else { return };
                // A job that changed the state (the address applied at start) has it read again.
                let changed = painter.jobs.try_update_value(|jobs| jobs.iter_mut().fold(false, |c, job| job(&s) | c));
                if changed == Some(true) {
                    let Some(again) = read() else { return };
                    s = again;
                }
                painter.parts.update_value(|parts| parts.iter_mut().for_each(|part| part.paint(&s)));
            });
            painter
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            drop(state);
            Painter { state: std::marker::PhantomData }
        }
    }

    /// Keeps `targets` inside `root` showing `values` of the state (see [`Painter`]), for as
    /// long as the calling component lives.
    pub fn patch<E>(self, root: NodeRef<E>, targets: Vec<Target>, values: impl Fn(&S) -> Vec<Shown> + 'static)
    where
        E: leptos::html::ElementType,
        E::Output: wasm_bindgen::JsCast + Clone + 'static,
    {
        use wasm_bindgen::JsCast;
        // One copy of the painting for every caller (only these two small closures are per caller).
        self.add(Box::new(move || root.get_untracked().map(|el| el.unchecked_into())), targets, Box::new(values));
    }

    /// Runs `job` with the state in the same effect, before painting: for work that follows the
    /// same state (keeping the address in step), at the cost of no reactive node of its own.
    /// The job returns whether it changed the state itself, which is then read again before
    /// painting. For the painter's lifetime; natively, never (effects do not run there).
    pub fn follow(self, job: impl FnMut(&S) -> bool + 'static) {
        #[cfg(target_arch = "wasm32")]
        {
            self.jobs.update_value(|j| j.push(Box::new(job)));
            self.added.notify();
        }
        #[cfg(not(target_arch = "wasm32"))]
        drop(job);
    }

    /// Natively (the prerender) effects never run: the views have written the first values.
    #[cfg(not(target_arch = "wasm32"))]
    fn add(self, _root: Box<dyn Fn() -> Option<web_sys::Element>>, _targets: Vec<Target>, _values: Values<S>) {}

    #[cfg(target_arch = "wasm32")]
    fn add(self, root: Box<dyn Fn() -> Option<web_sys::Element>>, targets: Vec<Target>, values: Values<S>) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        // What the view rendered (the prerendered page shows it): the first run writes only
        // what differs from it, such as the state the address asks for.
        let last = self.state.try_with_value(|state| untrack(|| values(&state())));
        self.parts.update_value(|p| p.push(Part { id, root, targets, values, places: None, last }));
        self.added.notify();
        on_cleanup(move || {
            self.parts.try_update_value(|p| p.retain(|part| part.id != id));
        });
    }
}

type Values<S> = Box<dyn Fn(&S) -> Vec<Shown>>;

/// One component's share of a [`Painter`]'s work.
#[cfg(target_arch = "wasm32")]
struct Part<S: 'static> {
    id: usize,
    root: Box<dyn Fn() -> Option<web_sys::Element>>,
    targets: Vec<Target>,
    values: Values<S>,
    /// The elements, found once.
    places: Option<Vec<Place>>,
    /// What was last written (at first, what the view rendered).
    last: Option<Vec<Shown>>,
}

/// Where a target writes: its element; for a text, also its text node once there is one
/// (writing a text node's value is cheaper than replacing an element's content); an attribute's
/// name as a JavaScript string, made once.
#[cfg(target_arch = "wasm32")]
struct Place {
    el: Option<web_sys::Element>,
    text: Option<web_sys::Node>,
    name: Option<wasm_bindgen::JsValue>,
}

#[cfg(target_arch = "wasm32")]
impl<S> Part<S> {
    fn paint(&mut self, state: &S) {
        let now = (self.values)(state);
        let Some(root) = (self.root)() else { return };
        let targets = &self.targets;
        let places = self.places.get_or_insert_with(|| {
            targets
                .iter()
                .map(|(sel, slot)| {
                    let el = if sel.is_empty() { Some(root.clone()) } else { root.query_selector(sel).ok().flatten() };
                    let text = el.as_ref().filter(|_| matches!(slot, Slot::Text)).and_then(only_text);
                    let name = match slot {
                        Slot::Attr(a) => Some(wasm_bindgen::JsValue::from_str(a)),
                        _ => None,
                    };
                    Place { el, text, name }
                })
                .collect()
        });
        for (i, ((_, slot), value)) in targets.iter().zip(&now).enumerate() {
            // A field's value is checked against the element itself (below): the browser may
            // have restored an old value into it, or the reader moved it.
            if !matches!(slot, Slot::Value) && self.last.as_ref().is_some_and(|l| l.get(i) == Some(value)) {
                continue;
            }
            let Place { el: Some(el), text, name } = &mut places[i] else { continue };
            let empty = || wasm_bindgen::JsValue::from_str("");
            match (slot, value.to_js()) {
                (Slot::Text, v) => {
                    let v = v.unwrap_or_else(empty);
                    match text {
                        Some(node) => js::node_value(node, &v),
                        None => {
                            js::text_content(el, &v);
                            *text = only_text(el);
                        }
                    }
                }
                (Slot::Attr(_), Some(v)) => {
                    if let Some(name) = name {
                        js::attribute(el, name, &v);
                    }
                }
                (Slot::Attr(a), None) => drop(el.remove_attribute(a)),
                (Slot::Value, v) => {
                    let v = v.unwrap_or_else(empty);
                    if !js::value_of(el).loose_eq(&v) {
                        js::value(el, &v);
                    }
                }
            }
        }
        self.last = Some(now);
    }
}

/// DOM writes that take JavaScript values as they are (web-sys's take Rust strings, which are
/// copied out of the WebAssembly's memory and decoded on every call).
#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// A node or element, seen only through the writes below.
        type Writable;
        #[wasm_bindgen(method, setter = nodeValue)]
        fn set_node_value(this: &Writable, value: &JsValue);
        #[wasm_bindgen(method, setter = textContent)]
        fn set_text_content(this: &Writable, value: &JsValue);
        #[wasm_bindgen(method, js_name = setAttribute)]
        fn set_attribute(this: &Writable, name: &JsValue, value: &JsValue);
        #[wasm_bindgen(method, setter = value)]
        fn set_value(this: &Writable, value: &JsValue);
        #[wasm_bindgen(method, getter = value)]
        fn value(this: &Writable) -> JsValue;
    }

    pub fn node_value(node: &web_sys::Node, value: &JsValue) {
        node.unchecked_ref::<Writable>().set_node_value(value);
    }

    pub fn text_content(el: &web_sys::Element, value: &JsValue) {
        el.unchecked_ref::<Writable>().set_text_content(value);
    }

    pub fn attribute(el: &web_sys::Element, name: &JsValue, value: &JsValue) {
        el.unchecked_ref::<Writable>().set_attribute(name, value);
    }

    pub fn value(el: &web_sys::Element, value: &JsValue) {
        el.unchecked_ref::<Writable>().set_value(value);
    }

    pub fn value_of(el: &web_sys::Element) -> JsValue {
        el.unchecked_ref::<Writable>().value()
    }
}

/// The element's text node, when that is all it holds.
#[cfg(target_arch = "wasm32")]
fn only_text(el: &web_sys::Element) -> Option<web_sys::Node> {
    el.first_child().filter(|n| n.node_type() == web_sys::Node::TEXT_NODE && n.next_sibling().is_none())
}
