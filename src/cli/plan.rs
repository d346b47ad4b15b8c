//! `payoff plan`: one strategy, month by month.

use std::process::ExitCode;

use serde_json::{Map, Value, json};

use super::table::{Align, Table};
use super::{Outcome, parse_amount, parse_month, print_json, print_notices, strategy_name};
use crate::engine::{self, Params, Plan, Strategy};
use crate::i18n::{Msg, t, tf};
use crate::model::{Language, YearMonth};
use crate::money::{Money, display, plain};
use crate::store::{Store, quote};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// avalanche, snowball, custom, minimum or negotiated
    #[arg(short, long, default_value = "avalanche", value_parser = parse_strategy)]
    pub strategy: Strategy,
    /// The total a month for all debts [default: the file's monthly_for_debts, else income - expenses]
    #[arg(short, long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub budget: Option<Money>,
    /// Month 1 of the plan [default: the month after as_of]
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
    pub start: Option<YearMonth>,
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
}

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

/// The file's plan parameters with the command line's overrides.
pub fn params(store: &Store, strategy: Strategy, budget: Option<Money>) -> Params {
    let mut p = Params::of(store.data(), strategy);
    if let Some(b) = budget {
        p.budget = b;
    }
    p
}

pub fn run(store: &Store, args: &Args, lang: Language) -> Outcome {
    print_notices(store);
    let mut p = params(store, args.strategy, args.budget);
    if let Some(start) = args.start {
        p.start = start;
    }
    let plan = engine::plan(&store.data().debts, p)?;
    match args.format {
        PlanFormat::Json => print_json(&json(&plan, true)),
        PlanFormat::Csv => {
            print!("{}", csv(&plan));
            Ok(ExitCode::SUCCESS)
        }
        PlanFormat::Table => {
            print!("{}", table(&plan, &store.data().currency, lang));
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
                "months": d.payoff_month,
                "interest": plain(d.interest),
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
        "total_interest": plain(plan.total_interest),
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
                json!({
                    "index": m,
                    "month": plan.month(m).to_string(),
                    "date": plan.month(m).last().to_string(),
                    "payments": by_debt(&|i| plan.payment(m, i)),
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
            d.name.clone(),
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
        let done: Vec<&str> = plan
            .debts
            .iter()
            .filter(|d| d.payoff_month == m)
            .map(|d| d.name.as_str())
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
        header.push(csv_field(&format!("{} payment", d.name)));
        header.push(csv_field(&format!("{} balance", d.name)));
    }
    let mut out = header.join(",") + "\n";
    for m in 1..=plan.months {
        let paid: Money = (0..plan.debts.len()).map(|i| plan.payment(m, i)).sum();
        let mut row = vec![
            plan.month(m).to_string(),
            plan.month(m).last().to_string(),
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
