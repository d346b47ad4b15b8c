//! Reconciling with the lenders: balances drift from the file as time passes (interest, fees,
//! purchases payoff does not know of). A reconciliation starts from what payoff expects each
//! debt to owe today by the ledger, takes the figures the lenders' apps show, and moves the file
//! forward to today in one save: `as_of`, `cash`, every balance, a loan's installments left,
//! keeping the payment log. A figure that differs is kept as `[[debts.adjustments]]`, so a
//! drift that repeats can be seen.

use chrono::NaiveDate;

use crate::due::{self, Due, period_of};
use crate::engine;
use crate::ledger::Ledger;
use crate::model::{Adjustment, Data};
use crate::money::Money;
use crate::store::{Edit, Reconciled};

/// What payoff expects on the day of a reconciliation.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    /// The day: the file's new `as_of`.
    pub today: NaiveDate,
    /// The cash on hand at the start of the day.
    pub cash: Money,
    /// What each debt owes at the start of the day, in file order.
    pub balances: Vec<Money>,
    /// Due dates before the day that are still unpaid: moving `as_of` past them would stop
    /// `check` from warning about them, so a reconciliation waits until they are paid.
    pub unpaid: Vec<Due>,
}

/// What payoff expects on `today` (not before `as_of`). Payments dated `today` or later stay
/// in the log and count after the move, so they are not in these figures.
pub fn expected(data: &Data, today: NaiveDate) -> Expected {
    let today = today.max(data.budget.as_of);
    let yesterday = today.pred_opt().unwrap_or(today);
    let mut before = data.clone();
    before.payments.retain(|p| p.date < today);
    let ledger = Ledger::new(&before, today);
    let unpaid = due::dues(data, today, yesterday)
        .into_iter()
        .filter(|d| d.date < today && !d.is_met())
        .collect();
    Expected {
        today,
        cash: due::cash_on(data, today, yesterday),
        balances: engine::balances_now(&before.debts, &ledger),
        unpaid,
    }
}

/// The edit that moves the file to `expected.today` with `cash` and the lenders' `balances`
/// (in file order; a missing one is taken as expected).
pub fn edit(data: &Data, expected: &Expected, cash: Money, balances: &[Money]) -> Edit {
    let as_of = data.budget.as_of;
    let debts = data
        .debts
        .iter()
        .enumerate()
        .map(|(i, debt)| {
            let thought = expected.balances.get(i).copied().unwrap_or(debt.balance);
            let balance = balances.get(i).copied().unwrap_or(thought);
            // The due dates before the new as_of are behind it: fewer installments are left.
            let passed = period_of(as_of, debt.due_day, expected.today).map_or(0, |k| k - 1);
            let left = |n: u32| n.saturating_sub(passed).max(1);
            Reconciled {
                balance,
                term_months: debt.term_months.map(left),
                negotiated_months: debt.negotiated.as_ref().map(|n| left(n.months)),
                adjustment: (balance != thought).then_some(Adjustment {
                    date: expected.today,
                    expected: thought,
                    lender: balance,
                }),
            }
        })
        .collect();
    Edit::Reconcile {
        as_of: expected.today,
        cash,
        debts,
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::model::{Debt, Method, Payment};

    fn household() -> Data {
        let mut d = Data::empty(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
        d.budget.cash = dec!(1000);
        d.debts
            .push(Debt::card("Card", dec!(5000), dec!(18), dec!(200), 15));
        d.debts
            .push(Debt::loan("Loan", dec!(1200), dec!(0), 12, Method::Annuity));
        d
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_figures_payoff_expects_and_the_edit_that_moves_the_file() {
        let mut d = household();
        for (debt, date, amount) in [
            ("Card", "2026-11-14", dec!(200)),
            ("Loan", "2026-11-10", dec!(100)),
        ] {
            d.payments.push(Payment {
                debt: debt.into(),
                date: day(date),
                amount,
            });
        }
        let e = expected(&d, day("2026-11-20"));
        // Card: 5000 + 75.00 interest (18 % / 12) - 200 paid on 11-14 = 4875.00.
        // Loan: due the 10th at 0 %: 1200 - 100 = 1100.00, one installment behind as_of.
        assert_eq!(e.balances, [dec!(4875.00), dec!(1100.00)]);
        assert_eq!(e.cash, dec!(700.00));
        assert!(e.unpaid.is_empty());
        let Edit::Reconcile { as_of, cash, debts } = edit(&d, &e, dec!(650), &[dec!(4900)]) else {
            panic!("not a reconciliation");
        };
        assert_eq!((as_of, cash), (day("2026-11-20"), dec!(650)));
        // The lender shows 25.00 more on the card: kept; the loan as expected, 11 left.
        assert_eq!(debts[0].balance, dec!(4900));
        assert_eq!(
            debts[0].adjustment,
            Some(Adjustment {
                date: day("2026-11-20"),
                expected: dec!(4875.00),
                lender: dec!(4900),
            })
        );
        assert_eq!(debts[1].balance, dec!(1100.00));
        assert_eq!(debts[1].term_months, Some(11));
        assert_eq!(debts[1].adjustment, None);
    }

    #[test]
    fn an_unpaid_due_in_the_past_is_named() {
        let e = expected(&household(), day("2026-11-20"));
        let unpaid: Vec<_> = e.unpaid.iter().map(|d| (d.debt, d.date)).collect();
        assert_eq!(unpaid, [(1, day("2026-11-10")), (0, day("2026-11-15"))]);
    }
}
