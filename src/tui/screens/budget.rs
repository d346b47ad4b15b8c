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
        let b = &ctx.data().budget;
        let sel_income = match selected {
            Some(BudgetRow::Income(i)) => Some(i),
            _ => None,
        };
        let sel_expense = match selected {
            Some(BudgetRow::Expense(i)) => Some(i),
            _ => None,
        };
        let planned = b.once.len() + b.extra.len();
        // The dated money takes its lines below the lists (up to 8), when there is any.
        let height = match planned {
            0 => 0,
            n => u16::try_from(n + 3).unwrap_or(u16::MAX).min(8),
        };
        let [lists, dated] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(height)]).areas(lists);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(lists);
        render_flows(ctx, frame, left, Msg::Income, &b.income, sel_income);
        render_flows(ctx, frame, right, Msg::Expenses, &b.expenses, sel_expense);
        if planned > 0 {
            render_dated(ctx, frame, dated);
        }
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
    // The monthly lines make the total (a yearly one is in the budget of its month only).
    let total: crate::money::Money = flows
        .iter()
        .filter(|f| f.month.is_none())
        .map(|f| f.amount)
        .sum();
    // A yearly line's day is its date in the year: `03-05`.
    let day = |f: &Flow| match f.month {
        Some(m) => format!("{m:02}-{:02}", f.day),
        None => f.day.to_string(),
    };
    let day_width: u16 = if flows.iter().any(|f| f.month.is_some()) {
        5
    } else {
        3
    };
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
    let mut spare = super::Spare::of(area.width.saturating_sub(2), &[12, day_width], 8);
    let (amounts, amount_width) = spare.amounts(ctx, &amounts, 12);
    let mut rows: Vec<Row> = flows[from..to]
        .iter()
        .zip(amounts)
        .zip(from..)
        .map(|((f, amount), i)| {
            Row::new(vec![
                Cell::from(shown(&f.name).into_owned()),
                Cell::from(Line::from(amount).right_aligned()),
                Cell::from(Line::from(day(f)).right_aligned()),
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
        Constraint::Length(day_width),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(block),
        area,
    );
}

/// The one-offs and extra payments, by date: what they are and the money they move (an
/// extra payment is money out, to a debt or to the strategy's first).
fn render_dated(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let b = &ctx.data().budget;
    let mut lines: Vec<(chrono::NaiveDate, String, crate::money::Money)> = b
        .once
        .iter()
        .map(|o| (o.date, shown(&o.name).into_owned(), o.signed()))
        .collect();
    lines.extend(b.extra.iter().map(|e| {
        let what = match &e.debt {
            Some(d) => ctx.t(Msg::ExtraToDebt { debt: &shown(d) }).into_owned(),
            None => ctx.t(Msg::ExtraToFirst).into_owned(),
        };
        (e.date, what, -e.amount)
    }));
    lines.sort_by_key(|(date, _, _)| *date);
    let room = usize::from(area.height.saturating_sub(3));
    let (whole, more) = fit_rows(lines.len(), room);
    let amounts: Vec<crate::money::Money> = lines.iter().take(whole).map(|l| l.2).collect();
    let mut spare = super::Spare::of(area.width.saturating_sub(2), &[10, 12], 8);
    let (amounts, amount_width) = spare.amounts(ctx, &amounts, 12);
    let mut rows: Vec<Row> = lines
        .iter()
        .take(whole)
        .zip(amounts)
        .map(|((date, what, _), amount)| {
            Row::new(vec![
                Cell::from(date.to_string()),
                Cell::from(what.clone()),
                Cell::from(Line::from(amount).right_aligned()),
            ])
        })
        .collect();
    rows.extend(more_row(ctx, more, 1));
    let header = Row::new(vec![
        Cell::from(ctx.t(Msg::ColDate)),
        Cell::from(ctx.t(Msg::ColName)),
        Cell::from(Line::from(ctx.t(Msg::ColAmount)).right_aligned()),
    ])
    .style(ctx.theme.bold());
    let widths = [
        Constraint::Length(10),
        Constraint::Fill(1),
        Constraint::Length(amount_width),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(panel_msg(ctx, Msg::PlannedTitle)),
        area,
    );
}
