//! "What if I negotiate this debt?" (协商分期): one debt's plan, its true cost, and what it does
//! to the whole household's plan. Shared by `payoff negotiate` and the TUI's Negotiate screen.

use crate::engine::{self, Params, Plan, PlanError, Strategy};
use crate::installment::{Schedule, negotiated_schedule};
use crate::model::{Debt, Negotiated};
use crate::money::Money;

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
}

impl WhatIf {
    /// Whether the budget covers month 1 with the plan in force.
    pub fn fits(&self) -> bool {
        self.minimums <= self.budget
    }
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
    Some(WhatIf {
        schedule: negotiated_schedule(debt.balance, plan),
        now: now.unwrap_or_else(|| engine::plan(debts, now_params)),
        with: engine::plan(&changed, with_params),
        minimums: engine::first_minimums(&changed, Strategy::Negotiated),
        budget: params.budget,
        balance: debt.balance,
    })
}
