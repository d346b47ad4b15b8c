//! Debts: the list, with each one's next due date and status; add, edit, delete, pay, reorder.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::{Spare, panel_msg, window};
use rust_decimal::Decimal;

use crate::lender::{self, InterestRule, PenaltyBase};
use crate::model::DebtKind;
use crate::money::{Money, percent2};
use crate::present::shown;
use crate::store::Edit;
use crate::tui::action::Action;
use crate::tui::app::{Confirm, Overlay, scroll};
use crate::tui::ctx::{Ctx, Request};
use crate::tui::form::Form;
use crate::tui::i18n::Msg;
use crate::tui::view::DebtStatus;

/// The Debts screen's state: which debt is selected.
#[derive(Clone, Debug, Default)]
pub struct DebtsState {
    pub sel: usize,
}

impl DebtsState {
    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let detail_lines = selected_lines(ctx, self.sel, usize::from(area.width.saturating_sub(2)));
        // The detail takes what it needs, up to 4 lines: the list keeps the rest.
        let height = u16::try_from(detail_lines.len().clamp(1, 4) + 2).unwrap_or(3);
        let [list, detail] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(height)]).areas(area);
        let data = ctx.data();
        let block = panel_msg(ctx, Msg::Debts);
        if data.debts.is_empty() {
            frame.render_widget(Paragraph::new(ctx.t(Msg::NoDebts)).block(block), list);
            return;
        }
        let inner_height = usize::from(list.height.saturating_sub(3));
        let (from, to) = window(data.debts.len(), self.sel, inner_height);
        // Kind, balance, APR, due a month, day, next due, status; the name takes the rest.
        let mut spare = Spare::of(list.width.saturating_sub(2), &[6, 11, 7, 10, 3, 8, 16], 10);
        let visible = from..to;
        let balances: Vec<Money> = data.debts[visible.clone()]
            .iter()
            .map(|d| d.balance)
            .collect();
        let dues: Vec<Money> = ctx.view.debts[visible.clone()]
            .iter()
            .map(|r| r.due_amount)
            .collect();
        let (statuses, status_width) = spare.texts(
            |money| {
                ctx.view.debts[visible.clone()]
                    .iter()
                    .map(|r| status(ctx, &r.status, money).0)
                    .collect()
            },
            ctx,
            16,
        );
        let (balances, balance_width) = spare.amounts(ctx, &balances, 11);
        let (dues, due_width) = spare.amounts(ctx, &dues, 10);
        let rows: Vec<Row> = visible
            .zip(balances.into_iter().zip(dues).zip(statuses))
            .map(|(i, ((balance, due), status_text))| {
                let d = &data.debts[i];
                let r = &ctx.view.debts[i];
                let style = status(ctx, &r.status, &|m| ctx.money(m)).1;
                let row_style = if i == self.sel {
                    ctx.theme.selected()
                } else {
                    Style::new()
                };
                Row::new(vec![
                    Cell::from(shown(&d.name).into_owned()),
                    Cell::from(ctx.t(match d.kind {
                        DebtKind::Card => Msg::Card,
                        DebtKind::Loan => Msg::Loan,
                    })),
                    Cell::from(Line::from(balance).right_aligned()),
                    Cell::from(
                        Line::from(format!("{}%", percent2(d.apr.percent()))).right_aligned(),
                    ),
                    Cell::from(Line::from(due).right_aligned()),
                    Cell::from(Line::from(d.due_day.to_string()).right_aligned()),
                    Cell::from(
                        r.next_due
                            .map_or("-".into(), |n| n.format("%m-%d").to_string()),
                    ),
                    Cell::from(status_text).style(style),
                ])
                .style(row_style)
            })
            .collect();
        let left = |m: Msg| Cell::from(ctx.t(m));
        let right = |m: Msg| Cell::from(Line::from(ctx.t(m)).right_aligned());
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
        .style(ctx.theme.bold());
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(6),
            Constraint::Length(balance_width),
            Constraint::Length(7),
            Constraint::Length(due_width),
            Constraint::Length(3),
            Constraint::Length(8),
            Constraint::Length(status_width),
        ];
        let table = Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(block);
        frame.render_widget(table, list);
        let block = ratatui::widgets::Block::bordered();
        frame.render_widget(Paragraph::new(detail_lines).block(block), detail);
    }

    /// The keys of this screen.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        let n = ctx.data().debts.len();
        let sel = self.sel;
        Some(match action {
            Action::Add if ctx.paused => Request::Say(ctx.t(Msg::EditsPaused).to_string(), true),
            Action::Add => Request::Overlay(Overlay::Products(0)),
            Action::Edit if sel < n => Request::Form(Form::debt(ctx.store, Some(sel))),
            Action::Delete if sel < n => {
                Request::Overlay(Overlay::Confirm(Confirm::DeleteDebt(sel)))
            }
            Action::Pay if sel < n => Request::Pay {
                debt: sel,
                amount: None,
            },
            Action::Negotiate if sel < n => Request::Negotiate(sel),
            Action::MoveUp | Action::MoveDown if sel < n => {
                let up = action == Action::MoveUp;
                if (up && sel == 0) || (!up && sel + 1 >= n) {
                    return None;
                }
                self.sel = if up { sel - 1 } else { sel + 1 };
                let done = ctx.t(Msg::Saved).to_string();
                Request::Edit(Box::new(Edit::MoveDebt { index: sel, up }), done)
            }
            other => {
                self.sel = scroll(sel, other, n.saturating_sub(1), 5);
                return None;
            }
        })
    }
}

/// A debt's status in words, its amount written by `money`, and its style.
fn status(ctx: &Ctx, s: &DebtStatus, money: &dyn Fn(Money) -> String) -> (String, Style) {
    match s {
        DebtStatus::Overdue(n) => (
            ctx.t(Msg::StatusOverdue {
                days: &crate::i18n::days(ctx.lang, *n),
            })
            .into_owned(),
            ctx.theme.bad(),
        ),
        DebtStatus::Grace(by) => (
            ctx.t(Msg::StatusGrace {
                day: &by.format("%m-%d").to_string(),
            })
            .into_owned(),
            ctx.theme.warn(),
        ),
        DebtStatus::Short(m) => (
            ctx.t(Msg::StatusShort { amount: &money(*m) }).into_owned(),
            ctx.theme.bad(),
        ),
        DebtStatus::Paid => (ctx.t(Msg::StatusPaid).to_string(), ctx.theme.good()),
        DebtStatus::InDays(n) => (
            ctx.t(Msg::StatusInDays {
                days: &crate::i18n::days(ctx.lang, *n),
            })
            .into_owned(),
            Style::new(),
        ),
        DebtStatus::Nothing => (ctx.t(Msg::StatusNone).to_string(), ctx.theme.dim()),
    }
}

/// The selected debt's rules, as parts packed into lines of `width` columns (a part is never
/// split): its product and the rules that are its own (cycle, grace, tolerance, interest,
/// penalty, late fee), and its negotiated plan. A debt without any of the lenders' rules
/// (SPEC §7) reads as it always did: grace, penalty, negotiated plan.
fn selected_lines(ctx: &Ctx, sel: usize, width: usize) -> Vec<Line<'static>> {
    use unicode_width::UnicodeWidthStr;
    let Some(d) = ctx.data().debts.get(sel) else {
        return Vec::new();
    };
    let days = |n: u32| crate::i18n::days(ctx.lang, n);
    // The product, unless the debt is named after it (借呗).
    let product = d
        .product
        .map(|p| ctx.t(crate::i18n::product_msg(p)))
        .filter(|p| *p != d.name);
    let mut parts = vec![match product {
        Some(p) => ctx
            .t(Msg::SelectedProduct {
                debt: &shown(&d.name),
                product: &p,
            })
            .into_owned(),
        None => ctx
            .t(Msg::SelectedLine {
                debt: &shown(&d.name),
            })
            .into_owned(),
    }];
    let rules = d.product.is_some() || lender::has_cycle(d);
    match (d.statement_day, d.kind) {
        (Some(s), DebtKind::Card) => parts.push(
            ctx.t(Msg::CycleDays {
                statement_day: s,
                due_day: d.due_day,
            })
            .into_owned(),
        ),
        _ if rules => parts.push(ctx.t(Msg::DueDayOnly { due_day: d.due_day }).into_owned()),
        _ => {}
    }
    parts.push(
        ctx.t(Msg::GraceDays {
            days: &days(d.grace_days),
        })
        .into_owned(),
    );
    if rules || !d.tolerance.is_zero() {
        parts.push(
            ctx.t(Msg::ToleranceOf {
                amount: &ctx.money(d.tolerance),
            })
            .into_owned(),
        );
    }
    if lender::has_cycle(d) {
        parts.push(
            ctx.t(match d.interest {
                InterestRule::Full => Msg::InterestFullRule,
                InterestRule::Unpaid => Msg::InterestUnpaidRule,
            })
            .to_string(),
        );
    }
    let base = match d.penalty_base {
        PenaltyBase::Due => "",
        PenaltyBase::Bill => &ctx.t(Msg::PenaltyOnBill),
        PenaltyBase::Principal => &ctx.t(Msg::PenaltyOnPrincipal),
    };
    match (d.penalty_daily_rate, d.penalty_rate_multiple) {
        (Some(p), _) => parts.push(format!(
            "{}{base}",
            ctx.t(Msg::PenaltyPerDay {
                percent: &p.percent().normalize().to_string()
            })
        )),
        (None, Some(m)) => parts.push(format!(
            "{}{base}",
            ctx.t(Msg::PenaltyTimes {
                multiple: &m.normalize().to_string()
            })
        )),
        (None, None) => {}
    }
    if d.late_fee_percent.is_some() || !d.late_fee_min.is_zero() {
        let percent = d.late_fee_percent.map_or(Decimal::ZERO, |r| r.percent());
        parts.push(
            ctx.t(Msg::LateFeeRule {
                percent: &percent.normalize().to_string(),
                minimum: &ctx.money(d.late_fee_min),
            })
            .into_owned(),
        );
    }
    if let Some(n) = d.suspend_days {
        parts.push(ctx.t(Msg::SuspendAfter { days: &days(n) }).into_owned());
    }
    parts.push(match &d.negotiated {
        Some(n) => ctx
            .t(Msg::NegotiatedSome {
                months: n.months,
                apr: &percent2(n.apr.percent()),
            })
            .into_owned(),
        None => ctx.t(Msg::NegotiatedNone).to_string(),
    });
    const SEP: &str = " | ";
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        match lines.last_mut() {
            Some(line) if line.width() + SEP.len() + part.width() <= width => {
                line.push_str(SEP);
                line.push_str(&part);
            }
            _ => lines.push(part),
        }
    }
    lines.into_iter().map(Line::from).collect()
}
