//! Writing one debt: a new one whole, a changed one key by key. With a `product`, a key it
//! fills is left to it (SPEC §7.1): only what the user set is written, so a later change of
//! the product's defaults still applies, and what the user set wins.

use rust_decimal::Decimal;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use super::{
    debt_table, end_position, extras_naming, max_position, new_table_after, number_value,
    push_table, put, put_number, rename_in_scenarios, set_negotiated, update_int, update_number,
    update_opt_number, update_opt_rate, update_string,
};
use crate::lender::{InterestRule, PenaltyBase};
use crate::model::{Debt, DebtKind, Method};
use crate::money::Rate;
use crate::store::Error;

fn is_flat_fee_loan(d: &Debt) -> bool {
    d.kind == DebtKind::Loan && d.method == Method::FlatFee
}

pub(super) fn add_debt(doc: &mut DocumentMut, d: &Debt) -> Result<(), Error> {
    let after = doc.get("debts").and_then(max_position);
    let after = after.unwrap_or_else(|| end_position(doc));
    let mut t = new_table_after(doc, after);
    let mut value = |key: &str, v: Value| {
        t.insert(key, Item::Value(v));
    };
    // With a product, a key it filled is not written (a later change of the product's default
    // still applies); a key it would fill that the user set is written whatever its value.
    let filled = |key: &str| d.from_product.contains(&key);
    let fills = product_fills(d);
    let fills = |key: &str| fills.contains(&key);
    value("name", Value::from(d.name.as_str()));
    if let Some(p) = d.product {
        value("product", Value::from(p.code()));
    }
    if !filled("kind") {
        value("kind", Value::from(d.kind.code()));
    }
    value("balance", number_value(d.balance));
    // A flat-fee loan quotes a fee, not a rate: no apr unless it has one.
    let fee_quoted = is_flat_fee_loan(d) && d.apr.is_zero() && !fills("daily_rate");
    if !filled("daily_rate") && !fee_quoted {
        match exact_daily(d.apr.percent()).filter(|_| daily_product(d)) {
            Some(daily) => value("daily_rate", number_value(daily)),
            None => value("apr", number_value(d.apr.percent())),
        }
    }
    let card_minimum = d.kind == DebtKind::Card && d.minimum_percent.is_none();
    if !filled("minimum") && (card_minimum || !d.minimum.is_zero() || fills("minimum")) {
        value("minimum", number_value(d.minimum));
    }
    if let (false, Some(p)) = (filled("minimum_percent"), d.minimum_percent) {
        value("minimum_percent", number_value(p.percent()));
    }
    if let (false, Some(day)) = (filled("statement_day"), d.statement_day) {
        value("statement_day", Value::from(i64::from(day)));
    }
    if !filled("due_day") {
        value("due_day", Value::from(i64::from(d.due_day)));
    }
    if !filled("grace_days") && (d.grace_days != 0 || fills("grace_days")) {
        value("grace_days", Value::from(i64::from(d.grace_days)));
    }
    if !filled("tolerance") && (!d.tolerance.is_zero() || fills("tolerance")) {
        value("tolerance", number_value(d.tolerance));
    }
    if !filled("interest") && (d.interest != InterestRule::Full || fills("interest")) {
        value("interest", Value::from(d.interest.code()));
    }
    if let (false, Some(p)) = (filled("penalty_daily_rate"), d.penalty_daily_rate) {
        value("penalty_daily_rate", number_value(p.percent()));
    }
    if let (false, Some(m)) = (filled("penalty_rate_multiple"), d.penalty_rate_multiple) {
        value("penalty_rate_multiple", number_value(m));
    }
    if !filled("penalty_base") && (d.penalty_base != PenaltyBase::Due || fills("penalty_base")) {
        value("penalty_base", Value::from(d.penalty_base.code()));
    }
    if let (false, Some(p)) = (filled("late_fee_percent"), d.late_fee_percent) {
        value("late_fee_percent", number_value(p.percent()));
    }
    if !filled("late_fee_min") && (!d.late_fee_min.is_zero() || fills("late_fee_min")) {
        value("late_fee_min", number_value(d.late_fee_min));
    }
    if let (false, Some(n)) = (filled("suspend_days"), d.suspend_days) {
        value("suspend_days", Value::from(i64::from(n)));
    }
    if !d.unbilled.is_zero() {
        value("unbilled", number_value(d.unbilled));
    }
    if let Some(n) = d.term_months {
        value("term_months", Value::from(i64::from(n)));
    }
    if d.kind == DebtKind::Loan || d.method != Method::Annuity {
        value("method", Value::from(d.method.code()));
    }
    if let Some(f) = d.fee_rate {
        value("fee_rate", number_value(f.percent()));
    }
    if let Some(p) = d.principal {
        value("principal", number_value(p));
    }
    push_table(doc.as_table_mut(), "debts", t);
    if d.negotiated.is_some() {
        let i = doc
            .get("debts")
            .and_then(Item::as_array_of_tables)
            .map_or(0, |a| a.len().saturating_sub(1));
        set_negotiated(doc, i, None, d.negotiated.as_ref())?;
    }
    Ok(())
}

/// The keys the debt's product fills when the file does not write them.
fn product_fills(d: &Debt) -> Vec<&'static str> {
    d.product
        .map(|p| p.debt("", d.statement_day).from_product)
        .unwrap_or_default()
}

/// Whether the debt's product quotes its rate a day (the rate is then written as
/// `daily_rate` where that is exact).
fn daily_product(d: &Debt) -> bool {
    d.product.is_some_and(|p| p.defaults().daily_rate.is_some())
}

/// `apr / 365` when it gives `apr` back exactly, in as many decimals as a rate may have.
fn exact_daily(apr: Decimal) -> Option<Decimal> {
    let days = Decimal::from(365u32);
    let d = apr.checked_div(days)?.normalize();
    let short = d.scale() <= crate::money::MAX_RATE_DECIMALS;
    (short && d.checked_mul(days)? == apr).then_some(d)
}

/// Where the value of a key of an updated debt comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// Written in the file, or no product has a say: the key's own rules.
    File,
    /// Filled by the product before and after: written only if its value changed under the
    /// same product (the file then wins).
    Product,
    /// Filled by the product, now the user's: written, whatever its value.
    Claimed,
    /// Written in the file, now left to the product: removed.
    Released,
}

fn source(old: &Debt, new: &Debt, key: &str) -> Source {
    match (
        old.from_product.contains(&key),
        new.from_product.contains(&key) && new.product.is_some(),
    ) {
        (true, true) => Source::Product,
        (true, false) => Source::Claimed,
        (false, true) => Source::Released,
        (false, false) => Source::File,
    }
}

/// What becomes of a key by where it comes from: `None` when that is settled (left to the
/// product, or removed for it); `Some(force)` when the caller writes it, `force` meaning
/// whatever its old value.
fn settle(t: &mut dyn TableLike, src: Source, key: &str, changed: bool) -> Option<bool> {
    match src {
        Source::File => Some(false),
        Source::Product => changed.then_some(true),
        Source::Claimed => Some(true),
        Source::Released => {
            t.remove(key);
            None
        }
    }
}

/// The keys of one debt being updated, each written by where its value comes from.
struct Keys<'a> {
    t: &'a mut Table,
    old: &'a Debt,
    new: &'a Debt,
    /// The product is the same before and after.
    same: bool,
}

impl Keys<'_> {
    /// `None` when the key is settled (left to the product, or removed for it); `Some(force)`
    /// when it is to be written by its own rules, or (`force`) whatever its old value.
    fn settle(&mut self, key: &str, changed: bool) -> Option<bool> {
        let src = source(self.old, self.new, key);
        settle(self.t, src, key, self.same && changed)
    }

    fn number(&mut self, key: &str, was: Decimal, now: Decimal, required: bool) {
        match self.settle(key, was != now) {
            Some(true) => put_number(self.t, key, now),
            Some(false) => update_number(self.t, key, was, now, required),
            None => {}
        }
    }

    /// A number that may be absent. A key the product fills cannot be written as "none": once
    /// removed, the product's value applies again.
    fn optional(&mut self, key: &str, was: Option<Decimal>, now: Option<Decimal>) {
        match (self.settle(key, was != now), now) {
            (Some(true), Some(v)) => put_number(self.t, key, v),
            (Some(true), None) => {
                self.t.remove(key);
            }
            (Some(false), _) => update_opt_number(self.t, key, was, now),
            (None, _) => {}
        }
    }

    /// A whole number of days (or a day of the month) that may be absent.
    fn day(&mut self, key: &str, was: Option<u32>, now: Option<u32>, required: bool) {
        let write = |t: &mut Table, v: u32| put(t, key, Value::from(i64::from(v)));
        match (self.settle(key, was != now), now) {
            (_, None) if was.is_some() || self.t.contains_key(key) => {
                self.t.remove(key);
            }
            (Some(true), Some(v)) => write(self.t, v),
            (Some(false), Some(v)) => match was {
                Some(w) => update_int(self.t, key, w, v, required),
                None => write(self.t, v),
            },
            _ => {}
        }
    }

    /// A key of SPEC §7 whose absence means `default`: set back to it on a debt whose
    /// product does not fill it, it is removed rather than written.
    fn back_to_default(&mut self, key: &str, changed: bool, is_default: bool) -> bool {
        let fills = product_fills(self.new).contains(&key);
        let file = source(self.old, self.new, key) == Source::File;
        if changed && is_default && file && !fills {
            self.t.remove(key);
            return true;
        }
        false
    }

    /// An amount of SPEC §7 that is 0 when absent.
    fn rule_amount(&mut self, key: &str, was: Decimal, now: Decimal) {
        if !self.back_to_default(key, was != now, now.is_zero()) {
            self.number(key, was, now, false);
        }
    }

    fn choice(&mut self, key: &str, was: &str, now: &str, default: &str) {
        if self.back_to_default(key, was != now, now == default) {
            return;
        }
        if let Some(force) = self.settle(key, was != now)
            && (force || was != now)
        {
            put(self.t, key, Value::from(now));
        }
    }
}

pub(super) fn update_debt(
    doc: &mut DocumentMut,
    i: usize,
    old: &Debt,
    new: &Debt,
) -> Result<(), Error> {
    let t = debt_table(doc, i)?;
    // A change of product changes what it fills: the old product's values are not "changed".
    let same = old.product == new.product;
    let src = |key: &str| source(old, new, key);
    update_string(t, "name", &old.name, &new.name);
    if !same {
        match new.product {
            Some(p) => put(t, "product", Value::from(p.code())),
            None => {
                t.remove("product");
            }
        }
    }
    let kind = settle(t, src("kind"), "kind", same && old.kind != new.kind);
    if kind == Some(true)
        || (kind == Some(false) && (old.kind != new.kind || !t.contains_key("kind")))
    {
        put(t, "kind", Value::from(new.kind.code()));
    }
    update_number(t, "balance", old.balance, new.balance, true);

    let rate_changed = old.apr != new.apr;
    let rate_src = src("daily_rate");
    if rate_src == Source::Released {
        t.remove("apr");
    }
    if let Some(force) = settle(t, rate_src, "daily_rate", same && rate_changed) {
        let has_daily = t.contains_key("daily_rate");
        let needs_apr = !force && !is_flat_fee_loan(new) && !has_daily && !t.contains_key("apr");
        if rate_changed || force || needs_apr {
            let daily = has_daily || (force && daily_product(new));
            match exact_daily(new.apr.percent()).filter(|_| daily) {
                Some(d) => {
                    t.remove("apr");
                    put_number(t, "daily_rate", d);
                }
                None => {
                    t.remove("daily_rate");
                    put_number(t, "apr", new.apr.percent());
                }
            }
        }
    }
    let card_minimum = new.kind == DebtKind::Card && new.minimum_percent.is_none();
    let rate = |r: Option<Rate>| r.map(|r| r.percent());
    let mut k = Keys { t, old, new, same };
    k.number("minimum", old.minimum, new.minimum, card_minimum);
    k.optional(
        "minimum_percent",
        rate(old.minimum_percent),
        rate(new.minimum_percent),
    );
    k.day("statement_day", old.statement_day, new.statement_day, false);
    k.day("due_day", Some(old.due_day), Some(new.due_day), true);
    k.day(
        "grace_days",
        Some(old.grace_days),
        Some(new.grace_days),
        false,
    );
    k.optional(
        "penalty_daily_rate",
        rate(old.penalty_daily_rate),
        rate(new.penalty_daily_rate),
    );
    k.optional(
        "penalty_rate_multiple",
        old.penalty_rate_multiple,
        new.penalty_rate_multiple,
    );
    let (due, full) = (PenaltyBase::Due.code(), InterestRule::Full.code());
    k.choice(
        "penalty_base",
        old.penalty_base.code(),
        new.penalty_base.code(),
        due,
    );
    k.choice("interest", old.interest.code(), new.interest.code(), full);
    k.rule_amount("tolerance", old.tolerance, new.tolerance);
    k.optional(
        "late_fee_percent",
        rate(old.late_fee_percent),
        rate(new.late_fee_percent),
    );
    k.rule_amount("late_fee_min", old.late_fee_min, new.late_fee_min);
    k.day("suspend_days", old.suspend_days, new.suspend_days, false);
    k.rule_amount("unbilled", old.unbilled, new.unbilled);
    let t = k.t;
    match new.term_months {
        None => {
            t.remove("term_months");
        }
        Some(n) => update_int(t, "term_months", old.term_months.unwrap_or(n), n, true),
    }
    if old.method != new.method || (is_flat_fee_loan(new) && !t.contains_key("method")) {
        put(t, "method", Value::from(new.method.code()));
    }
    update_opt_rate(t, "fee_rate", old.fee_rate, new.fee_rate);
    update_opt_number(t, "principal", old.principal, new.principal);
    if old.negotiated != new.negotiated {
        set_negotiated(doc, i, old.negotiated.as_ref(), new.negotiated.as_ref())?;
    }
    if old.name != new.name {
        let payments = doc
            .get_mut("payments")
            .and_then(Item::as_array_of_tables_mut);
        for p in payments.into_iter().flat_map(ArrayOfTables::iter_mut) {
            if p.get("debt").and_then(Item::as_str) == Some(old.name.as_str()) {
                put(p, "debt", Value::from(new.name.as_str()));
            }
        }
        for e in extras_naming(doc, &old.name) {
            put(e, "debt", Value::from(new.name.as_str()));
        }
        rename_in_scenarios(doc, &old.name, Some(&new.name));
    }
    Ok(())
}
