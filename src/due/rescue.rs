//! What to pay first when money is short or a due date has passed.

use std::cmp::Ordering;
use std::collections::HashSet;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Level, Warning, WarningKind, add_days, cash_on};
use crate::lender::{late_fee, penalty};
use crate::model::Data;
use crate::money::Money;

/// Days past due after which a debt is suggested for a negotiated plan (past M1).
const NEGOTIATE_AFTER_DAYS: i64 = 30;

/// Advice for the cash on hand today.
#[derive(Clone, Debug, PartialEq)]
pub struct Rescue {
    /// The projected cash on hand at the end of today (may be negative).
    pub cash: Money,
    /// The unpaid dues in the order to pay them, each with what the cash covers.
    pub steps: Vec<Step>,
    /// What the cash leaves unpaid of all the steps together.
    pub missing: Money,
    /// Debts more than 30 days past a due date (past M1), in file order: candidates for a
    /// negotiated plan (`payoff negotiate`).
    pub negotiate: Vec<usize>,
}

/// One payment to make.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The debt's index in `Data::debts`.
    pub debt: usize,
    /// The due date it pays.
    pub due: NaiveDate,
    /// Still unpaid of that due date.
    pub amount: Money,
    /// What to pay now out of today's cash (`0 <= pay <= amount`).
    pub pay: Money,
    /// Whether `pay` covers `amount`.
    pub covered: bool,
    /// The last day it can be paid without a penalty or a credit report entry (the end of its
    /// grace period); `None` once that has passed.
    pub deadline: Option<NaiveDate>,
    /// The penalty one more day overdue costs, on the debt's real base (SPEC §7.3: the whole
    /// bill for a bank card, the principal part of a loan's installment), in cents.
    pub penalty_per_day: Money,
    /// The late fee it would add if its grace passed unpaid (0 once it has: that fee is
    /// already charged, paying now does not save it).
    pub late_fee_if_missed: Money,
}

/// The payments to make first with today's projected cash, when there is anything to rescue: a
/// shortfall, a due in grace or an overdue one (`None` when every warning is only `due_soon`).
///
/// The order: first every due that can still be saved from a credit report entry (not past its
/// grace), soonest end of grace first, since a mark is the costliest outcome and cannot be
/// undone; then the ones already past grace, highest cost per day first, since paying them
/// only stops the penalty. The cost per day is the penalty one more day costs on the debt's
/// real base, plus, for a due still within grace, the late fee missing it would add. Ties:
/// higher cost per day, then older due date, then file order.
/// The cash is allocated in that order, the last one reached possibly in part.
pub fn rescue(data: &Data, today: NaiveDate, warnings: &[Warning]) -> Option<Rescue> {
    rescue_with(data, today, warnings, || cash_on(data, today, today))
}

/// [`rescue`] with today's projected cash from `cash`, asked only when there is anything to
/// rescue.
pub(super) fn rescue_with(
    data: &Data,
    today: NaiveDate,
    warnings: &[Warning],
    cash: impl FnOnce() -> Money,
) -> Option<Rescue> {
    if warnings.iter().all(|w| w.level() == Level::DueSoon) {
        return None;
    }
    // (cost per day for the ordering, the step)
    let mut steps: Vec<(Decimal, Step)> = Vec::with_capacity(warnings.len());
    // A due date may carry two warnings (`due_soon` and `shortfall`): one step each.
    let mut seen: HashSet<(usize, NaiveDate)> = HashSet::with_capacity(warnings.len());
    for w in warnings {
        let Some(debt) = data.debts.get(w.debt) else {
            continue;
        };
        if w.amount <= Decimal::ZERO || !seen.insert((w.debt, w.due)) {
            continue;
        }
        let grace_end = add_days(w.due, debt.grace_days);
        let savable = today <= grace_end;
        let per_day = penalty(debt, w.base, 1);
        let fee = if savable {
            late_fee(debt, w.amount)
        } else {
            Decimal::ZERO
        };
        steps.push((
            per_day.saturating_add(fee),
            Step {
                debt: w.debt,
                due: w.due,
                amount: w.amount,
                pay: Decimal::ZERO,
                covered: false,
                deadline: savable.then_some(grace_end),
                penalty_per_day: per_day,
                late_fee_if_missed: fee,
            },
        ));
    }
    steps.sort_by(|(pa, a), (pb, b)| {
        let first = match (a.deadline, b.deadline) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        first
            .then(pb.cmp(pa))
            .then(a.due.cmp(&b.due))
            .then(a.debt.cmp(&b.debt))
    });
    let cash = cash();
    let mut left = cash.max(Decimal::ZERO);
    let mut missing = Decimal::ZERO;
    let steps: Vec<Step> = steps
        .into_iter()
        .map(|(_, mut s)| {
            s.pay = left.min(s.amount);
            s.covered = s.pay == s.amount;
            left -= s.pay;
            missing = missing.saturating_add(s.amount - s.pay);
            s
        })
        .collect();
    let mut negotiate: Vec<usize> = warnings
        .iter()
        .filter(|w| matches!(w.kind, WarningKind::Overdue { days_overdue, .. } if days_overdue > NEGOTIATE_AFTER_DAYS))
        .map(|w| w.debt)
        .collect();
    negotiate.sort_unstable();
    negotiate.dedup();
    Some(Rescue {
        cash,
        steps,
        missing,
        negotiate,
    })
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::fixture::{card, data, date, pay};
    use super::super::warnings;
    use super::*;
    use crate::lender::PenaltyBase;
    use crate::money::Rate;

    #[test]
    fn only_due_soon_needs_no_rescue() {
        let mut d = data("2026-11-01", dec!(1000));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 10));
        let today = date("2026-11-09");
        let w = warnings(&d, today, 3);
        assert_eq!(w.len(), 1);
        assert_eq!(rescue(&d, today, &w), None);
        assert_eq!(rescue(&d, today, &[]), None);
    }

    #[test]
    fn dues_that_can_still_be_saved_go_first_then_the_costliest_overdue() {
        // Today 2026-12-20, tracked from 2026-11-05, no income.
        // A: 300 on the 10th, 0.05 %/day -> 0.15 a day; Nov 10 (40 days) and Dec 10 (10 days)
        //    overdue; Jan 10 ahead.
        // B: 1000 on the 6th, 0.1 %/day -> 1.00 a day; Nov 6 paid, Dec 6 overdue (14 days).
        // C: 200 on the 18th, 3 days' grace; Nov 18 paid, Dec 18 in grace until Dec 21.
        // D: 250 on the 22nd; Nov 22 paid, Dec 22 due in 2 days.
        // Cash 2950 - 1450 paid = 1500 today. Walk: Dec 22 D -> 1250, Jan 6 B -> 250,
        // Jan 10 A 300 -> 50 short, -50; Jan 18 C 200 -> 200 short.
        let mut d = data("2026-11-05", dec!(2950));
        let mut a = card("A", dec!(9000), dec!(300), 10);
        a.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        let mut b = card("B", dec!(9000), dec!(1000), 6);
        b.penalty_daily_rate = Some(Rate::new(dec!(0.1)));
        let mut c = card("C", dec!(9000), dec!(200), 18);
        c.grace_days = 3;
        d.debts
            .extend([a, b, c, card("D", dec!(9000), dec!(250), 22)]);
        pay(&mut d, "B", "2026-11-06", dec!(1000));
        pay(&mut d, "C", "2026-11-18", dec!(200));
        pay(&mut d, "D", "2026-11-22", dec!(250));
        let today = date("2026-12-20");
        let w = warnings(&d, today, 3);
        let r = rescue(&d, today, &w).expect("overdue dues need a rescue");
        assert_eq!(r.cash, dec!(1500));
        let got: Vec<_> = r
            .steps
            .iter()
            .map(|s| (s.debt, s.due.to_string(), s.pay, s.covered))
            .collect();
        assert_eq!(
            got,
            [
                // Savable, by end of grace: C Dec 21, D Dec 22, A Jan 10, C Jan 21.
                (2, "2026-12-18".into(), dec!(200), true),
                (3, "2026-12-22".into(), dec!(250), true),
                (0, "2027-01-10".into(), dec!(300), true),
                (2, "2027-01-18".into(), dec!(200), true),
                // Past grace, by penalty a day: B 1.00, then A's two at 0.15, older first;
                // 550 of the 1500 is left for B's 1000.
                (1, "2026-12-06".into(), dec!(550), false),
                (0, "2026-11-10".into(), dec!(0), false),
                (0, "2026-12-10".into(), dec!(0), false),
            ]
        );
        assert_eq!(r.steps[0].deadline, Some(date("2026-12-21")));
        assert_eq!(r.steps[4].deadline, None);
        assert_eq!(r.steps[4].penalty_per_day, dec!(1.00));
        assert_eq!(r.steps[5].penalty_per_day, dec!(0.15));
        // 2550 owed in all, 1500 on hand.
        assert_eq!(r.missing, dec!(1050));
        // Only A is past M1 (40 days).
        assert_eq!(r.negotiate, [0]);
    }

    #[test]
    fn the_cost_a_day_is_on_the_real_base_and_counts_a_late_fee_still_to_save() {
        // Today 2026-12-01, 100 on hand, both dues of 11-10 overdue (21 days):
        // A: a card of 10,000 with a fixed minimum of 100, 0.05 %/day on the whole bill:
        //    10000 * 0.0005 = 5.00 a day (on the 100 due alone it would be 0.05).
        // B: 2,000 due, 0.1 %/day on the due: 2.00 a day. A's is dearer: A first.
        let mut d = data("2026-11-01", dec!(100));
        let mut a = card("A", dec!(10000), dec!(100), 10);
        a.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        a.penalty_base = PenaltyBase::Bill;
        let mut b = card("B", dec!(5000), dec!(2000), 10);
        b.penalty_daily_rate = Some(Rate::new(dec!(0.1)));
        d.debts.extend([a, b]);
        let today = date("2026-12-01");
        // The overdue ones only (B's 12-10 due is also a shortfall, to be saved first).
        let w: Vec<Warning> = warnings(&d, today, 0)
            .into_iter()
            .filter(|w| w.level() == Level::Overdue)
            .collect();
        let r = rescue(&d, today, &w).expect("overdue dues");
        let got: Vec<_> = r
            .steps
            .iter()
            .map(|s| (s.debt, s.penalty_per_day, s.pay))
            .collect();
        assert_eq!(got, [(0, dec!(5.00), dec!(100)), (1, dec!(2.00), dec!(0))]);
        // Two dues whose grace ends the same day (11-13), no penalty rate: the one a late fee
        // would follow (10.00 if missed) goes first, though it is later in the file.
        let mut d = data("2026-11-01", dec!(100));
        let mut c = card("C", dec!(5000), dec!(100), 10);
        c.grace_days = 3;
        let mut e = card("E", dec!(5000), dec!(100), 10);
        e.grace_days = 3;
        e.late_fee_min = dec!(10);
        d.debts.extend([c, e]);
        let today = date("2026-11-12");
        let w: Vec<Warning> = warnings(&d, today, 0)
            .into_iter()
            .filter(|w| w.level() == Level::Grace)
            .collect();
        let r = rescue(&d, today, &w).expect("dues in grace");
        let got: Vec<_> = r
            .steps
            .iter()
            .map(|s| (s.debt, s.late_fee_if_missed, s.pay))
            .collect();
        assert_eq!(got, [(1, dec!(10), dec!(100)), (0, dec!(0), dec!(0))]);
    }

    #[test]
    fn negative_cash_pays_nothing() {
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(200), 10));
        d.budget
            .expenses
            .push(super::super::fixture::flow("Rent", dec!(900), 2));
        let today = date("2026-11-20");
        let r = rescue(&d, today, &warnings(&d, today, 3)).expect("an overdue due");
        assert_eq!(r.cash, dec!(-900));
        // The Dec 10 due (a shortfall, still savable) first, then the overdue Nov 10 one.
        let got: Vec<_> = r.steps.iter().map(|s| (s.due.to_string(), s.pay)).collect();
        assert_eq!(
            got,
            [
                ("2026-12-10".into(), dec!(0)),
                ("2026-11-10".into(), dec!(0))
            ]
        );
        assert_eq!(r.missing, dec!(400));
        assert!(r.negotiate.is_empty());
    }
}
