//! Forms for debts, budget lines, payments and the budget: labelled fields, the rule beside
//! each, errors as the user types. A form never accepts what the file would reject: a
//! candidate edit is applied to a copy of the store, whose loader is the final judge.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;
use rust_decimal::Decimal;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::i18n::Msg;
use crate::engine::Strategy;
use crate::lender::Product;
use crate::model::{Flow, Payment};
use crate::money::{AmountError, Money, NumberError, Rate, check_amount, plain, read_typed_amount};
use crate::reconcile::{self, expected};
use crate::store::{Edit, Error, Expected, Problem, Store};

mod debt;

use debt::Rules;

/// What a form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    /// A new debt (`None`) or debt `i`.
    Debt(Option<usize>),
    Flow {
        expense: bool,
        index: Option<usize>,
    },
    /// A payment to debt `i`.
    Pay(usize),
    Budget,
    /// The lenders' figures on a day, to move the file forward to it.
    Reconcile(NaiveDate),
    /// The Plan screen's what-if budget, typed exactly: kept on the screen, not in the file.
    WhatIfBudget,
    /// A new scenario (`index` `None`) of the what-if's `budget` and `strategy` (each where it
    /// differs from the file's), or scenario `i`'s new name.
    Scenario {
        index: Option<usize>,
        budget: Option<Money>,
        strategy: Option<Strategy>,
    },
}

/// A field, by the file key it writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Name,
    Kind,
    Balance,
    Apr,
    Minimum,
    MinimumPercent,
    Term,
    Method,
    FeeRate,
    DueDay,
    GraceDays,
    Penalty,
    StatementDay,
    Tolerance,
    Interest,
    Unbilled,
    PenaltyBase,
    PenaltyMultiple,
    LateFeePercent,
    LateFeeMin,
    SuspendDays,
    Amount,
    Day,
    Date,
    Cash,
    AsOf,
    Monthly,
    RemindDays,
    /// Debt `i`'s balance as its lender shows it.
    Lender(usize),
    /// The what-if monthly budget for debts.
    WhatIf,
}

impl Key {
    /// The file's key, to match the loader's errors to the field.
    fn toml(self) -> &'static str {
        match self {
            Key::Name => "name",
            Key::Kind => "kind",
            Key::Balance | Key::Lender(_) => "balance",
            Key::Apr => "apr",
            Key::Minimum => "minimum",
            Key::MinimumPercent => "minimum_percent",
            Key::Term => "term_months",
            Key::Method => "method",
            Key::FeeRate => "fee_rate",
            Key::DueDay => "due_day",
            Key::GraceDays => "grace_days",
            Key::Penalty => "penalty_daily_rate",
            Key::StatementDay => "statement_day",
            Key::Tolerance => "tolerance",
            Key::Interest => "interest",
            Key::Unbilled => "unbilled",
            Key::PenaltyBase => "penalty_base",
            Key::PenaltyMultiple => "penalty_rate_multiple",
            Key::LateFeePercent => "late_fee_percent",
            Key::LateFeeMin => "late_fee_min",
            Key::SuspendDays => "suspend_days",
            Key::Amount => "amount",
            Key::Day => "day",
            Key::Date => "date",
            Key::Cash => "cash",
            Key::AsOf => "as_of",
            Key::Monthly | Key::WhatIf => "monthly_for_debts",
            Key::RemindDays => "remind_days",
        }
    }

    /// The key a product fills for this field, in `Debt::from_product`'s spelling: the rate
    /// a product gives is a daily one.
    fn product_key(self) -> &'static str {
        match self {
            Key::Apr => "daily_rate",
            key => key.toml(),
        }
    }

    pub fn label(self) -> Msg<'static> {
        match self {
            Key::Name => Msg::FieldName,
            Key::Kind => Msg::FieldKind,
            Key::Balance | Key::Lender(_) => Msg::FieldBalance,
            Key::Apr => Msg::FieldApr,
            Key::Minimum => Msg::FieldMinimum,
            Key::MinimumPercent => Msg::FieldMinimumPercent,
            Key::Term => Msg::FieldTerm,
            Key::Method => Msg::FieldMethod,
            Key::FeeRate => Msg::FieldFeeRate,
            Key::DueDay => Msg::FieldDueDay,
            Key::GraceDays => Msg::FieldGraceDays,
            Key::Penalty => Msg::FieldPenalty,
            Key::StatementDay => Msg::FieldStatementDay,
            Key::Tolerance => Msg::FieldTolerance,
            Key::Interest => Msg::FieldInterest,
            Key::Unbilled => Msg::FieldUnbilled,
            Key::PenaltyBase => Msg::FieldPenaltyBase,
            Key::PenaltyMultiple => Msg::FieldPenaltyMultiple,
            Key::LateFeePercent => Msg::FieldLateFeePercent,
            Key::LateFeeMin => Msg::FieldLateFeeMin,
            Key::SuspendDays => Msg::FieldSuspendDays,
            Key::Amount => Msg::FieldAmount,
            Key::Day => Msg::FieldDay,
            Key::Date => Msg::FieldDate,
            Key::Cash => Msg::FieldCash,
            Key::AsOf => Msg::FieldAsOf,
            Key::Monthly => Msg::FieldMonthly,
            Key::RemindDays => Msg::FieldRemindDays,
            Key::WhatIf => Msg::FieldMonthly,
        }
    }

    pub fn rule(self) -> Msg<'static> {
        match self {
            Key::Name => Msg::RuleName,
            Key::Kind | Key::Method | Key::Interest | Key::PenaltyBase => Msg::RuleChoice,
            Key::Balance
            | Key::Minimum
            | Key::Amount
            | Key::Cash
            | Key::Lender(_)
            | Key::LateFeeMin => Msg::RuleAmount,
            Key::StatementDay => Msg::RuleOptionalDay,
            Key::Tolerance => Msg::RuleTolerance,
            Key::Unbilled => Msg::RuleUnbilled,
            Key::PenaltyMultiple => Msg::RuleMultiple,
            Key::LateFeePercent => Msg::RuleLateFee,
            Key::SuspendDays => Msg::RuleSuspend,
            Key::Monthly => Msg::RuleMonthly,
            Key::WhatIf => Msg::RuleWhatIf,
            Key::Apr => Msg::RuleRate,
            Key::MinimumPercent | Key::FeeRate | Key::Penalty => Msg::RuleOptionalRate,
            Key::DueDay | Key::Day => Msg::RuleDay,
            Key::GraceDays | Key::RemindDays => Msg::RuleDays,
            Key::Term => Msg::RuleTerm,
            Key::Date | Key::AsOf => Msg::RuleDate,
        }
    }

    /// The values of a choice field; empty for text fields.
    fn choices(self) -> &'static [&'static str] {
        match self {
            Key::Kind => &["card", "loan"],
            Key::Method => &["annuity", "equal_principal", "interest_only", "flat_fee"],
            Key::Interest => &["full", "unpaid"],
            Key::PenaltyBase => &["due", "bill", "principal"],
            _ => &[],
        }
    }

    pub fn is_choice(self) -> bool {
        !self.choices().is_empty()
    }

    /// How a choice's value reads in the form.
    pub fn choice_label(value: &str) -> Option<Msg<'static>> {
        Some(match value {
            "card" => Msg::Card,
            "loan" => Msg::Loan,
            "annuity" => Msg::MethodAnnuity,
            "equal_principal" => Msg::MethodEqualPrincipal,
            "interest_only" => Msg::MethodInterestOnly,
            "flat_fee" => Msg::MethodFlatFee,
            "full" => Msg::InterestFull,
            "unpaid" => Msg::InterestUnpaid,
            "due" => Msg::BaseDue,
            "bill" => Msg::BaseBill,
            "principal" => Msg::BasePrincipal,
            _ => return None,
        })
    }
}

/// A field's error: a message of the catalog, or what the loader found wrong with the value
/// (shown in the form's language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    Msg(Msg<'static>),
    Problem(Problem),
}

#[derive(Clone, Debug)]
pub struct Field {
    pub key: Key,
    pub input: Input,
    pub error: Option<FieldError>,
    /// Typed in or left by the user (or the form was submitted): only then its error shows.
    pub touched: bool,
    /// What the debt's product fills in for this field, as text; `None` when it fills nothing.
    pub product: Option<String>,
    /// The value is the file's or the user's, not the product's: set by the first change.
    pub own: bool,
}

impl Field {
    /// The error to show now.
    pub fn shown_error(&self) -> Option<&FieldError> {
        self.error.as_ref().filter(|_| self.touched)
    }

    /// Whether the value is the product's: never changed, or emptied (which takes the
    /// product's value back).
    pub fn from_product(&self) -> bool {
        self.product.is_some() && (!self.own || self.input.value().trim().is_empty())
    }

    /// The text the value is read from: the product's while it is the product's.
    fn text(&self) -> &str {
        match &self.product {
            Some(p) if self.from_product() => p,
            _ => self.input.value().trim(),
        }
    }
}

/// Something about a payment that may not be what the user means: shown as they type, never
/// refused (the file accepts it).
#[derive(Clone, Debug, PartialEq)]
pub enum PayWarning {
    /// Dated before the file's `as_of`: the balances already include it, so it does not count.
    BeforeAsOf(NaiveDate),
    /// Dated after today: money set aside.
    Future,
    /// The log already has a payment to the same debt, on the same day, of the same amount.
    Duplicate(Payment),
}

/// An open form.
#[derive(Clone, Debug)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    /// Index into `fields` (always a visible one).
    pub focus: usize,
    /// A problem that belongs to no one field.
    pub error: Option<String>,
    /// A debt form's product: whose rules fill the fields the user has not set.
    pub product: Option<Product>,
    /// Which of the lenders' rules (SPEC §7) a debt form shows.
    rules: Rules,
    /// A payment form's day, to tell a payment dated after it.
    today: Option<NaiveDate>,
    /// What may be wrong with the payment as typed (a payment form only).
    pub warnings: Vec<PayWarning>,
    /// Enter found a duplicate payment: the form asks whether to keep it.
    pub asking: bool,
    /// The user said to keep the duplicate.
    pub keep_duplicate: bool,
}

fn field(key: Key, value: String) -> Field {
    Field {
        key,
        input: Input::new(value),
        error: None,
        touched: false,
        product: None,
        own: true,
    }
}

fn opt_rate(r: Option<Rate>) -> String {
    r.map(|r| r.percent().normalize().to_string())
        .unwrap_or_default()
}

fn amount_text(m: Money) -> String {
    if m.fract().is_zero() {
        m.trunc().to_string()
    } else {
        plain(m)
    }
}

impl Form {
    /// An income (`expense = false`) or expense form.
    pub fn flow(store: &Store, expense: bool, index: Option<usize>) -> Form {
        let b = &store.data().budget;
        let list = if expense { &b.expenses } else { &b.income };
        let f = index.and_then(|i| list.get(i));
        let fields = vec![
            field(Key::Name, f.map(|f| f.name.clone()).unwrap_or_default()),
            field(
                Key::Amount,
                f.map(|f| amount_text(f.amount)).unwrap_or_default(),
            ),
            field(Key::Day, f.map_or("1".to_string(), |f| f.day.to_string())),
        ];
        Form::new(FormKind::Flow { expense, index }, fields)
    }

    /// A payment to debt `debt` of `amount` (what is due) on `today`.
    pub fn pay(debt: usize, amount: Money, today: NaiveDate) -> Form {
        let fields = vec![
            field(Key::Amount, amount_text(amount)),
            field(Key::Date, today.to_string()),
        ];
        let mut form = Form::new(FormKind::Pay(debt), fields);
        form.today = Some(today);
        form
    }

    /// Cash, as-of date, the monthly money for debts and the reminder lead.
    pub fn budget(store: &Store) -> Form {
        let b = &store.data().budget;
        let fields = vec![
            field(Key::Cash, amount_text(b.cash)),
            field(Key::AsOf, b.as_of.to_string()),
            field(
                Key::Monthly,
                b.monthly_for_debts.map(amount_text).unwrap_or_default(),
            ),
            field(Key::RemindDays, b.remind_days.to_string()),
        ];
        Form::new(FormKind::Budget, fields)
    }

    /// The cash and each debt's balance on `today` as payoff expects them, for the user to
    /// correct with what the lenders show.
    pub fn reconcile(store: &Store, today: NaiveDate) -> Form {
        let e = expected(store.data(), today);
        let mut fields = vec![field(Key::Cash, amount_text(e.cash))];
        fields.extend(
            e.balances
                .iter()
                .enumerate()
                .map(|(i, b)| field(Key::Lender(i), amount_text(*b))),
        );
        Form::new(FormKind::Reconcile(e.today), fields)
    }

    /// A name for the Plan screen's what-if, kept as a new scenario.
    pub fn new_scenario(budget: Option<Money>, strategy: Option<Strategy>) -> Form {
        Form::new(
            FormKind::Scenario {
                index: None,
                budget,
                strategy,
            },
            vec![field(Key::Name, String::new())],
        )
    }

    /// Scenario `i`'s name, to change.
    pub fn rename_scenario(store: &Store, i: usize) -> Form {
        let name = store
            .data()
            .scenarios
            .get(i)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        Form::new(
            FormKind::Scenario {
                index: Some(i),
                budget: None,
                strategy: None,
            },
            vec![field(Key::Name, name)],
        )
    }

    /// The what-if budget, starting from `budget` (the one the plans use now).
    pub fn what_if_budget(budget: Money) -> Form {
        Form::new(
            FormKind::WhatIfBudget,
            vec![field(Key::WhatIf, amount_text(budget))],
        )
    }

    fn new(kind: FormKind, fields: Vec<Field>) -> Form {
        Form {
            kind,
            fields,
            focus: 0,
            error: None,
            product: None,
            rules: Rules::default(),
            today: None,
            warnings: Vec::new(),
            asking: false,
            keep_duplicate: false,
        }
    }

    /// The payment the log already has that this one repeats, if any.
    pub fn duplicate(&self) -> Option<&Payment> {
        self.warnings.iter().find_map(|w| match w {
            PayWarning::Duplicate(p) => Some(p),
            _ => None,
        })
    }

    fn value(&self, key: Key) -> &str {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .map_or("", Field::text)
    }

    /// Whether a field shows for the form's current values: a loan has a term and a method
    /// instead of a minimum; a fee rate only with the flat-fee method.
    pub fn visible(&self, key: Key) -> bool {
        let loan = self.value(Key::Kind) == "loan";
        let rules = self.rules;
        match key {
            // A product is a card or a loan: its title says which.
            Key::Kind => self.product.is_none(),
            Key::Minimum | Key::MinimumPercent => !loan,
            Key::Term | Key::Method => loan,
            Key::FeeRate => loan && self.value(Key::Method) == "flat_fee",
            Key::StatementDay | Key::Interest | Key::Unbilled => rules.shown && !loan,
            Key::Tolerance | Key::PenaltyBase => rules.shown,
            Key::PenaltyMultiple => rules.shown && loan && rules.multiple,
            // A loan's penalty is a multiple of its rate (借呗's 1.5 x), or a rate a day.
            Key::Penalty => !(rules.shown && loan && rules.multiple) || rules.daily_penalty,
            Key::LateFeePercent | Key::LateFeeMin => rules.shown && rules.late_fee,
            Key::SuspendDays => rules.shown && rules.suspend,
            _ => true,
        }
    }

    /// The indexes of the visible fields, in order.
    pub fn shown(&self) -> Vec<usize> {
        (0..self.fields.len())
            .filter(|&i| self.visible(self.fields[i].key))
            .collect()
    }

    /// Moves the focus to the next (or previous) visible field.
    pub fn move_focus(&mut self, forward: bool) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.touched = true;
            // Left empty, a field of the product's shows the product's value again.
            if let (true, Some(p)) = (f.input.value().trim().is_empty(), &f.product) {
                f.input = Input::new(p.clone());
                f.own = false;
            }
        }
        let shown = self.shown();
        let pos = shown.iter().position(|&i| i == self.focus).unwrap_or(0);
        let n = shown.len().max(1);
        let next = if forward { pos + 1 } else { pos + n - 1 } % n;
        self.focus = shown.get(next).copied().unwrap_or(0);
    }

    /// Whether the focused field is a choice (its keys are in `keymap::FORM_CHOICE`).
    pub fn on_choice(&self) -> bool {
        self.fields
            .get(self.focus)
            .is_some_and(|f| f.key.is_choice())
    }

    /// A key typed into the focused field, if it is a text field.
    pub fn key(&mut self, key: KeyEvent) {
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        f.touched = true;
        if f.key.is_choice() {
            return;
        }
        let before = f.input.value().to_string();
        f.input
            .handle_event(&ratatui::crossterm::event::Event::Key(key));
        self.changed(before);
    }

    /// The focused choice field's next (or previous) value.
    pub fn choose(&mut self, forward: bool) {
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        f.touched = true;
        let before = f.input.value().to_string();
        let choices = f.key.choices();
        if choices.is_empty() {
            return;
        }
        let step = if forward { 1 } else { choices.len() - 1 };
        let at = choices
            .iter()
            .position(|c| *c == f.input.value())
            .unwrap_or(0);
        f.input = Input::new(choices[(at + step) % choices.len()].to_string());
        self.changed(before);
    }

    /// After the focused field's value was `before`.
    fn changed(&mut self, before: String) {
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        // Changed by the user, a value is theirs, even if it is the product's again.
        if f.input.value() != before {
            f.own = true;
        }
        self.sync_product();
    }

    /// Marks every field as touched, so that all errors show (on submit).
    pub fn touch_all(&mut self) {
        for f in &mut self.fields {
            f.touched = true;
        }
    }

    /// Whether the form has any choice field (for the key hints).
    pub fn has_choices(&self) -> bool {
        self.fields.iter().any(|f| f.key.is_choice())
    }

    /// Checks every visible field, then the whole edit against a copy of the file; on success
    /// the edit to apply. Errors are left on the fields.
    pub fn validate(&mut self, store: &Store) -> Option<Edit> {
        self.error = None;
        for f in &mut self.fields {
            f.error = None;
        }
        // Fields that do not parse stand in with a default, so that the file's own checks (a
        // duplicate name, say) still speak while the user is typing elsewhere.
        let (edit, parsed) = self.build(store);
        self.warnings = match (&edit, parsed) {
            (Edit::AddPayment(p), true) => pay_warnings(store, p, self.today),
            _ => Vec::new(),
        };
        match store.clone().apply(edit.clone()) {
            Ok(()) => parsed.then_some(edit),
            Err(Error::Invalid(d)) => {
                let key = d.key.as_deref().unwrap_or("");
                let last = key.rsplit('.').next().unwrap_or(key);
                let shown = self.shown();
                match shown.iter().find(|&&i| self.fields[i].key.toml() == last) {
                    Some(&i) if self.fields[i].error.is_none() => {
                        self.fields[i].error = Some(loader_error(*d.problem));
                    }
                    Some(_) => {}
                    None if parsed => self.error = Some(d.to_string()),
                    None => {}
                }
                None
            }
            Err(e) => {
                self.error = Some(e.to_string());
                None
            }
        }
    }

    /// Parses the fields into an edit, and whether every field parsed (errors are left on the
    /// fields that did not; they stand in with a default in the edit).
    fn build(&mut self, store: &Store) -> (Edit, bool) {
        let mut p = Parser {
            form: self,
            ok: true,
            symbol: store.data().currency.clone(),
        };
        let edit = match p.form.kind {
            FormKind::Debt(index) => debt::edit(&mut p, store, index),
            FormKind::Flow { expense, index } => Edit::UpsertFlow {
                expense,
                index,
                flow: Flow {
                    name: p.text(Key::Name),
                    amount: p.req_amount(Key::Amount),
                    day: p.day(Key::Day),
                    // The form does not edit how often a line repeats: a yearly one stays so.
                    month: index.and_then(|i| {
                        let b = &store.data().budget;
                        let list = if expense { &b.expenses } else { &b.income };
                        list.get(i).and_then(|f| f.month)
                    }),
                },
            },
            FormKind::Pay(debt) => {
                let amount = p.req_amount(Key::Amount);
                if amount.is_zero() && p.typed_amount(Key::Amount).is_ok() {
                    p.fail(Key::Amount, Msg::ErrPositive);
                }
                Edit::AddPayment(Payment {
                    debt: store
                        .data()
                        .debts
                        .get(debt)
                        .map(|d| d.name.clone())
                        .unwrap_or_default(),
                    date: p.date(Key::Date).unwrap_or(store.data().budget.as_of),
                    amount,
                })
            }
            FormKind::Budget => Edit::SetBudget {
                cash: p.req_amount(Key::Cash),
                as_of: p.date(Key::AsOf).unwrap_or(store.data().budget.as_of),
                monthly_for_debts: p.amount(Key::Monthly),
                remind_days: p.whole(Key::RemindDays).unwrap_or(3),
            },
            FormKind::Reconcile(today) => {
                let e = expected(store.data(), today);
                let cash = p.req_amount(Key::Cash);
                let balances: Vec<Money> = (0..e.balances.len())
                    .map(|i| p.req_amount(Key::Lender(i)))
                    .collect();
                reconcile::edit(store.data(), &e, cash, &balances)
            }
            FormKind::Scenario {
                index,
                budget,
                strategy,
            } => match index {
                None => Edit::AddScenario {
                    name: p.text(Key::Name),
                    budget,
                    strategy,
                },
                Some(index) => Edit::RenameScenario {
                    index,
                    name: p.text(Key::Name),
                },
            },
            // Checked as the file would check the budget it may become (`w` keeps it).
            FormKind::WhatIfBudget => Edit::KeepPlan {
                monthly_for_debts: p.req_amount(Key::WhatIf),
                strategy: store.data().budget.strategy(),
            },
        };
        (edit, p.ok)
    }
}

/// The loader's judgement of a field, as the form shows it: the usual ones (a value the file
/// needs, such as a loan's term; a name another debt has) in the form's own short words, others
/// as the loader says them.
fn loader_error(problem: Problem) -> FieldError {
    match problem {
        Problem::Missing(_) => FieldError::Msg(Msg::ErrRequired),
        Problem::Wrong {
            expected: Expected::UniqueName { .. } | Expected::UniqueScenario { .. },
            ..
        } => FieldError::Msg(Msg::ErrNameTaken),
        other => FieldError::Problem(other),
    }
}

/// What may be wrong with payment `p` to the file's log, `today` being the day it is typed.
fn pay_warnings(store: &Store, p: &Payment, today: Option<NaiveDate>) -> Vec<PayWarning> {
    let data = store.data();
    let mut out = Vec::new();
    if p.date < data.budget.as_of {
        out.push(PayWarning::BeforeAsOf(data.budget.as_of));
    }
    if today.is_some_and(|t| p.date > t) {
        out.push(PayWarning::Future);
    }
    if let Some(same) = data.same_payment(p) {
        out.push(PayWarning::Duplicate(same.clone()));
    }
    out
}

/// Reads fields, noting the first problem of each.
struct Parser<'a> {
    form: &'a mut Form,
    ok: bool,
    /// The file's currency symbol, which a typed amount may carry.
    symbol: String,
}

impl Parser<'_> {
    fn fail(&mut self, key: Key, msg: Msg<'static>) {
        self.ok = false;
        if let Some(f) = self.form.fields.iter_mut().find(|f| f.key == key) {
            f.error = Some(FieldError::Msg(msg));
        }
    }

    fn text(&self, key: Key) -> String {
        self.form.value(key).to_string()
    }

    /// The field's text as an amount typed the way the app shows amounts (`¥1,060.30`).
    fn typed_amount(&self, key: Key) -> Result<Decimal, NumberError> {
        read_typed_amount(self.form.value(key), &self.symbol)
    }

    /// An amount: empty is `None` (the caller decides whether that is allowed).
    fn amount(&mut self, key: Key) -> Option<Money> {
        if self.text(key).is_empty() {
            return None;
        }
        match self.typed_amount(key).map(check_amount) {
            Ok(Ok(v)) => return Some(v),
            Ok(Err(AmountError::TooManyDecimals)) | Err(NumberError::TooPrecise) => {
                self.fail(key, Msg::ErrDecimals);
            }
            Ok(Err(AmountError::TooLarge)) | Err(NumberError::TooLarge { negative: false }) => {
                self.fail(key, Msg::ErrTooLarge);
            }
            Ok(Err(AmountError::Negative)) | Err(_) => self.fail(key, Msg::ErrAmount),
        }
        None
    }

    /// An amount that must be given.
    fn req_amount(&mut self, key: Key) -> Money {
        if self.text(key).is_empty() {
            self.fail(key, Msg::ErrRequired);
        }
        self.amount(key).unwrap_or_default()
    }

    fn rate(&mut self, key: Key) -> Option<Decimal> {
        let s = self.text(key);
        if s.is_empty() {
            return None;
        }
        match s.parse::<Decimal>() {
            Ok(v) if !v.is_sign_negative() => return Some(v),
            _ => self.fail(key, Msg::ErrRate),
        }
        None
    }

    fn whole(&mut self, key: Key) -> Option<u32> {
        let s = self.text(key);
        if s.is_empty() {
            return None;
        }
        s.parse().map_err(|_| self.fail(key, Msg::ErrWhole)).ok()
    }

    /// A day of the month that may be left empty.
    fn opt_day(&mut self, key: Key) -> Option<u32> {
        if self.text(key).is_empty() {
            return None;
        }
        Some(self.day(key))
    }

    fn day(&mut self, key: Key) -> u32 {
        match self.whole(key) {
            Some(d @ 1..=31) => d,
            Some(_) | None => {
                self.fail(key, Msg::ErrDay);
                1
            }
        }
    }

    fn date(&mut self, key: Key) -> Option<NaiveDate> {
        let s = self.text(key);
        match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.fail(key, Msg::ErrDate);
                None
            }
        }
    }
}
