//! The day-by-day cash projection behind the `shortfall` warning, the calendar and the
//! dashboard's projected cash (SPEC §4.2).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::Ledger;
use crate::model::{Data, Flow, OnceKind};
use crate::money::Money;

/// What moves cash on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Income,
    Expense,
    /// A payment recorded in the log (dated up to today).
    Payment,
    /// A tracked due date of a debt.
    Due,
    /// An extra payment planned after today (`[[budget.extra]]`), named after the debt it
    /// pays: one line for each debt it reaches (its rest passed on in the strategy's order).
    Extra,
}

/// A due date as the walk saw it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DueState {
    /// What is due on that date.
    pub amount: Money,
    /// What the payments up to today and the extra payments planned after it leave unpaid.
    pub unpaid: Money,
    /// For an unmet due after today: how much the cash on hand just before it falls short.
    pub short: Option<Money>,
}

impl DueState {
    /// Whether it is fully paid.
    pub fn is_met(&self) -> bool {
        self.unpaid <= Decimal::ZERO
    }
}

/// One line of the cash walk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event<'a> {
    pub date: NaiveDate,
    pub kind: EventKind,
    /// The income's or expense's name, or the debt's (for a payment: as the log names it).
    pub name: &'a str,
    /// The debt's index in `Data::debts`, for payments and dues.
    pub debt: Option<usize>,
    /// The change to cash: income positive, the rest negative; 0 for a due that is met or on
    /// or before today (an unmet past due is a warning, not a projected payment).
    pub amount: Money,
    /// Cash after this event.
    pub cash_after: Money,
    /// Set for [`EventKind::Due`].
    pub due: Option<DueState>,
}

/// The walk's events dated from `from` to `until` (inclusive), in the order they are applied:
/// by day; within a day income, expenses, payments, then dues (in debt order).
///
/// Cash starts from `budget.cash` at `as_of` whatever `from` is, so `cash_after` is the
/// projection on that day; the shortfalls flagged on dues up to 31 days after today are
/// exactly the `shortfall` warnings.
pub fn cash_walk(
    data: &Data,
    today: NaiveDate,
    from: NaiveDate,
    until: NaiveDate,
) -> Vec<Event<'_>> {
    let mut out = Vec::new();
    Ledger::new(data, today, until).walk(until, |e| {
        if e.date >= from {
            out.push(e);
        }
    });
    out
}

/// The projected cash at the end of `date` (after everything on it). Before `as_of` it is
/// `budget.cash`: the file knows nothing earlier.
pub fn cash_on(data: &Data, today: NaiveDate, date: NaiveDate) -> Money {
    Ledger::new(data, today, date).walk(date, |_| ())
}

impl<'a> Ledger<'a> {
    /// Walks from `as_of` to `until` (inclusive), handing each event to `sink`; returns the
    /// cash at the end. On each day: income, expenses, payments recorded on it, then every
    /// unmet due after today, which is judged against the cash on hand just before it and
    /// then assumed paid anyway (cash may go negative), so later ones are judged on what is
    /// left.
    pub(super) fn walk(&self, until: NaiveDate, mut sink: impl FnMut(Event<'a>)) -> Money {
        let data = self.data;
        let mut cash = data.budget.cash;
        let (mut next_payment, mut next_due, mut next_extra) = (0, 0, 0);
        let mut day = data.budget.as_of;
        while day <= until {
            let tomorrow = day.succ_opt();
            // Flows on a later day of the month than it has arrive on its last day.
            let last_of_month = tomorrow.is_none_or(|t| t.day() == 1);
            // A yearly line arrives only in its month.
            let arrives = |f: &Flow| {
                f.month.is_none_or(|m| m == day.month())
                    && if last_of_month {
                        f.day >= day.day()
                    } else {
                        f.day.max(1) == day.day()
                    }
            };
            let income = data.budget.income_arrives(crate::model::YearMonth::of(day));
            let flows = |list: &'a [Flow], kind: EventKind| {
                let sign = match kind {
                    EventKind::Income => Decimal::ONE,
                    _ => Decimal::NEGATIVE_ONE,
                };
                list.iter()
                    .filter(move |f| arrives(f))
                    .map(move |f| (f.name.as_str(), f.amount * sign, kind))
            };
            let once = |kind: OnceKind, shown: EventKind| {
                data.budget
                    .once
                    .iter()
                    .filter(move |o| o.date == day && o.kind == kind)
                    .map(move |o| (o.name.as_str(), o.signed(), shown))
            };
            let incomes = if income { &data.budget.income[..] } else { &[] };
            for (name, amount, kind) in flows(incomes, EventKind::Income)
                .chain(once(OnceKind::Income, EventKind::Income))
                .chain(flows(&data.budget.expenses, EventKind::Expense))
                .chain(once(OnceKind::Expense, EventKind::Expense))
            {
                cash = cash.saturating_add(amount);
                sink(Event {
                    date: day,
                    kind,
                    name,
                    debt: None,
                    amount,
                    cash_after: cash,
                    due: None,
                });
            }
            while let Some(&(p, debt)) = self.payments.get(next_payment) {
                if p.date > day {
                    break;
                }
                next_payment += 1;
                cash = cash.saturating_sub(p.amount);
                sink(Event {
                    date: day,
                    kind: EventKind::Payment,
                    name: &p.debt,
                    debt,
                    amount: -p.amount,
                    cash_after: cash,
                    due: None,
                });
            }
            // Planned after today, so never one the log already holds; each part as it goes
            // to a debt, what no debt owes staying in the cash.
            while let Some(e) = self.extras.get(next_extra) {
                if e.date > day {
                    break;
                }
                next_extra += 1;
                let Some(debt) = data.debts.get(e.debt) else {
                    continue;
                };
                cash = cash.saturating_sub(e.amount);
                sink(Event {
                    date: day,
                    kind: EventKind::Extra,
                    name: &debt.name,
                    debt: Some(e.debt),
                    amount: -e.amount,
                    cash_after: cash,
                    due: None,
                });
            }
            while let Some(due) = self.dues.get(next_due) {
                if due.date > day {
                    break;
                }
                next_due += 1;
                let Some(debt) = data.debts.get(due.debt) else {
                    continue;
                };
                let mut state = DueState {
                    amount: due.amount,
                    unpaid: due.unpaid,
                    short: None,
                };
                let mut amount = Decimal::ZERO;
                if due.date > self.today && !due.is_met() {
                    if due.unpaid > cash {
                        state.short = Some(due.unpaid - cash.max(Decimal::ZERO));
                    }
                    amount = -due.unpaid;
                    cash = cash.saturating_sub(due.unpaid);
                }
                sink(Event {
                    date: day,
                    kind: EventKind::Due,
                    name: &debt.name,
                    debt: Some(due.debt),
                    amount,
                    cash_after: cash,
                    due: Some(state),
                });
            }
            match tomorrow {
                Some(t) => day = t,
                None => break,
            }
        }
        cash
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::fixture::{card, data, date, flow, pay};
    use super::*;

    /// `(date, kind, amount, cash_after, short)` of each event.
    fn lines(events: &[Event]) -> Vec<(String, EventKind, Money, Money, Option<Money>)> {
        events
            .iter()
            .map(|e| {
                let short = e.due.and_then(|d| d.short);
                (e.date.to_string(), e.kind, e.amount, e.cash_after, short)
            })
            .collect()
    }

    #[test]
    fn income_the_day_after_a_due_date_comes_too_late() {
        // 100 on hand, 300 due on the 10th, salary 5000 on the 11th: 200 short on the 10th
        // (300 - 100), cash -200 after it, 4800 after the salary.
        let mut d = data("2026-11-01", dec!(100));
        d.budget.income.push(flow("Salary", dec!(5000), 11));
        d.debts.push(card("Visa", dec!(5000), dec!(300), 10));
        let got = cash_walk(
            &d,
            date("2026-11-01"),
            date("2026-11-01"),
            date("2026-11-30"),
        );
        assert_eq!(
            lines(&got),
            [
                (
                    "2026-11-10".into(),
                    EventKind::Due,
                    dec!(-300),
                    dec!(-200),
                    Some(dec!(200))
                ),
                (
                    "2026-11-11".into(),
                    EventKind::Income,
                    dec!(5000),
                    dec!(4800),
                    None
                ),
            ]
        );
        assert_eq!(got[0].name, "Visa");
        assert_eq!(got[1].name, "Salary");
    }

    #[test]
    fn a_day_applies_income_expenses_payments_then_dues() {
        // All on the 10th, from 1000: +500 = 1500, -700 rent = 800, -100 paid to B = 700,
        // then A's 200 due (700 covers it) = 500, then B's 150 less the 100 paid = 50 -> 450.
        let mut d = data("2026-11-01", dec!(1000));
        d.budget.income.push(flow("Salary", dec!(500), 10));
        d.budget.expenses.push(flow("Rent", dec!(700), 10));
        d.debts.push(card("A", dec!(5000), dec!(200), 10));
        d.debts.push(card("B", dec!(5000), dec!(150), 10));
        pay(&mut d, "B", "2026-11-10", dec!(100));
        let got = cash_walk(
            &d,
            date("2026-11-10"),
            date("2026-11-10"),
            date("2026-11-10"),
        );
        let kinds: Vec<_> = got.iter().map(|e| (e.kind, e.cash_after)).collect();
        assert_eq!(
            kinds,
            [
                (EventKind::Income, dec!(1500)),
                (EventKind::Expense, dec!(800)),
                (EventKind::Payment, dec!(700)),
                // Due today, not after it: shown, but the warnings handle it, not the walk.
                (EventKind::Due, dec!(700)),
                (EventKind::Due, dec!(700)),
            ]
        );
        // The day before, both dues are in the future and take their unpaid amounts.
        let got = cash_walk(
            &d,
            date("2026-11-09"),
            date("2026-11-10"),
            date("2026-11-10"),
        );
        let after: Vec<_> = got.iter().map(|e| e.cash_after).collect();
        // No payment is applied yet (it is dated after today): 800 - 200 - 150 = 450.
        assert_eq!(after, [dec!(1500), dec!(800), dec!(600), dec!(450)]);
    }

    #[test]
    fn flows_on_the_31st_arrive_on_the_last_day_of_short_months() {
        // 2027-02 has 28 days: the 31st's income arrives on Feb 28, then Mar 31.
        let mut d = data("2027-02-01", dec!(0));
        d.budget.income.push(flow("Pay", dec!(10), 31));
        d.budget.expenses.push(flow("Gym", dec!(1), 1));
        let got = cash_walk(
            &d,
            date("2027-02-01"),
            date("2027-02-01"),
            date("2027-03-31"),
        );
        let got: Vec<_> = got.iter().map(|e| (e.date.to_string(), e.amount)).collect();
        assert_eq!(
            got,
            [
                ("2027-02-01".into(), dec!(-1)),
                ("2027-02-28".into(), dec!(10)),
                ("2027-03-01".into(), dec!(-1)),
                ("2027-03-31".into(), dec!(10)),
            ]
        );
    }

    #[test]
    fn cash_on_a_date_is_the_cash_after_that_day() {
        let mut d = data("2026-11-01", dec!(100));
        d.budget.income.push(flow("Salary", dec!(5000), 15));
        d.budget.expenses.push(flow("Rent", dec!(3500), 5));
        // 100 - 3500 on the 5th = -3400; +5000 on the 15th = 1600.
        assert_eq!(
            cash_on(&d, date("2026-11-01"), date("2026-11-04")),
            dec!(100)
        );
        assert_eq!(
            cash_on(&d, date("2026-11-01"), date("2026-11-05")),
            dec!(-3400)
        );
        assert_eq!(
            cash_on(&d, date("2026-11-01"), date("2026-11-15")),
            dec!(1600)
        );
        // Before as_of: the cash the file gives.
        assert_eq!(
            cash_on(&d, date("2026-11-01"), date("2026-10-01")),
            dec!(100)
        );
    }

    #[test]
    fn a_payment_after_today_is_not_spent() {
        let mut d = data("2026-11-01", dec!(1000));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 20));
        pay(&mut d, "Visa", "2026-11-12", dec!(200));
        // Today Nov 11: the payment is in the future and the Nov 20 due is still unmet.
        assert_eq!(
            cash_on(&d, date("2026-11-11"), date("2026-11-20")),
            dec!(800)
        );
        // Today Nov 12: paid; the due is met and takes nothing more.
        assert_eq!(
            cash_on(&d, date("2026-11-12"), date("2026-11-20")),
            dec!(800)
        );
        let got = cash_walk(
            &d,
            date("2026-11-12"),
            date("2026-11-20"),
            date("2026-11-20"),
        );
        assert_eq!(got[0].amount, dec!(0));
        assert!(got[0].due.is_some_and(|s| s.is_met()));
    }

    #[test]
    fn walking_to_the_end_of_the_calendar_does_not_panic() {
        let mut d = data("2026-11-01", dec!(1));
        d.budget.as_of = NaiveDate::MAX.pred_opt().expect("a day before MAX");
        d.budget.income.push(flow("Pay", dec!(10), 31));
        assert_eq!(cash_on(&d, NaiveDate::MAX, NaiveDate::MAX), dec!(11));
    }
}
