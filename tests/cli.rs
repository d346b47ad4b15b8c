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

/// An extra payment to a debt already paid off goes on with the rest, and the debt keeps the
/// month it was paid off in: Small (300.00 at 10 %) is cleared in month 1 (300 + 2.50
/// interest), the 50.00 to it on 2027-04-20 (month 7) goes to Big.
#[test]
fn an_extra_to_a_debt_paid_off_keeps_its_payoff_month() {
    let dir = TempDir::new().expect("temp dir");
    let f = dir.path().join("extra.toml");
    fs::write(
        &f,
        "version = 1\n[budget]\nas_of = 2026-11-01\nmonthly_for_debts = 1000\n\n\
         [[budget.extra]]\ndate = 2027-04-20\namount = 50\ndebt = \"Small\"\n\n\
         [[debts]]\nname = \"Small\"\nkind = \"card\"\nbalance = 300\napr = 10\nminimum = 100\ndue_day = 10\n\n\
         [[debts]]\nname = \"Big\"\nkind = \"card\"\nbalance = 20000\napr = 5\nminimum = 200\ndue_day = 10\n",
    )
    .expect("write");
    let j = json(
        payoff()
            .args(["plan", "--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    assert_eq!(j["debts"][0]["name"], "Small");
    assert_eq!(j["debts"][0]["payoff_month"], "2026-11");
    assert_eq!(j["debts"][0]["months"], 1);
    assert_eq!(j["debts"][0]["paid"], "302.50");
    let s = j["schedule"].as_array().expect("schedule");
    assert_eq!(s[6]["month"], "2027-05");
    assert_eq!(s[6]["total_owed"], "13762.70");
    assert_eq!(s[6]["payments"]["Small"], "0.00");
    assert_eq!(s[6]["payments"]["Big"], "1050.00");
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
            "Strategy avalanche: ¥3,000.00 a month from 2026-11",
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
        .stdout(predicate::str::contains(
            "True APR: simple 13.03 % a year (单利), compound 13.84 % (复利)",
        ));
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

/// An amount written as payoff shows it (`¥1,060.30`, full-width digits) is read, and stored
/// plain.
#[test]
fn pay_reads_amounts_as_payoff_shows_them() {
    for typed in ["¥1,060.30", "１０６０．３０元"] {
        let (_d, f) = copy("household.toml");
        payoff()
            .args(["pay", "花呗", typed, "--date", "2026-11-09", "-f"])
            .arg(&f)
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "Recorded ¥1,060.30 to 花呗 on 2026-11-09",
            ));
        let after = fs::read_to_string(&f).expect("read");
        assert!(after.ends_with("amount = 1060.30\n"), "{typed}: {after}");
    }
    let (_d, f) = copy("household.toml");
    payoff()
        .args(["pay", "花呗", "10,60.30", "--date", "2026-11-09", "-f"])
        .arg(&f)
        .assert()
        .code(2);
}

/// A payment already in the log (same debt, day and amount) is most likely the same command run
/// twice: refused with exit 2 and nothing written, unless `--force` says it is meant.
#[test]
fn pay_refuses_a_duplicate_unless_forced() {
    let (_d, f) = copy("household.toml");
    let pay = ["pay", "花呗", "300", "--date", "2026-11-09", "-f"];
    payoff().args(pay).arg(&f).assert().success();
    let once = fs::read_to_string(&f).expect("read");
    payoff()
        .args(pay)
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "already logged: 300.00 to \"花呗\" on 2026-11-09; nothing was written (--force",
        ));
    assert_eq!(fs::read_to_string(&f).expect("read"), once);
    // Another amount or day is not a duplicate.
    payoff()
        .args(["pay", "花呗", "300.01", "--date", "2026-11-09", "-f"])
        .arg(&f)
        .assert()
        .success()
        .stderr("");
    payoff()
        .args([
            "pay",
            "--force",
            "花呗",
            "300",
            "--date",
            "2026-11-09",
            "-f",
        ])
        .arg(&f)
        .assert()
        .success();
    let after = fs::read_to_string(&f).expect("read");
    assert_eq!(after.matches("date = 2026-11-09").count(), 3, "{after}");
}

/// A payment dated before `as_of` (already in the balances) or after today (set aside) is
/// recorded, with a warning on stderr saying what it means.
#[test]
fn pay_warns_of_a_date_before_as_of_or_in_the_future() {
    let (_d, f) = copy("household.toml");
    payoff()
        .args(["pay", "花呗", "300", "--date", "2026-10-31", "-f"])
        .arg(&f)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: 2026-10-31 is before as_of (2026-11-01)",
        ));
    payoff()
        .args(["pay", "花呗", "300", "--date", "2999-01-01", "-f"])
        .arg(&f)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: 2999-01-01 is after today",
        ));
    let after = fs::read_to_string(&f).expect("read");
    assert!(after.contains("date = 2026-10-31") && after.contains("date = 2999-01-01"));
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

/// The method is said in words, not as its code; equal principal's payment falls every month,
/// so its last one is where it falls to (in both languages).
#[test]
fn installment_says_the_method_and_how_the_payment_falls() {
    let run = |lang: &str, method: &str| {
        let out = payoff()
            .args(["installment", "--principal", "12000", "--months", "12"])
            .args(["--apr", "10", "--method", method])
            .env("LANG", lang)
            .output()
            .expect("run");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let en = run("C", "equal_principal");
    assert!(
        en.starts_with("12,000.00 over 12 months, equal principal\n"),
        "{en}"
    );
    assert!(
        en.contains("Payment first 1,100.00, falling to 1,008.33\n"),
        "{en}"
    );
    let zh = run("zh_CN.UTF-8", "equal_principal");
    assert!(
        zh.contains("每期还款首期 1,100.00，逐月递减至 1,008.33\n"),
        "{zh}"
    );
    let annuity = run("C", "annuity");
    assert!(
        annuity.contains("over 12 months, annuity (equal payments)\n"),
        "{annuity}"
    );
    assert!(annuity.contains("a month (the last 1,055.01)"), "{annuity}");
    let flat = payoff()
        .args(["installment", "--principal", "12000", "--months", "12"])
        .args(["--fee-rate", "0.6"])
        .env("LANG", "C")
        .output()
        .expect("run");
    let flat = String::from_utf8(flat.stdout).expect("utf-8");
    assert!(!flat.contains("flat_fee"), "{flat}");
    assert!(flat.contains("over 12 months, flat fee"), "{flat}");
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
            predicate::str::contains("雪崩法 ")
                .and(predicate::str::contains("avalanche").not())
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
        .stdout(predicate::str::contains(
            "实际年化利率：单利 13.03 %，复利 13.84 %",
        ));
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
    // 1290 + 30 = 1320, less the 100 down, over 36 at 0 %: 1220 / 36 = 33.888... -> 33.89 a
    // month; month 1 adds the 100 down: 133.89; the 36th pays 1220 - 35 * 33.89 = 33.85.
    assert_eq!(j["installment"], "33.89");
    assert_eq!(j["first_payment"], "133.89");
    assert_eq!(j["last_installment"], "33.85");
    assert_eq!(j["months"], 36);
    assert_eq!(j["total_paid"], "1320.00");
    assert_eq!(j["fee"], "30.00");
    assert_eq!(j["total_cost"], "30.00");
}

#[test]
fn a_down_payment_keeps_the_term_of_24_installments() {
    let (_d, f) = copy("household.toml");
    let j = json(
        payoff()
            .args(["negotiate", "Visa", "--months", "24", "--down", "1000"])
            .args(["--format", "json", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"]),
    );
    // 8450.30 - 1000 = 7450.30 over 24 at 0 %: 310.4291... -> 310.43 a month, the first due
    // date 1310.43, the 24th 7450.30 - 23 * 310.43 = 310.41: still 24 installments.
    assert_eq!(j["months"], 24);
    assert_eq!(j["installment"], "310.43");
    assert_eq!(j["first_payment"], "1310.43");
    assert_eq!(j["last_installment"], "310.41");
    assert_eq!(j["total_paid"], "8450.30");
    assert_eq!(j["total_cost"], "0.00");
    let out = payoff()
        .args([
            "negotiate",
            "Visa",
            "--months",
            "24",
            "--down",
            "1000",
            "-f",
        ])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(
        text.contains(
            "¥310.43 a month for 24 months (the first ¥1,310.43 with the down payment) \
             (the last ¥310.41)"
        ),
        "{text}"
    );
}

#[test]
fn negotiate_shows_what_breaking_the_plan_leaves() {
    let (_d, f) = copy("household.toml");
    let run = |extra: &[&str]| {
        json(
            payoff()
                .args(["negotiate", "Visa", "--format", "json", "-f"])
                .arg(&f)
                .args(["--today", "2026-11-01"])
                .args(extra),
        )
    };
    // 8450.30 over 60 at 0 %: 140.84 a month. Broken after 12 (the default): 8450.30 -
    // 12 * 140.84 = 6760.22 left, at Visa's 18.25 %: 6760.22 * 18.25 / 1200 = 102.81 a month.
    let j = run(&["--months", "60"]);
    assert_eq!(j["installment"], "140.84");
    let b = &j["broken"];
    assert_eq!(b["after"], 12);
    assert_eq!(b["left"], "6760.22");
    assert_eq!(b["monthly_interest"], "102.81");
    assert_eq!(b["apr"], "18.25");
    // After 24: 8450.30 - 24 * 140.84 = 5070.14, 5070.14 * 18.25 / 1200 = 77.108 -> 77.11.
    let j = run(&["--months", "60", "--break-after", "24"]);
    assert_eq!(j["broken"]["left"], "5070.14");
    assert_eq!(j["broken"]["monthly_interest"], "77.11");
    // A plan shorter than a year breaks one before its last; a plan of one cannot break.
    assert_eq!(run(&["--months", "6"])["broken"]["after"], 5);
    assert_eq!(run(&["--months", "1"])["broken"], Value::Null);
    payoff()
        .args(["negotiate", "Visa", "--months", "60", "-f"])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "If it breaks    after 12 paid: ¥6,760.22 left, interest 18.25 %: ¥102.81/mo",
        ));
    payoff()
        .args([
            "negotiate",
            "Visa",
            "--months",
            "12",
            "--break-after",
            "12",
            "-f",
        ])
        .arg(&f)
        .args(["--today", "2026-11-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--break-after 12"));
}

#[test]
fn negotiate_counts_the_fee_in_the_cost_and_the_saving() {
    let (_d, f) = copy("household.toml");
    let run = |fee: &str| {
        json(
            payoff()
                .args(["negotiate", "Visa", "--months", "24", "--fee", fee])
                .args(["--format", "json", "-f"])
                .arg(&f)
                .args(["--today", "2026-11-01"]),
        )
    };
    let (free, paid) = (run("0"), run("100"));
    assert_eq!(paid["total_cost"], "100.00");
    assert_eq!(paid["total_interest"], "0.00");
    // The household now: 918.98 of interest and no fees. With the plan and no fee: 203.03 of
    // interest, 715.95 saved. With a 100 fee: 203.27 of interest (the installment is 4.16 more
    // a month, so the other debts get less) and the fee: 918.98 - 203.27 - 100.00 = 615.71.
    assert_eq!(free["now"]["total_interest"], "918.98");
    assert_eq!(free["now"]["total_fees"], "0.00");
    assert_eq!(free["with_plan"]["total_interest"], "203.03");
    assert_eq!(free["saved_against_now"], "715.95");
    assert_eq!(paid["with_plan"]["total_interest"], "203.27");
    assert_eq!(paid["with_plan"]["total_fees"], "100.00");
    assert_eq!(paid["saved_against_now"], "615.71");
}

#[test]
fn installment_with_a_total_fee_over_the_term() {
    let run = |months: &str, total: &str| {
        json(payoff().args([
            "installment",
            "--principal",
            "12000",
            "--months",
            months,
            "--total-fee-rate",
            total,
            "--format",
            "json",
        ]))
    };
    // Huabei, 12 periods at 8.8 % in all: 12000 / 12 + 1056 / 12 = 1088.00 a month, simple
    // 15.86 %, compound 17.07 % (exact IRR in Python: 15.864 / 17.070).
    let j = run("12", "8.8");
    assert_eq!(j["method"], "flat_fee");
    assert_eq!(j["payment"], "1088.00");
    assert_eq!(j["true_apr"], "15.86");
    assert_eq!(j["compound_apr"], "17.07");
    assert_eq!(j["total_interest"], "1056.00");
    assert_eq!(j["total_fee_rate"], "8.80");
    assert_eq!(j["fee_rate"], "0.73");
    // 3 periods at 2.5 %: 4100.00 a month, 14.94 % simple, 16.00 % compound.
    let j = run("3", "2.5");
    assert_eq!(j["payment"], "4100.00");
    assert_eq!(j["true_apr"], "14.94");
    assert_eq!(j["compound_apr"], "16.00");
    // 9 periods at 6.5 %: 1420.00 every period, the fees adding up to the quoted 780.00.
    let j = run("9", "6.5");
    assert_eq!(j["total_interest"], "780.00");
    assert_eq!(j["schedule"][8]["payment"], "1420.00");
    payoff()
        .args([
            "installment",
            "--principal",
            "12000",
            "--months",
            "12",
            "--total-fee-rate",
            "8.8",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(
                "True APR: simple 15.86 % a year (单利), compound 17.07 % (复利)",
            )
            .and(predicate::str::contains(
                "The quoted 8.80 % in all over 12 months looks like 8.80 % a year",
            )),
        );
    // A total fee is the price: not with a fee a period, nor with an apr, nor another method.
    for other in [
        vec!["--fee-rate", "0.6"],
        vec!["--apr", "10"],
        vec!["--method", "annuity"],
    ] {
        payoff()
            .args([
                "installment",
                "--principal",
                "12000",
                "--months",
                "12",
                "--total-fee-rate",
                "8.8",
            ])
            .args(&other)
            .assert()
            .code(2);
    }
}

#[test]
fn installment_against_revolving_a_debt() {
    let (_d, f) = copy("household.toml");
    let run = |extra: &[&str]| {
        json(
            payoff()
                .args(["installment", "--principal", "12000", "--months", "12"])
                .args(extra)
                .args(["--format", "json", "-f"])
                .arg(&f),
        )
    };
    // 12000 revolved at Visa's 18.25 % paying the same 1072 a month (Python, month by month):
    // 182.50, 168.97, ..., 5.88: 1256.19 over 13 months, against the installment's 864.00.
    let j = run(&["--fee-rate", "0.6", "--against", "Visa"]);
    let a = &j["against"];
    assert_eq!(a["debt"], "Visa");
    assert_eq!(a["apr"], "18.25");
    assert_eq!(a["revolving_interest"], "1256.19");
    assert_eq!(a["months"], 13);
    assert_eq!(a["fee"], "864.00");
    assert_eq!(a["cheaper"], true);
    assert_eq!(a["difference"], "392.19");
    // Huabei's 8.8 % (1056.00) against 花呗 at 14.6 % with 1088 a month: 964.04 over 12
    // months, so the installment costs 91.96 more.
    let j = run(&["--total-fee-rate", "8.8", "--against", "花呗"]);
    let a = &j["against"];
    assert_eq!(a["revolving_interest"], "964.04");
    assert_eq!(a["months"], 12);
    assert_eq!(a["cheaper"], false);
    assert_eq!(a["difference"], "91.96");
    payoff()
        .args(["installment", "--principal", "12000", "--months", "12"])
        .args(["--fee-rate", "0.6", "--against", "Visa", "-f"])
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Against Visa (18.25 % a year): revolving 12,000.00 with the same 1,072.00 a month \
             costs 1,256.19 in interest over 13 months; the installment's fee is 864.00: the \
             installment is cheaper by 392.19.",
        ));
    payoff()
        .args(["installment", "--principal", "12000", "--months", "12"])
        .args(["--total-fee-rate", "8.8", "--against", "花呗", "-f"])
        .arg(&f)
        .env("LANG", "zh_CN.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("：分期多花 91.96。"));
    payoff()
        .args(["installment", "--principal", "12000", "--months", "12"])
        .args(["--fee-rate", "0.6", "--against", "Amex", "-f"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no debt named \"Amex\"").and(predicate::str::contains(
                "\"Visa\", \"花呗\", \"Jiebei\", \"Baitiao\"",
            )),
        );
    // Without a file there is nothing to compare with: the usual missing-file error.
    let dir = TempDir::new().expect("temp dir");
    payoff()
        .args(["installment", "--principal", "100", "--months", "3"])
        .args(["--fee-rate", "1", "--against", "Visa", "-f"])
        .arg(dir.path().join("none.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("payoff init"));
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

#[test]
fn installment_against_a_statement_card_follows_its_cycle() {
    let f = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/lenders.toml");
    let out = payoff()
        .args(["installment", "--principal", "2000", "--months", "2"])
        .args([
            "--fee-rate",
            "0.6",
            "--against",
            "CMB Card",
            "--format",
            "json",
            "-f",
        ])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let j: Value = serde_json::from_slice(&out).expect("JSON");
    // CMB Card: a bank card, statement the 5th, due the 25th, from 11-05. Paying the same
    // 1,012.00 (1000 + 0.6 % of 2000) a due date: cycle 1 leaves 988.00 of 2,000.00, so
    // 全额计息 0.0005 * (2000 * 20 + 988 * 10) = 24.94; the next bill 1,012.94 less 1,012.00
    // leaves 0.94, within the 10.00 tolerance: no interest; then 0.94. 24.94 over 3 bills,
    // against the installment's 24.00 of fees.
    let a = &j["against"];
    assert_eq!(a["revolving_interest"], "24.94");
    assert_eq!(a["months"], 3);
    assert_eq!(a["fee"], "24.00");
    assert_eq!(a["difference"], "0.94");
}

/// `--bom` puts a UTF-8 byte-order mark first, for Excel and WPS; without it the CSV starts
/// with its header; with another format it is refused.
#[test]
fn plan_csv_bom_for_spreadsheets() {
    let (_d, f) = copy("household.toml");
    let run = |extra: &[&str]| {
        payoff()
            .args(["plan", "--format", "csv", "-f"])
            .arg(&f)
            .args(["--today", "2026-11-01"])
            .args(extra)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let with = run(&["--bom"]);
    assert_eq!(&with[..3], &[0xEF, 0xBB, 0xBF]);
    let without = run(&[]);
    assert!(without.starts_with(b"month,"));
    assert_eq!(&with[3..], &without[..]);
    assert!(String::from_utf8(with).unwrap().contains("花呗"));
    payoff()
        .args(["plan", "--bom", "-f"])
        .arg(&f)
        .assert()
        .failure()
        .stderr(predicate::str::contains("--format csv"));
}
