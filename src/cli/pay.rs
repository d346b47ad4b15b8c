//! `payoff pay`: append a payment to the log.

use std::process::ExitCode;

use chrono::NaiveDate;

use super::negotiate::unknown_debt;
use super::{Failure, Outcome, parse_amount, parse_date};
use crate::i18n::{Msg, tf};
use crate::model::{Language, Payment};
use crate::money::{Money, display};
use crate::present::shown;
use crate::store::{Edit, Store};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The debt's name, as in the file
    pub debt: String,
    /// The amount paid, e.g. 200 or 1031.52
    #[arg(value_parser = parse_amount)]
    pub amount: Money,
    /// The day it was paid [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

pub fn run(store: &mut Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    if store.data().debt(&args.debt).is_none() {
        return Err(unknown_debt(store, &args.debt));
    }
    if args.amount <= Money::ZERO {
        return Err(Failure(format!(
            "expected an amount > 0, found \"{}\"",
            args.amount
        )));
    }
    let date = args.date.unwrap_or(today);
    super::save_edit(
        store,
        &Edit::AddPayment(Payment {
            debt: args.debt.clone(),
            date,
            amount: args.amount,
        }),
    )?;
    let amount = display(args.amount, &store.data().currency);
    let path = store.path().display().to_string();
    outln!(
        "{}",
        tf(
            lang,
            Msg::CliPaid,
            &[&amount, &shown(&args.debt), &date, &path]
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
