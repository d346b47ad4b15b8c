//! The debt form: the fields a debt shows (the lenders' rules of SPEC §7 only for a debt that
//! has a product or such keys), prefilled from its product and marked as the product's until
//! the user changes them.

use rust_decimal::Decimal;
use tui_input::Input;

use super::{Form, FormKind, Key, Parser, amount_text, field, opt_rate};
use crate::lender::{InterestRule, PenaltyBase, Product};
use crate::model::{Debt, DebtKind, Method};
use crate::money::Rate;
use crate::store::{Edit, Store};
use crate::tui::i18n::Msg;

/// The fields of SPEC §7 a debt form shows: none for a debt that uses none of them (the form
/// is then as it always was); with a product or such keys, those the debt can have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Rules {
    /// The statement cycle, tolerance, interest rule, penalty base.
    pub(super) shown: bool,
    pub(super) late_fee: bool,
    pub(super) suspend: bool,
    pub(super) multiple: bool,
    /// A penalty a day is written: shown beside the multiple of the rate it replaces.
    pub(super) daily_penalty: bool,
}

impl Rules {
    fn of(debt: &Debt) -> Rules {
        let d = debt.product.map(Product::defaults);
        Rules {
            shown: debt.product.is_some()
                || debt.statement_day.is_some()
                || !debt.unbilled.is_zero()
                || debt.interest != InterestRule::Full
                || !debt.tolerance.is_zero()
                || debt.penalty_base != PenaltyBase::Due
                || debt.penalty_rate_multiple.is_some()
                || debt.late_fee_percent.is_some()
                || !debt.late_fee_min.is_zero()
                || debt.suspend_days.is_some(),
            late_fee: d.is_some_and(|d| d.late_fee_percent.is_some())
                || debt.late_fee_percent.is_some()
                || !debt.late_fee_min.is_zero(),
            suspend: d.is_some_and(|d| d.suspend_days.is_some()) || debt.suspend_days.is_some(),
            multiple: d.is_some_and(|d| d.penalty_rate_multiple.is_some())
                || debt.penalty_rate_multiple.is_some(),
            daily_penalty: debt.penalty_daily_rate.is_some(),
        }
    }
}

impl Form {
    /// A debt form, filled from debt `index` or with a new card's defaults (the blank form).
    pub fn debt(store: &Store, index: Option<usize>) -> Form {
        let fallback = Debt::card("", Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, 10);
        let d = index
            .and_then(|i| store.data().debts.get(i))
            .unwrap_or(&fallback);
        Form::debt_from(FormKind::Debt(index), d)
    }

    /// A new debt of `product`, every value it has a rule for filled in (and marked as its),
    /// named `name`.
    pub fn product_debt(product: Product, name: &str) -> Form {
        Form::debt_from(FormKind::Debt(None), &product.debt(name, None))
    }

    fn debt_from(kind: FormKind, d: &Debt) -> Form {
        let new = kind == FormKind::Debt(None);
        let filled = |key: Key| d.from_product.contains(&key.product_key());
        // A new debt starts with empty amounts to type, not zeros to delete; what its product
        // fills shows.
        let known = |key: Key, s: String| {
            if new && !filled(key) {
                String::new()
            } else {
                s
            }
        };
        let day = |d: Option<u32>| d.map(|d| d.to_string()).unwrap_or_default();
        let fields = vec![
            field(Key::Name, d.name.clone()),
            field(Key::Kind, d.kind.code().to_string()),
            field(Key::Balance, known(Key::Balance, amount_text(d.balance))),
            field(
                Key::Apr,
                known(Key::Apr, d.apr.percent().normalize().to_string()),
            ),
            field(Key::Minimum, known(Key::Minimum, amount_text(d.minimum))),
            field(Key::MinimumPercent, opt_rate(d.minimum_percent)),
            field(Key::Term, day(d.term_months)),
            field(Key::Method, d.method.code().to_string()),
            field(Key::FeeRate, opt_rate(d.fee_rate)),
            field(Key::StatementDay, day(d.statement_day)),
            field(Key::DueDay, known(Key::DueDay, d.due_day.to_string())),
            field(Key::GraceDays, d.grace_days.to_string()),
            field(
                Key::Tolerance,
                known(Key::Tolerance, amount_text(d.tolerance)),
            ),
            field(Key::Interest, d.interest.code().to_string()),
            field(Key::Penalty, opt_rate(d.penalty_daily_rate)),
            field(
                Key::PenaltyMultiple,
                d.penalty_rate_multiple
                    .map(|m| m.normalize().to_string())
                    .unwrap_or_default(),
            ),
            field(Key::PenaltyBase, d.penalty_base.code().to_string()),
            field(Key::LateFeePercent, opt_rate(d.late_fee_percent)),
            field(
                Key::LateFeeMin,
                known(Key::LateFeeMin, amount_text(d.late_fee_min)),
            ),
            field(Key::Unbilled, known(Key::Unbilled, amount_text(d.unbilled))),
            field(Key::SuspendDays, day(d.suspend_days)),
        ];
        let mut form = Form::new(kind, fields);
        form.product = d.product;
        form.rules = Rules::of(d);
        if let Some(p) = d.product {
            // What the product alone would give: the text each of its fields goes back to.
            let alone = p.debt("", None);
            let fills = alone.from_product.clone();
            let text = Form::debt_from(
                FormKind::Debt(Some(0)),
                &Debt {
                    product: None,
                    ..alone
                },
            );
            for f in &mut form.fields {
                if fills.contains(&f.key.product_key()) {
                    f.product = text
                        .fields
                        .iter()
                        .find(|g| g.key == f.key)
                        .map(|g| g.input.value().to_string());
                }
                // A new debt's values are the user's once typed; an edited debt's, once
                // written in the file.
                f.own = !new && !filled(f.key);
            }
            form.sync_product();
        }
        form
    }

    /// The product's due day that follows the statement day (Baitiao's): kept in step with
    /// the statement day typed, while the due day is the product's.
    pub(super) fn sync_product(&mut self) {
        let Some(after) = self.product.and_then(|p| p.defaults().due_after_statement) else {
            return;
        };
        let statement = self.value(Key::StatementDay).parse::<u32>().ok();
        let due = statement
            .filter(|s| (1..=31).contains(s))
            .map(|s| Product::due_day_after(s, after).to_string());
        if let Some(f) = self.fields.iter_mut().find(|f| f.key == Key::DueDay) {
            f.product.clone_from(&due);
            if !f.own {
                f.input = Input::new(due.unwrap_or_default());
            }
        }
    }

    /// The rule shown beside a field.
    pub fn rule(&self, key: Key) -> Msg<'static> {
        match key {
            Key::StatementDay if self.needs_statement_day() => Msg::RuleDay,
            key => key.rule(),
        }
    }

    /// A card product whose cycle starts on a statement day it has no default for (a bank
    /// card's, Baitiao's): the day must be given.
    pub(super) fn needs_statement_day(&self) -> bool {
        let d = self.product.map(Product::defaults);
        d.is_some_and(|d| d.kind == DebtKind::Card && d.statement_day.is_none())
    }
}

/// The edit a debt form asks for.
pub(super) fn edit(p: &mut Parser, store: &Store, index: Option<usize>) -> Edit {
    let base = match index {
        Some(i) => store.data().debts.get(i).cloned(),
        None => p.form.product.map(|pr| pr.debt("", None)),
    };
    let mut d =
        base.unwrap_or_else(|| Debt::card("", Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, 1));
    d.name = p.text(Key::Name);
    if d.name.is_empty() {
        p.fail(Key::Name, Msg::ErrRequired);
    }
    d.kind = DebtKind::parse(&p.text(Key::Kind)).unwrap_or(DebtKind::Card);
    d.balance = p.req_amount(Key::Balance);
    d.apr = Rate::new(p.rate(Key::Apr).unwrap_or_default());
    d.due_day = p.day(Key::DueDay);
    d.grace_days = p.whole(Key::GraceDays).unwrap_or(0);
    d.penalty_daily_rate = p.rate(Key::Penalty).map(Rate::new);
    if d.kind == DebtKind::Card {
        d.minimum = p.amount(Key::Minimum).unwrap_or_default();
        d.minimum_percent = p.rate(Key::MinimumPercent).map(Rate::new);
        d.term_months = None;
        d.fee_rate = None;
    } else {
        d.term_months = p.whole(Key::Term);
        d.method = Method::parse(&p.text(Key::Method)).unwrap_or(Method::Annuity);
        d.fee_rate = if d.method == Method::FlatFee {
            p.rate(Key::FeeRate).map(Rate::new)
        } else {
            None
        };
        d.minimum = Decimal::ZERO;
        d.minimum_percent = None;
    }
    p.rules(&mut d);
    let fee_quoted = d.kind == DebtKind::Loan && d.method == Method::FlatFee;
    if p.text(Key::Apr).is_empty() && !fee_quoted {
        p.fail(Key::Apr, Msg::ErrRequired);
    }
    Edit::UpsertDebt { index, debt: d }
}

impl Parser<'_> {
    /// The lenders' rules the form shows, and which values are still the product's: those
    /// are left to it (`from_product`), the rest are the user's to write.
    pub(super) fn rules(&mut self, d: &mut Debt) {
        let shown = |p: &Self, key: Key| p.form.visible(key);
        if shown(self, Key::StatementDay) {
            if self.form.needs_statement_day() && self.text(Key::StatementDay).is_empty() {
                self.fail(Key::StatementDay, Msg::ErrRequired);
            }
            d.statement_day = self.opt_day(Key::StatementDay);
        }
        if shown(self, Key::Tolerance) {
            d.tolerance = self.amount(Key::Tolerance).unwrap_or_default();
        }
        if shown(self, Key::Interest) {
            let code = self.text(Key::Interest);
            d.interest = InterestRule::ALL
                .into_iter()
                .find(|r| r.code() == code)
                .unwrap_or(InterestRule::Full);
        }
        if shown(self, Key::Unbilled) {
            d.unbilled = self.amount(Key::Unbilled).unwrap_or_default();
        }
        if shown(self, Key::PenaltyBase) {
            let code = self.text(Key::PenaltyBase);
            d.penalty_base = PenaltyBase::ALL
                .into_iter()
                .find(|b| b.code() == code)
                .unwrap_or(PenaltyBase::Due);
        }
        if shown(self, Key::PenaltyMultiple) {
            d.penalty_rate_multiple = self.rate(Key::PenaltyMultiple);
        }
        if shown(self, Key::LateFeePercent) {
            d.late_fee_percent = self.rate(Key::LateFeePercent).map(Rate::new);
        }
        if shown(self, Key::LateFeeMin) {
            d.late_fee_min = self.amount(Key::LateFeeMin).unwrap_or_default();
        }
        if shown(self, Key::SuspendDays) {
            d.suspend_days = self.whole(Key::SuspendDays);
        }
        if d.product.is_none() {
            return;
        }
        for f in &self.form.fields {
            if !self.form.visible(f.key) {
                continue;
            }
            let key = f.key.product_key();
            let listed = d.from_product.contains(&key);
            if f.from_product() && !listed {
                d.from_product.push(key);
            } else if !f.from_product() && listed {
                d.from_product.retain(|k| *k != key);
            }
        }
    }
}
