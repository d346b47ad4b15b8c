//! Statement cycles (SPEC §7.2): a card with a `statement_day` (账单日) has a bill each cycle,
//! and what it costs depends on how much of that bill is paid by its due date.
//!
//! The one implementation the engine (every plan, `balances_now`) and the due dates (`check`,
//! export, the Calendar) share, in whole cents, so they never differ by a cent:
//! - [`Calendar`]: period `k` of a plan is the debt's `k`-th due date `D_k` ([`due_date`]); its
//!   statement `S_k` is the latest statement date strictly before `D_k`, and its interest is
//!   posted on the statement after it, `S'_k` ([`Calendar::span`] counts the days).
//! - [`Rules`]: the interest-free period, full (全额计息) or unpaid interest, the minimum of the
//!   next bill, the late fee of a missed minimum ([`Rules::close`] closes one cycle).
//! - [`payment_period`]: which bill a payment pays (one made within a due date's grace pays
//!   that bill).

use chrono::{Days, NaiveDate};

use super::{InterestRule, has_cycle, late_fee};
use crate::due::{due_date, period_of};
use crate::engine::MAX_MONTHS;
use crate::installment::Revolving;
use crate::model::{Debt, YearMonth};
use crate::money::{Money, Rate, card_minimum_cents, from_cents, to_cents};

/// When a statement card's bills fall, as plain month arithmetic (no calendar library in the
/// engine's loop).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    statement_day: u32,
    due_day: u32,
    /// The month of the first tracked due date (period 1).
    first: YearMonth,
}

/// The days of one cycle: from its statement to its due date, and from its due date to the
/// next statement, on which its interest is posted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// `days(S_k, D_k)`: at least 1.
    pub to_due: i64,
    /// `days(D_k, S'_k)`: at least 0.
    pub after_due: i64,
}

/// A day of a month, already clamped to the month's length.
type Day = (YearMonth, u32);

impl Calendar {
    /// The cycle of a card with its statement on `statement_day` and due on `due_day` (both
    /// clamped to each month's last day), tracked from `as_of`; `None` past the end of the
    /// calendar.
    pub fn new(as_of: NaiveDate, statement_day: u32, due_day: u32) -> Option<Calendar> {
        Some(Calendar {
            statement_day,
            due_day,
            first: YearMonth::of(due_date(as_of, due_day, 1)?),
        })
    }

    /// The debt's cycle, when it follows one ([`has_cycle`]).
    pub fn of(debt: &Debt, as_of: NaiveDate) -> Option<Calendar> {
        let statement_day = debt.statement_day.filter(|_| has_cycle(debt))?;
        Calendar::new(as_of, statement_day, debt.due_day)
    }

    /// Period `k`'s due date `D_k`, its statement `S_k` (the latest statement strictly before
    /// `D_k`) and the next statement `S'_k`.
    fn days(&self, k: u32) -> [Day; 3] {
        let offset = i32::try_from(k.saturating_sub(1)).unwrap_or(i32::MAX);
        let month = self.first.plus(offset);
        let due = self.due_day.min(month_len(month));
        let same = self.statement_day.min(month_len(month));
        let statement = if same < due {
            (month, same)
        } else {
            let before = month.plus(-1);
            (before, self.statement_day.min(month_len(before)))
        };
        let after = statement.0.plus(1);
        let next = (after, self.statement_day.min(month_len(after)));
        [(month, due), statement, next]
    }

    /// The days of period `k`'s cycle. `D_k` is in the month of `S_k` or the one after, and
    /// `S'_k` in the month of `D_k` or the one after (`S_k` is the latest statement before
    /// `D_k`, so the next is not before it): each count is one subtraction.
    pub fn span(&self, k: u32) -> Span {
        let [due, statement, next] = self.days(k);
        Span {
            to_due: between(statement, due),
            after_due: between(due, next),
        }
    }

    /// Period `k`'s statement date `S_k`.
    pub fn statement(&self, k: u32) -> Option<NaiveDate> {
        date(self.days(k)[1])
    }

    /// The statement on which period `k`'s interest is posted, `S'_k`: the one after `S_k`.
    pub fn posting(&self, k: u32) -> Option<NaiveDate> {
        date(self.days(k)[2])
    }
}

/// Days from `a` to `b`, `b` in `a`'s month or the next.
fn between(a: Day, b: Day) -> i64 {
    let days = if a.0 == b.0 {
        i64::from(b.1) - i64::from(a.1)
    } else {
        i64::from(month_len(a.0)) - i64::from(a.1) + i64::from(b.1)
    };
    days.max(0)
}

fn date((month, day): Day) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(month.year, month.month, day)
}

/// The number of days in a month (Gregorian).
fn month_len(m: YearMonth) -> u32 {
    match m.month {
        2 if m.year % 4 == 0 && (m.year % 100 != 0 || m.year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// One bill of a statement card, in cents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bill {
    /// What the statement says is owed: `B`.
    pub amount: i64,
    /// Its minimum payment (at most `amount`), the unpaid earlier minimums included.
    pub minimum: i64,
    /// What is unpaid of earlier minimums: part of `minimum`, and already due on the earlier
    /// due dates (the due dates list it there, beside this bill's own part).
    pub arrears: i64,
}

impl Bill {
    /// What this bill asks of its own due date: its minimum less the earlier minimums still
    /// unpaid, which stay due on their own dates.
    pub fn own(&self) -> i64 {
        (self.minimum - self.arrears).max(0)
    }
}

/// What closing one cycle gives: its interest and late fee, and the next bill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Closed {
    pub interest: i64,
    pub fee: i64,
    pub next: Bill,
}

/// A statement card's rules, in cents, worked out once per plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rules {
    /// The yearly rate (`daily_rate` x 365): interest is `apr / 365 / 100` a day.
    apr: Rate,
    interest: InterestRule,
    tolerance: i64,
    percent: Option<Rate>,
    /// `minimum`: the floor under `minimum_percent`, or the fixed minimum.
    floor: i64,
}

impl Rules {
    pub fn of(debt: &Debt) -> Rules {
        Rules {
            apr: debt.apr,
            interest: debt.interest,
            tolerance: to_cents(debt.tolerance),
            percent: debt.minimum_percent,
            floor: to_cents(debt.minimum),
        }
    }

    /// The first bill: `balance` at `as_of` is the bill due on the first tracked due date.
    pub fn first(&self, amount: i64) -> Bill {
        Bill {
            amount,
            minimum: self.minimum(amount, 0, 0, 0),
            arrears: 0,
        }
    }

    /// The interest of a bill of `bill` cents paid `paid` in its period (SPEC §7.2), in cents:
    /// none when `paid >= bill - tolerance` (the interest-free period); else, with `rate =
    /// apr / 365 / 100` a day, `round_half_up(rate * (B * days(S, D) + (B - P) * days(D, S')))`
    /// under `interest = "full"`, `round_half_up(rate * (B - P) * days(S, S'))` under
    /// `"unpaid"`. Exact to the cent-day, rounded once ([`Rate::of_cents`] over 365 periods).
    /// `None` if it does not fit in `i64`.
    pub fn interest(&self, bill: i64, paid: i64, span: Span) -> Option<i64> {
        let paid = paid.clamp(0, bill.max(0));
        if paid >= bill.saturating_sub(self.tolerance) {
            return Some(0);
        }
        let unpaid = bill - paid;
        let cent_days = match self.interest {
            InterestRule::Full => bill
                .checked_mul(span.to_due)?
                .checked_add(unpaid.checked_mul(span.after_due)?)?,
            InterestRule::Unpaid => unpaid.checked_mul(span.to_due + span.after_due)?,
        };
        self.apr.of_cents(cent_days, 365)
    }

    /// The minimum of a bill of `bill` cents holding `interest`, `fees` and `arrears` (what is
    /// unpaid of earlier minimums): `minimum_percent` of the principal part (the bill less
    /// those three) plus all three, at least `minimum`; without `minimum_percent`, the fixed
    /// `minimum` plus the arrears. At most the bill.
    pub fn minimum(&self, bill: i64, interest: i64, fees: i64, arrears: i64) -> i64 {
        let asked = match self.percent {
            Some(rate) => {
                let principal = bill
                    .saturating_sub(interest)
                    .saturating_sub(fees)
                    .saturating_sub(arrears)
                    .max(0);
                card_minimum_cents(Some(rate), 0, principal)
                    .saturating_add(interest)
                    .saturating_add(fees)
                    .saturating_add(arrears)
                    .max(self.floor)
            }
            None => self.floor.saturating_add(arrears),
        };
        // A bill whose minimum rounds to nothing (10 % of a few cents, no floor) is due whole,
        // so minimums alone still pay a card off.
        let asked = if asked <= 0 { bill } else { asked };
        asked.clamp(0, bill.max(0))
    }

    /// Closes period `k`'s cycle: `bill` was due, `owed` was owed in all at the start of the
    /// period (the bill and what is not billed yet), and `paid` was paid in the period (by the
    /// due date or within its grace). The interest ([`Rules::interest`]) and, when `late` names
    /// the debt (its due date is past grace), the late fee of a minimum missed by more than the
    /// tolerance ([`late_fee`], SPEC §7.3, on the unpaid part of the bill's own minimum: once
    /// per missed due date) are posted on the next statement, and everything
    /// still owed becomes the next bill: `B - P + interest + fees + unbilled`. `None` if it
    /// does not fit in `i64`.
    pub fn close(
        &self,
        bill: Bill,
        owed: i64,
        paid: i64,
        span: Span,
        late: Option<&Debt>,
    ) -> Option<Closed> {
        let paid = paid.clamp(0, owed.max(0));
        let interest = self.interest(bill.amount, paid, span)?;
        let arrears = (bill.minimum - paid).max(0);
        // Once per missed due date: on what is unpaid of this bill's own part (a payment goes
        // to the oldest minimum first), so an earlier minimum still unpaid is not charged again.
        let fee = match late {
            Some(debt) if arrears > self.tolerance => {
                to_cents(late_fee(debt, from_cents(arrears.min(bill.own()))))
            }
            _ => 0,
        };
        let amount = (owed - paid).checked_add(interest)?.checked_add(fee)?;
        Some(Closed {
            interest,
            fee,
            next: Bill {
                amount,
                minimum: self.minimum(amount, interest, fee, arrears),
                arrears: arrears.min(amount),
            },
        })
    }
}

/// The period a payment of `debt` on `date` pays (SPEC §2.1): the one whose due date is the
/// first on or after it ([`period_of`]); for a statement card, a payment after a due date but
/// within its grace (and before the next statement) pays that due date's bill, as SPEC §7.2
/// says ("paid P by D (plus grace)"). `None` before `as_of`.
pub fn payment_period(debt: &Debt, as_of: NaiveDate, date: NaiveDate) -> Option<u32> {
    let k = period_of(as_of, debt.due_day, date)?;
    if k < 2 || debt.grace_days == 0 {
        return Some(k);
    }
    let Some(calendar) = Calendar::of(debt, as_of) else {
        return Some(k);
    };
    let due = due_date(as_of, debt.due_day, k - 1)?;
    let grace_end = due
        .checked_add_days(Days::new(u64::from(debt.grace_days)))
        .unwrap_or(NaiveDate::MAX);
    let posted = calendar.posting(k - 1).unwrap_or(NaiveDate::MAX);
    Some(if date <= grace_end && date < posted {
        k - 1
    } else {
        k
    })
}

/// How many of a debt's periods are past their grace on `today`: the due dates `D_k` with
/// `D_k + grace_days < today`, whose missed minimums cost a late fee.
pub fn past_grace(debt: &Debt, as_of: NaiveDate, today: NaiveDate) -> u32 {
    let Some(day) = today.checked_sub_days(Days::new(u64::from(debt.grace_days))) else {
        return 0;
    };
    // The due dates before `day`: one fewer than the period of `day` itself.
    period_of(as_of, debt.due_day, day).map_or(0, |k| k - 1)
}

/// A card with `product`'s rules (as the loader fills them), statement on `statement_day`, due
/// on `due_day`, owing `balance`: for the tests of every module that follows cycles.
#[cfg(test)]
pub(crate) fn card_of(
    product: super::Product,
    balance: crate::money::Money,
    statement_day: u32,
    due_day: u32,
) -> Debt {
    let d = product.defaults();
    let apr = d.daily_rate.unwrap_or_default() * rust_decimal::Decimal::from(365);
    let mut debt = Debt::card("Card", balance, apr, d.minimum, due_day);
    debt.product = Some(product);
    debt.statement_day = Some(statement_day);
    debt.minimum_percent = d.minimum_percent.map(Rate::new);
    debt.grace_days = d.grace_days;
    debt.tolerance = d.tolerance;
    debt.interest = d.interest.unwrap_or(InterestRule::Full);
    debt.penalty_daily_rate = d.penalty_daily_rate.map(Rate::new);
    debt.penalty_base = d.penalty_base;
    debt.late_fee_percent = d.late_fee_percent.map(Rate::new);
    debt.late_fee_min = d.late_fee_min;
    debt
}

/// What revolving `principal` on a statement card costs by its own rules (SPEC §7.2), paying
/// `payment` on each due date from `as_of` until it is paid off: each bill not paid in full is
/// charged its cycle's interest (全额计息 on the whole bill for a bank card), which joins the
/// next bill. `None` when the payment has not cleared it after [`MAX_MONTHS`] bills, when the
/// debt has no cycle, or past the end of the calendar.
pub fn revolving(
    debt: &Debt,
    as_of: NaiveDate,
    principal: Money,
    payment: Money,
) -> Option<Revolving> {
    let calendar = Calendar::of(debt, as_of)?;
    let rules = Rules::of(debt);
    let payment = to_cents(payment).max(0);
    let (mut bill, mut interest) = (to_cents(principal).max(0), 0i64);
    for k in 1..=MAX_MONTHS {
        if bill == 0 {
            return Some(Revolving {
                interest: from_cents(interest),
                months: k - 1,
            });
        }
        let paid = payment.min(bill);
        let charged = rules.interest(bill, paid, calendar.span(k))?;
        interest = interest.checked_add(charged)?;
        bill = (bill - paid).checked_add(charged)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::lender::Product;
    use crate::money::Money;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    fn card(product: Product, balance: Money, statement_day: u32, due_day: u32) -> Debt {
        card_of(product, balance, statement_day, due_day)
    }

    #[test]
    fn revolving_a_bank_card_costs_its_cycles_interest() {
        // 2,000.00 on the bill of 11-05, due 11-25, paying 1,072.00 a due date (0.05 %/day):
        // cycle 1 paid 1,072.00 of 2,000.00: 0.0005 * (2000 * 20 + 928 * 10) = 24.64, next bill
        // 928 + 24.64 = 952.64; cycle 2 pays it all: no interest. 24.64 in 2 payments, where the
        // monthly model (18.25 % / 12 on 2,000.00 = 30.42, ...) would say otherwise.
        let debt = card(Product::BankCard, dec!(0), 5, 25);
        let r = revolving(&debt, day("2026-11-05"), dec!(2000), dec!(1072)).unwrap();
        assert_eq!((r.interest, r.months), (dec!(24.64), 2));
        // Paid in full by the due date: the interest-free period.
        let free = revolving(&debt, day("2026-11-05"), dec!(1000), dec!(1072)).unwrap();
        assert_eq!((free.interest, free.months), (dec!(0), 1));
        // A payment below the interest never pays it off; a debt without a cycle has none.
        assert_eq!(
            revolving(&debt, day("2026-11-05"), dec!(100000), dec!(10)),
            None
        );
        let plain = Debt::card("P", dec!(0), dec!(18), dec!(10), 25);
        assert_eq!(
            revolving(&plain, day("2026-11-05"), dec!(100), dec!(10)),
            None
        );
    }

    #[test]
    fn the_example_of_spec_7_2() {
        // Bill 10,000.00 on 11-05, due 11-25, 1,000.00 paid, next statement 12-05:
        // 0.0005 * (10000 * 20 + 9000 * 10) = 0.0005 * 290,000 = 145.00. Next bill
        // 10000 - 1000 + 145 = 9,145.00; its minimum 10 % of the principal 9000 = 900.00,
        // plus the 145.00 interest = 1,045.00.
        let debt = card(Product::BankCard, dec!(10000), 5, 25);
        let calendar = Calendar::of(&debt, day("2026-11-05")).unwrap();
        assert_eq!(calendar.statement(1), Some(day("2026-11-05")));
        assert_eq!(calendar.posting(1), Some(day("2026-12-05")));
        let span = calendar.span(1);
        assert_eq!((span.to_due, span.after_due), (20, 10));
        let rules = Rules::of(&debt);
        let bill = rules.first(1_000_000);
        assert_eq!(bill.minimum, 100_000);
        let closed = rules.close(bill, 1_000_000, 100_000, span, None).unwrap();
        assert_eq!((closed.interest, closed.fee), (14_500, 0));
        assert_eq!(
            closed.next,
            Bill {
                amount: 914_500,
                minimum: 104_500,
                arrears: 0
            }
        );
        // Paid in full: nothing owed and no interest.
        let closed = rules.close(bill, 1_000_000, 1_000_000, span, None).unwrap();
        assert_eq!((closed.interest, closed.next.amount), (0, 0));
    }

    #[test]
    fn huabei_charges_only_the_unpaid_amount_from_statement_to_statement() {
        // Bill 3,000.10 from the statement on 11-01, due 11-10, nothing paid, next statement
        // 12-01: 30 days on 3000.10 at 0.05 %: 0.0005 * 3000.10 * 30 = 45.0015 -> 45.00.
        let debt = card(Product::Huabei, dec!(3000.10), 1, 10);
        let calendar = Calendar::of(&debt, day("2026-11-01")).unwrap();
        let span = calendar.span(1);
        assert_eq!(span.to_due + span.after_due, 30);
        let rules = Rules::of(&debt);
        assert_eq!(rules.interest(300_010, 0, span), Some(4_500));
        // Half of it paid (1,500.05): 0.0005 * 1500.05 * 30 = 22.50075 -> 22.50.
        assert_eq!(rules.interest(300_010, 150_005, span), Some(2_250));
        // The next bill holds the unpaid minimum (10 % of 3000.10 = 300.01): 3,045.10, its
        // principal part 3045.10 - 45.00 - 300.01 = 2,700.09, 10 % = 270.009 -> 270.01; the
        // minimum 270.01 + 45.00 + 300.01 = 615.02, of which 315.01 is the new bill's own.
        let closed = rules.close(rules.first(300_010), 300_010, 0, span, None);
        let next = closed.unwrap().next;
        assert_eq!(
            (next.amount, next.minimum, next.arrears),
            (304_510, 61_502, 30_001)
        );
        assert_eq!(next.own(), 31_501);
    }

    #[test]
    fn a_rest_within_the_tolerance_costs_no_interest() {
        // 9,995.00 of 10,000.00 paid, tolerance 10.00: the 5.00 left is carried, interest-free.
        let debt = card(Product::BankCard, dec!(10000), 5, 25);
        let rules = Rules::of(&debt);
        let span = Calendar::of(&debt, day("2026-11-05")).unwrap().span(1);
        let closed = rules.close(rules.first(1_000_000), 1_000_000, 999_500, span, None);
        let closed = closed.unwrap();
        assert_eq!((closed.interest, closed.next.amount), (0, 500));
        // 9,989.99 paid leaves 10.01: full interest, 0.0005 * (10000 * 20 + 10.01 * 10)
        // = 100.05005 -> 100.05.
        assert_eq!(rules.interest(1_000_000, 998_999, span), Some(10_005));
    }

    #[test]
    fn a_missed_minimum_past_grace_costs_a_late_fee_in_the_next_bill() {
        // Nothing paid on a 10,000.00 bill: interest 0.0005 * 10000 * 30 = 150.00; late fee
        // 5 % of the 1,000.00 minimum = 50.00. Next bill 10,200.00: principal part
        // 10200 - 150 - 50 - 1000 = 9,000.00, minimum 900 + 150 + 50 + 1000 = 2,100.00.
        let debt = card(Product::BankCard, dec!(10000), 5, 25);
        let rules = Rules::of(&debt);
        let span = Calendar::of(&debt, day("2026-11-05")).unwrap().span(1);
        let bill = rules.first(1_000_000);
        let closed = rules.close(bill, 1_000_000, 0, span, Some(&debt)).unwrap();
        assert_eq!((closed.interest, closed.fee), (15_000, 5_000));
        assert_eq!(
            closed.next,
            Bill {
                amount: 1_020_000,
                minimum: 210_000,
                arrears: 100_000
            }
        );
        // Missed again: 12-05 to 12-25 to 01-05 on the whole 10,200.00, 0.0005 * 10200 * 31 =
        // 158.10; the late fee on the 1,100.00 of this bill's own minimum (the 1,000.00 missed
        // before was charged its fee already): 55.00. Next bill 10,413.10, minimum
        // 10 % of (10413.10 - 158.10 - 55.00 - 2100.00) = 810.00, + 158.10 + 55.00 + 2,100.00
        // = 3,123.10.
        let span = Calendar::of(&debt, day("2026-11-05")).unwrap().span(2);
        let again = rules
            .close(closed.next, 1_020_000, 0, span, Some(&debt))
            .unwrap();
        assert_eq!((again.interest, again.fee), (15_810, 5_500));
        assert_eq!(
            again.next,
            Bill {
                amount: 1_041_310,
                minimum: 312_310,
                arrears: 210_000
            }
        );
        // The minimum paid but for 10.00 (the tolerance): no late fee.
        let closed = rules.close(bill, 1_000_000, 99_000, span, Some(&debt));
        assert_eq!(closed.unwrap().fee, 0);
    }

    #[test]
    fn a_fixed_minimum_is_the_minimum_plus_what_was_missed_at_most_the_bill() {
        let mut debt = card(Product::BankCard, dec!(500), 5, 25);
        debt.minimum_percent = None;
        debt.minimum = dec!(200);
        let rules = Rules::of(&debt);
        assert_eq!(rules.first(50_000).minimum, 20_000);
        assert_eq!(rules.minimum(50_000, 0, 0, 20_000), 40_000);
        assert_eq!(rules.minimum(30_000, 0, 0, 20_000), 30_000);
        assert_eq!(rules.first(10_000).minimum, 10_000);
    }

    #[test]
    fn a_minimum_that_rounds_to_nothing_asks_the_whole_bill() {
        // Huabei: 10 % of 0.04 is 0.004 -> 0.00 and there is no floor: the 0.04 is due whole,
        // else minimums alone would never pay the card off.
        let rules = Rules::of(&card(Product::Huabei, dec!(0.04), 1, 10));
        assert_eq!(rules.first(4).minimum, 4);
        // 10 % of 0.05 is 0.005 -> 0.01 (half-up): a minimum, not the whole bill.
        assert_eq!(rules.first(5).minimum, 1);
    }

    #[test]
    fn the_calendar_is_the_due_dates_and_the_latest_statement_before_each() {
        // Against chrono, for every pair of days, over two years with a leap February.
        for as_of in ["2027-11-01", "2027-12-31", "2028-01-30"] {
            let as_of = day(as_of);
            for statement_day in 1..=31 {
                for due_day in 1..=31 {
                    let calendar = Calendar::new(as_of, statement_day, due_day).unwrap();
                    let statements: Vec<NaiveDate> = (-2..30)
                        .map(|m| YearMonth::of(as_of).plus(m).day(statement_day))
                        .collect();
                    for k in 1..=24 {
                        let due = due_date(as_of, due_day, k).unwrap();
                        let at = statements.iter().rposition(|&s| s < due).unwrap();
                        let (s, next) = (statements[at], statements[at + 1]);
                        assert_eq!(calendar.statement(k), Some(s), "{statement_day} {due_day}");
                        assert_eq!(calendar.posting(k), Some(next));
                        let span = calendar.span(k);
                        assert_eq!(span.to_due, (due - s).num_days());
                        assert_eq!(span.after_due, (next - due).num_days());
                        assert!(span.to_due >= 1 && span.after_due >= 0);
                    }
                }
            }
        }
    }

    #[test]
    fn a_payment_within_grace_pays_the_bill_before() {
        // Bank card: statement the 5th, due the 25th, 3 days' grace.
        let debt = card(Product::BankCard, dec!(10000), 5, 25);
        let as_of = day("2026-11-05");
        let period = |d: &str| payment_period(&debt, as_of, day(d));
        assert_eq!(period("2026-11-25"), Some(1));
        assert_eq!(period("2026-11-28"), Some(1));
        assert_eq!(period("2026-11-29"), Some(2));
        assert_eq!(period("2026-12-25"), Some(2));
        assert_eq!(period("2026-11-04"), None);
        // Without a statement day the due date alone decides.
        let mut plain = debt.clone();
        plain.statement_day = None;
        assert_eq!(payment_period(&plain, as_of, day("2026-11-28")), Some(2));
        // Grace past the next statement ends on it: 12-05 is the statement of the next bill.
        let mut long = debt.clone();
        long.grace_days = 20;
        assert_eq!(payment_period(&long, as_of, day("2026-12-04")), Some(1));
        assert_eq!(payment_period(&long, as_of, day("2026-12-05")), Some(2));
        // Past grace: 11-25 + 3 < today from 11-29 on.
        assert_eq!(past_grace(&debt, as_of, day("2026-11-28")), 0);
        assert_eq!(past_grace(&debt, as_of, day("2026-11-29")), 1);
        assert_eq!(past_grace(&debt, as_of, day("2026-12-29")), 2);
    }
}
