//! Reading and validating a data file (SPEC §1.2, §1.3).
//!
//! The text is parsed with `toml_edit` (which keeps every value's span) and walked by hand into
//! [`Data`]. Numbers are read from the text as written, never through a float. Every problem is
//! collected with its byte offset; the caller gets the first one by position in the file, so
//! fixing a file from the top down always makes progress.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml_edit::{Document, Item, Table, TableLike, Value};

use super::problem::{Expected, Found, Need, Problem};
use super::text::{diagnostic, found_value, key_segment, line_column, suggest, syntax_error};
use super::{Diagnostic, Notice};
use crate::engine::Strategy;
use crate::lender::{InterestRule, PenaltyBase, Product};
use crate::model::{
    Adjustment, Budget, Data, Debt, DebtKind, Every, Extra, Flow, Language, Method, Negotiated,
    Once, OnceKind, Payment,
};
use crate::money::{
    AmountError, MAX_AMOUNT, MAX_RATE, MAX_RATE_DECIMALS, Money, NumberError, Rate, RateError,
    check_amount, check_rate, read_number,
};

mod scenario;

const ROOT_KEYS: &[&str] = &[
    "version",
    "currency",
    "language",
    "budget",
    "debts",
    "payments",
    "scenarios",
];
const BUDGET_KEYS: &[&str] = &[
    "as_of",
    "cash",
    "monthly_for_debts",
    "remind_days",
    "strategy",
    "income",
    "expenses",
    "once",
    "extra",
];
const FLOW_KEYS: &[&str] = &["name", "amount", "day", "every", "month"];
const ONCE_KEYS: &[&str] = &["name", "date", "amount", "kind"];
const EXTRA_KEYS: &[&str] = &["date", "amount", "debt"];
const DEBT_KEYS: &[&str] = &[
    "name",
    "kind",
    "balance",
    "apr",
    "daily_rate",
    "minimum",
    "minimum_percent",
    "due_day",
    "grace_days",
    "penalty_daily_rate",
    "term_months",
    "method",
    "fee_rate",
    "principal",
    "negotiated",
    "adjustments",
    "product",
    "statement_day",
    "unbilled",
    "interest",
    "tolerance",
    "penalty_rate_multiple",
    "penalty_base",
    "late_fee_percent",
    "late_fee_min",
    "suspend_days",
];
const ADJUSTMENT_KEYS: &[&str] = &["date", "expected", "lender"];
const NEGOTIATED_KEYS: &[&str] = &["months", "apr", "fee", "down_payment"];
const PAYMENT_KEYS: &[&str] = &["debt", "date", "amount"];

/// A file's content and what it says about unknown keys.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) data: Data,
    pub(crate) notices: Vec<Notice>,
}

/// Parses and validates `text`; `file` is the name errors carry.
pub(crate) fn load(file: &str, text: &str) -> Result<Loaded, Diagnostic> {
    let doc = Document::parse(text).map_err(|e| syntax_error(file, text, &e))?;
    let mut r = Reader {
        text,
        errors: Vec::new(),
        notices: Vec::new(),
    };
    // A file of another version may mean anything by its other keys: say only that.
    if let Err((at, problem)) = r.version(doc.as_table()) {
        return Err(diagnostic(
            file,
            text,
            at,
            Some("version".to_string()),
            problem,
        ));
    }
    let data = r.root(doc.as_table());
    // A stable sort: of two problems at the same place the one found first is reported.
    r.errors.sort_by_key(|e| e.0);
    if let Some((at, key, problem)) = r.errors.into_iter().next() {
        return Err(diagnostic(file, text, at, Some(key), problem));
    }
    r.notices.sort_by_key(|n| n.0);
    let notices = r
        .notices
        .into_iter()
        .map(|(at, key, suggestion)| {
            let (line, column) = line_column(text, at);
            Notice {
                file: file.to_string(),
                line,
                column,
                key,
                suggestion,
            }
        })
        .collect();
    Ok(Loaded { data, notices })
}

/// A table being read: its key path and the offset of its header (where missing keys are
/// reported).
struct Tbl<'t> {
    t: &'t dyn TableLike,
    /// The table's keys and values in file order, as `TableLike::iter` gives them: a table
    /// holds a handful of keys and a debt is asked for some thirty, so comparing the names
    /// costs less than hashing each one asked for.
    items: Vec<(&'t str, &'t Item)>,
    path: String,
    at: usize,
}

impl<'t> Tbl<'t> {
    fn new(t: &'t dyn TableLike, path: String, at: usize) -> Tbl<'t> {
        Tbl {
            t,
            items: t.iter().collect(),
            path,
            at,
        }
    }

    fn get(&self, key: &str) -> Option<&'t Item> {
        self.items
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, item)| item)
            .filter(|i| !i.is_none())
    }

    fn key(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

/// What reading one key gave.
enum Got<T> {
    Absent,
    /// Present but wrong: the error is recorded.
    Bad,
    Ok(T),
}

impl<T> Got<T> {
    fn ok(self) -> Option<T> {
        match self {
            Got::Ok(v) => Some(v),
            _ => None,
        }
    }
}

/// A value, or what was expected instead.
type Check<T> = Result<T, Expected>;

struct Reader<'a> {
    text: &'a str,
    /// (offset, key path, problem)
    errors: Vec<(usize, String, Problem)>,
    /// (offset, key path, suggested key)
    notices: Vec<(usize, String, Option<String>)>,
}

impl Reader<'_> {
    fn offset(&self, item: &Item) -> usize {
        let span = match item {
            Item::ArrayOfTables(a) => a.span().or_else(|| a.get(0).and_then(Table::span)),
            _ => item.span(),
        };
        span.map_or(0, |s| s.start)
    }

    /// The value as written, or what kind of thing it is.
    fn found(&self, item: &Item) -> Found {
        match item {
            Item::Value(Value::String(s)) => found_value(s.value()),
            Item::Value(Value::Array(_)) => Found::Array,
            Item::Value(Value::InlineTable(_)) => Found::InlineTable,
            Item::Value(v) => {
                let raw = v.span().and_then(|s| self.text.get(s));
                let shown = raw.map_or_else(|| v.to_string(), str::to_string);
                found_value(shown.trim())
            }
            Item::Table(_) => Found::Table,
            Item::ArrayOfTables(_) => Found::ArrayOfTables,
            Item::None => Found::Nothing,
        }
    }

    fn wrong(&mut self, item: &Item, key: String, expected: Expected) {
        let found = self.found(item);
        let problem = Problem::Wrong { expected, found };
        self.errors.push((self.offset(item), key, problem));
    }

    fn missing(&mut self, t: &Tbl, key: &str, expected: Expected) {
        self.errors
            .push((t.at, t.key(key), Problem::Missing(expected)));
    }

    fn read<T>(
        &mut self,
        t: &Tbl,
        key: &str,
        check: impl FnOnce(&Self, &Item) -> Check<T>,
    ) -> Got<T> {
        let Some(item) = t.get(key) else {
            return Got::Absent;
        };
        match check(self, item) {
            Ok(v) => Got::Ok(v),
            Err(expected) => {
                self.wrong(item, t.key(key), expected);
                Got::Bad
            }
        }
    }

    /// A required key: a missing one is reported as `missing key, expected {expected}`.
    fn req<T>(
        &mut self,
        t: &Tbl,
        key: &str,
        expected: Expected,
        check: impl FnOnce(&Self, &Item) -> Check<T>,
    ) -> Option<T> {
        match self.read(t, key, check) {
            Got::Absent => {
                self.missing(t, key, expected);
                None
            }
            got => got.ok(),
        }
    }

    fn unknown_keys(&mut self, t: &Tbl, known: &[&str]) {
        for &(key, item) in &t.items {
            if known.contains(&key) {
                continue;
            }
            let at =
                t.t.key(key)
                    .and_then(|k| k.span())
                    .map_or_else(|| self.offset(item), |s| s.start);
            let path = t.key(&key_segment(key));
            self.notices.push((at, path, suggest(key, known)));
        }
    }

    // --- conversions: each returns what was expected when the value does not fit ---

    /// A number as written: a TOML integer, a float's literal text (`1_234.56`, `1.5e3`,
    /// `inf`) or a string holding a plain decimal (`"1234.56"`).
    fn number(&self, item: &Item) -> Result<Decimal, NumberError> {
        match item.as_value() {
            Some(Value::Integer(i)) => Ok(Decimal::from(*i.value())),
            Some(Value::Float(f)) => {
                let raw = f.span().and_then(|s| self.text.get(s));
                let repr = f.as_repr().and_then(|r| r.as_raw().as_str());
                read_number(raw.or(repr).unwrap_or("nan"), true)
            }
            Some(Value::String(s)) => read_number(s.value(), false),
            _ => Err(NumberError::NotANumber),
        }
    }

    fn amount(&self, item: &Item, positive: bool) -> Check<Money> {
        let n = self.number(item);
        let not_positive = match n {
            Ok(n) => n.is_zero() || n.is_sign_negative(),
            Err(e) => e == NumberError::TooLarge { negative: true },
        };
        if positive && not_positive {
            return Err(Expected::PositiveAmount);
        }
        let n = n.map_err(|e| match e {
            NumberError::NotANumber => Expected::AmountLike,
            NumberError::TooLarge { negative: true } => Expected::Amount,
            NumberError::TooLarge { negative: false } => Expected::AmountAtMost(MAX_AMOUNT),
            NumberError::TooPrecise => Expected::AmountDecimals,
        })?;
        check_amount(n).map_err(|e| match e {
            AmountError::Negative => Expected::Amount,
            AmountError::TooManyDecimals => Expected::AmountDecimals,
            AmountError::TooLarge => Expected::AmountAtMost(MAX_AMOUNT),
        })
    }

    fn rate(&self, item: &Item, max: Decimal) -> Check<Decimal> {
        check_rate(self.number(item), max).map_err(|e| match e {
            RateError::NotANumber => Expected::RateLike,
            RateError::Negative => Expected::Rate,
            RateError::TooLarge => Expected::RateAtMost(max),
            RateError::TooManyDecimals => Expected::RateDecimals(MAX_RATE_DECIMALS),
        })
    }

    /// The file's `version`: absent means 1; any other is reported before anything else.
    fn version(&self, root: &Table) -> Result<u32, (usize, Problem)> {
        let Some(item) = root.get("version").filter(|i| !i.is_none()) else {
            return Ok(1);
        };
        let problem = match item.as_value() {
            Some(Value::Integer(i)) if *i.value() == 1 => return Ok(1),
            Some(Value::Integer(i)) => Problem::Version {
                found: Found::Number(*i.value()),
                quoted: false,
            },
            Some(Value::String(_)) => Problem::Version {
                found: self.found(item),
                quoted: true,
            },
            _ => Problem::Version {
                found: self.found(item),
                quoted: false,
            },
        };
        Err((self.offset(item), problem))
    }

    fn int(&self, item: &Item, min: i64, max: i64, expected: Expected) -> Check<u32> {
        match item.as_value() {
            Some(Value::Integer(i)) if (min..=max).contains(i.value()) => {
                u32::try_from(*i.value()).map_err(|_| expected)
            }
            // `due_day = "10"` would otherwise read `expected a day 1-31, found "10"`.
            Some(Value::String(s)) if s.value().trim().parse::<i64>().is_ok() => {
                Err(expected.unquoted())
            }
            _ => Err(expected),
        }
    }

    fn string(&self, item: &Item, expected: Expected) -> Check<String> {
        match item.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(expected),
        }
    }

    fn name(&self, item: &Item) -> Check<String> {
        match item.as_str() {
            Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
            Some(_) => Err(Expected::NonEmptyName),
            None => Err(Expected::NonEmptyNameQuoted),
        }
    }

    fn date(&self, item: &Item) -> Check<NaiveDate> {
        let dt = match item.as_value() {
            Some(Value::Datetime(dt)) => dt.value(),
            Some(Value::String(_)) => return Err(Expected::Date.unquoted()),
            _ => return Err(Expected::Date),
        };
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                    .ok_or(Expected::Date)
            }
            _ => Err(Expected::Date),
        }
    }

    fn choice<T: Copy>(&self, item: &Item, all: &[T], code: fn(T) -> &'static str) -> Check<T> {
        let s = item.as_str();
        match all.iter().find(|v| Some(code(**v)) == s) {
            Some(v) => Ok(*v),
            None => Err(Expected::OneOf(all.iter().map(|v| code(*v)).collect())),
        }
    }

    /// The tables of an array of tables `[[key]]`; an empty inline array counts as none.
    fn tables<'t>(&mut self, t: &Tbl<'t>, key: &str) -> Vec<&'t Table> {
        match t.get(key) {
            None => Vec::new(),
            Some(Item::ArrayOfTables(a)) => a.iter().collect(),
            Some(Item::Value(Value::Array(a))) if a.is_empty() => Vec::new(),
            Some(other) => {
                let path = t.key(key);
                self.wrong(other, path.clone(), Expected::ArrayOfTables(path));
                Vec::new()
            }
        }
    }

    fn sub<'t>(&self, table: &'t Table, path: String, fallback: usize) -> Tbl<'t> {
        let at = table.span().map_or(fallback, |s| s.start);
        Tbl::new(table, path, at)
    }

    // --- the tables ---

    fn root(&mut self, root: &Table) -> Data {
        let t = Tbl::new(root, String::new(), 0);
        self.unknown_keys(&t, ROOT_KEYS);
        let version = self.version(root).unwrap_or(1);
        let currency = self
            .read(&t, "currency", |r, i| r.string(i, Expected::Currency))
            .ok()
            .unwrap_or_else(|| "¥".to_string());
        let language = self
            .read(&t, "language", |r, i| {
                r.choice(i, &[Language::En, Language::Zh], Language::code)
            })
            .ok();
        let budget = match t.get("budget") {
            Some(Item::Table(b)) => {
                let b = self.sub(b, "budget".to_string(), 0);
                self.budget(&b)
            }
            Some(other) => {
                self.wrong(other, "budget".to_string(), Expected::Table("budget"));
                empty_budget()
            }
            None => {
                self.missing(&t, "budget", Expected::Table("budget"));
                empty_budget()
            }
        };
        let mut debts = Vec::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut all_named = true;
        for (i, table) in self.tables(&t, "debts").into_iter().enumerate() {
            let d = self.sub(table, format!("debts[{i}]"), 0);
            let (debt, named) = self.debt(&d);
            if let Some(name_item) = named {
                if let Some(first) = names.get(&debt.name) {
                    let expected = Expected::UniqueName { first: *first };
                    self.wrong(name_item, d.key("name"), expected);
                } else {
                    names.insert(debt.name.clone(), i);
                }
            } else {
                all_named = false;
            }
            debts.push(debt);
        }
        let mut payments = Vec::new();
        for (i, table) in self.tables(&t, "payments").into_iter().enumerate() {
            let p = self.sub(table, format!("payments[{i}]"), 0);
            let payment = self.payment(&p);
            let named = p
                .get("debt")
                .filter(|i| i.as_str() == Some(payment.debt.as_str()));
            if let Some(item) = named
                && all_named
                && !names.contains_key(&payment.debt)
            {
                let expected = debt_list(&debts);
                self.wrong(item, p.key("debt"), expected);
            }
            payments.push(payment);
        }
        if all_named {
            self.extra_debts(&t, &budget, &names, &debts);
        }
        let known = all_named.then_some(&names);
        let scenarios = self.scenarios(&t, known, &debts);
        Data {
            version,
            currency,
            language,
            budget,
            debts,
            payments,
            scenarios,
        }
    }

    fn budget(&mut self, t: &Tbl) -> Budget {
        self.unknown_keys(t, BUDGET_KEYS);
        let as_of = self.req(t, "as_of", Expected::Date, |r, i| r.date(i));
        let cash = self.read(t, "cash", |r, i| r.amount(i, false)).ok();
        let monthly = self.read(t, "monthly_for_debts", |r, i| r.amount(i, false));
        let remind = self.read(t, "remind_days", |r, i| r.int(i, 0, 365, Expected::Days));
        let strategy = self.read(t, "strategy", |r, i| {
            r.choice(i, &Strategy::ALL, Strategy::code)
        });
        let income = self.flows(t, "income");
        let expenses = self.flows(t, "expenses");
        let once = self
            .tables(t, "once")
            .into_iter()
            .enumerate()
            .map(|(i, table)| {
                let o = self.sub(table, format!("budget.once[{i}]"), t.at);
                self.once(&o)
            })
            .collect();
        let extra = self
            .tables(t, "extra")
            .into_iter()
            .enumerate()
            .map(|(i, table)| {
                let e = self.sub(table, format!("budget.extra[{i}]"), t.at);
                self.extra(&e)
            })
            .collect();
        Budget {
            as_of: as_of.unwrap_or_default(),
            cash: cash.unwrap_or_default(),
            monthly_for_debts: monthly.ok(),
            remind_days: remind.ok().unwrap_or(3),
            strategy: strategy.ok(),
            income,
            expenses,
            once,
            extra,
            income_stop: None,
        }
    }

    fn once(&mut self, t: &Tbl) -> Once {
        self.unknown_keys(t, ONCE_KEYS);
        let name = self.req(t, "name", Expected::Name, |r, i| {
            r.string(i, Expected::NameQuoted)
        });
        let date = self.req(t, "date", Expected::Date, |r, i| r.date(i));
        let amount = self.req(t, "amount", Expected::PositiveAmount, |r, i| {
            r.amount(i, true)
        });
        let kind = self.read(t, "kind", |r, i| {
            r.choice(i, &OnceKind::ALL, OnceKind::code)
        });
        Once {
            name: name.unwrap_or_default(),
            date: date.unwrap_or_default(),
            amount: amount.unwrap_or_default(),
            kind: kind.ok().unwrap_or(OnceKind::Income),
        }
    }

    fn extra(&mut self, t: &Tbl) -> Extra {
        self.unknown_keys(t, EXTRA_KEYS);
        let date = self.req(t, "date", Expected::Date, |r, i| r.date(i));
        let amount = self.req(t, "amount", Expected::PositiveAmount, |r, i| {
            r.amount(i, true)
        });
        let debt = self.read(t, "debt", |r, i| r.string(i, Expected::DebtNameQuoted));
        Extra {
            date: date.unwrap_or_default(),
            amount: amount.unwrap_or_default(),
            debt: debt.ok(),
        }
    }

    /// Every extra payment naming a debt names one of the file's (checked once the debts are
    /// read, as a payment's is).
    fn extra_debts(
        &mut self,
        root: &Tbl,
        budget: &Budget,
        names: &HashMap<String, usize>,
        debts: &[Debt],
    ) {
        let Some(Item::Table(b)) = root.get("budget") else {
            return;
        };
        let Some(Item::ArrayOfTables(tables)) = b.get("extra") else {
            return;
        };
        for (i, (table, extra)) in tables.iter().zip(&budget.extra).enumerate() {
            let (Some(item), Some(name)) = (table.get("debt"), extra.debt.as_ref()) else {
                continue;
            };
            if !names.contains_key(name) {
                let key = format!("budget.extra[{i}].debt");
                self.wrong(item, key, debt_list(debts));
            }
        }
    }

    fn flows(&mut self, budget: &Tbl, key: &str) -> Vec<Flow> {
        let mut flows = Vec::new();
        for (i, table) in self.tables(budget, key).into_iter().enumerate() {
            let t = self.sub(table, format!("budget.{key}[{i}]"), budget.at);
            self.unknown_keys(&t, FLOW_KEYS);
            let name = self.req(&t, "name", Expected::Name, |r, i| {
                r.string(i, Expected::NameQuoted)
            });
            let amount = self.req(&t, "amount", Expected::Amount, |r, i| r.amount(i, false));
            let day = self.req(&t, "day", Expected::Day, |r, i| {
                r.int(i, 1, 31, Expected::Day)
            });
            let every = self.read(&t, "every", |r, i| r.choice(i, &Every::ALL, Every::code));
            let month = self.read(&t, "month", |r, i| r.int(i, 1, 12, Expected::Month));
            // A month on a line that repeats monthly would count it twelve times a year.
            let month = match (every, month) {
                (Got::Ok(Every::Year), Got::Absent) => {
                    let expected = Expected::NeededBy(Box::new(Expected::Month), Need::YearlyLine);
                    self.missing(&t, "month", expected);
                    None
                }
                (Got::Ok(Every::Year), month) => month.ok(),
                (Got::Ok(Every::Month) | Got::Absent, Got::Ok(_)) => {
                    if let Some(item) = t.get("month") {
                        self.wrong(item, t.key("month"), Expected::MonthOfYearly);
                    }
                    None
                }
                _ => None,
            };
            flows.push(Flow {
                name: name.unwrap_or_default(),
                amount: amount.unwrap_or_default(),
                day: day.unwrap_or(1),
                month,
            });
        }
        flows
    }

    /// A debt, and its `name` item when the name is good. A `product` fills every key the
    /// file does not write (SPEC §7.1); the keys it filled are listed in `from_product`.
    fn debt<'t>(&mut self, t: &Tbl<'t>) -> (Debt, Option<&'t Item>) {
        self.unknown_keys(t, DEBT_KEYS);
        let name = self.req(t, "name", Expected::NonEmptyName, |r, i| r.name(i));
        let product = self.read(t, "product", |r, i| {
            r.choice(i, &Product::ALL, Product::code)
        });
        // A product that is wrong is the one error: what it would have filled is not missing.
        let bad_product = matches!(product, Got::Bad);
        let product = product.ok();
        let defaults = product.map(Product::defaults);
        let mut filled: Vec<&'static str> = Vec::new();
        let kind = match (t.get("kind"), defaults) {
            (None, Some(d)) => {
                filled.push("kind");
                Some(d.kind)
            }
            (None, None) if bad_product => None,
            _ => self.req(t, "kind", Expected::OneOf(kinds()), |r, i| {
                r.choice(i, &DebtKind::ALL, DebtKind::code)
            }),
        };
        let balance = self.req(t, "balance", Expected::Amount, |r, i| r.amount(i, false));
        let method = self
            .read(t, "method", |r, i| r.choice(i, &Method::ALL, Method::code))
            .ok()
            .unwrap_or(Method::Annuity);
        let flat_fee_loan = kind == Some(DebtKind::Loan) && method == Method::FlatFee;

        let apr = self.read(t, "apr", |r, i| r.rate(i, MAX_RATE));
        let daily = self.read(t, "daily_rate", |r, i| r.rate(i, MAX_RATE));
        let days = Decimal::from(365u32);
        let apr = match (apr, daily) {
            (Got::Ok(a), Got::Absent) => a,
            (Got::Absent, Got::Ok(d)) => d * days,
            (Got::Absent, Got::Absent) => match defaults.and_then(|d| d.daily_rate) {
                Some(d) => {
                    filled.push("daily_rate");
                    d * days
                }
                None => {
                    if !flat_fee_loan && !bad_product {
                        let expected = Expected::OrKey(Box::new(Expected::Rate), "daily_rate");
                        self.missing(t, "apr", expected);
                    }
                    Decimal::ZERO
                }
            },
            (Got::Ok(_), Got::Ok(_)) => {
                self.one_of(t, "apr", "daily_rate");
                Decimal::ZERO
            }
            _ => Decimal::ZERO,
        };

        let minimum = self.read(t, "minimum", |r, i| r.amount(i, false));
        let percent = self.read(t, "minimum_percent", |r, i| r.rate(i, Decimal::ONE_HUNDRED));
        let card = kind == Some(DebtKind::Card);
        let percent = match (percent, defaults.and_then(|d| d.minimum_percent)) {
            (Got::Absent, Some(p)) if card => {
                filled.push("minimum_percent");
                Got::Ok(p)
            }
            (got, _) => got,
        };
        let minimum = match (minimum, defaults) {
            (Got::Absent, Some(d)) if card && matches!(percent, Got::Ok(_)) => {
                filled.push("minimum");
                Got::Ok(d.minimum)
            }
            (got, _) => got,
        };
        if card && !bad_product && matches!(minimum, Got::Absent) && matches!(percent, Got::Absent)
        {
            let expected = Expected::OrKey(Box::new(Expected::Amount), "minimum_percent");
            self.missing(t, "minimum", expected);
        }
        let statement_day = match (
            t.get("statement_day"),
            defaults.and_then(|d| d.statement_day),
        ) {
            (None, Some(day)) => {
                filled.push("statement_day");
                Some(day)
            }
            _ => self
                .read(t, "statement_day", |r, i| r.int(i, 1, 31, Expected::Day))
                .ok(),
        };
        let product_due = defaults.and_then(|d| match (d.due_day, d.due_after_statement) {
            (Some(day), _) => Some(day),
            (None, Some(after)) => statement_day.map(|s| Product::due_day_after(s, after)),
            (None, None) => None,
        });
        let due_day = match (t.get("due_day"), product_due) {
            (None, Some(day)) => {
                filled.push("due_day");
                Some(day)
            }
            (None, None) if bad_product => None,
            _ => self.req(t, "due_day", Expected::Day, |r, i| {
                r.int(i, 1, 31, Expected::Day)
            }),
        };
        let grace = self.read(t, "grace_days", |r, i| r.int(i, 0, 365, Expected::Days));
        let grace = self.or_product(
            grace,
            defaults.map(|d| d.grace_days),
            "grace_days",
            &mut filled,
        );
        let penalty = self.read(t, "penalty_daily_rate", |r, i| r.rate(i, MAX_RATE));
        let multiple = self.read(t, "penalty_rate_multiple", |r, i| r.rate(i, MAX_RATE));
        let (penalty, multiple) = match (penalty, multiple) {
            (Got::Ok(_), Got::Ok(_)) => {
                self.one_of(t, "penalty_daily_rate", "penalty_rate_multiple");
                (None, None)
            }
            (Got::Absent, Got::Absent) => {
                let daily = defaults.and_then(|d| d.penalty_daily_rate);
                let times = defaults.and_then(|d| d.penalty_rate_multiple);
                if daily.is_some() {
                    filled.push("penalty_daily_rate");
                }
                if times.is_some() {
                    filled.push("penalty_rate_multiple");
                }
                (daily, times)
            }
            // One of them written: the file's rule replaces the product's.
            (penalty, multiple) => (penalty.ok(), multiple.ok()),
        };
        let base = self.read(t, "penalty_base", |r, i| {
            r.choice(i, &PenaltyBase::ALL, PenaltyBase::code)
        });
        let base = self.or_product(
            base,
            defaults.map(|d| d.penalty_base),
            "penalty_base",
            &mut filled,
        );
        let interest = self.read(t, "interest", |r, i| {
            r.choice(i, &InterestRule::ALL, InterestRule::code)
        });
        let interest = self.or_product(
            interest,
            defaults.and_then(|d| d.interest).filter(|_| card),
            "interest",
            &mut filled,
        );
        let tolerance = self.read(t, "tolerance", |r, i| r.amount(i, false));
        let tolerance = self.or_product(
            tolerance,
            defaults.map(|d| d.tolerance),
            "tolerance",
            &mut filled,
        );
        let late_percent = self.read(t, "late_fee_percent", |r, i| {
            r.rate(i, Decimal::ONE_HUNDRED)
        });
        let late_percent = self.or_product(
            late_percent,
            defaults.and_then(|d| d.late_fee_percent),
            "late_fee_percent",
            &mut filled,
        );
        let late_min = self.read(t, "late_fee_min", |r, i| r.amount(i, false));
        let late_min = self.or_product(
            late_min,
            defaults.map(|d| d.late_fee_min),
            "late_fee_min",
            &mut filled,
        );
        let suspend = self.read(t, "suspend_days", |r, i| r.int(i, 0, 365, Expected::Days));
        let suspend = self.or_product(
            suspend,
            defaults.and_then(|d| d.suspend_days),
            "suspend_days",
            &mut filled,
        );
        let unbilled = self.read(t, "unbilled", |r, i| r.amount(i, false)).ok();
        let term = self.read(t, "term_months", |r, i| {
            r.int(i, 1, 600, Expected::Months(600))
        });
        if kind == Some(DebtKind::Loan) && matches!(term, Got::Absent) {
            let expected = Expected::NeededBy(Box::new(Expected::Months(600)), Need::Loan);
            self.missing(t, "term_months", expected);
        }
        let fee_rate = self.read(t, "fee_rate", |r, i| r.rate(i, MAX_RATE));
        if flat_fee_loan && matches!(fee_rate, Got::Absent) {
            let expected = Expected::NeededBy(Box::new(Expected::Rate), Need::FlatFeeLoan);
            self.missing(t, "fee_rate", expected);
        }
        let principal = self.read(t, "principal", |r, i| r.amount(i, false));
        let negotiated = match t.get("negotiated") {
            None => None,
            Some(item) => match item.as_table_like() {
                Some(n) => {
                    // A dotted `negotiated.months = 36` has no span of its own: use its key's.
                    let key_at = t.t.key("negotiated").and_then(|k| k.span());
                    let at = item.span().or(key_at).map_or(t.at, |s| s.start);
                    let n = Tbl::new(n, t.key("negotiated"), at);
                    Some(self.negotiated(&n))
                }
                None => {
                    let expected = Expected::Table("debts.negotiated");
                    self.wrong(item, t.key("negotiated"), expected);
                    None
                }
            },
        };
        let adjustments = self.adjustments(t);
        let named = if name.is_some() { t.get("name") } else { None };
        let debt = Debt {
            name: name.unwrap_or_default(),
            kind: kind.unwrap_or(DebtKind::Card),
            balance: balance.unwrap_or_default(),
            apr: Rate::new(apr),
            minimum: minimum.ok().unwrap_or_default(),
            minimum_percent: percent.ok().map(Rate::new),
            due_day: due_day.unwrap_or(1),
            grace_days: grace.unwrap_or(0),
            penalty_daily_rate: penalty.map(Rate::new),
            term_months: term.ok(),
            method,
            fee_rate: fee_rate.ok().map(Rate::new),
            principal: principal.ok(),
            negotiated,
            adjustments,
            product,
            statement_day,
            unbilled: unbilled.unwrap_or_default(),
            interest: interest.unwrap_or(InterestRule::Full),
            tolerance: tolerance.unwrap_or_default(),
            penalty_rate_multiple: multiple,
            penalty_base: base.unwrap_or(PenaltyBase::Due),
            late_fee_percent: late_percent.map(Rate::new),
            late_fee_min: late_min.unwrap_or_default(),
            suspend_days: suspend,
            from_product: filled,
        };
        (debt, named)
    }

    /// The file's value, else the product's (noting that `key` came from it).
    fn or_product<T>(
        &self,
        got: Got<T>,
        product: Option<T>,
        key: &'static str,
        filled: &mut Vec<&'static str>,
    ) -> Option<T> {
        match (got, product) {
            (Got::Absent, Some(v)) => {
                filled.push(key);
                Some(v)
            }
            (got, _) => got.ok(),
        }
    }

    /// Two keys that say the same thing were both written: the later one is the error.
    fn one_of(&mut self, t: &Tbl, first: &'static str, second: &'static str) {
        let (a, b) = (t.get(first), t.get(second));
        let (a_at, b_at) = (a.map(|i| self.offset(i)), b.map(|i| self.offset(i)));
        let (later, key) = if a_at > b_at { (a, first) } else { (b, second) };
        if let Some(item) = later {
            self.wrong(item, t.key(key), Expected::NotBoth(first, second));
        }
    }

    fn adjustments(&mut self, debt: &Tbl) -> Vec<Adjustment> {
        let mut out = Vec::new();
        for (i, table) in self.tables(debt, "adjustments").into_iter().enumerate() {
            let t = self.sub(table, debt.key(&format!("adjustments[{i}]")), debt.at);
            self.unknown_keys(&t, ADJUSTMENT_KEYS);
            let date = self.req(&t, "date", Expected::Date, |r, i| r.date(i));
            let expected = self.req(&t, "expected", Expected::Amount, |r, i| r.amount(i, false));
            let lender = self.req(&t, "lender", Expected::Amount, |r, i| r.amount(i, false));
            out.push(Adjustment {
                date: date.unwrap_or_default(),
                expected: expected.unwrap_or_default(),
                lender: lender.unwrap_or_default(),
            });
        }
        out
    }

    fn negotiated(&mut self, t: &Tbl) -> Negotiated {
        self.unknown_keys(t, NEGOTIATED_KEYS);
        let months = self.req(t, "months", Expected::Months(60), |r, i| {
            r.int(i, 1, 60, Expected::Months(60))
        });
        let apr = self.read(t, "apr", |r, i| r.rate(i, MAX_RATE)).ok();
        let fee = self.read(t, "fee", |r, i| r.amount(i, false)).ok();
        let down = self.read(t, "down_payment", |r, i| r.amount(i, false)).ok();
        Negotiated {
            months: months.unwrap_or(1),
            apr: Rate::new(apr.unwrap_or_default()),
            fee: fee.unwrap_or_default(),
            down_payment: down.unwrap_or_default(),
        }
    }

    fn payment(&mut self, t: &Tbl) -> Payment {
        self.unknown_keys(t, PAYMENT_KEYS);
        let debt = self.req(t, "debt", Expected::DebtName, |r, i| {
            r.string(i, Expected::DebtNameQuoted)
        });
        let date = self.req(t, "date", Expected::Date, |r, i| r.date(i));
        let amount = self.req(t, "amount", Expected::PositiveAmount, |r, i| {
            r.amount(i, true)
        });
        Payment {
            debt: debt.unwrap_or_default(),
            date: date.unwrap_or_default(),
            amount: amount.unwrap_or_default(),
        }
    }
}

/// The name of a debt, as a message lists them: the first few, and how many more.
fn debt_list(debts: &[Debt]) -> Expected {
    const SHOWN: usize = 5;
    Expected::DebtNameOf {
        names: debts.iter().take(SHOWN).map(|d| d.name.clone()).collect(),
        more: debts.len().saturating_sub(SHOWN),
    }
}

/// The kinds of debt, as a message lists them.
fn kinds() -> Vec<&'static str> {
    DebtKind::ALL.iter().map(|k| k.code()).collect()
}

fn empty_budget() -> Budget {
    Data::empty(NaiveDate::default()).budget
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn ok(text: &str) -> Loaded {
        match load("payoff.toml", text) {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        }
    }

    fn err(text: &str) -> String {
        match load("payoff.toml", text) {
            Ok(_) => panic!("loaded: {text}"),
            Err(e) => e.to_string(),
        }
    }

    const HEAD: &str = "version = 1\n[budget]\nas_of = 2026-11-01\n";

    fn card(fields: &str) -> String {
        format!(
            "{HEAD}[[debts]]\nname = \"A\"\nkind = \"card\"\nbalance = 100\ndue_day = 9\n{fields}"
        )
    }

    /// A debt of `product` with the given keys, and nothing else.
    fn product(product: &str, fields: &str) -> Debt {
        let text = format!(
            "{HEAD}[[debts]]\nname = \"A\"\nproduct = \"{product}\"\nbalance = 100\n{fields}"
        );
        ok(&text).data.debts.remove(0)
    }

    #[test]
    fn a_product_fills_what_the_file_does_not_write() {
        let huabei = product("huabei", "");
        assert_eq!(huabei.kind, DebtKind::Card);
        assert_eq!((huabei.statement_day, huabei.due_day), (Some(1), 10));
        assert_eq!(huabei.apr, Rate::new(dec!(18.25)));
        assert_eq!(huabei.minimum_percent, Some(Rate::new(dec!(10))));
        assert_eq!(huabei.interest, InterestRule::Unpaid);
        assert_eq!(huabei.penalty_base, PenaltyBase::Bill);
        assert_eq!(huabei.suspend_days, Some(7));
        assert!(huabei.from_product.contains(&"due_day"));
        assert!(huabei.from_product.contains(&"daily_rate"));
        let card = product("bank_card", "statement_day = 5\ndue_day = 25\n");
        assert_eq!((card.grace_days, card.tolerance), (3, dec!(10)));
        assert_eq!((card.minimum, card.late_fee_min), (dec!(100), dec!(10)));
        assert_eq!(card.late_fee_percent, Some(Rate::new(dec!(5))));
        assert_eq!(card.interest, InterestRule::Full);
        assert!(!card.from_product.contains(&"statement_day"));
        assert!(!card.from_product.contains(&"due_day"));
        let baitiao = product("baitiao", "statement_day = 25\n");
        assert_eq!(baitiao.due_day, 4);
        let jiebei = product("jiebei", "apr = 10.95\nterm_months = 12\ndue_day = 8\n");
        assert_eq!(jiebei.kind, DebtKind::Loan);
        assert_eq!(jiebei.penalty_rate_multiple, Some(dec!(1.5)));
        assert_eq!(jiebei.penalty_daily_rate, None);
        assert_eq!(jiebei.penalty_base, PenaltyBase::Principal);
    }

    #[test]
    fn a_product_debt_is_what_the_loader_reads() {
        // `Product::debt` (what the app's form starts from) fills the keys as the loader does.
        for p in Product::ALL {
            let cycle = matches!(p, Product::BankCard | Product::Baitiao).then_some(21);
            let mut expected = p.debt("A", cycle);
            expected.balance = dec!(100);
            let mut fields = String::new();
            if let Some(day) = cycle {
                fields.push_str(&format!("statement_day = {day}\n"));
            }
            if p == Product::BankCard {
                fields.push_str("due_day = 11\n");
                expected.due_day = 11;
            }
            if p.defaults().kind == DebtKind::Loan {
                fields.push_str("apr = 10.95\nterm_months = 12\ndue_day = 8\n");
                expected.apr = Rate::new(dec!(10.95));
                expected.term_months = Some(12);
                expected.due_day = 8;
            }
            assert_eq!(product(p.code(), &fields), expected, "{p:?}");
        }
    }

    #[test]
    fn the_file_wins_over_the_product() {
        let card = product(
            "bank_card",
            "due_day = 25\napr = 12\ngrace_days = 0\ntolerance = 0\ninterest = \"unpaid\"\n\
             penalty_base = \"due\"\nlate_fee_min = 0\nminimum_percent = 5\n",
        );
        assert_eq!(card.apr, Rate::new(dec!(12)));
        assert_eq!((card.grace_days, card.tolerance), (0, dec!(0)));
        assert_eq!(card.interest, InterestRule::Unpaid);
        assert_eq!(card.penalty_base, PenaltyBase::Due);
        assert_eq!(card.late_fee_min, dec!(0));
        assert_eq!(card.minimum_percent, Some(Rate::new(dec!(5))));
        for key in [
            "grace_days",
            "tolerance",
            "interest",
            "penalty_base",
            "minimum_percent",
        ] {
            assert!(!card.from_product.contains(&key), "{key}");
        }
        // A written penalty rate replaces the product's multiple of the contract rate.
        let loan = product(
            "jiebei",
            "apr = 10.95\nterm_months = 12\ndue_day = 8\npenalty_daily_rate = 0.05\n",
        );
        assert_eq!(loan.penalty_daily_rate, Some(Rate::new(dec!(0.05))));
        assert_eq!(loan.penalty_rate_multiple, None);
    }

    #[test]
    fn no_product_no_change() {
        // A debt without any §7 key is read exactly as before.
        let d = ok(&card("apr = 18\nminimum = 50\n")).data.debts.remove(0);
        let plain = Debt::card("A", dec!(100), dec!(18), dec!(50), 9);
        assert_eq!(d, plain);
        assert!(d.from_product.is_empty());
    }

    #[test]
    fn numbers_are_read_exactly() {
        let l = ok(&card("apr = 18\nminimum = 1234.56\n"));
        assert_eq!(l.data.debts[0].minimum, dec!(1234.56));
        assert_eq!(l.data.debts[0].minimum.to_string(), "1234.56");
        let l = ok(&card("apr = 18\nminimum = \"1234.56\"\n"));
        assert_eq!(l.data.debts[0].minimum.to_string(), "1234.56");
        let l = ok(&card("apr = 0.1\nminimum = 1200\n"));
        assert_eq!(l.data.debts[0].minimum, dec!(1200));
        assert_eq!(l.data.debts[0].apr.percent().to_string(), "0.1");
        let l = ok(&card("apr = 1_0.95\nminimum = 1.2e2\n"));
        assert_eq!(l.data.debts[0].apr.percent(), dec!(10.95));
        assert_eq!(l.data.debts[0].minimum, dec!(120));
    }

    #[test]
    fn daily_rate_is_365_times() {
        let l = ok(&card("daily_rate = 0.05\nminimum = 10\n"));
        assert_eq!(l.data.debts[0].apr.percent(), dec!(18.25));
        let l = ok(&card("daily_rate = \"0.035\"\nminimum = 10\n"));
        assert_eq!(l.data.debts[0].apr.percent(), dec!(12.775));
    }

    #[test]
    fn defaults() {
        let l = ok(&card("apr = 18\nminimum_percent = 10\n"));
        let d = &l.data;
        assert_eq!(d.version, 1);
        assert_eq!(d.currency, "¥");
        assert_eq!(d.language, None);
        assert_eq!(d.budget.cash, Decimal::ZERO);
        assert_eq!(d.budget.remind_days, 3);
        assert_eq!(d.budget.monthly_for_debts, None);
        let debt = &d.debts[0];
        assert_eq!(debt.minimum, Decimal::ZERO);
        assert_eq!(debt.minimum_percent, Some(Rate::new(dec!(10))));
        assert_eq!(debt.grace_days, 0);
        assert_eq!(debt.method, Method::Annuity);
        let neg = ok(&card(
            "apr = 18\nminimum = 5\n[debts.negotiated]\nmonths = 12\n",
        ));
        let n = neg.data.debts[0].negotiated.clone();
        assert_eq!(
            n,
            Some(Negotiated {
                months: 12,
                apr: Rate::ZERO,
                fee: Decimal::ZERO,
                down_payment: Decimal::ZERO
            })
        );
        let flat = format!(
            "{HEAD}[[debts]]\nname = \"L\"\nkind = \"loan\"\nbalance = 12000\ndue_day = 9\n\
             term_months = 12\nmethod = \"flat_fee\"\nfee_rate = 0.6\n"
        );
        assert_eq!(ok(&flat).data.debts[0].apr, Rate::ZERO);
    }

    #[test]
    fn typos_are_noticed() {
        let l = ok(&card(
            "apr = 18\nminimum = 5\nminimun = 6\ncolour = \"red\"\n",
        ));
        let shown: Vec<String> = l.notices.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "payoff.toml:11:1: debts[0].minimun: unknown key, did you mean \"minimum\"?",
                "payoff.toml:12:1: debts[0].colour: unknown key (kept as is)",
            ]
        );
        let l = ok(&format!("{HEAD}remind-days = 4\n\"odd key\" = 1\n"));
        let shown: Vec<String> = l.notices.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "payoff.toml:4:1: budget.remind-days: unknown key, did you mean \"remind_days\"?",
                "payoff.toml:5:1: budget.\"odd key\": unknown key (kept as is)",
            ]
        );
    }

    #[test]
    fn errors_name_the_place_and_the_value() {
        assert_eq!(
            err(&card("apr = -3\nminimum = 5\n")),
            "payoff.toml:9:7: debts[0].apr: expected a rate >= 0, found \"-3\""
        );
        assert_eq!(
            err(&card("apr = 3\nminimum = 5.125\n")),
            "payoff.toml:10:11: debts[0].minimum: expected an amount with at most 2 decimals, \
             found \"5.125\""
        );
        assert_eq!(
            err("a = \n"),
            "payoff.toml:1:5: invalid TOML: string values must be quoted, expected literal string"
        );
        assert_eq!(
            err(&card("apr = 3\nminimum = 5\nnegotiated.fee = 10\n")),
            "payoff.toml:11:1: debts[0].negotiated.months: missing key, expected a number of \
             months 1-60"
        );
        // The first problem by position wins, whatever order they were found in.
        assert_eq!(
            err("[[payments]]\ndebt = 3\ndate = 2026-11-01\namount = 5\n[budget]\n"),
            "payoff.toml:2:8: payments[0].debt: expected the name of a debt, in quotes, found \"3\""
        );
        // The version comes first: a newer file's other keys may mean anything.
        assert_eq!(
            err("[budget]\ncash = -1\n[[debts]]\nname = 7\n[x]\n\n"),
            "payoff.toml:1:1: budget.as_of: missing key, expected a date like 2026-11-01"
        );
        assert_eq!(
            err("[budget]\ncash = -1\n[[debts]]\nname = 7\n[x]\n\n"
                .replace("[x]", "")
                .replace("[budget]", "version = 3\n[budget]")
                .as_str()),
            "payoff.toml:1:11: version: this payoff reads version 1 files, found 3"
        );
    }

    #[test]
    fn found_values_are_quoted_short_and_escaped() {
        let long = format!(
            "{HEAD}[[debts]]\nkind = \"{}\"\nname = \"A\"\nbalance = 1\napr = 1\ndue_day = 1\n",
            "卡".repeat(100)
        );
        assert_eq!(
            err(&long),
            format!(
                "payoff.toml:5:8: debts[0].kind: expected \"card\" or \"loan\", found \"{}…\" \
                 (100 characters)",
                "卡".repeat(60)
            )
        );
        assert_eq!(
            err(&card(&format!(
                "apr = \"{}\"\nminimum = 5\n",
                "债".repeat(5000)
            ))),
            format!(
                "payoff.toml:9:7: debts[0].apr: expected a rate like 18.25, found \"{}…\" \
                 (5000 characters)",
                "债".repeat(60)
            )
        );
        assert_eq!(
            err(&card("apr = 1\nminimum = \"\\u001b]0;pwned\\u0007\"\n")),
            "payoff.toml:10:11: debts[0].minimum: expected an amount like 1234.56, found \
             \"\\u{1b}]0;pwned\\u{7}\""
        );
    }
}
