//! `payoff plan`: one strategy, month by month.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::table::{Align, Table};
use chrono::NaiveDate;

use super::{Outcome, parse_amount, parse_date, print_notices, strategy_name};
use crate::engine::{self, Params, Plan, Strategy};
use crate::i18n::{Msg, t};
use crate::ledger::Ledger;
use crate::model::Language;
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
        PlanFormat::Json => {
            let why = args.explain.then_some(why.as_slice());
            super::out_with(|out| write_json(&plan, why, out))?;
            Ok(ExitCode::SUCCESS)
        }
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

/// A plan as SPEC §5 pins it, without its schedule: `compare` prints it so, and `plan`
/// writes the schedule after it ([`write_json`]).
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

pub fn json(plan: &Plan) -> Json<'_> {
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
    }
}

/// `plan --format json`: [`Json`] as serde_json writes it (pretty), then its `schedule`, in
/// the same layout, written as each month is read from the plan. The schedule is most of the
/// output (50 debts over 25 years: 45,000 keyed figures and dates, 1.45 MB), and serde_json
/// would escape each debt's name again for every one of them: here each name is escaped once,
/// by serde_json, and the figures and dates (digits, `.` and `-`: nothing to escape) go
/// straight into the buffer. `why`, with `--explain`: each month's line, escaped by
/// serde_json. That the text is serde_json's own pretty layout of what it holds is a test
/// (`the_schedule_is_serde_jsons_pretty_layout`).
fn write_json(plan: &Plan, why: Option<&[String]>, out: &mut impl Write) -> io::Result<()> {
    let head = serde_json::to_vec_pretty(&json(plan))?;
    // The head is an object, closed by "\n}": the schedule goes before its end.
    out.write_all(head.strip_suffix(b"\n}").unwrap_or(&head))?;
    out.write_all(b",\n  \"schedule\": [")?;
    // Each debt's key as it starts its line in a month's map: the indent, the escaped name
    // and the colon.
    let keys = plan
        .debts
        .iter()
        .map(|d| {
            let mut key = b"        ".to_vec();
            serde_json::to_writer(&mut key, &d.name)?;
            key.extend_from_slice(b": ");
            Ok(key)
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    for m in 1..=plan.months {
        let days = plan.dates(m);
        out.write_all(if m == 1 { b"\n    {" } else { b",\n    {" })?;
        write!(
            out,
            "\n      \"index\": {m},\n      \"month\": \"{}\",\n      \"date\": ",
            plan.month(m)
        )?;
        write_day(out, plan.month_date_of(m, &days))?;
        out.write_all(b",\n      \"payments\": ")?;
        write_map(out, &keys, |out, i| {
            PlainCents(plan.payment_cents(m, i)).with_json(|text| out.write_all(text))
        })?;
        out.write_all(b",\n      \"dates\": ")?;
        write_map(out, &keys, |out, i| {
            write_day(out, days.get(i).copied().unwrap_or(NaiveDate::MAX))
        })?;
        out.write_all(b",\n      \"balances\": ")?;
        write_map(out, &keys, |out, i| {
            PlainCents(plan.balance_cents(m, i)).with_json(|text| out.write_all(text))
        })?;
        out.write_all(b",\n      \"total_owed\": ")?;
        PlainCents(plan.total_owed_cents(m)).with_json(|text| out.write_all(text))?;
        if let Some(line) = why.and_then(|why| why.get(m as usize - 1)) {
            out.write_all(b",\n      \"explain\": ")?;
            serde_json::to_writer(&mut *out, line)?;
        }
        out.write_all(b"\n    }")?;
    }
    out.write_all(match plan.months {
        0 => b"]\n}\n",
        _ => b"\n  ]\n}\n",
    })
}

/// A month's map of one value a debt, as serde_json writes it pretty (`{}` when empty).
fn write_map<W: Write>(
    out: &mut W,
    keys: &[Vec<u8>],
    mut value: impl FnMut(&mut W, usize) -> io::Result<()>,
) -> io::Result<()> {
    out.write_all(b"{")?;
    for (i, key) in keys.iter().enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        out.write_all(key)?;
        value(out, i)?;
    }
    out.write_all(if keys.is_empty() { b"}" } else { b"\n      }" })
}

/// A day as a JSON string of chrono's text (`"2026-11-03"`), made on the stack for years 0
/// to 9999.
fn write_day(out: &mut impl Write, day: NaiveDate) -> io::Result<()> {
    use chrono::Datelike;
    let Some(year) = u32::try_from(day.year()).ok().filter(|&y| y <= 9999) else {
        return write!(out, "\"{day}\"");
    };
    let mut text = *b"\"0000-00-00\"";
    for (at, value, width) in [(1, year, 4), (6, day.month(), 2), (9, day.day(), 2)] {
        let mut v = value;
        for b in text[at..at + width].iter_mut().rev() {
            *b = b'0' + (v % 10) as u8;
            v /= 10;
        }
    }
    out.write_all(&text)
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
    use super::{write_day, write_json};
    use crate::engine::{self, Params, Strategy};
    use crate::ledger::Ledger;
    use crate::model::Debt;
    use chrono::NaiveDate;
    use rust_decimal::dec;

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
            let mut out = Vec::new();
            assert!(write_day(&mut out, day).is_ok());
            assert_eq!(
                String::from_utf8(out).ok(),
                Some(format!("\"{day}\"")),
                "{day:?}"
            );
        }
    }

    /// What serde_json's pretty printer makes of the same JSON (its maps keep their order).
    fn as_serde_writes_it(text: &str) -> String {
        let value: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
        serde_json::to_string_pretty(&value).expect("serializable") + "\n"
    }

    #[test]
    fn the_schedule_is_serde_jsons_pretty_layout() {
        // Names that need escaping (a quote, a backslash, a tab, a control character), one
        // past the basic plane; one debt; nothing owed; no debts at all.
        let ledger = Ledger::none(NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date"));
        let households = [
            vec![
                Debt::card(
                    "Card \"A\" \\ 花呗\t\u{1}😀",
                    dec!(900),
                    dec!(18),
                    dec!(30),
                    31,
                ),
                Debt::card("B", dec!(2000), dec!(24), dec!(50), 5),
            ],
            vec![Debt::card("One", dec!(120), dec!(12), dec!(20), 15)],
            vec![Debt::card("Zero", dec!(0), dec!(18), dec!(0), 1)],
            vec![],
        ];
        let why = ["Line \"one\"\n\u{7}".to_string(), "两".to_string()];
        for debts in households {
            let params = Params {
                strategy: Strategy::Avalanche,
                budget: dec!(400),
                ledger: &ledger,
                keep_schedule: true,
            };
            let plan = engine::plan(&debts, params).expect("a plan");
            for why in [None, Some(&why[..])] {
                let mut out = Vec::new();
                assert!(write_json(&plan, why, &mut out).is_ok());
                let text = String::from_utf8(out).expect("UTF-8");
                assert_eq!(text, as_serde_writes_it(&text), "{debts:?}");
                let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                let rows = value["schedule"].as_array().map_or(0, Vec::len);
                assert_eq!(rows, plan.months as usize, "{debts:?}");
                if let Some(first) = debts.first().filter(|_| plan.months > 0) {
                    let month = &value["schedule"][0];
                    assert!(month["payments"][&first.name].is_string(), "{text}");
                    assert!(month["dates"][&first.name].is_string(), "{text}");
                    assert!(month["balances"][&first.name].is_string(), "{text}");
                    let explain = why.map(|why| why[0].as_str());
                    assert_eq!(month["explain"].as_str(), explain, "{text}");
                }
            }
        }
    }
}
