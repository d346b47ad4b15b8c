//! `payoff negotiate`: what a negotiated installment plan (协商分期) would do; `--save` writes it.

use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Failure, Format, Outcome, parse_amount, parse_rate, plan, print_json, print_notices};
use crate::engine::Strategy;
use crate::i18n::{Msg, pad, t};
use crate::ledger::Ledger;
use crate::model::Language;
use crate::model::Negotiated;
use crate::money::{Money, Rate, display, percent2, plain};
use crate::negotiation::{WhatIf, broken_after, what_if};
use crate::present::what_if;
use crate::store::{Edit, Store, quote};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The debt's name, as in the file
    pub debt: String,
    /// Installments (1-60)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=60))]
    pub months: u32,
    /// Annual rate of the plan in percent; 0 = interest stopped (停息挂账)
    #[arg(long, value_name = "A", default_value = "0", value_parser = parse_rate)]
    pub apr: Money,
    /// A one-time fee added to the balance
    #[arg(long, value_name = "F", default_value = "0", value_parser = parse_amount)]
    pub fee: Money,
    /// Paid with the first installment; it lowers the installments, the term stays
    #[arg(long, value_name = "D", default_value = "0", value_parser = parse_amount)]
    pub down: Money,
    /// Show what breaking the plan after K installments leaves [default: 12, or months - 1]
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u32).range(1..=59))]
    pub break_after: Option<u32>,
    /// Write the plan into the file as the debt's [debts.negotiated] table
    #[arg(long)]
    pub save: bool,
    /// Plan from what the log says happened up to this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(store: &mut Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    print_notices(store);
    if let Some(k) = args.break_after.filter(|&k| k >= args.months) {
        return Err(Failure(format!(
            "--break-after {k} is not before the end of the plan: give a number below --months {}",
            args.months
        )));
    }
    let data = store.data();
    let index = debt_index(store, &args.debt)?;
    let proposal = Negotiated {
        months: args.months,
        apr: Rate::new(args.apr),
        fee: args.fee,
        down_payment: args.down,
    };
    let ledger = Ledger::new(data, args.today.unwrap_or(today));
    let params = plan::params(store, Strategy::Avalanche, None, &ledger);
    let mut w = what_if(&data.debts, index, &proposal, params, None)
        .ok_or_else(|| unknown_debt(store, &args.debt))?;
    if let Some(k) = args.break_after {
        w.broken = broken_after(&w.schedule, k, data.debts[index].apr);
    }
    match args.format {
        Format::Json => {
            print_json(&json(&w, index, &args.debt))?;
        }
        Format::Table => out!("{}", table(&w, index, args, &data.currency, lang))?,
    }
    if args.save {
        super::save_edit(
            store,
            &Edit::SetNegotiated {
                debt: args.debt.clone(),
                plan: Some(proposal),
            },
        )?;
        let path = store.path().display().to_string();
        errln!(
            "{}",
            t(
                lang,
                Msg::CliNegSaved {
                    debt: &args.debt,
                    path: &path
                }
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The index of the debt named `name`, or the error listing the names the file has.
pub fn debt_index(store: &Store, name: &str) -> Result<usize, Failure> {
    store
        .data()
        .debts
        .iter()
        .position(|d| d.name == name)
        .ok_or_else(|| unknown_debt(store, name))
}

/// The error for a debt name the file does not have, listing the names it has.
pub fn unknown_debt(store: &Store, name: &str) -> Failure {
    let names: Vec<String> = store.data().debts.iter().map(|d| quote(&d.name)).collect();
    Failure(format!(
        "no debt named {} in {}; the debts are {}",
        quote(name),
        store.path().display(),
        if names.is_empty() {
            "none yet".to_string()
        } else {
            names.join(", ")
        }
    ))
}

#[derive(Serialize)]
struct Json<'a> {
    debt: &'a str,
    installment: String,
    first_payment: String,
    last_installment: String,
    months: usize,
    total_paid: String,
    total_interest: String,
    fee: String,
    total_cost: String,
    true_apr: String,
    compound_apr: String,
    saved_against_now: Option<String>,
    broken: Option<BrokenJson>,
    fits: bool,
    month1_needs: String,
    monthly_budget: String,
    now: Summary,
    with_plan: Summary,
}

#[derive(Serialize)]
struct BrokenJson {
    after: u32,
    left: String,
    monthly_interest: String,
    apr: String,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Summary {
    Planned {
        debt_free: String,
        total_interest: String,
        total_fees: String,
        debt_payoff_month: String,
        debt_interest: String,
    },
    Failed {
        error: String,
    },
}

fn json<'a>(w: &WhatIf, index: usize, name: &'a str) -> Json<'a> {
    let s = &w.schedule;
    let plan_summary = |r: &Result<crate::engine::Plan, crate::engine::PlanError>| match r {
        Ok(p) => Summary::Planned {
            debt_free: p.debt_free().to_string(),
            total_interest: plain(p.total_interest),
            total_fees: plain(p.total_fees),
            debt_payoff_month: p.payoff(index).to_string(),
            debt_interest: plain(p.debts[index].interest),
        },
        Err(e) => Summary::Failed {
            error: e.to_string(),
        },
    };
    Json {
        debt: name,
        installment: plain(s.payment),
        first_payment: plain(s.rows.first().map_or(Money::ZERO, |r| r.payment)),
        last_installment: plain(s.rows.last().map_or(Money::ZERO, |r| r.payment)),
        months: s.rows.len(),
        total_paid: plain(s.total_paid),
        total_interest: plain(s.total_interest),
        fee: plain(w.fee),
        total_cost: plain(w.cost()),
        true_apr: percent2(s.true_apr),
        compound_apr: percent2(s.compound_apr),
        saved_against_now: w.saved().map(plain),
        broken: w.broken.map(|b| BrokenJson {
            after: b.after,
            left: plain(b.left),
            monthly_interest: plain(b.monthly_interest),
            apr: percent2(b.apr.percent()),
        }),
        fits: w.fits(),
        month1_needs: plain(w.minimums),
        monthly_budget: plain(w.budget),
        now: plan_summary(&w.now),
        with_plan: plan_summary(&w.with),
    }
}

fn table(w: &WhatIf, index: usize, args: &Args, currency: &str, lang: Language) -> String {
    let money = |m: Money| display(m, currency);
    let mut lines = vec![t(lang, Msg::CliNegHead { debt: &args.debt }).into_owned()];
    for (label, text) in what_if::lines(lang, w, index, args.apr.is_zero(), &money) {
        lines.push(pad(&t(lang, label), 16) + &text);
    }
    if !args.save {
        lines.push(t(lang, Msg::CliNegSaveHint).to_string());
    }
    lines.join("\n") + "\n"
}
