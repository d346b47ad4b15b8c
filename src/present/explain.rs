//! Why a plan's money goes where it goes, month by month (`plan --explain`, the Plan screen's
//! `e`): first the facts, from the same rules the engine followed ([`months`]: who the rest of
//! the budget went to, as the engine paid it, and the strategy's reason for that debt), then a
//! short line of them in a language ([`line`]), so the command line and the app say the same.

use rust_decimal::Decimal;

use super::shown;
use crate::engine::{self, Plan, Strategy};
use crate::i18n::{Msg, t};
use crate::ledger::Ledger;
use crate::model::{Debt, DebtKind, Language};
use crate::money::{Money, from_cents, percent2};

/// Names in a list before the rest is counted: "A, B and 3 more".
const NAMED: usize = 3;

/// One plan month's reasons, in no language.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    pub lead: Lead,
    /// When the first was paid off within the month: what the rest still held, and the debts
    /// it moved on to, in the order it paid them.
    pub moved: Option<(Money, Vec<usize>)>,
    /// The debts that got their minimum (step 2) and nothing more.
    pub minimums: Vec<usize>,
    /// The loans that paid their scheduled installment and nothing more.
    pub installments: Vec<usize>,
    /// The debts paying a negotiated installment in force, with what they paid.
    pub negotiated: Vec<(usize, Money)>,
    /// The debts paid what the log holds for the month: in the past, or more than asked.
    pub logged: Vec<usize>,
    /// The month's extra payments (`[[budget.extra]]`): to a debt, or with the rest.
    pub extras: Vec<(Option<usize>, Money)>,
    /// What the month's one-offs and yearly lines add to its budget (negative: take).
    pub budget_change: Money,
}

/// What leads a month's line: where the rest of the budget went first, and why.
#[derive(Clone, Debug, PartialEq)]
pub enum Lead {
    /// Every debt still owed is in the past: paid what the log says.
    History,
    /// The `minimum` strategy: the rest is not paid.
    MinimumsOnly,
    /// The minimums took the whole budget and something is still owed.
    NothingLeft,
    /// The minimums cleared all that was owed: no rest was needed.
    Cleared,
    /// The rest went to `debt` first, for the strategy's reason; `paid_off` if it cleared it.
    First {
        debt: usize,
        why: Why,
        paid_off: bool,
    },
}

/// Why the strategy puts a debt first (SPEC §2.2).
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// Avalanche (and negotiated): the highest yearly cost of the debts still owed, in percent;
    /// `tied` when another owed debt costs as much (the smaller balance goes first).
    CostsMost { apr: Decimal, tied: bool },
    /// Snowball: the smallest balance of those still owed, as the month began.
    Smallest(Money),
    /// Custom: first in the file's order.
    YourOrder,
}

/// Every month of `plan` (made with its schedule kept, from `debts` and `ledger`), explained.
pub fn months(plan: &Plan, debts: &[Debt], ledger: &Ledger) -> Vec<Month> {
    let costs = engine::yearly_costs(debts, plan.strategy);
    (1..=plan.months)
        .map(|m| month(plan, debts, ledger, &costs, m))
        .collect()
}

/// Month `m` of `plan`, explained; `costs` are [`engine::yearly_costs`] under its strategy.
fn month(plan: &Plan, debts: &[Debt], ledger: &Ledger, costs: &[Decimal], m: u32) -> Month {
    let strategy = plan.strategy;
    let mut out = Month {
        lead: Lead::Cleared,
        moved: None,
        minimums: Vec::new(),
        installments: Vec::new(),
        negotiated: Vec::new(),
        logged: Vec::new(),
        extras: Vec::new(),
        budget_change: Money::ZERO,
    };
    let open: Vec<usize> = (0..debts.len())
        .filter(|&d| plan.opening(m, d) > Money::ZERO)
        .collect();
    let past = |d: usize| m <= ledger.history(d);
    if open.iter().all(|&d| past(d)) {
        out.lead = Lead::History;
        return out;
    }
    if strategy == Strategy::Minimum {
        out.lead = Lead::MinimumsOnly;
        return out;
    }
    let rest: Vec<(usize, Money)> = plan.rest_paid(m).collect();
    out.lead = match rest.first() {
        Some(&(debt, _)) => Lead::First {
            debt,
            why: match strategy {
                Strategy::Avalanche | Strategy::Negotiated => {
                    let apr = costs.get(debt).copied().unwrap_or_default();
                    let tied =
                        (open.iter()).any(|&d| d != debt && !past(d) && costs.get(d) == Some(&apr));
                    Why::CostsMost { apr, tied }
                }
                Strategy::Snowball => Why::Smallest(plan.opening(m, debt)),
                Strategy::Custom | Strategy::Minimum => Why::YourOrder,
            },
            paid_off: plan.balance(m, debt).is_zero(),
        },
        None if open.iter().any(|&d| plan.balance(m, d) > Money::ZERO) => Lead::NothingLeft,
        None => Lead::Cleared,
    };
    if let [_, on @ ..] = rest.as_slice()
        && !on.is_empty()
    {
        out.moved = Some((
            on.iter().map(|r| r.1).sum(),
            on.iter().map(|r| r.0).collect(),
        ));
    }
    for &d in &open {
        let paid = plan.payment(m, d);
        let logged = from_cents(ledger.recorded(d, m));
        if rest.iter().any(|r| r.0 == d) {
            continue;
        }
        // Paid what the log holds: in the past (nothing, if it holds nothing), or (paying the
        // larger of the two) more than the month asks.
        if past(d) || (logged > Money::ZERO && paid == logged) {
            out.logged.push(d);
        } else if paid.is_zero() {
            continue;
        } else if strategy == Strategy::Negotiated && debts[d].negotiated.is_some() {
            out.negotiated.push((d, paid));
        } else if debts[d].kind == DebtKind::Loan {
            out.installments.push(d);
        } else {
            out.minimums.push(d);
        }
    }
    out.extras = (ledger.extras(m).iter())
        .map(|&(d, cents)| (d, from_cents(cents)))
        .collect();
    out.budget_change = from_cents(ledger.budget_change(m));
    out
}

/// A month's reasons as one line in `lang`, the debts named as in `plan` ([`shown`]), amounts
/// in the caller's `money`: "Huabei first: 18.25 % costs most; CMB Card gets its minimum".
pub fn line(lang: Language, plan: &Plan, month: &Month, money: &dyn Fn(Money) -> String) -> String {
    let name = |d: usize| {
        plan.debts
            .get(d)
            .map_or_else(String::new, |x| shown(&x.name).into())
    };
    let list = |ds: &[usize]| list(lang, &ds.iter().map(|&d| name(d)).collect::<Vec<_>>());
    let mut parts: Vec<String> = Vec::new();
    let mut say = |m: Msg| parts.push(t(lang, m).into_owned());
    match &month.lead {
        Lead::History => say(Msg::ExplainHistory),
        Lead::MinimumsOnly => say(Msg::ExplainMinimumsOnly),
        Lead::NothingLeft => say(Msg::ExplainNothingLeft),
        Lead::Cleared => {}
        Lead::First {
            debt,
            why,
            paid_off,
        } => {
            let debt = &name(*debt);
            match why {
                Why::CostsMost { apr, tied: false } => say(Msg::ExplainCostsMost {
                    debt,
                    apr: &percent2(*apr),
                }),
                Why::CostsMost { apr, tied: true } => say(Msg::ExplainCostsMostTied {
                    debt,
                    apr: &percent2(*apr),
                }),
                Why::Smallest(balance) => say(Msg::ExplainSmallest {
                    debt,
                    balance: &money(*balance),
                }),
                Why::YourOrder => say(Msg::ExplainYourOrder { debt }),
            }
            match &month.moved {
                Some((amount, to)) => say(Msg::ExplainMovesOn {
                    debt,
                    amount: &money(*amount),
                    to: &list(to),
                }),
                None if *paid_off => say(Msg::ExplainPaidOff { debt }),
                None => {}
            }
        }
    }
    for &(debt, amount) in &month.extras {
        let amount = &money(amount);
        match debt {
            Some(d) => say(Msg::ExplainExtraTo {
                amount,
                debt: &name(d),
            }),
            None => say(Msg::ExplainExtra { amount }),
        }
    }
    if month.budget_change > Money::ZERO {
        say(Msg::ExplainBudgetMore {
            amount: &money(month.budget_change),
        });
    } else if month.budget_change < Money::ZERO {
        say(Msg::ExplainBudgetLess {
            amount: &money(-month.budget_change),
        });
    }
    for &(d, amount) in &month.negotiated {
        say(Msg::ExplainNegotiated {
            debt: &name(d),
            amount: &money(amount),
        });
    }
    match month.installments.as_slice() {
        [] => {}
        [one] => say(Msg::ExplainInstallmentOne { debt: &name(*one) }),
        many => say(Msg::ExplainInstallmentMany { debts: &list(many) }),
    }
    match month.minimums.as_slice() {
        [] => {}
        [one] => say(Msg::ExplainMinimumOne { debt: &name(*one) }),
        many => say(Msg::ExplainMinimumMany { debts: &list(many) }),
    }
    if !month.logged.is_empty() {
        say(Msg::ExplainLogged {
            debts: &list(&month.logged),
        });
    }
    parts.join(&t(lang, Msg::ExplainSep))
}

/// Every month of `plan` as a line in `lang`: [`months`], then [`line`].
pub fn lines(
    lang: Language,
    plan: &Plan,
    debts: &[Debt],
    ledger: &Ledger,
    money: &dyn Fn(Money) -> String,
) -> Vec<String> {
    (months(plan, debts, ledger).iter())
        .map(|month| line(lang, plan, month, money))
        .collect()
}

/// "A", "A and B", "A, B and C", "A, B and 3 more".
fn list(lang: Language, names: &[String]) -> String {
    let (named, last) = match names {
        [] => return String::new(),
        [one] => return one.clone(),
        _ if names.len() > NAMED => (
            &names[..NAMED - 1],
            t(
                lang,
                Msg::ExplainMore {
                    count: names.len() - (NAMED - 1),
                },
            )
            .into_owned(),
        ),
        [named @ .., last] => (named, last.clone()),
    };
    t(
        lang,
        Msg::ExplainAnd {
            first: &named.join(&t(lang, Msg::ListSep)),
            last: &last,
        },
    )
    .into_owned()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use chrono::NaiveDate;
    use rust_decimal::dec;

    use super::*;
    use crate::engine::{Params, plan};
    use crate::model::{Debt, Method};
    use crate::money::display;
    use crate::store::Store;

    fn nov_1() -> Ledger {
        Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"))
    }

    fn planned(debts: &[Debt], strategy: Strategy, budget: Money, ledger: &Ledger) -> Plan {
        let params = Params {
            strategy,
            budget,
            ledger,
            keep_schedule: true,
        };
        plan(debts, params).expect("a plan")
    }

    fn said(lang: Language, plan: &Plan, debts: &[Debt], ledger: &Ledger) -> Vec<String> {
        lines(lang, plan, debts, ledger, &|m| display(m, "¥"))
    }

    /// Huabei 3,000.00 at 18.25 % (minimum 50), CMB Card 8,000.00 at 12 % (minimum 100), JD
    /// Baitiao 1,200.00 at 6 % (minimum 30), all due on the 10th.
    fn three() -> Vec<Debt> {
        vec![
            Debt::card("Huabei", dec!(3000), dec!(18.25), dec!(50), 10),
            Debt::card("CMB Card", dec!(8000), dec!(12), dec!(100), 10),
            Debt::card("JD Baitiao", dec!(1200), dec!(6), dec!(30), 10),
        ]
    }

    #[test]
    fn avalanche_puts_the_dearest_first() {
        let (debts, ledger) = (three(), nov_1());
        let plan = planned(&debts, Strategy::Avalanche, dec!(1000), &ledger);
        let months = months(&plan, &debts, &ledger);
        // Month 1: minimums 50 + 100 + 30 = 180; the rest, 820.00, all to Huabei (18.25 %).
        assert_eq!(
            months[0].lead,
            Lead::First {
                debt: 0,
                why: Why::CostsMost {
                    apr: dec!(18.25),
                    tied: false
                },
                paid_off: false
            }
        );
        assert_eq!(months[0].minimums, [1, 2]);
        assert_eq!(plan.payment(1, 0), dec!(870));
        let en = said(Language::En, &plan, &debts, &ledger);
        assert_eq!(
            en[0],
            "Huabei first: 18.25 % costs most; CMB Card and JD Baitiao get their minimums"
        );
        let zh = said(Language::Zh, &plan, &debts, &ledger);
        assert_eq!(
            zh[0],
            "先还 Huabei：年化 18.25 % 成本最高；CMB Card 和 JD Baitiao 还最低"
        );
    }

    #[test]
    fn equal_rates_go_smaller_balance_first_and_say_so() {
        let debts = [
            Debt::card("花呗", dec!(3000), dec!(18.25), dec!(50), 10),
            Debt::card("白条", dec!(1000), dec!(18.25), dec!(50), 10),
        ];
        let ledger = nov_1();
        let plan = planned(&debts, Strategy::Avalanche, dec!(500), &ledger);
        assert_eq!(
            said(Language::Zh, &plan, &debts, &ledger)[0],
            "先还白条：年化 18.25 % 成本最高，同利率中余额最小；花呗还最低"
        );
        assert_eq!(
            said(Language::En, &plan, &debts, &ledger)[0],
            "白条 first: 18.25 % costs most, the smallest balance at that rate; 花呗 gets its minimum"
        );
    }

    #[test]
    fn a_payoff_passes_the_rest_on_within_the_month() {
        let (debts, ledger) = (three(), nov_1());
        let plan = planned(&debts, Strategy::Avalanche, dec!(1000), &ledger);
        // Huabei: 3000 + 45.63 = 3045.63, paid 870 -> 2175.63; 2175.63 + 33.09 = 2208.72, paid
        // 870 -> 1338.72; 1338.72 + 20.36 = 1359.08, paid 870 -> 489.08; month 4: 489.08 + 7.44
        // = 496.52, its minimum 50 and 446.52 of the rest 820: 373.48 moves on to CMB Card.
        assert_eq!(plan.debts[0].payoff_month, 4);
        let month = &months(&plan, &debts, &ledger)[3];
        assert_eq!(month.moved, Some((dec!(373.48), vec![1])));
        assert_eq!(month.minimums, [2]);
        let en = said(Language::En, &plan, &debts, &ledger);
        assert_eq!(
            en[3],
            "Huabei first: 18.25 % costs most; Huabei paid off; ¥373.48 moves on to CMB Card; \
             JD Baitiao gets its minimum"
        );
        let zh = said(Language::Zh, &plan, &debts, &ledger);
        assert_eq!(
            zh[3],
            "先还 Huabei：年化 18.25 % 成本最高；Huabei 还清，¥373.48 转还 CMB Card；\
             JD Baitiao 还最低"
        );
    }

    #[test]
    fn snowball_puts_the_smallest_first_with_its_balance() {
        let (debts, ledger) = (three(), nov_1());
        let plan = planned(&debts, Strategy::Snowball, dec!(1000), &ledger);
        let months = months(&plan, &debts, &ledger);
        assert_eq!(
            months[0].lead,
            Lead::First {
                debt: 2,
                why: Why::Smallest(dec!(1200)),
                paid_off: false
            }
        );
        // Month 2 starts from 1200 + 6.00 - 850 = 356.00 (30 + the rest 820 in month 1).
        let en = said(Language::En, &plan, &debts, &ledger);
        assert!(
            en[1].starts_with("JD Baitiao first: smallest balance (¥356.00); JD Baitiao paid off"),
            "{}",
            en[1]
        );
        let zh = said(Language::Zh, &plan, &debts, &ledger);
        assert!(
            zh[0].starts_with("先还 JD Baitiao：余额最小（¥1,200.00）；"),
            "{}",
            zh[0]
        );
    }

    #[test]
    fn custom_follows_the_file_and_minimum_pays_nothing_extra() {
        let (debts, ledger) = (three(), nov_1());
        let custom = planned(&debts, Strategy::Custom, dec!(1000), &ledger);
        assert_eq!(
            said(Language::En, &custom, &debts, &ledger)[0],
            "Huabei first in your order; CMB Card and JD Baitiao get their minimums"
        );
        let minimum = planned(&debts, Strategy::Minimum, dec!(1000), &ledger);
        let en = said(Language::En, &minimum, &debts, &ledger);
        assert!(en.iter().all(|l| l == "minimums only: nothing extra"));
        assert_eq!(
            said(Language::Zh, &minimum, &debts, &ledger)[0],
            "只还最低：不多还"
        );
    }

    #[test]
    fn a_loan_pays_its_installment_and_a_long_list_is_counted() {
        let mut debts = three();
        debts.push(Debt::card("A", dec!(100), dec!(1), dec!(10), 10));
        debts.push(Debt::loan(
            "Jiebei",
            dec!(1200),
            dec!(0),
            12,
            Method::Annuity,
        ));
        let ledger = nov_1();
        let plan = planned(&debts, Strategy::Avalanche, dec!(1000), &ledger);
        let en = said(Language::En, &plan, &debts, &ledger);
        // Jiebei at 0 %: 100.00 a month; the three cheaper cards their minimums.
        assert_eq!(
            en[0],
            "Huabei first: 18.25 % costs most; Jiebei pays its installment; \
             CMB Card, JD Baitiao and A get their minimums"
        );
        let names: Vec<String> = ["A", "B", "C", "D", "E"].map(String::from).into();
        assert_eq!(list(Language::En, &names), "A, B and 3 more");
        assert_eq!(list(Language::Zh, &names), "A，B 和另外 3 笔");
        assert_eq!(list(Language::En, &names[..2]), "A and B");
        let han: Vec<String> = ["花呗", "借呗", "JD Baitiao"].map(String::from).into();
        assert_eq!(list(Language::Zh, &han[..2]), "花呗和借呗");
        assert_eq!(list(Language::Zh, &han), "花呗，借呗和 JD Baitiao");
    }

    const FILE: &str = r#"
version = 1
currency = "¥"
[budget]
as_of = 2026-11-01
cash = 0
monthly_for_debts = 1000

[[budget.extra]]
date = 2026-12-01
amount = 500
debt = "CMB Card"

[[budget.once]]
name = "Bonus"
date = 2026-11-20
amount = 2000
kind = "income"

[[debts]]
name = "Huabei"
kind = "card"
balance = 3000
apr = 18.25
minimum = 50
due_day = 10

[[debts]]
name = "CMB Card"
kind = "card"
balance = 8000
apr = 12
minimum = 100
due_day = 10
"#;

    #[test]
    fn an_extra_payment_is_said_in_its_month() {
        let store = Store::from_text(Path::new("payoff.toml"), FILE).expect("a valid file");
        let data = store.data();
        let today = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
        let ledger = Ledger::new(data, today);
        let plan = planned(&data.debts, Strategy::Avalanche, dec!(1000), &ledger);
        let months = months(&plan, &data.debts, &ledger);
        // The extra of 2026-12-01 is paid on the first due date on or after it: 2026-12-10,
        // month 2. The budget is fixed (monthly_for_debts), so the bonus changes nothing.
        assert_eq!(months[1].extras, [(Some(1), dec!(500))]);
        assert!(months[0].extras.is_empty());
        let en = said(Language::En, &plan, &data.debts, &ledger);
        assert_eq!(
            en[1],
            "Huabei first: 18.25 % costs most; extra payment ¥500.00 to CMB Card; \
             CMB Card gets its minimum"
        );
        assert_eq!(
            said(Language::Zh, &plan, &data.debts, &ledger)[1],
            "先还 Huabei：年化 18.25 % 成本最高；额外还款 ¥500.00 给 CMB Card；CMB Card 还最低"
        );
    }

    #[test]
    fn past_months_follow_the_log() {
        let store = Store::from_text(Path::new("payoff.toml"), FILE).expect("a valid file");
        let data = store.data();
        // On 2026-12-15 the 2026-11-10 and 2026-12-10 due dates are history: nothing logged.
        let today = NaiveDate::from_ymd_opt(2026, 12, 15).expect("a date");
        let ledger = Ledger::new(data, today);
        let plan = planned(&data.debts, Strategy::Avalanche, dec!(1000), &ledger);
        let months = months(&plan, &data.debts, &ledger);
        assert_eq!(months[0].lead, Lead::History);
        assert_eq!(months[1].lead, Lead::History);
        assert!(matches!(months[2].lead, Lead::First { debt: 0, .. }));
        let en = said(Language::En, &plan, &data.debts, &ledger);
        assert_eq!(en[0], "a past month: paid as the payment log says");
        assert_eq!(
            said(Language::Zh, &plan, &data.debts, &ledger)[0],
            "已过去的月份：按还款记录"
        );
    }
}
