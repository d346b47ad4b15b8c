//! The JSON and CSV text of the commands, byte for byte: written straight from typed structs,
//! it must read exactly as it did when it was a `serde_json::Value` tree (key order, amounts
//! as strings, a final newline). The snapshots were checked against that older output.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;
#[path = "../benches/household.rs"]
mod household;

use common::{payoff, stdout_of};
use tempfile::TempDir;

/// A copy of a valid fixture in a fresh temporary folder.
fn copy(fixture: &str) -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join(fixture);
    fs::copy(Path::new("tests/fixtures/valid").join(fixture), &path).expect("copy fixture");
    (dir, path)
}

/// What `payoff -f <fixture> <args>` prints on stdout, as text.
fn stdout(fixture: &str, args: &[&str]) -> String {
    let (_dir, path) = copy(fixture);
    stdout_of(payoff().arg("-f").arg(&path).args(args))
}

const TODAY: [&str; 2] = ["--today", "2026-11-20"];

#[test]
fn plan_json_and_csv_keep_their_text() {
    let json = stdout(
        "plain_household.toml",
        &["plan", "--format", "json", TODAY[0], TODAY[1]],
    );
    insta::assert_snapshot!("plan_json", json);
    let csv = stdout(
        "plain_household.toml",
        &["plan", "--format", "csv", "--bom", TODAY[0], TODAY[1]],
    );
    assert!(csv.starts_with('\u{feff}'));
    insta::assert_snapshot!("plan_csv", csv);
}

#[test]
fn compare_json_keeps_its_text_with_and_without_failures() {
    let json = stdout(
        "lenders.toml",
        &["compare", "--format", "json", TODAY[0], TODAY[1]],
    );
    insta::assert_snapshot!("compare_json", json);
    let failed = stdout(
        "plain_household.toml",
        &[
            "compare", "--format", "json", "-b", "100", TODAY[0], TODAY[1],
        ],
    );
    insta::assert_snapshot!("compare_json_below_minimums", failed);
}

#[test]
fn negotiate_json_keeps_its_text() {
    let json = stdout(
        "plain_household.toml",
        &[
            "negotiate",
            "借呗",
            "--months",
            "12",
            "--down",
            "100",
            "--fee",
            "50",
            "--break-after",
            "3",
            "--format",
            "json",
            TODAY[0],
            TODAY[1],
        ],
    );
    insta::assert_snapshot!("negotiate_json", json);
}

#[test]
fn installment_json_keeps_its_text() {
    let json = stdout(
        "plain_household.toml",
        &[
            "installment",
            "--principal",
            "2000",
            "--months",
            "12",
            "--fee-rate",
            "0.6",
            "--against",
            "花呗",
            "--format",
            "json",
        ],
    );
    insta::assert_snapshot!("installment_json", json);
}

/// A reader that goes away in the middle of a long JSON schedule ends it quietly.
#[test]
fn a_pipe_closed_mid_schedule_ends_plan_json_quietly() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("household.toml");
    let probe = payoff::store::Store::from_text(&path, &household::household(30, 0));
    let minimums = probe.map_or(rust_decimal::Decimal::ZERO, |s| {
        payoff::engine::first_minimums(&s.data().debts, payoff::engine::Strategy::Avalanche)
    });
    let budget = u64::try_from(minimums.ceil()).unwrap_or(u64::MAX);
    fs::write(&path, household::household(30, budget)).expect("write household");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("payoff"))
        .arg("-f")
        .arg(&path)
        .args(["plan", "--format", "json", "--today", "2026-11-01"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn payoff");
    let mut head = [0u8; 10];
    let mut stdout = child.stdout.take().expect("stdout");
    stdout.read_exact(&mut head).expect("the first bytes");
    drop(stdout);
    let out = child.wait_with_output().expect("payoff ends");
    assert_eq!(&head, b"{\n  \"strat");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}
