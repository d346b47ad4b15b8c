//! Budget: cash on hand, the monthly money for debts, income and expenses.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::panel_msg;
use crate::model::Flow;
use crate::present::shown;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, BudgetRow};
use crate::tui::app::{Confirm, Overlay, scroll};
use crate::tui::form::Form;
use crate::tui::i18n::Msg;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [top, lists] = Layout::vertical([Constraint::Length(4), Constraint::Fill(1)]).areas(area);
    let rows = app.budget_rows();
    let selected = rows.get(app.budget_sel).copied();
    render_settings(app, frame, top, selected == Some(BudgetRow::Settings));
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lists);
    let b = &app.store.data().budget;
    let sel_income = match selected {
        Some(BudgetRow::Income(i)) => Some(i),
        _ => None,
    };
    let sel_expense = match selected {
        Some(BudgetRow::Expense(i)) => Some(i),
        _ => None,
    };
    render_flows(app, frame, left, Msg::Income, &b.income, sel_income);
    render_flows(app, frame, right, Msg::Expenses, &b.expenses, sel_expense);
}

fn render_settings(app: &App, frame: &mut Frame, area: Rect, selected: bool) {
    let b = &app.store.data().budget;
    let style = if selected {
        app.theme.selected()
    } else {
        Style::new()
    };
    let cash = format!(
        "{} | {}",
        app.tf(Msg::CashLine, &[&app.money(b.cash), &b.as_of]),
        app.tf(Msg::CashProjected, &[&app.money(app.view.cash_today)])
    );
    let monthly = app.money(b.monthly_budget());
    let for_debts = match b.monthly_for_debts {
        Some(_) => app.tf(Msg::ForDebtsSet, &[&monthly]),
        None => app.tf(Msg::ForDebtsDerived, &[&monthly]),
    };
    let need_style = if app.view.month_dues > b.monthly_budget() {
        app.theme.bad()
    } else {
        app.theme.good()
    };
    let lines = vec![
        Line::styled(cash, style),
        Line::from(vec![
            ratatui::text::Span::styled(format!("{for_debts} | "), style),
            ratatui::text::Span::styled(
                app.tf(Msg::MonthDues, &[&app.money(app.view.month_dues)]),
                need_style,
            ),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines).block(panel_msg(app, Msg::Budget)),
        area,
    );
}

fn render_flows(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    title: Msg,
    flows: &[Flow],
    selected: Option<usize>,
) {
    let total: crate::money::Money = flows.iter().map(|f| f.amount).sum();
    let block = super::panel(app, format!("{} {}", app.t(title), app.money(total)));
    if flows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(app.t(Msg::NoLines), app.theme.dim())).block(block),
            area,
        );
        return;
    }
    let amounts: Vec<crate::money::Money> = flows.iter().map(|f| f.amount).collect();
    let mut spare = super::Spare::of(area.width.saturating_sub(2), &[12, 3], 8);
    let (amounts, amount_width) = spare.amounts(app, &amounts, 12);
    let rows: Vec<Row> = flows
        .iter()
        .zip(amounts)
        .enumerate()
        .map(|(i, (f, amount))| {
            Row::new(vec![
                Cell::from(shown(&f.name).into_owned()),
                Cell::from(Line::from(amount).right_aligned()),
                Cell::from(Line::from(f.day.to_string()).right_aligned()),
            ])
            .style(if Some(i) == selected {
                app.theme.selected()
            } else {
                Style::new()
            })
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(app.t(Msg::ColName)),
        Cell::from(Line::from(app.t(Msg::ColAmount)).right_aligned()),
        Cell::from(Line::from(app.t(Msg::ColDay)).right_aligned()),
    ])
    .style(app.theme.bold());
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(amount_width),
        Constraint::Length(3),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(block),
        area,
    );
}

/// The keys of this screen.
impl App {
    pub(in crate::tui) fn act_budget(&mut self, action: Action) -> Vec<Effect> {
        let rows = self.budget_rows();
        let row = rows
            .get(self.budget_sel)
            .copied()
            .unwrap_or(BudgetRow::Settings);
        match (action, row) {
            (Action::Add, BudgetRow::Expense(_)) => {
                self.open_form(Form::flow(&self.store, true, None));
            }
            (Action::Add, _) => self.open_form(Form::flow(&self.store, false, None)),
            (Action::Edit, BudgetRow::Settings) => self.open_form(Form::budget(&self.store)),
            (Action::Edit, BudgetRow::Income(i)) => {
                self.open_form(Form::flow(&self.store, false, Some(i)));
            }
            (Action::Edit, BudgetRow::Expense(i)) => {
                self.open_form(Form::flow(&self.store, true, Some(i)));
            }
            (Action::Delete, BudgetRow::Income(index)) => {
                let c = Confirm::DeleteFlow {
                    expense: false,
                    index,
                };
                self.overlay = Some(Overlay::Confirm(c));
            }
            (Action::Delete, BudgetRow::Expense(index)) => {
                let c = Confirm::DeleteFlow {
                    expense: true,
                    index,
                };
                self.overlay = Some(Overlay::Confirm(c));
            }
            (other, _) => {
                self.budget_sel = scroll(self.budget_sel, other, rows.len().saturating_sub(1), 5)
            }
        }
        Vec::new()
    }
}
