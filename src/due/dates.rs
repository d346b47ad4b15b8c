//! Tracked due dates and the payments applied to them (SPEC §4.1).

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Ledger;
use crate::installment::{loan_payments, negotiated_payments};
use crate::model::{Data, Debt, DebtKind, Payment, YearMonth};
use crate::money::{Money, round_cents};

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
    /// `amount - paid`.
    pub unpaid: Money,
}

impl Due {
    /// Whether the payments so far cover everything due up to and including this date.
    pub fn is_met(&self) -> bool {
        self.unpaid <= Decimal::ZERO
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

/// Every debt's dues up to `until` with `payments` applied, sorted by date then debt order.
pub(super) fn tracked(
    data: &Data,
    payments: &[(&Payment, Option<usize>)],
    until: NaiveDate,
) -> Vec<Due> {
    let mut paid = vec![Decimal::ZERO; data.debts.len()];
    for (p, debt) in payments {
        if let Some(total) = debt.and_then(|i| paid.get_mut(i)) {
            *total = total.saturating_add(p.amount);
        }
    }
    let as_of = data.budget.as_of;
    let mut out = Vec::new();
    for (i, (debt, paid)) in data.debts.iter().zip(paid).enumerate() {
        let start = out.len();
        let dates = due_dates(as_of, debt.due_day, until);
        let mut push = |date, amount| out.push(Due::new(i, date, amount));
        if debt.kind == DebtKind::Card && debt.negotiated.is_none() {
            let mut balance = debt.balance;
            for date in dates {
                let amount = minimum_due(debt, balance).min(balance);
                if amount <= Decimal::ZERO {
                    break;
                }
                push(date, amount);
                balance -= amount;
            }
        } else {
            let dates: Vec<NaiveDate> = dates.collect();
            let periods = u32::try_from(dates.len()).unwrap_or(u32::MAX);
            for (date, amount) in dates.into_iter().zip(installments(debt, periods)) {
                if amount > Decimal::ZERO {
                    push(date, amount);
                }
            }
        }
        allocate(&mut out[start..], paid);
    }
    out.sort_by_key(|d| (d.date, d.debt));
    out
}

impl Due {
    fn new(debt: usize, date: NaiveDate, amount: Money) -> Due {
        Due {
            debt,
            date,
            amount,
            paid: Decimal::ZERO,
            unpaid: amount,
        }
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
    match debt.minimum_percent {
        None => debt.minimum,
        Some(rate) => round_cents(balance.saturating_mul(rate.percent()) / Decimal::ONE_HUNDRED)
            .max(debt.minimum),
    }
}

/// The first `periods` installments of a debt on a fixed schedule: its negotiated plan when it
/// has one (the plan is in force), else its loan schedule; empty when there is none. Only the
/// payments: the due dates need neither the totals nor the true APR, whose rate search would
/// cost more than all the rest of `check`.
fn installments(debt: &Debt, periods: u32) -> Vec<Money> {
    match &debt.negotiated {
        Some(plan) => negotiated_payments(debt.balance, plan, periods),
        None => loan_payments(debt, periods),
    }
}

/// The due dates on `due_day` from the first on or after `as_of` up to `until`, each computed
/// from its month and the original day (31 -> Feb 28 -> Mar 31, never drifting). Stops, rather
/// than panics, at the end of the calendar.
fn due_dates(as_of: NaiveDate, due_day: u32, until: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let month = YearMonth::of(as_of);
    let skip = i32::from(month.day(due_day) < as_of);
    // The earliest date the next due may fall on; `None` once the calendar has run out.
    let mut floor = Some(as_of);
    (skip..).map_while(move |k| {
        let date = month.plus(k).day(due_day);
        if date < floor? || date > until {
            return None;
        }
        floor = date.succ_opt();
        Some(date)
    })
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
        assert_eq!(round_cents(dec!(2952.45) * dec!(0.1)), dec!(295.25));
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
}
