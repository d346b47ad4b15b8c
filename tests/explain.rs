//! `payoff plan --explain`: month by month, why the money goes where it goes, in the table, the
//! JSON schedule and the CSV, in English and in Chinese (from $LANG or the file's language).

use std::fs;
use std::path::PathBuf;

mod common;

use common::{payoff, stdout_of};
use tempfile::TempDir;

/// Huabei 3,000.00 at 18.25 % (minimum 50), CMB Card 8,000.00 at 12 % (minimum 100), JD Baitiao
/// 1,200.00 at 6 % (minimum 30), all due on the 10th, 1,000.00 a month; an extra 500.00 to CMB
/// Card on 2026-12-01 (paid on 2026-12-10, month 2).
const FILE: &str = r#"version = 1
currency = "¥"

[budget]
as_of = 2026-11-01
cash = 0
monthly_for_debts = 1000

[[budget.extra]]
date = 2026-12-01
amount = 500
debt = "CMB Card"

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

[[debts]]
name = "JD Baitiao"
kind = "card"
balance = 1200
apr = 6
minimum = 30
due_day = 10
"#;

/// Month 1: minimums 50 + 100 + 30, the rest 820.00 to Huabei, the dearest.
const EN_1: &str = "Huabei first: 18.25 % costs most; CMB Card and JD Baitiao get their minimums";
/// Month 2: the extra payment goes to CMB Card on top of its minimum.
const EN_2: &str = "Huabei first: 18.25 % costs most; extra payment ¥500.00 to CMB Card; \
                    CMB Card and JD Baitiao get their minimums";
/// Month 4: Huabei owes 489.08 + 7.44 = 496.52; its minimum 50 and 446.52 of the rest clear
/// it, and 820 - 446.52 = 373.48 moves on to CMB Card.
const EN_4: &str = "Huabei first: 18.25 % costs most; Huabei paid off; ¥373.48 moves on to \
                    CMB Card; JD Baitiao gets its minimum";
const ZH_1: &str = "先还 Huabei：年化 18.25 % 成本最高；CMB Card 和 JD Baitiao 还最低";
const ZH_4: &str =
    "先还 Huabei：年化 18.25 % 成本最高；Huabei 还清，¥373.48 转还 CMB Card；JD Baitiao 还最低";

fn file(text: &str) -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("payoff.toml");
    fs::write(&path, text).expect("write the file");
    (dir, path)
}

fn plan(text: &str, lang: &str, args: &[&str]) -> String {
    let (_dir, path) = file(text);
    stdout_of(
        payoff()
            .env("LANG", lang)
            .arg("-f")
            .arg(&path)
            .args(["plan", "--today", "2026-11-01"])
            .args(args),
    )
}

#[test]
fn the_table_says_why_under_each_month() {
    let out = plan(FILE, "en_US.UTF-8", &["--explain"]);
    let lines: Vec<&str> = out.lines().collect();
    let row = |month: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(month))
            .unwrap_or_else(|| panic!("no row {month} in\n{out}"))
    };
    assert_eq!(lines[row("2026-11") + 1], format!("    {EN_1}"));
    assert_eq!(lines[row("2026-12") + 1], format!("    {EN_2}"));
    assert_eq!(lines[row("2027-02") + 1], format!("    {EN_4}"));
    // Without --explain the table is as it was: no line of why.
    let plain = plan(FILE, "en_US.UTF-8", &[]);
    assert!(!plain.contains("costs most"), "{plain}");
    let explained: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.starts_with("    "))
        .collect();
    assert_eq!(explained, plain.lines().collect::<Vec<_>>());
}

#[test]
fn chinese_from_the_locale_or_the_file() {
    let out = plan(FILE, "zh_CN.UTF-8", &["--explain"]);
    assert!(out.contains(&format!("    {ZH_1}\n")), "{out}");
    assert!(out.contains(&format!("    {ZH_4}\n")), "{out}");
    let in_chinese = FILE.replace("currency = \"¥\"", "currency = \"¥\"\nlanguage = \"zh\"");
    let out = plan(&in_chinese, "en_US.UTF-8", &["--explain"]);
    assert!(out.contains(&format!("    {ZH_1}\n")), "{out}");
}

#[test]
fn json_has_an_explain_string_per_month_only_when_asked() {
    let json: serde_json::Value = serde_json::from_str(&plan(
        FILE,
        "en_US.UTF-8",
        &["--explain", "--format", "json"],
    ))
    .expect("JSON");
    let schedule = json["schedule"].as_array().expect("a schedule");
    assert_eq!(schedule[0]["explain"], EN_1);
    assert_eq!(schedule[1]["explain"], EN_2);
    assert_eq!(schedule[3]["explain"], EN_4);
    assert!(schedule.iter().all(|m| m["explain"].is_string()));
    let zh: serde_json::Value = serde_json::from_str(&plan(
        FILE,
        "zh_CN.UTF-8",
        &["--explain", "--format", "json"],
    ))
    .expect("JSON");
    assert_eq!(zh["schedule"][3]["explain"], ZH_4);
    // The default JSON has no `explain`, and is otherwise the same.
    let text = plan(FILE, "en_US.UTF-8", &["--format", "json"]);
    assert!(!text.contains("explain"));
    let mut without = json.clone();
    for month in without["schedule"].as_array_mut().expect("a schedule") {
        month.as_object_mut().expect("a month").remove("explain");
    }
    assert_eq!(
        without,
        serde_json::from_str::<serde_json::Value>(&text).expect("JSON")
    );
}

#[test]
fn csv_has_an_explain_column() {
    let out = plan(FILE, "en_US.UTF-8", &["--explain", "--format", "csv"]);
    let mut lines = out.lines();
    assert!(lines.next().expect("a header").ends_with(",explain"));
    assert!(
        lines
            .next()
            .expect("month 1")
            .ends_with(&format!(",{EN_1}"))
    );
}

#[test]
fn help_names_the_flag() {
    let help = stdout_of(payoff().args(["plan", "--help"]));
    assert!(help.contains("--explain"), "{help}");
    assert!(help.contains("why the money goes where it goes"), "{help}");
}
