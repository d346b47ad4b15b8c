//! Drawing a form: one labelled field a line, its rule beside it, its error under it.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::form::{FieldError, Form, FormKind, Key};
use super::i18n::{Msg, pad};
use super::ui::centered;
use crate::present::shown;

fn title(app: &App, form: &Form) -> String {
    let data = app.store.data();
    let debt = |i: usize| {
        data.debts
            .get(i)
            .map_or(Cow::Borrowed(""), |d| shown(&d.name))
    };
    let flow = |expense: bool, i: usize| {
        let list = if expense {
            &data.budget.expenses
        } else {
            &data.budget.income
        };
        list.get(i).map_or(Cow::Borrowed(""), |f| shown(&f.name))
    };
    match form.kind {
        FormKind::Debt(None) => app.t(Msg::FormAddDebt).to_string(),
        FormKind::Debt(Some(i)) => app.tf(Msg::FormEditDebt, &[&debt(i)]),
        FormKind::Flow {
            expense: false,
            index: None,
        } => app.t(Msg::FormAddIncome).to_string(),
        FormKind::Flow {
            expense: true,
            index: None,
        } => app.t(Msg::FormAddExpense).to_string(),
        FormKind::Flow {
            expense: false,
            index: Some(i),
        } => app.tf(Msg::FormEditIncome, &[&flow(false, i)]),
        FormKind::Flow {
            expense: true,
            index: Some(i),
        } => app.tf(Msg::FormEditExpense, &[&flow(true, i)]),
        FormKind::Pay(i) => app.tf(Msg::FormPay, &[&debt(i)]),
        FormKind::Budget => app.t(Msg::FormBudget).to_string(),
        FormKind::Reconcile(day) => app.tf(Msg::FormReconcile, &[&day]),
    }
}

pub fn render(app: &App, form: &Form, frame: &mut Frame, body: Rect) {
    const LABEL: usize = 14;
    const VALUE: usize = 22;
    let mut lines = Vec::new();
    let mut cursor = None;
    for i in form.shown() {
        let f = &form.fields[i];
        let focused = i == form.focus;
        let value = if f.key.is_choice() {
            let v = f.input.value();
            let label = Key::choice_label(v).map_or(v, |m| app.t(m));
            format!("‹{label}›")
        } else {
            f.input.value().to_string()
        };
        let style = if focused {
            app.theme.selected()
        } else {
            app.theme.bold()
        };
        if focused && !f.key.is_choice() {
            let before = f
                .input
                .value()
                .chars()
                .take(f.input.cursor())
                .collect::<String>();
            cursor = Some((lines.len(), 1 + LABEL + 1 + before.width()));
        }
        let label = match f.key {
            Key::Lender(i) => app
                .store
                .data()
                .debts
                .get(i)
                .map_or(Cow::Borrowed(""), |d| shown(&d.name)),
            key => Cow::Borrowed(app.t(key.label())),
        };
        lines.push(Line::from(vec![
            Span::raw(format!(" {} ", pad(&label, LABEL))),
            Span::styled(pad(&value, VALUE), style),
            Span::styled(format!("  {}", app.t(f.key.rule())), app.theme.dim()),
        ]));
        if let Some(e) = f.shown_error() {
            let text = match e {
                FieldError::Msg(m) => app.t(*m).to_string(),
                FieldError::Text(s) => s.clone(),
            };
            lines.push(Line::styled(
                format!(" {}! {text}", " ".repeat(LABEL + 1)),
                app.theme.bad(),
            ));
        }
    }
    if let Some(e) = form
        .error
        .as_ref()
        .filter(|_| form.fields.iter().any(|f| f.touched))
    {
        lines.push(Line::styled(format!(" ! {e}"), app.theme.bad()));
    }
    lines.push(Line::from(""));
    let keys = if form.has_choices() {
        Msg::FormKeys
    } else {
        Msg::FormKeysText
    };
    lines.push(Line::styled(format!(" {}", app.t(keys)), app.theme.dim()));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let area = centered(body, 78, height);
    super::ui::clear(frame, area);
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", title(app, form)),
        app.theme.title(),
    ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
    if let Some((row, col)) = cursor {
        let x = area.x + 1 + u16::try_from(col).unwrap_or(0);
        let y = area.y + 1 + u16::try_from(row).unwrap_or(0);
        if x < area.right() && y < area.bottom() {
            frame.set_cursor_position(Position { x, y });
        }
    }
}
