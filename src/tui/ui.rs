//! The frame every screen shares: the title line, the tab bar, the hint bar; and the overlays.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Tabs, Wrap};

use super::app::{App, Confirm, Overlay, Screen};
use super::i18n::{Msg, t, weekday};
use super::keymap::{self, Binding};
use crate::model::Language;
use crate::present::shown;

/// The smallest terminal the layouts are made for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Draws the whole app.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let [_, mid, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(area);
        let text = Paragraph::new(app.t(Msg::TooSmall))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true });
        frame.render_widget(text, mid);
        return;
    }
    let [title, tabs, body, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    render_title(app, frame, title);
    render_tabs(app, frame, tabs);
    app.render_screen(frame, body);
    render_hints(app, frame, hints);
    match &app.overlay {
        Some(Overlay::Help) => render_help(app, frame, body),
        Some(Overlay::Confirm(c)) => render_confirm(app, frame, body, *c),
        Some(Overlay::Form(form)) => super::form_view::render(app, form, frame, body),
        Some(Overlay::Products(at)) => super::form_view::render_products(app, *at, frame, body),
        Some(Overlay::Conflict) => render_conflict(app, frame, body),
        None => {}
    }
}

fn render_title(app: &App, frame: &mut Frame, area: Rect) {
    let file = app
        .store
        .path()
        .file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
    let left = Line::from(vec![
        Span::styled(" payoff", app.theme.title()),
        Span::raw(format!(" | {file}")),
    ]);
    let state = match (&app.status, &app.saved_at) {
        (_, _) if app.paused => Some(Span::styled(app.t(app.paused_msg()), app.theme.bad())),
        (Some((text, true)), _) => Some(Span::styled(text.clone(), app.theme.bad())),
        (Some((text, false)), _) => Some(Span::styled(text.clone(), app.theme.good())),
        (None, Some(at)) => Some(Span::raw(app.t(Msg::SavedAt { time: at }))),
        (None, None) => None,
    };
    use chrono::Datelike;
    let weekday = weekday(
        app.lang,
        app.today.weekday().num_days_from_monday() as usize,
    );
    let date = format!("{weekday} {}", app.today);
    frame.render_widget(left, area);
    // The status may be long: the right side takes what the file name leaves, and a status
    // too long for it loses its end, not its start.
    let used = u16::try_from(left_width(&file)).unwrap_or(area.width);
    let right_area = Rect {
        x: area.x + used.min(area.width),
        width: area.width.saturating_sub(used),
        ..area
    };
    let mut spans = vec![Span::raw(date.clone())];
    if let Some(mut state) = state {
        use unicode_width::UnicodeWidthStr;
        let room = usize::from(right_area.width).saturating_sub(date.width() + " |  ".width());
        state.content = clip(&state.content, room).into_owned().into();
        spans.push(Span::raw(" | "));
        spans.push(state);
    }
    spans.push(Span::raw(" "));
    let right = Line::from(spans).alignment(Alignment::Right);
    frame.render_widget(right, right_area);
}

/// `text` cut to `width` columns, with `…` where it was cut.
pub(in crate::tui) fn clip(text: &str, width: usize) -> Cow<'_, str> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

fn left_width(file: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    " payoff | ".width() + file.width() + 2
}

fn render_tabs(app: &App, frame: &mut Frame, area: Rect) {
    use unicode_width::UnicodeWidthStr;
    let selected = Screen::ALL.iter().position(|s| *s == app.screen);
    let full: Vec<String> = Screen::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {}", i + 1, app.t(s.title())))
        .collect();
    // Each tab takes its title, its padding and a divider: a space either side where that
    // fits, else one before it; where no name fits whole, the others show their number only
    // (a name is never cut).
    let width = |pad: usize| full.iter().map(|t| t.width() + pad + 1).sum::<usize>();
    let room = usize::from(area.width);
    let right_pad = if width(2) <= room { " " } else { "" };
    let titles: Vec<String> = if width(1) <= room {
        full
    } else {
        full.into_iter()
            .enumerate()
            .map(|(i, t)| {
                if Some(i) == selected {
                    t
                } else {
                    (i + 1).to_string()
                }
            })
            .collect()
    };
    let tabs = Tabs::new(titles)
        .select(selected)
        .highlight_style(app.theme.selected().patch(app.theme.bold()))
        .divider(" ")
        .padding(" ", right_pad);
    frame.render_widget(tabs, area);
}

/// The hint bar: the screen's keys, then the global ones, as many as fit whole; `? help`
/// always, and a `…` where hints were left out (the help shows them all).
fn render_hints(app: &App, frame: &mut Frame, area: Rect) {
    use unicode_width::UnicodeWidthStr;
    let hints = keymap::bar(app);
    let hint_width = |h: &keymap::Hint| h.keys.width() + key_label(app, h.msg).width() + 3;
    let is_help = |h: &keymap::Hint| h.msg == Msg::KeyHelp;
    let help = hints.iter().find(|h| is_help(h));
    let rest: Vec<&keymap::Hint> = hints.iter().filter(|h| !is_help(h)).collect();
    let mut room = usize::from(area.width).saturating_sub(1 + help.map_or(0, hint_width));
    let mut shown = 0;
    for (k, h) in rest.iter().enumerate() {
        // Room for the `… ` that says some were left out, unless this is the last.
        let more = if k + 1 == rest.len() {
            0
        } else {
            "… ".width()
        };
        if hint_width(h) + more > room {
            break;
        }
        room -= hint_width(h);
        shown += 1;
    }
    let hint = |h: &keymap::Hint| {
        [
            Span::styled(h.keys.clone(), app.theme.key()),
            Span::raw(format!(" {}  ", key_label(app, h.msg))),
        ]
    };
    let mut spans = vec![Span::raw(" ")];
    if shown == rest.len() {
        // All of them fit: in their order.
        spans.extend(hints.iter().flat_map(hint));
    } else {
        spans.extend(rest[..shown].iter().flat_map(|h| hint(h)));
        spans.push(Span::styled("… ", app.theme.dim()));
        spans.extend(help.into_iter().flat_map(hint));
    }
    frame.render_widget(Line::from(spans), area);
}

/// What a key does, in words: the language key names the language it switches to.
fn key_label(app: &App, msg: Msg) -> Cow<'static, str> {
    match (msg, app.lang) {
        (Msg::KeyLanguage, Language::En) => t(Language::Zh, msg),
        (Msg::KeyLanguage, Language::Zh) => t(Language::En, msg),
        _ => app.t(msg),
    }
}

/// A centered rectangle of at most `w` x `h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Clears where a popup goes, and one column either side: a double-width glyph underneath
/// that straddles the popup's edge would otherwise hide its border.
pub fn clear(frame: &mut Frame, area: Rect) {
    let wide = Rect {
        x: area.x.saturating_sub(1),
        width: (area.width + 2).min(frame.area().width.saturating_sub(area.x.saturating_sub(1))),
        ..area
    };
    frame.render_widget(Clear, wide);
}

fn popup<'a>(app: &App, title: &str) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(format!(" {title} "), app.theme.title()))
        .title_alignment(Alignment::Left)
}

fn render_help(app: &App, frame: &mut Frame, body: Rect) {
    let lines = |bindings: Vec<&Binding>| {
        keymap::hints(bindings, app.lang, true)
            .into_iter()
            .map(|h| {
                Line::from(vec![
                    Span::styled(format!("{:>10}  ", h.keys), app.theme.key()),
                    Span::raw(key_label(app, h.msg)),
                ])
            })
            .collect::<Vec<_>>()
    };
    let mut left: Vec<Line> = vec![Line::styled(app.t(app.screen.title()), app.theme.bold())];
    left.extend(lines(keymap::screen_bindings(app.screen).iter().collect()));
    let mut right: Vec<Line> = vec![Line::styled(app.t(Msg::HelpGlobal), app.theme.bold())];
    let paused: &[Binding] = if app.paused { keymap::PAUSED } else { &[] };
    right.extend(lines(
        paused
            .iter()
            .chain(keymap::GLOBAL)
            .chain(keymap::ALWAYS)
            .collect(),
    ));
    let rows = left.len().max(right.len()) as u16 + 3;
    let area = centered(body, 76, rows);
    clear(frame, area);
    let block = popup(app, &app.t(Msg::HelpTitle))
        .title_bottom(Line::from(format!(" {} ", app.t(Msg::HelpClose))));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(Paragraph::new(left), l);
    frame.render_widget(Paragraph::new(right), r);
}

fn render_confirm(app: &App, frame: &mut Frame, body: Rect, c: Confirm) {
    let data = app.store.data();
    let question = match c {
        Confirm::DeleteDebt(i) => {
            let name = data
                .debts
                .get(i)
                .map_or(Cow::Borrowed(""), |d| shown(&d.name));
            let payments = app.view.debts.get(i).map_or(0, |d| d.payments);
            app.t(Msg::ConfirmDeleteDebt {
                debt: &name,
                payments,
            })
        }
        Confirm::DeleteFlow { expense, index } => {
            let list = if expense {
                &data.budget.expenses
            } else {
                &data.budget.income
            };
            let name = list
                .get(index)
                .map_or(Cow::Borrowed(""), |f| shown(&f.name));
            app.t(Msg::ConfirmDeleteFlow { name: &name })
        }
        Confirm::DeleteScenario(i) => {
            let name = data
                .scenarios
                .get(i)
                .map_or(Cow::Borrowed(""), |s| shown(&s.name));
            app.t(Msg::ConfirmDeleteScenario { name: &name })
        }
        Confirm::AdoptScenario(i) => {
            let s = data.scenarios.get(i);
            let name = s.map_or(Cow::Borrowed(""), |s| shown(&s.name));
            let mut q = app
                .t(Msg::ConfirmAdoptScenario { name: &name })
                .into_owned();
            if s.is_some_and(|s| s.income_stop.is_some() || !s.leave_out.is_empty()) {
                let keeps = app.t(Msg::ConfirmAdoptKeeps { name: &name });
                q = crate::i18n::sentences(app.lang, &[q, keeps.into_owned()]);
            }
            Cow::Owned(q)
        }
    };
    // The question wraps: an adoption says what moves into the file.
    let lines = crate::tui::wrap::wrap(&question, 56);
    let height = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
    let area = centered(body, 60, height);
    clear(frame, area);
    let mut text: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::styled(l, app.theme.bold()))
        .collect();
    text.push(Line::from(""));
    text.push(Line::styled(
        keymap::line(keymap::confirm_keys(c), app.lang),
        app.theme.key(),
    ));
    let title = match c {
        Confirm::AdoptScenario(_) => Msg::ConfirmAdoptTitle,
        _ => Msg::ConfirmTitle,
    };
    let block = popup(app, &app.t(title));
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        area,
    );
}

fn render_conflict(app: &App, frame: &mut Frame, body: Rect) {
    if let Some(error) = &app.file_error {
        return render_file_error(app, frame, body, error);
    }
    let file = app.store.path().display().to_string();
    let mut text = vec![
        Line::from(app.t(Msg::ConflictBody { file: &file })),
        Line::from(""),
    ];
    if app.held.is_some() {
        text.push(Line::from(app.t(Msg::HeldForm)));
        text.push(Line::from(""));
    }
    text.push(Line::styled(
        keymap::line(keymap::CONFLICT, app.lang),
        app.theme.key(),
    ));
    let height = 7 + if app.held.is_some() { 2 } else { 0 };
    let area = centered(body, 70, height);
    clear(frame, area);
    let block = popup(app, &app.t(Msg::ConflictTitle)).border_style(app.theme.bad());
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        area,
    );
}

/// The last reload failed: the loader's words (file:line:column, key, what was expected), over
/// the last good data, and the way out (hledger-ui's error screen).
fn render_file_error(app: &App, frame: &mut Frame, body: Rect, error: &str) {
    const WIDTH: u16 = 76;
    let file = app.store.path().display().to_string();
    let mut text = vec![
        Line::from(app.t(Msg::FileErrorBody { file: &file })),
        Line::from(""),
        Line::styled(error.to_string(), app.theme.bad()),
        Line::from(""),
    ];
    if app.held.is_some() {
        text.push(Line::from(app.t(Msg::HeldForm)));
        text.push(Line::from(""));
    }
    text.push(Line::styled(app.t(Msg::FileErrorKeys), app.theme.key()));
    let rows: usize = text
        .iter()
        .map(|l| wrapped_rows(&l.to_string(), usize::from(WIDTH - 2)))
        .sum();
    let rows = u16::try_from(rows).unwrap_or(u16::MAX);
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: true });
    let area = centered(body, WIDTH, rows.saturating_add(2));
    clear(frame, area);
    let block = popup(app, &app.t(Msg::FileErrorTitle)).border_style(app.theme.bad());
    frame.render_widget(paragraph.block(block), area);
}

/// How many rows `text` takes wrapped at `width` columns, word by word (a word wider than the
/// row, as Chinese text without spaces is, breaks where the row ends).
fn wrapped_rows(text: &str, width: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.width();
        let gap = usize::from(used > 0);
        if used + gap + w <= width {
            used += gap + w;
        } else if w <= width {
            rows += 1;
            used = w;
        } else {
            // On rows of its own, broken where each ends.
            rows += usize::from(used > 0) + (w - 1) / width;
            used = (w - 1) % width + 1;
        }
    }
    rows
}
