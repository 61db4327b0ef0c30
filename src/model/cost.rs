//! Cost arithmetic, exact to the cent: prices are whole micro-dollars per million tokens, costs
//! whole pico-dollars (10⁻¹² $), and every rounding is done in integers; no amount is ever a
//! floating-point number.

use std::fmt;

use super::amount::{Decimal, DecimalError, group_digits};

pub use crate::content::PricePerMillion;

/// The lowest price a reader may type for their own row: a tenth of a cent per million tokens.
pub const CUSTOM_PRICE_MIN: PricePerMillion = PricePerMillion(1_000);
/// The highest: $1,000 per million tokens (the dearest list prices are a few hundred dollars).
pub const CUSTOM_PRICE_MAX: PricePerMillion = PricePerMillion(1_000_000_000);

impl PricePerMillion {
    /// The price as a plain decimal string of dollars: 3,480,000 → "3.48", 30,000,000 → "30".
    pub fn dollars(self) -> String {
        let whole = self.0 / 1_000_000;
        let frac = self.0 % 1_000_000;
        if frac == 0 {
            return whole.to_string();
        }
        let mut f = format!("{frac:06}");
        while f.ends_with('0') {
            f.pop();
        }
        if f.len() == 1 {
            f.push('0');
        }
        format!("{whole}.{f}")
    }
}

/// An exact amount of money, in pico-dollars (one cent is 10¹⁰).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub u128);

const PICO_PER_CENT: u128 = 10_000_000_000;

impl Money {
    /// What `tokens` cost at `price` per million: tokens × price / 10⁶ dollars, exactly.
    pub fn cost(tokens: u64, price: PricePerMillion) -> Money {
        // price is µ$ per 10⁶ tokens = pico-dollars per token.
        Money(tokens as u128 * price.0 as u128)
    }

    /// This amount `n` times over (a month's cost times 12 is a year's).
    pub fn times(self, n: u32) -> Money {
        Money(self.0 * n as u128)
    }

    /// Whole cents, rounded half up.
    pub fn cents(self) -> u128 {
        (self.0 + PICO_PER_CENT / 2) / PICO_PER_CENT
    }

    /// The amount as a reader should see it, as an exact decimal string of dollars.
    ///
    /// From half a cent up: rounded half up to the cent ("8.70", "300000.00"). Below that,
    /// rounded half up to two significant digits, never past the sixth decimal place
    /// ("0.0035", "0.00028"), so a tiny cost is neither hidden as "$0.00" nor shown to spurious
    /// precision.
    pub fn display(self) -> String {
        let (units, places) = self.shown();
        let p = 10u128.pow(places);
        format!(
            "{}.{:0width$}",
            units / p,
            units % p,
            width = places as usize
        )
    }

    /// The amount [`Money::display`] shows, as whole units of 10^-`places` dollars, `places`
    /// from 2 to 6: (870, 2) is "8.70", (35, 4) is "0.0035".
    fn shown(self) -> (u128, u32) {
        let cents = self.cents();
        if cents > 0 || self.0 == 0 {
            return (cents, 2);
        }
        // Below $0.005: find the scale (decimal places) that keeps two significant digits.
        // pico has 12 decimal places; keep `places` of them.
        let digits = self.0.ilog10() + 1; // significant digits at pico scale
        let mut places = 14u32.saturating_sub(digits).min(6);
        let mut units = Decimal {
            digits: self.0,
            scale: 12,
        }
        .round_to(places)
        .unwrap_or(0);
        while places > 2 && units.is_multiple_of(10) {
            units /= 10;
            places -= 1;
        }
        (units, places)
    }

    /// How far `self` is from `other`, and which is the larger.
    pub fn difference(self, other: Money) -> Difference {
        Difference {
            amount: Money(self.0.abs_diff(other.0)),
            larger: self.0 >= other.0,
        }
    }
}

/// How far one amount is from another ([`Money::difference`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    /// The distance between the two, never negative.
    pub amount: Money,
    /// Whether the first amount is the larger (or they are equal).
    pub larger: bool,
}

/// How many times `price` is `base`, as a short display string: "8.6", "7.2", "86", "0.25".
///
/// One decimal from 1 up to 10, whole numbers from 10 up, two decimals below 1; rounded half up
/// from the exact integer ratio.
pub fn ratio(price: PricePerMillion, base: PricePerMillion) -> String {
    if base.0 == 0 {
        return "—".to_string();
    }
    let (p, b) = (price.0 as u128, base.0 as u128);
    let round = |scale: u128| (p * scale * 2 + b) / (b * 2);
    if p >= b * 10 {
        group_digits(round(1))
    } else if p >= b {
        let t = round(10);
        if t >= 100 {
            "10".to_string()
        } else {
            format!("{}.{}", t / 10, t % 10)
        }
    } else {
        let h = round(100);
        if h >= 100 {
            "1.0".to_string()
        } else {
            format!("0.{h:02}")
        }
    }
}

/// Whether costs are shown for a month or for a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Month,
    Year,
}

impl Period {
    /// How many months the period holds.
    pub fn months(self) -> u32 {
        match self {
            Period::Month => 1,
            Period::Year => 12,
        }
    }
    /// "a month" / "a year".
    pub fn per(self) -> &'static str {
        match self {
            Period::Month => "a month",
            Period::Year => "a year",
        }
    }
}

/// Why a price a reader typed was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriceError {
    Empty,
    NotANumber,
    NotPositive,
    TooPrecise,
    TooSmall,
    TooLarge,
}

impl fmt::Display for PriceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PriceError::Empty => "Type a price in dollars per million tokens, for example 12.50.",
            PriceError::NotANumber => {
                "That is not a price this can read. Type dollars, for example 12.50 or $0.28."
            }
            PriceError::NotPositive => "A price must be more than zero.",
            PriceError::TooPrecise => "Use at most six decimal places.",
            PriceError::TooSmall => "The lowest price here is $0.001 per million tokens.",
            PriceError::TooLarge => "The highest price here is $1,000 per million tokens.",
        })
    }
}

/// Reads a price per million tokens as a person types it: "12.5", "$12.50", "0.28", "1,000".
pub fn parse_price(input: &str) -> Result<PricePerMillion, PriceError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(PriceError::Empty);
    }
    if s.len() > 32 {
        return Err(PriceError::NotANumber);
    }
    let s = s
        .strip_prefix("US$")
        .or_else(|| s.strip_prefix('$'))
        .unwrap_or(s)
        .trim_start();
    if s.starts_with('-') {
        return Err(PriceError::NotPositive);
    }
    if s.contains(['e', 'E']) {
        return Err(PriceError::NotANumber);
    }
    let d = Decimal::parse(s).map_err(|e| match e {
        DecimalError::Syntax => PriceError::NotANumber,
        DecimalError::Overflow => PriceError::TooLarge,
    })?;
    let micro = d.times_pow10(6).ok_or(PriceError::TooLarge)?;
    let micro = micro.whole().ok_or(PriceError::TooPrecise)?;
    if micro == 0 {
        return Err(PriceError::NotPositive);
    }
    let micro = u64::try_from(micro).map_err(|_| PriceError::TooLarge)?;
    let price = PricePerMillion(micro);
    if price < CUSTOM_PRICE_MIN {
        Err(PriceError::TooSmall)
    } else if price > CUSTOM_PRICE_MAX {
        Err(PriceError::TooLarge)
    } else {
        Ok(price)
    }
}

/// A model name a reader typed: trimmed, control characters dropped, at most 40 characters.
/// Shown as text (never as markup), so nothing in it can run.
pub fn clean_name(input: &str) -> String {
    let cleaned: String = input.chars().filter(|c| !c.is_control()).collect();
    let trimmed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    trimmed.chars().take(40).collect()
}
