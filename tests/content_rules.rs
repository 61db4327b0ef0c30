//! The content files' rules (`content::check`, which `build.rs` runs before it writes the
//! statics): the real files keep them, and each rule, broken in a copy of them, is refused with
//! a message that names the file and the entry.
#![cfg(feature = "ssr")]

use explainer::content::check::{Broken, Content, check};
use explainer::content::{TOKENS_MAX, TOKENS_MIN};

fn real() -> Content {
    let read = |name: &str| {
        std::fs::read_to_string(format!("{}/content/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    Content {
        article: toml::from_str(&read("article.toml")).unwrap(),
        prices: toml::from_str(&read("prices.toml")).unwrap(),
        claims: toml::from_str(&read("claims.toml")).unwrap(),
        diagram: toml::from_str(&read("diagram.toml")).unwrap(),
    }
}

fn checked(c: &Content) -> Result<(), Broken> {
    check(c, TOKENS_MIN..=TOKENS_MAX)
}

/// Breaks a copy of the real content with `edit`; the check must refuse it, in `file`, with a
/// message holding every one of `says`.
fn refused(edit: impl FnOnce(&mut Content), file: &str, says: &[&str]) {
    let mut c = real();
    edit(&mut c);
    let err = checked(&c).expect_err("the broken content was accepted");
    assert_eq!(err.file, file, "{err}");
    for s in says {
        assert!(err.why.contains(s), "{err:?} does not say {s:?}");
    }
}

#[test]
fn the_real_content_keeps_every_rule() {
    assert_eq!(checked(&real()), Ok(()));
}

#[test]
fn the_article_s_rules() {
    const F: &str = "content/article.toml";
    refused(
        |c| c.article.block[4].id = c.article.block[2].id.clone(),
        F,
        &["block 5", "repeats the id"],
    );
    refused(
        |c| c.article.block[4].id = "Not A Slug".into(),
        F,
        &["block 5", "\"Not A Slug\"", "lower-case"],
    );
    refused(
        |c| c.article.block[4].kind = "poem".into(),
        F,
        &["block 5", "unknown kind \"poem\""],
    );
    refused(
        |c| c.article.block[4].text = "  ".into(),
        F,
        &["block 5", "one non-empty line"],
    );
    refused(
        |c| c.article.block[4].text = "two\nlines".into(),
        F,
        &["block 5", "one non-empty line"],
    );
    refused(
        |c| c.article.block[4].kind = "attribution".into(),
        F,
        &["block 5", "must follow a quote"],
    );
}

#[test]
fn the_prices_rules() {
    const F: &str = "content/prices.toml";
    refused(
        |c| c.prices.price.swap(0, 4),
        F,
        &["baseline", "from the article"],
    );
    refused(
        |c| c.prices.price[1].id = c.prices.price[0].id.clone(),
        F,
        &["\"deepseek-v4-pro\"", "repeated"],
    );
    for bad in ["0", "-3", "3.4800001", "3,48", "", "$3", "1e3", "3."] {
        refused(
            |c| c.prices.price[1].per_million = bad.into(),
            F,
            &["openai", "per_million", "positive price"],
        );
    }
    refused(
        |c| c.prices.price[1].origin = "rumour".into(),
        F,
        &["openai", "unknown origin \"rumour\""],
    );
    refused(
        |c| c.prices.price[1].tokens = "thinking".into(),
        F,
        &["openai", "unknown tokens"],
    );
    refused(
        |c| c.prices.price[1].addresses.push("not an address".into()),
        F,
        &["openai", "is not an address"],
    );
    refused(
        |c| c.prices.price[1].addresses.push("".into()),
        F,
        &["openai", "address \"\"", "is not an address"],
    );
    refused(
        |c| c.prices.price[1].id = "OpenAI GPT".into(),
        F,
        &["price id \"OpenAI GPT\"", "lower-case"],
    );
    let presets = real().prices.preset;
    let (first, third) = (presets[0].id.as_str(), presets[2].id.as_str());
    refused(
        |c| c.prices.preset[1].id = first.into(),
        F,
        &[&format!("preset id {first:?} is repeated")],
    );
    refused(
        |c| c.prices.preset[1].id = "Big team".into(),
        F,
        &["preset id \"Big team\"", "lower-case"],
    );
    refused(
        |c| c.prices.preset[2].tokens = TOKENS_MAX + 1,
        F,
        &[
            &format!("preset {third}: 10000000001 tokens"),
            "outside the widget's range",
        ],
    );
    refused(
        |c| c.prices.preset[2].tokens = TOKENS_MIN - 1,
        F,
        &[
            &format!("preset {third}: 999 tokens"),
            "outside the widget's range",
        ],
    );
}

#[test]
fn the_claims_rules() {
    const F: &str = "content/claims.toml";
    let claims = real().claims.claim;
    let (first, fourth) = (claims[0].id.as_str(), claims[3].id.as_str());
    refused(
        |c| c.claims.claim[3].id = first.into(),
        F,
        &[&format!("claim id {first:?} is repeated")],
    );
    refused(
        |c| c.claims.claim[3].id = "claim_4".into(),
        F,
        &["claim id \"claim_4\"", "lower-case"],
    );
    refused(
        |c| c.claims.claim[3].kind = "rumour".into(),
        F,
        &[&format!("{fourth}: unknown kind \"rumour\"")],
    );
    refused(
        |c| c.claims.claim[3].spans.clear(),
        F,
        &[&format!("{fourth}: a claim needs at least one span")],
    );
    refused(
        |c| {
            c.claims.claim[3]
                .spans
                .push("words the article never wrote".into())
        },
        F,
        &[&format!(
            "{fourth}: span \"words the article never wrote\" is not in the article"
        )],
    );
}

#[test]
fn the_diagram_s_rules() {
    const F: &str = "content/diagram.toml";
    let d = real().diagram;
    let (second, third) = (d.node[1].id.as_str(), d.node[2].id.as_str());
    let (from, to) = (d.edge[0].from.as_str(), d.edge[0].to.as_str());
    refused(
        |c| c.diagram.node[2].id = second.into(),
        F,
        &[&format!("node id {second:?} is repeated")],
    );
    refused(
        |c| c.diagram.node[2].id = "Ascend 950".into(),
        F,
        &["node id \"Ascend 950\"", "lower-case"],
    );
    refused(
        |c| c.diagram.node[2].track = "sideways".into(),
        F,
        &[&format!("{third}: unknown track \"sideways\"")],
    );
    refused(
        |c| c.diagram.node[2].claims.push("no-such-claim".into()),
        F,
        &[&format!("{third}: unknown claim \"no-such-claim\"")],
    );
    refused(
        |c| c.diagram.edge[0].to = "nowhere".into(),
        F,
        &[&format!("edge {from} -> nowhere: unknown node \"nowhere\"")],
    );
    refused(
        |c| c.diagram.edge[0].from = "nowhere".into(),
        F,
        &[&format!("edge nowhere -> {to}: unknown node \"nowhere\"")],
    );
    refused(
        |c| c.diagram.edge[0].relation = "implied".into(),
        F,
        &[&format!(
            "edge {from} -> {to}: unknown relation \"implied\""
        )],
    );
    refused(
        |c| c.diagram.story[3].node = "nowhere".into(),
        F,
        &["story step 4: unknown node \"nowhere\""],
    );
    refused(
        |c| c.diagram.counterfactual.remove = "nowhere".into(),
        F,
        &["counterfactual", "unknown node \"nowhere\""],
    );
}
