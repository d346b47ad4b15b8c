//! Due dates, payments, warnings and the cash walk (SPEC §4.1, §4.2): what `check`, the
//! dashboard and the calendar show. Pure functions: `today` is always an argument, nothing here
//! reads the clock, and nothing allocates per day walked.
//!
//! - [`dues`]: every tracked due date of every debt from `budget.as_of` up to a date, with the
//!   payments applied to it (first in, first out).
//! - [`warnings`]: `overdue`, `grace`, `shortfall` and `due_soon` items for a day.
//! - [`cash_walk`] and [`cash_on`]: the day-by-day projection of cash the shortfall check runs
//!   on, as data for the calendar and dashboard (the same code: the two never disagree).
//! - [`late_history`]: each debt's late months from the payment log ("连三累六", SPEC §7.4).
//! - [`rescue`]: which payments to make first with the cash on hand, and which debts to
//!   negotiate, when money is short or a due date has already passed.
//!
//! Decisions the spec left open:
//! - A card's amount due is its minimum on the balance at that date, assuming every earlier due
//!   is paid (no interest: §2.1 step 2 without step 1), capped at the balance; its dues end when
//!   that balance is paid off. Dues of 0 are not tracked. A statement card's is its bill's
//!   minimum, the cycle's interest and late fees in it, by the engine's own rules
//!   (`lender::cycle`, SPEC §7.2).
//! - An extra payment planned after today (`[[budget.extra]]`, SPEC §8) counts towards its
//!   debt's dues like a payment in the log, oldest first, but only those on or after its date
//!   (the earlier ones the walk pays on their dates; an overdue one stays overdue until a
//!   payment is recorded). It pays at most what the debt still owes then, the sum of its dues
//!   left (no interest, as above); the rest goes to the other debts in the strategy's order
//!   ([`crate::engine::rest_order`]), as the plan passes it on, and what no debt owes stays in
//!   the cash. Under `minimum` nothing is passed on.
//! - A debt with a `[debts.negotiated]` table follows that plan's schedule: the plan is taken to
//!   be in force, counted from the first due date on or after `as_of`.
//! - Payments dated from `as_of` up to and including `today` are applied in date order to the
//!   debt's tracked dues in date order, whether early or late; a payment before `as_of` is
//!   already in the balances and a payment after `today` is not counted (neither as paid nor as
//!   cash spent).
//! - The cash walk starts from `cash` at the start of `as_of`. Only dues after today take cash
//!   in the walk: an unmet due on or before today is a `due_soon`, `grace` or `overdue` warning,
//!   not a projected payment.
//! - The penalty is counted from the due date itself once grace is over (the common bank
//!   practice: grace waives the penalty only when the bill is paid within it).
//! - An unpaid rest up to the debt's `tolerance` counts as paid (`Due::is_met`): no warning,
//!   no projected payment in the cash walk, no rescue step, no late month.
//! - The penalty runs on the debt's `penalty_base` (SPEC §7.3): the due's unpaid amount, its
//!   unpaid bill (a card's later missed bill counting only what it adds to the earlier one),
//!   or the unpaid principal part of an installment, a payment paying the interest part first.

mod dates;
mod late;
mod rescue;
mod walk;
mod warn;

pub use dates::{Due, due_date, dues, period_of};
pub use late::{LATE_WINDOW_MONTHS, LateHistory, late_history};
pub use rescue::{Rescue, Step, rescue};
pub use walk::{DueState, Event, EventKind, cash_on, cash_walk};
pub use warn::{
    Bucket, Level, OverdueCost, Term, Warning, WarningKind, due_now, overdue_costs, shortfalls,
    warnings,
};

use chrono::{Days, NaiveDate};

use crate::model::{Data, Payment};

/// What every question here needs, computed once per call: the tracked dues up to a date and
/// the payments applied to them.
struct Ledger<'a> {
    data: &'a Data,
    today: NaiveDate,
    /// Sorted by date, then debt order.
    dues: Vec<Due>,
    /// Payments dated `as_of..=today`, by date then file order, with their debt's index.
    payments: Vec<(&'a Payment, Option<usize>)>,
    /// The extra payments planned after today up to `until`, by date, each part as it goes to
    /// a debt (already counted in `dues`).
    extras: Vec<dates::Planned>,
}

impl<'a> Ledger<'a> {
    /// The dues of every debt up to `until`, the payments up to `today` and the extra
    /// payments planned after it.
    fn new(data: &'a Data, today: NaiveDate, until: NaiveDate) -> Ledger<'a> {
        let payments = dates::applied_payments(data, today);
        let planned = data
            .budget
            .extra
            .iter()
            .any(|e| today < e.date && e.date <= until);
        if !planned {
            let dues = dates::tracked(data, &payments, today, until);
            return Ledger {
                data,
                today,
                dues,
                payments,
                extras: Vec::new(),
            };
        }
        // What a debt owes when an extra comes is every due it has left, past `until` too.
        let far = data
            .budget
            .as_of
            .checked_add_months(chrono::Months::new(crate::engine::MAX_MONTHS))
            .unwrap_or(NaiveDate::MAX)
            .max(until);
        let mut dues = dates::tracked(data, &payments, today, far);
        let extras = dates::apply_extras(data, &mut dues, today, until);
        dues.retain(|d| d.date <= until);
        Ledger {
            data,
            today,
            dues,
            payments,
            extras,
        }
    }
}

/// What `check` says on a day: the warnings for the reminder window `days`, the rescue advice
/// and, when there is a warning, each debt's late months.
#[derive(Clone, Debug, PartialEq)]
pub struct Checkup {
    pub warnings: Vec<Warning>,
    pub rescue: Option<Rescue>,
    /// Empty when there is no warning.
    pub late: Vec<LateHistory>,
}

/// [`warnings`], [`rescue`] and [`late_history`] from one ledger, each debt's dues worked out
/// once. The ledger reaches as far as the warnings look; the cash walk to today and the late
/// months (due dates whose grace ended before today) read only its dues up to today, the same
/// in any ledger reaching further: a debt's dues are worked out date by date, the payments
/// applied oldest first, and an extra planned after today counts only towards dues after it.
pub fn checkup(data: &Data, today: NaiveDate, days: u32) -> Checkup {
    let ledger = Ledger::new(data, today, warn::reach(today, days));
    let warnings = warn::warnings_in(&ledger, today, days);
    let rescue = rescue::rescue_with(data, today, &warnings, || ledger.walk(today, |_| ()));
    let late = if warnings.is_empty() {
        Vec::new()
    } else {
        late::late_in(&ledger, today)
    };
    Checkup {
        warnings,
        rescue,
        late,
    }
}

/// What "this month" asks, the one figure the Dashboard and the Budget screen show: the sum of
/// every tracked due date in today's calendar month, paid or not.
///
/// It is what a person means by "this month": the bills with a due date this month, the same
/// dates the Calendar and Debts screens list, so they can be added up by hand. It does not
/// shrink as they are paid, since the monthly budget has to cover all of them. The plan's
/// month-1 minimums are not it: that month is a model's period from the first due date, which
/// may straddle two calendar months, and its interest is an estimate.
pub fn month_dues(data: &Data, today: NaiveDate) -> crate::money::Money {
    let month = crate::model::YearMonth::of(today);
    dues(data, today, month.last())
        .iter()
        .filter(|d| crate::model::YearMonth::of(d.date) == month)
        .map(|d| d.amount)
        .sum()
}

/// `date + days`, or the last representable date.
fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod fixture {
    //! Small builders for the tests of every submodule.

    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use crate::model::{Data, Debt, Flow, Payment};
    use crate::money::Money;

    pub fn date(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    /// An empty file as of `as_of` with `cash` on hand.
    pub fn data(as_of: &str, cash: Money) -> Data {
        let mut data = Data::empty(date(as_of));
        data.budget.cash = cash;
        data
    }

    /// A 0 % card with a fixed minimum.
    pub fn card(name: &str, balance: Money, minimum: Money, due_day: u32) -> Debt {
        Debt::card(name, balance, Decimal::ZERO, minimum, due_day)
    }

    pub fn pay(data: &mut Data, debt: &str, on: &str, amount: Money) {
        data.payments.push(Payment {
            debt: debt.to_string(),
            date: date(on),
            amount,
        });
    }

    pub fn flow(name: &str, amount: Money, day: u32) -> Flow {
        Flow {
            name: name.to_string(),
            amount,
            day,
            month: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::fixture::{card, data, date, pay};
    use super::*;

    #[test]
    fn the_contract_smoke_scenario() {
        // shared/contract-smoke §4: 5000 on hand, a card of 5000 with 200 due on the 25th.
        let mut d = data("2026-11-01", dec!(5000));
        d.debts.push(card("Card", dec!(5000), dec!(200), 25));
        let w = warnings(&d, date("2026-11-23"), d.budget.remind_days);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].due, date("2026-11-25"));
        assert_eq!(
            (w[0].amount, w[0].kind),
            (dec!(200), WarningKind::DueSoon { days: 2 })
        );
        assert!(warnings(&d, date("2026-11-02"), 3).is_empty());
        pay(&mut d, "Card", "2026-11-20", dec!(200));
        assert!(warnings(&d, date("2026-11-23"), 3).is_empty());
    }
}
