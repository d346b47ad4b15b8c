//! `payoff plan`: one strategy, month by month.

use std::process::ExitCode;

use serde_json::{Map, Value, json};

use super::table::{Align, Table};
use chrono::NaiveDate;

use super::{Outcome, parse_amount, parse_date, print_json, print_notices, strategy_name};
use crate::engine::{self, Params, Plan, Strategy};
use crate::i18n::{Msg, t, tf};
use crate::ledger::Ledger;
use crate::model::Language;
use crate::money::{Money, display, plain};
use crate::present::shown;
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
    let p = params(store, strategy, args.budget, &ledger);
    let plan = engine::plan(&store.data().debts, p)?;
    match args.format {
        PlanFormat::Json => print_json(&json(&plan, true)),
        PlanFormat::Csv => {
            let bom = if args.bom {
                BOM.to_string()
            } else {
                String::new()
            };
            out!("{bom}{}", csv(&plan))?;
            Ok(ExitCode::SUCCESS)
        }
        PlanFormat::Table => {
            out!("{}", table(&plan, &store.data().currency, lang))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A plan as SPEC §5 pins it; `schedule` only when asked for (`compare` leaves it out).
pub fn json(plan: &Plan, with_schedule: bool) -> Value {
    let debts: Vec<Value> = plan
        .debts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            json!({
                "name": d.name,
                "payoff_month": plan.payoff(i).to_string(),
                "payoff_date": plan.payoff_date(i).to_string(),
                "months": d.payoff_month,
                "interest": plain(d.interest),
                "fees": plain(d.fees),
                "paid": plain(d.paid),
            })
        })
        .collect();
    let mut v = json!({
        "strategy": plan.strategy.code(),
        "monthly_budget": plain(plan.monthly_budget),
        "start": plan.start.to_string(),
        "months": plan.months,
        "debt_free": plan.debt_free().to_string(),
        "debt_free_date": plan.debt_free_date().to_string(),
        "total_interest": plain(plan.total_interest),
        "total_fees": plain(plan.total_fees),
        "total_paid": plain(plan.total_paid),
        "debts": debts,
    });
    if with_schedule {
        let rows: Vec<Value> = (1..=plan.months)
            .map(|m| {
                let by_debt = |f: &dyn Fn(usize) -> Money| {
                    let mut map = Map::new();
                    for (i, d) in plan.debts.iter().enumerate() {
                        map.insert(d.name.clone(), Value::from(plain(f(i))));
                    }
                    Value::Object(map)
                };
                let mut dates = Map::new();
                for (i, d) in plan.debts.iter().enumerate() {
                    dates.insert(d.name.clone(), Value::from(plan.date(m, i).to_string()));
                }
                json!({
                    "index": m,
                    "month": plan.month(m).to_string(),
                    "date": plan.month_date(m).to_string(),
                    "payments": by_debt(&|i| plan.payment(m, i)),
                    "dates": dates,
                    "balances": by_debt(&|i| plan.balance(m, i)),
                    "total_owed": plain(plan.total_owed(m)),
                })
            })
            .collect();
        v["schedule"] = Value::from(rows);
    }
    v
}

/// A summary, the debts, and the month-by-month totals.
fn table(plan: &Plan, currency: &str, lang: Language) -> String {
    let money = |m: Money| display(m, currency);
    let head = |m: Msg| t(lang, m);
    let mut out = tf(
        lang,
        Msg::CliPlanHead,
        &[
            &strategy_name(lang, plan.strategy),
            &money(plan.monthly_budget),
            &plan.start,
        ],
    );
    out.push('\n');
    out.push_str(&tf(
        lang,
        Msg::CliPlanSummary,
        &[
            &plan.debt_free(),
            &plan.months,
            &money(plan.total_interest),
            &money(plan.total_paid),
        ],
    ));
    out.push_str("\n\n");
    let mut debts = Table::new(
        &[
            head(Msg::CliColDebt),
            head(Msg::CliColPaidOff),
            head(Msg::CliColMonths),
            head(Msg::CliColInterest),
            head(Msg::CliColPaid),
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
            head(Msg::CliColMonth),
            head(Msg::CliColPaid),
            head(Msg::CliColOwedAfter),
            head(Msg::CliColPaidOff),
        ],
        &[Align::Left, Align::Right, Align::Right, Align::Left],
    );
    for m in 1..=plan.months {
        let paid: Money = (0..plan.debts.len()).map(|i| plan.payment(m, i)).sum();
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

/// One row a month: totals, then each debt's payment and balance (for spreadsheets).
fn csv(plan: &Plan) -> String {
    let mut header = vec![
        "month".to_string(),
        "date".into(),
        "paid".into(),
        "owed".into(),
    ];
    for d in &plan.debts {
        header.push(csv_field(&format!("{} payment", shown(&d.name))));
        header.push(csv_field(&format!("{} balance", shown(&d.name))));
    }
    let mut out = header.join(",") + "\n";
    for m in 1..=plan.months {
        let paid: Money = (0..plan.debts.len()).map(|i| plan.payment(m, i)).sum();
        let mut row = vec![
            plan.month(m).to_string(),
            plan.month_date(m).to_string(),
            plain(paid),
            plain(plan.total_owed(m)),
        ];
        for i in 0..plan.debts.len() {
            row.push(plain(plan.payment(m, i)));
            row.push(plain(plan.balance(m, i)));
        }
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// RFC 4180 quoting where a field needs it.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
