//! Keys as data: which key, with which modifiers, does what on which screen and in which
//! overlay. The same tables drive the key handling, the hint bar, the overlays' key lines and
//! the help, so they cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::{App, Confirm, Overlay, Screen};
use super::form::FormKind;
use super::i18n::{Msg, t};
use crate::model::Language;

/// A key binding: the keys (each with these modifiers), what they do, and what the hint bar
/// and the help say. The first key is the one the hint bar names; the help names them all.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [KeyCode],
    pub mods: KeyModifiers,
    pub action: Action,
    pub msg: Msg<'static>,
    /// Shown in the one-line hint bar (the help shows all).
    pub hint: bool,
}

/// A binding of keys pressed alone (a capital letter is its own key: Shift is how it arrives).
const fn b(keys: &'static [KeyCode], action: Action, msg: Msg<'static>, hint: bool) -> Binding {
    Binding {
        keys,
        mods: KeyModifiers::NONE,
        action,
        msg,
        hint,
    }
}

use KeyCode::{BackTab, Char, Delete, Down, Enter, Esc, Left, PageDown, PageUp, Right, Tab, Up};

const UP: Binding = b(&[Up, Char('k')], Action::Up, Msg::KeySelect, true);
const DOWN: Binding = b(&[Down, Char('j')], Action::Down, Msg::KeySelect, false);
const SCROLL_UP: Binding = b(&[Up, Char('k')], Action::Up, Msg::KeyScroll, true);
const SCROLL_DOWN: Binding = b(&[Down, Char('j')], Action::Down, Msg::KeyScroll, false);
const PAGE_UP: Binding = b(&[PageUp], Action::PageUp, Msg::KeyPage, false);
const PAGE_DOWN: Binding = b(&[PageDown], Action::PageDown, Msg::KeyPage, false);
const QUIT: Binding = b(&[Char('q')], Action::Quit, Msg::KeyQuit, true);

/// Keys that work everywhere: on every screen, in forms and in every overlay.
pub const ALWAYS: &[Binding] = &[Binding {
    keys: &[Char('c')],
    mods: KeyModifiers::CONTROL,
    action: Action::Quit,
    msg: Msg::KeyQuit,
    hint: false,
}];

/// Keys that work on every screen (not in overlays).
pub const GLOBAL: &[Binding] = &[
    b(&[Tab], Action::NextScreen, Msg::KeyScreen, true),
    b(&[BackTab], Action::PrevScreen, Msg::KeyPrevScreen, false),
    b(
        &[Char('1')],
        Action::GoTo(Screen::Dashboard),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('2')],
        Action::GoTo(Screen::Debts),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('3')],
        Action::GoTo(Screen::Budget),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('4')],
        Action::GoTo(Screen::Plan),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('5')],
        Action::GoTo(Screen::Negotiate),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('6')],
        Action::GoTo(Screen::Calendar),
        Msg::KeyScreens,
        false,
    ),
    b(
        &[Char('7')],
        Action::GoTo(Screen::Scenarios),
        Msg::KeyScreens,
        false,
    ),
    b(&[Char('u')], Action::Undo, Msg::KeyUndo, false),
    b(&[Char('L')], Action::ToggleLanguage, Msg::KeyLanguage, true),
    b(&[Char('?')], Action::Help, Msg::KeyHelp, true),
    QUIT,
];

/// While edits are paused (the file changed on disk), on every screen.
pub const PAUSED: &[Binding] = &[b(&[Char('r')], Action::Reload, Msg::KeyReload, true)];

const DASHBOARD: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char('p')], Action::Pay, Msg::KeyPay, true),
    b(&[Char('n')], Action::Negotiate, Msg::KeyNegotiate, true),
    b(&[Char('R')], Action::Reconcile, Msg::KeyReconcile, false),
];

const DEBTS: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char('a')], Action::Add, Msg::KeyAdd, true),
    b(&[Char('e'), Enter], Action::Edit, Msg::KeyEdit, true),
    b(&[Char('d'), Delete], Action::Delete, Msg::KeyDelete, true),
    b(&[Char('p')], Action::Pay, Msg::KeyPay, true),
    b(&[Char('n')], Action::Negotiate, Msg::KeyNegotiate, true),
    b(&[Char('K')], Action::MoveUp, Msg::KeyMove, true),
    b(&[Char('J')], Action::MoveDown, Msg::KeyMove, false),
];

const BUDGET: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char('a')], Action::Add, Msg::KeyAdd, true),
    b(&[Char('e'), Enter], Action::Edit, Msg::KeyEdit, true),
    b(&[Char('d'), Delete], Action::Delete, Msg::KeyDelete, true),
];

const PLAN: &[Binding] = &[
    b(&[Char('-')], Action::Budget(-10_000), Msg::KeyStep, true),
    b(&[Char('+')], Action::Budget(10_000), Msg::KeyStep, false),
    b(
        &[Char('[')],
        Action::Budget(-100_000),
        Msg::KeyBigStep,
        true,
    ),
    b(
        &[Char(']')],
        Action::Budget(100_000),
        Msg::KeyBigStep,
        false,
    ),
    // In the help only: the bar is full at 120 columns already.
    b(&[Char('=')], Action::TypeBudget, Msg::KeyTypeBudget, false),
    b(&[Char('s')], Action::NextStrategy, Msg::KeyStrategy, true),
    b(&[Char('w')], Action::KeepBudget, Msg::KeyKeep, true),
    b(&[Char('0')], Action::ResetBudget, Msg::KeyReset, false),
    b(&[Char('e')], Action::Explain, Msg::KeyExplain, true),
    SCROLL_UP,
    SCROLL_DOWN,
    PAGE_UP,
    PAGE_DOWN,
];

/// A Negotiate field's small or large step, up or down.
const fn step(keys: &'static [KeyCode], up: bool, large: bool) -> Binding {
    let msg = if large {
        Msg::KeyChangeLarge
    } else {
        Msg::KeyChangeSmall
    };
    b(keys, Action::Step { up, large }, msg, false)
}

const NEGOTIATE: &[Binding] = &[
    b(&[Up, Char('k')], Action::Up, Msg::KeyField, true),
    b(&[Down, Char('j')], Action::Down, Msg::KeyField, false),
    b(&[Left, Char('h')], Action::Left, Msg::KeyChange, true),
    b(&[Right, Char('l')], Action::Right, Msg::KeyChange, false),
    step(&[Char('-')], false, false),
    step(&[Char('+'), Char('=')], true, false),
    step(&[Char('[')], false, true),
    step(&[Char(']')], true, true),
    b(&[Enter], Action::Adopt, Msg::KeyAdopt, true),
    b(&[Char('x')], Action::RemovePlan, Msg::KeyRemovePlan, true),
];

const CALENDAR: &[Binding] = &[SCROLL_UP, SCROLL_DOWN, PAGE_UP, PAGE_DOWN];

const SCENARIOS: &[Binding] = &[
    UP,
    DOWN,
    b(&[Char('n')], Action::Add, Msg::KeyNewScenario, true),
    b(&[Char('e'), Enter], Action::Edit, Msg::KeyRename, true),
    b(&[Char('d'), Delete], Action::Delete, Msg::KeyDelete, true),
    b(&[Char('a')], Action::Adopt, Msg::KeyAdoptScenario, true),
    PAGE_UP,
    PAGE_DOWN,
];

/// The delete confirmation; any other key keeps, as `n` does.
pub const CONFIRM: &[Binding] = &[
    b(
        &[Char('y'), Char('Y')],
        Action::Confirm,
        Msg::KeyDelete,
        true,
    ),
    b(&[Char('n')], Action::Cancel, Msg::KeyKeepIt, true),
    b(&[Esc], Action::Cancel, Msg::KeyKeepIt, true),
];

/// The adopt confirmation; any other key keeps the file as it is, as `n` does.
pub const CONFIRM_ADOPT: &[Binding] = &[
    b(
        &[Char('y'), Char('Y')],
        Action::Confirm,
        Msg::KeyAdopt,
        true,
    ),
    b(&[Char('n')], Action::Cancel, Msg::KeyCancel, true),
    b(&[Esc], Action::Cancel, Msg::KeyCancel, true),
];

/// The file changed on disk; other keys do nothing, so the question stays until answered.
pub const CONFLICT: &[Binding] = &[
    b(&[Char('r')], Action::Reload, Msg::KeyReload, true),
    b(&[Esc], Action::Cancel, Msg::KeyKeepBrowsing, true),
    b(&[Char('q')], Action::Quit, Msg::KeyQuit, false),
];

/// A product for a new debt: one key for each of `app::PRODUCT_CHOICES`.
pub const PRODUCTS: &[Binding] = &[
    b(&[Up, Char('k')], Action::Up, Msg::KeyChoose, true),
    b(&[Down, Char('j')], Action::Down, Msg::KeyChoose, true),
    b(&[Char('1')], Action::Pick(0), Msg::KeyPick, true),
    b(&[Char('2')], Action::Pick(1), Msg::KeyPick, true),
    b(&[Char('3')], Action::Pick(2), Msg::KeyPick, true),
    b(&[Char('4')], Action::Pick(3), Msg::KeyPick, true),
    b(&[Char('5')], Action::Pick(4), Msg::KeyPick, true),
    b(&[Char('6')], Action::Pick(5), Msg::KeyPick, true),
    b(&[Char('7')], Action::Pick(6), Msg::KeyPick, true),
    b(&[Enter], Action::Submit, Msg::KeyNext, true),
    b(&[Esc, Char('q')], Action::Cancel, Msg::KeyCancel, true),
];

const NEXT_FIELD: Binding = b(&[Tab, Down], Action::NextField, Msg::KeyFocus, true);
const PREV_FIELD: Binding = b(&[BackTab, Up], Action::PrevField, Msg::KeyFocus, true);
const SUBMIT: Binding = b(&[Enter], Action::Submit, Msg::KeySave, true);
const CANCEL: Binding = b(&[Esc], Action::Cancel, Msg::KeyCancel, true);

/// A form whose focused field is text: other keys are typed into it.
pub const FORM: &[Binding] = &[NEXT_FIELD, PREV_FIELD, SUBMIT, CANCEL];

/// The what-if budget: one field, and nothing saved: Enter applies it.
pub const FORM_WHAT_IF: &[Binding] = &[b(&[Enter], Action::Submit, Msg::KeyApply, true), CANCEL];

/// A form whose focused field is a choice (Space, ← and → cycle it).
pub const FORM_CHOICE: &[Binding] = &[
    NEXT_FIELD,
    PREV_FIELD,
    b(&[Char(' ')], Action::Right, Msg::KeyChoose, true),
    b(&[Left], Action::Left, Msg::KeyChoose, true),
    b(&[Right], Action::Right, Msg::KeyChoose, true),
    SUBMIT,
    CANCEL,
];

/// The keys of a confirmation: adopting says so, the others delete.
pub fn confirm_keys(c: Confirm) -> &'static [Binding] {
    match c {
        Confirm::AdoptScenario(_) => CONFIRM_ADOPT,
        _ => CONFIRM,
    }
}

/// A screen's own keys.
pub fn screen_bindings(screen: Screen) -> &'static [Binding] {
    match screen {
        Screen::Dashboard => DASHBOARD,
        Screen::Debts => DEBTS,
        Screen::Budget => BUDGET,
        Screen::Plan => PLAN,
        Screen::Negotiate => NEGOTIATE,
        Screen::Calendar => CALENDAR,
        Screen::Scenarios => SCENARIOS,
    }
}

/// A key as the tables write it. Shift is how capitals, `?` and `+` arrive, so it is part of
/// the character (`k` with Shift is `K`) and not a modifier; Shift-Tab is BackTab. A symbol
/// typed with AltGr (Ctrl+Alt on Windows: `[` on a German keyboard) is that symbol.
pub fn normalize(key: KeyEvent) -> (KeyCode, KeyModifiers) {
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    let mut mods = key.modifiers - KeyModifiers::SHIFT;
    let code = match key.code {
        // Ctrl-Shift-C is Ctrl-C: with a modifier, a letter is the key, not the character.
        Char(c) if !mods.is_empty() => Char(c.to_ascii_lowercase()),
        Char(c) if shift => Char(c.to_ascii_uppercase()),
        Tab if shift => BackTab,
        code => code,
    };
    let alt_gr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    if matches!(code, Char(c) if !c.is_alphanumeric()) && mods == alt_gr {
        mods = KeyModifiers::NONE;
    }
    (code, mods)
}

/// What the first binding of `table` that `key` presses does.
fn find<'a>(table: impl IntoIterator<Item = &'a Binding>, key: KeyEvent) -> Option<Action> {
    let (code, mods) = normalize(key);
    table
        .into_iter()
        .find(|b| b.mods == mods && b.keys.contains(&code))
        .map(|b| b.action)
}

/// What a key does wherever the app is (also before it has a file): Ctrl-C quits.
pub fn always(key: KeyEvent) -> Option<Action> {
    find(ALWAYS, key)
}

/// What a key does now, if anything.
pub fn map(app: &App, key: KeyEvent) -> Option<Action> {
    if let Some(action) = always(key) {
        return Some(action);
    }
    let found = |table| find(table, key);
    match &app.overlay {
        // Any key closes the help.
        Some(Overlay::Help) => Some(Action::Cancel),
        Some(Overlay::Confirm(c)) => found(confirm_keys(*c)).or(Some(Action::Cancel)),
        Some(Overlay::Conflict) => found(CONFLICT),
        Some(Overlay::Products(_)) => found(PRODUCTS),
        Some(Overlay::Form(form)) => {
            let table = match form.kind {
                FormKind::WhatIfBudget => FORM_WHAT_IF,
                _ if form.on_choice() => FORM_CHOICE,
                _ => FORM,
            };
            found(table).or(Some(Action::Input(key)))
        }
        None => {
            let paused: &[Binding] = if app.paused { PAUSED } else { &[] };
            let table = paused.iter().chain(screen_bindings(app.screen));
            find(table.chain(GLOBAL), key)
        }
    }
}

/// What the hint bar shows now: the keys of the screen, then the global ones. Overlays name
/// their keys themselves ([`line`]); `r` while edits are paused is in the help (at 80
/// columns it would push `q quit` out of the bar).
pub fn bar(app: &App) -> Vec<Hint> {
    if app.overlay.is_some() {
        return Vec::new();
    }
    hints(
        screen_bindings(app.screen).iter().chain(GLOBAL),
        app.lang,
        false,
    )
    .into_iter()
    .filter(|h| h.hint)
    .collect()
}

/// One entry of the hint bar or the help: consecutive bindings that say the same (↑ and ↓
/// select), with their keys written out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub msg: Msg<'static>,
    /// Whether the hint bar shows it.
    pub hint: bool,
}

/// The bindings grouped into hints. Each names the first key of its bindings (`↑↓`), or with
/// `all` every key (`↑↓/k/j`), as the help does.
pub fn hints<'a>(
    bindings: impl IntoIterator<Item = &'a Binding>,
    lang: Language,
    all: bool,
) -> Vec<Hint> {
    let mut groups: Vec<(Msg, bool, Vec<&Binding>)> = Vec::new();
    for b in bindings {
        match groups.last_mut() {
            Some((msg, hint, group)) if *msg == b.msg => {
                *hint |= b.hint;
                group.push(b);
            }
            _ => groups.push((b.msg, b.hint, vec![b])),
        }
    }
    groups
        .into_iter()
        .map(|(msg, hint, group)| {
            let first = group.iter().filter_map(|b| b.keys.first().map(|k| (b, k)));
            let rest = group
                .iter()
                .flat_map(|b| b.keys.iter().skip(1).map(move |k| (b, k)))
                .filter(|_| all);
            let names: Vec<String> = first
                .chain(rest)
                .map(|(b, k)| key_name(*k, b.mods, lang))
                .collect();
            Hint {
                keys: join(&names),
                msg,
                hint,
            }
        })
        .collect()
}

/// An overlay's keys as one line: `y delete   n/Esc keep`.
pub fn line(table: &[Binding], lang: Language) -> String {
    hints(table, lang, false)
        .iter()
        .filter(|h| h.hint)
        .map(|h| format!("{} {}", h.keys, t(lang, h.msg)))
        .collect::<Vec<_>>()
        .join("   ")
}

/// How a key is written: `k`, `Enter`, `↑`, `Ctrl-C`.
fn key_name(code: KeyCode, mods: KeyModifiers, lang: Language) -> String {
    let name = match code {
        Char(' ') => t(lang, Msg::KeySpace).to_string(),
        Char(c) if mods.is_empty() => c.to_string(),
        Char(c) => c.to_ascii_uppercase().to_string(),
        Up => "↑".into(),
        Down => "↓".into(),
        Left => "←".into(),
        Right => "→".into(),
        PageUp => "PgUp".into(),
        PageDown => "PgDn".into(),
        Delete => "Del".into(),
        BackTab => "Shift-Tab".into(),
        other => other.to_string(),
    };
    let mut prefix = String::new();
    if mods.contains(KeyModifiers::CONTROL) {
        prefix.push_str("Ctrl-");
    }
    if mods.contains(KeyModifiers::ALT) {
        prefix.push_str("Alt-");
    }
    prefix + &name
}

/// Key names joined: arrows side by side (`↑↓`), symbols with a space (`- +`), a run of digits
/// as a range (`1-6`), others with `/` (`K/J`, `Tab/Shift-Tab`).
fn join(names: &[String]) -> String {
    let digit = |s: &String| s.len() == 1 && s.chars().all(|c| c.is_ascii_digit());
    let run = names
        .windows(2)
        .all(|w| w[0] < w[1] && digit(&w[0]) && digit(&w[1]));
    if let (true, true, Some(a), Some(z)) = (names.len() > 2, run, names.first(), names.last()) {
        return format!("{a}-{z}");
    }
    let arrow = |s: &str| matches!(s, "↑" | "↓" | "←" | "→");
    let symbol = |s: &str| s.chars().count() == 1 && s.chars().all(|c| c.is_ascii_punctuation());
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).and_then(|p| names.get(p)) {
            out.push_str(match () {
                () if arrow(prev) && arrow(name) => "",
                () if symbol(prev) && symbol(name) => " ",
                () => "/",
            });
        }
        out.push_str(name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn shift_is_part_of_the_character_and_other_modifiers_are_not() {
        let shift = KeyModifiers::SHIFT;
        let none = KeyModifiers::NONE;
        assert_eq!(normalize(key(Char('K'), shift)), (Char('K'), none));
        assert_eq!(normalize(key(Char('k'), shift)), (Char('K'), none));
        assert_eq!(normalize(key(Char('?'), shift)), (Char('?'), none));
        assert_eq!(normalize(key(BackTab, shift)), (BackTab, none));
        assert_eq!(normalize(key(Tab, shift)), (BackTab, none));
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(normalize(key(Char('C'), ctrl | shift)), (Char('c'), ctrl));
        let alt_gr = KeyModifiers::CONTROL | KeyModifiers::ALT;
        assert_eq!(normalize(key(Char('['), alt_gr)), (Char('['), none));
        assert_eq!(normalize(key(Char('q'), alt_gr)), (Char('q'), alt_gr));
    }

    #[test]
    fn labels_come_from_the_keys() {
        let en = Language::En;
        let label = |table: &[Binding], all| {
            hints(table.iter(), en, all)
                .into_iter()
                .map(|h| h.keys)
                .collect::<Vec<_>>()
        };
        assert_eq!(label(DEBTS, false), ["↑↓", "a", "e", "d", "p", "n", "K/J"]);
        assert_eq!(
            label(DEBTS, true),
            ["↑↓/k/j", "a", "e/Enter", "d/Del", "p", "n", "K/J"]
        );
        assert_eq!(label(PLAN, false)[..2], ["- +", "[ ]"]);
        assert_eq!(label(GLOBAL, false)[..3], ["Tab", "Shift-Tab", "1-7"]);
        assert_eq!(
            label(SCENARIOS, false),
            ["↑↓", "n", "e", "d", "a", "PgUp/PgDn"]
        );
        assert_eq!(
            line(CONFIRM_ADOPT, en),
            "y adopt into the file   n/Esc cancel"
        );
        assert_eq!(label(ALWAYS, false), ["Ctrl-C"]);
        assert_eq!(
            line(FORM_CHOICE, en),
            "Tab/Shift-Tab field   Space/←→ choose   Enter save   Esc cancel"
        );
        assert_eq!(line(CONFIRM, Language::Zh), "y 删除   n/Esc 保留");
    }

    #[test]
    fn every_product_has_its_key() {
        let picks = PRODUCTS
            .iter()
            .filter(|b| matches!(b.action, Action::Pick(_)))
            .count();
        assert_eq!(picks, super::super::app::PRODUCT_CHOICES.len());
    }
}
