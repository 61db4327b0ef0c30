//! The browser entry point: starts the app over the prerendered page, nothing else.

fn main() {
    #[cfg(feature = "hydrate")]
    explainer::browser::start();
}
