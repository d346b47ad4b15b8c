//! What payoff promises about the user's file, each promise tried the way it could break: an
//! output path that is the data file, a hand edit racing a save, `kill -9` in the middle of a
//! save, a save by root, a read-only file, a closed pipe, no terminal, hostile names, a
//! dangling link, a byte order mark, two `pay`s at once, and the network. README: "What payoff
//! promises about your file".

mod common;

use std::fs;
use std::io::Write as _;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{EXAMPLE, payoff};
use payoff::model::Payment;
use payoff::store::{Edit, Store};
use rust_decimal::Decimal;

/// The example in a folder of its own.
fn example() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    fs::write(&path, EXAMPLE).unwrap();
    (dir, path)
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A tiny generator of spread-out numbers, so the tests need no randomness crate and every run
/// tries the same moments.
struct Moments(u64);

impl Moments {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// How many times a long-running test tries: `default`, or the number in `var`.
fn runs(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn an_output_path_is_never_the_data_file_its_backup_or_its_lock() {
    let (dir, path) = example();
    // A save first, so the .bak and the .lock exist.
    payoff()
        .args(["pay", "CMB Card", "1", "--date", "2026-11-02", "-f"])
        .arg(&path)
        .assert()
        .success();
    let link = dir.path().join("link.ics");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let hard = dir.path().join("hard.ics");
    fs::hard_link(&path, &hard).unwrap();
    let bak_link = dir.path().join("bak-link.ics");
    std::os::unix::fs::symlink(dir.path().join("payoff.toml.bak"), &bak_link).unwrap();
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    let outputs = [
        path.clone(),
        dir.path().join("payoff.toml.bak"),
        dir.path().join("payoff.toml.lock"),
        link,
        hard,
        bak_link,
        sub.join("../payoff.toml"),
    ];
    let before: Vec<(Vec<u8>, u32)> = ["payoff.toml", "payoff.toml.bak", "payoff.toml.lock"]
        .iter()
        .map(|f| {
            let p = dir.path().join(f);
            (fs::read(&p).unwrap(), mode(&p))
        })
        .collect();
    for out in &outputs {
        payoff()
            .args(["export", "ics", "--today", "2026-11-23", "-f"])
            .arg(&path)
            .arg("-o")
            .arg(out)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "that is the data file (or its .bak or .lock); choose another output file",
            ));
    }
    for (f, (bytes, m)) in ["payoff.toml", "payoff.toml.bak", "payoff.toml.lock"]
        .iter()
        .zip(&before)
    {
        let p = dir.path().join(f);
        assert_eq!(&fs::read(&p).unwrap(), bytes, "{f} changed");
        assert_eq!(mode(&p), *m, "{f}'s mode changed");
    }
    // Another name is written, private.
    let ics = dir.path().join("dues.ics");
    payoff()
        .args(["export", "ics", "--today", "2026-11-23", "-f"])
        .arg(&path)
        .arg("-o")
        .arg(&ics)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&ics)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
    assert_eq!(mode(&ics), 0o600);
}

/// Writes `text` over `path` the way another program would: in place (truncate and write), or
/// to a temporary file renamed over it, as editors do.
fn write_by_hand(path: &Path, text: &str, rename: bool) {
    if rename {
        let tmp = path.with_extension("editor-tmp");
        fs::write(&tmp, text).unwrap();
        fs::rename(&tmp, path).unwrap();
    } else {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(path)
            .unwrap();
        f.write_all(text.as_bytes()).unwrap();
    }
}

/// Whether the hand edit `mark` survived: in the file or, overwritten by a later save, in its
/// backup. Losing it from both is what must never happen.
fn kept(path: &Path, mark: &str) -> bool {
    let has = |p: &Path| fs::read_to_string(p).is_ok_and(|t| t.contains(mark));
    has(path) || has(&path.with_file_name("payoff.toml.bak"))
}

#[test]
fn a_hand_edit_racing_a_save_is_never_lost() {
    let (_dir, path) = example();
    let mut at = Moments(0x9e37_79b9_7f4a_7c15);
    let trials = runs("PAYOFF_RACE_TRIALS", 600);
    let mut lost = Vec::new();
    let mut refused = 0;
    for trial in 0..trials {
        let base = fs::read_to_string(&path).unwrap();
        let mut store = Store::open(&path).unwrap();
        store
            .apply(Edit::AddPayment(Payment {
                debt: "花呗".into(),
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
                amount: Decimal::ONE,
            }))
            .unwrap();
        let mark = format!("# hand edit {trial}\n");
        let by_hand = format!("{base}{mark}");
        let rename = trial % 2 == 1;
        // A save takes a few milliseconds (two fsyncs): the edit lands anywhere in it.
        let delay = Duration::from_micros(at.below(4_000));
        let target = path.clone();
        let hand = thread::spawn(move || {
            thread::sleep(delay);
            write_by_hand(&target, &by_hand, rename);
        });
        if store.save().is_err() {
            refused += 1;
        }
        hand.join().unwrap();
        if !kept(&path, &mark) {
            lost.push(trial);
        }
    }
    assert!(lost.is_empty(), "hand edits lost in trials {lost:?}");
    // The race was real: some saves saw the edit and refused.
    assert!(refused > 0, "no save was refused in {trials} trials");
}

#[test]
fn a_hand_edit_racing_payoff_pay_is_never_lost() {
    let (_dir, path) = example();
    let bin = assert_cmd::cargo::cargo_bin("payoff");
    let mut at = Moments(0x2545_f491_4f6c_dd1d);
    let trials = runs("PAYOFF_RACE_TRIALS", 120);
    let mut lost = Vec::new();
    for trial in 0..trials {
        let base = fs::read_to_string(&path).unwrap();
        let mark = format!("# hand edit {trial}\n");
        let by_hand = format!("{base}{mark}");
        let rename = trial % 2 == 1;
        let delay = Duration::from_micros(at.below(12_000));
        let pay = Command::new(&bin)
            // The same payment each trial: meant, so --force (a repeat is refused otherwise).
            .args(["pay", "--force", "借呗", "1", "--date", "2026-11-02", "-f"])
            .arg(&path)
            .env("LANG", "en_US.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        thread::sleep(delay);
        write_by_hand(&path, &by_hand, rename);
        let out = pay.wait_with_output().unwrap();
        assert!(
            out.status.success() || out.status.code() == Some(2),
            "{:?}: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        if !kept(&path, &mark) {
            lost.push(trial);
        }
    }
    assert!(lost.is_empty(), "hand edits lost in trials {lost:?}");
}

#[test]
fn a_hand_edit_racing_a_payment_in_the_app_is_never_lost() {
    use ratatui::crossterm::event::KeyCode;
    let mut at = Moments(0x1234_5678_9abc_def1);
    let trials = runs("PAYOFF_RACE_TRIALS", 40);
    let mut lost = Vec::new();
    for trial in 0..trials {
        let mut h = common::Harness::new(payoff::model::Language::En, true);
        h.keys(&[KeyCode::Char('2'), KeyCode::Down, KeyCode::Char('p')]);
        let mark = format!("# hand edit {trial}\n");
        let by_hand = format!("{EXAMPLE}{mark}");
        let (target, rename) = (h.path.clone(), trial % 2 == 1);
        let delay = Duration::from_micros(at.below(4_000));
        let hand = thread::spawn(move || {
            thread::sleep(delay);
            write_by_hand(&target, &by_hand, rename);
        });
        // Enter records the payment the form offers, and saves.
        h.key(KeyCode::Enter);
        hand.join().unwrap();
        if !kept(&h.path, &mark) {
            lost.push(trial);
        }
    }
    assert!(lost.is_empty(), "hand edits lost in trials {lost:?}");
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one_whole() {
    let (dir, path) = example();
    let bin = assert_cmd::cargo::cargo_bin("payoff");
    // The same payment over and over, meant: --force (a repeat is refused otherwise).
    let script = format!(
        "while '{}' pay --force 'CMB Card' 1 --date 2026-11-02 -f '{}' >/dev/null; do :; done",
        bin.display(),
        path.display()
    );
    let mut at = Moments(0xdead_beef_cafe_f00d);
    let kills = runs("PAYOFF_KILL_RUNS", 200);
    let mut payments = 0;
    for kill in 0..kills {
        let mut child = Command::new("sh")
            .args(["-c", &script])
            .process_group(0)
            .spawn()
            .unwrap();
        thread::sleep(Duration::from_micros(1_000 + at.below(15_000)));
        // SIGKILL to the loop and the `payoff pay` saving inside it.
        let group = format!("-{}", child.id());
        let killed = Command::new("kill")
            .args(["-KILL", "--", &group])
            .status()
            .unwrap();
        assert!(killed.success());
        child.wait().unwrap();
        let text = fs::read_to_string(&path).unwrap();
        let store = Store::open(&path)
            .unwrap_or_else(|e| panic!("kill {kill}: the file does not load: {e}\n{text}"));
        // Whole: every comment of the example is there (the payments go in after its last
        // one, before its scenarios), and no payment went missing.
        const ADDED: &str = "[[payments]]\ndebt = \"CMB Card\"\ndate = 2026-11-02\namount = 1\n\n";
        assert_eq!(
            text.replace(ADDED, ""),
            EXAMPLE,
            "kill {kill}: the example's text changed"
        );
        let now = store.data().payments.len();
        assert!(
            now >= payments,
            "kill {kill}: payments went from {payments} to {now}"
        );
        payments = now;
        let bak = path.with_file_name("payoff.toml.bak");
        if bak.exists() {
            Store::open(&bak).unwrap_or_else(|e| panic!("kill {kill}: the .bak is torn: {e}"));
        }
    }
    assert!(payments > 0, "no save finished in {kills} runs");
    // Leftover temporary files are gone once payoff opens the file again.
    Store::open(&path).unwrap();
    let temps: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(temps.is_empty(), "stale temporary files left: {temps:?}");
}

#[test]
fn a_save_by_root_keeps_the_files_owner() {
    // Only root can give a file away; as anyone else there is nothing to try.
    if fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(1) != 0 {
        eprintln!("not root: skipped");
        return;
    }
    let (dir, path) = example();
    let (uid, gid) = (65534, 65534);
    std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
    for _ in 0..2 {
        // Twice the same payment, meant: --force.
        payoff()
            .args([
                "pay",
                "--force",
                "CMB Card",
                "1",
                "--date",
                "2026-11-02",
                "-f",
            ])
            .arg(&path)
            .assert()
            .success();
    }
    for f in ["payoff.toml", "payoff.toml.bak", "payoff.toml.lock"] {
        let meta = fs::metadata(dir.path().join(f)).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (uid, gid), "{f}");
    }
}

#[test]
fn a_read_only_file_is_refused_untouched() {
    let (dir, path) = example();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    payoff()
        .args(["pay", "CMB Card", "1", "-f"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "payoff.toml: read-only (its owner may not write it); nothing was written (chmod u+w \
             allows changes)",
        ));
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
    assert_eq!(mode(&path), 0o400);
    assert!(!dir.path().join("payoff.toml.bak").exists());
}

#[test]
fn the_app_shows_a_payment_it_could_not_save_as_not_made() {
    use ratatui::crossterm::event::KeyCode;
    let mut h = common::Harness::new(payoff::model::Language::En, true);
    fs::set_permissions(&h.path, fs::Permissions::from_mode(0o400)).unwrap();
    let before = h.app.view.debts[1].payments;
    h.keys(&[KeyCode::Char('2'), KeyCode::Down, KeyCode::Char('p')]);
    h.key(KeyCode::Enter);
    let (status, error) = h.app.status.clone().unwrap();
    assert!(error, "{status}");
    assert_eq!(
        status,
        "not saved: read-only (its owner may not write it); nothing was written (chmod u+w \
         allows changes)"
    );
    assert_eq!(h.disk(), EXAMPLE);
    assert_eq!(h.app.store.text(), EXAMPLE);
    assert_eq!(h.app.view.debts[1].payments, before);
    // At 80 columns the status keeps its start.
    let top = h
        .screen(80, 24)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(top.contains("not saved: read-only"), "{top}");
    assert!(top.ends_with('…'), "{top}");
}

#[test]
fn reminder_units_are_private_and_a_different_one_is_never_overwritten() {
    let (home, path) = example();
    let install = |extra: &[&str]| {
        let mut cmd = payoff();
        cmd.args(["remind", "install"])
            .args(extra)
            .arg("-f")
            .arg(&path)
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME")
            .env("PATH", "/nonexistent");
        cmd.assert()
    };
    install(&[]).success();
    let dir = home.path().join(".config/systemd/user");
    let service = dir.join("payoff-check.service");
    let timer = dir.join("payoff-check.timer");
    assert_eq!(mode(&service), 0o600);
    assert_eq!(mode(&timer), 0o600);
    // The same units again: nothing to refuse.
    install(&[]).success();
    let mine = fs::read_to_string(&timer)
        .unwrap()
        .replace("09:00:00", "07:30:00");
    fs::write(&timer, &mine).unwrap();
    let written = fs::read_to_string(&service).unwrap();
    install(&[]).code(2).stderr(predicates::str::contains(
        "payoff-check.timer exists and differs from what payoff would write (line 6: has \
         \"OnCalendar=*-*-* 07:30:00\", payoff writes \"OnCalendar=*-*-* 09:00:00\"); nothing \
         was written (--force replaces it)",
    ));
    assert_eq!(fs::read_to_string(&timer).unwrap(), mine);
    assert_eq!(fs::read_to_string(&service).unwrap(), written);
    install(&["--force"]).success();
    assert!(fs::read_to_string(&timer).unwrap().contains("09:00:00"));
}

#[test]
fn without_a_terminal_the_app_says_so_in_one_line() {
    let (_dir, path) = example();
    let out = payoff().arg("-f").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: payoff needs a terminal; the commands work without one: payoff --help\n"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let (_dir, path) = example();
    let bin = assert_cmd::cargo::cargo_bin("payoff");
    let commands: [&[&str]; 4] = [
        &[
            "installment",
            "--principal",
            "12000",
            "--months",
            "60",
            "--apr",
            "10",
        ],
        &["plan", "--format", "csv"],
        &["compare", "--format", "json"],
        &["check", "--today", "2026-12-20"],
    ];
    for args in commands {
        let mut child = Command::new(&bin)
            .args(args)
            .arg("-f")
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before payoff writes a byte, as `| head -0` would.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {:?}",
            out.status
        );
    }
}

/// A file whose names would drive the terminal if printed as they are.
const HOSTILE: &str = "version = 1\ncurrency = \"\\u001b[5m¥\"\n[budget]\nas_of = 2026-11-01\n\
    cash = 0\nmonthly_for_debts = 500\n[[debts]]\nname = \"\\u001b]0;pwned\\u0007Card\\r\"\n\
    kind = \"card\"\nbalance = 5000\napr = 18\nminimum = 200\ndue_day = 10\n";

#[test]
fn names_from_the_file_reach_a_terminal_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    fs::write(&path, HOSTILE).unwrap();
    let escaped = "\\u{1b}]0;pwned\\u{7}Card\\r";
    // iCalendar text escapes `\` and `;` once more (RFC 5545).
    let in_ics = "\\\\u{1b}]0\\;pwned\\\\u{7}Card\\\\r";
    let commands: [(&[&str], &str); 4] = [
        (&["check", "--today", "2026-11-30"], escaped),
        (&["plan"], escaped),
        (&["plan", "--format", "csv"], escaped),
        (&["export", "ics", "--today", "2026-11-05"], in_ics),
    ];
    for (args, name) in commands {
        let out = payoff().args(args).arg("-f").arg(&path).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            !stdout.contains(['\u{1b}', '\u{7}']),
            "{args:?} printed a raw control character:\n{stdout:?}"
        );
        assert!(stdout.contains(name), "{args:?}:\n{stdout}");
    }
    // The app draws the same escaped name.
    let store = Store::open(&path).unwrap();
    let app = payoff::tui::app::App::new(store, common::today(), payoff::model::Language::En, true);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| payoff::tui::ui::render(&app, f)).unwrap();
    let screen = common::text(terminal.backend().buffer());
    assert!(screen.contains("\\u{1b}]0;pwned\\u{7}Card"), "{screen}");
    assert!(screen.contains("\\u{1b}[5m¥"), "{screen}");
}

#[test]
fn a_dangling_symlink_is_named_as_such_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("payoff.toml");
    std::os::unix::fs::symlink(dir.path().join("gone/payoff.toml"), &link).unwrap();
    for args in [&["plan"][..], &["init"], &["check"]] {
        payoff()
            .args(args)
            .arg("-f")
            .arg(&link)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(format!(
                "payoff.toml: a symbolic link to {}, which does not exist; fix the link or \
                 remove it (then `payoff init` creates the file)",
                dir.path().join("gone/payoff.toml").display()
            )));
    }
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_save_keeps_a_byte_order_mark_and_mixed_line_endings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    let text = "\u{feff}# kept\r\nversion = 1\r\n[budget]\nas_of = 2026-11-01\r\ncash = 100\n\
                monthly_for_debts = 500\r\n\r\n[[debts]]\r\nname = \"Card\"\nkind = \"card\"\r\n\
                balance = 5000\r\napr = 18\nminimum = 200\r\ndue_day = 10\r\n";
    fs::write(&path, text).unwrap();
    payoff()
        .args(["pay", "Card", "200", "--date", "2026-11-09", "-f"])
        .arg(&path)
        .assert()
        .success();
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with(text), "{saved:?}");
    // The appended lines end as most of the file does: CRLF.
    assert_eq!(
        &saved[text.len()..],
        "\r\n[[payments]]\r\ndebt = \"Card\"\r\ndate = 2026-11-09\r\namount = 200\r\n"
    );
}

#[test]
fn payments_made_at_the_same_moment_are_all_recorded() {
    let (_dir, path) = example();
    let bin = assert_cmd::cargo::cargo_bin("payoff");
    let n = 8;
    let start = Instant::now();
    let children: Vec<_> = (0..n)
        .map(|i| {
            Command::new(&bin)
                .args([
                    "pay",
                    "JD Baitiao",
                    &format!("{}.01", i + 1),
                    "--date",
                    "2026-11-03",
                ])
                .arg("-f")
                .arg(&path)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let store = Store::open(&path).unwrap();
    let mut amounts: Vec<String> = store
        .data()
        .payments
        .iter()
        .filter(|p| p.debt == "JD Baitiao")
        .map(|p| p.amount.to_string())
        .collect();
    amounts.sort();
    let want: Vec<String> = (1..=n).map(|i| format!("{i}.01")).collect();
    assert_eq!(amounts, want, "after {:?}", start.elapsed());
}

/// Environment variables a command runs with.
type Env<'a> = &'a [(&'a str, &'a str)];

/// Every system call of `args` that opens a socket or reads the resolver's configuration.
fn network_calls(args: &[&str], env: Env) -> Option<Vec<String>> {
    let log = tempfile::NamedTempFile::new().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("payoff");
    // Found on this process's PATH: a run may give payoff another PATH.
    let strace = std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("strace"))
        .find(|p| p.is_file())?;
    let status = Command::new(strace)
        .args(["-f", "-qq", "-e", "trace=socket,connect,openat,open", "-o"])
        .arg(log.path())
        .arg(&bin)
        .args(args)
        .envs(env.iter().copied())
        .env("LANG", "en_US.UTF-8")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    assert!(status.code().is_some(), "{args:?} died: {status:?}");
    let trace = fs::read_to_string(log.path()).unwrap();
    Some(
        trace
            .lines()
            .filter(|l| {
                l.contains("AF_INET")
                    || l.contains("AF_INET6")
                    || l.contains("resolv.conf")
                    || l.contains("nsswitch.conf")
                    || l.contains("/etc/hosts")
            })
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn no_command_touches_the_network() {
    let (home, path) = example();
    let f = path.to_str().unwrap();
    let ics = home.path().join("dues.ics");
    let ics = ics.to_str().unwrap();
    let new = home.path().join("new.toml");
    let new = new.to_str().unwrap();
    let home_dir = home.path().to_str().unwrap();
    let bus = [("DBUS_SESSION_BUS_ADDRESS", "tcp:host=localhost,port=1")];
    let remote_bus = [(
        "DBUS_SESSION_BUS_ADDRESS",
        "tcp:host=bus.example.org,port=1",
    )];
    let in_home = [("HOME", home_dir), ("PATH", "/nonexistent")];
    let runs: [(&[&str], Env); 14] = [
        (&["--version"], &[]),
        (&["-f", new, "init", "--example"], &[]),
        (&["-f", f, "plan", "--format", "json"], &[]),
        (&["-f", f, "compare"], &[]),
        (&["-f", f, "check", "--today", "2026-12-20"], &[]),
        (
            &["-f", f, "check", "--today", "2026-12-20", "--notify"],
            &bus,
        ),
        (
            &["-f", f, "check", "--today", "2026-12-20", "--notify"],
            &remote_bus,
        ),
        (&["-f", f, "pay", "花呗", "10"], &[]),
        (
            &[
                "installment",
                "--principal",
                "1000",
                "--months",
                "3",
                "--fee-rate",
                "0.6",
            ],
            &[],
        ),
        (
            &["-f", f, "negotiate", "CMB Card", "--months", "36", "--save"],
            &[],
        ),
        (&["-f", f, "export", "ics", "-o", ics], &[]),
        (&["-f", f, "remind", "install"], &in_home),
        (&["-f", f, "remind", "uninstall"], &in_home),
        (&["-f", f], &[]),
    ];
    let required = std::env::var_os("PAYOFF_REQUIRE_STRACE").is_some();
    for (args, env) in runs {
        match network_calls(args, env) {
            Some(calls) => assert!(calls.is_empty(), "{args:?} {env:?}: {calls:#?}"),
            None if required => panic!("strace is needed for this test (apt-get install strace)"),
            None => {
                eprintln!("strace not found: skipped (PAYOFF_REQUIRE_STRACE=1 makes it fail)");
                return;
            }
        }
    }
}

/// A crashed save's temporary file is cleared by the next command that saves, and left alone by
/// the ones that only read (they touch nothing on disk, and skip the folder scan).
#[test]
fn a_crashed_saves_leftover_is_cleared_by_the_next_save_only() {
    let (dir, path) = example();
    let leftover = dir.path().join(".payoff.toml.a1B2c3.tmp");
    fs::write(&leftover, "half a file").unwrap();
    for read in [&["check"][..], &["plan"], &["compare"], &["export", "ics"]] {
        let out = payoff()
            .args(read)
            .args(["--today", "2026-11-02", "-f"])
            .arg(&path)
            .output()
            .unwrap();
        // It ran (check says 1: the example has warnings), and left the leftover.
        let code = out.status.code();
        assert!(matches!(code, Some(0 | 1)), "{read:?}: {out:?}");
        assert!(leftover.exists(), "{read:?} removed it");
    }
    payoff()
        .args(["pay", "CMB Card", "1", "--date", "2026-11-02", "-f"])
        .arg(&path)
        .assert()
        .success();
    assert!(!leftover.exists(), "pay left it");
}
