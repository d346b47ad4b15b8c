//! `payoff remind`: a daily `payoff check` by a systemd user timer (or a crontab line).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Failure, Outcome};
use crate::i18n::{Msg, t};
use crate::model::Language;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Run `payoff check --notify` on this file every morning (systemd user timer)
    Install {
        /// Print a crontab line instead of writing systemd units
        #[arg(long)]
        cron: bool,
        /// Replace unit files of the same name that differ from what payoff would write
        #[arg(long)]
        force: bool,
    },
    /// Disable and remove what `install` wrote
    Uninstall {
        /// Say how to remove the crontab line instead
        #[arg(long)]
        cron: bool,
    },
}

const UNIT: &str = "payoff-check";
/// The first line of every file `install` writes: `uninstall` removes only files that have it.
const MARK: &str = "# Written by `payoff remind install`; `payoff remind uninstall` removes it.";

pub fn run(file: &Path, args: &Args, lang: Language) -> Outcome {
    match args.action {
        Action::Install { cron: true, .. } => {
            outln!("0 9 * * * {}", command(file, false)?)?;
            errln!("{}", t(lang, Msg::CliCronHint));
        }
        Action::Install { cron: false, force } => install(file, force, lang)?,
        Action::Uninstall { cron: true } => {
            outln!("{}", t(lang, Msg::CliCronRemove))?;
        }
        Action::Uninstall { cron: false } => uninstall(lang)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `<config dir>/systemd/user`, e.g. `~/.config/systemd/user`.
fn unit_dir() -> Result<PathBuf, Failure> {
    directories::BaseDirs::new()
        .map(|b| b.config_dir().join("systemd").join("user"))
        .ok_or_else(|| Failure("no home directory to install the timer in".into()))
}

/// The command line that checks `file`, with absolute paths quoted for systemd or the shell.
fn command(file: &Path, systemd: bool) -> Result<String, Failure> {
    let exe = std::env::current_exe()
        .map_err(|e| Failure(format!("cannot find the payoff binary: {e}")))?;
    let file =
        std::path::absolute(file).map_err(|e| Failure(format!("{}: {e}", file.display())))?;
    let quote = |p: &Path| {
        let s = p.display().to_string();
        if systemd {
            format!(
                "\"{}\"",
                s.replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('%', "%%")
            )
        } else {
            format!("'{}'", s.replace('\'', "'\\''"))
        }
    };
    let notify = if systemd { " --notify" } else { "" };
    Ok(format!(
        "{} --file {} check{notify}",
        quote(&exe),
        quote(&file)
    ))
}

fn install(file: &Path, force: bool, lang: Language) -> Result<(), Failure> {
    let dir = unit_dir()?;
    std::fs::create_dir_all(&dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    let service = format!(
        "{MARK}\n[Unit]\nDescription=payoff: warn before a debt's due date is missed\n\n\
         [Service]\nType=oneshot\nExecStart={}\n\
         # `payoff check` exits 1 when it has warned: that is not a failure.\n\
         SuccessExitStatus=1\n",
        command(file, true)?
    );
    let timer = format!(
        "{MARK}\n[Unit]\nDescription=payoff: check due dates every morning\n\n\
         [Timer]\nOnCalendar=*-*-* 09:00:00\n\
         # Run at the next start or login when the machine was off at 09:00.\n\
         Persistent=true\n\n[Install]\nWantedBy=timers.target\n"
    );
    let units = [("service", service), ("timer", timer)].map(|(ext, text)| {
        let path = dir.join(format!("{UNIT}.{ext}"));
        let old = std::fs::read_to_string(&path).ok();
        (path, text, old)
    });
    // Check both before writing either: a refusal leaves everything as it was.
    if !force {
        for (path, text, old) in &units {
            if let Some(difference) = old.as_deref().and_then(|old| first_difference(old, text)) {
                return Err(Failure(format!(
                    "{} exists and differs from what payoff would write ({difference}); \
                     nothing was written (--force replaces it)",
                    path.display()
                )));
            }
        }
    }
    for (path, text, old) in &units {
        if old.as_deref() != Some(text.as_str()) {
            crate::store::write_file(path, text.as_bytes())?;
        }
    }
    let (service, timer) = (format!("{UNIT}.service"), format!("{UNIT}.timer"));
    outln!(
        "{}",
        t(
            lang,
            Msg::CliRemindWrote {
                service: &service,
                timer: &timer,
                dir: &dir.display().to_string()
            }
        )
    )?;
    if systemctl(&["daemon-reload"]) && systemctl(&["enable", "--now", &timer]) {
        outln!("{}", t(lang, Msg::CliRemindEnabled { timer: &timer }))?;
    } else {
        outln!("{}", t(lang, Msg::CliRemindManual))?;
        outln!("  systemctl --user daemon-reload && systemctl --user enable --now {timer}")?;
        outln!("{}", t(lang, Msg::CliRemindOrCron))?;
    }
    Ok(())
}

/// Where two texts first differ, as a person would want to read it: `line 5: has "...", payoff
/// writes "..."`; `None` when they are the same.
fn first_difference(old: &str, new: &str) -> Option<String> {
    if old == new {
        return None;
    }
    let (mut old_lines, mut new_lines) = (old.lines(), new.lines());
    let mut line = 1;
    loop {
        match (old_lines.next(), new_lines.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (None, None) => return Some(format!("after line {line}: the end of the file")),
            (a, b) => {
                let quote = |l: Option<&str>| {
                    l.map_or_else(|| "nothing".into(), |l| format!("{:?}", clip(l)))
                };
                return Some(format!(
                    "line {line}: has {}, payoff writes {}",
                    quote(a),
                    quote(b)
                ));
            }
        }
    }
}

/// At most 60 characters of a line, for a message.
fn clip(line: &str) -> String {
    match line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

fn uninstall(lang: Language) -> Result<(), Failure> {
    let dir = unit_dir()?;
    systemctl(&["disable", "--now", &format!("{UNIT}.timer")]);
    let mut removed = Vec::new();
    for ext in ["timer", "service"] {
        let path = dir.join(format!("{UNIT}.{ext}"));
        let ours = std::fs::read_to_string(&path).is_ok_and(|t| t.starts_with(MARK));
        if ours {
            std::fs::remove_file(&path).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
            removed.push(path.display().to_string());
        }
    }
    systemctl(&["daemon-reload"]);
    if removed.is_empty() {
        outln!(
            "{}",
            t(
                lang,
                Msg::CliNothingToRemove {
                    dir: &dir.display().to_string()
                }
            )
        )?;
    } else {
        let files = removed.join(&t(lang, Msg::CliAnd));
        outln!("{}", t(lang, Msg::CliRemoved { files: &files }))?;
    }
    Ok(())
}

/// `systemctl --user ARGS`, quietly; whether it worked.
fn systemctl(args: &[&str]) -> bool {
    std::process::Command::new("systemctl")
        .arg("--user")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
