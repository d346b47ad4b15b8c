//! Words for what both shells show, shared by the command line and the app.

use std::borrow::Cow;

/// Text from the file (a debt's name, the currency symbol) as it may be shown on a terminal or
/// in a cron mail: control characters (an escape sequence, a bell, a carriage return) and the
/// invisible marks that reorder text (bidirectional overrides) are written as `\u{1b}`, so the
/// file can never drive the reader's terminal. Everything else, CJK included, is kept.
pub fn shown(text: &str) -> Cow<'_, str> {
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A character that must not reach a terminal as it is.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn control_characters_are_written_out() {
        assert_eq!(shown("花呗"), "花呗");
        assert!(matches!(shown("CMB Card"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(
            shown("\u{1b}[2J\u{1b}]0;x\u{7}Card"),
            "\\u{1b}[2J\\u{1b}]0;x\\u{7}Card"
        );
        assert_eq!(shown("a\r\nb\tc"), "a\\u{d}\\u{a}b\\u{9}c");
        assert_eq!(shown("evil\u{202e}gpj.exe"), "evil\\u{202e}gpj.exe");
        assert_eq!(shown("\u{9b}31m"), "\\u{9b}31m");
    }
}
