//! Named what-ifs (SPEC §8 `[[scenarios]]`): a scenario's changes applied to a copy of the
//! file's data, for plans, compare and the cash walk to run on unchanged.

use chrono::{Datelike, NaiveDate};

use crate::due::{EventKind, Rescue, Warning, WarningKind, rescue, shortfalls};
use crate::engine::{self, Params, Plan, PlanError, Strategy};
use crate::ledger::Ledger;
use crate::lender::{PenaltyBase, late_fee, penalty};
use crate::model::{Data, Scenario, YearMonth};
use crate::money::Money;

/// The data as `scenario` changes it; `data` itself is never touched.
///
/// - `budget` sets `monthly_for_debts`; `strategy` the strategy plans use.
/// - `extra` and `once` come beside the file's own.
/// - `income_stop`: no income line (monthly or yearly) arrives in those months, so in plans a
///   budget of income less expenses drops by it and in the cash walk the salary never comes.
/// - `leave_out`: those debts are gone, with their payments and the extra payments for them.
/// - `negotiated`: that debt gets the plan (no down payment); with no `strategy` of its own
///   the scenario is then planned under `negotiated`, the strategy that follows such plans.
pub fn apply(data: &Data, scenario: &Scenario) -> Data {
    let mut out = data.clone();
    let budget = &mut out.budget;
    if let Some(b) = scenario.budget {
        budget.monthly_for_debts = Some(b);
    }
    if let Some(s) = scenario.strategy {
        budget.strategy = Some(s);
    }
    budget.extra.extend(scenario.extra.iter().cloned());
    budget.once.extend(scenario.once.iter().cloned());
    if let Some(stop) = scenario.income_stop {
        budget.income_stop = Some(stop);
    }
    if let Some((name, plan)) = &scenario.negotiated {
        if let Some(debt) = out.debts.iter_mut().find(|d| &d.name == name) {
            debt.negotiated = Some(plan.clone());
        }
        if scenario.strategy.is_none() {
            out.budget.strategy = Some(Strategy::Negotiated);
        }
    }
    let left_out = |name: &str| scenario.leave_out.iter().any(|n| n == name);
    out.debts.retain(|d| !left_out(&d.name));
    out.payments.retain(|p| !left_out(&p.debt));
    out.budget
        .extra
        .retain(|e| e.debt.as_deref().is_none_or(|n| !left_out(n)));
    out
}

/// Every strategy's plan of one set of data.
pub type Plans = Vec<(Strategy, Result<Plan, PlanError>)>;

/// The file, or a scenario of it, as `compare --scenario` and the Scenarios screen put them
/// side by side: the data it plans, every strategy's plan and the dues it would miss.
#[derive(Clone, Debug)]
pub struct Compared {
    /// The scenario's name; empty for the file itself.
    pub name: String,
    pub data: Data,
    pub plans: Plans,
    pub missed: Vec<Missed>,
}

impl Compared {
    /// The file as it is (`scenario` `None`) or as `scenario` changes it, on `today`;
    /// `budget` stands for the file's (and for a scenario's that sets none). With `every`, every
    /// strategy's plan (the JSON lists them all); else only the one it plans with, which is
    /// all the side by side shows.
    pub fn of(
        data: &Data,
        scenario: Option<&Scenario>,
        today: NaiveDate,
        budget: Option<Money>,
        every: bool,
    ) -> Compared {
        let (name, data) = match scenario {
            Some(s) => (s.name.clone(), apply(data, s)),
            None => (String::new(), data.clone()),
        };
        let budget = budget.filter(|_| scenario.is_none_or(|s| s.budget.is_none()));
        let until = watch_until(&data, today);
        let plans = match every {
            true => plans(&data, today, budget),
            false => vec![chosen_plan(&data, today, budget)],
        };
        Compared {
            name,
            plans,
            missed: missed_dues(&data, today, until),
            data,
        }
    }

    /// The strategy it plans with (the scenario's, else the file's) and that plan.
    pub fn chosen(&self) -> (Strategy, Option<&Result<Plan, PlanError>>) {
        let strategy = self.data.budget.strategy();
        let plan = self.plans.iter().find(|(s, _)| *s == strategy);
        (strategy, plan.map(|(_, r)| r))
    }
}

/// Every strategy's plan of `data` on `today`, with `budget` for the file's when given; no
/// month-by-month schedule is kept.
pub fn plans(data: &Data, today: NaiveDate, budget: Option<Money>) -> Plans {
    let ledger = Ledger::new(data, today);
    engine::compare(
        &data.debts,
        params(data, Strategy::Avalanche, &ledger, budget),
    )
}

/// The plan of the strategy `data` plans with, as [`plans`] makes it.
fn chosen_plan(
    data: &Data,
    today: NaiveDate,
    budget: Option<Money>,
) -> (Strategy, Result<Plan, PlanError>) {
    let ledger = Ledger::new(data, today);
    let strategy = data.budget.strategy();
    let plan = engine::plan(&data.debts, params(data, strategy, &ledger, budget));
    (strategy, plan)
}

/// The plans' parameters: no schedule kept, `budget` for the file's when given.
fn params<'l>(
    data: &Data,
    strategy: Strategy,
    ledger: &'l Ledger,
    budget: Option<Money>,
) -> Params<'l> {
    let mut params = Params {
        keep_schedule: false,
        ..Params::of(data, strategy, ledger)
    };
    if let Some(b) = budget {
        params.budget = b;
    }
    params
}

/// A due date the cash on hand would not cover, and what missing it would cost (SPEC §7.3).
#[derive(Clone, Debug, PartialEq)]
pub struct Missed {
    pub date: NaiveDate,
    /// The debt's index in the data the walk ran on.
    pub index: usize,
    pub debt: String,
    /// How much the cash just before it falls short.
    pub short: Money,
    /// What the penalty runs on (SPEC §7.3): the short part, or for a `bill` base the whole
    /// bill less what the cash covered.
    pub base: Money,
    /// The first day the cash walk is back at or above 0, everything due up to it paid: the
    /// day the short part is paid, late. `None` when that is not before the watch ends.
    pub paid_on: Option<NaiveDate>,
    /// The days from the due date to `paid_on` (or to the end of the watch).
    pub days_late: i64,
    /// Whether those days pass the debt's grace: only then does it cost anything, and reach
    /// the credit report.
    pub past_grace: bool,
    /// The penalty on the short part's base for those days, and the late fee on the short
    /// part of the minimum; both 0 when it is paid within the debt's grace.
    pub penalty: Money,
    pub late_fee: Money,
}

impl Missed {
    /// The penalty and the late fee together.
    pub fn cost(&self) -> Money {
        self.penalty.saturating_add(self.late_fee)
    }

    /// The day its cost is counted to: `paid_on`, or the end of the watch.
    pub fn counted_to(&self) -> NaiveDate {
        let days = u64::try_from(self.days_late).unwrap_or(0);
        self.date
            .checked_add_days(chrono::Days::new(days))
            .unwrap_or(self.date)
    }
}

/// What all of `missed` cost together.
pub fn missed_cost(missed: &[Missed]) -> Money {
    missed
        .iter()
        .fold(Money::ZERO, |sum, m| sum.saturating_add(m.cost()))
}

/// The due dates after `today` up to `until` that the cash walk finds short (SPEC §4.2): the
/// ones an income stop, say, would miss. Each is taken as paid on the first day the walk's
/// cash is back at or above 0 (it counts every due as paid, so then all of them are), and
/// costs what its lender charges for those days (SPEC §7.3): past its grace, the penalty on
/// the base of what was short (a `bill` base: the whole bill less what the cash covered) and
/// the late fee on the short minimum.
pub fn missed_dues(data: &Data, today: NaiveDate, until: NaiveDate) -> Vec<Missed> {
    let (missed, walk) = shortfalls(data, today, until);
    // Each due's place in the walk, and from each place the first later day the cash is back
    // at or above 0: one pass each way, however many dues are missed.
    let place: std::collections::HashMap<(usize, NaiveDate), usize> = walk
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventKind::Due)
        .filter_map(|(k, e)| Some(((e.debt?, e.date), k)))
        .collect();
    let mut back: Vec<Option<NaiveDate>> = vec![None; walk.len()];
    let mut next = None;
    for (k, e) in walk.iter().enumerate().rev() {
        back[k] = next;
        if e.cash_after >= Money::ZERO {
            next = Some(e.date);
        }
    }
    missed
        .into_iter()
        .filter_map(|w| {
            let WarningKind::Shortfall { short, .. } = w.kind else {
                return None;
            };
            let debt = data.debts.get(w.debt)?;
            let at = *place.get(&(w.debt, w.due))?;
            let paid_on = back.get(at).copied().flatten();
            let days_late = (paid_on.unwrap_or(until) - w.due).num_days();
            let past_grace = days_late > i64::from(debt.grace_days);
            let base = match debt.penalty_base {
                PenaltyBase::Bill => w.base.saturating_sub(w.amount.saturating_sub(short)),
                PenaltyBase::Due | PenaltyBase::Principal => w.base.min(short),
            }
            .max(Money::ZERO);
            let (penalty, late_fee) = if past_grace {
                (penalty(debt, base, days_late), late_fee(debt, short))
            } else {
                (Money::ZERO, Money::ZERO)
            };
            Some(Missed {
                date: w.due,
                index: w.debt,
                debt: debt.name.clone(),
                short,
                base,
                paid_on,
                days_late,
                past_grace,
                penalty,
                late_fee,
            })
        })
        .collect()
}

/// The order to pay a month's missed dues in with the cash there is, by `check`'s rescue
/// rules (soonest end of grace first, to keep them off the credit report; then the dearest a
/// day): one [`Rescue`] a month, as on the day before its first missed due.
pub fn rescue_by_month(data: &Data, missed: &[Missed]) -> Vec<(YearMonth, NaiveDate, Rescue)> {
    let mut out = Vec::new();
    for month in missed.chunk_by(|a, b| YearMonth::of(a.date) == YearMonth::of(b.date)) {
        let Some(first) = month.first() else {
            continue;
        };
        let day = first.date.pred_opt().unwrap_or(first.date);
        let warnings: Vec<Warning> = month
            .iter()
            .map(|m| Warning {
                debt: m.index,
                due: m.date,
                amount: m.short,
                base: m.base,
                kind: WarningKind::Shortfall {
                    days: (m.date - day).num_days(),
                    short: m.short,
                },
            })
            .collect();
        if let Some(r) = rescue(data, day, &warnings) {
            out.push((YearMonth::of(first.date), day, r));
        }
    }
    out
}

/// How far the missed dues are looked for: a year from `today`, or to the month after an
/// income stop ends if that is later (the dues a stop puts at risk come up to then).
pub fn watch_until(data: &Data, today: NaiveDate) -> NaiveDate {
    let year = YearMonth::of(today).plus(12).day(today.day());
    let after_stop = data.budget.income_stop.map(|s| {
        let months = i32::try_from(s.months).unwrap_or(i32::MAX);
        s.from.plus(months).last()
    });
    after_stop.map_or(year, |a| a.max(year))
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::model::{Debt, Extra, Flow, IncomeStop, Negotiated, Once, OnceKind, YearMonth};
    use crate::money::Rate;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    /// Two cards at 0 %, minimum 100, due on the 10th, as of 2026-11-01: Big 3000 and Small
    /// 1000, 500 a month for debts: 4000 / 500 = 8 months.
    fn two_cards() -> Data {
        let mut d = Data::empty(date("2026-11-01"));
        d.budget.monthly_for_debts = Some(dec!(500));
        for (name, balance) in [("Big", dec!(3000)), ("Small", dec!(1000))] {
            d.debts
                .push(Debt::card(name, balance, dec!(0), dec!(100), 10));
        }
        d
    }

    /// One card of 10000 at 0 %, minimum 100, due on the 10th; salary 3000 on the 1st, rent
    /// 1000 on the 2nd: a budget of income less expenses, 2000 a month, 5 months.
    fn salary() -> Data {
        let mut d = Data::empty(date("2026-11-01"));
        let flow = |name: &str, amount, day| Flow {
            name: name.to_string(),
            amount,
            day,
            month: None,
        };
        d.budget.income.push(flow("Salary", dec!(3000), 1));
        d.budget.expenses.push(flow("Rent", dec!(1000), 2));
        d.debts
            .push(Debt::card("Card", dec!(10000), dec!(0), dec!(100), 10));
        d
    }

    /// No salary in 2027-01 and 2027-02.
    fn job_loss_in_january_and_february() -> Scenario {
        let stop = IncomeStop {
            from: YearMonth {
                year: 2027,
                month: 1,
            },
            months: 2,
        };
        Scenario {
            income_stop: Some(stop),
            ..named("job loss")
        }
    }

    fn named(name: &str) -> Scenario {
        Scenario {
            name: name.to_string(),
            budget: None,
            strategy: None,
            extra: Vec::new(),
            once: Vec::new(),
            income_stop: None,
            leave_out: Vec::new(),
            negotiated: None,
        }
    }

    fn months(data: &Data) -> u32 {
        let ledger = Ledger::new(data, data.budget.as_of);
        let params = Params::of(data, data.budget.strategy(), &ledger);
        engine::plan(&data.debts, params).expect("a plan").months
    }

    #[test]
    fn nothing_changed_is_the_base() {
        let d = two_cards();
        assert_eq!(apply(&d, &named("same")), d);
        assert_eq!(months(&d), 8);
    }

    #[test]
    fn a_budget_replaces_the_files() {
        // 4000 at 1000 a month: 4 months.
        let s = Scenario {
            budget: Some(dec!(1000)),
            ..named("more")
        };
        let d = apply(&two_cards(), &s);
        assert_eq!(d.budget.monthly_for_debts, Some(dec!(1000)));
        assert_eq!(months(&d), 4);
    }

    #[test]
    fn a_strategy_replaces_the_files() {
        // Minimums only: 100 + 100 a month, Small done in 10 months, Big in 30.
        let s = Scenario {
            strategy: Some(Strategy::Minimum),
            ..named("slow")
        };
        let d = apply(&two_cards(), &s);
        assert_eq!(d.budget.strategy(), Strategy::Minimum);
        assert_eq!(months(&d), 30);
    }

    #[test]
    fn extras_come_beside_the_files() {
        // 1000 to Big on 11-15 (its 12-10 period, month 2): 4000 - 500 - 1500 = 2000 after
        // month 2, four more months of 500: 6.
        let s = Scenario {
            extra: vec![Extra {
                date: date("2026-11-15"),
                amount: dec!(1000),
                debt: Some("Big".into()),
            }],
            ..named("snowflake")
        };
        let d = apply(&two_cards(), &s);
        assert_eq!(d.budget.extra.len(), 1);
        assert_eq!(months(&d), 6);
    }

    #[test]
    fn a_one_off_income_raises_its_months_budget() {
        // 10000 at 2000 a month: 5 months. A 2000 bonus on 11-05 (the 12-10 period, month 2):
        // 2000 + 4000 + 2000 + 2000 = 10000 in 4 months.
        let s = Scenario {
            once: vec![Once {
                name: "Bonus".into(),
                date: date("2026-11-05"),
                amount: dec!(2000),
                kind: OnceKind::Income,
            }],
            ..named("bonus")
        };
        assert_eq!(months(&salary()), 5);
        assert_eq!(months(&apply(&salary(), &s)), 4);
    }

    #[test]
    fn an_income_stop_drops_the_budget_and_the_salary() {
        // No salary in 2027-01 and 2027-02: those months' budgets (months 3 and 4, the
        // 01-10 and 02-10 periods, the salary on the 1st) are 2000 - 3000, so 0: the card gets
        // its minimum of 100 each. 2000 + 2000 + 100 + 100 = 4200 after month 4, 5800 left:
        // 2000, 2000, 1800, 7 months.
        let s = job_loss_in_january_and_february();
        let d = apply(&salary(), &s);
        assert_eq!(months(&d), 7);
        // The cash walk: 0 on hand; 3000 - 1000 a month until the salary stops, the 100 due
        // each month taken too: 1900 after 11-10, 3800 after 12-10; then no salary: -1000 on
        // 01-02 = 2800, -100 = 2700 on 01-10; 1700 on 02-02, 1600 on 02-10; 03-01 salary.
        let cash = |day: &str| crate::due::cash_on(&d, date("2026-11-01"), date(day));
        assert_eq!(cash("2026-12-31"), dec!(3800));
        assert_eq!(cash("2027-02-28"), dec!(1600));
        assert_eq!(cash("2027-03-01"), dec!(4600));
        assert!(missed_dues(&d, date("2026-11-01"), date("2027-03-31")).is_empty());
    }

    #[test]
    fn an_income_stop_with_no_savings_misses_the_dues_in_it() {
        // Rent 2900: each month 3000 - 2900 = 100 is left, just the 100 due on the 10th, so
        // the base misses nothing. Without the salary of 2027-01 and 2027-02, the rent takes
        // the cash below 0 on 01-02 and both dues on the 10th are 100 short (nothing on hand).
        let mut base = salary();
        base.budget.expenses[0].amount = dec!(2900);
        let (today, until) = (date("2026-11-01"), date("2027-03-31"));
        assert!(missed_dues(&base, today, until).is_empty());
        let s = job_loss_in_january_and_february();
        let missed = missed_dues(&apply(&base, &s), today, until);
        let got: Vec<_> = missed
            .iter()
            .map(|m| (m.date.to_string(), m.debt.as_str(), m.short))
            .collect();
        assert_eq!(
            got,
            [
                ("2027-01-10".to_string(), "Card", dec!(100)),
                ("2027-02-10".to_string(), "Card", dec!(100)),
                // The salary is back on 03-01, but -6000 + 3000 - 2900 leaves nothing on hand.
                ("2027-03-10".to_string(), "Card", dec!(100)),
            ]
        );
    }

    /// `salary()` with rent 2900 (100 left a month, the 100 due) and the card charging 0.05 %
    /// a day and a late fee of 10 past 3 days' grace.
    fn tight_salary() -> Data {
        let mut d = salary();
        d.budget.expenses[0].amount = dec!(2900);
        let card = &mut d.debts[0];
        card.grace_days = 3;
        card.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        card.late_fee_min = dec!(10);
        d
    }

    #[test]
    fn a_missed_due_costs_its_penalty_and_late_fee_until_the_cash_is_back() {
        // No salary in 2027-01 only: -2900 on 01-02 and the 01-10 due 100 short; the salary of
        // 02-01 brings -3000 to 0: paid then, 22 days late: 100 x 0.05 % x 22 = 1.10, and the
        // late fee 10. With no savings each later month is short too: the rent takes 0 to
        // -2900 on the 2nd, the due -3000 on the 10th, the next salary back to 0 on the 1st.
        // February's is paid 03-01, 19 days late: 0.95; March's is still unpaid at the end of
        // the watch (03-31): 21 days, 1.05 so far.
        let mut s = job_loss_in_january_and_february();
        s.income_stop = s.income_stop.map(|i| IncomeStop { months: 1, ..i });
        let d = apply(&tight_salary(), &s);
        let missed = missed_dues(&d, date("2026-11-01"), date("2027-03-31"));
        let got: Vec<_> = missed
            .iter()
            .map(|m| {
                (
                    m.date.to_string(),
                    m.paid_on,
                    m.days_late,
                    m.penalty,
                    m.late_fee,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "2027-01-10".to_string(),
                    Some(date("2027-02-01")),
                    22,
                    dec!(1.10),
                    dec!(10)
                ),
                (
                    "2027-02-10".to_string(),
                    Some(date("2027-03-01")),
                    19,
                    dec!(0.95),
                    dec!(10)
                ),
                ("2027-03-10".to_string(), None, 21, dec!(1.05), dec!(10)),
            ]
        );
        assert_eq!(missed_cost(&missed), dec!(33.10));
        assert_eq!(missed[2].counted_to(), date("2027-03-31"));
    }

    #[test]
    fn a_due_paid_within_its_grace_costs_nothing() {
        // The salary comes on the 12th, two days after the 10th's due: within 3 days' grace.
        let mut d = tight_salary();
        d.budget.income[0].day = 12;
        let missed = missed_dues(&d, date("2026-11-01"), date("2026-11-30"));
        assert_eq!(missed.len(), 1, "{missed:?}");
        let m = &missed[0];
        assert_eq!((m.paid_on, m.days_late), (Some(date("2026-11-12")), 2));
        assert!(!m.past_grace);
        assert_eq!(m.cost(), dec!(0));
    }

    #[test]
    fn a_months_missed_dues_are_ordered_by_the_rescue_rules() {
        // Two cards due on the 10th with nothing on hand: Slow has 3 days' grace, Quick none, so
        // Quick comes first (its grace ends first: 11-10 against 11-13), whatever the file order.
        let mut d = Data::empty(date("2026-11-01"));
        for (name, grace) in [("Slow", 3), ("Quick", 0)] {
            let mut c = Debt::card(name, dec!(1000), dec!(0), dec!(100), 10);
            c.grace_days = grace;
            d.debts.push(c);
        }
        let missed = missed_dues(&d, date("2026-11-01"), date("2026-11-30"));
        assert_eq!(missed.len(), 2);
        let months = rescue_by_month(&d, &missed);
        let order: Vec<usize> = months[0].2.steps.iter().map(|s| s.debt).collect();
        assert_eq!(order, [1, 0]);
        assert_eq!(months[0].1, date("2026-11-09"));
    }

    #[test]
    fn a_debt_left_out_is_gone_with_its_payments_and_extras() {
        // Without Big: Small's 1000 at 500 a month, 2 months.
        let mut base = two_cards();
        base.budget.extra.push(Extra {
            date: date("2026-11-15"),
            amount: dec!(1000),
            debt: Some("Big".into()),
        });
        base.payments.push(crate::model::Payment {
            debt: "Big".into(),
            date: date("2026-11-01"),
            amount: dec!(100),
        });
        let s = Scenario {
            leave_out: vec!["Big".into()],
            ..named("family pays Big")
        };
        let d = apply(&base, &s);
        assert_eq!(d.debts.len(), 1);
        assert!(d.payments.is_empty() && d.budget.extra.is_empty());
        assert_eq!(months(&d), 2);
    }

    #[test]
    fn a_negotiated_plan_is_planned_under_negotiated() {
        // Big over 30 months at 0 %, no fee: 3000 / 30 = 100 a month, its first due 11-10.
        let plan = Negotiated {
            months: 30,
            apr: Rate::new(dec!(0)),
            fee: dec!(0),
            down_payment: dec!(0),
        };
        let s = Scenario {
            negotiated: Some(("Big".into(), plan.clone())),
            ..named("negotiate Big")
        };
        let d = apply(&two_cards(), &s);
        assert_eq!(d.debts[0].negotiated, Some(plan));
        assert_eq!(d.budget.strategy(), Strategy::Negotiated);
        let dues = crate::due::dues(&d, date("2026-11-01"), date("2026-11-30"));
        assert_eq!((dues[0].debt, dues[0].amount), (0, dec!(100)));
    }
}
