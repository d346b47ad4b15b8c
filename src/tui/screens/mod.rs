//! One file per screen: each is a state struct with `update` (the keys that are its own, asking
//! the app for the rest with a [`Request`](super::ctx::Request)) and `render`, which draws its
//! body from the shared [`Ctx`] and its own state.

pub(in crate::tui) mod budget;
pub(in crate::tui) mod calendar;
pub(in crate::tui) mod dashboard;
pub(in crate::tui) mod debts;
pub(in crate::tui) mod negotiate;
pub(in crate::tui) mod plan;
pub(in crate::tui) mod scenarios;

use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row};

use super::ctx::Ctx;
use super::i18n::Msg;
use crate::money::Money;

/// A bordered panel with a title.
fn panel<'a>(ctx: &Ctx, title: String) -> Block<'a> {
    Block::bordered().title(Span::styled(format!(" {title} "), ctx.theme.title()))
}

/// A panel titled with a message.
fn panel_msg<'a>(ctx: &Ctx, title: Msg) -> Block<'a> {
    panel(ctx, ctx.t(title).to_string())
}

/// The first `n` rows from `start`, keeping `selected` in view.
fn window(len: usize, selected: usize, height: usize) -> (usize, usize) {
    if height == 0 || len <= height {
        return (0, len);
    }
    let start = selected.saturating_sub(height - 1).min(len - height);
    (start, start + height)
}

/// How many of `len` rows a list `room` rows high shows, and how many it leaves out (0 when
/// all fit): those are counted on its last row ([`more_row`]).
fn fit_rows(len: usize, room: usize) -> (usize, usize) {
    if len <= room {
        (len, 0)
    } else {
        let whole = room.saturating_sub(1);
        (whole, len - whole)
    }
}

/// The row that counts `more` rows left out (`… +3`), in the table's `column`; none when
/// nothing was left out.
fn more_row(ctx: &Ctx, more: usize, column: usize) -> Option<Row<'static>> {
    let mut cells = vec![Cell::from(""); column];
    cells.push(Cell::from(format!("… +{more}")));
    (more > 0).then(|| Row::new(cells).style(ctx.theme.dim()))
}

/// What a table has spare beyond its columns' natural widths, for its amount columns to grow
/// into: a column sizes to its widest amount while there is room, and abbreviates the amounts
/// too wide for it where there is not (`¥1.23M`, never `,234,567.89`).
struct Spare(usize);

impl Spare {
    /// What is left of `width` columns after `columns` natural widths, `min_fill` for the
    /// table's fill column, and a space between each two of them.
    fn of(width: u16, columns: &[u16], min_fill: u16) -> Spare {
        let used: u16 = columns.iter().sum::<u16>() + columns.len() as u16 + min_fill;
        Spare(usize::from(width.saturating_sub(used)))
    }

    /// `values` as a column shows them, and its width: at least `natural` columns.
    fn amounts(&mut self, ctx: &Ctx, values: &[Money], natural: u16) -> (Vec<String>, u16) {
        let whole: Vec<String> = values.iter().map(|m| ctx.money(*m)).collect();
        let room = self.room(&whole, natural);
        let shown: Vec<String> = values.iter().map(|m| ctx.money_in(*m, room)).collect();
        let width = self.take(&shown, natural);
        (shown, width)
    }

    /// Texts that carry an amount, as a column shows them, and its width: `texts` made with
    /// whole amounts where they fit, else with the amounts `abbreviated`, cut with `…` where
    /// even that does not fit.
    fn texts(
        &mut self,
        texts: impl Fn(&dyn Fn(Money) -> String) -> Vec<String>,
        ctx: &Ctx,
        natural: u16,
    ) -> (Vec<String>, u16) {
        let whole = texts(&|m| ctx.money(m));
        let room = self.room(&whole, natural);
        let shown = if widest(&whole) <= room {
            whole
        } else {
            texts(&|m| crate::money::abbreviated(m, &ctx.data().currency, ctx.lang))
                .into_iter()
                .map(|t| super::ui::clip(&t, room).into_owned())
                .collect()
        };
        let width = self.take(&shown, natural);
        (shown, width)
    }

    /// The most a column whose natural width is `natural` may take.
    fn room(&self, cells: &[String], natural: u16) -> usize {
        let natural = usize::from(natural);
        widest(cells).min(natural + self.0).max(natural)
    }

    /// The width of a column of `cells`, taken from what is spare.
    fn take(&mut self, cells: &[String], natural: u16) -> u16 {
        let width = widest(cells).max(usize::from(natural));
        self.0 = self.0.saturating_sub(width - usize::from(natural));
        u16::try_from(width).unwrap_or(u16::MAX)
    }
}

/// The widest of `cells`, in columns.
fn widest(cells: &[String]) -> usize {
    cells
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.as_str()))
        .max()
        .unwrap_or(0)
}

/// `line` in at most `width` columns: whole when it fits, else cut with a `…` at the end (its
/// spans keep their styles).
fn clip_line(line: Line<'_>, width: usize) -> Line<'_> {
    use unicode_width::UnicodeWidthChar;
    if line.width() <= width {
        return line;
    }
    let mut spans = Vec::new();
    let mut room = width.saturating_sub(1);
    for span in line.spans {
        let mut text = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if w > room {
                break;
            }
            room -= w;
            text.push(c);
        }
        let full = text.len() == span.content.len();
        spans.push(Span::styled(text, span.style));
        if !full {
            break;
        }
    }
    spans.push(Span::raw("…"));
    Line::from(spans).style(line.style)
}

#[cfg(test)]
mod tests {
    use super::{clip_line, fit_rows};
    use ratatui::text::{Line, Span};

    #[test]
    fn rows_that_do_not_fit_are_counted_on_the_last_row() {
        assert_eq!(fit_rows(3, 5), (3, 0));
        assert_eq!(fit_rows(5, 5), (5, 0));
        // 4 debts in 3 rows: 2 whole and `… +2`; in 1 row only `… +4`.
        assert_eq!(fit_rows(4, 3), (2, 2));
        assert_eq!(fit_rows(4, 1), (0, 4));
        assert_eq!(fit_rows(0, 0), (0, 0));
    }

    #[test]
    fn a_line_too_wide_is_cut_with_an_ellipsis_and_keeps_its_styles() {
        use ratatui::style::Style;
        let line = Line::from(vec![
            Span::raw("本月 "),
            Span::styled("¥2,241.17", Style::new().red()),
        ]);
        assert_eq!(clip_line(line.clone(), 40), line);
        let cut = clip_line(line, 9);
        assert_eq!(cut.to_string(), "本月 ¥2,…");
        assert_eq!(cut.width(), 9);
        assert_eq!(cut.spans[1].style, Style::new().red());
    }
}
