//! One file per screen: each draws its body from the app's state and computed view, and
//! handles the keys that are its own (`impl App { fn act_<screen> }`).

mod budget;
mod calendar;
mod dashboard;
mod debts;
mod negotiate;
mod plan;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Block;

use super::app::{App, Screen};
use super::i18n::Msg;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    match app.screen {
        Screen::Dashboard => dashboard::render(app, frame, area),
        Screen::Debts => debts::render(app, frame, area),
        Screen::Budget => budget::render(app, frame, area),
        Screen::Plan => plan::render(app, frame, area),
        Screen::Negotiate => negotiate::render(app, frame, area),
        Screen::Calendar => calendar::render(app, frame, area),
    }
}

/// A bordered panel with a title.
fn panel<'a>(app: &App, title: String) -> Block<'a> {
    Block::bordered().title(Span::styled(format!(" {title} "), app.theme.title()))
}

/// A panel titled with a message.
fn panel_msg<'a>(app: &App, title: Msg) -> Block<'a> {
    panel(app, app.t(title).to_string())
}

/// The first `n` rows from `start`, keeping `selected` in view.
fn window(len: usize, selected: usize, height: usize) -> (usize, usize) {
    if height == 0 || len <= height {
        return (0, len);
    }
    let start = selected.saturating_sub(height - 1).min(len - height);
    (start, start + height)
}
