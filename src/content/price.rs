//! Prices as the content writes them: integer micro-dollars per million tokens. `build.rs`
//! includes this file too, so a price in `content/prices.toml` is read one way everywhere.

/// A price in integer micro-dollars per million tokens ($3.48 → 3_480_000): exact, no floats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PricePerMillion(pub u64);

impl PricePerMillion {
    /// A price from dollars as the content files write them: digits, and at most six decimal
    /// places ("3.48", "30", "0.145"); positive. Anything else is `None`.
    pub fn from_dollars(s: &str) -> Option<Self> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit());
        if int.is_empty()
            || int.len() > 12
            || !digits(int)
            || frac.len() > 6
            || !digits(frac)
            || (s.contains('.') && frac.is_empty())
        {
            return None;
        }
        let micro =
            int.parse::<u64>().ok()? * 1_000_000 + format!("{frac:0<6}").parse::<u64>().ok()?;
        (micro > 0).then_some(PricePerMillion(micro))
    }
}
