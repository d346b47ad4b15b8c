//! Writing `[[scenarios]]` (SPEC §8): a new one from the Plan screen's what-if, a new name, a
//! deletion, and adopting one into the file's own plan.

use toml_edit::{DocumentMut, Item, Table, Value};

use super::{
    array_table, date_value, end_position, max_position, new_table_after, number_value, push_table,
    put, remove_from_array, set_negotiated, table_max_position, table_mut, update_opt_number,
    update_string,
};
use crate::engine::Strategy;
use crate::model::{Data, Scenario};
use crate::money::Money;
use crate::store::Error;

/// What a scenario changes that adopting it moves into the file: decisions (a budget, a
/// strategy, payments, a negotiated plan). An income stop and a debt left out are
/// circumstances, not decisions: they stay in the scenario.
const ADOPTED: [&str; 5] = ["budget", "strategy", "extra", "once", "negotiated"];

/// Appends `[[scenarios]]` with `name` and, when given, `budget` and `strategy`, after the
/// last scenario (at the end of the file if there is none).
pub(super) fn add_scenario(
    doc: &mut DocumentMut,
    name: &str,
    budget: Option<Money>,
    strategy: Option<Strategy>,
) -> Result<(), Error> {
    let after = doc.get("scenarios").and_then(max_position);
    let after = after.unwrap_or_else(|| end_position(doc));
    let mut t = new_table_after(doc, after);
    t.insert("name", Item::Value(Value::from(name)));
    if let Some(b) = budget {
        t.insert("budget", Item::Value(number_value(b)));
    }
    if let Some(s) = strategy {
        t.insert("strategy", Item::Value(Value::from(s.code())));
    }
    push_table(doc.as_table_mut(), "scenarios", t);
    Ok(())
}

pub(super) fn rename_scenario(
    doc: &mut DocumentMut,
    data: &Data,
    index: usize,
    name: &str,
) -> Result<(), Error> {
    let old = scenario(data, index)?;
    update_string(
        array_table(doc, &["scenarios"], index)?,
        "name",
        &old.name,
        name,
    );
    Ok(())
}

pub(super) fn delete_scenario(doc: &mut DocumentMut, index: usize) -> Result<(), Error> {
    remove_from_array(doc.as_table_mut(), "scenarios", index)
}

/// Moves scenario `index`'s decisions into the file: its budget becomes `monthly_for_debts`,
/// its strategy the file's, its extra payments and one-offs join `[[budget.extra]]` and
/// `[[budget.once]]`, its negotiated plan goes on its debt. It is then gone, or, when it also
/// holds an income stop or a debt left out, it stays with only those (and its name).
pub(super) fn adopt_scenario(
    doc: &mut DocumentMut,
    data: &Data,
    index: usize,
) -> Result<(), Error> {
    let s = scenario(data, index)?;
    {
        let budget = table_mut(doc.as_table_mut(), "budget")?;
        if s.budget.is_some() {
            update_opt_number(
                budget,
                "monthly_for_debts",
                data.budget.monthly_for_debts,
                s.budget,
            );
        }
        if let Some(strategy) = s.strategy {
            put(budget, "strategy", Value::from(strategy.code()));
        }
    }
    for e in &s.extra {
        let mut t = budget_table_after(doc, "extra")?;
        t.insert("date", Item::Value(date_value(e.date)?));
        t.insert("amount", Item::Value(number_value(e.amount)));
        if let Some(debt) = &e.debt {
            t.insert("debt", Item::Value(Value::from(debt.as_str())));
        }
        push_table(table_mut(doc.as_table_mut(), "budget")?, "extra", t);
    }
    for o in &s.once {
        let mut t = budget_table_after(doc, "once")?;
        t.insert("name", Item::Value(Value::from(o.name.as_str())));
        t.insert("date", Item::Value(date_value(o.date)?));
        t.insert("amount", Item::Value(number_value(o.amount)));
        t.insert("kind", Item::Value(Value::from(o.kind.code())));
        push_table(table_mut(doc.as_table_mut(), "budget")?, "once", t);
    }
    if let Some((name, plan)) = &s.negotiated {
        let i = data
            .debts
            .iter()
            .position(|d| &d.name == name)
            .ok_or_else(|| Error::Edit(format!("there is no debt named {name:?}")))?;
        set_negotiated(doc, i, data.debts[i].negotiated.as_ref(), Some(plan))?;
        // A negotiated plan is followed under `negotiated`: the scenario planned with it.
        if s.strategy.is_none() {
            put(
                table_mut(doc.as_table_mut(), "budget")?,
                "strategy",
                Value::from(Strategy::Negotiated.code()),
            );
        }
    }
    if s.income_stop.is_none() && s.leave_out.is_empty() {
        return delete_scenario(doc, index);
    }
    let t = array_table(doc, &["scenarios"], index)?;
    for key in ADOPTED {
        t.remove(key);
    }
    Ok(())
}

/// A new table for `[[budget.<key>]]`, placed after the last of them (else after the budget
/// table and what is under it).
fn budget_table_after(doc: &mut DocumentMut, key: &str) -> Result<Table, Error> {
    let budget = table_mut(doc.as_table_mut(), "budget")?;
    let after = budget.get(key).and_then(max_position);
    let after = after.or_else(|| table_max_position(budget));
    let after = after.unwrap_or_else(|| end_position(doc));
    Ok(new_table_after(doc, after))
}

fn scenario(data: &Data, index: usize) -> Result<&Scenario, Error> {
    data.scenarios
        .get(index)
        .ok_or_else(|| super::no_such("scenario", index))
}
