//! A scenario's missed dues in words (SPEC §8): how many the cash on hand would not cover,
//! what each costs if paid when the cash is back (SPEC §7.3), and the order to pay each
//! month's in by `check`'s rescue rules. `compare --scenario` prints the lines, the Scenarios screen
//! shows them for the selected scenario.

use super::plan::plan_error;
use crate::engine::Strategy;
use crate::i18n::{Msg, days, join_list, t};
use crate::model::{Data, Language};
use crate::money::Money;
use crate::scenario::{Compared, Missed, missed_cost, rescue_by_month};

/// The cells of one row of the side by side (`None` when its strategy was not planned): name, strategy, debt-free month, interest, fees,
/// months saved against the file (`base_months`, its months; "-" on the file's own row or
/// when the file has no plan), missed dues and their cost; a plan that fails says why in the
/// months-saved cell. `name` is the row's name as shown, `strategy_word` how a strategy is
/// named (the CLI writes its code in English, the app its name).
pub fn row(
    lang: Language,
    name: &str,
    c: &Compared,
    base_months: Option<u32>,
    strategy_word: &dyn Fn(Strategy) -> String,
    money: &dyn Fn(Money) -> String,
) -> Option<Vec<String>> {
    let (strategy, plan) = c.chosen();
    let strategy = strategy_word(strategy);
    let missed = c.missed.len().to_string();
    let cost = if c.missed.is_empty() {
        "-".to_string()
    } else {
        money(missed_cost(&c.missed))
    };
    Some(match plan? {
        Ok(p) => {
            let saved = match base_months {
                Some(b) if !c.name.is_empty() => (i64::from(b) - i64::from(p.months)).to_string(),
                _ => "-".to_string(),
            };
            vec![
                name.to_string(),
                strategy,
                p.debt_free().to_string(),
                money(p.total_interest),
                money(p.total_fees),
                saved,
                missed,
                cost,
            ]
        }
        Err(e) => vec![
            name.to_string(),
            strategy,
            t(lang, Msg::Never).into_owned(),
            "-".into(),
            "-".into(),
            plan_error(lang, e, money),
            missed,
            cost,
        ],
    })
}

/// The side by side's column heads, in [`row`]'s order.
pub fn header(lang: Language) -> [String; 8] {
    [
        Msg::CliColScenario,
        Msg::CliColStrategy,
        Msg::CliColDebtFree,
        Msg::CliColInterest,
        Msg::CliColFees,
        Msg::CliColMonthsSaved,
        Msg::CliColMissedDues,
        Msg::CliColMissedCost,
    ]
    .map(|m| t(lang, m).into_owned())
}

/// The months the file's own plan takes, for the others' months saved.
pub fn base_months(base: &Compared) -> Option<u32> {
    match base.chosen().1 {
        Some(Ok(p)) => Some(p.months),
        _ => None,
    }
}

/// The head line, one line a missed due, then each month's rescue advice; nothing when no due
/// is missed. `data` is the data the scenario plans (the dues' debts are its).
pub fn missed_lines(
    lang: Language,
    data: &Data,
    name: &str,
    missed: &[Missed],
    money: &dyn Fn(Money) -> String,
) -> Vec<String> {
    if missed.is_empty() {
        return Vec::new();
    }
    let mut out = vec![
        t(
            lang,
            Msg::CliMissedHead {
                scenario: name,
                count: missed.len(),
                cost: &money(missed_cost(missed)),
            },
        )
        .into_owned(),
    ];
    for m in missed {
        let late = days(lang, m.days_late);
        let paid = match m.paid_on {
            Some(date) if !m.past_grace => t(lang, Msg::CliMissedInGrace { date }),
            Some(date) => t(
                lang,
                Msg::CliMissedPaid {
                    date,
                    days: &late,
                    penalty: &money(m.penalty),
                    late_fee: &money(m.late_fee),
                },
            ),
            None => t(
                lang,
                Msg::CliMissedUnpaid {
                    date: m.counted_to(),
                    days: &late,
                    penalty: &money(m.penalty),
                    late_fee: &money(m.late_fee),
                },
            ),
        };
        out.push(
            t(
                lang,
                Msg::CliMissedDue {
                    date: m.date,
                    debt: &super::shown(&m.debt),
                    short: &money(m.short),
                    paid: &paid,
                },
            )
            .into_owned(),
        );
    }
    for (month, today, rescue) in rescue_by_month(data, missed) {
        if rescue.steps.len() < 2 {
            // One due alone has no order to choose.
            continue;
        }
        let steps: Vec<String> = rescue
            .steps
            .iter()
            .map(|s| {
                let debt = data
                    .debts
                    .get(s.debt)
                    .map_or_else(String::new, |d| super::shown(&d.name).into_owned());
                let amount = money(s.amount);
                match s.deadline.filter(|d| *d >= today) {
                    Some(by) => t(
                        lang,
                        Msg::CheckStepBy {
                            debt: &debt,
                            amount: &amount,
                            by,
                        },
                    ),
                    None => t(
                        lang,
                        Msg::CheckStep {
                            debt: &debt,
                            amount: &amount,
                        },
                    ),
                }
                .into_owned()
            })
            .collect();
        let order = join_list(lang, &steps, &t(lang, Msg::CheckThen));
        out.push(
            t(
                lang,
                Msg::CliMissedOrder {
                    month: &month.to_string(),
                    order: &order,
                },
            )
            .into_owned(),
        );
    }
    out
}
