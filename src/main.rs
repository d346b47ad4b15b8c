use std::process::ExitCode;

use clap::Parser;
use payoff::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let today = chrono::Local::now().date_naive();
    let Some(command) = args.command else {
        eprintln!("payoff: the interactive app is not built yet; see `payoff --help`");
        return ExitCode::from(2);
    };
    match cli::run(args.file, command, today) {
        Ok(code) => code,
        Err(cli::Failure(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
