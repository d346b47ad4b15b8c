//! `payoff compare`: every strategy side by side, against paying minimums only.

use std::process::ExitCode;

use serde::Serialize;

use super::table::{Align, Table};
use chrono::NaiveDate;

use super::{
    Format, Outcome, parse_amount, parse_date, plan, print_json, print_notices, strategy_name,
};
use crate::engine::{self, Plan, PlanError, Strategy};
use crate::i18n::{Msg, t};
use crate::ledger::Ledger;
use crate::model::Language;
use crate::money::{Money, display, plain};
use crate::present::plan::plan_error;
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The total a month for all debts [default: the file's monthly_for_debts, else income - expenses]
    #[arg(short, long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub budget: Option<Money>,
    /// Plan from what the log says happened up to this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(store: &Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    print_notices(store);
    let ledger = Ledger::new(store.data(), args.today.unwrap_or(today));
    let params = engine::Params {
        // compare prints no month-by-month schedule: none is kept.
        keep_schedule: false,
        ..plan::params(store, Strategy::Avalanche, args.budget, &ledger)
    };
    let plans = engine::compare(&store.data().debts, params);
    let minimum = plans
        .iter()
        .find(|(s, _)| *s == Strategy::Minimum)
        .and_then(|(_, r)| r.as_ref().ok());
    match args.format {
        Format::Json => print_json(&json(&plans, minimum)),
        Format::Table => {
            out!("{}", table(&plans, minimum, &store.data().currency, lang))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Each strategy's plan without its schedule, and what it saves against minimums only.
#[derive(Serialize)]
struct Json<'a> {
    plans: Vec<PlanJson<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum PlanJson<'a> {
    Planned {
        #[serde(flatten)]
        plan: Box<plan::Json<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        interest_saved: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        months_saved: Option<i64>,
    },
    Failed {
        strategy: &'static str,
        error: String,
    },
}

fn json<'a>(plans: &'a [(Strategy, Result<Plan, PlanError>)], minimum: Option<&Plan>) -> Json<'a> {
    let plans = plans
        .iter()
        .map(|(s, r)| match r {
            Ok(p) => {
                let saved = engine::savings(p, minimum);
                PlanJson::Planned {
                    plan: Box::new(plan::json(p)),
                    interest_saved: saved.map(|(interest, _)| plain(interest)),
                    months_saved: saved.map(|(_, months)| months),
                }
            }
            Err(e) => PlanJson::Failed {
                strategy: s.code(),
                error: e.to_string(),
            },
        })
        .collect();
    Json { plans }
}

fn table(
    plans: &[(Strategy, Result<Plan, PlanError>)],
    minimum: Option<&Plan>,
    currency: &str,
    lang: Language,
) -> String {
    let money = |m: Money| display(m, currency);
    let head = |m: Msg| t(lang, m);
    let mut table = Table::new(
        &[
            &head(Msg::CliColStrategy),
            &head(Msg::CliColDebtFree),
            &head(Msg::CliColMonths),
            &head(Msg::CliColInterest),
            &head(Msg::CliColPaid),
            &head(Msg::CliColVsMinimum),
        ],
        &[
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Left,
        ],
    );
    for (s, r) in plans {
        match r {
            Ok(p) => table.row(vec![
                strategy_name(lang, *s),
                p.debt_free().to_string(),
                p.months.to_string(),
                money(p.total_interest),
                money(p.total_paid),
                match engine::savings(p, minimum) {
                    Some(_) if *s == Strategy::Minimum => "-".into(),
                    Some((i, m)) if i >= Money::ZERO => t(
                        lang,
                        Msg::Saves {
                            amount: &money(i),
                            months: m,
                        },
                    )
                    .into_owned(),
                    Some((i, m)) => t(
                        lang,
                        Msg::CliCostsMore {
                            amount: &money(-i),
                            months: -m,
                        },
                    )
                    .into_owned(),
                    None => "-".into(),
                },
            ]),
            Err(e) => table.row(vec![
                strategy_name(lang, *s),
                t(lang, Msg::Never).into(),
                "-".into(),
                "-".into(),
                "-".into(),
                plan_error(lang, e, &money),
            ]),
        }
    }
    table.render()
}
