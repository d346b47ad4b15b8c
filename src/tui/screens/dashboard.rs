//! Dashboard: what needs the person today, where they stand, and the next two weeks.

use std::borrow::Cow;

use chrono::Days;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Spare, panel_msg, window};
use crate::due::{EventKind, Level, Warning};
use crate::engine::PlanError;
use crate::i18n::{pad, tf};
use crate::money::Money;
use crate::present::{costs_so_far, meaning, shown};
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::app::scroll;
use crate::tui::i18n::{Msg, level_msg, strategy_msg};
use crate::tui::view::NEXT_DAYS;

/// The columns of a warning's row before its detail, and the spaces between them.
const ROW_WIDTHS: [u16; 4] = [11, 12, 10, 12];

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let rescue_lines = rescue_lines(app);
    let inner_width = area.width.saturating_sub(2);
    let selected = selected_detail(app, inner_width);
    let selected = selected.map(|t| wrap(&t, inner_width));
    let wanted = app.view.warnings.len().max(1)
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
    render_attention(app, frame, top, rescue_lines, selected);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)]).areas(bottom);
    let [standing, debts] =
        Layout::vertical([Constraint::Length(7), Constraint::Fill(1)]).areas(left);
    render_standing(app, frame, standing);
    render_debts(app, frame, debts);
    render_next(app, frame, right);
}

/// Each debt at a glance: what it owes and when it is next due.
fn render_debts(app: &App, frame: &mut Frame, area: Rect) {
    if area.height < 3 {
        return;
    }
    let data = app.store.data();
    let mut spare = Spare::of(area.width.saturating_sub(2), &[12, 10], 10);
    let (balances, balance_width) = spare.amounts(app, &app.view.balances, 12);
    let rows: Vec<Row> = data
        .debts
        .iter()
        .zip(&app.view.debts)
        .zip(balances)
        .map(|((d, r), balance)| {
            let next = match r.next_due {
                Some(date) if r.status == crate::tui::view::DebtStatus::Paid => {
                    format!("{} {}", app.t(Msg::PaidTag), date.format("%m-%d"))
                }
                Some(date) => format!("{} {}", app.t(Msg::DueWord), date.format("%m-%d")),
                None => String::new(),
            };
            Row::new(vec![
                Cell::from(shown(&d.name).into_owned()),
                Cell::from(Line::from(balance).right_aligned()),
                Cell::from(next),
            ])
        })
        .collect();
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(balance_width),
        Constraint::Length(10),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .column_spacing(1)
            .block(panel_msg(app, Msg::Debts)),
        area,
    );
}

/// A warning's detail: days late and penalty, the date to pay by, the amount short, or when.
pub fn detail(app: &App, w: &Warning) -> String {
    detail_parts(app, w).join(app.t(Msg::ListSep))
}

/// [`detail`] in the parts a narrow row may drop from the end: days late and bucket, then the
/// penalty and the late fee, each where the debt charges it.
fn detail_parts(app: &App, w: &Warning) -> Vec<String> {
    let one = match w.level {
        Level::Overdue => {
            let bucket = w.bucket.map_or("", |b| b.code());
            let mut parts = vec![app.tf(
                Msg::DaysOverdueDetail,
                &[
                    &crate::i18n::days(app.lang, w.days_overdue.unwrap_or(0)),
                    &bucket,
                ],
            )];
            parts.extend(costs_so_far(app.lang, app.store.data(), w));
            return parts;
        }
        Level::Grace => app.tf(
            Msg::PayBy,
            &[&w.pay_by
                .map(|d| d.format("%m-%d").to_string())
                .unwrap_or_default()],
        ),
        Level::Shortfall => app.tf(Msg::ShortDetail, &[&app.money(w.short.unwrap_or_default())]),
        Level::DueSoon => match w.days.unwrap_or(0) {
            0 => app.t(Msg::Today).to_string(),
            1 => app.t(Msg::Tomorrow).to_string(),
            n => app.tf(Msg::InDays, &[&crate::i18n::days(app.lang, n)]),
        },
    };
    vec![one]
}

/// The detail of a row `width` columns wide: as many of its parts as fit whole (the first one
/// always), and whether that is all of them.
fn fitted_detail(app: &App, w: &Warning, width: usize) -> (String, bool) {
    let parts = detail_parts(app, w);
    let sep = app.t(Msg::ListSep);
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
            out.push_str(sep);
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
fn selected_detail(app: &App, width: u16) -> Option<String> {
    let w = app.view.warnings.get(app.dash_sel)?;
    let late = app.view.late.get(w.debt).copied().unwrap_or_default();
    let meaning = meaning(app.lang, app.store.data(), w, late)?;
    if fitted_detail(app, w, detail_width(width)).1 {
        return Some(meaning);
    }
    Some(crate::i18n::sentences(
        app.lang,
        &[
            format!("{}{}", detail(app, w), app.t(Msg::CheckEnd)),
            meaning,
        ],
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

/// `text` in lines of at most `width` columns: broken at spaces, and between two CJK
/// characters (Chinese has no spaces to break at; a closing mark such as `，` stays with the
/// character before it). A word wider than a line is broken where it must. The Dashboard
/// sizes its panel on these lines, so they are drawn as they are, never wrapped again.
pub(crate) fn wrap(text: &str, width: u16) -> Vec<String> {
    const GLUED: &str = "，。；：、）」』！？";
    let width = usize::from(width.max(2));
    // (a space before it, the token)
    let mut tokens: Vec<(bool, String)> = Vec::new();
    let mut gap = false;
    for c in text.chars() {
        if c == ' ' {
            gap = true;
            continue;
        }
        let wide = c.width().unwrap_or(0) > 1;
        match tokens.last_mut() {
            Some((_, token))
                if !gap
                    && (GLUED.contains(c)
                        || (!wide
                            && token.chars().last().is_some_and(|p| p.width() == Some(1)))) =>
            {
                token.push(c);
            }
            _ => tokens.push((gap, c.to_string())),
        }
        gap = false;
    }
    let (mut lines, mut line, mut used) = (Vec::new(), String::new(), 0);
    for (gap, token) in tokens {
        let w = token.width();
        let sep = usize::from(gap && used > 0);
        if used + sep + w <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(&token);
            used += sep + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        for c in token.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn rescue_lines(app: &App) -> Vec<Line<'static>> {
    let Some(r) = &app.view.rescue else {
        return Vec::new();
    };
    let data = app.store.data();
    let name = |i: usize| {
        data.debts
            .get(i)
            .map_or(Cow::Borrowed(""), |d| shown(&d.name))
    };
    let steps: Vec<String> = r
        .steps
        .iter()
        .filter(|s| s.pay > Money::ZERO)
        .map(|s| format!("{} {}", name(s.debt), app.money(s.pay)))
        .collect();
    let mut lines = Vec::new();
    if let Some(total) = crate::due::due_now(&app.view.warnings, app.today) {
        lines.push(Line::styled(
            app.tf(Msg::DueNow, &[&app.money(total)]),
            app.theme.bold(),
        ));
    }
    if steps.is_empty() && r.missing > Money::ZERO {
        lines.push(Line::styled(
            app.tf(Msg::MissingAll, &[&app.money(r.missing)]),
            app.theme.bold(),
        ));
        // Nothing on hand and no budget at all: say how to set one.
        if matches!(&app.view.plan, Err(PlanError::BelowMinimums { budget, .. }) if budget.is_zero())
        {
            lines.push(Line::styled(app.t(Msg::HowToBudget), app.theme.warn()));
        }
    } else if !steps.is_empty() || r.missing > Money::ZERO {
        let mut text = app.tf(Msg::PayFirst, &[&steps.join(app.t(Msg::ListSep))]);
        if r.missing > Money::ZERO {
            text.push_str(crate::i18n::semicolon(app.lang));
            text.push_str(&app.tf(Msg::StillMissing, &[&app.money(r.missing)]));
        }
        lines.push(Line::styled(text, app.theme.bold()));
    }
    for &i in &r.negotiate {
        lines.push(Line::styled(
            app.tf(Msg::AskNegotiate, &[&name(i)]),
            app.theme.warn(),
        ));
    }
    lines
}

fn render_attention(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    rescue: Vec<Line<'static>>,
    selected: Option<Vec<String>>,
) {
    let block = panel_msg(app, Msg::NeedsAttention);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let warnings = &app.view.warnings;
    if warnings.is_empty() {
        let text = Paragraph::new(Line::styled(app.t(Msg::AllClear), app.theme.good()))
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
    let (from, to) = window(warnings.len(), app.dash_sel, room);
    let meaning_lines = meaning_lines.min(height.saturating_sub(to - from + advice));
    let selected = selected.map(|lines| held_to(lines, meaning_lines, inner.width));
    let detail_room = detail_width(inner.width);
    let data = app.store.data();
    let rows: Vec<Row> = warnings[from..to]
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let style = if from + k == app.dash_sel {
                app.theme.level(w.level).patch(app.theme.selected())
            } else {
                app.theme.level(w.level)
            };
            Row::new(vec![
                Cell::from(app.t(level_msg(w.level))),
                Cell::from(
                    data.debts
                        .get(w.debt)
                        .map_or(Cow::Borrowed(""), |d| shown(&d.name)),
                ),
                Cell::from(format!("{} {}", app.t(Msg::DueWord), w.due.format("%m-%d"))),
                Cell::from(
                    Line::from(app.money_in(w.amount, usize::from(ROW_WIDTHS[3]))).right_aligned(),
                ),
                Cell::from(fitted_detail(app, w, detail_room).0),
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

fn render_standing(app: &App, frame: &mut Frame, area: Rect) {
    let v = &app.view;
    let label = |m: Msg| Span::styled(pad(app.t(m), 14), app.theme.dim());
    let plan_line = match &v.kept {
        Ok(p) => Span::raw(crate::i18n::paren(
            app.lang,
            &p.debt_free().to_string(),
            app.t(strategy_msg(app.store.data().budget.strategy())),
        )),
        // The plan's first month needs more than the budget: say by how much, as `plan` does.
        Err(PlanError::BelowMinimums { budget, minimums }) => Span::styled(
            tf(
                app.lang,
                Msg::DashBudgetShort,
                &[&app.money(*minimums - *budget)],
            ),
            app.theme.bad(),
        ),
        Err(PlanError::NeverPaidOff { .. }) => {
            Span::styled(app.t(Msg::NeverPaidOff), app.theme.bad())
        }
    };
    let interest = v.kept.as_ref().ok().map(|p| p.total_interest);
    let need_style = if v.month_dues > app.budget() {
        app.theme.bad()
    } else {
        Style::new()
    };
    let cash_style = if v.cash_today < Money::ZERO {
        app.theme.bad()
    } else {
        Style::new()
    };
    let lines = standing_lines(
        app,
        &label,
        plan_line.clone(),
        interest,
        need_style,
        cash_style,
        &|m| app.money(m),
    );
    let width = usize::from(area.width.saturating_sub(2));
    let fits = |lines: &[Line]| lines.iter().all(|l| l.width() <= width);
    let lines = if fits(&lines) {
        lines
    } else {
        let currency = &app.store.data().currency;
        let short = |m| crate::money::abbreviated(m, currency, app.lang);
        standing_lines(
            app, &label, plan_line, interest, need_style, cash_style, &short,
        )
    };
    let block = panel_msg(app, Msg::WhereYouStand);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// "Where you stand", its amounts written by `money`.
fn standing_lines<'a>(
    app: &App,
    label: &dyn Fn(Msg) -> Span<'a>,
    plan_line: Span<'a>,
    interest: Option<Money>,
    need_style: Style,
    cash_style: Style,
    money: &dyn Fn(Money) -> String,
) -> Vec<Line<'a>> {
    let v = &app.view;
    let interest = interest.map_or(Span::raw("-"), |m| Span::raw(money(m)));
    vec![
        Line::from(vec![
            label(Msg::Owed),
            Span::raw(crate::i18n::join(
                app.lang,
                &money(v.owed),
                &app.tf(Msg::DebtCount, &[&app.store.data().debts.len()]),
            )),
        ]),
        Line::from(vec![label(Msg::DebtFree), plan_line]),
        Line::from(vec![label(Msg::InterestLeft), interest]),
        Line::from(vec![
            label(Msg::ThisMonth),
            Span::styled(
                app.tf(
                    Msg::ThisMonthValue,
                    &[&money(v.month_dues), &money(app.budget())],
                ),
                need_style,
            ),
        ]),
        Line::from(vec![
            label(Msg::CashToday),
            Span::styled(money(v.cash_today), cash_style),
        ]),
    ]
}

fn render_next(app: &App, frame: &mut Frame, area: Rect) {
    let until = app
        .today
        .checked_add_days(Days::new(NEXT_DAYS))
        .unwrap_or(app.today);
    let shown_rows: Vec<_> = app
        .view
        .calendar
        .iter()
        .filter(|r| r.date < until && r.kind != EventKind::Payment)
        .collect();
    let amounts: Vec<Money> = shown_rows.iter().map(|r| r.amount.abs()).collect();
    let mut spare = Spare::of(area.width.saturating_sub(2), &[5, 4, 11], 8);
    let (amounts, amount_width) = spare.amounts(app, &amounts, 11);
    let rows: Vec<Row> = shown_rows
        .into_iter()
        .zip(amounts)
        .map(|(r, amount)| {
            let (word, style) = match r.kind {
                EventKind::Due if r.met => (Msg::PaidTag, app.theme.dim()),
                EventKind::Due if r.short.is_some() => (Msg::DueWord, app.theme.bad()),
                EventKind::Due => (Msg::DueWord, app.theme.warn()),
                EventKind::Income => (Msg::In, app.theme.good()),
                EventKind::Expense | EventKind::Payment => (Msg::Out, Style::new()),
            };
            Row::new(vec![
                Cell::from(r.date.format("%m-%d").to_string()),
                Cell::from(shown(&r.name).into_owned()),
                Cell::from(app.t(word)),
                Cell::from(Line::from(amount).right_aligned()),
            ])
            .style(style)
        })
        .collect();
    let widths = [
        Constraint::Length(5),
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Length(amount_width),
    ];
    let table = Table::new(rows, widths)
        .column_spacing(1)
        .block(panel_msg(app, Msg::NextDays));
    frame.render_widget(table, area);
}

/// The keys of this screen.
impl App {
    pub(in crate::tui) fn act_dashboard(&mut self, action: Action) -> Vec<Effect> {
        let last = self.view.warnings.len().saturating_sub(1);
        match action {
            Action::Pay => {
                if let Some(w) = self.view.warnings.get(self.dash_sel) {
                    let (debt, amount) = (w.debt, w.amount);
                    self.open_pay(debt, Some(amount));
                }
            }
            Action::Negotiate => {
                if let Some(w) = self.view.warnings.get(self.dash_sel) {
                    let debt = w.debt;
                    self.go_negotiate(debt);
                }
            }
            Action::Reconcile => {
                // A due date still unpaid would drop out of sight once as_of passes it.
                let data = self.store.data();
                let unpaid = crate::reconcile::expected(data, self.today).unpaid;
                match unpaid.first() {
                    Some(d) => {
                        let name = data.debts.get(d.debt).map_or("", |x| x.name.as_str());
                        let what = format!("{} {}", shown(name), self.money(d.unpaid));
                        let msg = self.tf(Msg::ReconcileUnpaid, &[&what, &d.date]);
                        self.say(msg, true);
                    }
                    None => {
                        self.open_form(crate::tui::form::Form::reconcile(&self.store, self.today))
                    }
                }
            }
            other => self.dash_sel = scroll(self.dash_sel, other, last, 5),
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn lines_break_at_spaces_and_between_cjk_characters() {
        assert_eq!(
            wrap("pay by 11-25 or call", 10),
            ["pay by", "11-25 or", "call"]
        );
        // Chinese breaks anywhere between characters, never before a closing mark; a Latin
        // word stays whole; each line is at most 10 columns (a CJK character is 2).
        assert_eq!(
            wrap("在 2026-11-25 前还清，不收罚息。", 10),
            ["在", "2026-11-25", "前还清，不", "收罚息。"]
        );
        // A word wider than a line is broken where it must be.
        assert_eq!(wrap("abcdefghijkl", 5), ["abcde", "fghij", "kl"]);
        assert!(wrap("", 10).is_empty());
    }
}
