//! The page's look, for the pictures: the light theme's colours from `style/tokens.css`, and the
//! diagram's rules from `style/diagram.css` made plain enough for any SVG renderer (custom
//! properties resolved; rules for states a picture never shows, and properties that only
//! matter to a person pointing, left out).

use std::collections::HashMap;

const TOKENS: &str = include_str!("../../style/tokens.css");
const DIAGRAM: &str = include_str!("../../style/diagram.css");

/// The light theme's value of the colour token `--name` (`token("ink")`), from tokens.css.
///
/// Panics when the token is not there: the pictures are drawn at build time, and a renamed token
/// must fail the build (and `cargo test`), not draw in a wrong colour.
pub fn token(name: &str) -> String {
    custom_properties(TOKENS)
        .get(name)
        .cloned()
        .unwrap_or_else(|| panic!("style/tokens.css defines no --{name}"))
}

/// Every `--name: value` in `css`, with `light-dark(a, b)` read as its light value `a`.
fn custom_properties(css: &str) -> HashMap<String, String> {
    let mut found = HashMap::new();
    for decl in css.split([';', '{', '}']) {
        let decl = strip_comments(decl);
        let Some((name, value)) = decl.trim().split_once(':') else {
            continue;
        };
        let Some(name) = name.trim().strip_prefix("--") else {
            continue;
        };
        found
            .entry(name.to_string())
            .or_insert_with(|| light(value.trim()));
    }
    found
}

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    out
}

/// `light-dark(#fff, #000)` → `#fff`; anything else as it is.
fn light(value: &str) -> String {
    match value
        .strip_prefix("light-dark(")
        .and_then(|v| v.strip_suffix(')'))
    {
        Some(pair) => pair.split(',').next().unwrap_or(pair).trim().to_string(),
        None => value.to_string(),
    }
}

/// `value` with every `var(--x)` replaced by its value in `props` (repeatedly, for tokens that
/// name tokens).
fn resolve(value: &str, props: &HashMap<String, String>) -> String {
    let mut v = value.to_string();
    for _ in 0..8 {
        let Some(start) = v.find("var(--") else { break };
        let Some(end) = v[start..].find(')').map(|e| start + e) else {
            break;
        };
        let name = &v[start + 6..end];
        let with = props
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("the style sheets define no --{name}"));
        v.replace_range(start..=end, &with);
    }
    v
}

/// The rules of `style/diagram.css` that draw the figure at rest (arrows, arrowheads, boxes and
/// labels), as plain CSS: top-level rules only (no media queries), no pseudo-classes, none for
/// a selection, a lost support or a hidden track, and no transition, cursor or pointer setting.
pub fn diagram_rules() -> String {
    let css = strip_comments(DIAGRAM);
    let mut props = custom_properties(TOKENS);
    props.extend(custom_properties(&css));
    let mut out = String::new();
    let mut rest = css.as_str();
    while let Some(open) = rest.find('{') {
        let (selector, after) = (&rest[..open], &rest[open + 1..]);
        let Some(close) = after.find('}') else { break };
        if selector.trim_start().starts_with('@') {
            // A block of rules (@media …): skip to its end.
            let mut depth = 1usize;
            let mut at = 0;
            for (i, c) in after.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    at = i + 1;
                    break;
                }
            }
            rest = &after[at..];
            continue;
        }
        let (selector, body) = (selector.trim(), &after[..close]);
        rest = &after[close + 1..];
        let drawn = ["edge", "arrowhead", "node"]
            .iter()
            .any(|c| selector.starts_with(&format!(".{c}")));
        let at_rest = !selector.contains(':')
            && !["data-state", "data-lost", "data-removed", "data-view"]
                .iter()
                .any(|a| selector.contains(a));
        if !drawn || !at_rest {
            continue;
        }
        let decls: Vec<String> = body
            .split(';')
            .filter_map(|d| d.split_once(':'))
            .map(|(k, v)| (k.trim(), v.trim()))
            .filter(|(k, _)| {
                !k.is_empty()
                    && !k.starts_with("--")
                    && !["transition", "cursor", "pointer-events", "outline"].contains(k)
            })
            .map(|(k, v)| format!("{k}:{}", resolve(v, &props)))
            .collect();
        if !decls.is_empty() {
            out.push_str(&format!("{selector}{{{}}}\n", decls.join(";")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_give_their_light_value() {
        assert_eq!(token("ink"), "#1c1c20");
        assert_eq!(token("paper"), "#f7f5f0");
        assert!(token("sans").starts_with("system-ui"));
    }

    #[test]
    #[should_panic(expected = "defines no --no-such-token")]
    fn a_missing_token_fails_loudly() {
        token("no-such-token");
    }

    #[test]
    fn the_diagram_rules_are_plain_and_at_rest() {
        let rules = diagram_rules();
        assert!(!rules.contains("var("), "{rules}");
        assert!(
            !rules.contains(':')
                || rules
                    .lines()
                    .all(|l| !l.split('{').next().unwrap().contains(':')),
            "{rules}"
        );
        assert!(
            !rules.contains("transition")
                && !rules.contains("data-state")
                && !rules.contains("@media"),
            "{rules}"
        );
        // The arrows keep the page's colours and dashes, with the tokens resolved.
        assert!(
            rules.contains(&format!(
                ".edge[data-relation=\"intended\"]{{stroke:{};stroke-dasharray:7 5}}",
                token("c-other")
            )),
            "{rules}"
        );
        assert!(
            rules.contains(&format!(
                ".node-box{{fill:{};stroke:{}",
                token("surface"),
                token("accent")
            )),
            "{rules}"
        );
        assert!(
            rules.contains(".node-label{font-family:system-ui"),
            "{rules}"
        );
    }
}
