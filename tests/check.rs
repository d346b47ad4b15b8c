//! `payoff check`, `remind` and `export ics` on real files, through the real binary.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::payoff;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// A file in a fresh folder.
fn file(text: &str) -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("payoff.toml");
    fs::write(&path, text).expect("write");
    (dir, path)
}

/// A card of 5000 with 200 due on the 25th, 5000 on hand: the contract's scenario.
const CARD: &str = "version = 1\n[budget]\nas_of = 2026-11-01\ncash = 5000\n\n[[debts]]\n\
                    name = \"Card\"\nkind = \"card\"\nbalance = 5000\napr = 18\nminimum = 200\n\
                    due_day = 25\ngrace_days = 3\npenalty_daily_rate = 0.05\n";

fn check(path: &Path, today: &str) -> (i32, Value) {
    let out = payoff()
        .args(["check", "--format", "json", "--today", today, "-f"])
        .arg(path)
        .output()
        .expect("runs");
    let json = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    (out.status.code().unwrap_or(-1), json)
}

/// `check`'s text on `today` under the locale `lang`, without colour; it must warn (exit 1).
fn warned(path: &Path, today: &str, lang: &str) -> String {
    let out = payoff()
        .args(["check", "--today", today, "-f"])
        .arg(path)
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn quiet_when_all_is_well_so_cron_sends_no_mail() {
    let (_d, f) = file(CARD);
    payoff()
        .args(["check", "--today", "2026-11-02", "-f"])
        .arg(&f)
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
}

#[test]
fn each_level_in_json_with_its_fields() {
    let (_d, f) = file(CARD);
    let (code, j) = check(&f, "2026-11-23");
    assert_eq!(code, 1);
    assert_eq!(j["today"], "2026-11-23");
    let item = &j["items"][0];
    assert_eq!(
        (
            item["level"].as_str(),
            item["due"].as_str(),
            item["amount"].as_str(),
            item["days"].as_i64()
        ),
        (
            Some("due_soon"),
            Some("2026-11-25"),
            Some("200.00"),
            Some(2)
        )
    );
    // The last day of grace (25 + 3 = 28) and the first day past it.
    let (_, j) = check(&f, "2026-11-28");
    assert_eq!(j["items"][0]["level"], "grace");
    assert_eq!(j["items"][0]["pay_by"], "2026-11-28");
    let (_, j) = check(&f, "2026-11-29");
    let item = &j["items"][0];
    assert_eq!(item["level"], "overdue");
    assert_eq!(item["days_overdue"], 4);
    assert_eq!(item["bucket"], "M1");
    // 200.00 * 0.05 % * 4 days = 0.40.
    assert_eq!(item["penalty"], "0.40");
    // 31 days past due is M2.
    let (_, j) = check(&f, "2026-12-26");
    let overdue: Vec<&Value> = j["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["level"] == "overdue")
        .collect();
    assert_eq!(overdue[0]["days_overdue"], 31);
    assert_eq!(overdue[0]["bucket"], "M2");
    assert_eq!(overdue[0]["term"], "medium");
}

#[test]
fn a_payment_clears_the_warning() {
    let (_d, f) = file(&format!(
        "{CARD}\n[[payments]]\ndebt = \"Card\"\ndate = 2026-11-20\namount = 200\n"
    ));
    let (code, j) = check(&f, "2026-11-23");
    assert_eq!(code, 0);
    assert_eq!(j["items"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_shortfall_when_salary_comes_the_day_after_the_due_date() {
    // 100 on hand; 200 due on the 25th; salary 3000 on the 26th: 100.00 short on the 25th.
    let text = CARD.replace("cash = 5000", "cash = 100")
        + "\n[[budget.income]]\nname = \"Salary\"\namount = 3000\nday = 26\n";
    let (_d, f) = file(&text);
    let (code, j) = check(&f, "2026-11-10");
    assert_eq!(code, 1);
    let item = &j["items"][0];
    assert_eq!(item["level"], "shortfall");
    assert_eq!(item["due"], "2026-11-25");
    assert_eq!(item["short"], "100.00");
    assert!(j["rescue"]["missing"].as_str().is_some());
    let text = warned(&f, "2026-11-10", "en_US.UTF-8");
    assert!(
        text.starts_with("! SHORT  Card  due 2026-11-25  ¥200.00  ¥100.00 short on the day\n"),
        "{text}"
    );
    assert!(text.contains("Pay first"));
    assert!(
        !text.contains('\x1b'),
        "no colour with NO_COLOR or off a terminal"
    );
}

#[test]
fn days_widens_the_window_and_chinese_follows_lang() {
    let (_d, f) = file(CARD);
    payoff()
        .args(["check", "--today", "2026-11-15", "-f"])
        .arg(&f)
        .assert()
        .code(0);
    payoff()
        .args(["check", "--today", "2026-11-15", "--days", "10", "-f"])
        .arg(&f)
        .env("LANG", "zh_CN.UTF-8")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("• 即将到期").and(predicate::str::contains("还有 10 天")));
}

/// `cards` cards due on the 3rd, 4th, ...: 1,000,000 each at 10 a month (so their dues never
/// run out), a penalty of 0.05 % a day, no grace, 1000 on hand and nothing ever paid.
fn unpaid_cards(cards: usize, as_of: &str) -> String {
    let mut text = format!("version = 1\n[budget]\nas_of = {as_of}\ncash = 1000\n");
    for i in 0..cards {
        text.push_str(&format!(
            "\n[[debts]]\nname = \"Card {i}\"\nkind = \"card\"\nbalance = 1000000\napr = 18\n\
             minimum = 10\ndue_day = {}\npenalty_daily_rate = 0.05\n",
            i + 3
        ));
    }
    text
}

#[test]
fn eight_cards_unpaid_since_the_year_1_fold_into_a_few_lines() {
    // From 0001-01 to 2026-11 each card has 2025 * 12 + 11 = 24311 unpaid due dates, all past
    // due on 2026-11-23: 194,488 overdue warnings. The text keeps the newest 3 of each card
    // (Sep, Oct and Nov 2026) and folds the other 24308 (243,080.00 at 10 each) into one line.
    let (_d, f) = file(&unpaid_cards(8, "0001-01-01"));
    let text = warned(&f, "2026-11-23", "en_US.UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    // 24 overdue lines, 8 folded ones, the total due now, the advice, and 8 suggestions to
    // negotiate.
    assert_eq!(lines.len(), 24 + 8 + 1 + 1 + 8, "{text}");
    assert!(text.len() < 8_000, "{} bytes", text.len());
    assert!(
        lines[0].starts_with("! OVERDUE  Card 0  due 2026-09-03"),
        "{text}"
    );
    assert!(
        lines[23].starts_with("! OVERDUE  Card 7  due 2026-11-10"),
        "{text}"
    );
    for (i, line) in lines[24..32].iter().enumerate() {
        assert_eq!(
            *line,
            format!("... and 24308 older overdue due dates of Card {i}, ¥243,080.00 in all")
        );
    }
    // 8 x 24311 dues of 10.00 each.
    assert_eq!(lines[32], "Due now in all: ¥1,944,880.00");
    // 1000 on hand pays 100 of the dues: 5 named, then the other 95.
    assert!(
        lines[33].starts_with(
            "Pay first, with the ¥1,000.00 on hand: Card 0 ¥10.00, then Card 1 ¥10.00, then \
             Card 2 ¥10.00, then Card 3 ¥10.00, then Card 4 ¥10.00, then 95 more, ¥950.00 in all;"
        ),
        "{}",
        lines[33]
    );
    // In Chinese too.
    let text = warned(&f, "2026-11-23", "zh_CN.UTF-8");
    assert_eq!(text.lines().count(), 42);
    assert!(text.contains("\n目前应还合计：¥1,944,880.00\n"), "{text}");
    assert!(
        text.contains("\n另有 Card 0 更早逾期的 24308 期，共 ¥243,080.00\n"),
        "{text}"
    );
    assert!(text.contains("，然后再还 95 笔，共 ¥950.00；"), "{text}");
}

#[test]
fn json_keeps_every_item_that_the_text_folds() {
    // Two cards from 2020-01 to 2026-11: 6 * 12 + 11 = 83 overdue due dates each.
    let (_d, f) = file(&unpaid_cards(2, "2020-01-01"));
    let (code, j) = check(&f, "2026-11-23");
    assert_eq!(code, 1);
    let items = j["items"].as_array().expect("items");
    assert_eq!(items.len(), 2 * 83);
    assert!(items.iter().all(|i| i["level"] == "overdue"));
    assert_eq!(items[0]["due"], "2020-01-03");
    let steps = j["rescue"]["pay_first"].as_array().expect("steps");
    assert_eq!(steps.len(), 2 * 83);
    // One folded line of 80 in the text; 1 more for a card with 4 unpaid due dates.
    let out = payoff()
        .args(["check", "--today", "2026-11-23", "-f"])
        .arg(&f)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    assert!(text.contains("\n... and 80 older overdue due dates of Card 1, ¥800.00 in all\n"));
    let (_d, f) = file(&unpaid_cards(1, "2026-08-01"));
    let out = payoff()
        .args(["check", "--today", "2026-11-23", "-f"])
        .arg(&f)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.contains("\n... and 1 older overdue due date of Card 0, ¥10.00\n"),
        "{text}"
    );
}

#[test]
fn bad_input_exits_2() {
    let (_d, f) = file(CARD);
    payoff()
        .args(["check", "--today", "2026-13-01", "-f"])
        .arg(&f)
        .assert()
        .code(2);
    let (_d, bad) = file(&CARD.replace("due_day = 25", "due_day = 32"));
    payoff()
        .args(["check", "--today", "2026-11-01", "-f"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("payoff.toml:").and(predicate::str::contains("due_day")));
}

#[test]
fn typos_stay_out_of_the_cron_mail() {
    let (_d, f) = file(&CARD.replace("minimum = 200", "minimum = 200\nminimun = 3"));
    payoff()
        .args(["check", "--today", "2026-11-02", "-f"])
        .arg(&f)
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
}

#[test]
fn notify_without_a_session_bus_says_why_on_stderr() {
    let (_d, f) = file(CARD);
    payoff()
        .args(["check", "--notify", "--today", "2026-11-23", "-f"])
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("DUE SOON"))
        .stderr(predicate::str::contains("no desktop notification"));
}

#[test]
fn export_ics_parses_back_with_one_event_per_due_and_alarms() {
    let (_d, f) = file(CARD);
    let out = payoff()
        .args([
            "export",
            "ics",
            "--months",
            "3",
            "--today",
            "2026-11-23",
            "-f",
        ])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let cal: icalendar::Calendar = text.parse().expect("RFC 5545 that parses back");
    let events: Vec<&icalendar::Event> =
        cal.components.iter().filter_map(|c| c.as_event()).collect();
    // 11-25, 12-25 and 01-25: three months from 11-23 end on 2027-02-23, before 02-25.
    use icalendar::Component;
    let starts: Vec<String> = events
        .iter()
        .filter_map(|e| e.get_start())
        .map(|d| format!("{d:?}"))
        .collect();
    assert_eq!(events.len(), 3, "{starts:?}");
    assert_eq!(events[0].get_summary(), Some("Card: ¥200.00 due"));
    assert!(text.contains("DTSTART;VALUE=DATE:20261125"));
    assert!(
        text.contains("DTEND;VALUE=DATE:20261126"),
        "an all-day event ends the next day"
    );
    // The alarm fires remind_days (3) before the start: 3 x 86400 s.
    assert!(text.contains("TRIGGER;RELATED=START:-PT259200S"), "{text}");
    assert!(text.contains("UID:Card-2026-11-25@payoff"));
    assert_eq!(text.matches("BEGIN:VALARM").count(), 3);
}

#[test]
fn remind_install_writes_units_and_uninstall_removes_them() {
    let (home, f) = file(CARD);
    let run = |args: &[&str]| {
        payoff()
            .args(args)
            .arg("-f")
            .arg(&f)
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME")
            .env("PATH", "/nonexistent")
            .assert()
            .success()
    };
    run(&["remind", "install"]).stdout(predicate::str::contains(
        "systemctl --user enable --now payoff-check.timer",
    ));
    let dir = home.path().join(".config/systemd/user");
    let service = fs::read_to_string(dir.join("payoff-check.service")).expect("service");
    let timer = fs::read_to_string(dir.join("payoff-check.timer")).expect("timer");
    assert!(service.contains("Type=oneshot"));
    assert!(service.contains(&format!("--file \"{}\" check --notify", f.display())));
    assert!(service.contains("SuccessExitStatus=1"));
    assert!(timer.contains("OnCalendar=*-*-* 09:00:00"));
    assert!(timer.contains("Persistent=true"));
    assert!(timer.contains("WantedBy=timers.target"));
    run(&["remind", "install", "--cron"]).stdout(predicate::str::starts_with("0 9 * * * '"));
    run(&["remind", "uninstall"]).stdout(predicate::str::contains("Removed"));
    assert!(!dir.join("payoff-check.timer").exists());
    assert!(!dir.join("payoff-check.service").exists());
    run(&["remind", "uninstall"]).stdout(predicate::str::contains("Nothing to remove"));
}
