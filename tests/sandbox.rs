//! The what-if sandbox's money on dates (SPEC §8): yearly lines and one-offs in plans and in the
//! cash walk, extra payments (snowflakes) in every plan, and edits that keep their tables.
//!
//! The debts here charge no interest, so every figure can be checked with pencil and paper:
//! the total paid is the balance, and each month pays the budget until the last.

mod common;

use std::path::Path;

use chrono::NaiveDate;
use common::{payoff, stdout_of};
use payoff::due::{self, EventKind, WarningKind};
use payoff::engine::{self, Params, Plan, Strategy};
use payoff::ledger::Ledger;
use payoff::model::{Data, Payment};
use payoff::money::Money;
use payoff::store::{Edit, Store};
use rust_decimal::dec;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn load(text: &str) -> Store {
    Store::from_text(Path::new("payoff.toml"), text).unwrap_or_else(|e| panic!("{e}"))
}

fn plan(data: &Data, strategy: Strategy) -> Plan {
    let ledger = Ledger::new(data, data.budget.as_of);
    engine::plan(&data.debts, Params::of(data, strategy, &ledger)).unwrap()
}

/// What the plan pays in each month, all debts together.
fn paid_by_month(p: &Plan, debts: usize) -> Vec<Money> {
    (1..=p.months)
        .map(|m| (0..debts).map(|d| p.payment(m, d)).sum())
        .collect()
}

/// 10000 on a card at 0 %, due on the 10th, as of 2026-11-01; income 3000 on the 1st, rent
/// 1000 on the 2nd: a budget of income less expenses, 2000 a month.
const ONE_CARD: &str = r#"version = 1
[budget]
as_of = 2026-11-01
cash = 0

[[budget.income]]
name = "Salary"
amount = 3000
day = 1

[[budget.expenses]]
name = "Rent"
amount = 1000
day = 2

[[debts]]
name = "Card"
kind = "card"
balance = 10000
apr = 0
minimum = 100
due_day = 10
"#;

const ANNUAL_FEE: &str = r#"
[[budget.expenses]]
name = "Annual fee"
amount = 500
day = 5
every = "year"
month = 12
"#;

#[test]
fn a_yearly_fee_counts_in_its_month_and_not_in_others() {
    // Without the fee: 10000 / 2000 = 5 months of 2000.
    let base = load(ONE_CARD);
    let p = plan(base.data(), Strategy::Avalanche);
    assert_eq!(p.monthly_budget, dec!(2000));
    assert_eq!(paid_by_month(&p, 1), [dec!(2000); 5]);

    // The fee falls on 2026-12-05: the first due date on or after it is 2026-12-10, month 2,
    // which has 2000 - 500 = 1500. The monthly budget stays 2000 (the fee is not monthly), so
    // 2000 + 1500 + 2000 + 2000 + 2000 = 9500 leaves 500 for a sixth month.
    let with_fee = load(&format!("{ONE_CARD}{ANNUAL_FEE}"));
    let data = with_fee.data();
    assert_eq!(data.budget.monthly_budget(), dec!(2000));
    let p = plan(data, Strategy::Avalanche);
    assert_eq!(
        paid_by_month(&p, 1),
        [
            dec!(2000),
            dec!(1500),
            dec!(2000),
            dec!(2000),
            dec!(2000),
            dec!(500)
        ]
    );

    // The cash walk takes it on 2026-12-05 and 2027-12-05, never in another month.
    let walk = due::cash_walk(
        data,
        data.budget.as_of,
        data.budget.as_of,
        date("2028-01-31"),
    );
    let fee_days: Vec<String> = walk
        .iter()
        .filter(|e| e.name == "Annual fee")
        .map(|e| format!("{} {}", e.date, e.amount))
        .collect();
    assert_eq!(fee_days, ["2026-12-05 -500", "2027-12-05 -500"]);
    assert_eq!(
        walk.iter().find(|e| e.name == "Annual fee").map(|e| e.kind),
        Some(EventKind::Expense)
    );
}

#[test]
fn a_one_off_bonus_raises_the_budget_of_its_month() {
    // 2000 more on 2026-11-20 counts on 2026-12-10, month 2: 2000 + 4000 + 2000 + 2000 = 10000
    // in 4 months instead of 5.
    let text = format!(
        "{ONE_CARD}\n[[budget.once]]\nname = \"Bonus\"\ndate = 2026-11-20\namount = 2000\n"
    );
    let s = load(&text);
    let p = plan(s.data(), Strategy::Avalanche);
    assert_eq!(
        paid_by_month(&p, 1),
        [dec!(2000), dec!(4000), dec!(2000), dec!(2000)]
    );
    // An expense one-off of 1500 in the same month leaves 500 of it: 2000 + 500 + 2000 x 3 +
    // 1500 = 10000 in 6 months.
    let text = format!(
        "{ONE_CARD}\n[[budget.once]]\nname = \"Gift\"\ndate = 2026-11-20\namount = 1500\n\
         kind = \"expense\"\n"
    );
    let p = plan(load(&text).data(), Strategy::Avalanche);
    assert_eq!(p.months, 6);
    assert_eq!(p.payment(2, 0), dec!(500));
}

#[test]
fn a_fixed_budget_for_debts_ignores_yearly_lines_and_one_offs() {
    // `monthly_for_debts` is the user's own figure: 2000 every month, fee or bonus.
    let text = format!(
        "{}{ANNUAL_FEE}\n[[budget.once]]\nname = \"Bonus\"\ndate = 2027-01-20\namount = 5000\n",
        ONE_CARD.replace("cash = 0", "cash = 0\nmonthly_for_debts = 2000")
    );
    let p = plan(load(&text).data(), Strategy::Avalanche);
    assert_eq!(paid_by_month(&p, 1), [dec!(2000); 5]);
}

/// 100 on hand, no income, a card asking 300 on 2026-11-10.
const SHORT: &str = r#"version = 1
[budget]
as_of = 2026-11-01
cash = 100

[[debts]]
name = "Visa"
kind = "card"
balance = 5000
apr = 0
minimum = 300
due_day = 10
"#;

fn shortfalls(data: &Data, today: NaiveDate) -> Vec<Money> {
    due::warnings(data, today, 3)
        .into_iter()
        .filter_map(|w| match w.kind {
            WarningKind::Shortfall { short, .. } => Some(short),
            _ => None,
        })
        .collect()
}

#[test]
fn a_one_off_bonus_in_the_cash_walk_clears_a_shortfall() {
    let today = date("2026-11-01");
    // 300 due with 100 on hand: 200 short on the 10th.
    assert_eq!(shortfalls(load(SHORT).data(), today), [dec!(200)]);
    // A 500 bonus on the 8th: 600 on hand before the due date, nothing short.
    let bonus =
        format!("{SHORT}\n[[budget.once]]\nname = \"Bonus\"\ndate = 2026-11-08\namount = 500\n");
    let s = load(&bonus);
    assert_eq!(shortfalls(s.data(), today), []);
    let walk = due::cash_walk(s.data(), today, today, date("2026-11-10"));
    let bonus_day = walk.iter().find(|e| e.name == "Bonus").unwrap();
    assert_eq!(
        (bonus_day.date, bonus_day.kind, bonus_day.cash_after),
        (date("2026-11-08"), EventKind::Income, dec!(600))
    );
    // The same money spent as an expense instead: 100 - 500 = -400 before the due, all 300
    // of it short.
    let gift = bonus.replace("amount = 500\n", "amount = 500\nkind = \"expense\"\n");
    assert_eq!(shortfalls(load(&gift).data(), today), [dec!(300)]);
}

#[test]
fn an_extra_payment_is_money_out_on_its_date() {
    // 100 on hand, an extra of 50 on the 5th: it pays 50 of the 300 due on the 10th, so 50 is
    // left for the other 250, which is 200 short, as without it. One dated on or before today
    // is not planned any more: then the whole 300 is still due, 200 short of the 100.
    let today = date("2026-11-01");
    let text = format!("{SHORT}\n[[budget.extra]]\ndate = 2026-11-05\namount = 50\n");
    let s = load(&text);
    assert_eq!(shortfalls(s.data(), today), [dec!(200)]);
    let due = &due::dues(s.data(), today, date("2026-11-10"))[0];
    assert_eq!((due.planned, due.unpaid), (dec!(50), dec!(250)));
    let walk = due::cash_walk(s.data(), today, today, date("2026-11-10"));
    let extra = walk.iter().find(|e| e.kind == EventKind::Extra).unwrap();
    assert_eq!((extra.date, extra.amount), (date("2026-11-05"), dec!(-50)));
    assert_eq!(shortfalls(s.data(), date("2026-11-05")), [dec!(200)]);
}

/// Two cards at 0 %, both due on the 10th, 500 a month for debts: 4000 in all. Avalanche
/// (equal rates: the smaller balance first) pays Small first.
const TWO_CARDS: &str = r#"version = 1
[budget]
as_of = 2026-11-01
cash = 0
monthly_for_debts = 500

[[debts]]
name = "Big"
kind = "card"
balance = 3000
apr = 0
minimum = 100
due_day = 10

[[debts]]
name = "Small"
kind = "card"
balance = 1000
apr = 0
minimum = 100
due_day = 10
"#;

#[test]
fn extra_payments_shorten_the_plan_by_what_they_pay() {
    // No extra: 4000 / 500 = 8 months.
    let p = plan(load(TWO_CARDS).data(), Strategy::Avalanche);
    assert_eq!(p.months, 8);

    // 1000 to Big on 2026-11-15 counts on Big's 2026-12-10, month 2: Big gets its minimum 100
    // and the 1000; Small its 100 and the 300 left of the budget. 4000 - 500 - 1500 = 2000
    // after month 2, four more months of 500: 6 months.
    let named = format!(
        "{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 1000\ndebt = \"Big\"\n"
    );
    let p = plan(load(&named).data(), Strategy::Avalanche);
    assert_eq!(p.months, 6);
    assert_eq!((p.payment(2, 0), p.payment(2, 1)), (dec!(1100), dec!(400)));
    assert_eq!(p.total_paid, dec!(4000));

    // 1000 to no debt in particular, same date: the strategy's first that month, Small (600
    // owed after month 1), takes its minimum and then 500 to clear it; the other 800 of the
    // 1300 left goes on to Big (100 + 800). Again 2000 left after month 2: 6 months.
    let first = format!("{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 1000\n");
    let data = load(&first);
    let p = plan(data.data(), Strategy::Avalanche);
    assert_eq!(p.months, 6);
    assert_eq!((p.payment(2, 0), p.payment(2, 1)), (dec!(900), dec!(600)));

    // Every strategy but `minimum` (the baseline, no extra) pays it: custom's first is Big.
    let ledger = Ledger::new(data.data(), data.data().budget.as_of);
    let params = Params::of(data.data(), Strategy::Avalanche, &ledger);
    for (strategy, result) in engine::compare(&data.data().debts, params) {
        let p = result.unwrap_or_else(|e| panic!("{strategy}: {e}"));
        match strategy {
            Strategy::Minimum => assert_eq!(p.months, 30, "{strategy}"),
            _ => assert_eq!(p.months, 6, "{strategy}"),
        }
    }
}

#[test]
fn an_extra_past_its_debt_goes_on_to_the_next() {
    // 1500 to Small (600 owed after month 1) in month 2: 100 minimum + 500 clears it, the
    // other 1000 joins the 300 left of the budget for Big: 100 + 1300. 4000 - 500 - 2000 =
    // 1500 after month 2, three more months: 5.
    let text = format!(
        "{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 1500\ndebt = \"Small\"\n"
    );
    let p = plan(load(&text).data(), Strategy::Avalanche);
    assert_eq!((p.payment(2, 0), p.payment(2, 1)), (dec!(1400), dec!(600)));
    assert_eq!(p.months, 5);
}

#[test]
fn plan_and_compare_on_the_command_line_pay_the_extra() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("payoff.toml");
    let text = format!(
        "{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 1000\ndebt = \"Big\"\n"
    );
    std::fs::write(&file, text).unwrap();
    let run = |args: &[&str]| {
        stdout_of(
            payoff()
                .arg("-f")
                .arg(&file)
                .args(args)
                .args(["--today", "2026-11-01"]),
        )
    };
    let plan = run(&["plan", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&plan).unwrap();
    assert_eq!(json["months"], 6, "{plan}");
    let compare = run(&["compare", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&compare).unwrap();
    let months: Vec<_> = json["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["strategy"].clone(), p["months"].clone()))
        .collect();
    assert!(months.contains(&("snowball".into(), 6.into())), "{compare}");
}

// --- edits through the store keep the new tables ---

const SANDBOX: &str = include_str!("fixtures/valid/sandbox.toml");

#[test]
fn an_unrelated_edit_keeps_one_offs_yearly_lines_and_extras_as_written() {
    let mut s = load(SANDBOX);
    assert_eq!(s.data().budget.once.len(), 2);
    assert_eq!(s.data().budget.extra.len(), 2);
    assert_eq!(s.data().budget.expenses[1].month, Some(3));
    s.apply(Edit::AddPayment(Payment {
        debt: "Huabei".into(),
        date: date("2026-11-09"),
        amount: dec!(200),
    }))
    .unwrap();
    // Everything before the new payment is the user's text, to the byte.
    assert!(s.text().starts_with(SANDBOX), "{}", s.text());
    // Editing the yearly line's amount in place keeps `every`, `month` and the comment.
    let mut fee = s.data().budget.expenses[1].clone();
    fee.amount = dec!(350);
    s.apply(Edit::UpsertFlow {
        expense: true,
        index: Some(1),
        flow: fee,
    })
    .unwrap();
    let expected = SANDBOX.replace(
        "name = \"Annual card fee\"   # charged every March\namount = 300",
        "name = \"Annual card fee\"   # charged every March\namount = 350",
    );
    assert!(s.text().starts_with(&expected), "{}", s.text());
    assert_eq!(s.data().budget.expenses[1].month, Some(3));
}

#[test]
fn renaming_a_debt_renames_its_extras_and_deleting_it_keeps_them() {
    let mut s = load(SANDBOX);
    let mut card = s.data().debts[0].clone();
    card.name = "招商银行".into();
    s.apply(Edit::UpsertDebt {
        index: Some(0),
        debt: card,
    })
    .unwrap();
    assert_eq!(
        s.data().budget.extra[0].debt.as_deref(),
        Some("招商银行"),
        "{}",
        s.text()
    );
    assert!(s.text().contains("debt = \"招商银行\"\n\n[[budget.extra]]"));
    // Deleting it leaves the file valid: the extra goes to the strategy's first instead.
    s.apply(Edit::DeleteDebt { index: 0 }).unwrap();
    assert_eq!(s.data().budget.extra.len(), 2);
    assert_eq!(s.data().budget.extra[0].debt, None);
    assert!(
        s.text().contains("amount = 15000\n\n[[budget.extra]]"),
        "{}",
        s.text()
    );
}

#[test]
fn a_new_yearly_line_is_written_with_every_and_month() {
    let mut s = load(ONE_CARD);
    let mut fee = s.data().budget.expenses[0].clone();
    fee.name = "Insurance".into();
    fee.month = Some(6);
    s.apply(Edit::UpsertFlow {
        expense: true,
        index: None,
        flow: fee,
    })
    .unwrap();
    assert!(
        s.text().contains(
            "name = \"Insurance\"\namount = 1000\nday = 2\nevery = \"year\"\nmonth = 6\n"
        ),
        "{}",
        s.text()
    );
    assert_eq!(s.data().budget.monthly_expenses(), dec!(1000));
}

#[test]
fn the_calendar_shows_one_offs_yearly_lines_and_extras_on_their_dates() {
    let text = format!(
        "{}{}\n[[budget.once]]\nname = \"Bonus\"\ndate = 2026-11-25\namount = 2000\n\
         \n[[budget.extra]]\ndate = 2026-11-26\namount = 300\n\
         \n[[budget.extra]]\ndate = 2026-11-27\namount = 400\ndebt = \"Card\"\n",
        ONE_CARD,
        ANNUAL_FEE
            .replace("month = 12", "month = 11")
            .replace("day = 5", "day = 24")
    );
    for (lang, extra) in [
        (payoff::model::Language::En, "(extra)"),
        (payoff::model::Language::Zh, "（额外还款）"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("payoff.toml");
        std::fs::write(&path, &text).unwrap();
        let store = Store::open(&path).unwrap();
        let mut h = common::Harness {
            app: payoff::tui::app::App::new(store, date("2026-11-23"), lang, true),
            dir,
            path,
        };
        h.keys(&[ratatui::crossterm::event::KeyCode::Char('6')]);
        let screen = h.screen(100, 30);
        let row = |needle: &str| {
            screen
                .lines()
                .find(|l| l.contains(needle))
                .unwrap_or_else(|| panic!("no {needle}:\n{screen}"))
                .to_string()
        };
        assert!(row("Annual fee").contains("11-24"), "{screen}");
        assert!(row("Bonus").contains("+¥2,000.00"), "{screen}");
        // An extra is named for the debt it pays, one to no debt in particular for the
        // strategy's first (the only one here); both meet the 12-10 due.
        let tagged = format!("Card {extra}").replace(" （", "（");
        let rows: Vec<_> = screen.lines().filter(|l| l.contains(&tagged)).collect();
        assert_eq!(rows.len(), 2, "{screen}");
        assert!(
            rows[0].contains("11-26") && rows[0].contains("-¥300.00"),
            "{screen}"
        );
        assert!(
            rows[1].contains("11-27") && rows[1].contains("-¥400.00"),
            "{screen}"
        );
    }
}

/// `(date, debt, amount)` of each extra payment's part in the walk from `from` to `until`.
fn extra_parts(data: &Data, today: NaiveDate, until: &str) -> Vec<(String, String, Money)> {
    due::cash_walk(data, today, today, date(until))
        .into_iter()
        .filter(|e| e.kind == EventKind::Extra)
        .map(|e| (e.date.to_string(), e.name.to_string(), e.amount))
        .collect()
}

/// The unpaid amount of each of a debt's dues up to `until`, as the due dates count them.
fn unpaid(data: &Data, today: NaiveDate, debt: usize, until: &str) -> Vec<(String, Money)> {
    due::dues(data, today, date(until))
        .into_iter()
        .filter(|d| d.debt == debt)
        .map(|d| (d.date.to_string(), d.unpaid))
        .collect()
}

#[test]
fn an_extra_pays_its_debts_dues_and_no_more_than_it_owes() {
    // TWO_CARDS, today 11-01, 1500 to Small on 11-15. Small's 11-10 due (100) is before it
    // and paid then; on 11-15 Small owes 1000 - 100 = 900, so the extra pays 900: its 12-10
    // due and every later one are met. The other 600 goes on in the strategy's order to Big,
    // which owes 3000 - 100 = 2900 then: its dues of 100 from 12-10 on, six of them (12-10 to
    // 05-10), are met by it and 06-10 is asked again.
    let today = date("2026-11-01");
    let text = format!(
        "{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 1500\ndebt = \"Small\"\n"
    );
    let s = load(&text);
    assert_eq!(
        extra_parts(s.data(), today, "2027-06-30"),
        [
            ("2026-11-15".into(), "Small".into(), dec!(-900)),
            ("2026-11-15".into(), "Big".into(), dec!(-600)),
        ]
    );
    // Small is paid off: its dues end with the 12-10 one, met.
    assert_eq!(
        unpaid(s.data(), today, 1, "2027-02-28"),
        [
            ("2026-11-10".into(), dec!(100)),
            ("2026-12-10".into(), dec!(0))
        ]
    );
    let big = unpaid(s.data(), today, 0, "2027-06-30");
    let zero = dec!(0);
    assert_eq!(big[0], ("2026-11-10".into(), dec!(100)));
    assert_eq!(big[1..7].iter().map(|d| d.1).collect::<Vec<_>>(), [zero; 6]);
    assert_eq!(big[7], ("2027-06-10".into(), dec!(100)));
    // Cash: 0, -200 after the 11-10 dues, -1700 after the extra; nothing more is asked until
    // 2027-06-10 (Big's 100).
    assert_eq!(
        due::cash_on(s.data(), today, date("2027-05-31")),
        dec!(-1700)
    );
    assert_eq!(
        due::cash_on(s.data(), today, date("2027-06-10")),
        dec!(-1800)
    );
}

#[test]
fn what_no_debt_owes_of_an_extra_stays_in_the_cash() {
    // 5000 to no debt in particular on 11-15: Small (900 owed, first under avalanche: equal
    // rates, smaller balance), then Big (2900): 3800 paid, 1200 kept. Every later due is met.
    let today = date("2026-11-01");
    let text = format!("{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 5000\n");
    let s = load(&text);
    assert_eq!(
        extra_parts(s.data(), today, "2027-06-30"),
        [
            ("2026-11-15".into(), "Small".into(), dec!(-900)),
            ("2026-11-15".into(), "Big".into(), dec!(-2900)),
        ]
    );
    // -200 after the 11-10 dues, -3800 more: -4000, and it stays there.
    assert_eq!(
        due::cash_on(s.data(), today, date("2027-12-31")),
        dec!(-4000)
    );
    // Under `minimum` nothing is passed on, as the plan passes nothing on: the named part only.
    let minimum = text.replace(
        "monthly_for_debts = 500",
        "monthly_for_debts = 500\nstrategy = \"minimum\"",
    );
    let named = format!("{minimum}debt = \"Small\"\n");
    assert_eq!(
        extra_parts(load(&named).data(), today, "2027-06-30"),
        [("2026-11-15".into(), "Small".into(), dec!(-900))]
    );
}

#[test]
fn the_bonus_to_the_card_in_the_example_pays_what_the_card_owes() {
    // The issue's case: 15000 to 招行信用卡 on 2027-01-21 in the example. The card's 01-22 due
    // is met by it, and the card gets only what it owes then: the balance of its bill due on
    // 01-22 (that bill's own figure in the due dates), the rest going on to the others.
    let extra = "\n[[budget.extra]]\ndate = 2027-01-21\namount = 15000\ndebt = \"招行信用卡\"\n";
    let base = load(include_str!("../assets/example.zh.toml"));
    let s = load(&format!(
        "{}{extra}",
        include_str!("../assets/example.zh.toml")
    ));
    let today = date("2026-11-01");
    let bill = due::dues(base.data(), today, date("2027-01-31"))
        .into_iter()
        .find(|d| d.debt == 0 && d.date == date("2027-01-22"))
        .unwrap();
    let parts = extra_parts(s.data(), today, "2027-01-31");
    assert_eq!(
        parts[0],
        ("2027-01-21".into(), "招行信用卡".into(), -bill.bill)
    );
    assert!(bill.bill < dec!(15000) && bill.bill > bill.amount);
    // What leaves the cash is the 15000, in parts: everything the four debts owe is more.
    assert_eq!(parts.iter().map(|p| p.2).sum::<Money>(), dec!(-15000));
    // The plan agrees: the extra counts in the card's 01-22 period (month 3), is capped at
    // what the card owes then (paid off in month 3 instead of 4), and the rest goes on in the
    // avalanche order, clearing 借呗 in the same month, with some of the month's money left over.
    let (before, after) = (
        plan(base.data(), Strategy::Avalanche),
        plan(s.data(), Strategy::Avalanche),
    );
    assert_eq!(
        (before.debts[0].payoff_month, after.debts[0].payoff_month),
        (4, 3)
    );
    assert_eq!(after.debts[2].payoff_month, 3);
    assert_eq!(after.months, 3);
    let month3: Money = (0..4).map(|d| after.payment(3, d)).sum();
    assert!(month3 < dec!(4500) + dec!(15000), "{month3}");
    let card = unpaid(s.data(), today, 0, "2027-06-30");
    assert!(
        card.iter()
            .skip_while(|d| d.0 != "2027-01-22")
            .all(|d| d.1 == dec!(0))
    );
    assert_eq!(card.iter().filter(|d| d.0 == "2027-01-22").count(), 1);
}

#[test]
fn the_exported_calendar_keeps_the_dues_an_extra_would_pay() {
    // As above: 1500 to Small on 11-15 would meet Small's 12-10 due and Big's from 12-10 on.
    // The alarms are reminders, and an extra is a plan, not a payment: three months from 11-01
    // the calendar keeps the dues it would pay. Only Small's 01-10 is gone: the extra would
    // pay Small off, and a debt paid off has no later dues (it comes back if the extra's day
    // passes and the log does not hold it).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("payoff.toml");
    let uids = |text: &str| {
        std::fs::write(&file, text).unwrap();
        let ics = stdout_of(payoff().arg("-f").arg(&file).args([
            "export",
            "ics",
            "--months",
            "3",
            "--today",
            "2026-11-01",
        ]));
        ics.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .filter(|l| !l.starts_with("alarm"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let text = format!(
        "{TWO_CARDS}\n[[budget.extra]]\ndate = 2026-11-15\namount = 1500\ndebt = \"Small\"\n"
    );
    let plain = uids(TWO_CARDS);
    assert_eq!(plain.len(), 6);
    let without_small_in_january: Vec<_> = plain
        .iter()
        .filter(|u| *u != "Small-2027-01-10@payoff")
        .cloned()
        .collect();
    assert_eq!(uids(&text), without_small_in_january);
}

#[test]
fn a_due_an_extra_would_pay_is_still_reminded_of() {
    // SHORT's 300 due on 11-10, an extra of 300 to Visa planned on 11-09. The extra is a plan,
    // not a payment: on 11-08 the due is reminded of all the same (300, in 2 days). On 11-09 an
    // extra not in the log is planned no more, and the walk finds the 300 is 200 short of the
    // 100 on hand.
    let text =
        format!("{SHORT}\n[[budget.extra]]\ndate = 2026-11-09\namount = 300\ndebt = \"Visa\"\n");
    let s = load(&text);
    let soon: Vec<_> = due::warnings(s.data(), date("2026-11-08"), 3)
        .into_iter()
        .filter(|w| w.due == date("2026-11-10") && matches!(w.kind, WarningKind::DueSoon { .. }))
        .map(|w| (w.amount, w.kind))
        .collect();
    assert_eq!(soon, [(dec!(300), WarningKind::DueSoon { days: 2 })]);
    let kinds: Vec<_> = due::warnings(s.data(), date("2026-11-09"), 3)
        .into_iter()
        .filter(|w| w.due == date("2026-11-10"))
        .map(|w| (w.amount, w.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                dec!(300),
                WarningKind::Shortfall {
                    days: 1,
                    short: dec!(200)
                }
            ),
            (dec!(300), WarningKind::DueSoon { days: 1 }),
        ]
    );
}
