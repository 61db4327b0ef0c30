//! Placing prerendered markup into a page: pure string work, so it is tested natively.

/// Replaces whatever is between `<body ...>` and `</body>` with `app`.
///
/// Nothing may stand before the app's root inside `<body>` (hydration starts at the body's first
/// child), so the app is written right after the opening tag, with no whitespace.
pub fn insert_body(page: &str, app: &str) -> Result<String, &'static str> {
    let open = page.find("<body").ok_or("the page has no <body> tag")?;
    let open_end = open + page[open..].find('>').ok_or("the <body> tag is not closed")? + 1;
    let close = page.rfind("</body>").ok_or("the page has no </body> tag")?;
    if close < open_end {
        return Err("</body> comes before <body>");
    }
    Ok(format!("{}{}{}", &page[..open_end], app, &page[close..]))
}
