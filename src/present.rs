//! Words for what both shells show, shared by the command line and the app.

use std::borrow::Cow;

use crate::i18n::{Msg, t, tf};
use crate::model::Language;
use crate::money::{Money, percent2};
use crate::negotiation::Broken;

/// What a negotiated plan saves the household against the plan as the file stands, interest
/// and fees counted ([`crate::negotiation::WhatIf::saved`]), in words to follow a line:
/// ": ¥20.01 less than now", ": ¥5.00 more than now", ": the same as now".
pub fn against_now(lang: Language, saved: Money, money: impl Fn(Money) -> String) -> String {
    match saved.cmp(&Money::ZERO) {
        std::cmp::Ordering::Greater => tf(lang, Msg::NegSaved, &[&money(saved)]),
        std::cmp::Ordering::Less => tf(lang, Msg::NegDearer, &[&money(-saved)]),
        std::cmp::Ordering::Equal => t(lang, Msg::NegSame).to_string(),
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

/// What breaking a negotiated plan leaves, in words: "after 12 paid: ¥6,760.22 left, interest
/// 18.25 %: ¥102.81/mo".
pub fn broken_words(lang: Language, b: &Broken, money: impl Fn(Money) -> String) -> String {
    tf(
        lang,
        Msg::NegBrokenValue,
        &[
            &b.after,
            &money(b.left),
            &money(b.monthly_interest),
            &percent2(b.apr.percent()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn a_saving_against_now_in_words() {
        let money = |m: Money| crate::money::display(m, "¥");
        let en = |m| against_now(Language::En, m, money);
        assert_eq!(en(dec!(20.01)), ": ¥20.01 less than now");
        assert_eq!(en(dec!(-5)), ": ¥5.00 more than now");
        assert_eq!(en(dec!(0)), ": the same as now");
        assert_eq!(
            against_now(Language::Zh, dec!(20.01), money),
            "：比现状少 ¥20.01"
        );
    }

    #[test]
    fn a_broken_plan_in_words() {
        let money = |m: Money| crate::money::display(m, "¥");
        let b = Broken {
            after: 12,
            left: dec!(6760.22),
            monthly_interest: dec!(102.81),
            apr: crate::money::Rate::new(dec!(18.25)),
        };
        assert_eq!(
            broken_words(Language::En, &b, money),
            "after 12 paid: ¥6,760.22 left, interest 18.25 %: ¥102.81/mo"
        );
        assert_eq!(
            broken_words(Language::Zh, &b, money),
            "还 12 期后：剩 ¥6,760.22，按 18.25 % 计息每月 ¥102.81"
        );
    }

    #[test]
    fn control_characters_are_written_out() {
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
