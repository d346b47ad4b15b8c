//! Calendar: the next 60 days of dues, income and expenses, with the cash left after each.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use super::{Spare, panel_msg};
use crate::due::EventKind;
use crate::money::Money;
use crate::tui::action::Action;
use crate::tui::app::scroll;
use crate::tui::ctx::{Ctx, Request};
use crate::tui::i18n::{self, Msg, t};
use crate::tui::view::CalRow;

/// The Calendar screen's state: how far down the list it is.
#[derive(Clone, Debug, Default)]
pub struct CalendarState {
    /// The first row shown (0-based).
    pub scroll: usize,
}

impl CalendarState {
    /// The keys of this screen: they scroll.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        let last = ctx.view.calendar.len().saturating_sub(1);
        self.scroll = scroll(self.scroll, action, last, 10);
        None
    }

    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let rows = &ctx.view.calendar;
        let negative = rows.iter().find(|r| r.cash_after < Money::ZERO);
        let [table_area, note] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(if negative.is_some() { 1 } else { 0 }),
        ])
        .areas(area);
        let height = usize::from(table_area.height.saturating_sub(3));
        let start = self.scroll.min(rows.len().saturating_sub(height.max(1)));
        let visible: Vec<_> = rows.iter().skip(start).take(height).collect();
        // Date, in/out, cash after, mark; the name takes the rest.
        let mut spare = Spare::of(table_area.width.saturating_sub(2), &[10, 12, 12, 0], 12);
        // A paid due moves no cash: it shows what was paid, marked paid, not 0.00.
        let paid = |r: &CalRow| r.kind == EventKind::Due && r.met;
        let amounts: Vec<Money> = visible
            .iter()
            .map(|r| {
                if paid(r) {
                    r.due_amount
                } else {
                    r.amount.abs()
                }
            })
            .collect();
        let cash: Vec<Money> = visible.iter().map(|r| r.cash_after).collect();
        let (amounts, amount_width) = spare.amounts(ctx, &amounts, 11);
        let (cash, cash_width) = spare.amounts(ctx, &cash, 12);
        let (marks, mark_width) = spare.texts(
            |money| {
                visible
                    .iter()
                    .map(|r| match (r.kind, r.met, r.short) {
                        (EventKind::Due, true, _) => t(ctx.lang, Msg::PaidTag).to_string(),
                        (_, _, Some(short)) => format!("{} {}", ctx.t(Msg::ShortTag), money(short)),
                        _ => String::new(),
                    })
                    .collect()
            },
            ctx,
            0,
        );
        // The name takes what the other columns leave, cut with `…` where it must be.
        let others = 10 + amount_width + 1 + cash_width + mark_width + 4;
        let name_width = usize::from(table_area.width.saturating_sub(2 + others));
        let body: Vec<Row> = visible
            .iter()
            .zip(amounts.into_iter().zip(cash).zip(marks))
            .map(|(r, ((amount, cash), mark))| {
                let weekday = weekday(ctx, r.date);
                // The marker stays whole; the name is cut with `…` to leave it room.
                let tagged = |tag: Msg| {
                    let tag = ctx.t(tag);
                    // A full-width bracket brings its own room: no space before （到期）.
                    let gap = if tag.starts_with('（') { "" } else { " " };
                    let room = name_width.saturating_sub(tag.width() + gap.len());
                    format!("{}{gap}{tag}", crate::tui::ui::clip(&r.name, room))
                };
                let (name, sign_style) = match r.kind {
                    EventKind::Due => (tagged(Msg::DueTag), Style::new()),
                    EventKind::Payment => (tagged(Msg::PaidTag), ctx.theme.dim()),
                    EventKind::Income => (r.name.clone(), ctx.theme.good()),
                    EventKind::Expense => (r.name.clone(), Style::new()),
                    EventKind::Extra => (tagged(Msg::ExtraTag), Style::new()),
                };
                let row_style = match (r.kind, r.met, r.short) {
                    (EventKind::Due, true, _) => ctx.theme.dim(),
                    (EventKind::Due, false, Some(_)) => ctx.theme.bad(),
                    _ => Style::new(),
                };
                let sign = if paid(r) {
                    ""
                } else if r.amount > Money::ZERO {
                    "+"
                } else {
                    "-"
                };
                let cash_style = if r.cash_after < Money::ZERO {
                    ctx.theme.bad()
                } else {
                    Style::new()
                };
                Row::new(vec![
                    Cell::from(format!("{weekday} {}", r.date.format("%m-%d"))),
                    Cell::from(crate::tui::ui::clip(&name, name_width).into_owned()),
                    Cell::from(Line::from(format!("{sign}{amount}")).right_aligned())
                        .style(sign_style),
                    Cell::from(Line::from(cash).right_aligned()).style(cash_style),
                    Cell::from(mark),
                ])
                .style(row_style)
            })
            .collect();
        let header = Row::new(vec![
            Cell::from(ctx.t(Msg::ColDate)),
            Cell::from(ctx.t(Msg::ColWhat)),
            Cell::from(Line::from(ctx.t(Msg::ColInOut)).right_aligned()),
            Cell::from(Line::from(ctx.t(Msg::ColCashAfter)).right_aligned()),
        ])
        .style(ctx.theme.bold());
        let widths = [
            Constraint::Length(10),
            Constraint::Fill(1),
            Constraint::Length(amount_width + 1),
            Constraint::Length(cash_width),
            Constraint::Length(mark_width),
        ];
        frame.render_widget(
            Table::new(body, widths)
                .header(header)
                .column_spacing(1)
                .block(panel_msg(ctx, Msg::CalendarTitle)),
            table_area,
        );
        if let Some(r) = negative {
            let text = ctx.t(Msg::FirstNegative {
                day: &r.date.format("%m-%d").to_string(),
                amount: &ctx.money(-r.cash_after),
            });
            frame.render_widget(Paragraph::new(Line::styled(text, ctx.theme.bad())), note);
        }
    }
}

fn weekday(ctx: &Ctx, date: chrono::NaiveDate) -> &'static str {
    use chrono::Datelike;
    i18n::weekday(ctx.lang, date.weekday().num_days_from_monday() as usize)
}
