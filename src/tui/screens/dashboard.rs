//! Dashboard: what needs the person today, where they stand, and the next two weeks.

use std::borrow::Cow;

use chrono::Days;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{panel_msg, window};
use crate::due::{EventKind, Level, Warning};
use crate::i18n::pad;
use crate::money::Money;
use crate::present::{costs_so_far, meaning, shown};
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::app::scroll;
use crate::tui::i18n::{Msg, level_msg, strategy_msg};
use crate::tui::view::NEXT_DAYS;

/// The columns of a warning's row before its detail, and the spaces between them.
const ROW_WIDTHS: [u16; 4] = [11, 12, 10, 12];

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let rescue_lines = rescue_lines(app);
    let inner_width = area.width.saturating_sub(2);
    let selected = selected_detail(app, inner_width);
    let wanted = app.view.warnings.len().max(1)
        + selected
            .as_deref()
            .map_or(0, |t| wrapped_lines(t, inner_width))
        + rescue_lines.len()
        + 2;
    let max = (area.height / 2).max(5) as usize;
    let [top, bottom] = Layout::vertical([
        Constraint::Length(wanted.min(max) as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    render_attention(app, frame, top, rescue_lines, selected);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)]).areas(bottom);
    let [standing, debts] =
        Layout::vertical([Constraint::Length(7), Constraint::Fill(1)]).areas(left);
    render_standing(app, frame, standing);
    render_debts(app, frame, debts);
    render_next(app, frame, right);
}

/// Each debt at a glance: what it owes and when it is next due.
fn render_debts(app: &App, frame: &mut Frame, area: Rect) {
    if area.height < 3 {
        return;
    }
    let data = app.store.data();
    let rows: Vec<Row> = data
        .debts
        .iter()
        .zip(&app.view.debts)
        .zip(&app.view.balances)
        .map(|((d, r), balance)| {
            let next = match r.next_due {
                Some(date) if r.status == crate::tui::view::DebtStatus::Paid => {
                    format!("{} {}", app.t(Msg::PaidTag), date.format("%m-%d"))
                }
                Some(date) => format!("{} {}", app.t(Msg::DueWord), date.format("%m-%d")),
                None => String::new(),
            };
            Row::new(vec![
                Cell::from(shown(&d.name).into_owned()),
                Cell::from(Line::from(app.money(*balance)).right_aligned()),
                Cell::from(next),
            ])
        })
        .collect();
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(12),
        Constraint::Length(10),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .column_spacing(1)
            .block(panel_msg(app, Msg::Debts)),
        area,
    );
}

/// A warning's detail: days late and penalty, the date to pay by, the amount short, or when.
pub fn detail(app: &App, w: &Warning) -> String {
    match w.level {
        Level::Overdue => {
            let bucket = w.bucket.map_or("", |b| b.code());
            let mut s = app.tf(
                Msg::DaysOverdueDetail,
                &[
                    &crate::i18n::days(app.lang, w.days_overdue.unwrap_or(0)),
                    &bucket,
                ],
            );
            if let Some(costs) = costs_so_far(app.lang, app.store.data(), w) {
                s.push_str(app.t(Msg::ListSep));
                s.push_str(&costs);
            }
            s
        }
        Level::Grace => app.tf(
            Msg::PayBy,
            &[&w.pay_by
                .map(|d| d.format("%m-%d").to_string())
                .unwrap_or_default()],
        ),
        Level::Shortfall => app.tf(Msg::ShortDetail, &[&app.money(w.short.unwrap_or_default())]),
        Level::DueSoon => match w.days.unwrap_or(0) {
            0 => app.t(Msg::Today).to_string(),
            1 => app.t(Msg::Tomorrow).to_string(),
            n => app.tf(Msg::InDays, &[&crate::i18n::days(app.lang, n)]),
        },
    }
}

/// The selected warning's detail line: what it means in plain words (SPEC §7.4), after its
/// row's detail when the row is too narrow to show all of it. `None` when it has no meaning.
fn selected_detail(app: &App, width: u16) -> Option<String> {
    let w = app.view.warnings.get(app.dash_sel)?;
    let late = app.view.late.get(w.debt).copied().unwrap_or_default();
    let meaning = meaning(app.lang, app.store.data(), w, late)?;
    let columns: u16 = ROW_WIDTHS.iter().sum::<u16>() + ROW_WIDTHS.len() as u16;
    let row = detail(app, w);
    if usize::from(width.saturating_sub(columns)) >= row.width() {
        return Some(meaning);
    }
    Some(crate::i18n::sentences(
        app.lang,
        &[format!("{row}{}", app.t(Msg::CheckEnd)), meaning],
    ))
}

/// How many lines `text` takes wrapped at word boundaries to `width` columns, as the paragraph
/// wraps it (a word wider than the line is broken; CJK text is one long word).
fn wrapped_lines(text: &str, width: u16) -> usize {
    let width = usize::from(width.max(1));
    let (mut lines, mut used) = (1, 0);
    for word in text.split(' ') {
        let w = word.width();
        let need = if used == 0 { w } else { used + 1 + w };
        if need <= width {
            used = need;
        } else if w <= width {
            lines += 1;
            used = w;
        } else {
            // Broken from a line of its own; a double-width glyph may leave a column unused,
            // so count a column less a line (a blank line is better than a cut one).
            let per_line = (width - 1).max(1);
            if used > 0 {
                lines += 1;
            }
            let extra = (w - 1) / per_line;
            lines += extra;
            used = w - extra * per_line;
        }
    }
    lines
}

fn rescue_lines(app: &App) -> Vec<Line<'static>> {
    let Some(r) = &app.view.rescue else {
        return Vec::new();
    };
    let data = app.store.data();
    let name = |i: usize| {
        data.debts
            .get(i)
            .map_or(Cow::Borrowed(""), |d| shown(&d.name))
    };
    let steps: Vec<String> = r
        .steps
        .iter()
        .filter(|s| s.pay > Money::ZERO)
        .map(|s| format!("{} {}", name(s.debt), app.money(s.pay)))
        .collect();
    let mut lines = Vec::new();
    if let Some(total) = crate::due::due_now(&app.view.warnings, app.today) {
        lines.push(Line::styled(
            app.tf(Msg::DueNow, &[&app.money(total)]),
            app.theme.bold(),
        ));
    }
    if !steps.is_empty() || r.missing > Money::ZERO {
        let mut text = app.tf(Msg::PayFirst, &[&steps.join(", ")]);
        if r.missing > Money::ZERO {
            text.push_str("; ");
            text.push_str(&app.tf(Msg::StillMissing, &[&app.money(r.missing)]));
        }
        lines.push(Line::styled(text, app.theme.bold()));
    }
    for &i in &r.negotiate {
        lines.push(Line::styled(
            app.tf(Msg::AskNegotiate, &[&name(i)]),
            app.theme.warn(),
        ));
    }
    lines
}

fn render_attention(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    rescue: Vec<Line<'static>>,
    selected: Option<String>,
) {
    let block = panel_msg(app, Msg::NeedsAttention);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let warnings = &app.view.warnings;
    if warnings.is_empty() {
        let text = Paragraph::new(Line::styled(app.t(Msg::AllClear), app.theme.good()))
            .wrap(Wrap { trim: true });
        frame.render_widget(text, inner);
        return;
    }
    // The rows first (one at least), then the advice, then as much of the selected warning's
    // meaning as is left room for.
    let meaning_lines = selected
        .as_deref()
        .map_or(0, |t| wrapped_lines(t, inner.width));
    let room = usize::from(inner.height)
        .saturating_sub(rescue.len() + meaning_lines)
        .max(1);
    let (from, to) = window(warnings.len(), app.dash_sel, room);
    let meaning_lines =
        meaning_lines.min(usize::from(inner.height).saturating_sub(to - from + rescue.len()));
    let data = app.store.data();
    let rows: Vec<Row> = warnings[from..to]
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let style = if from + k == app.dash_sel {
                app.theme.level(w.level).patch(app.theme.selected())
            } else {
                app.theme.level(w.level)
            };
            Row::new(vec![
                Cell::from(app.t(level_msg(w.level))),
                Cell::from(
                    data.debts
                        .get(w.debt)
                        .map_or(Cow::Borrowed(""), |d| shown(&d.name)),
                ),
                Cell::from(format!("{} {}", app.t(Msg::DueWord), w.due.format("%m-%d"))),
                Cell::from(Line::from(app.money(w.amount)).right_aligned()),
                Cell::from(detail(app, w)),
            ])
            .style(style)
        })
        .collect();
    let widths = [
        Constraint::Length(ROW_WIDTHS[0]),
        Constraint::Length(ROW_WIDTHS[1]),
        Constraint::Length(ROW_WIDTHS[2]),
        Constraint::Length(ROW_WIDTHS[3]),
        Constraint::Fill(1),
    ];
    let [table_area, meaning_area, rescue_area] = Layout::vertical([
        Constraint::Length((to - from) as u16),
        Constraint::Length(meaning_lines as u16),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Table::new(rows, widths).column_spacing(1), table_area);
    if let Some(text) = selected {
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), meaning_area);
    }
    frame.render_widget(
        Paragraph::new(rescue).wrap(Wrap { trim: true }),
        rescue_area,
    );
}

fn render_standing(app: &App, frame: &mut Frame, area: Rect) {
    let v = &app.view;
    let label = |m: Msg| Span::styled(pad(app.t(m), 14), app.theme.dim());
    let plan_line = match &v.kept {
        Ok(p) => Span::raw(format!(
            "{} ({})",
            p.debt_free(),
            app.t(strategy_msg(app.store.data().budget.strategy()))
        )),
        Err(_) => Span::styled(app.t(Msg::NeverPaidOff), app.theme.bad()),
    };
    let interest = match &v.kept {
        Ok(p) => Span::raw(app.money(p.total_interest)),
        Err(_) => Span::raw("-"),
    };
    let need_style = if v.month_dues > app.budget() {
        app.theme.bad()
    } else {
        Style::new()
    };
    let cash_style = if v.cash_today < Money::ZERO {
        app.theme.bad()
    } else {
        Style::new()
    };
    let lines = vec![
        Line::from(vec![
            label(Msg::Owed),
            Span::raw(format!(
                "{} {}",
                app.money(v.owed),
                app.tf(Msg::DebtCount, &[&app.store.data().debts.len()])
            )),
        ]),
        Line::from(vec![label(Msg::DebtFree), plan_line]),
        Line::from(vec![label(Msg::InterestLeft), interest]),
        Line::from(vec![
            label(Msg::ThisMonth),
            Span::styled(
                app.tf(
                    Msg::ThisMonthValue,
                    &[&app.money(v.month_dues), &app.money(app.budget())],
                ),
                need_style,
            ),
        ]),
        Line::from(vec![
            label(Msg::CashToday),
            Span::styled(app.money(v.cash_today), cash_style),
        ]),
    ];
    let block = panel_msg(app, Msg::WhereYouStand);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn render_next(app: &App, frame: &mut Frame, area: Rect) {
    let until = app
        .today
        .checked_add_days(Days::new(NEXT_DAYS))
        .unwrap_or(app.today);
    let rows: Vec<Row> = app
        .view
        .calendar
        .iter()
        .filter(|r| r.date < until && r.kind != EventKind::Payment)
        .map(|r| {
            let (word, style) = match r.kind {
                EventKind::Due if r.met => (Msg::PaidTag, app.theme.dim()),
                EventKind::Due if r.short.is_some() => (Msg::DueWord, app.theme.bad()),
                EventKind::Due => (Msg::DueWord, app.theme.warn()),
                EventKind::Income => (Msg::In, app.theme.good()),
                EventKind::Expense | EventKind::Payment => (Msg::Out, Style::new()),
            };
            Row::new(vec![
                Cell::from(r.date.format("%m-%d").to_string()),
                Cell::from(shown(&r.name).into_owned()),
                Cell::from(app.t(word)),
                Cell::from(Line::from(app.money(r.amount.abs())).right_aligned()),
            ])
            .style(style)
        })
        .collect();
    let widths = [
        Constraint::Length(5),
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Length(11),
    ];
    let table = Table::new(rows, widths)
        .column_spacing(1)
        .block(panel_msg(app, Msg::NextDays));
    frame.render_widget(table, area);
}

/// The keys of this screen.
impl App {
    pub(in crate::tui) fn act_dashboard(&mut self, action: Action) -> Vec<Effect> {
        let last = self.view.warnings.len().saturating_sub(1);
        match action {
            Action::Pay => {
                if let Some(w) = self.view.warnings.get(self.dash_sel) {
                    let (debt, amount) = (w.debt, w.amount);
                    self.open_pay(debt, Some(amount));
                }
            }
            Action::Negotiate => {
                if let Some(w) = self.view.warnings.get(self.dash_sel) {
                    let debt = w.debt;
                    self.go_negotiate(debt);
                }
            }
            Action::Reconcile => {
                // A due date still unpaid would drop out of sight once as_of passes it.
                let data = self.store.data();
                let unpaid = crate::reconcile::expected(data, self.today).unpaid;
                match unpaid.first() {
                    Some(d) => {
                        let name = data.debts.get(d.debt).map_or("", |x| x.name.as_str());
                        let what = format!("{} {}", shown(name), self.money(d.unpaid));
                        let msg = self.tf(Msg::ReconcileUnpaid, &[&what, &d.date]);
                        self.say(msg, true);
                    }
                    None => {
                        self.open_form(crate::tui::form::Form::reconcile(&self.store, self.today))
                    }
                }
            }
            other => self.dash_sel = scroll(self.dash_sel, other, last, 5),
        }
        Vec::new()
    }
}
