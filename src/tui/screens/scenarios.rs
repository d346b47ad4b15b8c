//! Scenarios: the file, the Plan screen's what-if and each `[[scenarios]]` side by side
//! (SPEC §8), as `compare --scenario` puts them; under it, what the selected one changes and
//! the dues it would miss, with their cost. Keep the what-if as a scenario, rename, delete,
//! adopt one into the file.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use super::{clip_line, panel, panel_msg, window};
use crate::i18n::strategy_msg;
use crate::present::scenario::{base_months, changes, missed_lines, row};
use crate::present::shown;
use crate::scenario::Compared;
use crate::tui::action::Action;
use crate::tui::app::{Confirm, Overlay, scroll};
use crate::tui::ctx::{Ctx, Request};
use crate::tui::form::Form;
use crate::tui::i18n::Msg;
use crate::tui::view::ScenarioRows;
use crate::tui::wrap::wrap;

/// Below this width the strategy column gives way to the others (the detail names it).
const STRATEGY_FROM: u16 = 100;

/// The Scenarios screen's state: which row is selected (0 the file, then the what-if when
/// there is one, then each scenario).
#[derive(Clone, Debug, Default)]
pub struct ScenariosState {
    pub sel: usize,
    /// The first line of the detail shown (PgUp and PgDn move it).
    pub detail: usize,
}

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Base,
    WhatIf,
    /// `[[scenarios]]` number `i`.
    Scenario(usize),
}

impl ScenariosState {
    /// How many rows `rows` makes.
    pub fn rows(rows: &ScenarioRows) -> usize {
        1 + usize::from(rows.what_if.is_some()) + rows.scenarios.len()
    }

    /// Keeps the selection on a row that is there.
    pub fn fit(&mut self, rows: usize) {
        let sel = self.sel.min(rows.saturating_sub(1));
        if sel != self.sel {
            self.detail = 0;
        }
        self.sel = sel;
    }

    /// The keys of this screen.
    pub fn update(&mut self, ctx: &Ctx, action: Action) -> Option<Request> {
        let rows = ctx.view.scenarios.as_ref()?;
        let kind = kind_of(rows, self.sel);
        let paused = || Request::Say(ctx.t(Msg::EditsPaused).to_string(), true);
        Some(match (action, kind) {
            (Action::Add, _) if ctx.paused => paused(),
            (Action::Add, _) => match &rows.what_if {
                Some(w) => {
                    let budget = (ctx.budget != ctx.view.base_budget).then_some(ctx.budget);
                    let strategy = w.data.budget.strategy();
                    let strategy = (strategy != ctx.data().budget.strategy()).then_some(strategy);
                    Request::Form(Form::new_scenario(budget, strategy))
                }
                None => Request::Say(ctx.t(Msg::ScenNoWhatIf).to_string(), true),
            },
            (Action::Edit, Kind::Scenario(i)) => Request::Form(Form::rename_scenario(ctx.store, i)),
            (Action::Delete, Kind::Scenario(i)) => {
                Request::Overlay(Overlay::Confirm(Confirm::DeleteScenario(i)))
            }
            (Action::Adopt, Kind::Scenario(i)) => match ctx.data().scenarios.get(i) {
                Some(s) if !s.decides() => Request::Say(
                    ctx.t(Msg::ScenNothingToAdopt {
                        name: &shown(&s.name),
                    })
                    .into_owned(),
                    true,
                ),
                _ => Request::Overlay(Overlay::Confirm(Confirm::AdoptScenario(i))),
            },
            (Action::PageUp | Action::PageDown, _) => {
                self.detail = scroll(self.detail, action, usize::MAX, 5);
                return None;
            }
            (other, _) => {
                let last = Self::rows(rows).saturating_sub(1);
                let sel = scroll(self.sel, other, last, 5);
                if sel != self.sel {
                    self.detail = 0;
                }
                self.sel = sel;
                return None;
            }
        })
    }

    pub fn render(&self, ctx: &Ctx, frame: &mut Frame, area: Rect) {
        let Some(rows) = &ctx.view.scenarios else {
            return;
        };
        let all = Self::rows(rows);
        // The table takes its rows up to half the screen; the detail the rest.
        let wanted = u16::try_from(all + 3).unwrap_or(u16::MAX);
        let height = wanted.min((area.height / 2).max(5));
        let [table_area, detail_area] =
            Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
        render_table(ctx, frame, table_area, rows, self.sel);
        render_detail(ctx, frame, detail_area, rows, self.sel, self.detail);
    }
}

/// What row `sel` of `rows` is.
fn kind_of(rows: &ScenarioRows, sel: usize) -> Kind {
    let first = 1 + usize::from(rows.what_if.is_some());
    match sel {
        0 => Kind::Base,
        s if s < first => Kind::WhatIf,
        s => Kind::Scenario(s - first),
    }
}

/// Row `sel` of `rows`, with its name as shown.
fn nth<'r>(ctx: &Ctx, rows: &'r ScenarioRows, sel: usize) -> Option<(String, &'r Compared)> {
    match kind_of(rows, sel) {
        Kind::Base => Some((ctx.t(Msg::ScenBase).into_owned(), &rows.base)),
        Kind::WhatIf => rows
            .what_if
            .as_ref()
            .map(|w| (ctx.t(Msg::ScenWhatIf).into_owned(), w)),
        Kind::Scenario(i) => rows
            .scenarios
            .get(i)
            .map(|c| (shown(&c.name).into_owned(), c)),
    }
}

fn render_table(ctx: &Ctx, frame: &mut Frame, area: Rect, rows: &ScenarioRows, sel: usize) {
    let wide = area.width >= STRATEGY_FROM;
    let all = ScenariosState::rows(rows);
    let (from, to) = window(all, sel, usize::from(area.height.saturating_sub(3)));
    let base = base_months(&rows.base);
    let word = |s| ctx.t(strategy_msg(s)).into_owned();
    let money = |m| ctx.money(m);
    // Name, strategy, debt-free, interest, fees, saved, missed, cost: the presenter's cells.
    let cells: Vec<(usize, Vec<String>)> = (from..to)
        .filter_map(|i| {
            let (name, c) = nth(ctx, rows, i)?;
            let against = base.filter(|_| i > 0);
            row(ctx.lang, &name, c, against, &word, &money).map(|cells| (i, cells))
        })
        .collect();
    let heads = [
        Msg::CliColScenario,
        Msg::CliColStrategy,
        Msg::CliColDebtFree,
        Msg::CliColInterest,
        Msg::CliColFees,
        Msg::ScenColSaved,
        Msg::ScenColMissed,
        Msg::ScenColCost,
    ]
    .map(|m| ctx.t(m).into_owned());
    let shown_columns: Vec<usize> = (0..heads.len()).filter(|&c| c != 1 || wide).collect();
    let width_of = |c: usize| {
        let cells_width = cells
            .iter()
            .filter_map(|(_, r)| r.get(c))
            .map(|s| s.width())
            .max()
            .unwrap_or(0);
        u16::try_from(cells_width.max(heads[c].width())).unwrap_or(u16::MAX)
    };
    let widths: Vec<Constraint> = shown_columns
        .iter()
        .map(|&c| {
            if c == 0 {
                Constraint::Fill(1)
            } else {
                Constraint::Length(width_of(c))
            }
        })
        .collect();
    // The name takes what the other columns leave; a longer one is cut with `…`.
    let others: u16 = shown_columns
        .iter()
        .filter(|&&c| c != 0)
        .map(|&c| width_of(c) + 1)
        .sum();
    let name_room = usize::from(area.width.saturating_sub(2 + others));
    // Text on the left, figures on the right.
    let cell = |c: usize, text: String| match c {
        0 => Cell::from(clip_line(Line::from(text), name_room)),
        1 | 2 => Cell::from(text),
        _ => Cell::from(Line::from(text).right_aligned()),
    };
    let header =
        Row::new(shown_columns.iter().map(|&c| cell(c, heads[c].clone()))).style(ctx.theme.bold());
    let body: Vec<Row> = cells
        .into_iter()
        .map(|(i, r)| {
            let style = if i == sel {
                ctx.theme.selected()
            } else if i == 0 {
                ctx.theme.dim()
            } else {
                Style::new()
            };
            let missed = r.get(6).is_some_and(|m| m != "0");
            Row::new(shown_columns.iter().map(|&c| {
                let text = r.get(c).cloned().unwrap_or_default();
                let c_cell = cell(c, text);
                if missed && c >= 6 && i != sel {
                    c_cell.style(ctx.theme.bad())
                } else {
                    c_cell
                }
            }))
            .style(style)
        })
        .collect();
    let table = Table::new(body, widths)
        .header(header)
        .column_spacing(1)
        .block(panel_msg(ctx, Msg::Scenarios));
    frame.render_widget(table, area);
}

/// What the selected row changes (or what it is) and the dues it would miss, wrapped.
/// `from`: the first line shown; a line that says more follows (PgDn) ends the panel when
/// it does not hold the rest.
fn render_detail(
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    rows: &ScenarioRows,
    sel: usize,
    from: usize,
) {
    let Some((name, c)) = nth(ctx, rows, sel) else {
        return;
    };
    let width = area.width.saturating_sub(2);
    let strategy = ctx.t(strategy_msg(c.data.budget.strategy())).into_owned();
    let first = match kind_of(rows, sel) {
        Kind::Base => ctx.t(Msg::ScenBaseHint).into_owned(),
        Kind::WhatIf => ctx.t(Msg::ScenWhatIfHint).into_owned(),
        Kind::Scenario(i) => ctx
            .data()
            .scenarios
            .get(i)
            .map(|s| changes(ctx.lang, s, &|m| ctx.money(m)))
            .unwrap_or_default(),
    };
    let mut lines: Vec<Line> = Vec::new();
    let mut push = |text: &str, indent: bool, style: Style| {
        let (pad, text) = if indent {
            ("  ", text.trim_start())
        } else {
            ("", text)
        };
        let room = width.saturating_sub(u16::try_from(pad.len()).unwrap_or(0));
        for part in wrap(text, room) {
            lines.push(Line::styled(format!("{pad}{part}"), style));
        }
    };
    push(&first, false, Style::new());
    push(
        &ctx.t(Msg::ScenPlannedUnder {
            strategy: &strategy,
        }),
        false,
        ctx.theme.dim(),
    );
    if rows.scenarios.is_empty() {
        push(&ctx.t(Msg::ScenNone), false, ctx.theme.dim());
    }
    let missed = missed_lines(ctx.lang, &c.data, &name, &c.missed, &|m| ctx.money(m));
    if missed.is_empty() {
        push(&ctx.t(Msg::ScenNoMissed), false, ctx.theme.good());
    }
    for (k, line) in missed.iter().enumerate() {
        let style = if k == 0 {
            ctx.theme.bad()
        } else {
            Style::new()
        };
        push(line, line.starts_with(' '), style);
    }
    let room = usize::from(area.height.saturating_sub(2));
    let from = from.min(lines.len().saturating_sub(room.max(1)));
    let more = lines.len().saturating_sub(from + room);
    let mut shown: Vec<Line> = lines.into_iter().skip(from).take(room).collect();
    if more > 0 && !shown.is_empty() {
        shown.pop();
        let said = ctx.t(Msg::MoreLines { count: more + 1 });
        shown.push(Line::styled(said.into_owned(), ctx.theme.dim()));
    }
    // The title keeps to the border: a long name is cut with `…`.
    let title = clip_line(Line::from(name), usize::from(width.saturating_sub(2))).to_string();
    let block: Block = panel(ctx, title);
    frame.render_widget(Paragraph::new(shown).block(block), area);
}
