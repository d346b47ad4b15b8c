//! Property tests of `payoff::due`: no panic for any data and day, and the invariants of the
//! payment allocation, the warnings, the cash walk and the rescue advice.

use chrono::{Days, NaiveDate};
use payoff::due::{self, EventKind, WarningKind};
use payoff::model::{Data, Debt, DebtKind, Extra, Flow, Method, Negotiated, Payment};
use payoff::money::Rate;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn money(max_cents: i64) -> impl Strategy<Value = Decimal> {
    (0..=max_cents).prop_map(|c| Decimal::new(c, 2))
}

fn rate() -> impl Strategy<Value = Rate> {
    (0i64..=4000).prop_map(|r| Rate::new(Decimal::new(r, 2)))
}

fn debt(i: usize) -> impl Strategy<Value = Debt> {
    (
        (any::<bool>(), money(2_000_000), rate(), money(50_000)),
        (proptest::option::of(rate()), 1u32..=31, 0u32..=10),
        (proptest::option::of(rate()), 1u32..=48),
        proptest::option::of((1u32..=60, rate(), money(10_000), money(10_000))),
    )
        .prop_map(
            move |((card, balance, apr, minimum), (pct, due_day, grace), (pen, term), plan)| {
                let base = if card {
                    Debt::card(&format!("D{i}"), balance, apr.percent(), minimum, due_day)
                } else {
                    Debt::loan(
                        &format!("D{i}"),
                        balance,
                        apr.percent(),
                        term,
                        Method::Annuity,
                    )
                };
                Debt {
                    kind: if card { DebtKind::Card } else { DebtKind::Loan },
                    minimum_percent: pct,
                    due_day,
                    grace_days: grace,
                    penalty_daily_rate: pen,
                    negotiated: plan.map(|(months, apr, fee, down_payment)| Negotiated {
                        months,
                        apr,
                        fee,
                        down_payment,
                    }),
                    ..base
                }
            },
        )
}

fn flows() -> impl Strategy<Value = Vec<Flow>> {
    prop::collection::vec(
        (money(1_000_000), 1u32..=31).prop_map(|(amount, day)| Flow {
            name: "flow".to_string(),
            amount,
            day,
            month: None,
        }),
        0..3,
    )
}

/// A file as of `as_of` and a day to check it on, from `start` on.
fn scenario(start: NaiveDate) -> impl Strategy<Value = (Data, NaiveDate, u32)> {
    (
        0u64..300,
        money(1_000_000),
        flows(),
        flows(),
        (0usize..6).prop_flat_map(|n| (0..n).map(debt).collect::<Vec<_>>()),
        prop::collection::vec((0usize..6, 0u64..500, money(300_000)), 0..12),
        (0u64..500, 0u32..40),
    )
        .prop_map(
            move |(offset, cash, income, expenses, debts, pays, (t, days))| {
                let as_of = start.checked_add_days(Days::new(offset)).unwrap_or(start);
                let mut data = Data::empty(as_of);
                data.budget.cash = cash;
                data.budget.income = income;
                data.budget.expenses = expenses;
                let n = debts.len();
                data.debts = debts;
                let from = as_of.checked_sub_days(Days::new(30)).unwrap_or(as_of);
                data.payments = pays
                    .into_iter()
                    .filter(|_| n > 0)
                    .map(|(i, d, amount)| Payment {
                        debt: format!("D{}", i % n.max(1)),
                        date: from.checked_add_days(Days::new(d)).unwrap_or(from),
                        amount,
                    })
                    .collect();
                let today = from.checked_add_days(Days::new(t)).unwrap_or(from);
                (data, today, days)
            },
        )
}

fn add(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

fn check_invariants(data: &Data, today: NaiveDate, days: u32) {
    let until = add(today, 60);
    let dues = due::dues(data, today, until);
    for w in dues.windows(2) {
        assert!((w[0].date, w[0].debt) <= (w[1].date, w[1].debt), "sorted");
    }
    for d in &dues {
        assert!(data.budget.as_of <= d.date && d.date <= until);
        assert!(d.amount > Decimal::ZERO);
        assert!(Decimal::ZERO <= d.paid && d.paid <= d.amount);
        assert_eq!(d.unpaid, d.amount - d.paid);
    }
    // First in, first out: after a due left unpaid, the debt's later dues got nothing.
    for (i, _) in data.debts.iter().enumerate() {
        let mine: Vec<_> = dues.iter().filter(|d| d.debt == i).collect();
        for w in mine.windows(2) {
            assert!(w[0].is_met() || w[1].paid.is_zero(), "fifo");
        }
    }

    let warnings = due::warnings(data, today, days);
    for w in warnings.windows(2) {
        assert!((w[0].due, w[0].level(), w[0].debt) <= (w[1].due, w[1].level(), w[1].debt));
    }
    for w in &warnings {
        assert!(w.amount > Decimal::ZERO);
        match w.kind {
            WarningKind::DueSoon { days: d } => {
                assert!(w.due >= today && w.due <= add(today, days.into()));
                assert_eq!(d, (w.due - today).num_days());
            }
            WarningKind::Grace { pay_by } => assert!(w.due < today && pay_by >= today),
            WarningKind::Overdue {
                days_overdue,
                penalty,
                ..
            } => {
                assert!(days_overdue >= 1);
                assert!(penalty >= Decimal::ZERO);
            }
            WarningKind::Shortfall { short, .. } => {
                assert!(w.due > today && w.due <= add(today, 31));
                assert!(short > Decimal::ZERO && short <= w.amount);
            }
        }
    }

    // The walk's shortfalls up to 31 days ahead are the warnings' shortfalls.
    let events = due::cash_walk(data, today, data.budget.as_of, add(today, 31));
    let walked: Vec<_> = events
        .iter()
        .filter_map(|e| Some((e.date, e.debt?, e.due?.short?)))
        .collect();
    let warned: Vec<_> = warnings
        .iter()
        .filter_map(|w| match w.kind {
            WarningKind::Shortfall { short, .. } => Some((w.due, w.debt, short)),
            _ => None,
        })
        .collect();
    assert_eq!(walked, warned);
    // Cash after each event follows from the one before; the last one is `cash_on`.
    let mut cash = data.budget.cash;
    for e in &events {
        cash += e.amount;
        assert_eq!(cash, e.cash_after);
        if e.kind == EventKind::Due && e.date <= today {
            assert!(e.amount.is_zero());
        }
    }
    assert_eq!(due::cash_on(data, today, add(today, 31)), cash);

    if let Some(r) = due::rescue(data, today, &warnings) {
        let paid: Decimal = r.steps.iter().map(|s| s.pay).sum();
        assert!(paid <= r.cash.max(Decimal::ZERO));
        let owed: Decimal = r.steps.iter().map(|s| s.amount).sum();
        assert_eq!(r.missing, owed - paid);
        for s in &r.steps {
            assert!(Decimal::ZERO <= s.pay && s.pay <= s.amount);
            assert_eq!(s.covered, s.pay == s.amount);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn invariants_hold(
        (data, today, days) in scenario(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or(NaiveDate::MIN)),
    ) {
        check_invariants(&data, today, days);
    }

    #[test]
    fn checkup_says_what_its_three_questions_say(
        (mut data, today, days) in scenario(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or(NaiveDate::MIN)),
        extras in prop::collection::vec((0u64..80, money(500_000), 0usize..7), 0..4),
    ) {
        // Extras from 20 days before today to two months after: some already past, some in
        // the warnings' reach, some beyond it.
        let from = today.checked_sub_days(Days::new(20)).unwrap_or(today);
        let n = data.debts.len();
        data.budget.extra = extras
            .into_iter()
            .map(|(d, amount, i)| Extra {
                date: add(from, d),
                amount: amount.max(Decimal::ONE),
                debt: (i < n).then(|| format!("D{i}")),
            })
            .collect();
        let warnings = due::warnings(&data, today, days);
        let rescue = due::rescue(&data, today, &warnings);
        let late = if warnings.is_empty() {
            Vec::new()
        } else {
            due::late_history(&data, today)
        };
        prop_assert_eq!(
            due::checkup(&data, today, days),
            due::Checkup { warnings, rescue, late }
        );
    }

    #[test]
    fn no_panic_at_the_end_of_the_calendar(
        (data, today, days) in scenario(NaiveDate::MAX.checked_sub_days(Days::new(400)).unwrap_or(NaiveDate::MAX)),
    ) {
        let _ = due::warnings(&data, today, days);
        let _ = due::cash_walk(&data, today, today, NaiveDate::MAX);
        let _ = due::cash_on(&data, today, NaiveDate::MAX);
        let w = due::warnings(&data, NaiveDate::MAX, u32::MAX);
        let _ = due::rescue(&data, NaiveDate::MAX, &w);
    }
}
