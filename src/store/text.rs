//! The text of a data file: where a byte offset is (line and column), numbers as written,
//! and the spelling of keys in messages.

use rust_decimal::Decimal;

use super::Diagnostic;

/// A diagnostic at byte offset `at` of `text`.
pub(crate) fn diagnostic(
    file: &str,
    text: &str,
    at: usize,
    key: Option<String>,
    message: String,
) -> Diagnostic {
    let (line, column) = line_column(text, at);
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        key,
        message,
    }
}

/// A TOML syntax error: `payoff.toml:3:7: invalid TOML: <the parser's message>`.
pub(crate) fn syntax_error(file: &str, text: &str, e: &toml_edit::TomlError) -> Diagnostic {
    let at = e.span().map_or(0, |s| s.start);
    let message = e.message().lines().next().unwrap_or("").trim();
    diagnostic(file, text, at, None, format!("invalid TOML: {message}"))
}

/// The byte order mark some Windows editors put first.
const BOM: char = '\u{feff}';

/// The 1-based line and column (in characters) of byte offset `at`; a byte order mark takes no
/// column.
pub(crate) fn line_column(text: &str, at: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (i, ch) in text.char_indices() {
        if i >= at {
            break;
        }
        if i == 0 && ch == BOM {
            continue;
        }
        if ch == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// Reads a number exactly as written: a TOML float's literal text (`1_234.56`, `1.5e3`) or a
/// string holding a plain decimal (`"1234.56"`). `None` if it is not a finite number.
pub(crate) fn parse_float_literal(raw: &str) -> Option<Decimal> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let s = s.strip_prefix('+').unwrap_or(&s);
    let (base, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut n = parse_plain_decimal(base)?;
    if let Some(exp) = exp {
        let exp: i32 = exp.strip_prefix('+').unwrap_or(exp).parse().ok()?;
        if exp < 0 {
            let scale = n.scale().checked_add(exp.unsigned_abs())?;
            if scale > Decimal::MAX_SCALE {
                return None;
            }
            n.set_scale(scale).ok()?;
        } else {
            for _ in 0..exp.min(40) {
                n = n.checked_mul(Decimal::TEN)?;
            }
        }
    }
    Some(n)
}

/// A plain decimal: optional `-`, digits, optional `.` and digits; read exactly or not at all.
pub(crate) fn parse_plain_decimal(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(digits.contains('.') && frac.is_empty());
    if !ok {
        return None;
    }
    Decimal::from_str_exact(s).ok()
}

/// The known key closest to `key`, if it is a likely typo of it: at most 2 edits (a swap of
/// two letters is one), and at most one edit per 3 letters (`note` is not a typo of `name`).
pub(crate) fn suggest(key: &str, known: &[&str]) -> Option<String> {
    let norm = key.to_lowercase().replace(['-', ' '], "_");
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&norm, k), *k))
        .filter(|&(d, k)| d <= 2 && 3 * d <= k.chars().count())
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k.to_string())
}

/// `new` (an edit of `old` as toml_edit writes it: no byte order mark, every line ending in
/// `\n`) laid out as `old` was: its byte order mark kept, and each line ending as in `old`.
/// The lines an edit leaves alone (those before and after the changed part) keep their own
/// endings, so a file with mixed endings keeps them; new lines end as most of `old` does.
pub(crate) fn keep_layout(old: &str, new: &str) -> String {
    let (bom, body) = match old.strip_prefix(BOM) {
        Some(body) => (true, body),
        None => (false, old),
    };
    let old_lines: Vec<(&str, &str)> = body.split_inclusive('\n').map(split_ending).collect();
    let new_lines: Vec<&str> = new
        .split_inclusive('\n')
        .map(|l| split_ending(l).0)
        .collect();
    let same_start = old_lines
        .iter()
        .zip(&new_lines)
        .take_while(|((o, _), n)| o == *n)
        .count();
    let same_end = old_lines[same_start..]
        .iter()
        .rev()
        .zip(new_lines[same_start..].iter().rev())
        .take_while(|((o, _), n)| o == *n)
        .count();
    let crlf = old_lines.iter().filter(|(_, e)| *e == "\r\n").count();
    let usual = if crlf * 2 > old_lines.len() {
        "\r\n"
    } else {
        "\n"
    };
    let mut out = String::with_capacity(new.len() + new_lines.len() + 3);
    if bom {
        out.push(BOM);
    }
    let tail_start = new_lines.len() - same_end;
    for (i, raw) in new.split_inclusive('\n').enumerate() {
        let (line, ending) = split_ending(raw);
        out.push_str(line);
        if ending.is_empty() {
            continue;
        }
        let kept = if i < same_start {
            old_lines.get(i)
        } else if i >= tail_start {
            old_lines.get(old_lines.len() - (new_lines.len() - i))
        } else {
            None
        };
        out.push_str(match kept {
            Some((_, e)) if !e.is_empty() => e,
            _ => usual,
        });
    }
    out
}

/// A line and its ending (`\r\n`, `\n` or none).
fn split_ending(line: &str) -> (&str, &str) {
    if let Some(l) = line.strip_suffix("\r\n") {
        (l, "\r\n")
    } else if let Some(l) = line.strip_suffix('\n') {
        (l, "\n")
    } else {
        (line, "")
    }
}

/// A key as it appears in a key path: bare when it can be, quoted otherwise.
pub(crate) fn key_segment(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        key.to_string()
    } else {
        format!("{key:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn float_literals() {
        assert_eq!(parse_float_literal("0.1"), Some(dec!(0.1)));
        assert_eq!(parse_float_literal("+1_000.25"), Some(dec!(1000.25)));
        assert_eq!(parse_float_literal("-3.5"), Some(dec!(-3.5)));
        assert_eq!(parse_float_literal("5e-2"), Some(dec!(0.05)));
        assert_eq!(parse_float_literal("1.5E+3"), Some(dec!(1500)));
        assert_eq!(parse_float_literal("inf"), None);
        assert_eq!(parse_float_literal("nan"), None);
        assert_eq!(parse_float_literal("1e99999"), None);
        assert_eq!(parse_plain_decimal("12."), None);
        assert_eq!(parse_plain_decimal(".5"), None);
        assert_eq!(parse_plain_decimal("1e3"), None);
    }

    #[test]
    fn lines_and_columns_count_characters() {
        assert_eq!(line_column("ab\n花呗 = x", 10), (2, 4));
        assert_eq!(line_column("", 5), (1, 1));
        assert_eq!(line_column("\u{feff}ab = ", 6), (1, 4));
    }

    #[test]
    fn a_layout_survives_an_edit() {
        // The BOM stays, each untouched line keeps its ending, and the changed line ends as
        // most lines of the file do (CRLF here: 3 of 5).
        let old = "\u{feff}# c\r\nversion = 1\n[budget]\r\ncash = 3\r\n\n";
        let new = "# c\nversion = 1\n[budget]\ncash = 5\n\n";
        assert_eq!(
            keep_layout(old, new),
            "\u{feff}# c\r\nversion = 1\n[budget]\r\ncash = 5\r\n\n"
        );
        // Lines appended at the end take the usual ending; a last line without one stays so.
        let old = "a = 1\nb = 2\r\nc = 3\n";
        let new = "a = 1\nb = 2\nc = 3\nd = 4\ne = 5";
        assert_eq!(keep_layout(old, new), "a = 1\nb = 2\r\nc = 3\nd = 4\ne = 5");
        // Nothing to keep: toml_edit's text as it is.
        assert_eq!(keep_layout("", "a = 1\n"), "a = 1\n");
    }
}
