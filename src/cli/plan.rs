//! `payoff plan`: one strategy, month by month.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::table::{Align, Table};
use chrono::NaiveDate;

use super::{Outcome, parse_amount, parse_date, print_json, print_notices, strategy_name};
use crate::engine::{self, Params, Plan, Strategy};
use crate::i18n::{Msg, t};
use crate::ledger::Ledger;
use crate::model::{Language, YearMonth};
use crate::money::{Money, Plain, PlainCents, display, plain};
use crate::present::{explain, shown};
use crate::store::{Store, quote};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// avalanche, snowball, custom, minimum or negotiated [default: the file's strategy, else
    /// avalanche]
    #[arg(short, long, value_parser = parse_strategy)]
    pub strategy: Option<Strategy>,
    /// The total a month for all debts [default: the file's monthly_for_debts, else income - expenses]
    #[arg(short, long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub budget: Option<Money>,
    /// Plan from what the log says happened up to this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
    /// With --format csv: start with a UTF-8 byte-order mark, so that Excel and WPS (on a
    /// Chinese Windows, say) read names such as 花呗 right
    #[arg(long)]
    pub bom: bool,
    /// Say, month by month, why the money goes where it goes ("Huabei first: 18.25 % costs
    /// most; CMB Card gets its minimum"): a line under each month of the table, an `explain`
    /// string in each JSON schedule month, an `explain` column in CSV; in the file's language
    /// (else $LANG's)
    #[arg(long)]
    pub explain: bool,
}

/// The UTF-8 byte-order mark `--bom` puts first.
const BOM: char = '\u{feff}';

/// `plan` also writes CSV, for spreadsheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanFormat {
    Table,
    Json,
    Csv,
}

pub fn parse_strategy(s: &str) -> Result<Strategy, String> {
    Strategy::parse(s).ok_or_else(|| {
        let all: Vec<_> = Strategy::ALL.iter().map(|s| s.code()).collect();
        format!("expected one of {}, found {}", all.join(", "), quote(s))
    })
}

/// The file's plan parameters on `ledger` with the command line's overrides.
pub fn params<'a>(
    store: &Store,
    strategy: Strategy,
    budget: Option<Money>,
    ledger: &'a Ledger,
) -> Params<'a> {
    let mut p = Params::of(store.data(), strategy, ledger);
    if let Some(b) = budget {
        p.budget = b;
    }
    p
}

pub fn run(store: &Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    if args.bom && args.format != PlanFormat::Csv {
        return Err(super::Failure(t(lang, Msg::CliBomNeedsCsv).to_string()));
    }
    print_notices(store);
    let ledger = Ledger::new(store.data(), args.today.unwrap_or(today));
    let strategy = args.strategy.unwrap_or(store.data().budget.strategy());
    let mut p = params(store, strategy, args.budget, &ledger);
    // The table shows each month's totals only: no schedule is kept for it, unless it says
    // why each month pays as it does (that reads the schedule).
    p.keep_schedule = args.format != PlanFormat::Table || args.explain;
    let plan = engine::plan(&store.data().debts, p)?;
    let currency = &store.data().currency;
    let why = match args.explain {
        true => explain::lines(lang, &plan, &store.data().debts, &ledger, &|m| {
            display(m, currency)
        }),
        false => Vec::new(),
    };
    match args.format {
        PlanFormat::Json if args.explain => print_json(&json(&plan, true).explained(&why)),
        PlanFormat::Json => print_json(&json(&plan, true)),
        PlanFormat::Csv => {
            super::out_with(|out| {
                if args.bom {
                    write!(out, "{BOM}")?;
                }
                csv(&plan, out, args.explain.then_some(why.as_slice()))
            })?;
            Ok(ExitCode::SUCCESS)
        }
        PlanFormat::Table => {
            let mut text = table(&plan, currency, lang);
            if args.explain {
                text = explained(&text, &why);
            }
            out!("{text}")?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The plan's table with each month's line of why under its row: the schedule is the table's
/// last, one row a month after its header.
fn explained(table: &str, why: &[String]) -> String {
    let lines: Vec<&str> = table.lines().collect();
    let rows = lines.len().saturating_sub(why.len());
    let mut out = String::with_capacity(table.len() * 2);
    for (k, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        if let Some(why) = k.checked_sub(rows).and_then(|m| why.get(m)) {
            out.push_str("    ");
            out.push_str(why);
            out.push('\n');
        }
    }
    out
}

/// A plan as SPEC §5 pins it; `schedule` only when asked for (`compare` leaves it out).
/// Written straight from the plan as it is serialized: no copy of the schedule is built.
#[derive(Serialize)]
pub struct Json<'a> {
    strategy: &'static str,
    monthly_budget: String,
    start: String,
    months: u32,
    debt_free: String,
    debt_free_date: String,
    total_interest: String,
    total_fees: String,
    total_paid: String,
    debts: Vec<DebtJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<Schedule<'a>>,
}

impl<'a> Json<'a> {
    /// The plan with each schedule month's line of why (`plan --explain`) as its `explain`.
    fn explained(mut self, why: &'a [String]) -> Json<'a> {
        if let Some(schedule) = &mut self.schedule {
            schedule.explain = Some(why);
        }
        self
    }
}

#[derive(Serialize)]
struct DebtJson<'a> {
    name: &'a str,
    payoff_month: String,
    payoff_date: String,
    months: u32,
    interest: String,
    fees: String,
    paid: String,
}

pub fn json(plan: &Plan, with_schedule: bool) -> Json<'_> {
    let debts = plan
        .debts
        .iter()
        .enumerate()
        .map(|(i, d)| DebtJson {
            name: &d.name,
            payoff_month: plan.payoff(i).to_string(),
            payoff_date: plan.payoff_date(i).to_string(),
            months: d.payoff_month,
            interest: plain(d.interest),
            fees: plain(d.fees),
            paid: plain(d.paid),
        })
        .collect();
    Json {
        strategy: plan.strategy.code(),
        monthly_budget: plain(plan.monthly_budget),
        start: plan.start.to_string(),
        months: plan.months,
        debt_free: plan.debt_free().to_string(),
        debt_free_date: plan.debt_free_date().to_string(),
        total_interest: plain(plan.total_interest),
        total_fees: plain(plan.total_fees),
        total_paid: plain(plan.total_paid),
        debts,
        schedule: with_schedule.then_some(Schedule {
            plan,
            explain: None,
        }),
    }
}

/// The month-by-month rows, each made as it is written.
struct Schedule<'a> {
    plan: &'a Plan,
    /// Each month's line of why, with `--explain`.
    explain: Option<&'a [String]>,
}

impl Serialize for Schedule<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let plan = self.plan;
        let by_debt = |m: u32, cell: Cell| ByDebt { plan, m, cell };
        serializer.collect_seq((1..=plan.months).map(|m| {
            let days = plan.dates(m);
            Row {
                index: m,
                month: Shown(plan.month(m)),
                date: Day(plan.month_date_of(m, &days)),
                payments: by_debt(m, Cell::Payment),
                dates: Dates { plan, days },
                balances: by_debt(m, Cell::Balance),
                total_owed: Plain(plan.total_owed(m)),
                explain: (self.explain)
                    .and_then(|why| why.get(m as usize - 1))
                    .map(String::as_str),
            }
        }))
    }
}

#[derive(Serialize)]
struct Row<'a> {
    index: u32,
    month: Shown<YearMonth>,
    date: Day,
    payments: ByDebt<'a>,
    dates: Dates<'a>,
    balances: ByDebt<'a>,
    total_owed: Plain,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<&'a str>,
}

#[derive(Clone, Copy)]
enum Cell {
    Payment,
    Balance,
}

/// One figure of every debt in month `m`, keyed by the debt's name (names are unique: the
/// loader sees to it).
struct ByDebt<'a> {
    plan: &'a Plan,
    m: u32,
    cell: Cell,
}

impl Serialize for ByDebt<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (plan, m) = (self.plan, self.m);
        let mut map = serializer.serialize_map(Some(plan.debts.len()))?;
        for (i, d) in plan.debts.iter().enumerate() {
            let figure = match self.cell {
                Cell::Payment => plan.payment_cents(m, i),
                Cell::Balance => plan.balance_cents(m, i),
            };
            map.serialize_entry(&d.name, &PlainCents(figure))?;
        }
        map.end()
    }
}

/// Every debt's due date in one month, keyed by the debt's name.
struct Dates<'a> {
    plan: &'a Plan,
    days: Vec<NaiveDate>,
}

impl Serialize for Dates<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.days.len()))?;
        for (d, &day) in self.plan.debts.iter().zip(&self.days) {
            map.serialize_entry(&d.name, &Day(day))?;
        }
        map.end()
    }
}

impl Serialize for Plain {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.with_str(|s| serializer.serialize_str(s))
    }
}

impl Serialize for PlainCents {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.with_str(|s| serializer.serialize_str(s))
    }
}

/// A value written as a JSON string through its `Display`, with no string made first.
struct Shown<T>(T);

impl<T: fmt::Display> Serialize for Shown<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// A day as chrono writes it (`2026-11-03`), made on the stack for years 0 to 9999: a JSON
/// schedule writes tens of thousands of them.
struct Day(NaiveDate);

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use chrono::Datelike;
        let day = self.0;
        let Ok(year) = u32::try_from(day.year()) else {
            return serializer.collect_str(&day);
        };
        if year > 9999 {
            return serializer.collect_str(&day);
        }
        let mut text = *b"0000-00-00";
        for (at, value, width) in [(0, year, 4), (5, day.month(), 2), (8, day.day(), 2)] {
            let mut v = value;
            for b in text[at..at + width].iter_mut().rev() {
                *b = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
        // Only ASCII digits and '-' were written.
        serializer.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
    }
}

/// A summary, the debts, and the month-by-month totals.
fn table(plan: &Plan, currency: &str, lang: Language) -> String {
    let money = |m: Money| display(m, currency);
    let head = |m: Msg| t(lang, m);
    let mut out = t(
        lang,
        Msg::CliPlanHead {
            strategy: &strategy_name(lang, plan.strategy),
            budget: &money(plan.monthly_budget),
            start: plan.start,
        },
    )
    .into_owned();
    out.push('\n');
    out.push_str(&t(
        lang,
        Msg::CliPlanSummary {
            debt_free: plan.debt_free(),
            months: plan.months,
            interest: &money(plan.total_interest),
            paid: &money(plan.total_paid),
        },
    ));
    out.push_str("\n\n");
    let mut debts = Table::new(
        &[
            &head(Msg::CliColDebt),
            &head(Msg::CliColPaidOff),
            &head(Msg::CliColMonths),
            &head(Msg::CliColInterest),
            &head(Msg::CliColPaid),
        ],
        &[
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
    );
    for (i, d) in plan.debts.iter().enumerate() {
        debts.row(vec![
            shown(&d.name).into_owned(),
            plan.payoff(i).to_string(),
            d.payoff_month.to_string(),
            money(d.interest),
            money(d.paid),
        ]);
    }
    out.push_str(&debts.render());
    out.push('\n');
    let mut months = Table::new(
        &[
            &head(Msg::CliColMonth),
            &head(Msg::CliColPaid),
            &head(Msg::CliColOwedAfter),
            &head(Msg::CliColPaidOff),
        ],
        &[Align::Left, Align::Right, Align::Right, Align::Left],
    );
    for m in 1..=plan.months {
        let paid = plan.paid_in(m);
        let done: Vec<_> = plan
            .debts
            .iter()
            .filter(|d| d.payoff_month == m)
            .map(|d| shown(&d.name))
            .collect();
        months.row(vec![
            plan.month(m).to_string(),
            money(paid),
            money(plan.total_owed(m)),
            done.join(", "),
        ]);
    }
    out.push_str(&months.render());
    out
}

/// One row a month: totals, then each debt's payment and balance (for spreadsheets), each
/// row written as it is made.
fn csv(plan: &Plan, out: &mut dyn Write, why: Option<&[String]>) -> io::Result<()> {
    out.write_all(b"month,date,paid,owed")?;
    for d in &plan.debts {
        let name = shown(&d.name);
        write!(
            out,
            ",{},{}",
            csv_field(&format!("{name} payment")),
            csv_field(&format!("{name} balance"))
        )?;
    }
    if why.is_some() {
        out.write_all(b",explain")?;
    }
    out.write_all(b"\n")?;
    for m in 1..=plan.months {
        let paid = plan.paid_in(m);
        write!(
            out,
            "{},{},{},{}",
            plan.month(m),
            plan.month_date(m),
            Plain(paid),
            Plain(plan.total_owed(m))
        )?;
        for i in 0..plan.debts.len() {
            write!(
                out,
                ",{},{}",
                PlainCents(plan.payment_cents(m, i)),
                PlainCents(plan.balance_cents(m, i))
            )?;
        }
        if let Some(line) = why.and_then(|why| why.get(m as usize - 1)) {
            write!(out, ",{}", csv_field(line))?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// RFC 4180 quoting where a field needs it.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::Day;
    use chrono::NaiveDate;

    #[test]
    fn a_day_is_written_as_chrono_writes_it() {
        let days = [
            (2026, 11, 3),
            (1, 1, 1),
            (0, 2, 29),
            (999, 12, 31),
            (9999, 12, 31),
        ];
        let mut all: Vec<NaiveDate> = days
            .iter()
            .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .collect();
        assert_eq!(all.len(), days.len());
        all.extend([NaiveDate::MAX, NaiveDate::MIN]);
        all.extend(NaiveDate::from_ymd_opt(10_000, 1, 1));
        all.extend(NaiveDate::from_ymd_opt(-1, 6, 15));
        for day in all {
            let json = serde_json::to_string(&Day(day)).ok();
            assert_eq!(json, Some(format!("\"{day}\"")), "{day:?}");
        }
    }
}
