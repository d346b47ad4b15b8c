//! Installment schedules, their true annual rates (simple and compound) and revolving a debt
//! instead (SPEC §3, §2.2 `negotiated`).
//!
//! Everything is exact decimal arithmetic, rounded half-up to cents only where the spec says.
//! No input can make these functions panic or loop unbounded: amounts that would leave the
//! decimal range saturate at its ends, and a term is capped at 1200 months. Amounts and
//! rates the file may not hold (negative ones, SPEC §1.3) are read as 0, and a principal of 0 or
//! less has an empty schedule, so callers never see a schedule that grows a debt out of nothing.

use chrono::NaiveDate;
use rust_decimal::{Decimal, MathematicalOps};

use crate::model::{Debt, DebtKind, Method, Negotiated};
use crate::money::{Money, Rate, round_cents};

/// The engine gives up after 1200 months (SPEC §2.1); a longer term would only fill memory
/// with rows nobody will see, so a schedule is cut there and its last row clears the balance.
const MAX_MONTHS: u32 = 1200;

/// Bisection stops once the monthly rate is known to within this: far below the 0.01 % a year
/// (about 8e-8 a month) the result is rounded to.
const IRR_TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 14);

/// Enough halvings to reach [`IRR_TOLERANCE`] from any bracket the widening can produce, and a
/// hard stop when the decimal's 28 digits cannot split the bracket any further.
const IRR_MAX_STEPS: u32 = 200;

/// How many times the bracket may double past a monthly rate of 100 %: 2^64 a month is beyond
/// anything a payment stream in the decimal range can need to be told apart from.
const IRR_MAX_WIDENINGS: u32 = 64;

/// One period of a schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub period: u32,
    pub payment: Money,
    pub interest: Money,
    pub principal: Money,
    pub balance: Money,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub rows: Vec<Row>,
    /// The first period's payment; for a negotiated plan, its installment (period 1 pays the
    /// down payment on top).
    pub payment: Money,
    /// The sum of the interest column (for `flat_fee`: the fees).
    pub total_interest: Money,
    /// The sum of the payments.
    pub total_paid: Money,
    /// 12 x the monthly internal rate of return of the payment stream against the principal,
    /// in percent, rounded half-up to 0.01: the simple yearly rate (单利).
    pub true_apr: Decimal,
    /// The same monthly rate compounded over a year, `(1 + IRR)^12 - 1`, in percent rounded
    /// half-up to 0.01 (复利).
    pub compound_apr: Decimal,
}

/// `round(P r (1+r)^n / ((1+r)^n - 1))`, `r = apr / 100 / 12`; `round(P / n)` when r = 0;
/// 0 when n = 0.
pub fn annuity_payment(principal: Money, months: u32, apr: Rate) -> Money {
    if months == 0 {
        return Decimal::ZERO;
    }
    let r = percent(apr) / Decimal::from(1200u32);
    // Interest-free, P / n exactly and then rounded once (never P x a rounded 1 / n).
    let equal_parts = || round_cents(div_periods(principal, months));
    if r.is_zero() {
        return equal_parts();
    }
    let factor = match (Decimal::ONE + r).checked_powu(u64::from(months)) {
        // (1+r)^n - 1 only vanishes when r is below the decimal's resolution: that loan is
        // interest-free as far as 28 digits can tell.
        Some(x) if x == Decimal::ONE => return equal_parts(),
        // r (1+r)^n / ((1+r)^n - 1) written as r + r / ((1+r)^n - 1), which cannot overflow.
        Some(x) => r + r / (x - Decimal::ONE),
        // (1+r)^n is beyond 10^28: the annuity is the interest alone to 28 digits.
        None => r,
    };
    round_cents(mul(principal, factor))
}

/// An equal-principal (等额本金) loan's principal part: `round(P / n)`, the last part clearing
/// the rest; 0 for no periods.
pub fn equal_principal_part(principal: Money, n: u32) -> Money {
    round_cents(div_periods(principal, n))
}

/// How a lender quotes a fee-quoted installment's price (SPEC §3 `flat_fee`): both are charged
/// on the original principal, whatever is left of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeeQuote {
    /// Percent of the original principal every period: a card's 0.6 % a period, the file's
    /// `fee_rate`.
    PerPeriod(Rate),
    /// Percent of the original principal over the whole term: Huabei's 8.8 % for 12 periods.
    Total(Rate),
}

impl From<Rate> for FeeQuote {
    /// A rate alone is a fee a period, as the file's `fee_rate` is.
    fn from(rate: Rate) -> FeeQuote {
        FeeQuote::PerPeriod(rate)
    }
}

impl FeeQuote {
    /// The one flat-fee rule: a period's fee on `original` over a term of `n`, exact (never
    /// rounded): `original * fee_rate / 100`, or for a total quote `original * total / 100 / n`.
    fn share(self, original: Money, n: u32) -> Decimal {
        let original = original.max(Decimal::ZERO);
        match self {
            FeeQuote::PerPeriod(rate) => percent_of(original, percent(rate)),
            FeeQuote::Total(rate) => div_periods(percent_of(original, percent(rate)), n),
        }
    }

    /// The fee over the whole term of `n`, rounded half-up to cents: `n` fees a period, or the
    /// quoted total `round(original * total / 100)`.
    fn whole(self, original: Money, n: u32) -> Money {
        match self {
            FeeQuote::PerPeriod(_) => mul(flat_fee(original, self, n), Decimal::from(n)),
            FeeQuote::Total(_) => round_cents(self.share(original, 1)),
        }
    }
}

/// A fee-quoted loan's fee a period over a term of `n`, rounded half-up to cents:
/// `round(original * fee_rate / 100)`, or for a total quote `round(original * total / 100 / n)`
/// (SPEC §3 `flat_fee`).
pub fn flat_fee(original: Money, fee: impl Into<FeeQuote>, n: u32) -> Money {
    round_cents(fee.into().share(original, n))
}

/// The schedule of a loan of `principal` over `months` periods (SPEC §3).
///
/// Each period asks for the method's payment, but never more than clears the balance, and
/// period `months` always clears it; the rows stop once the balance is 0, since a payment
/// rounded up by a cent can repay a tiny loan before its term. `fee` (a rate a period, or a
/// [`FeeQuote`]) and `original_principal` are read by `flat_fee` only and `apr` by every other
/// method. The true APR is measured against `principal`, the money actually lent for these
/// periods.
pub fn schedule(
    principal: Money,
    months: u32,
    method: Method,
    apr: Rate,
    fee: impl Into<FeeQuote>,
    original_principal: Option<Money>,
) -> Schedule {
    let terms = Terms {
        principal,
        months,
        method,
        apr,
        fee: fee.into(),
        original_principal,
    };
    finish(terms.rows(MAX_MONTHS), principal)
}

/// What a loan's schedule is made of: the arguments of [`schedule`].
struct Terms {
    principal: Money,
    months: u32,
    method: Method,
    apr: Rate,
    fee: FeeQuote,
    original_principal: Option<Money>,
}

impl Terms {
    /// The loan's terms as the file describes them; `None` for a card, or for a loan without
    /// `term_months` (the file check rejects it, but a caller may hold an unchecked debt).
    fn of(debt: &Debt) -> Option<Terms> {
        if debt.kind != DebtKind::Loan {
            return None;
        }
        Some(Terms {
            principal: debt.balance,
            months: debt.term_months?,
            method: debt.method,
            apr: debt.apr,
            fee: FeeQuote::PerPeriod(debt.fee_rate.unwrap_or(Rate::ZERO)),
            original_principal: debt.principal,
        })
    }

    /// The first `periods` rows of the schedule (every row when `periods` reaches the term).
    fn rows(&self, periods: u32) -> Vec<Row> {
        let (principal, n) = (self.principal, self.months.min(MAX_MONTHS));
        let periods = periods.min(n);
        let apr_pct = Rate::new(percent(self.apr));
        match self.method {
            Method::Annuity => {
                let a = annuity_payment(principal, n, self.apr);
                run(principal, n, periods, |_, balance| {
                    let interest = monthly_interest(balance, apr_pct);
                    (interest, a)
                })
            }
            Method::EqualPrincipal => {
                let part = equal_principal_part(principal, n);
                run(principal, n, periods, |_, balance| {
                    let interest = monthly_interest(balance, apr_pct);
                    (interest, add(part, interest))
                })
            }
            Method::InterestOnly => run(principal, n, periods, |_, balance| {
                let interest = monthly_interest(balance, apr_pct);
                (interest, interest)
            }),
            Method::FlatFee => {
                let original = self
                    .original_principal
                    .unwrap_or(principal)
                    .max(Decimal::ZERO);
                let fee = flat_fee(original, self.fee, n);
                // The last period's fee is what the others leave of the whole: the same fee
                // a period, or for a total quote the rest of `round(original * total / 100)`,
                // so the fees add up to the total the lender quoted.
                let others = mul(fee, Decimal::from(n.saturating_sub(1)));
                let last = add(self.fee.whole(original, n), -others).max(Decimal::ZERO);
                let payment = flat_fee_payment(principal, n, original, self.fee);
                run(principal, n, periods, |period, _| {
                    (if period == n { last } else { fee }, payment)
                })
            }
        }
    }
}

/// A loan's remaining schedule as the file describes it; `None` for a card, or for a loan
/// without `term_months` (the file check rejects it, but a caller may hold an unchecked debt).
pub fn loan_schedule(debt: &Debt) -> Option<Schedule> {
    let terms = Terms::of(debt)?;
    Some(finish(terms.rows(MAX_MONTHS), terms.principal))
}

/// The first `periods` payments of [`loan_schedule`], without the totals and the true APR
/// (whose rate search costs far more than the schedule): what the due dates need. Empty for a
/// debt without a loan schedule.
pub fn loan_payments(debt: &Debt, periods: u32) -> Vec<Money> {
    payments(&loan_rows(debt, periods))
}

/// The first `periods` rows of [`loan_schedule`] (payment, interest and principal parts),
/// without the totals and the true APR: what the due dates need for a penalty on the principal
/// part (SPEC §7.3). Empty for a debt without a loan schedule.
pub fn loan_rows(debt: &Debt, periods: u32) -> Vec<Row> {
    Terms::of(debt).map_or_else(Vec::new, |terms| terms.rows(periods))
}

/// A negotiated plan (SPEC §2.2, §1.2 `[debts.negotiated]`) for a debt owing `balance`.
///
/// The fee joins the balance; the down payment is paid with the first installment and lowers
/// the installment, never the term: the installment is the annuity of what is left after it
/// ([`negotiated_installment`]), and the plan pays `months` installments, the last clearing
/// the rest. The true APR is measured against `balance` alone: the fee is a price of the plan,
/// and this is where it shows.
pub fn negotiated_schedule(balance: Money, n: &Negotiated) -> Schedule {
    let rows = negotiated_rows(balance, n, MAX_MONTHS);
    let mut schedule = finish(rows, balance);
    if !schedule.rows.is_empty() {
        schedule.payment = negotiated_installment(balance, n);
    }
    schedule
}

/// The first `periods` payments of [`negotiated_schedule`], without the totals and the true
/// APR: what the due dates need.
pub fn negotiated_payments(balance: Money, n: &Negotiated, periods: u32) -> Vec<Money> {
    payments(&negotiated_rows(balance, n, periods))
}

/// A negotiated plan's installment: the annuity of `balance + fee - down payment` over `months`
/// at the negotiated apr (0 once the down payment covers it all). The bank works it out on what
/// is left after the down payment; the first due date pays the down payment on top.
pub fn negotiated_installment(balance: Money, n: &Negotiated) -> Money {
    annuity_payment(
        after_down(owed(balance, n), n),
        n.months.min(MAX_MONTHS),
        n.apr,
    )
}

/// What a negotiated plan starts from: the balance and the fee.
fn owed(balance: Money, n: &Negotiated) -> Money {
    add(balance, n.fee.max(Decimal::ZERO))
}

/// What is left of `amount` once the down payment is paid, never below 0.
fn after_down(amount: Money, n: &Negotiated) -> Money {
    add(amount, -n.down_payment.max(Decimal::ZERO)).max(Decimal::ZERO)
}

/// The first `periods` rows of a negotiated plan; none for a balance of 0 or less. Interest runs
/// on what is owed after the down payment, which the first period pays with its installment.
pub fn negotiated_rows(balance: Money, n: &Negotiated, periods: u32) -> Vec<Row> {
    if balance <= Decimal::ZERO {
        return Vec::new();
    }
    let months = n.months.min(MAX_MONTHS);
    let installment = negotiated_installment(balance, n);
    let down = n.down_payment.max(Decimal::ZERO);
    let apr_pct = Rate::new(percent(n.apr));
    run(
        owed(balance, n),
        months,
        periods.min(months),
        |period, open| {
            if period == 1 {
                let interest = monthly_interest(after_down(open, n), apr_pct);
                (interest, add(installment, down))
            } else {
                (monthly_interest(open, apr_pct), installment)
            }
        },
    )
}

/// 12 x the monthly internal rate of return, in percent rounded half-up to 0.01, of receiving
/// `principal` at time 0 and paying `payments[k]` at the end of month k+1: the simple yearly
/// rate (单利) of [`monthly_irr`].
pub fn true_apr(principal: Money, payments: &[Money]) -> Decimal {
    simple_apr(monthly_irr(principal, payments))
}

/// 12 x a monthly rate, in percent rounded half-up to 0.01.
fn simple_apr(monthly: Decimal) -> Decimal {
    round_cents(mul(monthly, Decimal::from(1200u32)))
}

/// A monthly rate compounded over a year, `(1 + monthly)^12 - 1`, in percent rounded half-up to
/// 0.01 (复利): what the [`monthly_irr`] behind a true APR costs a year once each month's cost
/// is itself charged for. Saturates at the end of the decimal range.
pub fn compound_apr(monthly: Decimal) -> Decimal {
    let yearly = Decimal::ONE
        .checked_add(monthly.max(Decimal::ZERO))
        .and_then(|x| x.checked_powu(12))
        .map_or(Decimal::MAX, |x| x - Decimal::ONE);
    round_cents(mul(yearly, Decimal::ONE_HUNDRED))
}

/// The monthly internal rate of return, unrounded, of receiving `principal` at time 0 and
/// paying `payments[k]` at the end of month k+1.
///
/// Bisection, because it cannot diverge: the present value of a stream of payments falls as
/// the rate rises, so the root stays in the bracket. The bracket starts at [0 %, 100 %] a month
/// and doubles while even its top leaves the payments worth more than the principal. 0 when
/// the payments do not exceed the principal (no cost to measure), or when nothing was lent.
pub fn monthly_irr(principal: Money, payments: &[Money]) -> Decimal {
    let total = payments
        .iter()
        .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(*p));
    if principal <= Decimal::ZERO || total.is_some_and(|t| t <= principal) {
        return Decimal::ZERO;
    }
    let mut lo = Decimal::ZERO;
    let mut hi = Decimal::ONE;
    for _ in 0..IRR_MAX_WIDENINGS {
        if !worth_more(principal, payments, hi) {
            break;
        }
        lo = hi;
        hi = mul(hi, Decimal::TWO);
    }
    for _ in 0..IRR_MAX_STEPS {
        if hi - lo <= IRR_TOLERANCE {
            break;
        }
        let mid = (lo + hi) / Decimal::TWO;
        if mid <= lo || mid >= hi {
            break;
        }
        if worth_more(principal, payments, mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / Decimal::TWO
}

/// Revolving a balance on a card instead of taking an installment: what paying it off costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Revolving {
    /// The interest paid until the balance is 0.
    pub interest: Money,
    /// The months it takes.
    pub months: u32,
}

/// What revolving `principal` at `apr` (percent a year) costs paying `payment` a month until it
/// is paid off, in the monthly model of SPEC §2.1: each month the interest on the opening
/// balance ([`Rate::monthly_interest`]) joins it, then the payment leaves it (never more than is
/// owed). `None` when the payment has not cleared it after 1200 months.
pub fn revolving_cost(principal: Money, payment: Money, apr: Rate) -> Option<Revolving> {
    let apr = Rate::new(percent(apr));
    let payment = payment.max(Decimal::ZERO);
    let (mut balance, mut interest) = (principal.max(Decimal::ZERO), Decimal::ZERO);
    for months in 0..MAX_MONTHS {
        if balance.is_zero() {
            return Some(Revolving { interest, months });
        }
        let charged = monthly_interest(balance, apr);
        interest = add(interest, charged);
        balance = add(balance, charged);
        balance = add(balance, -payment.min(balance));
    }
    balance.is_zero().then_some(Revolving {
        interest,
        months: MAX_MONTHS,
    })
}

/// An installment against revolving the same principal at a debt's apr with the same monthly
/// payment until it is paid off: like with like.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Against {
    /// The debt's apr, percent a year.
    pub apr: Rate,
    /// What revolving costs; `None` when the payment never pays it off.
    pub revolving: Option<Revolving>,
    /// What the installment costs over the principal: its fees (or its interest).
    pub fee: Money,
}

impl Against {
    /// How much less the installment costs than revolving (negative: how much more); `None`
    /// when revolving never pays off, and the installment is cheaper whatever it costs.
    pub fn saving(&self) -> Option<Money> {
        self.revolving.map(|r| r.interest - self.fee)
    }

    /// Whether the installment costs less than revolving.
    pub fn cheaper(&self) -> bool {
        self.saving().is_none_or(|s| s > Decimal::ZERO)
    }
}

/// The installment against revolving the same principal on `debt` with the same payment: a
/// statement card by its own cycle (its interest-free period, 全额计息 or interest on what is
/// unpaid, SPEC §7.2), any other debt in the monthly model at its apr.
pub fn against_debt(
    principal: Money,
    schedule: &Schedule,
    debt: &Debt,
    as_of: NaiveDate,
) -> Against {
    if !crate::lender::has_cycle(debt) {
        return against_revolving(principal, schedule, debt.apr);
    }
    Against {
        apr: debt.apr,
        revolving: crate::lender::cycle::revolving(debt, as_of, principal, schedule.payment),
        fee: schedule.total_interest,
    }
}

/// `schedule` (an installment of `principal`) against revolving `principal` at `apr` with the
/// schedule's (first) payment every month.
pub fn against_revolving(principal: Money, schedule: &Schedule, apr: Rate) -> Against {
    Against {
        apr,
        revolving: revolving_cost(principal, schedule.payment, apr),
        fee: schedule.total_interest,
    }
}

/// Whether the payments, discounted at monthly rate `i >= 0`, are worth more than `principal`,
/// i.e. the true rate is above `i`. A present value past the decimal range is worth more.
fn worth_more(principal: Money, payments: &[Money], i: Decimal) -> bool {
    let v = Decimal::ONE / (Decimal::ONE + i);
    // Horner from the last payment: ((p[n-1] v + p[n-2]) v + ...) v = sum p[k] v^(k+1).
    let mut value = Decimal::ZERO;
    for p in payments.iter().rev() {
        match value.checked_add(*p) {
            Some(x) => value = x * v,
            None => return true,
        }
    }
    value > principal
}

/// Runs periods 1..=`periods` of a term of `months` from `principal`: `due(period, opening
/// balance)` gives the period's interest and the payment the method asks for. The payment is
/// held to what clears the balance, and in the last period of the term it is exactly that.
fn run(
    principal: Money,
    months: u32,
    periods: u32,
    mut due: impl FnMut(u32, Money) -> (Money, Money),
) -> Vec<Row> {
    let mut rows = Vec::with_capacity(periods as usize);
    let mut balance = principal;
    for period in 1..=periods {
        if balance <= Decimal::ZERO {
            break;
        }
        let (interest, asked) = due(period, balance);
        let clears = add(balance, interest);
        let payment = if period == months {
            clears
        } else {
            asked.min(clears)
        };
        let part = payment - interest;
        balance = add(balance, -part);
        rows.push(Row {
            period,
            payment,
            interest,
            principal: part,
            balance,
        });
    }
    rows
}

/// The schedule's totals and true APR over its rows, the APR measured against `lent`.
fn finish(rows: Vec<Row>, lent: Money) -> Schedule {
    let payments = payments(&rows);
    let irr = monthly_irr(lent, &payments);
    Schedule {
        payment: payments.first().copied().unwrap_or(Decimal::ZERO),
        total_interest: rows.iter().fold(Decimal::ZERO, |s, r| add(s, r.interest)),
        total_paid: payments.iter().fold(Decimal::ZERO, |s, p| add(s, *p)),
        true_apr: simple_apr(irr),
        compound_apr: compound_apr(irr),
        rows,
    }
}

/// The payment column.
fn payments(rows: &[Row]) -> Vec<Money> {
    rows.iter().map(|r| r.payment).collect()
}

/// A rate as the schedules use it: negative rates are not valid in a file and count as 0.
fn percent(rate: Rate) -> Decimal {
    rate.percent().max(Decimal::ZERO)
}

/// A period's interest: the one rule, [`Rate::monthly_interest`].
fn monthly_interest(balance: Money, apr: Rate) -> Money {
    apr.monthly_interest(balance)
}

/// `amount * pct / 100`, unrounded.
fn percent_of(amount: Money, pct: Decimal) -> Decimal {
    amount
        .checked_mul(pct)
        .map(|x| x / Decimal::ONE_HUNDRED)
        .unwrap_or_else(|| mul(amount / Decimal::ONE_HUNDRED, pct))
}

/// `amount / n`, 0 for no periods.
fn div_periods(amount: Money, n: u32) -> Decimal {
    if n == 0 {
        Decimal::ZERO
    } else {
        amount / Decimal::from(n)
    }
}

/// A fee-quoted loan's payment: `round(principal / n + original * fee_rate / 100)`, or for a
/// total quote `round(principal / n + original * total / 100 / n)`: the exact parts added
/// before the one rounding, as the lender quotes it.
pub fn flat_fee_payment(
    principal: Money,
    n: u32,
    original: Money,
    fee: impl Into<FeeQuote>,
) -> Money {
    round_cents(add(
        div_periods(principal, n),
        fee.into().share(original, n),
    ))
}

/// `a + b`, saturating at `Decimal::MAX` or `Decimal::MIN` where the exact sum would not fit.
fn add(a: Decimal, b: Decimal) -> Decimal {
    a.checked_add(b)
        .unwrap_or_else(|| saturated(a.is_sign_negative()))
}

/// `a * b`, saturating at `Decimal::MAX` or `Decimal::MIN` where the exact product would not
/// fit.
fn mul(a: Decimal, b: Decimal) -> Decimal {
    a.checked_mul(b)
        .unwrap_or_else(|| saturated(a.is_sign_negative() != b.is_sign_negative()))
}

/// The end of the decimal range on the side an overflowing result fell.
fn saturated(negative: bool) -> Decimal {
    if negative { Decimal::MIN } else { Decimal::MAX }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn rate(x: Decimal) -> Rate {
        Rate::new(x)
    }

    #[test]
    fn annuity_payment_of_a_mortgage() {
        // 1,000,000 over 30 years at 4.9 %: r = 0.049/12, (1+r)^360 = 4.33342..., and
        // 1e6 * r * 4.33342 / 3.33342 = 5307.2660... -> 5307.27, the figure every Chinese
        // mortgage calculator (房贷计算器) quotes; re-derived with exact fractions in Python.
        assert_eq!(
            annuity_payment(dec!(1000000), 360, rate(dec!(4.9))),
            dec!(5307.27)
        );
        assert_eq!(annuity_payment(dec!(1000), 0, rate(dec!(5))), dec!(0));
    }

    #[test]
    fn zero_apr_annuity_puts_the_rounding_in_the_last_payment() {
        // 1290 / 36 = 35.8333 -> 35.83; 35 of them repay 1254.05, leaving 35.95 for the last.
        let s = schedule(
            dec!(1290),
            36,
            Method::Annuity,
            Rate::ZERO,
            Rate::ZERO,
            None,
        );
        assert_eq!(s.payment, dec!(35.83));
        assert_eq!(s.rows.len(), 36);
        assert_eq!(s.rows[35].payment, dec!(1290) - dec!(35) * dec!(35.83));
        assert_eq!(s.rows[35].payment, dec!(35.95));
        assert_eq!(s.total_interest, dec!(0));
        assert_eq!(s.total_paid, dec!(1290));
        assert_eq!(s.true_apr, dec!(0));
    }

    #[test]
    fn annuity_small_by_hand() {
        // 1200 over 3 at 12 % (1 % a month): A = 1200 * 0.01 * 1.030301 / 0.030301 = 408.0264
        // -> 408.03. Interest 12.00, then 803.97 * 1 % = 8.0397 -> 8.04, then 403.98 * 1 % =
        // 4.0398 -> 4.04, and the last payment clears 403.98 + 4.04 = 408.02.
        let s = schedule(
            dec!(1200),
            3,
            Method::Annuity,
            rate(dec!(12)),
            Rate::ZERO,
            None,
        );
        let row = |i: usize| {
            let r = &s.rows[i];
            (r.payment, r.interest, r.principal, r.balance)
        };
        assert_eq!(
            row(0),
            (dec!(408.03), dec!(12.00), dec!(396.03), dec!(803.97))
        );
        assert_eq!(
            row(1),
            (dec!(408.03), dec!(8.04), dec!(399.99), dec!(403.98))
        );
        assert_eq!(row(2), (dec!(408.02), dec!(4.04), dec!(403.98), dec!(0)));
        assert_eq!(s.total_interest, dec!(24.08));
        assert_eq!(s.total_paid, dec!(1224.08));
        // The rounding costs a fraction of a basis point: 12.0002 % -> 12.00.
        assert_eq!(s.true_apr, dec!(12.00));
    }

    #[test]
    fn equal_principal_small_by_hand() {
        // 1200 over 3 at 12 %: 400 of principal a period plus 1 % of the opening balance:
        // 400 + 12, 400 + 8, 400 + 4.
        let s = schedule(
            dec!(1200),
            3,
            Method::EqualPrincipal,
            rate(dec!(12)),
            Rate::ZERO,
            None,
        );
        let pays: Vec<_> = s.rows.iter().map(|r| (r.payment, r.interest)).collect();
        assert_eq!(
            pays,
            [
                (dec!(412), dec!(12)),
                (dec!(408), dec!(8)),
                (dec!(404), dec!(4))
            ]
        );
        assert_eq!(s.payment, dec!(412));
        assert_eq!(s.total_interest, dec!(24));
        assert_eq!(s.total_paid, dec!(1224));
        // Interest is charged on exactly what is owed, so the true APR is the quoted one.
        assert_eq!(s.true_apr, dec!(12.00));
    }

    #[test]
    fn equal_principal_last_part_takes_the_rounding() {
        // 1000 / 3 = 333.33; the last part is 1000 - 666.66 = 333.34.
        let s = schedule(
            dec!(1000),
            3,
            Method::EqualPrincipal,
            Rate::ZERO,
            Rate::ZERO,
            None,
        );
        let parts: Vec<_> = s.rows.iter().map(|r| r.principal).collect();
        assert_eq!(parts, [dec!(333.33), dec!(333.33), dec!(333.34)]);
    }

    #[test]
    fn interest_only_small_by_hand() {
        // 1200 over 3 at 12 %: 12.00 of interest a month, the 1200 with the third: 1212.
        let s = schedule(
            dec!(1200),
            3,
            Method::InterestOnly,
            rate(dec!(12)),
            Rate::ZERO,
            None,
        );
        let pays: Vec<_> = s.rows.iter().map(|r| (r.payment, r.balance)).collect();
        assert_eq!(
            pays,
            [
                (dec!(12), dec!(1200)),
                (dec!(12), dec!(1200)),
                (dec!(1212), dec!(0))
            ]
        );
        assert_eq!(s.total_interest, dec!(36));
        assert_eq!(s.total_paid, dec!(1236));
        assert_eq!(s.true_apr, dec!(12.00));
    }

    #[test]
    fn flat_fee_true_apr_of_the_spec_example() {
        // SPEC §3: 12000 over 12 at 0.6 % a period: 1000 + 72 = 1072.00 a month. The IRR of
        // 12 x 1072 against 12000 is 1.08619 % a month (Python bisection on exact decimals),
        // x 12 = 13.034 -> 13.03 %, not the 7.2 % the fee suggests.
        let s = schedule(
            dec!(12000),
            12,
            Method::FlatFee,
            rate(dec!(99)),
            rate(dec!(0.6)),
            None,
        );
        assert_eq!(s.payment, dec!(1072.00));
        assert!(s.rows.iter().all(|r| r.payment == dec!(1072)));
        assert!(s.rows.iter().all(|r| r.interest == dec!(72)));
        assert_eq!(s.total_interest, dec!(864));
        assert_eq!(s.total_paid, dec!(12864));
        assert_eq!(s.true_apr, dec!(13.03));
    }

    #[test]
    fn flat_fee_charges_the_fee_on_the_original_principal() {
        // 6000 left of a 12000 loan over 6 periods at 0.6 %: the fee stays 72 (on 12000), the
        // payment is 1000 + 72. Against the 6000 still owed that is dearer than a new loan.
        let s = schedule(
            dec!(6000),
            6,
            Method::FlatFee,
            Rate::ZERO,
            rate(dec!(0.6)),
            Some(dec!(12000)),
        );
        assert_eq!(s.payment, dec!(1072));
        assert_eq!(s.total_interest, dec!(432));
        assert!(s.true_apr > dec!(13.03));
    }

    #[test]
    fn huabei_fee_totals_as_true_aprs() {
        // Huabei's quoted total fees 2.5 / 4.5 / 6.5 / 8.8 % over 3 / 6 / 9 / 12 periods,
        // commonly cited as true APRs of about 14.94 / 15.27 / 15.34 / 15.86 %. On 12000 the
        // payments are round(12000 / n + 12000 * total / 100 / n): 4100, 2090, 1420 (1333.33...
        // + 86.66... = 1420 exactly, one rounding) and 1088. The fee a period is rounded, 86.67
        // over 9, and the last takes the rest of the quoted 780.00: 780 - 8 * 86.67 = 86.64, so
        // the last payment is 1420.00 too. An exact IRR of the same streams (Python, 60-digit
        // decimals) gives 14.938 / 15.268 / 15.340 / 15.864: all four public figures to the
        // last digit; compounded, (1 + IRR)^12 - 1 = 16.005 / 16.383 / 16.466 / 17.070.
        for (total, n, simple, compound) in [
            (dec!(2.5), 3, dec!(14.94), dec!(16.00)),
            (dec!(4.5), 6, dec!(15.27), dec!(16.38)),
            (dec!(6.5), 9, dec!(15.34), dec!(16.47)),
            (dec!(8.8), 12, dec!(15.86), dec!(17.07)),
        ] {
            let s = schedule(
                dec!(12000),
                n,
                Method::FlatFee,
                Rate::ZERO,
                FeeQuote::Total(rate(total)),
                None,
            );
            assert_eq!(s.true_apr, simple, "{total} % over {n}");
            assert_eq!(s.compound_apr, compound, "{total} % over {n}");
            assert_eq!(s.total_interest, dec!(12000) * total / dec!(100));
        }
        let s = schedule(
            dec!(12000),
            9,
            Method::FlatFee,
            Rate::ZERO,
            FeeQuote::Total(rate(dec!(6.5))),
            None,
        );
        assert_eq!(s.payment, dec!(1420.00));
        assert_eq!(
            (s.rows[0].interest, s.rows[8].interest),
            (dec!(86.67), dec!(86.64))
        );
        assert!(s.rows.iter().all(|r| r.payment == dec!(1420)));
        assert_eq!(s.total_paid, dec!(12780));
    }

    #[test]
    fn a_total_fee_is_one_exact_division_and_one_rounding() {
        // 1000 over 3 at 1 % in all: 1000 / 3 + 10 / 3 = 336.666... -> 336.67, where rounding
        // the parts first (333.33 + 3.33) would give 336.66. The fees: 3.33, 3.33, and the last
        // 10.00 - 6.66 = 3.34.
        let quote = FeeQuote::Total(rate(dec!(1)));
        assert_eq!(
            flat_fee_payment(dec!(1000), 3, dec!(1000), quote),
            dec!(336.67)
        );
        assert_eq!(flat_fee(dec!(1000), quote, 3), dec!(3.33));
        let s = schedule(dec!(1000), 3, Method::FlatFee, Rate::ZERO, quote, None);
        let fees: Vec<_> = s.rows.iter().map(|r| r.interest).collect();
        assert_eq!(fees, [dec!(3.33), dec!(3.33), dec!(3.34)]);
        assert_eq!(s.total_paid, dec!(1010));
        // A fee a period is the same fee every period, the last included: 1000 * 0.5 % = 5.
        let s = schedule(
            dec!(1000),
            3,
            Method::FlatFee,
            Rate::ZERO,
            rate(dec!(0.5)),
            None,
        );
        assert!(s.rows.iter().all(|r| r.interest == dec!(5)));
    }

    #[test]
    fn compound_apr_by_hand() {
        // 1 % a month: 1.01^12 = 1.12682503013196972..., 12.682503 % -> 12.68 (12.00 simple).
        assert_eq!(compound_apr(dec!(0.01)), dec!(12.68));
        // 10 % a month: 1.1^12 = 3.138428376721, 213.8428 % -> 213.84.
        assert_eq!(compound_apr(dec!(0.1)), dec!(213.84));
        assert_eq!(compound_apr(dec!(0)), dec!(0));
        // SPEC §3: 12000 over 12 at 0.6 % a period, IRR 1.0861854 % a month (Python, 60-digit
        // bisection): 1.010861854^12 - 1 = 13.8418 % -> 13.84, beside the simple 13.03.
        let s = schedule(
            dec!(12000),
            12,
            Method::FlatFee,
            Rate::ZERO,
            rate(dec!(0.6)),
            None,
        );
        assert_eq!((s.true_apr, s.compound_apr), (dec!(13.03), dec!(13.84)));
        assert_eq!(
            compound_apr(monthly_irr(dec!(12000), &[dec!(1072); 12])),
            dec!(13.84)
        );
        // 300 % a month: 4^12 - 1 = 16777215, in percent 1677721500.
        assert_eq!(compound_apr(dec!(3)), dec!(1677721500));
        // Beyond the decimal range: saturated, not a panic.
        assert_eq!(compound_apr(Decimal::MAX), Decimal::MAX);
    }

    #[test]
    fn revolving_the_principal_with_the_same_payment() {
        // 12000 at 18.25 % paying 1072 a month (Python, month by month, half-up cents): 182.50
        // (12000 * 18.25 / 1200), 168.97, 155.24, ..., 21.85, and a 13th month of 5.88 on
        // 386.31 that pays 392.19: 1256.19 of interest over 13 months. Against the installment's
        // 864.00 of fees: the installment is cheaper by 392.19.
        let s = schedule(
            dec!(12000),
            12,
            Method::FlatFee,
            Rate::ZERO,
            rate(dec!(0.6)),
            None,
        );
        let a = against_revolving(dec!(12000), &s, rate(dec!(18.25)));
        assert_eq!(
            a.revolving,
            Some(Revolving {
                interest: dec!(1256.19),
                months: 13
            })
        );
        assert_eq!(a.fee, dec!(864));
        assert_eq!(a.saving(), Some(dec!(392.19)));
        assert!(a.cheaper());
        // 3000 at 18 % paying 1025: 45.00, 30.30, 15.38, 0.24: 90.92 over 4 months.
        let r = revolving_cost(dec!(3000), dec!(1025), rate(dec!(18)));
        assert_eq!(r.map(|r| (r.interest, r.months)), Some((dec!(90.92), 4)));
        // At 0 % revolving costs nothing: the installment's fee makes it the dearer one.
        let free = against_revolving(dec!(12000), &s, Rate::ZERO);
        assert_eq!(free.saving(), Some(dec!(-864)));
        assert!(!free.cheaper());
        // A payment below the month's interest never pays it off.
        assert_eq!(revolving_cost(dec!(12000), dec!(100), rate(dec!(18))), None);
        let never = against_revolving(dec!(12000), &s, rate(dec!(200)));
        assert_eq!((never.revolving, never.cheaper()), (None, true));
        assert_eq!(
            revolving_cost(dec!(0), dec!(0), rate(dec!(18))),
            Some(Revolving {
                interest: dec!(0),
                months: 0
            })
        );
    }

    #[test]
    fn a_down_payment_lowers_the_installment_not_the_term() {
        // 10000 owed, fee 600, 6 months interest-free, 4000 down: the bank splits what the down
        // payment leaves, (10600 - 4000) / 6 = 1100.00 a month. The first due date pays
        // 4000 + 1100 = 5100.00, leaving 5500.00; five more of 1100.00: six installments.
        let n = Negotiated {
            months: 6,
            apr: Rate::ZERO,
            fee: dec!(600),
            down_payment: dec!(4000),
        };
        let s = negotiated_schedule(dec!(10000), &n);
        let rows: Vec<_> = s.rows.iter().map(|r| (r.payment, r.balance)).collect();
        assert_eq!(
            rows,
            [
                (dec!(5100), dec!(5500)),
                (dec!(1100), dec!(4400)),
                (dec!(1100), dec!(3300)),
                (dec!(1100), dec!(2200)),
                (dec!(1100), dec!(1100)),
                (dec!(1100), dec!(0)),
            ]
        );
        assert_eq!(s.payment, dec!(1100));
        assert_eq!(negotiated_installment(dec!(10000), &n), dec!(1100));
        assert_eq!(s.total_interest, dec!(0));
        assert_eq!(s.total_paid, dec!(10600));
        // "Interest-free", yet the 600 fee against 10000 over six months is 28.08 % a year
        // (exact IRR in Python: 28.0817; compounded 31.99).
        assert_eq!(s.true_apr, dec!(28.08));
        assert_eq!(s.compound_apr, dec!(31.99));
        assert_eq!(
            negotiated_payments(dec!(10000), &n, 2),
            [dec!(5100), dec!(1100)]
        );
    }

    #[test]
    fn negotiated_with_interest() {
        // 10000 + 500 fee over 12 months at 6 % with 1000 down: the installment is the annuity
        // of 9500 at 0.5 %, 9500 * 0.005 * 1.005^12 / (1.005^12 - 1) = 817.63. Month 1 charges
        // 9500 * 0.5 % = 47.50 and pays 1000 + 817.63, leaving 8729.87; month 2 charges
        // 8729.87 * 0.5 % = 43.65; the 12th pays the 813.58 left and its 4.07: 817.65.
        // (Python, month by month, half-up cents: 311.58 interest in all.)
        let n = Negotiated {
            months: 12,
            apr: rate(dec!(6)),
            fee: dec!(500),
            down_payment: dec!(1000),
        };
        let s = negotiated_schedule(dec!(10000), &n);
        assert_eq!(s.payment, dec!(817.63));
        assert_eq!(s.rows[0].payment, dec!(1817.63));
        assert_eq!(s.rows[0].interest, dec!(47.50));
        assert_eq!(s.rows[0].balance, dec!(8729.87));
        assert_eq!(s.rows[1].interest, dec!(43.65));
        assert_eq!(s.rows.len(), 12);
        assert_eq!(s.rows[11].payment, dec!(817.65));
        assert_eq!(s.total_interest, dec!(311.58));
        assert_eq!(s.total_paid, dec!(10811.58));
        assert_eq!(s.true_apr, dec!(15.97));
    }

    #[test]
    fn a_down_payment_larger_than_the_plan_is_capped() {
        let n = Negotiated {
            months: 12,
            apr: Rate::ZERO,
            fee: dec!(0),
            down_payment: dec!(50000),
        };
        let s = negotiated_schedule(dec!(1000), &n);
        assert_eq!(s.rows.len(), 1);
        assert_eq!(s.rows[0].payment, dec!(1000));
        assert_eq!(s.true_apr, dec!(0));
    }

    #[test]
    fn no_months_no_rows() {
        for m in Method::ALL {
            let s = schedule(dec!(1000), 0, m, rate(dec!(10)), rate(dec!(1)), None);
            assert!(s.rows.is_empty());
            assert_eq!(
                (s.payment, s.total_paid, s.true_apr),
                (dec!(0), dec!(0), dec!(0))
            );
        }
        let n = Negotiated {
            months: 0,
            apr: rate(dec!(5)),
            fee: dec!(10),
            down_payment: dec!(10),
        };
        assert!(negotiated_schedule(dec!(1000), &n).rows.is_empty());
    }

    #[test]
    fn a_cent_rounded_up_can_repay_a_tiny_loan_early() {
        // 0.05 / 10 = 0.005 -> 0.01 a month: five months repay it and nothing goes negative.
        let s = schedule(
            dec!(0.05),
            10,
            Method::Annuity,
            Rate::ZERO,
            Rate::ZERO,
            None,
        );
        assert_eq!(s.rows.len(), 5);
        assert_eq!(s.rows[4].balance, dec!(0));
    }

    #[test]
    fn absurd_inputs_do_not_panic() {
        let big = Decimal::MAX;
        let huge_rate = rate(dec!(1000000000000000000000));
        for m in Method::ALL {
            for (p, months, apr) in [
                (big, 1, huge_rate),
                (big, u32::MAX, rate(dec!(36))),
                (dec!(0.01), u32::MAX, huge_rate),
                (big, 360, Rate::ZERO),
                (dec!(-500), 12, rate(dec!(-5))),
            ] {
                let s = schedule(p, months, m, apr, huge_rate, Some(big));
                assert!(s.rows.len() <= MAX_MONTHS as usize);
                assert!(s.rows.iter().all(|r| r.balance >= Decimal::ZERO));
            }
        }
        let n = Negotiated {
            months: u32::MAX,
            apr: huge_rate,
            fee: big,
            down_payment: dec!(-1),
        };
        let _ = negotiated_schedule(big, &n);
        let _ = annuity_payment(dec!(-1000), 12, rate(dec!(1e-27)));
    }

    #[test]
    fn true_apr_edges() {
        assert_eq!(true_apr(dec!(100), &[]), dec!(0));
        assert_eq!(true_apr(dec!(100), &[dec!(50), dec!(50)]), dec!(0));
        assert_eq!(true_apr(dec!(0), &[dec!(50)]), dec!(0));
        // 100 lent, 110 back a month later: 10 % a month, 120 % a year.
        assert_eq!(true_apr(dec!(100), &[dec!(110)]), dec!(120.00));
        // 300 % a month needs the bracket widened past [0, 1]: 1200 * 3 = 3600 %.
        assert_eq!(true_apr(dec!(100), &[dec!(400)]), dec!(3600.00));
        // Payments past the decimal range: capped, not a panic.
        let r = true_apr(dec!(0.01), &[Decimal::MAX, Decimal::MAX]);
        assert!(r > dec!(1000000));
        let _ = true_apr(dec!(100), &[dec!(-1000), dec!(5000)]);
    }

    #[test]
    fn loan_schedule_reads_the_file_fields() {
        let mut d = Debt::loan("Jiebei", dec!(12000), dec!(10.95), 12, Method::FlatFee);
        d.fee_rate = Some(rate(dec!(0.6)));
        assert_eq!(loan_schedule(&d).map(|s| s.true_apr), Some(dec!(13.03)));
        d.principal = Some(dec!(24000));
        assert_eq!(loan_schedule(&d).map(|s| s.payment), Some(dec!(1144)));
        d.term_months = None;
        assert_eq!(loan_schedule(&d), None);
        let card = Debt::card("Huabei", dec!(5000), dec!(18), dec!(200), 10);
        assert_eq!(loan_schedule(&card), None);
    }
}
