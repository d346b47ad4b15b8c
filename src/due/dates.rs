//! Tracked due dates and the payments applied to them (SPEC §4.1).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::Ledger;
use crate::engine::rest_order;
use crate::installment::{Row, loan_rows, negotiated_rows};
use crate::lender::cycle::{Calendar, Rules, past_grace, payment_period};
use crate::model::{Data, Debt, DebtKind, Extra, Payment, YearMonth};
use crate::money::{Money, card_minimum, from_cents, to_cents};

/// One tracked due date of a debt and what has been paid towards it.
#[derive(Clone, Debug, PartialEq)]
pub struct Due {
    /// The debt's index in `Data::debts`.
    pub debt: usize,
    pub date: NaiveDate,
    /// What is due on that date.
    pub amount: Money,
    /// Paid towards it by payments dated up to today (`0 <= paid <= amount`).
    pub paid: Money,
    /// Covered by the extra payments planned after today (`[[budget.extra]]`).
    pub planned: Money,
    /// `amount - paid - planned`.
    pub unpaid: Money,
    /// The bill this due belongs to (SPEC §7.3 `penalty_base = "bill"`): a card's balance on
    /// that date (a statement card's bill), a loan's installment.
    pub bill: Money,
    /// The principal part of `amount` (`penalty_base = "principal"`): all of it for a card, a
    /// loan's or negotiated plan's installment less its interest (or fee) part.
    pub principal: Money,
    /// 容差: the debt's tolerance, an unpaid rest up to which counts as paid (SPEC §4.2).
    pub tolerance: Money,
}

impl Due {
    /// Whether the payments so far cover everything due up to and including this date, an
    /// unpaid rest up to the debt's tolerance counting as paid: paying 840.00 of 845.03 with a
    /// tolerance of 10 meets it.
    pub fn is_met(&self) -> bool {
        self.unpaid <= self.tolerance.max(Decimal::ZERO)
    }

    /// What the payments recorded so far leave unpaid, the extras planned after today left
    /// out: a plan is not a payment, so a reminder still comes for what it would cover.
    pub fn unpaid_by_the_log(&self) -> Money {
        self.unpaid.saturating_add(self.planned)
    }

    /// What is unpaid of the principal part (`penalty_base = "principal"`). A payment pays the
    /// interest part first, as lenders apply it, and only what it pays beyond that lowers the
    /// principal: of an installment of 1060.30 (interest 109.50, principal 950.80), 500.00
    /// paid leaves 560.30 of principal unpaid.
    pub fn unpaid_principal(&self) -> Money {
        let interest = (self.amount - self.principal).max(Decimal::ZERO);
        let to_principal = (self.paid - interest).max(Decimal::ZERO);
        (self.principal - to_principal).max(Decimal::ZERO)
    }

    /// What is unpaid of the bill this due belongs to (`penalty_base = "bill"`): the bill less
    /// what was paid towards this due, never less than the due's own unpaid amount.
    pub fn unpaid_bill(&self) -> Money {
        (self.bill - self.paid).max(self.unpaid).max(Decimal::ZERO)
    }
}

/// Every tracked due date from `budget.as_of` up to `until` (inclusive), sorted by date then
/// debt order, with the payments dated up to `today` applied first in, first out.
pub fn dues(data: &Data, today: NaiveDate, until: NaiveDate) -> Vec<Due> {
    Ledger::new(data, today, until).dues
}

/// The payments dated from `as_of` to `today`, by date then file order, with their debt.
pub(super) fn applied_payments(data: &Data, today: NaiveDate) -> Vec<(&Payment, Option<usize>)> {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(data.debts.len());
    for (i, debt) in data.debts.iter().enumerate() {
        index.entry(debt.name.as_str()).or_insert(i);
    }
    let as_of = data.budget.as_of;
    let mut out: Vec<_> = data
        .payments
        .iter()
        .filter(|p| as_of <= p.date && p.date <= today)
        .map(|p| (p, index.get(p.debt.as_str()).copied()))
        .collect();
    out.sort_by_key(|(p, _)| p.date);
    out
}

/// One part of an extra payment planned after today: what it pays a debt on its date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Planned {
    pub date: NaiveDate,
    pub debt: usize,
    pub amount: Money,
}

/// Counts the extra payments dated after `today` up to `until` towards `dues` (every due each
/// debt has left, sorted by date then debt), by date then file order: each to its debt's dues
/// on or after its date, oldest first, at most what they add up to; the rest to the other
/// debts in the strategy's order, likewise. Returns each part paid.
pub(super) fn apply_extras(
    data: &Data,
    dues: &mut Vec<Due>,
    today: NaiveDate,
    until: NaiveDate,
) -> Vec<Planned> {
    let mut extras: Vec<&Extra> = data
        .budget
        .extra
        .iter()
        .filter(|e| today < e.date && e.date <= until)
        .collect();
    extras.sort_by_key(|e| e.date);
    let strategy = data.budget.strategy();
    let mut out = Vec::new();
    for e in extras {
        let owed: Vec<Money> = (0..data.debts.len())
            .map(|i| owed_on(data, dues, i, e.date))
            .collect();
        let named = e.debt.as_deref().and_then(|n| data.debt_index(n));
        let rest = rest_order(&data.debts, strategy, data.budget.as_of, &owed);
        let mut left = e.amount;
        for i in named
            .into_iter()
            .chain(rest.into_iter().filter(|&i| Some(i) != named))
        {
            let pays = left.min(owed[i]);
            if pays <= Decimal::ZERO {
                continue;
            }
            left -= pays;
            let mut to_pay = pays;
            let mut first = None;
            for due in dues.iter_mut().filter(|d| d.debt == i && d.date >= e.date) {
                first = first.or(Some(due.date));
                let part = to_pay.min(due.unpaid);
                due.planned += part;
                due.unpaid -= part;
                to_pay -= part;
            }
            // Paid off: its dues end with the one it was paid in, as a paid-off card's do,
            // whatever the minimums on the old balance said.
            if let Some(first) = first.filter(|_| pays == owed[i]) {
                dues.retain(|d| d.debt != i || d.date <= first);
            }
            out.push(Planned {
                date: e.date,
                debt: i,
                amount: pays,
            });
        }
    }
    out
}

/// What debt `i` owes on `date` as its dues left then tell it (`dues` sorted by date): what
/// they ask in all, but for a card no more than the balance on the first of them (the dues of
/// a statement card's later bills hold interest not yet charged), less what extras counted
/// earlier already pay of them.
fn owed_on(data: &Data, dues: &[Due], i: usize, date: NaiveDate) -> Money {
    let mut left = dues.iter().filter(|d| d.debt == i && d.date >= date);
    let Some(first) = left.next() else {
        return Decimal::ZERO;
    };
    let (mut asked, mut planned) = (first.unpaid, first.planned);
    for due in left {
        asked = asked.saturating_add(due.unpaid);
        planned = planned.saturating_add(due.planned);
    }
    let card = data
        .debts
        .get(i)
        .is_some_and(|d| d.kind == DebtKind::Card && d.negotiated.is_none());
    if card {
        asked
            .min(first.bill - first.paid - planned)
            .max(Decimal::ZERO)
    } else {
        asked
    }
}

/// Every debt's dues up to `until` with `payments` (dated up to `today`) applied, sorted by date
/// then debt order.
pub(super) fn tracked(
    data: &Data,
    payments: &[(&Payment, Option<usize>)],
    today: NaiveDate,
    until: NaiveDate,
) -> Vec<Due> {
    let mut by_debt: Vec<Vec<&Payment>> = vec![Vec::new(); data.debts.len()];
    for (p, debt) in payments {
        if let Some(list) = debt.and_then(|i| by_debt.get_mut(i)) {
            list.push(p);
        }
    }
    let as_of = data.budget.as_of;
    let mut out = Vec::new();
    for (i, (debt, paid)) in data.debts.iter().zip(by_debt).enumerate() {
        let start = out.len();
        let dates = due_dates(as_of, debt.due_day, until);
        let cycle = Calendar::of(debt, as_of).filter(|_| debt.negotiated.is_none());
        if let Some(calendar) = cycle {
            cycle_dues(
                debt,
                as_of,
                calendar,
                &paid,
                today,
                dates,
                |date, amount, bill, paid| {
                    let mut due = Due::new(i, date, amount, bill);
                    due.paid = paid;
                    due.unpaid = amount - paid;
                    due.tolerance = debt.tolerance;
                    out.push(due);
                },
            );
            continue;
        } else if debt.kind == DebtKind::Card && debt.negotiated.is_none() {
            card_dues(debt, &paid, today, dates, |date, amount, balance| {
                out.push(Due::new(i, date, amount, balance));
            });
        } else {
            let dates: Vec<NaiveDate> = dates.collect();
            let periods = u32::try_from(dates.len()).unwrap_or(u32::MAX);
            for (date, row) in dates.into_iter().zip(installments(debt, periods)) {
                if row.payment > Decimal::ZERO {
                    let mut due = Due::new(i, date, row.payment, row.payment);
                    due.principal = row.principal.clamp(Decimal::ZERO, row.payment);
                    out.push(due);
                }
            }
        }
        let total = paid
            .iter()
            .fold(Decimal::ZERO, |t, p| t.saturating_add(p.amount));
        allocate(&mut out[start..], total);
        for due in &mut out[start..] {
            due.tolerance = debt.tolerance;
        }
    }
    out.sort_by_key(|d| (d.date, d.debt));
    out
}

impl Due {
    fn new(debt: usize, date: NaiveDate, amount: Money, bill: Money) -> Due {
        Due {
            debt,
            date,
            amount,
            paid: Decimal::ZERO,
            planned: Decimal::ZERO,
            unpaid: amount,
            bill,
            principal: amount,
            tolerance: Decimal::ZERO,
        }
    }
}

/// A card's dues (SPEC §4.1): each its minimum on the balance the card really has on that date.
/// A due before today that was missed is not assumed paid: its balance stays, and its unpaid
/// amount stays due beside the new one (the two never ask for more than the balance). A due
/// today or later is assumed paid when the next one is computed, as the plan pays it. `paid`
/// are the card's payments up to today, by date.
fn card_dues(
    debt: &Debt,
    paid: &[&Payment],
    today: NaiveDate,
    dates: impl Iterator<Item = NaiveDate>,
    mut push: impl FnMut(NaiveDate, Money, Money),
) {
    // Paid in the earlier periods (up to the previous due date): a payment in a due's own
    // period pays that due, whose minimum was set by the bill before it.
    let (mut paid_before, mut next, mut previous) = (Decimal::ZERO, 0, None);
    // What earlier dues asked for: those before today (missed or met) and those from today on.
    let (mut missed, mut coming) = (Decimal::ZERO, Decimal::ZERO);
    for date in dates {
        while let Some(p) = paid
            .get(next)
            .filter(|p| previous.is_some_and(|d| p.date <= d))
        {
            paid_before = paid_before.saturating_add(p.amount);
            next += 1;
        }
        previous = Some(date);
        let arrears = (missed - paid_before).max(Decimal::ZERO);
        let settled = paid_before.max(paid_before.min(missed).saturating_add(coming));
        let balance = debt.balance - settled;
        if balance <= Decimal::ZERO {
            break;
        }
        let amount = minimum_due(debt, balance).min(balance - arrears);
        if amount > Decimal::ZERO {
            push(date, amount, balance);
            if date < today {
                missed = missed.saturating_add(amount);
            } else {
                coming = coming.saturating_add(amount);
            }
        }
    }
}

/// A statement card's dues (SPEC §4.1, §7.2): each bill's minimum, by the cycle rules the
/// engine follows ([`Rules::close`]), with `bill` the bill itself. A bill due before today is
/// paid what the log holds for it (by its due date or within its grace); one due today or later
/// is assumed paid its minimum (or what is already paid, if more), as the plan pays it. A
/// missed minimum stays due on its own date, beside the next bill's own part
/// ([`crate::lender::cycle::Bill::own`]). `paid` are the card's payments up to today, by date.
///
/// What a period's payments pay is that period's: the oldest unpaid dues first (a missed
/// minimum), then its own; what is left lowered the bill, so it is not counted again against a
/// later minimum, which the lender works out on the lower bill. `push` gets each due's date,
/// amount, bill and what was paid towards it.
fn cycle_dues(
    debt: &Debt,
    as_of: NaiveDate,
    calendar: Calendar,
    paid: &[&Payment],
    today: NaiveDate,
    dates: impl Iterator<Item = NaiveDate>,
    mut push: impl FnMut(NaiveDate, Money, Money, Money),
) {
    let rules = Rules::of(debt);
    // (date, amount, bill, paid) of each due so far, in cents.
    let mut dues: Vec<(NaiveDate, i64, i64, i64)> = Vec::new();
    let past_grace = past_grace(debt, as_of, today);
    let mut bill = rules.first(to_cents(debt.balance));
    let mut owed = bill.amount.saturating_add(to_cents(debt.unbilled));
    let mut next = 0;
    for (k, date) in (1..).zip(dates) {
        if owed <= 0 {
            break;
        }
        let mut recorded = 0i64;
        while let Some(p) = paid
            .get(next)
            .filter(|p| payment_period(debt, as_of, p.date).is_some_and(|j| j <= k))
        {
            recorded = recorded.saturating_add(to_cents(p.amount));
            next += 1;
        }
        if bill.own() > 0 {
            dues.push((date, bill.own(), bill.amount, 0));
        }
        let mut left = recorded;
        for due in dues.iter_mut().filter(|d| d.3 < d.1) {
            let pays = left.min(due.1 - due.3);
            due.3 += pays;
            left -= pays;
        }
        let pays = if date < today {
            recorded
        } else {
            recorded.max(bill.minimum)
        };
        let late = (k <= past_grace).then_some(debt);
        let Some(closed) = rules.close(bill, owed, pays, calendar.span(k), late) else {
            break;
        };
        bill = closed.next;
        owed = bill.amount;
    }
    for (date, amount, bill, paid) in dues {
        push(date, from_cents(amount), from_cents(bill), from_cents(paid));
    }
}

/// Applies `paid` to one debt's dues in date order.
fn allocate(dues: &mut [Due], paid: Money) {
    let mut left = paid.max(Decimal::ZERO);
    for due in dues {
        due.paid = left.min(due.amount);
        due.unpaid = due.amount - due.paid;
        left -= due.paid;
    }
}

/// A card's minimum due on `balance` (SPEC §2.1 step 2): the fixed minimum, or
/// `max(round_half_up(balance * minimum_percent / 100), minimum)`.
fn minimum_due(debt: &Debt, balance: Money) -> Money {
    card_minimum(debt.minimum_percent, debt.minimum, balance)
}

/// The first `periods` installments of a debt on a fixed schedule, each with its principal and
/// interest parts: its negotiated plan when it has one (the plan is in force), else its loan
/// schedule; empty when there is none. Only the rows: the due dates need neither the totals
/// nor the true APR, whose rate search would cost more than all the rest of `check`.
fn installments(debt: &Debt, periods: u32) -> Vec<Row> {
    // No due date to ask for (a ledger up to before `as_of`): no installment to work out.
    if periods == 0 {
        return Vec::new();
    }
    match &debt.negotiated {
        Some(plan) => negotiated_rows(debt.balance, plan, periods),
        None => loan_rows(debt, periods),
    }
}

/// The due dates on `due_day` from the first on or after `as_of` up to `until`: period 1, 2, ...
/// of [`due_date`]. Stops, rather than panics, at the end of the calendar.
fn due_dates(as_of: NaiveDate, due_day: u32, until: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    (1..)
        .map_while(move |k| due_date(as_of, due_day, k))
        .take_while(move |&date| date <= until)
}

/// A debt's `k`-th due date (SPEC §4.1; period `k` of its plan, §2.1): the `k`-th date on
/// `due_day` on or after `as_of`, computed from its month and the original day (31 -> Feb 28
/// -> Mar 31, never drifting). `None` for `k = 0` or past the end of the calendar.
pub fn due_date(as_of: NaiveDate, due_day: u32, k: u32) -> Option<NaiveDate> {
    if k == 0 {
        return None;
    }
    let start = YearMonth::of(as_of);
    // Its due day this month (the same month as `as_of`) has passed: period 1 is next month's.
    let skip = i32::from(start.clamped(due_day) < as_of.day());
    let offset = i32::try_from(k - 1).ok()?.checked_add(skip)?;
    // chrono's calendar ends: no month past it, and no overflow on the way.
    if offset > CALENDAR_MONTHS {
        return None;
    }
    let month = start.plus(offset);
    // The calendar holds every month of its first and last years (a test holds chrono to it).
    (NaiveDate::MIN.year()..=NaiveDate::MAX.year())
        .contains(&month.year)
        .then(|| month.day(due_day))
}

/// More months than chrono's calendar holds from any start.
const CALENDAR_MONTHS: i32 = 12 * 600_000;

/// The period a payment on `date` counts in (SPEC §2.1): the one whose due date is the first on
/// or after it; `None` before `as_of` or past the end of the calendar.
pub fn period_of(as_of: NaiveDate, due_day: u32, date: NaiveDate) -> Option<u32> {
    if date < as_of {
        return None;
    }
    let (start, at) = (YearMonth::of(as_of), YearMonth::of(date));
    let months = (at.year - start.year) * 12 + at.month as i32 - start.month as i32;
    let skip = i32::from(start.day(due_day) < as_of);
    // The due date in the payment's month, or the next month's.
    let k = months - skip + 1;
    let k = u32::try_from(k).ok()?.max(1);
    match due_date(as_of, due_day, k) {
        Some(d) if d >= date => Some(k),
        _ => due_date(as_of, due_day, k + 1).map(|_| k + 1),
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::fixture::{card, data, date, pay};
    use super::*;
    use crate::model::{Method, Negotiated};
    use crate::money::Rate;

    /// `(date, amount, paid)` of each due, as strings, for short assertions.
    fn list(dues: &[Due]) -> Vec<(String, Money, Money)> {
        dues.iter()
            .map(|d| (d.date.to_string(), d.amount, d.paid))
            .collect()
    }

    #[test]
    fn a_31st_due_day_clamps_in_a_leap_february_and_comes_back() {
        // 2028 is a leap year: Feb 29, then back to Mar 31 (not 29).
        let mut d = data("2028-01-01", dec!(0));
        d.debts.push(card("Visa", dec!(1000), dec!(100), 31));
        let got: Vec<_> = dues(&d, date("2028-01-01"), date("2028-04-30"))
            .iter()
            .map(|d| d.date.to_string())
            .collect();
        assert_eq!(
            got,
            ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"]
        );
    }

    #[test]
    fn a_31st_due_day_clamps_in_a_common_february_and_comes_back() {
        let mut d = data("2027-01-01", dec!(0));
        d.debts.push(card("Visa", dec!(1000), dec!(100), 31));
        let got: Vec<_> = dues(&d, date("2027-01-01"), date("2027-03-31"))
            .iter()
            .map(|d| d.date.to_string())
            .collect();
        assert_eq!(got, ["2027-01-31", "2027-02-28", "2027-03-31"]);
    }

    #[test]
    fn tracking_starts_on_as_of_itself_or_the_next_month() {
        let mut d = data("2026-11-10", dec!(0));
        d.debts.push(card("On", dec!(1000), dec!(100), 10));
        d.debts.push(card("Before", dec!(1000), dec!(100), 9));
        let got = dues(&d, date("2026-11-10"), date("2026-12-10"));
        let got: Vec<_> = got.iter().map(|d| (d.debt, d.date.to_string())).collect();
        // Due on as_of is tracked; the 9th has passed, so "Before" starts on Dec 9.
        assert_eq!(
            got,
            [
                (0, "2026-11-10".to_string()),
                (1, "2026-12-09".to_string()),
                (0, "2026-12-10".to_string())
            ]
        );
    }

    #[test]
    fn a_small_card_stops_being_due_once_paid_off() {
        // 450 at 200 a month: 200, 200, then the 50 left, then nothing.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Small", dec!(450), dec!(200), 10));
        let got = dues(&d, date("2026-11-01"), date("2027-06-30"));
        let amounts: Vec<_> = got.iter().map(|d| d.amount).collect();
        assert_eq!(amounts, [dec!(200), dec!(200), dec!(50)]);
    }

    #[test]
    fn a_percent_minimum_follows_the_balance_down_to_its_floor() {
        // 10 % of 5000 = 500; of 4500 = 450; of 4050 = 405; of 3645 = 364.50;
        // of 3280.50 = 328.05; of 2952.45 = 295.245 -> 295.25 (half-up).
        let mut debt = card("Huabei", dec!(5000), dec!(300), 10);
        debt.minimum_percent = Some(Rate::new(dec!(10)));
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(debt);
        let got = dues(&d, date("2026-11-01"), date("2027-05-10"));
        let amounts: Vec<_> = got.iter().map(|d| d.amount).collect();
        // The 6th: 10 % of 2952.45 is 295.25, below the 300 floor.
        assert_eq!(
            amounts,
            [
                dec!(500),
                dec!(450),
                dec!(405),
                dec!(364.50),
                dec!(328.05),
                dec!(300),
                dec!(300)
            ]
        );
        assert_eq!(
            crate::money::round_cents(dec!(2952.45) * dec!(0.1)),
            dec!(295.25)
        );
    }

    #[test]
    fn a_missed_due_stays_due_and_the_next_is_on_the_real_balance() {
        // 10 % of 5000, floor 100, due the 10th, nothing paid; today 2026-12-15. The dues of
        // 11-10 and 12-10 were missed: each asks 10 % of the 5000 still owed (not 450 on a
        // balance that assumes the first was paid), and both stay unpaid: 1000.00 due now.
        // 01-10 is ahead: 500 too, and the one after assumes it paid: 10 % of 4500.
        let mut debt = card("Huabei", dec!(5000), dec!(100), 10);
        debt.minimum_percent = Some(Rate::new(dec!(10)));
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(debt);
        let got = dues(&d, date("2026-12-15"), date("2027-02-10"));
        assert_eq!(
            list(&got),
            [
                ("2026-11-10".into(), dec!(500), dec!(0)),
                ("2026-12-10".into(), dec!(500), dec!(0)),
                ("2027-01-10".into(), dec!(500), dec!(0)),
                ("2027-02-10".into(), dec!(450), dec!(0)),
            ]
        );
        // Paid 500 on 11-09: 12-10's minimum is on 4500; the 11-30 payment of 100 goes to it.
        pay(&mut d, "Huabei", "2026-11-09", dec!(500));
        pay(&mut d, "Huabei", "2026-11-30", dec!(100));
        let got = dues(&d, date("2026-12-15"), date("2027-01-10"));
        assert_eq!(
            list(&got),
            [
                ("2026-11-10".into(), dec!(500), dec!(500)),
                ("2026-12-10".into(), dec!(450), dec!(100)),
                ("2027-01-10".into(), dec!(440), dec!(0)),
            ]
        );
        // Missed dues never ask for more than the balance.
        let mut small = card("Tiny", dec!(150), dec!(100), 10);
        small.minimum_percent = Some(Rate::new(dec!(10)));
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(small);
        let got = dues(&d, date("2027-03-01"), date("2027-03-31"));
        let amounts: Vec<_> = got.iter().map(|d| d.amount).collect();
        assert_eq!(amounts, [dec!(100), dec!(50)]);
    }

    #[test]
    fn due_dates_and_periods_agree() {
        let as_of = date("2026-11-15");
        // Due the 10th: period 1 is 2026-12-10; due the 31st: 2026-11-30, then 12-31, 02-28.
        assert_eq!(due_date(as_of, 10, 1), Some(date("2026-12-10")));
        assert_eq!(due_date(as_of, 31, 1), Some(date("2026-11-30")));
        assert_eq!(due_date(as_of, 31, 4), Some(date("2027-02-28")));
        assert_eq!(due_date(as_of, 31, 5), Some(date("2027-03-31")));
        assert_eq!(due_date(as_of, 10, 0), None);
        assert_eq!(due_date(as_of, 10, u32::MAX), None);
        for day in [1, 10, 15, 28, 29, 30, 31] {
            for k in 1..40 {
                let due = due_date(as_of, day, k).unwrap();
                // A payment on the due date, or on any day after the one before, counts in k.
                assert_eq!(period_of(as_of, day, due), Some(k), "day {day} k {k}");
                let after_previous = match k {
                    1 => as_of,
                    _ => due_date(as_of, day, k - 1).unwrap().succ_opt().unwrap(),
                };
                assert_eq!(
                    period_of(as_of, day, after_previous),
                    Some(k),
                    "day {day} k {k}"
                );
            }
        }
        assert_eq!(period_of(as_of, 10, date("2026-11-14")), None);
    }

    #[test]
    fn an_annuity_loan_is_due_for_its_term_from_as_of() {
        // 12000 at 12 % over 12: r = 0.01, 12000 * 0.01 * 1.01^12 / (1.01^12 - 1)
        // = 120 * 1.126825 / 0.126825 = 1066.1854 -> 1066.19 (checked by hand and with bc).
        let mut d = data("2026-11-15", dec!(0));
        d.debts.push(Debt::loan(
            "Jiebei",
            dec!(12000),
            dec!(12),
            12,
            Method::Annuity,
        ));
        let got = dues(&d, date("2026-11-15"), date("2030-01-01"));
        assert_eq!(got.len(), 12);
        // Due day 10 has passed on Nov 15: the first installment is Dec 10.
        assert_eq!(got[0].date, date("2026-12-10"));
        assert_eq!(got[11].date, date("2027-11-10"));
        assert_eq!(got[0].amount, dec!(1066.19));
        // The amounts add up to what the schedule charges.
        let total: Money = got.iter().map(|d| d.amount).sum();
        let schedule =
            crate::installment::loan_schedule(&d.debts[0]).expect("a loan has a schedule");
        assert_eq!(total, schedule.total_paid);
    }

    #[test]
    fn a_loans_dues_carry_the_principal_part_of_each_installment() {
        // 12000 at 10.95 % over 12: 1060.30 a month. Period 1: interest
        // round(12000 * 0.009125) = 109.50, principal 950.80; balance 11049.20, period 2:
        // interest round(11049.20 * 0.009125) = 100.8240 -> 100.82, principal 959.48.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(Debt::loan(
            "Jiebei",
            dec!(12000),
            dec!(10.95),
            12,
            Method::Annuity,
        ));
        let got = dues(&d, date("2026-11-01"), date("2026-12-31"));
        let parts: Vec<_> = got.iter().map(|d| (d.amount, d.principal)).collect();
        assert_eq!(
            parts,
            [(dec!(1060.30), dec!(950.80)), (dec!(1060.30), dec!(959.48))]
        );
        // Payments pay the interest part first: 500 leaves 560.30 of principal unpaid; 100
        // leaves all of it; the whole installment none.
        pay(&mut d, "Jiebei", "2026-11-09", dec!(500));
        let got = dues(&d, date("2026-11-20"), date("2026-11-30"));
        assert_eq!(got[0].unpaid_principal(), dec!(560.30));
        d.payments[0].amount = dec!(100);
        let got = dues(&d, date("2026-11-20"), date("2026-11-30"));
        assert_eq!(got[0].unpaid_principal(), dec!(950.80));
        d.payments[0].amount = dec!(1060.30);
        let got = dues(&d, date("2026-11-20"), date("2026-11-30"));
        assert_eq!(got[0].unpaid_principal(), dec!(0));
        // A card's due is all principal, and its bill is its balance.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 10));
        let got = dues(&d, date("2026-11-01"), date("2026-11-30"));
        assert_eq!((got[0].principal, got[0].bill), (dec!(200), dec!(5000)));
        assert_eq!(got[0].unpaid_principal(), dec!(200));
        assert_eq!(got[0].unpaid_bill(), dec!(5000));
    }

    #[test]
    fn a_negotiated_plans_dues_carry_its_principal_part() {
        // 1200 over 12 at 12 %: r = 0.01, the annuity 106.62 (1200 * 0.01 * 1.01^12 /
        // (1.01^12 - 1) = 12 * 1.126825 / 0.126825 = 106.6185); month 1 interest 12.00, so
        // 94.62 of principal.
        let mut debt = card("Baitiao", dec!(1200), dec!(500), 30);
        debt.negotiated = Some(Negotiated {
            months: 12,
            apr: Rate::new(dec!(12)),
            fee: dec!(0),
            down_payment: dec!(0),
        });
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(debt);
        let got = dues(&d, date("2026-11-01"), date("2026-11-30"));
        assert_eq!(
            (got[0].amount, got[0].principal),
            (dec!(106.62), dec!(94.62))
        );
    }

    #[test]
    fn tolerance_makes_a_small_rest_count_as_paid() {
        let mut visa = card("Visa", dec!(5000), dec!(845.03), 10);
        visa.tolerance = dec!(10);
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(visa);
        pay(&mut d, "Visa", "2026-11-09", dec!(840));
        let got = dues(&d, date("2026-11-20"), date("2026-11-30"));
        assert_eq!(got[0].unpaid, dec!(5.03));
        assert!(got[0].is_met());
        // Exactly the tolerance left is still paid; a cent more is not.
        d.payments[0].amount = dec!(835.03);
        assert!(dues(&d, date("2026-11-20"), date("2026-11-30"))[0].is_met());
        d.payments[0].amount = dec!(835.02);
        assert!(!dues(&d, date("2026-11-20"), date("2026-11-30"))[0].is_met());
    }

    #[test]
    fn a_negotiated_plan_replaces_a_cards_minimums() {
        // 1200 over 12 months with interest stopped: 100.00 a month.
        let mut debt = card("Baitiao", dec!(1200), dec!(500), 30);
        debt.negotiated = Some(Negotiated {
            months: 12,
            apr: Rate::ZERO,
            fee: dec!(0),
            down_payment: dec!(0),
        });
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(debt);
        let got = dues(&d, date("2026-11-01"), date("2031-01-01"));
        assert_eq!(got.len(), 12);
        assert!(got.iter().all(|d| d.amount == dec!(100)));
        assert_eq!(got[0].date, date("2026-11-30"));
    }

    #[test]
    fn a_payment_covers_one_due_and_half_the_next() {
        // Dues of 200 on Nov 10 and Dec 10; 300 paid on Nov 9: 200 + 100 of the next.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 10));
        pay(&mut d, "Visa", "2026-11-09", dec!(300));
        let got = dues(&d, date("2026-11-20"), date("2026-12-31"));
        assert_eq!(
            list(&got),
            [
                ("2026-11-10".to_string(), dec!(200), dec!(200)),
                ("2026-12-10".to_string(), dec!(200), dec!(100)),
            ]
        );
        assert!(got[0].is_met());
        assert!(!got[1].is_met());
        assert_eq!(got[1].unpaid, dec!(100));
    }

    #[test]
    fn payments_go_first_in_first_out_early_or_late() {
        // Nothing paid on Nov 10; 200 on Dec 1 pays the late Nov due, not an early Dec one.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 10));
        pay(&mut d, "Visa", "2026-12-01", dec!(200));
        let got = dues(&d, date("2026-12-05"), date("2026-12-31"));
        assert!(got[0].is_met());
        assert_eq!(got[1].paid, dec!(0));
        // Another 200 on Dec 2 pays the Dec 10 due early.
        pay(&mut d, "Visa", "2026-12-02", dec!(200));
        let got = dues(&d, date("2026-12-05"), date("2026-12-31"));
        assert!(got.iter().all(Due::is_met));
    }

    #[test]
    fn payments_after_today_or_before_as_of_are_not_applied() {
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 10));
        pay(&mut d, "Visa", "2026-10-31", dec!(200)); // already in the balance
        pay(&mut d, "Visa", "2026-11-21", dec!(200)); // tomorrow
        let got = dues(&d, date("2026-11-20"), date("2026-11-30"));
        assert_eq!(got[0].paid, dec!(0));
        // On the day itself it counts.
        let got = dues(&d, date("2026-11-21"), date("2026-11-30"));
        assert_eq!(got[0].paid, dec!(200));
    }

    #[test]
    fn payments_to_another_debt_are_not_mixed_up() {
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("A", dec!(5000), dec!(200), 10));
        d.debts.push(card("B", dec!(5000), dec!(150), 10));
        pay(&mut d, "B", "2026-11-05", dec!(150));
        let got = dues(&d, date("2026-11-20"), date("2026-11-30"));
        assert_eq!((got[0].debt, got[0].paid), (0, dec!(0)));
        assert_eq!((got[1].debt, got[1].paid), (1, dec!(150)));
    }

    /// [`due_date`] as chrono's calendar says it, step by step: this month's due day (clamped
    /// to the month), or next month's when it is before `as_of`, then `k - 1` months on.
    fn due_date_by_chrono(as_of: NaiveDate, due_day: u32, k: u32) -> Option<NaiveDate> {
        let on = |year: i32, month: u32| {
            (1..=due_day.clamp(1, 31))
                .rev()
                .find_map(|d| NaiveDate::from_ymd_opt(year, month, d))
        };
        let first = on(as_of.year(), as_of.month())?;
        let skip = u32::from(first < as_of);
        let months = k.checked_sub(1)?.checked_add(skip)?;
        let start = NaiveDate::from_ymd_opt(as_of.year(), as_of.month(), 1)?;
        let month = start.checked_add_months(chrono::Months::new(months))?;
        on(month.year(), month.month())
    }

    #[test]
    fn due_dates_are_chronos_calendar() {
        // The calendar's first and last years are whole: due_date counts on it.
        assert_eq!((NaiveDate::MIN.month(), NaiveDate::MIN.day()), (1, 1));
        assert_eq!((NaiveDate::MAX.month(), NaiveDate::MAX.day()), (12, 31));
        let mut days = vec![NaiveDate::MIN, NaiveDate::MAX];
        for (year, month) in [
            (2026, 11),
            (2027, 2),
            (2028, 2),
            (2100, 2),
            (2000, 2),
            (-1, 12),
        ] {
            for day in [1, 10, 28, 29, 30, 31] {
                days.extend(NaiveDate::from_ymd_opt(year, month, day));
            }
        }
        days.extend((0..40).filter_map(|n| NaiveDate::MAX.checked_sub_days(chrono::Days::new(n))));
        days.extend((0..40).filter_map(|n| NaiveDate::MIN.checked_add_days(chrono::Days::new(n))));
        let ks = (0..50).chain([1000, 3_000_000, 6_000_000, 7_200_000, u32::MAX]);
        for &as_of in &days {
            for due_day in 0..=33 {
                for k in ks.clone() {
                    assert_eq!(
                        due_date(as_of, due_day, k),
                        due_date_by_chrono(as_of, due_day, k),
                        "{as_of} day {due_day} k {k}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_end_of_the_calendar_stops_the_dates_without_a_panic() {
        let mut d = data("2026-11-01", dec!(0));
        d.budget.as_of = NaiveDate::MAX.pred_opt().expect("a day before MAX");
        d.debts.push(card("Visa", dec!(5000), dec!(200), 31));
        d.debts
            .push(Debt::loan("L", dec!(100), dec!(0), 3, Method::Annuity));
        // The loan has no due day left in the calendar; the card's Dec 31 (MAX itself) is lost
        // to `YearMonth::last`, which cannot name the month after the last one. No panic.
        let got = dues(&d, NaiveDate::MAX, NaiveDate::MAX);
        assert!(got.iter().all(|due| due.date >= d.budget.as_of));
        assert!(got.len() <= 1);
    }

    /// `(date, amount, bill)` of each due, for the statement cards' tests.
    fn bills(dues: &[Due]) -> Vec<(String, Money, Money)> {
        dues.iter()
            .map(|d| (d.date.to_string(), d.amount, d.bill))
            .collect()
    }

    /// The bank card of SPEC §7.2: bill 10,000.00 from the 11-05 statement, due the 25th.
    fn bank_card() -> Data {
        use crate::lender::{Product, cycle::card_of};
        let mut d = data("2026-11-05", dec!(0));
        d.debts.push(card_of(Product::BankCard, dec!(10000), 5, 25));
        d
    }

    #[test]
    fn a_statement_cards_dues_are_its_bills_minimums() {
        // The engine's figures (engine::tests): 1,000.00 of the 10,000.00 bill; 1,045.00 of
        // 9,145.00 (interest 145.00); 946.00 of 8,236.00 (interest 136.00).
        let mut d = bank_card();
        let got = dues(&d, date("2026-11-05"), date("2027-01-31"));
        assert_eq!(
            bills(&got),
            [
                ("2026-11-25".into(), dec!(1000), dec!(10000)),
                ("2026-12-25".into(), dec!(1045), dec!(9145)),
                ("2027-01-25".into(), dec!(946), dec!(8236)),
            ]
        );
        // Paid on 11-25, today 12-01: met; the next bill's minimum is the same.
        pay(&mut d, "Card", "2026-11-25", dec!(1000));
        let got = dues(&d, date("2026-12-01"), date("2026-12-31"));
        assert_eq!(list(&got)[1], ("2026-12-25".into(), dec!(1045), dec!(0)));
        assert!(got[0].is_met());
    }

    #[test]
    fn a_missed_bill_stays_due_beside_the_next_ones_own_part() {
        // Nothing paid by 12-01 (past the 3 days' grace): interest 0.0005 * 10000 * 30 =
        // 150.00 and a late fee of 5 % of 1,000.00 = 50.00 make the next bill 10,200.00; its
        // minimum 900 + 150 + 50 + the 1,000.00 missed = 2,100.00, of which 1,100.00 is its
        // own: 11-25 asks 1,000.00 still, 12-25 1,100.00.
        let d = bank_card();
        let got = dues(&d, date("2026-12-01"), date("2026-12-31"));
        assert_eq!(
            bills(&got),
            [
                ("2026-11-25".into(), dec!(1000), dec!(10000)),
                ("2026-12-25".into(), dec!(1100), dec!(10200)),
            ]
        );
        // The whole bill paid on 11-27, within grace: no interest, nothing more to pay.
        let mut d = bank_card();
        pay(&mut d, "Card", "2026-11-27", dec!(10000));
        let got = dues(&d, date("2026-12-01"), date("2027-03-31"));
        assert_eq!(
            bills(&got),
            [("2026-11-25".into(), dec!(1000), dec!(10000))]
        );
        assert!(got[0].is_met());
    }

    #[test]
    fn huabeis_missed_bill_costs_interest_on_the_unpaid_amount() {
        // 3,000.10 due 11-10, unpaid on 12-10: 45.00 interest (0.0005 * 3000.10 * 30), the
        // 11-10 minimum 300.01 still due, and 12-10's own part 270.01 + 45.00 = 315.01 of the
        // 3,045.10 bill.
        use crate::lender::{Product, cycle::card_of};
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card_of(Product::Huabei, dec!(3000.10), 1, 10));
        let got = dues(&d, date("2026-12-10"), date("2026-12-31"));
        assert_eq!(
            bills(&got),
            [
                ("2026-11-10".into(), dec!(300.01), dec!(3000.10)),
                ("2026-12-10".into(), dec!(315.01), dec!(3045.10)),
            ]
        );
    }

    #[test]
    fn a_payment_above_the_minimum_lowers_the_bill_not_the_next_minimum_again() {
        // 花呗 3,000.10 due 11-10, 304.57 paid (4.56 above its 300.01 minimum): interest on the
        // unpaid 2,695.53 from 11-01 to 12-01, 0.0005 * 2695.53 * 30 = 40.43; the next bill
        // 2,735.96, its minimum 10 % of 2,695.53 = 269.55 + 40.43 = 309.98. The 4.56 is in the
        // lower bill already: the 12-10 due asks 309.98, not 305.42, as the plan pays it.
        use crate::lender::{Product, cycle::card_of};
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card_of(Product::Huabei, dec!(3000.10), 1, 10));
        pay(&mut d, "Card", "2026-11-09", dec!(304.57));
        d.debts[0].name = "Card".into();
        let got = dues(&d, date("2026-12-08"), date("2026-12-31"));
        assert_eq!(
            list(&got),
            [
                ("2026-11-10".into(), dec!(300.01), dec!(300.01)),
                ("2026-12-10".into(), dec!(309.98), dec!(0)),
            ]
        );
        // A later payment pays the oldest unpaid due first: 100.00 in the 12-10 period of a
        // missed 11-10 minimum goes to it, none to 12-10.
        let mut missed = data("2026-11-01", dec!(0));
        missed
            .debts
            .push(card_of(Product::Huabei, dec!(3000.10), 1, 10));
        missed.debts[0].name = "Card".into();
        pay(&mut missed, "Card", "2026-11-20", dec!(100));
        let got = dues(&missed, date("2026-12-08"), date("2026-12-31"));
        assert_eq!(got[0].paid, dec!(100));
        assert_eq!(got[1].paid, dec!(0));
    }
}
