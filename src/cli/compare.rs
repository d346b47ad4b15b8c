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
use crate::model::{Language, Scenario};
use crate::money::{Money, display, plain};
use crate::present::plan::plan_error;
use crate::present::scenario::{base_months, header, missed_lines, row};
use crate::scenario::{self, Compared, Plans};
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

pub fn run(store: &Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    let data = store.data();
    let wanted = args
        .scenarios
        .iter()
        .map(|name| find(&data.scenarios, name))
        .collect::<Result<Vec<_>, _>>()?;
    print_notices(store);
    let today = args.today.unwrap_or(today);
    if wanted.is_empty() {
        let base_plans = scenario::plans(data, today, args.budget);
        let minimum = minimum_of(&base_plans);
        return match args.format {
            Format::Json => print_json(&json(&base_plans, minimum)),
            Format::Table => {
                out!("{}", table(&base_plans, minimum, &data.currency, lang))?;
                Ok(ExitCode::SUCCESS)
            }
        };
    }
    // The table shows each row's own strategy only; the JSON lists every strategy.
    let every = args.format == Format::Json;
    let base = Compared::of(data, None, today, args.budget, every);
    let compared: Vec<Compared> = wanted
        .into_iter()
        .map(|s| Compared::of(data, Some(s), today, args.budget, every))
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
    let heads = header(lang);
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    let mut table = Table::new(
        &heads,
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
    let base_months = base_months(base);
    let mut notes = Vec::new();
    for (i, c) in std::iter::once(base).chain(compared).enumerate() {
        let name = if i == 0 {
            head(Msg::CliBasePlan).into_owned()
        } else {
            c.name.clone()
        };
        let word = |s: Strategy| strategy_name(lang, s);
        let against = base_months.filter(|_| i > 0);
        if let Some(cells) = row(lang, &name, c, against, &word, &money) {
            table.row(cells);
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
