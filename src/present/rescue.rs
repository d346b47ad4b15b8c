//! The rescue advice in words: what to pay first with the cash on hand, what is still missing,
//! and which debts to negotiate. `check` says it in sentences, the Dashboard in short lines.

use chrono::NaiveDate;

use super::{Said, Tone, shown};
use crate::due::{Rescue, Step};
use crate::i18n::{Msg, t};
use crate::model::{Data, Language};
use crate::money::Money;

/// Payments `check` names one by one; the rest are counted.
const ADVICE_STEPS: usize = 5;

/// A debt's name as it may be shown, `""` for an index the file does not have.
fn name(data: &Data, i: usize) -> String {
    data.debts
        .get(i)
        .map_or(String::new(), |d| shown(&d.name).into_owned())
}

/// `check`'s advice, a line each: what to pay first with the cash on hand (the first few steps
/// by name, with the day to pay by while it can still be saved, then how many more), what that
/// leaves missing; then each debt past M1 with how to ask for a negotiated plan.
pub fn advice(
    lang: Language,
    data: &Data,
    r: &Rescue,
    today: NaiveDate,
    money: &dyn Fn(Money) -> String,
) -> Vec<String> {
    let paid: Vec<&Step> = r.steps.iter().filter(|s| s.pay > Money::ZERO).collect();
    let (named, rest) = paid.split_at(paid.len().min(ADVICE_STEPS));
    let steps: Vec<String> = named
        .iter()
        .map(|s| {
            let who = name(data, s.debt);
            match s.deadline.filter(|d| *d >= today) {
                Some(by) => t(
                    lang,
                    Msg::CheckStepBy {
                        debt: &who,
                        amount: &money(s.pay),
                        by,
                    },
                )
                .into_owned(),
                None => t(
                    lang,
                    Msg::CheckStep {
                        debt: &who,
                        amount: &money(s.pay),
                    },
                )
                .into_owned(),
            }
        })
        .collect();
    let mut first = if steps.is_empty() {
        t(
            lang,
            Msg::CheckNoCash {
                cash: &money(r.cash),
            },
        )
        .into_owned()
    } else {
        let mut steps = crate::i18n::join_list(lang, &steps, &t(lang, Msg::CheckThen));
        let more = rest
            .iter()
            .fold(Money::ZERO, |sum, s| sum.saturating_add(s.pay));
        match rest.len() {
            0 => {}
            1 => steps.push_str(&t(
                lang,
                Msg::CheckMoreStep {
                    amount: &money(more),
                },
            )),
            n => steps.push_str(&t(
                lang,
                Msg::CheckMoreSteps {
                    count: n,
                    amount: &money(more),
                },
            )),
        }
        t(
            lang,
            Msg::CheckPayFirst {
                cash: &money(r.cash),
                steps: &steps,
            },
        )
        .into_owned()
    };
    if r.missing > Money::ZERO {
        first.push_str(&t(
            lang,
            Msg::CheckStillMissing {
                amount: &money(r.missing),
            },
        ));
    }
    first.push_str(&t(lang, Msg::CheckEnd));
    let mut out = vec![first];
    for &i in &r.negotiate {
        let who = name(data, i);
        out.push(t(lang, Msg::CheckNegotiate { debt: &who }).into_owned());
    }
    out
}

/// The Dashboard's advice, a short line each: what is due now in all (`due_now`, where more
/// than one due makes it up), what to pay first and what is still missing, or that nothing is
/// on hand (with how to set a budget when there is none: `no_budget`); then each debt past M1.
pub fn dashboard_advice(
    lang: Language,
    data: &Data,
    r: &Rescue,
    due_now: Option<Money>,
    no_budget: bool,
    money: &dyn Fn(Money) -> String,
) -> Vec<Said> {
    let steps: Vec<String> = r
        .steps
        .iter()
        .filter(|s| s.pay > Money::ZERO)
        .map(|s| format!("{} {}", name(data, s.debt), money(s.pay)))
        .collect();
    let mut out = Vec::with_capacity(3 + r.negotiate.len());
    if let Some(total) = due_now {
        out.push(Said::new(
            t(
                lang,
                Msg::DueNow {
                    amount: &money(total),
                },
            )
            .into_owned(),
            Tone::Strong,
        ));
    }
    if steps.is_empty() && r.missing > Money::ZERO {
        let text = t(
            lang,
            Msg::MissingAll {
                amount: &money(r.missing),
            },
        )
        .into_owned();
        out.push(Said::new(text, Tone::Strong));
        if no_budget {
            out.push(Said::new(t(lang, Msg::HowToBudget).into(), Tone::Warn));
        }
    } else if !steps.is_empty() || r.missing > Money::ZERO {
        let mut text = t(
            lang,
            Msg::PayFirst {
                steps: &steps.join(&t(lang, Msg::ListSep)),
            },
        )
        .into_owned();
        if r.missing > Money::ZERO {
            text.push_str(&t(
                lang,
                Msg::CheckStillMissing {
                    amount: &money(r.missing),
                },
            ));
        }
        out.push(Said::new(text, Tone::Strong));
    }
    for &i in &r.negotiate {
        let text = t(
            lang,
            Msg::AskNegotiate {
                debt: &name(data, i),
            },
        )
        .into_owned();
        out.push(Said::new(text, Tone::Warn));
    }
    out
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::model::Debt;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    fn step(debt: usize, pay: Money, deadline: Option<&str>) -> Step {
        Step {
            debt,
            due: date("2026-11-10"),
            amount: pay,
            pay,
            covered: true,
            deadline: deadline.map(date),
            penalty_per_day: Money::ZERO,
            late_fee_if_missed: Money::ZERO,
        }
    }

    /// Seven debts A..G, one step each (A and B still savable), 500.00 missing, C to negotiate.
    fn seven() -> (Data, Rescue) {
        let mut d = Data::empty(date("2026-11-01"));
        for n in ["A", "B", "C", "D", "E", "F", "G"] {
            d.debts
                .push(Debt::card(n, dec!(5000), dec!(18), dec!(100), 10));
        }
        let mut steps: Vec<Step> = (0..7).map(|i| step(i, dec!(100), None)).collect();
        steps[0].deadline = Some(date("2026-11-13"));
        steps[1].deadline = Some(date("2026-11-11"));
        let r = Rescue {
            cash: dec!(700),
            steps,
            missing: dec!(1500.5),
            negotiate: vec![2],
        };
        (d, r)
    }

    fn money(m: Money) -> String {
        crate::money::display(m, "¥")
    }

    #[test]
    fn check_names_five_steps_counts_the_rest_and_says_what_is_missing() {
        let (d, r) = seven();
        let today = date("2026-11-12");
        // B's deadline has passed: no "by" for it.
        assert_eq!(
            advice(Language::En, &d, &r, today, &money),
            [
                "Pay first, with the ¥700.00 on hand: A ¥100.00 (by 2026-11-13), then B ¥100.00, \
                 then C ¥100.00, then D ¥100.00, then E ¥100.00, then 2 more, ¥200.00 in all; \
                 still missing ¥1,500.50.",
                "C is overdue past M1: ask the lender for a negotiated plan (协商分期); try \
                 `payoff negotiate \"C\" --months 36`."
            ]
        );
        assert_eq!(
            advice(Language::Zh, &d, &r, today, &money),
            [
                "用手头的 ¥700.00 先还：A ¥100.00（2026-11-13 前），然后 B ¥100.00，然后 C \
                 ¥100.00，然后 D ¥100.00，然后 E ¥100.00，然后再还 2 笔，共 ¥200.00；仍差 \
                 ¥1,500.50。",
                "C 已逾期超过 M1：可向机构申请协商分期，先试算 `payoff negotiate \"C\" --months 36`。"
            ]
        );
    }

    #[test]
    fn check_with_nothing_on_hand_says_so() {
        let (d, mut r) = seven();
        r.cash = dec!(-20);
        r.negotiate.clear();
        for s in &mut r.steps {
            s.pay = Money::ZERO;
        }
        assert_eq!(
            advice(Language::En, &d, &r, date("2026-11-12"), &money),
            ["No cash on hand today (-¥20.00); still missing ¥1,500.50."]
        );
    }

    #[test]
    fn the_dashboard_lists_every_step_and_marks_the_missing() {
        let (d, mut r) = seven();
        r.steps.truncate(2);
        let said = dashboard_advice(Language::En, &d, &r, Some(dec!(1234)), false, &money);
        let lines: Vec<(&str, Tone)> = said.iter().map(|s| (s.text.as_str(), s.tone)).collect();
        assert_eq!(
            lines,
            [
                ("Due now in all: ¥1,234.00", Tone::Strong),
                (
                    "Pay first: A ¥100.00, B ¥100.00; still missing ¥1,500.50",
                    Tone::Strong
                ),
                ("C: past M1, ask for a negotiated plan", Tone::Warn),
            ]
        );
        let zh = dashboard_advice(Language::Zh, &d, &r, None, false, &money);
        assert_eq!(zh[0].text, "先还：A ¥100.00，B ¥100.00；仍差 ¥1,500.50");
        assert_eq!(zh[1].text, "C：逾期超过 M1，可申请协商分期");
    }

    #[test]
    fn the_dashboard_with_nothing_on_hand_and_no_budget_says_how_to_set_one() {
        let (d, mut r) = seven();
        r.negotiate.clear();
        for s in &mut r.steps {
            s.pay = Money::ZERO;
        }
        let said = dashboard_advice(Language::En, &d, &r, None, true, &money);
        let lines: Vec<&str> = said.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            lines,
            [
                "Nothing on hand to pay with: ¥1,500.50 still missing",
                "Set a budget: Budget screen (3), or monthly_for_debts in the file."
            ]
        );
        assert_eq!(said[1].tone, Tone::Warn);
    }
}
