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
    // 24 overdue lines, 8 folded ones each with what its debt's warnings mean, the total due
    // now, the advice, and 8 suggestions to negotiate.
    assert_eq!(lines.len(), 24 + 8 * 2 + 1 + 1 + 8, "{text}");
    assert!(text.len() < 12_000, "{} bytes", text.len());
    assert!(
        lines[0].starts_with("! OVERDUE  Card 0  due 2026-09-03"),
        "{text}"
    );
    assert!(
        lines[23].starts_with("! OVERDUE  Card 7  due 2026-11-10"),
        "{text}"
    );
    for (i, pair) in lines[24..40].chunks(2).enumerate() {
        assert_eq!(
            pair[0],
            format!("... and 24308 older overdue due dates of Card {i}, ¥243,080.00 in all")
        );
        // The oldest due, of 0001-01, is long past 90 days; every month since was late.
        assert!(
            pair[1].starts_with("  Past grace, the lender may report it"),
            "{}",
            pair[1]
        );
        assert!(pair[1].contains("non-performing (不良)"), "{}", pair[1]);
        assert!(
            pair[1].contains("24311 late months in a row: that is 连三"),
            "{}",
            pair[1]
        );
        assert!(
            pair[1].contains("24 late months in the last 24: that is 累六"),
            "{}",
            pair[1]
        );
    }
    // 8 x 24311 dues of 10.00 each.
    assert_eq!(lines[40], "Due now in all: ¥1,944,880.00");
    // 1000 on hand pays 100 of the dues: 5 named, then the other 95.
    assert!(
        lines[41].starts_with(
            "Pay first, with the ¥1,000.00 on hand: Card 0 ¥10.00, then Card 1 ¥10.00, then \
             Card 2 ¥10.00, then Card 3 ¥10.00, then Card 4 ¥10.00, then 95 more, ¥950.00 in all;"
        ),
        "{}",
        lines[41]
    );
    // In Chinese too.
    let text = warned(&f, "2026-11-23", "zh_CN.UTF-8");
    assert_eq!(text.lines().count(), 50);
    assert!(text.contains("已连续 24311 个月逾期，构成连三"), "{text}");
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

/// A file as of 2026-11-01 with `cash` on hand and one debt, written as its TOML keys.
fn one_debt(cash: u32, debt: &str) -> String {
    format!("version = 1\n[budget]\nas_of = 2026-11-01\ncash = {cash}\n\n[[debts]]\n{debt}")
}

/// Huabei as the contract check writes it: its product fills the statement on the 1st, the due
/// date on the 10th, a 10 % minimum and 0.05 %/day of penalty on the whole bill.
const HUABEI: &str = "name = \"花呗\"\nproduct = \"huabei\"\nkind = \"card\"\nbalance = 3000.10\n\
                      daily_rate = 0.05\n";

/// A bank card without a statement day (so its dues are the plain card's, 10 % of the balance):
/// 3 days' grace, tolerance 10, 0.05 %/day on the whole bill, a late fee of 5 % (at least 10).
fn bank_card(balance: &str) -> String {
    format!(
        "name = \"CMB Card\"\nproduct = \"bank_card\"\nkind = \"card\"\nbalance = {balance}\n\
         daily_rate = 0.05\ndue_day = 22\n"
    )
}

/// Jiebei: 12000 at 10.95 % (0.03 %/day) over 12, due the 9th: the first installment is
/// 1060.30, of which round(12000 * 10.95 / 1200) = 109.50 is interest and 950.80 principal.
const JIEBEI: &str = "name = \"借呗\"\nproduct = \"jiebei\"\nkind = \"loan\"\nbalance = 12000\n\
                      apr = 10.95\nterm_months = 12\ndue_day = 9\n";

/// The item of `level` about the due date `due`.
fn item<'a>(j: &'a Value, level: &str, due: &str) -> &'a Value {
    j["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["level"] == level && i["due"] == due)
        .unwrap_or_else(|| panic!("no {level} item for {due} in {j}"))
}

fn payment(debt: &str, date: &str, amount: &str) -> String {
    format!("\n[[payments]]\ndebt = \"{debt}\"\ndate = {date}\namount = {amount}\n")
}

#[test]
fn huabei_bill_unpaid_30_days_costs_45_and_says_what_it_means() {
    // SPEC §7.3: 3000.10 * 0.05 % * 30 = 45.0015 -> 45.00, on the bill, not on the minimum
    // 300.01 due; Huabei charges no late fee.
    let (_d, f) = file(&one_debt(0, HUABEI));
    let (code, j) = check(&f, "2026-12-10");
    assert_eq!(code, 1);
    let it = item(&j, "overdue", "2026-11-10");
    assert_eq!(
        (it["amount"].as_str(), it["days_overdue"].as_i64()),
        (Some("300.01"), Some(30))
    );
    assert_eq!(
        (it["penalty"].as_str(), it["late_fee"].as_str()),
        (Some("45.00"), Some("0.00"))
    );
    let meaning = it["meaning"].as_str().expect("a meaning");
    assert!(
        meaning.starts_with(
            "Past grace, the lender may report it to the credit report (征信), where it stays \
             five years after the debt is settled."
        ),
        "{meaning}"
    );
    assert!(
        meaning.contains("suspended after about 7 days overdue"),
        "{meaning}"
    );
    assert!(
        meaning.contains(
            "Pay ¥300.01 by 2026-12-10, before it turns M2, or call the lender and ask for \
             协商分期: `payoff negotiate \"花呗\" --months 36` gives the figures."
        ),
        "{meaning}"
    );
    // In the file's language.
    let (_d, f) =
        file(&one_debt(0, HUABEI).replace("version = 1\n", "version = 1\nlanguage = \"zh\"\n"));
    let (_, j) = check(&f, "2026-12-10");
    let meaning = item(&j, "overdue", "2026-11-10")["meaning"]
        .as_str()
        .expect("a meaning");
    assert!(
        meaning.starts_with(
            "已过宽限期，机构可能将其报送征信，记录在欠款结清后保留五年。\
             逾期约 7 天后账户通常会被暂停使用"
        ),
        "{meaning}"
    );
    // Its text: the penalty, not a late fee it does not charge, and the meaning under it.
    let (_d, f) = file(&one_debt(0, HUABEI));
    let text = warned(&f, "2026-12-10", "en_US.UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].ends_with("30 days overdue (M1, medium-term), penalty so far ¥45.00"),
        "{text}"
    );
    assert!(
        lines[1].starts_with("  Past grace, the lender may report it"),
        "{text}"
    );
}

#[test]
fn a_bank_cards_missed_minimum_costs_a_late_fee_and_interest_on_the_whole_bill() {
    // SPEC §7.3: bill 8,450.30, its minimum 845.03 (10 %) unpaid from 11-22 to 12-24, 32 days:
    // late fee 5 % of 845.03 = 42.2515 -> 42.25; 8450.30 * 0.05 % * 32 = 135.2048 -> 135.20.
    let (_d, f) = file(&one_debt(0, &bank_card("8450.30")));
    let (code, j) = check(&f, "2026-12-24");
    assert_eq!(code, 1);
    let it = item(&j, "overdue", "2026-11-22");
    assert_eq!(
        (it["amount"].as_str(), it["days_overdue"].as_i64()),
        (Some("845.03"), Some(32))
    );
    assert_eq!(
        (it["penalty"].as_str(), it["late_fee"].as_str()),
        (Some("135.20"), Some("42.25"))
    );
    assert!(
        it["meaning"]
            .as_str()
            .is_some_and(|m| m.contains("before it turns M3"))
    );
    // The 12-22 minimum is still in grace: no cost yet, and what to do by when.
    let grace = item(&j, "grace", "2026-12-22");
    assert_eq!(grace.get("late_fee"), None);
    assert!(
        grace["meaning"].as_str().is_some_and(|m| m.starts_with(
            "Within grace: pay ¥845.03 by 2026-12-25 and nothing is charged or reported;"
        )),
        "{grace}"
    );
    let text = warned(&f, "2026-12-24", "en_US.UTF-8");
    assert!(
        text.starts_with(
            "! OVERDUE  CMB Card  due 2026-11-22  ¥845.03  32 days overdue (M2, medium-term), \
             penalty so far ¥135.20, late fee ¥42.25\n  Past grace"
        ),
        "{text}"
    );
    let text = warned(&f, "2026-12-24", "zh_CN.UTF-8");
    assert!(
        text.contains("已逾期 32 天（M2，中期），罚息已达 ¥135.20，违约金 ¥42.25\n  已过宽限期"),
        "{text}"
    );
    // A missed minimum of 150.00 (10 % of 1,500.00): 5 % is 7.50, the floor 10.00.
    let (_d, f) = file(&one_debt(0, &bank_card("1500")));
    let (_, j) = check(&f, "2026-11-26");
    let it = item(&j, "overdue", "2026-11-22");
    assert_eq!(
        (it["amount"].as_str(), it["late_fee"].as_str()),
        (Some("150.00"), Some("10.00"))
    );
}

#[test]
fn an_unpaid_rest_within_tolerance_counts_as_paid() {
    // 840.00 of the 845.03 minimum paid: the 5.03 left is within the bank card's tolerance of
    // 10. Past grace it is not overdue: nothing to say.
    let text = one_debt(100000, &bank_card("8450.30"));
    let (_d, f) = file(&(text.clone() + &payment("CMB Card", "2026-11-22", "840.00")));
    payoff()
        .args(["check", "--today", "2026-11-26", "-f"])
        .arg(&f)
        .assert()
        .code(0)
        .stdout("");
    // 835.02 leaves 10.01: overdue, its late fee the floor (5 % of 10.01 is 0.50), the penalty
    // on what is unpaid of the bill: (8450.30 - 835.02) * 0.05 % * 4 = 15.23056 -> 15.23.
    let (_d, f) = file(&(text + &payment("CMB Card", "2026-11-22", "835.02")));
    let (code, j) = check(&f, "2026-11-26");
    assert_eq!(code, 1);
    let it = item(&j, "overdue", "2026-11-22");
    assert_eq!(it["amount"], "10.01");
    assert_eq!(
        (it["penalty"].as_str(), it["late_fee"].as_str()),
        (Some("15.23"), Some("10.00"))
    );
}

#[test]
fn jiebei_charges_its_penalty_on_the_unpaid_principal_part() {
    // SPEC §7.3: the principal part 950.80, 30 days at 1.5 x 0.03 %/day:
    // 950.80 * 10.95 * 1.5 * 30 / 36500 = 950.80 * 0.0135 = 12.8358 -> 12.84.
    let (_d, f) = file(&one_debt(0, JIEBEI));
    let (_, j) = check(&f, "2026-12-09");
    let it = item(&j, "overdue", "2026-11-09");
    assert_eq!(
        (it["amount"].as_str(), it["penalty"].as_str()),
        (Some("1060.30"), Some("12.84"))
    );
    // 500.00 paid goes to the interest part first (109.50), then 390.50 to the principal:
    // 560.30 * 0.0135 = 7.56405 -> 7.56.
    let (_d, f) = file(&(one_debt(0, JIEBEI) + &payment("借呗", "2026-11-20", "500")));
    let (_, j) = check(&f, "2026-12-09");
    let it = item(&j, "overdue", "2026-11-09");
    assert_eq!(
        (it["amount"].as_str(), it["penalty"].as_str()),
        (Some("560.30"), Some("7.56"))
    );
}

#[test]
fn late_months_from_the_log_warn_of_lian_san_and_lei_liu() {
    // Due the 25th, 3 days' grace, from 2026-08-01: August and September paid only on 10-01,
    // after their grace: two late months in a row. The October due says a third makes 连三.
    let card = "name = \"Card\"\nkind = \"card\"\nbalance = 5000\napr = 18\nminimum = 200\n\
                due_day = 25\ngrace_days = 3\n";
    let text = one_debt(100000, card).replace("2026-11-01", "2026-08-01")
        + &payment("Card", "2026-10-01", "400");
    let (_d, f) = file(&text);
    let (_, j) = check(&f, "2026-10-23");
    let soon = item(&j, "due_soon", "2026-10-25");
    assert_eq!(
        soon["meaning"],
        "The last two due dates were late: a third in a row makes 连三 (three late months \
         running), which lenders screen for."
    );
    let out = warned(&f, "2026-10-23", "zh_CN.UTF-8");
    assert!(
        out.contains("\n  最近两期都逾期了：再逾期一期就构成连三"),
        "{out}"
    );
    // From 2026-01-01: January to June paid only on 06-30, July on time: six late months in
    // the last 24, none now in a row. The August due says that is 累六.
    let text = one_debt(100000, card).replace("2026-11-01", "2026-01-01")
        + &payment("Card", "2026-06-30", "1200")
        + &payment("Card", "2026-07-20", "200");
    let (_d, f) = file(&text);
    let (_, j) = check(&f, "2026-08-24");
    let soon = item(&j, "due_soon", "2026-08-25");
    assert_eq!(
        soon["meaning"],
        "6 late months in the last 24: that is 累六 (six in two years), which lenders screen for."
    );
    // Paid on time every month: a due soon has nothing to add.
    let (_d, f) = file(CARD);
    let (_, j) = check(&f, "2026-11-23");
    assert_eq!(item(&j, "due_soon", "2026-11-25").get("meaning"), None);
}
