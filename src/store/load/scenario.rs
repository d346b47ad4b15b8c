//! `[[scenarios]]` (SPEC §8): named what-ifs, read after the debts so the names they use can be
//! checked against the file's.

use std::collections::HashMap;

use toml_edit::{Item, Value};

use super::{Got, MAX_RATE, Reader, Tbl, debt_list};
use crate::engine::Strategy;
use crate::model::{Debt, IncomeStop, Negotiated, Scenario, YearMonth};
use crate::money::Rate;
use crate::store::problem::Expected;

const SCENARIO_KEYS: &[&str] = &[
    "name",
    "budget",
    "strategy",
    "extra",
    "once",
    "income_stop",
    "leave_out",
    "negotiated",
];
const INCOME_STOP_KEYS: &[&str] = &["from", "months"];
const NEGOTIATED_KEYS: &[&str] = &["debt", "months", "apr", "fee"];

/// The most months an income stop may last.
const MAX_STOP_MONTHS: u32 = 120;

impl Reader<'_> {
    /// Every scenario; `names` (the debts' names, when every debt has one) checks the debts a
    /// scenario names.
    pub(super) fn scenarios(
        &mut self,
        root: &Tbl,
        names: Option<&HashMap<String, usize>>,
        debts: &[Debt],
    ) -> Vec<Scenario> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut out = Vec::new();
        for (i, table) in self.tables(root, "scenarios").into_iter().enumerate() {
            let t = self.sub(table, format!("scenarios[{i}]"), 0);
            let scenario = self.scenario(&t, names, debts);
            if let Some(item) = t.get("name").filter(|_| !scenario.name.is_empty()) {
                if let Some(&first) = seen.get(&scenario.name) {
                    self.wrong(item, t.key("name"), Expected::UniqueScenario { first });
                } else {
                    seen.insert(scenario.name.clone(), i);
                }
            }
            out.push(scenario);
        }
        out
    }

    fn scenario(
        &mut self,
        t: &Tbl,
        names: Option<&HashMap<String, usize>>,
        debts: &[Debt],
    ) -> Scenario {
        self.unknown_keys(t, SCENARIO_KEYS);
        let name = self.req(t, "name", Expected::NonEmptyName, |r, i| r.name(i));
        let budget = self.read(t, "budget", |r, i| r.amount(i, false)).ok();
        let strategy = self
            .read(t, "strategy", |r, i| {
                r.choice(i, &Strategy::ALL, Strategy::code)
            })
            .ok();
        let check_debt = |r: &mut Self, item: &Item, key: String| {
            if let (Some(names), Some(name)) = (names, item.as_str())
                && !names.contains_key(name)
            {
                r.wrong(item, key, debt_list(debts));
            }
        };
        let mut extra = Vec::new();
        for (k, e) in self.listed(t, "extra").into_iter().enumerate() {
            let e = Tbl {
                path: format!("{}[{k}]", t.key("extra")),
                ..e
            };
            let read = self.extra(&e);
            if let Some(item) = e.get("debt").filter(|_| read.debt.is_some()) {
                check_debt(self, item, e.key("debt"));
            }
            extra.push(read);
        }
        let once = self
            .listed(t, "once")
            .into_iter()
            .enumerate()
            .map(|(k, o)| {
                let o = Tbl {
                    path: format!("{}[{k}]", t.key("once")),
                    ..o
                };
                self.once(&o)
            })
            .collect();
        let income_stop = self
            .inline(t, "income_stop", "scenarios.income_stop")
            .and_then(|s| self.income_stop(&s));
        let mut leave_out = Vec::new();
        match t.get("leave_out") {
            None => {}
            Some(Item::Value(Value::Array(list))) => {
                for (k, v) in list.iter().enumerate() {
                    let item = Item::Value(v.clone());
                    let key = format!("{}[{k}]", t.key("leave_out"));
                    match v.as_str() {
                        Some(name) => {
                            check_debt(self, &item, key);
                            leave_out.push(name.to_string());
                        }
                        None => self.wrong(&item, key, Expected::DebtNameQuoted),
                    }
                }
            }
            Some(other) => self.wrong(other, t.key("leave_out"), Expected::DebtNames),
        }
        let negotiated = self
            .inline(t, "negotiated", "scenarios.negotiated")
            .and_then(|n| {
                let plan = self.scenario_negotiated(&n);
                if let (Some(item), Some(_)) = (n.get("debt"), &plan) {
                    check_debt(self, item, n.key("debt"));
                }
                plan
            });
        Scenario {
            name: name.unwrap_or_default(),
            budget,
            strategy,
            extra,
            once,
            income_stop,
            leave_out,
            negotiated,
        }
    }

    /// The tables of `key`: an array of tables `[[...key]]` or an array of inline tables
    /// (`extra = [{ date = 2027-01-21, amount = 5000 }]`).
    fn listed<'t>(&mut self, t: &Tbl<'t>, key: &str) -> Vec<Tbl<'t>> {
        let path = t.key(key);
        match t.get(key) {
            None => Vec::new(),
            Some(Item::ArrayOfTables(a)) => {
                a.iter().map(|x| self.sub(x, path.clone(), t.at)).collect()
            }
            Some(Item::Value(Value::Array(a))) => {
                let mut out = Vec::new();
                for v in a.iter() {
                    match v.as_inline_table() {
                        Some(x) => out.push(Tbl::new(
                            x,
                            path.clone(),
                            x.span().map_or(t.at, |s| s.start),
                        )),
                        None => {
                            let item = Item::Value(v.clone());
                            self.wrong(&item, path.clone(), Expected::ArrayOfTables(path.clone()));
                        }
                    }
                }
                out
            }
            Some(other) => {
                self.wrong(other, path.clone(), Expected::ArrayOfTables(path));
                Vec::new()
            }
        }
    }

    /// The table of `key`, inline (`income_stop = { ... }`) or not (`[scenarios.income_stop]`).
    fn inline<'t>(&mut self, t: &Tbl<'t>, key: &str, name: &'static str) -> Option<Tbl<'t>> {
        let item = t.get(key)?;
        match item.as_table_like() {
            Some(x) => {
                let key_at = t.t.key(key).and_then(|k| k.span());
                let at = item.span().or(key_at).map_or(t.at, |s| s.start);
                Some(Tbl::new(x, t.key(key), at))
            }
            None => {
                self.wrong(item, t.key(key), Expected::Table(name));
                None
            }
        }
    }

    fn income_stop(&mut self, t: &Tbl) -> Option<IncomeStop> {
        self.unknown_keys(t, INCOME_STOP_KEYS);
        let from = self.req(t, "from", Expected::YearMonth, |_, i| {
            i.as_str()
                .and_then(YearMonth::parse)
                .ok_or(Expected::YearMonth)
        });
        let months = self.req(t, "months", Expected::Months(MAX_STOP_MONTHS), |r, i| {
            let expected = Expected::Months(MAX_STOP_MONTHS);
            r.int(i, 1, i64::from(MAX_STOP_MONTHS), expected)
        });
        Some(IncomeStop {
            from: from?,
            months: months?,
        })
    }

    fn scenario_negotiated(&mut self, t: &Tbl) -> Option<(String, Negotiated)> {
        self.unknown_keys(t, NEGOTIATED_KEYS);
        let debt = self.req(t, "debt", Expected::DebtName, |r, i| {
            r.string(i, Expected::DebtNameQuoted)
        });
        let months = self.req(t, "months", Expected::Months(60), |r, i| {
            r.int(i, 1, 60, Expected::Months(60))
        });
        let apr = self.read(t, "apr", |r, i| r.rate(i, MAX_RATE));
        let fee = self.read(t, "fee", |r, i| r.amount(i, false));
        if matches!(apr, Got::Bad) || matches!(fee, Got::Bad) {
            return None;
        }
        Some((
            debt?,
            Negotiated {
                months: months?,
                apr: Rate::new(apr.ok().unwrap_or_default()),
                fee: fee.ok().unwrap_or_default(),
                down_payment: Default::default(),
            },
        ))
    }
}
