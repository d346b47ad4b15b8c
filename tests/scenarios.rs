//! Named scenarios (SPEC §8 `[[scenarios]]`): read from the file, kept by saves, and compared
//! with the file by `payoff compare --scenario NAME...`.
//!
//! The debts here charge no interest, so every figure can be checked by hand.

mod common;

use std::path::Path;

use chrono::NaiveDate;
use common::{payoff, stdout_of};
use payoff::engine::Strategy;
use payoff::model::{IncomeStop, Payment, YearMonth};
use payoff::store::{Edit, Store};
use rust_decimal::dec;

const SCENARIOS: &str = include_str!("fixtures/valid/scenarios.toml");

fn load(text: &str) -> Store {
    Store::from_text(Path::new("payoff.toml"), text).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn every_change_kind_is_read_from_the_file() {
    let s = load(SCENARIOS);
    let all = &s.data().scenarios;
    let names: Vec<_> = all.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "bonus to card",
            "job loss",
            "Huabei negotiated",
            "parents pay Huabei",
            "raise"
        ]
    );
    assert_eq!(
        (all[0].budget, all[0].strategy),
        (Some(dec!(5000)), Some(Strategy::Snowball))
    );
    assert_eq!(
        all[1].income_stop,
        Some(IncomeStop {
            from: YearMonth {
                year: 2027,
                month: 3
            },
            months: 3
        })
    );
    let (debt, plan) = all[2].negotiated.clone().unwrap();
    assert_eq!((debt.as_str(), plan.months), ("Huabei", 36));
    assert_eq!(all[3].leave_out, ["Huabei"]);
    assert_eq!(all[3].once[0].amount, dec!(1200));
    assert_eq!(all[3].extra[0].debt.as_deref(), Some("CMB Card"));
    // `[[scenarios.extra]]` belongs to the scenario above it.
    assert_eq!(all[4].extra[0].date, date("2027-03-01"));
    // None of it is applied to the file's own plan.
    assert_eq!(s.data().budget.extra.len(), 2);
    assert_eq!(s.data().budget.income_stop, None);
}

#[test]
fn an_unrelated_edit_keeps_the_scenarios_and_their_comments() {
    let mut s = load(SCENARIOS);
    s.apply(Edit::AddPayment(Payment {
        debt: "Huabei".into(),
        date: date("2026-11-09"),
        amount: dec!(200),
    }))
    .unwrap();
    assert!(s.text().starts_with(SCENARIOS), "{}", s.text());
    assert_eq!(s.data().scenarios.len(), 5);
}

#[test]
fn renaming_a_debt_renames_it_in_the_scenarios_and_deleting_it_drops_it() {
    let mut s = load(SCENARIOS);
    let mut huabei = s.data().debts[1].clone();
    huabei.name = "花呗".into();
    s.apply(Edit::UpsertDebt {
        index: Some(1),
        debt: huabei,
    })
    .unwrap();
    let text = s.text().to_string();
    assert!(text.contains("leave_out = [\"花呗\"]\n"), "{text}");
    assert!(
        text.contains("negotiated = { debt = \"花呗\", months = 36, apr = 0, fee = 0 }\n"),
        "{text}"
    );
    // Deleting it leaves the file valid: out of leave_out, its negotiated plan gone.
    s.apply(Edit::DeleteDebt { index: 1 }).unwrap();
    let all = &s.data().scenarios;
    assert!(all[3].leave_out.is_empty() && all[2].negotiated.is_none());
    // Deleting CMB Card sends the scenario's extra for it to the strategy's first.
    s.apply(Edit::DeleteDebt { index: 0 }).unwrap();
    assert_eq!(s.data().scenarios[3].extra[0].debt, None);
    assert!(
        s.text()
            .contains("extra = [{ date = 2027-02-01, amount = 3000 }]\n"),
        "{}",
        s.text()
    );
}

/// One card of 3000 at 0 %, a fixed minimum of 500, due on the 10th (3 days' grace, then
/// 0.05 % a day on what is unpaid and a late fee of 5 %, at least 10); salary 2000 on the 1st,
/// rent 1400 on the 2nd, nothing on hand: a budget of 600 a month, 3000 / 600 = 5 months,
/// debt-free in 2027-03. Each month leaves 100 in the cash after the 500 due.
const TIGHT: &str = r#"version = 1
[budget]
as_of = 2026-11-01
cash = 0

[[budget.income]]
name = "Salary"
amount = 2000
day = 1

[[budget.expenses]]
name = "Rent"
amount = 1400
day = 2

[[debts]]
name = "Card"
kind = "card"
balance = 3000
apr = 0
minimum = 500
due_day = 10
grace_days = 3
penalty_daily_rate = 0.05
late_fee_percent = 5
late_fee_min = 10

# No salary in January.
[[scenarios]]
name = "job loss"
income_stop = { from = "2027-01", months = 1 }

[[scenarios]]
name = "bonus"
extra = [{ date = 2026-11-15, amount = 1000, debt = "Card" }]
"#;

fn run(file: &Path, args: &[&str], lang: &str) -> String {
    stdout_of(
        payoff()
            .env("LANG", lang)
            .arg("-f")
            .arg(file)
            .arg("compare")
            .args(args)
            .args(["--today", "2026-11-01"]),
    )
}

fn tight() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("payoff.toml");
    std::fs::write(&file, TIGHT).unwrap();
    (dir, file)
}

#[test]
fn compare_shows_the_file_and_each_scenario_side_by_side() {
    // job loss: January's budget is 600 - 2000, so 0: the card gets its minimum 500 then.
    // 600 + 600 + 500 + 600 + 600 = 2900, 100 in month 6: debt-free 2027-04, a month later.
    // The cash walk: 200 on hand on 01-02 - 1400 = -1200, so the 01-10 due (500) is missed,
    // and each later one too (the cash never gets back above 0: -600 + 100 a month).
    // bonus: 1000 more in month 2: 600, 1600, 600, 200: debt-free 2027-02, a month sooner.
    let (_dir, file) = tight();
    let text = run(
        &file,
        &["--scenario", "job loss", "--scenario", "bonus"],
        "en_US.UTF-8",
    );
    let rows: Vec<Vec<&str>> = text
        .lines()
        .take(4)
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            vec![
                "Scenario",
                "Strategy",
                "Debt-free",
                "Interest",
                "Fees",
                "Months saved",
                "Missed dues",
                "Their cost"
            ],
            vec![
                "(the file as it is)",
                "avalanche",
                "2027-03",
                "¥0.00",
                "¥0.00",
                "-",
                "0",
                "-"
            ],
            vec![
                "job loss",
                "avalanche",
                "2027-04",
                "¥0.00",
                "¥0.00",
                "-1",
                "4",
                "¥121.00"
            ],
            vec![
                "bonus",
                "avalanche",
                "2027-02",
                "¥0.00",
                "¥0.00",
                "1",
                "0",
                "-"
            ],
        ],
        "{text}"
    );
    // Each missed due is paid when the cash is back at or above 0: the salary of 02-01 takes
    // -1700 to 300, so January's 500 is paid 22 days late: 500 x 0.05 % x 22 = 5.50, and the
    // late fee max(5 % x 500, 10) = 25.00. February's: 02-10 to 03-01, 19 days, 4.75;
    // March's: 22 days, 5.50; April's: 04-10 to 05-01, 21 days, 5.25. 121.00 in all.
    let missed: Vec<&str> = text.lines().skip(4).collect();
    assert_eq!(
        missed,
        [
            "job loss: 4 due dates the cash on hand would not cover; paid when the cash is back, they cost ¥121.00 in penalties and late fees:",
            "  2027-01-10 Card: ¥500.00 short; paid 2027-02-01, 22 days late: penalty ¥5.50, late fee ¥25.00",
            "  2027-02-10 Card: ¥500.00 short; paid 2027-03-01, 19 days late: penalty ¥4.75, late fee ¥25.00",
            "  2027-03-10 Card: ¥500.00 short; paid 2027-04-01, 22 days late: penalty ¥5.50, late fee ¥25.00",
            "  2027-04-10 Card: ¥500.00 short; paid 2027-05-01, 21 days late: penalty ¥5.25, late fee ¥25.00",
        ],
        "{text}"
    );
    let zh = run(&file, &["--scenario", "job loss"], "zh_CN.UTF-8");
    assert!(zh.starts_with("情景"), "{zh}");
    assert!(zh.contains("（当前文件）"), "{zh}");
    assert!(
        zh.contains(
            "job loss：手头现金付不了 4 个还款日；等现金回来再还，罚息和违约金共 ¥121.00：\n"
        ),
        "{zh}"
    );
    assert!(
        zh.contains("  2027-01-10 Card：还差 ¥500.00；2027-02-01 还上，逾期 22 天：罚息 ¥5.50，违约金 ¥25.00\n"),
        "{zh}"
    );
}

#[test]
fn compare_json_holds_the_base_plans_as_before_and_each_scenarios() {
    let (_dir, file) = tight();
    let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
    let before = parse(&run(&file, &["--format", "json"], "en_US.UTF-8"));
    assert!(before.get("scenarios").is_none(), "{before}");
    let with = parse(&run(
        &file,
        &["--format", "json", "--scenario", "job loss"],
        "en_US.UTF-8",
    ));
    assert_eq!(with["plans"], before["plans"]);
    let s = &with["scenarios"][0];
    assert_eq!(s["name"], "job loss");
    let months: Vec<_> = s["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["strategy"].as_str().unwrap(),
                p["months"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(months.contains(&("avalanche", 6)), "{s}");
    assert_eq!(s["missed_dues"][0]["date"], "2027-01-10");
    assert_eq!(s["missed_dues"][0]["debt"], "Card");
    assert_eq!(s["missed_dues"][0]["short"], "500.00");
    assert_eq!(s["missed_dues"][0]["paid_on"], "2027-02-01");
    assert_eq!(s["missed_dues"][0]["days_late"], 22);
    assert_eq!(s["missed_dues"][0]["past_grace"], true);
    assert_eq!(s["missed_dues"][0]["penalty"], "5.50");
    assert_eq!(s["missed_dues"][0]["late_fee"], "25.00");
}

#[test]
fn an_unknown_scenario_is_exit_2_naming_it_and_the_known_ones() {
    let (_dir, file) = tight();
    let out = payoff()
        .arg("-f")
        .arg(&file)
        .args(["compare", "--scenario", "bonus", "--scenario", "lottery"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: no scenario named \"lottery\" (the file has \"job loss\", \"bonus\")\n"
    );
}

#[test]
fn a_new_scenario_is_appended_after_the_last_with_only_what_it_sets() {
    let mut s = load(SCENARIOS);
    s.apply(Edit::AddScenario {
        name: "more each month".into(),
        budget: Some(dec!(6200.5)),
        strategy: Some(Strategy::Snowball),
    })
    .unwrap();
    assert!(
        s.text().ends_with(
            "amount = 1000\n\n[[scenarios]]\nname = \"more each month\"\nbudget = 6200.5\nstrategy = \"snowball\"\n"
        ),
        "{}",
        s.text()
    );
    assert!(s.text().starts_with(&SCENARIOS[..SCENARIOS.len() - 1]));
    s.apply(Edit::AddScenario {
        name: "same".into(),
        budget: None,
        strategy: None,
    })
    .unwrap();
    assert!(s.text().ends_with("\n[[scenarios]]\nname = \"same\"\n"));
    // A name another scenario has is refused, the file as it was.
    let before = s.text().to_string();
    assert!(
        s.apply(Edit::AddScenario {
            name: "raise".into(),
            budget: None,
            strategy: None,
        })
        .is_err()
    );
    assert_eq!(s.text(), before);
}

#[test]
fn renaming_and_deleting_a_scenario_keep_the_rest_and_its_comments() {
    let mut s = load(SCENARIOS);
    s.apply(Edit::RenameScenario {
        index: 0,
        name: "年终奖还卡".into(),
    })
    .unwrap();
    assert!(
        s.text()
            .contains("name = \"年终奖还卡\"     # the spec's own example\n"),
        "{}",
        s.text()
    );
    s.apply(Edit::DeleteScenario { index: 1 }).unwrap();
    assert!(!s.text().contains("job loss"), "{}", s.text());
    let names: Vec<_> = s.data().scenarios.iter().map(|x| x.name.clone()).collect();
    assert_eq!(
        names,
        [
            "年终奖还卡",
            "Huabei negotiated",
            "parents pay Huabei",
            "raise"
        ]
    );
    assert!(
        s.text()
            .contains("# What-ifs: none of these changes the plan")
    );
}

#[test]
fn adopting_a_scenario_moves_its_decisions_into_the_file() {
    // "raise": its budget becomes monthly_for_debts and its [[scenarios.extra]] a
    // [[budget.extra]] after the file's two; the scenario is gone.
    let mut s = load(SCENARIOS);
    s.apply(Edit::AdoptScenario { index: 4 }).unwrap();
    let d = s.data();
    assert_eq!(d.budget.monthly_for_debts, Some(dec!(9000)));
    assert_eq!(d.budget.extra.len(), 3);
    assert_eq!(
        (d.budget.extra[2].date, d.budget.extra[2].amount),
        (date("2027-03-01"), dec!(1000))
    );
    assert_eq!(d.scenarios.len(), 4);
    let text = s.text();
    assert!(
        text.contains("amount = 500\n\n[[budget.extra]]\ndate = 2027-03-01\namount = 1000\n"),
        "{text}"
    );
    assert!(text.contains(
        "# 15000 from savings to the card: an extra payment comes on top of the month's budget."
    ));
    // Its plan is now the file's: the same months and interest as the scenario had.
    let raise =
        payoff::scenario::apply(load(SCENARIOS).data(), &load(SCENARIOS).data().scenarios[4]);
    assert_eq!(raise.budget.monthly_for_debts, d.budget.monthly_for_debts);
    assert_eq!(raise.budget.extra, d.budget.extra);
}

#[test]
fn adopting_keeps_an_income_stop_and_debts_left_out_as_a_scenario() {
    // "parents pay Huabei": its one-off and its extra join the file; leaving Huabei out is
    // not a decision about the file, so it stays, under the same name.
    let mut s = load(SCENARIOS);
    s.apply(Edit::AdoptScenario { index: 3 }).unwrap();
    let d = s.data();
    assert_eq!(d.budget.once.len(), 3);
    assert_eq!(d.budget.once[2].name, "Tax refund");
    assert_eq!(d.budget.extra.len(), 3);
    let kept = &d.scenarios[3];
    assert_eq!(kept.name, "parents pay Huabei");
    assert_eq!(kept.leave_out, ["Huabei"]);
    assert!(kept.once.is_empty() && kept.extra.is_empty());
    // A negotiated plan goes on its debt, planned under `negotiated`.
    let mut s = load(SCENARIOS);
    s.apply(Edit::AdoptScenario { index: 2 }).unwrap();
    let d = s.data();
    assert_eq!(d.debts[1].negotiated.as_ref().map(|n| n.months), Some(36));
    assert_eq!(d.budget.strategy(), Strategy::Negotiated);
    assert_eq!(d.scenarios.len(), 4);
    assert!(
        s.text()
            .contains("[debts.negotiated]\nmonths = 36\napr = 0\n"),
        "{}",
        s.text()
    );
}
