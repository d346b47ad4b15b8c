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
    // The same 50 debts with every card a bank card on a statement cycle (SPEC §7.2): the
    // cycle's interest, bills and minimums instead of the monthly interest.
    let cycles = |budget: u64| {
        let text = household::household(50, budget).replace(
            "kind = \"card\"\n",
            "kind = \"card\"\nproduct = \"bank_card\"\nstatement_day = 5\n",
        );
        match Store::from_text(Path::new("bench.toml"), &text) {
            Ok(store) => store,
            Err(e) => panic!("the statement-card household does not load: {e}"),
        }
    };
    let minimums = engine::first_minimums(&cycles(0).data().debts, Strategy::Avalanche);
    let store = cycles(u64::try_from(minimums.ceil()).unwrap_or(u64::MAX));
    let data = store.data();
    let ledger = Ledger::new(data, data.budget.as_of);
    let params = Params::of(data, Strategy::Avalanche, &ledger);
    let months = engine::plan(&data.debts, params).map(|p| p.months);
    eprintln!("household-50 with statement cards: avalanche pays off in {months:?} months");
    c.bench_function("household-50 statement cards/plan (with schedule)", |b| {
        b.iter(|| engine::plan(black_box(&data.debts), black_box(params)))
    });
    c.bench_function("household-50 statement cards/compare (5 strategies)", |b| {
        b.iter(|| engine::compare(black_box(&data.debts), black_box(params)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
