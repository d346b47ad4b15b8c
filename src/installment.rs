//! PLACEHOLDER on branch `due` only: REPLACE this whole file with the real `installment` module
//! at merge. It implements just enough of the agreed API (annuity schedules, SPEC §3) for
//! `due`'s tests to compile and hold; every method other than annuity is treated as annuity, and
//! `true_apr` is the nominal apr (which is right for an annuity without fees).

use rust_decimal::{Decimal, MathematicalOps};

use crate::model::{Debt, DebtKind, Negotiated};
use crate::money::{Money, Rate, round_cents};

/// One period of a schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub period: u32,
    pub payment: Money,
    pub interest: Money,
    pub principal: Money,
    pub balance: Money,
}

/// A repayment schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub rows: Vec<Row>,
    pub payment: Money,
    pub total_interest: Money,
    pub total_paid: Money,
    pub true_apr: Decimal,
}

/// A loan's remaining schedule (`None` for cards and loans without `term_months`).
pub fn loan_schedule(debt: &Debt) -> Option<Schedule> {
    match debt.kind {
        DebtKind::Card => None,
        DebtKind::Loan => Some(annuity(
            debt.balance,
            debt.apr,
            debt.term_months?,
            Decimal::ZERO,
        )),
    }
}

/// A negotiated plan's schedule on `balance + fee` (row 1 includes the down payment).
pub fn negotiated_schedule(balance: Money, n: &Negotiated) -> Schedule {
    annuity(
        balance.saturating_add(n.fee),
        n.apr,
        n.months,
        n.down_payment,
    )
}

fn annuity(principal: Money, apr: Rate, n: u32, down: Money) -> Schedule {
    let n = n.max(1);
    let r = apr.percent() / Decimal::from(1200);
    let flat = round_cents(principal / Decimal::from(n));
    let payment = if r.is_zero() {
        flat
    } else {
        (Decimal::ONE + r)
            .checked_powu(u64::from(n))
            .and_then(|f| {
                principal
                    .checked_mul(r)?
                    .checked_mul(f)?
                    .checked_div(f - Decimal::ONE)
            })
            .map_or(flat, round_cents)
    };
    let mut rows = Vec::new();
    let mut balance = principal;
    for period in 1..=n {
        if balance <= Decimal::ZERO {
            break;
        }
        let interest = apr.of(balance, 12);
        let due = balance + interest;
        let mut pay = if period == n { due } else { payment.min(due) };
        if period == 1 {
            pay = (pay + down).min(due);
        }
        balance = due - pay;
        rows.push(Row {
            period,
            payment: pay,
            interest,
            principal: pay - interest,
            balance,
        });
    }
    let total_paid = rows.iter().map(|r| r.payment).sum();
    let total_interest = rows.iter().map(|r| r.interest).sum();
    Schedule {
        rows,
        payment,
        total_interest,
        total_paid,
        true_apr: apr.percent(),
    }
}
