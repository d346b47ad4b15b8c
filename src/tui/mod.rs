//! The interactive app (SPEC §6): Elm-style state, messages and update (`app`), keys as data
//! (`keymap`), every string in `i18n`, one file per screen. This module runs the loop: it blocks
//! on the next key or file-system event, updates, performs the effects, and draws; idle, it
//! uses no CPU.

pub mod action;
pub mod app;
pub mod ctx;
pub mod form;
pub mod form_view;
pub use crate::i18n;
pub mod keymap;
mod screens;
pub mod theme;
pub mod ui;
pub mod view;
mod wrap;

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use chrono::NaiveDate;
use notify::Watcher;
use ratatui::crossterm::event::{self, Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::{DefaultTerminal, Frame};

use self::action::{Effect, Event};
use self::app::App;
use self::i18n::{Msg, t};
use crate::environment;
use crate::model::Language;
use crate::store::{self, Error, Store};
use crate::templates;

/// What wakes the loop.
enum Wake {
    Term(TermEvent),
    /// Something changed in the data file's folder.
    Files,
}

/// Runs the app on `path` until the user quits. The file is loaded and checked before the
/// terminal changes, so a bad file's error prints plainly.
pub fn run(path: PathBuf, today: impl Fn() -> NaiveDate) -> Result<(), String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err("payoff needs a terminal; the commands work without one: payoff --help".into());
    }
    let store = if store::exists(&path).map_err(|e| e.to_string())? {
        Some(Store::open_to_edit(&path).map_err(|e| e.to_string())?)
    } else {
        None
    };
    let no_color = environment::no_color();
    let mut terminal = ratatui::try_init().map_err(|e| format!("cannot use the terminal: {e}"))?;
    let result = run_in(&mut terminal, &path, store, &today, no_color);
    ratatui::restore();
    result
}

fn run_in(
    terminal: &mut DefaultTerminal,
    path: &Path,
    store: Option<Store>,
    today: &impl Fn() -> NaiveDate,
    no_color: bool,
) -> Result<(), String> {
    let (tx, rx) = mpsc::channel();
    let keys = tx.clone();
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if keys.send(Wake::Term(ev)).is_err() {
                break;
            }
        }
    });
    let store = match store {
        Some(s) => s,
        None => match first_start(terminal, path, &rx, today())? {
            Some(s) => s,
            None => return Ok(()),
        },
    };
    // Watch the folder, not the file: a save (ours or an editor's) replaces the file by rename.
    // Only changes wake the app: reading the file (as the app does to see whether it changed)
    // is an access event, and waking on those would read it again, without end.
    let name = path.file_name().map(|n| n.to_os_string());
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res
            && !matches!(ev.kind, notify::EventKind::Access(_))
            && ev.paths.iter().any(|p| p.file_name() == name.as_deref())
        {
            let _ = tx.send(Wake::Files);
        }
    })
    .map_err(|e| e.to_string())?;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // Without a watch the app still works; it notices a changed file at the next save.
    let _ = watcher.watch(folder, notify::RecursiveMode::NonRecursive);

    let mut app = App::new(store, today(), environment::locale_language(), no_color);
    loop {
        terminal
            .draw(|f| ui::render(&app, f))
            .map_err(|e| e.to_string())?;
        let Ok(wake) = rx.recv() else {
            return Ok(());
        };
        app.set_today(today());
        let event = match wake {
            Wake::Term(TermEvent::Key(k)) if k.kind != KeyEventKind::Release => {
                keymap::map(&app, k).map(Event::Key)
            }
            Wake::Term(_) => None,
            Wake::Files => match app.store.changed_on_disk() {
                // While the file has an error, each change is tried at once: fixed, it loads,
                // also when the fix put back exactly the text that was loaded.
                Ok(changed) if (changed && !app.paused) || app.file_error.is_some() => {
                    Some(Event::DiskChanged)
                }
                _ => None,
            },
        };
        let effects = event.map(|e| app.update(e)).unwrap_or_default();
        if perform(&mut app, effects, || {
            chrono::Local::now().format("%H:%M").to_string()
        }) {
            return Ok(());
        }
    }
}

/// Performs what `update` asked for (save, reload), feeding each result back to `update`,
/// until nothing is left. Whether the app is to quit. `now` gives the time a save is shown
/// with; tests pass a fixed one.
pub fn perform(app: &mut App, mut effects: Vec<Effect>, now: impl Fn() -> String) -> bool {
    while let Some(effect) = effects.pop() {
        let result = match effect {
            Effect::Quit => return true,
            Effect::Save => match app.store.save() {
                Ok(()) => Event::Saved(now()),
                Err(Error::ChangedOnDisk { .. }) => Event::Conflict,
                Err(e) => Event::SaveFailed(app.store.reason(&e)),
            },
            Effect::Reload => match app.store.reload() {
                Ok(()) => Event::Reloaded,
                Err(Error::Invalid(d)) => Event::ReloadFailed(d.shown(app.lang)),
                Err(e) => Event::ReloadFailed(e.to_string()),
            },
        };
        effects.extend(app.update(result));
    }
    false
}

/// No data file yet: offer the bundled example or an empty file, and say where it will live.
/// `None` if the user quits.
fn first_start(
    terminal: &mut DefaultTerminal,
    path: &Path,
    rx: &mpsc::Receiver<Wake>,
    today: NaiveDate,
) -> Result<Option<Store>, String> {
    let lang = environment::locale_language();
    let mut error = None;
    loop {
        terminal
            .draw(|f| render_first_start(f, lang, path, error.as_deref()))
            .map_err(|e| e.to_string())?;
        let Ok(Wake::Term(TermEvent::Key(k))) = rx.recv() else {
            continue;
        };
        if k.kind == KeyEventKind::Release {
            continue;
        }
        if keymap::always(k) == Some(action::Action::Quit) {
            return Ok(None);
        }
        let text = match keymap::normalize(k) {
            (KeyCode::Char('e'), KeyModifiers::NONE) => templates::example(today, lang),
            (KeyCode::Char('n'), KeyModifiers::NONE) => templates::empty(today),
            (KeyCode::Char('q') | KeyCode::Esc, KeyModifiers::NONE) => return Ok(None),
            _ => continue,
        };
        match Store::create(path, &text) {
            Ok(store) => return Ok(Some(store)),
            Err(e) => error = Some(e.to_string()),
        }
    }
}

/// The first-start panel.
pub fn render_first_start(frame: &mut Frame, lang: Language, path: &Path, error: Option<&str>) {
    let area = ui::centered(frame.area(), 76, 9);
    let mut lines = vec![
        Line::from(t(
            lang,
            Msg::FirstStartBody {
                path: &path.display().to_string(),
            },
        )),
        Line::from(""),
        Line::from(t(lang, Msg::FirstStartKeys)),
    ];
    if let Some(e) = error {
        lines.push(Line::from(""));
        lines.push(Line::from(format!("! {e}")));
    }
    let block = Block::bordered().title(format!(" {} ", t(lang, Msg::FirstStartTitle)));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .alignment(Alignment::Left)
            .wrap(Wrap { trim: true }),
        area,
    );
}
