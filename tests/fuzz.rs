//! Fuzzing the loader and everything that runs on what it loads (bolero, on stable Rust).
//!
//! Two targets, each run by a plain `cargo test`:
//! - `any_bytes`: arbitrary bytes as a data file;
//! - `mutated_files`: the seed files (`assets/example.toml`, every `tests/fixtures/**/*.toml`
//!   and `tests/fuzz_corpus/*`) with byte flips, truncations, lines spliced in from other
//!   seeds, and numbers replaced by huge, negative or garbage values.
//!
//! Every seed is also run as it is. What must hold: no panic and no hang; a file that does not
//! load is rejected with a [`Diagnostic`] that names `file:line:col` (both >= 1) and is one
//! short line without control characters; a file that loads can be planned, compared (with
//! its scenarios) and checked (`plan`, `compare`, the due dates, warnings, rescue advice and
//! cash walk of `check`, on a fixed day).
//!
//! A default run is a smoke of a few thousand cases. `PAYOFF_FUZZ_CASES=200000 cargo test
//! --release --test fuzz` runs that many cases per target; a failure prints its input and
//! `BOLERO_RANDOM_SEED`, and an input worth keeping goes into `tests/fuzz_corpus/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use bolero::{TypeGenerator, check};
use chrono::{Days, NaiveDate};
use payoff::due;
use payoff::engine::{self, Params, Strategy};
use payoff::i18n::problem;
use payoff::ledger::Ledger;
use payoff::model::Language;
use payoff::store::{Diagnostic, Error, Store};

/// Cases per target when `PAYOFF_FUZZ_CASES` is not set: well under a minute in debug.
const DEFAULT_CASES: usize = 2_000;

/// The longest message a diagnostic may be (a quoted value is cut at about 60 characters).
const MAX_MESSAGE: usize = 400;

/// Mutated files are cut to this size, so no case grows without bound.
const MAX_TEXT: usize = 32 * 1024;

fn cases() -> usize {
    std::env::var("PAYOFF_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default()
}

fn seed_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("assets/example.toml")];
    let mut dirs = vec![root.join("tests/fixtures"), root.join("tests/fuzz_corpus")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if dir.ends_with("fuzz_corpus") || path.extension().is_some_and(|e| e == "toml")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Every seed file's bytes, read once.
fn seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        seed_files()
            .iter()
            .filter_map(|p| fs::read(p).ok())
            .collect()
    })
}

/// The seeds that load: most mutations start from one, so that most cases reach the engine.
fn valid_seeds() -> &'static [Vec<u8>] {
    static VALID: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    VALID.get_or_init(|| {
        let loads = |b: &Vec<u8>| {
            std::str::from_utf8(b)
                .is_ok_and(|t| Store::from_text(Path::new("payoff.toml"), t).is_ok())
        };
        seeds().iter().filter(|b| loads(b)).cloned().collect()
    })
}

/// Loads `bytes` as `payoff.toml` and, if it loads, runs the engine and `check` on it.
fn exercise(bytes: &[u8]) {
    // Invalid UTF-8 is rejected before the loader (a fixture covers it); what follows it is
    // still worth parsing.
    let text = String::from_utf8_lossy(bytes);
    match Store::from_text(Path::new("payoff.toml"), &text) {
        Ok(store) => run_everything(&store),
        Err(Error::Invalid(d)) => assert_well_formed(&d, &text),
        Err(other) => panic!("not a diagnostic: {other}"),
    }
}

fn assert_well_formed(d: &Diagnostic, text: &str) {
    let shown = d.to_string();
    let place = format!("{}:{}:{}: ", d.file, d.line, d.column);
    assert!(d.line >= 1 && d.column >= 1, "{shown}");
    assert_eq!(d.file, "payoff.toml");
    assert!(shown.starts_with(&place), "{shown}");
    assert!(
        d.line <= text.lines().count().max(1) + 1,
        "line past the end: {shown}"
    );
    assert!(
        !shown.chars().any(|c| c.is_control()),
        "a control character: {shown:?}"
    );
    for lang in [Language::En, Language::Zh] {
        let message = problem(lang, &d.problem);
        assert!(
            message.chars().count() <= MAX_MESSAGE,
            "too long: {message}"
        );
    }
}

fn run_everything(store: &Store) {
    let data = store.data();
    for notice in store.notices() {
        assert!(!notice.to_string().chars().any(|c| c.is_control()));
    }
    let today = today();
    let ledger = Ledger::new(data, today);
    let params = Params::of(data, Strategy::Avalanche, &ledger);
    for (_, plan) in engine::compare(&data.debts, params) {
        if let Err(e) = plan {
            let _ = e.to_string();
        }
    }
    for strategy in [Strategy::Negotiated, Strategy::Custom] {
        if let Ok(plan) = engine::plan(&data.debts, Params::of(data, strategy, &ledger)) {
            assert!(plan.months <= 1200, "{} months", plan.months);
        }
    }
    let until = today.checked_add_days(Days::new(62)).unwrap_or(today);
    let warnings = due::warnings(data, today, data.budget.remind_days);
    let _ = due::rescue(data, today, &warnings);
    let _ = due::dues(data, today, until);
    let _ = due::cash_walk(data, today, today, until);
    // Each scenario (a few) planned and walked as `compare --scenario` does.
    for s in data.scenarios.iter().take(3) {
        let changed = payoff::scenario::apply(data, s);
        let ledger = Ledger::new(&changed, today);
        let _ = engine::compare(
            &changed.debts,
            Params::of(&changed, Strategy::Avalanche, &ledger),
        );
        let until = payoff::scenario::watch_until(&changed, today);
        let _ = payoff::scenario::missed_dues(&changed, today, until);
    }
    // What loaded is what is kept: the same text validates again.
    let mut again = store.clone();
    assert!(again.set_text(store.text()).is_ok());
}

/// A value put in place of a number.
#[derive(Clone, Copy, Debug, TypeGenerator)]
enum Garbage {
    Huge,
    Negative,
    NegativeZero,
    Nan,
    Inf,
    NegativeInf,
    Tiny,
    ManyDigits,
    MaxInteger,
    Zero,
    Text,
    Quoted,
    Date,
    Small(u8),
    Any(u32),
}

impl Garbage {
    fn text(self) -> String {
        match self {
            Garbage::Huge => "1e308".into(),
            Garbage::Negative => "-1".into(),
            Garbage::NegativeZero => "-0.0".into(),
            Garbage::Nan => "nan".into(),
            Garbage::Inf => "inf".into(),
            Garbage::NegativeInf => "-inf".into(),
            Garbage::Tiny => "1e-40".into(),
            Garbage::ManyDigits => "9".repeat(200),
            Garbage::MaxInteger => i64::MAX.to_string(),
            Garbage::Zero => "0".into(),
            Garbage::Text => "abc".into(),
            Garbage::Quoted => "\"12.5\"".into(),
            Garbage::Date => "2026-02-29".into(),
            Garbage::Small(n) => (n % 64).to_string(),
            Garbage::Any(n) => n.to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, TypeGenerator)]
enum Mutation {
    FlipBit {
        at: u16,
        bit: u8,
    },
    SetByte {
        at: u16,
        byte: u8,
    },
    Truncate {
        at: u16,
    },
    /// Line `line` of seed `seed` inserted before line `before`.
    Splice {
        seed: u16,
        line: u8,
        before: u8,
    },
    DeleteLine {
        line: u8,
    },
    DuplicateLine {
        line: u8,
    },
    /// The `which`-th run of digits replaced.
    Number {
        which: u8,
        with: Garbage,
    },
}

#[derive(Clone, Debug, TypeGenerator)]
struct Case {
    /// From any seed rather than one that loads.
    any_seed: bool,
    seed: u16,
    /// Only the first few are applied: one or two changes keep most files loadable.
    mutations: Vec<Mutation>,
}

/// How many of a case's mutations are applied.
const MUTATIONS: usize = 3;

fn pick<T>(items: &[T], i: usize) -> Option<&T> {
    if items.is_empty() {
        None
    } else {
        items.get(i % items.len())
    }
}

fn mutate(bytes: &mut Vec<u8>, m: Mutation) {
    let at = |i: u16, len: usize| usize::from(i) % len.max(1);
    match m {
        Mutation::FlipBit { at: i, bit } => {
            let i = at(i, bytes.len());
            if let Some(b) = bytes.get_mut(i) {
                *b ^= 1 << (bit % 8);
            }
        }
        Mutation::SetByte { at: i, byte } => {
            let i = at(i, bytes.len());
            if let Some(b) = bytes.get_mut(i) {
                *b = byte;
            }
        }
        Mutation::Truncate { at: i } => {
            let i = at(i, bytes.len() + 1);
            bytes.truncate(i);
        }
        Mutation::Splice { seed, line, before } => {
            let Some(other) = pick(seeds(), usize::from(seed)) else {
                return;
            };
            let lines: Vec<&[u8]> = other.split(|&b| b == b'\n').collect();
            let Some(piece) = pick(&lines, usize::from(line)) else {
                return;
            };
            let mut piece = piece.to_vec();
            piece.push(b'\n');
            let starts = line_starts(bytes);
            let i = pick(&starts, usize::from(before)).copied().unwrap_or(0);
            bytes.splice(i..i, piece);
        }
        Mutation::DeleteLine { line } | Mutation::DuplicateLine { line } => {
            let starts = line_starts(bytes);
            let Some(&start) = pick(&starts, usize::from(line)) else {
                return;
            };
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| start + p + 1);
            if matches!(m, Mutation::DeleteLine { .. }) {
                bytes.drain(start..end);
            } else {
                let copy = bytes[start..end].to_vec();
                bytes.splice(start..start, copy);
            }
        }
        Mutation::Number { which, with } => {
            let runs = digit_runs(bytes);
            if let Some(&(start, end)) = pick(&runs, usize::from(which)) {
                bytes.splice(start..end, with.text().into_bytes());
            }
        }
    }
    bytes.truncate(MAX_TEXT);
}

fn line_starts(bytes: &[u8]) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i + 1),
    );
    starts
}

/// Runs of number characters (`-12.5e3`), as (start, end).
fn digit_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = if i > 0 && bytes[i - 1] == b'-' {
                i - 1
            } else {
                i
            };
            while i < bytes.len() && (bytes[i].is_ascii_digit() || b"._eE+-".contains(&bytes[i])) {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    runs
}

#[test]
fn every_seed_as_it_is() {
    assert!(seeds().len() >= 100, "{} seeds", seeds().len());
    for seed in seeds() {
        exercise(seed);
    }
}

#[test]
fn any_bytes() {
    check!()
        .with_iterations(cases())
        .with_max_len(4096)
        .for_each(exercise);
}

#[test]
fn mutated_files() {
    check!()
        .with_type::<Case>()
        .with_iterations(cases())
        .for_each(|case: &Case| {
            let from = if case.any_seed {
                seeds()
            } else {
                valid_seeds()
            };
            let Some(seed) = pick(from, usize::from(case.seed)) else {
                return;
            };
            let mut bytes = seed.clone();
            let applied = case.mutations.len() % (MUTATIONS + 1);
            for &m in case.mutations.iter().take(applied) {
                mutate(&mut bytes, m);
            }
            exercise(&bytes);
        });
}
