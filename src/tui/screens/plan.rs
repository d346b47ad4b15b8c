//! Plan: the what-if playground. Every strategy side by side at the what-if budget, the total
//! owed over time (one line per strategy), when each debt is paid off, and the schedule.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Cell, Chart, Dataset, GraphType, Paragraph, Row, Table};

use super::{panel, panel_msg};
use crate::engine::{self, Strategy};
use crate::money::to_cents;
use crate::money::{Money, from_cents};
use crate::present::shown;
use crate::store::Edit;
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::app::scroll;
use crate::tui::i18n::{Msg, plan_error, strategy_msg};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let bottom = if area.height >= 30 { 10 } else { 5 };
    let [head, table, chart, lower] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(8),
        Constraint::Fill(1),
        Constraint::Length(bottom),
    ])
    .areas(area);
    render_head(app, frame, head);
    render_compare(app, frame, table);
    render_chart(app, frame, chart);
    let [paid, schedule] =
        Layout::horizontal([Constraint::Length(32), Constraint::Fill(1)]).areas(lower);
    render_paid_off(app, frame, paid);
    render_schedule(app, frame, schedule);
}

fn render_head(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::styled(
        format!(
            " {}",
            app.tf(Msg::BudgetForDebts, &[&app.money(app.budget())])
        ),
        app.theme.bold(),
    )];
    if app.plan.delta != 0 {
        let delta = from_cents(app.plan.delta);
        let sign = if delta > Money::ZERO { "+" } else { "-" };
        spans.push(Span::styled(
            format!(
                " {}",
                app.tf(
                    Msg::WhatIfDelta,
                    &[&format!("{sign}{}", app.money(delta.abs()))]
                )
            ),
            app.theme.warn(),
        ));
    }
    let right = Line::from(vec![
        Span::raw(format!(" {} ", app.t(Msg::KeyStrategy))),
        Span::styled(
            format!("‹{}›", app.t(strategy_msg(app.plan.strategy))),
            app.theme.title(),
        ),
        Span::raw(" s "),
    ])
    .right_aligned();
    // The strategy keeps its room on the right; the budget line takes the rest.
    let width = u16::try_from(right.width()).unwrap_or(area.width);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    frame.render_widget(Line::from(spans), left_area);
    frame.render_widget(right, right_area);
}

fn render_compare(app: &App, frame: &mut Frame, area: Rect) {
    let minimum = app
        .view
        .compared(Strategy::Minimum)
        .and_then(|r| r.as_ref().ok());
    let rows: Vec<Row> = app
        .view
        .compare
        .iter()
        .map(|(s, r)| {
            let mark = if *s == app.plan.strategy { ">" } else { " " };
            let name = format!("{mark} {}", app.t(strategy_msg(*s)));
            let style = if *s == app.plan.strategy {
                app.theme.bold()
            } else {
                Style::new()
            };
            // The names take their chart line's colour: the table is the chart's legend.
            let at = Strategy::ALL.iter().position(|x| x == s).unwrap_or(0);
            let name = Cell::from(name).style(app.theme.series(at));
            match r {
                Ok(p) => {
                    let versus = match engine::savings(p, minimum) {
                        Some(_) if *s == Strategy::Minimum => String::from("-"),
                        Some((i, m)) if i >= Money::ZERO => {
                            app.tf(Msg::Saves, &[&app.money(i), &m])
                        }
                        Some((i, _)) => app.tf(Msg::CostsMore, &[&app.money(-i)]),
                        None => String::from("-"),
                    };
                    Row::new(vec![
                        name,
                        Cell::from(p.debt_free().to_string()),
                        Cell::from(Line::from(p.months.to_string()).right_aligned()),
                        Cell::from(Line::from(app.money(p.total_interest)).right_aligned()),
                        Cell::from(versus),
                    ])
                    .style(style)
                }
                Err(e) => Row::new(vec![
                    name,
                    Cell::from(app.t(Msg::Never)),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(plan_error(app.lang, e)),
                ])
                .style(app.theme.bad()),
            }
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(""),
        Cell::from(app.t(Msg::ColDebtFree)),
        Cell::from(Line::from(app.t(Msg::ColMonths)).right_aligned()),
        Cell::from(Line::from(app.t(Msg::ColInterest)).right_aligned()),
        Cell::from(app.t(Msg::ColVsMinimum)),
    ])
    .style(app.theme.dim());
    let widths = [
        Constraint::Length(13),
        Constraint::Length(9),
        Constraint::Length(6),
        Constraint::Length(15),
        Constraint::Fill(1),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(panel_msg(app, Msg::Strategies)),
        area,
    );
}

fn render_chart(app: &App, frame: &mut Frame, area: Rect) {
    let series = &app.view.plot;
    let max_months = series
        .iter()
        .map(|(_, s)| s.len())
        .max()
        .unwrap_or(1)
        .max(2);
    let plot_top = series
        .iter()
        .flat_map(|(_, s)| s.iter().map(|p| p.1))
        .fold(1.0, |plot_a: f64, plot_b| plot_a.max(plot_b));
    // The chosen strategy is drawn last, on top of the others.
    let mut order: Vec<_> = series.iter().collect();
    order.sort_by_key(|(s, _)| *s == app.plan.strategy);
    let datasets: Vec<Dataset> = order
        .into_iter()
        .map(|(s, plot_points)| {
            let at = Strategy::ALL.iter().position(|x| x == s).unwrap_or(0);
            let style = if *s == app.plan.strategy {
                app.theme.series(at).patch(app.theme.bold())
            } else {
                app.theme.series(at)
            };
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(style)
                .data(plot_points)
        })
        .collect();
    let start = app
        .view
        .plan
        .as_ref()
        .map(|p| p.start)
        .unwrap_or_else(|_| crate::model::YearMonth::of(app.today).plus(1));
    let last = max_months - 1;
    let plot_right = last as f64;
    let x_labels = vec![
        Span::raw(start.to_string()),
        Span::raw(start.plus((last / 2) as i32).to_string()),
        Span::raw(start.plus(last as i32).to_string()),
    ];
    let y_labels = vec![
        Span::raw("0"),
        Span::raw(short_money(app, plot_top / 2.0)),
        Span::raw(short_money(app, plot_top)),
    ];
    let chart = Chart::new(datasets)
        .block(panel_msg(app, Msg::TotalOwedOverTime))
        .x_axis(Axis::default().bounds([0.0, plot_right]).labels(x_labels))
        .y_axis(Axis::default().bounds([0.0, plot_top]).labels(y_labels))
        .legend_position(None);
    frame.render_widget(chart, area);
}

/// A chart axis label: `¥16k`, `¥1.2m` (a plot coordinate, not a money figure).
fn short_money(app: &App, plot_value: f64) -> String {
    let cur = &app.store.data().currency;
    if plot_value >= 1_000_000.0 {
        format!("{cur}{:.1}m", plot_value / 1_000_000.0)
    } else if plot_value >= 1_000.0 {
        format!("{cur}{:.0}k", plot_value / 1_000.0)
    } else {
        format!("{cur}{plot_value:.0}")
    }
}

fn render_paid_off(app: &App, frame: &mut Frame, area: Rect) {
    let Ok(plan) = &app.view.plan else {
        frame.render_widget(panel_msg(app, Msg::PaidOff), area);
        return;
    };
    let mut order: Vec<usize> = (0..plan.debts.len()).collect();
    order.sort_by_key(|&i| plan.debts[i].payoff_month);
    let rows: Vec<Row> = order
        .iter()
        .map(|&i| {
            let d = &plan.debts[i];
            Row::new(vec![
                Cell::from(shown(&d.name).into_owned()),
                Cell::from(plan.payoff(i).to_string()),
                Cell::from(Line::from(d.payoff_month.to_string()).right_aligned()),
            ])
        })
        .collect();
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(7),
        Constraint::Length(4),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .column_spacing(1)
            .block(panel_msg(app, Msg::PaidOff)),
        area,
    );
}

fn render_schedule(app: &App, frame: &mut Frame, area: Rect) {
    let plan = match &app.view.plan {
        Ok(p) => p,
        Err(e) => {
            let text = Paragraph::new(Line::styled(
                app.tf(Msg::PlanFails, &[&plan_error(app.lang, e)]),
                app.theme.bad(),
            ))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(panel_msg(app, Msg::Schedule));
            frame.render_widget(text, area);
            return;
        }
    };
    let first = app.plan.scroll as u32 + 1;
    let title = format!(
        "{} - {}",
        app.t(Msg::Schedule),
        app.tf(Msg::ScheduleMonth, &[&first.min(plan.months), &plan.months])
    );
    let height = u32::from(area.height.saturating_sub(2));
    let lines: Vec<Line> = (first..=plan.months)
        .take(height as usize)
        .map(|m| {
            let mut spans = vec![Span::styled(format!("{} ", plan.month(m)), app.theme.dim())];
            for (i, d) in plan.debts.iter().enumerate() {
                let paid = plan.payment(m, i);
                if !paid.is_zero() {
                    spans.push(Span::raw(format!(
                        " {} {}",
                        shown(&d.name),
                        app.money(paid)
                    )));
                }
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(panel(app, title)), area);
}

/// The keys of this screen.
impl App {
    pub(in crate::tui) fn act_plan(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Budget(cents) => {
                let base = to_cents(self.view.base_budget);
                // Never below zero: the what-if change stops where the budget would.
                self.plan.delta = (self.plan.delta + cents).max(-base);
            }
            Action::NextStrategy => {
                let all = Strategy::ALL;
                let at = all
                    .iter()
                    .position(|s| *s == self.plan.strategy)
                    .unwrap_or(0);
                self.plan.strategy = all[(at + 1) % all.len()];
            }
            Action::ResetBudget => self.plan.delta = 0,
            Action::KeepBudget
                if self.plan.delta != 0
                    || self.store.data().budget.strategy != Some(self.plan.strategy) =>
            {
                let budget = self.budget();
                let edit = Edit::KeepPlan {
                    monthly_for_debts: budget,
                    strategy: self.plan.strategy,
                };
                let strategy = self.t(strategy_msg(self.plan.strategy));
                let done = self.tf(Msg::WhatIfKept, &[&strategy, &self.money(budget)]);
                self.plan.delta = 0;
                return self.edit(edit, done);
            }
            other => {
                let months = self.view.plan.as_ref().map_or(0, |p| p.months as usize);
                self.plan.scroll = scroll(self.plan.scroll, other, months.saturating_sub(1), 12);
                return Vec::new();
            }
        }
        self.replan();
        Vec::new()
    }
}
