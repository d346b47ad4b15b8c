//! The typed content of a data file (SPEC §1.2): what `store` loads and every other module reads.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::lender::{InterestRule, PenaltyBase, Product};
use crate::money::{Money, Rate};

/// The language of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Zh,
}

impl Language {
    /// The file's spelling: `"en"` or `"zh"`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Zh => "zh",
        }
    }

    /// The default for a `$LANG` value: `zh*` is Chinese, anything else English.
    pub fn from_locale(lang: Option<&str>) -> Language {
        match lang {
            Some(l) if l.to_ascii_lowercase().starts_with("zh") => Language::Zh,
            _ => Language::En,
        }
    }
}

/// Everything in a data file.
#[derive(Clone, Debug, PartialEq)]
pub struct Data {
    pub version: u32,
    /// The symbol shown before amounts (default `¥`).
    pub currency: String,
    /// The language written in the file, if any; `None` means "follow `$LANG`".
    pub language: Option<Language>,
    pub budget: Budget,
    pub debts: Vec<Debt>,
    pub payments: Vec<Payment>,
    /// `[[scenarios]]`: named what-ifs over the rest of the file (SPEC §8), in file order;
    /// never applied until adopted ([`crate::scenario::apply`] makes a copy).
    pub scenarios: Vec<Scenario>,
}

/// `[budget]`: cash, the monthly money for debts, income and expenses.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    /// The date on which `cash` and every debt balance were true.
    pub as_of: NaiveDate,
    /// Money on hand at `as_of`.
    pub cash: Money,
    /// The total a month for all debt payments, when set.
    pub monthly_for_debts: Option<Money>,
    /// How many days ahead `check` warns (default 3).
    pub remind_days: u32,
    /// The strategy the user chose (`w` on the Plan screen): the Dashboard's and `plan`'s.
    pub strategy: Option<crate::engine::Strategy>,
    pub income: Vec<Flow>,
    pub expenses: Vec<Flow>,
    /// `[[budget.once]]`: dated one-off income and expenses (SPEC §8), in file order.
    pub once: Vec<Once>,
    /// `[[budget.extra]]`: dated extra payments on top of the month's budget, in file order.
    pub extra: Vec<Extra>,
    /// Months with no income lines (a scenario's `income_stop`; the file's `[budget]` has
    /// none): its income, monthly and yearly, does not arrive in them.
    pub income_stop: Option<IncomeStop>,
}

impl Budget {
    /// The strategy plans use unless told otherwise: the one the user chose, else avalanche.
    pub fn strategy(&self) -> crate::engine::Strategy {
        self.strategy.unwrap_or(crate::engine::Strategy::Avalanche)
    }

    /// Monthly income: the lines that arrive every month (a yearly one counts in its month
    /// only, as a one-off does on its date).
    pub fn monthly_income(&self) -> Money {
        self.income
            .iter()
            .filter(|f| f.month.is_none())
            .map(|f| f.amount)
            .sum()
    }

    /// Monthly expenses, likewise.
    pub fn monthly_expenses(&self) -> Money {
        self.expenses
            .iter()
            .filter(|f| f.month.is_none())
            .map(|f| f.amount)
            .sum()
    }

    /// Whether plans take their budget from income less expenses (no `monthly_for_debts`):
    /// then yearly lines and one-offs change the budget of the months they fall in.
    pub fn derived(&self) -> bool {
        self.monthly_for_debts.is_none()
    }

    /// Whether an income line arrives in `month`: not while the income is stopped.
    pub fn income_arrives(&self, month: YearMonth) -> bool {
        self.income_stop.is_none_or(|s| !s.covers(month))
    }

    /// Every dated change to cash besides the monthly lines, from `from` to `until`
    /// (inclusive): each yearly line on its day of its month, each one-off on its date, and
    /// in a month whose income is stopped each monthly income line taken back on its day;
    /// income positive, expenses negative, by date (yearly lines first on a day, in file
    /// order).
    pub fn dated_flows(&self, from: NaiveDate, until: NaiveDate) -> Vec<(NaiveDate, Money)> {
        let mut out = Vec::new();
        if from > until {
            return out;
        }
        let (first, last) = (YearMonth::of(from).year, YearMonth::of(until).year);
        let lines = self.income.iter().map(|f| (f, Decimal::ONE));
        let lines = lines.chain(self.expenses.iter().map(|f| (f, Decimal::NEGATIVE_ONE)));
        for (f, sign) in lines {
            let Some(month) = f.month else { continue };
            for year in first..=last {
                let at = YearMonth { year, month };
                let date = at.day(f.day);
                let stopped = sign > Decimal::ZERO && !self.income_arrives(at);
                if (from..=until).contains(&date) && !stopped {
                    out.push((date, f.amount * sign));
                }
            }
        }
        if let Some(stop) = self.income_stop {
            for k in 0..stop.months {
                let at = stop.from.plus(i32::try_from(k).unwrap_or(i32::MAX));
                for f in self.income.iter().filter(|f| f.month.is_none()) {
                    let date = at.day(f.day);
                    if (from..=until).contains(&date) {
                        out.push((date, -f.amount));
                    }
                }
            }
        }
        for o in &self.once {
            if (from..=until).contains(&o.date) {
                out.push((o.date, o.signed()));
            }
        }
        out.sort_by_key(|&(date, _)| date);
        out
    }

    /// The money a month for debts: `monthly_for_debts`, or income less expenses (never below 0).
    pub fn monthly_budget(&self) -> Money {
        self.monthly_for_debts
            .unwrap_or_else(|| (self.monthly_income() - self.monthly_expenses()).max(Decimal::ZERO))
    }
}

/// A line of income or expense arriving on a day of every month.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    pub name: String,
    pub amount: Money,
    /// 1-31, clamped to the month's last day.
    pub day: u32,
    /// `every = "year"`: the month (1-12) of a yearly line; `None` for a monthly one.
    pub month: Option<u32>,
}

/// How often an income or expense line repeats (`every`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Every {
    Month,
    Year,
}

impl Every {
    pub const ALL: [Every; 2] = [Every::Month, Every::Year];

    pub fn code(self) -> &'static str {
        match self {
            Every::Month => "month",
            Every::Year => "year",
        }
    }
}

/// Whether a one-off brings money in or takes it out (`kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OnceKind {
    Income,
    Expense,
}

impl OnceKind {
    pub const ALL: [OnceKind; 2] = [OnceKind::Income, OnceKind::Expense];

    pub fn code(self) -> &'static str {
        match self {
            OnceKind::Income => "income",
            OnceKind::Expense => "expense",
        }
    }
}

/// One `[[budget.once]]` entry: money in or out on one date.
#[derive(Clone, Debug, PartialEq)]
pub struct Once {
    pub name: String,
    pub date: NaiveDate,
    /// Always > 0: `kind` says which way it goes.
    pub amount: Money,
    pub kind: OnceKind,
}

impl Once {
    /// The change to cash: income positive, an expense negative.
    pub fn signed(&self) -> Money {
        match self.kind {
            OnceKind::Income => self.amount,
            OnceKind::Expense => -self.amount,
        }
    }
}

/// One `[[budget.extra]]` entry: a snowflake, paid on top of the month's budget.
#[derive(Clone, Debug, PartialEq)]
pub struct Extra {
    pub date: NaiveDate,
    /// Always > 0.
    pub amount: Money,
    /// The debt it goes to; `None`: the strategy's first debt that month.
    pub debt: Option<String>,
}

/// `income_stop = { from = "YYYY-MM", months = N }`: no income for `months` months from `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeStop {
    pub from: YearMonth,
    /// 1-120.
    pub months: u32,
}

impl IncomeStop {
    /// Whether the income of `month` is stopped.
    pub fn covers(&self, month: YearMonth) -> bool {
        let start = self.from.year * 12 + self.from.month as i32;
        let at = month.year * 12 + month.month as i32;
        (start..start.saturating_add(self.months as i32)).contains(&at)
    }
}

/// One `[[scenarios]]` entry: a named set of changes over the file (SPEC §8). Every change is
/// optional; an absent one leaves the file's as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    pub name: String,
    /// `budget`: the total a month for debts, as `monthly_for_debts`.
    pub budget: Option<Money>,
    pub strategy: Option<crate::engine::Strategy>,
    /// `extra = [...]`: more extra payments, beside the file's.
    pub extra: Vec<Extra>,
    /// `once = [...]`: more one-offs, beside the file's.
    pub once: Vec<Once>,
    pub income_stop: Option<IncomeStop>,
    /// `leave_out = [...]`: debts planned as if they were not in the file.
    pub leave_out: Vec<String>,
    /// `negotiated = { debt, months, apr, fee }`: a negotiated plan for one debt.
    pub negotiated: Option<(String, Negotiated)>,
}

impl Scenario {
    /// Whether it holds a decision adopting it would move into the file (a budget, a
    /// strategy, extra payments, one-offs, a negotiated plan), not only circumstances (an
    /// income stop, debts left out).
    pub fn decides(&self) -> bool {
        self.budget.is_some()
            || self.strategy.is_some()
            || !self.extra.is_empty()
            || !self.once.is_empty()
            || self.negotiated.is_some()
    }
}

/// `kind`: a revolving card or a loan with a fixed schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DebtKind {
    Card,
    Loan,
}

impl DebtKind {
    pub const ALL: [DebtKind; 2] = [DebtKind::Card, DebtKind::Loan];

    pub fn code(self) -> &'static str {
        match self {
            DebtKind::Card => "card",
            DebtKind::Loan => "loan",
        }
    }

    pub fn parse(s: &str) -> Option<DebtKind> {
        DebtKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// How a loan is repaid (SPEC §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// 等额本息: equal payments.
    Annuity,
    /// 等额本金: equal principal parts plus the period's interest.
    EqualPrincipal,
    /// 先息后本: interest each period, the principal with the last.
    InterestOnly,
    /// A fee on the original principal every period.
    FlatFee,
}

impl Method {
    pub const ALL: [Method; 4] = [
        Method::Annuity,
        Method::EqualPrincipal,
        Method::InterestOnly,
        Method::FlatFee,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Method::Annuity => "annuity",
            Method::EqualPrincipal => "equal_principal",
            Method::InterestOnly => "interest_only",
            Method::FlatFee => "flat_fee",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.code() == s)
    }
}

/// One `[[debts]]` entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Debt {
    /// Unique and non-empty: payments refer to it.
    pub name: String,
    pub kind: DebtKind,
    /// Owed at `as_of` (for a loan: the principal outstanding).
    pub balance: Money,
    /// Percent a year (`daily_rate` x 365 when the file gives a daily rate).
    pub apr: Rate,
    /// The fixed minimum payment, or the floor under `minimum_percent`.
    pub minimum: Money,
    /// A minimum as a percent of the balance, with `minimum` as its floor.
    pub minimum_percent: Option<Rate>,
    /// 1-31, clamped to the month's last day.
    pub due_day: u32,
    /// Days after the due date before penalties start.
    pub grace_days: u32,
    /// Percent a day on the unpaid amount once grace is over.
    pub penalty_daily_rate: Option<Rate>,
    /// A loan's installments left.
    pub term_months: Option<u32>,
    /// A loan's repayment method (default annuity).
    pub method: Method,
    /// `flat_fee` only: percent of the original principal per period.
    pub fee_rate: Option<Rate>,
    /// `flat_fee` only: the original principal, when it differs from the balance.
    pub principal: Option<Money>,
    /// A negotiated installment plan (协商分期), if one was agreed or is being considered.
    pub negotiated: Option<Negotiated>,
    /// `[[debts.adjustments]]`: each time `payoff reconcile` found the lender's figure differ
    /// from what payoff expected, oldest first.
    pub adjustments: Vec<Adjustment>,
    /// `product`: whose rules fill the keys the file does not write (SPEC §7.1).
    pub product: Option<Product>,
    /// 账单日: a card with a statement day follows a statement cycle (SPEC §7.2).
    pub statement_day: Option<u32>,
    /// Spent since the last statement: it joins the next bill.
    pub unbilled: Money,
    /// How a statement card charges interest on a bill not paid in full.
    pub interest: InterestRule,
    /// 容差: an unpaid rest up to this counts as paid.
    pub tolerance: Money,
    /// The penalty as a multiple of the contract's daily rate (`apr / 365`), when
    /// `penalty_daily_rate` is not given.
    pub penalty_rate_multiple: Option<Decimal>,
    /// What the overdue penalty is charged on.
    pub penalty_base: PenaltyBase,
    /// 违约金: percent of the unpaid minimum, once per missed due date past grace.
    pub late_fee_percent: Option<Rate>,
    /// The late fee's floor.
    pub late_fee_min: Money,
    /// Days overdue after which the lender suspends the account.
    pub suspend_days: Option<u32>,
    /// The keys the product filled in, not written in the file, in the file's spelling.
    pub from_product: Vec<&'static str>,
}

/// One reconciliation that found the lender's balance differ from payoff's.
#[derive(Clone, Debug, PartialEq)]
pub struct Adjustment {
    pub date: NaiveDate,
    /// What payoff expected the debt to owe that day.
    pub expected: Money,
    /// What the lender said it owed.
    pub lender: Money,
}

impl Debt {
    /// A card with the given name, balance, apr and fixed minimum; everything else default.
    pub fn card(name: &str, balance: Money, apr: Decimal, minimum: Money, due_day: u32) -> Debt {
        Debt {
            name: name.to_string(),
            kind: DebtKind::Card,
            balance,
            apr: Rate::new(apr),
            minimum,
            minimum_percent: None,
            due_day,
            grace_days: 0,
            penalty_daily_rate: None,
            term_months: None,
            method: Method::Annuity,
            fee_rate: None,
            principal: None,
            negotiated: None,
            adjustments: Vec::new(),
            product: None,
            statement_day: None,
            unbilled: Decimal::ZERO,
            interest: InterestRule::Full,
            tolerance: Decimal::ZERO,
            penalty_rate_multiple: None,
            penalty_base: PenaltyBase::Due,
            late_fee_percent: None,
            late_fee_min: Decimal::ZERO,
            suspend_days: None,
            from_product: Vec::new(),
        }
    }

    /// A loan with the given name, principal outstanding, apr, installments left and method.
    pub fn loan(name: &str, balance: Money, apr: Decimal, term: u32, method: Method) -> Debt {
        Debt {
            kind: DebtKind::Loan,
            term_months: Some(term),
            method,
            minimum: Decimal::ZERO,
            ..Debt::card(name, balance, apr, Decimal::ZERO, 10)
        }
    }
}

/// `[debts.negotiated]`: a negotiated installment plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Negotiated {
    /// 1-60.
    pub months: u32,
    /// 0 = interest stopped (停息挂账).
    pub apr: Rate,
    /// A one-time fee added to the balance.
    pub fee: Money,
    /// Paid in month 1 on top of the installment.
    pub down_payment: Money,
}

/// One `[[payments]]` entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Payment {
    pub debt: String,
    pub date: NaiveDate,
    pub amount: Money,
}

impl Data {
    /// A payment of the log to the same debt, on the same day, of the same amount as `p`: most
    /// likely `p` recorded twice.
    pub fn same_payment(&self, p: &Payment) -> Option<&Payment> {
        self.payments
            .iter()
            .find(|q| q.debt == p.debt && q.date == p.date && q.amount == p.amount)
    }

    /// The debt of that name.
    pub fn debt(&self, name: &str) -> Option<&Debt> {
        self.debts.iter().find(|d| d.name == name)
    }

    /// The index of the debt of that name.
    pub fn debt_index(&self, name: &str) -> Option<usize> {
        self.debts.iter().position(|d| d.name == name)
    }

    /// A new, empty file's content.
    pub fn empty(as_of: NaiveDate) -> Data {
        Data {
            version: 1,
            currency: "¥".to_string(),
            language: None,
            budget: Budget {
                as_of,
                cash: Decimal::ZERO,
                monthly_for_debts: None,
                remind_days: 3,
                strategy: None,
                income: Vec::new(),
                expenses: Vec::new(),
                once: Vec::new(),
                extra: Vec::new(),
                income_stop: None,
            },
            debts: Vec::new(),
            payments: Vec::new(),
            scenarios: Vec::new(),
        }
    }
}

/// A calendar month, `YYYY-MM`: plans count in months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1-12.
    pub month: u32,
}

impl YearMonth {
    /// The month a date falls in.
    pub fn of(date: NaiveDate) -> YearMonth {
        use chrono::Datelike;
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The month `n` months later (`n` may be negative).
    pub fn plus(self, n: i32) -> YearMonth {
        let idx = self.year * 12 + (self.month as i32 - 1) + n;
        YearMonth {
            year: idx.div_euclid(12),
            month: idx.rem_euclid(12) as u32 + 1,
        }
    }

    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Option<YearMonth> {
        let (y, m) = s.split_once('-')?;
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (y.len() == 4 && m.len() == 2 && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
    }

    /// The given day of this month, clamped to its last day (31 -> 30, 28 or 29);
    /// `NaiveDate::MIN` for a month past the ends of chrono's calendar.
    pub fn day(self, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, self.clamped(day)).unwrap_or(NaiveDate::MIN)
    }

    /// The day of the month [`YearMonth::day`] gives for `day`: clamped to 1 and to its last.
    pub fn clamped(self, day: u32) -> u32 {
        day.clamp(1, self.days())
    }

    /// How many days the month has (the proleptic Gregorian calendar's, as chrono's).
    fn days(self) -> u32 {
        let leap =
            |y: i32| y.rem_euclid(4) == 0 && (y.rem_euclid(100) != 0 || y.rem_euclid(400) == 0);
        match self.month {
            2 if leap(self.year) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The first day of the month.
    pub fn first(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the month.
    pub fn last(self) -> NaiveDate {
        self.day(31)
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_roll_over_years() {
        let nov = YearMonth {
            year: 2026,
            month: 11,
        };
        assert_eq!(nov.plus(2).to_string(), "2027-01");
        assert_eq!(nov.plus(-11).to_string(), "2025-12");
        assert_eq!(
            YearMonth::parse("2029-07"),
            Some(YearMonth {
                year: 2029,
                month: 7
            })
        );
        assert_eq!(YearMonth::parse("2029-13"), None);
    }

    #[test]
    fn day_clamps_to_the_end_of_the_month() {
        let d = |y, m, day| YearMonth { year: y, month: m }.day(day).to_string();
        assert_eq!(d(2027, 2, 31), "2027-02-28");
        assert_eq!(d(2028, 2, 31), "2028-02-29");
        assert_eq!(d(2026, 4, 31), "2026-04-30");
        assert_eq!(d(2026, 12, 31), "2026-12-31");
    }

    #[test]
    fn day_and_last_agree_with_chronos_calendar() {
        // Leap years by every rule (every 4th, not every 100th, every 400th), before year 0
        // too, and the calendar's last month.
        let years = [
            -401, -400, -100, -4, -1, 0, 1, 1900, 2000, 2024, 2026, 2100, 262_142,
        ];
        for year in years {
            for month in 1..=12 {
                let ym = YearMonth { year, month };
                let valid = |d: u32| NaiveDate::from_ymd_opt(year, month, d);
                let length = (28..=31).rev().find(|&d| valid(d).is_some());
                assert_eq!(Some(ym.last()), length.and_then(valid), "{ym:?}");
                for day in 0..=40 {
                    let expected = length.and_then(|n| valid(day.clamp(1, n)));
                    assert_eq!(Some(ym.day(day)), expected, "{ym:?} {day}");
                }
            }
        }
        // Past the calendar's ends.
        let beyond = YearMonth {
            year: 262_143,
            month: 1,
        };
        assert_eq!(
            (beyond.day(5), beyond.last()),
            (NaiveDate::MIN, NaiveDate::MIN)
        );
    }
}
