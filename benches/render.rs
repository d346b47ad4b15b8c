//! The TUI's what-if keystroke: from `+` on the Plan screen to a drawn frame (recompute every
//! strategy, then render to a `TestBackend`), on the 50-debt household, at 120x40 and 80x24.
//! Also writes that household to `target/bench-household-50.toml`, for measuring the running
//! app's memory with the same file (see the README).

mod household;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use payoff::engine::{self, Strategy};
use payoff::model::Language;
use payoff::store::Store;
use payoff::tui::action::{Action, Event};
use payoff::tui::app::{App, Screen};
use payoff::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn household_text() -> String {
    let probe = Store::from_text(Path::new("bench.toml"), &household::household(50, 0));
    let minimums = probe
        .map(|s| engine::first_minimums(&s.data().debts, Strategy::Avalanche))
        .unwrap_or_default();
    household::household(50, u64::try_from(minimums.ceil()).unwrap_or(u64::MAX))
}

fn bench(c: &mut Criterion) {
    let text = household_text();
    let _ = std::fs::write("target/bench-household-50.toml", &text);
    let store = match Store::from_text(Path::new("bench.toml"), &text) {
        Ok(s) => s,
        Err(e) => panic!("the generated household does not load: {e}"),
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = App::new(store.clone(), today, Language::En, true);
        app.update(Event::Key(Action::GoTo(Screen::Plan)));
        let mut terminal = match Terminal::new(TestBackend::new(w, h)) {
            Ok(t) => t,
            Err(e) => panic!("test backend: {e}"),
        };
        let mut up = true;
        c.bench_function(
            &format!("household-50/what-if keystroke to frame {w}x{h}"),
            |b| {
                b.iter(|| {
                    // Alternate + and - so the budget stays put across iterations.
                    let step = if up { 10_000 } else { -10_000 };
                    up = !up;
                    app.update(Event::Key(Action::Budget(step)));
                    terminal
                        .draw(|f| ui::render(black_box(&app), f))
                        .map(|_| ())
                })
            },
        );
        c.bench_function(&format!("household-50/render only {w}x{h}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| ui::render(black_box(&app), f))
                    .map(|_| ())
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
