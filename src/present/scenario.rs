//! A scenario's missed dues in words (SPEC §8): how many the cash on hand would not cover,
//! what each costs if paid when the cash is back (SPEC §7.3), and the order to pay each
//! month's in by `check`'s rescue rules. `compare --scenario` prints the lines, the Scenarios screen
//! shows them for the selected scenario.

use crate::i18n::{Msg, days, join_list, t};
use crate::model::{Data, Language};
use crate::money::Money;
use crate::scenario::{Missed, missed_cost, rescue_by_month};

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
