//! The text of a data file: where a byte offset is (line and column), and how messages quote
//! values and spell keys.

use super::Diagnostic;
use super::problem::{Found, Problem};
use crate::present::hidden;

/// A diagnostic at byte offset `at` of `text`.
pub(crate) fn diagnostic(
    file: &str,
    text: &str,
    at: usize,
    key: Option<String>,
    problem: Problem,
) -> Diagnostic {
    let (line, column) = line_column(text, at);
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        key,
        problem: Box::new(problem),
    }
}

/// A TOML syntax error: `payoff.toml:3:7: invalid TOML: <the parser's message>`.
pub(crate) fn syntax_error(file: &str, text: &str, e: &toml_edit::TomlError) -> Diagnostic {
    let at = e.span().map_or(0, |s| s.start);
    let message = e.message().lines().next().unwrap_or("").trim();
    // The parser's words may quote the text: keep them one short line of visible characters.
    let message = match visible(message, 4 * QUOTE_MAX, false) {
        (shown, None) => shown,
        (shown, Some(_)) => format!("{shown}…"),
    };
    // `duplicate key` alone does not say which: the span holds it.
    let problem = match e.span().and_then(|s| text.get(s)) {
        Some(key) if message == "duplicate key" && !key.is_empty() => {
            Problem::DuplicateKey(quote(key))
        }
        _ => Problem::Syntax(message),
    };
    diagnostic(file, text, at, None, problem)
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

/// How many characters of a value a message quotes at most.
const QUOTE_MAX: usize = 60;

/// A value as a message quotes it: in double quotes, control characters and other invisible
/// ones escaped (`\u{1b}`: messages go to terminals and cron mail), and cut after about 60
/// characters with `…` and the full length: `"aaaa…" (100000 characters)`. CJK text is kept
/// as it is, cut between characters.
pub fn quote(value: &str) -> String {
    match visible(value, QUOTE_MAX, true) {
        (shown, None) => format!("\"{shown}\""),
        (shown, Some(total)) => format!("\"{shown}…\" ({total} characters)"),
    }
}

/// A value as a message shows it: as [`quote`] does, without the quotes.
pub(crate) fn found_value(value: &str) -> Found {
    match visible(value, QUOTE_MAX, true) {
        (shown, None) => Found::Value(shown),
        (shown, Some(length)) => Found::Cut { shown, length },
    }
}

/// `text` with invisible characters escaped (and quotes and backslashes too when `in_quotes`),
/// cut after `max` characters of the result; when cut, also the length of `text`.
fn visible(text: &str, max: usize, in_quotes: bool) -> (String, Option<usize>) {
    let mut out = String::new();
    let mut shown = 0;
    for (i, ch) in text.chars().enumerate() {
        let escape = hidden(ch) || (in_quotes && matches!(ch, '"' | '\\'));
        let escaped = if escape {
            ch.escape_debug().to_string()
        } else {
            ch.to_string()
        };
        let width = escaped.chars().count();
        if shown + width > max {
            return (out, Some(i + text.chars().skip(i).count()));
        }
        shown += width;
        out.push_str(&escaped);
    }
    (out, None)
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
    if bare && key.len() <= QUOTE_MAX {
        key.to_string()
    } else {
        quote(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_short_and_escaped() {
        assert_eq!(quote("Huabei"), "\"Huabei\"");
        assert_eq!(quote("a\u{1b}[2J\"\\"), "\"a\\u{1b}[2J\\\"\\\\\"");
        assert_eq!(quote("\u{9b}\u{202e}x"), "\"\\u{9b}\\u{202e}x\"");
        assert_eq!(quote("tab\there"), "\"tab\\there\"");
        let long = "9".repeat(100_000);
        assert_eq!(
            quote(&long),
            format!("\"{}…\" (100000 characters)", "9".repeat(60))
        );
        let cjk = "花呗".repeat(40);
        assert_eq!(
            quote(&cjk),
            format!("\"{}…\" (80 characters)", "花呗".repeat(30))
        );
        assert_eq!(quote(&"x".repeat(60)), format!("\"{}\"", "x".repeat(60)));
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
