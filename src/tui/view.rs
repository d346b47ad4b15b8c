//! What the screens show, computed from the file and the what-if inputs when they change (never
//! per frame): warnings, plans, the calendar. Rendering only reads it.

use chrono::{Days, NaiveDate};
use rust_decimal::prelude::ToPrimitive;

use crate::due::{self, EventKind, LateHistory, Rescue, Warning, WarningKind};
use crate::engine::{self, Params, Plan, PlanError, Strategy};
use crate::ledger::Ledger;
use crate::model::{Data, Negotiated, Scenario};
use crate::money::Money;
use crate::negotiation::{WhatIf, what_if};
use crate::present::{explain, shown};
use crate::scenario::Compared;

/// Days the calendar looks ahead, today included.
pub const CALENDAR_DAYS: u64 = 60;
/// Days the dashboard's "next days" panel looks ahead, today included.
pub const NEXT_DAYS: u64 = 14;

/// A day's money movement, owned (the calendar outlives the borrow of the file).
#[derive(Clone, Debug, PartialEq)]
pub struct CalRow {
    pub date: NaiveDate,
    pub kind: EventKind,
    pub name: String,
    /// Signed: income positive, money out negative.
    pub amount: Money,
    pub cash_after: Money,
    /// For a due date: whether it is paid, and how much cash it is short.
    pub met: bool,
    pub short: Option<Money>,
    /// For a due date: what it asks (what was paid of it, once it is met).
    pub due_amount: Money,
}

/// Where a debt stands today, for the Debts table.
#[derive(Clone, Debug, PartialEq)]
pub enum DebtStatus {
    Overdue(i64),
    Grace(NaiveDate),
    Short(Money),
    /// Its next due date is already paid.
    Paid,
    InDays(i64),
    /// Nothing due ahead (paid off, or nothing tracked).
    Nothing,
}

/// A debt's next due date and status.
#[derive(Clone, Debug, PartialEq)]
pub struct DebtRow {
    /// The oldest due date still unpaid (late or not), else the next one from today.
    pub next_due: Option<NaiveDate>,
    /// What is still to pay of it (its whole amount once it is paid).
    pub due_amount: Money,
    pub status: DebtStatus,
    pub payments: usize,
}

/// Everything derived from the file for a day.
#[derive(Clone, Debug)]
pub struct View {
    pub warnings: Vec<Warning>,
    pub rescue: Option<Rescue>,
    /// Each debt's late months (SPEC §7.4), for what its warnings mean.
    pub late: Vec<LateHistory>,
    pub calendar: Vec<CalRow>,
    pub cash_today: Money,
    /// What all debts owe now, by the ledger.
    pub owed: Money,
    /// What each debt owes now, by the ledger: the file's balance, its interest so far and the
    /// payments recorded ([`engine::balances_now`]).
    pub balances: Vec<Money>,
    /// What "this month" asks: [`due::month_dues`], the one figure the Dashboard and the Budget
    /// screen show.
    pub month_dues: Money,
    pub debts: Vec<DebtRow>,
    /// The file's monthly budget for debts.
    pub base_budget: Money,
    /// Every strategy at the what-if budget.
    pub compare: Vec<(Strategy, Result<Plan, PlanError>)>,
    /// The chosen strategy at the what-if budget, with its schedule.
    pub plan: Result<Plan, PlanError>,
    /// The file's own plan: its strategy at its budget, what the Dashboard shows whatever the
    /// Plan screen's what-if is.
    pub kept: Result<Plan, PlanError>,
    pub what_if: Option<WhatIf>,
    /// The negotiation what-if waits for its screen: worked out when the Negotiate screen
    /// shows ([`View::show_what_if`]), not on every what-if keystroke elsewhere.
    pub what_if_pending: bool,
    /// Each strategy's total owed by month, as chart points (month, owed): plot coordinates,
    /// not money.
    pub plot: Vec<(Strategy, Vec<(f64, f64)>)>,
    /// What the log says happened up to today: every plan starts from it.
    pub ledger: Ledger,
    /// Why each month of [`View::plan`] pays as it does (the Plan screen's `e`).
    pub explain: Vec<explain::Month>,
    /// The Scenarios screen's rows: worked out when that screen is shown, not before
    /// ([`View::show_scenarios`]), and again after each change.
    pub scenarios: Option<ScenarioRows>,
}

/// The Scenarios screen's rows, side by side as `compare --scenario` puts them.
#[derive(Clone, Debug)]
pub struct ScenarioRows {
    /// The file as it is.
    pub base: Compared,
    /// The Plan screen's what-if budget and strategy, when either differs from the file's.
    pub what_if: Option<Compared>,
    /// Each `[[scenarios]]`, in file order.
    pub scenarios: Vec<Compared>,
}

impl View {
    /// The file's view for `today`; plans at `budget` under `strategy`; the Negotiate screen's
    /// proposal for debt `nego.0`.
    pub fn new(
        data: &Data,
        today: NaiveDate,
        strategy: Strategy,
        budget: Money,
        nego: Option<(usize, &Negotiated)>,
    ) -> View {
        // What `check` says, from one due ledger (each loan's installments worked out once).
        let due::Checkup {
            warnings,
            rescue,
            late,
        } = due::checkup(data, today, data.budget.remind_days);
        let end = today
            .checked_add_days(Days::new(CALENDAR_DAYS - 1))
            .unwrap_or(today);
        let calendar = due::cash_walk(data, today, today, end)
            .into_iter()
            .map(|e| CalRow {
                date: e.date,
                kind: e.kind,
                name: shown(e.name).into_owned(),
                amount: e.amount,
                cash_after: e.cash_after,
                met: e.due.as_ref().is_some_and(|d| d.is_met()),
                short: e.due.as_ref().and_then(|d| d.short),
                due_amount: e.due.as_ref().map_or(Money::ZERO, |d| d.amount),
            })
            .collect();
        let debts = debt_rows(data, today, &warnings);
        let ledger = Ledger::new(data, today);
        // What is owed today counts the payments made so far, not those set aside for later.
        let mut past = data.clone();
        past.payments.retain(|p| p.date <= today);
        let balances = engine::balances_now(&past.debts, &Ledger::new(&past, today));
        let mut view = View {
            cash_today: due::cash_on(data, today, today),
            owed: balances.iter().sum(),
            balances,
            month_dues: due::month_dues(data, today),
            base_budget: data.budget.monthly_budget(),
            warnings,
            rescue,
            late,
            calendar,
            debts,
            compare: Vec::new(),
            plan: Err(PlanError::BelowMinimums {
                budget: Money::ZERO,
                minimums: Money::ZERO,
            }),
            what_if: None,
            what_if_pending: true,
            kept: engine::plan(
                &data.debts,
                Params {
                    keep_schedule: false,
                    ..Params::of(data, data.budget.strategy(), &ledger)
                },
            ),
            plot: Vec::new(),
            ledger,
            scenarios: None,
            explain: Vec::new(),
        };
        view.replan(data, strategy, budget, nego);
        view
    }

    /// Recomputes the plans and the negotiation what-if only: what a what-if keystroke changes.
    pub fn replan(
        &mut self,
        data: &Data,
        strategy: Strategy,
        budget: Money,
        nego: Option<(usize, &Negotiated)>,
    ) {
        let params = Params {
            budget,
            ..Params::of(data, strategy, &self.ledger)
        };
        self.compare = engine::compare(&data.debts, params);
        self.plan = self
            .compared(strategy)
            .cloned()
            .unwrap_or_else(|| engine::plan(&data.debts, params));
        self.explain = match &self.plan {
            Ok(plan) => explain::months(plan, &data.debts, &self.ledger),
            Err(_) => Vec::new(),
        };
        // The what-if row follows the budget and strategy: worked out again when shown.
        self.scenarios = None;
        self.what_if = None;
        self.what_if_pending = true;
        self.show_what_if(data, strategy, budget, nego);
        self.plot = self
            .compare
            .iter()
            .filter_map(|(s, r)| r.as_ref().ok().map(|p| (*s, plot_points(p))))
            .collect();
    }

    /// Works out the negotiation what-if for debt `nego.0` (`None`: its screen is not shown),
    /// unless it is.
    pub fn show_what_if(
        &mut self,
        data: &Data,
        strategy: Strategy,
        budget: Money,
        nego: Option<(usize, &Negotiated)>,
    ) {
        let Some((i, n)) = nego.filter(|_| self.what_if_pending) else {
            return;
        };
        let params = Params {
            budget,
            ..Params::of(data, strategy, &self.ledger)
        };
        let now = self.compared(Strategy::Avalanche).cloned();
        self.what_if = what_if(&data.debts, i, n, params, now);
        self.what_if_pending = false;
    }

    /// Works out the Scenarios screen's rows, unless they are: the what-if row from `strategy`
    /// and `budget` (the Plan screen's).
    pub fn show_scenarios(
        &mut self,
        data: &Data,
        today: NaiveDate,
        strategy: Strategy,
        budget: Money,
    ) {
        if self.scenarios.is_some() {
            return;
        }
        let changed = Scenario {
            budget: (budget != self.base_budget).then_some(budget),
            strategy: (strategy != data.budget.strategy()).then_some(strategy),
            ..Scenario::default()
        };
        let what_if = (changed != Scenario::default())
            .then(|| Compared::of(data, Some(&changed), today, None, false));
        self.scenarios = Some(ScenarioRows {
            base: Compared::of(data, None, today, None, false),
            what_if,
            scenarios: data
                .scenarios
                .iter()
                .map(|s| Compared::of(data, Some(s), today, None, false))
                .collect(),
        });
    }

    /// The plan of a strategy in the comparison.
    pub fn compared(&self, strategy: Strategy) -> Option<&Result<Plan, PlanError>> {
        self.compare
            .iter()
            .find(|(s, _)| *s == strategy)
            .map(|(_, r)| r)
    }
}

/// A plan's total owed by month as chart points.
fn plot_points(plan: &Plan) -> Vec<(f64, f64)> {
    (0..=plan.months)
        .map(|m| {
            let plot_y = plan.total_owed(m).to_f64().unwrap_or(0.0);
            (f64::from(m), plot_y)
        })
        .collect()
}

fn debt_rows(data: &Data, today: NaiveDate, warnings: &[Warning]) -> Vec<DebtRow> {
    let until = today.checked_add_days(Days::new(62)).unwrap_or(today);
    let dues = due::dues(data, today, until);
    (0..data.debts.len())
        .map(|i| {
            let next = dues
                .iter()
                .find(|d| d.debt == i && !d.is_met())
                .or_else(|| dues.iter().find(|d| d.debt == i && d.date >= today));
            let urgent = warnings
                .iter()
                .filter(|w| w.debt == i)
                .min_by_key(|w| (w.level(), w.due));
            let status = match (urgent, next) {
                (Some(w), _) => match w.kind {
                    WarningKind::Overdue { days_overdue, .. } => DebtStatus::Overdue(days_overdue),
                    WarningKind::Grace { pay_by } => DebtStatus::Grace(pay_by),
                    WarningKind::Shortfall { short, .. } => DebtStatus::Short(short),
                    WarningKind::DueSoon { days } => DebtStatus::InDays(days),
                },
                (None, Some(d)) if d.is_met() => DebtStatus::Paid,
                (None, Some(d)) if d.date < today => DebtStatus::InDays(0),
                (None, Some(d)) => DebtStatus::InDays((d.date - today).num_days()),
                (None, None) => DebtStatus::Nothing,
            };
            DebtRow {
                next_due: next.map(|d| d.date),
                due_amount: next.map_or(
                    Money::ZERO,
                    |d| {
                        if d.is_met() { d.amount } else { d.unpaid }
                    },
                ),
                status,
                payments: data
                    .payments
                    .iter()
                    .filter(|p| p.debt == data.debts[i].name)
                    .count(),
            }
        })
        .collect()
}
