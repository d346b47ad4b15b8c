//! A scenario's missed dues in words (SPEC §8): how many the cash on hand would not cover,
//! what each costs if paid when the cash is back (SPEC §7.3), and the order to pay each
//! month's in by `check`'s rescue rules. `compare --scenario` prints the lines, the Scenarios screen
//! shows them for the selected scenario.

use super::plan::plan_error;
use super::warning::{charges_late_fee, charges_penalty};
use crate::engine::Strategy;
use crate::i18n::{Msg, comma, days, join_list, months, semicolon, strategy_msg, t};
use crate::model::{Data, Language, Scenario};
use crate::money::{Money, percent2};
use crate::scenario::{Compared, Missed, missed_cost, rescue_by_month};

/// The cells of one row of the side by side (`None` when its strategy was not planned): name, strategy, debt-free month, interest, fees,
/// months saved against the file (`base_months`, its months: `None` on the file's own row,
/// or when the file has no plan, gives "-"), missed dues and their cost; a plan that fails says why in the
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
                Some(b) => (i64::from(b) - i64::from(p.months)).to_string(),
                None => "-".to_string(),
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
        let charges_something = data
            .debts
            .get(m.index)
            .is_some_and(|d| charges_penalty(d) || charges_late_fee(d));
        let cost = charges(lang, m, charges_something, money);
        let paid = match m.paid_on {
            Some(date) if !m.past_grace => t(lang, Msg::CliMissedInGrace { date }),
            Some(date) => t(
                lang,
                Msg::CliMissedPaid {
                    date,
                    days: &late,
                    cost: &cost,
                },
            ),
            None => t(
                lang,
                Msg::CliMissedUnpaid {
                    date: m.counted_to(),
                    days: &late,
                    cost: &cost,
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

/// What `s` changes, as a sentence: its budget, strategy, extra payments, one-offs, income
/// stop, debts left out and negotiated plan, in that order ("Changes nothing yet." for none).
pub fn changes(lang: Language, s: &Scenario, money: &dyn Fn(Money) -> String) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(b) = s.budget {
        parts.push(t(lang, Msg::ScenBudget { amount: &money(b) }).into_owned());
    }
    if let Some(strategy) = s.strategy {
        parts.push(t(lang, strategy_msg(strategy)).into_owned());
    }
    if !s.extra.is_empty() {
        let total = s
            .extra
            .iter()
            .fold(Money::ZERO, |sum, e| sum.saturating_add(e.amount));
        parts.push(
            t(
                lang,
                Msg::ScenExtras {
                    count: s.extra.len(),
                    total: &money(total),
                },
            )
            .into_owned(),
        );
    }
    if !s.once.is_empty() {
        let total = s
            .once
            .iter()
            .fold(Money::ZERO, |sum, o| sum.saturating_add(o.signed()));
        let total = if total > Money::ZERO {
            format!("+{}", money(total))
        } else {
            money(total)
        };
        parts.push(
            t(
                lang,
                Msg::ScenOnce {
                    count: s.once.len(),
                    total: &total,
                },
            )
            .into_owned(),
        );
    }
    if let Some(stop) = s.income_stop {
        parts.push(
            t(
                lang,
                Msg::ScenIncomeStop {
                    from: &stop.from.to_string(),
                    months: &months(lang, stop.months),
                },
            )
            .into_owned(),
        );
    }
    if !s.leave_out.is_empty() {
        let names: Vec<String> = s
            .leave_out
            .iter()
            .map(|n| super::shown(n).into_owned())
            .collect();
        let debts = join_list(lang, &names, comma(lang));
        parts.push(t(lang, Msg::ScenLeaveOut { debts: &debts }).into_owned());
    }
    if let Some((debt, plan)) = &s.negotiated {
        parts.push(
            t(
                lang,
                Msg::ScenNegotiated {
                    debt: &super::shown(debt),
                    months: plan.months,
                    apr: &percent2(plan.apr.percent()),
                },
            )
            .into_owned(),
        );
    }
    if parts.is_empty() {
        parts.push(t(lang, Msg::ScenNothing).into_owned());
    }
    let line = join_list(lang, &parts, semicolon(lang));
    let mut chars = line.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    let end = t(lang, Msg::CheckEnd);
    format!("{}{}{end}", first.unwrap_or_default(), chars.as_str())
}

/// A missed due's charges: the penalty and the late fee it has; else that an earlier missed
/// bill of the card already runs its penalty on this money (`charges_something`: its lender
/// sets a penalty or a late fee), or that its lender sets neither (its cost is then only the
/// delay and the mark on the credit report).
fn charges(
    lang: Language,
    m: &Missed,
    charges_something: bool,
    money: &dyn Fn(Money) -> String,
) -> String {
    let mut parts = Vec::new();
    if m.penalty > Money::ZERO {
        parts.push(
            t(
                lang,
                Msg::CliPenalty {
                    amount: &money(m.penalty),
                },
            )
            .into_owned(),
        );
    }
    if m.late_fee > Money::ZERO {
        parts.push(
            t(
                lang,
                Msg::CliLateFee {
                    amount: &money(m.late_fee),
                },
            )
            .into_owned(),
        );
    }
    if parts.is_empty() {
        let why = match charges_something {
            true => Msg::CliChargedEarlier,
            false => Msg::CliNoCharges,
        };
        return t(lang, why).into_owned();
    }
    let and = match lang {
        Language::En => ", ",
        Language::Zh => "，",
    };
    join_list(lang, &parts, and)
}
