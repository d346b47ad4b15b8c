//! Keys as data: which key does what on which screen. The same table drives the key handling,
//! the hint bar and the help overlay, so they cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::{App, Overlay, Screen};
use super::i18n::Msg;

/// A key binding: the keys, how the hint bar writes them, what they do, and what the help says.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [KeyCode],
    pub label: &'static str,
    pub action: Action,
    pub msg: Msg,
    /// Shown in the one-line hint bar (the help shows all).
    pub hint: bool,
}

const fn b(
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
    msg: Msg,
    hint: bool,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        msg,
        hint,
    }
}

use KeyCode::{BackTab, Char, Delete, Down, Enter, Left, PageDown, PageUp, Right, Tab, Up};

const UP_DOWN: Binding = b(&[Up, Char('k')], "↑↓", Action::Up, Msg::KeySelect, true);
const DOWN: Binding = b(&[Down, Char('j')], "", Action::Down, Msg::KeySelect, false);
const PAGE_UP: Binding = b(
    &[PageUp],
    "PgUp/PgDn",
    Action::PageUp,
    Msg::KeyScroll,
    false,
);
const PAGE_DOWN: Binding = b(&[PageDown], "", Action::PageDown, Msg::KeyScroll, false);

/// Keys that work on every screen.
pub const GLOBAL: &[Binding] = &[
    b(&[Tab], "Tab", Action::NextScreen, Msg::KeyScreen, true),
    b(&[BackTab], "", Action::PrevScreen, Msg::KeyScreen, false),
    b(
        &[Char('1')],
        "1-6",
        Action::GoTo(Screen::Dashboard),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('2')],
        "",
        Action::GoTo(Screen::Debts),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('3')],
        "",
        Action::GoTo(Screen::Budget),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('4')],
        "",
        Action::GoTo(Screen::Plan),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('5')],
        "",
        Action::GoTo(Screen::Negotiate),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('6')],
        "",
        Action::GoTo(Screen::Calendar),
        Msg::KeyScreens,
        false,
    ),
    b(&[Char('u')], "u", Action::Undo, Msg::KeyUndo, false),
    b(
        &[Char('L')],
        "L",
        Action::ToggleLanguage,
        Msg::KeyLanguage,
        true,
    ),
    b(&[Char('?')], "?", Action::Help, Msg::KeyHelp, true),
    b(&[Char('q')], "q", Action::Quit, Msg::KeyQuit, true),
];

const DASHBOARD: &[Binding] = &[
    UP_DOWN,
    DOWN,
    b(&[Char('p')], "p", Action::Pay, Msg::KeyPay, true),
    b(
        &[Char('n')],
        "n",
        Action::Negotiate,
        Msg::KeyNegotiate,
        true,
    ),
    b(
        &[Char('R')],
        "R",
        Action::Reconcile,
        Msg::KeyReconcile,
        false,
    ),
];

const DEBTS: &[Binding] = &[
    UP_DOWN,
    DOWN,
    b(&[Char('a')], "a", Action::Add, Msg::KeyAdd, true),
    b(&[Char('e'), Enter], "e", Action::Edit, Msg::KeyEdit, true),
    b(
        &[Char('d'), Delete],
        "d",
        Action::Delete,
        Msg::KeyDelete,
        true,
    ),
    b(&[Char('p')], "p", Action::Pay, Msg::KeyPay, true),
    b(
        &[Char('n')],
        "n",
        Action::Negotiate,
        Msg::KeyNegotiate,
        false,
    ),
    b(&[Char('K')], "K/J", Action::MoveUp, Msg::KeyMove, true),
    b(&[Char('J')], "", Action::MoveDown, Msg::KeyMove, false),
];

const BUDGET: &[Binding] = &[
    UP_DOWN,
    DOWN,
    b(&[Char('a')], "a", Action::Add, Msg::KeyAdd, true),
    b(&[Char('e'), Enter], "e", Action::Edit, Msg::KeyEdit, true),
    b(
        &[Char('d'), Delete],
        "d",
        Action::Delete,
        Msg::KeyDelete,
        true,
    ),
];

const PLAN: &[Binding] = &[
    b(
        &[Char('-')],
        "- +",
        Action::Budget(-10_000),
        Msg::KeyStep,
        true,
    ),
    b(
        &[Char('+'), Char('=')],
        "",
        Action::Budget(10_000),
        Msg::KeyStep,
        false,
    ),
    b(
        &[Char('[')],
        "[ ]",
        Action::Budget(-100_000),
        Msg::KeyBigStep,
        true,
    ),
    b(
        &[Char(']')],
        "",
        Action::Budget(100_000),
        Msg::KeyBigStep,
        false,
    ),
    b(
        &[Char('s')],
        "s",
        Action::NextStrategy,
        Msg::KeyStrategy,
        true,
    ),
    b(&[Char('w')], "w", Action::KeepBudget, Msg::KeyKeep, true),
    b(&[Char('0')], "0", Action::ResetBudget, Msg::KeyReset, false),
    b(&[Up, Char('k')], "↑↓", Action::Up, Msg::KeyScroll, true),
    b(&[Down, Char('j')], "", Action::Down, Msg::KeyScroll, false),
    PAGE_UP,
    PAGE_DOWN,
];

const NEGOTIATE: &[Binding] = &[
    b(&[Up, Char('k')], "↑↓", Action::Up, Msg::KeyField, true),
    b(&[Down, Char('j')], "", Action::Down, Msg::KeyField, false),
    b(&[Left, Char('h')], "←→", Action::Left, Msg::KeyChange, true),
    b(
        &[Right, Char('l')],
        "",
        Action::Right,
        Msg::KeyChange,
        false,
    ),
    b(
        &[Char('-')],
        "- +",
        Action::Step {
            up: false,
            large: false,
        },
        Msg::KeyChange,
        false,
    ),
    b(
        &[Char('+'), Char('=')],
        "",
        Action::Step {
            up: true,
            large: false,
        },
        Msg::KeyChange,
        false,
    ),
    b(
        &[Char('[')],
        "[ ]",
        Action::Step {
            up: false,
            large: true,
        },
        Msg::KeyChange,
        false,
    ),
    b(
        &[Char(']')],
        "",
        Action::Step {
            up: true,
            large: true,
        },
        Msg::KeyChange,
        false,
    ),
    b(&[Enter], "Enter", Action::Adopt, Msg::KeyAdopt, true),
    b(
        &[Char('x')],
        "x",
        Action::RemovePlan,
        Msg::KeyRemovePlan,
        true,
    ),
];

const CALENDAR: &[Binding] = &[
    b(&[Up, Char('k')], "↑↓", Action::Up, Msg::KeyScroll, true),
    b(&[Down, Char('j')], "", Action::Down, Msg::KeyScroll, false),
    PAGE_UP,
    PAGE_DOWN,
];

/// A screen's own keys.
pub fn screen_bindings(screen: Screen) -> &'static [Binding] {
    match screen {
        Screen::Dashboard => DASHBOARD,
        Screen::Debts => DEBTS,
        Screen::Budget => BUDGET,
        Screen::Plan => PLAN,
        Screen::Negotiate => NEGOTIATE,
        Screen::Calendar => CALENDAR,
    }
}

/// What a key does now, if anything.
pub fn map(app: &App, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, Char('c')) {
        return Some(Action::Quit);
    }
    match &app.overlay {
        Some(Overlay::Help) => return Some(Action::Cancel),
        Some(Overlay::Confirm(_)) => {
            return match key.code {
                Char('y') | Char('Y') => Some(Action::Confirm),
                _ => Some(Action::Cancel),
            };
        }
        Some(Overlay::Conflict) => {
            return match key.code {
                Char('r') => Some(Action::Reload),
                KeyCode::Esc => Some(Action::Cancel),
                Char('q') => Some(Action::Quit),
                _ => None,
            };
        }
        Some(Overlay::Products(_)) => {
            return match key.code {
                Up | Char('k') => Some(Action::Up),
                Down | Char('j') => Some(Action::Down),
                Enter => Some(Action::Submit),
                KeyCode::Esc | Char('q') => Some(Action::Cancel),
                Char(c @ '1'..='7') => Some(Action::Pick(usize::from(c as u8 - b'1'))),
                _ => None,
            };
        }
        Some(Overlay::Form(_)) => {
            return Some(match key.code {
                Tab | Down => Action::NextField,
                BackTab | Up => Action::PrevField,
                Enter => Action::Submit,
                KeyCode::Esc => Action::Cancel,
                _ => Action::Input(key),
            });
        }
        None => {}
    }
    if app.paused && key.code == Char('r') {
        return Some(Action::Reload);
    }
    screen_bindings(app.screen)
        .iter()
        .chain(GLOBAL)
        .find(|b| b.keys.contains(&key.code))
        .map(|b| b.action)
}
