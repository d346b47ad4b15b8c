//! Edits on the document: each changes only the keys whose value changes, keeps the decor
//! (the trailing `# comment`, the alignment) of every value it replaces, and places new tables
//! where a person would write them.
//!
//! `toml_edit` writes tables in the order of their document position; a new table gets the
//! position right after the group it belongs to (the last payment, the last debt and its
//! sub-tables), and every later table moves one down.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use super::Error;

mod debt;
mod scenario;

use crate::engine::Strategy;
use crate::model::{Adjustment, Data, Debt, Every, Flow, Language, Negotiated, Payment};
use crate::money::{Money, Rate};
use debt::{add_debt, update_debt};
use scenario::{add_scenario, adopt_scenario, delete_scenario, rename_scenario};

/// A change to the data file.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::large_enum_variant,
    reason = "one edit per user action; boxing the debt would only burden the callers"
)]
pub enum Edit {
    /// Appends a `[[payments]]` table after the last payment (at the end of the file if there
    /// is none).
    AddPayment(Payment),
    /// Writes (`Some`) or removes (`None`) the `[debts.negotiated]` table of the debt of that
    /// name.
    SetNegotiated {
        debt: String,
        plan: Option<Negotiated>,
    },
    /// `None` appends a debt after the last one; `Some(i)` replaces debt `i`, writing only the
    /// keys whose value changed (a `daily_rate` stays while the apr it gives is unchanged, or
    /// becomes the new apr / 365 when that is exact). Renaming a debt renames its payments.
    /// With a `product`, the keys listed in `from_product` are left to it (not written; one
    /// the file wrote is removed), and a key it filled that the user set is written, whatever
    /// its value: the file then wins.
    UpsertDebt {
        index: Option<usize>,
        debt: Debt,
    },
    /// Removes debt `i` and its payments.
    DeleteDebt {
        index: usize,
    },
    /// Swaps debt `i` with the one before (`up`) or after it; comments above a table move
    /// with it.
    MoveDebt {
        index: usize,
        up: bool,
    },
    /// An income (`expense: false`) or expense line: `None` appends, `Some(i)` replaces.
    UpsertFlow {
        expense: bool,
        index: Option<usize>,
        flow: Flow,
    },
    DeleteFlow {
        expense: bool,
        index: usize,
    },
    /// The `[budget]` values besides income and expenses.
    SetBudget {
        cash: Money,
        as_of: NaiveDate,
        monthly_for_debts: Option<Money>,
        remind_days: u32,
    },
    /// `Some` writes `language`; `None` removes it (follow `$LANG`).
    SetLanguage(Option<Language>),
    /// What the Plan screen keeps (`w`): the monthly budget for debts and the strategy, each
    /// written only where it changed.
    KeepPlan {
        monthly_for_debts: Money,
        strategy: Strategy,
    },
    /// `payoff reconcile`: the file moved forward to `as_of` with the cash and each debt's
    /// balance (in file order) as they are that day; the payment log is kept.
    Reconcile {
        as_of: NaiveDate,
        cash: Money,
        debts: Vec<Reconciled>,
    },
    /// Appends a `[[scenarios]]` with its name and, when given, a budget and a strategy: the
    /// Plan screen's what-if, kept.
    AddScenario {
        name: String,
        budget: Option<Money>,
        strategy: Option<Strategy>,
    },
    RenameScenario {
        index: usize,
        name: String,
    },
    DeleteScenario {
        index: usize,
    },
    /// Moves scenario `index`'s budget, strategy, extra payments, one-offs and negotiated plan
    /// into the file; what else it holds (an income stop, debts left out) stays a scenario.
    AdoptScenario {
        index: usize,
    },
}

/// One debt moved forward by [`Edit::Reconcile`].
#[derive(Clone, Debug, PartialEq)]
pub struct Reconciled {
    /// What the lender says it owes on the new `as_of`.
    pub balance: Money,
    /// A loan's installments left from then on.
    pub term_months: Option<u32>,
    /// A negotiated plan's installments left from then on.
    pub negotiated_months: Option<u32>,
    /// Kept as `[[debts.adjustments]]` when the lender's figure differed from payoff's.
    pub adjustment: Option<Adjustment>,
}

/// Applies `edit` to `doc`, whose content is `data`.
pub(super) fn apply(doc: &mut DocumentMut, data: &Data, edit: Edit) -> Result<(), Error> {
    match edit {
        Edit::AddPayment(p) => add_payment(doc, data, &p),
        Edit::SetNegotiated { debt, plan } => {
            let i = data
                .debts
                .iter()
                .position(|d| d.name == debt)
                .ok_or_else(|| Error::Edit(format!("there is no debt named {debt:?}")))?;
            let old = data.debts[i].negotiated.as_ref();
            set_negotiated(doc, i, old, plan.as_ref())
        }
        Edit::UpsertDebt { index: None, debt } => add_debt(doc, &debt),
        Edit::UpsertDebt {
            index: Some(i),
            debt,
        } => {
            let old = data.debts.get(i).ok_or_else(|| no_such("debt", i))?;
            update_debt(doc, i, old, &debt)
        }
        Edit::DeleteDebt { index } => delete_debt(doc, data, index),
        Edit::MoveDebt { index, up } => {
            let other = if up {
                index.checked_sub(1)
            } else {
                index.checked_add(1)
            };
            match other.filter(|&o| o < data.debts.len() && index < data.debts.len()) {
                Some(o) => swap_debts(doc, index.min(o)),
                None => Err(Error::Edit(format!(
                    "debt {index} cannot move {}",
                    if up { "up" } else { "down" }
                ))),
            }
        }
        Edit::UpsertFlow {
            expense,
            index,
            flow,
        } => {
            let list = if expense {
                &data.budget.expenses
            } else {
                &data.budget.income
            };
            match index {
                None => add_flow(doc, flow_key(expense), &flow),
                Some(i) => {
                    let old = list.get(i).ok_or_else(|| no_such(flow_key(expense), i))?;
                    let t = array_table(doc, &["budget", flow_key(expense)], i)?;
                    update_string(t, "name", &old.name, &flow.name);
                    update_number(t, "amount", old.amount, flow.amount, true);
                    update_int(t, "day", old.day, flow.day, true);
                    if old.month != flow.month {
                        set_month(t, flow.month);
                    }
                    Ok(())
                }
            }
        }
        Edit::DeleteFlow { expense, index } => {
            let budget = table_mut(doc.as_table_mut(), "budget")?;
            remove_from_array(budget, flow_key(expense), index)
        }
        Edit::SetBudget {
            cash,
            as_of,
            monthly_for_debts,
            remind_days,
        } => {
            let old = &data.budget;
            let t = table_mut(doc.as_table_mut(), "budget")?;
            update_number(t, "cash", old.cash, cash, false);
            if old.as_of != as_of || !t.contains_key("as_of") {
                put(t, "as_of", date_value(as_of)?);
            }
            update_opt_number(
                t,
                "monthly_for_debts",
                old.monthly_for_debts,
                monthly_for_debts,
            );
            update_int(t, "remind_days", old.remind_days, remind_days, false);
            Ok(())
        }
        Edit::KeepPlan {
            monthly_for_debts,
            strategy,
        } => {
            let old = &data.budget;
            let t = table_mut(doc.as_table_mut(), "budget")?;
            if old.monthly_budget() != monthly_for_debts {
                update_opt_number(
                    t,
                    "monthly_for_debts",
                    old.monthly_for_debts,
                    Some(monthly_for_debts),
                );
            }
            if old.strategy != Some(strategy) {
                put(t, "strategy", Value::from(strategy.code()));
            }
            Ok(())
        }
        Edit::AddScenario {
            name,
            budget,
            strategy,
        } => add_scenario(doc, &name, budget, strategy),
        Edit::RenameScenario { index, name } => rename_scenario(doc, data, index, &name),
        Edit::DeleteScenario { index } => delete_scenario(doc, index),
        Edit::AdoptScenario { index } => adopt_scenario(doc, data, index),
        Edit::Reconcile { as_of, cash, debts } => {
            if debts.len() != data.debts.len() {
                return Err(Error::Edit(format!(
                    "reconcile needs all {} debts, got {}",
                    data.debts.len(),
                    debts.len()
                )));
            }
            let old = &data.budget;
            let t = table_mut(doc.as_table_mut(), "budget")?;
            update_number(t, "cash", old.cash, cash, false);
            if old.as_of != as_of {
                put(t, "as_of", date_value(as_of)?);
            }
            for (i, (now, was)) in debts.iter().zip(&data.debts).enumerate() {
                reconcile_debt(doc, i, was, now)?;
            }
            Ok(())
        }
        Edit::SetLanguage(language) => {
            let root = doc.as_table_mut();
            match language {
                None => {
                    root.remove("language");
                }
                Some(l) if data.language != Some(l) || !root.contains_key("language") => {
                    put(root, "language", Value::from(l.code()));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
}

fn no_such(what: &str, index: usize) -> Error {
    Error::Edit(format!("there is no {what} at index {index}"))
}

fn flow_key(expense: bool) -> &'static str {
    if expense { "expenses" } else { "income" }
}

// --- values ---

/// The text of a number: whole numbers without decimals (`12000`), others as they are
/// (`8450.30`).
fn number_text(n: Decimal) -> String {
    if n.fract().is_zero() {
        n.trunc().normalize().to_string()
    } else {
        n.to_string()
    }
}

/// A number written exactly: parsed from its text, so `1234.56` is written `1234.56`.
fn number_value(n: Decimal) -> Value {
    let text = number_text(n);
    match text.parse::<Value>() {
        Ok(v @ (Value::Integer(_) | Value::Float(_))) => v,
        _ => Value::from(text),
    }
}

fn date_value(d: NaiveDate) -> Result<Value, Error> {
    let year = u16::try_from(d.year())
        .ok()
        .filter(|y| *y <= 9999)
        .ok_or_else(|| Error::Edit(format!("the date {d} cannot be written")))?;
    let date = toml_edit::Date {
        year,
        month: d.month() as u8,
        day: d.day() as u8,
    };
    Ok(Value::from(toml_edit::Datetime {
        date: Some(date),
        time: None,
        offset: None,
    }))
}

/// Sets `key` to `new`, keeping the old value's decor (its trailing comment) and place.
fn put(t: &mut dyn TableLike, key: &str, mut new: Value) {
    if let Some(Item::Value(old)) = t.get_mut(key) {
        *new.decor_mut() = old.decor().clone();
        *old = new;
    } else {
        t.insert(key, Item::Value(new));
    }
}

/// Sets a number; one the user wrote as a string (`"1234.56"`) stays a string.
fn put_number(t: &mut dyn TableLike, key: &str, n: Decimal) {
    let was_string = matches!(t.get(key), Some(Item::Value(Value::String(_))));
    let v = if was_string {
        Value::from(number_text(n))
    } else {
        number_value(n)
    };
    put(t, key, v);
}

/// Writes `new` if it differs from `old`, or if the key is `required` and absent.
fn update_number(t: &mut dyn TableLike, key: &str, old: Decimal, new: Decimal, required: bool) {
    if old != new || (required && !t.contains_key(key)) {
        put_number(t, key, new);
    }
}

fn update_opt_number(t: &mut dyn TableLike, key: &str, old: Option<Decimal>, new: Option<Decimal>) {
    match new {
        None => {
            t.remove(key);
        }
        Some(n) => update_number(t, key, old.unwrap_or(n), n, true),
    }
}

fn update_opt_rate(t: &mut dyn TableLike, key: &str, old: Option<Rate>, new: Option<Rate>) {
    update_opt_number(t, key, old.map(|r| r.percent()), new.map(|r| r.percent()));
}

fn update_int(t: &mut dyn TableLike, key: &str, old: u32, new: u32, required: bool) {
    if old != new || (required && !t.contains_key(key)) {
        put(t, key, Value::from(i64::from(new)));
    }
}

fn update_string(t: &mut dyn TableLike, key: &str, old: &str, new: &str) {
    if old != new || !t.contains_key(key) {
        put(t, key, Value::from(new));
    }
}

// --- tables ---

fn table_mut<'t>(parent: &'t mut Table, key: &str) -> Result<&'t mut Table, Error> {
    parent
        .get_mut(key)
        .and_then(Item::as_table_mut)
        .ok_or_else(|| Error::Edit(format!("the file has no [{key}] table")))
}

/// Table `index` of the array of tables at `path`.
fn array_table<'d>(
    doc: &'d mut DocumentMut,
    path: &[&str],
    index: usize,
) -> Result<&'d mut Table, Error> {
    let mut item = doc.as_item_mut();
    for key in path {
        item = item
            .get_mut(key)
            .ok_or_else(|| Error::Edit(format!("the file has no {key}")))?;
    }
    item.as_array_of_tables_mut()
        .and_then(|a| a.get_mut(index))
        .ok_or_else(|| no_such(path.last().copied().unwrap_or("table"), index))
}

fn debt_table(doc: &mut DocumentMut, i: usize) -> Result<&mut Table, Error> {
    array_table(doc, &["debts"], i)
}

/// Appends `table` to the array of tables `parent[key]`, creating it (or replacing an empty
/// inline array) if needed.
fn push_table(parent: &mut Table, key: &str, table: Table) {
    match parent.get_mut(key) {
        Some(Item::ArrayOfTables(a)) => a.push(table),
        _ => {
            let mut a = ArrayOfTables::new();
            a.push(table);
            parent.insert(key, Item::ArrayOfTables(a));
        }
    }
}

/// Removes table `index` of `parent[key]`, and the key with the last one.
fn remove_from_array(parent: &mut Table, key: &str, index: usize) -> Result<(), Error> {
    let a = parent
        .get_mut(key)
        .and_then(Item::as_array_of_tables_mut)
        .filter(|a| index < a.len())
        .ok_or_else(|| no_such(key, index))?;
    a.remove(index);
    if a.is_empty() {
        parent.remove(key);
    }
    Ok(())
}

// --- positions ---

fn max_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(t) => table_max_position(t),
        Item::ArrayOfTables(a) => a.iter().filter_map(table_max_position).max(),
        _ => None,
    }
}

/// The last position of a table and everything under it.
fn table_max_position(t: &Table) -> Option<isize> {
    let own = if t.is_dotted() { None } else { t.position() };
    t.iter()
        .filter_map(|(_, i)| max_position(i))
        .chain(own)
        .max()
}

fn end_position(doc: &DocumentMut) -> isize {
    max_position(doc.as_item()).unwrap_or(0)
}

fn remap(item: &mut Item, f: &dyn Fn(isize) -> isize) {
    match item {
        Item::Table(t) => remap_table(t, f),
        Item::ArrayOfTables(a) => a.iter_mut().for_each(|t| remap_table(t, f)),
        _ => {}
    }
}

fn remap_table(t: &mut Table, f: &dyn Fn(isize) -> isize) {
    if let Some(p) = t.position() {
        t.set_position(Some(f(p)));
    }
    for (_, item) in t.iter_mut() {
        remap(item, f);
    }
}

/// A new table positioned right after `after`: every later table moves one down.
fn new_table_after(doc: &mut DocumentMut, after: isize) -> Table {
    remap(doc.as_item_mut(), &|p| if p > after { p + 1 } else { p });
    let mut t = Table::new();
    t.set_position(Some(after + 1));
    t
}

/// The positions of a table and the tables under it.
fn positions(item: &Item, out: &mut BTreeSet<isize>) {
    let mut table = |t: &Table| {
        if let (false, Some(p)) = (t.is_dotted(), t.position()) {
            out.insert(p);
        }
        for (_, i) in t.iter() {
            positions(i, out);
        }
    };
    match item {
        Item::Table(t) => table(t),
        Item::ArrayOfTables(a) => a.iter().for_each(table),
        _ => {}
    }
}

// --- the edits ---

fn add_payment(doc: &mut DocumentMut, data: &Data, p: &Payment) -> Result<(), Error> {
    if data.debt(&p.debt).is_none() {
        return Err(Error::Edit(format!("there is no debt named {:?}", p.debt)));
    }
    let after = doc.get("payments").and_then(max_position);
    let after = after.unwrap_or_else(|| end_position(doc));
    let mut t = new_table_after(doc, after);
    t.insert("debt", Item::Value(Value::from(p.debt.as_str())));
    t.insert("date", Item::Value(date_value(p.date)?));
    t.insert("amount", Item::Value(number_value(p.amount)));
    push_table(doc.as_table_mut(), "payments", t);
    Ok(())
}

fn add_flow(doc: &mut DocumentMut, key: &str, flow: &Flow) -> Result<(), Error> {
    let budget = table_mut(doc.as_table_mut(), "budget")?;
    let after = budget.get(key).and_then(max_position);
    let after = after.or_else(|| table_max_position(budget));
    let after = after.unwrap_or_else(|| end_position(doc));
    let mut t = new_table_after(doc, after);
    t.insert("name", Item::Value(Value::from(flow.name.as_str())));
    t.insert("amount", Item::Value(number_value(flow.amount)));
    t.insert("day", Item::Value(Value::from(i64::from(flow.day))));
    set_month(&mut t, flow.month);
    push_table(table_mut(doc.as_table_mut(), "budget")?, key, t);
    Ok(())
}

/// A flow's `every` and `month`: written for a yearly line, removed for a monthly one.
fn set_month(t: &mut dyn TableLike, month: Option<u32>) {
    match month {
        Some(m) => {
            put(t, "every", Value::from(Every::Year.code()));
            put(t, "month", Value::from(i64::from(m)));
        }
        None => {
            t.remove("every");
            t.remove("month");
        }
    }
}

fn set_negotiated(
    doc: &mut DocumentMut,
    i: usize,
    old: Option<&Negotiated>,
    new: Option<&Negotiated>,
) -> Result<(), Error> {
    let Some(new) = new else {
        debt_table(doc, i)?.remove("negotiated");
        return Ok(());
    };
    let debt = debt_table(doc, i)?;
    if let (Some(old), Some(t)) = (
        old,
        debt.get_mut("negotiated").and_then(Item::as_table_like_mut),
    ) {
        update_int(t, "months", old.months, new.months, true);
        update_number(t, "apr", old.apr.percent(), new.apr.percent(), false);
        update_number(t, "fee", old.fee, new.fee, false);
        update_number(t, "down_payment", old.down_payment, new.down_payment, false);
        return Ok(());
    }
    let after = table_max_position(debt).unwrap_or_else(|| end_position(doc));
    let mut t = new_table_after(doc, after);
    t.insert("months", Item::Value(Value::from(i64::from(new.months))));
    t.insert("apr", Item::Value(number_value(new.apr.percent())));
    if !new.fee.is_zero() {
        t.insert("fee", Item::Value(number_value(new.fee)));
    }
    if !new.down_payment.is_zero() {
        t.insert("down_payment", Item::Value(number_value(new.down_payment)));
    }
    debt_table(doc, i)?.insert("negotiated", Item::Table(t));
    Ok(())
}

/// One debt's balance, terms left and adjustment after a reconciliation.
fn reconcile_debt(
    doc: &mut DocumentMut,
    i: usize,
    old: &Debt,
    now: &Reconciled,
) -> Result<(), Error> {
    let t = debt_table(doc, i)?;
    update_number(t, "balance", old.balance, now.balance, true);
    // The lender's figure is everything owed, the spending not yet billed included: it must
    // not join the next bill a second time.
    if t.contains_key("unbilled") {
        update_number(t, "unbilled", old.unbilled, Decimal::ZERO, false);
    }
    if let (Some(was), Some(left)) = (old.term_months, now.term_months) {
        update_int(t, "term_months", was, left, true);
    }
    if let (Some(plan), Some(left)) = (&old.negotiated, now.negotiated_months)
        && let Some(n) = t.get_mut("negotiated").and_then(Item::as_table_like_mut)
    {
        update_int(n, "months", plan.months, left, true);
    }
    let Some(a) = &now.adjustment else {
        return Ok(());
    };
    let after = table_max_position(debt_table(doc, i)?).unwrap_or_else(|| end_position(doc));
    let mut entry = new_table_after(doc, after);
    entry.insert("date", Item::Value(date_value(a.date)?));
    entry.insert("expected", Item::Value(number_value(a.expected)));
    entry.insert("lender", Item::Value(number_value(a.lender)));
    push_table(debt_table(doc, i)?, "adjustments", entry);
    Ok(())
}

fn delete_debt(doc: &mut DocumentMut, data: &Data, index: usize) -> Result<(), Error> {
    let name = &data
        .debts
        .get(index)
        .ok_or_else(|| no_such("debt", index))?
        .name;
    let root = doc.as_table_mut();
    remove_from_array(root, "debts", index)?;
    if let Some(a) = root
        .get_mut("payments")
        .and_then(Item::as_array_of_tables_mut)
    {
        a.retain(|p| p.get("debt").and_then(Item::as_str) != Some(name.as_str()));
        if a.is_empty() {
            root.remove("payments");
        }
    }
    // An extra payment planned for it is kept: it goes to the strategy's first debt instead.
    for e in extras_naming(doc, name) {
        e.remove("debt");
    }
    rename_in_scenarios(doc, name, None);
    Ok(())
}

/// Renames debt `old` to `new` wherever a scenario names it (`leave_out`, `negotiated.debt`,
/// an extra's `debt`), keeping each value's comments; with no `new` (the debt is deleted) it
/// drops it from `leave_out`, drops a negotiated plan for it, and sends an extra for it to the
/// strategy's first debt, as `[[budget.extra]]` does.
pub(super) fn rename_in_scenarios(doc: &mut DocumentMut, old: &str, new: Option<&str>) {
    let renamed = |v: &Value, new: &str| {
        let mut n = Value::from(new);
        *n.decor_mut() = v.decor().clone();
        n
    };
    let fix = |t: &mut dyn TableLike, key: &str| -> bool {
        let Some(v) = t.get(key).and_then(Item::as_value) else {
            return false;
        };
        if v.as_str() != Some(old) {
            return false;
        }
        match new {
            Some(new) => {
                let v = renamed(v, new);
                t.insert(key, Item::Value(v));
                false
            }
            None => true,
        }
    };
    let scenarios = doc
        .get_mut("scenarios")
        .and_then(Item::as_array_of_tables_mut);
    for s in scenarios.into_iter().flat_map(ArrayOfTables::iter_mut) {
        if let Some(list) = s.get_mut("leave_out").and_then(Item::as_array_mut) {
            match new {
                Some(new) => {
                    for v in list.iter_mut().filter(|v| v.as_str() == Some(old)) {
                        *v = renamed(v, new);
                    }
                }
                None => list.retain(|v| v.as_str() != Some(old)),
            }
        }
        if let Some(n) = s.get_mut("negotiated").and_then(Item::as_table_like_mut)
            && fix(n, "debt")
        {
            s.remove("negotiated");
        }
        match s.get_mut("extra") {
            Some(Item::ArrayOfTables(a)) => {
                for e in a.iter_mut() {
                    if fix(e, "debt") {
                        e.remove("debt");
                    }
                }
            }
            Some(Item::Value(Value::Array(a))) => {
                for e in a.iter_mut().filter_map(Value::as_inline_table_mut) {
                    if fix(e, "debt") {
                        e.remove("debt");
                        // The space before `}` went with the last key: lay the table out again.
                        e.fmt();
                    }
                }
            }
            _ => {}
        }
    }
}

/// The `[[budget.extra]]` tables whose `debt` is `name`.
fn extras_naming<'d>(doc: &'d mut DocumentMut, name: &str) -> Vec<&'d mut Table> {
    let extras = doc
        .get_mut("budget")
        .and_then(|b| b.get_mut("extra"))
        .and_then(Item::as_array_of_tables_mut);
    extras
        .into_iter()
        .flat_map(ArrayOfTables::iter_mut)
        .filter(|e| e.get("debt").and_then(Item::as_str) == Some(name))
        .collect()
}

/// Swaps debts `a` and `a + 1`: in the array, and in the file, by exchanging the places of
/// their tables (with their sub-tables) among all the document's tables.
fn swap_debts(doc: &mut DocumentMut, a: usize) -> Result<(), Error> {
    let debts = doc
        .get("debts")
        .and_then(Item::as_array_of_tables)
        .filter(|d| a + 1 < d.len())
        .ok_or_else(|| no_such("debt", a + 1))?;
    let block = |i: usize| {
        let mut set = BTreeSet::new();
        if let Some(t) = debts.get(i) {
            positions(&Item::Table(t.clone()), &mut set);
        }
        set
    };
    let (first, second) = (block(a), block(a + 1));
    let mut all = BTreeSet::new();
    positions(doc.as_item(), &mut all);
    let mut order = Vec::with_capacity(all.len());
    for p in &all {
        if first.first() == Some(p) {
            order.extend(second.iter().copied());
        } else if second.first() == Some(p) {
            order.extend(first.iter().copied());
        } else if !first.contains(p) && !second.contains(p) {
            order.push(*p);
        }
    }
    let new_position: HashMap<isize, isize> = order
        .iter()
        .zip(0..)
        .map(|(old, new)| (*old, new))
        .collect();
    remap(doc.as_item_mut(), &|p| {
        new_position.get(&p).copied().unwrap_or(p)
    });
    if let Some(d) = doc.get_mut("debts").and_then(Item::as_array_of_tables_mut) {
        let t = d.remove(a + 1);
        d.insert(a, t);
    }
    Ok(())
}
