//! End to end: the real binary in a real terminal (tmux), from the first start on a fresh file
//! to quitting. Needs `tmux`: without it the test fails when `$CI` is set (CI installs it) and
//! is skipped with a note otherwise.
//!
//! The binary reads the machine's clock (the TUI has no `--today`), so nothing here depends on
//! the date: only on panel titles, the strategy name and the language.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long a screen may take to show what is expected. Polled, not slept.
const PATIENCE: Duration = Duration::from_secs(10);

/// A tmux server of our own (its socket in the test's temp dir, so nothing is left behind)
/// with one session; killed on drop, even when the test fails.
struct Tmux {
    socket: PathBuf,
    session: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-u")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .env("LANG", "C.UTF-8")
            .output()
            .expect("run tmux")
    }

    fn start(&self, command: &str) {
        let out = self.run(&[
            "new-session",
            "-d",
            "-s",
            &self.session,
            "-x",
            "100",
            "-y",
            "30",
            command,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn capture(&self) -> String {
        let out = self.run(&["capture-pane", "-p", "-t", &self.session]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn send(&self, key: &str) {
        let out = self.run(&["send-keys", "-t", &self.session, key]);
        assert!(out.status.success(), "send-keys {key} failed");
    }

    fn alive(&self) -> bool {
        self.run(&["has-session", "-t", &self.session])
            .status
            .success()
    }

    /// Waits until the pane shows `text`; the last screen in the panic message otherwise.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if screen.contains(text) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the pane never showed {text:?}; it shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_gone(&self) {
        let start = Instant::now();
        while self.alive() {
            assert!(
                start.elapsed() < PATIENCE,
                "the app did not quit; the pane shows:\n{}",
                self.capture()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-session", "-t", &self.session]);
        let _ = self.run(&["kill-server"]);
    }
}

impl Tmux {
    /// A temp dir and a tmux server of our own in it (the `Tmux` must be dropped before the
    /// dir, which holds its socket); `None`, with a note, where tmux is not installed, unless
    /// `$CI` is set (CI installs it), which fails the test.
    fn new(name: &str) -> Option<(tempfile::TempDir, Tmux)> {
        if !tmux_installed() {
            if std::env::var_os("CI").is_some() {
                panic!("tmux is not installed: CI must install it for this end-to-end test");
            }
            eprintln!("note: tmux is not installed; skipping the end-to-end TUI test");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let tmux = Tmux {
            socket: dir.path().join("tmux.sock"),
            session: format!("payoff-{name}-{}-{nanos}", std::process::id()),
        };
        Some((dir, tmux))
    }
}

/// The bundled example (English).
const EXAMPLE: &str = include_str!("../assets/example.toml");

impl Tmux {
    /// The app in English on a copy of the example in `dir`, its Dashboard shown; the file's
    /// path.
    fn start_on_example(&self, dir: &Path) -> PathBuf {
        let file = dir.join("payoff.toml");
        std::fs::write(&file, EXAMPLE).unwrap();
        let bin = Path::new(env!("CARGO_BIN_EXE_payoff"));
        self.start(&format!(
            "env -u LC_ALL -u LC_MESSAGES -u PAYOFF_FILE LANG=en_US.UTF-8 NO_COLOR=1 {} -f {}",
            quote(bin),
            quote(&file)
        ));
        self.wait_for("Needs attention");
        file
    }
}

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Quotes `s` for the shell tmux runs the command with.
fn quote(s: &Path) -> String {
    format!("'{}'", s.display().to_string().replace('\'', r"'\''"))
}

#[test]
fn first_start_dashboard_plan_language_quit() {
    let Some((dir, tmux)) = Tmux::new("test") else {
        return;
    };
    let file = dir.path().join("payoff.toml");
    let bin = Path::new(env!("CARGO_BIN_EXE_payoff"));
    // English whatever the machine's locale; no colours; no file from the environment.
    // Under strace where it is there: the app, too, never opens a network socket.
    let trace = dir.path().join("strace.log");
    let strace = if Command::new("strace").arg("-V").output().is_ok() {
        format!(
            "strace -f -qq -e trace=socket,connect,openat,open -o {} ",
            quote(&trace)
        )
    } else {
        String::new()
    };
    let command = format!(
        "env -u LC_ALL -u LC_MESSAGES -u PAYOFF_FILE LANG=en_US.UTF-8 NO_COLOR=1 {strace}{} -f {}",
        quote(bin),
        quote(&file)
    );
    tmux.start(&command);

    tmux.wait_for("Welcome to payoff");
    assert!(!file.exists(), "nothing is created before the user asks");
    tmux.send("e");
    tmux.wait_for("Needs attention");
    assert!(tmux.capture().contains("1 Dashboard"));

    tmux.send("4");
    tmux.wait_for("avalanche");

    tmux.send("L");
    tmux.wait_for("还款计划");
    // A moment after a save, idle: a wake-up loop would show in the trace below.
    std::thread::sleep(Duration::from_millis(500));

    tmux.send("q");
    tmux.wait_gone();

    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("language = \"zh\""), "{text}");
    if !strace.is_empty() {
        let calls = std::fs::read_to_string(&trace).unwrap_or_default();
        let network: Vec<&str> = calls
            .lines()
            .filter(|l| l.contains("AF_INET") || l.contains("resolv.conf"))
            .collect();
        assert!(
            network.is_empty(),
            "the app touched the network: {network:#?}"
        );
        assert!(calls.contains("openat"), "strace saw nothing: {calls}");
        // Idle means idle: after its saves the app opened the file a few times, not in a loop
        // (reading the file once woke the folder watch to read it again, without end).
        let opens = calls
            .lines()
            .filter(|l| l.contains("openat") && l.contains("payoff.toml\""))
            .count();
        assert!(opens < 100, "the app opened its file {opens} times");
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the data file is private: mode {mode:o}");
}

#[test]
fn first_start_in_chinese_offers_the_chinese_example_and_adds_a_huabei() {
    let Some((dir, tmux)) = Tmux::new("zh") else {
        return;
    };
    let file = dir.path().join("payoff.toml");
    let bin = Path::new(env!("CARGO_BIN_EXE_payoff"));
    // A Chinese-speaking user: the locale says zh, the file does not exist yet.
    let command = format!(
        "env -u LC_ALL -u LC_MESSAGES -u PAYOFF_FILE LANG=zh_CN.UTF-8 NO_COLOR=1 {} -f {}",
        quote(bin),
        quote(&file)
    );
    tmux.start(&command);
    tmux.wait_for("欢迎使用 payoff");
    tmux.send("e");
    tmux.wait_for("需要处理");
    tmux.send("2");
    tmux.wait_for("招行信用卡");
    // a, then 花呗 (the second product): the example has a 花呗, so the name is typed; then
    // the balance; Enter saves.
    tmux.send("a");
    tmux.wait_for("向谁借的");
    tmux.send("2");
    tmux.wait_for("花呗默认值");
    for key in ["H", "b", "2", "Tab", "2", "0", "0", "0", "Enter"] {
        tmux.send(key);
    }
    tmux.wait_for("Hb2");
    tmux.send("q");
    tmux.wait_gone();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("language = \"zh\""), "{text}");
    assert!(text.contains("# 银行信用卡（招商银行信用卡）"), "{text}");
    assert!(
        text.contains("name = \"Hb2\"\nproduct = \"huabei\"\nbalance = 2000\n"),
        "{text}"
    );
}

#[test]
fn a_broken_hand_edit_is_shown_and_its_fix_loads_by_itself() {
    let Some((dir, tmux)) = Tmux::new("fix") else {
        return;
    };
    let file = tmux.start_on_example(dir.path());
    // A hand edit with a day of 40: the app pauses, and `r` shows the loader's message.
    std::fs::write(&file, EXAMPLE.replacen("due_day = 22", "due_day = 40", 1)).unwrap();
    tmux.wait_for("edits paused");
    tmux.send("r");
    tmux.wait_for("The file has an error");
    tmux.wait_for("expected a day of the month 1-31");
    // Put back as it was, to the byte: the watcher loads it with no key pressed.
    std::fs::write(&file, EXAMPLE).unwrap();
    tmux.wait_for("reloaded from disk");
    tmux.send("q");
    tmux.wait_gone();
}

#[test]
fn add_a_debt_pay_it_and_undo_both() {
    let Some((dir, tmux)) = Tmux::new("undo") else {
        return;
    };
    let file = tmux.start_on_example(dir.path());
    tmux.send("2");
    tmux.wait_for("Next due");
    // a, 6 (an online lender): name, balance, apr, term, (method), due day; Enter saves.
    tmux.send("a");
    tmux.wait_for("who is it with?");
    tmux.send("6");
    tmux.wait_for("online lender (loan)");
    for key in [
        "C", "a", "r", "Tab", "6", "0", "0", "0", "Tab", "2", "4", "Tab", "1", "2", "Tab", "Tab",
        "1", "5", "Enter",
    ] {
        tmux.send(key);
    }
    tmux.wait_for("Selected: Car (online lender)");
    let added = wait_file_with(&file, "name = \"Car\"\nproduct = \"online_lender\"\n");
    // The new debt is selected: p pays it, its amount due prefilled.
    tmux.send("p");
    tmux.wait_for("Record a payment to Car");
    tmux.send("Enter");
    tmux.wait_for("recorded");
    wait_file_with(&file, "[[payments]]\ndebt = \"Car\"\n");
    // u takes the payment back, then the debt: the file is the example again, to the byte.
    tmux.send("u");
    tmux.wait_for("undone and saved");
    wait_file(&file, &added);
    tmux.send("u");
    wait_file(&file, EXAMPLE);
    tmux.send("q");
    tmux.wait_gone();
}

/// Waits until `file` holds `text`, to the byte.
fn wait_file(file: &Path, text: &str) {
    wait_file_until(file, |now| now == text);
}

/// Waits until `file` contains `part`; what it then holds.
fn wait_file_with(file: &Path, part: &str) -> String {
    wait_file_until(file, |now| now.contains(part))
}

fn wait_file_until(file: &Path, done: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let now = std::fs::read_to_string(file).unwrap_or_default();
        if done(&now) {
            return now;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "the file never became what was expected; it holds:\n{now}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
