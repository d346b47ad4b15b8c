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

    /// The table as lines, trailing spaces trimmed.
    pub fn render(&self) -> String {
        let cols = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..cols)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|s| s.width())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for row in &self.rows {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                if c > 0 {
                    line.push_str("  ");
                }
                let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
                match self.aligns.get(c).copied().unwrap_or(Align::Left) {
                    Align::Left => {
                        line.push_str(cell);
                        line.push_str(&pad);
                    }
                    Align::Right => {
                        line.push_str(&pad);
                        line.push_str(cell);
                    }
                }
            }
            out.push_str(line.trim_end());
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
}
