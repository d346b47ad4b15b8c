//! Plan: the what-if playground. Every strategy side by side at the what-if budget, the total
//! owed over time (one line per strategy), when each debt is paid off, and the schedule.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Cell, Chart, Dataset, GraphType, Paragraph, Row, Table};

use super::{Spare, panel, panel_msg};
use crate::engine::{self, PlanError, Strategy};
use crate::money::to_cents;
use crate::money::{Money, from_cents};
use crate::present::shown;
use crate::store::Edit;
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::app::scroll;
use crate::tui::i18n::{Msg, plan_error, strategy_msg};
use unicode_width::UnicodeWidthStr;

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
            crate::i18n::then(
                app.lang,
                &app.tf(
                    Msg::WhatIfDelta,
                    &[&format!("{sign}{}", app.money(delta.abs()))],
                ),
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
    let interests: Vec<Money> = (app.view.compare.iter())
        .filter_map(|(_, r)| r.as_ref().ok().map(|p| p.total_interest))
        .collect();
    // Strategy, debt-free, months, interest; what it saves takes the rest.
    let mut spare = Spare::of(area.width.saturating_sub(2), &[13, 9, 6, 15], 24);
    let (interests, interest_width) = spare.amounts(app, &interests, 15);
    let mut interests = interests.into_iter();
    // What is left after the interest is all the saving's: it may not grow further.
    let versus_room = 24 + u16::try_from(spare.0).unwrap_or(0);
    let (versus, _) = Spare(0).texts(
        |money| {
            app.view
                .compare
                .iter()
                .map(|(s, r)| match r {
                    Ok(p) => match engine::savings(p, minimum) {
                        Some(_) if *s == Strategy::Minimum => String::from("-"),
                        Some((i, m)) if i >= Money::ZERO => app.tf(Msg::Saves, &[&money(i), &m]),
                        Some((i, _)) => app.tf(Msg::CostsMore, &[&money(-i)]),
                        None => String::from("-"),
                    },
                    // Said once, under the schedule, not once a strategy.
                    Err(PlanError::BelowMinimums { .. }) => String::from("-"),
                    Err(e) => plan_error(app.lang, e),
                })
                .collect()
        },
        app,
        versus_room,
    );
    let rows: Vec<Row> = app
        .view
        .compare
        .iter()
        .zip(versus)
        .map(|((s, r), versus)| {
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
                    let interest = interests.next().unwrap_or_default();
                    Row::new(vec![
                        name,
                        Cell::from(p.debt_free().to_string()),
                        Cell::from(Line::from(p.months.to_string()).right_aligned()),
                        Cell::from(Line::from(interest).right_aligned()),
                        Cell::from(versus),
                    ])
                    .style(style)
                }
                Err(_) => Row::new(vec![
                    name,
                    Cell::from(app.t(Msg::Never)),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(versus),
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
        Constraint::Length(interest_width),
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
    // No strategy makes a plan (no budget, say): no axes of made-up amounts and months.
    if series.iter().all(|(_, s)| s.is_empty()) {
        let text = Paragraph::new(Line::styled(app.t(Msg::NothingToDraw), app.theme.dim()))
            .block(panel_msg(app, Msg::TotalOwedOverTime));
        frame.render_widget(text, area);
        return;
    }
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

/// A chart axis label, a plot coordinate abbreviated as amounts are: `¥25.0k`, `¥2.50万`.
fn short_money(app: &App, plot_value: f64) -> String {
    let value = Money::from_f64_retain(plot_value.round()).unwrap_or_default();
    crate::money::abbreviated(value, &app.store.data().currency, app.lang)
}

fn render_paid_off(app: &App, frame: &mut Frame, area: Rect) {
    let Ok(plan) = &app.view.plan else {
        frame.render_widget(panel_msg(app, Msg::PaidOff), area);
        return;
    };
    let mut order: Vec<usize> = (0..plan.debts.len()).collect();
    order.sort_by_key(|&i| plan.debts[i].payoff_month);
    // The list scrolls with the schedule: from the first debt paid off in its first month on.
    // Rows out of view are counted where they would be: `… +2`.
    let room = usize::from(area.height.saturating_sub(2));
    let first = app.plan.scroll as u32 + 1;
    let len = order.len();
    let mut start = order
        .iter()
        .position(|&i| plan.debts[i].payoff_month >= first)
        .unwrap_or(len);
    start = start.min(len.saturating_sub(room));
    let end = (start + room).min(len);
    let more = |n: usize| Row::new(vec![Cell::from(format!("… +{n}"))]).style(app.theme.dim());
    let rows: Vec<Row> = (start..end)
        .map(|k| match k {
            _ if k == start && start > 0 => more(start + 1),
            _ if k + 1 == end && end < len => more(len - k),
            _ => {
                let i = order[k];
                let d = &plan.debts[i];
                Row::new(vec![
                    Cell::from(shown(&d.name).into_owned()),
                    Cell::from(plan.payoff(i).to_string()),
                    Cell::from(Line::from(d.payoff_month.to_string()).right_aligned()),
                ])
            }
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
            let text = Paragraph::new(failure(app, e))
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
    let width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = (first..=plan.months)
        .take(height as usize)
        .map(|m| {
            let mut spans = vec![Span::styled(format!("{} ", plan.month(m)), app.theme.dim())];
            let items: Vec<String> = (plan.debts.iter().enumerate())
                .filter(|(i, _)| !plan.payment(m, *i).is_zero())
                .map(|(i, d)| format!(" {} {}", shown(&d.name), app.money(plan.payment(m, i))))
                .collect();
            // Whole payments only: those that do not fit are a `…`.
            let mut used = spans[0].width();
            for (k, item) in items.iter().enumerate() {
                let last = k + 1 == items.len();
                let after = if last { 0 } else { " …".len() };
                if used + item.width() + after > width {
                    spans.push(Span::styled(" …", app.theme.dim()));
                    break;
                }
                used += item.width();
                spans.push(Span::raw(item.clone()));
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

/// Why there is no plan, in the app's money: with no budget (or one below the minimums), what
/// is missing and how to set it.
fn failure(app: &App, e: &PlanError) -> Vec<Line<'static>> {
    match e {
        PlanError::BelowMinimums { budget, minimums } => {
            let what = if budget.is_zero() {
                app.tf(Msg::NoBudget, &[&app.money(*minimums)])
            } else {
                app.tf(
                    Msg::BudgetBelow,
                    &[
                        &app.money(*budget),
                        &app.money(*minimums - *budget),
                        &app.money(*minimums),
                    ],
                )
            };
            // One paragraph: the panel may have three lines only.
            vec![Line::from(vec![
                Span::styled(what, app.theme.bad()),
                Span::raw(" "),
                Span::styled(app.t(Msg::HowToBudget).to_string(), app.theme.warn()),
            ])]
        }
        e => vec![Line::styled(
            app.tf(Msg::PlanFails, &[&plan_error(app.lang, e)]),
            app.theme.bad(),
        )],
    }
}
