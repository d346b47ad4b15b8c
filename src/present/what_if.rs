//! A negotiated plan's what-if in words, a labelled line each: the installment, the total cost,
//! the household's plan as the file stands, whether the budget covers month 1, the plan with it
//! in force, and what breaking it leaves. `payoff negotiate` says them in full sentences
//! ([`lines`]), the Negotiate screen in shorter cells with a tone ([`cells`]).

use super::plan::plan_fails;
use super::{Said, Tone};
use crate::i18n::{Msg, t};
use crate::model::Language;
use crate::money::{Money, percent2};
use crate::negotiation::{Broken, WhatIf};

/// `payoff negotiate`'s lines, each with its label: `index` is the debt's, `stopped` whether
/// the plan stops the interest (停息挂账). The plan with it in force only where there is one.
pub fn lines(
    lang: Language,
    w: &WhatIf,
    index: usize,
    stopped: bool,
    money: &dyn Fn(Money) -> String,
) -> Vec<(Msg<'static>, String)> {
    let s = &w.schedule;
    let mut out = vec![(Msg::NegInstallment, installment(lang, w, money))];
    let mut cost = t(
        lang,
        Msg::CliNegCost {
            paid: &money(s.total_paid),
            // Interest and the fee: what the plan costs over the balance.
            cost: &money(w.cost()),
            interest: &money(s.total_interest),
            fee: &money(w.fee),
            apr: &percent2(s.true_apr),
        },
    )
    .into_owned();
    if stopped {
        cost.push_str(&t(lang, Msg::ListSep));
        cost.push_str(&t(lang, Msg::NegStopped));
    }
    out.push((Msg::NegTotalCost, cost));
    let now = match &w.now {
        Ok(p) => t(
            lang,
            Msg::CliNegNow {
                cleared: p.payoff(index),
                interest: &money(p.debts[index].interest),
                debt_free: p.debt_free(),
            },
        )
        .into_owned(),
        Err(e) => plan_fails(lang, e, money),
    };
    out.push((Msg::NegAgainstNow, now));
    let fits = if w.fits() {
        t(
            lang,
            Msg::CliNegFitsYes {
                needs: &money(w.minimums),
                budget: &money(w.budget),
                left: &money(w.budget - w.minimums),
            },
        )
        .into_owned()
    } else {
        t(
            lang,
            Msg::CliNegFitsNo {
                needs: &money(w.minimums),
                more: &money(w.minimums - w.budget),
                budget: &money(w.budget),
            },
        )
        .into_owned()
    };
    out.push((Msg::NegFits, fits));
    if let Ok(p) = &w.with {
        let mut with = t(
            lang,
            Msg::CliNegWith {
                debt_free: p.debt_free(),
                months: p.months,
                cost: &money(p.total_interest + p.total_fees),
            },
        )
        .into_owned();
        if let Some(saved) = w.saved() {
            with.push_str(&against_now(lang, saved, money));
        }
        out.push((Msg::NegWithPlan, with));
    }
    if let Some(b) = &w.broken {
        out.push((Msg::NegBroken, broken_words(lang, b, money)));
    }
    out
}

/// The Negotiate screen's lines, each with its label: `index` is the debt's, `need` what the
/// debt's own minimum asks a month without the plan. The installment is `Strong`, a plan that
/// fails `Bad`, and whether it fits `Good` or `Bad`.
pub fn cells(
    lang: Language,
    w: &WhatIf,
    index: usize,
    need: Money,
    money: &dyn Fn(Money) -> String,
) -> Vec<(Msg<'static>, Said)> {
    let s = &w.schedule;
    let plain = |text| Said::new(text, Tone::Plain);
    let failed = |e| Said::new(plan_fails(lang, e, money), Tone::Bad);
    // What the plan costs over the balance: its interest and its fee.
    let cost = t(
        lang,
        Msg::NegTotalValue {
            cost: &money(w.cost()),
            interest: &money(s.total_interest),
            fee: &money(w.fee),
            apr: &percent2(s.true_apr),
        },
    )
    .into_owned();
    let now = match &w.now {
        Ok(p) => plain(
            t(
                lang,
                Msg::NegAgainstValue {
                    cleared: p.payoff(index),
                    interest: &money(p.debts[index].interest),
                    monthly: &money(need),
                },
            )
            .into_owned(),
        ),
        Err(e) => failed(e),
    };
    let fits = if w.fits() {
        let left = money(w.budget - w.minimums);
        Said::new(
            t(lang, Msg::NegFitsYes { left: &left }).into_owned(),
            Tone::Good,
        )
    } else {
        let more = money(w.minimums - w.budget);
        Said::new(
            t(lang, Msg::NegFitsNo { more: &more }).into_owned(),
            Tone::Bad,
        )
    };
    let with = match &w.with {
        Ok(p) => {
            let mut with = t(
                lang,
                Msg::NegWithValue {
                    debt_free: p.debt_free(),
                    cost: &money(p.total_interest + p.total_fees),
                },
            )
            .into_owned();
            if let Some(saved) = w.saved() {
                with.push_str(&against_now(lang, saved, money));
            }
            plain(with)
        }
        Err(e) => failed(e),
    };
    let mut out = vec![
        (
            Msg::NegInstallment,
            Said::new(installment(lang, w, money), Tone::Strong),
        ),
        (Msg::NegTotalCost, plain(cost)),
        (Msg::NegAgainstNow, now),
        (Msg::NegFits, fits),
        (Msg::NegWithPlan, with),
    ];
    if let Some(b) = &w.broken {
        out.push((Msg::NegBroken, plain(broken_words(lang, b, money))));
    }
    out
}

/// The installment, as both shells say it: "¥263.89 a month for 36 months (the last ¥263.85)".
pub fn installment(lang: Language, w: &WhatIf, money: &dyn Fn(Money) -> String) -> String {
    let s = &w.schedule;
    let first = s.rows.first().map_or(Money::ZERO, |r| r.payment);
    let last = s.rows.last().map_or(Money::ZERO, |r| r.payment);
    let mut out = t(
        lang,
        Msg::NegInstallmentValue {
            payment: &money(s.payment),
            months: s.rows.len(),
        },
    )
    .into_owned();
    if first != s.payment {
        out.push_str(&t(
            lang,
            Msg::NegFirst {
                payment: &money(first),
            },
        ));
    }
    if last != s.payment {
        out.push_str(&t(
            lang,
            Msg::NegLast {
                payment: &money(last),
            },
        ));
    }
    out
}

/// What a negotiated plan saves the household against the plan as the file stands, interest
/// and fees counted ([`crate::negotiation::WhatIf::saved`]), in words to follow a line:
/// ": ¥20.01 less than now", ": ¥5.00 more than now", ": the same as now".
pub fn against_now(lang: Language, saved: Money, money: &dyn Fn(Money) -> String) -> String {
    match saved.cmp(&Money::ZERO) {
        std::cmp::Ordering::Greater => t(
            lang,
            Msg::NegSaved {
                amount: &money(saved),
            },
        )
        .into_owned(),
        std::cmp::Ordering::Less => t(
            lang,
            Msg::NegDearer {
                amount: &money(-saved),
            },
        )
        .into_owned(),
        std::cmp::Ordering::Equal => t(lang, Msg::NegSame).to_string(),
    }
}

/// What breaking a negotiated plan leaves, in words: "after 12 paid: ¥6,760.22 left, interest
/// 18.25 %: ¥102.81/mo".
pub fn broken_words(lang: Language, b: &Broken, money: &dyn Fn(Money) -> String) -> String {
    t(
        lang,
        Msg::NegBrokenValue {
            after: b.after,
            left: &money(b.left),
            interest: &money(b.monthly_interest),
            apr: &percent2(b.apr.percent()),
        },
    )
    .into_owned()
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::engine::{Params, Strategy};
    use crate::ledger::Ledger;
    use crate::model::{Data, Debt, Negotiated};
    use crate::money::Rate;
    use crate::negotiation::what_if;

    fn money(m: Money) -> String {
        crate::money::display(m, "¥")
    }

    fn date(s: &str) -> chrono::NaiveDate {
        s.parse().expect("a test date")
    }

    /// A card of 9,500.00 at 18 % (minimum 300.00), with `budget` a month for debts, and
    /// 36 months at 0 % with no fee proposed for it.
    fn what_if_at(budget: Money) -> WhatIf {
        let mut d = Data::empty(date("2026-11-01"));
        d.budget.monthly_for_debts = Some(budget);
        d.debts
            .push(Debt::card("Card", dec!(9500), dec!(18), dec!(300), 10));
        let plan = Negotiated {
            months: 36,
            apr: Rate::new(dec!(0)),
            fee: dec!(0),
            down_payment: dec!(0),
        };
        let ledger = Ledger::new(&d, date("2026-11-01"));
        let params = Params::of(&d, Strategy::Avalanche, &ledger);
        what_if(&d.debts, 0, &plan, params, None).expect("a what-if")
    }

    #[test]
    fn a_plan_that_fits_in_both_shells_and_languages() {
        let w = what_if_at(dec!(1000));
        let cli: Vec<(Msg, String)> = lines(Language::En, &w, 0, true, &money);
        let labels: Vec<Msg> = cli.iter().map(|(m, _)| *m).collect();
        assert_eq!(
            labels,
            [
                Msg::NegInstallment,
                Msg::NegTotalCost,
                Msg::NegAgainstNow,
                Msg::NegFits,
                Msg::NegWithPlan,
                Msg::NegBroken
            ]
        );
        // 9,500.00 over 36 months: 263.89 a month, the last 263.85 (35 x 263.89 = 9,236.15).
        assert_eq!(cli[0].1, "¥263.89 a month for 36 months (the last ¥263.85)");
        assert_eq!(
            cli[1].1,
            "¥9,500.00 paid; cost ¥0.00 = ¥0.00 interest + ¥0.00 fee; true APR 0.00 %, interest \
             stopped (停息挂账)"
        );
        // Month 1: the installment 263.89 of the 1,000.00 budget.
        assert_eq!(
            cli[3].1,
            "yes: month 1 needs ¥263.89 of ¥1,000.00, ¥736.11 left for the rest"
        );
        let zh = lines(Language::Zh, &w, 0, false, &money);
        assert_eq!(zh[0].1, "每月 ¥263.89，共 36 期（最后一期 ¥263.85）");
        assert_eq!(
            zh[3].1,
            "够：第一个月需 ¥263.89（预算 ¥1,000.00），还剩 ¥736.11 给其他债务"
        );
        let tui = cells(Language::En, &w, 0, dec!(300), &money);
        assert_eq!(tui[0].1, Said::new(cli[0].1.clone(), Tone::Strong));
        assert_eq!(
            tui[3].1,
            Said::new("yes: ¥736.11 a month left for the rest".into(), Tone::Good)
        );
        assert_eq!(
            cells(Language::Zh, &w, 0, dec!(300), &money)[3].1.text,
            "够：每月还剩 ¥736.11 给其他债务"
        );
    }

    #[test]
    fn a_plan_that_does_not_fit_says_by_how_much_and_why_the_plans_fail() {
        let w = what_if_at(dec!(200));
        let cli = lines(Language::En, &w, 0, false, &money);
        assert_eq!(
            cli[2].1,
            "the plan fails: the budget ¥200.00 is ¥100.00 below the minimums ¥300.00"
        );
        assert_eq!(
            cli[3].1,
            "no: month 1 needs ¥263.89, ¥63.89 more than the ¥200.00 budget"
        );
        // No plan with it in force: no line for it, only what breaking it leaves.
        assert!(cli.iter().all(|(m, _)| *m != Msg::NegWithPlan));
        let tui = cells(Language::Zh, &w, 0, dec!(300), &money);
        assert_eq!(
            tui[2].1,
            Said::new(
                "计划不可行：预算 ¥200.00 比最低还款 ¥300.00 少 ¥100.00".into(),
                Tone::Bad
            )
        );
        assert_eq!(
            tui[3].1,
            Said::new("不够：第一个月还差 ¥63.89".into(), Tone::Bad)
        );
        assert_eq!(tui[4].1.tone, Tone::Bad);
    }

    #[test]
    fn a_saving_against_now_in_words() {
        let en = |m| against_now(Language::En, m, &money);
        assert_eq!(en(dec!(20.01)), ": ¥20.01 less than now");
        assert_eq!(en(dec!(-5)), ": ¥5.00 more than now");
        assert_eq!(en(dec!(0)), ": the same as now");
        assert_eq!(
            against_now(Language::Zh, dec!(20.01), &money),
            "：比现状少 ¥20.01"
        );
    }

    #[test]
    fn a_broken_plan_in_words() {
        let b = Broken {
            after: 12,
            left: dec!(6760.22),
            monthly_interest: dec!(102.81),
            apr: Rate::new(dec!(18.25)),
        };
        assert_eq!(
            broken_words(Language::En, &b, &money),
            "after 12 paid: ¥6,760.22 left, interest 18.25 %: ¥102.81/mo"
        );
        assert_eq!(
            broken_words(Language::Zh, &b, &money),
            "还 12 期后：剩 ¥6,760.22，按 18.25 % 计息每月 ¥102.81"
        );
    }
}
