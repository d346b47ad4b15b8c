//! Money and rates: exact decimals, half-up rounding to cents.
//!
//! Amounts are [`Money`] (a `rust_decimal::Decimal`), read exactly as the user wrote them and
//! rounded half-up (away from zero) to cents only where the spec says. The engine's inner loop
//! works in whole cents (`i64`) with exact integer arithmetic, which is the same arithmetic on
//! the same values, only faster: every result is converted back with [`from_cents`].

use rust_decimal::{Decimal, RoundingStrategy, dec};

/// An amount of money. Always a decimal, never a float.
pub type Money = Decimal;

/// The largest amount a file may hold: a trillion.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// Why a number is not an amount: the one rule the file loader, the command line and the
/// app's forms all apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Negative,
    TooManyDecimals,
    TooLarge,
}

/// `n` as an amount: not negative, at most two decimals, at most [`MAX_AMOUNT`].
pub fn check_amount(n: Decimal) -> Result<Money, AmountError> {
    if n.is_sign_negative() && !n.is_zero() {
        Err(AmountError::Negative)
    } else if n.normalize().scale() > 2 {
        Err(AmountError::TooManyDecimals)
    } else if n > MAX_AMOUNT {
        Err(AmountError::TooLarge)
    } else {
        Ok(n)
    }
}

impl AmountError {
    /// What was expected instead, in the words every message uses: `an amount >= 0`.
    pub fn expected(self) -> String {
        match self {
            AmountError::Negative => "an amount >= 0".to_string(),
            AmountError::TooManyDecimals => "an amount with at most 2 decimals".to_string(),
            AmountError::TooLarge => format!("an amount <= {MAX_AMOUNT}"),
        }
    }
}

/// What a value that is not a number at all should have been.
pub const AMOUNT_LIKE: &str = "an amount like 1234.56";

/// What a rate that is not a number at all should have been.
pub const RATE_LIKE: &str = "a rate like 18.25";

/// The largest rate, in percent, a file or the command line may give.
pub const MAX_RATE: Decimal = dec!(10_000);

/// The most decimals a rate may have: far more than any lender quotes, and few enough that
/// the engine's integer arithmetic on it cannot overflow.
pub const MAX_RATE_DECIMALS: u32 = 10;

/// Why a number as written cannot be read exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number at all: `"5,000"`, `nan`, `true`.
    NotANumber,
    /// Finite or not, beyond 28 digits before the point: `1e308`, `inf`, `-1e40`.
    TooLarge { negative: bool },
    /// More than 28 significant digits or decimals: `1e-40`.
    TooPrecise,
}

/// The most digits a number may have (a `Decimal` holds 28 for sure).
const MAX_DIGITS: usize = 28;

/// Reads a number exactly as written, never through a float: `1234.56` is 1234.56.
///
/// Plain text (`literal = false`: a TOML string, a command-line argument) is an optional `-`,
/// digits, and an optional `.` with digits. A TOML number literal (`literal = true`) may also
/// have a `+`, `_` separators, an exponent (`1.5e3`), or be `inf` or `nan`. Negative zero is
/// zero.
pub fn read_number(s: &str, literal: bool) -> Result<Decimal, NumberError> {
    let owned: String;
    let s = s.trim();
    let s = if literal && s.contains('_') {
        owned = s.chars().filter(|&c| c != '_').collect();
        owned.as_str()
    } else {
        s
    };
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') if literal => (false, &s[1..]),
        _ => (false, s),
    };
    match body {
        "inf" if literal => return Err(NumberError::TooLarge { negative }),
        "nan" if literal => return Err(NumberError::NotANumber),
        _ => {}
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) if literal => (&body[..i], exponent_of(&body[i + 1..])?),
        _ => (body, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || mantissa.ends_with('.') {
        return Err(NumberError::NotANumber);
    }
    // The digits `m`: those of `int` then `frac`, the leading zeros left out. Read where they
    // are written, with no string made of them.
    let all = || int.bytes().chain(frac.bytes());
    let leading = all().take_while(|&b| b == b'0').count();
    let mut len = int.len() + frac.len() - leading;
    if len == 0 {
        let scale = u32::try_from(frac.len()).map_or(0, |f| f.min(MAX_DIGITS as u32));
        return Ok(Decimal::new(0, scale));
    }
    // `m` holds a digit other than 0: its trailing zeros are all within it.
    let mut trailing = all().rev().take_while(|&b| b == b'0').count();
    // The value is `m * 10^-scale`.
    let mut scale = i64::try_from(frac.len())
        .unwrap_or(i64::MAX)
        .saturating_sub(exponent);
    // Drop trailing zeros only where the digits would not fit otherwise, so `1234.50` keeps
    // its two decimals.
    while scale > 0 && trailing > 0 && (len > MAX_DIGITS || scale > MAX_DIGITS as i64) {
        len -= 1;
        trailing -= 1;
        scale -= 1;
    }
    if i64::try_from(len).unwrap_or(i64::MAX).saturating_sub(scale) > MAX_DIGITS as i64 {
        return Err(NumberError::TooLarge { negative });
    }
    if len > MAX_DIGITS || scale > MAX_DIGITS as i64 {
        return Err(NumberError::TooPrecise);
    }
    // Now at most 28 digits before the point, so a negative scale is at most 27 zeros, and
    // `m` with them is at most 28 digits: below 10^28, well within `i128`.
    let zeros = u32::try_from(-scale.min(0)).unwrap_or(0);
    let mantissa = all()
        .skip(leading)
        .take(len)
        .fold(0i128, |n, b| n * 10 + i128::from(b - b'0'))
        * 10i128.pow(zeros);
    let n = Decimal::try_from_i128_with_scale(mantissa, u32::try_from(scale.max(0)).unwrap_or(0))
        .map_err(|_| NumberError::TooLarge { negative })?;
    Ok(if negative { -n } else { n })
}

/// Reads an amount as a person types it into the app, as the app itself shows amounts:
/// `1,060.30`, `¥1060.30` (`symbol` is the file's currency symbol; the full-width `￥` reads as
/// `¥`), `1060.30元`, or with full-width digits and point (`１０６０．３０`). Grouping commas
/// (`,` or `，`) are taken only where they group thousands: `1,06.30` is not a number. What
/// is left is read by [`read_number`] as plain text, so the value is stored plain (`1060.30`).
pub fn read_typed_amount(s: &str, symbol: &str) -> Result<Decimal, NumberError> {
    let wide: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
            '．' => '.',
            '，' => ',',
            '－' => '-',
            '￥' => '¥',
            c => c,
        })
        .collect();
    let symbol = symbol.trim().replace('￥', "¥");
    let mut t = wide.as_str();
    let negative = t.starts_with('-');
    if negative {
        t = t[1..].trim_start();
    }
    if !symbol.is_empty() {
        t = t.strip_prefix(symbol.as_str()).unwrap_or(t).trim_start();
    }
    t = t.strip_suffix('元').unwrap_or(t).trim_end();
    let (int, frac) = t.split_once('.').map_or((t, None), |(i, f)| (i, Some(f)));
    let int = if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or("");
        let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
        let grouped = (1..=3).contains(&first.len())
            && digits(first)
            && groups.all(|g| g.len() == 3 && digits(g));
        if !grouped {
            return Err(NumberError::NotANumber);
        }
        int.replace(',', "")
    } else {
        int.to_string()
    };
    let plain = match frac {
        Some(f) => format!("{}{int}.{f}", if negative { "-" } else { "" }),
        None => format!("{}{int}", if negative { "-" } else { "" }),
    };
    read_number(&plain, false)
}

/// An exponent's value; one too long to read saturates (any number of digits is a TOML float).
fn exponent_of(s: &str) -> Result<i64, NumberError> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    let digits = digits.trim_start_matches('0');
    let value = if digits.len() > 18 {
        1_000_000_000_000_000_000
    } else {
        digits.parse().unwrap_or(0)
    };
    Ok(if negative { -value } else { value })
}

/// A number read by [`read_number`] as an amount; `Err` says what was expected (`an amount
/// >= 0`), in the words the loader and the command line share.
pub fn amount_of(n: Result<Decimal, NumberError>) -> Result<Money, String> {
    let n = n.map_err(|e| match e {
        NumberError::NotANumber => AMOUNT_LIKE.to_string(),
        NumberError::TooLarge { negative: true } => AmountError::Negative.expected(),
        NumberError::TooLarge { negative: false } => AmountError::TooLarge.expected(),
        NumberError::TooPrecise => AmountError::TooManyDecimals.expected(),
    })?;
    check_amount(n).map_err(AmountError::expected)
}

/// Why a number is not a rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateError {
    NotANumber,
    Negative,
    TooLarge,
    TooManyDecimals,
}

/// A number read by [`read_number`] as a rate in percent, `0..=max`, with at most
/// [`MAX_RATE_DECIMALS`] decimals.
pub fn check_rate(n: Result<Decimal, NumberError>, max: Decimal) -> Result<Decimal, RateError> {
    let n = n.map_err(|e| match e {
        NumberError::NotANumber => RateError::NotANumber,
        NumberError::TooLarge { negative: true } => RateError::Negative,
        NumberError::TooLarge { negative: false } => RateError::TooLarge,
        NumberError::TooPrecise => RateError::TooManyDecimals,
    })?;
    if n.is_sign_negative() && !n.is_zero() {
        Err(RateError::Negative)
    } else if n > max {
        Err(RateError::TooLarge)
    } else if n.normalize().scale() > MAX_RATE_DECIMALS {
        Err(RateError::TooManyDecimals)
    } else {
        Ok(n)
    }
}

/// [`check_rate`], where `Err` says what was expected (`a rate >= 0`).
pub fn rate_of(n: Result<Decimal, NumberError>, max: Decimal) -> Result<Decimal, String> {
    check_rate(n, max).map_err(|e| match e {
        RateError::NotANumber => RATE_LIKE.to_string(),
        RateError::Negative => "a rate >= 0".to_string(),
        RateError::TooLarge => format!("a rate <= {max}"),
        RateError::TooManyDecimals => format!("a rate with at most {MAX_RATE_DECIMALS} decimals"),
    })
}

/// Rounds half-up (away from zero) to two decimals: `1.005 -> 1.01`, `-1.005 -> -1.01`.
pub fn round_cents(x: Decimal) -> Money {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Whole cents of an amount; the amount is rounded half-up to cents first.
///
/// Saturates at `i64::MAX` cents (about 92 quadrillion), far beyond any balance a file may hold.
pub fn to_cents(x: Money) -> i64 {
    let saturated = if x.is_sign_negative() {
        i64::MIN
    } else {
        i64::MAX
    };
    round_cents(x)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|c| i64::try_from(c).ok())
        .unwrap_or(saturated)
}

/// The amount of a number of cents.
pub fn from_cents(cents: i64) -> Money {
    Decimal::new(cents, 2)
}

/// `round_half_up(n / d)` for integers, `d > 0`.
pub fn div_round_half_up(n: i128, d: i128) -> i128 {
    debug_assert!(d > 0);
    // The remainder compared with what is left of `d`, not doubled: no product can overflow.
    let (q, r) = (n / d, (n % d).abs());
    if r >= d - r { q + n.signum() } else { q }
}

/// A rate in percent (`18.25` means 18.25 %), kept exactly as written.
///
/// Alongside the decimal it keeps the same value as an integer fraction `num / 10^scale`, so
/// the engine can compute `round_half_up(cents * rate / 100 / periods)` in integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rate {
    percent: Decimal,
    num: i128,
    den: i128,
}

impl Rate {
    /// The rate of `percent` percent.
    pub fn new(percent: Decimal) -> Rate {
        let percent = percent.normalize();
        Rate {
            percent,
            num: percent.mantissa(),
            den: 10i128.pow(percent.scale()),
        }
    }

    /// The zero rate.
    pub const ZERO: Rate = Rate {
        percent: Decimal::ZERO,
        num: 0,
        den: 1,
    };

    /// The rate in percent.
    pub fn percent(&self) -> Decimal {
        self.percent
    }

    /// The rate as the fraction `num / den` of a percent, when both fit in 64 bits.
    pub fn fraction(&self) -> Option<(u64, u64)> {
        Some((u64::try_from(self.num).ok()?, u64::try_from(self.den).ok()?))
    }

    /// Whether the rate is zero.
    pub fn is_zero(&self) -> bool {
        self.num == 0
    }

    /// `round_half_up(cents * rate / 100 / periods)`, in cents: one period's interest on a
    /// balance when a year has `periods` periods (12 for a month), or `rate` percent of an
    /// amount with `periods = 1`. `None` if the result does not fit in `i64`.
    pub fn of_cents(&self, cents: i64, periods: i64) -> Option<i64> {
        // The common case fits in 64 bits, whose division is several times faster.
        if let (Ok(num), Ok(den)) = (i64::try_from(self.num), i64::try_from(self.den))
            && let (Some(n), Some(d)) = (cents.checked_mul(num), den.checked_mul(100 * periods))
        {
            let (q, r) = (n / d, n % d);
            return Some(if 2 * r.abs() >= d { q + n.signum() } else { q });
        }
        let n = i128::from(cents).checked_mul(self.num)?;
        let d = self.den.checked_mul(100 * i128::from(periods))?;
        i64::try_from(div_round_half_up(n, d)).ok()
    }

    /// `round_half_up(amount * rate / 100 / periods)` on decimals: [`Rate::of_cents`] on the
    /// amount's cents (an amount with more decimals is taken exactly, on decimals), so a figure
    /// computed on decimals and one computed in the engine's cents never differ.
    pub fn of(&self, amount: Money, periods: u32) -> Money {
        let periods = periods.max(1);
        let cents = round_cents(amount)
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|c| i64::try_from(c).ok());
        if amount == round_cents(amount)
            && let Some(c) = cents.and_then(|c| self.of_cents(c, i64::from(periods)))
        {
            return from_cents(c);
        }
        // Beyond the cents of `i64`: on decimals, saturating at the ends of their range.
        let product = amount
            .checked_mul(self.percent)
            .map(|x| x / Decimal::from(100u32))
            .or_else(|| (amount / Decimal::from(100u32)).checked_mul(self.percent))
            .unwrap_or(
                if amount.is_sign_negative() != self.percent.is_sign_negative() {
                    Decimal::MIN
                } else {
                    Decimal::MAX
                },
            );
        round_cents(product / Decimal::from(periods))
    }

    /// One month's interest on `amount` at this yearly rate: `round_half_up(amount * apr / 100
    /// / 12)` (SPEC §2.1 step 1, §3): the one rule the engine, the schedules and the due dates
    /// use.
    pub fn monthly_interest(&self, amount: Money) -> Money {
        self.of(amount, 12)
    }
}

/// A card's minimum due on a balance (SPEC §2.1 step 2), in cents: the fixed `minimum`, or
/// `max(round_half_up(balance * minimum_percent / 100), minimum)`; the one rule the engine and
/// the due dates use. A percent of a balance past `i64` saturates (callers cap it at the
/// balance).
pub fn card_minimum_cents(percent: Option<Rate>, minimum: i64, balance: i64) -> i64 {
    match percent {
        None => minimum,
        Some(rate) => rate.of_cents(balance, 1).unwrap_or(i64::MAX).max(minimum),
    }
}

/// [`card_minimum_cents`] on amounts.
pub fn card_minimum(percent: Option<Rate>, minimum: Money, balance: Money) -> Money {
    from_cents(card_minimum_cents(
        percent,
        to_cents(minimum),
        to_cents(balance),
    ))
}

/// A yearly rate prepared for a loop that takes a month's interest on a new balance every
/// month: [`Rate::of_cents`]`(cents, 12)` exactly, with the division by the same divisor made a
/// multiply and a shift (the engine's costliest step). Same integers, same half-up rounding.
#[derive(Clone, Copy, Debug)]
pub struct MonthlyRate {
    rate: Rate,
    fast: Option<(u64, u64, strength_reduce::StrengthReducedU64)>,
}

impl MonthlyRate {
    pub fn new(rate: Rate) -> MonthlyRate {
        let fast = rate.fraction().and_then(|(num, den)| {
            let d = den.checked_mul(1200)?;
            Some((num, d / 2, strength_reduce::StrengthReducedU64::new(d)))
        });
        MonthlyRate { rate, fast }
    }

    /// The month's interest on `cents`, in cents; `None` if it does not fit in `i64`.
    pub fn interest(&self, cents: i64) -> Option<i64> {
        // `d = den * 1200` is even, so `n / d` rounded half-up is `(n + d / 2) / d`, one
        // division and no remainder.
        if let (Some((num, half, div)), Ok(c)) = (self.fast, u64::try_from(cents))
            && let Some(n) = c.checked_mul(num).and_then(|n| n.checked_add(half))
        {
            return i64::try_from(n / div).ok();
        }
        self.rate.of_cents(cents, 12)
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.percent)
    }
}

/// An amount with exactly two decimals and no separators: `1123.2 -> "1123.20"`, as JSON
/// and CSV output carry it.
pub fn plain(x: Money) -> String {
    format!("{:.2}", round_cents(x))
}

/// [`plain`] as a `Display`, for output written where it goes (a JSON schedule, a CSV) with no
/// string made first: whole cents, what a plan's figures are, are written directly.
pub struct Plain(pub Money);

impl Plain {
    /// The amount as whole cents, when it is written with exactly two decimals (`-0.00` is
    /// left to [`plain`]: the cents would lose its sign).
    fn cents(&self) -> Option<i64> {
        let x = self.0;
        if x.scale() != 2 || x.is_zero() && x.is_sign_negative() {
            return None;
        }
        i64::try_from(x.mantissa()).ok()
    }

    /// Calls `write` with the text, made on the stack for whole cents: no `String`, no
    /// formatting machinery (a JSON schedule writes tens of thousands of these).
    pub fn with_str<R>(&self, write: impl FnOnce(&str) -> R) -> R {
        match self.cents() {
            Some(c) => write(CentsText::new(c).as_str()),
            None => write(&plain(self.0)),
        }
    }
}

impl std::fmt::Display for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with_str(|s| f.write_str(s))
    }
}

/// [`Plain`] of whole cents, `Plain(from_cents(cents))`, written with no decimal made first (a
/// plan's schedule is kept in cents).
pub struct PlainCents(pub i64);

impl PlainCents {
    /// Calls `write` with the text, made on the stack.
    pub fn with_str<R>(&self, write: impl FnOnce(&str) -> R) -> R {
        write(CentsText::new(self.0).as_str())
    }

    /// Calls `write` with the text as a JSON string, quotes and all, as ASCII bytes (a JSON
    /// schedule writes tens of thousands).
    pub fn with_json<R>(&self, write: impl FnOnce(&[u8]) -> R) -> R {
        write(CentsText::new(self.0).quoted())
    }
}

impl std::fmt::Display for PlainCents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with_str(|s| f.write_str(s))
    }
}

/// Whole cents written as [`plain`] writes them (`-1234.05`), digit by digit into a buffer
/// on the stack.
struct CentsText {
    /// The text in two quotes, `"-1234.05"`: the quotes are there for a JSON string.
    buf: [u8; 25],
    /// The length with the quotes.
    len: usize,
}

impl CentsText {
    fn new(cents: i64) -> CentsText {
        let n = cents.unsigned_abs();
        let mut digits = itoa::Buffer::new();
        // At most 18 digits: with the sign, the point, the cents and the quotes, 24 bytes.
        let whole = digits.format(n / 100).as_bytes();
        let mut buf = [0u8; 25];
        buf[0] = b'"';
        let mut len = 1;
        if cents < 0 {
            buf[1] = b'-';
            len = 2;
        }
        buf[len..len + whole.len()].copy_from_slice(whole);
        len += whole.len();
        let part = n % 100;
        let tail = [
            b'.',
            b'0' + (part / 10) as u8,
            b'0' + (part % 10) as u8,
            b'"',
        ];
        buf[len..len + 4].copy_from_slice(&tail);
        CentsText { buf, len: len + 4 }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[1..self.len - 1]
    }

    /// The text as a JSON string, in its quotes.
    fn quoted(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn as_str(&self) -> &str {
        // Only ASCII digits, '.' and '-' were written.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

/// An amount for people: currency symbol, thousands separators, two decimals:
/// `¥12,345.60`, `-¥3.00`.
pub fn display(x: Money, symbol: &str) -> String {
    let rounded = round_cents(x);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let symbol = crate::present::shown(symbol);
    Plain(rounded.abs()).with_str(|s| {
        let (int, frac) = s.split_once('.').unwrap_or((s, "00"));
        let mut out = String::with_capacity(1 + symbol.len() + int.len() * 4 / 3 + 1 + frac.len());
        if negative {
            out.push('-');
        }
        out.push_str(&symbol);
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        out.push('.');
        out.push_str(frac);
        out
    })
}

/// An amount in few columns, for where the whole figure does not fit: `¥1.23M` in English
/// (k, M, B, T), `¥123.5万` in Chinese (万, 亿, 万亿). Rounded half-up to three or four
/// significant figures, never cut: the unit says how large it is. An amount below the first
/// unit is shown whole.
pub fn abbreviated(x: Money, symbol: &str, lang: crate::model::Language) -> String {
    use crate::model::Language;
    const EN: &[(i64, &str)] = &[
        (1_000, "k"),
        (1_000_000, "M"),
        (1_000_000_000, "B"),
        (1_000_000_000_000, "T"),
    ];
    const ZH: &[(i64, &str)] = &[
        (10_000, "万"),
        (100_000_000, "亿"),
        (1_000_000_000_000, "万亿"),
    ];
    let units = match lang {
        Language::En => EN,
        Language::Zh => ZH,
    };
    let abs = round_cents(x).abs();
    // The largest unit the amount reaches, and its figure in that unit as shown; a figure that
    // rounds up to the next unit (999.995k) is shown in it (1.00M).
    let mut shown_in: Option<(Decimal, &str)> = None;
    for (i, &(size, unit)) in units.iter().enumerate() {
        let size = Decimal::from(size);
        if abs < size {
            break;
        }
        let m = abs / size;
        let decimals = if m < Decimal::TEN { 2 } else { 1 };
        let m = m.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        let next = units.get(i + 1).map(|&(n, _)| Decimal::from(n) / size);
        if next.is_some_and(|n| m >= n) {
            shown_in = Some((Decimal::ONE, units[i + 1].1));
            continue;
        }
        shown_in = Some((m, unit));
    }
    let Some((m, unit)) = shown_in else {
        return display(x, symbol);
    };
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let decimals = if m < Decimal::TEN { 2 } else { 1 };
    format!(
        "{sign}{}{m:.decimals$}{unit}",
        crate::present::shown(symbol)
    )
}

/// An amount in at most `width` columns where it can be: whole ([`display`]) when it fits,
/// else [`abbreviated`].
pub fn display_in(x: Money, symbol: &str, lang: crate::model::Language, width: usize) -> String {
    let whole = display(x, symbol);
    if unicode_width::UnicodeWidthStr::width(whole.as_str()) <= width {
        whole
    } else {
        abbreviated(x, symbol, lang)
    }
}

/// A percentage with two decimals: `13.03`.
pub fn percent2(x: Decimal) -> String {
    plain(x)
}

#[cfg(test)]
mod tests {
    #[test]
    fn typed_amounts_read_as_the_app_shows_them() {
        use super::{NumberError, read_typed_amount};
        use rust_decimal::dec;
        for (typed, value) in [
            ("1060.30", dec!(1060.30)),
            ("1,060.30", dec!(1060.30)),
            ("¥1060.30", dec!(1060.30)),
            ("￥1,060.30", dec!(1060.30)),
            ("1060.30元", dec!(1060.30)),
            ("¥ 1,060.30 元", dec!(1060.30)),
            ("１０６０．３０", dec!(1060.30)),
            ("１,０６０.30", dec!(1060.30)),
            ("１，０６０．３０元", dec!(1060.30)),
            ("1,234,567.89", dec!(1234567.89)),
            ("999", dec!(999)),
            ("0", dec!(0)),
            ("-¥3.00", dec!(-3.00)),
        ] {
            let got = read_typed_amount(typed, "¥");
            assert_eq!(got, Ok(value), "{typed}");
            // Stored plain, with the decimals as typed.
            assert_eq!(got.unwrap().to_string(), value.to_string(), "{typed}");
        }
        assert_eq!(read_typed_amount("$1,060.30", "$"), Ok(dec!(1060.30)));
        for bad in [
            "1,06.30", "10,60", ",100", "1,0600", "1,", "1,060,30", "1060.3,0", "$5", "¥", "元",
            "", "1.2.3", "1 060", "¥¥5", "5元元",
        ] {
            assert_eq!(
                read_typed_amount(bad, "¥"),
                Err(NumberError::NotANumber),
                "{bad}"
            );
        }
    }
    #[test]
    fn the_fast_monthly_interest_is_the_rule() {
        use super::{MonthlyRate, Rate};
        use rust_decimal::Decimal;
        for (apr, cents) in [
            ("18", 500_000),
            ("18.25", 845_030),
            ("0.1", 1),
            ("10.95", 1_200_000),
            ("33.46", 2_101_440),
            ("10000", 100_000_000_000_000),
            ("0", 77),
            ("0.0000001", 999_999_999),
            // 100 x 6 / 1200 is exactly half a cent: rounded up.
            ("6", 100),
            // 15 x this is u64::MAX: adding the half overflows, the exact rule answers.
            ("1.5", 1_229_782_938_247_303_441),
        ] {
            let rate = Rate::new(apr.parse::<Decimal>().unwrap());
            for c in [cents, cents + 1, cents * 3 + 7, 0, 1, 6, 600] {
                assert_eq!(
                    MonthlyRate::new(rate).interest(c),
                    rate.of_cents(c, 12),
                    "{apr} {c}"
                );
            }
        }
    }

    use super::*;

    #[test]
    fn plain_cents_writes_what_plain_writes_of_the_cents() {
        for c in [
            0,
            5,
            -5,
            99,
            100,
            -100,
            -7,
            123_456_789,
            i64::MAX,
            i64::MIN + 1,
            i64::MIN,
        ] {
            assert_eq!(PlainCents(c).to_string(), plain(from_cents(c)), "{c}");
            assert_eq!(PlainCents(c).to_string(), Plain(from_cents(c)).to_string());
        }
    }

    #[test]
    fn plain_as_display_writes_what_plain_does() {
        let cases = [
            from_cents(0),
            from_cents(5),
            from_cents(-5),
            from_cents(-100),
            from_cents(123_456_789),
            from_cents(i64::MAX),
            from_cents(i64::MIN + 1),
            from_cents(i64::MIN),
            from_cents(-7),
            from_cents(99),
            from_cents(100),
            from_cents(-1_000_000_001),
            Decimal::from_i128_with_scale(i128::from(i64::MAX) * 10, 2),
            dec!(0),
            -dec!(0.00),
            dec!(1123.2),
            dec!(-3.005),
            dec!(7.125),
            dec!(12),
        ];
        for x in cases {
            assert_eq!(Plain(x).to_string(), plain(x), "{x:?}");
        }
    }

    #[test]
    fn the_amount_rule() {
        assert_eq!(MAX_AMOUNT, dec!(1_000_000_000_000));
        assert_eq!(check_amount(dec!(1234.56)), Ok(dec!(1234.56)));
        assert_eq!(check_amount(dec!(1234.50)), Ok(dec!(1234.50)));
        assert_eq!(check_amount(dec!(-0.01)), Err(AmountError::Negative));
        assert_eq!(check_amount(dec!(0.001)), Err(AmountError::TooManyDecimals));
        assert_eq!(
            check_amount(dec!(1_000_000_000_000.01)),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn numbers_are_read_as_written() {
        let lit = |s| read_number(s, true);
        assert_eq!(lit("0.1"), Ok(dec!(0.1)));
        assert_eq!(lit("+1_000.25"), Ok(dec!(1000.25)));
        assert_eq!(lit("-3.5"), Ok(dec!(-3.5)));
        assert_eq!(lit("5e-2"), Ok(dec!(0.05)));
        assert_eq!(lit("1.5E+3"), Ok(dec!(1500)));
        assert_eq!(lit("1234.50").map(|n| n.to_string()), Ok("1234.50".into()));
        assert_eq!(lit("-0.0").map(|n| n.is_sign_negative()), Ok(false));
        assert_eq!(lit("0e99999999999999999999999"), Ok(dec!(0)));
        assert_eq!(lit("1e308"), Err(NumberError::TooLarge { negative: false }));
        assert_eq!(lit("-1e308"), Err(NumberError::TooLarge { negative: true }));
        assert_eq!(
            lit("1e99999999999999999999999"),
            Err(NumberError::TooLarge { negative: false })
        );
        assert_eq!(lit("inf"), Err(NumberError::TooLarge { negative: false }));
        assert_eq!(lit("-inf"), Err(NumberError::TooLarge { negative: true }));
        assert_eq!(lit("nan"), Err(NumberError::NotANumber));
        assert_eq!(lit("1e-40"), Err(NumberError::TooPrecise));
        assert_eq!(lit("1.000e-30"), Err(NumberError::TooPrecise));
        assert_eq!(lit("100e-30"), Ok(dec!(0.0000000000000000000000000001)));
        let nines = "9".repeat(28);
        assert_eq!(lit(&nines).map(|n| n.to_string()), Ok(nines.clone()));
        assert_eq!(
            lit(&format!("{nines}9")),
            Err(NumberError::TooLarge { negative: false })
        );
        let plain = |s| read_number(s, false);
        assert_eq!(plain(" 1234.56 "), Ok(dec!(1234.56)));
        assert_eq!(plain("12."), Err(NumberError::NotANumber));
        assert_eq!(plain(".5"), Err(NumberError::NotANumber));
        assert_eq!(plain("1e3"), Err(NumberError::NotANumber));
        assert_eq!(plain("+5"), Err(NumberError::NotANumber));
        assert_eq!(plain("1_000"), Err(NumberError::NotANumber));
        assert_eq!(plain("inf"), Err(NumberError::NotANumber));
        assert_eq!(
            plain(&"9".repeat(40)),
            Err(NumberError::TooLarge { negative: false })
        );
    }

    #[test]
    fn amounts_and_rates_say_what_was_expected() {
        let amount = |s| amount_of(read_number(s, true));
        assert_eq!(amount("1e308"), Err("an amount <= 1000000000000".into()));
        assert_eq!(
            amount("1000000000001"),
            Err("an amount <= 1000000000000".into())
        );
        assert_eq!(amount("-inf"), Err("an amount >= 0".into()));
        assert_eq!(amount("nan"), Err("an amount like 1234.56".into()));
        assert_eq!(
            amount("1e-40"),
            Err("an amount with at most 2 decimals".into())
        );
        assert_eq!(amount("-0"), Ok(dec!(0)));
        let rate = |s| rate_of(read_number(s, true), MAX_RATE);
        assert_eq!(rate("1e308"), Err("a rate <= 10000".into()));
        assert_eq!(rate("10000.5"), Err("a rate <= 10000".into()));
        assert_eq!(rate("-1e-3"), Err("a rate >= 0".into()));
        assert_eq!(rate("1e-11"), Err("a rate with at most 10 decimals".into()));
        assert_eq!(rate("1e-40"), Err("a rate with at most 10 decimals".into()));
        assert_eq!(rate("-0.0"), Ok(dec!(0)));
        assert_eq!(rate("0.0000000001"), Ok(dec!(0.0000000001)));
    }

    #[test]
    fn rounding_is_half_up_away_from_zero() {
        assert_eq!(round_cents(dec!(1.005)), dec!(1.01));
        assert_eq!(round_cents(dec!(1.0049)), dec!(1.00));
        assert_eq!(round_cents(dec!(-1.005)), dec!(-1.01));
        assert_eq!(round_cents(dec!(2.675)), dec!(2.68)); // a float would give 2.67
    }

    #[test]
    fn integer_rounding_matches_decimal_rounding() {
        assert_eq!(div_round_half_up(5, 10), 1);
        assert_eq!(div_round_half_up(4, 10), 0);
        assert_eq!(div_round_half_up(-5, 10), -1);
        assert_eq!(div_round_half_up(-4, 10), 0);
        // At the ends of the range: no doubled numerator to overflow.
        assert_eq!(div_round_half_up(i128::MAX, 2), i128::MAX / 2 + 1);
        assert_eq!(div_round_half_up(i128::MIN + 1, 2), (i128::MIN + 1) / 2 - 1);
    }

    #[test]
    fn monthly_interest_in_cents() {
        // 5000.00 at 18 % a year: 5000 * 0.18 / 12 = 75.00.
        assert_eq!(Rate::new(dec!(18)).of_cents(500_000, 12), Some(7_500));
        // 1234.56 at 10.95 %: 1234.56 * 10.95 / 1200 = 11.265360 -> 11.27.
        assert_eq!(Rate::new(dec!(10.95)).of_cents(123_456, 12), Some(1_127));
        // 0.06 at 10 %: 0.0005 -> half-up to 0.00? 6 * 10 / 1200 = 0.05 cents -> 0.
        assert_eq!(Rate::new(dec!(10)).of_cents(6, 12), Some(0));
        // 60.00 at 10 %: 0.50 exactly.
        assert_eq!(Rate::new(dec!(10)).of_cents(6_000, 12), Some(50));
        // 0.06 at 100 %: 0.005 -> 0.01, the tie goes up.
        assert_eq!(Rate::new(dec!(100)).of_cents(6, 12), Some(1));
    }

    #[test]
    fn decimal_and_cents_agree() {
        let r = Rate::new(dec!(7));
        for c in [1i64, 7, 857, 12_345, 99_999_999] {
            assert_eq!(
                from_cents(r.of_cents(c, 12).unwrap()),
                r.of(from_cents(c), 12)
            );
        }
    }

    #[test]
    fn display_groups_thousands() {
        assert_eq!(display(dec!(1234567.891), "¥"), "¥1,234,567.89");
        assert_eq!(display(dec!(999), "$"), "$999.00");
        assert_eq!(display(dec!(-3), "¥"), "-¥3.00");
        assert_eq!(display(dec!(-0.001), "¥"), "¥0.00");
        assert_eq!(display(dec!(-0.005), "¥"), "-¥0.01");
        assert_eq!(display(dec!(-1234.565), "¥"), "-¥1,234.57");
        assert_eq!(display(dec!(100000.00), "元"), "元100,000.00");
        assert_eq!(
            display(from_cents(i64::MIN), "¥"),
            "-¥92,233,720,368,547,758.08"
        );
        assert_eq!(display(dec!(12.5), ""), "12.50");
        assert_eq!(plain(dec!(1123.2)), "1123.20");
    }

    #[test]
    fn large_amounts_are_abbreviated_never_cut() {
        use crate::model::Language::{En, Zh};
        assert_eq!(abbreviated(dec!(1234567.89), "¥", En), "¥1.23M");
        assert_eq!(abbreviated(dec!(1234567.89), "¥", Zh), "¥123.5万");
        assert_eq!(abbreviated(dec!(999999999999.99), "¥", En), "¥1.00T");
        assert_eq!(abbreviated(dec!(999999999999.99), "¥", Zh), "¥1.00万亿");
        assert_eq!(abbreviated(dec!(1000000000000), "$", En), "$1.00T");
        assert_eq!(abbreviated(dec!(999995), "¥", En), "¥1.00M");
        assert_eq!(abbreviated(dec!(99999999), "¥", Zh), "¥1.00亿");
        assert_eq!(abbreviated(dec!(12345678), "¥", En), "¥12.3M");
        assert_eq!(abbreviated(dec!(-1060.30), "¥", En), "-¥1.06k");
        // Below the first unit there is nothing shorter to say.
        assert_eq!(abbreviated(dec!(999.99), "¥", En), "¥999.99");
        assert_eq!(abbreviated(dec!(9999.99), "¥", Zh), "¥9,999.99");
        assert_eq!(display_in(dec!(1234567.89), "¥", En, 13), "¥1,234,567.89");
        assert_eq!(display_in(dec!(1234567.89), "¥", En, 12), "¥1.23M");
        assert_eq!(display_in(dec!(1234567.89), "¥", Zh, 12), "¥123.5万");
    }
}
