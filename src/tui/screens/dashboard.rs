//! Dashboard: what needs the person today, where they stand, and the next two weeks.

use std::borrow::Cow;

use chrono::Days;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Spare, clip_line, fit_rows, more_row, panel_msg, window};
use crate::due::{EventKind, Warning};
use crate::engine::PlanError;
use crate::i18n::pad;
use crate::money::Money;
use crate::present::plan::debt_free_cell;
use crate::present::rescue::dashboard_advice;
use crate::present::warning::{self, level_word};
use crate::present::{meaning, shown};
use crate::tui::action::Action;
use crate::tui::app::scroll;
use crate::tui::ctx::{Ctx, Request};
use crate::tui::form::Form;
use crate::tui::i18n::{Msg, strategy_msg};
use crate::tui::view::NEXT_DAYS;
use crate::tui::wrap::wrap;

/// The columns of a warning's row before its detail, and the spaces between them.
const ROW_WIDTHS: [u16; 4] = [11, 12, 10, 12];

/// The Dashboard's state: which warning is selected.
#[derive(Clone, Debug, Default)]
pub struct DashboardState {
    pub sel: usize,
}

impl DashboardState {
    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let rescue_lines = rescue_lines(ctx);
        let inner_width = area.width.saturating_sub(2);
        let selected = selected_detail(ctx, self.sel, inner_width);
        let selected = selected.map(|t| wrap(&t, inner_width));
        let wanted = ctx.view.warnings.len().max(1)
            + selected.as_ref().map_or(0, Vec::len)
            + rescue_lines.len()
            + 2;
        // What needs the person comes first: the panel may take all but "Where you stand".
        let max = area.height.saturating_sub(7).max(5) as usize;
        let [top, bottom] = Layout::vertical([
            Constraint::Length(wanted.min(max) as u16),
            Constraint::Fill(1),
        ])
        .areas(area);
        render_attention(ctx, self.sel, frame, top, rescue_lines, selected);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)])
                .areas(bottom);
        let [standing, debts] =
            Layout::vertical([Constraint::Length(7), Constraint::Fill(1)]).areas(left);
        render_standing(ctx, frame, standing);
        render_debts(ctx, frame, debts);
        render_next(ctx, frame, right);
    }

    /// The keys of this screen.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        let last = ctx.view.warnings.len().saturating_sub(1);
        match action {
            Action::Pay => {
                let w = ctx.view.warnings.get(self.sel)?;
                Some(Request::Pay {
                    debt: w.debt,
                    amount: Some(w.amount),
                })
            }
            Action::Negotiate => {
                let w = ctx.view.warnings.get(self.sel)?;
                Some(Request::Negotiate(w.debt))
            }
            Action::Reconcile => {
                // A due date still unpaid would drop out of sight once as_of passes it.
                let data = ctx.data();
                let unpaid = crate::reconcile::expected(data, ctx.today).unpaid;
                Some(match unpaid.first() {
                    Some(d) => {
                        let name = data.debts.get(d.debt).map_or("", |x| x.name.as_str());
                        let what = format!("{} {}", shown(name), ctx.money(d.unpaid));
                        Request::Say(
                            ctx.t(Msg::ReconcileUnpaid {
                                what: &what,
                                due: d.date,
                            })
                            .into_owned(),
                            true,
                        )
                    }
                    None => Request::Form(Form::reconcile(ctx.store, ctx.today)),
                })
            }
            other => {
                self.sel = scroll(self.sel, other, last, 5);
                None
            }
        }
    }
}

/// Each debt at a glance: what it owes and when it is next due.
fn render_debts(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    if area.height < 3 {
        return;
    }
    let data = ctx.data();
    // The panel has no selection to scroll with: the debts that do not fit are counted.
    let (whole, more) = fit_rows(data.debts.len(), usize::from(area.height - 2));
    let mut spare = Spare::of(area.width.saturating_sub(2), &[12, 10], 10);
    let (balances, balance_width) = spare.amounts(ctx, &ctx.view.balances[..whole], 12);
    let mut rows: Vec<Row> = data
        .debts
        .iter()
        .zip(&ctx.view.debts)
        .zip(balances)
        .map(|((d, r), balance)| {
            let next = match r.next_due {
                Some(date) if r.status == crate::tui::view::DebtStatus::Paid => {
                    format!("{} {}", ctx.t(Msg::PaidTag), date.format("%m-%d"))
                }
                Some(date) => format!("{} {}", ctx.t(Msg::DueWord), date.format("%m-%d")),
                None => String::new(),
            };
            Row::new(vec![
                Cell::from(shown(&d.name).into_owned()),
                Cell::from(Line::from(balance).right_aligned()),
                Cell::from(next),
            ])
        })
        .collect();
    rows.extend(more_row(ctx, more, 0));
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(balance_width),
        Constraint::Length(10),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .column_spacing(1)
            .block(panel_msg(ctx, Msg::Debts)),
        area,
    );
}

/// A warning's detail: days late and penalty, the date to pay by, the amount short, or when.
pub fn detail(ctx: &Ctx, w: &Warning) -> String {
    detail_parts(ctx, w).join(&ctx.t(Msg::ListSep))
}

/// [`detail`] in the parts a narrow row may drop from the end: days late and bucket, then the
/// penalty and the late fee, each where the debt charges it.
fn detail_parts(ctx: &Ctx, w: &Warning) -> Vec<String> {
    warning::cell_parts(ctx.lang, ctx.data(), w, &|m| ctx.money(m))
}

/// The detail of a row `width` columns wide: as many of its parts as fit whole (the first one
/// always), and whether that is all of them.
fn fitted_detail(ctx: &Ctx, w: &Warning, width: usize) -> (String, bool) {
    let parts = detail_parts(ctx, w);
    let sep = ctx.t(Msg::ListSep);
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        let next = if i == 0 {
            part.width()
        } else {
            out.width() + sep.width() + part.width()
        };
        if i > 0 && next > width {
            return (out, false);
        }
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(part);
    }
    let whole = out.width() <= width;
    (out, whole)
}

/// The columns left for a row's detail in a panel `width` columns wide inside.
fn detail_width(width: u16) -> usize {
    let columns: u16 = ROW_WIDTHS.iter().sum::<u16>() + ROW_WIDTHS.len() as u16;
    usize::from(width.saturating_sub(columns))
}

/// The selected warning's detail line: what it means in plain words (SPEC §7.4), after its
/// row's whole detail when the row is too narrow to show all of it. `None` when it has no
/// meaning.
fn selected_detail(ctx: &Ctx, sel: usize, width: u16) -> Option<String> {
    let w = ctx.view.warnings.get(sel)?;
    let late = ctx.view.late.get(w.debt).copied().unwrap_or_default();
    let meaning = meaning(ctx.lang, ctx.data(), w, late)?;
    if fitted_detail(ctx, w, detail_width(width)).1 {
        return Some(meaning);
    }
    Some(warning::detail_then_meaning(
        ctx.lang,
        &detail(ctx, w),
        meaning,
    ))
}

/// `lines` held to `room` lines, the last one ending in `…` where some were left out (at a
/// word's end: the lines are whole words).
fn held_to(mut lines: Vec<String>, room: usize, width: u16) -> Vec<String> {
    if lines.len() <= room {
        return lines;
    }
    lines.truncate(room);
    if let Some(last) = lines.last_mut() {
        while last.width() + 1 > usize::from(width) {
            match last.rfind(' ') {
                Some(i) => last.truncate(i),
                None => {
                    last.pop();
                }
            }
        }
        last.push('…');
    }
    lines
}

fn rescue_lines(ctx: &Ctx) -> Vec<Line<'static>> {
    let Some(r) = &ctx.view.rescue else {
        return Vec::new();
    };
    let due_now = crate::due::due_now(&ctx.view.warnings, ctx.today);
    // Nothing on hand and no budget at all: the advice says how to set one.
    let no_budget =
        matches!(&ctx.view.plan, Err(PlanError::BelowMinimums { budget, .. }) if budget.is_zero());
    dashboard_advice(ctx.lang, ctx.data(), r, due_now, no_budget, &|m| {
        ctx.money(m)
    })
    .into_iter()
    .map(|said| Line::styled(said.text, ctx.theme.tone(said.tone)))
    .collect()
}

fn render_attention(
    ctx: &Ctx,
    sel: usize,
    frame: &mut Frame,
    area: Rect,
    rescue: Vec<Line<'static>>,
    selected: Option<Vec<String>>,
) {
    let block = panel_msg(ctx, Msg::NeedsAttention);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let warnings = &ctx.view.warnings;
    if warnings.is_empty() {
        let text = Paragraph::new(Line::styled(ctx.t(Msg::AllClear), ctx.theme.good()))
            .wrap(Wrap { trim: true });
        frame.render_widget(text, inner);
        return;
    }
    // Room for a few rows first, then the advice, then the selected warning's meaning (as
    // much of it as fits), then more rows.
    let (height, advice) = (usize::from(inner.height), rescue.len());
    let wanted = selected.as_ref().map_or(0, Vec::len);
    let meaning_lines = wanted.min(height.saturating_sub(warnings.len().min(3) + advice));
    let room = height.saturating_sub(advice + meaning_lines).max(1);
    let (from, to) = window(warnings.len(), sel, room);
    let meaning_lines = meaning_lines.min(height.saturating_sub(to - from + advice));
    let selected = selected.map(|lines| held_to(lines, meaning_lines, inner.width));
    let detail_room = detail_width(inner.width);
    let data = ctx.data();
    let rows: Vec<Row> = warnings[from..to]
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let style = if from + k == sel {
                ctx.theme.level(w.level()).patch(ctx.theme.selected())
            } else {
                ctx.theme.level(w.level())
            };
            Row::new(vec![
                Cell::from(level_word(ctx.lang, w.level())),
                Cell::from(
                    data.debts
                        .get(w.debt)
                        .map_or(Cow::Borrowed(""), |d| shown(&d.name)),
                ),
                Cell::from(format!("{} {}", ctx.t(Msg::DueWord), w.due.format("%m-%d"))),
                Cell::from(
                    Line::from(ctx.money_in(w.amount, usize::from(ROW_WIDTHS[3]))).right_aligned(),
                ),
                Cell::from(fitted_detail(ctx, w, detail_room).0),
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
        let lines: Vec<Line> = text.into_iter().map(Line::from).collect();
        frame.render_widget(Paragraph::new(lines), meaning_area);
    }
    frame.render_widget(
        Paragraph::new(rescue).wrap(Wrap { trim: true }),
        rescue_area,
    );
}

fn render_standing(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let v = &ctx.view;
    // The labels' column: as wide as the widest label and a space (Chinese labels are short,
    // and the amounts need the room).
    const LABELS: [Msg<'static>; 5] = [
        Msg::Owed,
        Msg::DebtFree,
        Msg::InterestLeft,
        Msg::ThisMonth,
        Msg::CashToday,
    ];
    let column = LABELS.iter().map(|&m| ctx.t(m).width()).max().unwrap_or(0) + 1;
    let label = |m: Msg| Span::styled(pad(&ctx.t(m), column), ctx.theme.dim());
    let plan_line = match &v.kept {
        Ok(p) => Span::raw(crate::i18n::paren(
            ctx.lang,
            &p.debt_free().to_string(),
            &ctx.t(strategy_msg(ctx.data().budget.strategy())),
        )),
        // No plan: the first month needs more than the budget (by how much, as `plan` says),
        // or it is never paid off.
        Err(e) => Span::styled(
            debt_free_cell(ctx.lang, e, &|m| ctx.money(m)),
            ctx.theme.bad(),
        ),
    };
    let interest = v.kept.as_ref().ok().map(|p| p.total_interest);
    let need_style = if v.month_dues > v.base_budget {
        ctx.theme.bad()
    } else {
        Style::new()
    };
    let cash_style = if v.cash_today < Money::ZERO {
        ctx.theme.bad()
    } else {
        Style::new()
    };
    let lines = standing_lines(
        ctx,
        &label,
        plan_line.clone(),
        interest,
        need_style,
        cash_style,
        &|m| ctx.money(m),
    );
    let width = usize::from(area.width.saturating_sub(2));
    let fits = |lines: &[Line]| lines.iter().all(|l| l.width() <= width);
    let lines = if fits(&lines) {
        lines
    } else {
        let currency = &ctx.data().currency;
        let short = |m| crate::money::abbreviated(m, currency, ctx.lang);
        standing_lines(
            ctx, &label, plan_line, interest, need_style, cash_style, &short,
        )
    };
    // Still too wide (a narrow terminal): cut where it must, and say so.
    let lines: Vec<Line> = lines.into_iter().map(|l| clip_line(l, width)).collect();
    let block = panel_msg(ctx, Msg::WhereYouStand);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// "Where you stand", its amounts written by `money`.
fn standing_lines<'a>(
    ctx: &Ctx,
    label: &dyn Fn(Msg) -> Span<'a>,
    plan_line: Span<'a>,
    interest: Option<Money>,
    need_style: Style,
    cash_style: Style,
    money: &dyn Fn(Money) -> String,
) -> Vec<Line<'a>> {
    let v = &ctx.view;
    let interest = interest.map_or(Span::raw("-"), |m| Span::raw(money(m)));
    vec![
        Line::from(vec![
            label(Msg::Owed),
            Span::raw(crate::i18n::join(
                ctx.lang,
                &money(v.owed),
                &ctx.t(Msg::DebtCount {
                    count: ctx.data().debts.len(),
                }),
            )),
        ]),
        Line::from(vec![label(Msg::DebtFree), plan_line]),
        Line::from(vec![label(Msg::InterestLeft), interest]),
        Line::from(vec![
            label(Msg::ThisMonth),
            Span::styled(
                ctx.t(Msg::ThisMonthValue {
                    due: &money(v.month_dues),
                    budget: &money(v.base_budget),
                }),
                need_style,
            ),
        ]),
        Line::from(vec![
            label(Msg::CashToday),
            Span::styled(money(v.cash_today), cash_style),
        ]),
    ]
}

fn render_next(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let until = ctx
        .today
        .checked_add_days(Days::new(NEXT_DAYS))
        .unwrap_or(ctx.today);
    let mut shown_rows: Vec<_> = ctx
        .view
        .calendar
        .iter()
        .filter(|r| r.date < until && r.kind != EventKind::Payment)
        .collect();
    let (whole, more) = fit_rows(shown_rows.len(), usize::from(area.height.saturating_sub(2)));
    shown_rows.truncate(whole);
    let amounts: Vec<Money> = shown_rows.iter().map(|r| r.amount.abs()).collect();
    let mut spare = Spare::of(area.width.saturating_sub(2), &[5, 4, 11], 8);
    let (amounts, amount_width) = spare.amounts(ctx, &amounts, 11);
    let mut rows: Vec<Row> = shown_rows
        .into_iter()
        .zip(amounts)
        .map(|(r, amount)| {
            let (word, style) = match r.kind {
                EventKind::Due if r.met => (Msg::PaidTag, ctx.theme.dim()),
                EventKind::Due if r.short.is_some() => (Msg::DueWord, ctx.theme.bad()),
                EventKind::Due => (Msg::DueWord, ctx.theme.warn()),
                EventKind::Income => (Msg::In, ctx.theme.good()),
                EventKind::Expense | EventKind::Payment | EventKind::Extra => {
                    (Msg::Out, Style::new())
                }
            };
            let name = shown(&r.name).into_owned();
            Row::new(vec![
                Cell::from(r.date.format("%m-%d").to_string()),
                Cell::from(name),
                Cell::from(ctx.t(word)),
                Cell::from(Line::from(amount).right_aligned()),
            ])
            .style(style)
        })
        .collect();
    // In the name's column: the date's is too narrow for `… +100`.
    rows.extend(more_row(ctx, more, 1));
    let widths = [
        Constraint::Length(5),
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Length(amount_width),
    ];
    let table = Table::new(rows, widths)
        .column_spacing(1)
        .block(panel_msg(ctx, Msg::NextDays));
    frame.render_widget(table, area);
}
