//! The warnings of `check` and the dashboard (SPEC §4.2).

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Due, Event, Ledger, add_days};
use crate::lender::{PenaltyBase, late_fee, penalty};
use crate::model::{Data, Debt, DebtKind};
use crate::money::Money;

/// How far ahead the shortfall check looks, in days after today.
const SHORTFALL_DAYS: u32 = 31;

/// A warning's level. The order is the order of warnings on the same date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Unmet and past its grace period.
    Overdue,
    /// Unmet, past the due date but within its grace days.
    Grace,
    /// The cash on hand will not cover it.
    Shortfall,
    /// Unmet and due within the reminder window, today included.
    DueSoon,
}

impl Level {
    /// The JSON spelling: `overdue`, `grace`, `shortfall`, `due_soon`.
    pub fn code(self) -> &'static str {
        match self {
            Level::Overdue => "overdue",
            Level::Grace => "grace",
            Level::Shortfall => "shortfall",
            Level::DueSoon => "due_soon",
        }
    }
}

/// How far past due, as lenders and the credit report count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bucket {
    /// 1-30 days past due.
    M1,
    /// 31-60.
    M2,
    /// 61-90.
    M3,
    /// Over 90.
    M4Plus,
}

impl Bucket {
    /// The bucket of a number of days past due.
    pub fn of(days_overdue: i64) -> Bucket {
        match days_overdue {
            ..=30 => Bucket::M1,
            31..=60 => Bucket::M2,
            61..=90 => Bucket::M3,
            _ => Bucket::M4Plus,
        }
    }

    /// `M1`, `M2`, `M3`, `M4+`.
    pub fn code(self) -> &'static str {
        match self {
            Bucket::M1 => "M1",
            Bucket::M2 => "M2",
            Bucket::M3 => "M3",
            Bucket::M4Plus => "M4+",
        }
    }
}

/// How long past due: short-term below 30 days, medium 30-90, long over 90.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Term {
    Short,
    Medium,
    Long,
}

impl Term {
    /// The term of a number of days past due.
    pub fn of(days_overdue: i64) -> Term {
        match days_overdue {
            ..=29 => Term::Short,
            30..=90 => Term::Medium,
            _ => Term::Long,
        }
    }

    /// `short`, `medium`, `long`.
    pub fn code(self) -> &'static str {
        match self {
            Term::Short => "short",
            Term::Medium => "medium",
            Term::Long => "long",
        }
    }
}

/// One item of `check`'s output: a due date, what is unpaid of it, and what its level says.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The debt's index in `Data::debts`.
    pub debt: usize,
    /// The due date it is about.
    pub due: NaiveDate,
    /// What is still unpaid of that due date.
    pub amount: Money,
    /// What the penalty runs on (SPEC §7.3 `penalty_base`), or would once past grace: the
    /// rescue advice ranks by it.
    pub base: Money,
    /// The level and what only that level knows.
    pub kind: WarningKind,
}

/// A warning's level with the figures of that level (SPEC §5 `check`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WarningKind {
    /// Past grace.
    Overdue {
        /// Days from the due date to today.
        days_overdue: i64,
        bucket: Bucket,
        term: Term,
        /// The penalty so far on its base (0 without a penalty rate).
        penalty: Money,
        /// The late fee (违约金) of this missed due date (0 where the debt has none).
        late_fee: Money,
    },
    /// Past the due date, within grace.
    Grace {
        /// The last day to pay without a penalty or a credit report entry.
        pay_by: NaiveDate,
    },
    /// The cash on hand will not cover it.
    Shortfall {
        /// Days from today to the due date.
        days: i64,
        /// How much the cash on hand falls short.
        short: Money,
    },
    /// Due within the reminder window.
    DueSoon {
        /// Days from today to the due date (0 = today).
        days: i64,
    },
}

impl Warning {
    /// Its level, the order of warnings on the same date.
    pub fn level(&self) -> Level {
        match self.kind {
            WarningKind::Overdue { .. } => Level::Overdue,
            WarningKind::Grace { .. } => Level::Grace,
            WarningKind::Shortfall { .. } => Level::Shortfall,
            WarningKind::DueSoon { .. } => Level::DueSoon,
        }
    }
}

/// What each unmet due date's penalty runs on (SPEC §7.3), handed the unmet dues of every debt
/// in date order.
///
/// - `due`: its unpaid amount.
/// - `bill`: its unpaid bill ([`Due::unpaid_bill`]). A card's bill is its balance, so a later
///   bill holds what the earlier ones left unpaid: a later unmet due counts only what its bill
///   adds to the one before, or two missed months of one card would charge the penalty twice
///   on the same money. A loan's installments are bills of their own.
/// - `principal`: the unpaid principal part ([`Due::unpaid_principal`]).
struct Bases {
    /// By debt: the unpaid bill of its latest unmet due so far.
    counted: Vec<Money>,
}

impl Bases {
    fn new(debts: usize) -> Bases {
        Bases {
            counted: vec![Decimal::ZERO; debts],
        }
    }

    fn of(&mut self, debt: &Debt, due: &Due) -> Money {
        match debt.penalty_base {
            PenaltyBase::Due => due.unpaid,
            PenaltyBase::Principal => due.unpaid_principal(),
            PenaltyBase::Bill => {
                let bill = due.unpaid_bill();
                let revolving = debt.kind == DebtKind::Card && debt.negotiated.is_none();
                match self.counted.get_mut(due.debt) {
                    Some(counted) if revolving => {
                        let new = (bill - *counted).max(Decimal::ZERO);
                        *counted = bill;
                        new
                    }
                    _ => bill,
                }
            }
        }
    }
}

/// What one due date past its grace has cost so far: the penalty on its base for every day
/// since the due date, and its late fee on the unpaid minimum.
fn overdue_cost(debt: &Debt, due: &Due, base: Money, today: NaiveDate) -> (i64, Money, Money) {
    let days = (today - due.date).num_days();
    (days, penalty(debt, base, days), late_fee(debt, due.unpaid))
}

/// The warnings for `today`, with `days` the reminder window (`--days`, by default
/// `budget.remind_days`). Sorted by due date, then level (overdue, grace, shortfall, due soon),
/// then debt order. A due date may carry two: `due_soon` and `shortfall`.
pub fn warnings(data: &Data, today: NaiveDate, days: u32) -> Vec<Warning> {
    warnings_in(&Ledger::new(data, today, reach(today, days)), today, days)
}

/// The last day [`warnings`] looks at: the reminder window's or the shortfall check's.
pub(super) fn reach(today: NaiveDate, days: u32) -> NaiveDate {
    add_days(today, days).max(add_days(today, SHORTFALL_DAYS))
}

/// [`warnings`] from a ledger of `today` reaching at least [`reach`].
pub(super) fn warnings_in(ledger: &Ledger, today: NaiveDate, days: u32) -> Vec<Warning> {
    let data = ledger.data;
    let soon = add_days(today, days);
    let horizon = add_days(today, SHORTFALL_DAYS);
    let mut out = Vec::new();
    let mut bases = Bases::new(data.debts.len());
    // The base of each unmet due after today, for a `shortfall` on it.
    let mut ahead = HashMap::new();
    for due in ledger.dues.iter().filter(|d| unmet(d)) {
        let Some(debt) = data.debts.get(due.debt) else {
            continue;
        };
        let base = bases.of(debt, due);
        let warning = |kind| Warning {
            debt: due.debt,
            due: due.date,
            amount: due.unpaid_by_the_log(),
            base,
            kind,
        };
        if due.date >= today {
            if due.date > today {
                ahead.insert((due.debt, due.date), base);
            }
            if due.date <= soon {
                let days = (due.date - today).num_days();
                out.push(warning(WarningKind::DueSoon { days }));
            }
            continue;
        }
        let pay_by = add_days(due.date, debt.grace_days);
        if today <= pay_by {
            out.push(warning(WarningKind::Grace { pay_by }));
        } else {
            let (days_overdue, penalty, late_fee) = overdue_cost(debt, due, base, today);
            out.push(warning(WarningKind::Overdue {
                days_overdue,
                bucket: Bucket::of(days_overdue),
                term: Term::of(days_overdue),
                penalty,
                late_fee,
            }));
        }
    }
    ledger.walk(horizon, |e| out.extend(shortfall(&e, &ahead, today)));
    out.sort_by_key(|w| (w.due, w.level(), w.debt));
    out
}

/// Every due after `today` up to `until` that the cash walk finds short, as `shortfall`
/// warnings, with the walk they come from (its events from `as_of` to `until`, as
/// [`super::cash_walk`] gives them): the dues a scenario's income stop would miss, however far
/// ahead. Their bases are [`warnings`]' with only the missed dues ahead counted: a card's later
/// missed bill runs its penalty on what it adds to the earlier missed one, not on what a due
/// the walk pays adds.
pub fn shortfalls(
    data: &Data,
    today: NaiveDate,
    until: NaiveDate,
) -> (Vec<Warning>, Vec<Event<'_>>) {
    let ledger = Ledger::new(data, today, until);
    let mut walk = Vec::new();
    ledger.walk(until, |e| walk.push(e));
    let none = HashMap::new();
    let mut out: Vec<Warning> = walk
        .iter()
        .filter_map(|e| shortfall(e, &none, today))
        .collect();
    let missed: HashMap<(usize, NaiveDate), usize> = out
        .iter()
        .enumerate()
        .map(|(k, w)| ((w.debt, w.due), k))
        .collect();
    let mut bases = Bases::new(data.debts.len());
    for due in ledger.dues.iter().filter(|d| unmet(d)) {
        let Some(debt) = data.debts.get(due.debt) else {
            continue;
        };
        let ahead = missed
            .get(&(due.debt, due.date))
            .filter(|_| due.date > today);
        if due.date <= today || ahead.is_some() {
            let base = bases.of(debt, due);
            if let Some(w) = ahead.and_then(|&k| out.get_mut(k)) {
                w.base = base;
            }
        }
    }
    (out, walk)
}

/// A due an extra planned after today would cover is still one to be reminded of (the extra
/// is a plan, not a payment): the warnings count what the log leaves unpaid.
fn unmet(due: &Due) -> bool {
    due.unpaid_by_the_log() > due.tolerance.max(Money::ZERO)
}

/// The `shortfall` warning of a walk's event, if it is a due the cash falls short of, on its
/// base in `ahead` (by debt and due date; else what it leaves unpaid).
fn shortfall(
    e: &Event,
    ahead: &HashMap<(usize, NaiveDate), Money>,
    today: NaiveDate,
) -> Option<Warning> {
    let (debt, state) = (e.debt?, e.due?);
    let short = state.short?;
    let base = ahead.get(&(debt, e.date)).copied();
    Some(Warning {
        debt,
        due: e.date,
        amount: state.unpaid,
        base: base.unwrap_or(state.unpaid),
        kind: WarningKind::Shortfall {
            days: (e.date - today).num_days(),
            short,
        },
    })
}

/// What must be paid now in all (SPEC §4.1): every due date today or past still unpaid, each
/// once (a due may also carry a `shortfall`), the missed ones beside the current ones. `None`
/// when fewer than two dues make it up: one is its own line.
pub fn due_now(warnings: &[Warning], today: NaiveDate) -> Option<Money> {
    let now: Vec<&Warning> = warnings
        .iter()
        .filter(|w| w.level() != Level::Shortfall && w.due <= today)
        .collect();
    (now.len() > 1).then(|| {
        now.iter()
            .fold(Decimal::ZERO, |t, w| t.saturating_add(w.amount))
    })
}

/// What being overdue has cost one debt so far, in two parts: a statement-cycle card posts its
/// interest in the cycle (SPEC §7.2), so a plan takes only its late fees, not the penalty too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OverdueCost {
    /// The penalties on their bases.
    pub penalty: Money,
    /// The late fees, one per missed due date past grace.
    pub late_fees: Money,
}

impl OverdueCost {
    /// Both parts.
    pub fn total(&self) -> Money {
        self.penalty.saturating_add(self.late_fees)
    }
}

/// What being overdue has cost each debt so far (SPEC §2.1 "One ledger", §4.2, §7.3): the
/// penalty and the late fee of every due date past its grace and still unpaid on `today`, by
/// debt index. The same figures `overdue` warnings carry.
pub fn overdue_costs(data: &Data, today: NaiveDate) -> Vec<OverdueCost> {
    let mut cost = vec![OverdueCost::default(); data.debts.len()];
    let mut bases = Bases::new(data.debts.len());
    let before = today.pred_opt().unwrap_or(today);
    for due in Ledger::new(data, today, before).dues {
        let (Some(debt), Some(total)) = (data.debts.get(due.debt), cost.get_mut(due.debt)) else {
            continue;
        };
        if due.is_met() {
            continue;
        }
        // Every unmet due counts towards the bases of the later ones, as in `warnings`.
        let base = bases.of(debt, &due);
        if today <= add_days(due.date, debt.grace_days) {
            continue;
        }
        let (_, penalty, late_fee) = overdue_cost(debt, &due, base, today);
        total.penalty = total.penalty.saturating_add(penalty);
        total.late_fees = total.late_fees.saturating_add(late_fee);
    }
    cost
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::super::fixture::{card, data, date, flow, pay};
    use super::*;
    use crate::model::Method;
    use crate::money::Rate;

    /// The fields of one level, `None` for a warning of another.
    fn days_of(w: &Warning) -> Option<i64> {
        match w.kind {
            WarningKind::DueSoon { days } | WarningKind::Shortfall { days, .. } => Some(days),
            _ => None,
        }
    }

    fn days_overdue_of(w: &Warning) -> Option<i64> {
        match w.kind {
            WarningKind::Overdue { days_overdue, .. } => Some(days_overdue),
            _ => None,
        }
    }

    fn bucket_of(w: &Warning) -> Option<Bucket> {
        match w.kind {
            WarningKind::Overdue { bucket, .. } => Some(bucket),
            _ => None,
        }
    }

    fn term_of(w: &Warning) -> Option<Term> {
        match w.kind {
            WarningKind::Overdue { term, .. } => Some(term),
            _ => None,
        }
    }

    fn penalty_of(w: &Warning) -> Option<Money> {
        match w.kind {
            WarningKind::Overdue { penalty, .. } => Some(penalty),
            _ => None,
        }
    }

    fn late_fee_of(w: &Warning) -> Option<Money> {
        match w.kind {
            WarningKind::Overdue { late_fee, .. } => Some(late_fee),
            _ => None,
        }
    }

    fn short_of(w: &Warning) -> Option<Money> {
        match w.kind {
            WarningKind::Shortfall { short, .. } => Some(short),
            _ => None,
        }
    }

    fn pay_by_of(w: &Warning) -> Option<NaiveDate> {
        match w.kind {
            WarningKind::Grace { pay_by } => Some(pay_by),
            _ => None,
        }
    }

    /// A card due on the 10th (200 a month, grace `grace` days, 0.05 %/day penalty) with
    /// plenty of cash, tracked from 2026-11-01.
    fn visa(grace: u32) -> Data {
        let mut d = data("2026-11-01", dec!(100000));
        let mut visa = card("Visa", dec!(5000), dec!(200), 10);
        visa.grace_days = grace;
        visa.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        d.debts.push(visa);
        d
    }

    /// The warnings about the 2026-11-10 due date on `today`, with the 3-day window.
    fn on(d: &Data, today: &str) -> Vec<Warning> {
        warnings(d, date(today), 3)
            .into_iter()
            .filter(|w| w.due == date("2026-11-10"))
            .collect()
    }

    fn levels(ws: &[Warning]) -> Vec<Level> {
        ws.iter().map(|w| w.level()).collect()
    }

    #[test]
    fn due_soon_opens_remind_days_before_and_lasts_through_the_due_date() {
        let d = visa(0);
        assert!(on(&d, "2026-11-06").is_empty()); // 4 days before: outside the 3-day window
        let w = on(&d, "2026-11-07"); // 3 days before: the window's far edge
        assert_eq!(
            (levels(&w), days_of(&w[0])),
            (vec![Level::DueSoon], Some(3))
        );
        let w = on(&d, "2026-11-09"); // the day before
        assert_eq!(
            (levels(&w), days_of(&w[0])),
            (vec![Level::DueSoon], Some(1))
        );
        let w = on(&d, "2026-11-10"); // the day itself
        assert_eq!(
            (levels(&w), days_of(&w[0])),
            (vec![Level::DueSoon], Some(0))
        );
        assert_eq!(w[0].amount, dec!(200));
        // The day after, without grace: overdue by 1 day.
        let w = on(&d, "2026-11-11");
        assert_eq!(
            (levels(&w), days_overdue_of(&w[0])),
            (vec![Level::Overdue], Some(1))
        );
    }

    #[test]
    fn days_widens_the_window() {
        let d = visa(0);
        assert!(warnings(&d, date("2026-11-03"), 6).is_empty()); // 7 days before
        let w = warnings(&d, date("2026-11-03"), 7);
        assert_eq!(
            (levels(&w), days_of(&w[0])),
            (vec![Level::DueSoon], Some(7))
        );
        // 0: only a due date today.
        assert!(warnings(&d, date("2026-11-09"), 0).is_empty());
        assert_eq!(
            levels(&warnings(&d, date("2026-11-10"), 0)),
            [Level::DueSoon]
        );
    }

    #[test]
    fn grace_runs_to_its_last_day_then_the_due_is_overdue() {
        let d = visa(3);
        let w = on(&d, "2026-11-11"); // first day past due
        assert_eq!(levels(&w), [Level::Grace]);
        assert_eq!(pay_by_of(&w[0]), Some(date("2026-11-13")));
        let w = on(&d, "2026-11-13"); // last day of grace
        assert_eq!(levels(&w), [Level::Grace]);
        // First day past grace: overdue, counted from the due date (4 days), penalty on 4
        // days: 200 * 0.05 % * 4 = 0.40.
        let w = on(&d, "2026-11-14");
        assert_eq!(levels(&w), [Level::Overdue]);
        assert_eq!(days_overdue_of(&w[0]), Some(4));
        assert_eq!(penalty_of(&w[0]), Some(dec!(0.40)));
        assert_eq!(pay_by_of(&w[0]), None);
    }

    #[test]
    fn buckets_and_terms_change_on_their_boundaries() {
        let d = visa(0);
        // (today, days overdue, bucket, term), counted from 2026-11-10.
        let cases = [
            ("2026-12-09", 29, Bucket::M1, Term::Short),
            ("2026-12-10", 30, Bucket::M1, Term::Medium),
            ("2026-12-11", 31, Bucket::M2, Term::Medium),
            ("2027-01-09", 60, Bucket::M2, Term::Medium),
            ("2027-01-10", 61, Bucket::M3, Term::Medium),
            ("2027-02-08", 90, Bucket::M3, Term::Medium),
            ("2027-02-09", 91, Bucket::M4Plus, Term::Long),
        ];
        for (today, days, bucket, term) in cases {
            let w = on(&d, today);
            assert_eq!(levels(&w), [Level::Overdue], "{today}");
            assert_eq!(days_overdue_of(&w[0]), Some(days), "{today}");
            assert_eq!(
                (bucket_of(&w[0]), term_of(&w[0])),
                (Some(bucket), Some(term)),
                "{today}"
            );
        }
        assert_eq!(Bucket::M4Plus.code(), "M4+");
        assert_eq!(Term::Medium.code(), "medium");
    }

    #[test]
    fn the_penalty_is_on_the_unpaid_amount_for_every_day_past_due() {
        // Baitiao: 129.00 unpaid at 0.05 %/day for 13 days: 129 * 0.0005 * 13 = 0.8385 -> 0.84.
        let mut d = data("2026-11-01", dec!(100000));
        let mut b = card("Baitiao", dec!(1290), dec!(129), 10);
        b.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        d.debts.push(b);
        d.debts.push(card("NoRate", dec!(1290), dec!(129), 10));
        let w = warnings(&d, date("2026-11-23"), 3);
        let pen: Vec<_> = w
            .iter()
            .map(|w| (days_overdue_of(w), penalty_of(w)))
            .collect();
        // Without a penalty rate the penalty is 0, not unknown.
        assert_eq!(
            pen,
            [(Some(13), Some(dec!(0.84))), (Some(13), Some(dec!(0)))]
        );
        // Half paid: the penalty is on the 64.50 left: 64.5 * 0.0005 * 13 = 0.419 -> 0.42.
        pay(&mut d, "Baitiao", "2026-11-20", dec!(64.50));
        let w = warnings(&d, date("2026-11-23"), 3);
        assert_eq!(
            (w[0].amount, penalty_of(&w[0])),
            (dec!(64.50), Some(dec!(0.42)))
        );
    }

    /// A bank card as `product = "bank_card"` fills it, without a statement day: due the
    /// 22nd, 10 % minimum (floor 100), 3 days' grace, tolerance 10, 0.05 %/day on the whole
    /// bill, late fee 5 % of the unpaid minimum (at least 10).
    fn bank_card(balance: Money) -> Debt {
        let mut d = card("CMB", balance, dec!(100), 22);
        d.minimum_percent = Some(Rate::new(dec!(10)));
        d.grace_days = 3;
        d.tolerance = dec!(10);
        d.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        d.penalty_base = PenaltyBase::Bill;
        d.late_fee_percent = Some(Rate::new(dec!(5)));
        d.late_fee_min = dec!(10);
        d
    }

    /// Huabei as its product fills it: due the 10th, 10 % minimum, 0.05 %/day on the bill.
    fn huabei(balance: Money) -> Debt {
        let mut d = card("Huabei", balance, dec!(0), 10);
        d.minimum_percent = Some(Rate::new(dec!(10)));
        d.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        d.penalty_base = PenaltyBase::Bill;
        d.suspend_days = Some(7);
        d
    }

    /// Jiebei: 12000 at 10.95 % (0.03 %/day) over 12 months, due the 9th, 1.5 x the daily rate
    /// on the unpaid principal part. Its first installment is 1060.30: interest
    /// round(12000 * 10.95 / 1200) = 109.50, principal part 950.80.
    fn jiebei() -> Debt {
        let mut d = Debt::loan("Jiebei", dec!(12000), dec!(10.95), 12, Method::Annuity);
        d.due_day = 9;
        d.penalty_rate_multiple = Some(dec!(1.5));
        d.penalty_base = PenaltyBase::Principal;
        d
    }

    fn overdue(d: &Data, today: &str) -> Vec<Warning> {
        warnings(d, date(today), 3)
            .into_iter()
            .filter(|w| w.level() == Level::Overdue)
            .collect()
    }

    #[test]
    fn the_examples_of_spec_7_3_through_the_due_dates() {
        // Huabei's bill 3,000.10 (minimum 300.01) unpaid 30 days: the penalty is on the whole
        // bill, 3000.10 * 0.0005 * 30 = 45.0015 -> 45.00; Huabei has no late fee.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(huabei(dec!(3000.10)));
        let w = overdue(&d, "2026-12-10");
        assert_eq!((w[0].due, w[0].amount), (date("2026-11-10"), dec!(300.01)));
        assert_eq!(
            (penalty_of(&w[0]), late_fee_of(&w[0])),
            (Some(dec!(45.00)), Some(dec!(0)))
        );
        // A bank card's bill 8,450.30, its minimum 845.03 unpaid 32 days (11-22 to 12-24):
        // late fee 5 % of 845.03 = 42.2515 -> 42.25; penalty on the whole bill,
        // 8450.30 * 0.0005 * 32 = 135.2048 -> 135.20.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(bank_card(dec!(8450.30)));
        let w = overdue(&d, "2026-12-24");
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].amount, dec!(845.03));
        assert_eq!(
            (penalty_of(&w[0]), late_fee_of(&w[0])),
            (Some(dec!(135.20)), Some(dec!(42.25)))
        );
        // A missed minimum of 150.00 (10 % of 1,500.00): 5 % is 7.50, the floor 10.00.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(bank_card(dec!(1500)));
        let w = overdue(&d, "2026-11-26");
        assert_eq!(
            (w[0].amount, late_fee_of(&w[0])),
            (dec!(150), Some(dec!(10.00)))
        );
        // Jiebei's installment with principal part 950.80, 30 days at 1.5 x 0.03 %/day:
        // 950.80 * 10.95 * 1.5 * 30 / 36500 = 950.80 * 0.0135 = 12.8358 -> 12.84.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(jiebei());
        let w = overdue(&d, "2026-12-09");
        assert_eq!(
            (w[0].amount, penalty_of(&w[0])),
            (dec!(1060.30), Some(dec!(12.84)))
        );
    }

    #[test]
    fn a_payment_pays_the_interest_part_first() {
        // Jiebei's 11-09 installment (interest 109.50, principal 950.80), 30 days late.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(jiebei());
        // 100.00 paid: all of it interest, the principal part is untouched: still 12.84.
        pay(&mut d, "Jiebei", "2026-11-20", dec!(100));
        assert_eq!(penalty_of(&overdue(&d, "2026-12-09")[0]), Some(dec!(12.84)));
        // 500.00 paid: 109.50 interest, 390.50 principal, 560.30 principal unpaid:
        // 560.30 * 0.0135 = 7.56405 -> 7.56.
        d.payments[0].amount = dec!(500);
        let w = overdue(&d, "2026-12-09");
        assert_eq!(
            (w[0].amount, penalty_of(&w[0])),
            (dec!(560.30), Some(dec!(7.56)))
        );
    }

    #[test]
    fn an_unpaid_rest_within_tolerance_counts_as_paid() {
        // 840.00 of the 845.03 minimum paid, tolerance 10: 5.03 left is paid, on 11-26 (past
        // grace) and on 12-24 alike. No warning, no cost.
        let mut d = data("2026-11-01", dec!(100000));
        d.debts.push(bank_card(dec!(8450.30)));
        pay(&mut d, "CMB", "2026-11-22", dec!(840));
        assert!(overdue(&d, "2026-11-26").is_empty());
        assert_eq!(
            overdue_costs(&d, date("2026-11-26"))[0],
            OverdueCost::default()
        );
        // 835.02 leaves 10.01: overdue, on the bill less what was paid:
        // (8450.30 - 835.02) * 0.0005 * 4 = 7615.28 * 0.002 = 15.23056 -> 15.23; the late fee
        // on the 10.01 unpaid is its floor, 10.00.
        d.payments[0].amount = dec!(835.02);
        let w = overdue(&d, "2026-11-26");
        assert_eq!(w[0].amount, dec!(10.01));
        assert_eq!(
            (penalty_of(&w[0]), late_fee_of(&w[0])),
            (Some(dec!(15.23)), Some(dec!(10)))
        );
        // The tolerance is the debt's: the same rest on a card without one is overdue.
        let mut d = visa(0);
        pay(&mut d, "Visa", "2026-11-10", dec!(199));
        assert_eq!(levels(&on(&d, "2026-11-11")), [Level::Overdue]);
        d.debts[0].tolerance = dec!(1);
        assert!(on(&d, "2026-11-11").is_empty());
    }

    #[test]
    fn two_missed_bills_of_one_card_charge_the_penalty_once() {
        // Huabei unpaid on 2027-01-15: 11-10 (66 days), 12-10 (36) and 01-10 (5) are overdue.
        // The later bills are the same 3,000.10 still owed: their penalty counts nothing more.
        // 3000.10 * 0.0005 * 66 = 99.0033 -> 99.00.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(huabei(dec!(3000.10)));
        let w = overdue(&d, "2027-01-15");
        let pen: Vec<_> = w.iter().map(|w| (w.due, penalty_of(w))).collect();
        assert_eq!(
            pen,
            [
                (date("2026-11-10"), Some(dec!(99.00))),
                (date("2026-12-10"), Some(dec!(0))),
                (date("2027-01-10"), Some(dec!(0)))
            ]
        );
        let cost = overdue_costs(&d, date("2027-01-15"));
        assert_eq!(cost[0].penalty, dec!(99.00));
        // A loan's installments are bills of their own: each is charged.
        let mut loan = jiebei();
        loan.penalty_base = PenaltyBase::Bill;
        loan.penalty_rate_multiple = None;
        loan.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(loan);
        // 1060.30 * 0.0005 * 36 = 19.0854 -> 19.09; * 6 = 3.1809 -> 3.18.
        let w = overdue(&d, "2026-12-15");
        let pen: Vec<_> = w.iter().map(penalty_of).collect();
        assert_eq!(pen, [Some(dec!(19.09)), Some(dec!(3.18))]);
    }

    #[test]
    fn overdue_costs_keep_the_penalty_and_the_late_fees_apart() {
        // The bank card on 12-24: 135.20 of penalty, 42.25 of late fee (the 12-22 due is in
        // grace: nothing yet). A plan adds both, or only the fee for a statement-cycle card.
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(bank_card(dec!(8450.30)));
        d.debts.push(card("Plain", dec!(1000), dec!(100), 22));
        let cost = overdue_costs(&d, date("2026-12-24"));
        assert_eq!(
            cost,
            [
                OverdueCost {
                    penalty: dec!(135.20),
                    late_fees: dec!(42.25)
                },
                OverdueCost::default()
            ]
        );
        assert_eq!(cost[0].total(), dec!(177.45));
        // Two months later: 11-22 (94 days), 12-22 (64) and 01-22 (33) past grace, one late
        // fee each (each on its own minimum, 845.03: 10 % of the 8,450.30 still owed),
        // 3 x 42.25 = 126.75; the penalty on the bill once: 8450.30 * 0.0005 * 94 = 397.1641.
        let cost = overdue_costs(&d, date("2027-02-24"));
        assert_eq!(cost[0].penalty, dec!(397.16));
        assert_eq!(cost[0].late_fees, dec!(126.75));
        // The warnings agree.
        let w = overdue(&d, "2027-02-24");
        let fees: Money = w.iter().filter_map(late_fee_of).sum();
        let pens: Money = w.iter().filter_map(penalty_of).sum();
        assert_eq!((pens, fees), (dec!(397.16), dec!(126.75)));
    }

    #[test]
    fn a_debt_without_the_keys_of_spec_7_has_no_late_fee() {
        let d = visa(0);
        let w = on(&d, "2026-11-20");
        assert_eq!(
            (penalty_of(&w[0]), late_fee_of(&w[0])),
            (Some(dec!(1.00)), Some(dec!(0)))
        );
        assert_eq!(w[0].base, dec!(200));
    }

    #[test]
    fn a_met_due_date_warns_of_nothing() {
        let mut d = visa(0);
        pay(&mut d, "Visa", "2026-11-08", dec!(200));
        assert!(on(&d, "2026-11-09").is_empty());
        assert!(on(&d, "2026-11-30").is_empty());
        // A payment dated after today does not count yet.
        let mut d = visa(0);
        pay(&mut d, "Visa", "2026-11-10", dec!(200));
        assert_eq!(levels(&on(&d, "2026-11-09")), [Level::DueSoon]);
    }

    #[test]
    fn income_after_the_due_date_is_a_shortfall_of_the_exact_amount() {
        // 100 on hand, 300 due on Nov 10, salary on Nov 11: 200.00 short.
        let mut d = data("2026-11-01", dec!(100));
        d.budget.income.push(flow("Salary", dec!(5000), 11));
        d.debts.push(card("Visa", dec!(5000), dec!(300), 10));
        let w = warnings(&d, date("2026-11-01"), 3);
        assert_eq!(levels(&w), [Level::Shortfall]);
        assert_eq!(short_of(&w[0]), Some(dec!(200)));
        assert_eq!((w[0].amount, days_of(&w[0])), (dec!(300), Some(9)));
        // With the salary on the 10th it arrives first: no shortfall.
        d.budget.income[0].day = 10;
        assert!(warnings(&d, date("2026-11-01"), 3).is_empty());
    }

    #[test]
    fn a_second_shortfall_is_judged_on_what_the_first_left() {
        // 300 on hand. A: 400 due Nov 10 -> 100 short, cash -100 (assumed paid anyway).
        // +250 on Nov 11 -> 150. B: 300 due Nov 12 -> 150 short (not 0 as 550 would give).
        let mut d = data("2026-11-01", dec!(300));
        d.budget.income.push(flow("Side job", dec!(250), 11));
        d.debts.push(card("A", dec!(5000), dec!(400), 10));
        d.debts.push(card("B", dec!(5000), dec!(300), 12));
        let w = warnings(&d, date("2026-11-01"), 3);
        let got: Vec<_> = w.iter().map(|w| (w.debt, short_of(w))).collect();
        assert_eq!(got, [(0, Some(dec!(100))), (1, Some(dec!(150)))]);
        // Cash below 0 before a due: the whole amount is short.
        d.budget.income.clear();
        let w = warnings(&d, date("2026-11-01"), 3);
        assert_eq!(short_of(&w[1]), Some(dec!(300)));
    }

    #[test]
    fn the_shortfall_check_looks_31_days_ahead() {
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(300), 10));
        // Today Oct 10 + 31 = Nov 10: the due is the window's last day.
        d.budget.as_of = date("2026-10-11");
        let w = warnings(&d, date("2026-10-10"), 3);
        assert_eq!(levels(&w), [Level::Shortfall]);
        assert_eq!(days_of(&w[0]), Some(31));
        assert!(warnings(&d, date("2026-10-09"), 3).is_empty());
    }

    #[test]
    fn a_due_today_is_due_soon_not_a_projected_payment() {
        // Nothing on hand and 300 due today: due soon, not a shortfall (the walk only takes
        // dues after today).
        let mut d = data("2026-11-01", dec!(0));
        d.debts.push(card("Visa", dec!(5000), dec!(300), 10));
        assert_eq!(levels(&on(&d, "2026-11-10")), [Level::DueSoon]);
        // The day before it is both.
        assert_eq!(
            levels(&on(&d, "2026-11-09")),
            [Level::Shortfall, Level::DueSoon]
        );
    }

    #[test]
    fn what_is_due_now_adds_the_missed_and_the_current_dues_once() {
        // Two cards of 200 due the 10th, nothing paid; on 12-10 each has a missed 11-10 due
        // and today's: 800.00 in all. A due still ahead is not due now; one due alone has no
        // total line.
        let mut d = data("2026-11-01", dec!(10000));
        d.debts.push(card("A", dec!(5000), dec!(200), 10));
        d.debts.push(card("B", dec!(5000), dec!(200), 10));
        let w = warnings(&d, date("2026-12-10"), 3);
        assert_eq!(due_now(&w, date("2026-12-10")), Some(dec!(800)));
        let w = warnings(&d, date("2026-11-07"), 3);
        assert_eq!(due_now(&w, date("2026-11-07")), None);
        d.debts.pop();
        let w = warnings(&d, date("2026-11-10"), 3);
        assert_eq!(due_now(&w, date("2026-11-10")), None);
    }

    #[test]
    fn warnings_sort_by_date_then_level_then_debt() {
        let mut d = data("2026-11-01", dec!(0));
        let mut a = card("A", dec!(200), dec!(200), 10);
        a.grace_days = 5;
        d.debts.push(a);
        d.debts.push(card("B", dec!(200), dec!(200), 10));
        d.debts.push(card("C", dec!(200), dec!(200), 13));
        d.debts.push(card("D", dec!(200), dec!(200), 9));
        let w = warnings(&d, date("2026-11-12"), 3);
        let got: Vec<_> = w
            .iter()
            .map(|w| (w.due.to_string(), w.level(), w.debt))
            .collect();
        assert_eq!(
            got,
            [
                ("2026-11-09".into(), Level::Overdue, 3),
                ("2026-11-10".into(), Level::Overdue, 1),
                ("2026-11-10".into(), Level::Grace, 0),
                ("2026-11-13".into(), Level::Shortfall, 2),
                ("2026-11-13".into(), Level::DueSoon, 2),
            ]
        );
        let codes: Vec<_> = w.iter().map(|w| w.level().code()).collect();
        assert_eq!(
            codes,
            ["overdue", "overdue", "grace", "shortfall", "due_soon"]
        );
    }

    #[test]
    fn the_walk_and_the_warnings_agree_on_shortfalls() {
        let mut d = data("2026-11-01", dec!(500));
        d.budget.income.push(flow("Salary", dec!(900), 15));
        d.budget.expenses.push(flow("Rent", dec!(700), 5));
        d.debts.push(card("A", dec!(5000), dec!(400), 10));
        d.debts.push(card("B", dec!(5000), dec!(300), 20));
        let today = date("2026-11-02");
        let from_walk: Vec<_> =
            super::super::cash_walk(&d, today, today, add_days(today, SHORTFALL_DAYS))
                .iter()
                .filter_map(|e| Some((e.date, e.debt?, e.due?.short?)))
                .collect();
        let from_warnings: Vec<_> = warnings(&d, today, 3)
            .iter()
            .filter_map(|w| Some((w.due, w.debt, short_of(w)?)))
            .collect();
        assert!(!from_walk.is_empty());
        assert_eq!(from_walk, from_warnings);
    }

    #[test]
    fn no_panic_at_the_end_of_the_calendar() {
        let mut d = visa(u32::MAX);
        d.budget.as_of = NaiveDate::from_ymd_opt(262_142, 11, 1).expect("the last year");
        let w = warnings(&d, NaiveDate::MAX, u32::MAX);
        // Two dues in the last two months of the calendar: grace never ends before it does.
        assert_eq!(levels(&w), [Level::Grace, Level::Grace]);
        assert_eq!(pay_by_of(&w[0]), Some(NaiveDate::MAX));
    }
}
