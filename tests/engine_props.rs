//! Invariants of the engine over generated households.

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;

use payoff::engine::{self, Params, Strategy as Strat};
use payoff::ledger::Ledger;
use payoff::model::{Debt, Method, Negotiated};
use payoff::money::{MAX_AMOUNT, Money, Rate};
use payoff::store::Store;
use proptest::prelude::*;

fn cents(max: i64) -> impl Strategy<Value = Money> {
    (0..=max).prop_map(|c| Money::new(c, 2))
}

fn rate(max_hundredths: i64) -> impl Strategy<Value = Rate> {
    (0..=max_hundredths).prop_map(|h| Rate::new(Money::new(h, 2)))
}

prop_compose! {
    fn card()(balance in cents(5_000_000), apr in rate(3_600), minimum in cents(50_000),
              percent in prop::option::of(rate(1_500)), negotiated in prop::option::of(1u32..=60))
              -> Debt {
        let mut d = Debt::card("card", balance, apr.percent(), minimum, 10);
        d.minimum_percent = percent;
        d.negotiated = negotiated.map(|months| Negotiated {
            months, apr: Rate::ZERO, fee: Money::ZERO, down_payment: Money::ZERO,
        });
        d
    }
}

prop_compose! {
    fn loan()(balance in cents(5_000_000), apr in rate(3_600), term in 1u32..=120,
              method in prop::sample::select(Method::ALL.to_vec()), fee in rate(200)) -> Debt {
        let mut d = Debt::loan("loan", balance, apr.percent(), term, method);
        if method == Method::FlatFee {
            d.fee_rate = Some(fee);
        }
        d
    }
}

fn debts() -> impl Strategy<Value = Vec<Debt>> {
    prop::collection::vec(prop_oneof![card(), loan()], 0..8).prop_map(|mut v| {
        for (i, d) in v.iter_mut().enumerate() {
            d.name = format!("{} {i}", d.name);
        }
        v
    })
}

/// The largest amount a file may hold, in cents.
const MAX_CENTS: i64 = 100_000_000_000_000;

/// Amounts at the top of the allowed range: [`MAX_AMOUNT`] itself, a few cents below it, or
/// anything up to it.
fn huge() -> impl Strategy<Value = Money> {
    prop_oneof![
        Just(MAX_AMOUNT),
        (MAX_CENTS - 1_000..=MAX_CENTS).prop_map(|c| Money::new(c, 2)),
        cents(MAX_CENTS),
    ]
}

prop_compose! {
    /// A debt of any kind at the extremes: huge amounts, rates up to the file's 10,000 %.
    fn extreme()(balance in huge(), minimum in huge(), apr in rate(1_000_000),
                 percent in prop::option::of(rate(10_000)), loan in any::<bool>(),
                 term in 1u32..=600, method in prop::sample::select(Method::ALL.to_vec()),
                 negotiated in prop::option::of((1u32..=600, huge(), huge())))
                 -> Debt {
        let mut d = if loan {
            Debt::loan("loan", balance, apr.percent(), term, method)
        } else {
            Debt::card("card", balance, apr.percent(), minimum, 10)
        };
        d.minimum_percent = percent.filter(|_| !loan);
        d.fee_rate = Some(apr);
        d.principal = Some(minimum);
        d.negotiated = negotiated.map(|(months, fee, down_payment)| Negotiated {
            months, apr, fee, down_payment,
        });
        d
    }
}

/// Nothing recorded, the balances true on 2026-11-01.
static NOV_1: LazyLock<Ledger> =
    LazyLock::new(|| Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date")));

fn params(strategy: Strat, budget: Money) -> Params<'static> {
    Params {
        strategy,
        budget,
        ledger: &NOV_1,
        keep_schedule: true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn balances_never_go_negative_and_paid_is_principal_plus_interest(
        debts in debts(), budget in cents(2_000_000),
        strategy in prop::sample::select(Strat::ALL.to_vec()),
    ) {
        if let Ok(plan) = engine::plan(&debts, params(strategy, budget)) {
            for m in 1..=plan.months {
                for d in 0..debts.len() {
                    prop_assert!(plan.balance(m, d) >= Money::ZERO);
                    prop_assert!(plan.payment(m, d) >= Money::ZERO);
                }
                // Each month's total is what its balances add up to (the engine keeps it
                // from the month before, its interest and what it paid).
                let owed: Money = (0..debts.len()).map(|d| plan.balance(m, d)).sum();
                prop_assert_eq!(plan.total_owed(m), owed, "month {}", m);
            }
            for (d, out) in debts.iter().zip(&plan.debts) {
                let start = match (&d.negotiated, strategy) {
                    (Some(n), Strat::Negotiated) => d.balance + n.fee,
                    _ => d.balance,
                };
                prop_assert_eq!(out.paid, start + out.interest);
            }
            prop_assert_eq!(plan.total_owed(plan.months), Money::ZERO);
        }
    }

    #[test]
    fn with_one_debt_every_strategy_but_minimum_gives_the_same_plan(
        mut debt in prop_oneof![card(), loan()], budget in cents(2_000_000),
    ) {
        debt.negotiated = None;
        let debts = [debt];
        let base = engine::plan(&debts, params(Strat::Avalanche, budget));
        for s in [Strat::Snowball, Strat::Custom, Strat::Negotiated] {
            let other = engine::plan(&debts, params(s, budget));
            match (&base, other) {
                (Ok(a), Ok(b)) => {
                    prop_assert_eq!(a.months, b.months);
                    prop_assert_eq!(a.total_interest, b.total_interest);
                    prop_assert_eq!(&a.debts, &b.debts);
                }
                (Err(a), Err(b)) => prop_assert_eq!(a, &b),
                (a, b) => prop_assert!(false, "{:?} vs {:?}", a, b),
            }
        }
    }

    #[test]
    fn a_larger_budget_never_takes_longer(
        debts in debts(), budget in cents(1_000_000), more in cents(1_000_000),
        strategy in prop::sample::select(vec![Strat::Avalanche, Strat::Snowball, Strat::Custom]),
    ) {
        let small = engine::plan(&debts, params(strategy, budget));
        let large = engine::plan(&debts, params(strategy, budget + more));
        if let Ok(small) = small {
            let large = large.expect("a plan that works keeps working with more money");
            // Never longer where the order does not depend on the balances. (Under snowball
            // the extra money can change which debt is smallest and so send later money to a
            // cheap debt while a dear one grows: it may then take a month longer. A found
            // case: five debts, budget 4890.97 against 4909.13.)
            if strategy != Strat::Snowball {
                prop_assert!(large.months <= small.months);
            }
            // Less interest too, where the order is by rate. (Snowball and custom may pay a
            // cheap debt sooner with the extra and so leave a dear one longer: more money can
            // cost more interest under them, and the regressions file keeps such a case.)
            if strategy == Strat::Avalanche {
                prop_assert!(large.total_interest <= small.total_interest);
            }
        }
    }

    #[test]
    fn no_generated_file_makes_plan_or_compare_panic(
        balance in "-?[0-9]{1,20}(\\.[0-9]{1,4})?", apr in "-?[0-9]{1,6}(\\.[0-9]{1,6})?",
        minimum in "[0-9]{1,12}", due in 0u32..40, term in 0u32..2000, kind in "card|loan|x",
        method in "annuity|equal_principal|interest_only|flat_fee|y", budget in "[0-9]{1,15}",
    ) {
        let text = format!(
            "version = 1\n[budget]\nas_of = 2026-11-01\nmonthly_for_debts = {budget}\n\
             [[debts]]\nname = \"D\"\nkind = \"{kind}\"\nbalance = \"{balance}\"\napr = {apr}\n\
             minimum = {minimum}\ndue_day = {due}\nterm_months = {term}\nmethod = \"{method}\"\n\
             fee_rate = 1\n"
        );
        if let Ok(store) = Store::from_text(Path::new("gen.toml"), &text) {
            let data = store.data();
            let ledger = Ledger::new(data, data.budget.as_of);
            let _ = engine::compare(&data.debts, Params::of(data, Strat::Avalanche, &ledger));
            let _ = engine::plan(&data.debts, Params::of(data, Strat::Negotiated, &ledger));
        }
    }

    #[test]
    fn the_largest_amounts_plan_without_a_panic(
        debts in prop::collection::vec(extreme(), 0..6), budget in huge(),
        strategy in prop::sample::select(Strat::ALL.to_vec()),
    ) {
        let _ = engine::compare(&debts, params(strategy, budget));
        if let Ok(plan) = engine::plan(&debts, params(strategy, budget)) {
            for m in 1..=plan.months {
                for d in 0..debts.len() {
                    prop_assert!(plan.balance(m, d) >= Money::ZERO);
                }
            }
            prop_assert_eq!(plan.total_owed(plan.months), Money::ZERO);
        }
    }

    #[test]
    fn any_amount_up_to_the_largest_is_paid_off_by_a_budget_as_large(
        balance in huge(), extra in huge(),
        strategy in prop::sample::select(Strat::ALL.to_vec()),
    ) {
        // At 0 % a budget of at least the balance clears it in month 1, whatever the strategy
        // (under `minimum` the minimum is the whole balance).
        let card = Debt::card("card", balance, Money::ZERO, balance, 10);
        let budget = balance.max(extra);
        let plan = engine::plan(&[card], params(strategy, budget));
        prop_assert!(plan.is_ok(), "{:?}", plan);
        let plan = plan.unwrap();
        prop_assert_eq!(plan.months, u32::from(balance > Money::ZERO));
        prop_assert_eq!(plan.total_paid, balance);
    }
}
