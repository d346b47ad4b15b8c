//! `payoff check`: the daily warning, for cron, a systemd timer or a glance (SPEC §4.2).
//!
//! Quiet when all is well (nothing printed, exit 0), so cron sends no mail; one line per
//! warning otherwise (exit 1), then what to pay first when money is short. Colour only on a
//! terminal, never with `NO_COLOR`. In the file's language (or `$LANG`'s).

use std::io::IsTerminal;
use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;

use super::table::{Align, Table};
use super::{Outcome, parse_date, print_json};
use crate::due::{self, LateHistory, Level, Rescue, Warning, WarningKind};
use crate::i18n::{Msg, t};
use crate::model::{Data, Language};
use crate::money::{Money, display, plain};
use crate::present::rescue::advice;
use crate::present::warning::{self, level_word};
use crate::present::{meaning, shown};
use crate::store::Store;

/// Overdue due dates of a debt listed one line each: the newest. The older ones fold into one
/// line with their count and total, so a debt unpaid for years is still a few lines.
const OVERDUE_LINES_PER_DEBT: usize = 3;

/// What sets a warning's plain-words line apart from the warning above it.
const MEANING_INDENT: &str = "  ";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The day to check for [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Warn this many days ahead [default: the file's remind_days]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=366))]
    pub days: Option<u32>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Also raise a desktop notification (or say on stderr why none could be raised)
    #[arg(long)]
    pub notify: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

pub fn run(store: &Store, args: &Args, today: NaiveDate, lang: Language) -> Outcome {
    let data = store.data();
    let today = args.today.unwrap_or(today);
    let days = args.days.unwrap_or(data.budget.remind_days);
    let due::Checkup {
        warnings,
        rescue,
        late,
    } = due::checkup(data, today, days);
    let report = Report {
        data,
        today,
        warnings: &warnings,
        rescue: rescue.as_ref(),
        late,
        lang,
    };
    match args.format {
        CheckFormat::Json => {
            print_json(&report.json())?;
        }
        CheckFormat::Text if !warnings.is_empty() => {
            let color = std::io::stdout().is_terminal() && !crate::environment::no_color();
            out!("{}", report.text(color))?;
        }
        CheckFormat::Text => {}
    }
    if args.notify && !warnings.is_empty() {
        let body = report.text(false);
        if let Err(why) = super::notify::send(warning::summary(lang, &warnings), &body) {
            errln!("payoff: no desktop notification: {why}");
        }
    }
    Ok(if warnings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What `check` has to say on a day, ready to print.
struct Report<'a> {
    data: &'a Data,
    today: NaiveDate,
    warnings: &'a [Warning],
    rescue: Option<&'a Rescue>,
    /// Each debt's late months (SPEC §7.4); empty when there is no warning.
    late: Vec<LateHistory>,
    lang: Language,
}

impl<'a> Report<'a> {
    /// A warning's plain-words line (SPEC §7.4), in the file's language.
    fn meaning(&self, w: &Warning) -> Option<String> {
        let late = self.late.get(w.debt).copied().unwrap_or_default();
        meaning(self.lang, self.data, w, late)
    }

    fn json(&self) -> Json<'a> {
        json(self)
    }

    fn text(&self, color: bool) -> String {
        text(self, color)
    }
}

/// `{"today": ..., "items": [...]}` as SPEC §5 pins it, plus the rescue advice: written as
/// it is serialized, from these.
#[derive(Serialize)]
struct Json<'a> {
    today: String,
    items: Vec<ItemJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rescue: Option<RescueJson<'a>>,
}

/// One warning: the keys every level has, then only its level's in the order SPEC §5 lists
/// them, then its plain words.
#[derive(Serialize)]
struct ItemJson<'a> {
    level: &'static str,
    debt: &'a str,
    due: String,
    amount: String,
    #[serde(flatten)]
    keys: LevelJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    meaning: Option<String>,
}

/// The keys of a warning's level.
#[derive(Serialize)]
#[serde(untagged)]
enum LevelJson {
    Overdue {
        days_overdue: i64,
        bucket: &'static str,
        term: &'static str,
        penalty: String,
        late_fee: String,
    },
    Grace {
        pay_by: String,
    },
    Shortfall {
        days: i64,
        short: String,
    },
    DueSoon {
        days: i64,
    },
}

#[derive(Serialize)]
struct RescueJson<'a> {
    cash: String,
    pay_first: Vec<StepJson<'a>>,
    missing: String,
    negotiate: Vec<&'a str>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    debt: &'a str,
    due: String,
    amount: String,
    pay: String,
    covered: bool,
}

fn json<'a>(report: &Report<'a>) -> Json<'a> {
    let data = report.data;
    let name = |i: usize| data.debts.get(i).map_or("", |d| d.name.as_str());
    let items = report
        .warnings
        .iter()
        .map(|w| {
            let keys = match w.kind {
                WarningKind::Overdue {
                    days_overdue,
                    bucket,
                    term,
                    penalty,
                    late_fee,
                } => LevelJson::Overdue {
                    days_overdue,
                    bucket: bucket.code(),
                    term: term.code(),
                    penalty: plain(penalty),
                    late_fee: plain(late_fee),
                },
                WarningKind::Grace { pay_by } => LevelJson::Grace {
                    pay_by: pay_by.to_string(),
                },
                WarningKind::Shortfall { days, short } => LevelJson::Shortfall {
                    days,
                    short: plain(short),
                },
                WarningKind::DueSoon { days } => LevelJson::DueSoon { days },
            };
            ItemJson {
                level: w.level().code(),
                debt: name(w.debt),
                due: w.due.to_string(),
                amount: plain(w.amount),
                keys,
                meaning: report.meaning(w),
            }
        })
        .collect();
    let rescue = report.rescue.map(|r| RescueJson {
        cash: plain(r.cash),
        pay_first: r
            .steps
            .iter()
            .map(|s| StepJson {
                debt: name(s.debt),
                due: s.due.to_string(),
                amount: plain(s.amount),
                pay: plain(s.pay),
                covered: s.covered,
            })
            .collect(),
        missing: plain(r.missing),
        negotiate: r.negotiate.iter().map(|&i| name(i)).collect(),
    });
    Json {
        today: report.today.to_string(),
        items,
        rescue,
    }
}

/// The warnings, one line each, aligned, but only the newest few overdue ones of each debt and a
/// line counting the rest; under each debt's first line what its warnings mean (the meaning of
/// its oldest warning that has one: the worst standing); then the rescue advice.
fn text(report: &Report, color: bool) -> String {
    let (data, today, warnings, rescue, lang) = (
        report.data,
        report.today,
        report.warnings,
        report.rescue,
        report.lang,
    );
    let money = |m: Money| display(m, &data.currency);
    let name = |i: usize| shown(data.debts.get(i).map_or("", |d| d.name.as_str()));
    let due_word = t(lang, Msg::DueWord);
    // Per debt: how many of its overdue lines fold (its oldest: warnings are sorted by date),
    // and what they leave unpaid.
    let mut folded = vec![(0usize, Money::ZERO); data.debts.len()];
    for w in warnings.iter().filter(|w| w.level() == Level::Overdue) {
        if let Some((count, _)) = folded.get_mut(w.debt) {
            *count += 1;
        }
    }
    for (count, _) in &mut folded {
        *count = count.saturating_sub(OVERDUE_LINES_PER_DEBT);
    }
    let mut seen = vec![0usize; data.debts.len()];
    let mut shown = Vec::with_capacity(warnings.len().min(64));
    for w in warnings {
        if w.level() == Level::Overdue
            && let (Some(k), Some((count, total))) = (seen.get_mut(w.debt), folded.get_mut(w.debt))
        {
            *k += 1;
            if *k <= *count {
                *total = total.saturating_add(w.amount);
                continue;
            }
        }
        shown.push(w);
    }
    // One line per warning, sorted by date and, within a date, most urgent first.
    let mut table = Table::new(&[], &[Align::Left, Align::Left, Align::Left, Align::Right]);
    for w in &shown {
        table.row(vec![
            level_word(lang, w.level()).to_string(),
            name(w.debt).to_string(),
            format!("{due_word} {}", w.due),
            money(w.amount),
            warning::detail(lang, data, w, &money),
        ]);
    }
    // Each debt's meaning, once: its oldest warning's (warnings are by date; a debt's later
    // warnings have one only if its first has), under the line of that warning: its first
    // line, or the line its older overdue dues fold into.
    let mut meanings: Vec<Option<String>> = vec![None; data.debts.len()];
    let mut first = vec![true; data.debts.len()];
    for w in warnings {
        if let (Some(slot), Some(first)) = (meanings.get_mut(w.debt), first.get_mut(w.debt))
            && std::mem::take(first)
        {
            *slot = report.meaning(w);
        }
    }
    let mut meaning_line = |out: &mut String, debt: usize| {
        if let Some(meaning) = meanings.get_mut(debt).and_then(Option::take) {
            out.push_str(MEANING_INDENT);
            out.push_str(&meaning);
            out.push('\n');
        }
    };
    let mut out = String::new();
    for (line, w) in table.render().lines().zip(&shown) {
        out.push_str(&paint(line, w.level(), color));
        out.push('\n');
        if folded.get(w.debt).is_some_and(|(count, _)| *count == 0) {
            meaning_line(&mut out, w.debt);
        }
    }
    for (debt, &(count, total)) in folded.iter().enumerate() {
        let Some(line) = warning::older_overdue(lang, count, &name(debt), &money(total)) else {
            continue;
        };
        out.push_str(&paint(&line, Level::Overdue, color));
        out.push('\n');
        meaning_line(&mut out, debt);
    }
    if let Some(total) = due::due_now(warnings, today) {
        out.push_str(&t(
            lang,
            Msg::DueNow {
                amount: &money(total),
            },
        ));
        out.push('\n');
    }
    for line in rescue.map_or(Vec::new(), |r| advice(lang, data, r, today, &money)) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Red for what already costs money, yellow for what soon will.
fn paint(line: &str, level: Level, color: bool) -> String {
    if !color {
        return line.to_string();
    }
    let code = match level {
        Level::Overdue | Level::Shortfall => "31",
        Level::Grace | Level::DueSoon => "33",
    };
    format!("\x1b[{code}m{line}\x1b[0m")
}
