//! Words for what both shells show, shared by the command line and the app.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::due::{Bucket, LateHistory, Level, Warning};
use crate::i18n::{Msg, days, sentences, t, tf};
use crate::model::{Data, Debt, Language};
use crate::money::{Money, display, percent2};
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

/// Days past due after which a bank classes a debt as non-performing (不良).
const NON_PERFORMING_DAYS: i64 = 90;

/// The months of a negotiated plan the meaning suggests trying (`payoff negotiate --months`).
const NEGOTIATE_MONTHS: u32 = 36;

/// What an `overdue` warning has cost so far, as both shells show it beside the days late,
/// joined by [`Msg::ListSep`]: "penalty so far ¥0.84", "late fee ¥10.00". Each part only where
/// the debt charges it (a debt without a penalty rate shows no "penalty so far ¥0.00", nor a
/// due whose penalty base is already counted on an earlier one); none when it charges neither.
pub fn costs_so_far(lang: Language, data: &Data, w: &Warning) -> Vec<String> {
    let Some(debt) = data.debts.get(w.debt) else {
        return Vec::new();
    };
    let money = |m: Option<Decimal>| display(m.unwrap_or_default(), &data.currency);
    let mut parts = Vec::with_capacity(2);
    // A later bill of a card whose earlier missed bill already carries the penalty has no base
    // of its own: "penalty so far ¥0.00" there would only puzzle.
    if charges_penalty(debt) && !w.base.is_zero() {
        parts.push(tf(lang, Msg::PenaltySoFar, &[&money(w.penalty)]));
    }
    if charges_late_fee(debt) {
        parts.push(tf(lang, Msg::LateFeeSoFar, &[&money(w.late_fee)]));
    }
    parts
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
    use rust_decimal::dec;

    use super::*;

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

    use crate::due::warnings;
    use crate::lender::PenaltyBase;
    use crate::money::Rate;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    /// Huabei as its product fills it (suspended after 7 days), 3,000.10 from 2026-11-01.
    fn huabei() -> Data {
        let mut d = Data::empty(date("2026-11-01"));
        let mut h = Debt::card("花呗", dec!(3000.10), dec!(18.25), dec!(0), 10);
        h.minimum_percent = Some(Rate::new(dec!(10)));
        h.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        h.penalty_base = PenaltyBase::Bill;
        h.suspend_days = Some(7);
        d.debts.push(h);
        d
    }

    /// The meaning of the first warning of `level` on `today`.
    fn said(d: &Data, today: &str, level: Level, lang: Language, late: LateHistory) -> String {
        let w = warnings(d, date(today), 3);
        let w = w.iter().find(|w| w.level == level).expect("a warning");
        meaning(lang, d, w, late).expect("a meaning")
    }

    const NONE: LateHistory = LateHistory {
        in_a_row: 0,
        in_window: 0,
    };

    #[test]
    fn huabei_30_days_overdue_in_both_languages() {
        let d = huabei();
        assert_eq!(
            said(&d, "2026-12-10", Level::Overdue, Language::En, NONE),
            "Past grace, the lender may report it to the credit report (征信), where it stays \
             five years after the debt is settled. Accounts like this are suspended after about \
             7 days overdue, so it may be now. Pay ¥300.01 by 2026-12-10, before it turns M2, or \
             call the lender and ask for 协商分期: `payoff negotiate \"花呗\" --months 36` gives \
             the figures."
        );
        assert_eq!(
            said(&d, "2026-12-10", Level::Overdue, Language::Zh, NONE),
            "已过宽限期，机构可能将其报送征信，记录在欠款结清后保留五年。逾期约 7 天后账户通常会被\
             暂停使用，现在可能已暂停。请在 2026-12-10 前还 ¥300.01，以免转为 M2；或致电机构申请协商\
             分期，`payoff negotiate \"花呗\" --months 36` 可算出方案。"
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
    fn pay_by_the_day_before_it_gets_worse() {
        let d = huabei();
        // 5 days late: the suspension on day 7 (11-17) comes before M2.
        let s = said(&d, "2026-11-15", Level::Overdue, Language::En, NONE);
        assert!(
            s.contains("The account is suspended after about 7 days overdue (2026-11-17)."),
            "{s}"
        );
        assert!(
            s.contains("Pay ¥300.01 by 2026-11-17, before the account is suspended,"),
            "{s}"
        );
        // 70 days (M3): non-performing from day 91 (2027-02-09); pay by day 90 (02-08).
        let s = said(&d, "2027-01-19", Level::Overdue, Language::En, NONE);
        assert!(
            s.contains(
                "From 2027-02-09, over 90 days overdue, a bank classes the debt as \
                 non-performing (不良)."
            ),
            "{s}"
        );
        assert!(s.contains("by 2027-02-08, before it turns M4+"), "{s}");
        // 100 days: it is; pay as soon as possible.
        let s = said(&d, "2027-02-18", Level::Overdue, Language::Zh, NONE);
        assert!(s.contains("逾期已超过 90 天，银行会将其列为不良。"), "{s}");
        assert!(s.contains("请尽快还 ¥300.01；"), "{s}");
        // Without suspend_days, M1's last day (day 30) is the date.
        let mut plain = huabei();
        plain.debts[0].suspend_days = None;
        let s = said(&plain, "2026-11-15", Level::Overdue, Language::En, NONE);
        assert!(!s.contains("suspended"), "{s}");
        assert!(
            s.contains("Pay ¥300.01 by 2026-12-10, before it turns M2,"),
            "{s}"
        );
    }

    #[test]
    fn within_grace_pay_by_its_end_or_call_before_then() {
        let mut d = huabei();
        d.debts[0].grace_days = 3;
        assert_eq!(
            said(&d, "2026-11-12", Level::Grace, Language::En, NONE),
            "Within grace: pay ¥300.01 by 2026-11-13 and nothing is charged or reported; past \
             that day the lender may report it to the credit report (征信), where it stays five \
             years after the debt is settled. Or call the lender before then and ask for \
             协商分期: `payoff negotiate \"花呗\" --months 36` gives the figures."
        );
    }

    #[test]
    fn late_months_say_what_lenders_screen_for() {
        let mut d = huabei();
        d.budget.cash = dec!(100000);
        let two = LateHistory {
            in_a_row: 2,
            in_window: 2,
        };
        // A due soon says nothing without late months, and warns of 连三 after two.
        let w = warnings(&d, date("2026-11-08"), 3);
        assert_eq!(w[0].level, Level::DueSoon);
        assert_eq!(meaning(Language::En, &d, &w[0], NONE), None);
        assert_eq!(
            meaning(Language::En, &d, &w[0], two).as_deref(),
            Some(
                "The last two due dates were late: a third in a row makes 连三 (three late \
                 months running), which lenders screen for."
            )
        );
        assert_eq!(
            meaning(Language::Zh, &d, &w[0], two).as_deref(),
            Some(
                "最近两期都逾期了：再逾期一期就构成连三（连续三个月逾期），机构审批时会看这一点。"
            )
        );
        // Three in a row and six in two years: both, after the standing.
        let late = LateHistory {
            in_a_row: 3,
            in_window: 6,
        };
        let s = said(&d, "2026-12-10", Level::Overdue, Language::En, late);
        assert!(
            s.ends_with(
                "gives the figures. 3 late months in a row: that is 连三, which lenders screen \
                 for; each month paid on time from now on helps. 6 late months in the last 24: \
                 that is 累六 (six in two years), which lenders screen for."
            ),
            "{s}"
        );
        let five = LateHistory {
            in_a_row: 1,
            in_window: 5,
        };
        assert_eq!(
            meaning(Language::Zh, &d, &w[0], five).as_deref(),
            Some(
                "近 24 个月已逾期 5 次：再有一次就构成累六（两年内累计六次），机构审批时会看这一点。"
            )
        );
    }

    #[test]
    fn costs_show_only_what_the_debt_charges() {
        let mut d = huabei();
        let w = warnings(&d, date("2026-12-10"), 3);
        assert_eq!(
            costs_so_far(Language::En, &d, &w[0]),
            ["penalty so far ¥45.00"]
        );
        d.debts[0].late_fee_min = dec!(10);
        let w = warnings(&d, date("2026-12-10"), 3);
        assert_eq!(
            costs_so_far(Language::Zh, &d, &w[0]).join(t(Language::Zh, Msg::ListSep)),
            "罚息已达 ¥45.00，违约金 ¥10.00"
        );
        d.debts[0].penalty_daily_rate = None;
        d.debts[0].late_fee_min = dec!(0);
        assert!(costs_so_far(Language::En, &d, &w[0]).is_empty());
    }

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
