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
