//! `payoff init`: create the data file, empty or from the bundled example.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::{Failure, Outcome};
use crate::i18n::{Msg, t};
use crate::model::Language;
use crate::store::Store;
use crate::templates;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Start from the bundled example household instead of an empty file
    #[arg(long)]
    pub example: bool,
}

pub fn run(path: &Path, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    if crate::store::exists(path)? {
        return Err(Failure(format!(
            "{} already exists; payoff never overwrites a data file",
            path.display()
        )));
    }
    let text = if args.example {
        templates::example(today, lang)
    } else {
        templates::empty(today)
    };
    Store::create(path, &text)?;
    let what = t(
        lang,
        if args.example {
            Msg::CliExample
        } else {
            Msg::CliEmpty
        },
    );
    outln!(
        "{}",
        t(
            lang,
            Msg::CliCreated {
                path: &path.display().to_string(),
                what: &what
            }
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
