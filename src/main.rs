use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use payoff::cli::{self, Cli};

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        // --help and --version print to stdout and exit 0.
        Err(e) if !e.use_stderr() => e.exit(),
        // A bad argument is one line on stderr, exit status 2.
        Err(e) => {
            let text = e.render().to_string();
            let message: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            fail(format_args!("{} (see --help)", message.join(" ")));
            return ExitCode::from(2);
        }
    };
    let Some(command) = args.command else {
        let result = cli::data_path(args.file)
            .and_then(|path| payoff::tui::run(path, today).map_err(cli::Failure));
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(cli::Failure(msg)) => {
                fail(format_args!("error: {msg}"));
                ExitCode::from(2)
            }
        };
    };
    match cli::run(args.file, command, today) {
        Ok(code) => code,
        Err(cli::Failure(msg)) => {
            fail(format_args!("error: {msg}"));
            ExitCode::from(2)
        }
    }
}

/// One line on stderr; a stderr that cannot be written (a closed pipe) drops it.
fn fail(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The local calendar day, read only by a command that needs it and was given no `--today`.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
