use std::process::ExitCode;

use clap::Parser;
use payoff::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let today = chrono::Local::now().date_naive();
    let Some(command) = args.command else {
        let result = cli::data_path(args.file).and_then(|path| {
            payoff::tui::run(path, || chrono::Local::now().date_naive()).map_err(cli::Failure)
        });
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(cli::Failure(msg)) => {
                eprintln!("error: {msg}");
                ExitCode::from(2)
            }
        };
    };
    match cli::run(args.file, command, today) {
        Ok(code) => code,
        Err(cli::Failure(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
