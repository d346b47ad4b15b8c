//! `check`'s core: the warnings of a day and the rescue advice (`cargo bench --bench check`),
//! on the 1,000-debt stress file left unpaid for a year, on 1,000 loans of 600 months, and on
//! 40 thirty-year mortgages.

mod household;

use std::fmt::Write;
use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use payoff::due;
use payoff::store::Store;

fn load(text: &str) -> Store {
    match Store::from_text(Path::new("bench.toml"), text) {
        Ok(store) => store,
        Err(e) => panic!("the generated file does not load: {e}"),
    }
}

/// `count` annuity loans of 300,000 at 4.9 % over `months`, due on the 1st to the 28th.
fn loans(count: usize, months: u32) -> String {
    let mut s = String::from("version = 1\n[budget]\nas_of = 2026-11-01\ncash = 3000\n");
    for i in 0..count {
        let _ = write!(
            s,
            "\n[[debts]]\nname = \"Loan {i}\"\nkind = \"loan\"\nbalance = 300000\napr = 4.9\n\
             term_months = {months}\nmethod = \"annuity\"\ndue_day = {}\n",
            1 + i % 28
        );
    }
    s
}

fn date(s: &str) -> NaiveDate {
    match s.parse() {
        Ok(d) => d,
        Err(e) => panic!("{s}: {e}"),
    }
}

fn bench(c: &mut Criterion) {
    let cases = [
        // Nothing paid for a year: 12 overdue due dates of every debt, and a rescue to plan.
        (
            "stress-1000, a year unpaid",
            household::household(1000, 0),
            "2027-11-23",
        ),
        ("loans-1000 of 600 months", loans(1000, 600), "2026-11-23"),
        ("mortgages-40 of 360 months", loans(40, 360), "2026-11-23"),
    ];
    for (name, text, today) in cases {
        let store = load(&text);
        let data = store.data();
        let today = date(today);
        let days = data.budget.remind_days;
        let warnings = due::warnings(data, today, days);
        eprintln!("{name}: {} warnings", warnings.len());
        c.bench_function(&format!("{name}/check (warnings and rescue)"), |b| {
            b.iter(|| {
                let w = due::warnings(black_box(data), black_box(today), days);
                let r = due::rescue(data, today, &w);
                (w, r)
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
