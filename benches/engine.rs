//! The engine: `plan` and `compare` on a 50-debt household paying off over about 30 years, and
//! on a 1,000-debt stress file (`cargo bench --bench engine`).

mod household;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use payoff::engine::{self, Params, Strategy};
use payoff::ledger::Ledger;
use payoff::store::Store;

fn load(debts: usize, budget: u64) -> Store {
    let text = household::household(debts, budget);
    match Store::from_text(Path::new("bench.toml"), &text) {
        Ok(store) => store,
        Err(e) => panic!("the generated household does not load: {e}"),
    }
}

fn bench(c: &mut Criterion) {
    for (name, debts) in [("household-50", 50), ("stress-1000", 1000)] {
        // A budget of exactly the first month's minimums: the long loans (20 to 30 years)
        // decide when the household is debt-free.
        let probe = load(debts, 0);
        let minimums = engine::first_minimums(&probe.data().debts, Strategy::Avalanche);
        let budget = u64::try_from(minimums.ceil()).unwrap_or(u64::MAX);
        let store = load(debts, budget);
        let data = store.data();
        let ledger = Ledger::new(data, data.budget.as_of);
        let params = Params::of(data, Strategy::Avalanche, &ledger);
        let months = engine::plan(&data.debts, params).map(|p| p.months);
        eprintln!("{name}: avalanche pays off in {months:?} months");
        let quick = Params {
            keep_schedule: false,
            ..params
        };
        c.bench_function(&format!("{name}/plan (with schedule)"), |b| {
            b.iter(|| engine::plan(black_box(&data.debts), black_box(params)))
        });
        c.bench_function(&format!("{name}/plan (totals only)"), |b| {
            b.iter(|| engine::plan(black_box(&data.debts), black_box(quick)))
        });
        c.bench_function(&format!("{name}/compare (5 strategies)"), |b| {
            b.iter(|| engine::compare(black_box(&data.debts), black_box(params)))
        });
        let text = household::household(debts, budget);
        c.bench_function(&format!("{name}/load and validate"), |b| {
            b.iter(|| Store::from_text(Path::new("bench.toml"), black_box(&text)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
