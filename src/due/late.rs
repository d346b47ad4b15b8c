//! Late months (SPEC §7.4): the pattern lenders screen for, "连三累六" (3 late months in a
//! row, or 6 in two years), from the payment log.
//!
//! A tracked due date is a late month when the payments dated up to the end of its grace
//! period did not meet it (an unpaid rest up to the tolerance counts as paid, as everywhere).
//! Payments are applied oldest due first, so a due date is met by a day when everything paid
//! by then covers it and every earlier one. A due date whose grace has not ended yet is not
//! judged. Only due dates from `as_of` on are tracked, so the history starts there: payoff
//! does not know the months before the file.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use super::{Due, Ledger, add_days};
use crate::model::{Data, Payment};

/// How many late months lenders look back over for "累六".
pub const LATE_WINDOW_MONTHS: u32 = 24;

/// A debt's late months.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LateHistory {
    /// The latest judged due dates that were late, one after the other (0 when the latest was
    /// met): 2 warns that a third makes "连三", 3 or more is it.
    pub in_a_row: u32,
    /// Late due dates in the 24 months before today (due after today less 24 months): 6 or
    /// more is "累六".
    pub in_window: u32,
}

/// Each debt's late months on `today`, by debt index.
pub fn late_history(data: &Data, today: NaiveDate) -> Vec<LateHistory> {
    late_in(&Ledger::new(data, today, today), today)
}

/// [`late_history`] from a ledger of `today` reaching today or later: only the dues whose grace
/// ended before today are judged.
pub(super) fn late_in(ledger: &Ledger, today: NaiveDate) -> Vec<LateHistory> {
    let data = ledger.data;
    let mut dues: Vec<Vec<&Due>> = vec![Vec::new(); data.debts.len()];
    for due in &ledger.dues {
        if let Some(list) = dues.get_mut(due.debt) {
            list.push(due);
        }
    }
    let mut paid: Vec<Vec<&Payment>> = vec![Vec::new(); data.debts.len()];
    for (p, debt) in &ledger.payments {
        if let Some(list) = debt.and_then(|i| paid.get_mut(i)) {
            list.push(p);
        }
    }
    data.debts
        .iter()
        .zip(dues.iter().zip(&paid))
        .map(|(debt, (dues, paid))| judge(dues, paid, debt.grace_days, today))
        .collect()
}

/// The late months of one debt's `dues` (in date order) under its `payments` (in date order),
/// with `grace` days after each due date to pay it.
fn judge(dues: &[&Due], payments: &[&Payment], grace: u32, today: NaiveDate) -> LateHistory {
    let window = today
        .checked_sub_months(Months::new(LATE_WINDOW_MONTHS))
        .unwrap_or(NaiveDate::MIN);
    let (mut owed, mut paid, mut next) = (Decimal::ZERO, Decimal::ZERO, 0);
    let mut history = LateHistory::default();
    for due in dues {
        let end = add_days(due.date, grace);
        if end >= today {
            break;
        }
        owed = owed.saturating_add(due.amount);
        while let Some(p) = payments.get(next).filter(|p| p.date <= end) {
            paid = paid.saturating_add(p.amount);
            next += 1;
        }
        let late = owed - paid > due.tolerance.max(Decimal::ZERO);
        if late {
            history.in_a_row += 1;
            if due.date > window {
                history.in_window += 1;
            }
        } else {
            history.in_a_row = 0;
        }
    }
    history
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::fixture::{card, data, date, pay};
    use super::*;

    /// A card of 200 a month due on the 10th, tracked from `as_of`, `grace` days of grace.
    fn visa(as_of: &str, grace: u32) -> Data {
        let mut d = data(as_of, dec!(0));
        let mut visa = card("Visa", dec!(100000), dec!(200), 10);
        visa.grace_days = grace;
        d.debts.push(visa);
        d
    }

    fn history(d: &Data, today: &str) -> LateHistory {
        late_history(d, date(today))[0]
    }

    #[test]
    fn paid_on_time_every_month_is_no_late_month() {
        let mut d = visa("2026-01-01", 0);
        for m in 1..=11 {
            pay(&mut d, "Visa", &format!("2026-{m:02}-10"), dec!(200));
        }
        assert_eq!(history(&d, "2026-11-20"), LateHistory::default());
    }

    #[test]
    fn two_late_months_in_a_row_then_three() {
        // Jan-Aug paid on the 10th; Sep and Oct nothing by the due date (no grace).
        let mut d = visa("2026-01-01", 0);
        for m in 1..=8 {
            pay(&mut d, "Visa", &format!("2026-{m:02}-10"), dec!(200));
        }
        // On 10-11 the Oct due has just been missed: Sep and Oct late, two in a row.
        assert_eq!(
            history(&d, "2026-10-11"),
            LateHistory {
                in_a_row: 2,
                in_window: 2
            }
        );
        // On 10-10 the Oct due is not judged yet: only Sep.
        assert_eq!(history(&d, "2026-10-10").in_a_row, 1);
        // Nov missed too: three in a row.
        assert_eq!(history(&d, "2026-11-11").in_a_row, 3);
        // Everything paid late on 11-05 (Sep, Oct): they stay late months, but Nov, paid by
        // its due date, breaks the run.
        pay(&mut d, "Visa", "2026-11-05", dec!(600));
        assert_eq!(
            history(&d, "2026-11-11"),
            LateHistory {
                in_a_row: 0,
                in_window: 2
            }
        );
    }

    #[test]
    fn a_payment_within_grace_is_on_time_and_tolerance_counts_as_paid() {
        let mut d = visa("2026-11-01", 3);
        // Nov 10 paid on Nov 13, the last day of grace: not late.
        pay(&mut d, "Visa", "2026-11-13", dec!(200));
        assert_eq!(history(&d, "2026-12-20").in_a_row, 1); // only Dec is late
        // Tolerance 10: 195.00 of Dec's 200 paid by its grace end is on time.
        d.debts[0].tolerance = dec!(10);
        pay(&mut d, "Visa", "2026-12-12", dec!(195));
        assert_eq!(history(&d, "2026-12-20"), LateHistory::default());
        // 189.99 would leave 10.01: late.
        d.payments.pop();
        pay(&mut d, "Visa", "2026-12-12", dec!(189.99));
        assert_eq!(history(&d, "2026-12-20").in_a_row, 1);
    }

    #[test]
    fn six_late_in_24_months_is_counted_over_the_window_only() {
        // From 2024-01, late every other month: Jan, Mar, May, ... (paid on time in between,
        // catching up the month before, so each missed month is one late month).
        let mut d = visa("2024-01-01", 0);
        let mut owed = 0;
        for k in 0..36u32 {
            let (y, m) = (2024 + k / 12, k % 12 + 1);
            owed += 200;
            if k % 2 == 1 {
                pay(&mut d, "Visa", &format!("{y}-{m:02}-10"), (owed).into());
                owed = 0;
            }
        }
        // Today 2026-12-20: 36 dues, 18 late; the window (after 2024-12-20) holds 2025-01 ..
        // 2026-12: 24 dues, the 12 of odd months late. The latest (Dec) is paid: no run.
        let h = history(&d, "2026-12-20");
        assert_eq!(h.in_window, 12);
        assert_eq!(h.in_a_row, 0);
        // Through the log of one debt only: another debt's payments do not count.
        let mut other = visa("2024-01-01", 0);
        other.debts[0].name = "Other".into();
        other.payments = d.payments.clone();
        assert_eq!(history(&other, "2026-12-20").in_a_row, 36);
    }
}
