//! Words for what both shells show, shared by the command line and the app: warnings
//! ([`warning`]), the rescue advice ([`rescue`]), a negotiated plan's what-if ([`what_if`]) and
//! plan errors ([`plan`]), and why a plan's money goes where it goes ([`explain`]). Each takes the language and a `money` function, so the caller decides
//! how an amount is written (in full on the command line, held to a width in the app), and
//! gives plain strings: what a shell draws them with is its own business. Where a line of
//! `check` is a sentence and the app's cell is short, both are side by side in one module.

use std::borrow::Cow;

pub mod explain;
pub mod plan;
pub mod rescue;
pub mod scenario;
pub mod warning;
pub mod what_if;

pub use warning::{charges_late_fee, charges_penalty, costs_so_far, meaning};
pub use what_if::{against_now, broken_words};

/// How a shell may set a line apart; the words are the same either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// What to do now.
    Strong,
    /// Good news: it fits.
    Good,
    /// A hint or a caution.
    Warn,
    /// Bad news: it fails, it does not fit.
    Bad,
}

/// A line in words with its tone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub text: String,
    pub tone: Tone,
}

impl Said {
    pub fn new(text: String, tone: Tone) -> Said {
        Said { text, tone }
    }
}

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
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A character that must not reach a terminal as it is: a control character, or one that
/// shows nothing but can reorder or hide text (zero-width ones, bidirectional controls, line
/// and paragraph separators, the byte order mark).
pub fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_written_out() {
        use super::shown;
        assert_eq!(shown("花呗"), "花呗");
        assert!(matches!(shown("CMB Card"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(
            shown("\u{1b}[2J\u{1b}]0;x\u{7}Card"),
            "\\u{1b}[2J\\u{1b}]0;x\\u{7}Card"
        );
        assert_eq!(shown("a\r\nb\tc"), "a\\r\\nb\\tc");
        assert_eq!(shown("evil\u{202e}gpj.exe"), "evil\\u{202e}gpj.exe");
        assert_eq!(shown("\u{9b}31m"), "\\u{9b}31m");
    }
}
