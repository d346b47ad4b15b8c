//! What each message carries.

use chrono::NaiveDate;

use crate::model::YearMonth;

/// A message of the app. One with arguments carries them, typed: amounts already written
/// with their currency (the caller knows the file's symbol and the column's width), counts as
/// integers, dates as dates; so a message given the wrong arguments does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg<'a> {
    // Screens.
    Dashboard,
    Debts,
    Budget,
    Plan,
    Negotiate,
    Calendar,
    // Title bar and status.
    Saved,
    SavedAt {
        time: &'a str,
    },
    NotSaved {
        why: &'a str,
    },
    Undone,
    NothingToUndo,
    Reloaded,
    EditsPaused,
    EditsPausedError,
    // The file could not be reloaded; a form kept until it is.
    FileErrorTitle,
    FileErrorBody {
        file: &'a str,
    },
    FileErrorKeys,
    HeldForm,
    FormPaused,
    FormPausedError,
    SavedAfterReload {
        what: &'a str,
    },
    HeldNotSaved {
        why: &'a str,
    },
    HeldGone {
        name: &'a str,
    },
    HeldInvalid,
    // A payment that may not be what the user means.
    WarnPayBeforeAsOf {
        as_of: NaiveDate,
    },
    WarnPayFuture,
    WarnPayDuplicate {
        amount: &'a str,
        debt: &'a str,
        date: NaiveDate,
    },
    ConfirmDuplicate,
    LanguageSet,
    WhatIfKept {
        strategy: &'a str,
        budget: &'a str,
    },
    Adopted {
        debt: &'a str,
    },
    PlanRemoved {
        debt: &'a str,
    },
    PaymentRecorded {
        amount: &'a str,
        debt: &'a str,
    },
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
    DebtCount {
        count: usize,
    },
    DebtFree,
    InterestLeft,
    ThisMonth,
    ThisMonthValue {
        due: &'a str,
        budget: &'a str,
    },
    CashToday,
    LevelOverdue,
    LevelGrace,
    LevelShort,
    LevelDueSoon,
    DaysOverdueDetail {
        days: &'a str,
        bucket: &'a str,
    },
    PenaltySoFar {
        amount: &'a str,
    },
    LateFeeSoFar {
        amount: &'a str,
    },
    PayBy {
        day: &'a str,
    },
    ShortDetail {
        amount: &'a str,
    },
    InDays {
        days: &'a str,
    },
    Today,
    Tomorrow,
    PayFirst {
        steps: &'a str,
    },
    MissingAll {
        amount: &'a str,
    },
    NoBudget {
        minimums: &'a str,
    },
    BudgetBelow {
        budget: &'a str,
        short: &'a str,
        minimums: &'a str,
    },
    HowToBudget,
    NothingToDraw,
    AskNegotiate {
        debt: &'a str,
    },
    In,
    Out,
    DueWord,
    NeverPaidOff,
    DashBudgetShort {
        short: &'a str,
    },
    PlanFails {
        why: &'a str,
    },
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
    StatusInDays {
        days: &'a str,
    },
    StatusOverdue {
        days: &'a str,
    },
    StatusGrace {
        day: &'a str,
    },
    StatusShort {
        amount: &'a str,
    },
    StatusNone,
    SelectedLine {
        debt: &'a str,
    },
    GraceDays {
        days: &'a str,
    },
    PenaltyPerDay {
        percent: &'a str,
    },
    NegotiatedNone,
    NegotiatedSome {
        months: u32,
        apr: &'a str,
    },
    ConfirmDeleteDebt {
        debt: &'a str,
        payments: usize,
    },
    ConfirmDeleteFlow {
        name: &'a str,
    },
    ConfirmTitle,
    // Forms.
    FormAddDebt,
    FormEditDebt {
        debt: &'a str,
    },
    FormAddIncome,
    FormEditIncome {
        name: &'a str,
    },
    FormAddExpense,
    FormEditExpense {
        name: &'a str,
    },
    FormPay {
        debt: &'a str,
    },
    FormBudget,
    FormReconcile {
        day: NaiveDate,
    },
    ReconcileUnpaid {
        what: &'a str,
        due: NaiveDate,
    },
    Reconciled {
        as_of: NaiveDate,
    },
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
    FormAddProduct {
        product: &'a str,
        kind: &'a str,
    },
    FormAddProductOnly {
        product: &'a str,
    },
    FormEditProduct {
        debt: &'a str,
        product: &'a str,
    },
    FromProduct {
        product: &'a str,
    },
    ProductNote {
        product: &'a str,
    },
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
    SelectedProduct {
        debt: &'a str,
        product: &'a str,
    },
    CycleDays {
        statement_day: u32,
        due_day: u32,
    },
    DueDayOnly {
        due_day: u32,
    },
    ToleranceOf {
        amount: &'a str,
    },
    InterestFullRule,
    InterestUnpaidRule,
    PenaltyTimes {
        multiple: &'a str,
    },
    PenaltyOnBill,
    PenaltyOnPrincipal,
    LateFeeRule {
        percent: &'a str,
        minimum: &'a str,
    },
    SuspendAfter {
        days: &'a str,
    },
    // Budget.
    Income,
    Expenses,
    CashLine {
        cash: &'a str,
        as_of: NaiveDate,
    },
    CashProjected {
        cash: &'a str,
    },
    ForDebtsSet {
        monthly: &'a str,
    },
    ForDebtsDerived {
        monthly: &'a str,
    },
    MonthDues {
        amount: &'a str,
    },
    ColAmount,
    NoLines,
    // Plan.
    BudgetForDebts {
        budget: &'a str,
    },
    WhatIfDelta {
        delta: &'a str,
    },
    /// [`Msg::WhatIfDelta`] where the line has no room for its keys (the hint bar has them).
    WhatIfDeltaShort {
        delta: &'a str,
    },
    /// Beside a debt's balance in its form: the balance is what was owed on the file's as-of
    /// date (SPEC §1), not today.
    RuleBalanceOn {
        as_of: NaiveDate,
    },
    Strategies,
    ColDebtFree,
    ColMonths,
    ColInterest,
    ColVsMinimum,
    Saves {
        amount: &'a str,
        months: i64,
    },
    CostsMore {
        amount: &'a str,
    },
    TotalOwedOverTime,
    PaidOff,
    Schedule,
    ScheduleMonth {
        month: u32,
        months: u32,
    },
    Never,
    // Negotiate.
    NegDebt,
    NegMonths,
    NegApr,
    NegFee,
    NegDown,
    NegInstallment,
    NegInstallmentValue {
        payment: &'a str,
        months: usize,
    },
    NegLast {
        payment: &'a str,
    },
    NegFirst {
        payment: &'a str,
    },
    NegTotalCost,
    NegTotalValue {
        cost: &'a str,
        interest: &'a str,
        fee: &'a str,
        apr: &'a str,
    },
    NegStopped,
    NegAgainstNow,
    NegAgainstValue {
        cleared: YearMonth,
        interest: &'a str,
        monthly: &'a str,
    },
    NegFits,
    NegFitsYes {
        left: &'a str,
    },
    NegFitsNo {
        more: &'a str,
    },
    NegWithPlan,
    NegNote,
    NegAgencies,
    NegInForce,
    NegWithValue {
        debt_free: YearMonth,
        cost: &'a str,
    },
    NegSaved {
        amount: &'a str,
    },
    NegDearer {
        amount: &'a str,
    },
    NegSame,
    NegBroken,
    NegBrokenValue {
        after: u32,
        left: &'a str,
        interest: &'a str,
        apr: &'a str,
    },
    // Calendar.
    ColDate,
    ColWhat,
    ColInOut,
    ColCashAfter,
    DueTag,
    PaidTag,
    ShortTag,
    CalendarTitle,
    FirstNegative {
        day: &'a str,
        amount: &'a str,
    },
    // Conflict, errors, first start.
    ConflictTitle,
    ConflictBody {
        file: &'a str,
    },
    FirstStartTitle,
    FirstStartBody {
        path: &'a str,
    },
    FirstStartKeys,
    CheckOverdueDetail {
        days: &'a str,
        bucket: &'a str,
        term: &'a str,
    },
    TermShort,
    TermMedium,
    TermLong,
    CheckGraceDetail {
        pay_by: NaiveDate,
    },
    CheckShortDetail {
        amount: &'a str,
    },
    CheckDueToday,
    CheckTomorrow,
    CheckPayFirst {
        cash: &'a str,
        steps: &'a str,
    },
    DueNow {
        amount: &'a str,
    },
    CheckNoCash {
        cash: &'a str,
    },
    CheckStillMissing {
        amount: &'a str,
    },
    CheckEnd,
    CheckThen,
    CheckStepBy {
        debt: &'a str,
        amount: &'a str,
        by: NaiveDate,
    },
    CheckStep {
        debt: &'a str,
        amount: &'a str,
    },
    CheckNegotiate {
        debt: &'a str,
    },
    CheckOlderOverdue {
        count: usize,
        debt: &'a str,
        total: &'a str,
    },
    CheckOlderOverdueOne {
        debt: &'a str,
        total: &'a str,
    },
    CheckMoreStep {
        amount: &'a str,
    },
    CheckMoreSteps {
        count: usize,
        amount: &'a str,
    },
    CheckSummary {
        level: &'a str,
        count: usize,
    },
    // What a warning means (SPEC §7.4), shared by `check` and the Dashboard.
    MeanReported,
    MeanSuspendAhead {
        days: &'a str,
        on: NaiveDate,
    },
    MeanSuspended {
        days: &'a str,
    },
    MeanNonPerformingAhead {
        from: NaiveDate,
    },
    MeanNonPerforming,
    MeanBeforeSuspended,
    MeanBeforeBucket {
        bucket: &'a str,
    },
    MeanPayBy {
        amount: &'a str,
        by: NaiveDate,
        reason: &'a str,
        debt: &'a str,
        months: u32,
    },
    MeanPaySoon {
        amount: &'a str,
        debt: &'a str,
        months: u32,
    },
    MeanGrace {
        amount: &'a str,
        pay_by: NaiveDate,
    },
    MeanGraceNegotiate {
        debt: &'a str,
        months: u32,
    },
    LateTwoInARow,
    LateInARow {
        months: u32,
    },
    LateFiveInWindow,
    LateSixInWindow {
        months: u32,
    },
    CliPlanHead {
        strategy: &'a str,
        budget: &'a str,
        start: YearMonth,
    },
    CliPlanSummary {
        debt_free: YearMonth,
        months: u32,
        interest: &'a str,
        paid: &'a str,
    },
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
    // compare --scenario.
    CliColScenario,
    CliColFees,
    CliColMonthsSaved,
    CliColMissedDues,
    CliBasePlan,
    /// The column of what a scenario's missed dues would cost.
    CliColMissedCost,
    /// Above a scenario's missed dues, under the table.
    CliMissedHead {
        scenario: &'a str,
        count: usize,
        cost: &'a str,
    },
    /// A due date a scenario would miss, and when it is paid (`paid`: one of the three below).
    CliMissedDue {
        date: NaiveDate,
        debt: &'a str,
        short: &'a str,
        paid: &'a str,
    },
    /// Paid late, past its grace (`days`: "50 days").
    CliMissedPaid {
        date: NaiveDate,
        days: &'a str,
        cost: &'a str,
    },
    /// Paid within its grace.
    CliMissedInGrace {
        date: NaiveDate,
    },
    /// Not paid before the watch ends.
    CliMissedUnpaid {
        date: NaiveDate,
        days: &'a str,
        cost: &'a str,
    },
    /// A missed due's penalty, and its late fee, as parts of its cost.
    CliPenalty {
        amount: &'a str,
    },
    CliLateFee {
        amount: &'a str,
    },
    /// Its lender sets neither.
    CliNoCharges,
    /// Its lender charges, but an earlier missed bill of the card already runs on this money.
    CliChargedEarlier,
    /// The adopt confirmation's title.
    ConfirmAdoptTitle,
    /// The order to pay a month's missed dues in (`order`: `CheckStepBy` / `CheckStep` items).
    CliMissedOrder {
        month: &'a str,
        order: &'a str,
    },
    // The Scenarios screen.
    Scenarios,
    /// The file's own row, short.
    ScenBase,
    /// The Plan screen's what-if, as a row.
    ScenWhatIf,
    ScenColSaved,
    ScenColMissed,
    ScenColCost,
    /// No `[[scenarios]]` in the file: how to make one.
    ScenNone,
    /// `n` with no what-if on Plan.
    ScenNoWhatIf,
    ScenWhatIfHint,
    ScenBaseHint,
    /// A scenario that sets nothing but its name.
    ScenNothing,
    /// No missed dues in the selected row.
    ScenNoMissed,
    KeyNewScenario,
    KeyRename,
    KeyAdoptScenario,
    /// A panel holds more lines than it shows.
    MoreLines {
        count: usize,
    },
    /// The strategy a row plans with.
    ScenPlannedUnder {
        strategy: &'a str,
    },
    FormScenarioRename,
    /// What a scenario changes, a part each.
    ScenBudget {
        amount: &'a str,
    },
    ScenExtras {
        count: usize,
        total: &'a str,
    },
    ScenOnce {
        count: usize,
        total: &'a str,
    },
    /// `months`: "3 months".
    ScenIncomeStop {
        from: &'a str,
        months: &'a str,
    },
    ScenLeaveOut {
        debts: &'a str,
    },
    ScenNegotiated {
        debt: &'a str,
        months: u32,
        apr: &'a str,
    },
    ConfirmDeleteScenario {
        name: &'a str,
    },
    ConfirmAdoptScenario {
        name: &'a str,
    },
    /// Adopting a scenario with an income stop or debts left out: those stay.
    ConfirmAdoptKeeps {
        name: &'a str,
    },
    /// Adopting a scenario with only an income stop or debts left out.
    ScenNothingToAdopt {
        name: &'a str,
    },
    /// The new scenario form's title, with what it keeps.
    FormScenarioKeeps {
        changes: &'a str,
    },
    /// The Budget screen's panel of dated money: one-offs and extra payments.
    PlannedTitle,
    /// An extra payment to a debt, as a line of that panel.
    ExtraToDebt {
        debt: &'a str,
    },
    /// An extra payment to the strategy's first debt.
    ExtraToFirst,
    ScenarioAdopted {
        name: &'a str,
    },
    CliCostsMore {
        amount: &'a str,
        months: i64,
    },
    CliInstHead {
        principal: &'a str,
        months: u32,
        method: &'a str,
    },
    CliInstPayment {
        payment: &'a str,
        last: &'a str,
    },
    CliInstFalling {
        first: &'a str,
        last: &'a str,
    },
    CliInstInterest {
        interest: &'a str,
        paid: &'a str,
    },
    CliInstTrueApr {
        simple: &'a str,
        compound: &'a str,
    },
    CliInstQuoted {
        rate: &'a str,
        yearly: &'a str,
    },
    CliInstQuotedTotal {
        rate: &'a str,
        over: &'a str,
        yearly: &'a str,
    },
    CliAgainstRevolving {
        debt: &'a str,
        apr: &'a str,
        principal: &'a str,
        payment: &'a str,
        interest: &'a str,
        over: &'a str,
    },
    CliAgainstNever {
        debt: &'a str,
        apr: &'a str,
        principal: &'a str,
        payment: &'a str,
    },
    CliAgainstFee {
        fee: &'a str,
    },
    CliAgainstInterest {
        interest: &'a str,
    },
    CliAgainstCheaper {
        amount: &'a str,
    },
    CliAgainstDearer {
        amount: &'a str,
    },
    CliAgainstSame,
    CliAgainstAnyway,
    CliColPeriod,
    CliColPayment,
    CliColPrincipal,
    CliNegHead {
        debt: &'a str,
    },
    CliNegCost {
        paid: &'a str,
        cost: &'a str,
        interest: &'a str,
        fee: &'a str,
        apr: &'a str,
    },
    CliNegNow {
        cleared: YearMonth,
        interest: &'a str,
        debt_free: YearMonth,
    },
    CliNegFitsYes {
        needs: &'a str,
        budget: &'a str,
        left: &'a str,
    },
    CliNegFitsNo {
        needs: &'a str,
        more: &'a str,
        budget: &'a str,
    },
    CliNegWith {
        debt_free: YearMonth,
        months: u32,
        cost: &'a str,
    },
    CliNegSaveHint,
    CliNegSaved {
        debt: &'a str,
        path: &'a str,
    },
    CliPaid {
        amount: &'a str,
        debt: &'a str,
        date: NaiveDate,
        path: &'a str,
    },
    CliReconcileAsk {
        debt: &'a str,
        expected: &'a str,
        day: NaiveDate,
    },
    CliReconcileCash {
        day: NaiveDate,
        expected: &'a str,
    },
    CliReconcileSame {
        debt: &'a str,
        amount: &'a str,
    },
    CliReconcileMore {
        debt: &'a str,
        lender: &'a str,
        diff: &'a str,
        expected: &'a str,
    },
    CliReconcileLess {
        debt: &'a str,
        lender: &'a str,
        diff: &'a str,
        expected: &'a str,
    },
    CliReconcileAgain {
        date: NaiveDate,
        diff: &'a str,
    },
    CliReconcileDone {
        path: &'a str,
        day: NaiveDate,
        cash: &'a str,
    },
    CliCreated {
        path: &'a str,
        what: &'a str,
    },
    CliExample,
    CliEmpty,
    CliRemindWrote {
        service: &'a str,
        timer: &'a str,
        dir: &'a str,
    },
    CliRemindEnabled {
        timer: &'a str,
    },
    CliRemindManual,
    CliRemindOrCron,
    CliCronHint,
    CliCronRemove,
    CliRemoved {
        files: &'a str,
    },
    CliNothingToRemove {
        dir: &'a str,
    },
    CliAnd,
    CliWrote {
        path: &'a str,
    },
    IcsSummary {
        debt: &'a str,
        amount: &'a str,
    },
    IcsDescription {
        amount: &'a str,
        debt: &'a str,
        date: NaiveDate,
    },
    IcsCalendarName,
    ErrBelowMinimums {
        budget: &'a str,
        short: &'a str,
        minimums: &'a str,
    },
    ErrGrowsOne {
        debts: &'a str,
    },
    ErrGrowMany {
        debts: &'a str,
    },
    ErrStillOwedOne {
        months: u32,
        debts: &'a str,
    },
    ErrStillOwedMany {
        months: u32,
        debts: &'a str,
    },
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
    // `plan --explain` and the Plan screen's `e`: why a month's money goes where it goes.
    ExplainHistory,
    ExplainMinimumsOnly,
    ExplainNothingLeft,
    ExplainCostsMost {
        debt: &'a str,
        apr: &'a str,
    },
    ExplainSmallest {
        debt: &'a str,
        balance: &'a str,
    },
    ExplainYourOrder {
        debt: &'a str,
    },
    ExplainPaidOff {
        debt: &'a str,
    },
    ExplainMovesOn {
        debt: &'a str,
        amount: &'a str,
        to: &'a str,
    },
    ExplainMinimumOne {
        debt: &'a str,
    },
    ExplainMinimumMany {
        debts: &'a str,
    },
    ExplainInstallmentOne {
        debt: &'a str,
    },
    ExplainInstallmentMany {
        debts: &'a str,
    },
    ExplainNegotiated {
        debt: &'a str,
        amount: &'a str,
    },
    ExplainLogged {
        debts: &'a str,
    },
    ExplainExtraTo {
        amount: &'a str,
        debt: &'a str,
    },
    ExplainExtra {
        amount: &'a str,
    },
    ExplainBudgetMore {
        amount: &'a str,
    },
    ExplainBudgetLess {
        amount: &'a str,
    },
    ExplainMore {
        count: usize,
    },
    ExplainSep,
    KeyExplain,
    ScheduleWhy,
    ExplainCostsMostTied {
        debt: &'a str,
        apr: &'a str,
    },
    ExplainAnd {
        first: &'a str,
        last: &'a str,
    },
}
