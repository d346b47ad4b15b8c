//! Named what-ifs (SPEC §8 `[[scenarios]]`): a scenario's changes applied to a copy of the
//! file's data, for plans, compare and the cash walk to run on unchanged.

use chrono::{Datelike, NaiveDate};

use crate::due::{EventKind, cash_walk};
use crate::engine::Strategy;
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

/// A due date the cash on hand would not cover.
#[derive(Clone, Debug, PartialEq)]
pub struct Missed {
    pub date: NaiveDate,
    pub debt: String,
    /// How much the cash just before it falls short.
    pub short: Money,
}

/// The due dates after `today` up to `until` that the cash walk finds short (SPEC §4.2): the
/// ones an income stop, say, would miss.
pub fn missed_dues(data: &Data, today: NaiveDate, until: NaiveDate) -> Vec<Missed> {
    cash_walk(data, today, today, until)
        .into_iter()
        .filter(|e| e.kind == EventKind::Due)
        .filter_map(|e| {
            let short = e.due.and_then(|d| d.short)?;
            Some(Missed {
                date: e.date,
                debt: e.name.to_string(),
                short,
            })
        })
        .collect()
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
    use crate::engine::{self, Params};
    use crate::ledger::Ledger;
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
