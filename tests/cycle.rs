//! Statement cycles (SPEC §7.2): the plan, `check`, `balances_now` and the real binary give a
//! statement card's bills, interest and minimums to the same cent.

mod common;

use std::fs;
use std::path::Path;

use chrono::{Days, NaiveDate};
use common::payoff;
use payoff::due;
use payoff::engine::{self, Params, Strategy as Strat};
use payoff::ledger::Ledger;
use payoff::model::{Data, Payment};
use payoff::money::Money;
use payoff::store::Store;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// SPEC §7.2's example as a file: a bank card's bill of 10,000.00 from the 11-05 statement,
/// due 11-25, 1,000.00 a month for debts (the contract smoke's `cycle.toml`, with cash enough
/// for `check` to find no shortfall).
const CYCLE: &str = "version = 1
[budget]
as_of = 2026-11-05
cash = 50000
monthly_for_debts = 1000

[[debts]]
name = \"Card\"
product = \"bank_card\"
kind = \"card\"
balance = 10000
daily_rate = 0.05
statement_day = 5
due_day = 25
";

fn json_of(cmd: &mut assert_cmd::Command) -> serde_json::Value {
    let out = cmd.output().expect("payoff runs");
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

fn file(dir: &tempfile::TempDir, text: &str) -> std::path::PathBuf {
    let path = dir.path().join("payoff.toml");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_spec_example_through_plan_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(&dir, CYCLE);
    // Minimums: 1,000.00 (10 % of the bill), then 1,045.00: 10 % of the 9,000.00 principal
    // and the 145.00 interest, 0.0005 * (10000 * 20 + 9000 * 10).
    let j = json_of(
        payoff()
            .args(["plan", "--strategy", "minimum", "--format", "json"])
            .args(["--today", "2026-11-05", "-f"])
            .arg(&path),
    );
    let card = |m: usize, what: &str| j["schedule"][m][what]["Card"].clone();
    assert_eq!(card(0, "payments"), "1000.00");
    assert_eq!(card(0, "dates"), "2026-11-25");
    assert_eq!(card(0, "balances"), "9145.00");
    assert_eq!(card(1, "payments"), "1045.00");
    assert_eq!(card(1, "dates"), "2026-12-25");
    // Paid in full by the due date: no interest.
    let j = json_of(
        payoff()
            .args(["plan", "--strategy", "avalanche", "--budget", "10000"])
            .args(["--format", "json", "--today", "2026-11-05", "-f"])
            .arg(&path),
    );
    assert_eq!(j["total_interest"], "0.00");
    assert_eq!(j["debt_free_date"], "2026-11-25");
    // `check` asks the same: 1,000.00 due on 11-25; once paid, 1,045.00 on 12-25.
    let j = json_of(
        payoff()
            .args(["check", "--format", "json", "--today", "2026-11-23", "-f"])
            .arg(&path),
    );
    let items = j["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{j}");
    assert_eq!(
        (&items[0]["due"], &items[0]["amount"]),
        (&"2026-11-25".into(), &"1000.00".into())
    );
    payoff()
        .args(["pay", "Card", "1000", "--date", "2026-11-25", "-f"])
        .arg(&path)
        .assert()
        .success();
    let j = json_of(
        payoff()
            .args(["check", "--format", "json", "--today", "2026-12-23", "-f"])
            .arg(&path),
    );
    let items = j["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{j}");
    assert_eq!(
        (&items[0]["due"], &items[0]["amount"]),
        (&"2026-12-25".into(), &"1045.00".into())
    );
    // And the plan from that day starts from the 9,145.00 bill the payment left (whose
    // 1,045.00 the 1,000.00 budget no longer covers).
    let j = json_of(
        payoff()
            .args([
                "plan",
                "--strategy",
                "minimum",
                "--format",
                "json",
                "--budget",
                "1045",
            ])
            .args(["--today", "2026-12-23", "-f"])
            .arg(&path),
    );
    assert_eq!(j["schedule"][0]["payments"]["Card"], "1000.00");
    assert_eq!(j["schedule"][0]["balances"]["Card"], "9145.00");
    assert_eq!(j["schedule"][1]["payments"]["Card"], "1045.00");
}

/// A statement card as a file, with every §7.2 rule given (and a bank's late fee, 5 % of the
/// minimum missed, at least 10.00, when `late_fee`), and 1,000,000.00 a month.
#[allow(clippy::too_many_arguments)]
fn cycle_file(
    as_of: NaiveDate,
    balance: Money,
    unbilled: Money,
    daily: Decimal,
    statement_day: u32,
    due_day: u32,
    percent: Option<u32>,
    floor: Money,
    unpaid: bool,
    tolerance: Money,
    grace: u32,
    late_fee: bool,
) -> String {
    let late_fee = if late_fee {
        "late_fee_percent = 5\nlate_fee_min = 10\n"
    } else {
        ""
    };
    let percent = percent.map_or(String::new(), |p| format!("minimum_percent = {p}\n"));
    let interest = if unpaid { "unpaid" } else { "full" };
    format!(
        "version = 1\n[budget]\nas_of = {as_of}\ncash = 0\nmonthly_for_debts = 1000000\n\n\
         [[debts]]\nname = \"Card\"\nkind = \"card\"\nbalance = \"{balance}\"\n\
         unbilled = \"{unbilled}\"\ndaily_rate = \"{daily}\"\nstatement_day = {statement_day}\n\
         due_day = {due_day}\n{percent}minimum = \"{floor}\"\ninterest = \"{interest}\"\n\
         tolerance = \"{tolerance}\"\ngrace_days = {grace}\n{late_fee}"
    )
}

fn money(max_cents: i64) -> impl Strategy<Value = Money> {
    (0..=max_cents).prop_map(|c| Money::new(c, 2))
}

prop_compose! {
    fn statement_card()(
        offset in 0u64..800, balance in money(2_000_000), unbilled in money(300_000),
        daily in 0i64..=80, statement_day in 1u32..=31, due_day in 1u32..=31,
        percent in prop::option::of(2u32..=20), floor in 1i64..=30_000, unpaid in any::<bool>(),
        tolerance in money(2_000), grace in 0u32..=5, late_fee in any::<bool>(),
    ) -> String {
        let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(offset);
        // A fixed minimum large enough to outrun the interest: at most 0.08 % a day on
        // 20,000.00 + 3,000.00 is about 560.00 a month.
        let floor = if percent.is_some() { Money::new(floor, 2) } else { Money::new(60_000, 2) };
        cycle_file(as_of, balance, unbilled, Decimal::new(daily, 3), statement_day, due_day,
                   percent, floor, unpaid, tolerance, grace, late_fee)
    }
}

fn load(text: &str) -> Store {
    Store::from_text(Path::new("cycle.toml"), text).expect("a valid statement card")
}

fn plan_on(data: &Data, strategy: Strat, today: NaiveDate) -> Option<engine::Plan> {
    let ledger = Ledger::new(data, today);
    engine::plan(&data.debts, Params::of(data, strategy, &ledger)).ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Paying every due exactly: the plan's payments are the due dates' amounts, month by
    /// month and date by date, whether the dues are still to come or recorded in the log; and
    /// what the card owes now is the plan's balance.
    #[test]
    fn a_statement_cards_plan_pays_what_its_due_dates_ask(text in statement_card()) {
        let store = load(&text);
        let data = store.data();
        let as_of = data.budget.as_of;
        let Some(plan) = plan_on(data, Strat::Minimum, as_of) else {
            return Ok(());
        };
        let paid: Vec<(NaiveDate, Money)> = (1..=plan.months)
            .map(|m| (plan.date(m, 0), plan.payment(m, 0)))
            .filter(|&(_, amount)| amount > Money::ZERO)
            .collect();
        let until = plan.debt_free_date();
        let asked: Vec<(NaiveDate, Money)> = due::dues(data, as_of, until)
            .iter()
            .map(|d| (d.date, d.amount))
            .collect();
        prop_assert_eq!(&asked, &paid);
        // Every due paid on its date, and today past them all: each is met, asked the same,
        // and the plan (all of it history now) is the same plan.
        let mut with = data.clone();
        for &(date, amount) in &paid {
            with.payments.push(Payment { debt: "Card".into(), date, amount });
        }
        let after = until.succ_opt().unwrap();
        let dues = due::dues(&with, after, until);
        prop_assert!(dues.iter().all(|d| d.is_met()));
        let asked: Vec<(NaiveDate, Money)> = dues.iter().map(|d| (d.date, d.amount)).collect();
        prop_assert_eq!(&asked, &paid);
        let replay = plan_on(&with, Strat::Minimum, after).expect("the same plan");
        prop_assert_eq!(replay.total_interest, plan.total_interest);
        prop_assert_eq!(replay.total_paid, plan.total_paid);
        // What it owes the day after a due date, paid up to it, is the plan's balance after
        // that month.
        for m in (1..=plan.months).take(6) {
            let due = plan.date(m, 0);
            let mut upto = data.clone();
            upto.payments = with.payments.iter().filter(|p| p.date <= due).cloned().collect();
            let ledger = Ledger::new(&upto, due.succ_opt().unwrap());
            prop_assert_eq!(engine::balances_now(&upto.debts, &ledger), vec![plan.balance(m, 0)]);
        }
    }

    /// Under every strategy, beside a plain card: no balance or payment below 0, and what a
    /// statement card is paid is its balance, its unbilled spending, its interest and fees.
    #[test]
    fn a_statement_cards_plan_adds_up(
        text in statement_card(), budget in 0i64..1_000_000,
        strategy in prop::sample::select(Strat::ALL.to_vec()),
    ) {
        let text = text.replace("monthly_for_debts = 1000000", &format!(
            "monthly_for_debts = \"{}\"", Money::new(budget, 2)
        )) + "\n[[debts]]\nname = \"Plain\"\nkind = \"card\"\nbalance = 3000\napr = 18\n\
              minimum = 100\ndue_day = 15\n";
        let store = load(&text);
        let data = store.data();
        let Some(plan) = plan_on(data, strategy, data.budget.as_of) else {
            return Ok(());
        };
        for m in 1..=plan.months {
            for d in 0..2 {
                prop_assert!(plan.balance(m, d) >= Money::ZERO);
                prop_assert!(plan.payment(m, d) >= Money::ZERO);
            }
        }
        let card = &data.debts[0];
        let out = &plan.debts[0];
        prop_assert_eq!(out.paid, card.balance + card.unbilled + out.interest + out.fees);
        prop_assert_eq!(plan.total_owed(plan.months), Money::ZERO);
    }

    /// Whatever the log says was paid, late or short or not at all: the bills `check` tracks
    /// are the balances the plan carries out of each past period, its late fees and interest
    /// included.
    #[test]
    fn past_bills_are_the_same_in_check_and_the_plan(
        text in statement_card(),
        log in prop::collection::vec((0u64..200, 0i64..400_000), 0..6),
        days in 0u64..200,
    ) {
        let store = load(&text);
        let mut data = store.data().clone();
        let as_of = data.budget.as_of;
        let today = as_of + Days::new(days);
        for (day, cents) in log {
            let date = as_of + Days::new(day.min(days));
            data.payments.push(Payment { debt: "Card".into(), date, amount: Money::new(cents, 2) });
        }
        let Some(plan) = plan_on(&data, Strat::Minimum, today) else {
            return Ok(());
        };
        let months: std::collections::HashMap<NaiveDate, u32> =
            (1..=plan.months).map(|m| (plan.date(m, 0), m)).collect();
        let mut compared = 0;
        for d in due::dues(&data, today, today) {
            let Some(&m) = months.get(&d.date) else { continue };
            // The bill of period m is what period m - 1 left, once m - 1 is in the past.
            if m >= 2 && plan.date(m - 1, 0) < today {
                prop_assert_eq!(d.bill, plan.balance(m - 1, 0), "period {}", m);
                compared += 1;
            }
        }
        let owed = engine::balances_now(&data.debts, &Ledger::new(&data, today));
        prop_assert!(owed[0] >= Money::ZERO);
        let _ = compared;
    }
}
