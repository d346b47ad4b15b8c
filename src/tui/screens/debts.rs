//! Debts: the list, with each one's next due date and status; add, edit, delete, pay, reorder.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::{panel_msg, window};
use crate::model::DebtKind;
use crate::money::percent2;
use crate::present::shown;
use crate::store::Edit;
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::app::{Confirm, Overlay, scroll};
use crate::tui::form::Form;
use crate::tui::i18n::Msg;
use crate::tui::view::DebtStatus;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [list, detail] = Layout::vertical([Constraint::Fill(1), Constraint::Length(3)]).areas(area);
    let data = app.store.data();
    let block = panel_msg(app, Msg::Debts);
    if data.debts.is_empty() {
        frame.render_widget(Paragraph::new(app.t(Msg::NoDebts)).block(block), list);
        return;
    }
    let inner_height = usize::from(list.height.saturating_sub(3));
    let (from, to) = window(data.debts.len(), app.debt_sel, inner_height);
    let rows: Vec<Row> = (from..to)
        .map(|i| {
            let d = &data.debts[i];
            let r = &app.view.debts[i];
            let (status, style) = status(app, &r.status);
            let row_style = if i == app.debt_sel {
                app.theme.selected()
            } else {
                Style::new()
            };
            Row::new(vec![
                Cell::from(shown(&d.name).into_owned()),
                Cell::from(app.t(match d.kind {
                    DebtKind::Card => Msg::Card,
                    DebtKind::Loan => Msg::Loan,
                })),
                Cell::from(Line::from(app.money(d.balance)).right_aligned()),
                Cell::from(Line::from(format!("{}%", percent2(d.apr.percent()))).right_aligned()),
                Cell::from(Line::from(app.money(r.due_amount)).right_aligned()),
                Cell::from(Line::from(d.due_day.to_string()).right_aligned()),
                Cell::from(
                    r.next_due
                        .map_or("-".into(), |n| n.format("%m-%d").to_string()),
                ),
                Cell::from(status).style(style),
            ])
            .style(row_style)
        })
        .collect();
    let left = |m: Msg| Cell::from(app.t(m));
    let right = |m: Msg| Cell::from(Line::from(app.t(m)).right_aligned());
    let header = Row::new(vec![
        left(Msg::ColName),
        left(Msg::ColKind),
        right(Msg::ColBalance),
        right(Msg::ColApr),
        right(Msg::ColDuePerMonth),
        right(Msg::ColDay),
        left(Msg::ColNextDue),
        left(Msg::ColStatus),
    ])
    .style(app.theme.bold());
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(11),
        Constraint::Length(7),
        Constraint::Length(10),
        Constraint::Length(3),
        Constraint::Length(8),
        Constraint::Length(16),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .block(block);
    frame.render_widget(table, list);
    render_selected(app, frame, detail);
}

fn status(app: &App, s: &DebtStatus) -> (String, Style) {
    match s {
        DebtStatus::Overdue(n) => (
            app.tf(Msg::StatusOverdue, &[&crate::i18n::days(app.lang, *n)]),
            app.theme.bad(),
        ),
        DebtStatus::Grace(by) => (
            app.tf(Msg::StatusGrace, &[&by.format("%m-%d")]),
            app.theme.warn(),
        ),
        DebtStatus::Short(m) => (app.tf(Msg::StatusShort, &[&app.money(*m)]), app.theme.bad()),
        DebtStatus::Paid => (app.t(Msg::StatusPaid).to_string(), app.theme.good()),
        DebtStatus::InDays(n) => (
            app.tf(Msg::StatusInDays, &[&crate::i18n::days(app.lang, *n)]),
            Style::new(),
        ),
        DebtStatus::Nothing => (app.t(Msg::StatusNone).to_string(), app.theme.dim()),
    }
}

fn render_selected(app: &App, frame: &mut Frame, area: Rect) {
    let Some(d) = app.store.data().debts.get(app.debt_sel) else {
        return;
    };
    let mut parts = vec![
        app.tf(Msg::SelectedLine, &[&shown(&d.name)]),
        app.tf(
            Msg::GraceDays,
            &[&crate::i18n::days(app.lang, d.grace_days)],
        ),
    ];
    if let Some(p) = d.penalty_daily_rate {
        parts.push(app.tf(Msg::PenaltyPerDay, &[&p.percent().normalize()]));
    }
    parts.push(match &d.negotiated {
        Some(n) => app.tf(
            Msg::NegotiatedSome,
            &[&n.months, &percent2(n.apr.percent())],
        ),
        None => app.t(Msg::NegotiatedNone).to_string(),
    });
    let block = ratatui::widgets::Block::bordered();
    frame.render_widget(Paragraph::new(parts.join(" | ")).block(block), area);
}

/// The keys of this screen.
impl App {
    pub(in crate::tui) fn act_debts(&mut self, action: Action) -> Vec<Effect> {
        let n = self.store.data().debts.len();
        let sel = self.debt_sel;
        match action {
            Action::Add => self.open_form(Form::debt(&self.store, None)),
            Action::Edit if sel < n => self.open_form(Form::debt(&self.store, Some(sel))),
            Action::Delete if sel < n => {
                self.overlay = Some(Overlay::Confirm(Confirm::DeleteDebt(sel)));
            }
            Action::Pay if sel < n => self.open_pay(sel, None),
            Action::Negotiate if sel < n => self.go_negotiate(sel),
            Action::MoveUp | Action::MoveDown if sel < n => {
                let up = action == Action::MoveUp;
                if (up && sel == 0) || (!up && sel + 1 >= n) {
                    return Vec::new();
                }
                self.debt_sel = if up { sel - 1 } else { sel + 1 };
                let done = self.t(Msg::Saved).to_string();
                return self.edit(Edit::MoveDebt { index: sel, up }, done);
            }
            other => self.debt_sel = scroll(sel, other, n.saturating_sub(1), 5),
        }
        Vec::new()
    }
}
