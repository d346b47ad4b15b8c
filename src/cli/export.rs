//! `payoff export ics`: the coming due dates as an iCalendar file (RFC 5545) for phone and
//! desktop calendars, each with an alarm `remind_days` before it.

use std::process::ExitCode;

use chrono::{Datelike, Duration, NaiveDate};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};

use super::{Outcome, parse_date};
use crate::due;
use crate::i18n::{Msg, t};
use crate::model::Language;
use crate::model::YearMonth;
use crate::money::display;
use crate::present::shown;
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// An iCalendar (.ics) file of the coming due dates, with alarms
    Ics(IcsArgs),
}

#[derive(Debug, clap::Args)]
pub struct IcsArgs {
    /// How many months ahead (1-120)
    #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub months: u32,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Count "coming" from this day [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

pub fn run(store: &Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    let What::Ics(args) = &args.what;
    let today = args.today.unwrap_or(today);
    let text = ics(store, today, args.months, lang);
    match &args.output {
        Some(path) => {
            crate::store::write_output(store.path(), path, text.as_bytes())?;
            errln!(
                "{}",
                t(
                    lang,
                    Msg::CliWrote {
                        path: &path.display().to_string()
                    }
                )
            );
        }
        None => out!("{text}")?,
    }
    Ok(ExitCode::SUCCESS)
}

/// One all-day event per unmet due date from `today` through `months` months ahead.
pub fn ics(store: &Store, today: NaiveDate, months: u32, lang: Language) -> String {
    let data = store.data();
    let until = YearMonth::of(today)
        .plus(months as i32)
        .day(today.day0() + 1);
    let stamp = today.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    let remind = Duration::days(i64::from(data.budget.remind_days));
    let mut cal = Calendar::new();
    cal.name(&t(lang, Msg::IcsCalendarName));
    for d in due::dues(data, today, until) {
        // A reminder for what the log leaves unpaid: a planned extra is not a payment yet.
        let unpaid = d.unpaid_by_the_log();
        if d.date < today || unpaid.is_zero() {
            continue;
        }
        let Some(debt) = data.debts.get(d.debt) else {
            continue;
        };
        let amount = display(unpaid, &data.currency);
        let name = shown(&debt.name);
        let summary = t(
            lang,
            Msg::IcsSummary {
                debt: &name,
                amount: &amount,
            },
        );
        let uid = format!("{}-{}@payoff", uid_part(&debt.name), d.date);
        // Stable UIDs and stamps: exporting again updates the same events, not duplicates.
        let mut alarm = Alarm::display(&summary, Trigger::before_start(remind));
        alarm.uid(&format!("alarm-{uid}")).timestamp(stamp);
        let mut event = Event::new();
        event
            .uid(&uid)
            .timestamp(stamp)
            .summary(&summary)
            .description(&t(
                lang,
                Msg::IcsDescription {
                    amount: &amount,
                    debt: &name,
                    date: d.date,
                },
            ))
            // An all-day event ends the next day (RFC 5545: DTEND is exclusive).
            .starts(d.date)
            .ends(d.date.succ_opt().unwrap_or(d.date))
            .alarm(alarm.done());
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// A debt's name as a UID part: letters and digits kept (any script), the rest as `_`.
fn uid_part(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect()
}
