//! Deterministic households for the benchmarks: a realistic 50-debt one paying off over about
//! 30 years, and a 1,000-debt stress file. Written as TOML so the load path is measured too.

use std::fmt::Write;

/// A small linear congruential generator: the same household on every run and machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A data file with `debts` debts (loans of 27 to 30 years and small cards, a few negotiated plans)
/// and a budget of `budget` a month.
pub fn household(debts: usize, budget: u64) -> String {
    let mut rng = Lcg(42);
    let mut s = format!(
        "version = 1\n[budget]\nas_of = 2026-11-01\ncash = 3000\nmonthly_for_debts = {budget}\n\n\
         [[budget.income]]\nname = \"Salary\"\namount = 30000\nday = 15\n\n\
         [[budget.expenses]]\nname = \"Rent\"\namount = 5000\nday = 5\n"
    );
    for i in 0..debts {
        let loan = i % 5 != 4;
        let balance = if loan {
            20_000 + rng.next(300_000)
        } else {
            500 + rng.next(5_000)
        };
        let due = 1 + rng.next(28);
        let _ = write!(s, "\n[[debts]]\nname = \"Debt {i}\"\ndue_day = {due}\n");
        if loan {
            let apr = 300 + rng.next(1_500);
            let term = 330 + rng.next(31);
            let _ = write!(
                s,
                "kind = \"loan\"\nbalance = {balance}\napr = {}.{:02}\nterm_months = {term}\n",
                apr / 100,
                apr % 100
            );
        } else {
            let apr = 500 + rng.next(2_000);
            let _ = write!(
                s,
                "kind = \"card\"\nbalance = {balance}.{:02}\napr = {}.{:02}\nminimum = {}\n",
                rng.next(100),
                apr / 100,
                apr % 100,
                balance * 3 / 100
            );
            // Cards are the small part of this household: mostly long loans (a mortgage, a
            // car, education), so the plan runs about 30 years.
            if i % 10 == 9 {
                s.push_str("[debts.negotiated]\nmonths = 48\n");
            }
        }
    }
    s
}
