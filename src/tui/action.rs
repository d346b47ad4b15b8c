//! What a key asks for, and what `update` asks the loop to do.

use super::app::Screen;

/// One thing the user (or the loop) asks of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    NextScreen,
    PrevScreen,
    GoTo(Screen),
    Help,
    Undo,
    ToggleLanguage,
    Up,
    Down,
    PageUp,
    PageDown,
    Left,
    Right,
    Add,
    Edit,
    Delete,
    Pay,
    Negotiate,
    /// Open the reconciliation with the lenders' figures.
    Reconcile,
    MoveUp,
    MoveDown,
    NextStrategy,
    /// Change the what-if budget by this many cents.
    Budget(i64),
    KeepBudget,
    ResetBudget,
    /// Show the schedule's months as why their money goes where it goes, or as payments.
    Explain,
    /// Type the what-if budget exactly.
    TypeBudget,
    /// Change the focused Negotiate field: a small (`false`) or large (`true`) step, up or down.
    Step {
        up: bool,
        large: bool,
    },
    Adopt,
    RemovePlan,
    /// The n-th entry of a list (0-based): the product a new debt is with.
    Pick(usize),
    /// Overlays.
    Confirm,
    Cancel,
    Submit,
    NextField,
    PrevField,
    /// A key typed into a form field.
    Input(ratatui::crossterm::event::KeyEvent),
    Reload,
}

/// Results the loop feeds back after performing an [`Effect`], and outside events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Key(Action),
    /// The save worked, at this time of day (`10:42`).
    Saved(String),
    SaveFailed(String),
    /// The save found the file changed on disk: nothing was written.
    Conflict,
    Reloaded,
    ReloadFailed(String),
    /// The file on disk is no longer the one loaded.
    DiskChanged,
}

/// What `update` asks the loop to do: the only I/O the app does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Save,
    Reload,
    Quit,
}
