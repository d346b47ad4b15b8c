//! The catalog's tests: both languages, every argument, Chinese typography.

use super::catalog::{pair, samples};
use super::*;
use Msg::*;
use chrono::NaiveDate;

#[test]
fn placeholders_are_filled_in_order() {
    assert_eq!(
        t(
            Language::En,
            Msg::Saves {
                amount: "¥10.00",
                months: 3
            }
        ),
        "saves ¥10.00 and 3 months"
    );
    assert_eq!(
        t(
            Language::Zh,
            Msg::Saves {
                amount: "¥10.00",
                months: 3
            }
        ),
        "省 ¥10.00，快 3 个月"
    );
}

#[test]
fn problems_in_both_languages() {
    let value = |s: &str| Found::Value(s.to_string());
    let cases = [
        (
            Problem::Wrong {
                expected: Expected::Rate,
                found: value("-3"),
            },
            "expected a rate >= 0, found \"-3\"",
            "应为不小于 0 的利率，实为 \"-3\"",
        ),
        (
            Problem::Missing(Expected::NeededBy(
                Box::new(Expected::Months(600)),
                Need::Loan,
            )),
            "missing key, expected a number of months 1-600 (a loan needs it)",
            "缺少此项，应为月数（1 到 600）（贷款必须填写）",
        ),
        (
            Problem::Wrong {
                expected: Expected::OneOf(vec!["card", "loan"]),
                found: Found::Cut {
                    shown: "卡卡".to_string(),
                    length: 100,
                },
            },
            "expected \"card\" or \"loan\", found \"卡卡…\" (100 characters)",
            "应为 \"card\" 或 \"loan\"，实为 \"卡卡…\"（共 100 个字符）",
        ),
        (
            Problem::Wrong {
                expected: Expected::Day.unquoted(),
                found: Found::Table,
            },
            "expected a day of the month 1-31 without quotes, found a table",
            "应为每月的第几天（1 到 31），不加引号，实为表",
        ),
        (
            Problem::Wrong {
                expected: Expected::DebtNameOf {
                    names: vec!["A".to_string(), "白条".to_string()],
                    more: 2,
                },
                found: value("B"),
            },
            "expected the name of a debt (\"A\", \"白条\", and 2 more), found \"B\"",
            "应为一笔债务的名称（\"A\"、\"白条\"，另有 2 笔），实为 \"B\"",
        ),
        (
            Problem::DuplicateKey("\"apr\"".to_string()),
            "invalid TOML: duplicate key \"apr\" (each key and table may appear once)",
            "TOML 格式有误：重复的键 \"apr\"（每个键和表只能出现一次）",
        ),
        (
            Problem::Version {
                found: Found::Number(3),
                quoted: false,
            },
            "this payoff reads version 1 files, found 3",
            "此版本只读取 version 1 的文件，实为 3",
        ),
    ];
    for (p, en, zh) in cases {
        assert_eq!(problem(Language::En, &p), en);
        assert_eq!(problem(Language::Zh, &p), zh);
    }
}

#[test]
fn chinese_joins_tightly_and_latin_with_a_space() {
    assert_eq!(spaced("白条", "的方案"), "白条的方案");
    assert_eq!(spaced("JD Baitiao", "的方案"), "JD Baitiao 的方案");
    assert_eq!(spaced("欠款", "（到期）"), "欠款（到期）");
    assert_eq!(spaced("应为", "\"card\""), "应为 \"card\"");
    assert_eq!(spaced("¥23,652.21", "（4 笔）"), "¥23,652.21（4 笔）");
    assert_eq!(join(Language::En, "¥5.00", "(2 debts)"), "¥5.00 (2 debts)");
    assert_eq!(
        paren(Language::Zh, "2027-05", "雪崩法"),
        "2027-05（雪崩法）"
    );
    assert_eq!(
        paren(Language::En, "2027-05", "avalanche"),
        "2027-05 (avalanche)"
    );
}

/// The string literals of Rust source, as written (escapes kept).
fn literals(source: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut escaped = false;
    for (i, c) in source.char_indices() {
        match (start, c) {
            (None, '"') => start = Some(i + 1),
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(s), '"') => {
                out.push(&source[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn chinese_text_has_full_width_punctuation() {
    // Every Chinese string literal of the catalog and the helpers above their tests (message
    // bodies and the helpers' words alike).
    let sources = [include_str!("catalog.rs"), include_str!("mod.rs")];
    let bad: Vec<&str> = sources
        .iter()
        .flat_map(|s| literals(s.split("#[cfg(test)]").next().unwrap_or(s)))
        .filter(|l| ascii_in_chinese(l))
        .collect();
    assert_eq!(bad, Vec::<&str>::new());
    // The check itself finds what it is for.
    assert_eq!(literals(r#"("a", "b \"c\"")"#), ["a", r#"b \"c\""#]);
    for wrong in [
        "还清时间 (雪崩法)",
        "先还：招行, 花呗",
        "欠款 （2 笔）",
        "成本:",
    ] {
        assert!(ascii_in_chinese(wrong), "{wrong}");
    }
    for right in [
        "flat fee (分期手续费)",
        "还清时间（雪崩法）",
        "  （上次）",
        "试算 `payoff negotiate \"{}\" --months 36`。",
    ] {
        assert!(!ascii_in_chinese(right), "{right}");
    }
}

/// Whether `literal` is Chinese text with ASCII `(`, `)`, `,`, `:` or `;` beside a Han
/// character, or a space between text and a full-width bracket. Code in backticks is not
/// text; English that glosses a Chinese term (`(征信)`) is English.
fn ascii_in_chinese(literal: &str) -> bool {
    let text: String = literal.split('`').step_by(2).collect();
    let hans = text.chars().filter(|&c| han(c)).count();
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    if hans == 0 || letters >= hans {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let near = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|&n| han(n));
    chars.iter().enumerate().any(|(i, &c)| {
        let ascii = matches!(c, '(' | ')' | ',' | ':' | ';');
        let indent = chars[..i].iter().all(|&p| p == ' ');
        let spaced_bracket = c == ' ' && chars.get(i + 1) == Some(&'（') && !indent;
        (ascii && (near(i.checked_sub(1)) || near(Some(i + 1)))) || spaced_bracket
    })
}

#[test]
fn filled_chinese_loses_the_spaces_chinese_has_none_of() {
    // A Chinese name glues to Chinese text; a Latin one keeps its space; a name's own
    // spaces stay.
    assert_eq!(
        t(Language::Zh, Msg::CliNegHead { debt: "白条" }),
        "白条的协商分期方案"
    );
    assert_eq!(
        t(Language::Zh, Msg::CliNegHead { debt: "JD Baitiao" }),
        "JD Baitiao 的协商分期方案"
    );
    assert_eq!(
        t(
            Language::Zh,
            Msg::CliNegHead {
                debt: "招行 信用卡"
            }
        ),
        "招行 信用卡的协商分期方案"
    );
    assert_eq!(
        t(Language::En, Msg::CliNegHead { debt: "白条" }),
        "Negotiated plan for 白条"
    );
}

#[test]
fn one_month_is_singular() {
    assert_eq!(months(Language::En, 1), "1 month");
    assert_eq!(months(Language::En, 13), "13 months");
    assert_eq!(months(Language::Zh, 13), "13 个月");
}

#[test]
fn one_day_is_singular() {
    assert_eq!(days(Language::En, 1), "1 day");
    assert_eq!(days(Language::En, 0), "0 days");
    assert_eq!(days(Language::En, 9), "9 days");
    assert_eq!(days(Language::Zh, 1), "1 天");
    assert_eq!(
        t(
            Language::En,
            Msg::CheckOverdueDetail {
                days: &days(Language::En, 1),
                bucket: "M1",
                term: "short-term"
            }
        ),
        "1 day overdue (M1, short-term)"
    );
    assert_eq!(
        t(
            Language::Zh,
            Msg::StatusInDays {
                days: &days(Language::Zh, 17)
            }
        ),
        "• 17 天后"
    );
}

#[test]
fn positional_placeholders_reorder() {
    assert_eq!(
        t(
            Language::Zh,
            Msg::IcsDescription {
                amount: "¥1.00",
                debt: "Visa",
                date: NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
            }
        ),
        "请在 2026-12-01 前向 Visa 还款 ¥1.00（payoff）。"
    );
}

#[test]
fn every_argument_shows_once_in_both_languages() {
    // A template that drops a placeholder, or repeats one in place of another, loses an
    // argument or shows one twice.
    for m in samples() {
        let args: Vec<String> = m.args().iter().map(ToString::to_string).collect();
        assert!(!args.is_empty(), "{m:?}");
        let (en, zh) = pair(m);
        assert!(!en.is_empty() && !zh.is_empty(), "{m:?}");
        for lang in [Language::En, Language::Zh] {
            let text = t(lang, m);
            for a in &args {
                let wanted = args.iter().filter(|b| *b == a).count();
                assert_eq!(
                    text.matches(a.as_str()).count(),
                    wanted,
                    "{m:?} {lang:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn every_message_with_arguments_has_a_sample() {
    let mut seen = [false; WITH_ARGUMENTS];
    for m in samples() {
        let i = with_arguments(&m).unwrap_or_else(|| panic!("{m:?} takes no arguments"));
        assert!(!seen[i], "{m:?} twice");
        seen[i] = true;
    }
    assert_eq!(seen.iter().filter(|s| !**s).count(), 0);
    assert_eq!(with_arguments(&Dashboard), None);
}

/// Which message with arguments `m` is, as an index into the list of them; `None` for one
/// without. Exhaustive, so a new message does not compile until it is listed here, and then
/// the test below asks for its sample.
fn with_arguments(m: &Msg) -> Option<usize> {
    match m {
        SavedAt { .. } => Some(0),
        NotSaved { .. } => Some(1),
        FileErrorBody { .. } => Some(2),
        SavedAfterReload { .. } => Some(3),
        HeldNotSaved { .. } => Some(4),
        HeldGone { .. } => Some(5),
        WarnPayBeforeAsOf { .. } => Some(6),
        WarnPayDuplicate { .. } => Some(7),
        WhatIfKept { .. } => Some(8),
        Adopted { .. } => Some(9),
        PlanRemoved { .. } => Some(10),
        PaymentRecorded { .. } => Some(11),
        DebtCount { .. } => Some(12),
        ThisMonthValue { .. } => Some(13),
        DaysOverdueDetail { .. } => Some(14),
        PenaltySoFar { .. } => Some(15),
        LateFeeSoFar { .. } => Some(16),
        PayBy { .. } => Some(17),
        ShortDetail { .. } => Some(18),
        InDays { .. } => Some(19),
        PayFirst { .. } => Some(20),
        MissingAll { .. } => Some(21),
        NoBudget { .. } => Some(22),
        BudgetBelow { .. } => Some(23),
        AskNegotiate { .. } => Some(24),
        DashBudgetShort { .. } => Some(25),
        PlanFails { .. } => Some(26),
        StatusInDays { .. } => Some(27),
        StatusOverdue { .. } => Some(28),
        StatusGrace { .. } => Some(29),
        StatusShort { .. } => Some(30),
        SelectedLine { .. } => Some(31),
        GraceDays { .. } => Some(32),
        PenaltyPerDay { .. } => Some(33),
        NegotiatedSome { .. } => Some(34),
        ConfirmDeleteDebt { .. } => Some(35),
        ConfirmDeleteFlow { .. } => Some(36),
        FormEditDebt { .. } => Some(37),
        FormEditIncome { .. } => Some(38),
        FormEditExpense { .. } => Some(39),
        FormPay { .. } => Some(40),
        FormReconcile { .. } => Some(41),
        ReconcileUnpaid { .. } => Some(42),
        Reconciled { .. } => Some(43),
        FormAddProduct { .. } => Some(44),
        FormAddProductOnly { .. } => Some(45),
        FormEditProduct { .. } => Some(46),
        FromProduct { .. } => Some(47),
        ProductNote { .. } => Some(48),
        SelectedProduct { .. } => Some(49),
        CycleDays { .. } => Some(50),
        DueDayOnly { .. } => Some(51),
        ToleranceOf { .. } => Some(52),
        PenaltyTimes { .. } => Some(53),
        LateFeeRule { .. } => Some(54),
        SuspendAfter { .. } => Some(55),
        CashLine { .. } => Some(56),
        CashProjected { .. } => Some(57),
        ForDebtsSet { .. } => Some(58),
        ForDebtsDerived { .. } => Some(59),
        MonthDues { .. } => Some(60),
        BudgetForDebts { .. } => Some(61),
        WhatIfDelta { .. } => Some(62),
        Saves { .. } => Some(63),
        CostsMore { .. } => Some(64),
        ScheduleMonth { .. } => Some(65),
        NegInstallmentValue { .. } => Some(66),
        NegLast { .. } => Some(67),
        NegFirst { .. } => Some(68),
        NegTotalValue { .. } => Some(69),
        NegAgainstValue { .. } => Some(70),
        NegFitsYes { .. } => Some(71),
        NegFitsNo { .. } => Some(72),
        NegWithValue { .. } => Some(73),
        NegSaved { .. } => Some(74),
        NegDearer { .. } => Some(75),
        NegBrokenValue { .. } => Some(76),
        FirstNegative { .. } => Some(77),
        ConflictBody { .. } => Some(78),
        FirstStartBody { .. } => Some(79),
        CheckOverdueDetail { .. } => Some(80),
        CheckGraceDetail { .. } => Some(81),
        CheckShortDetail { .. } => Some(82),
        CheckPayFirst { .. } => Some(83),
        DueNow { .. } => Some(84),
        CheckNoCash { .. } => Some(85),
        CheckStillMissing { .. } => Some(86),
        CheckStepBy { .. } => Some(87),
        CheckStep { .. } => Some(88),
        CheckNegotiate { .. } => Some(89),
        CheckOlderOverdue { .. } => Some(90),
        CheckOlderOverdueOne { .. } => Some(91),
        CheckMoreStep { .. } => Some(92),
        CheckMoreSteps { .. } => Some(93),
        CheckSummary { .. } => Some(94),
        MeanSuspendAhead { .. } => Some(95),
        MeanSuspended { .. } => Some(96),
        MeanNonPerformingAhead { .. } => Some(97),
        MeanBeforeBucket { .. } => Some(98),
        MeanPayBy { .. } => Some(99),
        MeanPaySoon { .. } => Some(100),
        MeanGrace { .. } => Some(101),
        MeanGraceNegotiate { .. } => Some(102),
        LateInARow { .. } => Some(103),
        LateSixInWindow { .. } => Some(104),
        CliPlanHead { .. } => Some(105),
        CliPlanSummary { .. } => Some(106),
        CliCostsMore { .. } => Some(107),
        CliInstHead { .. } => Some(108),
        CliInstPayment { .. } => Some(109),
        CliInstFalling { .. } => Some(110),
        CliInstInterest { .. } => Some(111),
        CliInstTrueApr { .. } => Some(112),
        CliInstQuoted { .. } => Some(113),
        CliInstQuotedTotal { .. } => Some(114),
        CliAgainstRevolving { .. } => Some(115),
        CliAgainstNever { .. } => Some(116),
        CliAgainstFee { .. } => Some(117),
        CliAgainstInterest { .. } => Some(118),
        CliAgainstCheaper { .. } => Some(119),
        CliAgainstDearer { .. } => Some(120),
        CliNegHead { .. } => Some(121),
        CliNegCost { .. } => Some(122),
        CliNegNow { .. } => Some(123),
        CliNegFitsYes { .. } => Some(124),
        CliNegFitsNo { .. } => Some(125),
        CliNegWith { .. } => Some(126),
        CliNegSaved { .. } => Some(127),
        CliPaid { .. } => Some(128),
        CliReconcileAsk { .. } => Some(129),
        CliReconcileCash { .. } => Some(130),
        CliReconcileSame { .. } => Some(131),
        CliReconcileMore { .. } => Some(132),
        CliReconcileLess { .. } => Some(133),
        CliReconcileAgain { .. } => Some(134),
        CliReconcileDone { .. } => Some(135),
        CliCreated { .. } => Some(136),
        CliRemindWrote { .. } => Some(137),
        CliRemindEnabled { .. } => Some(138),
        CliRemoved { .. } => Some(139),
        CliNothingToRemove { .. } => Some(140),
        CliWrote { .. } => Some(141),
        IcsSummary { .. } => Some(142),
        IcsDescription { .. } => Some(143),
        ErrBelowMinimums { .. } => Some(144),
        ErrGrowsOne { .. } => Some(145),
        ErrGrowMany { .. } => Some(146),
        ErrStillOwedOne { .. } => Some(147),
        ErrStillOwedMany { .. } => Some(148),
        WhatIfDeltaShort { .. } => Some(149),
        RuleBalanceOn { .. } => Some(150),
        CliMissedDue { .. } => Some(151),
        CliMissedHead { .. } => Some(152),
        CliMissedPaid { .. } => Some(153),
        CliMissedInGrace { .. } => Some(154),
        CliMissedUnpaid { .. } => Some(155),
        CliMissedOrder { .. } => Some(156),
        ScenBudget { .. } => Some(157),
        ScenExtras { .. } => Some(158),
        ScenOnce { .. } => Some(159),
        ScenIncomeStop { .. } => Some(160),
        ScenLeaveOut { .. } => Some(161),
        ScenNegotiated { .. } => Some(162),
        ConfirmDeleteScenario { .. } => Some(163),
        ConfirmAdoptScenario { .. } => Some(164),
        ConfirmAdoptKeeps { .. } => Some(165),
        ScenarioAdopted { .. } => Some(166),
        ScenPlannedUnder { .. } => Some(167),
        MoreLines { .. } => Some(168),
        CliPenalty { .. } => Some(169),
        CliLateFee { .. } => Some(170),
        ScenNothingToAdopt { .. } => Some(189),
        FormScenarioKeeps { .. } => Some(190),
        ExtraToDebt { .. } => Some(191),
        ExplainCostsMost { .. } => Some(171),
        ExplainSmallest { .. } => Some(172),
        ExplainYourOrder { .. } => Some(173),
        ExplainPaidOff { .. } => Some(174),
        ExplainMovesOn { .. } => Some(175),
        ExplainMinimumOne { .. } => Some(176),
        ExplainMinimumMany { .. } => Some(177),
        ExplainInstallmentOne { .. } => Some(178),
        ExplainInstallmentMany { .. } => Some(179),
        ExplainNegotiated { .. } => Some(180),
        ExplainLogged { .. } => Some(181),
        ExplainExtraTo { .. } => Some(182),
        ExplainExtra { .. } => Some(183),
        ExplainBudgetMore { .. } => Some(184),
        ExplainBudgetLess { .. } => Some(185),
        ExplainMore { .. } => Some(186),
        ExplainCostsMostTied { .. } => Some(187),
        ExplainAnd { .. } => Some(188),
        Dashboard | Debts | Budget | Plan | Negotiate | Calendar | Saved | Undone
        | NothingToUndo | Reloaded | EditsPaused | EditsPausedError | FileErrorTitle
        | FileErrorKeys | HeldForm | FormPaused | FormPausedError | HeldInvalid | WarnPayFuture
        | ConfirmDuplicate | LanguageSet | TooSmall | KeySelect | KeyScreen | KeyHelp | KeyQuit
        | KeyUndo | KeyLanguage | KeyAdd | KeyEdit | KeyDelete | KeyPay | KeyNegotiate
        | KeyReconcile | KeyMove | KeyStep | KeyBigStep | KeyStrategy | KeyKeep | KeyReset
        | KeyScroll | KeyField | KeyChange | KeyChangeSmall | KeyChangeLarge | KeyAdopt
        | CliColMissedCost | Scenarios | ScenBase | ScenWhatIf | ScenColSaved | ScenColMissed
        | ScenColCost | ScenNone | ScenNoWhatIf | ScenWhatIfHint | ScenBaseHint | ScenNothing
        | ScenNoMissed | KeyNewScenario | CliNoCharges | PlannedTitle | ExtraToFirst
        | CliChargedEarlier | ConfirmAdoptTitle | KeyRename | KeyAdoptScenario
        | FormScenarioRename | KeyRemovePlan | KeyScreens | KeyPrevScreen | KeyPage | KeyReload
        | KeyKeepIt | KeyKeepBrowsing | KeyChoose | KeyPick | KeyNext | KeySave | KeyCancel
        | KeyFocus | KeySpace | HelpTitle | HelpGlobal | HelpClose | NeedsAttention | AllClear
        | WhereYouStand | NextDays | Owed | DebtFree | InterestLeft | ThisMonth | CashToday
        | LevelOverdue | LevelGrace | LevelShort | LevelDueSoon | Today | Tomorrow
        | NothingToDraw | HowToBudget | In | Out | DueWord | NeverPaidOff | ColName | ColKind
        | ColBalance | ColApr | ColDuePerMonth | ColDay | ColNextDue | ColStatus | NoDebts
        | CliBomNeedsCsv | NegNoDebts | Card | Loan | MethodAnnuity | MethodEqualPrincipal
        | MethodInterestOnly | MethodFlatFee | StatusPaid | StatusNone | NegotiatedNone
        | ConfirmTitle | FormAddDebt | FormAddIncome | FormAddExpense | FormBudget | FieldName
        | FieldKind | FieldBalance | FieldApr | FieldMinimum | FieldMinimumPercent
        | FieldDueDay | FieldGraceDays | FieldPenalty | FieldTerm | FieldMethod | FieldFeeRate
        | FieldAmount | FieldDay | FieldDate | FieldCash | FieldAsOf | FieldMonthly
        | FieldRemindDays | RuleName | RuleChoice | RuleAmount | RuleMonthly | RuleRate
        | RuleOptionalRate | RuleDay | RuleDays | RuleTerm | RuleDate | ErrAmount | ErrDecimals
        | ErrTooLarge | ErrRate | ErrDay | ErrWhole | ErrDate | ErrRequired | ErrNameTaken
        | ErrPositive | ProductBankCard | ProductHuabei | ProductBaitiao | ProductJiebei
        | ProductBankLoan | ProductOnlineLender | ProductOther | RulesBankCard | RulesHuabei
        | RulesBaitiao | RulesJiebei | RulesBankLoan | RulesOnlineLender | RulesOther
        | ChooseProduct | MoreFields | FieldStatementDay | FieldTolerance | FieldInterest
        | FieldUnbilled | FieldPenaltyBase | FieldPenaltyMultiple | FieldLateFeePercent
        | FieldLateFeeMin | FieldSuspendDays | RuleOptionalDay | RuleTolerance | RuleUnbilled
        | RuleMultiple | RuleLateFee | RuleSuspend | InterestFull | InterestUnpaid | BaseDue
        | BaseBill | BasePrincipal | InterestFullRule | InterestUnpaidRule | PenaltyOnBill
        | PenaltyOnPrincipal | Income | Expenses | ColAmount | NoLines | Strategies
        | ColDebtFree | ColMonths | ColInterest | ColVsMinimum | TotalOwedOverTime | PaidOff
        | Schedule | Never | NegDebt | NegMonths | NegApr | NegFee | NegDown | NegInstallment
        | NegTotalCost | NegStopped | NegAgainstNow | NegFits | NegWithPlan | NegNote
        | NegAgencies | NegInForce | NegSame | NegBroken | ColDate | ColWhat | ColInOut
        | ColCashAfter | DueTag | PaidTag | ShortTag | CalendarTitle | ConflictTitle
        | FirstStartTitle | FirstStartKeys | TermShort | TermMedium | TermLong | CheckDueToday
        | CheckTomorrow | CheckEnd | CheckThen | MeanReported | MeanNonPerforming
        | MeanBeforeSuspended | LateTwoInARow | LateFiveInWindow | CliColDebt | CliColPaidOff
        | CliColMonths | CliColInterest | CliColPaid | CliColMonth | CliColOwedAfter
        | CliColStrategy | CliColDebtFree | CliColVsMinimum | CliColScenario | CliColFees
        | CliColMonthsSaved | CliColMissedDues | CliBasePlan | CliAgainstSame
        | CliAgainstAnyway | CliColPeriod | CliColPayment | CliColPrincipal | CliNegSaveHint
        | CliExample | CliEmpty | CliRemindManual | CliRemindOrCron | CliCronHint
        | CliCronRemove | CliAnd | IcsCalendarName | ErrNothing | ListSep | Avalanche
        | Snowball | Custom | Minimum | Negotiated | FormWhatIfBudget | RuleWhatIf
        | KeyTypeBudget | KeyApply | ExtraTag | ExplainHistory | ExplainMinimumsOnly
        | ExplainNothingLeft | ExplainSep | KeyExplain | ScheduleWhy => None,
    }
}

const WITH_ARGUMENTS: usize = 192;
