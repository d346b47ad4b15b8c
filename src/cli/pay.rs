//! `payoff pay`: append a payment to the log.

use std::process::ExitCode;

use chrono::NaiveDate;

use super::negotiate::unknown_debt;
use super::{Failure, Outcome, parse_amount, parse_date};
use crate::i18n::{Msg, t};
use crate::model::{Language, Payment};
use crate::money::{Money, display, plain};
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
    /// Record it even if the log already has a payment to this debt on that day of that amount
    #[arg(long)]
    pub force: bool,
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
    let payment = Payment {
        debt: args.debt.clone(),
        date,
        amount: args.amount,
    };
    // A payment already in the log is most likely the same one recorded twice (a command run
    // again): the app asks before keeping it, so this refuses unless told (`--force`).
    if store.data().same_payment(&payment).is_some() && !args.force {
        return Err(Failure(format!(
            "{}: already logged: {} to {:?} on {date}; nothing was written (--force records \
             it again)",
            store.path().display(),
            plain(args.amount),
            args.debt,
        )));
    }
    let as_of = store.data().budget.as_of;
    if date < as_of {
        errln!(
            "warning: {date} is before as_of ({as_of}): the balances are as of that day, so this \
             payment does not count"
        );
    }
    if date > today {
        errln!(
            "warning: {date} is after today ({today}): it counts as money set aside for its due \
             date"
        );
    }
    super::save_edit(store, &Edit::AddPayment(payment))?;
    let amount = display(args.amount, &store.data().currency);
    let path = store.path().display().to_string();
    outln!(
        "{}",
        t(
            lang,
            Msg::CliPaid {
                amount: &amount,
                debt: &shown(&args.debt),
                date,
                path: &path
            }
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
