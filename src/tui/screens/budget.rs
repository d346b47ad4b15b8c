//! Budget: cash on hand, the monthly money for debts, income and expenses.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::{fit_rows, more_row, panel_msg, window};
use crate::model::{Data, Flow};
use crate::present::shown;
use crate::tui::action::Action;
use crate::tui::app::{Confirm, Overlay, scroll};
use crate::tui::ctx::{Ctx, Request};
use crate::tui::form::Form;
use crate::tui::i18n::Msg;

/// A line of the Budget screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetRow {
    /// Cash, as-of date and the monthly budget.
    Settings,
    Income(usize),
    Expense(usize),
}

/// The Budget screen's lines, in order.
pub fn rows(data: &Data) -> Vec<BudgetRow> {
    let b = &data.budget;
    std::iter::once(BudgetRow::Settings)
        .chain((0..b.income.len()).map(BudgetRow::Income))
        .chain((0..b.expenses.len()).map(BudgetRow::Expense))
        .collect()
}

/// The Budget screen's state: which line is selected (an index into [`rows`]).
#[derive(Clone, Debug, Default)]
pub struct BudgetState {
    pub sel: usize,
}

impl BudgetState {
    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let [top, lists] =
            Layout::vertical([Constraint::Length(4), Constraint::Fill(1)]).areas(area);
        let rows = rows(ctx.data());
        let selected = rows.get(self.sel).copied();
        render_settings(ctx, frame, top, selected == Some(BudgetRow::Settings));
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(lists);
        let b = &ctx.data().budget;
        let sel_income = match selected {
            Some(BudgetRow::Income(i)) => Some(i),
            _ => None,
        };
        let sel_expense = match selected {
            Some(BudgetRow::Expense(i)) => Some(i),
            _ => None,
        };
        render_flows(ctx, frame, left, Msg::Income, &b.income, sel_income);
        render_flows(ctx, frame, right, Msg::Expenses, &b.expenses, sel_expense);
    }

    /// The keys of this screen.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        let rows = rows(ctx.data());
        let row = rows.get(self.sel).copied().unwrap_or(BudgetRow::Settings);
        let store = ctx.store;
        Some(match (action, row) {
            (Action::Add, BudgetRow::Expense(_)) => Request::Form(Form::flow(store, true, None)),
            (Action::Add, _) => Request::Form(Form::flow(store, false, None)),
            (Action::Edit, BudgetRow::Settings) => Request::Form(Form::budget(store)),
            (Action::Edit, BudgetRow::Income(i)) => {
                Request::Form(Form::flow(store, false, Some(i)))
            }
            (Action::Edit, BudgetRow::Expense(i)) => {
                Request::Form(Form::flow(store, true, Some(i)))
            }
            (Action::Delete, BudgetRow::Income(index)) => {
                Request::Overlay(Overlay::Confirm(Confirm::DeleteFlow {
                    expense: false,
                    index,
                }))
            }
            (Action::Delete, BudgetRow::Expense(index)) => {
                Request::Overlay(Overlay::Confirm(Confirm::DeleteFlow {
                    expense: true,
                    index,
                }))
            }
            (other, _) => {
                self.sel = scroll(self.sel, other, rows.len().saturating_sub(1), 5);
                return None;
            }
        })
    }
}

fn render_settings(ctx: &Ctx, frame: &mut Frame, area: Rect, selected: bool) {
    let b = &ctx.data().budget;
    let style = if selected {
        ctx.theme.selected()
    } else {
        Style::new()
    };
    let cash = format!(
        "{} | {}",
        ctx.t(Msg::CashLine {
            cash: &ctx.money(b.cash),
            as_of: b.as_of
        }),
        ctx.t(Msg::CashProjected {
            cash: &ctx.money(ctx.view.cash_today)
        })
    );
    let monthly = ctx.money(b.monthly_budget());
    let for_debts = match b.monthly_for_debts {
        Some(_) => ctx.t(Msg::ForDebtsSet { monthly: &monthly }),
        None => ctx.t(Msg::ForDebtsDerived { monthly: &monthly }),
    };
    let need_style = if ctx.view.month_dues > b.monthly_budget() {
        ctx.theme.bad()
    } else {
        ctx.theme.good()
    };
    let lines = vec![
        Line::styled(cash, style),
        Line::from(vec![
            ratatui::text::Span::styled(format!("{for_debts} | "), style),
            ratatui::text::Span::styled(
                ctx.t(Msg::MonthDues {
                    amount: &ctx.money(ctx.view.month_dues),
                }),
                need_style,
            ),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines).block(panel_msg(ctx, Msg::Budget)),
        area,
    );
}

fn render_flows(
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    title: Msg,
    flows: &[Flow],
    selected: Option<usize>,
) {
    let total: crate::money::Money = flows.iter().map(|f| f.amount).sum();
    let block = super::panel(ctx, format!("{} {}", ctx.t(title), ctx.money(total)));
    if flows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(ctx.t(Msg::NoLines), ctx.theme.dim())).block(block),
            area,
        );
        return;
    }
    // The list with the selection scrolls with it; the other shows its first lines, and
    // counts those that do not fit.
    let room = usize::from(area.height.saturating_sub(3));
    let (from, to, more) = match selected {
        Some(i) => {
            let (from, to) = window(flows.len(), i, room);
            (from, to, 0)
        }
        None => {
            let (whole, more) = fit_rows(flows.len(), room);
            (0, whole, more)
        }
    };
    let amounts: Vec<crate::money::Money> = flows[from..to].iter().map(|f| f.amount).collect();
    let mut spare = super::Spare::of(area.width.saturating_sub(2), &[12, 3], 8);
    let (amounts, amount_width) = spare.amounts(ctx, &amounts, 12);
    let mut rows: Vec<Row> = flows[from..to]
        .iter()
        .zip(amounts)
        .zip(from..)
        .map(|((f, amount), i)| {
            Row::new(vec![
                Cell::from(shown(&f.name).into_owned()),
                Cell::from(Line::from(amount).right_aligned()),
                Cell::from(Line::from(f.day.to_string()).right_aligned()),
            ])
            .style(if Some(i) == selected {
                ctx.theme.selected()
            } else {
                Style::new()
            })
        })
        .collect();
    rows.extend(more_row(ctx, more, 0));
    let header = Row::new(vec![
        Cell::from(ctx.t(Msg::ColName)),
        Cell::from(Line::from(ctx.t(Msg::ColAmount)).right_aligned()),
        Cell::from(Line::from(ctx.t(Msg::ColDay)).right_aligned()),
    ])
    .style(ctx.theme.bold());
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
