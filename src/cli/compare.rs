//! `payoff compare`: every strategy side by side, against paying minimums only; with
//! `--scenario NAME...`, the file and each named what-if side by side (SPEC §8).

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
use crate::model::{Data, Language, Scenario};
use crate::money::{Money, display, plain};
use crate::present::plan::plan_error;
use crate::present::scenario::missed_lines;
use crate::scenario::{self, Missed};
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The total a month for all debts [default: the file's monthly_for_debts, else income - expenses]
    #[arg(short, long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub budget: Option<Money>,
    /// Plan from what the log says happened up to this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Compare the file with this `[[scenarios]]` what-if (repeatable)
    #[arg(long = "scenario", value_name = "NAME")]
    pub scenarios: Vec<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Every strategy's plan of one set of data.
type Plans = Vec<(Strategy, Result<Plan, PlanError>)>;

/// A scenario as compared: its name, its data, its plans and the dues it would miss.
struct Compared {
    name: String,
    data: Data,
    plans: Plans,
    missed: Vec<Missed>,
}

pub fn run(store: &Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    let data = store.data();
    let wanted = args
        .scenarios
        .iter()
        .map(|name| find(&data.scenarios, name))
        .collect::<Result<Vec<_>, _>>()?;
    print_notices(store);
    let today = args.today.unwrap_or(today);
    let base_plans = plans(data, today, args.budget);
    let minimum = minimum_of(&base_plans);
    if wanted.is_empty() {
        return match args.format {
            Format::Json => print_json(&json(&base_plans, minimum)),
            Format::Table => {
                out!("{}", table(&base_plans, minimum, &data.currency, lang))?;
                Ok(ExitCode::SUCCESS)
            }
        };
    }
    let base = Compared {
        name: String::new(),
        data: data.clone(),
        missed: scenario::missed_dues(data, today, scenario::watch_until(data, today)),
        plans: base_plans,
    };
    let compared: Vec<Compared> = wanted
        .into_iter()
        .map(|s| {
            let changed = scenario::apply(data, s);
            let budget = args.budget.filter(|_| s.budget.is_none());
            let until = scenario::watch_until(&changed, today);
            Compared {
                name: s.name.clone(),
                plans: plans(&changed, today, budget),
                missed: scenario::missed_dues(&changed, today, until),
                data: changed,
            }
        })
        .collect();
    match args.format {
        Format::Json => {
            let mut out = json(&base.plans, minimum_of(&base.plans));
            out.scenarios = compared
                .iter()
                .map(|c| ScenarioJson {
                    name: &c.name,
                    plans: json(&c.plans, minimum_of(&c.plans)).plans,
                    missed_dues: c
                        .missed
                        .iter()
                        .map(|m| MissedJson {
                            date: m.date.to_string(),
                            debt: &m.debt,
                            short: plain(m.short),
                            paid_on: m.paid_on.map(|d| d.to_string()),
                            days_late: m.days_late,
                            past_grace: m.past_grace,
                            penalty: plain(m.penalty),
                            late_fee: plain(m.late_fee),
                        })
                        .collect(),
                })
                .collect();
            print_json(&out)
        }
        Format::Table => {
            out!("{}", side_by_side(&base, &compared, &data.currency, lang))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The scenario named `name`, or the one-line error naming the file's.
fn find<'s>(scenarios: &'s [Scenario], name: &str) -> Result<&'s Scenario, super::Failure> {
    if let Some(s) = scenarios.iter().find(|s| s.name == name) {
        return Ok(s);
    }
    let known: Vec<String> = scenarios.iter().map(|s| format!("{:?}", s.name)).collect();
    let known = if known.is_empty() {
        "the file has none".to_string()
    } else {
        format!("the file has {}", known.join(", "))
    };
    Err(super::Failure(format!(
        "no scenario named {name:?} ({known})"
    )))
}

/// Every strategy's plan of `data` on `today`, with `budget` for the file's when given.
fn plans(data: &Data, today: NaiveDate, budget: Option<Money>) -> Plans {
    let ledger = Ledger::new(data, today);
    let mut params = engine::Params {
        // compare prints no month-by-month schedule: none is kept.
        keep_schedule: false,
        ..engine::Params::of(data, Strategy::Avalanche, &ledger)
    };
    if let Some(b) = budget {
        params.budget = b;
    }
    engine::compare(&data.debts, params)
}

fn minimum_of(plans: &Plans) -> Option<&Plan> {
    plans
        .iter()
        .find(|(s, _)| *s == Strategy::Minimum)
        .and_then(|(_, r)| r.as_ref().ok())
}

/// Each strategy's plan without its schedule, and what it saves against minimums only.
#[derive(Serialize)]
struct Json<'a> {
    plans: Vec<PlanJson<'a>>,
    /// Only with `--scenario`: what `compare` printed before stays as it was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    scenarios: Vec<ScenarioJson<'a>>,
}

/// One scenario: its plans as the base's, and the due dates its cash walk finds short.
#[derive(Serialize)]
struct ScenarioJson<'a> {
    name: &'a str,
    plans: Vec<PlanJson<'a>>,
    missed_dues: Vec<MissedJson<'a>>,
}

/// A missed due, with when the cash walk pays it (`null`: not before the watch ends) and
/// what it costs (SPEC §7.3).
#[derive(Serialize)]
struct MissedJson<'a> {
    date: String,
    debt: &'a str,
    short: String,
    paid_on: Option<String>,
    days_late: i64,
    past_grace: bool,
    penalty: String,
    late_fee: String,
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
                    plan: Box::new(plan::json(p, false)),
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
    Json {
        plans,
        scenarios: Vec::new(),
    }
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

/// The file and each scenario, one row each, under the strategy each plans with (a scenario's
/// own, else the file's): debt-free date, interest, fees, months saved against the file, and
/// how many due dates the cash walk finds short; those due dates are listed below.
fn side_by_side(base: &Compared, compared: &[Compared], currency: &str, lang: Language) -> String {
    let money = |m: Money| display(m, currency);
    let head = |m: Msg| t(lang, m);
    let mut table = Table::new(
        &[
            &head(Msg::CliColScenario),
            &head(Msg::CliColStrategy),
            &head(Msg::CliColDebtFree),
            &head(Msg::CliColInterest),
            &head(Msg::CliColFees),
            &head(Msg::CliColMonthsSaved),
            &head(Msg::CliColMissedDues),
            &head(Msg::CliColMissedCost),
        ],
        &[
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
    );
    fn chosen(c: &Compared) -> (Strategy, Option<&Result<Plan, PlanError>>) {
        let strategy = c.data.budget.strategy();
        let plan = c.plans.iter().find(|(s, _)| *s == strategy);
        (strategy, plan.map(|(_, r)| r))
    }
    let base_months = match chosen(base).1 {
        Some(Ok(p)) => Some(p.months),
        _ => None,
    };
    let mut notes = Vec::new();
    for (i, c) in std::iter::once(base).chain(compared).enumerate() {
        let name = if i == 0 {
            head(Msg::CliBasePlan).into_owned()
        } else {
            c.name.clone()
        };
        let (strategy, plan) = chosen(c);
        let missed = c.missed.len().to_string();
        let cost = if c.missed.is_empty() {
            "-".to_string()
        } else {
            money(scenario::missed_cost(&c.missed))
        };
        match plan {
            Some(Ok(p)) => {
                let saved = match (i, base_months) {
                    (0, _) | (_, None) => "-".to_string(),
                    (_, Some(b)) => (i64::from(b) - i64::from(p.months)).to_string(),
                };
                table.row(vec![
                    name.clone(),
                    strategy_name(lang, strategy),
                    p.debt_free().to_string(),
                    money(p.total_interest),
                    money(p.total_fees),
                    saved,
                    missed,
                    cost,
                ]);
            }
            Some(Err(e)) => table.row(vec![
                name.clone(),
                strategy_name(lang, strategy),
                t(lang, Msg::Never).into(),
                "-".into(),
                "-".into(),
                plan_error(lang, e, &money),
                missed,
                cost,
            ]),
            None => {}
        }
        notes.extend(missed_lines(lang, &c.data, &name, &c.missed, &money));
    }
    let mut out = table.render();
    for line in notes {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
