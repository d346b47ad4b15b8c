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
    }
}
