//! One ledger (SPEC §2.1): what the file says happened, as every plan starts from it.
//!
//! Each debt's plan pays on its own due dates (period `k` on its `k`-th, [`due_date`]). A
//! payment in the log counts in the period whose due date is the first on or after it. A period
//! whose due date is before `today` is history: the plan pays it what the log says and nothing
//! more; what being overdue has cost so far ([`overdue_costs`]) joins the balance in the first
//! period that is not history. A statement card (SPEC §7.2) is the exception twice over: a
//! payment within a due date's grace pays that bill, and its overdue cost is in its bills (the
//! cycle's interest and late fees), so the engine does not add this one to it.
//!
//! The calendar also holds the money that comes on dates rather than every month (SPEC §8): an
//! extra payment counts in the period of its debt whose due date is the first on or after its
//! date (one dated up to today is in the log if it was paid); one to no debt in particular, like a yearly line or a one-off in a budget of income
//! less expenses, in the first plan month with a due date on or after it (the earliest such
//! period of any debt).

use chrono::NaiveDate;

use crate::due::{overdue_costs, period_of};
use crate::engine::MAX_MONTHS;
use crate::lender::cycle::payment_period;
use crate::lender::has_cycle;
use crate::model::Data;
use crate::money::to_cents;

/// The payment log and the calendar, by debt, as the engine reads them.
#[derive(Clone, Debug, PartialEq)]
pub struct Ledger {
    as_of: NaiveDate,
    today: NaiveDate,
    /// By debt index; a debt without an entry has nothing recorded.
    debts: Vec<Entry>,
    /// What each plan month's budget gains (or loses) from yearly lines and one-offs, in cents
    /// (index `m - 1`, up to the last month with any); only when the budget is income less
    /// expenses.
    budget_change: Vec<i64>,
    /// The extra payments of each plan month (index `m - 1`): to a debt, or to the strategy's
    /// first (`None`), in cents, in file order.
    extras: Vec<Vec<(Option<usize>, i64)>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Entry {
    /// Cents recorded in each period (index `k - 1`), up to the last period with a payment.
    recorded: Vec<i64>,
    /// How many periods are history: due before today.
    history: u32,
    /// The overdue cost so far, in cents.
    overdue: i64,
}

impl Ledger {
    /// The file's log and calendar on `today`: every payment dated on or after `as_of` (one
    /// dated after today is a payment the user has set aside, and counts in its period), the
    /// periods before today, and the overdue cost so far.
    pub fn new(data: &Data, today: NaiveDate) -> Ledger {
        let as_of = data.budget.as_of;
        let costs = overdue_costs(data, today);
        let mut debts: Vec<Entry> = data
            .debts
            .iter()
            .zip(costs)
            .map(|(debt, cost)| Entry {
                recorded: Vec::new(),
                // The first period due on or after today is not history; those before are.
                history: period_of(as_of, debt.due_day, today.max(as_of)).map_or(0, |k| k - 1),
                // A statement-cycle card posts its interest in the cycle (SPEC §7.2): the
                // penalty on its bill would count that interest twice, so it adds only the
                // late fees.
                overdue: to_cents(if has_cycle(debt) {
                    cost.late_fees
                } else {
                    cost.total()
                }),
            })
            .collect();
        let mut index = std::collections::HashMap::with_capacity(data.debts.len());
        for (i, debt) in data.debts.iter().enumerate() {
            index.entry(debt.name.as_str()).or_insert(i);
        }
        for p in &data.payments {
            let Some(&i) = index.get(p.debt.as_str()) else {
                continue;
            };
            // A statement card's payment within grace pays the bill before (SPEC §7.2).
            let Some(k) = payment_period(&data.debts[i], as_of, p.date) else {
                continue;
            };
            if k > MAX_MONTHS {
                continue;
            }
            let recorded = &mut debts[i].recorded;
            let at = k as usize - 1;
            if recorded.len() <= at {
                recorded.resize(at + 1, 0);
            }
            recorded[at] = recorded[at].saturating_add(to_cents(p.amount));
        }
        let month_of = |date: NaiveDate| {
            data.debts
                .iter()
                .filter_map(|d| period_of(as_of, d.due_day, date))
                .min()
                .filter(|&k| k <= MAX_MONTHS)
        };
        let mut budget_change = Vec::new();
        if data.budget.derived() {
            let until = as_of
                .checked_add_months(chrono::Months::new(MAX_MONTHS + 1))
                .unwrap_or(NaiveDate::MAX);
            for (date, amount) in data.budget.dated_flows(as_of, until) {
                if let Some(k) = month_of(date) {
                    let cell = grown(&mut budget_change, k);
                    *cell = cell.saturating_add(to_cents(amount));
                }
            }
        }
        let mut extras: Vec<Vec<(Option<usize>, i64)>> = Vec::new();
        // An extra dated up to today is planned no more: what was paid is in the log.
        for e in data.budget.extra.iter().filter(|e| e.date > today) {
            let debt = e.debt.as_deref().and_then(|n| index.get(n).copied());
            let k = match debt {
                Some(i) => period_of(as_of, data.debts[i].due_day, e.date),
                None => month_of(e.date),
            };
            if let Some(k) = k.filter(|&k| k <= MAX_MONTHS) {
                if extras.len() < k as usize {
                    extras.resize(k as usize, Vec::new());
                }
                extras[k as usize - 1].push((debt, to_cents(e.amount)));
            }
        }
        Ledger {
            as_of,
            today,
            debts,
            budget_change,
            extras,
        }
    }

    /// A ledger where nothing has happened yet: no payments, today is `as_of`.
    pub fn none(as_of: NaiveDate) -> Ledger {
        Ledger {
            as_of,
            today: as_of,
            debts: Vec::new(),
            budget_change: Vec::new(),
            extras: Vec::new(),
        }
    }

    /// The date every balance in the file was true on.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Cents recorded for debt `debt` in period `k` (1-based).
    pub(crate) fn recorded(&self, debt: usize, k: u32) -> i64 {
        let at = (k as usize).wrapping_sub(1);
        self.debts
            .get(debt)
            .and_then(|e| e.recorded.get(at))
            .copied()
            .unwrap_or(0)
    }

    /// The periods the log holds for any debt: [`Ledger::recorded`] is 0 after them.
    pub(crate) fn recorded_periods(&self) -> u32 {
        let longest = self.debts.iter().map(|e| e.recorded.len()).max();
        u32::try_from(longest.unwrap_or(0)).unwrap_or(u32::MAX)
    }

    /// The last period (1-based) the log records anything for a debt in; 0 if none.
    pub(crate) fn last_recorded(&self, debt: usize) -> u32 {
        self.debts.get(debt).map_or(0, |e| {
            let last = e
                .recorded
                .iter()
                .rposition(|&c| c != 0)
                .map_or(0, |k| k + 1);
            u32::try_from(last).unwrap_or(u32::MAX)
        })
    }

    /// How many of a debt's periods are history.
    pub(crate) fn history(&self, debt: usize) -> u32 {
        self.debts.get(debt).map_or(0, |e| e.history)
    }

    /// A debt's overdue cost so far, in cents.
    pub(crate) fn overdue(&self, debt: usize) -> i64 {
        self.debts.get(debt).map_or(0, |e| e.overdue)
    }

    /// What plan month `m` (1-based) adds to the month's budget, in cents (negative: takes).
    pub(crate) fn budget_change(&self, m: u32) -> i64 {
        let at = (m as usize).wrapping_sub(1);
        self.budget_change.get(at).copied().unwrap_or(0)
    }

    /// The extra payments of plan month `m` (1-based): to a debt, or to the strategy's first.
    pub(crate) fn extras(&self, m: u32) -> &[(Option<usize>, i64)] {
        let at = (m as usize).wrapping_sub(1);
        self.extras.get(at).map_or(&[], Vec::as_slice)
    }
}

/// The cell of period `k` (1-based), the list grown to hold it.
fn grown(cells: &mut Vec<i64>, k: u32) -> &mut i64 {
    let at = k as usize - 1;
    if cells.len() <= at {
        cells.resize(at + 1, 0);
    }
    &mut cells[at]
}
