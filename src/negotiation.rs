//! "What if I negotiate this debt?" (协商分期): one debt's plan, its true cost, and what it does
//! to the whole household's plan. Shared by `payoff negotiate` and the TUI's Negotiate screen.

use crate::engine::{self, Params, Plan, PlanError, Strategy};
use crate::installment::{Schedule, negotiated_schedule};
use crate::model::{Debt, Negotiated};
use crate::money::{Money, Rate};

/// Everything the what-if shows.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    /// The debt's plan on its own: installments, total paid, true APR against the balance.
    pub schedule: Schedule,
    /// The household's plan as the file stands (avalanche, no negotiated plan in force).
    pub now: Result<Plan, PlanError>,
    /// The household's plan with this negotiated plan in force (the `negotiated` strategy).
    pub with: Result<Plan, PlanError>,
    /// What month 1 needs with the plan in force: every minimum, the installment and the
    /// down payment.
    pub minimums: Money,
    /// The monthly budget it is judged against.
    pub budget: Money,
    /// What the debt owes now: the plan's cost is what it pays over this.
    pub balance: Money,
    /// The plan's one-time fee.
    pub fee: Money,
    /// What breaking the plan after [`default_break_after`] installments would leave.
    pub broken: Option<Broken>,
}

impl WhatIf {
    /// Whether the budget covers month 1 with the plan in force.
    pub fn fits(&self) -> bool {
        self.minimums <= self.budget
    }

    /// What the plan costs over the balance: its interest and its fee.
    pub fn cost(&self) -> Money {
        self.schedule.total_interest + self.fee
    }

    /// What the household saves with the plan in force against the plan as the file stands:
    /// interest and fees (the plan's fee, the overdue costs) of the one less the other;
    /// negative when it costs more, `None` when either plan fails.
    pub fn saved(&self) -> Option<Money> {
        let (now, with) = (self.now.as_ref().ok()?, self.with.as_ref().ok()?);
        Some(now.total_interest + now.total_fees - with.total_interest - with.total_fees)
    }
}

/// What breaking a negotiated plan leaves: the balance, on which the debt's own rate returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Broken {
    /// The installments paid before it breaks.
    pub after: u32,
    /// The balance left.
    pub left: Money,
    /// A month's interest on it at `apr` ([`Rate::monthly_interest`]).
    pub monthly_interest: Money,
    /// The debt's own rate, percent a year.
    pub apr: Rate,
}

/// Breaking `schedule` after `after` installments: the balance left and the month's interest
/// that returns on it at the debt's `apr`. `None` for 0 installments, or when the plan has
/// nothing left by then.
pub fn broken_after(schedule: &Schedule, after: u32, apr: Rate) -> Option<Broken> {
    let row = schedule
        .rows
        .get(usize::try_from(after).ok()?.checked_sub(1)?)?;
    (row.balance > Money::ZERO).then(|| Broken {
        after,
        left: row.balance,
        monthly_interest: apr.monthly_interest(row.balance),
        apr,
    })
}

/// Where a what-if shows the plan broken: after 12 installments, or one before the last of a
/// shorter plan; nowhere for a plan of one installment.
pub fn default_break_after(months: u32) -> Option<u32> {
    (months > 1).then(|| (months - 1).min(12))
}

/// The what-if of putting `debts[index]` on `plan`, all other debts as they are (other
/// negotiated plans stay in force in `with`). `now` is the avalanche plan at the same budget
/// when the caller has it already (`compare` made it).
pub fn what_if(
    debts: &[Debt],
    index: usize,
    plan: &Negotiated,
    params: Params,
    now: Option<Result<Plan, PlanError>>,
) -> Option<WhatIf> {
    let debt = debts.get(index)?;
    let mut changed = debts.to_vec();
    changed[index].negotiated = Some(plan.clone());
    let now_params = Params {
        strategy: Strategy::Avalanche,
        ..params
    };
    let with_params = Params {
        strategy: Strategy::Negotiated,
        ..params
    };
    let schedule = negotiated_schedule(debt.balance, plan);
    let broken =
        default_break_after(plan.months).and_then(|after| broken_after(&schedule, after, debt.apr));
    Some(WhatIf {
        schedule,
        now: now.unwrap_or_else(|| engine::plan(debts, now_params)),
        with: engine::plan(&changed, with_params),
        minimums: engine::first_minimums(&changed, Strategy::Negotiated),
        budget: params.budget,
        balance: debt.balance,
        fee: plan.fee,
        broken,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Ledger;
    use chrono::NaiveDate;
    use rust_decimal::dec;

    #[test]
    fn breaking_a_plan_brings_the_interest_back_on_what_is_left() {
        // 8450.30 over 60 at 0 %: 8450.30 / 60 = 140.838... -> 140.84 a month. Broken after
        // 12: 8450.30 - 12 * 140.84 = 6760.22 left, and at 18.25 % a year the interest returns
        // at 6760.22 * 18.25 / 1200 = 102.8117 -> 102.81 a month.
        let plan = Negotiated {
            months: 60,
            apr: Rate::ZERO,
            fee: dec!(0),
            down_payment: dec!(0),
        };
        let s = negotiated_schedule(dec!(8450.30), &plan);
        assert_eq!(s.payment, dec!(140.84));
        let apr = Rate::new(dec!(18.25));
        let b = broken_after(&s, 12, apr);
        assert_eq!(
            b,
            Some(Broken {
                after: 12,
                left: dec!(6760.22),
                monthly_interest: dec!(102.81),
                apr,
            })
        );
        assert_eq!(broken_after(&s, 0, apr), None);
        assert_eq!(
            broken_after(&s, 60, apr),
            None,
            "nothing left after the last"
        );
        assert_eq!(broken_after(&s, 61, apr), None);
    }

    #[test]
    fn the_default_break_is_a_year_in_or_before_the_last() {
        assert_eq!(default_break_after(60), Some(12));
        assert_eq!(default_break_after(13), Some(12));
        assert_eq!(default_break_after(12), Some(11));
        assert_eq!(default_break_after(2), Some(1));
        assert_eq!(default_break_after(1), None);
        assert_eq!(default_break_after(0), None);
    }

    #[test]
    fn the_fee_is_in_the_cost_and_in_the_saving() {
        // A 1290 card at 18.25 % paying 129 a month costs 120.01 of interest over 11 months
        // (Python, month by month: 19.62, 18.03, ...). A plan of 1290 + 100 fee over 12 at 0 %
        // costs the fee, 100.00: it saves 120.01 - 100.00 = 20.01, not the 120.01 of interest
        // alone.
        let card = Debt::card("Card", dec!(1290), dec!(18.25), dec!(129), 10);
        let ledger = Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"));
        let params = Params {
            strategy: Strategy::Avalanche,
            budget: dec!(129),
            ledger: &ledger,
            keep_schedule: false,
        };
        let plan = Negotiated {
            months: 12,
            apr: Rate::ZERO,
            fee: dec!(100),
            down_payment: dec!(0),
        };
        let w = what_if(std::slice::from_ref(&card), 0, &plan, params, None).expect("a debt");
        assert_eq!(w.cost(), dec!(100));
        let (now, with) = (w.now.clone().expect("now"), w.with.clone().expect("with"));
        assert_eq!(with.total_interest, dec!(0));
        assert_eq!(with.total_fees, dec!(100));
        assert_eq!(now.total_interest, dec!(120.01));
        assert_eq!(w.saved(), Some(dec!(20.01)));
        // 1390 / 12 = 115.83; broken after 11: 1390 - 11 * 115.83 = 115.87 left, at 18.25 %
        // 115.87 * 18.25 / 1200 = 1.762... -> 1.76 a month.
        let b = w.broken.expect("a break");
        assert_eq!(
            (b.after, b.left, b.monthly_interest),
            (11, dec!(115.87), dec!(1.76))
        );
    }
}
