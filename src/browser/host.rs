//! Talking to the page around an embedded explainer: the content's height, in the three formats
//! newsroom hosts understand, whenever it changes (a ResizeObserver, no polling, nothing sent
//! when nothing changed); and the one message a parent may send, Pym.js's width, answered with
//! the height. Everything else that arrives is dropped. The message formats are in
//! `model::embedding`; this file only posts and receives them.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::{Object, Reflect};
use leptos::prelude::StoredValue;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::embedding::{
    AMP_SENTINEL, AMP_TYPE, DATAWRAPPER_KEY, DEFAULT_EMBED_ID, HeightReporter, Incoming,
    parse_incoming, pym_height,
};

/// Starts reporting the height to the parent window, if there is one. `child_id` is the id a
/// Pym.js parent gave (`?childId=`).
pub fn start(child_id: Option<String>) {
    let Some(win) = web_sys::window() else { return };
    let Ok(Some(parent)) = win.parent() else {
        return;
    };
    if Object::is(&parent, &win) {
        return; // not framed
    }
    let Some(root) = win.document().and_then(|d| d.document_element()) else {
        return;
    };

    let reporter = Rc::new(RefCell::new(HeightReporter::default()));
    let post = {
        let (parent, child_id) = (parent.clone(), child_id.clone());
        move |height: u32| post_height(&parent, child_id.as_deref(), height)
    };
    let measure = {
        let root = root.clone();
        move || root.get_bounding_client_rect().height()
    };

    // Height changes: load, resize, a card opening, a preset, a story step…
    let on_resize = {
        let (reporter, post, measure) = (reporter.clone(), post.clone(), measure.clone());
        Closure::<dyn FnMut()>::new(move || {
            if let Some(h) = reporter.borrow_mut().next(measure()) {
                post(h);
            }
        })
    };
    let observing = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
        .ok()
        .map(|observer| {
            observer.observe(&root);
            Observing {
                observer,
                _callback: on_resize,
            }
        });

    // A parent's request: only Pym's width message, from our own parent, for our own child id.
    let listener = EventListener::new(&win, "message", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = ev.source().is_some_and(|s| Object::is(&s, &parent));
        let (Some(id), Some(data)) = (child_id.as_deref(), ev.data().as_string()) else {
            return;
        };
        if !from_parent {
            return;
        }
        if let Some(Incoming::PymWidth { .. }) = parse_incoming(&data, id) {
            // Asked: answer with the height, changed or not (one borrow at a time).
            let fresh = reporter.borrow_mut().next(measure());
            let h = fresh.or_else(|| reporter.borrow().last());
            if let Some(h) = h {
                post(h);
            }
        }
    });
    // Both are held by the current owner (the islands' root, which lives as long as the page):
    // dropped when it is cleaned up, which disconnects the observer and removes the listener.
    StoredValue::new_local((observing, listener));
}

/// Tells `parent` the content's height, in each format newsroom hosts understand: Pym.js's
/// (when the parent gave a child id), Datawrapper's and AMP's.
fn post_height(parent: &web_sys::Window, child_id: Option<&str>, height: u32) {
    if let Some(id) = child_id {
        let _ = parent.post_message(&JsValue::from_str(&pym_height(id, height)), "*");
    }
    let id = child_id.unwrap_or(DEFAULT_EMBED_ID);
    let inner = Object::new();
    let _ = Reflect::set(&inner, &id.into(), &height.into());
    let dw = Object::new();
    let _ = Reflect::set(&dw, &DATAWRAPPER_KEY.into(), &inner);
    let _ = parent.post_message(&dw, "*");
    let amp = Object::new();
    let _ = Reflect::set(&amp, &"sentinel".into(), &AMP_SENTINEL.into());
    let _ = Reflect::set(&amp, &"type".into(), &AMP_TYPE.into());
    let _ = Reflect::set(&amp, &"height".into(), &height.into());
    let _ = parent.post_message(&amp, "*");
}

/// A ResizeObserver and the callback it calls: dropping it stops the observing first, so the
/// callback is never called once dropped.
struct Observing {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Observing {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
