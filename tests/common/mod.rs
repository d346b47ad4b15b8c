//! The TUI tests' harness: the bundled example in a temp dir of its own, an app over it with
//! today fixed at 2026-11-23, real keys through the keymap and the loop's `perform`, and the
//! screen as plain text; and the real binary for the command-line tests. Each test crate uses
//! part of it.
#![allow(dead_code)]

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use payoff::model::Language;
use payoff::store::Store;
use payoff::tui::action::Event;
use payoff::tui::app::{App, Overlay};
use payoff::tui::{keymap, perform, ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_width::UnicodeWidthStr;

pub const EXAMPLE: &str = payoff::templates::EXAMPLE;

/// The real binary, in English, with no data file, locale or session bus from the machine
/// running the tests.
pub fn payoff() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("payoff").expect("the payoff binary is built");
    cmd.env_remove("PAYOFF_FILE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("XDG_RUNTIME_DIR")
        .env("LANG", "en_US.UTF-8");
    cmd
}

/// What `cmd`, which must succeed, prints on stdout, as text.
pub fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8 output")
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub struct Harness {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub app: App,
}

impl Harness {
    /// The example under `/tmp/payoff-snap*` (not `$TMPDIR`: the conflict overlay prints the
    /// full path, and a path of another length would wrap its text elsewhere).
    pub fn new(lang: Language, no_color: bool) -> Harness {
        let dir = tempfile::Builder::new()
            .prefix("payoff-snap")
            .tempdir_in("/tmp")
            .unwrap();
        let path = dir.path().join("payoff.toml");
        fs::write(&path, EXAMPLE).unwrap();
        let store = Store::open(&path).unwrap();
        let app = App::new(store, today(), lang, no_color);
        Harness { dir, path, app }
    }

    /// Presses a key as the terminal would deliver it; performs the effects. Whether the app
    /// asked to quit.
    pub fn key(&mut self, code: KeyCode) -> bool {
        let modifiers = match code {
            KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
            KeyCode::BackTab => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
        let Some(action) = keymap::map(&self.app, KeyEvent::new(code, modifiers)) else {
            return false;
        };
        let effects = self.app.update(Event::Key(action));
        perform(&mut self.app, effects, || "10:42".to_string())
    }

    pub fn keys(&mut self, codes: &[KeyCode]) {
        for &c in codes {
            assert!(!self.key(c), "{c:?} quit the app");
        }
    }

    pub fn type_str(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// Empties the focused form field.
    pub fn clear_field(&mut self) {
        for _ in 0..40 {
            self.key(KeyCode::Backspace);
        }
    }

    pub fn event(&mut self, event: Event) {
        let effects = self.app.update(event);
        perform(&mut self.app, effects, || "10:42".to_string());
    }

    pub fn disk(&self) -> String {
        fs::read_to_string(&self.path).unwrap()
    }

    pub fn form_open(&self) -> bool {
        matches!(self.app.overlay, Some(Overlay::Form(_)))
    }

    pub fn draw(&self, w: u16, h: u16) -> Buffer {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| ui::render(&self.app, f)).unwrap();
        terminal.backend().buffer().clone()
    }

    /// The screen as the terminal shows it, one line a row.
    pub fn screen(&self, w: u16, h: u16) -> String {
        text(&self.draw(w, h))
    }
}

/// The buffer as plain text, one line a row. A double-width glyph fills its cell and the next,
/// which the buffer keeps as a blank: that blank is skipped, so CJK rows read as on a terminal.
pub fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            let symbol = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            row.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}
