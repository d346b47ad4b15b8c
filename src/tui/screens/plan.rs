//! Plan: the what-if playground. Every strategy side by side at the what-if budget, the total
//! owed over time (one line per strategy), when each debt is paid off, and the schedule.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Cell, Chart, Dataset, GraphType, Paragraph, Row, Table};

use super::{Spare, clip_line, panel, panel_msg};
use crate::engine::{self, Plan, PlanError, Strategy};
use crate::money::to_cents;
use crate::money::{Money, from_cents};
use crate::present::plan::{no_plan, plan_error};
use crate::present::{explain, shown};
use crate::store::Edit;
use crate::tui::action::Action;
use crate::tui::app::scroll;
use crate::tui::ctx::{Ctx, Request};
use crate::tui::form::Form;
use crate::tui::i18n::{Msg, strategy_msg};
use crate::tui::view::View;
use crate::tui::wrap::wrap;
use unicode_width::UnicodeWidthStr;

/// The Plan screen's what-if inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanState {
    pub strategy: Strategy,
    /// What-if change of the monthly budget, in cents; not saved until kept (`w`).
    pub delta: i64,
    /// The first schedule month shown (0-based).
    pub scroll: usize,
    /// The schedule says why each month pays as it does (`e`), not what it pays.
    pub explain: bool,
}

impl PlanState {
    /// The file's strategy, at the file's budget.
    pub fn new(strategy: Strategy) -> PlanState {
        PlanState {
            strategy,
            delta: 0,
            scroll: 0,
            explain: false,
        }
    }

    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let bottom = if area.height >= 30 { 10 } else { 5 };
        let [head, table, chart, lower] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(8),
            Constraint::Fill(1),
            Constraint::Length(bottom),
        ])
        .areas(area);
        render_head(ctx, self, frame, head);
        render_compare(ctx, self, frame, table);
        render_chart(ctx, self, frame, chart);
        let [paid, schedule] =
            Layout::horizontal([Constraint::Length(32), Constraint::Fill(1)]).areas(lower);
        render_paid_off(ctx, self, frame, paid);
        render_schedule(ctx, self, frame, schedule);
    }

    /// The keys of this screen.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        match action {
            Action::Budget(cents) => {
                let base = to_cents(ctx.view.base_budget);
                // Never below zero: the what-if change stops where the budget would.
                self.delta = (self.delta + cents).max(-base);
            }
            Action::NextStrategy => {
                let all = Strategy::ALL;
                let at = all.iter().position(|s| *s == self.strategy).unwrap_or(0);
                self.strategy = all[(at + 1) % all.len()];
            }
            Action::ResetBudget => self.delta = 0,
            Action::Explain => {
                self.explain = !self.explain;
                return None;
            }
            Action::TypeBudget => return Some(Request::Form(Form::what_if_budget(ctx.budget))),
            Action::KeepBudget
                if self.delta != 0 || ctx.data().budget.strategy != Some(self.strategy) =>
            {
                let edit = Edit::KeepPlan {
                    monthly_for_debts: ctx.budget,
                    strategy: self.strategy,
                };
                let strategy = ctx.t(strategy_msg(self.strategy));
                let done = ctx
                    .t(Msg::WhatIfKept {
                        strategy: &strategy,
                        budget: &ctx.money(ctx.budget),
                    })
                    .into_owned();
                self.delta = 0;
                return Some(Request::Edit(Box::new(edit), done));
            }
            other => {
                let months = ctx.view.plan.as_ref().map_or(0, |p| p.months as usize);
                self.scroll = scroll(self.scroll, other, months.saturating_sub(1), 12);
                return None;
            }
        }
        Some(Request::Replan)
    }

    /// The monthly budget the plans use when the file's is `base`: it plus the what-if change.
    pub fn budget(&self, base: Money) -> Money {
        (base + from_cents(self.delta)).max(Money::ZERO)
    }

    /// Makes the what-if budget exactly `budget` (typed with `=`), the file's being `base`.
    pub fn set_budget(&mut self, base: Money, budget: Money) {
        self.delta = to_cents(budget) - to_cents(base);
    }

    /// After the plans were computed again: the schedule's scroll stays within the plan.
    pub fn fit(&mut self, view: &View) {
        let months = view.plan.as_ref().map_or(0, |p| p.months as usize);
        self.scroll = self.scroll.min(months.saturating_sub(1));
    }
}

fn render_head(ctx: &Ctx, state: &PlanState, frame: &mut Frame, area: Rect) {
    let right = Line::from(vec![
        Span::raw(format!(" {} ", ctx.t(Msg::KeyStrategy))),
        Span::styled(
            format!("‹{}›", ctx.t(strategy_msg(state.strategy))),
            ctx.theme.title(),
        ),
        Span::raw(" s "),
    ])
    .right_aligned();
    // The strategy keeps its room on the right; the budget line takes the rest.
    let width = u16::try_from(right.width()).unwrap_or(area.width);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    let budget = Span::styled(
        format!(
            " {}",
            ctx.t(Msg::BudgetForDebts {
                budget: &ctx.money(ctx.budget)
            })
        ),
        ctx.theme.bold(),
    );
    let left = if state.delta == 0 {
        Line::from(budget)
    } else {
        let delta = from_cents(state.delta);
        let sign = if delta > Money::ZERO { "+" } else { "-" };
        let delta = format!("{sign}{}", ctx.money(delta.abs()));
        let what_if = |m: Msg| {
            Line::from(vec![
                budget.clone(),
                Span::styled(crate::i18n::then(ctx.lang, &ctx.t(m)), ctx.theme.warn()),
            ])
        };
        // With its keys where they fit; without them (the hint bar has them) where not.
        let long = what_if(Msg::WhatIfDelta { delta: &delta });
        if long.width() <= usize::from(left_area.width) {
            long
        } else {
            what_if(Msg::WhatIfDeltaShort { delta: &delta })
        }
    };
    frame.render_widget(clip_line(left, usize::from(left_area.width)), left_area);
    frame.render_widget(right, right_area);
}

fn render_compare(ctx: &Ctx, state: &PlanState, frame: &mut Frame, area: Rect) {
    let minimum = ctx
        .view
        .compared(Strategy::Minimum)
        .and_then(|r| r.as_ref().ok());
    let interests: Vec<Money> = (ctx.view.compare.iter())
        .filter_map(|(_, r)| r.as_ref().ok().map(|p| p.total_interest))
        .collect();
    // Strategy, debt-free, months, interest; what it saves takes the rest.
    let mut spare = Spare::of(area.width.saturating_sub(2), &[13, 9, 6, 15], 24);
    let (interests, interest_width) = spare.amounts(ctx, &interests, 15);
    let mut interests = interests.into_iter();
    // What is left after the interest is all the saving's: it may not grow further.
    let versus_room = 24 + u16::try_from(spare.0).unwrap_or(0);
    let (versus, _) = Spare(0).texts(
        |money| {
            ctx.view
                .compare
                .iter()
                .map(|(s, r)| match r {
                    Ok(p) => match engine::savings(p, minimum) {
                        Some(_) if *s == Strategy::Minimum => String::from("-"),
                        Some((i, m)) if i >= Money::ZERO => ctx
                            .t(Msg::Saves {
                                amount: &money(i),
                                months: m,
                            })
                            .into_owned(),
                        Some((i, _)) => ctx.t(Msg::CostsMore { amount: &money(-i) }).into_owned(),
                        None => String::from("-"),
                    },
                    // Said once, under the schedule, not once a strategy.
                    Err(PlanError::BelowMinimums { .. }) => String::from("-"),
                    Err(e) => plan_error(ctx.lang, e, &|m| ctx.money(m)),
                })
                .collect()
        },
        ctx,
        versus_room,
    );
    let rows: Vec<Row> = ctx
        .view
        .compare
        .iter()
        .zip(versus)
        .map(|((s, r), versus)| {
            let mark = if *s == state.strategy { ">" } else { " " };
            let name = format!("{mark} {}", ctx.t(strategy_msg(*s)));
            let style = if *s == state.strategy {
                ctx.theme.bold()
            } else {
                Style::new()
            };
            // The names take their chart line's colour: the table is the chart's legend.
            let at = Strategy::ALL.iter().position(|x| x == s).unwrap_or(0);
            let name = Cell::from(name).style(ctx.theme.series(at));
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
                    Cell::from(ctx.t(Msg::Never)),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(versus),
                ])
                .style(ctx.theme.bad()),
            }
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(""),
        Cell::from(ctx.t(Msg::ColDebtFree)),
        Cell::from(Line::from(ctx.t(Msg::ColMonths)).right_aligned()),
        Cell::from(Line::from(ctx.t(Msg::ColInterest)).right_aligned()),
        Cell::from(ctx.t(Msg::ColVsMinimum)),
    ])
    .style(ctx.theme.dim());
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
            .block(panel_msg(ctx, Msg::Strategies)),
        area,
    );
}

fn render_chart(ctx: &Ctx, state: &PlanState, frame: &mut Frame, area: Rect) {
    let series = &ctx.view.plot;
    // No strategy makes a plan (no budget, say): no axes of made-up amounts and months.
    if series.iter().all(|(_, s)| s.is_empty()) {
        let text = Paragraph::new(Line::styled(ctx.t(Msg::NothingToDraw), ctx.theme.dim()))
            .block(panel_msg(ctx, Msg::TotalOwedOverTime));
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
    order.sort_by_key(|(s, _)| *s == state.strategy);
    let datasets: Vec<Dataset> = order
        .into_iter()
        .map(|(s, plot_points)| {
            let at = Strategy::ALL.iter().position(|x| x == s).unwrap_or(0);
            let style = if *s == state.strategy {
                ctx.theme.series(at).patch(ctx.theme.bold())
            } else {
                ctx.theme.series(at)
            };
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(style)
                .data(plot_points)
        })
        .collect();
    let start = ctx
        .view
        .plan
        .as_ref()
        .map(|p| p.start)
        .unwrap_or_else(|_| crate::model::YearMonth::of(ctx.today).plus(1));
    let last = max_months - 1;
    let plot_right = last as f64;
    let x_labels = vec![
        Span::raw(start.to_string()),
        Span::raw(start.plus((last / 2) as i32).to_string()),
        Span::raw(start.plus(last as i32).to_string()),
    ];
    let y_labels = vec![
        Span::raw("0"),
        Span::raw(short_money(ctx, plot_top / 2.0)),
        Span::raw(short_money(ctx, plot_top)),
    ];
    let chart = Chart::new(datasets)
        .block(panel_msg(ctx, Msg::TotalOwedOverTime))
        .x_axis(Axis::default().bounds([0.0, plot_right]).labels(x_labels))
        .y_axis(Axis::default().bounds([0.0, plot_top]).labels(y_labels))
        .legend_position(None);
    frame.render_widget(chart, area);
}

/// A chart axis label, a plot coordinate abbreviated as amounts are: `¥25.0k`, `¥2.50万`.
fn short_money(ctx: &Ctx, plot_value: f64) -> String {
    let value = Money::from_f64_retain(plot_value.round()).unwrap_or_default();
    crate::money::abbreviated(value, &ctx.data().currency, ctx.lang)
}

fn render_paid_off(ctx: &Ctx, state: &PlanState, frame: &mut Frame, area: Rect) {
    let Ok(plan) = &ctx.view.plan else {
        frame.render_widget(panel_msg(ctx, Msg::PaidOff), area);
        return;
    };
    let mut order: Vec<usize> = (0..plan.debts.len()).collect();
    order.sort_by_key(|&i| plan.debts[i].payoff_month);
    // The list scrolls with the schedule: from the first debt paid off in its first month on.
    // Rows out of view are counted where they would be: `… +2`.
    let room = usize::from(area.height.saturating_sub(2));
    let first = state.scroll as u32 + 1;
    let len = order.len();
    let mut start = order
        .iter()
        .position(|&i| plan.debts[i].payoff_month >= first)
        .unwrap_or(len);
    start = start.min(len.saturating_sub(room));
    let end = (start + room).min(len);
    let more = |n: usize| Row::new(vec![Cell::from(format!("… +{n}"))]).style(ctx.theme.dim());
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
            .block(panel_msg(ctx, Msg::PaidOff)),
        area,
    );
}

fn render_schedule(ctx: &Ctx, state: &PlanState, frame: &mut Frame, area: Rect) {
    let plan = match &ctx.view.plan {
        Ok(p) => p,
        Err(e) => {
            let text = Paragraph::new(failure(ctx, e))
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(panel_msg(ctx, Msg::Schedule));
            frame.render_widget(text, area);
            return;
        }
    };
    let first = state.scroll as u32 + 1;
    let title = format!(
        "{} - {}",
        ctx.t(Msg::Schedule),
        ctx.t(Msg::ScheduleMonth {
            month: first.min(plan.months),
            months: plan.months
        })
    );
    if state.explain {
        let title = format!("{title} - {}", ctx.t(Msg::ScheduleWhy));
        frame.render_widget(
            Paragraph::new(why_lines(ctx, plan, first, area)).block(panel(ctx, title)),
            area,
        );
        return;
    }
    let height = u32::from(area.height.saturating_sub(2));
    let width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = (first..=plan.months)
        .take(height as usize)
        .map(|m| {
            let mut spans = vec![Span::styled(format!("{} ", plan.month(m)), ctx.theme.dim())];
            let items: Vec<String> = (plan.debts.iter().enumerate())
                .filter(|(i, _)| !plan.payment(m, *i).is_zero())
                .map(|(i, d)| format!(" {} {}", shown(&d.name), ctx.money(plan.payment(m, i))))
                .collect();
            // Whole payments only: those that do not fit are a `…`.
            let mut used = spans[0].width();
            for (k, item) in items.iter().enumerate() {
                let last = k + 1 == items.len();
                let after = if last { 0 } else { " …".len() };
                if used + item.width() + after > width {
                    spans.push(Span::styled(" …", ctx.theme.dim()));
                    break;
                }
                used += item.width();
                spans.push(Span::raw(item.clone()));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(panel(ctx, title)), area);
}

/// The schedule's months from `first` on, each with its line of why, broken to the panel's
/// width under its month (`2026-11 Huabei first: ...`), as many lines as `area` holds; a
/// month cut by the panel's end says so with a `…`.
fn why_lines(ctx: &Ctx, plan: &Plan, first: u32, area: Rect) -> Vec<Line<'static>> {
    let height = usize::from(area.height.saturating_sub(2));
    let width = area.width.saturating_sub(2);
    // Each line, and whether its month goes on below it.
    let mut lines: Vec<(Line<'static>, bool)> = Vec::new();
    for m in first..=plan.months {
        let Some(month) = ctx.view.explain.get(m as usize - 1) else {
            break;
        };
        let name = format!("{} ", plan.month(m));
        let indent = u16::try_from(name.width()).unwrap_or(width);
        let why = explain::line(ctx.lang, plan, month, &|x| ctx.money(x));
        let rows = wrap(&why, width.saturating_sub(indent));
        let last = rows.len().saturating_sub(1);
        for (k, row) in rows.into_iter().enumerate() {
            let lead = match k {
                0 => Span::styled(name.clone(), ctx.theme.dim()),
                _ => Span::raw(" ".repeat(usize::from(indent))),
            };
            lines.push((Line::from(vec![lead, Span::raw(row)]), k < last));
        }
        if lines.len() >= height {
            break;
        }
    }
    lines.truncate(height);
    let cut = lines.last().is_some_and(|(_, more)| *more);
    let mut out: Vec<Line<'static>> = lines.into_iter().map(|(l, _)| l).collect();
    if cut && let Some(last) = out.pop() {
        let mut spans = last.spans;
        spans.push(Span::styled(" …", ctx.theme.dim()));
        out.push(clip_line(Line::from(spans), usize::from(width)));
    }
    out
}

/// Why there is no plan, in the app's money: with no budget (or one below the minimums), what
/// is missing and how to set it.
fn failure(ctx: &Ctx, e: &PlanError) -> Vec<Line<'static>> {
    match no_plan(ctx.lang, e, &|m| ctx.money(m)) {
        // One paragraph: the panel may have three lines only.
        (what, true) => vec![Line::from(vec![
            Span::styled(what, ctx.theme.bad()),
            Span::raw(" "),
            Span::styled(ctx.t(Msg::HowToBudget).to_string(), ctx.theme.warn()),
        ])],
        (what, false) => vec![Line::styled(what, ctx.theme.bad())],
    }
}
