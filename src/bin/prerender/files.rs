//! The prerender step's work on files and tags: placing rendered markup into a page, content
//! hashes, style sheet and module links. Pure string work, tested natively (`cargo test`).

/// Replaces whatever is between `<body ...>` and `</body>` with `app`.
///
/// Nothing may stand before the app's root inside `<body>` (hydration starts at the body's first
/// child), so the app is written right after the opening tag, with no whitespace.
pub fn insert_body(page: &str, app: &str) -> Result<String, &'static str> {
    let open = page.find("<body").ok_or("the page has no <body> tag")?;
    let open_end = open
        + page[open..]
            .find('>')
            .ok_or("the <body> tag is not closed")?
        + 1;
    let close = page.rfind("</body>").ok_or("the page has no </body> tag")?;
    if close < open_end {
        return Err("</body> comes before <body>");
    }
    Ok(format!("{}{}{}", &page[..open_end], app, &page[close..]))
}

/// Writes the empty comments Leptos marks its views' places with, `<!>`, as `<!---->`: the same
/// empty comment in the browser's DOM (so hydration finds the same nodes), but the conforming
/// spelling, which the Nu Html Checker accepts (`<!>` is a "bogus comment" there). Rendered text
/// and attribute values never hold a raw `<`, so every `<!>` in rendered markup is a marker.
pub fn conforming_comments(markup: &str) -> String {
    markup.replace("<!>", "<!---->")
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
    stylesheet_tags(page)
        .into_iter()
        .map(|(_, href)| href)
        .collect()
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
        let Some(end) = page[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &page[start..end];
        if tag.contains("rel=\"stylesheet\"")
            && let Some(href) = tag
                .split("href=\"")
                .nth(1)
                .and_then(|h| h.split('"').next())
        {
            found.push((start..end, href.to_string()));
        }
        from = end;
    }
    found
}

/// The page with `name="value"` on its `<html>` tag.
pub fn set_root_attribute(page: &str, name: &str, value: &str) -> String {
    match page.find("<html") {
        Some(i) => format!("{} {name}=\"{value}\"{}", &page[..i + 5], &page[i + 5..]),
        None => page.to_string(),
    }
}

/// The source file's stem of a staged, hashed name: `./cost-0123abcd.css` → `cost`.
pub fn source_stem(href: &str) -> &str {
    let file = href.rsplit('/').next().unwrap_or(href);
    let stem = file.split('.').next().unwrap_or(file);
    match stem.rsplit_once('-') {
        Some((name, hash)) if !hash.is_empty() && hash.bytes().all(|c| c.is_ascii_hexdigit()) => {
            name
        }
        _ => stem,
    }
}

/// The value of attribute `name` in `tag` (`<script data-js="./a.js">`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// The page loading the WebAssembly module `js` and `wasm` in place of the one it loads: the
/// boot script's `data-js` and `data-wasm`, and the preload links of the old files (their
/// `integrity`, and the boot script's `data-integrity`, which named the old files' digests,
/// dropped: the new names are content hashes).
/// Any other module the page preloads (the whole explainer's split loader) belongs to the old
/// module and is left out.
pub fn point_at_module(page: &str, js: &str, wasm: &str) -> Result<String, &'static str> {
    let start = page.find("<script ").ok_or("the page has no boot script")?;
    let end = start
        + page[start..]
            .find('>')
            .ok_or("the boot script tag is not closed")?;
    let boot = &page[start..=end];
    let (old_js, old_wasm) = match (attribute(boot, "data-js"), attribute(boot, "data-wasm")) {
        (Some(j), Some(w)) => (j.to_string(), w.to_string()),
        _ => return Err("the boot script names no module (data-js, data-wasm)"),
    };
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        let Some(j) = rest[i..].find('>').map(|j| i + j + 1) else {
            break;
        };
        let tag = &rest[i..j];
        out.push_str(&rest[..i]);
        let swapped = tag
            .replace(&format!("\"{old_js}\""), &format!("\"{js}\""))
            .replace(&format!("\"{old_wasm}\""), &format!("\"{wasm}\""));
        if swapped != tag && tag.starts_with("<link") {
            out.push_str(&without_attribute(&swapped, "integrity"));
        } else if swapped != tag && tag.starts_with("<script") {
            out.push_str(&without_attribute(&swapped, "data-integrity"));
        } else if tag.starts_with("<link rel=\"modulepreload\"") {
            // Another of the old module's scripts: not the page's.
        } else {
            out.push_str(&swapped);
        }
        rest = &rest[j..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `tag` without its attribute `name` (and the value).
fn without_attribute(tag: &str, name: &str) -> String {
    let Some(at) = tag.find(&format!(" {name}=\"")) else {
        return tag.to_string();
    };
    let value_start = at + name.len() + 3;
    match tag[value_start..].find('"') {
        Some(k) => format!("{}{}", &tag[..at], &tag[value_start + k + 1..]),
        None => tag.to_string(),
    }
}

/// The explainer's public address, from the build's setting (`EXPLAINER_PUBLIC_URL`): an
/// absolute `http(s)` address of the folder `dist/` is served from, ending in `/` (added when
/// missing). `None` when unset or blank; an error, saying why, for anything else.
pub fn public_base(raw: Option<&str>) -> Result<Option<String>, String> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"));
    let Some(rest) = rest else {
        return Err(format!(
            "EXPLAINER_PUBLIC_URL must be an absolute http or https address, like https://news.example/explainers/deepseek-v4/ (it is {raw:?})"
        ));
    };
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() {
        return Err(format!(
            "EXPLAINER_PUBLIC_URL names no host (it is {raw:?})"
        ));
    }
    if let Some(c) = raw
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\{}|^".contains(*c))
    {
        return Err(format!(
            "EXPLAINER_PUBLIC_URL may not contain {c:?} (it is {raw:?})"
        ));
    }
    if raw.contains(['?', '#']) {
        return Err(format!(
            "EXPLAINER_PUBLIC_URL is the folder's address, with no query or fragment (it is {raw:?})"
        ));
    }
    Ok(Some(if raw.ends_with('/') {
        raw.to_string()
    } else {
        format!("{raw}/")
    }))
}

/// The social card's tags for a page: `image` (the card's address: absolute when the public
/// address is known, else relative to the page), its size and text alternative, a large-image
/// Twitter card; and, when `url` (the page's own public address) is known, `og:url` and the
/// canonical link. Written at the end of `<head>`; the page's `summary` card becomes
/// `summary_large_image`.
pub fn social_head(
    page: &str,
    image: &str,
    width: u32,
    height: u32,
    alt: &str,
    url: Option<&str>,
) -> Result<String, &'static str> {
    use explainer::model::embedding::escape_html as esc;
    let close = page.find("</head>").ok_or("the page has no </head> tag")?;
    let mut tags = String::new();
    if let Some(url) = url {
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n  <meta property=\"og:url\" content=\"{}\">\n  ",
            esc(url),
            esc(url)
        ));
    }
    tags.push_str(&format!(
        concat!(
            "<meta property=\"og:image\" content=\"{img}\">\n  <meta property=\"og:image:type\" content=\"image/png\">\n  ",
            "<meta property=\"og:image:width\" content=\"{width}\">\n  <meta property=\"og:image:height\" content=\"{height}\">\n  ",
            "<meta property=\"og:image:alt\" content=\"{alt}\">\n  <meta name=\"twitter:image\" content=\"{img}\">\n  ",
            "<meta name=\"twitter:image:alt\" content=\"{alt}\">\n"
        ),
        img = esc(image),
        width = width,
        height = height,
        alt = esc(alt)
    ));
    let page = format!("{}{tags}{}", &page[..close], &page[close..]);
    let card = "<meta name=\"twitter:card\" content=\"summary\">";
    if !page.contains(card) {
        return Err("the page has no summary twitter:card to enlarge");
    }
    Ok(page.replacen(
        card,
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_markers_are_written_as_conforming_comments() {
        assert_eq!(
            conforming_comments("<p><!>a<!-- x --><!></p>&lt;!>"),
            "<p><!---->a<!-- x --><!----></p>&lt;!>"
        );
        assert_eq!(
            conforming_comments("<p>no markers</p>"),
            "<p>no markers</p>"
        );
    }

    #[test]
    fn insert_body_replaces_the_body_and_keeps_the_head() {
        let page =
            "<html><head><script src=a.js></script></head>\n<body class=x>\n old \n</body></html>";
        let out = insert_body(page, "<div>app</div>").unwrap();
        assert_eq!(
            out,
            "<html><head><script src=a.js></script></head>\n<body class=x><div>app</div></body></html>"
        );
    }

    #[test]
    fn insert_body_refuses_a_page_without_a_body() {
        assert!(insert_body("<html></html>", "x").is_err());
        assert!(insert_body("<html><body>", "x").is_err());
        assert!(insert_body("</body><body>", "x").is_err());
    }

    #[test]
    fn style_sheet_links_are_found_in_order_and_joined_into_one() {
        let page = concat!(
            "<head><link rel=\"icon\" href=\"./f.svg\"/>",
            "<link rel=\"stylesheet\" href=\"./a-1.css\" integrity=\"sha384-x\"/>\n",
            "<link rel=\"stylesheet\" href=\"./b-2.css\" integrity=\"sha384-y\"/>",
            "<link rel=\"modulepreload\" href=\"./app.js\"></head>"
        );
        assert_eq!(stylesheets(page), ["./a-1.css", "./b-2.css"]);
        assert_eq!(
            join_stylesheets(page, "./explainer-3.css"),
            concat!(
                "<head><link rel=\"icon\" href=\"./f.svg\"/>",
                "<link rel=\"stylesheet\" href=\"./explainer-3.css\"/>\n",
                "<link rel=\"modulepreload\" href=\"./app.js\"></head>"
            )
        );
        assert_eq!(
            join_stylesheets("<p>no sheets</p>", "./x.css"),
            "<p>no sheets</p>"
        );
    }

    #[test]
    fn hashed_names_change_with_the_content() {
        assert_eq!(
            hashed_name("boot.js", b"a"),
            format!("boot-{}.js", content_hash(b"a"))
        );
        assert_ne!(hashed_name("boot.js", b"a"), hashed_name("boot.js", b"b"));
        assert_eq!(content_hash(b"").len(), 16);
    }

    #[test]
    fn a_staged_name_gives_its_source_file() {
        assert_eq!(source_stem("./cost-0123abcdef.css"), "cost");
        assert_eq!(source_stem("./print-ff00.css"), "print");
        assert_eq!(source_stem("./tokens.css"), "tokens");
        assert_eq!(source_stem("./a-b-c12.css"), "a-b");
    }

    #[test]
    fn a_widget_page_marks_its_root_and_loads_its_own_module() {
        let page = concat!(
            "<!doctype html><html lang=\"en\"><head>",
            "<link rel=\"modulepreload\" href=\"./explainer-split-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-c\">",
            "<link rel=\"modulepreload\" href=\"./explainer-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-a\">",
            "<link rel=\"preload\" href=\"./explainer-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-b\" as=\"fetch\" type=\"application/wasm\">",
            "<script src=\"./boot-2.js\" data-js=\"./explainer-1.js\" data-wasm=\"./explainer-1_bg.wasm\" data-integrity=\"sha384-b\"></script>",
            "</head><body></body></html>"
        );
        let page = set_root_attribute(page, "data-widget", "cost");
        assert!(page.contains("<html data-widget=\"cost\" lang=\"en\">"));
        let out = point_at_module(&page, "./cost-3.js", "./cost_bg-4.wasm").unwrap();
        assert!(
            out.contains(
                "<link rel=\"modulepreload\" href=\"./cost-3.js\" crossorigin=\"anonymous\">"
            ),
            "{out}"
        );
        assert!(out.contains("<link rel=\"preload\" href=\"./cost_bg-4.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"), "{out}");
        assert!(out.contains("<script src=\"./boot-2.js\" data-js=\"./cost-3.js\" data-wasm=\"./cost_bg-4.wasm\"></script>"), "{out}");
        assert!(!out.contains("explainer-1"));
        assert!(
            !out.contains("sha384-"),
            "no digest of the old files is left: {out}"
        );
        assert!(
            !out.contains("explainer-split"),
            "the whole explainer's split loader is not preloaded: {out}"
        );
        assert!(point_at_module("<p>no script</p>", "a", "b").is_err());
    }

    #[test]
    fn the_public_address_is_checked_and_ends_in_a_slash() {
        assert_eq!(public_base(None), Ok(None));
        assert_eq!(public_base(Some("  ")), Ok(None));
        assert_eq!(
            public_base(Some("https://news.example/x")),
            Ok(Some("https://news.example/x/".to_string()))
        );
        assert_eq!(
            public_base(Some(" http://n.example/a/b/ ")),
            Ok(Some("http://n.example/a/b/".to_string()))
        );
        for bad in [
            "news.example/x/",
            "ftp://n.example/",
            "https:///x",
            "https://n.example/a b/",
            "https://n.example/\"><script>",
            "https://n.example/?a=1",
            "https://n.example/#x",
            "javascript:alert(1)",
        ] {
            let why = public_base(Some(bad)).unwrap_err();
            assert!(why.starts_with("EXPLAINER_PUBLIC_URL"), "{bad}: {why}");
        }
    }

    #[test]
    fn the_social_tags_name_the_card_and_enlarge_the_twitter_card() {
        let page = "<html><head><meta name=\"twitter:card\" content=\"summary\">\n</head><body></body></html>";
        let out = social_head(
            page,
            "https://n.example/x/card-1.png",
            1200,
            630,
            "Bars & \"prices\"",
            Some("https://n.example/x/"),
        )
        .unwrap();
        assert!(
            out.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"),
            "{out}"
        );
        assert!(!out.contains("content=\"summary\""));
        assert!(
            out.contains("<link rel=\"canonical\" href=\"https://n.example/x/\">"),
            "{out}"
        );
        assert!(
            out.contains("<meta property=\"og:url\" content=\"https://n.example/x/\">"),
            "{out}"
        );
        assert!(
            out.contains("<meta property=\"og:image\" content=\"https://n.example/x/card-1.png\">"),
            "{out}"
        );
        assert!(
            out.contains("<meta property=\"og:image:width\" content=\"1200\">")
                && out.contains("<meta property=\"og:image:height\" content=\"630\">")
        );
        assert!(
            out.contains(
                "<meta property=\"og:image:alt\" content=\"Bars &amp; &quot;prices&quot;\">"
            ),
            "{out}"
        );
        assert!(out.find("og:image").unwrap() < out.find("</head>").unwrap());
        // Without the address: a relative image, and no og:url or canonical link.
        let out = social_head(page, "./card-1.png", 1200, 630, "a", None).unwrap();
        assert!(
            out.contains("<meta property=\"og:image\" content=\"./card-1.png\">")
                && !out.contains("og:url")
                && !out.contains("canonical")
        );
        assert!(social_head("<html></html>", "a", 1, 1, "a", None).is_err());
        assert!(social_head("<head></head>", "a", 1, 1, "a", None).is_err());
    }
}
