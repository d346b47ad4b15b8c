//! Negotiate: "what if I ask for installments?" A debt's negotiated plan (协商分期): months, apr,
//! fee, down payment; its installment, true cost, the plan against now, and whether the budget
//! covers it. Enter writes it into the file.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Padding, Paragraph, Row, Table, Wrap};

use super::{Spare, panel_msg};
use crate::engine::{self, Strategy};
use crate::i18n::pad;
use crate::model::{Language, Negotiated};
use crate::money::{Money, percent2};
use crate::present::{shown, what_if};
use crate::tui::i18n::Msg;
use rust_decimal::Decimal;

use crate::money::Rate;
use crate::store::{Edit, Store};
use crate::tui::action::Action;
use crate::tui::ctx::{Ctx, Request};
use crate::tui::wrap::wrap;

const LABEL: usize = 16;

/// A field of the Negotiate screen's proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NegoField {
    /// Which debt (← → choose another).
    Debt,
    Months,
    Apr,
    Fee,
    /// The down payment.
    Down,
}

impl NegoField {
    /// The fields, top to bottom.
    pub const ALL: [NegoField; 5] = [
        NegoField::Debt,
        NegoField::Months,
        NegoField::Apr,
        NegoField::Fee,
        NegoField::Down,
    ];

    fn label(self) -> Msg<'static> {
        match self {
            NegoField::Debt => Msg::NegDebt,
            NegoField::Months => Msg::NegMonths,
            NegoField::Apr => Msg::NegApr,
            NegoField::Fee => Msg::NegFee,
            NegoField::Down => Msg::NegDown,
        }
    }

    /// The field above (or below), staying at the first (or last).
    fn next(self, down: bool) -> NegoField {
        let at = NegoField::ALL.iter().position(|f| *f == self).unwrap_or(0);
        let at = if down {
            (at + 1).min(NegoField::ALL.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        NegoField::ALL[at]
    }
}

/// The Negotiate screen's proposal: for which debt, the plan, and the field being changed.
#[derive(Clone, Debug, PartialEq)]
pub struct NegotiateState {
    pub debt: usize,
    pub plan: Negotiated,
    pub field: NegoField,
}

impl NegotiateState {
    /// The starting proposal for a debt: its plan in the file, or 36 months with interest
    /// stopped (the common offer).
    pub fn for_debt(store: &Store, debt: usize) -> NegotiateState {
        let plan = store
            .data()
            .debts
            .get(debt)
            .and_then(|d| d.negotiated.clone())
            .unwrap_or(Negotiated {
                months: 36,
                apr: Rate::ZERO,
                fee: Decimal::ZERO,
                down_payment: Decimal::ZERO,
            });
        NegotiateState {
            debt,
            plan,
            field: NegoField::Months,
        }
    }

    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let data = ctx.data();
        let Some(debt) = data.debts.get(self.debt) else {
            frame.render_widget(
                Paragraph::new(ctx.t(Msg::NegNoDebts)).block(panel_msg(ctx, Msg::Negotiate)),
                area,
            );
            return;
        };
        let [inputs, results] =
            Layout::vertical([Constraint::Length(7), Constraint::Fill(1)]).areas(area);
        let p = &self.plan;
        let in_force = debt.negotiated.as_ref() == Some(p);
        let value = |field: NegoField| match field {
            NegoField::Debt => format!("‹{}›  {}", shown(&debt.name), ctx.money(debt.balance)),
            NegoField::Months => p.months.to_string(),
            NegoField::Apr => format!("{} %", percent2(p.apr.percent())),
            NegoField::Fee => ctx.money(p.fee),
            NegoField::Down => ctx.money(p.down_payment),
        };
        let lines: Vec<Line> = NegoField::ALL
            .iter()
            .map(|&field| {
                let style = if field == self.field {
                    ctx.theme.selected()
                } else {
                    ctx.theme.bold()
                };
                let mut spans = vec![
                    Span::raw(format!(" {}", pad(&ctx.t(field.label()), LABEL))),
                    Span::styled(format!(" {} ", value(field)), style),
                ];
                if field == NegoField::Debt && in_force {
                    spans.push(Span::styled(
                        format!("  {}", ctx.t(Msg::NegInForce)),
                        ctx.theme.good(),
                    ));
                }
                if field == NegoField::Apr && p.apr.is_zero() {
                    spans.push(Span::raw(format!("  {}", ctx.t(Msg::NegStopped))));
                }
                Line::from(spans)
            })
            .collect();
        frame.render_widget(
            Paragraph::new(lines).block(panel_msg(ctx, Msg::Negotiate)),
            inputs,
        );
        render_results(ctx, self.debt, frame, results);
    }

    /// The keys of this screen.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        let n = ctx.data().debts.len();
        if n == 0 {
            return None;
        }
        match action {
            Action::Up => self.field = self.field.next(false),
            Action::Down => self.field = self.field.next(true),
            Action::Left | Action::Right if self.field == NegoField::Debt => {
                let d = if action == Action::Right {
                    (self.debt + 1) % n
                } else {
                    (self.debt + n - 1) % n
                };
                *self = NegotiateState {
                    field: self.field,
                    ..NegotiateState::for_debt(ctx.store, d)
                };
            }
            Action::Left | Action::Right => self.step(ctx, action == Action::Right, false),
            Action::Step { up, large } => self.step(ctx, up, large),
            Action::Adopt => {
                let debt = ctx.data().debts[self.debt].name.clone();
                let done = ctx.t(Msg::Adopted { debt: &debt }).into_owned();
                let plan = Some(self.plan.clone());
                let edit = Edit::SetNegotiated { debt, plan };
                return Some(Request::Edit(Box::new(edit), done));
            }
            Action::RemovePlan => {
                let debt = ctx.data().debts[self.debt].name.clone();
                // No plan in the file: nothing to remove.
                ctx.data().debts[self.debt].negotiated.as_ref()?;
                let done = ctx.t(Msg::PlanRemoved { debt: &debt }).into_owned();
                let edit = Edit::SetNegotiated { debt, plan: None };
                return Some(Request::Edit(Box::new(edit), done));
            }
            _ => return None,
        }
        Some(Request::Replan)
    }

    /// One step of the focused field, within its range.
    fn step(&mut self, ctx: &Ctx, up: bool, large: bool) {
        let sign = if up {
            Decimal::ONE
        } else {
            Decimal::NEGATIVE_ONE
        };
        let p = &mut self.plan;
        match self.field {
            NegoField::Months => {
                let step = if large { 12 } else { 1 };
                p.months = if up {
                    (p.months + step).min(60)
                } else {
                    p.months.saturating_sub(step).max(1)
                };
            }
            NegoField::Apr => {
                let step = if large {
                    Decimal::from(5)
                } else {
                    Decimal::new(5, 1)
                };
                p.apr = Rate::new((p.apr.percent() + sign * step).max(Decimal::ZERO));
            }
            NegoField::Fee => {
                let step = Decimal::from(if large { 100 } else { 10 });
                p.fee = (p.fee + sign * step).max(Decimal::ZERO);
            }
            NegoField::Down => {
                let step = Decimal::from(if large { 1000 } else { 100 });
                let balance = ctx.data().debts[self.debt].balance;
                p.down_payment = (p.down_payment + sign * step).clamp(Decimal::ZERO, balance);
            }
            NegoField::Debt => {}
        }
    }
}

fn render_results(ctx: &Ctx, debt: usize, frame: &mut Frame, area: Rect) {
    let Some(w) = &ctx.view.what_if else {
        return;
    };
    let data = ctx.data();
    let i = debt;
    let s = &w.schedule;
    let label = |m: Msg| Span::styled(pad(&ctx.t(m), LABEL), ctx.theme.dim());
    // What the debt's own minimum asks a month, without the plan.
    let mut plain_debt = data.debts[i].clone();
    plain_debt.negotiated = None;
    let need = engine::first_minimums(&[plain_debt], Strategy::Avalanche);
    let mut lines: Vec<Line> = what_if::cells(ctx.lang, w, i, need, &|m| ctx.money(m))
        .into_iter()
        .map(|(m, said)| {
            Line::from(vec![
                label(m),
                Span::styled(said.text, ctx.theme.tone(said.tone)),
            ])
        })
        .collect();
    // What negotiation means in practice, and that asking costs nothing: one paragraph.
    let space = if ctx.lang == Language::En { " " } else { "" };
    let note = [ctx.t(Msg::NegNote), ctx.t(Msg::NegAgencies)].join(space);
    // A blank line before it where there is room: at 80x24 every row is needed for the text.
    if area.height >= 16 {
        lines.push(Line::from(""));
    }
    // Broken here, between Chinese characters too: the paragraph's own wrap breaks only at
    // spaces, and would leave "最长 60" alone on a line.
    let width = area.width.saturating_sub(3);
    let style = ctx.theme.dim().patch(Style::new());
    lines.extend(
        wrap(&note, width)
            .into_iter()
            .map(|l| Line::styled(l, style)),
    );
    // The schedule only where there is room for it under the whole text.
    let schedule_rows = if area.height >= 20 {
        area.height - 14
    } else {
        0
    };
    let [text, table] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(schedule_rows)]).areas(area);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().padding(Padding::left(1))),
        text,
    );
    render_schedule(ctx, frame, table, s);
}

/// The plan's installments, as many as fit.
fn render_schedule(ctx: &Ctx, frame: &mut Frame, area: Rect, s: &crate::installment::Schedule) {
    if area.height < 4 {
        return;
    }
    let start = crate::model::YearMonth::of(ctx.today).plus(1);
    // Month, installment, interest, balance, two spaces apart (the second counted here).
    let mut spare = Spare::of(area.width.saturating_sub(2), &[9, 13, 13, 14], 0);
    let column =
        |f: fn(&crate::installment::Row) -> Money| -> Vec<Money> { s.rows.iter().map(f).collect() };
    let (payments, payment_width) = spare.amounts(ctx, &column(|r| r.payment), 12);
    let (interests, interest_width) = spare.amounts(ctx, &column(|r| r.interest), 12);
    let (balances, balance_width) = spare.amounts(ctx, &column(|r| r.balance), 14);
    let rows: Vec<Row> = (s.rows.iter().zip(payments))
        .zip(interests.into_iter().zip(balances))
        .map(|((r, payment), (interest, balance))| {
            Row::new(vec![
                Cell::from(start.plus(r.period as i32 - 1).to_string()),
                Cell::from(Line::from(payment).right_aligned()),
                Cell::from(Line::from(interest).right_aligned()),
                Cell::from(Line::from(balance).right_aligned()),
            ])
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(""),
        Cell::from(Line::from(ctx.t(Msg::NegInstallment)).right_aligned()),
        Cell::from(Line::from(ctx.t(Msg::ColInterest)).right_aligned()),
        Cell::from(Line::from(ctx.t(Msg::ColBalance)).right_aligned()),
    ])
    .style(ctx.theme.dim());
    let widths = [
        Constraint::Length(8),
        Constraint::Length(payment_width),
        Constraint::Length(interest_width),
        Constraint::Length(balance_width),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .column_spacing(2)
            .block(panel_msg(ctx, Msg::Schedule)),
        area,
    );
}
