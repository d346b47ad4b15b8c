//! The app's update, driven by real keys through the keymap and the loop's `perform`: what each
//! key does to the state, and what lands in the file on disk (read back after every step).
//! Every test has its own copy of the bundled example; today is always 2026-11-23.

mod common;

use std::fs;

use common::{EXAMPLE, Harness, today};
use payoff::due::Level;
use payoff::i18n::problem;
use payoff::model::{DebtKind, Language};
use payoff::money::Rate;
use payoff::store::Store;
use payoff::tui::action::Event;
use payoff::tui::app::{NegoField, Overlay, Screen};
use payoff::tui::form::{FieldError, Key};
use payoff::tui::{keymap, perform};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rust_decimal::{Decimal, dec};

/// What these tests need beyond the shared harness.
impl Harness {
    /// The file on disk, loaded afresh: what the next start would see.
    fn reopened(&self) -> Store {
        Store::open(&self.path).unwrap()
    }

    /// The errors the open form shows, in field order.
    fn form_errors(&self) -> Vec<String> {
        let Some(Overlay::Form(form)) = &self.app.overlay else {
            return Vec::new();
        };
        let mut errors: Vec<String> = form
            .fields
            .iter()
            .filter_map(|f| match &f.error {
                Some(FieldError::Msg(m)) => Some(format!("{:?}: {m:?}", f.key)),
                Some(FieldError::Problem(p)) => {
                    Some(format!("{:?}: {}", f.key, problem(Language::En, p)))
                }
                None => None,
            })
            .collect();
        errors.extend(form.error.clone());
        errors
    }

    /// Presses a key with modifiers (Ctrl, Alt); performs the effects. Whether the app quit.
    fn press(&mut self, code: KeyCode, modifiers: KeyModifiers) -> bool {
        let Some(action) = keymap::map(&self.app, KeyEvent::new(code, modifiers)) else {
            return false;
        };
        let effects = self.app.update(Event::Key(action));
        perform(&mut self.app, effects, || "10:42".to_string())
    }

    fn debt_names(&self) -> Vec<String> {
        let data = self.app.store.data();
        data.debts.iter().map(|d| d.name.clone()).collect()
    }
}

/// Every `# comment` of the example, whole-line or trailing, trimmed.
fn example_comments() -> Vec<&'static str> {
    EXAMPLE
        .lines()
        .filter_map(|l| l.find('#').map(|i| l[i..].trim_end()))
        .collect()
}

/// Adds `Visa`: a card of 5000 at 18 % with a minimum of 200, due on the 10th.
fn add_visa(h: &mut Harness) {
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Char('7')]);
    assert!(h.form_open());
    // Name, Kind (stays card), Balance, APR, Minimum, Minimum % (empty), Due day.
    h.type_str("Visa");
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    h.type_str("5000");
    h.key(KeyCode::Tab);
    h.type_str("18");
    h.key(KeyCode::Tab);
    h.type_str("200");
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    h.type_str("10");
    assert_eq!(h.form_errors(), Vec::<String>::new());
    h.key(KeyCode::Enter);
}

#[test]
fn add_a_debt_through_the_form() {
    let mut h = Harness::new(Language::En, true);
    add_visa(&mut h);
    assert!(
        !h.form_open(),
        "the form stayed open: {:?}",
        h.form_errors()
    );
    assert_eq!(
        h.debt_names(),
        ["CMB Card", "花呗", "借呗", "JD Baitiao", "Visa"]
    );
    let visa = &h.reopened().data().debts[4].clone();
    assert_eq!(visa.name, "Visa");
    assert_eq!(visa.kind, DebtKind::Card);
    assert_eq!(visa.balance, dec!(5000));
    assert_eq!(visa.apr, Rate::new(dec!(18)));
    assert_eq!(visa.minimum, dec!(200));
    assert_eq!(visa.due_day, 10);
    assert!(h.disk().contains("name = \"Visa\""));
    assert_eq!(h.app.saved_at.as_deref(), Some("10:42"));
    assert!(!h.app.store.is_dirty());
    // The new debt shows at once.
    assert_eq!(h.app.view.debts.len(), 5);
}

/// The lines of the debt table named `name` on disk, from its `[[debts]]` header to the next
/// blank line.
fn debt_table(disk: &str, name: &str) -> Vec<String> {
    let at = disk.find(&format!("[[debts]]\nname = \"{name}\"")).unwrap();
    disk[at..]
        .lines()
        .take_while(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn add_a_huabei_debt_through_the_keys() {
    for (lang, name) in [(Language::En, "Huabei"), (Language::Zh, "蚂蚁花呗")] {
        let mut h = Harness::new(lang, true);
        // `a` asks who the debt is with: ↓ to 花呗, Enter. Its rules fill the form.
        h.keys(&[
            KeyCode::Char('2'),
            KeyCode::Char('a'),
            KeyCode::Down,
            KeyCode::Enter,
        ]);
        assert!(h.form_open());
        if lang == Language::Zh {
            // The example has a 花呗 already: the name is left for the user.
            h.type_str(name);
        }
        // Name, then Balance (a product's kind is not asked).
        h.key(KeyCode::Tab);
        h.type_str("2000");
        h.key(KeyCode::Enter);
        assert!(!h.form_open(), "{lang:?}: {:?}", h.form_errors());
        // The product is written, the keys it fills are not.
        assert_eq!(
            debt_table(&h.disk(), name),
            [
                "[[debts]]".to_string(),
                format!("name = \"{name}\""),
                "product = \"huabei\"".to_string(),
                "balance = 2000".to_string(),
            ]
        );
        let store = h.reopened();
        let d = store.data().debts.last().unwrap();
        assert_eq!(d.product, Some(payoff::lender::Product::Huabei));
        assert_eq!((d.statement_day, d.due_day), (Some(1), 10));
        assert_eq!(d.apr, Rate::new(dec!(18.25)));
        assert_eq!(d.suspend_days, Some(7));
        for key in [
            "kind",
            "daily_rate",
            "due_day",
            "grace_days",
            "penalty_base",
        ] {
            assert!(d.from_product.contains(&key), "{key}");
        }
        assert_eq!(h.app.view.debts.len(), 5);
    }
}

#[test]
fn editing_a_product_debt_writes_only_what_the_user_changed() {
    let mut h = Harness::new(Language::En, true);
    let before = h.disk();
    // 花呗 (the second debt): its fields are 花呗's, marked so.
    h.keys(&[KeyCode::Char('2'), KeyCode::Down, KeyCode::Char('e')]);
    let Some(Overlay::Form(form)) = &h.app.overlay else {
        panic!("no form");
    };
    let marked: Vec<String> = form
        .fields
        .iter()
        .filter(|f| form.visible(f.key) && f.from_product())
        .map(|f| format!("{:?}", f.key))
        .collect();
    assert!(marked.contains(&"DueDay".to_string()), "{marked:?}");
    assert!(marked.contains(&"Minimum".to_string()), "{marked:?}");
    // The balance is the file's own.
    assert!(!marked.contains(&"Balance".to_string()), "{marked:?}");
    // Enter without a change writes nothing.
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    assert_eq!(h.disk(), before);
    // Grace days 0 -> 2 (Name, Balance, APR, Minimum, Minimum %, Statement day, Due day,
    // Grace days): that one line is added.
    h.key(KeyCode::Char('e'));
    for _ in 0..7 {
        h.key(KeyCode::Tab);
    }
    h.key(KeyCode::Backspace);
    h.type_str("2");
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    let disk = h.disk();
    let added: Vec<&str> = disk
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .collect();
    assert_eq!(added, ["grace_days = 2"]);
    assert_eq!(h.reopened().data().debts[1].grace_days, 2);
    // Emptied, the field takes 花呗's value back, and the key goes.
    h.key(KeyCode::Char('e'));
    for _ in 0..7 {
        h.key(KeyCode::Tab);
    }
    h.clear_field();
    h.key(KeyCode::Tab);
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    assert_eq!(h.disk(), before);
}

#[test]
fn a_baitiao_is_due_nine_days_after_the_statement_day_typed() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Char('3')]);
    h.clear_field();
    h.type_str("JD 2");
    h.key(KeyCode::Tab);
    h.type_str("800");
    // Balance -> APR, Minimum, Minimum %, Statement day.
    for _ in 0..4 {
        h.key(KeyCode::Tab);
    }
    h.type_str("25");
    let Some(Overlay::Form(form)) = &h.app.overlay else {
        panic!("no form");
    };
    let due = form.fields.iter().find(|f| f.key == Key::DueDay).unwrap();
    assert_eq!(due.input.value(), "4");
    assert!(due.from_product());
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    assert_eq!(
        debt_table(&h.disk(), "JD 2"),
        [
            "[[debts]]",
            "name = \"JD 2\"",
            "product = \"baitiao\"",
            "balance = 800",
            "statement_day = 25",
        ]
    );
    assert_eq!(h.reopened().data().debts[4].due_day, 4);
}

#[test]
fn a_bank_card_needs_its_statement_day() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Char('1')]);
    h.key(KeyCode::Tab);
    h.type_str("5000");
    h.key(KeyCode::Enter);
    assert!(h.form_open(), "a bank card without its days was accepted");
    let errors = h.form_errors();
    assert!(
        errors.contains(&"StatementDay: ErrRequired".to_string()),
        "{errors:?}"
    );
    assert_eq!(h.disk(), EXAMPLE);
}

#[test]
fn edit_then_undo_twice_restores_the_file() {
    let mut h = Harness::new(Language::En, true);
    let original = h.disk();
    add_visa(&mut h);
    let after_add = h.disk();
    assert_ne!(after_add, original);

    // Select Visa (the fifth), edit its balance.
    h.keys(&[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    assert_eq!(h.app.debts().sel, 4);
    h.key(KeyCode::Char('e'));
    assert!(h.form_open());
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    h.clear_field();
    h.type_str("4500.50");
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    assert_eq!(h.app.store.data().debts[4].balance, dec!(4500.50));
    assert_eq!(h.reopened().data().debts[4].balance, dec!(4500.50));
    assert!(h.disk().contains("balance = 4500.50"), "{}", h.disk());

    h.key(KeyCode::Char('u'));
    assert_eq!(h.disk(), after_add);
    assert_eq!(h.app.store.data().debts[4].balance, dec!(5000));
    h.key(KeyCode::Char('u'));
    assert_eq!(h.disk(), original);
    assert_eq!(h.app.store.data().debts.len(), 4);
    // Nothing left to undo: the file stays.
    h.key(KeyCode::Char('u'));
    assert_eq!(h.disk(), original);
}

#[test]
fn editing_a_balance_keeps_the_rest_of_the_debt_as_written() {
    // CMB Card is a bank card written with its balance (and a comment), its statement and due
    // day: changing only its balance in the form must not write any of the rules its product
    // fills (rate, minimum, grace, ...), nor drop the comment. (Name -> Balance: a product's
    // kind is not asked.)
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('e')]);
    h.key(KeyCode::Tab);
    h.clear_field();
    h.type_str("8000");
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    let disk = h.disk();
    assert!(
        disk.contains("balance = 8000      # the bill due on the 22nd"),
        "{disk}"
    );
    // Exactly one line changed.
    let changed: Vec<(&str, &str)> = EXAMPLE
        .lines()
        .zip(disk.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "balance = 8450.30      # the bill due on the 22nd",
            "balance = 8000      # the bill due on the 22nd"
        )]
    );
    assert_eq!(EXAMPLE.lines().count(), disk.lines().count());
}

#[test]
fn pay_from_the_debts_screen() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Down]);
    h.key(KeyCode::Char('p'));
    assert!(h.form_open());
    // The form offers what 花呗 owes next; pay a round 300 instead.
    h.clear_field();
    h.type_str("300");
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    let store = h.reopened();
    let last = store.data().payments.last().unwrap();
    assert_eq!(last.debt, "花呗");
    assert_eq!(last.amount, dec!(300));
    assert_eq!(last.date, today());
    assert_eq!(store.data().payments.len(), 3);
    // After the log's last payment, before the example's scenarios.
    assert!(
        h.disk().contains(
            "amount = 1060.30\n\n[[payments]]\ndebt = \"花呗\"\ndate = 2026-11-23\namount = 300\n\n# What-ifs"
        ),
        "{}",
        h.disk()
    );
    let (status, error) = h.app.status.clone().unwrap();
    assert!(!error && status.contains("花呗"), "{status}");
    assert_eq!(h.app.view.debts[1].payments, 2);
}

#[test]
fn amounts_are_typed_the_way_the_app_shows_them() {
    // Full-width digits (a Chinese input method), a grouping comma, the currency symbol and
    // 元 are read as the app shows amounts, and stored plain.
    for typed in ["１,０６０.30", "¥1,060.30", "１０６０．３０元"] {
        let mut h = Harness::new(Language::Zh, true);
        h.keys(&[KeyCode::Char('2'), KeyCode::Down]);
        h.key(KeyCode::Char('p'));
        h.clear_field();
        h.type_str(typed);
        h.key(KeyCode::Enter);
        assert!(!h.form_open(), "{typed}: {:?}", h.form_errors());
        let store = h.reopened();
        let last = store.data().payments.last().unwrap();
        assert_eq!(last.amount, dec!(1060.30), "{typed}");
        assert!(
            h.disk().contains("amount = 1060.30\n\n# What-ifs"),
            "{}",
            h.disk()
        );
    }
    // A comma that does not group thousands is refused.
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Down]);
    h.key(KeyCode::Char('p'));
    h.clear_field();
    h.type_str("10,60.30");
    h.key(KeyCode::Enter);
    assert!(h.form_open());
}

#[test]
fn pay_a_dashboard_warning_clears_it() {
    let mut h = Harness::new(Language::En, true);
    assert_eq!(h.app.screen, Screen::Dashboard);
    let w = h.app.view.warnings[0].clone();
    assert_eq!(w.level(), Level::Grace);
    assert_eq!(h.app.store.data().debts[w.debt].name, "CMB Card");
    assert_eq!(w.amount, dec!(845.03));
    h.key(KeyCode::Char('p'));
    assert!(h.form_open());
    // The form is filled with the warning's amount: Enter pays it.
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    let last = h.reopened().data().payments.last().unwrap().clone();
    assert_eq!(
        (last.debt.as_str(), last.amount, last.date),
        ("CMB Card", dec!(845.03), today())
    );
    assert!(
        h.app
            .view
            .warnings
            .iter()
            .all(|w| !(w.level() == Level::Grace && w.debt == 0)),
        "{:?}",
        h.app.view.warnings
    );
}

#[test]
fn plan_what_if_is_not_saved_until_kept() {
    let mut h = Harness::new(Language::En, true);
    let original = h.disk();
    h.key(KeyCode::Char('4'));
    assert_eq!(h.app.screen, Screen::Plan);
    assert_eq!(h.app.what_if_budget(), dec!(4500));
    let months = |h: &Harness| h.app.view.plan.as_ref().unwrap().months;
    let before = months(&h);

    for (key, budget) in [
        ('+', dec!(4600)),
        (']', dec!(5600)),
        ('-', dec!(5500)),
        ('[', dec!(4500)),
        (']', dec!(5500)),
    ] {
        h.key(KeyCode::Char(key));
        assert_eq!(h.app.what_if_budget(), budget, "after {key}");
        assert_eq!(h.disk(), original, "{key} wrote the file");
    }
    // The plans follow the what-if budget at once.
    assert!(months(&h) < before);

    h.key(KeyCode::Char('w'));
    assert_eq!(h.app.what_if_budget(), dec!(5500));
    assert_eq!(h.app.plan().delta, 0);
    let store = h.reopened();
    assert_eq!(store.data().budget.monthly_for_debts, Some(dec!(5500)));
    assert!(
        h.disk().contains("monthly_for_debts = 5500"),
        "{}",
        h.disk()
    );
    // A second `w` with no change writes nothing.
    let kept = h.disk();
    h.key(KeyCode::Char('w'));
    assert_eq!(h.disk(), kept);
}

/// `=` on Plan types the what-if budget exactly, as the app shows amounts (`¥1,060.30`) or
/// plainly; nothing is written until `w` keeps it.
#[test]
fn plan_equals_types_an_exact_what_if_budget() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('4'), KeyCode::Char('+'), KeyCode::Char('=')]);
    let Some(Overlay::Form(form)) = &h.app.overlay else {
        panic!("= opened no form: {:?}", h.app.overlay);
    };
    // Prefilled with the what-if budget in use, not the file's.
    assert_eq!(form.fields[0].input.value(), "4600");
    for (typed, budget) in [
        ("¥1,060.30", dec!(1060.30)),
        ("1060.3", dec!(1060.30)),
        ("５２００", dec!(5200)),
    ] {
        if !h.form_open() {
            h.key(KeyCode::Char('='));
        }
        h.clear_field();
        h.type_str(typed);
        h.key(KeyCode::Enter);
        assert!(!h.form_open(), "{typed}: {:?}", h.form_errors());
        assert_eq!(h.app.what_if_budget(), budget, "{typed}");
        assert_eq!(
            Decimal::from(h.app.plan().delta),
            (budget - dec!(4500)) * dec!(100)
        );
        assert_eq!(h.disk(), EXAMPLE, "{typed} wrote the file");
    }
    // The plans follow it, and `w` keeps exactly that budget.
    assert!(h.app.view.plan.is_ok());
    h.key(KeyCode::Char('w'));
    assert_eq!(
        h.reopened().data().budget.monthly_for_debts,
        Some(dec!(5200))
    );
}

#[test]
fn plan_typed_budget_refuses_a_bad_amount_and_esc_cancels() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('4'), KeyCode::Char('=')]);
    h.clear_field();
    h.type_str("12a");
    h.key(KeyCode::Enter);
    assert!(h.form_open(), "a bad amount closed the form");
    assert_eq!(h.form_errors(), ["WhatIf: ErrAmount"]);
    assert_eq!(h.app.what_if_budget(), dec!(4500));
    h.clear_field();
    h.key(KeyCode::Enter);
    assert_eq!(h.form_errors(), ["WhatIf: ErrRequired"]);
    // Esc leaves the budget as it was.
    h.clear_field();
    h.type_str("100");
    h.key(KeyCode::Esc);
    assert!(!h.form_open());
    assert_eq!(h.app.what_if_budget(), dec!(4500));
    assert_eq!(h.disk(), EXAMPLE);
}

#[test]
fn plan_budget_never_goes_below_zero_and_0_resets() {
    let mut h = Harness::new(Language::En, true);
    h.key(KeyCode::Char('4'));
    for _ in 0..6 {
        h.key(KeyCode::Char('['));
    }
    assert_eq!(h.app.what_if_budget(), Decimal::ZERO);
    h.key(KeyCode::Char('0'));
    assert_eq!(h.app.what_if_budget(), dec!(4500));
    assert_eq!(h.disk(), EXAMPLE);
}

#[test]
fn adopt_a_negotiated_plan() {
    let mut h = Harness::new(Language::En, true);
    h.key(KeyCode::Char('5'));
    assert_eq!(h.app.screen, Screen::Negotiate);
    // Debt 0 (CMB Card); the focus starts on months (36).
    assert_eq!(h.app.negotiate().debt, 0);
    assert_eq!(h.app.negotiate().field, NegoField::Months);
    // → on months: 37; ] : 49. ↓ to apr, + twice: 1 %. ↓ to fee, → : 10. ↓ to down, ] : 1000.
    h.keys(&[KeyCode::Right, KeyCode::Char(']')]);
    h.keys(&[KeyCode::Down, KeyCode::Char('+'), KeyCode::Char('+')]);
    h.keys(&[KeyCode::Down, KeyCode::Right]);
    h.keys(&[KeyCode::Down, KeyCode::Char(']')]);
    // ↑ back to months, - : 48.
    h.keys(&[KeyCode::Up, KeyCode::Up, KeyCode::Up, KeyCode::Char('-')]);
    assert_eq!(h.app.negotiate().field, NegoField::Months);
    assert_eq!(h.disk(), EXAMPLE, "what-if changes are not saved");

    h.key(KeyCode::Enter);
    let store = h.reopened();
    let n = store.data().debts[0].negotiated.clone().expect("adopted");
    assert_eq!(n.months, 48);
    assert_eq!(n.apr, Rate::new(dec!(1)));
    assert_eq!(n.fee, dec!(10));
    assert_eq!(n.down_payment, dec!(1000));
    let disk = h.disk();
    assert_eq!(disk.matches("[debts.negotiated]").count(), 2);
    // The new table sits with CMB Card, before the next debt.
    let table = disk.find("[debts.negotiated]").unwrap();
    let huabei = disk.find("name = \"花呗\"").unwrap();
    assert!(table < huabei, "{disk}");
    assert!(disk[table..huabei].contains("months = 48"), "{disk}");
}

#[test]
fn negotiate_left_right_on_the_debt_field_changes_the_debt() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('5'), KeyCode::Up]);
    assert_eq!(h.app.negotiate().field, NegoField::Debt);
    h.key(KeyCode::Left);
    // Wraps to the last debt, JD Baitiao, whose plan in the file is shown.
    assert_eq!(h.app.negotiate().debt, 3);
    assert_eq!(h.app.negotiate().plan.months, 36);
    h.key(KeyCode::Right);
    assert_eq!(h.app.negotiate().debt, 0);
    // x removes JD Baitiao's plan from the file.
    h.keys(&[KeyCode::Left, KeyCode::Char('x')]);
    assert!(h.reopened().data().debts[3].negotiated.is_none());
    assert_eq!(h.disk().matches("[debts.negotiated]").count(), 0);
}

#[test]
fn delete_asks_first() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Down, KeyCode::Char('d')]);
    assert!(matches!(h.app.overlay, Some(Overlay::Confirm(_))));
    h.key(KeyCode::Char('n'));
    assert!(h.app.overlay.is_none());
    assert_eq!(h.debt_names().len(), 4);
    assert_eq!(h.disk(), EXAMPLE);
    // Any key but y keeps it too.
    h.keys(&[KeyCode::Char('d'), KeyCode::Esc]);
    assert_eq!(h.disk(), EXAMPLE);
    h.keys(&[KeyCode::Char('d'), KeyCode::Enter]);
    assert_eq!(h.disk(), EXAMPLE);

    h.keys(&[KeyCode::Char('d'), KeyCode::Char('y')]);
    assert_eq!(h.debt_names(), ["CMB Card", "借呗", "JD Baitiao"]);
    let store = h.reopened();
    assert_eq!(store.data().debts.len(), 3);
    // Its payments go with it.
    assert!(store.data().payments.iter().all(|p| p.debt != "花呗"));
    assert!(!h.disk().contains("花呗\""), "{}", h.disk());
}

#[test]
fn l_switches_the_language_and_saves_it() {
    let mut h = Harness::new(Language::En, true);
    h.key(KeyCode::Char('L'));
    assert_eq!(h.app.lang, Language::Zh);
    assert_eq!(h.reopened().data().language, Some(Language::Zh));
    assert!(h.disk().contains("language = \"zh\""), "{}", h.disk());
    h.key(KeyCode::Char('L'));
    assert_eq!(h.app.lang, Language::En);
    assert!(h.disk().contains("language = \"en\""), "{}", h.disk());
    // Undo goes back to Chinese, in the file and on screen.
    h.key(KeyCode::Char('u'));
    assert_eq!(h.app.lang, Language::Zh);
    assert!(h.disk().contains("language = \"zh\""));
}

#[test]
fn a_form_refuses_a_due_day_of_40() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Char('7')]);
    h.type_str("Visa");
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    h.type_str("5000");
    h.key(KeyCode::Tab);
    h.type_str("18");
    // Minimum, Minimum %, Due day.
    h.keys(&[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    h.clear_field();
    h.type_str("40");
    let errors = h.form_errors();
    assert!(errors.iter().any(|e| e.starts_with("DueDay")), "{errors:?}");
    h.key(KeyCode::Enter);
    assert!(h.form_open(), "an invalid form was accepted");
    assert_eq!(h.disk(), EXAMPLE);
    assert_eq!(h.debt_names().len(), 4);
    // Fixed, it saves.
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.type_str("31");
    h.key(KeyCode::Enter);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    assert_eq!(h.reopened().data().debts[4].due_day, 31);
}

#[test]
fn a_form_refuses_a_duplicate_name() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Char('7')]);
    h.type_str("花呗");
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    h.type_str("100");
    h.key(KeyCode::Tab);
    h.type_str("18");
    let errors = h.form_errors();
    assert!(errors.iter().any(|e| e.starts_with("Name")), "{errors:?}");
    h.key(KeyCode::Enter);
    assert!(h.form_open());
    assert_eq!(h.disk(), EXAMPLE);
    // Esc drops the form; nothing was written.
    h.key(KeyCode::Esc);
    assert!(!h.form_open());
    assert_eq!(h.disk(), EXAMPLE);
    assert_eq!(h.app.undo.len(), 0);
}

#[test]
fn a_payment_form_refuses_bad_amounts_and_dates() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p')]);
    for bad in ["abc", "-5", "0", "1.234"] {
        h.clear_field();
        h.type_str(bad);
        assert!(!h.form_errors().is_empty(), "{bad} accepted");
        h.key(KeyCode::Enter);
        assert!(h.form_open(), "{bad} saved");
    }
    h.clear_field();
    h.type_str("100");
    h.key(KeyCode::Tab);
    h.clear_field();
    h.type_str("2026-13-01");
    h.key(KeyCode::Enter);
    assert!(h.form_open());
    assert_eq!(h.disk(), EXAMPLE);
}

#[test]
fn a_file_changed_behind_the_app_pauses_edits_until_reloaded() {
    let mut h = Harness::new(Language::En, true);
    let by_hand = format!("{EXAMPLE}\n# added by hand\n");
    fs::write(&h.path, &by_hand).unwrap();

    // An edit: the save finds the file changed and does not overwrite it.
    h.key(KeyCode::Char('L'));
    assert!(h.app.paused);
    assert!(matches!(h.app.overlay, Some(Overlay::Conflict)));
    assert_eq!(h.disk(), by_hand);

    // While paused, keys other than r / Esc / q do nothing in the overlay.
    h.key(KeyCode::Char('2'));
    assert!(matches!(h.app.overlay, Some(Overlay::Conflict)));

    h.key(KeyCode::Char('r'));
    assert!(!h.app.paused);
    assert!(h.app.overlay.is_none());
    assert_eq!(h.app.store.text(), by_hand);
    assert!(
        h.app.store.data().language.is_none(),
        "the unsaved edit is gone"
    );
    assert!(h.app.undo.is_empty());
    assert_eq!(
        h.app.lang,
        Language::En,
        "back to the file's (the locale's) language"
    );

    // Edits work again, and keep the hand-written line.
    h.key(KeyCode::Char('L'));
    assert!(!h.app.paused);
    assert!(h.disk().contains("# added by hand"));
    assert!(h.disk().contains("language = \"zh\""), "{}", h.disk());
}

#[test]
fn a_disk_change_event_then_esc_keeps_browsing_but_refuses_edits() {
    let mut h = Harness::new(Language::En, true);
    fs::write(&h.path, format!("{EXAMPLE}# touched\n")).unwrap();
    let effects = h.app.update(Event::DiskChanged);
    assert!(effects.is_empty());
    assert!(h.app.paused);
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    assert!(h.app.paused);
    // Browsing works; edits are refused with a message.
    h.key(KeyCode::Char('4'));
    assert_eq!(h.app.screen, Screen::Plan);
    h.keys(&[KeyCode::Char(']'), KeyCode::Char('w')]);
    assert_eq!(h.disk(), format!("{EXAMPLE}# touched\n"));
    assert!(h.app.status.as_ref().is_some_and(|(_, error)| *error));
    h.key(KeyCode::Char('u'));
    assert_eq!(h.disk(), format!("{EXAMPLE}# touched\n"));
    // r reloads without the overlay too.
    h.key(KeyCode::Char('r'));
    assert!(!h.app.paused);
    assert!(h.app.store.text().ends_with("# touched\n"));
}

#[test]
fn a_reload_of_a_broken_file_keeps_the_last_good_data() {
    let mut h = Harness::new(Language::En, true);
    fs::write(&h.path, "version = 1\n[budget\n").unwrap();
    h.app.update(Event::DiskChanged);
    h.key(KeyCode::Char('r'));
    assert!(h.app.paused, "a bad file must not be taken");
    assert_eq!(h.app.store.text(), EXAMPLE);
    let (msg, error) = h.app.status.clone().unwrap();
    assert!(error && msg.contains("payoff.toml:"), "{msg}");
}

#[test]
fn comments_survive_every_kind_of_edit() {
    let mut h = Harness::new(Language::En, true);
    add_visa(&mut h);
    // Edit Visa's balance.
    h.keys(&[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    h.key(KeyCode::Char('e'));
    h.keys(&[KeyCode::Tab, KeyCode::Tab]);
    h.clear_field();
    h.type_str("4000");
    h.key(KeyCode::Enter);
    // A payment, a kept what-if budget, an adopted plan, the language.
    h.keys(&[KeyCode::Char('1'), KeyCode::Char('p'), KeyCode::Enter]);
    h.keys(&[KeyCode::Char('4'), KeyCode::Char(']'), KeyCode::Char('w')]);
    h.keys(&[KeyCode::Char('5'), KeyCode::Enter]);
    h.key(KeyCode::Char('L'));
    // Move Visa up one (custom order).
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('K')]);
    assert_eq!(h.app.undo.len(), 7, "every step above saved once");
    assert!(!h.app.paused);

    let disk = h.disk();
    assert!(disk.contains("as_of = 2026-11-01     # the date on which cash and every balance"));
    for comment in example_comments() {
        assert!(disk.contains(comment), "lost {comment:?}:\n{disk}");
    }
    let store = h.reopened();
    assert_eq!(store.data().debts.len(), 5);
    assert_eq!(store.data().debts[3].name, "Visa");
    assert_eq!(store.data().budget.monthly_for_debts, Some(dec!(5500)));
    assert_eq!(store.data().language, Some(Language::Zh));
}

#[test]
fn q_and_ctrl_c_quit_but_not_inside_a_form() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Char('7')]);
    // q is a letter in a form.
    assert!(!h.key(KeyCode::Char('q')));
    assert!(h.form_open());
    assert!(h.press(KeyCode::Char('c'), KeyModifiers::CONTROL));
    h.key(KeyCode::Esc);
    assert!(h.key(KeyCode::Char('q')));
    assert_eq!(h.disk(), EXAMPLE);
}

#[test]
fn ctrl_c_quits_from_every_overlay() {
    let ctrl = KeyModifiers::CONTROL;
    let opens: [&[KeyCode]; 4] = [
        &[KeyCode::Char('?')],
        &[KeyCode::Char('2'), KeyCode::Char('d')],
        &[KeyCode::Char('2'), KeyCode::Char('a')],
        &[KeyCode::Char('2'), KeyCode::Char('p')],
    ];
    for keys in opens {
        let mut h = Harness::new(Language::En, true);
        h.keys(keys);
        assert!(h.app.overlay.is_some(), "{keys:?} opens an overlay");
        assert!(h.press(KeyCode::Char('c'), ctrl), "Ctrl-C after {keys:?}");
    }
    let mut h = Harness::new(Language::En, true);
    h.event(Event::DiskChanged);
    assert!(matches!(h.app.overlay, Some(Overlay::Conflict)));
    assert!(h.press(KeyCode::Char('c'), ctrl));
    // Shift held as well: still Ctrl-C.
    let mut h = Harness::new(Language::En, true);
    assert!(h.press(KeyCode::Char('C'), ctrl | KeyModifiers::SHIFT));
}

#[test]
fn a_letter_with_ctrl_or_alt_is_not_the_letter() {
    let mut h = Harness::new(Language::En, true);
    // An edit to take back: the language.
    h.key(KeyCode::Char('L'));
    let switched = h.disk();
    assert_ne!(switched, EXAMPLE);
    // Ctrl-U is not u: nothing is undone.
    assert!(!h.press(KeyCode::Char('u'), KeyModifiers::CONTROL));
    assert_eq!(h.disk(), switched);
    assert_eq!(h.app.undo.len(), 1);
    // Ctrl-D is not d: no question, nothing deleted.
    h.key(KeyCode::Char('2'));
    assert!(!h.press(KeyCode::Char('d'), KeyModifiers::CONTROL));
    assert!(h.app.overlay.is_none());
    assert_eq!(h.debt_names().len(), 4);
    // Alt-q is not q: the app stays.
    assert!(!h.press(KeyCode::Char('q'), KeyModifiers::ALT));
    // Nor Ctrl-Tab another screen.
    assert!(!h.press(KeyCode::Tab, KeyModifiers::CONTROL));
    assert_eq!(h.app.screen, Screen::Debts);
    // Shift is how a capital arrives, with or without the capital itself: K moves a debt.
    h.key(KeyCode::Down);
    assert!(!h.press(KeyCode::Char('k'), KeyModifiers::SHIFT));
    assert_eq!(h.debt_names()[0], "花呗");
    // The plain letters still work.
    h.key(KeyCode::Char('u'));
    h.key(KeyCode::Char('u'));
    assert_eq!(h.disk(), EXAMPLE);
    assert!(h.key(KeyCode::Char('q')));
}

#[test]
fn a_likely_typo_in_the_file_shows_in_the_status_line() {
    let h = Harness::new(Language::En, true);
    fs::write(
        &h.path,
        EXAMPLE.replace("balance = 1290\n", "balance = 1290\nminimun = 5\n"),
    )
    .unwrap();
    let app =
        payoff::tui::app::App::new(Store::open(&h.path).unwrap(), today(), Language::En, true);
    let (text, _) = app.status.clone().expect("a status");
    assert!(
        text.contains("minimun: unknown key, did you mean \"minimum\"?"),
        "{text}"
    );
    assert!(Harness::new(Language::En, true).app.status.is_none());
}

/// The example with 借呗's `due_day = 9` made `40` by hand: what the loader refuses.
fn broken() -> String {
    let bad = EXAMPLE.replacen("due_day = 9", "due_day = 40", 1);
    assert_ne!(bad, EXAMPLE);
    bad
}

/// Was: a reload that hits `due_day = 40` leaves the title saying only "edits paused"; why
/// (file:line:column, key, what was expected) was hidden. Now a panel shows the loader's error
/// over the last good data and offers `r` again; fixed by hand, `r` loads it.
#[test]
fn a_bad_hand_edit_shows_its_error_keeps_the_data_and_reloads_once_fixed() {
    let mut h = Harness::new(Language::En, true);
    fs::write(&h.path, broken()).unwrap();
    h.event(Event::DiskChanged);
    h.key(KeyCode::Char('r'));
    assert!(h.app.paused);
    let error = h.app.file_error.clone().expect("the error is kept");
    assert!(
        error.starts_with("payoff.toml:64:11: debts[2].due_day: "),
        "{error}"
    );
    assert!(matches!(h.app.overlay, Some(Overlay::Conflict)));
    assert_eq!(h.app.store.text(), EXAMPLE, "the last good data stays");
    let screen = h.screen(80, 24);
    assert!(screen.contains("The file has an error"), "{screen}");
    assert!(screen.contains("payoff.toml:64:11"), "{screen}");
    assert!(screen.contains("r reload"), "{screen}");

    // Still broken: r again shows it again.
    h.key(KeyCode::Char('r'));
    assert_eq!(h.app.file_error.as_deref(), Some(error.as_str()));

    // Esc browses the last good data; the title says the file has an error.
    h.key(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    h.key(KeyCode::Char('2'));
    assert!(h.screen(80, 24).contains("借呗"));
    assert!(
        h.screen(80, 24)
            .contains("edits paused: file error, r reloads")
    );

    // Fixed by hand: r loads it and the error goes.
    let fixed = EXAMPLE.replacen("due_day = 9", "due_day = 10", 1);
    fs::write(&h.path, &fixed).unwrap();
    h.key(KeyCode::Char('r'));
    assert!(!h.app.paused);
    assert!(h.app.file_error.is_none());
    assert!(h.app.overlay.is_none());
    assert_eq!(h.app.store.text(), fixed);
    assert!(!h.screen(80, 24).contains("error"));
}

/// The file watcher: while the file has an error, a change to it is loaded at once.
#[test]
fn a_fixed_file_loads_when_it_changes_without_r() {
    let mut h = Harness::new(Language::En, true);
    fs::write(&h.path, broken()).unwrap();
    h.event(Event::DiskChanged);
    h.key(KeyCode::Char('r'));
    assert!(h.app.file_error.is_some());
    h.key(KeyCode::Esc);
    let fixed = format!("{EXAMPLE}# fixed\n");
    fs::write(&h.path, &fixed).unwrap();
    h.event(Event::DiskChanged);
    assert!(!h.app.paused && h.app.file_error.is_none());
    assert_eq!(h.app.store.text(), fixed);
}

/// Was: `p` opened the pay form while edits were paused, and Enter dropped it silently. Now
/// the form says why it cannot be saved, Enter keeps it, and `r` reloads and saves it.
#[test]
fn a_payment_typed_while_paused_is_saved_after_the_reload() {
    let mut h = Harness::new(Language::En, true);
    let by_hand = format!("{EXAMPLE}# by hand\n");
    fs::write(&h.path, &by_hand).unwrap();
    h.event(Event::DiskChanged);
    h.key(KeyCode::Esc);
    h.keys(&[KeyCode::Char('2'), KeyCode::Down, KeyCode::Char('p')]);
    assert!(h.form_open());
    assert!(
        h.screen(80, 24)
            .contains("not saved yet: the file changed on disk")
    );
    h.clear_field();
    h.type_str("300");
    h.key(KeyCode::Enter);
    assert!(h.app.held.is_some(), "the form is kept");
    assert!(matches!(h.app.overlay, Some(Overlay::Conflict)));
    assert!(h.screen(80, 24).contains("Your entry is kept"));
    assert_eq!(h.disk(), by_hand, "nothing written while paused");

    // Esc gives the form back as it was typed.
    h.key(KeyCode::Esc);
    assert!(h.form_open());
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('r'));
    assert!(!h.app.paused && h.app.held.is_none());
    assert!(!h.form_open());
    assert!(h.disk().contains("# by hand"), "the hand edit is kept");
    let last = h.reopened().data().payments.last().unwrap().clone();
    assert_eq!((last.debt.as_str(), last.amount), ("花呗", dec!(300)));
    assert_eq!(last.date, today());
    let (status, error) = h.app.status.clone().unwrap();
    assert!(
        !error && status.starts_with("reloaded; recorded"),
        "{status}"
    );
}

/// Was: a form open when the file changed on disk was thrown away. Now it stays open; once
/// submitted and the file reloaded it is saved to the same debt, found by name although the
/// hand edit moved it.
#[test]
fn a_form_open_when_the_file_changes_follows_its_debt_by_name() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[
        KeyCode::Char('2'),
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Char('p'),
    ]);
    h.clear_field();
    h.type_str("500");
    // The hand edit removes 花呗 (the debt before 借呗) and its payment.
    let by_hand = EXAMPLE.replacen(
        "debt = \"花呗\"\ndate = 2026-11-09\namount = 304.57\n\n[[payments]]\n",
        "",
        1,
    );
    let start = by_hand.find("[[debts]]\nname = \"花呗\"").unwrap();
    let end = start + by_hand[start + 1..].find("[[debts]]").unwrap() + 1;
    let by_hand = format!("{}{}", &by_hand[..start], &by_hand[end..]);
    Store::from_text(&h.path, &by_hand).expect("still valid");
    fs::write(&h.path, &by_hand).unwrap();
    h.event(Event::DiskChanged);
    assert!(h.form_open(), "the form stays open");
    assert!(h.app.paused);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('r'));
    let store = h.reopened();
    let last = store.data().payments.last().unwrap();
    assert_eq!((last.debt.as_str(), last.amount), ("借呗", dec!(500)));
    assert!(store.data().debt("花呗").is_none());
}

/// A kept form whose debt the hand edit removed is not saved, and says why.
#[test]
fn a_kept_payment_to_a_debt_now_gone_says_why_it_was_not_saved() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p')]);
    let renamed = EXAMPLE.replace("CMB Card", "招商信用卡");
    fs::write(&h.path, &renamed).unwrap();
    h.event(Event::DiskChanged);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('r'));
    assert_eq!(h.disk(), renamed);
    let (status, error) = h.app.status.clone().unwrap();
    assert!(
        error && status == "reloaded; your entry was not saved: CMB Card is no longer in the file",
        "{status}"
    );
}

/// The save itself finds the file changed: the payment is not lost but kept, and recorded on
/// top of the hand edit after `r`.
#[test]
fn a_payment_whose_save_finds_the_file_changed_is_kept() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p')]);
    let by_hand = format!("{EXAMPLE}# by hand\n");
    fs::write(&h.path, &by_hand).unwrap();
    h.key(KeyCode::Enter);
    assert!(h.app.paused && h.app.held.is_some());
    assert_eq!(
        h.app.store.data().payments.len(),
        2,
        "off the screen until saved"
    );
    assert!(h.app.undo.is_empty());
    h.key(KeyCode::Char('r'));
    assert!(h.disk().contains("# by hand"));
    assert_eq!(h.reopened().data().payments.len(), 3);
}

/// A kept form and a file that still has an error: the panel says both; fixed, it is saved.
#[test]
fn a_kept_payment_waits_for_a_broken_file_to_be_fixed() {
    let mut h = Harness::new(Language::En, true);
    fs::write(&h.path, broken()).unwrap();
    h.event(Event::DiskChanged);
    h.key(KeyCode::Char('r'));
    h.key(KeyCode::Esc);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p')]);
    assert!(
        h.screen(80, 24)
            .contains("not saved yet: the file has an error")
    );
    h.key(KeyCode::Enter);
    let screen = h.screen(80, 24);
    assert!(screen.contains("The file has an error") && screen.contains("Your entry is kept"));
    fs::write(&h.path, EXAMPLE).unwrap();
    h.event(Event::DiskChanged);
    assert!(h.app.file_error.is_none());
    assert_eq!(h.reopened().data().payments.len(), 3);
}

/// The form of a payment before `as_of` or after today warns, and still saves.
#[test]
fn a_payment_dated_before_as_of_or_after_today_warns_but_is_kept() {
    use payoff::tui::form::PayWarning;
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p'), KeyCode::Tab]);
    let warnings = |h: &Harness| match &h.app.overlay {
        Some(Overlay::Form(f)) => f.warnings.clone(),
        _ => panic!("no form"),
    };
    assert_eq!(warnings(&h), vec![]);
    h.clear_field();
    h.type_str("2026-10-31");
    assert_eq!(
        warnings(&h),
        vec![PayWarning::BeforeAsOf(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        )]
    );
    assert!(
        h.screen(80, 24)
            .contains("! before as_of (2026-11-01): already in the balances")
    );
    h.clear_field();
    h.type_str("2026-11-24");
    assert_eq!(warnings(&h), vec![PayWarning::Future]);
    assert!(h.screen(80, 24).contains("! dated after today"));
    h.key(KeyCode::Enter);
    assert!(!h.form_open());
    assert_eq!(
        h.reopened()
            .data()
            .payments
            .last()
            .unwrap()
            .date
            .to_string(),
        "2026-11-24"
    );
}

/// A payment the log already has (same debt, day and amount) is asked about: Enter again or y
/// keeps it, n goes back, and nothing is written until then.
#[test]
fn a_duplicate_payment_is_asked_about_before_it_is_kept() {
    let mut h = Harness::new(Language::En, true);
    let pay_again = |h: &mut Harness| {
        // 花呗, the second debt, wherever the selection was.
        h.keys(&[KeyCode::Char('2'), KeyCode::Up, KeyCode::Up, KeyCode::Up]);
        h.keys(&[KeyCode::Down, KeyCode::Char('p')]);
        h.clear_field();
        h.type_str("304.57");
        h.key(KeyCode::Tab);
        h.clear_field();
        h.type_str("2026-11-09");
    };
    pay_again(&mut h);
    assert!(
        h.screen(80, 24)
            .contains("! the log already has ¥304.57 to 花呗 on 2026-11-09"),
        "{}",
        h.screen(80, 24)
    );
    h.key(KeyCode::Enter);
    assert!(h.form_open());
    assert!(h.screen(80, 24).contains("? keep this one too?"));
    assert_eq!(h.disk(), EXAMPLE);
    // n goes back to the form; Enter asks again; y keeps it.
    h.key(KeyCode::Char('n'));
    assert!(h.form_open() && !h.screen(80, 24).contains("keep this one too"));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('y'));
    assert!(!h.form_open());
    assert_eq!(h.reopened().data().payments.len(), 3);
    // Enter twice keeps it too.
    pay_again(&mut h);
    h.keys(&[KeyCode::Enter, KeyCode::Enter]);
    assert!(!h.form_open());
    assert_eq!(h.reopened().data().payments.len(), 4);
}

/// The Negotiate screen's empty state tells the truth: `a` does nothing there, and the keys it
/// names (2, then a) open the add form on the Debts screen.
#[test]
fn negotiate_empty_state_points_to_the_debts_screen() {
    for lang in [Language::En, Language::Zh] {
        let mut h = Harness::new(lang, true);
        fs::write(&h.path, payoff::templates::empty(today())).unwrap();
        h.app = payoff::tui::app::App::new(h.reopened(), today(), lang, true);
        h.key(KeyCode::Char('5'));
        let screen = h.screen(80, 24);
        let hint = match lang {
            Language::En => "press 2 for Debts, then a to add one",
            Language::Zh => "按 2 进入债务页，再按 a 添加",
        };
        assert!(screen.contains(hint), "{screen}");
        h.key(KeyCode::Char('2'));
        assert_eq!(h.app.screen, Screen::Debts);
        h.key(KeyCode::Char('a'));
        assert!(matches!(h.app.overlay, Some(Overlay::Products(_))));
    }
}

/// After adding a debt, the new row is selected (and shown, at 80x24 too).
#[test]
fn selection_follows_a_newly_added_debt() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Down]);
    assert_eq!(h.app.debts().sel, 1);
    add_visa(&mut h);
    assert!(!h.form_open(), "{:?}", h.form_errors());
    assert_eq!(h.app.debts().sel, 4);
    assert_eq!(h.app.store.data().debts[h.app.debts().sel].name, "Visa");
    assert!(h.screen(80, 24).contains("Visa"));
    // Undo takes it away, and the selection stays in the list.
    h.event(Event::Key(payoff::tui::action::Action::Undo));
    assert_eq!(h.app.store.data().debts.len(), 4);
    assert!(h.app.debts().sel < 4);
}

/// A long budget list scrolls with the selection; the other list counts what does not fit.
#[test]
fn long_budget_lists_scroll_and_count_what_does_not_fit() {
    let mut h = Harness::new(Language::En, true);
    let mut text = EXAMPLE.to_string();
    for i in 1..=30 {
        text.push_str(&format!(
            "\n[[budget.expenses]]\nname = \"Bill {i}\"\namount = 1\nday = 1\n"
        ));
    }
    fs::write(&h.path, &text).unwrap();
    h.app = payoff::tui::app::App::new(Store::open(&h.path).unwrap(), today(), Language::En, true);
    // The income is selected: the expense list shows its first lines, then counts the rest.
    h.keys(&[KeyCode::Char('3'), KeyCode::Down]);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Rent"), "{screen}");
    assert!(
        screen.contains("Bill 11") && screen.contains("… +19"),
        "{screen}"
    );
    // At the last line, it is on screen, and the first are not.
    for _ in 0..40 {
        h.key(KeyCode::Down);
    }
    let screen = h.screen(80, 24);
    assert!(screen.contains("Bill 30"), "{screen}");
    assert!(!screen.contains("Rent"), "{screen}");
}

#[test]
fn the_plans_what_if_is_kept_as_a_scenario_renamed_and_deleted() {
    let mut h = Harness::new(Language::En, true);
    // No what-if yet: `n` says how to make one, and nothing is written.
    h.keys(&[KeyCode::Char('7'), KeyCode::Char('n')]);
    assert_eq!(h.app.screen, Screen::Scenarios);
    assert!(!h.form_open());
    let said = h.app.status.clone().map(|(s, _)| s).unwrap_or_default();
    assert!(said.starts_with("Nothing to keep"), "{said}");
    assert_eq!(h.disk(), EXAMPLE);
    // 2000 more on Plan (`]` is 1000) under snowball, kept from the Scenarios screen as
    // "more".
    h.keys(&[
        KeyCode::Char('4'),
        KeyCode::Char(']'),
        KeyCode::Char(']'),
        KeyCode::Char('s'),
        KeyCode::Char('7'),
        KeyCode::Char('n'),
    ]);
    assert!(h.form_open());
    h.type_str("more");
    h.key(KeyCode::Enter);
    let s = h.reopened();
    let kept = s.data().scenarios.last().cloned().unwrap();
    assert_eq!(kept.name, "more");
    assert_eq!(kept.budget, Some(dec!(6500)));
    assert_eq!(kept.strategy, Some(payoff::engine::Strategy::Snowball));
    assert!(h.disk().starts_with(EXAMPLE.trim_end()), "{}", h.disk());
    // The selection follows it: rename it, then delete it, and the file is the example again.
    h.key(KeyCode::Char('e'));
    h.clear_field();
    h.type_str("2000 more");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.reopened().data().scenarios.last().map(|s| s.name.clone()),
        Some("2000 more".to_string())
    );
    h.keys(&[KeyCode::Char('d'), KeyCode::Char('y')]);
    assert_eq!(h.disk(), EXAMPLE);
}

#[test]
fn adopting_a_scenario_makes_it_the_files_plan() {
    let mut h = Harness::new(Language::En, true);
    // "Year-end bonus" (the first scenario, the row after the file's): its one-off joins the
    // budget, the scenario goes, and the Dashboard's plan is what the row said.
    h.keys(&[KeyCode::Char('7'), KeyCode::Char('j')]);
    let rows = h.app.view.scenarios.clone().unwrap();
    let promised = match rows.scenarios[0].chosen().1 {
        Some(Ok(p)) => p.debt_free(),
        other => panic!("{other:?}"),
    };
    h.keys(&[KeyCode::Char('a'), KeyCode::Char('y')]);
    let s = h.reopened();
    assert_eq!(s.data().budget.once.len(), 1);
    assert_eq!(s.data().budget.once[0].name, "Year-end bonus");
    let names: Vec<_> = s.data().scenarios.iter().map(|x| x.name.clone()).collect();
    assert_eq!(names, ["Job loss"]);
    match &h.app.view.kept {
        Ok(p) => assert_eq!(p.debt_free(), promised),
        Err(e) => panic!("{e}"),
    }
    // Undo puts the file back as it was.
    h.key(KeyCode::Char('u'));
    assert_eq!(h.disk(), EXAMPLE);
    // "Job loss" holds only an income stop: nothing to adopt, and it says so.
    h.keys(&[KeyCode::Char('j'), KeyCode::Char('a')]);
    assert!(h.app.overlay.is_none());
    let said = h.app.status.clone().map(|(s, _)| s).unwrap_or_default();
    assert!(said.starts_with("Job loss holds no decision"), "{said}");
    assert_eq!(h.disk(), EXAMPLE);
}

/// A rename typed while the file changed on disk follows the scenario's name, not its place:
/// the hand edit put a scenario before it, and the reload saves the rename on the right one.
#[test]
fn a_scenario_renamed_while_paused_is_renamed_by_name_after_the_reload() {
    let mut h = Harness::new(Language::En, true);
    // "Job loss" is the second scenario (row 3: the file, Year-end bonus, Job loss).
    h.keys(&[KeyCode::Char('7'), KeyCode::Char('j'), KeyCode::Char('j')]);
    let by_hand = EXAMPLE.replace(
        "[[scenarios]]\nname = \"Year-end bonus\"",
        "[[scenarios]]\nname = \"By hand\"\nbudget = 5000\n\n[[scenarios]]\nname = \"Year-end bonus\"",
    );
    fs::write(&h.path, &by_hand).unwrap();
    h.event(Event::DiskChanged);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('e'));
    assert!(h.form_open());
    h.clear_field();
    h.type_str("No salary");
    h.key(KeyCode::Enter);
    assert!(h.app.held.is_some(), "the form is kept");
    assert_eq!(h.disk(), by_hand, "nothing written while paused");
    h.key(KeyCode::Char('r'));
    let names: Vec<_> = h
        .reopened()
        .data()
        .scenarios
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names, ["By hand", "Year-end bonus", "No salary"]);
}

/// The Negotiate screen's what-if is worked out when that screen shows, not on a what-if
/// keystroke on Plan; back on Negotiate it is the one a fresh start on it would show.
#[test]
fn the_negotiation_what_if_waits_for_its_screen() {
    let mut h = Harness::new(Language::En, true);
    assert!(h.app.view.what_if.is_none() && h.app.view.what_if_pending);
    h.key(KeyCode::Char('5'));
    let first = h.app.view.what_if.clone();
    assert!(first.is_some() && !h.app.view.what_if_pending);
    h.keys(&[KeyCode::Char('4'), KeyCode::Char(']')]);
    assert!(h.app.view.what_if.is_none() && h.app.view.what_if_pending);
    h.key(KeyCode::Char('5'));
    let later = h
        .app
        .view
        .what_if
        .clone()
        .expect("worked out on its screen");
    // 1,000 more a month changes what the plan without negotiation costs.
    assert_ne!(Some(&later), first.as_ref());
    let screen = h.screen(80, 24);
    assert!(screen.contains("Negotiate"), "{screen}");
}
