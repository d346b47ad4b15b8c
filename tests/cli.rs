//! The real binary on real files: flags, output formats, exit statuses and safe writes.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

mod common;

use assert_cmd::Command;
use common::payoff;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// A copy of a fixture in a fresh temporary folder (tests never write to `tests/`).
fn copy(fixture: &str) -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join(fixture);
    fs::copy(Path::new("tests/fixtures/cli").join(fixture), &path).expect("copy fixture");
    (dir, path)
}

fn json(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("valid JSON on stdout")
}

#[test]
fn plan_json_matches_the_hand_checked_card() {
    let (_d, f) = copy("one_card.toml");
    let j = json(
        payoff()
            .args(["plan", "--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    assert_eq!(j["strategy"], "avalanche");
    assert_eq!(j["monthly_budget"], "200.00");
    // Due on the 15th from as_of 2026-11-01: payment 1 on 2026-11-15, payment 32 on
    // 2029-06-15 (SPEC §2.1, one calendar).
    assert_eq!(j["months"], 32);
    assert_eq!(j["debt_free"], "2029-06");
    assert_eq!(j["debt_free_date"], "2029-06-15");
    assert_eq!(j["total_interest"], "1313.97");
    assert_eq!(j["total_fees"], "0.00");
    assert_eq!(j["total_paid"], "6313.97");
    assert_eq!(j["debts"][0]["name"], "Card");
    assert_eq!(j["debts"][0]["payoff_month"], "2029-06");
    assert_eq!(j["debts"][0]["payoff_date"], "2029-06-15");
    assert_eq!(j["debts"][0]["interest"], "1313.97");
    let s = j["schedule"].as_array().expect("schedule");
    assert_eq!(s.len(), 32);
    assert_eq!(s[0]["month"], "2026-11");
    assert_eq!(s[0]["date"], "2026-11-15");
    assert_eq!(s[0]["dates"]["Card"], "2026-11-15");
    assert_eq!(s[31]["dates"]["Card"], "2029-06-15");
    assert_eq!(s[0]["payments"]["Card"], "200.00");
    assert_eq!(s[0]["balances"]["Card"], "4875.00");
    assert_eq!(s[31]["payments"]["Card"], "113.97");
}

#[test]
fn plan_overrides_budget_and_strategy() {
    let (_d, f) = copy("one_card.toml");
    let j = json(
        payoff()
            .args(["plan", "--budget", "5075", "--strategy"])
            .args(["snowball", "--format", "json", "--file"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    // 5000 + 75.00 interest is cleared in month 1, on the first due date, 2026-11-15.
    assert_eq!(j["strategy"], "snowball");
    assert_eq!(j["months"], 1);
    assert_eq!(j["debt_free"], "2026-11");
    assert_eq!(j["debt_free_date"], "2026-11-15");
    assert_eq!(j["total_interest"], "75.00");
}

#[test]
fn plan_table_and_csv_read_well() {
    let (_d, f) = copy("household.toml");
    payoff()
        .args(["plan", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "avalanche plan, ¥3,000.00 a month from 2026-11",
        ))
        .stdout(predicate::str::contains("花呗"));
    let out = payoff()
        .args(["plan", "--format", "csv", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let header = text.lines().next().expect("a header");
    assert!(header.starts_with("month,date,paid,owed,Visa payment,Visa balance,花呗 payment"));
    assert!(
        text.lines()
            .nth(1)
            .expect("a row")
            .starts_with("2026-11,2026-11-30,3000.00,")
    );
}

#[test]
fn compare_lists_every_strategy_and_keeps_failures() {
    let (_d, f) = copy("one_card.toml");
    let j = json(
        payoff()
            .args(["compare", "--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    let plans = j["plans"].as_array().expect("plans");
    let names: Vec<&str> = plans
        .iter()
        .filter_map(|p| p["strategy"].as_str())
        .collect();
    assert_eq!(
        names,
        ["avalanche", "snowball", "custom", "negotiated", "minimum"]
    );
    assert!(plans[0].get("schedule").is_none());
    assert_eq!(plans[0]["months"], 32);
    // A card with no minimum is never paid off by minimums alone.
    assert!(
        plans[4]["error"]
            .as_str()
            .expect("an error")
            .starts_with("never paid off")
    );
    payoff()
        .args(["compare", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("never paid off"));
}

#[test]
fn compare_shows_savings_against_minimums() {
    let (_d, f) = copy("household.toml");
    let j = json(
        payoff()
            .args(["compare", "--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    let avalanche = &j["plans"][0];
    let minimum = &j["plans"][4];
    assert_eq!(minimum["strategy"], "minimum");
    let interest = |v: &Value| {
        v["total_interest"]
            .as_str()
            .unwrap_or("")
            .parse::<rust_decimal::Decimal>()
            .ok()
    };
    assert!(interest(avalanche) < interest(minimum));
    assert!(avalanche["interest_saved"].as_str().is_some());
}

#[test]
fn budgets_that_cannot_work_exit_2_with_the_reason() {
    let (_d, f) = copy("household.toml");
    payoff()
        .args(["plan", "--budget", "500", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("is").and(predicate::str::contains("below the minimums")));
    let (_d, f) = copy("one_card.toml");
    payoff()
        .args(["plan", "--budget", "50", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("never paid off").and(predicate::str::contains("Card")));
}

#[test]
fn installment_quotes_the_true_apr() {
    let j = json(payoff().args([
        "installment",
        "--principal",
        "12000",
        "--months",
        "12",
        "--fee-rate",
        "0.6",
        "--format",
        "json",
    ]));
    assert_eq!(j["payment"], "1072.00");
    assert_eq!(j["true_apr"], "13.03");
    assert_eq!(j["total_interest"], "864.00");
    assert_eq!(j["schedule"].as_array().map(Vec::len), Some(12));
    let j = json(payoff().args([
        "installment",
        "--principal",
        "1000000",
        "--months",
        "360",
        "--apr",
        "4.9",
        "--method",
        "annuity",
        "--format",
        "json",
    ]));
    assert_eq!(j["payment"], "5307.27");
    payoff()
        .args([
            "installment",
            "--principal",
            "12000",
            "--months",
            "12",
            "--fee-rate",
            "0.6",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("True APR 13.03 %"));
}

#[test]
fn bad_arguments_exit_2_on_one_line() {
    for args in [
        vec!["installment", "--principal", "100", "--months", "12"],
        vec![
            "installment",
            "--principal",
            "-5",
            "--months",
            "12",
            "--apr",
            "3",
        ],
        vec![
            "installment",
            "--principal",
            "100",
            "--months",
            "0",
            "--apr",
            "3",
        ],
        vec![
            "installment",
            "--principal",
            "100",
            "--months",
            "3",
            "--apr",
            "3",
            "--method",
            "flat_fee",
        ],
        vec!["plan", "--strategy", "fastest"],
        vec!["plan", "--today", "2026-13-01"],
        vec!["pay", "Card", "12.345"],
        vec!["frobnicate"],
    ] {
        let (_d, f) = copy("one_card.toml");
        let out = payoff().args(&args).arg("-f").arg(&f).assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    }
}

#[test]
fn pay_appends_and_keeps_everything_else() {
    let (_d, f) = copy("household.toml");
    let before = fs::read_to_string(&f).expect("read");
    payoff()
        .args(["pay", "花呗", "300", "--date", "2026-11-09", "-f"])
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Recorded ¥300.00 to 花呗 on 2026-11-09",
        ));
    let after = fs::read_to_string(&f).expect("read");
    assert!(
        after.starts_with(&before),
        "the old content is kept as it was"
    );
    assert!(after.contains("[[payments]]"));
    assert!(after.contains("debt = \"花呗\""));
    assert!(after.contains("date = 2026-11-09"));
    assert_eq!(
        fs::read_to_string(f.with_extension("toml.bak")).expect("a .bak"),
        before
    );
}

#[test]
fn pay_refuses_unknown_debts_and_leaves_the_file() {
    let (_d, f) = copy("household.toml");
    let before = fs::read(&f).expect("read");
    payoff()
        .args(["pay", "Amex", "10", "-f"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no debt named \"Amex\"")
                .and(predicate::str::contains("\"Visa\"")),
        );
    payoff()
        .args(["pay", "Visa", "0", "-f"])
        .arg(&f)
        .assert()
        .code(2);
    assert_eq!(fs::read(&f).expect("read"), before);
}

#[test]
fn a_bad_file_names_line_column_and_key_and_is_untouched() {
    let dir = TempDir::new().expect("temp");
    let f = dir.path().join("bad.toml");
    let text = "version = 1\n[budget]\nas_of = 2026-11-01\ncash = 1\n\n[[debts]]\nname = \"Card\"\n\
                kind = \"card\"\nbalance = 100\napr = -3\nminimum = 10\ndue_day = 4\n";
    fs::write(&f, text).expect("write");
    payoff()
        .args(["pay", "Card", "10", "-f"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml:10:7: debts[0].apr"));
    assert_eq!(fs::read_to_string(&f).expect("read"), text);
    assert!(!f.with_extension("toml.bak").exists());
}

#[test]
fn a_missing_file_says_how_to_create_it() {
    let dir = TempDir::new().expect("temp");
    payoff()
        .args(["plan", "-f"])
        .arg(dir.path().join("none.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("payoff init"));
}

#[test]
fn init_creates_a_private_file_once() {
    let dir = TempDir::new().expect("temp");
    let f = dir.path().join("sub").join("payoff.toml");
    payoff()
        .args(["init", "--example"])
        .env("PAYOFF_FILE", &f)
        .assert()
        .success();
    let mode = fs::metadata(&f).expect("created").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    payoff()
        .arg("plan")
        .env("PAYOFF_FILE", &f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success();
    let before = fs::read(&f).expect("read");
    payoff()
        .args(["init", "-f"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(fs::read(&f).expect("read"), before);
    let empty = dir.path().join("empty.toml");
    payoff().args(["init", "-f"]).arg(&empty).assert().success();
    let j = json(
        payoff()
            .args(["plan", "--format", "json", "-f"])
            .arg(&empty)
            .args(["--today", "2026-11-01"]),
    );
    assert_eq!(j["months"], 0);
}

#[test]
fn file_flag_wins_over_the_environment() {
    let (_d, f) = copy("one_card.toml");
    let dir = TempDir::new().expect("temp");
    let j = json(
        payoff()
            .env("PAYOFF_FILE", dir.path().join("missing.toml"))
            .args(["plan", "--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    assert_eq!(j["months"], 32);
}

#[test]
fn negotiate_shows_the_plan_and_saves_it_on_request() {
    let (_d, f) = copy("household.toml");
    let before = fs::read_to_string(&f).expect("read");
    let j = json(
        payoff()
            .args([
                "negotiate",
                "Visa",
                "--months",
                "24",
                "--fee",
                "100",
                "--format",
                "json",
                "-f",
            ])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    // 8450.30 + 100 fee over 24 at 0 %: 8550.30 / 24 = 356.2625 -> 356.26; the last one is
    // 8550.30 - 23 * 356.26 = 356.32.
    assert_eq!(j["installment"], "356.26");
    assert_eq!(j["last_installment"], "356.32");
    assert_eq!(j["total_paid"], "8550.30");
    assert_eq!(j["fits"], true);
    assert_eq!(
        fs::read_to_string(&f).expect("read"),
        before,
        "no --save, no write"
    );
    payoff()
        .args(["negotiate", "Visa", "--months", "24", "--save", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Installment"));
    let after = fs::read_to_string(&f).expect("read");
    assert!(after.contains("# 18.25 % a year"), "comments survive");
    assert!(after.contains("months = 24"));
    payoff()
        .args(["negotiate", "Visa", "--months", "61", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .code(2);
}

#[test]
fn every_command_has_help() {
    for sub in ["init", "plan", "compare", "pay", "installment", "negotiate"] {
        payoff()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: payoff"));
    }
    payoff()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("payoff"));
}

#[test]
fn tables_speak_the_files_language_or_the_locales() {
    let (_d, f) = copy("household.toml");
    payoff()
        .args(["compare", "-f"])
        .arg(&f)
        .env("LANG", "zh_CN.UTF-8")
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("雪崩法 avalanche")
                .and(predicate::str::contains("对比只还最低")),
        );
    payoff()
        .args([
            "installment",
            "--principal",
            "12000",
            "--months",
            "12",
            "--fee-rate",
            "0.6",
        ])
        .env("LANG", "zh_CN.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("实际年化利率 13.03 %"));
    // The file's `language` wins over the locale.
    let text = fs::read_to_string(&f)
        .expect("read")
        .replace("currency = \"¥\"", "currency = \"¥\"\nlanguage = \"zh\"");
    fs::write(&f, text).expect("write");
    payoff()
        .args(["plan", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("还清（"));
    payoff()
        .args(["negotiate", "Visa", "--months", "24", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Visa 的协商分期方案"));
}

#[test]
fn a_down_payment_comes_on_top_of_the_installment() {
    let (_d, f) = copy("household.toml");
    let j = json(
        payoff()
            .args([
                "negotiate",
                "Baitiao",
                "--months",
                "36",
                "--fee",
                "30",
                "--down",
                "100",
            ])
            .args(["--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    // 1290 + 30 = 1320 over 36 at 0 %: 36.67 a month; month 1 adds the 100 down.
    assert_eq!(j["installment"], "36.67");
    assert_eq!(j["total_paid"], "1320.00");
    assert_eq!(j["total_cost"], "30.00");
}

#[test]
fn init_example_speaks_the_locales_language() {
    // A Chinese-speaking user ($LANG zh*) gets the Chinese example, everyone else the English.
    let dir = TempDir::new().expect("temp");
    for (lang, name, language) in [
        ("zh_CN.UTF-8", "招行信用卡", Some("language = \"zh\"")),
        ("en_US.UTF-8", "CMB Card", None),
    ] {
        let f = dir.path().join(format!("{lang}.toml"));
        payoff()
            .env("LANG", lang)
            .args(["init", "--example", "-f"])
            .arg(&f)
            .assert()
            .success();
        let text = fs::read_to_string(&f).expect("created");
        assert!(
            text.contains(&format!("name = \"{name}\"")),
            "{lang}: {text}"
        );
        match language {
            Some(line) => assert!(text.contains(line), "{lang}: {text}"),
            None => assert!(!text.contains("\nlanguage = "), "{lang}: {text}"),
        }
    }
}

/// The JSON of `payoff <args>` on a file, with the debts' names replaced by their place in the
/// file (`#0`, `#1`, ...), so files that differ only in names compare equal.
fn unnamed_json(file: &Path, args: &[&str], names: &[&str]) -> String {
    let out = payoff()
        .arg("-f")
        .arg(file)
        .args(args)
        .assert()
        .get_output()
        .stdout
        .clone();
    let mut text = String::from_utf8(out).expect("UTF-8");
    for (i, name) in names.iter().enumerate() {
        text = text.replace(&format!("\"{name}\""), &format!("\"#{i}\""));
    }
    text
}

#[test]
fn both_examples_give_the_same_figures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let en = (
        root.join("example.toml"),
        ["CMB Card", "花呗", "借呗", "JD Baitiao"],
    );
    let zh = (
        root.join("example.zh.toml"),
        ["招行信用卡", "花呗", "借呗", "白条"],
    );
    for args in [
        &["plan", "--format", "json", "--today", "2026-11-23"][..],
        &["compare", "--format", "json", "--today", "2026-11-01"],
        &[
            "negotiate",
            "#3",
            "--months",
            "24",
            "--format",
            "json",
            "--today",
            "2026-11-23",
        ],
    ] {
        // `negotiate` names its debt: each file's own name for the fourth.
        let for_file = |names: &[&str; 4]| -> Vec<String> {
            args.iter()
                .map(|a| {
                    if *a == "#3" {
                        names[3].to_string()
                    } else {
                        a.to_string()
                    }
                })
                .collect()
        };
        let (a, b) = (for_file(&en.1), for_file(&zh.1));
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        let left = unnamed_json(&en.0, &a, &en.1);
        assert!(left.len() > 100, "{args:?}: {left}");
        assert_eq!(left, unnamed_json(&zh.0, &b, &zh.1), "{args:?}");
    }
    // `check` says the same, in each file's language: the same due dates, amounts and levels.
    for today in ["2026-11-23", "2026-12-08"] {
        let check = |file: &Path, names: &[&str]| {
            let text = unnamed_json(
                file,
                &["check", "--format", "json", "--today", today],
                names,
            );
            let j: Value = serde_json::from_str(&text).expect("JSON");
            let items: Vec<String> = j["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|i| format!("{} {} {} {}", i["level"], i["debt"], i["due"], i["amount"]))
                .collect();
            items
        };
        let items = check(&en.0, &en.1);
        assert!(!items.is_empty());
        assert_eq!(items, check(&zh.0, &zh.1), "{today}");
    }
}
