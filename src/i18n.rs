//! Every string the app and the command line show people, in English and 简体中文, in one
//! place. (Error messages on stderr and JSON stay English: they are for scripts and searches.)
//!
//! Each message is one arm of one exhaustive `match` that gives both languages at once, so a
//! message without a translation does not compile. Messages with `{}` take arguments in order
//! ([`tf`]).

use crate::due::Level;
use crate::engine::Strategy;
use crate::lender::Product;
use crate::model::Language;
use crate::store::{Expected, Found, Need, Problem, quote};

/// A message of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    // Screens.
    Dashboard,
    Debts,
    Budget,
    Plan,
    Negotiate,
    Calendar,
    // Title bar and status.
    Saved,
    SavedAt,
    NotSaved,
    Undone,
    NothingToUndo,
    Reloaded,
    EditsPaused,
    EditsPausedError,
    // The file could not be reloaded; a form kept until it is.
    FileErrorTitle,
    FileErrorBody,
    FileErrorKeys,
    HeldForm,
    FormPaused,
    FormPausedError,
    SavedAfterReload,
    HeldNotSaved,
    HeldGone,
    HeldInvalid,
    // A payment that may not be what the user means.
    WarnPayBeforeAsOf,
    WarnPayFuture,
    WarnPayDuplicate,
    ConfirmDuplicate,
    LanguageSet,
    WhatIfKept,
    Adopted,
    PlanRemoved,
    PaymentRecorded,
    TooSmall,
    // Keys: what they do.
    KeySelect,
    KeyScreen,
    KeyHelp,
    KeyQuit,
    KeyUndo,
    KeyLanguage,
    KeyAdd,
    KeyEdit,
    KeyDelete,
    KeyPay,
    KeyNegotiate,
    KeyReconcile,
    KeyMove,
    KeyStep,
    KeyBigStep,
    KeyStrategy,
    KeyKeep,
    KeyReset,
    KeyScroll,
    KeyField,
    KeyChange,
    KeyChangeSmall,
    KeyChangeLarge,
    KeyAdopt,
    KeyRemovePlan,
    KeyScreens,
    KeyPrevScreen,
    KeyPage,
    KeyReload,
    KeyKeepIt,
    KeyKeepBrowsing,
    KeyChoose,
    KeyPick,
    KeyNext,
    KeySave,
    KeyCancel,
    KeyFocus,
    KeySpace,
    HelpTitle,
    HelpGlobal,
    HelpClose,
    // Dashboard.
    NeedsAttention,
    AllClear,
    WhereYouStand,
    NextDays,
    Owed,
    DebtCount,
    DebtFree,
    InterestLeft,
    ThisMonth,
    ThisMonthValue,
    CashToday,
    LevelOverdue,
    LevelGrace,
    LevelShort,
    LevelDueSoon,
    DaysOverdueDetail,
    PenaltySoFar,
    LateFeeSoFar,
    PayBy,
    ShortDetail,
    InDays,
    Today,
    Tomorrow,
    PayFirst,
    MissingAll,
    NoBudget,
    BudgetBelow,
    HowToBudget,
    NothingToDraw,
    AskNegotiate,
    In,
    Out,
    DueWord,
    NeverPaidOff,
    DashBudgetShort,
    PlanFails,
    // Debts.
    ColName,
    ColKind,
    ColBalance,
    ColApr,
    ColDuePerMonth,
    ColDay,
    ColNextDue,
    ColStatus,
    NoDebts,
    /// The Negotiate screen's empty state: `a` adds on the Debts screen, not here.
    NegNoDebts,
    /// `plan --bom` without `--format csv`.
    CliBomNeedsCsv,
    Card,
    Loan,
    MethodAnnuity,
    MethodEqualPrincipal,
    MethodInterestOnly,
    MethodFlatFee,
    StatusPaid,
    StatusInDays,
    StatusOverdue,
    StatusGrace,
    StatusShort,
    StatusNone,
    SelectedLine,
    GraceDays,
    PenaltyPerDay,
    NegotiatedNone,
    NegotiatedSome,
    ConfirmDeleteDebt,
    ConfirmDeleteFlow,
    ConfirmTitle,
    // Forms.
    FormAddDebt,
    FormEditDebt,
    FormAddIncome,
    FormEditIncome,
    FormAddExpense,
    FormEditExpense,
    FormPay,
    FormBudget,
    FormReconcile,
    ReconcileUnpaid,
    Reconciled,
    FieldName,
    FieldKind,
    FieldBalance,
    FieldApr,
    FieldMinimum,
    FieldMinimumPercent,
    FieldDueDay,
    FieldGraceDays,
    FieldPenalty,
    FieldTerm,
    FieldMethod,
    FieldFeeRate,
    FieldAmount,
    FieldDay,
    FieldDate,
    FieldCash,
    FieldAsOf,
    FieldMonthly,
    FieldRemindDays,
    RuleName,
    RuleChoice,
    RuleAmount,
    RuleMonthly,
    RuleRate,
    RuleOptionalRate,
    RuleDay,
    RuleDays,
    RuleTerm,
    RuleDate,
    ErrAmount,
    ErrDecimals,
    ErrTooLarge,
    ErrRate,
    ErrDay,
    ErrWhole,
    ErrDate,
    ErrRequired,
    ErrNameTaken,
    ErrPositive,
    // Products (SPEC §7.1): the chooser, the form's marks, the Debts screen's rules.
    ProductBankCard,
    ProductHuabei,
    ProductBaitiao,
    ProductJiebei,
    ProductBankLoan,
    ProductOnlineLender,
    ProductOther,
    RulesBankCard,
    RulesHuabei,
    RulesBaitiao,
    RulesJiebei,
    RulesBankLoan,
    RulesOnlineLender,
    RulesOther,
    ChooseProduct,
    FormAddProduct,
    FormAddProductOnly,
    FormEditProduct,
    FromProduct,
    ProductNote,
    MoreFields,
    FieldStatementDay,
    FieldTolerance,
    FieldInterest,
    FieldUnbilled,
    FieldPenaltyBase,
    FieldPenaltyMultiple,
    FieldLateFeePercent,
    FieldLateFeeMin,
    FieldSuspendDays,
    RuleOptionalDay,
    RuleTolerance,
    RuleUnbilled,
    RuleMultiple,
    RuleLateFee,
    RuleSuspend,
    InterestFull,
    InterestUnpaid,
    BaseDue,
    BaseBill,
    BasePrincipal,
    SelectedProduct,
    CycleDays,
    DueDayOnly,
    ToleranceOf,
    InterestFullRule,
    InterestUnpaidRule,
    PenaltyTimes,
    PenaltyOnBill,
    PenaltyOnPrincipal,
    LateFeeRule,
    SuspendAfter,
    // Budget.
    Income,
    Expenses,
    CashLine,
    CashProjected,
    ForDebtsSet,
    ForDebtsDerived,
    MonthDues,
    ColAmount,
    NoLines,
    // Plan.
    BudgetForDebts,
    WhatIfDelta,
    Strategies,
    ColDebtFree,
    ColMonths,
    ColInterest,
    ColVsMinimum,
    Saves,
    CostsMore,
    TotalOwedOverTime,
    PaidOff,
    Schedule,
    ScheduleMonth,
    Never,
    // Negotiate.
    NegDebt,
    NegMonths,
    NegApr,
    NegFee,
    NegDown,
    NegInstallment,
    NegInstallmentValue,
    NegLast,
    NegFirst,
    NegTotalCost,
    NegTotalValue,
    NegStopped,
    NegAgainstNow,
    NegAgainstValue,
    NegFits,
    NegFitsYes,
    NegFitsNo,
    NegWithPlan,
    NegNote,
    NegAgencies,
    NegInForce,
    NegWithValue,
    NegSaved,
    NegDearer,
    NegSame,
    NegBroken,
    NegBrokenValue,
    // Calendar.
    ColDate,
    ColWhat,
    ColInOut,
    ColCashAfter,
    DueTag,
    PaidTag,
    ShortTag,
    CalendarTitle,
    FirstNegative,
    // Conflict, errors, first start.
    ConflictTitle,
    ConflictBody,
    FirstStartTitle,
    FirstStartBody,
    FirstStartKeys,
    CheckOverdueDetail,
    TermShort,
    TermMedium,
    TermLong,
    CheckGraceDetail,
    CheckShortDetail,
    CheckDueToday,
    CheckTomorrow,
    CheckPayFirst,
    DueNow,
    CheckNoCash,
    CheckStillMissing,
    CheckEnd,
    CheckThen,
    CheckStepBy,
    CheckStep,
    CheckNegotiate,
    CheckOlderOverdue,
    CheckOlderOverdueOne,
    CheckMoreStep,
    CheckMoreSteps,
    CheckSummary,
    // What a warning means (SPEC §7.4), shared by `check` and the Dashboard.
    MeanReported,
    MeanSuspendAhead,
    MeanSuspended,
    MeanNonPerformingAhead,
    MeanNonPerforming,
    MeanBeforeSuspended,
    MeanBeforeBucket,
    MeanPayBy,
    MeanPaySoon,
    MeanGrace,
    MeanGraceNegotiate,
    LateTwoInARow,
    LateInARow,
    LateFiveInWindow,
    LateSixInWindow,
    CliPlanHead,
    CliPlanSummary,
    CliColDebt,
    CliColPaidOff,
    CliColMonths,
    CliColInterest,
    CliColPaid,
    CliColMonth,
    CliColOwedAfter,
    CliColStrategy,
    CliColDebtFree,
    CliColVsMinimum,
    CliCostsMore,
    CliInstHead,
    CliInstPayment,
    CliInstFalling,
    CliInstInterest,
    CliInstTrueApr,
    CliInstQuoted,
    CliInstQuotedTotal,
    CliAgainstRevolving,
    CliAgainstNever,
    CliAgainstFee,
    CliAgainstInterest,
    CliAgainstCheaper,
    CliAgainstDearer,
    CliAgainstSame,
    CliAgainstAnyway,
    CliColPeriod,
    CliColPayment,
    CliColPrincipal,
    CliNegHead,
    CliNegCost,
    CliNegNow,
    CliNegFitsYes,
    CliNegFitsNo,
    CliNegWith,
    CliNegSaveHint,
    CliNegSaved,
    CliPaid,
    CliReconcileAsk,
    CliReconcileCash,
    CliReconcileSame,
    CliReconcileMore,
    CliReconcileLess,
    CliReconcileAgain,
    CliReconcileDone,
    CliCreated,
    CliExample,
    CliEmpty,
    CliRemindWrote,
    CliRemindEnabled,
    CliRemindManual,
    CliRemindOrCron,
    CliCronHint,
    CliCronRemove,
    CliRemoved,
    CliNothingToRemove,
    CliAnd,
    CliWrote,
    IcsSummary,
    IcsDescription,
    IcsCalendarName,
    ErrBelowMinimums,
    ErrGrowsOne,
    ErrGrowMany,
    ErrStillOwedOne,
    ErrStillOwedMany,
    ErrNothing,
    ListSep,
    // Strategy names.
    Avalanche,
    Snowball,
    Custom,
    Minimum,
    Negotiated,
    // The Plan screen's typed what-if budget.
    FormWhatIfBudget,
    RuleWhatIf,
    KeyTypeBudget,
    KeyApply,
    // The Calendar's planned extra payment (`[[budget.extra]]`).
    ExtraTag,
}

/// Both languages of a message.
fn pair(m: Msg) -> (&'static str, &'static str) {
    use Msg::*;
    match m {
        Dashboard => ("Dashboard", "总览"),
        Debts => ("Debts", "债务"),
        Budget => ("Budget", "预算"),
        Plan => ("Plan", "还款计划"),
        Negotiate => ("Negotiate", "协商分期"),
        Calendar => ("Calendar", "日历"),

        Saved => ("saved", "已保存"),
        SavedAt => ("saved {}", "{} 已保存"),
        NotSaved => ("not saved: {}", "未保存：{}"),
        Undone => ("undone and saved", "已撤销并保存"),
        NothingToUndo => ("nothing to undo", "没有可撤销的操作"),
        Reloaded => ("reloaded from disk", "已从磁盘重新载入"),
        EditsPaused => (
            "edits paused: the file changed on disk",
            "编辑已暂停：文件已在磁盘上被修改",
        ),
        EditsPausedError => (
            "edits paused: file error, r reloads",
            "编辑已暂停：文件有错误，按 r 重新载入",
        ),
        FileErrorTitle => ("The file has an error", "文件有错误"),
        FileErrorBody => (
            "{} could not be loaded. The screens show what it held when it last loaded; \
             nothing is saved until it loads again.",
            "{} 无法载入。界面显示的是上次载入成功时的内容；文件能再次载入之前不会保存任何修改。",
        ),
        FileErrorKeys => (
            "fix it in an editor, then r reload   Esc keep browsing",
            "请用编辑器修正后按 r 重新载入   Esc 继续浏览",
        ),
        HeldForm => (
            "Your entry is kept: after the reload it is saved if it still applies.",
            "你填写的内容已保留：重新载入后，如仍适用即自动保存。",
        ),
        FormPaused => (
            "! not saved yet: the file changed on disk; Enter keeps this, then r reloads",
            "! 尚未保存：文件已在磁盘上被修改；按 Enter 保留，再按 r 重新载入",
        ),
        FormPausedError => (
            "! not saved yet: the file has an error; Enter keeps this until it loads",
            "! 尚未保存：文件有错误；按 Enter 保留，直到文件能载入",
        ),
        SavedAfterReload => ("reloaded; {}", "已重新载入；{}"),
        HeldNotSaved => (
            "reloaded; your entry was not saved: {}",
            "已重新载入；你填写的内容未保存：{}",
        ),
        HeldGone => ("{} is no longer in the file", "文件中已没有 {}"),
        HeldInvalid => (
            "it no longer fits the file (see the form)",
            "它已不符合文件内容（见表单）",
        ),
        WarnPayBeforeAsOf => (
            "before as_of ({}): already in the balances, so it does not count",
            "早于 as_of（{}）：余额里已含这笔还款，不再计入",
        ),
        WarnPayFuture => (
            "dated after today: it counts as money set aside for its due date",
            "晚于今天：将作为预留款计入对应的还款日",
        ),
        WarnPayDuplicate => (
            "the log already has {} to {} on {}",
            "还款记录中已有：{2} 向 {1} 还 {0}",
        ),
        ConfirmDuplicate => (
            "? keep this one too? Enter or y keeps it, n goes back",
            "? 仍要再记一笔吗？Enter 或 y 保留，n 返回修改",
        ),
        LanguageSet => ("language: English", "语言：简体中文"),
        WhatIfKept => ("kept: {}, {} a month for debts", "已保存：{}，每月还债 {}"),
        Adopted => ("negotiated plan saved for {}", "已为 {} 保存协商分期方案"),
        PlanRemoved => (
            "negotiated plan removed from {}",
            "已删除 {} 的协商分期方案",
        ),
        PaymentRecorded => ("recorded {} to {}", "已记录还款 {}（{}）"),
        TooSmall => (
            "Please enlarge the terminal to at least 80x24",
            "请把终端窗口放大到至少 80x24",
        ),

        KeySelect => ("select", "选择"),
        KeyScreen => ("next screen", "下一屏"),
        KeyHelp => ("help", "帮助"),
        KeyQuit => ("quit", "退出"),
        KeyUndo => ("undo", "撤销"),
        KeyLanguage => ("English", "中文"),
        KeyAdd => ("add", "添加"),
        KeyEdit => ("edit", "编辑"),
        KeyDelete => ("delete", "删除"),
        KeyPay => ("pay", "记一笔还款"),
        KeyNegotiate => ("negotiate", "协商分期"),
        KeyReconcile => ("reconcile balances", "与贷款方对账"),
        KeyMove => ("move up/down (custom order)", "上移/下移（自定义顺序）"),
        KeyStep => ("budget -/+ 100", "预算 -/+ 100"),
        KeyBigStep => ("budget -/+ 1,000", "预算 -/+ 1,000"),
        KeyStrategy => ("strategy", "策略"),
        KeyKeep => ("keep plan", "保存方案"),
        KeyReset => ("reset", "复原"),
        KeyScroll => ("scroll", "滚动"),
        KeyField => ("field", "字段"),
        KeyChange => ("change", "调整"),
        KeyChangeSmall => ("change by a small step", "小步调整"),
        KeyChangeLarge => ("change by a large step", "大步调整"),
        KeyAdopt => ("adopt into the file", "写入文件"),
        KeyRemovePlan => ("remove the plan", "删除方案"),
        KeyScreens => ("go to screen", "切换到该屏"),
        KeyPrevScreen => ("previous screen", "上一屏"),
        KeyPage => ("page", "翻页"),
        KeyReload => ("reload", "重新载入"),
        KeyKeepIt => ("keep", "保留"),
        KeyKeepBrowsing => ("keep browsing (edits are paused)", "继续浏览（暂停编辑）"),
        KeyChoose => ("choose", "选择"),
        KeyPick => ("pick", "直接选"),
        KeyNext => ("next", "下一步"),
        KeySave => ("save", "保存"),
        KeyCancel => ("cancel", "取消"),
        KeyFocus => ("field", "切换字段"),
        KeySpace => ("Space", "空格"),
        HelpTitle => ("Keys", "按键"),
        HelpGlobal => ("Everywhere", "所有屏幕"),
        HelpClose => ("any key closes", "按任意键关闭"),

        NeedsAttention => ("Needs attention", "需要处理"),
        AllClear => (
            "Nothing needs you today: no due date is near, late or short of cash.",
            "今天没有需要处理的事：没有临近、逾期或资金不足的还款日。",
        ),
        WhereYouStand => ("Where you stand", "当前状况"),
        NextDays => ("Next 14 days", "未来 14 天"),
        Owed => ("Owed", "欠款合计"),
        DebtCount => ("({} debts)", "（{} 笔）"),
        DebtFree => ("Debt-free", "还清时间"),
        InterestLeft => ("Interest left", "剩余利息"),
        ThisMonth => ("This month", "本月"),
        ThisMonthValue => ("{} due, {} set", "应还{}，预算{}"),
        CashToday => ("Cash today", "今日现金"),
        LevelOverdue => ("! OVERDUE", "! 已逾期"),
        LevelGrace => ("! GRACE", "! 宽限期"),
        LevelShort => ("! SHORT", "! 资金不足"),
        LevelDueSoon => ("• DUE SOON", "• 即将到期"),
        DaysOverdueDetail => ("{}, {}", "逾期 {}，{}"),
        PenaltySoFar => ("penalty so far {}", "罚息已达 {}"),
        LateFeeSoFar => ("late fee {}", "违约金 {}"),
        PayBy => ("pay by {}", "请在 {} 前还清"),
        ShortDetail => ("{} short", "差 {}"),
        InDays => ("in {}", "还有 {}"),
        Today => ("today", "今天"),
        Tomorrow => ("tomorrow", "明天"),
        PayFirst => ("Pay first: {}", "先还：{}"),
        MissingAll => (
            "Nothing on hand to pay with: {} still missing",
            "手头没有可还的钱：仍差 {}",
        ),
        NoBudget => (
            "No budget for debts: the minimums need {} a month.",
            "未设还债预算：最低还款每月需要 {}。",
        ),
        BudgetBelow => (
            "The budget {} a month is {} below the minimums {}.",
            "每月预算 {0} 比最低还款 {2} 少 {1}。",
        ),
        NothingToDraw => (
            "no strategy makes a plan: nothing to draw",
            "没有可行的还款方案，无图可画",
        ),
        HowToBudget => (
            "Set a budget: Budget screen (3), or monthly_for_debts in the file.",
            "设置预算：预算页（3），或文件中的 monthly_for_debts。",
        ),
        AskNegotiate => (
            "{}: past M1, ask for a negotiated plan",
            "{}：逾期超过 M1，可申请协商分期",
        ),
        In => ("in", "收入"),
        Out => ("out", "支出"),
        DueWord => ("due", "到期"),
        NeverPaidOff => ("never paid off", "无法还清"),
        DashBudgetShort => ("budget {} short", "预算比最低还款少 {}"),
        PlanFails => ("the plan fails: {}", "计划不可行：{}"),

        ColName => ("Name", "名称"),
        ColKind => ("Kind", "类型"),
        ColBalance => ("Balance", "余额"),
        ColApr => ("APR", "年利率"),
        ColDuePerMonth => ("Due/mo", "月还款"),
        ColDay => ("Day", "日"),
        ColNextDue => ("Next due", "下次到期"),
        ColStatus => ("Status", "状态"),
        NoDebts => (
            "No debts yet: press a to add one.",
            "还没有债务：按 a 添加。",
        ),
        CliBomNeedsCsv => (
            "--bom goes with --format csv (a byte-order mark for spreadsheets)",
            "--bom 须与 --format csv 一起使用（为电子表格加字节顺序标记）",
        ),
        NegNoDebts => (
            "No debts yet: press 2 for Debts, then a to add one.",
            "还没有债务：按 2 进入债务页，再按 a 添加。",
        ),
        Card => ("card", "信用卡"),
        Loan => ("loan", "贷款"),
        MethodAnnuity => ("annuity (equal payments)", "等额本息"),
        MethodEqualPrincipal => ("equal principal", "等额本金"),
        MethodInterestOnly => ("interest only", "先息后本"),
        MethodFlatFee => ("flat fee (分期手续费)", "分期手续费"),
        StatusPaid => ("✓ paid", "✓ 已还"),
        StatusInDays => ("• in {}", "• {}后"),
        StatusOverdue => ("! {} late", "! 逾期 {}"),
        StatusGrace => ("! grace to {}", "! 宽限至 {}"),
        StatusShort => ("! short {}", "! 差 {}"),
        StatusNone => ("-", "-"),
        SelectedLine => ("Selected: {}", "已选：{}"),
        GraceDays => ("grace {}", "宽限 {}"),
        PenaltyPerDay => ("penalty {} %/day", "罚息 {} %/天"),
        NegotiatedNone => ("negotiated: none", "协商分期：无"),
        NegotiatedSome => (
            "negotiated: {} months at {} %",
            "协商分期：{} 期，年利率 {} %",
        ),
        ConfirmDeleteDebt => (
            "Delete {} and the payments recorded for it ({})?",
            "删除 {} 及其 {} 笔还款记录？",
        ),
        ConfirmTitle => ("Delete", "删除"),
        ConfirmDeleteFlow => ("Delete {}?", "删除 {}？"),

        FormAddDebt => ("Add a debt", "添加债务"),
        FormEditDebt => ("Edit {}", "编辑 {}"),
        FormAddIncome => ("Add income", "添加收入"),
        FormEditIncome => ("Edit income {}", "编辑收入 {}"),
        FormAddExpense => ("Add an expense", "添加支出"),
        FormEditExpense => ("Edit expense {}", "编辑支出 {}"),
        FormPay => ("Record a payment to {}", "记录向 {} 的还款"),
        FormBudget => ("Cash and monthly budget", "现金与每月预算"),
        FormReconcile => (
            "Reconcile on {}: what your lenders show",
            "{} 对账：以贷款方显示为准",
        ),
        ReconcileUnpaid => (
            "pay or record {} due {} first: reconciling would stop tracking it",
            "请先还款或记录 {}（{} 到期）：对账后将不再跟踪它",
        ),
        Reconciled => (
            "reconciled: the file starts on {} with the lenders' figures",
            "已对账：文件从 {} 起以贷款方数字为准",
        ),
        FieldName => ("Name", "名称"),
        FieldKind => ("Kind", "类型"),
        FieldBalance => ("Balance", "余额"),
        FieldApr => ("APR", "年利率"),
        FieldMinimum => ("Minimum", "最低还款"),
        FieldMinimumPercent => ("Minimum %", "最低还款比例"),
        FieldDueDay => ("Due day", "还款日"),
        FieldGraceDays => ("Grace days", "宽限天数"),
        FieldPenalty => ("Penalty", "罚息"),
        FieldTerm => ("Term", "剩余期数"),
        FieldMethod => ("Method", "还款方式"),
        FieldFeeRate => ("Fee rate", "手续费率"),
        FieldAmount => ("Amount", "金额"),
        FieldDay => ("Day", "日期（日）"),
        FieldDate => ("Date", "日期"),
        FieldCash => ("Cash", "现金"),
        FieldAsOf => ("As of", "截至日期"),
        FieldMonthly => ("For debts/mo", "每月还债"),
        FieldRemindDays => ("Remind days", "提前提醒天数"),
        RuleName => ("unique, not empty", "唯一，不能为空"),
        RuleChoice => ("Space or ←→ to choose", "空格或 ←→ 选择"),
        RuleAmount => ("amount, e.g. 1234.56", "金额，例如 1234.56"),
        RuleMonthly => (
            "amount; empty = income - expenses",
            "金额；留空则为收入减支出",
        ),
        RuleRate => ("percent a year, e.g. 18.25", "年利率百分比，例如 18.25"),
        RuleOptionalRate => ("percent; empty = none", "百分比；留空表示无"),
        RuleDay => ("day of month, 1-31", "每月几号，1-31"),
        RuleDays => ("days, 0-365", "天数，0-365"),
        RuleTerm => ("installments left, 1-600", "剩余期数，1-600"),
        RuleDate => ("YYYY-MM-DD", "YYYY-MM-DD"),
        ErrAmount => ("expected an amount like 1234.56", "应为金额，例如 1234.56"),
        ErrDecimals => ("at most 2 decimals", "最多两位小数"),
        ErrTooLarge => ("at most 1,000,000,000,000", "不能超过 1,000,000,000,000"),
        ErrRate => (
            "expected a rate >= 0, like 18.25",
            "应为不小于 0 的利率，例如 18.25",
        ),
        ErrDay => ("expected a day 1-31", "应为 1-31 之间的日期"),
        ErrWhole => ("expected a whole number", "应为整数"),
        ErrDate => ("expected a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"),
        ErrRequired => ("required", "必填"),
        ErrNameTaken => ("another debt has this name", "已有同名债务"),
        ErrPositive => ("must be more than 0", "必须大于 0"),

        ProductBankCard => ("bank card", "信用卡"),
        ProductHuabei => ("Huabei", "花呗"),
        ProductBaitiao => ("Baitiao", "白条"),
        ProductJiebei => ("Jiebei", "借呗"),
        ProductBankLoan => ("bank loan", "银行消费贷"),
        ProductOnlineLender => ("online lender", "网贷"),
        ProductOther => ("other", "其他"),
        RulesBankCard => (
            "card: statement + due day, 3 days grace",
            "信用卡：账单日 + 还款日，宽限 3 天",
        ),
        RulesHuabei => (
            "card: bill on the 1st, due the 10th",
            "每月 1 日出账，10 日还款",
        ),
        RulesBaitiao => ("card: due 9 days after the bill", "出账后 9 天还款"),
        RulesJiebei => (
            "loan: overdue, 1.5 x its rate",
            "贷款：逾期罚息为利率 1.5 倍",
        ),
        RulesBankLoan => (
            "loan: 3 days grace, 1.5 x rate",
            "贷款：宽限 3 天，罚息 1.5 倍",
        ),
        RulesOnlineLender => (
            "loan: penalty as your contract says",
            "贷款：罚息按合同填写",
        ),
        RulesOther => ("every value typed in", "全部自己填写"),
        ChooseProduct => ("Add a debt: who is it with?", "添加债务：向谁借的？"),
        FormAddProduct => ("Add a debt: {} ({})", "添加债务：{}（{}）"),
        FormAddProductOnly => ("Add a debt: {}", "添加债务：{}"),
        FormEditProduct => ("Edit {} ({})", "编辑 {}（{}）"),
        FromProduct => ("from {}", "{}默认值"),
        ProductNote => (
            "Marked: the usual terms of {}. Change any; clear one to restore it.",
            "标记项为{}的常见规则，可按账单修改；清空即恢复。",
        ),
        MoreFields => ("↑↓ more fields", "↑↓ 更多字段"),
        FieldStatementDay => ("Statement day", "账单日"),
        FieldTolerance => ("Tolerance", "容差"),
        FieldInterest => ("Interest", "计息方式"),
        FieldUnbilled => ("Unbilled", "未出账"),
        FieldPenaltyBase => ("Penalty on", "罚息基数"),
        FieldPenaltyMultiple => ("Penalty x rate", "罚息倍数"),
        FieldLateFeePercent => ("Late fee %", "违约金比例"),
        FieldLateFeeMin => ("Late fee min", "违约金下限"),
        FieldSuspendDays => ("Suspend after", "逾期停用天数"),
        RuleOptionalDay => ("day of month; empty = none", "每月几号；留空表示无"),
        RuleTolerance => ("a rest up to it counts as paid", "未还不超过此数视为已还"),
        RuleUnbilled => ("spent since the last bill", "上次出账后的消费"),
        RuleMultiple => ("x the contract rate, e.g. 1.5", "合同利率的倍数，例如 1.5"),
        RuleLateFee => ("percent of the unpaid minimum", "未还最低还款的百分比"),
        RuleSuspend => ("days overdue; empty = never", "逾期天数；留空表示不停用"),
        InterestFull => ("whole bill", "全额计息"),
        InterestUnpaid => ("unpaid part only", "按未还部分计息"),
        BaseDue => ("the unpaid due", "逾期应还金额"),
        BaseBill => ("the whole bill", "全部账单"),
        BasePrincipal => ("the principal part", "逾期本金"),
        SelectedProduct => ("Selected: {} ({})", "已选：{}（{}）"),
        CycleDays => ("statement day {}, due day {}", "账单日 {} 日，还款日 {} 日"),
        DueDayOnly => ("due day {}", "还款日 {} 日"),
        ToleranceOf => ("tolerance {}", "容差 {}"),
        InterestFullRule => ("full interest if not paid in full", "未全额还款：全额计息"),
        InterestUnpaidRule => (
            "interest on what is left unpaid",
            "未全额还款：按未还部分计息",
        ),
        PenaltyTimes => ("penalty {} x the rate", "罚息为利率的 {} 倍"),
        PenaltyOnBill => (" on the whole bill", "（按全部账单）"),
        PenaltyOnPrincipal => (" on the overdue principal", "（按逾期本金）"),
        LateFeeRule => ("late fee {} %, at least {}", "违约金 {} %，至少 {}"),
        SuspendAfter => ("suspended after {} overdue", "逾期 {} 停用"),

        Income => ("Income", "收入"),
        Expenses => ("Expenses", "支出"),
        CashLine => ("Cash {} on {}", "现金 {}（截至 {}）"),
        CashProjected => ("projected today {}", "预计今日 {}"),
        ForDebtsSet => ("For debts: {} a month (set)", "每月还债：{}（已设定）"),
        ForDebtsDerived => (
            "For debts: {} a month (income - expenses)",
            "每月还债：{}（收入 - 支出）",
        ),
        MonthDues => ("this month {} due", "本月应还 {}"),
        ColAmount => ("Amount", "金额"),
        NoLines => ("none yet: a adds one", "暂无：按 a 添加"),

        BudgetForDebts => ("Budget for debts {} a month", "每月还债预算 {}"),
        WhatIfDelta => (
            "(what-if {}: w keep, 0 reset)",
            "（假设 {}：w 保存，0 复原）",
        ),
        Strategies => ("Strategies", "策略对比"),
        ColDebtFree => ("Debt-free", "还清"),
        ColMonths => ("Months", "月数"),
        ColInterest => ("Interest", "利息"),
        ColVsMinimum => ("Vs minimums only", "对比只还最低"),
        Saves => ("saves {} and {} months", "省 {}，快 {} 个月"),
        CostsMore => ("costs {} more", "多付 {}"),
        TotalOwedOverTime => ("Total owed over time", "欠款总额变化"),
        PaidOff => ("Paid off", "还清月份"),
        Schedule => ("Schedule", "还款明细"),
        ScheduleMonth => ("month {} of {}", "第 {} / {} 月"),
        Never => ("never", "无法还清"),

        NegDebt => ("Debt", "债务"),
        NegMonths => ("Months", "期数"),
        NegApr => ("APR", "年利率"),
        NegFee => ("Fee", "手续费"),
        NegDown => ("Down payment", "首付"),
        NegInstallment => ("Installment", "每期还款"),
        NegInstallmentValue => ("{} a month for {} months", "每月 {}，共 {} 期"),
        NegLast => (" (the last {})", "（最后一期 {}）"),
        NegFirst => (" (the first {} with the down payment)", "（首期含首付 {}）"),
        NegTotalCost => ("Total cost", "总成本"),
        NegTotalValue => (
            "{} = {} interest + {} fee, true APR {} %",
            "{} = 利息 {} + 手续费 {}，实际年化 {} %",
        ),
        NegStopped => ("interest stopped (停息挂账)", "停息挂账"),
        NegAgainstNow => ("Against now", "对比现状"),
        NegAgainstValue => (
            "avalanche: cleared {}, {} interest, {}/mo",
            "雪崩法 {} 还清，利息 {}，每月需 {}",
        ),
        NegFits => ("Fits the budget", "预算是否够"),
        NegFitsYes => (
            "yes: {} a month left for the rest",
            "够：每月还剩 {} 给其他债务",
        ),
        NegFitsNo => ("no: month 1 needs {} more", "不够：第一个月还差 {}"),
        NegWithPlan => ("With the plan", "采用方案后"),
        // The Chinese notes have no spaces: the terminal wraps them anywhere, not at a number.
        NegNote => (
            "Card issuers may agree up to 60 months, usually with interest stopped; the card \
             stays frozen until settled, and breaking the plan brings back interest and \
             collection.",
            "发卡机构可同意最长60期的个性化分期：通常停息，结清前卡片冻结，违约会恢复计息和催收。",
        ),
        NegAgencies => (
            "You can ask the lender yourself, for free; paid \"debt negotiation\" agencies \
             charge fees and may ask for your passwords.",
            "协商可以自己免费向机构申请；付费的代理协商机构会收取费用，还可能索要你的账户密码。",
        ),
        NegInForce => ("in force in the file", "已写入文件"),
        NegWithValue => ("debt-free {}, costs {}", "{} 还清，成本 {}"),
        NegSaved => (": {} less than now", "：比现状少 {}"),
        NegDearer => (": {} more than now", "：比现状多 {}"),
        NegSame => (": the same as now", "：与现状相同"),
        NegBroken => ("If it breaks", "若中断"),
        NegBrokenValue => (
            "after {0} paid: {1} left, interest {3} %: {2}/mo",
            "还 {0} 期后：剩 {1}，按 {3} % 计息每月 {2}",
        ),

        ColDate => ("Date", "日期"),
        ColWhat => ("What", "项目"),
        ColInOut => ("In / out", "收支"),
        ColCashAfter => ("Cash after", "余额"),
        DueTag => ("(due)", "（到期）"),
        PaidTag => ("✓", "✓"),
        ShortTag => ("! short", "! 资金不足"),
        CalendarTitle => ("Next 60 days", "未来 60 天"),
        FirstNegative => (
            "Cash first goes below zero on {}: move {} or negotiate",
            "{} 现金首次低于零：需调剂 {} 或协商分期",
        ),

        ConflictTitle => ("File changed on disk", "文件已在磁盘上被修改"),
        ConflictBody => (
            "{} changed on disk since it was loaded. Nothing was overwritten.",
            "{} 在载入后被修改过。没有覆盖任何内容。",
        ),
        FirstStartTitle => ("Welcome to payoff", "欢迎使用 payoff"),
        FirstStartBody => ("No data file at {}.", "{} 还没有数据文件。"),
        FirstStartKeys => (
            "e start from the example   n start empty   q quit",
            "e 从示例开始   n 从空白开始   q 退出",
        ),

        CheckOverdueDetail => ("{} overdue ({}, {})", "已逾期 {}（{}，{}）"),
        TermShort => ("short-term", "短期"),
        TermMedium => ("medium-term", "中期"),
        TermLong => ("long-term", "长期"),
        CheckGraceDetail => (
            "pay by {} to avoid a penalty and a credit report mark",
            "请在 {} 前还清，以免罚息和征信记录",
        ),
        CheckShortDetail => ("{} short on the day", "当天还差 {}"),
        CheckDueToday => ("due today", "今天到期"),
        CheckTomorrow => ("tomorrow", "明天到期"),
        CheckPayFirst => ("Pay first, with the {} on hand: {}", "用手头的 {} 先还：{}"),
        DueNow => ("Due now in all: {}", "目前应还合计：{}"),
        CheckNoCash => ("No cash on hand today ({})", "今天手头没有现金（{}）"),
        CheckStillMissing => ("; still missing {}", "；仍差 {}"),
        CheckEnd => (".", "。"),
        CheckThen => (", then ", "，然后 "),
        CheckStepBy => ("{} {} (by {})", "{} {}（{} 前）"),
        CheckStep => ("{} {}", "{} {}"),
        CheckNegotiate => (
            "{} is overdue past M1: ask the lender for a negotiated plan (协商分期); try `payoff negotiate \"{}\" --months 36`.",
            "{} 已逾期超过 M1：可向机构申请协商分期，先试算 `payoff negotiate \"{}\" --months 36`。",
        ),
        CheckOlderOverdue => (
            "... and {} older overdue due dates of {}, {} in all",
            "另有 {1} 更早逾期的 {0} 期，共 {2}",
        ),
        CheckOlderOverdueOne => (
            "... and 1 older overdue due date of {}, {}",
            "另有 {} 更早逾期的 1 期，{}",
        ),
        CheckMoreStep => (", then one more, {}", "，然后再还 1 笔 {}"),
        CheckMoreSteps => (", then {} more, {} in all", "，然后再还 {} 笔，共 {}"),
        CheckSummary => ("payoff: {} ({} to look at)", "payoff：{}（共 {} 项）"),
        MeanReported => (
            "Past grace, the lender may report it to the credit report (征信), where it stays five \
             years after the debt is settled.",
            "已过宽限期，机构可能将其报送征信，记录在欠款结清后保留五年。",
        ),
        MeanSuspendAhead => (
            "The account is suspended after about {} overdue ({}).",
            "逾期约 {}后（{}）账户会被暂停使用。",
        ),
        MeanSuspended => (
            "Accounts like this are suspended after about {} overdue, so it may be now.",
            "逾期约 {}后账户通常会被暂停使用，现在可能已暂停。",
        ),
        MeanNonPerformingAhead => (
            "From {}, over 90 days overdue, a bank classes the debt as non-performing (不良).",
            "从 {} 起逾期超过 90 天，银行会将其列为不良。",
        ),
        MeanNonPerforming => (
            "Over 90 days overdue, a bank classes the debt as non-performing (不良).",
            "逾期已超过 90 天，银行会将其列为不良。",
        ),
        MeanBeforeSuspended => ("before the account is suspended", "以免账户被暂停使用"),
        MeanBeforeBucket => ("before it turns {}", "以免转为 {}"),
        MeanPayBy => (
            "Pay {} by {}, {}, or call the lender and ask for 协商分期: `payoff negotiate \"{}\" \
             --months {}` gives the figures.",
            "请在 {1} 前还 {0}，{2}；或致电机构申请协商分期，`payoff negotiate \"{3}\" --months {4}` \
             可算出方案。",
        ),
        MeanPaySoon => (
            "Pay {} as soon as you can, or call the lender and ask for 协商分期: `payoff negotiate \
             \"{}\" --months {}` gives the figures.",
            "请尽快还 {}；或致电机构申请协商分期，`payoff negotiate \"{}\" --months {}` 可算出方案。",
        ),
        MeanGrace => (
            "Within grace: pay {} by {} and nothing is charged or reported; past that day the \
             lender may report it to the credit report (征信), where it stays five years after \
             the debt is settled.",
            "仍在宽限期内：在 {1} 前还 {0}，不收罚息，也不上征信；过了这一天，机构可能将其报送征信，\
             记录在欠款结清后保留五年。",
        ),
        MeanGraceNegotiate => (
            "Or call the lender before then and ask for 协商分期: `payoff negotiate \"{}\" \
             --months {}` gives the figures.",
            "如果还不上，请在此之前致电机构申请协商分期，`payoff negotiate \"{}\" --months {}` \
             可算出方案。",
        ),
        LateTwoInARow => (
            "The last two due dates were late: a third in a row makes 连三 (three late months \
             running), which lenders screen for.",
            "最近两期都逾期了：再逾期一期就构成连三（连续三个月逾期），机构审批时会看这一点。",
        ),
        LateInARow => (
            "{} late months in a row: that is 连三, which lenders screen for; each month paid on \
             time from now on helps.",
            "已连续 {} 个月逾期，构成连三，机构审批时会看这一点；从现在起每按时还一期都有帮助。",
        ),
        LateFiveInWindow => (
            "5 late months in the last 24: a sixth makes 累六 (six in two years), which lenders \
             screen for.",
            "近 24 个月已逾期 5 次：再有一次就构成累六（两年内累计六次），机构审批时会看这一点。",
        ),
        LateSixInWindow => (
            "{} late months in the last 24: that is 累六 (six in two years), which lenders screen \
             for.",
            "近 24 个月已逾期 {} 次，构成累六（两年内累计六次），机构审批时会看这一点。",
        ),
        CliPlanHead => ("Strategy {}: {} a month from {}", "{}：每月 {}，自 {} 起"),
        CliPlanSummary => (
            "Debt-free {} ({} months); interest {}; paid {}",
            "{} 还清（{} 个月）；利息 {}；共付 {}",
        ),
        CliColDebt => ("Debt", "债务"),
        CliColPaidOff => ("Paid off", "还清月份"),
        CliColMonths => ("Months", "月数"),
        CliColInterest => ("Interest", "利息"),
        CliColPaid => ("Paid", "共付"),
        CliColMonth => ("Month", "月份"),
        CliColOwedAfter => ("Owed after", "剩余欠款"),
        CliColStrategy => ("Strategy", "策略"),
        CliColDebtFree => ("Debt-free", "还清"),
        CliColVsMinimum => ("Against minimums only", "对比只还最低"),
        CliCostsMore => ("costs {} more, {} months", "多付 {}，多 {} 个月"),
        CliInstHead => ("{} over {} months, {}", "{}，分 {} 期，{}"),
        CliInstPayment => ("Payment {} a month{}", "每期还款 {}{}"),
        CliInstFalling => (
            "Payment first {}, falling to {}",
            "每期还款首期 {}，逐月递减至 {}",
        ),
        CliInstInterest => ("Interest and fees {}; paid {}", "利息和手续费 {}；共付 {}"),
        CliInstTrueApr => (
            "True APR: simple {} % a year (单利), compound {} % (复利)",
            "实际年化利率：单利 {} %，复利 {} %",
        ),
        CliInstQuoted => (
            "The quoted {} % a period looks like {} % a year",
            "名义费率每期 {} %，看似年化 {} %",
        ),
        CliInstQuotedTotal => (
            "The quoted {} % in all over {} looks like {} % a year",
            "{1}名义总费率 {0} %，看似年化 {2} %",
        ),
        CliAgainstRevolving => (
            "Against {} ({} % a year): revolving {} with the same {} a month costs {} in \
             interest over {}",
            "对比 {0}（年利率 {1} %）：{2} 按同样每月 {3} 循环还款，{5}共付利息 {4}",
        ),
        CliAgainstNever => (
            "Against {} ({} % a year): revolving {} with the same {} a month never pays it off",
            "对比 {}（年利率 {} %）：{} 按同样每月 {} 循环还款永远还不清",
        ),
        CliAgainstFee => ("; the installment's fee is {}", "；分期手续费 {}"),
        CliAgainstInterest => ("; the installment's interest is {}", "；分期利息 {}"),
        CliAgainstCheaper => (": the installment is cheaper by {}.", "：分期便宜 {}。"),
        CliAgainstDearer => (": the installment costs more by {}.", "：分期多花 {}。"),
        CliAgainstSame => (": they cost the same.", "：两者花费相同。"),
        CliAgainstAnyway => (": the installment is cheaper.", "：分期更省钱。"),
        CliColPeriod => ("Period", "期数"),
        CliColPayment => ("Payment", "还款"),
        CliColPrincipal => ("Principal", "本金"),
        CliNegHead => ("Negotiated plan for {}", "{} 的协商分期方案"),
        CliNegCost => (
            "{} paid; cost {} = {} interest + {} fee; true APR {} %",
            "共付 {}；成本 {} = 利息 {} + 手续费 {}；实际年化 {} %",
        ),
        CliNegNow => (
            "avalanche clears it {} with {} interest; everything by {}",
            "雪崩法 {} 还清，利息 {}；全部债务 {} 还清",
        ),
        CliNegFitsYes => (
            "yes: month 1 needs {} of {}, {} left for the rest",
            "够：第一个月需 {}（预算 {}），还剩 {} 给其他债务",
        ),
        CliNegFitsNo => (
            "no: month 1 needs {}, {} more than the {} budget",
            "不够：第一个月需 {}，超出 {}（预算 {}）",
        ),
        CliNegWith => (
            "debt-free {} ({} months), {} interest and fees in all",
            "{} 还清（{} 个月），利息和手续费共 {}",
        ),
        CliNegSaveHint => (
            "Add --save to write it into the file.",
            "加上 --save 即写入文件。",
        ),
        CliNegSaved => (
            "Saved the plan as [debts.negotiated] of {} in {}",
            "已把方案写入 {} 的 [debts.negotiated]（{}）",
        ),
        CliPaid => (
            "Recorded {} to {} on {} in {}",
            "已记录还款 {}（{}，{}），写入 {}",
        ),
        CliReconcileAsk => (
            "{}: payoff expects {} on {}. What does the lender show? (Enter keeps it) ",
            "{}：payoff 估计 {2} 欠款 {1}。贷款方显示多少？（回车保留） ",
        ),
        CliReconcileCash => (
            "Cash on hand at the start of {}: payoff expects {}. (Enter keeps it) ",
            "{} 开始时手头现金：payoff 估计 {}。（回车保留） ",
        ),
        CliReconcileSame => ("{}: {}, as expected", "{}：{}，与估计一致"),
        CliReconcileMore => (
            "{}: the lender shows {}, {} more than the {} expected: interest or a fee payoff does \
             not model?",
            "{}：贷款方显示 {}，比估计的 {3} 多 {2}：可能有 payoff 未计入的利息或费用？",
        ),
        CliReconcileLess => (
            "{}: the lender shows {}, {} less than the {} expected: a payment not in the log, or \
             a refund?",
            "{}：贷款方显示 {}，比估计的 {3} 少 {2}：可能有未记录的还款或退款？",
        ),
        CliReconcileAgain => (
            "  (the last reconciliation, on {}, found a difference too: {})",
            "  （上次 {} 对账时也有差额：{}）",
        ),
        CliReconcileDone => (
            "Moved {} to {}: cash {}, every balance as the lenders show it; the payment log is \
             kept and the old file is {}.bak",
            "已将 {} 更新到 {}：现金 {}，各笔欠款以贷款方为准；还款记录保留，旧文件在 {}.bak",
        ),
        CliCreated => (
            "Created {} ({}). Edit it by hand or run `payoff` to open the app.",
            "已创建 {}（{}）。可直接编辑，或运行 `payoff` 打开应用。",
        ),
        CliExample => ("the example household", "示例家庭"),
        CliEmpty => ("empty", "空白"),
        CliRemindWrote => (
            "Wrote {} and {} in {}: `payoff check --notify` every day at 09:00, and at the next login when a day was missed.",
            "已在 {2} 写入 {0} 和 {1}：每天 09:00 运行 `payoff check --notify`，错过时在下次登录时补上。",
        ),
        CliRemindEnabled => (
            "Enabled: systemctl --user list-timers {} shows the next run.",
            "已启用：systemctl --user list-timers {} 可查看下次运行时间。",
        ),
        CliRemindManual => (
            "No user systemd here to enable it; run this where there is one:",
            "这里没有用户级 systemd，无法启用；请在有的地方运行：",
        ),
        CliRemindOrCron => (
            "(or use `payoff remind install --cron` for a crontab line)",
            "（或用 `payoff remind install --cron` 生成 crontab 行）",
        ),
        CliCronHint => (
            "Add that line with `crontab -e`; cron mails what `payoff check` prints.",
            "用 `crontab -e` 加入这一行；cron 会把 `payoff check` 的输出发邮件给你。",
        ),
        CliCronRemove => (
            "Run `crontab -e` and delete the line that runs `payoff ... check`.",
            "运行 `crontab -e`，删除运行 `payoff ... check` 的那一行。",
        ),
        CliRemoved => ("Removed {}.", "已删除 {}。"),
        CliNothingToRemove => (
            "Nothing to remove: no timer written by payoff in {}.",
            "无需删除：{} 中没有 payoff 写入的定时器。",
        ),
        CliAnd => (" and ", " 和 "),
        CliWrote => ("Wrote {}", "已写入 {}"),
        IcsSummary => ("{}: {} due", "{}：到期 {}"),
        IcsDescription => (
            "Pay {} to {} by {} (payoff).",
            "请在 {2} 前向 {1} 还款 {0}（payoff）。",
        ),
        IcsCalendarName => ("payoff: due dates", "payoff：还款日"),
        ErrBelowMinimums => (
            "the budget {} is {} below the minimums {}",
            "预算 {} 比最低还款 {2} 少 {1}",
        ),
        ErrGrowsOne => (
            "never paid off: {} grows faster than it is paid",
            "无法还清：{} 的欠款增长快于还款",
        ),
        ErrGrowMany => (
            "never paid off: {} grow faster than they are paid",
            "无法还清：{} 的欠款增长快于还款",
        ),
        ErrStillOwedOne => (
            "never paid off: after {} months {} is still owed",
            "无法还清：{} 个月后仍欠 {}",
        ),
        ErrStillOwedMany => (
            "never paid off: after {} months {} are still owed",
            "无法还清：{} 个月后仍欠 {}",
        ),
        ErrNothing => ("nothing", "无"),
        ListSep => (", ", "，"),

        Avalanche => ("avalanche", "雪崩法"),
        Snowball => ("snowball", "雪球法"),
        Custom => ("custom", "自定义"),
        Minimum => ("minimum", "只还最低"),
        Negotiated => ("negotiated", "协商分期"),

        FormWhatIfBudget => ("What-if budget", "假设预算"),
        RuleWhatIf => (
            "amount; not saved until w keeps it",
            "金额；按 w 才写入文件",
        ),
        KeyTypeBudget => ("type budget", "输入预算"),
        KeyApply => ("apply", "应用"),
        ExtraTag => ("(extra)", "（额外还款）"),
    }
}

/// The word that leads a warning: what it means.
pub fn level_msg(level: Level) -> Msg {
    match level {
        Level::Overdue => Msg::LevelOverdue,
        Level::Grace => Msg::LevelGrace,
        Level::Shortfall => Msg::LevelShort,
        Level::DueSoon => Msg::LevelDueSoon,
    }
}

/// A strategy's name.
pub fn strategy_msg(s: Strategy) -> Msg {
    match s {
        Strategy::Avalanche => Msg::Avalanche,
        Strategy::Snowball => Msg::Snowball,
        Strategy::Custom => Msg::Custom,
        Strategy::Minimum => Msg::Minimum,
        Strategy::Negotiated => Msg::Negotiated,
    }
}

/// A product's name: in English its English name, in Chinese its Chinese one.
pub fn product_msg(p: Product) -> Msg {
    match p {
        Product::BankCard => Msg::ProductBankCard,
        Product::Huabei => Msg::ProductHuabei,
        Product::Baitiao => Msg::ProductBaitiao,
        Product::Jiebei => Msg::ProductJiebei,
        Product::BankLoan => Msg::ProductBankLoan,
        Product::OnlineLender => Msg::ProductOnlineLender,
    }
}

/// A product's rules in a few words, for the list a new debt starts from.
pub fn product_rules_msg(p: Product) -> Msg {
    match p {
        Product::BankCard => Msg::RulesBankCard,
        Product::Huabei => Msg::RulesHuabei,
        Product::Baitiao => Msg::RulesBaitiao,
        Product::Jiebei => Msg::RulesJiebei,
        Product::BankLoan => Msg::RulesBankLoan,
        Product::OnlineLender => Msg::RulesOnlineLender,
    }
}

/// A problem in the data file in words: what was expected and what was found.
pub fn problem(lang: Language, p: &Problem) -> String {
    let zh = lang == Language::Zh;
    match p {
        Problem::NotUtf8 => match lang {
            Language::En => "invalid UTF-8: a TOML file must be UTF-8 text".to_string(),
            Language::Zh => "不是 UTF-8 编码：TOML 文件必须是 UTF-8 文本".to_string(),
        },
        Problem::Syntax(parser) => match lang {
            Language::En => format!("invalid TOML: {parser}"),
            Language::Zh => format!("TOML 格式有误：{parser}"),
        },
        Problem::DuplicateKey(key) => match lang {
            Language::En => {
                format!("invalid TOML: duplicate key {key} (each key and table may appear once)")
            }
            Language::Zh => format!("TOML 格式有误：重复的键 {key}（每个键和表只能出现一次）"),
        },
        Problem::Version { found: f, quoted } => match (lang, quoted) {
            (Language::En, false) => {
                format!(
                    "this payoff reads version 1 files, found {}",
                    found(lang, f)
                )
            }
            (Language::En, true) => format!(
                "this payoff reads version 1 files (a number, without quotes), found {}",
                found(lang, f)
            ),
            (Language::Zh, false) => spaced("此版本只读取 version 1 的文件，实为", &found(lang, f)),
            (Language::Zh, true) => spaced(
                "此版本只读取 version 1 的文件（写数字，不加引号），实为",
                &found(lang, f),
            ),
        },
        Problem::Missing(e) if zh => spaced("缺少此项，应为", &expected(lang, e)),
        Problem::Missing(e) => format!("missing key, expected {}", expected(lang, e)),
        Problem::Wrong {
            expected: e,
            found: f,
        } if zh => {
            let wanted = spaced("应为", &expected(lang, e));
            spaced(&format!("{wanted}，实为"), &found(lang, f))
        }
        Problem::Wrong {
            expected: e,
            found: f,
        } => format!("expected {}, found {}", expected(lang, e), found(lang, f)),
    }
}

/// A value a problem found, as a message shows it.
fn found(lang: Language, f: &Found) -> String {
    let (en, zh) = match f {
        Found::Value(shown) => return format!("\"{shown}\""),
        Found::Cut { shown, length } => {
            return match lang {
                Language::En => format!("\"{shown}…\" ({length} characters)"),
                Language::Zh => format!("\"{shown}…\"（共 {length} 个字符）"),
            };
        }
        Found::Number(n) => return n.to_string(),
        Found::Array => ("an array", "数组"),
        Found::InlineTable => ("an inline table", "内联表"),
        Found::Table => ("a table", "表"),
        Found::ArrayOfTables => ("an array of tables", "表数组"),
        Found::Nothing => ("nothing", "空值"),
    };
    match lang {
        Language::En => en.to_string(),
        Language::Zh => zh.to_string(),
    }
}

/// What a problem expected, as a phrase.
fn expected(lang: Language, e: &Expected) -> String {
    let (en, zh): (String, String) = match e {
        Expected::Amount => ("an amount >= 0".into(), "不小于 0 的金额".into()),
        Expected::PositiveAmount => ("an amount > 0".into(), "大于 0 的金额".into()),
        Expected::AmountLike => ("an amount like 1234.56".into(), "金额（如 1234.56）".into()),
        Expected::AmountDecimals => (
            "an amount with at most 2 decimals".into(),
            "最多两位小数的金额".into(),
        ),
        Expected::AmountAtMost(max) => (
            format!("an amount <= {max}"),
            format!("不超过 {max} 的金额"),
        ),
        Expected::Rate => ("a rate >= 0".into(), "不小于 0 的利率".into()),
        Expected::RateLike => ("a rate like 18.25".into(), "利率（如 18.25）".into()),
        Expected::RateAtMost(max) => (format!("a rate <= {max}"), format!("不超过 {max} 的利率")),
        Expected::RateDecimals(n) => (
            format!("a rate with at most {n} decimals"),
            format!("最多 {n} 位小数的利率"),
        ),
        Expected::Day => (
            "a day of the month 1-31".into(),
            "每月的第几天（1 到 31）".into(),
        ),
        Expected::Days => ("a number of days 0-365".into(), "天数（0 到 365）".into()),
        Expected::Months(max) => (
            format!("a number of months 1-{max}"),
            format!("月数（1 到 {max}）"),
        ),
        Expected::Month => ("a month 1-12".into(), "月份（1 到 12）".into()),
        Expected::MonthOfYearly => (
            "no month on a monthly line (every = \"year\" makes it yearly)".into(),
            "每月的收支不写月份（every = \"year\" 才按年）".into(),
        ),
        Expected::Date => (
            "a date like 2026-11-01".into(),
            "日期（如 2026-11-01）".into(),
        ),
        Expected::Currency => (
            "a currency symbol in quotes, like \"¥\"".into(),
            "带引号的货币符号（如 \"¥\"）".into(),
        ),
        Expected::Name => ("a name".into(), "名称".into()),
        Expected::NameQuoted => ("a name in quotes".into(), "带引号的名称".into()),
        Expected::NonEmptyName => ("a non-empty name".into(), "非空的名称".into()),
        Expected::NonEmptyNameQuoted => (
            "a non-empty name in quotes".into(),
            "带引号的非空名称".into(),
        ),
        Expected::DebtName => ("the name of a debt".into(), "一笔债务的名称".into()),
        Expected::DebtNameQuoted => (
            "the name of a debt, in quotes".into(),
            "带引号的债务名称".into(),
        ),
        Expected::DebtNameOf { names, more } => {
            let mut list: Vec<String> = names.iter().map(|n| quote(n)).collect();
            let (en_more, zh_more) = (format!("and {more} more"), format!("另有 {more} 笔"));
            let (en_list, zh_list) = match (list.is_empty(), *more > 0) {
                (true, _) => ("there are none".to_string(), "目前没有债务".to_string()),
                (false, false) => (list.join(", "), list.join("、")),
                (false, true) => {
                    let zh = format!("{}，{zh_more}", list.join("、"));
                    list.push(en_more);
                    (list.join(", "), zh)
                }
            };
            (
                format!("the name of a debt ({en_list})"),
                format!("一笔债务的名称（{zh_list}）"),
            )
        }
        Expected::UniqueName { first } => (
            format!("a name no other debt has (debts[{first}] has it)"),
            format!("其他债务没有用过的名称（debts[{first}] 已用此名）"),
        ),
        Expected::OneOf(codes) => {
            let quoted: Vec<String> = codes.iter().map(|c| format!("{c:?}")).collect();
            match quoted.split_last() {
                Some((last, rest)) if !rest.is_empty() => (
                    format!("{} or {last}", rest.join(", ")),
                    format!("{} 或 {last}", rest.join("、")),
                ),
                _ => (quoted.concat(), quoted.concat()),
            }
        }
        Expected::Table(name) => (format!("a table [{name}]"), format!("表 [{name}]")),
        Expected::ArrayOfTables(path) => (
            format!("an array of tables [[{path}]]"),
            format!("表数组 [[{path}]]"),
        ),
        Expected::NotBoth(a, b) => (
            format!("{a} or {b}, not both"),
            format!("{a} 或 {b}，不能两个都写"),
        ),
        Expected::Unquoted(e) => (
            format!("{} without quotes", expected(Language::En, e)),
            format!("{}，不加引号", expected(Language::Zh, e)),
        ),
        Expected::OrKey(e, key) => (
            format!("{} (or {key})", expected(Language::En, e)),
            format!("{}（或 {key}）", expected(Language::Zh, e)),
        ),
        Expected::NeededBy(e, need) => {
            let (en, zh) = match need {
                Need::Loan => ("a loan needs it", "贷款必须填写"),
                Need::FlatFeeLoan => ("a flat_fee loan needs it", "按期收手续费的贷款必须填写"),
                Need::YearlyLine => ("a yearly line needs it", "按年的收支必须填写"),
            };
            (
                format!("{} ({en})", expected(Language::En, e)),
                format!("{}（{zh}）", expected(Language::Zh, e)),
            )
        }
    };
    match lang {
        Language::En => en,
        Language::Zh => zh,
    }
}

/// Whether `c` is a Han character.
fn han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Whether `c` is full-width punctuation (`，` `：` `（` `）` `。`), which takes no space
/// beside it.
fn wide_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Two parts of Chinese text joined as Chinese typography wants: directly where both sides of
/// the join are Han characters (`白条的`) or either is full-width punctuation (`¥5.00（2 笔）`),
/// with a space next to Latin letters or digits (`JD Baitiao 的`, `实为 "-3"`).
pub fn spaced(a: &str, b: &str) -> String {
    let (last, first) = (a.chars().next_back(), b.chars().next());
    let tight = match (last, first) {
        (Some(l), Some(f)) => (han(l) && han(f)) || wide_mark(l) || wide_mark(f),
        _ => true,
    };
    if tight {
        format!("{a}{b}")
    } else {
        format!("{a} {b}")
    }
}

/// Two parts of a line joined by a space in English, as [`spaced`] joins them in Chinese.
pub fn join(lang: Language, a: &str, b: &str) -> String {
    match lang {
        Language::En => format!("{a} {b}"),
        Language::Zh => spaced(a, b),
    }
}

/// `parts` joined by `sep`; in Chinese each join as [`tf`] glues a placeholder (`，然后 ` before
/// `白条` loses its space, before `JD Baitiao` keeps it).
pub fn join_list(lang: Language, parts: &[String], sep: &str) -> String {
    match lang {
        Language::En => parts.join(sep),
        Language::Zh => {
            let mut out = String::new();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    glue(&mut out, sep);
                }
                glue(&mut out, part);
            }
            out
        }
    }
}

/// `s` with the space that sets it apart from what comes before it on the line: none in
/// Chinese before full-width punctuation (`（假设 …）`).
pub fn then(lang: Language, s: &str) -> String {
    match (lang, s.chars().next()) {
        (Language::Zh, Some(c)) if wide_mark(c) => s.to_string(),
        _ => format!(" {s}"),
    }
}

/// `a (b)` in English, `a（b）` in Chinese.
pub fn paren(lang: Language, a: &str, b: &str) -> String {
    match lang {
        Language::En => format!("{a} ({b})"),
        Language::Zh => format!("{a}（{b}）"),
    }
}

/// What separates two clauses of a line: `; ` in English, `；` in Chinese.
pub fn semicolon(lang: Language) -> &'static str {
    match lang {
        Language::En => "; ",
        Language::Zh => "；",
    }
}

/// A number of months as a phrase: "1 month", "13 months", "13 个月".
pub fn months(lang: Language, n: impl Into<i64>) -> String {
    match (lang, n.into()) {
        (Language::En, 1) => "1 month".to_string(),
        (Language::En, n) => format!("{n} months"),
        (Language::Zh, n) => format!("{n} 个月"),
    }
}

/// Sentences as one line: a space between them in English, none in Chinese (each ends in 。).
pub fn sentences(lang: Language, parts: &[String]) -> String {
    match lang {
        Language::En => parts.join(" "),
        Language::Zh => parts.concat(),
    }
}

/// A number of days as a phrase: "1 day", "9 days", "9 天".
pub fn days(lang: Language, n: impl Into<i64>) -> String {
    match (lang, n.into()) {
        (Language::En, 1) => "1 day".to_string(),
        (Language::En, n) => format!("{n} days"),
        (Language::Zh, n) => format!("{n} 天"),
    }
}

/// `s` padded with spaces to `width` display columns (CJK characters count two).
pub fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// A short weekday name, Monday = 0.
pub fn weekday(lang: Language, monday_based: usize) -> &'static str {
    const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const ZH: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    let i = monday_based % 7;
    match lang {
        Language::En => EN[i],
        Language::Zh => ZH[i],
    }
}

/// A message in a language.
pub fn t(lang: Language, m: Msg) -> &'static str {
    let (en, zh) = pair(m);
    match lang {
        Language::En => en,
        Language::Zh => zh,
    }
}

/// A message with its placeholders filled: `{}` takes the next argument, `{N}` argument N (so
/// a translation may put them in another order).
pub fn tf(lang: Language, m: Msg, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut rest = t(lang, m);
    // Each piece is glued on: in Chinese the space a template puts around a placeholder goes
    // where the argument is Chinese on that side ([`spaced`]). Spaces inside a piece (a name
    // the user wrote, table padding) are left alone.
    let push = |out: &mut String, piece: &str| match lang {
        Language::En => out.push_str(piece),
        Language::Zh => glue(out, piece),
    };
    while let Some(open) = rest.find('{') {
        push(&mut out, &rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            push(&mut out, &rest[open..]);
            return out;
        };
        let index = match &after[..close] {
            "" => {
                next += 1;
                Some(next - 1)
            }
            n => n.parse::<usize>().ok(),
        };
        match index.and_then(|i| args.get(i)) {
            Some(a) => push(&mut out, &a.to_string()),
            None => push(&mut out, &rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    push(&mut out, rest);
    out
}

/// Appends `piece` to Chinese text `out`, dropping the one space at the join that Chinese
/// typography does not want: between two Han characters (`白条 的` from `{} 的` with a Chinese
/// name) or beside full-width punctuation (`¥5.00 （2 笔）`).
fn glue(out: &mut String, piece: &str) {
    let stray = |b: char, a: char| (han(b) && han(a)) || wide_mark(b) || wide_mark(a);
    let mut tail = out.chars().rev();
    if let (Some(' '), Some(b), Some(a)) = (tail.next(), tail.next(), piece.chars().next())
        && b != ' '
        && a != ' '
        && stray(b, a)
    {
        out.pop();
    }
    let mut head = piece.chars();
    let piece = match (out.chars().next_back(), head.next(), head.next()) {
        (Some(b), Some(' '), Some(a)) if b != ' ' && a != ' ' && stray(b, a) => &piece[1..],
        _ => piece,
    };
    out.push_str(piece);
}

/// How many arguments a message takes.
#[cfg(test)]
fn arity(template: &str) -> usize {
    let positional = (0..10)
        .filter(|i| template.contains(&format!("{{{i}}}")))
        .max()
        .map_or(0, |i| i + 1);
    positional.max(template.matches("{}").count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_order() {
        assert_eq!(
            tf(Language::En, Msg::Saves, &[&"¥10.00", &3]),
            "saves ¥10.00 and 3 months"
        );
        assert_eq!(
            tf(Language::Zh, Msg::Saves, &[&"¥10.00", &3]),
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
        // Every Chinese string literal of the catalog above the tests (message bodies and the
        // helpers' words alike).
        let source = include_str!("i18n.rs");
        let catalog = source.split("#[cfg(test)]").next().unwrap_or(source);
        let bad: Vec<&str> = literals(catalog)
            .into_iter()
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
            tf(Language::Zh, Msg::CliNegHead, &[&"白条"]),
            "白条的协商分期方案"
        );
        assert_eq!(
            tf(Language::Zh, Msg::CliNegHead, &[&"JD Baitiao"]),
            "JD Baitiao 的协商分期方案"
        );
        assert_eq!(
            tf(Language::Zh, Msg::CliNegHead, &[&"招行 信用卡"]),
            "招行 信用卡的协商分期方案"
        );
        assert_eq!(
            tf(Language::En, Msg::CliNegHead, &[&"白条"]),
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
            tf(
                Language::En,
                Msg::CheckOverdueDetail,
                &[&days(Language::En, 1), &"M1", &"short-term"]
            ),
            "1 day overdue (M1, short-term)"
        );
        assert_eq!(
            tf(Language::Zh, Msg::StatusInDays, &[&days(Language::Zh, 17)]),
            "• 17 天后"
        );
    }

    #[test]
    fn positional_placeholders_reorder() {
        assert_eq!(
            tf(
                Language::Zh,
                Msg::IcsDescription,
                &[&"¥1.00", &"Visa", &"2026-12-01"]
            ),
            "请在 2026-12-01 前向 Visa 还款 ¥1.00（payoff）。"
        );
    }

    #[test]
    fn both_languages_take_the_same_arguments() {
        // Every message has the same number of `{}` in both languages.
        for m in ALL {
            let (en, zh) = pair(*m);
            assert_eq!(arity(en), arity(zh), "{m:?}");
            assert!(!en.is_empty() && !zh.is_empty(), "{m:?}");
        }
    }

    use Msg::*;
    const ALL: &[Msg] = &[
        Adopted,
        FileErrorBody,
        SavedAfterReload,
        HeldNotSaved,
        HeldGone,
        WarnPayBeforeAsOf,
        WarnPayDuplicate,
        DashBudgetShort,
        AskNegotiate,
        BudgetForDebts,
        CashLine,
        CashProjected,
        CheckGraceDetail,
        CheckMoreStep,
        CheckMoreSteps,
        CheckNoCash,
        CheckOlderOverdue,
        CheckOlderOverdueOne,
        CheckOverdueDetail,
        CheckPayFirst,
        DueNow,
        CheckShortDetail,
        CheckStep,
        CheckStepBy,
        CheckStillMissing,
        CheckSummary,
        CliAgainstAnyway,
        CliAgainstCheaper,
        CliAgainstDearer,
        CliAgainstFee,
        CliAgainstInterest,
        CliAgainstNever,
        CliAgainstRevolving,
        CliAgainstSame,
        CliCostsMore,
        CliCreated,
        CliInstHead,
        CliInstInterest,
        CliInstPayment,
        CliInstQuoted,
        CliInstQuotedTotal,
        CliInstTrueApr,
        CliNegCost,
        CliNegFitsNo,
        CliNegFitsYes,
        CliNegHead,
        CliNegNow,
        CliNegSaved,
        CliNegWith,
        CliNothingToRemove,
        CliPaid,
        CliPlanHead,
        CliPlanSummary,
        CliReconcileAgain,
        CliReconcileAsk,
        CliReconcileCash,
        CliReconcileDone,
        CliReconcileLess,
        CliReconcileMore,
        CliReconcileSame,
        CliRemindEnabled,
        CliRemindWrote,
        CliRemoved,
        CliWrote,
        ConfirmDeleteDebt,
        ConfirmDeleteFlow,
        ConflictBody,
        CostsMore,
        DaysOverdueDetail,
        DebtCount,
        ErrBelowMinimums,
        ErrGrowsOne,
        ErrGrowMany,
        ErrStillOwedOne,
        ErrStillOwedMany,
        FirstNegative,
        FirstStartBody,
        ForDebtsDerived,
        ForDebtsSet,
        FormEditDebt,
        FormEditExpense,
        FormEditIncome,
        FormPay,
        GraceDays,
        IcsDescription,
        IcsSummary,
        InDays,
        LateFeeSoFar,
        LateFiveInWindow,
        LateInARow,
        LateSixInWindow,
        LateTwoInARow,
        MeanBeforeBucket,
        MeanBeforeSuspended,
        MeanGrace,
        MeanGraceNegotiate,
        MeanNonPerforming,
        MeanNonPerformingAhead,
        MeanPayBy,
        MeanPaySoon,
        MeanReported,
        MeanSuspendAhead,
        MeanSuspended,
        MonthDues,
        NegAgainstValue,
        NegAgencies,
        NegNoDebts,
        CliBomNeedsCsv,
        NegBroken,
        NegBrokenValue,
        NegDearer,
        NegFirst,
        NegFitsNo,
        NegFitsYes,
        NegInstallmentValue,
        NegLast,
        NegNote,
        NegSame,
        NegSaved,
        NegTotalValue,
        NegWithValue,
        NegotiatedSome,
        NotSaved,
        PayBy,
        PayFirst,
        PaymentRecorded,
        PenaltyPerDay,
        PenaltySoFar,
        PlanFails,
        PlanRemoved,
        SavedAt,
        Saves,
        ScheduleMonth,
        SelectedLine,
        ShortDetail,
        StatusGrace,
        StatusInDays,
        StatusOverdue,
        StatusShort,
        MissingAll,
        NoBudget,
        BudgetBelow,
        HowToBudget,
        ThisMonthValue,
        WhatIfDelta,
        WhatIfKept,
        // Products.
        ProductBankCard,
        ProductHuabei,
        ProductBaitiao,
        ProductJiebei,
        ProductBankLoan,
        ProductOnlineLender,
        ProductOther,
        RulesBankCard,
        RulesHuabei,
        RulesBaitiao,
        RulesJiebei,
        RulesBankLoan,
        RulesOnlineLender,
        RulesOther,
        ChooseProduct,
        FormAddProduct,
        FormAddProductOnly,
        FormEditProduct,
        FromProduct,
        ProductNote,
        MoreFields,
        FieldStatementDay,
        FieldTolerance,
        FieldInterest,
        FieldUnbilled,
        FieldPenaltyBase,
        FieldPenaltyMultiple,
        FieldLateFeePercent,
        FieldLateFeeMin,
        FieldSuspendDays,
        RuleOptionalDay,
        RuleTolerance,
        RuleUnbilled,
        RuleMultiple,
        RuleLateFee,
        RuleSuspend,
        InterestFull,
        InterestUnpaid,
        BaseDue,
        BaseBill,
        BasePrincipal,
        SelectedProduct,
        CycleDays,
        DueDayOnly,
        ToleranceOf,
        InterestFullRule,
        InterestUnpaidRule,
        PenaltyTimes,
        PenaltyOnBill,
        PenaltyOnPrincipal,
        LateFeeRule,
        SuspendAfter,
    ];
}
