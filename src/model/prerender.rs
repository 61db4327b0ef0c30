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

/// A short content hash for a file name (FNV-1a, 64 bits, as 16 hex digits): a changed file gets
/// a new name, so hosts can cache every named asset for a year.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// `boot.js` → `boot-<hash>.js`.
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let hash = content_hash(bytes);
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}-{hash}.{ext}"),
        None => format!("{name}-{hash}"),
    }
}

/// The addresses of the page's style sheets (`<link rel="stylesheet" href="…">`), in order.
pub fn stylesheets(page: &str) -> Vec<String> {
    stylesheet_tags(page).into_iter().map(|(_, href)| href).collect()
}

/// The page with its style sheet links replaced by one, to `href`, where the first one stood.
pub fn join_stylesheets(page: &str, href: &str) -> String {
    let tags = stylesheet_tags(page);
    let mut out = String::with_capacity(page.len());
    let mut at = 0;
    for (i, (range, _)) in tags.iter().enumerate() {
        out.push_str(&page[at..range.start]);
        if i == 0 {
            out.push_str(&format!("<link rel=\"stylesheet\" href=\"{href}\"/>"));
        }
        at = range.end;
    }
    out.push_str(&page[at..]);
    out
}

/// Each `<link rel="stylesheet" …>` tag: where it stands in `page`, and its `href`.
fn stylesheet_tags(page: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = page[from..].find("<link ").map(|i| from + i) {
        let Some(end) = page[start..].find('>').map(|i| start + i + 1) else { break };
        let tag = &page[start..end];
        if tag.contains("rel=\"stylesheet\"") {
            if let Some(href) = tag.split("href=\"").nth(1).and_then(|h| h.split('"').next()) {
                found.push((start..end, href.to_string()));
            }
        }
        from = end;
    }
    found
}
