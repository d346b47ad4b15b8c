//! One calendar, one ledger (SPEC §2.1): the dates a plan pays are the dates `check` tracks and
//! `export ics` writes, and a recorded payment flows into every plan.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use chrono::{Months, NaiveDate};
use common::{EXAMPLE, Harness, payoff, today};
use payoff::due;
use payoff::engine::{self, Params, Plan, Strategy as Strat};
use payoff::installment;
use payoff::ledger::Ledger;
use payoff::model::{Data, Language, Method};
use payoff::money::{Money, Rate};
use payoff::store::Store;
use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;
use rust_decimal::{Decimal, dec};

/// A household as a file: 1 to 4 debts (cards with a fixed or percent minimum, annuity
/// loans), any due days, as of a day in 2026-2027, with a budget well above the minimums.
fn household() -> impl Strategy<Value = String> {
    let debt = (
        any::<bool>(),
        100_000i64..2_000_000,
        0i64..3600,
        1u32..=31,
        any::<bool>(),
        1u32..=36,
    )
        .prop_map(|(card, cents, apr, day, pct, term)| {
            let (balance, apr) = (Decimal::new(cents, 2), Decimal::new(apr, 2));
            if card {
                let minimum = if pct {
                    "minimum_percent = 10\nminimum = 100"
                } else {
                    "minimum = 300"
                };
                format!(
                    "kind = \"card\"\nbalance = \"{balance}\"\napr = \"{apr}\"\n{minimum}\n\
                     due_day = {day}\n"
                )
            } else {
                format!(
                    "kind = \"loan\"\nbalance = \"{balance}\"\napr = \"{apr}\"\n\
                     term_months = {term}\ndue_day = {day}\n"
                )
            }
        });
    (
        0u32..400,
        prop::collection::vec(debt, 1..=4),
        2_000u32..8_000,
    )
        .prop_map(|(offset, debts, extra)| {
            let as_of =
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(offset.into());
            let mut text = format!("version = 1\n[budget]\nas_of = {as_of}\ncash = 0\n");
            let minimums = Decimal::from(debts.len()) * Decimal::from(2_500);
            text += &format!("monthly_for_debts = {}\n", minimums + Decimal::from(extra));
            for (i, d) in debts.iter().enumerate() {
                text += &format!("\n[[debts]]\nname = \"D{i}\"\n{d}");
            }
            text
        })
}

/// What a command that must succeed prints.
fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8 output")
}

fn load(text: &str) -> Store {
    Store::from_text(Path::new("household.toml"), text).expect("a valid household")
}

fn plan_on(data: &Data, strategy: Strat, today: NaiveDate) -> Result<Plan, engine::PlanError> {
    let ledger = Ledger::new(data, today);
    engine::plan(&data.debts, Params::of(data, strategy, &ledger))
}

/// Each debt's due dates as `check` tracks them, from `as_of` to `until`.
fn tracked(data: &Data, until: NaiveDate) -> BTreeMap<usize, Vec<NaiveDate>> {
    let mut by_debt: BTreeMap<usize, Vec<NaiveDate>> = BTreeMap::new();
    for d in due::dues(data, data.budget.as_of, until) {
        by_debt.entry(d.debt).or_default().push(d.date);
    }
    by_debt
}

/// The due dates `export ics` writes for each debt of the file, from `today` for 12 months.
fn exported(path: &Path, today: NaiveDate) -> BTreeMap<String, Vec<NaiveDate>> {
    let ics = stdout_of(
        payoff()
            .args(["export", "ics", "--months", "12", "--today"])
            .arg(today.to_string())
            .arg("-f")
            .arg(path),
    );
    let mut by_debt: BTreeMap<String, Vec<NaiveDate>> = BTreeMap::new();
    for line in ics.lines() {
        // UID:D0-2026-12-10@payoff (alarms carry "alarm-" before it).
        let Some(uid) = line
            .strip_prefix("UID:")
            .and_then(|u| u.strip_suffix("@payoff"))
        else {
            continue;
        };
        let Some((debt, date)) = uid.split_at_checked(uid.len().saturating_sub(10)) else {
            continue;
        };
        let (Some(debt), Ok(date)) = (debt.strip_suffix('-'), date.parse()) else {
            continue;
        };
        by_debt.entry(debt.to_string()).or_default().push(date);
    }
    by_debt
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// The events `export ics` writes fall on the dates `check` tracks and the plan pays.
    #[test]
    fn export_writes_the_dates_plans_pay(text in household()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("payoff.toml");
        fs::write(&path, &text).unwrap();
        let store = load(&text);
        let data = store.data();
        let as_of = data.budget.as_of;
        let events = exported(&path, as_of);
        let until = as_of + Months::new(12);
        let dues = tracked(data, until);
        let plan = plan_on(data, Strat::Avalanche, as_of).ok();
        for (d, debt) in data.debts.iter().enumerate() {
            let ics = events.get(&debt.name).cloned().unwrap_or_default();
            let check = dues.get(&d).cloned().unwrap_or_default();
            prop_assert_eq!(&ics, &check, "{}", debt.name);
            if let Some(plan) = &plan {
                for (k, date) in (1..=plan.debts[d].payoff_month).zip(&ics) {
                    prop_assert_eq!(plan.date(k, d), *date, "{} period {}", debt.name, k);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The k-th payment of every debt in a plan falls on the k-th due date `check` tracks.
    #[test]
    fn plans_pay_on_the_dates_check_tracks(text in household()) {
        let store = load(&text);
        let data = store.data();
        let Ok(plan) = plan_on(data, Strat::Avalanche, data.budget.as_of) else {
            return Ok(());
        };
        let until = plan.debt_free_date();
        for (d, dates) in tracked(data, until) {
            let paid: Vec<NaiveDate> = (1..=plan.debts[d].payoff_month)
                .map(|m| plan.date(m, d))
                .collect();
            let n = paid.len().min(dates.len());
            prop_assert_eq!(&paid[..n], &dates[..n], "debt {}", d);
            for m in 1..=plan.debts[d].payoff_month {
                prop_assert!(plan.payment(m, d) > Money::ZERO, "debt {} pays nothing in {}", d, m);
            }
        }
    }

    /// Recording exactly what the plan pays, on its dates, changes nothing in the plan, whether
    /// the dates are still to come or already past.
    #[test]
    fn recording_the_plans_own_payments_changes_nothing(text in household(), upto in 1u32..4) {
        let store = load(&text);
        let data = store.data();
        let as_of = data.budget.as_of;
        let Ok(before) = plan_on(data, Strat::Avalanche, as_of) else {
            return Ok(());
        };
        let mut with = data.clone();
        let months = upto.min(before.months);
        for m in 1..=months {
            for (d, debt) in data.debts.iter().enumerate() {
                let amount = before.payment(m, d);
                if amount > Money::ZERO {
                    with.payments.push(payoff::model::Payment {
                        debt: debt.name.clone(),
                        date: before.date(m, d),
                        amount,
                    });
                }
            }
        }
        let last = (0..data.debts.len()).map(|d| before.date(months, d)).max().unwrap_or(as_of);
        for today in [as_of, last.succ_opt().unwrap_or(last)] {
            let after = plan_on(&with, Strat::Avalanche, today).expect("still a plan");
            prop_assert_eq!(after.months, before.months);
            prop_assert_eq!(after.total_interest, before.total_interest);
            prop_assert_eq!(after.total_paid, before.total_paid);
            prop_assert_eq!(after.debt_free_date(), before.debt_free_date());
            for m in 1..=before.months {
                for d in 0..data.debts.len() {
                    prop_assert_eq!(after.payment(m, d), before.payment(m, d), "m {} d {}", m, d);
                }
            }
        }
    }

    /// Under `minimum`, paying more than asked never costs more interest or takes longer, and
    /// every recorded payment is in the totals.
    #[test]
    fn recording_more_never_costs_more(
        text in household(), debt in 0usize..4, month in 1u32..6, cents in 1i64..100_000,
    ) {
        let store = load(&text);
        let data = store.data();
        let debt = debt % data.debts.len();
        let as_of = data.budget.as_of;
        let Ok(before) = plan_on(data, Strat::Minimum, as_of) else {
            return Ok(());
        };
        prop_assume!(month <= before.debts[debt].payoff_month);
        let mut with = data.clone();
        let extra = Decimal::new(cents, 2).min(before.balance(month, debt));
        prop_assume!(extra > Money::ZERO);
        let asked = before.payment(month, debt);
        with.payments.push(payoff::model::Payment {
            debt: data.debts[debt].name.clone(),
            date: before.date(month, debt),
            amount: asked + extra,
        });
        let after = plan_on(&with, Strat::Minimum, as_of).expect("still a plan");
        prop_assert!(after.total_interest <= before.total_interest);
        prop_assert!(after.debt_free_date() <= before.debt_free_date());
        prop_assert_eq!(after.payment(month, debt), asked + extra);
        // paid = what the log holds + what the plan adds: every cent of the record is there.
        let cells: Money = (1..=after.months)
            .flat_map(|m| (0..data.debts.len()).map(move |d| (m, d)))
            .map(|(m, d)| after.payment(m, d))
            .sum();
        prop_assert_eq!(cells, after.total_paid);
        let owed: Money = data.debts.iter().map(|d| d.balance).sum();
        prop_assert_eq!(after.total_paid, owed + after.total_interest + after.total_fees);
    }

    /// A plan of one loan paid exactly its installment is its installment schedule, row by row.
    #[test]
    fn a_one_loan_plan_is_its_schedule(
        cents in 100i64..5_000_000, apr in 0i64..4000, term in 1u32..=60,
        method in prop::sample::select(vec![Method::Annuity, Method::EqualPrincipal,
            Method::InterestOnly, Method::FlatFee]),
        fee in 0i64..200,
    ) {
        let balance = Decimal::new(cents, 2);
        let mut loan = payoff::model::Debt::loan("L", balance, Decimal::new(apr, 2), term, method);
        let fee_rate = Rate::new(Decimal::new(fee, 2));
        if method == Method::FlatFee {
            loan.apr = Rate::ZERO;
            loan.fee_rate = Some(fee_rate);
        }
        let schedule = installment::loan_schedule(&loan).expect("a loan");
        let ledger = Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
        // The installment exactly: no extra.
        let params = Params {
            strategy: Strat::Minimum,
            budget: Decimal::from(1_000_000_000),
            ledger: &ledger,
            keep_schedule: true,
        };
        let plan = engine::plan(std::slice::from_ref(&loan), params).expect("a plan");
        prop_assert_eq!(plan.months as usize, schedule.rows.len());
        for (m, row) in (1..).zip(&schedule.rows) {
            prop_assert_eq!(plan.payment(m, 0), row.payment, "payment {}", m);
            prop_assert_eq!(plan.balance(m, 0), row.balance, "balance {}", m);
        }
        prop_assert_eq!(plan.total_interest, schedule.total_interest);
    }
}

#[test]
fn each_money_rule_divides_and_multiplies_exactly_then_rounds_once() {
    // 1001 over 3 at 0.6 % a period: 1001 / 3 = 333.666..., 1001 x 0.006 = 6.006, together
    // 339.6727 -> 339.67 (rounding the fee first, 6.01, would give 339.68).
    let rate = Rate::new(dec!(0.6));
    assert_eq!(
        installment::flat_fee_payment(dec!(1001), 3, dec!(1001), rate),
        dec!(339.67)
    );
    let mut loan = payoff::model::Debt::loan("L", dec!(1001), dec!(0), 3, Method::FlatFee);
    loan.fee_rate = Some(rate);
    let ledger = Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
    let params = Params {
        strategy: Strat::Minimum,
        budget: dec!(10000),
        ledger: &ledger,
        keep_schedule: true,
    };
    let plan = engine::plan(std::slice::from_ref(&loan), params).unwrap();
    assert_eq!(plan.payment(1, 0), dec!(339.67));
    assert_eq!(
        installment::loan_schedule(&loan).unwrap().payment,
        dec!(339.67)
    );
    // 2,775.06 over 12 at 0 %: 231.255 -> 231.26 (not 2775.06 x a rounded 1/12).
    assert_eq!(
        installment::annuity_payment(dec!(2775.06), 12, Rate::ZERO),
        dec!(231.26)
    );
    // A month's interest: 8,450.30 at 18.25 %: 128.5149... -> 128.51, on decimals and in cents.
    let apr = Rate::new(dec!(18.25));
    assert_eq!(apr.monthly_interest(dec!(8450.30)), dec!(128.51));
    assert_eq!(apr.of_cents(845_030, 12), Some(12_851));
}

#[test]
fn avalanche_ranks_a_fee_quoted_loan_by_its_true_rate() {
    // 12,000 over 12 at 0.6 % a period is a true 13.03 % a year: dearer than a 5 % card, so
    // avalanche pays it first and costs no more than the custom order, in either file order.
    let loan = "[[debts]]\nname = \"Installment\"\nkind = \"loan\"\nbalance = 12000\n\
                method = \"flat_fee\"\nfee_rate = 0.6\nterm_months = 12\ndue_day = 10\n";
    let card = "[[debts]]\nname = \"Card\"\nkind = \"card\"\nbalance = 12000\napr = 5\n\
                minimum = 200\ndue_day = 10\n";
    let head = "version = 1\n[budget]\nas_of = 2026-11-01\ncash = 0\nmonthly_for_debts = 2500\n";
    for debts in [format!("{loan}{card}"), format!("{card}{loan}")] {
        let store = load(&format!("{head}{debts}"));
        let data = store.data();
        let as_of = data.budget.as_of;
        let avalanche = plan_on(data, Strat::Avalanche, as_of).unwrap();
        let custom = plan_on(data, Strat::Custom, as_of).unwrap();
        assert!(
            avalanche.total_interest <= custom.total_interest,
            "{} > {}",
            avalanche.total_interest,
            custom.total_interest
        );
        // The fee-quoted loan is the one the extra goes to first.
        let installment = data
            .debts
            .iter()
            .position(|d| d.name == "Installment")
            .unwrap();
        let card = 1 - installment;
        assert!(avalanche.debts[installment].payoff_month < avalanche.debts[card].payoff_month);
    }
}

/// The example on 2026-11-23, in a folder of its own.
fn example_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    fs::write(&path, EXAMPLE).unwrap();
    (dir, path)
}

fn plan_json(path: &Path, today: &str) -> serde_json::Value {
    let out = stdout_of(
        payoff()
            .args(["plan", "--format", "json", "--today", today, "-f"])
            .arg(path),
    );
    serde_json::from_str(&out).unwrap()
}

#[test]
fn a_payment_recorded_with_pay_flows_into_the_plan() {
    let (_dir, path) = example_file();
    let before = plan_json(&path, "2026-11-23");
    // The CMB Card's 11-22 minimum is in the past and unpaid: the plan says so.
    assert_eq!(before["schedule"][0]["payments"]["CMB Card"], "0.00");
    payoff()
        .args(["pay", "CMB Card", "845.03", "--date", "2026-11-22", "-f"])
        .arg(&path)
        .assert()
        .success();
    let after = plan_json(&path, "2026-11-23");
    let s0 = &after["schedule"][0];
    assert_eq!(s0["payments"]["CMB Card"], "845.03");
    assert_eq!(s0["dates"]["CMB Card"], "2026-11-22");
    // A bank card's bill (statement 11-04, due 11-22) paid only its minimum: 全额计息 on the
    // whole bill to the due date, then on the rest to the next statement (12-04), at 0.05 % a
    // day: 0.0005 x (8,450.30 x 18 + 7,605.27 x 12) = 121.68432 -> 121.68, posted on 12-04:
    // 8,450.30 - 845.03 + 121.68 = 7,726.95.
    assert_eq!(s0["balances"]["CMB Card"], "7726.95");
    let interest = |j: &serde_json::Value| {
        j["total_interest"]
            .as_str()
            .unwrap()
            .parse::<Decimal>()
            .unwrap()
    };
    assert!(interest(&after) < interest(&before));
    assert!(after["debt_free_date"].as_str() <= before["debt_free_date"].as_str());
}

#[test]
fn the_dashboard_shows_what_a_debt_owes_after_a_payment() {
    let mut h = Harness::new(Language::En, true);
    let cmb = 0;
    let before = h.app.view.balances[cmb];
    // Nothing paid on 11-22: the whole bill, and its interest to the next statement (30 days
    // at 0.05 %: 8,450.30 x 0.0005 x 30 = 126.7545 -> 126.75), still owed.
    assert_eq!(before, dec!(8577.05));
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p')]);
    h.clear_field();
    h.type_str("845.03");
    h.key(KeyCode::Tab);
    h.clear_field();
    h.type_str("2026-11-22");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.view.balances[cmb], dec!(7726.95));
    h.key(KeyCode::Char('1'));
    let screen = h.screen(120, 40);
    assert!(screen.contains("¥7,726.95"), "{screen}");
    assert_eq!(today().to_string(), "2026-11-23");
}

#[test]
fn the_calendar_of_plan_check_and_export_is_one() {
    let (_dir, path) = example_file();
    let plan = plan_json(&path, "2026-11-01");
    let ics = stdout_of(
        payoff()
            .args([
                "export",
                "ics",
                "--today",
                "2026-11-01",
                "--months",
                "3",
                "-f",
            ])
            .arg(&path),
    );
    let until = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Months::new(3);
    for (name, row) in [("借呗", 0), ("借呗", 1), ("花呗", 1), ("CMB Card", 1)] {
        let date = plan["schedule"][row]["dates"][name].as_str().unwrap();
        let uid = format!("UID:{}-{date}@payoff", name.replace(' ', "_"));
        assert!(date <= until.to_string().as_str());
        assert!(ics.contains(&uid), "{uid} not in the export:\n{ics}");
    }
}

#[test]
fn the_chosen_strategy_is_remembered() {
    let mut h = Harness::new(Language::En, true);
    let kept = |h: &Harness| h.app.view.kept.as_ref().map(|p| p.strategy).ok();
    assert_eq!(kept(&h), Some(Strat::Avalanche));
    // Trying snowball and a larger budget on the Plan screen leaves the Dashboard alone.
    h.keys(&[KeyCode::Char('4'), KeyCode::Char('s'), KeyCode::Char(']')]);
    assert_eq!(h.app.plan().strategy, Strat::Snowball);
    assert_eq!(kept(&h), Some(Strat::Avalanche));
    assert_eq!(h.disk(), EXAMPLE);
    // `w` keeps both, each under [budget], and says so.
    h.key(KeyCode::Char('w'));
    assert!(h.disk().contains("strategy = \"snowball\""), "{}", h.disk());
    assert!(
        h.disk().contains("monthly_for_debts = 5500"),
        "{}",
        h.disk()
    );
    let (status, _) = h.app.status.clone().unwrap();
    assert_eq!(status, "kept: snowball, ¥5,500.00 a month for debts");
    assert_eq!(kept(&h), Some(Strat::Snowball));
    // A new start opens on it, and `plan` follows it without --strategy.
    let store = Store::open(&h.path).unwrap();
    let app = payoff::tui::app::App::new(store, today(), Language::En, true);
    assert_eq!(app.plan().strategy, Strat::Snowball);
    let j = plan_json(&h.path, "2026-11-23");
    assert_eq!(j["strategy"], "snowball");
}

#[test]
fn reconcile_moves_the_file_forward_with_the_lenders_figures() {
    let (_dir, path) = example_file();
    // The CMB Card's 11-22 minimum is unpaid: moving past it would hide it from `check`.
    payoff()
        .args(["reconcile", "--today", "2026-11-23", "-f"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "845.03 of \"CMB Card\" due 2026-11-22 is unpaid",
        ));
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
    payoff()
        .args(["pay", "CMB Card", "845.03", "--date", "2026-11-22", "-f"])
        .arg(&path)
        .assert()
        .success();
    // The lender shows 7,780.00 on the card; the rest as expected (Enter), cash as expected.
    let out = stdout_of(
        payoff()
            .args(["reconcile", "--today", "2026-11-23", "-f"])
            .arg(&path)
            .write_stdin("7780\n\n\n\n\n"),
    );
    assert!(
        out.starts_with(
            "CMB Card: the lender shows ¥7,780.00, ¥53.05 more than the ¥7,726.95 expected: \
             interest or a fee payoff does not model?\n花呗: ¥2,735.96, as expected\n"
        ),
        "{out}"
    );
    let store = Store::open(&path).unwrap();
    let data = store.data();
    assert_eq!(data.budget.as_of.to_string(), "2026-11-23");
    // 5200 + 12000 salary - 3500 rent - 4000 living - 2209.90 paid = 7490.10.
    assert_eq!(data.budget.cash, dec!(7490.10));
    let balances: Vec<Money> = data.debts.iter().map(|d| d.balance).collect();
    assert_eq!(
        balances,
        [dec!(7780), dec!(2735.96), dec!(11049.20), dec!(1290)]
    );
    // 借呗's 11-09 installment is behind: 11 left. The log and every comment are kept.
    assert_eq!(data.debts[2].term_months, Some(11));
    assert_eq!(data.payments.len(), 3);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("# The payment log: `payoff pay` and the app append here."));
    assert!(
        text.contains(
            "[[debts.adjustments]]\ndate = 2026-11-23\nexpected = 7726.95\nlender = 7780\n"
        )
    );
    assert_eq!(data.debts[0].adjustments.len(), 1);
    // Nothing is overdue any more, and the plan starts from the new figures.
    payoff()
        .args(["check", "--today", "2026-11-23", "-f"])
        .arg(&path)
        .assert()
        .code(0);
    let plan = plan_json(&path, "2026-11-23");
    assert_eq!(plan["schedule"][0]["dates"]["CMB Card"], "2026-12-22");
    // A second drift says the last reconciliation found one too; scripts pass the figures.
    let out = stdout_of(
        payoff()
            .args(["reconcile", "--today", "2026-11-24", "--cash", "7490.10"])
            .args(["--balance", "CMB Card=7800", "--balance", "花呗=2735.96"])
            .args([
                "--balance",
                "借呗=11049.20",
                "--balance",
                "JD Baitiao=1290",
                "-f",
            ])
            .arg(&path),
    );
    assert!(
        out.contains("(the last reconciliation, on 2026-11-23, found a difference too: +¥53.05)"),
        "{out}"
    );
}

#[test]
fn the_app_reconciles_on_the_dashboard() {
    let mut h = Harness::new(Language::En, true);
    // The CMB Card's 11-22 minimum is unpaid: the app says so and opens nothing.
    h.key(KeyCode::Char('R'));
    assert!(!h.form_open());
    let (status, error) = h.app.status.clone().unwrap();
    assert!(error, "{status}");
    assert_eq!(
        status,
        "pay or record CMB Card ¥845.03 due 2026-11-22 first: reconciling would stop tracking it"
    );
    // Paid (the form offers the 845.03 due): now the reconciliation opens, payoff's figures in.
    h.keys(&[KeyCode::Char('p')]);
    h.key(KeyCode::Tab);
    h.clear_field();
    h.type_str("2026-11-22");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('R'));
    assert!(h.form_open());
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("Reconcile on 2026-11-23: what your lenders show"),
        "{screen}"
    );
    assert!(screen.contains("CMB Card       7726.95"), "{screen}");
    assert!(screen.contains("花呗           2735.96"), "{screen}");
    // The card's lender shows 7780: Tab to it, type, Enter.
    h.key(KeyCode::Tab);
    h.clear_field();
    h.type_str("7780");
    h.key(KeyCode::Enter);
    assert!(!h.form_open());
    let (status, error) = h.app.status.clone().unwrap();
    assert!(!error, "{status}");
    assert_eq!(
        status,
        "reconciled: the file starts on 2026-11-23 with the lenders' figures"
    );
    let disk = Store::open(&h.path).unwrap();
    assert_eq!(disk.data().budget.as_of.to_string(), "2026-11-23");
    assert_eq!(disk.data().debts[0].balance, dec!(7780));
    assert_eq!(disk.data().debts[0].adjustments.len(), 1);
    assert_eq!(h.app.view.balances[0], dec!(7780));
    // One undo puts the whole reconciliation back.
    h.key(KeyCode::Char('u'));
    let disk = Store::open(&h.path).unwrap();
    assert_eq!(disk.data().budget.as_of.to_string(), "2026-11-01");
}

proptest! {
    /// Every `P / n` and `P * r` is taken exactly, then rounded half-up once: the decimal money
    /// rules agree with the same fractions in integers.
    #[test]
    fn money_rules_are_exact_before_their_one_rounding(
        cents in 1i64..100_000_000_000, n in 1u32..=600, rate in 0i64..10_000,
    ) {
        use payoff::money::{div_round_half_up, from_cents};
        let p = Decimal::new(cents, 2);
        let (c, n128, r) = (i128::from(cents), i128::from(n), i128::from(rate));
        // P / n at 0 %.
        prop_assert_eq!(
            installment::annuity_payment(p, n, Rate::ZERO),
            from_cents(i64::try_from(div_round_half_up(c, n128)).unwrap())
        );
        // P / n + P x f / 100, f = rate / 100 percent a period: P (100 x 100 + n x rate) / (100 x 100 x n).
        let fee = Rate::new(Decimal::new(rate, 2));
        let exact = div_round_half_up(c * (10_000 + n128 * r), 10_000 * n128);
        prop_assert_eq!(
            installment::flat_fee_payment(p, n, p, fee),
            from_cents(i64::try_from(exact).unwrap())
        );
        // A month's interest, P x apr / 100 / 12, apr = rate / 100 percent.
        let apr = Rate::new(Decimal::new(rate, 2));
        prop_assert_eq!(
            apr.monthly_interest(p),
            from_cents(i64::try_from(div_round_half_up(c * r, 100 * 100 * 12)).unwrap())
        );
    }
}

#[test]
fn a_plan_adds_the_overdue_penalty_and_late_fees_so_far() {
    // A bank card (product bank_card, no statement day: the plain card's dues) whose 11-22
    // minimum of 845.03 is unpaid on 12-24, 32 days: penalty on the whole bill
    // 8450.30 * 0.05 % * 32 = 135.20, late fee 5 % of 845.03 = 42.25. The plan adds both to the
    // balance, in `fees`: 177.45.
    let text = "version = 1\n[budget]\nas_of = 2026-11-01\ncash = 0\nmonthly_for_debts = 5000\n\n\
                [[debts]]\nname = \"CMB Card\"\nproduct = \"bank_card\"\nkind = \"card\"\n\
                balance = 8450.30\ndaily_rate = 0.05\ndue_day = 22\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    fs::write(&path, text).unwrap();
    let plan = plan_json(&path, "2026-12-24");
    assert_eq!(plan["debts"][0]["fees"], "177.45");
    // A statement-cycle card posts its interest in the cycle (SPEC §7.2): the plan takes only
    // the late fee, not the penalty on the bill as well.
    fs::write(
        &path,
        text.replace("due_day = 22\n", "due_day = 22\nstatement_day = 5\n"),
    )
    .unwrap();
    let plan = plan_json(&path, "2026-12-24");
    assert_eq!(plan["debts"][0]["fees"], "42.25");
}

#[test]
fn reconciling_a_statement_card_takes_its_unbilled_spending_into_the_balance_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    fs::write(
        &path,
        "version = 1\n[budget]\nas_of = 2026-11-05\ncash = 5000\nmonthly_for_debts = 2000\n\n\
         [[debts]]\nname = \"Card\"\nproduct = \"bank_card\"\nbalance = 1000\nstatement_day = 4\n\
         due_day = 22\nunbilled = 500   # spent since the statement\n\n\
         [[payments]]\ndebt = \"Card\"\ndate = 2026-11-20\namount = 1000\n",
    )
    .unwrap();
    // The 1,000.00 bill paid in full by 11-22: no interest; what is owed now is the 500.00
    // spent since the statement, which the lender's app shows as the balance.
    let out = stdout_of(
        payoff()
            .args(["reconcile", "--today", "2026-11-25", "--cash", "4000"])
            .args(["--balance", "Card=500", "-f"])
            .arg(&path),
    );
    assert!(out.contains("Card: ¥500.00, as expected"), "{out}");
    let data = Store::open(&path).unwrap().data().clone();
    assert_eq!(data.debts[0].balance, dec!(500));
    // The balance holds the unbilled spending now: it must not join the next bill again.
    assert_eq!(data.debts[0].unbilled, dec!(0));
    let plan = plan_json(&path, "2026-11-25");
    assert_eq!(plan["total_paid"], "500.00");
    assert_eq!(plan["total_interest"], "0.00");
}
