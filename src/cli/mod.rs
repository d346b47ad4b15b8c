//! The command line (SPEC §5): argument parsing and one module per subcommand.
//!
//! Every command reads the file through `store`, computes with the core, and prints; errors
//! come back as [`Failure`], which `main` prints on one line to stderr with exit status 2.

/// `print!` that ends quietly at a closed pipe: a `Result<(), Failure>`; see [`out`].
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::out(format_args!($($arg)*))
    };
}

/// `println!` that ends quietly at a closed pipe: a `Result<(), Failure>`; see [`out`].
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::out(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` that never panics: a note that cannot be written is dropped.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod check;
mod compare;
mod export;
mod init;
mod installment;
mod negotiate;
mod notify;
mod pay;
mod plan;
mod reconcile;
mod remind;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::environment::locale_language;
use crate::model::{Data, Language, YearMonth};
use crate::money::{MAX_RATE, Money, amount_of, rate_of, read_number};
use crate::store::{Edit, Store, quote};

/// payoff: plan your way out of several debts at once, and never miss a due date.
///
/// With no command, opens the interactive app on the data file.
#[derive(Debug, Parser)]
#[command(name = "payoff", version, about, long_about = None)]
pub struct Cli {
    /// The data file [default: $PAYOFF_FILE, else the platform data dir's payoff.toml]
    #[arg(short, long, global = true, value_name = "FILE")]
    pub file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the data file (empty, or from the bundled example)
    Init(init::Args),
    /// Plan the payoff under one strategy: when, how much interest, month by month
    Plan(plan::Args),
    /// Every strategy side by side, against paying minimums only
    Compare(compare::Args),
    /// Append a payment to the log
    Pay(pay::Args),
    /// Take the balances your lenders show and move the file forward to today
    Reconcile(reconcile::Args),
    /// An installment schedule and its true annual rate (no data file needed)
    Installment(installment::Args),
    /// What if this debt were on a negotiated installment plan (协商分期)?
    Negotiate(negotiate::Args),
    /// Warn about due dates: soon due, in grace, overdue, or short of cash (exit 1 if any)
    Check(check::Args),
    /// Set up (or remove) a daily `payoff check` with a systemd user timer or cron
    Remind(remind::Args),
    /// Export the coming due dates (iCalendar)
    Export(export::Args),
}

/// Output format of table-or-JSON commands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
}

/// A command that could not do its work: the message is one line for stderr; exit status 2.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Failure {
        Failure(e.to_string())
    }
}

/// What a command produced: text for stdout and the exit status.
pub type Outcome = Result<ExitCode, Failure>;

/// Runs a subcommand. `today` reads the clock (and the local time zone): it is called only
/// when the command needs the day and no `--today` gives it.
pub fn run(file: Option<PathBuf>, command: Command, today: impl Fn() -> NaiveDate) -> Outcome {
    let path = || data_path(file.clone());
    match command {
        Command::Init(args) => init::run(&path()?, &args, today(), locale_language()),
        Command::Plan(args) => {
            let store = open(&path()?)?;
            let today = args.today.unwrap_or_else(&today);
            plan::run(&store, &args, today, language(store.data()))
        }
        Command::Compare(args) => {
            let store = open(&path()?)?;
            let today = args.today.unwrap_or_else(&today);
            compare::run(&store, &args, today, language(store.data()))
        }
        Command::Pay(args) => {
            let mut store = open_to_edit(&path()?)?;
            let lang = language(store.data());
            pay::run(&mut store, &args, today(), lang)
        }
        Command::Reconcile(args) => {
            let mut store = open_to_edit(&path()?)?;
            let lang = language(store.data());
            let today = args.today.unwrap_or_else(&today);
            reconcile::run(&mut store, &args, today, lang)
        }
        Command::Installment(args) => match args.against {
            None => installment::run(&args, None, locale_language()),
            // Against a debt of the file: the file's language, as other commands on it.
            Some(_) => {
                let store = open(&path()?)?;
                print_notices(&store);
                installment::run(&args, Some(&store), language(store.data()))
            }
        },
        Command::Negotiate(args) => {
            let mut store = open_to_edit(&path()?)?;
            let lang = language(store.data());
            let today = args.today.unwrap_or_else(&today);
            negotiate::run(&mut store, &args, today, lang)
        }
        Command::Check(args) => {
            let store = open(&path()?)?;
            let lang = language(store.data());
            let today = args.today.unwrap_or_else(&today);
            check::run(&store, &args, today, lang)
        }
        Command::Remind(args) => {
            let path = path()?;
            // Before the file exists, the locale speaks.
            let lang =
                Store::open(&path).map_or_else(|_| locale_language(), |s| language(s.data()));
            remind::run(&path, &args, lang)
        }
        Command::Export(args) => {
            let store = open(&path()?)?;
            let export::What::Ics(ics) = &args.what;
            let today = ics.today.unwrap_or_else(&today);
            export::run(&store, &args, today, language(store.data()))
        }
    }
}

/// The data file: `--file`, else `$PAYOFF_FILE`, else `<data dir>/payoff.toml`.
pub fn data_path(file: Option<PathBuf>) -> Result<PathBuf, Failure> {
    if let Some(f) = file {
        return Ok(f);
    }
    if let Some(f) = std::env::var_os("PAYOFF_FILE").filter(|f| !f.is_empty()) {
        return Ok(PathBuf::from(f));
    }
    directories::ProjectDirs::from("", "", "payoff")
        .map(|d| d.data_dir().join("payoff.toml"))
        .ok_or_else(|| Failure("no home directory: give the data file with --file".into()))
}

/// The language to speak: the file's `language`, else the locale's.
pub fn language(data: &Data) -> Language {
    data.language
        .unwrap_or_else(crate::environment::locale_language)
}

/// A strategy as tables name it: the command-line word, with the Chinese name in Chinese.
pub fn strategy_name(lang: Language, s: crate::engine::Strategy) -> String {
    match lang {
        Language::En => s.code().to_string(),
        Language::Zh => crate::i18n::t(lang, crate::i18n::strategy_msg(s)).to_string(),
    }
}

/// Opens the data file to read it, or says how to create it.
fn open(path: &std::path::Path) -> Result<Store, Failure> {
    must_exist(path)?;
    Ok(Store::open(path)?)
}

/// Opens the data file to change it ([`Store::open_to_edit`]), or says how to create it.
fn open_to_edit(path: &std::path::Path) -> Result<Store, Failure> {
    must_exist(path)?;
    Ok(Store::open_to_edit(path)?)
}

fn must_exist(path: &std::path::Path) -> Result<(), Failure> {
    if crate::store::exists(path)? {
        return Ok(());
    }
    Err(Failure(format!(
        "{}: no such file; create it with `payoff init` (or `payoff init --example`)",
        path.display()
    )))
}

/// Applies `edit` to the file as it is now and saves it ([`Store::commit`]): a change made
/// since it was read (another `payoff pay` at the same moment, a hand edit) is kept and the
/// edit made on top of it.
fn save_edit(store: &mut Store, edit: &Edit) -> Result<(), Failure> {
    store.commit(edit).map_err(|e| match e {
        crate::store::Error::ChangedOnDisk { path } => Failure(format!(
            "{}: the file kept changing on disk while payoff was saving; nothing was written, \
             run the command again",
            path.display()
        )),
        e => e.into(),
    })
}

/// Likely typos in the file (unknown keys close to known ones), for the planning commands.
fn print_notices(store: &Store) {
    for notice in store.notices() {
        errln!("warning: {notice}");
    }
}

/// Parses an amount: exact decimal, at most two decimals, not negative, written as the file
/// does or as payoff shows amounts (`¥1,060.30`, `1060.30元`, full-width digits), as the app's
/// forms read them ([`crate::money::read_typed_amount`]; the symbol is the default `¥`, as
/// the file is not open yet).
pub fn parse_amount(s: &str) -> Result<Money, String> {
    amount_of(crate::money::read_typed_amount(s, "¥"))
        .map_err(|expected| format!("expected {expected}, found {}", quote(s)))
}

/// Parses a rate in percent: exact decimal, not negative, in the loader's words.
pub fn parse_rate(s: &str) -> Result<Money, String> {
    rate_of(read_number(s, false), MAX_RATE)
        .map_err(|expected| format!("expected {expected}, found {}", quote(s)))
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("expected a date YYYY-MM-DD, found {}", quote(s)))
}

/// Parses `YYYY-MM`.
pub fn parse_month(s: &str) -> Result<YearMonth, String> {
    YearMonth::parse(s.trim())
        .ok_or_else(|| format!("expected a month YYYY-MM, found {}", quote(s)))
}

/// Writes to standard output. A reader that went away (`payoff plan | head`) is not an error:
/// the rest of the output is dropped and the command ends as it would have, the way other Unix
/// tools do; any other write error (a full disk) is a failure.
pub(crate) fn out(text: std::fmt::Arguments<'_>) -> Result<(), Failure> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    written(stdout.write_fmt(text).and_then(|()| stdout.flush()))
}

/// Runs `write` on a locked, buffered standard output, as [`out`] treats its errors: for
/// output written piece by piece (JSON, CSV) without first making it one string.
/// The writer is a concrete type, not `dyn Write`: serde_json's many small writes then go
/// straight into the buffer.
pub(crate) fn out_with(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> Result<(), Failure> {
    use std::io::Write as _;
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    written(write(&mut stdout).and_then(|()| stdout.flush()))
}

/// A write to standard output as a command's result: a closed pipe ends it quietly.
fn written(result: std::io::Result<()>) -> Result<(), Failure> {
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure(format!("cannot write to standard output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Prints JSON to stdout, pretty and with a final newline, written as it is serialized.
fn print_json<T: serde::Serialize + ?Sized>(value: &T) -> Outcome {
    out_with(|out| {
        use std::io::Write as _;
        serde_json::to_writer_pretty(&mut *out, value)?;
        out.write_all(b"\n")
    })?;
    Ok(ExitCode::SUCCESS)
}
