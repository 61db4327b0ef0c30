//! How views bind what changes.
//!
//! Each distinct closure bound into a view (`{move || ...}`, `attr=move || ...`) makes the
//! compiler generate its own copy of Leptos's rendering, hydration and update code. Binding
//! through one concrete type instead, a `Signal<String>` or a `Signal<bool>`, shares one copy
//! among all of them (measured on the cost widget: 265 KB of WebAssembly became 235 KB).
//!
//! [`woken`] is how an island reads state that may differ from what the page was built with.

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

/// "true" or "false", for ARIA states such as `aria-pressed` and `aria-expanded`.
pub fn aria(f: impl Fn() -> bool + Send + Sync + 'static) -> Text {
    Signal::derive(move || if f() { "true" } else { "false" }.to_string())
}

/// A reactive attribute value that may be absent (the attribute is removed when `None`).
pub type MaybeText = Signal<Option<String>>;

/// A reactive optional attribute computed by `f`.
pub fn maybe(f: impl Fn() -> Option<String> + Send + Sync + 'static) -> MaybeText {
    Signal::derive(f)
}

/// A value that is `rendered` while the page is built and while its island wakes, and `live()`
/// from then on.
///
/// Hydration adopts the prerendered markup as it is and writes nothing into it. An island that
/// woke on a state other than the one the page was built with (the address asked for other
/// figures; the reader acted on a part of the page that woke earlier) would leave the built
/// figures on the screen. Read through this, an island wakes on what was rendered and follows
/// the live state straight after (effects run once hydration is done), and Leptos then writes
/// only what differs. Natively, effects never run: the prerender renders `rendered`.
pub fn woken<T>(rendered: T, live: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let awake = awake();
    Memo::new(move |_| {
        if awake.get() {
            live()
        } else {
            rendered.clone()
        }
    })
}

/// A flag that turns true once the current island has woken (its first effect runs after
/// hydration). Not generic, so every [`woken`] shares one effect's code.
fn awake() -> RwSignal<bool> {
    let awake = RwSignal::new(false);
    Effect::new(move |_| awake.set(true));
    awake
}
