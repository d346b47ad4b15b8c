//! A warning in words: its level, its detail (a sentence for `check`, short parts for the
//! Dashboard's row), what it has cost, what it means (SPEC §7.4), and `check`'s summary.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::shown;
use crate::due::{Bucket, LateHistory, Level, Term, Warning, WarningKind};
use crate::i18n::{Msg, days, level_msg, sentences, t};
use crate::model::{Data, Debt, Language};
use crate::money::{Money, display};

/// A level's word, as both shells start a warning's line: "! OVERDUE", "• 即将到期".
pub fn level_word(lang: Language, level: Level) -> Cow<'static, str> {
    t(lang, level_msg(level))
}

/// `check`'s detail of a warning, a phrase after its amount: "4 days overdue (M1, short-term),
/// penalty so far ¥0.40", "pay by 2026-11-13 to avoid a penalty and a credit report mark",
/// "¥200.00 short on the day", "due today", "in 3 days".
pub fn detail(lang: Language, data: &Data, w: &Warning, money: &dyn Fn(Money) -> String) -> String {
    match w.kind {
        WarningKind::Overdue {
            days_overdue,
            bucket,
            term,
            ..
        } => {
            let term = match term {
                Term::Short => Msg::TermShort,
                Term::Medium => Msg::TermMedium,
                Term::Long => Msg::TermLong,
            };
            let mut s = t(
                lang,
                Msg::CheckOverdueDetail {
                    days: &days(lang, days_overdue),
                    bucket: bucket.code(),
                    term: &t(lang, term),
                },
            )
            .into_owned();
            // A penalty or a late fee is only worth a word where the debt charges one.
            for cost in costs_so_far(lang, data, w, money) {
                s.push_str(&t(lang, Msg::ListSep));
                s.push_str(&cost);
            }
            s
        }
        WarningKind::Grace { pay_by } => t(lang, Msg::CheckGraceDetail { pay_by }).into_owned(),
        WarningKind::Shortfall { short, .. } => t(
            lang,
            Msg::CheckShortDetail {
                amount: &money(short),
            },
        )
        .into_owned(),
        WarningKind::DueSoon { days: 0 } => t(lang, Msg::CheckDueToday).to_string(),
        WarningKind::DueSoon { days: 1 } => t(lang, Msg::CheckTomorrow).to_string(),
        WarningKind::DueSoon { days: n } => t(
            lang,
            Msg::InDays {
                days: &days(lang, n),
            },
        )
        .into_owned(),
    }
}

/// The Dashboard's detail of a warning, in the parts a narrow row may drop from the end (join
/// them with [`Msg::ListSep`]): days late and bucket, then the penalty and the late fee, each
/// where the debt charges it; or "pay by 11-13", "¥200.00 short", "today", "in 3 days".
pub fn cell_parts(
    lang: Language,
    data: &Data,
    w: &Warning,
    money: &dyn Fn(Money) -> String,
) -> Vec<String> {
    let one = match w.kind {
        WarningKind::Overdue {
            days_overdue,
            bucket,
            ..
        } => {
            let mut parts = vec![
                t(
                    lang,
                    Msg::DaysOverdueDetail {
                        days: &days(lang, days_overdue),
                        bucket: bucket.code(),
                    },
                )
                .into_owned(),
            ];
            parts.extend(costs_so_far(lang, data, w, money));
            return parts;
        }
        WarningKind::Grace { pay_by } => t(
            lang,
            Msg::PayBy {
                day: &pay_by.format("%m-%d").to_string(),
            },
        )
        .into_owned(),
        WarningKind::Shortfall { short, .. } => t(
            lang,
            Msg::ShortDetail {
                amount: &money(short),
            },
        )
        .into_owned(),
        WarningKind::DueSoon { days: 0 } => t(lang, Msg::Today).to_string(),
        WarningKind::DueSoon { days: 1 } => t(lang, Msg::Tomorrow).to_string(),
        WarningKind::DueSoon { days: n } => t(
            lang,
            Msg::InDays {
                days: &days(lang, n),
            },
        )
        .into_owned(),
    };
    vec![one]
}

/// A warning's whole detail as a sentence, then what it means: for the Dashboard, where the
/// row was too narrow to show all of the detail.
pub fn detail_then_meaning(lang: Language, detail: &str, meaning: String) -> String {
    sentences(
        lang,
        &[format!("{detail}{}", t(lang, Msg::CheckEnd)), meaning],
    )
}

/// `check`'s line for a debt's older overdue due dates folded into one: `count` of them,
/// `total` unpaid in all (`None` for none).
pub fn older_overdue(lang: Language, count: usize, name: &str, total: &str) -> Option<String> {
    match count {
        0 => None,
        1 => Some(t(lang, Msg::CheckOlderOverdueOne { debt: name, total }).into_owned()),
        n => Some(
            t(
                lang,
                Msg::CheckOlderOverdue {
                    count: n,
                    debt: name,
                    total,
                },
            )
            .into_owned(),
        ),
    }
}

/// The notification's title: the most urgent level and how many warnings there are.
pub fn summary(lang: Language, warnings: &[Warning]) -> String {
    let worst = warnings
        .iter()
        .map(Warning::level)
        .min()
        .unwrap_or(Level::DueSoon);
    let word = level_word(lang, worst);
    let word = word.trim_start_matches(['!', '•', ' ']);
    t(
        lang,
        Msg::CheckSummary {
            level: word,
            count: warnings.len(),
        },
    )
    .into_owned()
}

/// Days past due after which a bank classes a debt as non-performing (不良).
const NON_PERFORMING_DAYS: i64 = 90;

/// The months of a negotiated plan the meaning suggests trying (`payoff negotiate --months`).
const NEGOTIATE_MONTHS: u32 = 36;

/// What an `overdue` warning has cost so far, as both shells show it beside the days late,
/// joined by [`Msg::ListSep`]: "penalty so far ¥0.84", "late fee ¥10.00". Each part only where
/// the debt charges it (a debt without a penalty rate shows no "penalty so far ¥0.00", nor a
/// due whose penalty base is already counted on an earlier one); none when it charges neither,
/// and none for a warning of another level.
pub fn costs_so_far(
    lang: Language,
    data: &Data,
    w: &Warning,
    money: &dyn Fn(Money) -> String,
) -> Vec<String> {
    let (
        Some(debt),
        WarningKind::Overdue {
            penalty, late_fee, ..
        },
    ) = (data.debts.get(w.debt), w.kind)
    else {
        return Vec::new();
    };
    let mut parts = Vec::with_capacity(2);
    // A later bill of a card whose earlier missed bill already carries the penalty has no base
    // of its own: "penalty so far ¥0.00" there would only puzzle.
    if charges_penalty(debt) && !w.base.is_zero() {
        parts.push(
            t(
                lang,
                Msg::PenaltySoFar {
                    amount: &money(penalty),
                },
            )
            .into_owned(),
        );
    }
    if charges_late_fee(debt) {
        parts.push(
            t(
                lang,
                Msg::LateFeeSoFar {
                    amount: &money(late_fee),
                },
            )
            .into_owned(),
        );
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
    if matches!(w.level(), Level::DueSoon | Level::Shortfall) && late_words(lang, late).is_empty() {
        return None;
    }
    let name = shown(&debt.name);
    let amount = display(w.amount, &data.currency);
    let mut parts: Vec<String> = Vec::with_capacity(4);
    match w.kind {
        WarningKind::Overdue {
            days_overdue: days_late,
            bucket,
            ..
        } => {
            parts.push(t(lang, Msg::MeanReported).to_string());
            let on = |n: i64| add(w.due, n);
            // The next day that makes it worse, and what happens then.
            let mut next: Option<(NaiveDate, String)> = None;
            if let Some(n) = debt.suspend_days.map(i64::from) {
                if days_late <= n {
                    parts.push(
                        t(
                            lang,
                            Msg::MeanSuspendAhead {
                                days: &days(lang, n),
                                on: on(n),
                            },
                        )
                        .into_owned(),
                    );
                    next = Some((add(w.due, n), t(lang, Msg::MeanBeforeSuspended).into()));
                } else {
                    parts.push(
                        t(
                            lang,
                            Msg::MeanSuspended {
                                days: &days(lang, n),
                            },
                        )
                        .into_owned(),
                    );
                }
            }
            if days_late > NON_PERFORMING_DAYS {
                parts.push(t(lang, Msg::MeanNonPerforming).to_string());
            } else if days_late > 60 {
                let from = on(NON_PERFORMING_DAYS + 1);
                parts.push(t(lang, Msg::MeanNonPerformingAhead { from }).into_owned());
            }
            let ends = match bucket {
                Bucket::M1 => Some((30, Bucket::M2)),
                Bucket::M2 => Some((60, Bucket::M3)),
                Bucket::M3 => Some((NON_PERFORMING_DAYS, Bucket::M4Plus)),
                Bucket::M4Plus => None,
            };
            if let Some((end, then)) = ends
                && next.as_ref().is_none_or(|(d, _)| add(w.due, end) < *d)
            {
                let reason = t(
                    lang,
                    Msg::MeanBeforeBucket {
                        bucket: then.code(),
                    },
                )
                .into_owned();
                next = Some((add(w.due, end), reason));
            }
            parts.push(match next {
                Some((by, reason)) => t(
                    lang,
                    Msg::MeanPayBy {
                        amount: &amount,
                        by,
                        reason: &reason,
                        debt: &name,
                        months: NEGOTIATE_MONTHS,
                    },
                )
                .into_owned(),
                None => t(
                    lang,
                    Msg::MeanPaySoon {
                        amount: &amount,
                        debt: &name,
                        months: NEGOTIATE_MONTHS,
                    },
                )
                .into_owned(),
            });
        }
        WarningKind::Grace { pay_by } => {
            parts.push(
                t(
                    lang,
                    Msg::MeanGrace {
                        amount: &amount,
                        pay_by,
                    },
                )
                .into_owned(),
            );
            parts.push(
                t(
                    lang,
                    Msg::MeanGraceNegotiate {
                        debt: &name,
                        months: NEGOTIATE_MONTHS,
                    },
                )
                .into_owned(),
            );
        }
        WarningKind::Shortfall { .. } | WarningKind::DueSoon { .. } => {}
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
        n => out.push(t(lang, Msg::LateInARow { months: n }).into_owned()),
    }
    match late.in_window {
        ..=4 => {}
        5 => out.push(t(lang, Msg::LateFiveInWindow).to_string()),
        n => out.push(t(lang, Msg::LateSixInWindow { months: n }).into_owned()),
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

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;

    use crate::due::warnings;
    use crate::lender::PenaltyBase;
    use crate::money::Rate;

    fn money(m: Money) -> String {
        display(m, "¥")
    }

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
        let w = w.iter().find(|w| w.level() == level).expect("a warning");
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
        assert_eq!(w[0].level(), Level::DueSoon);
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
            costs_so_far(Language::En, &d, &w[0], &money),
            ["penalty so far ¥45.00"]
        );
        d.debts[0].late_fee_min = dec!(10);
        let w = warnings(&d, date("2026-12-10"), 3);
        assert_eq!(
            costs_so_far(Language::Zh, &d, &w[0], &money).join(&t(Language::Zh, Msg::ListSep)),
            "罚息已达 ¥45.00，违约金 ¥10.00"
        );
        d.debts[0].penalty_daily_rate = None;
        d.debts[0].late_fee_min = dec!(0);
        assert!(costs_so_far(Language::En, &d, &w[0], &money).is_empty());
    }

    /// A warning of `kind` on the bank card below, 845.03 unpaid of its 2026-11-22 due.
    fn on_card(kind: WarningKind) -> Warning {
        Warning {
            debt: 0,
            due: date("2026-11-22"),
            amount: dec!(845.03),
            base: dec!(8450.30),
            kind,
        }
    }

    /// A bank card charging a penalty and a late fee.
    fn card() -> Data {
        let mut d = Data::empty(date("2026-11-01"));
        let mut c = Debt::card("CMB", dec!(8450.30), dec!(18), dec!(100), 22);
        c.penalty_daily_rate = Some(Rate::new(dec!(0.05)));
        c.late_fee_min = dec!(10);
        d.debts.push(c);
        d
    }

    const OVERDUE: WarningKind = WarningKind::Overdue {
        days_overdue: 32,
        bucket: Bucket::M2,
        term: Term::Medium,
        penalty: dec!(135.2),
        late_fee: dec!(42.25),
    };

    #[test]
    fn an_overdue_warning_with_its_penalty_and_late_fee_in_both_shells() {
        let (d, w) = (card(), on_card(OVERDUE));
        assert_eq!(
            detail(Language::En, &d, &w, &money),
            "32 days overdue (M2, medium-term), penalty so far ¥135.20, late fee ¥42.25"
        );
        assert_eq!(
            detail(Language::Zh, &d, &w, &money),
            "已逾期 32 天（M2，中期），罚息已达 ¥135.20，违约金 ¥42.25"
        );
        assert_eq!(
            cell_parts(Language::En, &d, &w, &money),
            ["32 days, M2", "penalty so far ¥135.20", "late fee ¥42.25"]
        );
        assert_eq!(
            cell_parts(Language::Zh, &d, &w, &money),
            ["逾期 32 天，M2", "罚息已达 ¥135.20", "违约金 ¥42.25"]
        );
        assert_eq!(level_word(Language::En, w.level()), "! OVERDUE");
    }

    #[test]
    fn grace_shortfall_and_due_soon_in_both_shells() {
        let d = card();
        let grace = on_card(WarningKind::Grace {
            pay_by: date("2026-11-25"),
        });
        assert_eq!(
            detail(Language::En, &d, &grace, &money),
            "pay by 2026-11-25 to avoid a penalty and a credit report mark"
        );
        assert_eq!(
            detail(Language::Zh, &d, &grace, &money),
            "请在 2026-11-25 前还清，以免罚息和征信记录"
        );
        assert_eq!(
            cell_parts(Language::En, &d, &grace, &money),
            ["pay by 11-25"]
        );
        assert_eq!(
            cell_parts(Language::Zh, &d, &grace, &money),
            ["请在 11-25 前还清"]
        );
        // No cost but for an overdue warning.
        assert!(costs_so_far(Language::En, &d, &grace, &money).is_empty());
        let short = on_card(WarningKind::Shortfall {
            days: 9,
            short: dec!(1200),
        });
        assert_eq!(
            detail(Language::En, &d, &short, &money),
            "¥1,200.00 short on the day"
        );
        assert_eq!(
            detail(Language::Zh, &d, &short, &money),
            "当天还差 ¥1,200.00"
        );
        assert_eq!(
            cell_parts(Language::En, &d, &short, &money),
            ["¥1,200.00 short"]
        );
        assert_eq!(
            cell_parts(Language::Zh, &d, &short, &money),
            ["差 ¥1,200.00"]
        );
        let soon = |days| on_card(WarningKind::DueSoon { days });
        let cases = [
            (0, "due today", "今天到期", "today", "今天"),
            (1, "tomorrow", "明天到期", "tomorrow", "明天"),
            (3, "in 3 days", "还有 3 天", "in 3 days", "还有 3 天"),
        ];
        for (days, en, zh, en_cell, zh_cell) in cases {
            let w = soon(days);
            assert_eq!(detail(Language::En, &d, &w, &money), en);
            assert_eq!(detail(Language::Zh, &d, &w, &money), zh);
            assert_eq!(cell_parts(Language::En, &d, &w, &money), [en_cell]);
            assert_eq!(cell_parts(Language::Zh, &d, &w, &money), [zh_cell]);
        }
    }

    #[test]
    fn a_cut_detail_comes_whole_before_the_meaning() {
        let en = detail_then_meaning(Language::En, "32 days, M2, late fee ¥42.25", "Pay.".into());
        assert_eq!(en, "32 days, M2, late fee ¥42.25. Pay.");
        let zh = detail_then_meaning(Language::Zh, "逾期 32 天，M2", "请还款。".into());
        assert_eq!(zh, "逾期 32 天，M2。请还款。");
    }

    #[test]
    fn the_summary_names_the_worst_level_and_the_count() {
        let ws = [on_card(WarningKind::DueSoon { days: 2 }), on_card(OVERDUE)];
        assert_eq!(summary(Language::En, &ws), "payoff: OVERDUE (2 to look at)");
        assert_eq!(summary(Language::Zh, &ws), "payoff：已逾期（共 2 项）");
        assert_eq!(
            older_overdue(Language::En, 2, "CMB", "¥1,690.06").as_deref(),
            Some("... and 2 older overdue due dates of CMB, ¥1,690.06 in all")
        );
        assert_eq!(
            older_overdue(Language::Zh, 1, "CMB", "¥845.03").as_deref(),
            Some("另有 CMB 更早逾期的 1 期，¥845.03")
        );
        assert_eq!(older_overdue(Language::En, 0, "CMB", "¥0.00"), None);
    }
}
