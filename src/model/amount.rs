//! Token amounts: the range the widget covers, the slider's logarithmic scale, and parsing what a
//! person types ("2500000", "2,500,000", "2.5M", "2.5 million", "3e6", "1B").

use std::fmt;

/// The range the widget covers is the content's (the presets must fall inside it).
pub use crate::content::{TOKENS_MAX, TOKENS_MIN};
/// The amount shown before the reader chooses one.
pub const TOKENS_DEFAULT: u64 = 10_000_000;

/// Slider positions per factor of ten: 20 gives steps of about 12%, on round numbers.
pub const STEPS_PER_DECADE: u32 = 20;
/// Decades between [`TOKENS_MIN`] and [`TOKENS_MAX`].
const DECADES: u32 = 7;
const _: () = assert!(
    TOKENS_MIN * 10u64.pow(DECADES) == TOKENS_MAX,
    "the scale spans the range"
);
/// The slider's last position (its first is 0).
pub const POSITION_MAX: u32 = STEPS_PER_DECADE * DECADES;
/// PageUp and PageDown move this many positions: half a decade (about ×3.2).
pub const PAGE_STEP: u32 = STEPS_PER_DECADE / 2;

/// Where a key takes a slider at `position`, following the WAI-ARIA slider pattern: arrows one
/// step, PageUp/PageDown half a decade, Home/End the two ends. `None` for any other key.
pub fn key_position(key: &str, position: u32) -> Option<u32> {
    let p = position.min(POSITION_MAX);
    Some(match key {
        "ArrowRight" | "ArrowUp" => (p + 1).min(POSITION_MAX),
        "ArrowLeft" | "ArrowDown" => p.saturating_sub(1),
        "PageUp" => (p + PAGE_STEP).min(POSITION_MAX),
        "PageDown" => p.saturating_sub(PAGE_STEP),
        "Home" => 0,
        "End" => POSITION_MAX,
        _ => return None,
    })
}

/// Keeps `tokens` inside the widget's range.
pub fn clamp(tokens: u64) -> u64 {
    tokens.clamp(TOKENS_MIN, TOKENS_MAX)
}

/// The token amount at a slider position: 10^(3 + p/20), rounded to two significant digits so
/// every stop is a round number (1,000, 1,100, 1,300 … 8,900, 10,000 …). Positions past the end
/// are clamped.
pub fn tokens_at(position: u32) -> u64 {
    let p = position.min(POSITION_MAX);
    let decade = p / STEPS_PER_DECADE;
    let step = p % STEPS_PER_DECADE;
    // 10^(step/20) to two significant digits, times 10: the E-series-like mantissas of a decade.
    const MANTISSA: [u64; STEPS_PER_DECADE as usize] = [
        10, 11, 13, 14, 16, 18, 20, 22, 25, 28, 32, 35, 40, 45, 50, 56, 63, 71, 79, 89,
    ];
    MANTISSA[step as usize] * 10u64.pow(decade + 2)
}

/// The slider position nearest to `tokens` (on the log scale), for amounts typed or loaded.
pub fn position_of(tokens: u64) -> u32 {
    let t = clamp(tokens);
    // Binary search for the last stop at or below t, then pick the nearer of it and the next one
    // by ratio (geometric midpoint), so the answer never depends on floating point.
    let (mut lo, mut hi) = (0u32, POSITION_MAX);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if tokens_at(mid) <= t {
            lo = mid
        } else {
            hi = mid - 1
        }
    }
    if lo == POSITION_MAX {
        return lo;
    }
    let (below, above) = (tokens_at(lo) as u128, tokens_at(lo + 1) as u128);
    let t = t as u128;
    // t is nearer `above` on a log scale when t / below > above / t, i.e. t² > below × above.
    if t * t > below * above { lo + 1 } else { lo }
}

/// Why a typed amount was refused, in words a person understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    NotWhole,
    TooSmall,
    TooLarge,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AmountError::Empty => "Type an amount of tokens, for example 2.5 million.",
            AmountError::NotANumber => {
                "That is not an amount this can read. Try 2500000, 2,500,000, 2.5M or 2.5 million."
            }
            AmountError::Negative => "An amount of tokens cannot be negative.",
            AmountError::NotWhole => "Tokens come whole: that amount has a fraction of a token.",
            AmountError::TooSmall => "The smallest amount here is 1,000 tokens a month.",
            AmountError::TooLarge => "The largest amount here is 10 billion tokens a month.",
        })
    }
}

/// Reads an amount of tokens as a person might type it.
///
/// Accepts digits with optional thousands commas, spaces or underscores ("2,500,000"), a
/// decimal point, an exponent ("3e6", "2.5E9"), and a scale word or letter: k / thousand,
/// m / mn / million, b / bn / billion (any case), optionally followed by "tokens". The result
/// must be a whole number of tokens inside [`TOKENS_MIN`]..=[`TOKENS_MAX`].
pub fn parse_tokens(input: &str) -> Result<u64, AmountError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    if s.len() > 64 {
        return Err(AmountError::NotANumber);
    }
    let lower = s.to_ascii_lowercase();
    let mut s = lower.as_str();
    for tail in ["tokens", "token"] {
        if let Some(rest) = s.strip_suffix(tail) {
            s = rest.trim_end();
            break;
        }
    }
    if let Some(rest) = s.strip_prefix('-') {
        let looks_numeric = rest
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '.');
        return Err(if looks_numeric {
            AmountError::Negative
        } else {
            AmountError::NotANumber
        });
    }
    let s = s.strip_prefix('+').unwrap_or(s);

    // Split off a scale word.
    let (number, scale) = split_scale(s)?;
    let decimal = Decimal::parse(number).map_err(|e| match e {
        DecimalError::Syntax => AmountError::NotANumber,
        DecimalError::Overflow => AmountError::TooLarge,
    })?;
    let value = decimal.times_pow10(scale).ok_or(AmountError::TooLarge)?;
    let tokens = value.whole().ok_or(AmountError::NotWhole)?;
    let tokens = u64::try_from(tokens).map_err(|_| AmountError::TooLarge)?;
    if tokens < TOKENS_MIN {
        Err(AmountError::TooSmall)
    } else if tokens > TOKENS_MAX {
        Err(AmountError::TooLarge)
    } else {
        Ok(tokens)
    }
}

fn split_scale(s: &str) -> Result<(&str, u32), AmountError> {
    const WORDS: [(&str, u32); 8] = [
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
        ("bn", 9),
        ("mn", 6),
        ("k", 3),
        ("m", 6),
        ("b", 9),
    ];
    for (word, pow) in WORDS {
        if let Some(rest) = s.strip_suffix(word) {
            let rest = rest.trim_end();
            if rest.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
                return Ok((rest, pow));
            }
            return Err(AmountError::NotANumber);
        }
    }
    Ok((s, 0))
}

/// Why a decimal could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalError {
    /// Not written as a number.
    Syntax,
    /// A number, but too large (or too finely divided) to hold exactly.
    Overflow,
}

/// An exact non-negative decimal: `digits` × 10^-`scale`, with `digits` below 10^36.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub digits: u128,
    pub scale: u32,
}

/// `s` split at its exponent (`2.5e6` → `2.5`, 6; `3E-2` → `3`, -2; no exponent: 0). An
/// exponent of more than four digits reads as 9999, which overflows any value but zero.
fn split_exponent(s: &str) -> Result<(&str, i32), DecimalError> {
    let Some(i) = s.find(['e', 'E']) else {
        return Ok((s, 0));
    };
    let e = &s[i + 1..];
    let e = e.strip_prefix('+').unwrap_or(e);
    let (neg, digits) = match e.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return Err(DecimalError::Syntax);
    }
    let n: i32 = if digits.len() > 4 {
        9999
    } else {
        digits.parse().map_err(|_| DecimalError::Syntax)?
    };
    Ok((&s[..i], if neg { -n } else { n }))
}

impl Decimal {
    /// Reads `123`, `1,234.5`, `1 234`, `1_234`, `.5`, `2.5e6`, `3E-2`. Group separators must sit
    /// between digits of the integer part.
    pub fn parse(s: &str) -> Result<Decimal, DecimalError> {
        use DecimalError::{Overflow, Syntax};
        let (mantissa, exp) = split_exponent(s)?;
        let (int, frac) = match mantissa.split_once('.') {
            Some((i, f)) => (i, f),
            None => (mantissa, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return Err(Syntax);
        }
        if !frac.bytes().all(|c| c.is_ascii_digit()) {
            return Err(Syntax);
        }
        // Separators: commas, spaces or underscores, only between digits.
        let mut prev_digit = false;
        let mut digits: u128 = 0;
        let mut count = 0u32;
        for c in int.chars() {
            if let Some(d) = c.to_digit(10) {
                digits = digits
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(d as u128))
                    .ok_or(Overflow)?;
                prev_digit = true;
                count += 1;
            } else if matches!(c, ',' | ' ' | '_' | '\u{a0}' | '\u{202f}') && prev_digit {
                prev_digit = false;
            } else {
                return Err(Syntax);
            }
        }
        if !int.is_empty() && !prev_digit {
            return Err(Syntax);
        }
        for d in frac.bytes() {
            digits = digits
                .checked_mul(10)
                .and_then(|v| v.checked_add((d - b'0') as u128))
                .ok_or(Overflow)?;
            count += 1;
        }
        if count > 36 {
            return Err(Overflow);
        }
        let scale = frac.len() as i32 - exp;
        if scale >= 0 {
            Ok(Decimal {
                digits,
                scale: scale as u32,
            })
        } else if digits == 0 {
            Ok(Decimal {
                digits: 0,
                scale: 0,
            })
        } else {
            let up = 10u128.checked_pow((-scale) as u32).ok_or(Overflow)?;
            Ok(Decimal {
                digits: digits.checked_mul(up).ok_or(Overflow)?,
                scale: 0,
            })
        }
    }

    /// This value times 10^`pow`, or `None` when it overflows.
    pub fn times_pow10(self, pow: u32) -> Option<Decimal> {
        if pow <= self.scale {
            Some(Decimal {
                digits: self.digits,
                scale: self.scale - pow,
            })
        } else {
            let up = 10u128.checked_pow(pow - self.scale)?;
            Some(Decimal {
                digits: self.digits.checked_mul(up)?,
                scale: 0,
            })
        }
    }

    /// The value when it is a whole number.
    pub fn whole(self) -> Option<u128> {
        if self.scale == 0 {
            return Some(self.digits);
        }
        if self.scale > 38 {
            return if self.digits == 0 { Some(0) } else { None };
        }
        let div = 10u128.pow(self.scale);
        self.digits.is_multiple_of(div).then_some(self.digits / div)
    }

    /// The value rounded half up to `places` decimal places, as `digits` at scale `places`.
    pub fn round_to(self, places: u32) -> Option<u128> {
        if self.scale <= places {
            return self
                .digits
                .checked_mul(10u128.checked_pow(places - self.scale)?);
        }
        let div = 10u128.checked_pow(self.scale - places)?;
        let q = self.digits / div;
        let r = self.digits % div;
        Some(if r * 2 >= div { q + 1 } else { q })
    }
}

/// Writes `n` with thousands commas: 2500000 → "2,500,000".
pub fn group_digits(n: u128) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The form the entry field shows for an amount: exact, with thousands commas ("2,500,000").
/// [`parse_tokens`] reads it back to the same number.
pub fn format_tokens(tokens: u64) -> String {
    group_digits(tokens as u128)
}
