//! What a user waits for: the real binary's `compare`, `plan`, `plan --format json` and
//! `check`, each timed as a whole process against `payoff --version` (the start-up floor) in
//! alternation, on the 50-debt household, the 1,000-debt stress file and 30 debts with 1,000
//! payments (`cargo bench --bench commands`; `-- RUNS` sets the runs of each, 40 by default).
//! Prints the median of each and its ratio to the floor's median. It times; it asserts
//! nothing. The files are written to `target/bench-*.toml`, to run the same commands by hand.

mod household;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use payoff::engine::{self, Strategy};
use payoff::store::Store;

const PAYOFF: &str = env!("CARGO_BIN_EXE_payoff");
const TODAY: &str = "2026-11-01";

/// `household(debts, budget)` with the budget exactly its first month's minimums: the long
/// loans decide when it is debt-free (about 30 years).
fn household_at_minimums(debts: usize) -> String {
    let probe = Store::from_text(Path::new("bench.toml"), &household::household(debts, 0));
    let minimums = probe
        .map(|s| engine::first_minimums(&s.data().debts, Strategy::Avalanche))
        .unwrap_or_default();
    household::household(debts, u64::try_from(minimums.ceil()).unwrap_or(u64::MAX))
}

/// 1,000 payments on the debts of a 30-debt household, dated before its `as_of` (they are
/// read and validated, and count for nothing after it).
fn with_payments(mut text: String) -> String {
    let first = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    for k in 0..1000u32 {
        let date = first + chrono::Days::new(u64::from(k / 2));
        let _ = write!(
            text,
            "\n[[payments]]\ndebt = \"Debt {}\"\ndate = {date}\namount = {}.{:02}\n",
            k % 30,
            100 + k % 900,
            k % 100
        );
    }
    text
}

fn write(name: &str, text: &str) -> PathBuf {
    let path = Path::new("target").join(name);
    if let Err(e) = std::fs::write(&path, text) {
        panic!("{}: {e}", path.display());
    }
    path
}

/// One whole run of the binary, its output thrown away; the time from spawn to exit.
fn time(args: &[&str]) -> Duration {
    let start = Instant::now();
    let status = Command::new(PAYOFF)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let took = start.elapsed();
    match status {
        Ok(s) if s.code().is_some_and(|c| c <= 1) => took,
        other => panic!("payoff {args:?}: {other:?}"),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    // `cargo bench` passes `--bench`; a bare number is the runs of each command.
    let runs = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(40);
    let files = [
        (
            "50 debts",
            write("bench-household-50.toml", &household_at_minimums(50)),
        ),
        (
            "1,000 debts",
            write("bench-household-1000.toml", &household_at_minimums(1000)),
        ),
        (
            "30 debts + 1,000 payments",
            write(
                "bench-household-30-payments.toml",
                &with_payments(household_at_minimums(30)),
            ),
        ),
    ];
    let commands: [(&str, &[&str]); 4] = [
        ("compare", &["compare", "--today", TODAY]),
        ("plan", &["plan", "--today", TODAY]),
        (
            "plan --format json",
            &["plan", "--today", TODAY, "--format", "json"],
        ),
        ("check", &["check", "--today", TODAY]),
    ];
    // The load the machine was under: the ratios move with it.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("payoff, whole processes, {runs} runs each, medians, alternating with --version");
    println!(
        "{cores} cores, load average {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "{:<27} {:<20} {:>10} {:>12} {:>7}",
        "file", "command", "ms", "--version ms", "ratio"
    );
    for (label, path) in &files {
        let file = path.to_string_lossy();
        for (name, args) in commands {
            let mut all = vec!["-f", file.as_ref()];
            all.extend_from_slice(args);
            // A warm-up of each, then the two in alternation, so both see the same machine.
            for _ in 0..3 {
                time(&["--version"]);
                time(&all);
            }
            let (mut floor, mut command) = (Vec::new(), Vec::new());
            for _ in 0..runs {
                floor.push(time(&["--version"]));
                command.push(time(&all));
            }
            let (f, c) = (median(floor), median(command));
            println!(
                "{label:<27} {name:<20} {:>10.2} {:>12.2} {:>6.2}x",
                ms(c),
                ms(f),
                c.as_secs_f64() / f.as_secs_f64().max(1e-9)
            );
        }
    }
}
