//! Plain aligned text tables for the terminal, measured in display columns so that names like
//! `花呗` (4 columns wide, 2 chars) line up.

use unicode_width::UnicodeWidthStr;

/// A column's alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table: a header and rows, printed with two spaces between columns.
pub struct Table {
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers (none: no header line); `aligns` gives each
    /// column's alignment.
    pub fn new(headers: &[&str], aligns: &[Align]) -> Table {
        let mut rows = Vec::new();
        if !headers.is_empty() {
            rows.push(headers.iter().map(|h| h.to_string()).collect());
        }
        Table {
            aligns: aligns.to_vec(),
            rows,
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as lines, trailing spaces trimmed. Each cell is measured once; the lines
    /// are written straight into the output.
    pub fn render(&self) -> String {
        let cells: Vec<Vec<usize>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.width()).collect())
            .collect();
        let cols = cells.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0; cols];
        for row in &cells {
            for (w, &cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell);
            }
        }
        let line_width: usize = widths.iter().sum::<usize>() + 2 * cols.saturating_sub(1) + 1;
        let mut out = String::with_capacity(line_width * self.rows.len());
        let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
        for (row, sizes) in self.rows.iter().zip(&cells) {
            let start = out.len();
            for (c, (cell, &size)) in row.iter().zip(sizes).enumerate() {
                if c > 0 {
                    pad(&mut out, 2);
                }
                let gap = widths[c].saturating_sub(size);
                match self.aligns.get(c).copied().unwrap_or(Align::Left) {
                    Align::Left => {
                        out.push_str(cell);
                        pad(&mut out, gap);
                    }
                    Align::Right => {
                        pad(&mut out, gap);
                        out.push_str(cell);
                    }
                }
            }
            let kept = start + out[start..].trim_end().len();
            out.truncate(kept);
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_names_align_by_display_width() {
        let mut t = Table::new(&["Name", "Owed"], &[Align::Left, Align::Right]);
        t.row(vec!["花呗".into(), "1.00".into()]);
        t.row(vec!["Visa".into(), "100.00".into()]);
        assert_eq!(t.render(), "Name    Owed\n花呗    1.00\nVisa  100.00\n");
    }

    #[test]
    fn an_empty_row_is_an_empty_line_and_trailing_space_goes() {
        let mut t = Table::new(&[], &[Align::Left, Align::Left]);
        t.row(vec!["a".into(), "".into()]);
        t.row(vec![String::new(), String::new()]);
        t.row(vec!["bbb".into(), "c\u{3000}".into()]);
        assert_eq!(t.render(), "a\n\nbbb  c\n");
    }
}
