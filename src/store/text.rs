//! The text of a data file: where a byte offset is (line and column), and how messages quote
//! values and spell keys.

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
    // The parser's words may quote the text: keep them one short line of visible characters.
    let message = match visible(message, 4 * QUOTE_MAX, false) {
        (shown, None) => shown,
        (shown, Some(_)) => format!("{shown}…"),
    };
    // `duplicate key` alone does not say which: the span holds it.
    let message = match e.span().and_then(|s| text.get(s)) {
        Some(key) if message == "duplicate key" && !key.is_empty() => {
            format!(
                "{message} {} (each key and table may appear once)",
                quote(key)
            )
        }
        _ => message,
    };
    diagnostic(file, text, at, None, format!("invalid TOML: {message}"))
}

/// The 1-based line and column (in characters) of byte offset `at`.
pub(crate) fn line_column(text: &str, at: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (i, ch) in text.char_indices() {
        if i >= at {
            break;
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

/// `text` with invisible characters escaped (and quotes and backslashes too when `in_quotes`),
/// cut after `max` characters of the result; when cut, also the length of `text`.
fn visible(text: &str, max: usize, in_quotes: bool) -> (String, Option<usize>) {
    let mut out = String::new();
    let mut shown = 0;
    for (i, ch) in text.chars().enumerate() {
        let escape = ch.is_control() || invisible(ch) || (in_quotes && matches!(ch, '"' | '\\'));
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

/// Characters that show nothing but can reorder or hide text in a terminal: zero-width ones,
/// bidirectional controls, line and paragraph separators, the byte order mark.
fn invisible(ch: char) -> bool {
    matches!(ch, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
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
    }
}
