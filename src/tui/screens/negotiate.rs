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
use crate::model::Language;
use crate::money::{Money, percent2};
use crate::present::{shown, what_if};
use crate::tui::app::App;
use crate::tui::i18n::Msg;
use rust_decimal::Decimal;

use crate::money::Rate;
use crate::store::Edit;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{Screen, nego_for};

const LABEL: usize = 16;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let data = app.store.data();
    let Some(debt) = data.debts.get(app.nego.debt) else {
        frame.render_widget(
            Paragraph::new(app.t(Msg::NegNoDebts)).block(panel_msg(app, Msg::Negotiate)),
            area,
        );
        return;
    };
    let [inputs, results] =
        Layout::vertical([Constraint::Length(7), Constraint::Fill(1)]).areas(area);
    let p = &app.nego.plan;
    let in_force = debt.negotiated.as_ref() == Some(p);
    let fields = [
        (
            Msg::NegDebt,
            format!("‹{}›  {}", shown(&debt.name), app.money(debt.balance)),
        ),
        (Msg::NegMonths, p.months.to_string()),
        (Msg::NegApr, format!("{} %", percent2(p.apr.percent()))),
        (Msg::NegFee, app.money(p.fee)),
        (Msg::NegDown, app.money(p.down_payment)),
    ];
    let lines: Vec<Line> = fields
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let style = if i == app.nego.field {
                app.theme.selected()
            } else {
                app.theme.bold()
            };
            let mut spans = vec![
                Span::raw(format!(" {}", pad(app.t(*label), LABEL))),
                Span::styled(format!(" {value} "), style),
            ];
            if i == 0 && in_force {
                spans.push(Span::styled(
                    format!("  {}", app.t(Msg::NegInForce)),
                    app.theme.good(),
                ));
            }
            if i == 2 && p.apr.is_zero() {
                spans.push(Span::raw(format!("  {}", app.t(Msg::NegStopped))));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(panel_msg(app, Msg::Negotiate)),
        inputs,
    );
    render_results(app, frame, results);
}

fn render_results(app: &App, frame: &mut Frame, area: Rect) {
    let Some(w) = &app.view.what_if else {
        return;
    };
    let data = app.store.data();
    let i = app.nego.debt;
    let s = &w.schedule;
    let label = |m: Msg| Span::styled(pad(app.t(m), LABEL), app.theme.dim());
    // What the debt's own minimum asks a month, without the plan.
    let mut plain_debt = data.debts[i].clone();
    plain_debt.negotiated = None;
    let need = engine::first_minimums(&[plain_debt], Strategy::Avalanche);
    let mut lines: Vec<Line> = what_if::cells(app.lang, w, i, need, &|m| app.money(m))
        .into_iter()
        .map(|(m, said)| {
            Line::from(vec![
                label(m),
                Span::styled(said.text, app.theme.tone(said.tone)),
            ])
        })
        .collect();
    // What negotiation means in practice, and that asking costs nothing: one paragraph.
    let space = if app.lang == Language::En { " " } else { "" };
    let note = [app.t(Msg::NegNote), app.t(Msg::NegAgencies)].join(space);
    // A blank line before it where there is room: at 80x24 every row is needed for the text.
    if area.height >= 16 {
        lines.push(Line::from(""));
    }
    lines.push(Line::styled(note, app.theme.dim().patch(Style::new())));
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
    render_schedule(app, frame, table, s);
}

/// The plan's installments, as many as fit.
fn render_schedule(app: &App, frame: &mut Frame, area: Rect, s: &crate::installment::Schedule) {
    if area.height < 4 {
        return;
    }
    let start = crate::model::YearMonth::of(app.today).plus(1);
    // Month, installment, interest, balance, two spaces apart (the second counted here).
    let mut spare = Spare::of(area.width.saturating_sub(2), &[9, 13, 13, 14], 0);
    let column =
        |f: fn(&crate::installment::Row) -> Money| -> Vec<Money> { s.rows.iter().map(f).collect() };
    let (payments, payment_width) = spare.amounts(app, &column(|r| r.payment), 12);
    let (interests, interest_width) = spare.amounts(app, &column(|r| r.interest), 12);
    let (balances, balance_width) = spare.amounts(app, &column(|r| r.balance), 14);
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
        Cell::from(Line::from(app.t(Msg::NegInstallment)).right_aligned()),
        Cell::from(Line::from(app.t(Msg::ColInterest)).right_aligned()),
        Cell::from(Line::from(app.t(Msg::ColBalance)).right_aligned()),
    ])
    .style(app.theme.dim());
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
            .block(panel_msg(app, Msg::Schedule)),
        area,
    );
}

/// The keys of this screen.
impl App {
    /// Opens the Negotiate screen on a debt (from the Dashboard or the Debts screen).
    pub(in crate::tui) fn go_negotiate(&mut self, debt: usize) {
        self.nego = nego_for(&self.store, debt);
        self.screen = Screen::Negotiate;
        self.replan();
    }

    pub(in crate::tui) fn act_negotiate(&mut self, action: Action) -> Vec<Effect> {
        let n = self.store.data().debts.len();
        if n == 0 {
            return Vec::new();
        }
        match action {
            Action::Up => self.nego.field = self.nego.field.saturating_sub(1),
            Action::Down => self.nego.field = (self.nego.field + 1).min(4),
            Action::Left | Action::Right if self.nego.field == 0 => {
                let d = if action == Action::Right {
                    (self.nego.debt + 1) % n
                } else {
                    (self.nego.debt + n - 1) % n
                };
                let field = self.nego.field;
                self.nego = nego_for(&self.store, d);
                self.nego.field = field;
            }
            Action::Left | Action::Right => {
                self.step_nego(action == Action::Right, false);
            }
            Action::Step { up, large } => self.step_nego(up, large),
            Action::Adopt => {
                let debt = self.store.data().debts[self.nego.debt].name.clone();
                let done = self.tf(Msg::Adopted, &[&debt]);
                let plan = Some(self.nego.plan.clone());
                return self.edit(Edit::SetNegotiated { debt, plan }, done);
            }
            Action::RemovePlan => {
                let debt = self.store.data().debts[self.nego.debt].name.clone();
                if self.store.data().debts[self.nego.debt].negotiated.is_none() {
                    return Vec::new();
                }
                let done = self.tf(Msg::PlanRemoved, &[&debt]);
                return self.edit(Edit::SetNegotiated { debt, plan: None }, done);
            }
            _ => return Vec::new(),
        }
        self.replan();
        Vec::new()
    }

    /// One step of the focused Negotiate field, within its range.
    fn step_nego(&mut self, up: bool, large: bool) {
        let sign = if up {
            Decimal::ONE
        } else {
            Decimal::NEGATIVE_ONE
        };
        let p = &mut self.nego.plan;
        match self.nego.field {
            1 => {
                let step = if large { 12 } else { 1 };
                p.months = if up {
                    (p.months + step).min(60)
                } else {
                    p.months.saturating_sub(step).max(1)
                };
            }
            2 => {
                let step = if large {
                    Decimal::from(5)
                } else {
                    Decimal::new(5, 1)
                };
                p.apr = Rate::new((p.apr.percent() + sign * step).max(Decimal::ZERO));
            }
            3 => {
                let step = Decimal::from(if large { 100 } else { 10 });
                p.fee = (p.fee + sign * step).max(Decimal::ZERO);
            }
            4 => {
                let step = Decimal::from(if large { 1000 } else { 100 });
                let balance = self.store.data().debts[self.nego.debt].balance;
                p.down_payment = (p.down_payment + sign * step).clamp(Decimal::ZERO, balance);
            }
            _ => {}
        }
    }
}
