//! The data file: every invalid fixture's exact message, every valid fixture's round trip,
//! edits that keep what the user wrote, and saves that never lose anything.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use payoff::lender::{InterestRule, PenaltyBase, Product};
use payoff::model::{Debt, DebtKind, Flow, Language, Method, Negotiated, Payment};
use payoff::money::Rate;
use payoff::store::{Edit, Error, Problem, Store};
use proptest::prelude::*;
use rust_decimal::prelude::MathematicalOps;
use rust_decimal::{Decimal, dec};

const EXAMPLE: &str = include_str!("../assets/example.toml");
const EXAMPLE_ZH: &str = include_str!("../assets/example.zh.toml");
/// The example as it was before products: every debt written key by key, none of SPEC §7's
/// keys. The edits of debts that have no product run on it, unchanged.
const PLAIN: &str = include_str!("fixtures/valid/plain_household.toml");

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn example() -> Store {
    Store::from_text(Path::new("payoff.toml"), EXAMPLE).unwrap()
}

fn plain() -> Store {
    Store::from_text(Path::new("payoff.toml"), PLAIN).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The lines that differ between two texts, once their common first and last lines are
/// dropped: (removed, added).
fn changed(old: &str, new: &str) -> (Vec<String>, Vec<String>) {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    (
        own(&a[prefix..a.len() - suffix]),
        own(&b[prefix..b.len() - suffix]),
    )
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn names(store: &Store) -> Vec<&str> {
    store.data().debts.iter().map(|d| d.name.as_str()).collect()
}

// --- loading ---

#[test]
fn every_invalid_fixture_gives_its_exact_message() {
    let files = fixtures("invalid");
    assert!(files.len() >= 60);
    let mut failures = Vec::new();
    for file in &files {
        let expected = fs::read_to_string(file.with_extension("err"))
            .unwrap_or_else(|_| panic!("{} has no .err file", file.display()));
        let expected = expected.trim_end();
        match Store::open(file) {
            Ok(_) => failures.push(format!("{}: loaded", file.display())),
            Err(e) if e.to_string() != expected => failures.push(format!(
                "{}:\n  expected {expected}\n  found    {e}",
                file.display()
            )),
            Err(_) => {}
        }
        // Without the disk, the same message.
        if let Ok(text) = fs::read_to_string(file) {
            let from_text = Store::from_text(file, &text).map(|_| ()).unwrap_err();
            assert_eq!(from_text.to_string(), expected);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// In Chinese, every invalid fixture's problem is said in Chinese: none of the loader's English
/// words are left (the TOML parser's own words, after `TOML 格式有误：`, stay as it says them).
#[test]
fn every_invalid_fixture_reads_in_chinese() {
    for file in fixtures("invalid") {
        let Err(Error::Invalid(d)) = Store::open(&file) else {
            panic!("{}: not a diagnostic", file.display());
        };
        let zh = d.shown(Language::Zh);
        assert!(
            zh.starts_with(&format!("{}:{}:{}", d.file, d.line, d.column)),
            "{zh}"
        );
        let said = match &*d.problem {
            Problem::Syntax(_) => continue,
            _ => payoff::i18n::problem(Language::Zh, &d.problem),
        };
        for english in [
            "expected",
            "found",
            "missing",
            "a rate",
            "an amount",
            " or ",
        ] {
            assert!(!said.contains(english), "{}: {said}", file.display());
        }
    }
}

#[test]
fn every_valid_fixture_loads_and_saves_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = fixtures("valid");
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    files.push(assets.join("example.toml"));
    files.push(assets.join("example.zh.toml"));
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let copy = dir.path().join("payoff.toml");
        fs::write(&copy, &text).unwrap();
        let mut store = Store::open(&copy).unwrap_or_else(|e| panic!("{e}"));
        assert!(!store.is_dirty());
        store.save().unwrap();
        assert_eq!(
            fs::read_to_string(&copy).unwrap(),
            text,
            "{}",
            file.display()
        );
        // An edit that changes nothing writes the user's exact text back (through
        // toml_edit, which keeps everything, and CRLF line ends restored).
        let language = store.data().language;
        store.apply(Edit::SetLanguage(language)).unwrap();
        assert_eq!(store.text(), text, "{}", file.display());
    }
}

#[test]
fn notices_point_out_likely_typos() {
    let file = fixtures("valid")
        .into_iter()
        .find(|f| f.ends_with("odd_comments_and_unknown_keys.toml"))
        .unwrap();
    let store = Store::open(&file).unwrap();
    let shown: Vec<String> = store.notices().iter().map(ToString::to_string).collect();
    let name = "odd_comments_and_unknown_keys.toml";
    assert_eq!(
        shown,
        [
            format!("{name}:6:1: owner: unknown key (kept as is)"),
            format!("{name}:12:1: budget.saving_goal: unknown key (kept as is)"),
            format!("{name}:19:1: budget.income[0].note: unknown key (kept as is)"),
            format!("{name}:27:1: debts[0].minimun: unknown key, did you mean \"minimum\"?"),
            format!("{name}:30:1: debts[0].tags: unknown key (kept as is)"),
            format!("{name}:40:8: debts[1].extra: unknown key (kept as is)"),
        ]
    );
    let d = store.data();
    assert_eq!(d.budget.cash, dec!(3200.00));
    assert_eq!(d.budget.income[0].amount, dec!(12000));
    assert_eq!(d.debts[0].apr, Rate::new(dec!(18.25)));
    assert_eq!(d.debts[0].negotiated.as_ref().map(|n| n.months), Some(12));
    assert_eq!(d.debts[1].balance, dec!(1290));
}

#[test]
fn every_key_is_read() {
    let file = fixtures("valid")
        .into_iter()
        .find(|f| f.ends_with("every_key.toml"))
        .unwrap();
    let d = Store::open(&file).unwrap().data().clone();
    assert_eq!(d.currency, "$");
    assert_eq!(d.language, Some(Language::En));
    assert_eq!(d.budget.monthly_for_debts, Some(dec!(3000)));
    assert_eq!(d.budget.remind_days, 5);
    assert_eq!(d.budget.strategy, Some(payoff::engine::Strategy::Snowball));
    assert_eq!(d.budget.income[1].amount, dec!(800.25));
    let flat = &d.debts[1];
    assert_eq!((flat.method, flat.apr), (Method::FlatFee, Rate::ZERO));
    assert_eq!(flat.fee_rate, Some(Rate::new(dec!(0.6))));
    assert_eq!(flat.principal, Some(dec!(12000)));
    assert_eq!(d.debts[2].apr, Rate::new(dec!(10.95)));
    assert_eq!(d.debts[2].method, Method::EqualPrincipal);
    assert_eq!(
        d.debts[3].negotiated,
        Some(Negotiated {
            months: 24,
            apr: Rate::new(dec!(3.6)),
            fee: dec!(150),
            down_payment: dec!(500),
        })
    );
    assert_eq!(d.payments[1].amount, dec!(893.33));
}

/// The month-1 minimum of each debt, as SPEC §2.1 step 2 computes it (§7.2 for a statement
/// card: its first bill's minimum, with no interest yet).
fn month_one_minimum(d: &payoff::model::Debt) -> Decimal {
    let round = |x: Decimal| {
        x.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    let balance = match d.statement_day {
        Some(_) => d.balance,
        None => d.balance + d.apr.of(d.balance, 12),
    };
    match (d.kind, d.minimum_percent) {
        (DebtKind::Loan, _) => {
            let r = d.apr.percent() / dec!(1200);
            let growth = (Decimal::ONE + r).powu(u64::from(d.term_months.unwrap()));
            round(d.balance * r * growth / (growth - Decimal::ONE))
        }
        (DebtKind::Card, Some(p)) => round(balance * p.percent() / dec!(100)).max(d.minimum),
        (DebtKind::Card, None) => d.minimum,
    }
}

#[test]
fn the_example_is_a_payable_household() {
    let store = example();
    let d = store.data();
    assert_eq!(d.budget.as_of, date(2026, 11, 1));
    assert_eq!((d.currency.as_str(), d.language), ("¥", None));
    assert_eq!(names(&store), ["CMB Card", "花呗", "借呗", "JD Baitiao"]);
    assert_eq!(d.debts[0].apr, Rate::new(dec!(18.25)));
    assert_eq!(d.debts[0].balance, dec!(8450.30));
    assert_eq!(d.debts[3].negotiated.as_ref().map(|n| n.months), Some(36));
    assert!(store.notices().is_empty());
    // Every debt is of a product.
    let products: Vec<_> = d.debts.iter().map(|d| d.product).collect();
    assert_eq!(
        products,
        [
            Some(Product::BankCard),
            Some(Product::Huabei),
            Some(Product::Jiebei),
            Some(Product::Baitiao)
        ]
    );
    assert_eq!(
        (d.debts[0].statement_day, d.debts[0].due_day),
        (Some(4), 22)
    );
    assert_eq!((d.debts[0].grace_days, d.debts[0].tolerance), (3, dec!(10)));
    assert_eq!(
        (d.debts[1].statement_day, d.debts[1].due_day),
        (Some(1), 10)
    );
    assert_eq!(d.debts[1].minimum, dec!(0));
    assert_eq!(d.debts[2].penalty_rate_multiple, Some(dec!(1.5)));
    // Baitiao: due 9 days after its statement on the 21st.
    assert_eq!(
        (d.debts[3].statement_day, d.debts[3].due_day),
        (Some(21), 30)
    );
    let minimums: Decimal = d.debts.iter().map(month_one_minimum).sum();
    // The first bills' 10 %: 845.03 + 300.01, 借呗's installment 1060.30, Baitiao's 129.00.
    assert_eq!(minimums, dec!(2334.34));
    assert_eq!(d.budget.monthly_budget(), dec!(4500));
    assert!(minimums < d.budget.monthly_budget());
}

#[test]
fn the_two_examples_are_one_household() {
    // The Chinese example is the English one with Chinese names, comments and language: the
    // same debts, rules, money and dates, so every figure is the same.
    let en = example().data().clone();
    let zh = Store::from_text(Path::new("payoff.toml"), EXAMPLE_ZH)
        .unwrap()
        .data()
        .clone();
    assert_eq!((en.language, zh.language), (None, Some(Language::Zh)));
    assert_eq!(en.currency, zh.currency);
    let flows =
        |f: &[Flow]| -> Vec<(Decimal, u32)> { f.iter().map(|f| (f.amount, f.day)).collect() };
    assert_eq!(flows(&en.budget.income), flows(&zh.budget.income));
    assert_eq!(flows(&en.budget.expenses), flows(&zh.budget.expenses));
    let unnamed = |b: &payoff::model::Budget| payoff::model::Budget {
        income: Vec::new(),
        expenses: Vec::new(),
        ..b.clone()
    };
    assert_eq!(unnamed(&en.budget), unnamed(&zh.budget));
    assert_eq!(en.debts.len(), zh.debts.len());
    for (a, b) in en.debts.iter().zip(&zh.debts) {
        let named = Debt {
            name: a.name.clone(),
            ..b.clone()
        };
        assert_eq!(a, &named, "{} / {}", a.name, b.name);
    }
    let zh_names: Vec<&str> = zh.debts.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(zh_names, ["招行信用卡", "花呗", "借呗", "白条"]);
    let index = |d: &payoff::model::Data, name: &str| d.debts.iter().position(|x| x.name == name);
    assert_eq!(en.payments.len(), zh.payments.len());
    for (a, b) in en.payments.iter().zip(&zh.payments) {
        assert_eq!((a.date, a.amount), (b.date, b.amount));
        assert_eq!(index(&en, &a.debt), index(&zh, &b.debt));
    }
    assert!(EXAMPLE_ZH.contains("language = \"zh\""));
}

// --- products (SPEC §7.1) ---

/// The lines of the debt table `name` in `text`, from its `name = ` line to the next blank one.
fn debt_lines<'t>(text: &'t str, name: &str) -> Vec<&'t str> {
    let start = text.find(&format!("name = \"{name}\"")).unwrap();
    text[start..]
        .lines()
        .take_while(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_new_product_debt_writes_its_product_and_only_what_it_did_not_fill() {
    let mut s = example();
    let mut huabei = Product::Huabei.debt("Huabei (mum)", None);
    huabei.balance = dec!(2000);
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: None,
            debt: huabei.clone(),
        },
    );
    // Nothing the product fills is in the file, so a later payoff's defaults still apply.
    assert_eq!(
        debt_lines(s.text(), "Huabei (mum)"),
        [
            "name = \"Huabei (mum)\"",
            "product = \"huabei\"",
            "balance = 2000"
        ]
    );
    assert_eq!(s.data().debts[4], huabei);
    // A bank card: the statement and due days are the user's; a value set away from the
    // product's (grace 5) or set by the user to the product's (tolerance 10) is written.
    let mut card = Product::BankCard.debt("Visa", Some(5));
    card.balance = dec!(8000);
    card.due_day = 25;
    card.grace_days = 5;
    card.from_product
        .retain(|k| !["grace_days", "tolerance"].contains(k));
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: None,
            debt: card.clone(),
        },
    );
    assert_eq!(
        debt_lines(s.text(), "Visa"),
        [
            "name = \"Visa\"",
            "product = \"bank_card\"",
            "balance = 8000",
            "statement_day = 5",
            "due_day = 25",
            "grace_days = 5",
            "tolerance = 10",
        ]
    );
    let visa = &s.data().debts[5];
    assert_eq!((visa.grace_days, visa.tolerance), (5, dec!(10)));
    assert_eq!(visa.late_fee_percent, Some(Rate::new(dec!(5))));
    assert!(!visa.from_product.contains(&"grace_days"));
    assert!(visa.from_product.contains(&"late_fee_min"));
    // A loan of a product: its rate and term are the user's.
    let mut jiebei = Product::Jiebei.debt("Jiebei 2", None);
    jiebei.apr = Rate::new(dec!(12.775));
    jiebei.term_months = Some(6);
    jiebei.due_day = 3;
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: None,
            debt: jiebei,
        },
    );
    assert_eq!(
        debt_lines(s.text(), "Jiebei 2"),
        [
            "name = \"Jiebei 2\"",
            "product = \"jiebei\"",
            "balance = 0",
            "apr = 12.775",
            "due_day = 3",
            "term_months = 6",
            "method = \"annuity\"",
        ]
    );
    assert_eq!(s.data().debts[6].penalty_rate_multiple, Some(dec!(1.5)));
}

#[test]
fn an_unchanged_product_debt_is_never_rewritten() {
    // The product's rate, minimum, days and rules are not missing keys: saving each debt of the
    // example as it is leaves the file byte for byte (both languages).
    for text in [EXAMPLE, EXAMPLE_ZH] {
        let mut s = Store::from_text(Path::new("payoff.toml"), text).unwrap();
        for i in 0..s.data().debts.len() {
            let debt = s.data().debts[i].clone();
            apply(
                &mut s,
                Edit::UpsertDebt {
                    index: Some(i),
                    debt,
                },
            );
        }
        assert_eq!(s.text(), text);
        // A new balance changes its line only.
        let mut card = s.data().debts[0].clone();
        card.balance = dec!(8000);
        let diff = apply(
            &mut s,
            Edit::UpsertDebt {
                index: Some(0),
                debt: card,
            },
        );
        assert_eq!(diff.0.len(), 1, "{diff:?}");
        assert!(diff.1[0].starts_with("balance = 8000 "), "{diff:?}");
    }
}

#[test]
fn a_value_changed_away_from_the_product_is_written_and_wins() {
    let mut s = example();
    let mut huabei = s.data().debts[1].clone();
    // The user's rate, grace and penalty base: each written; the rate as the product quotes
    // it (a day) where that is exact.
    huabei.apr = Rate::new(dec!(14.6));
    huabei.grace_days = 2;
    huabei.penalty_base = PenaltyBase::Due;
    huabei
        .from_product
        .retain(|k| !["daily_rate", "grace_days", "penalty_base"].contains(k));
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(1),
            debt: huabei,
        },
    );
    assert_eq!(
        diff,
        (
            vec![],
            strings(&[
                "daily_rate = 0.04",
                "grace_days = 2",
                "penalty_base = \"due\""
            ])
        )
    );
    let now = s.data().debts[1].clone();
    assert_eq!(now.apr, Rate::new(dec!(14.6)));
    assert_eq!((now.grace_days, now.penalty_base), (2, PenaltyBase::Due));
    assert!(!now.from_product.contains(&"grace_days"));
    // A rate that is no whole daily one is written as an apr.
    let mut odd = now.clone();
    odd.apr = Rate::new(dec!(18));
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(1),
            debt: odd,
        },
    );
    let lines = debt_lines(s.text(), "花呗");
    assert!(lines.contains(&"apr = 18") && !lines.iter().any(|l| l.starts_with("daily_rate")));
    // Given back to the product (the form's emptied field), the keys go: the product's values
    // apply again.
    let mut back = s.data().debts[1].clone();
    back.apr = Rate::new(dec!(18.25));
    back.grace_days = 0;
    back.penalty_base = PenaltyBase::Bill;
    back.from_product
        .extend(["daily_rate", "grace_days", "penalty_base"]);
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(1),
            debt: back,
        },
    );
    assert_eq!(s.text(), EXAMPLE);
    // The user's value equal to the product's is still the user's: written.
    let mut same = s.data().debts[1].clone();
    same.from_product.retain(|k| *k != "suspend_days");
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(1),
            debt: same,
        },
    );
    assert_eq!(diff, (vec![], strings(&["suspend_days = 7"])));
    // A value the product fills, changed by other code that keeps `from_product` as loaded:
    // the change is written (the file wins).
    let mut card = s.data().debts[0].clone();
    card.minimum = dec!(200);
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(0),
            debt: card,
        },
    );
    assert_eq!(diff, (vec![], strings(&["minimum = 200"])));
}

#[test]
fn the_rules_keys_are_written_when_set_and_removed_when_unset() {
    // On a debt without a product: each key of SPEC §7 appears once set, and only then.
    let mut s = plain();
    let mut card = s.data().debts[0].clone();
    card.statement_day = Some(5);
    card.unbilled = dec!(620.5);
    card.interest = InterestRule::Unpaid;
    card.tolerance = dec!(10);
    card.penalty_base = PenaltyBase::Bill;
    card.late_fee_percent = Some(Rate::new(dec!(5)));
    card.late_fee_min = dec!(10);
    card.suspend_days = Some(7);
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(0),
            debt: card.clone(),
        },
    );
    assert_eq!(
        diff,
        (
            vec![],
            strings(&[
                "statement_day = 5",
                "penalty_base = \"bill\"",
                "interest = \"unpaid\"",
                "tolerance = 10",
                "late_fee_percent = 5",
                "late_fee_min = 10",
                "suspend_days = 7",
                "unbilled = 620.5",
            ])
        )
    );
    assert_eq!(s.data().debts[0], card);
    let mut loan = s.data().debts[2].clone();
    loan.penalty_rate_multiple = Some(dec!(1.5));
    loan.penalty_base = PenaltyBase::Principal;
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(2),
            debt: loan.clone(),
        },
    );
    assert_eq!(
        diff.1,
        strings(&[
            "penalty_rate_multiple = 1.5",
            "penalty_base = \"principal\""
        ])
    );
    assert_eq!(s.data().debts[2], loan);
    // Unset, they go again: the debt is back to how it was written.
    let plain_card = plain().data().debts[0].clone();
    let plain_loan = plain().data().debts[2].clone();
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(0),
            debt: plain_card,
        },
    );
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(2),
            debt: plain_loan,
        },
    );
    assert_eq!(s.text(), PLAIN);
}

// --- edits ---

fn apply(store: &mut Store, edit: Edit) -> (Vec<String>, Vec<String>) {
    let before = store.text().to_string();
    store.apply(edit).unwrap_or_else(|e| panic!("{e}"));
    changed(&before, store.text())
}

#[test]
fn a_payment_is_appended_after_the_last() {
    let mut s = plain();
    let pay = Payment {
        debt: "CMB Card".into(),
        date: date(2026, 11, 20),
        amount: dec!(857.88),
    };
    let diff = apply(&mut s, Edit::AddPayment(pay.clone()));
    let added = [
        "",
        "[[payments]]",
        "debt = \"CMB Card\"",
        "date = 2026-11-20",
        "amount = 857.88",
    ];
    assert_eq!(diff, (vec![], strings(&added)));
    assert!(s.text().ends_with("amount = 857.88\n"));
    assert_eq!(s.data().payments.last(), Some(&pay));
    let unknown = Payment {
        debt: "nobody".into(),
        ..pay
    };
    let err = s.apply(Edit::AddPayment(unknown)).unwrap_err();
    assert_eq!(err.to_string(), "there is no debt named \"nobody\"");
}

#[test]
fn a_changed_value_keeps_its_comment_and_nothing_else_moves() {
    let mut s = plain();
    let mut loan = s.data().debts[2].clone();
    loan.balance = dec!(11000.5);
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(2),
            debt: loan.clone(),
        },
    );
    assert_eq!(
        diff,
        (
            strings(&["balance = 12000        # principal outstanding on as_of"]),
            strings(&["balance = 11000.5        # principal outstanding on as_of"])
        )
    );
    // The same debt again changes nothing.
    let before = s.text().to_string();
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(2),
            debt: loan,
        },
    );
    assert_eq!(s.text(), before);
}

#[test]
fn a_daily_rate_stays_a_daily_rate_while_it_can() {
    let mut s = plain();
    let mut card = s.data().debts[0].clone();
    card.apr = Rate::new(dec!(21.9));
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(0),
            debt: card.clone(),
        },
    );
    assert_eq!(
        diff,
        (
            strings(&["daily_rate = 0.05      # 0.05 % a day = 18.25 % a year"]),
            strings(&["daily_rate = 0.06      # 0.05 % a day = 18.25 % a year"])
        )
    );
    card.apr = Rate::new(dec!(20));
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(0),
            debt: card,
        },
    );
    assert!(!s.text().contains("daily_rate = 0.06"));
    assert!(s.text().contains("apr = 20\n"));
    assert_eq!(s.data().debts[0].apr, Rate::new(dec!(20)));
}

#[test]
fn renaming_a_debt_renames_its_payments() {
    let mut s = plain();
    let mut huabei = s.data().debts[1].clone();
    huabei.name = "Huabei".into();
    let diff = apply(
        &mut s,
        Edit::UpsertDebt {
            index: Some(1),
            debt: huabei,
        },
    );
    assert_eq!(diff.0.len(), diff.1.len());
    assert!(s.text().contains("name = \"Huabei\"\n"));
    assert!(s.text().contains("debt = \"Huabei\"\n"));
    assert_eq!(s.data().payments[0].debt, "Huabei");
    assert_eq!(s.data().payments[1].debt, "借呗");
}

#[test]
fn a_negotiated_plan_is_written_under_its_debt_and_removed() {
    let mut s = plain();
    let plan = Negotiated {
        months: 12,
        apr: Rate::ZERO,
        fee: Decimal::ZERO,
        down_payment: dec!(300),
    };
    let diff = apply(
        &mut s,
        Edit::SetNegotiated {
            debt: "花呗".into(),
            plan: Some(plan.clone()),
        },
    );
    // (The blank line is before the header; the diff shows it after, where the text is alike.)
    let added = [
        "[debts.negotiated]",
        "months = 12",
        "apr = 0",
        "down_payment = 300",
        "",
    ];
    assert_eq!(diff, (vec![], strings(&added)));
    let at = |s: &Store, needle: &str| s.text().find(needle).unwrap();
    assert!(at(&s, "down_payment = 300") < at(&s, "# Jiebei"));
    assert!(at(&s, "penalty_daily_rate = 0.05\n\n[debts.negotiated]") > at(&s, "name = \"花呗\""));
    assert_eq!(s.data().debts[1].negotiated, Some(plan));
    // Changing one value of an existing plan touches that line only.
    let mut longer = s.data().debts[3].negotiated.clone().unwrap();
    longer.months = 48;
    let diff = apply(
        &mut s,
        Edit::SetNegotiated {
            debt: "JD Baitiao".into(),
            plan: Some(longer),
        },
    );
    assert_eq!(diff, (strings(&["months = 36"]), strings(&["months = 48"])));
    apply(
        &mut s,
        Edit::SetNegotiated {
            debt: "JD Baitiao".into(),
            plan: None,
        },
    );
    assert_eq!(s.data().debts[3].negotiated, None);
    assert_eq!(s.text().matches("[debts.negotiated]").count(), 1);
}

#[test]
fn a_new_debt_goes_after_the_last_debt() {
    let mut s = plain();
    let mut debt = payoff::model::Debt::loan(
        "Bank loan",
        dec!(20000),
        dec!(7.2),
        24,
        Method::EqualPrincipal,
    );
    debt.negotiated = Some(Negotiated {
        months: 30,
        apr: Rate::new(dec!(1.5)),
        fee: dec!(99.99),
        down_payment: Decimal::ZERO,
    });
    apply(
        &mut s,
        Edit::UpsertDebt {
            index: None,
            debt: debt.clone(),
        },
    );
    assert_eq!(s.data().debts.last(), Some(&debt));
    let text = s.text();
    let new = text.find("name = \"Bank loan\"").unwrap();
    assert!(new > text.find("months = 36").unwrap());
    assert!(new < text.find("# The payment log").unwrap());
    assert!(text.contains(
        "[[debts]]\nname = \"Bank loan\"\nkind = \"loan\"\nbalance = 20000\napr = 7.2\ndue_day = 10\n\
         term_months = 24\nmethod = \"equal_principal\"\n\n[debts.negotiated]\nmonths = 30\n\
         apr = 1.5\nfee = 99.99\n\n# The payment log"
    ));
}

#[test]
fn deleting_a_debt_deletes_its_payments() {
    let mut s = plain();
    apply(&mut s, Edit::DeleteDebt { index: 1 });
    assert_eq!(names(&s), ["CMB Card", "借呗", "JD Baitiao"]);
    assert_eq!(s.data().payments.len(), 1);
    assert!(!s.text().contains("花呗"));
    // Everything else is where it was.
    let kept: Vec<&str> = PLAIN.lines().filter(|l| !l.contains("花呗")).collect();
    for line in [
        "# Jiebei (借呗): a 12-month loan repaid in equal installments (等额本息).",
        "name = \"JD Baitiao\"",
    ] {
        assert!(kept.contains(&line) && s.text().contains(line));
    }
    assert!(s.apply(Edit::DeleteDebt { index: 9 }).is_err());
}

#[test]
fn moving_a_debt_moves_its_comments_and_sub_tables() {
    let mut s = plain();
    apply(&mut s, Edit::MoveDebt { index: 3, up: true });
    assert_eq!(names(&s), ["CMB Card", "花呗", "JD Baitiao", "借呗"]);
    assert_eq!(
        s.data().debts[2].negotiated.as_ref().map(|n| n.months),
        Some(36)
    );
    let text = s.text();
    let at = |needle: &str| text.find(needle).unwrap();
    assert!(at("# JD Baitiao (京东白条).") < at("[debts.negotiated]"));
    assert!(at("[debts.negotiated]") < at("# Jiebei"));
    assert!(at("method = \"annuity\"") < at("# The payment log"));
    // Nothing was lost: the same lines, in another order.
    let mut a: Vec<&str> = PLAIN.lines().collect();
    let mut b: Vec<&str> = text.lines().collect();
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b);
    // And back.
    apply(
        &mut s,
        Edit::MoveDebt {
            index: 2,
            up: false,
        },
    );
    assert_eq!(s.text(), PLAIN);
    let err = s.apply(Edit::MoveDebt { index: 0, up: true }).unwrap_err();
    assert_eq!(err.to_string(), "debt 0 cannot move up");
}

#[test]
fn flows_are_edited_in_place_and_appended_after_their_kind() {
    let mut s = plain();
    let salary = Flow {
        name: "Salary".into(),
        amount: dec!(13000),
        day: 15,
        month: None,
    };
    let diff = apply(
        &mut s,
        Edit::UpsertFlow {
            expense: false,
            index: Some(0),
            flow: salary,
        },
    );
    assert_eq!(
        diff,
        (strings(&["amount = 12000"]), strings(&["amount = 13000"]))
    );
    let phone = Flow {
        name: "Phone".into(),
        amount: dec!(99.5),
        day: 31,
        month: None,
    };
    let diff = apply(
        &mut s,
        Edit::UpsertFlow {
            expense: true,
            index: None,
            flow: phone.clone(),
        },
    );
    let added = [
        "[[budget.expenses]]",
        "name = \"Phone\"",
        "amount = 99.5",
        "day = 31",
        "",
    ];
    assert_eq!(diff, (vec![], strings(&added)));
    assert_eq!(s.data().budget.expenses[2], phone);
    assert!(
        s.text().find("name = \"Phone\"").unwrap() < s.text().find("# Bank credit card").unwrap()
    );
    apply(
        &mut s,
        Edit::DeleteFlow {
            expense: true,
            index: 0,
        },
    );
    let names: Vec<&str> = s
        .data()
        .budget
        .expenses
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["Living", "Phone"]);
}

#[test]
fn budget_and_language_edits() {
    let mut s = plain();
    let diff = apply(
        &mut s,
        Edit::SetBudget {
            cash: dec!(2800),
            as_of: date(2026, 11, 1),
            monthly_for_debts: Some(dec!(3000)),
            remind_days: 3,
        },
    );
    assert_eq!(
        diff,
        (
            strings(&[
                "cash = 5200            # money on hand on that date",
                "# monthly_for_debts = 3000",
                "#   The total a month for all debt payments in plans. Left out here, so it is",
                "#   income - expenses: 12000 - 3500 - 4000 = 4500 a month.",
                "remind_days = 3        # how many days ahead `payoff check` warns of a due date",
            ]),
            strings(&[
                "cash = 2800            # money on hand on that date",
                "# monthly_for_debts = 3000",
                "#   The total a month for all debt payments in plans. Left out here, so it is",
                "#   income - expenses: 12000 - 3500 - 4000 = 4500 a month.",
                "remind_days = 3        # how many days ahead `payoff check` warns of a due date",
                "monthly_for_debts = 3000",
            ])
        )
    );
    assert_eq!(s.data().budget.monthly_budget(), dec!(3000));
    let diff = apply(&mut s, Edit::SetLanguage(Some(Language::Zh)));
    assert_eq!(diff, (vec![], strings(&["language = \"zh\""])));
    assert!(s.text().contains("currency = \"¥\"\nlanguage = \"zh\"\n"));
    assert_eq!(s.data().language, Some(Language::Zh));
    apply(&mut s, Edit::SetLanguage(None));
    assert_eq!(s.data().language, None);
}

#[test]
fn a_failed_edit_changes_nothing() {
    let mut s = plain();
    let before = (s.text().to_string(), s.data().clone());
    let mut card = s.data().debts[0].clone();
    card.balance = dec!(-1);
    let err = s
        .apply(Edit::UpsertDebt {
            index: Some(0),
            debt: card,
        })
        .unwrap_err();
    assert!(matches!(err, Error::Invalid(_)));
    assert!(
        err.to_string()
            .ends_with("debts[0].balance: expected an amount >= 0, found \"-1\"")
    );
    let mut dup = s.data().debts[0].clone();
    dup.name = "花呗".into();
    assert!(
        s.apply(Edit::UpsertDebt {
            index: Some(0),
            debt: dup
        })
        .is_err()
    );
    assert!(
        s.apply(Edit::UpsertDebt {
            index: Some(7),
            debt: s.data().debts[0].clone()
        })
        .is_err()
    );
    assert!(s.set_text("version = 2").is_err());
    assert_eq!((s.text().to_string(), s.data().clone()), before);
}

#[test]
fn comments_blank_lines_and_unknown_keys_survive_every_edit() {
    let file = fixtures("valid")
        .into_iter()
        .find(|f| f.ends_with("odd_comments_and_unknown_keys.toml"))
        .unwrap();
    let original = fs::read_to_string(&file).unwrap();
    let mut s = Store::from_text(&file, &original).unwrap();
    let notices = s.notices().len();
    let mut huabei = s.data().debts[0].clone();
    huabei.balance = dec!(2900);
    huabei.due_day = 9;
    let mut jd = s.data().debts[1].clone();
    jd.minimum = dec!(130);
    let edits = [
        Edit::UpsertDebt {
            index: Some(0),
            debt: huabei,
        },
        Edit::UpsertDebt {
            index: Some(1),
            debt: jd,
        },
        Edit::SetNegotiated {
            debt: "花呗".into(),
            plan: Some(Negotiated {
                months: 6,
                apr: Rate::ZERO,
                fee: Decimal::ZERO,
                down_payment: Decimal::ZERO,
            }),
        },
        Edit::AddPayment(Payment {
            debt: "JD Baitiao".into(),
            date: date(2026, 11, 30),
            amount: dec!(130),
        }),
        Edit::UpsertFlow {
            expense: false,
            index: Some(0),
            flow: Flow {
                name: "工资".into(),
                amount: dec!(12500),
                day: 15,
                month: None,
            },
        },
        Edit::SetBudget {
            cash: dec!(3000),
            as_of: date(2026, 12, 1),
            monthly_for_debts: None,
            remind_days: 2,
        },
        Edit::MoveDebt { index: 1, up: true },
        Edit::SetLanguage(Some(Language::En)),
    ];
    for edit in edits {
        apply(&mut s, edit);
        for line in original.lines() {
            let line = line.trim();
            let comment = line.starts_with('#');
            let unknown = [
                "owner",
                "saving_goal",
                "note",
                "minimun",
                "tags",
                "color",
                "[debts.extra]",
            ]
            .iter()
            .any(|k| line.starts_with(k));
            if comment || unknown || line.is_empty() {
                assert!(s.text().contains(line), "lost {line:?}:\n{}", s.text());
            }
        }
        assert_eq!(s.notices().len(), notices);
    }
    let text = s.text();
    assert!(text.contains("balance       = 2900\n"));
    assert!(text.contains("due_day       = 9\n"));
    assert!(text.contains("negotiated = { months = 6, apr = 0 }   # an inline table"));
    assert!(text.contains("cash      = \"3000\"    # an amount as a string"));
    assert!(text.contains("as_of     = 2026-12-01   # aligned"));
    assert!(text.contains("amount = 12500\n"));
    assert!(text.ends_with("amount = 130\n# trailing comment at the end of the file\n"));
    assert!(text.contains("[debts.extra]         # an unknown sub-table\ncolor = \"red\""));
    // The move took the comment above the table along.
    assert!(
        text.find("'JD Baitiao'").unwrap()
            < text
                .find("# cards\n[[debts]]\nname          = \"花呗\"")
                .unwrap()
    );
}

// --- saving ---

fn temp_file(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    fs::write(&path, text).unwrap();
    (dir, path)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_save_keeps_the_previous_version_as_bak() {
    let (dir, path) = temp_file(EXAMPLE);
    let mut s = Store::open(&path).unwrap();
    s.save().unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
    apply(&mut s, Edit::DeleteDebt { index: 0 });
    assert!(s.is_dirty());
    s.save().unwrap();
    assert!(!s.is_dirty());
    assert!(!s.changed_on_disk().unwrap());
    assert_eq!(fs::read_to_string(&path).unwrap(), s.text());
    assert_eq!(
        fs::read_to_string(dir.path().join("payoff.toml.bak")).unwrap(),
        EXAMPLE
    );
    assert!(dir.path().join("payoff.toml.lock").exists());
    let mut entries: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(
        entries,
        ["payoff.toml", "payoff.toml.bak", "payoff.toml.lock"]
    );
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join("payoff.toml.bak")), 0o600);
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp_file(EXAMPLE);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let mut s = Store::open(&path).unwrap();
    apply(&mut s, Edit::SetLanguage(Some(Language::En)));
    s.save().unwrap();
    assert_eq!(mode(&path), 0o640);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let (dir, path) = temp_file(EXAMPLE);
    let mut s = Store::open(&path).unwrap();
    apply(&mut s, Edit::DeleteDebt { index: 0 });
    let by_hand = EXAMPLE.replace("cash = 5200 ", "cash = 5100 ");
    fs::write(&path, &by_hand).unwrap();
    assert!(s.changed_on_disk().unwrap());
    let err = s.save().unwrap_err();
    assert!(matches!(err, Error::ChangedOnDisk { .. }));
    assert_eq!(
        err.to_string(),
        format!(
            "{}: the file changed on disk since it was loaded; it was not overwritten",
            path.display()
        )
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), by_hand);
    assert!(!dir.path().join("payoff.toml.bak").exists());
    s.reload().unwrap();
    assert_eq!(s.data().budget.cash, dec!(5100));
    assert_eq!(s.data().debts.len(), 4);
    assert!(!s.is_dirty());
    // A reload that fails keeps what was there.
    fs::write(&path, "version = 2\n[budget]\nas_of = 2026-11-01\n").unwrap();
    let err = s.reload().unwrap_err();
    assert_eq!(
        err.to_string(),
        "payoff.toml:1:11: version: this payoff reads version 1 files, found 2"
    );
    assert_eq!(s.data().budget.cash, dec!(5100));
    // A removed file counts as changed too.
    fs::remove_file(&path).unwrap();
    assert!(s.changed_on_disk().unwrap());
    assert!(matches!(s.save(), Err(Error::ChangedOnDisk { .. })));
}

#[test]
fn create_makes_a_private_file_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data/payoff/payoff.toml");
    let s = Store::create(&path, EXAMPLE).unwrap();
    assert!(!s.is_dirty());
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
    }
    let err = Store::create(&path, "[budget]\nas_of = 2026-01-01\n")
        .map(|_| ())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: the file already exists; it was not overwritten",
            path.display()
        )
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
    // An invalid text is refused before anything is written.
    let other = dir.path().join("other.toml");
    assert!(Store::create(&other, "version = 1\n").is_err());
    assert!(!other.exists());
}

#[test]
fn a_store_from_text_creates_its_file_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("payoff.toml");
    let mut s = Store::from_text(&path, EXAMPLE).unwrap();
    assert!(s.is_dirty());
    assert!(!s.changed_on_disk().unwrap());
    s.save().unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    // One that appeared meanwhile is not overwritten.
    let mut late = Store::from_text(&path, EXAMPLE).unwrap();
    assert!(matches!(late.save(), Err(Error::Exists { .. })));
}

#[test]
fn stale_temporary_files_are_removed_on_open_to_edit() {
    let (dir, path) = temp_file(EXAMPLE);
    let stale = [".payoff.toml.a1B2c3.tmp", ".payoff.toml.bak.x9Y8z7.tmp"];
    let others = [".other.toml.a1B2c3.tmp", "payoff.toml.tmp", "notes.txt"];
    for name in stale.iter().chain(&others) {
        fs::write(dir.path().join(name), "half a file").unwrap();
    }
    // Reading does not scan the folder: a reading command touches nothing on disk.
    Store::open(&path).unwrap();
    for name in stale {
        assert!(dir.path().join(name).exists(), "{name}");
    }
    Store::open_to_edit(&path).unwrap();
    for name in stale {
        assert!(!dir.path().join(name).exists(), "{name}");
    }
    for name in others {
        assert!(dir.path().join(name).exists(), "{name}");
    }
}

#[test]
fn undo_by_setting_the_text_back() {
    let mut s = plain();
    let before = s.text().to_string();
    apply(&mut s, Edit::DeleteDebt { index: 3 });
    assert_eq!(s.data().debts.len(), 3);
    s.set_text(&before).unwrap();
    assert_eq!(s.text(), PLAIN);
    assert_eq!(s.data().debts.len(), 4);
}

#[test]
fn io_errors_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing.toml");
    let err = Store::open(&path).map(|_| ()).unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("cannot read {}: ", path.display())),
        "{shown}"
    );
    assert!(!shown.contains('\n'));
}

// --- nothing panics ---

fn garble(text: &str, ops: &[(usize, char, u8)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, ch, op) in ops {
        let at = at % (chars.len() + 1);
        match op {
            0 => chars.insert(at, ch),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 => chars.truncate(at),
            _ if at < chars.len() => chars[at] = ch,
            _ => {}
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_text_never_panics(text in any::<String>()) {
        let _ = Store::from_text(Path::new("payoff.toml"), &text);
    }

    #[test]
    fn garbled_files_never_panic(
        ops in prop::collection::vec((0usize..4000, prop::sample::select(
            vec!['=', '"', '[', ']', '\n', '#', '-', '.', '1', '9', 'e', '_', ' ', '花', '{', ',', '\'']
        ), 0u8..4), 0..6),
    ) {
        let text = garble(EXAMPLE, &ops);
        let _ = Store::from_text(Path::new("payoff.toml"), &text);
    }

    #[test]
    fn random_values_never_panic(
        key in prop::sample::select(vec!["balance", "apr", "minimum", "due_day", "term_months",
            "method", "negotiated", "product", "statement_day", "months"]),
        value in prop::sample::select(vec!["-1", "1e30", "1e-30", "0.000000000000000000000000001",
            "79228162514264337593543950335", "99999999999999999999999", "inf", "nan", "-0.0",
            "\"\"", "\"1e5\"", "[]", "{}", "true", "2026-02-30", "1979-05-27T07:32:00Z", "0x10",
            "\"-0\"", "9223372036854775807", "-9223372036854775808"]),
    ) {
        let text = EXAMPLE.replacen(&format!("\n{key} = "), &format!("\n{key} = {value}\nx_{key} = "), 1);
        let _ = Store::from_text(Path::new("payoff.toml"), &text);
    }
}
