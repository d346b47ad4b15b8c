//! `payoff reconcile`: take the lenders' figures and move the file forward to today.
//!
//! For each debt it shows what payoff expects it to owe today (from the payment log) and asks
//! what the lender's app shows; Enter keeps payoff's figure. `--balance NAME=AMOUNT` and
//! `--cash` answer without asking (for scripts); without a terminal the answers are read one a
//! line from standard input. Everything is saved at once, under the lock, or not at all.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use chrono::NaiveDate;

use super::negotiate::unknown_debt;
use super::{Failure, Outcome, parse_amount, parse_date};
use crate::i18n::{Msg, t};
use crate::model::Language;
use crate::money::{Money, display};
use crate::present::shown;
use crate::reconcile::{Expected, edit, expected};
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day of the lenders' figures: the file's new as_of [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Cash on hand at the start of that day [default: asked]
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub cash: Option<Money>,
    /// A debt's balance as its lender shows it, e.g. --balance "CMB Card=7726.95" (repeatable)
    #[arg(long = "balance", value_name = "NAME=AMOUNT", value_parser = parse_balance)]
    pub balances: Vec<(String, Money)>,
}

fn parse_balance(s: &str) -> Result<(String, Money), String> {
    let (name, amount) = s
        .rsplit_once('=')
        .ok_or_else(|| format!("expected NAME=AMOUNT, found {}", crate::store::quote(s)))?;
    Ok((name.trim().to_string(), parse_amount(amount)?))
}

pub fn run(store: &mut Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    let data = store.data();
    let day = args.today.unwrap_or(today);
    if day < data.budget.as_of {
        return Err(Failure(format!(
            "{day} is before as_of {}: a reconciliation moves the file forward",
            data.budget.as_of
        )));
    }
    let exp = expected(data, day);
    if let Some(due) = exp.unpaid.first() {
        let name = data.debts.get(due.debt).map_or("", |d| d.name.as_str());
        return Err(Failure(format!(
            "{} of {} due {} is unpaid ({} due date(s) before {day} in all): pay it or record \
             it with `payoff pay` first; moving as_of past it would stop `payoff check` warning \
             about it",
            due.unpaid,
            crate::store::quote(name),
            due.date,
            exp.unpaid.len()
        )));
    }
    for (name, _) in &args.balances {
        if data.debt(name).is_none() {
            return Err(unknown_debt(store, name));
        }
    }
    let cur = data.currency.clone();
    let mut answers = Answers::new();
    let mut balances = Vec::with_capacity(data.debts.len());
    for (debt, thought) in data.debts.iter().zip(&exp.balances) {
        let given = args.balances.iter().rev().find(|(n, _)| *n == debt.name);
        let balance = match given {
            Some((_, b)) => *b,
            None => {
                let prompt = t(
                    lang,
                    Msg::CliReconcileAsk {
                        debt: &shown(&debt.name),
                        expected: &display(*thought, &cur),
                        day,
                    },
                );
                answers.ask(&prompt)?.unwrap_or(*thought)
            }
        };
        balances.push(balance);
    }
    let cash = match args.cash {
        Some(c) => c,
        None => {
            let prompt = t(
                lang,
                Msg::CliReconcileCash {
                    day,
                    expected: &display(exp.cash, &cur),
                },
            );
            answers.ask(&prompt)?.unwrap_or(exp.cash)
        }
    };
    let words = report(store, &exp, &balances, lang);
    super::save_edit(store, &edit(store.data(), &exp, cash, &balances))?;
    for line in words {
        outln!("{line}")?;
    }
    let path = store.path().display().to_string();
    outln!(
        "{}",
        t(
            lang,
            Msg::CliReconcileDone {
                path: &path,
                day,
                cash: &display(cash, &cur)
            }
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

/// A line a debt: as expected, or by how much the lender differs and what may explain it, and
/// whether the last reconciliation found a difference too.
fn report(store: &Store, exp: &Expected, balances: &[Money], lang: Language) -> Vec<String> {
    let data = store.data();
    let money = |m: Money| display(m, &data.currency);
    data.debts
        .iter()
        .zip(exp.balances.iter().zip(balances))
        .map(|(debt, (&thought, &lender))| {
            let name = shown(&debt.name);
            let mut line = if lender == thought {
                t(
                    lang,
                    Msg::CliReconcileSame {
                        debt: &name,
                        amount: &money(lender),
                    },
                )
                .into_owned()
            } else {
                let (debt, shows, expected) = (&name, &money(lender), &money(thought));
                if lender > thought {
                    let diff = &money(lender - thought);
                    t(
                        lang,
                        Msg::CliReconcileMore {
                            debt,
                            lender: shows,
                            diff,
                            expected,
                        },
                    )
                    .into_owned()
                } else {
                    let diff = &money(thought - lender);
                    t(
                        lang,
                        Msg::CliReconcileLess {
                            debt,
                            lender: shows,
                            diff,
                            expected,
                        },
                    )
                    .into_owned()
                }
            };
            if lender != thought
                && let Some(last) = debt.adjustments.last()
            {
                let diff = last.lender - last.expected;
                let signed = if diff.is_sign_negative() {
                    format!("-{}", money(-diff))
                } else {
                    format!("+{}", money(diff))
                };
                line.push_str(&t(
                    lang,
                    Msg::CliReconcileAgain {
                        date: last.date,
                        diff: &signed,
                    },
                ));
            }
            line
        })
        .collect()
}

/// The answers to the questions: typed at a terminal (asked again after a bad one), or read a
/// line each from standard input. An empty line, or the end of the input, keeps payoff's figure.
struct Answers {
    terminal: bool,
}

impl Answers {
    fn new() -> Answers {
        Answers {
            terminal: std::io::stdin().is_terminal(),
        }
    }

    fn ask(&mut self, prompt: &str) -> Result<Option<Money>, Failure> {
        loop {
            let mut err = std::io::stderr();
            let _ = write!(err, "{prompt}");
            let _ = err.flush();
            let mut line = String::new();
            let read = std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| Failure(format!("cannot read the answer: {e}")))?;
            if !self.terminal {
                let _ = writeln!(err);
            }
            let answer = line.trim();
            if read == 0 || answer.is_empty() {
                return Ok(None);
            }
            match parse_amount(answer) {
                Ok(m) => return Ok(Some(m)),
                Err(why) if self.terminal => {
                    let _ = writeln!(err, "{why}");
                }
                Err(why) => return Err(Failure(why)),
            }
        }
    }
}
