//! The payoff engine (SPEC §2): month by month, every strategy, exact to the cent.
//!
//! Each month, in this order: every open debt accrues `round_half_up(balance * apr / 100 / 12)`;
//! every open debt receives `min(minimum_due, balance)`; what is left of the budget goes to the
//! open debts in the strategy's order, the whole remainder to the first until it is paid off,
//! then on to the next in the same month.
//!
//! The loop works in whole cents (`i64`, with `i128` products) because a TUI recomputes all five
//! strategies on every keystroke; the arithmetic is the same exact, half-up arithmetic as on
//! `Decimal` (see `money::Rate::of_cents`), and every figure leaves the engine as `Money`.

use chrono::NaiveDate;
use thiserror::Error;

use crate::due::due_date;
use crate::installment::{
    annuity_payment, equal_principal_part, flat_fee, flat_fee_payment, loan_schedule,
    negotiated_installment,
};
use crate::ledger::Ledger;
use crate::lender::cycle::{self, Bill, Calendar, Rules};
use crate::lender::has_cycle;
use crate::model::{Data, Debt, DebtKind, Method, YearMonth};
use crate::money::{Money, MonthlyRate, Rate, card_minimum_cents, from_cents, plain, to_cents};

/// No plan runs longer than this: a plan that has not paid off by then never will.
pub const MAX_MONTHS: u32 = 1200;

/// From this many debts on, `compare` runs on two threads. Measured on 2 cores, whole
/// processes (README `## Speed`): at 50 debts the thread gains nothing (2.42 ms without it,
/// 2.51 ms with it), at 1,000 it takes a sixth off (21.0 ms to 17.4 ms).
const PARALLEL_DEBTS: usize = 100;

/// A balance past this many cents has run away: 10^16 in money, ten thousand times the largest
/// amount a file may hold ([`crate::money::MAX_AMOUNT`]), so every amount a file may hold plans
/// as it should, while the loop stays well inside `i64` (which ends near 9.2 x 10^18 cents).
/// The sums over several debts saturate rather than overflow.
const RUNAWAY_CENTS: i64 = 1_000_000_000_000_000_000;

/// The order in which the budget left after minimums is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Strategy {
    /// Highest apr first; ties: smaller balance first; then file order.
    Avalanche,
    /// Smallest balance first; ties: higher apr first; then file order.
    Snowball,
    /// File order.
    Custom,
    /// Minimums only: the baseline every plan is compared to.
    Minimum,
    /// Negotiated plans in force, then avalanche.
    Negotiated,
}

impl Strategy {
    /// Every strategy, in the order `compare` lists them.
    pub const ALL: [Strategy; 5] = [
        Strategy::Avalanche,
        Strategy::Snowball,
        Strategy::Custom,
        Strategy::Negotiated,
        Strategy::Minimum,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Strategy::Avalanche => "avalanche",
            Strategy::Snowball => "snowball",
            Strategy::Custom => "custom",
            Strategy::Minimum => "minimum",
            Strategy::Negotiated => "negotiated",
        }
    }

    pub fn parse(s: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|st| st.code() == s)
    }
}

impl std::fmt::Display for Strategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a plan could not be made.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PlanError {
    #[error(
        "the budget {} is {} below the minimums {}",
        plain(*budget),
        plain(*minimums - *budget),
        plain(*minimums)
    )]
    BelowMinimums { budget: Money, minimums: Money },
    #[error("never paid off: {}", never_paid_off_words(*months, debts, *growing))]
    NeverPaidOff {
        /// How long the plan ran before giving up ([`MAX_MONTHS`]).
        months: u32,
        /// The debts that are never paid off, in file order: those that grow faster than they
        /// are paid when `growing`, else those still owed after `months` months.
        debts: Vec<String>,
        growing: bool,
    },
}

/// "A grows faster than it is paid", "A and B grow faster than they are paid", or "after 1200
/// months A is still owed" (the words `present::plan::plan_error` gives in English).
fn never_paid_off_words(months: u32, debts: &[String], growing: bool) -> String {
    let names = match debts {
        [] => "nothing".to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    match (growing, debts.len()) {
        (true, 1) => format!("{names} grows faster than it is paid"),
        (true, _) => format!("{names} grow faster than they are paid"),
        (false, 1) => format!("after {months} months {names} is still owed"),
        (false, _) => format!("after {months} months {names} are still owed"),
    }
}

/// What a plan is asked to do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params<'a> {
    pub strategy: Strategy,
    /// The total a month for all debt payments.
    pub budget: Money,
    /// What has been paid, on which due dates, and how far the past reaches (SPEC §2.1).
    pub ledger: &'a Ledger,
    /// Keep the month-by-month payments and balances of every debt (the `schedule`).
    pub keep_schedule: bool,
}

impl<'a> Params<'a> {
    /// The plan the file describes on the ledger's day: its monthly budget.
    pub fn of(data: &Data, strategy: Strategy, ledger: &'a Ledger) -> Params<'a> {
        Params {
            strategy,
            budget: data.budget.monthly_budget(),
            ledger,
            keep_schedule: true,
        }
    }
}

/// One debt's outcome in a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct DebtPlan {
    pub name: String,
    /// The plan month (1-based) in which it is paid off; 0 if nothing was owed.
    pub payoff_month: u32,
    pub interest: Money,
    /// What it costs beyond interest: a negotiated plan's fee, the overdue cost so far.
    pub fees: Money,
    pub paid: Money,
}

/// A finished plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub strategy: Strategy,
    pub monthly_budget: Money,
    /// The month of the earliest first due date: what month 1 is called.
    pub start: YearMonth,
    /// Months until every debt is paid off.
    pub months: u32,
    pub total_interest: Money,
    pub total_fees: Money,
    pub total_paid: Money,
    /// The day the balances were true on; each debt's period `k` is its `k`-th due date from it.
    as_of: NaiveDate,
    /// In file order.
    due_days: Vec<u32>,
    /// In file order.
    pub debts: Vec<DebtPlan>,
    /// Total owed at the end of each month; `[0]` is the starting total.
    totals: Vec<i64>,
    /// What all the debts received in each month (index `m - 1`), whether the schedule was
    /// kept or not: a sum of at most a few thousand cents figures, each below `i64::MAX`.
    month_paid: Vec<i128>,
    /// `months x debts` payments and balances, row by row, when the schedule was kept.
    payments: Vec<i64>,
    balances: Vec<i64>,
    /// What each debt owed as month 1 began (in file order), when the schedule was kept.
    starts: Vec<i64>,
    /// What the rest of each month's budget paid (step 3), as (month, debt, cents) in the order
    /// paid, when the schedule was kept: what `plan --explain` says moved where.
    rests: Vec<(u32, usize, i64)>,
}

impl Plan {
    /// What plan month `m` (1-based) is called: the month of its earliest due date.
    pub fn month(&self, m: u32) -> YearMonth {
        self.start.plus(m as i32 - 1)
    }

    /// The same plan under `strategy`'s name, without its schedule (another strategy that
    /// plans exactly as this one did).
    fn renamed(&self, strategy: Strategy) -> Plan {
        Plan {
            strategy,
            due_days: self.due_days.clone(),
            debts: self.debts.clone(),
            totals: self.totals.clone(),
            month_paid: self.month_paid.clone(),
            payments: Vec::new(),
            balances: Vec::new(),
            starts: Vec::new(),
            rests: Vec::new(),
            ..*self
        }
    }

    /// The day debt `d` pays in plan month `m`: its `m`-th due date (SPEC §2.1).
    pub fn date(&self, m: u32, d: usize) -> NaiveDate {
        let day = self.due_days.get(d).copied().unwrap_or(1);
        due_date(self.as_of, day, m).unwrap_or(NaiveDate::MAX)
    }

    /// The last day anything is paid in plan month `m` (the month's last due date when the
    /// schedule was not kept).
    pub fn month_date(&self, m: u32) -> NaiveDate {
        self.month_date_of(m, &self.dates(m))
    }

    /// [`Plan::month_date`] from the month's [`Plan::dates`], for a caller that has them
    /// already (a JSON schedule writes both: each date is worked out once).
    pub fn month_date_of(&self, m: u32, dates: &[NaiveDate]) -> NaiveDate {
        let paid = dates.iter().enumerate();
        paid.filter(|&(d, _)| self.cents(&self.payments, m, d) > 0)
            .map(|(_, &day)| day)
            .max()
            .or_else(|| dates.iter().copied().max())
            .unwrap_or(self.as_of)
    }

    /// The day each debt pays in plan month `m`: [`Plan::date`] of every debt, in order.
    pub fn dates(&self, m: u32) -> Vec<NaiveDate> {
        // Debts share due days: each day's date is worked out once a month.
        let mut by_day = [None; 32];
        (0..self.debts.len())
            .map(|d| {
                let day = self.due_days.get(d).copied().unwrap_or(1);
                match by_day.get_mut(day as usize) {
                    Some(seen) => *seen.get_or_insert_with(|| self.date(m, d)),
                    None => self.date(m, d),
                }
            })
            .collect()
    }

    /// The day of a debt's last payment; `as_of` if nothing was owed.
    pub fn payoff_date(&self, debt: usize) -> NaiveDate {
        match self.debts.get(debt).map_or(0, |d| d.payoff_month) {
            0 => self.as_of,
            m => self.date(m, debt),
        }
    }

    /// The day of the last payment of all: debt-free (`as_of` if nothing was owed).
    pub fn debt_free_date(&self) -> NaiveDate {
        (0..self.debts.len())
            .map(|d| self.payoff_date(d))
            .max()
            .unwrap_or(self.as_of)
    }

    /// The month of [`Plan::debt_free_date`].
    pub fn debt_free(&self) -> YearMonth {
        YearMonth::of(self.debt_free_date())
    }

    /// The month of a debt's last payment.
    pub fn payoff(&self, debt: usize) -> YearMonth {
        YearMonth::of(self.payoff_date(debt))
    }

    /// Total owed at the end of month `m`; `m = 0` is the start.
    pub fn total_owed(&self, m: u32) -> Money {
        from_cents(self.total_owed_cents(m))
    }

    /// [`Plan::total_owed`] in whole cents, as the plan keeps it.
    pub fn total_owed_cents(&self, m: u32) -> i64 {
        self.totals.get(m as usize).copied().unwrap_or(0)
    }

    /// What debt `d` received in month `m` (1-based); zero without a kept schedule.
    pub fn payment(&self, m: u32, d: usize) -> Money {
        self.cell(&self.payments, m, d)
    }

    /// What debt `d` owed at the end of month `m` (1-based); zero without a kept schedule.
    pub fn balance(&self, m: u32, d: usize) -> Money {
        self.cell(&self.balances, m, d)
    }

    /// What debt `d` owed as month `m` began, before its interest: what the month's order was
    /// decided on (SPEC §2.2); zero without a kept schedule.
    pub fn opening(&self, m: u32, d: usize) -> Money {
        match m {
            0 | 1 => self.starts.get(d).map_or(Money::ZERO, |&c| from_cents(c)),
            _ => self.balance(m - 1, d),
        }
    }

    /// What the rest of month `m`'s budget (step 3: after the minimums, with the extra
    /// payments no debt took) paid each debt, in the order it was paid; debts it paid nothing
    /// are left out. Empty without a kept schedule.
    pub fn rest_paid(&self, m: u32) -> impl Iterator<Item = (usize, Money)> + '_ {
        let from = self.rests.partition_point(|r| r.0 < m);
        let to = self.rests.partition_point(|r| r.0 <= m);
        self.rests[from..to]
            .iter()
            .map(|&(_, d, c)| (d, from_cents(c)))
    }

    /// What all the debts received in month `m` (1-based), added up; zero outside the plan.
    pub fn paid_in(&self, m: u32) -> Money {
        let at = (m as usize).wrapping_sub(1);
        self.month_paid.get(at).map_or(Money::ZERO, |&cents| {
            Money::try_from_i128_with_scale(cents, 2).unwrap_or(Money::MAX)
        })
    }

    /// [`Plan::payment`] in cents.
    pub fn payment_cents(&self, m: u32, d: usize) -> i64 {
        self.cents(&self.payments, m, d)
    }

    /// [`Plan::balance`] in cents.
    pub fn balance_cents(&self, m: u32, d: usize) -> i64 {
        self.cents(&self.balances, m, d)
    }

    fn cell(&self, cells: &[i64], m: u32, d: usize) -> Money {
        from_cents(self.cents(cells, m, d))
    }

    fn cents(&self, cells: &[i64], m: u32, d: usize) -> i64 {
        let n = self.debts.len();
        let i = (m as usize).wrapping_sub(1).wrapping_mul(n).wrapping_add(d);
        cells.get(i).copied().unwrap_or(0)
    }
}

/// How a debt's `minimum_due` is found each month.
#[derive(Clone, Copy, Debug)]
enum Due {
    /// A fixed amount (a card's `minimum`, an annuity's installment, a flat-fee payment).
    Fixed(i64),
    /// `max(round(balance * percent / 100), floor)` on the balance after interest.
    Percent { rate: Rate, floor: i64 },
    /// A fixed principal part plus the month's interest.
    PrincipalPlusInterest(i64),
    /// The month's interest; the principal comes with the last installment.
    InterestOnly,
}

/// One debt as the loop sees it.
#[derive(Clone, Debug)]
struct Slot {
    balance: i64,
    apr: Rate,
    monthly: MonthlyRate,
    /// A flat-fee loan's fee, accrued each month instead of apr interest.
    fee: Option<i64>,
    due: Due,
    /// The month whose installment is the whole balance (a loan's or a negotiated plan's last).
    last: Option<u32>,
    /// Paid in month 1 on top of the installment (a negotiated down payment).
    down: i64,
    /// The down payment the first month's interest does not run on (SPEC §2.2: the bank charges
    /// interest on what is left after it); taken by the first [`Slot::accrue`].
    down_unaccrued: i64,
    /// Periods before today (SPEC §2.1): paid what the log says, nothing more.
    history: u32,
    /// The overdue cost so far, joining the balance in the first period that is not history.
    overdue: i64,
    /// What the history periods asked for and were not paid: due with the first period after.
    arrears: i64,
    fees: i64,
    start_balance: i64,
    /// The balance at the start of the month, before interest.
    opening: i64,
    /// Whether the balance has passed [`RUNAWAY_CENTS`] (or would leave `i64`).
    ran_away: bool,
    /// A statement card's cycle (SPEC §7.2), followed instead of step 1.
    cycle: Option<Box<Cycle>>,
    /// 0 for the dearest (apr, or a fee-quoted loan's true APR), equal costs equal ranks: the
    /// orders compare integers, not decimals, every month.
    cost_rank: u32,
    interest: i64,
    paid: i64,
    payoff: u32,
}

impl Slot {
    fn new(debt: &Debt, strategy: Strategy, history: u32, overdue: i64) -> Slot {
        let balance = to_cents(debt.balance);
        let mut slot = Slot {
            balance,
            apr: debt.apr,
            monthly: MonthlyRate::new(debt.apr),
            fee: None,
            due: Due::Fixed(to_cents(debt.minimum)),
            last: None,
            down: 0,
            down_unaccrued: 0,
            history,
            overdue,
            arrears: 0,
            fees: 0,
            start_balance: balance,
            opening: balance,
            ran_away: balance >= RUNAWAY_CENTS,
            cycle: None,
            cost_rank: 0,
            interest: 0,
            paid: 0,
            payoff: 0,
        };
        if let Some(rate) = debt.minimum_percent {
            slot.due = Due::Percent {
                rate,
                floor: to_cents(debt.minimum),
            };
        }
        match (strategy, &debt.negotiated) {
            (Strategy::Negotiated, Some(n)) => {
                let total = debt.balance + n.fee;
                slot.balance = to_cents(total);
                slot.start_balance = slot.balance;
                slot.opening = slot.balance;
                slot.ran_away = slot.balance >= RUNAWAY_CENTS;
                slot.apr = n.apr;
                slot.monthly = MonthlyRate::new(n.apr);
                slot.due = Due::Fixed(to_cents(negotiated_installment(debt.balance, n)));
                slot.last = Some(n.months);
                slot.down = to_cents(n.down_payment);
                slot.down_unaccrued = slot.down;
                slot.fees = to_cents(n.fee);
            }
            _ if debt.kind == DebtKind::Loan => slot.loan(debt),
            _ => {}
        }
        slot
    }

    /// A loan pays its scheduled installment (SPEC §3) and, in its last month, the balance.
    fn loan(&mut self, debt: &Debt) {
        let term = debt.term_months.unwrap_or(1).max(1);
        self.last = Some(term);
        self.due = match debt.method {
            Method::Annuity => Due::Fixed(to_cents(annuity_payment(debt.balance, term, debt.apr))),
            Method::EqualPrincipal => {
                Due::PrincipalPlusInterest(to_cents(equal_principal_part(debt.balance, term)))
            }
            Method::InterestOnly => Due::InterestOnly,
            Method::FlatFee => {
                let rate = debt.fee_rate.unwrap_or(Rate::ZERO);
                let original = debt.principal.unwrap_or(debt.balance);
                self.fee = Some(to_cents(flat_fee(original, rate, term)));
                Due::Fixed(to_cents(flat_fee_payment(
                    debt.balance,
                    term,
                    original,
                    rate,
                )))
            }
        };
    }

    /// Step 1: the month's interest, or `None` (the balance left as it was) when it runs away.
    fn accrue(&mut self) -> Option<i64> {
        self.opening = self.balance;
        if self.cycle.is_some() {
            // A statement card's interest is posted on its statements ([`Slot::close_cycle`]).
            return Some(0);
        }
        let interest = match self.fee {
            Some(fee) => Some(fee),
            None => {
                let down = std::mem::take(&mut self.down_unaccrued);
                self.monthly
                    .interest(self.balance.saturating_sub(down).max(0))
            }
        };
        let grown = interest
            .and_then(|i| self.balance.checked_add(i))
            .filter(|&b| b < RUNAWAY_CENTS);
        let (Some(interest), Some(balance)) = (interest, grown) else {
            self.ran_away = true;
            return None;
        };
        self.balance = balance;
        self.interest = self.interest.saturating_add(interest);
        Some(interest)
    }

    /// Step 2: `min(minimum_due, balance)` for month `m`, given the interest just accrued.
    fn minimum_due(&self, m: u32, interest: i64) -> i64 {
        if let Some(whole) = self.whole_due(m) {
            return whole;
        }
        let due = self.regular_due(interest);
        let down = if m == 1 { self.down } else { 0 };
        let arrears = if m == self.history + 1 {
            self.arrears
        } else {
            0
        };
        due.saturating_add(down)
            .saturating_add(arrears)
            .min(self.balance)
    }

    /// Steps 1 and 2 of a month `m` after month 1, the debt's history and its first period
    /// after: [`Slot::minimum_due`] on [`Slot::accrue`]'s interest, with no down payment or
    /// arrears to add, and the interest. `None` when it runs away.
    fn accrue_and_ask(&mut self, m: u32) -> Option<(i64, i64)> {
        let interest = self.accrue()?;
        let asked = self
            .whole_due(m)
            .unwrap_or_else(|| self.regular_due(interest).min(self.balance));
        Some((asked, interest))
    }

    /// What month `m` asks when it is not the regular due: a statement card's bill minimum
    /// (the unpaid earlier minimums are in it already), or the last installment's balance.
    fn whole_due(&self, m: u32) -> Option<i64> {
        if let Some(cycle) = &self.cycle {
            return Some(cycle.bill.minimum.min(self.balance));
        }
        (self.last == Some(m)).then_some(self.balance)
    }

    /// The regular due on the balance after `interest`, before a down payment and arrears.
    fn regular_due(&self, interest: i64) -> i64 {
        match self.due {
            Due::Fixed(amount) => amount,
            Due::Percent { rate, floor } => card_minimum_cents(Some(rate), floor, self.balance),
            Due::PrincipalPlusInterest(part) => part + interest,
            Due::InterestOnly => interest,
        }
    }

    /// The overdue cost so far joins the balance (once, in the first period not history);
    /// `false` when that makes it run away.
    fn add_overdue(&mut self) -> bool {
        let cost = std::mem::take(&mut self.overdue);
        match self
            .balance
            .checked_add(cost)
            .filter(|&b| b < RUNAWAY_CENTS)
        {
            Some(b) => {
                self.balance = b;
                self.fees = self.fees.saturating_add(cost);
                true
            }
            None => {
                self.ran_away = true;
                false
            }
        }
    }

    /// Pays `amount` in month `m`; `true` when that pays the debt off (a debt already paid off
    /// and paid nothing, say by an extra to it, keeps the month it was paid off in).
    fn pay(&mut self, amount: i64, m: u32) -> bool {
        self.balance -= amount;
        self.paid = self.paid.saturating_add(amount);
        let paid_off = amount > 0 && self.balance == 0;
        if paid_off {
            self.payoff = m;
        }
        paid_off
    }

    /// Makes a statement card (SPEC §7.2) follow its cycle, unless a negotiated plan is in force:
    /// it owes its first bill (the file's `balance`) and what is not billed yet (`unbilled`),
    /// which joins the second. Its overdue interest is its cycles' interest and its late fees
    /// join its bills ([`cycle::Rules::close`]), so the ledger's overdue cost does not join its
    /// balance on top.
    fn follow_cycle(&mut self, debt: &Debt, strategy: Strategy, ledger: &Ledger) {
        if !follows_cycle(debt, strategy) {
            return;
        }
        let Some(calendar) = Calendar::of(debt, ledger.as_of()) else {
            return;
        };
        let rules = Rules::of(debt);
        let bill = rules.first(to_cents(debt.balance));
        let owed = bill.amount.saturating_add(to_cents(debt.unbilled));
        self.balance = owed;
        self.start_balance = owed;
        self.opening = owed;
        self.ran_away = owed >= RUNAWAY_CENTS;
        self.overdue = 0;
        self.cycle = Some(Box::new(Cycle {
            calendar,
            rules,
            bill,
            past_grace: cycle::past_grace(debt, ledger.as_of(), ledger.today()),
        }));
    }

    /// After period `m`'s payments (`paid` in all), a statement card's cycle closes: its
    /// interest and any late fee are posted on the next statement, and what it owes is the next
    /// bill. `false` when that makes it run away.
    fn close_cycle(&mut self, m: u32, paid: i64, debt: &Debt) -> bool {
        let Some(cycle) = self.cycle.as_deref_mut() else {
            return true;
        };
        if self.balance == 0 {
            return true;
        }
        let owed = self.balance.saturating_add(paid);
        let late = (m <= cycle.past_grace).then_some(debt);
        let span = cycle.calendar.span(m);
        match cycle.rules.close(cycle.bill, owed, paid, span, late) {
            Some(closed) if closed.next.amount < RUNAWAY_CENTS => {
                self.balance = closed.next.amount;
                self.interest = self.interest.saturating_add(closed.interest);
                self.fees = self.fees.saturating_add(closed.fee);
                cycle.bill = closed.next;
                true
            }
            _ => {
                self.ran_away = true;
                false
            }
        }
    }
}

/// A statement card's cycle as the loop follows it.
#[derive(Clone, Debug)]
struct Cycle {
    calendar: Calendar,
    rules: Rules,
    /// The bill of the current period.
    bill: Bill,
    /// How many periods are past their grace on the ledger's day: a minimum they missed costs
    /// a late fee.
    past_grace: u32,
}

/// Whether a debt follows its statement cycle under `strategy`: a statement card, unless the
/// negotiated plan that replaces its bills is in force.
fn follows_cycle(debt: &Debt, strategy: Strategy) -> bool {
    has_cycle(debt) && !(strategy == Strategy::Negotiated && debt.negotiated.is_some())
}

/// Plans the file's debts (in file order) under `params`, from what its ledger says happened.
pub fn plan(debts: &[Debt], params: Params) -> Result<Plan, PlanError> {
    run(
        debts,
        prepare(debts, params.strategy, params.ledger),
        params,
    )
}

/// The debts as the loop sees them under a strategy: every figure that stays the same month
/// after month (installments, ranks, the ledger's past) worked out once.
fn prepare(debts: &[Debt], strategy: Strategy, ledger: &Ledger) -> Vec<Slot> {
    let mut slots: Vec<Slot> = debts
        .iter()
        .enumerate()
        .map(|(i, d)| slot(i, d, strategy, ledger))
        .collect();
    rank_costs(debts, &mut slots);
    slots
}

/// Debt `i` as the loop sees it under `strategy`.
fn slot(i: usize, debt: &Debt, strategy: Strategy, ledger: &Ledger) -> Slot {
    let mut slot = Slot::new(debt, strategy, ledger.history(i), ledger.overdue(i));
    slot.follow_cycle(debt, strategy, ledger);
    slot
}

/// [`prepare`] for `negotiated`, from `shared`, the slots prepared for another strategy: only
/// a debt with a negotiated plan is seen differently (its plan in force), so only those are
/// made again, and the ranks.
fn prepare_negotiated(debts: &[Debt], shared: &[Slot], ledger: &Ledger) -> Vec<Slot> {
    let mut slots = shared.to_vec();
    for (i, d) in debts.iter().enumerate() {
        if d.negotiated.is_some() {
            slots[i] = slot(i, d, Strategy::Negotiated, ledger);
        }
    }
    rank_costs(debts, &mut slots);
    slots
}

/// Runs the monthly model on prepared slots.
fn run(debts: &[Debt], slots: Vec<Slot>, params: Params) -> Result<Plan, PlanError> {
    run_stopping(debts, slots, params, true)
}

/// [`run`], with `minimum`'s early stop (see [`stuck`]) or, for the tests that prove it
/// changes nothing, without.
fn run_stopping(
    debts: &[Debt],
    mut slots: Vec<Slot>,
    params: Params,
    stop_early: bool,
) -> Result<Plan, PlanError> {
    let n = slots.len();
    let ledger = params.ledger;
    let budget = to_cents(params.budget);
    let mut open: Vec<usize> = (0..n).filter(|&i| slots[i].balance > 0).collect();
    if slots.iter().any(|s| s.ran_away) {
        return Err(never_paid_off(debts, &slots, &open));
    }
    // A plain month adds its interest to what is owed and takes off what it pays; any other
    // month adds the balances up again.
    let mut owed = owed(&slots);
    let mut totals = vec![kept_total(owed)];
    let mut month_paid = Vec::new();
    // With every rate different, the avalanche order never changes: sort once, not monthly.
    let mut ranks: Vec<u32> = slots.iter().map(|s| s.cost_rank).collect();
    ranks.sort_unstable();
    ranks.dedup();
    let fixed_order = ranks.len() == n && params.strategy != Strategy::Snowball;
    let cycles = slots.iter().any(|s| s.cycle.is_some());
    order(&mut open, &slots, params.strategy, false);
    // The budget is held against the minimums of the first month no debt is in the past.
    let first_month = slots.iter().map(|s| s.history).max().unwrap_or(0) + 1;
    // From this month on no debt has a period of the past, its first period after (overdue
    // cost, arrears) or anything in the log ahead.
    let plain_from = (first_month + 1).max(ledger.recorded_periods() + 1);
    let (mut payments, mut balances, mut rests) = (Vec::new(), Vec::new(), Vec::new());
    let starts: Vec<i64> = match params.keep_schedule {
        true => slots.iter().map(|s| s.balance).collect(),
        false => Vec::new(),
    };
    let mut paid = vec![0i64; n];
    let mut m = 0;
    while !open.is_empty() {
        m += 1;
        if m > MAX_MONTHS {
            return Err(never_paid_off(debts, &slots, &open));
        }
        if !fixed_order {
            order(&mut open, &slots, params.strategy, true);
        }
        // Steps 1 and 2: interest, then every open debt's minimum, or in a period of the past
        // what the log says it was paid. What the log holds (beyond a minimum, or in the past)
        // is paid too, out of the month's budget first.
        // Each debt is paid as soon as its amount is known: a failure on the way is a debt
        // that ran away, and only those are named (see [`never_paid_off`]), whatever the
        // others were paid; a budget below the minimums names no debt.
        let (mut minimums, mut spent) = (0i64, 0i64);
        // What the month pays in all, and the interest of a plain month, exactly.
        let (mut paid_in, mut interest_in) = (0i128, 0i128);
        // Whether a debt was paid off this month: only then do the open debts change. A
        // statement card's cycle closing sets its balance, so with cycles every month looks.
        let mut paid_off = cycles;
        let plain = m >= plain_from;
        if !plain {
            for &i in &open {
                let slot = &mut slots[i];
                if m == slot.history + 1 && slot.overdue > 0 && !slot.add_overdue() {
                    return Err(never_paid_off(debts, &slots, &open));
                }
                let Some(interest) = slot.accrue() else {
                    return Err(never_paid_off(debts, &slots, &open));
                };
                let asked = slot.minimum_due(m, interest);
                let recorded = ledger.recorded(i, m).clamp(0, slot.balance);
                let amount = if m <= slot.history {
                    slot.arrears = slot.arrears.saturating_add(asked - recorded).max(0);
                    recorded
                } else {
                    minimums = minimums.saturating_add(asked);
                    asked.max(recorded)
                };
                spent = spent.saturating_add(amount);
                paid_in += i128::from(amount);
                paid_off |= slot.pay(amount, m);
                paid[i] = amount;
            }
        } else {
            // Past every debt's history and its first period after, and past the log: each
            // pays its minimum. This is not the first month the budget is held against.
            for &i in &open {
                let slot = &mut slots[i];
                let Some((asked, interest)) = slot.accrue_and_ask(m) else {
                    return Err(never_paid_off(debts, &slots, &open));
                };
                spent = spent.saturating_add(asked);
                paid_in += i128::from(asked);
                interest_in += i128::from(interest);
                paid_off |= slot.pay(asked, m);
                paid[i] = asked;
            }
        }
        // A regular month's budget is held against the minimums; a month with a yearly fee or
        // a one-off expense pays its minimums whatever is left of it.
        if m == first_month && minimums > budget {
            return Err(PlanError::BelowMinimums {
                budget: from_cents(budget),
                minimums: from_cents(minimums),
            });
        }
        // Step 3: the rest of the month's budget (its yearly lines and one-offs in it), in the
        // strategy's order, within the month; the past gets nothing more. The month's extra
        // payments come on top (SPEC §8): each to its debt, what it does not need (and an
        // extra to no debt in particular) with the rest.
        if params.strategy != Strategy::Minimum {
            let month_budget = budget.saturating_add(ledger.budget_change(m)).max(0);
            let mut left = month_budget.saturating_sub(spent).max(0);
            for &(debt, amount) in ledger.extras(m) {
                let mut amount = amount;
                if let Some((slot, paid)) = debt.and_then(|i| slots.get_mut(i).zip(paid.get_mut(i)))
                {
                    let to_it = amount.min(slot.balance.max(0));
                    paid_off |= slot.pay(to_it, m);
                    *paid += to_it;
                    paid_in += i128::from(to_it);
                    amount -= to_it;
                }
                left = left.saturating_add(amount);
            }
            for &i in &open {
                if left == 0 {
                    break;
                }
                if m <= slots[i].history {
                    continue;
                }
                let extra = left.min(slots[i].balance);
                paid_off |= slots[i].pay(extra, m);
                paid[i] += extra;
                paid_in += i128::from(extra);
                left -= extra;
                if params.keep_schedule && extra > 0 {
                    rests.push((m, i, extra));
                }
            }
        }
        // A statement card's cycle closes after its due date (SPEC §7.2).
        if cycles {
            for &i in &open {
                if !slots[i].close_cycle(m, paid[i], &debts[i]) {
                    return Err(never_paid_off(debts, &slots, &open));
                }
            }
        }
        if params.keep_schedule {
            payments.extend_from_slice(&paid);
            balances.extend(slots.iter().map(|s| s.balance));
        }
        // The debts paid off leave the open ones.
        if paid_off {
            open.retain(|&i| {
                let open = slots[i].balance > 0;
                if !open {
                    paid[i] = 0;
                }
                open
            });
        }
        owed = if plain && !cycles {
            owed + interest_in - paid_in
        } else {
            self::owed(&slots)
        };
        totals.push(kept_total(owed));
        month_paid.push(paid_in);
        if stop_early
            && params.strategy == Strategy::Minimum
            && m >= first_month
            && !open.is_empty()
            && open
                .iter()
                .all(|&i| stuck(&slots[i], m, ledger.last_recorded(i)))
        {
            return Err(never_paid_off_from(debts, slots, &open, m));
        }
    }
    let debts_out = debts
        .iter()
        .zip(&slots)
        .map(|(d, s)| DebtPlan {
            name: d.name.clone(),
            payoff_month: s.payoff,
            interest: from_cents(s.interest),
            fees: from_cents(s.fees),
            paid: from_cents(s.paid),
        })
        .collect::<Vec<_>>();
    let due_days: Vec<u32> = debts.iter().map(|d| d.due_day).collect();
    let as_of = ledger.as_of();
    let start = due_days
        .iter()
        .filter_map(|&day| due_date(as_of, day, 1))
        .min()
        .map_or_else(|| YearMonth::of(as_of), YearMonth::of);
    Ok(Plan {
        strategy: params.strategy,
        monthly_budget: from_cents(budget),
        start,
        months: m,
        total_interest: debts_out.iter().map(|d| d.interest).sum(),
        total_fees: debts_out.iter().map(|d| d.fees).sum(),
        total_paid: debts_out.iter().map(|d| d.paid).sum(),
        as_of,
        due_days,
        debts: debts_out,
        totals,
        month_paid,
        payments,
        balances,
        starts,
        rests,
    })
}

/// What each debt owes now, by the ledger (SPEC §2.1): its past periods, each accruing its
/// interest as the model says and paid what the log holds, then the overdue cost so far and
/// what the log holds for the current period (whose interest is still to come). A negotiated
/// plan is in force, as the due dates take it. Recording a payment lowers it at once. A
/// statement card (SPEC §7.2) owes its current bill (the past bills' rest, their interest and
/// late fees, posted on the statement before the current due date) and what is not billed
/// yet, less what the log holds for the current period.
pub fn balances_now(debts: &[Debt], ledger: &Ledger) -> Vec<Money> {
    prepare(debts, Strategy::Negotiated, ledger)
        .into_iter()
        .enumerate()
        .map(|(i, mut slot)| {
            let current = slot.history.saturating_add(1).min(MAX_MONTHS);
            for m in 1..=current {
                if slot.balance == 0 {
                    break;
                }
                let grows = if m < current {
                    slot.accrue().is_some()
                } else {
                    slot.overdue == 0 || slot.add_overdue()
                };
                if !grows {
                    break;
                }
                let recorded = ledger.recorded(i, m).clamp(0, slot.balance);
                slot.pay(recorded, m);
                if m < current && !slot.close_cycle(m, recorded, &debts[i]) {
                    break;
                }
            }
            from_cents(slot.balance)
        })
        .collect()
}

/// What month 1 needs before any extra: the sum of step 2 (SPEC §2.1) under `strategy`.
pub fn first_minimums(debts: &[Debt], strategy: Strategy) -> Money {
    let cents: i64 = debts
        .iter()
        .map(|d| {
            if follows_cycle(d, strategy) {
                // The first bill's minimum: a statement card's interest comes with its bills.
                return Rules::of(d).first(to_cents(d.balance)).minimum;
            }
            let mut slot = Slot::new(d, strategy, 0, 0);
            if slot.balance == 0 {
                return 0;
            }
            slot.accrue()
                .map_or(slot.balance, |i| slot.minimum_due(1, i))
        })
        .fold(0, i64::saturating_add);
    from_cents(cents)
}

/// What a debt really costs a year, for the avalanche order (SPEC §2.2): its apr, or for a
/// fee-quoted loan its true APR, whose quoted fee hides the price. A statement card's daily
/// rate x 365 is its apr (the loader reads `daily_rate` so).
fn yearly_cost(debt: &Debt, slot: &Slot) -> rust_decimal::Decimal {
    match (slot.fee, debt.method) {
        (Some(_), Method::FlatFee) => {
            loan_schedule(debt).map_or(slot.apr.percent(), |s| s.true_apr)
        }
        _ => slot.apr.percent(),
    }
}

/// What each debt costs a year under `strategy`, in percent, as the avalanche order ranks it
/// (SPEC §2.2): [`yearly_cost`] of each, a negotiated plan's apr where `strategy` puts it in
/// force. What `plan --explain` names as the reason a debt comes first.
pub fn yearly_costs(debts: &[Debt], strategy: Strategy) -> Vec<rust_decimal::Decimal> {
    debts
        .iter()
        .map(|d| yearly_cost(d, &Slot::new(d, strategy, 0, 0)))
        .collect()
}

/// Ranks the slots by what they cost a year, dearest first.
fn rank_costs(debts: &[Debt], slots: &mut [Slot]) {
    let costs: Vec<_> = debts
        .iter()
        .zip(slots.iter())
        .map(|(d, s)| yearly_cost(d, s))
        .collect();
    let mut by_cost: Vec<usize> = (0..slots.len()).collect();
    by_cost.sort_by(|&a, &b| costs[b].cmp(&costs[a]));
    let mut rank = 0;
    for k in 0..by_cost.len() {
        if k > 0 && costs[by_cost[k]] != costs[by_cost[k - 1]] {
            rank += 1;
        }
        slots[by_cost[k]].cost_rank = rank;
    }
}

/// What the debts owe in all, exactly.
fn owed(slots: &[Slot]) -> i128 {
    slots.iter().map(|s| i128::from(s.balance)).sum()
}

/// A month's total as the plan keeps it: no balance is below zero, so `i64::MAX` at most.
fn kept_total(owed: i128) -> i64 {
    i64::try_from(owed).unwrap_or(i64::MAX)
}

/// The order `strategy` pays a month's rest in (SPEC §2.2) when the debts owe `owed` (by debt,
/// as of `as_of`): the debts owing anything, first to last. The cash walk passes an extra
/// payment's rest on in it, as [`plan`] does; `minimum` passes nothing on, so none.
pub fn rest_order(
    debts: &[Debt],
    strategy: Strategy,
    as_of: NaiveDate,
    owed: &[Money],
) -> Vec<usize> {
    if strategy == Strategy::Minimum {
        return Vec::new();
    }
    let mut slots = prepare(debts, strategy, &Ledger::none(as_of));
    for (slot, owed) in slots.iter_mut().zip(owed) {
        slot.balance = to_cents(*owed);
    }
    let mut open: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].balance > 0).collect();
    order(&mut open, &slots, strategy, false);
    open
}

/// Sorts the open debts into the order the month's remainder is paid in, on the balances
/// before interest. Last month's order is nearly this one (a few balances cross), so then
/// (`nearly_sorted`) an insertion sort puts it right in about one pass.
fn order(open: &mut [usize], slots: &[Slot], strategy: Strategy, nearly_sorted: bool) {
    match strategy {
        Strategy::Avalanche | Strategy::Negotiated => sort_by_key(open, nearly_sorted, |i| {
            (slots[i].cost_rank, slots[i].balance, i)
        }),
        Strategy::Snowball => sort_by_key(open, nearly_sorted, |i| {
            (slots[i].balance, slots[i].cost_rank, i)
        }),
        Strategy::Custom | Strategy::Minimum => {}
    }
}

/// Sorts `v` by `key` (distinct for distinct elements): when `nearly_sorted`, by moving each
/// element left past the greater ones before it, linear on a nearly sorted `v`.
fn sort_by_key<K: Ord>(v: &mut [usize], nearly_sorted: bool, key: impl Fn(usize) -> K) {
    if !nearly_sorted {
        v.sort_unstable_by_key(|&i| key(i));
        return;
    }
    for i in 1..v.len() {
        let x = v[i];
        let k = key(x);
        let mut j = i;
        while j > 0 && k < key(v[j - 1]) {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// The plan's failure, naming only the debts that are never paid off: those that ran away when
/// one did (the plan stopped early, and the others may yet be paid in time); else, after
/// [`MAX_MONTHS`], those that still grow (their balance rose in the last month); else every debt
/// still owed, each shrinking, only too slowly.
fn never_paid_off(debts: &[Debt], slots: &[Slot], open: &[usize]) -> PlanError {
    let mut open: Vec<usize> = open.to_vec();
    open.sort_unstable();
    let names = |keep: &dyn Fn(&Slot) -> bool| {
        open.iter()
            .filter(|&&i| keep(&slots[i]))
            .map(|&i| debts[i].name.clone())
            .collect::<Vec<_>>()
    };
    let (debts, growing) = [names(&|s| s.ran_away), names(&|s| s.balance > s.opening)]
        .into_iter()
        .find(|names| !names.is_empty())
        .map_or_else(|| (names(&|_| true), false), |names| (names, true));
    PlanError::NeverPaidOff {
        months: MAX_MONTHS,
        debts,
        growing,
    }
}

/// Whether a debt under `minimum`, after month `m`, provably never shrinks again: its
/// interest is the monthly rate's (no statement cycle, no flat fee), its minimum a fixed
/// amount with no last installment ahead, nothing of the past (arrears, overdue cost, a down
/// payment, a logged payment) left to come, and this month's interest covered the minimum
/// (the balance did not fall). The interest only grows with the balance, so every later month
/// pays the same minimum on at least the same balance.
fn stuck(slot: &Slot, m: u32, last_recorded: u32) -> bool {
    matches!(slot.due, Due::Fixed(_))
        && slot.cycle.is_none()
        && slot.fee.is_none()
        && slot.last.is_none_or(|last| last <= m)
        && m > slot.history.saturating_add(1)
        && m >= last_recorded
        && slot.overdue == 0
        && slot.down_unaccrued == 0
        && slot.balance >= slot.opening
}

/// The error the plan would end in, found once every open debt is [`stuck`] after month `m`:
/// each alone (a stuck debt's months no longer depend on the others) up to [`MAX_MONTHS`];
/// the first to run away, in month and then file order, is the one named, as the monthly loop
/// stops there; else the debts as they stand after the last month.
fn never_paid_off_from(debts: &[Debt], mut slots: Vec<Slot>, open: &[usize], m: u32) -> PlanError {
    let mut first_runaway: Option<(u32, usize)> = None;
    for &i in open {
        let slot = &mut slots[i];
        if slot.balance == slot.opening {
            // Interest and minimum are equal: every month is this one.
            continue;
        }
        let mut alone = slot.clone();
        for month in m + 1..=MAX_MONTHS {
            if first_runaway.is_some_and(|(k, _)| k <= month) {
                break;
            }
            let Some(interest) = alone.accrue() else {
                first_runaway = Some((month, i));
                break;
            };
            let asked = alone.minimum_due(month, interest);
            alone.pay(asked, month);
        }
        alone.ran_away = false;
        *slot = alone;
    }
    if let Some((_, i)) = first_runaway {
        slots[i].ran_away = true;
    }
    never_paid_off(debts, &slots, open)
}

/// Every strategy side by side; a strategy that fails keeps its reason. Only the plan of
/// `params.strategy` keeps its schedule (when `params.keep_schedule`): the one a screen shows.
pub fn compare(debts: &[Debt], params: Params) -> Vec<(Strategy, Result<Plan, PlanError>)> {
    // Only `negotiated` sees the debts differently: the others share one preparation.
    let shared = prepare(debts, Strategy::Avalanche, params.ledger);
    // Without a negotiated plan in the file, `negotiated` is `avalanche` under another name
    // (the same slots, the same order): one of the two is run, the other copied from it.
    let twins = debts
        .iter()
        .all(|d| d.negotiated.is_none())
        .then_some(match params.strategy {
            Strategy::Negotiated => (Strategy::Negotiated, Strategy::Avalanche),
            _ => (Strategy::Avalanche, Strategy::Negotiated),
        });
    let runs: Vec<Strategy> = Strategy::ALL
        .into_iter()
        .filter(|&s| twins.is_none_or(|(_, copy)| s != copy))
        .collect();
    let one = |strategy: Strategy| {
        let p = Params {
            strategy,
            keep_schedule: params.keep_schedule && strategy == params.strategy,
            ..params
        };
        let slots = match strategy {
            Strategy::Negotiated if twins.is_none() => {
                prepare_negotiated(debts, &shared, params.ledger)
            }
            _ => shared.clone(),
        };
        (strategy, run(debts, slots, p))
    };
    let mut all = run_all(debts.len(), &runs, one);
    if let Some((ran, copy)) = twins {
        let twin = all
            .iter()
            .find(|(s, _)| *s == ran)
            .map(|(_, result)| match result {
                Ok(plan) => Ok(plan.renamed(copy)),
                Err(e) => Err(e.clone()),
            });
        all.extend(twin.map(|result| (copy, result)));
        all.sort_by_key(|&(s, _)| Strategy::ALL.iter().position(|&x| x == s));
    }
    all
}

/// `one` of each of `runs`, in order. The plans are independent: with a second core, a large
/// household runs some of them on it (the TUI recomputes them all on every what-if
/// keystroke). Small ones are not worth a thread.
fn run_all<T: Send>(debts: usize, runs: &[Strategy], one: impl Fn(Strategy) -> T + Sync) -> Vec<T> {
    // Asking for the cores reads the cgroup files: only a large household asks.
    if debts < PARALLEL_DEBTS || std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        return runs.iter().map(|&s| one(s)).collect();
    }
    let (here, there) = runs.split_at(runs.len().div_ceil(2));
    std::thread::scope(|scope| {
        let other = scope.spawn(|| there.iter().map(|&s| one(s)).collect::<Vec<_>>());
        let mut all: Vec<_> = here.iter().map(|&s| one(s)).collect();
        match other.join() {
            Ok(rest) => all.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        all
    })
}

/// What a plan saves against paying minimums only: interest and months (negative when it costs
/// more), or `None` when either plan failed.
pub fn savings(plan: &Plan, minimum: Option<&Plan>) -> Option<(Money, i64)> {
    let base = minimum?;
    Some((
        base.total_interest - plan.total_interest,
        i64::from(base.months) - i64::from(plan.months),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Negotiated;
    use rust_decimal::dec;

    use crate::money::MAX_AMOUNT;

    /// Nothing recorded, the balances true on 2026-11-01.
    static NOV_1: std::sync::LazyLock<Ledger> = std::sync::LazyLock::new(|| {
        Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"))
    });

    fn params(strategy: Strategy, budget: Money) -> Params<'static> {
        Params {
            strategy,
            budget,
            ledger: &NOV_1,
            keep_schedule: true,
        }
    }

    #[test]
    fn a_5000_card_at_18_percent_paying_200() {
        // The hand-checked figure: interest on the opening balance, rounded half-up each
        // month; 31 payments of 200.00 and a 32nd of 113.97: 6313.97 paid = 5000 + 1313.97
        // interest. Due on the 15th from 2026-11-01: month 1 pays 2026-11-15, month 32
        // 2029-06-15.
        let card = Debt::card("Card", dec!(5000), dec!(18), dec!(0), 15);
        let plan = plan(&[card], params(Strategy::Avalanche, dec!(200))).unwrap();
        assert_eq!(plan.months, 32);
        assert_eq!(plan.total_interest, dec!(1313.97));
        assert_eq!(plan.total_paid, dec!(6313.97));
        assert_eq!(plan.debt_free().to_string(), "2029-06");
        assert_eq!(plan.debt_free_date().to_string(), "2029-06-15");
        assert_eq!(plan.date(1, 0).to_string(), "2026-11-15");
        assert_eq!(plan.payment(1, 0), dec!(200));
        // Month 1: 5000 + 75.00 interest - 200 = 4875.00.
        assert_eq!(plan.balance(1, 0), dec!(4875));
        assert_eq!(plan.payment(32, 0), dec!(113.97));
        assert_eq!(plan.balance(32, 0), dec!(0));
    }

    #[test]
    fn a_months_dates_are_each_debts_date_and_its_last_paid_one() {
        // Two cards due on the 31st (Feb 28 in February, never drifting) and one on the 15th;
        // the month's date is the last day anything is paid.
        let debts = [
            Debt::card("A", dec!(900), dec!(18), dec!(0), 31),
            Debt::card("B", dec!(5000), dec!(18), dec!(0), 15),
            Debt::card("C", dec!(700), dec!(18), dec!(0), 31),
        ];
        let plan = plan(&debts, params(Strategy::Avalanche, dec!(400))).unwrap();
        for m in 1..=plan.months {
            let one_by_one: Vec<_> = (0..3).map(|d| plan.date(m, d)).collect();
            assert_eq!(plan.dates(m), one_by_one, "month {m}");
        }
        let feb = plan
            .dates(4)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>();
        assert_eq!(feb, ["2027-02-28", "2027-02-15", "2027-02-28"]);
        assert_eq!(plan.month_date(4).to_string(), "2027-02-28");
        // Once the cards due on the 31st are paid off, only B's 15th is a day anything is paid.
        let only_b = (1..=plan.months)
            .find(|&m| plan.payment(m, 0).is_zero() && plan.payment(m, 2).is_zero());
        let m = only_b.expect("A and C are paid off first");
        assert!(plan.payment(m, 1) > dec!(0));
        assert_eq!(plan.month_date(m), plan.date(m, 1));
        assert_eq!(plan.date(m, 1).format("%d").to_string(), "15");
    }

    #[test]
    fn freed_money_moves_on_within_the_month() {
        // Budget 300; A: 100 at 12 %, minimum 10; B: 1000 at 24 %, minimum 20.
        // Month 1 avalanche: interest A 1.00, B 20.00; minimums 10 + 20; the remaining 270 goes
        // to B first (higher apr): B = 1020 - 20 - 270 = 730; A = 101 - 10 = 91.
        let a = Debt::card("A", dec!(100), dec!(12), dec!(10), 1);
        let b = Debt::card("B", dec!(1000), dec!(24), dec!(20), 1);
        let p = plan(
            &[a.clone(), b.clone()],
            params(Strategy::Avalanche, dec!(300)),
        )
        .unwrap();
        assert_eq!(p.balance(1, 0), dec!(91));
        assert_eq!(p.balance(1, 1), dec!(730));
        // Snowball: the 270 goes to A first: A 101 - 10 = 91 is cleared with 91, then B
        // gets 179: B = 1020 - 20 - 179 = 821. A is paid off in month 1.
        let s = plan(&[a, b], params(Strategy::Snowball, dec!(300))).unwrap();
        assert_eq!(s.balance(1, 0), dec!(0));
        assert_eq!(s.balance(1, 1), dec!(821));
        assert_eq!(s.debts[0].payoff_month, 1);
        assert_eq!(s.payment(1, 0), dec!(101));
        assert_eq!(s.payment(1, 1), dec!(199));
    }

    #[test]
    fn a_budget_below_the_minimums_fails_with_the_shortfall() {
        let a = Debt::card("A", dec!(1000), dec!(18), dec!(300), 1);
        let b = Debt::card("B", dec!(1000), dec!(18), dec!(255), 1);
        let err = plan(&[a, b], params(Strategy::Avalanche, dec!(500))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the budget 500.00 is 55.00 below the minimums 555.00"
        );
    }

    #[test]
    fn a_plan_that_never_pays_off_is_bounded_and_names_the_debt() {
        // 75.00 interest a month against a 50.00 budget: the card grows.
        let card = Debt::card("Card", dec!(5000), dec!(18), dec!(0), 15);
        let err = plan(&[card], params(Strategy::Avalanche, dec!(50))).unwrap_err();
        assert_eq!(
            err,
            PlanError::NeverPaidOff {
                months: MAX_MONTHS,
                debts: vec!["Card".into()],
                growing: true,
            }
        );
        assert_eq!(
            err.to_string(),
            "never paid off: Card grows faster than it is paid"
        );
    }

    #[test]
    fn minimum_stops_early_with_the_error_the_full_run_gives() {
        let card = |name: &str, balance, apr, minimum| Debt::card(name, balance, apr, minimum, 15);
        let cases = [
            // 75.00 interest against 50.00: grows; 10.00 against 10.00: stays.
            vec![
                card("Grows", dec!(5000), dec!(18), dec!(50)),
                card("Stays", dec!(1000), dec!(12), dec!(10)),
            ],
            vec![card("Stays", dec!(1000), dec!(12), dec!(10))],
            // 5 % a month against 1.00: both run away in the same month, the first is named.
            vec![
                card("Flat", dec!(1000), dec!(12), dec!(10)),
                card("Runs", dec!(5000), dec!(60), dec!(1)),
                card("Runs too", dec!(5000), dec!(60), dec!(1)),
                card("Runs later", dec!(100), dec!(48), dec!(1)),
            ],
            // One paid off in three months, then the others stuck; the later one runs first.
            vec![
                card("Paid", dec!(500), dec!(10), dec!(200)),
                card("Later", dec!(100), dec!(48), dec!(1)),
                card("Sooner", dec!(90000), dec!(60), dec!(1)),
                card("Grows", dec!(5000), dec!(18), dec!(50)),
            ],
        ];
        for debts in cases {
            let p = params(Strategy::Minimum, dec!(100000));
            let slots = || prepare(&debts, Strategy::Minimum, p.ledger);
            let early = run_stopping(&debts, slots(), p, true).unwrap_err();
            let full = run_stopping(&debts, slots(), p, false).unwrap_err();
            assert_eq!(early, full);
            assert!(matches!(
                early,
                PlanError::NeverPaidOff {
                    months: MAX_MONTHS,
                    ..
                }
            ));
        }
    }

    #[test]
    fn a_debt_is_stuck_only_when_it_provably_never_shrinks() {
        let after_month_2 = |debt: &Debt| {
            let mut slot = Slot::new(debt, Strategy::Minimum, 0, 0);
            for m in 1..=2 {
                let interest = slot.accrue().expect("no runaway");
                let asked = slot.minimum_due(m, interest);
                slot.pay(asked, m);
            }
            slot
        };
        let grows = Debt::card("Grows", dec!(5000), dec!(18), dec!(50), 15);
        assert!(stuck(&after_month_2(&grows), 2, 0));
        // Not before the past is over, nor with a payment logged ahead.
        assert!(!stuck(&after_month_2(&grows), 1, 0));
        assert!(!stuck(&after_month_2(&grows), 2, 3));
        let shrinks = Debt::card("Shrinks", dec!(5000), dec!(18), dec!(100), 15);
        assert!(!stuck(&after_month_2(&shrinks), 2, 0));
        // A percent minimum grows with the balance: it may yet cover the interest.
        let mut percent = grows.clone();
        percent.minimum_percent = Some(Rate::new(dec!(1)));
        assert!(!stuck(&after_month_2(&percent), 2, 0));
    }

    #[test]
    fn the_largest_amounts_plan_without_tripping_the_runaway_guard() {
        // MAX_AMOUNT owed and budgeted at 0 %: paid off in month 1.
        let card = Debt::card("Card", MAX_AMOUNT, dec!(0), dec!(0), 15);
        let p = plan(&[card], params(Strategy::Avalanche, MAX_AMOUNT)).unwrap();
        assert_eq!((p.months, p.total_paid), (1, MAX_AMOUNT));
        assert_eq!(p.debts[0].payoff_month, 1);
        // At 18 %: month 1 accrues 10^12 * 0.015 = 15,000,000,000.00 and pays 10^12, leaving
        // the interest; month 2 accrues 15 * 10^9 * 0.015 = 225,000,000.00 and clears
        // 15,225,000,000.00. By hand.
        let card = Debt::card("Card", MAX_AMOUNT, dec!(18), dec!(0), 15);
        let p = plan(&[card], params(Strategy::Avalanche, MAX_AMOUNT)).unwrap();
        assert_eq!(p.months, 2);
        assert_eq!(p.balance(1, 0), dec!(15_000_000_000));
        assert_eq!(p.payment(2, 0), dec!(15_225_000_000));
        assert_eq!(p.total_interest, dec!(15_225_000_000));
        // Several debts of MAX_AMOUNT each, the minimums summing past the budget's range: no
        // overflow, just the shortfall.
        let cards: Vec<Debt> = (0..3)
            .map(|i| Debt::card(&format!("C{i}"), MAX_AMOUNT, dec!(10000), MAX_AMOUNT, 1))
            .collect();
        let err = plan(&cards, params(Strategy::Avalanche, MAX_AMOUNT)).unwrap_err();
        assert_eq!(
            err,
            PlanError::BelowMinimums {
                budget: MAX_AMOUNT,
                minimums: dec!(3) * MAX_AMOUNT
            }
        );
    }

    #[test]
    fn a_runaway_names_only_the_debt_that_ran_away() {
        // Budget 1, custom order. Slow: 1000 at 0 % with a minimum of 1, paid off in month 1000.
        // Runaway: 10^12 at 24 % (2 % a month) and no minimum, nothing paid: it passes the guard
        // (10^16) after about ln(10^4) / ln(1.02) = 465 months, with Slow still owing 535. Slow
        // would be paid in time, so only Runaway is named.
        let slow = Debt::card("Slow", dec!(1000), dec!(0), dec!(1), 1);
        let runaway = Debt::card("Runaway", MAX_AMOUNT, dec!(24), dec!(0), 1);
        let err = plan(&[slow, runaway], params(Strategy::Custom, dec!(1))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "never paid off: Runaway grows faster than it is paid"
        );
    }

    #[test]
    fn after_1200_months_only_the_growing_debts_are_named() {
        // Budget 10, custom order: A (1000 at 24 %) and B (1000 at 12 %) have no minimum and
        // get nothing, so they grow 2 % and 1 % a month (A reaches about 1000 * 1.02^1200,
        // 2 * 10^13, still below the guard); C (100 at 0 %, minimum 10) is paid off in month 10.
        let a = Debt::card("A", dec!(1000), dec!(24), dec!(0), 1);
        let b = Debt::card("B", dec!(1000), dec!(12), dec!(0), 1);
        let c = Debt::card("C", dec!(100), dec!(0), dec!(10), 1);
        let err = plan(&[a, b, c], params(Strategy::Custom, dec!(10))).unwrap_err();
        assert_eq!(
            err,
            PlanError::NeverPaidOff {
                months: MAX_MONTHS,
                debts: vec!["A".into(), "B".into()],
                growing: true,
            }
        );
        assert_eq!(
            err.to_string(),
            "never paid off: A and B grow faster than they are paid"
        );
    }

    #[test]
    fn a_debt_that_only_shrinks_too_slowly_is_still_owed() {
        // 1,000,000 at 0 % paid 1.00 a month: 998,800.00 left after 1200 months, falling.
        let big = Debt::card("Big", dec!(1000000), dec!(0), dec!(1), 1);
        let err = plan(
            std::slice::from_ref(&big),
            params(Strategy::Minimum, dec!(1)),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "never paid off: after 1200 months Big is still owed"
        );
        let mut bigger = big.clone();
        bigger.name = "Bigger".into();
        let err = plan(&[big, bigger], params(Strategy::Minimum, dec!(2))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "never paid off: after 1200 months Big and Bigger are still owed"
        );
    }

    #[test]
    fn a_runaway_balance_stops_before_overflow() {
        let card = Debt::card("Loan shark", dec!(90000000), dec!(1000), dec!(0), 1);
        let err = plan(&[card], params(Strategy::Minimum, dec!(0))).unwrap_err();
        assert!(matches!(err, PlanError::NeverPaidOff { .. }));
    }

    #[test]
    fn percent_minimum_with_a_floor() {
        // 1000 at 12 %: interest 10.00, balance 1010.00; 10 % of it is 101.00 > floor 50.
        // 300 at 12 %: interest 3.00, balance 303.00; 10 % is 30.30 < floor 50 -> 50.
        let mut a = Debt::card("A", dec!(1000), dec!(12), dec!(50), 1);
        a.minimum_percent = Some(Rate::new(dec!(10)));
        let mut b = a.clone();
        b.name = "B".into();
        b.balance = dec!(300);
        let p = plan(&[a, b], params(Strategy::Minimum, dec!(1000))).unwrap();
        assert_eq!(p.payment(1, 0), dec!(101));
        assert_eq!(p.payment(1, 1), dec!(50));
    }

    #[test]
    fn a_loan_pays_its_installments_and_clears_in_its_last_month() {
        // 12000 at 10.95 % over 12: r = 0.009125, (1+r)^12 = 1.1151664, so the installment is
        // 12000 * r * 1.1151664 / 0.1151664 = 109.50 * 9.683127 = 1060.30 (by hand). With the
        // minimum strategy it takes exactly 12 months; interest month 1 = 12000 * r = 109.50.
        let loan = Debt::loan("Jiebei", dec!(12000), dec!(10.95), 12, Method::Annuity);
        let p = plan(&[loan], params(Strategy::Minimum, dec!(2000))).unwrap();
        assert_eq!(p.months, 12);
        assert_eq!(p.payment(1, 0), dec!(1060.30));
        assert_eq!(p.balance(1, 0), dec!(12000) + dec!(109.50) - dec!(1060.30));
        assert_eq!(p.total_paid, dec!(12000) + p.total_interest);
    }

    #[test]
    fn interest_only_loan_pays_the_principal_at_the_end() {
        // 1200 at 12 %: 12.00 interest a month for 2 months, then 1212.00 in month 3.
        let loan = Debt::loan("L", dec!(1200), dec!(12), 3, Method::InterestOnly);
        let p = plan(&[loan], params(Strategy::Minimum, dec!(100))).unwrap();
        assert_eq!(p.payment(1, 0), dec!(12));
        assert_eq!(p.payment(2, 0), dec!(12));
        assert_eq!(p.payment(3, 0), dec!(1212));
        assert_eq!(p.months, 3);
    }

    #[test]
    fn equal_principal_pays_a_fixed_part_plus_interest() {
        // 1200 at 12 % over 3: 400 + 12.00, 400 + 8.00, 400 + 4.00.
        let loan = Debt::loan("L", dec!(1200), dec!(12), 3, Method::EqualPrincipal);
        let p = plan(&[loan], params(Strategy::Minimum, dec!(500))).unwrap();
        assert_eq!(
            (1..=3).map(|m| p.payment(m, 0)).collect::<Vec<_>>(),
            vec![dec!(412), dec!(408), dec!(404)]
        );
    }

    #[test]
    fn flat_fee_loan_accrues_its_fee() {
        // 12000 over 12 at 0.6 % a period: 1000 + 72 = 1072.00 a month, 72.00 fee as interest.
        let mut loan = Debt::loan("F", dec!(12000), dec!(0), 12, Method::FlatFee);
        loan.fee_rate = Some(Rate::new(dec!(0.6)));
        let p = plan(&[loan], params(Strategy::Minimum, dec!(1072))).unwrap();
        assert_eq!(p.payment(1, 0), dec!(1072));
        assert_eq!(p.months, 12);
        assert_eq!(p.total_interest, dec!(864));
    }

    #[test]
    fn negotiated_strategy_puts_the_plan_in_force() {
        // 1290 + 30 fee = 1320 at 0 % over 12 with 220 down: the installment is on what the
        // down payment leaves, (1320 - 220) / 12 = 91.666... -> 91.67, and month 1 pays
        // 220 + 91.67 = 311.67. A budget of 330 pays the 18.33 left over on top.
        let mut card = Debt::card("Baitiao", dec!(1290), dec!(18.25), dec!(129), 30);
        card.negotiated = Some(Negotiated {
            months: 12,
            apr: Rate::ZERO,
            fee: dec!(30),
            down_payment: dec!(220),
        });
        let p = plan(
            std::slice::from_ref(&card),
            params(Strategy::Negotiated, dec!(330)),
        )
        .unwrap();
        assert_eq!(p.payment(1, 0), dec!(330));
        assert_eq!(p.payment(2, 0), dec!(330)); // the budget's remainder still goes to it
        assert_eq!(p.debts[0].fees, dec!(30));
        let q = plan(&[card], params(Strategy::Negotiated, dec!(110)));
        // Month 1 needs 311.67 (the down payment and the installment): 110 is below it.
        assert_eq!(
            q.unwrap_err().to_string(),
            "the budget 110.00 is 201.67 below the minimums 311.67"
        );
    }

    #[test]
    fn a_negotiated_plan_asks_what_its_due_dates_ask_to_the_cent() {
        // The engine's installments (Slot::new, accrue, minimum_due) month by month, paid
        // exactly, against the due dates of the same plan in force (negotiated_payments via
        // due::dues): the same figures, down payment, interest and last month included.
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
        let mut checked = 0;
        for balance in [dec!(1290), dec!(8450.30), dec!(10000), dec!(0.07)] {
            for (months, apr) in [(1, "0"), (6, "0"), (24, "18.25"), (60, "6"), (36, "0.1")] {
                for fee in [dec!(0), dec!(600)] {
                    for down in [dec!(0), dec!(1000), dec!(4000), dec!(99999)] {
                        let plan_terms = Negotiated {
                            months,
                            apr: Rate::new(apr.parse().expect("a rate")),
                            fee,
                            down_payment: down,
                        };
                        let mut debt = Debt::card("Card", balance, dec!(18), dec!(100), 10);
                        debt.negotiated = Some(plan_terms);
                        let mut slot = Slot::new(&debt, Strategy::Negotiated, 0, 0);
                        let mut engine = Vec::new();
                        for m in 1..=months {
                            if slot.balance == 0 {
                                break;
                            }
                            let interest = slot.accrue().expect("no runaway");
                            let due = slot.minimum_due(m, interest);
                            slot.pay(due, m);
                            // A due date asks for nothing it would not show: no 0.00 dues.
                            if due > 0 {
                                engine.push(from_cents(due));
                            }
                        }
                        assert_eq!(slot.balance, 0, "{debt:?}: paid off in its term");
                        let mut data = Data::empty(as_of);
                        data.debts.push(debt.clone());
                        let far = NaiveDate::from_ymd_opt(2032, 1, 1).expect("a date");
                        let dues: Vec<Money> = crate::due::dues(&data, as_of, far)
                            .iter()
                            .map(|d| d.amount)
                            .collect();
                        assert_eq!(engine, dues, "{debt:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 160);
    }

    #[test]
    fn a_down_payment_lowers_the_installment_and_the_interest_runs_on_the_rest() {
        // 10000 + 500 fee over 12 months at 6 % with 1000 down: the installment is the annuity
        // of 9500 at 0.5 % a month, 9500 * 0.005 * 1.005^12 / (1.005^12 - 1) = 817.63; month 1
        // charges 9500 * 0.5 % = 47.50 (not 52.50 on 10500) and asks 1000 + 817.63 = 1817.63,
        // leaving 10500 + 47.50 - 1817.63 = 8729.87.
        let mut card = Debt::card("Card", dec!(10000), dec!(18), dec!(100), 10);
        card.negotiated = Some(Negotiated {
            months: 12,
            apr: Rate::new(dec!(6)),
            fee: dec!(500),
            down_payment: dec!(1000),
        });
        let cards = std::slice::from_ref(&card);
        assert_eq!(first_minimums(cards, Strategy::Negotiated), dec!(1817.63));
        let p = plan(cards, params(Strategy::Negotiated, dec!(1817.63))).unwrap();
        assert_eq!(p.payment(1, 0), dec!(1817.63));
        assert_eq!(p.balance(1, 0), dec!(8729.87));
        assert_eq!(p.debts[0].fees, dec!(500));
    }

    #[test]
    fn minimum_strategy_keeps_the_remainder() {
        let card = Debt::card("Card", dec!(1000), dec!(0), dec!(100), 1);
        let p = plan(&[card], params(Strategy::Minimum, dec!(1000))).unwrap();
        assert_eq!(p.months, 10);
        assert_eq!(p.total_paid, dec!(1000));
    }

    #[test]
    fn compare_reports_failures_beside_successes() {
        let card = Debt::card("Card", dec!(5000), dec!(18), dec!(0), 15);
        let all = compare(&[card], params(Strategy::Avalanche, dec!(200)));
        assert_eq!(all.len(), 5);
        for (s, r) in &all {
            match s {
                Strategy::Minimum => assert!(r.is_err()),
                _ => assert_eq!(r.as_ref().unwrap().months, 32),
            }
        }
    }

    #[test]
    fn compare_is_each_strategys_plan_with_or_without_a_negotiated_one() {
        // Without a negotiated plan `negotiated` is copied from `avalanche` (or the other way
        // round when it is the file's strategy): every result, schedule included, is the one
        // plan() gives. With one, each is run.
        let cards = || {
            vec![
                Debt::card("A", dec!(2000), dec!(18), dec!(40), 15),
                Debt::card("B", dec!(900), dec!(24), dec!(30), 3),
                Debt::loan("L", dec!(6000), dec!(6), 24, Method::Annuity),
            ]
        };
        let mut negotiated = cards();
        negotiated[0].negotiated = Some(Negotiated {
            months: 12,
            apr: Rate::ZERO,
            fee: dec!(30),
            down_payment: dec!(0),
        });
        for debts in [cards(), negotiated] {
            for (budget, file) in [
                (dec!(700), Strategy::Negotiated),
                (dec!(700), Strategy::Avalanche),
                (dec!(330), Strategy::Snowball),
            ] {
                let all = compare(&debts, params(file, budget));
                let each: Vec<_> = Strategy::ALL
                    .into_iter()
                    .map(|s| {
                        let p = Params {
                            keep_schedule: s == file,
                            ..params(s, budget)
                        };
                        (s, plan(&debts, p))
                    })
                    .collect();
                assert_eq!(all, each, "{file:?} {budget}");
            }
        }
    }

    #[test]
    fn no_debts_is_debt_free_already() {
        let p = plan(&[], params(Strategy::Avalanche, dec!(100))).unwrap();
        assert_eq!(p.months, 0);
        assert_eq!(p.debt_free().to_string(), "2026-11");
    }

    /// Nothing recorded, the balances true on 2026-11-05: the bank card's statement day.
    static NOV_5: std::sync::LazyLock<Ledger> = std::sync::LazyLock::new(|| {
        Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 5).expect("a date"))
    });

    /// A bank card (10 % of principal, floor 100, 0.05 %/day = apr 18.25, full interest,
    /// tolerance 10) with its statement on the 5th, due on the 25th.
    fn bank_card(balance: Money) -> Debt {
        crate::lender::cycle::card_of(crate::lender::Product::BankCard, balance, 5, 25)
    }

    /// An empty file as of `as_of`, with 20,000.00 a month for debts.
    fn file(as_of: &str) -> Data {
        let mut data = Data::empty(as_of.parse().expect("a date"));
        data.budget.monthly_for_debts = Some(dec!(20000));
        data
    }

    fn on_nov_5(strategy: Strategy, budget: Money) -> Params<'static> {
        Params {
            ledger: &NOV_5,
            ..params(strategy, budget)
        }
    }

    #[test]
    fn a_statement_card_pays_its_bills_minimums_and_its_cycles_interest() {
        // SPEC §7.2: bill 10,000.00 on 11-05, due 11-25, 1,000.00 (10 %) paid; next statement
        // 12-05: 0.0005 * (10000 * 20 + 9000 * 10) = 145.00; next bill 9,145.00, its minimum
        // 900.00 + 145.00 = 1,045.00 (above the 1,000.00 budget: only month 1 is held to it).
        // Month 2: 12-05 to 12-25 and on to 01-05: 0.0005 * (9145 * 20 + 8100 * 11)
        // = 0.0005 * 272,000 = 136.00; bill 8,236.00, minimum 810.00 + 136.00 = 946.00.
        let p = plan(
            &[bank_card(dec!(10000))],
            on_nov_5(Strategy::Minimum, dec!(1000)),
        )
        .unwrap();
        assert_eq!(p.date(1, 0).to_string(), "2026-11-25");
        assert_eq!((p.payment(1, 0), p.balance(1, 0)), (dec!(1000), dec!(9145)));
        assert_eq!((p.payment(2, 0), p.balance(2, 0)), (dec!(1045), dec!(8236)));
        assert_eq!(p.payment(3, 0), dec!(946));
        // Paid in full by the due date: no interest at all.
        let p = plan(
            &[bank_card(dec!(10000))],
            on_nov_5(Strategy::Avalanche, dec!(10000)),
        );
        let p = p.unwrap();
        assert_eq!(
            (p.months, p.total_interest, p.total_paid),
            (1, dec!(0), dec!(10000))
        );
    }

    #[test]
    fn a_small_bank_card_paid_off_by_minimums_cycle_by_cycle() {
        // Bill 1,000.00 on 11-05, due the 25th, minimums only; interest 0.0005 * (B * 20 +
        // (B - P) * days(D, S')), minimum max(10 % of (bill - interest) + interest, 100), at
        // most the bill. By hand (and with Python's decimal):
        //  k  bill     min     paid    D..S' interest  next bill
        //  1  1000.00  100.00  100.00  10    14.50 (0.0005 * (20000 + 9000))          914.50
        //  2   914.50  104.50  104.50  11    13.60 (0.0005 * (18290 + 8910))          823.60
        //  3   823.60  100.00  100.00  11    12.22 (0.0005 * (16472 + 7959.60))       735.82
        //  4   735.82  100.00  100.00   8     9.90 (0.0005 * (14716.40 + 5086.56))    645.72
        //  5   645.72  100.00  100.00  11     9.46 (0.0005 * (12914.40 + 6002.92))    555.18
        //  6   555.18  100.00  100.00  10     7.83 (0.0005 * (11103.60 + 4551.80))    463.01
        //  7   463.01  100.00  100.00  11     6.63 (0.0005 * (9260.20 + 3993.11))     369.64
        //  8   369.64  100.00  100.00  10     5.04 (0.0005 * (7392.80 + 2696.40))     274.68
        //  9   274.68  100.00  100.00  11     3.71 (0.0005 * (5493.60 + 1921.48))     178.39
        // 10   178.39  100.00  100.00  11     2.22 (0.0005 * (3567.80 + 862.29))       80.61
        // 11    80.61   80.61   80.61  10     0 (paid in full)                           0
        // Month 2's minimum: 10 % of (914.50 - 14.50) = 90.00, + 14.50 = 104.50; month 3's:
        // 10 % of 810.00 + 13.60 = 94.60, below the floor of 100.00.
        // February 2027 has 28 days: 02-25 to 03-05 is 8. Interest 85.11 in all.
        let p = plan(
            &[bank_card(dec!(1000))],
            on_nov_5(Strategy::Minimum, dec!(100)),
        )
        .unwrap();
        let payments: Vec<Money> = (1..=p.months).map(|m| p.payment(m, 0)).collect();
        let mut expected = vec![dec!(100), dec!(104.50)];
        expected.extend([dec!(100); 8]);
        expected.push(dec!(80.61));
        assert_eq!(payments, expected);
        let balances: Vec<Money> = (1..=p.months).map(|m| p.balance(m, 0)).collect();
        let bills = [
            "914.50", "823.60", "735.82", "645.72", "555.18", "463.01", "369.64", "274.68",
            "178.39", "80.61", "0",
        ];
        let bills: Vec<Money> = bills.iter().map(|b| b.parse().unwrap()).collect();
        assert_eq!(balances, bills);
        assert_eq!(p.total_interest, dec!(85.11));
        assert_eq!(p.total_paid, dec!(1085.11));
        assert_eq!(p.debt_free_date().to_string(), "2027-09-25");
    }

    #[test]
    fn unbilled_spending_joins_the_second_bill() {
        // Bill 10,000.00 and 2,000.00 not billed yet. Minimums: 1,000.00 paid; the interest is
        // on the bill only (145.00, as in the spec's example); the next bill 9000 + 145 + 2000
        // = 11,145.00, its minimum 10 % of 11,000.00 + 145.00 = 1,245.00.
        let mut card = bank_card(dec!(10000));
        card.unbilled = dec!(2000);
        let p = plan(
            std::slice::from_ref(&card),
            on_nov_5(Strategy::Minimum, dec!(1000)),
        );
        let p = p.unwrap();
        assert_eq!(
            (p.payment(1, 0), p.balance(1, 0)),
            (dec!(1000), dec!(11145))
        );
        assert_eq!(p.payment(2, 0), dec!(1245));
        assert_eq!(p.total_paid, dec!(12000) + p.total_interest);
        // 11,000.00 a month: the bill is paid in full (no interest) and 1,000.00 of the
        // unbilled too; the 1,000.00 left is the whole second bill.
        let p = plan(&[card], on_nov_5(Strategy::Avalanche, dec!(11000))).unwrap();
        assert_eq!(
            (p.payment(1, 0), p.balance(1, 0)),
            (dec!(11000), dec!(1000))
        );
        assert_eq!((p.months, p.total_interest), (2, dec!(0)));
    }

    #[test]
    fn a_rest_within_the_tolerance_costs_no_interest_in_a_plan() {
        // 9,995.00 recorded on 11-25 against the 10,000.00 bill (tolerance 10.00): no interest;
        // the 5.00 left is the next bill, paid in month 2.
        let mut data = file("2026-11-05");
        data.debts.push(bank_card(dec!(10000)));
        data.payments.push(crate::model::Payment {
            debt: "Card".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            amount: dec!(9995),
        });
        let ledger = Ledger::new(&data, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        let p = plan(&data.debts, Params::of(&data, Strategy::Minimum, &ledger)).unwrap();
        assert_eq!((p.payment(1, 0), p.balance(1, 0)), (dec!(9995), dec!(5)));
        assert_eq!(
            (p.payment(2, 0), p.months, p.total_interest),
            (dec!(5), 2, dec!(0))
        );
    }

    #[test]
    fn a_missed_bill_gets_its_cycles_interest_and_one_late_fee_not_a_penalty_on_top() {
        // Nothing paid on the 10,000.00 bill due 11-25; today 12-01, past the 3 days' grace.
        // Interest 0.0005 * 10000 * (20 + 10) = 150.00, late fee 5 % of the 1,000.00 minimum =
        // 50.00: the second bill is 10,200.00 (the overdue interest is the cycle's, not a
        // penalty besides), its minimum 10 % of 9,000.00 + 150 + 50 + the 1,000.00 missed =
        // 2,100.00.
        let mut data = file("2026-11-05");
        data.debts.push(bank_card(dec!(10000)));
        let ledger = Ledger::new(&data, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        let p = plan(&data.debts, Params::of(&data, Strategy::Minimum, &ledger)).unwrap();
        assert_eq!((p.payment(1, 0), p.balance(1, 0)), (dec!(0), dec!(10200)));
        assert_eq!(p.payment(2, 0), dec!(2100));
        assert_eq!(p.debts[0].fees, dec!(50));
        assert_eq!(balances_now(&data.debts, &ledger), [dec!(10200)]);
        // Paid on 11-27, within grace: the bill was paid in full, nothing more is owed.
        data.payments.push(crate::model::Payment {
            debt: "Card".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            amount: dec!(10000),
        });
        let ledger = Ledger::new(&data, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert_eq!(balances_now(&data.debts, &ledger), [dec!(0)]);
        let p = plan(&data.debts, Params::of(&data, Strategy::Minimum, &ledger)).unwrap();
        assert_eq!(
            (p.months, p.total_interest, p.total_fees),
            (1, dec!(0), dec!(0))
        );
    }

    #[test]
    fn huabei_unpaid_for_a_cycle_owes_interest_on_the_unpaid_amount() {
        // Bill 3,000.10 from the 11-01 statement, due 11-10, unpaid; today 12-10. Interest to
        // the 12-01 statement: 0.0005 * 3000.10 * 30 = 45.0015 -> 45.00; no late fee. Owed now
        // 3,045.10; the 12-10 minimum 10 % of (3045.10 - 45.00 - 300.01) = 270.01, + 45.00 +
        // the 300.01 missed = 615.02.
        let mut huabei =
            crate::lender::cycle::card_of(crate::lender::Product::Huabei, dec!(3000.10), 1, 10);
        huabei.name = "花呗".into();
        let mut data = file("2026-11-01");
        data.debts.push(huabei);
        let ledger = Ledger::new(&data, NaiveDate::from_ymd_opt(2026, 12, 10).unwrap());
        assert_eq!(balances_now(&data.debts, &ledger), [dec!(3045.10)]);
        // A budget of exactly that minimum is enough for the first month not in the past.
        data.budget.monthly_for_debts = Some(dec!(615.02));
        let p = plan(&data.debts, Params::of(&data, Strategy::Avalanche, &ledger)).unwrap();
        assert_eq!((p.payment(1, 0), p.balance(1, 0)), (dec!(0), dec!(3045.10)));
        assert_eq!(p.payment(2, 0), dec!(615.02));
        assert_eq!(p.debts[0].fees, dec!(0));
        assert_eq!(
            first_minimums(&data.debts, Strategy::Avalanche),
            dec!(300.01)
        );
    }

    #[test]
    fn avalanche_ranks_a_statement_card_by_its_daily_rate_times_365() {
        // 0.05 %/day is 18.25 % a year: dearer than an 18 % card, cheaper than 18.5 %.
        let card = |name: &str, apr| Debt::card(name, dec!(3000), apr, dec!(100), 25);
        for (other, first) in [(dec!(18), 0), (dec!(18.5), 1)] {
            let debts = [bank_card(dec!(3000)), card("Other", other)];
            let p = plan(&debts, on_nov_5(Strategy::Avalanche, dec!(2000))).unwrap();
            assert!(p.debts[first].payoff_month < p.debts[1 - first].payoff_month);
        }
    }
}
