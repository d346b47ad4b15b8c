//! Words for what both shells show, shared by the command line and the app.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::due::{Bucket, LateHistory, Level, Warning};
use crate::i18n::{Msg, days, sentences, t, tf};
use crate::model::{Data, Debt, Language};
use crate::money::display;

/// Days past due after which a bank classes a debt as non-performing (不良).
const NON_PERFORMING_DAYS: i64 = 90;

/// The months of a negotiated plan the meaning suggests trying (`payoff negotiate --months`).
const NEGOTIATE_MONTHS: u32 = 36;

/// What an `overdue` warning has cost so far, as both shells show it beside the days late:
/// "penalty so far ¥0.84, late fee ¥10.00". Each part only where the debt charges it (a debt
/// without a penalty rate shows no "penalty so far ¥0.00"); `None` when it charges neither.
pub fn costs_so_far(lang: Language, data: &Data, w: &Warning) -> Option<String> {
    let debt = data.debts.get(w.debt)?;
    let money = |m: Option<Decimal>| display(m.unwrap_or_default(), &data.currency);
    let mut parts = Vec::with_capacity(2);
    if charges_penalty(debt) {
        parts.push(tf(lang, Msg::PenaltySoFar, &[&money(w.penalty)]));
    }
    if charges_late_fee(debt) {
        parts.push(tf(lang, Msg::LateFeeSoFar, &[&money(w.late_fee)]));
    }
    (!parts.is_empty()).then(|| parts.join(t(lang, Msg::ListSep)))
}

/// Whether a debt charges an overdue penalty: a daily rate, or a multiple of its own.
pub fn charges_penalty(debt: &Debt) -> bool {
    debt.penalty_daily_rate.is_some() || debt.penalty_rate_multiple.is_some()
}

/// Whether a debt charges a late fee (违约金).
pub fn charges_late_fee(debt: &Debt) -> bool {
    debt.late_fee_percent.is_some() || debt.late_fee_min > Decimal::ZERO
}

/// A warning in plain words (SPEC §7.4): where the person stands and what to do, calmly, in
/// one line. `late` is the debt's late months ([`crate::due::late_history`]).
///
/// - `overdue`: past grace the lender may report it to the credit report (征信), where it stays
///   five years after the debt is settled; a debt with `suspend_days` (Huabei) is suspended
///   after about that many days; from 61 days on, when a bank classes it as non-performing
///   (不良), past 90 days that it does. Then: pay it by the day before it gets worse (the
///   suspension, or the next bucket: M1 ends on day 30, M2 on 60, M3 on 90), or as soon as
///   possible past 90 days, or ask the lender for 协商分期 with `payoff negotiate`'s figures.
/// - `grace`: pay by the end of grace and nothing is charged or reported, or call the lender
///   before then.
/// - Any level: two late months in a row warn that a third makes "连三", three or more are
///   it; 5 late months in the last 24 warn that a sixth makes "累六", 6 or more are it.
///
/// `None` for a `due_soon` or `shortfall` warning of a debt with no late months to speak of.
pub fn meaning(lang: Language, data: &Data, w: &Warning, late: LateHistory) -> Option<String> {
    let debt = data.debts.get(w.debt)?;
    if matches!(w.level, Level::DueSoon | Level::Shortfall) && late_words(lang, late).is_empty() {
        return None;
    }
    let name = shown(&debt.name);
    let amount = display(w.amount, &data.currency);
    let mut parts: Vec<String> = Vec::with_capacity(4);
    match w.level {
        Level::Overdue => {
            let days_late = w.days_overdue.unwrap_or(0);
            parts.push(t(lang, Msg::MeanReported).to_string());
            let on = |n: i64| add(w.due, n).to_string();
            // The next day that makes it worse, and what happens then.
            let mut next: Option<(NaiveDate, String)> = None;
            if let Some(n) = debt.suspend_days.map(i64::from) {
                if days_late <= n {
                    parts.push(tf(lang, Msg::MeanSuspendAhead, &[&days(lang, n), &on(n)]));
                    next = Some((add(w.due, n), t(lang, Msg::MeanBeforeSuspended).into()));
                } else {
                    parts.push(tf(lang, Msg::MeanSuspended, &[&days(lang, n)]));
                }
            }
            if days_late > NON_PERFORMING_DAYS {
                parts.push(t(lang, Msg::MeanNonPerforming).to_string());
            } else if days_late > 60 {
                let from = on(NON_PERFORMING_DAYS + 1);
                parts.push(tf(lang, Msg::MeanNonPerformingAhead, &[&from]));
            }
            let bucket = Bucket::of(days_late);
            let ends = match bucket {
                Bucket::M1 => Some((30, Bucket::M2)),
                Bucket::M2 => Some((60, Bucket::M3)),
                Bucket::M3 => Some((NON_PERFORMING_DAYS, Bucket::M4Plus)),
                Bucket::M4Plus => None,
            };
            if let Some((end, then)) = ends
                && next.as_ref().is_none_or(|(d, _)| add(w.due, end) < *d)
            {
                let reason = tf(lang, Msg::MeanBeforeBucket, &[&then.code()]);
                next = Some((add(w.due, end), reason));
            }
            parts.push(match next {
                Some((by, reason)) => tf(
                    lang,
                    Msg::MeanPayBy,
                    &[&amount, &by, &reason, &name, &NEGOTIATE_MONTHS],
                ),
                None => tf(lang, Msg::MeanPaySoon, &[&amount, &name, &NEGOTIATE_MONTHS]),
            });
        }
        Level::Grace => {
            let by = w.pay_by.unwrap_or(w.due);
            parts.push(tf(lang, Msg::MeanGrace, &[&amount, &by]));
            parts.push(tf(
                lang,
                Msg::MeanGraceNegotiate,
                &[&name, &NEGOTIATE_MONTHS],
            ));
        }
        Level::Shortfall | Level::DueSoon => {}
    }
    parts.extend(late_words(lang, late));
    (!parts.is_empty()).then(|| sentences(lang, &parts))
}

/// What a debt's late months mean to a lender ("连三累六"), a sentence each.
fn late_words(lang: Language, late: LateHistory) -> Vec<String> {
    let mut out = Vec::with_capacity(2);
    match late.in_a_row {
        0 | 1 => {}
        2 => out.push(t(lang, Msg::LateTwoInARow).to_string()),
        n => out.push(tf(lang, Msg::LateInARow, &[&n])),
    }
    match late.in_window {
        ..=4 => {}
        5 => out.push(t(lang, Msg::LateFiveInWindow).to_string()),
        n => out.push(tf(lang, Msg::LateSixInWindow, &[&n])),
    }
    out
}

/// `date + days`, or the last representable date.
fn add(date: NaiveDate, days: i64) -> NaiveDate {
    u64::try_from(days)
        .ok()
        .and_then(|d| date.checked_add_days(chrono::Days::new(d)))
        .unwrap_or(NaiveDate::MAX)
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
    use super::shown;

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
