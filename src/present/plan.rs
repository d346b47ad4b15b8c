//! Why there is no plan, in words, with the amounts in the caller's money: a full amount on
//! the command line, one held to a width in the app.

use super::shown;
use crate::engine::PlanError;
use crate::i18n::{Msg, t};
use crate::model::Language;
use crate::money::Money;

/// A plan error in the language: "the budget ¥500.00 is ¥55.00 below the minimums ¥555.00",
/// "never paid off: A, B and C grow faster than they are paid". The names are [`shown`].
pub fn plan_error(lang: Language, e: &PlanError, money: &dyn Fn(Money) -> String) -> String {
    let list = |names: &[String]| match names {
        [] => t(lang, Msg::ErrNothing).to_string(),
        [one] => shown(one).into_owned(),
        [rest @ .., last] => {
            let rest: Vec<_> = rest.iter().map(|n| shown(n)).collect();
            format!(
                "{}{}{}",
                rest.join(&t(lang, Msg::ListSep)),
                t(lang, Msg::CliAnd),
                shown(last)
            )
        }
    };
    match e {
        PlanError::BelowMinimums { budget, minimums } => t(
            lang,
            Msg::ErrBelowMinimums {
                budget: &money(*budget),
                short: &money(*minimums - *budget),
                minimums: &money(*minimums),
            },
        )
        .into_owned(),
        PlanError::NeverPaidOff {
            months,
            debts,
            growing,
        } => match (growing, debts.len()) {
            (true, 1) => t(
                lang,
                Msg::ErrGrowsOne {
                    debts: &list(debts),
                },
            )
            .into_owned(),
            (true, _) => t(
                lang,
                Msg::ErrGrowMany {
                    debts: &list(debts),
                },
            )
            .into_owned(),
            (false, 1) => t(
                lang,
                Msg::ErrStillOwedOne {
                    months: *months,
                    debts: &list(debts),
                },
            )
            .into_owned(),
            (false, _) => t(
                lang,
                Msg::ErrStillOwedMany {
                    months: *months,
                    debts: &list(debts),
                },
            )
            .into_owned(),
        },
    }
}

/// "the plan fails: " and the error, where a plan was expected.
pub fn plan_fails(lang: Language, e: &PlanError, money: &dyn Fn(Money) -> String) -> String {
    t(
        lang,
        Msg::PlanFails {
            why: &plan_error(lang, e, money),
        },
    )
    .into_owned()
}

/// Where the debt-free date would be, in a few words: "budget ¥55.00 short", "never paid off".
pub fn debt_free_cell(lang: Language, e: &PlanError, money: &dyn Fn(Money) -> String) -> String {
    match e {
        PlanError::BelowMinimums { budget, minimums } => t(
            lang,
            Msg::DashBudgetShort {
                short: &money(*minimums - *budget),
            },
        )
        .into_owned(),
        PlanError::NeverPaidOff { .. } => t(lang, Msg::NeverPaidOff).to_string(),
    }
}

/// Why there is no plan as a sentence, for the Plan screen: with no budget what the minimums
/// need, with one below them by how much (then how to set one: `true`); else the plan error.
pub fn no_plan(lang: Language, e: &PlanError, money: &dyn Fn(Money) -> String) -> (String, bool) {
    match e {
        PlanError::BelowMinimums { budget, minimums } if budget.is_zero() => (
            t(
                lang,
                Msg::NoBudget {
                    minimums: &money(*minimums),
                },
            )
            .into_owned(),
            true,
        ),
        PlanError::BelowMinimums { budget, minimums } => (
            t(
                lang,
                Msg::BudgetBelow {
                    budget: &money(*budget),
                    short: &money(*minimums - *budget),
                    minimums: &money(*minimums),
                },
            )
            .into_owned(),
            true,
        ),
        e => (plan_fails(lang, e, money), false),
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;

    fn money(m: Money) -> String {
        crate::money::display(m, "¥")
    }

    fn below() -> PlanError {
        PlanError::BelowMinimums {
            budget: dec!(1500),
            minimums: dec!(2555.5),
        }
    }

    #[test]
    fn below_minimums_in_the_callers_money() {
        assert_eq!(
            plan_error(Language::En, &below(), &money),
            "the budget ¥1,500.00 is ¥1,055.50 below the minimums ¥2,555.50"
        );
        assert_eq!(
            plan_error(Language::Zh, &below(), &money),
            "预算 ¥1,500.00 比最低还款 ¥2,555.50 少 ¥1,055.50"
        );
        // In plain figures it reads as the engine says it (the JSON's `error`).
        let plain = |m: Money| crate::money::plain(m);
        assert_eq!(
            plan_error(Language::En, &below(), &plain),
            below().to_string()
        );
        assert_eq!(
            plan_fails(Language::Zh, &below(), &money),
            "计划不可行：预算 ¥1,500.00 比最低还款 ¥2,555.50 少 ¥1,055.50"
        );
        assert_eq!(
            debt_free_cell(Language::En, &below(), &money),
            "budget ¥1,055.50 short"
        );
        assert_eq!(
            no_plan(Language::En, &below(), &money),
            (
                "The budget ¥1,500.00 a month is ¥1,055.50 below the minimums ¥2,555.50.".into(),
                true
            )
        );
        let none = PlanError::BelowMinimums {
            budget: dec!(0),
            minimums: dec!(300),
        };
        assert_eq!(
            no_plan(Language::Zh, &none, &money),
            ("未设还债预算：最低还款每月需要 ¥300.00。".into(), true)
        );
    }

    #[test]
    fn never_paid_off_in_both_languages() {
        let never = |names: &[&str], growing| PlanError::NeverPaidOff {
            months: 1200,
            debts: names.iter().map(|n| n.to_string()).collect(),
            growing,
        };
        let cases = [
            (
                never(&["Card"], true),
                "never paid off: Card grows faster than it is paid",
                "无法还清：Card 的欠款增长快于还款",
            ),
            (
                never(&["A", "B", "C"], true),
                "never paid off: A, B and C grow faster than they are paid",
                "无法还清：A，B 和 C 的欠款增长快于还款",
            ),
            (
                never(&["Card"], false),
                "never paid off: after 1200 months Card is still owed",
                "无法还清：1200 个月后仍欠 Card",
            ),
            (
                never(&["A", "B"], false),
                "never paid off: after 1200 months A and B are still owed",
                "无法还清：1200 个月后仍欠 A 和 B",
            ),
        ];
        for (e, en, zh) in cases {
            assert_eq!(e.to_string(), en);
            assert_eq!(plan_error(Language::En, &e, &money), en);
            assert_eq!(plan_error(Language::Zh, &e, &money), zh);
        }
        assert_eq!(
            no_plan(Language::En, &never(&["Card"], true), &money),
            (
                "the plan fails: never paid off: Card grows faster than it is paid".into(),
                false
            )
        );
        assert_eq!(
            debt_free_cell(Language::Zh, &never(&["Card"], true), &money),
            "无法还清"
        );
    }
}
