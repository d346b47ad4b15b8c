//! Bugs found while writing the TUI tests, each kept as a regression test. Same set-up as
//! `tui_snapshots.rs`: the bundled example, today 2026-11-23, `no_color`, real keys through the
//! keymap.

mod common;

use common::Harness;
use payoff::model::Language;
use payoff::tui::app::Overlay;
use ratatui::crossterm::event::KeyCode;
use rust_decimal::dec;
use unicode_width::UnicodeWidthStr;

/// The screen as the terminal shows it, one string a row.
fn rows(h: &Harness, w: u16, height: u16) -> Vec<String> {
    h.screen(w, height).lines().map(String::from).collect()
}

/// Was: the Chinese calendar cuts every date: the weekday `周一` is 4 columns wide where `Mon`
/// is 3, and the date column stays 9 wide, so `周一 11-30` shows as `周一 11-3`.
#[test]
fn calendar_zh_shows_whole_dates() {
    let mut h = Harness::new(Language::Zh, true);
    h.keys(&[KeyCode::Char('6')]);
    for (w, ht) in [(80, 24), (120, 40)] {
        let screen = rows(&h, w, ht).join("\n");
        assert!(
            screen.contains("周一 11-30") && screen.contains("周六 12-05"),
            "{w}x{ht}:\n{screen}"
        );
    }
}

/// Was: at 80x24 the dashboard's "This month" line is cut inside an amount:
/// `¥2,351.75 due, ¥4,500.0` (zh: `应还 ¥2,351.75，预算 ¥4`).
#[test]
fn dashboard_80x24_does_not_cut_the_budget_amount() {
    for lang in [Language::En, Language::Zh] {
        let screen = rows(&Harness::new(lang, true), 80, 24).join("\n");
        assert!(screen.contains("¥4,500.00"), "{lang:?}:\n{screen}");
    }
}

/// Was: at 80x24 the Plan screen's what-if line runs into the strategy label:
/// `(what-if +¥1,100.00: wstrategy ‹snowball› s`.
#[test]
fn plan_80x24_what_if_line_does_not_collide_with_the_strategy() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[
        KeyCode::Char('4'),
        KeyCode::Char(']'),
        KeyCode::Char('+'),
        KeyCode::Char('s'),
    ]);
    let row = rows(&h, 80, 24)[2].clone();
    assert!(!row.contains("wstrategy"), "{row}");
    assert!(row.contains(" strategy ‹snowball›"), "{row}");
}

/// Was: `p` on the Debts screen offers the *next* due (CMB Card: ¥760.53 on 12-22) although the
/// 11-22 due of ¥845.03 is still unpaid and in grace; `p` on the dashboard offers ¥845.03.
#[test]
fn pay_on_debts_offers_the_unpaid_due_first() {
    let mut h = Harness::new(Language::En, true);
    h.keys(&[KeyCode::Char('2'), KeyCode::Char('p')]);
    let Some(Overlay::Form(form)) = &h.app.overlay else {
        panic!("no payment form");
    };
    let amount = form.fields[0].input.value().to_string();
    assert_eq!(
        amount.parse::<rust_decimal::Decimal>().unwrap(),
        dec!(845.03)
    );
}

/// Was: an overlay over Chinese text loses its left border where a double-width glyph
/// underneath straddles the overlay's edge (zh, Dashboard, `?`, 80x24: rows read `│欠 按键 ──`,
/// `│还总览`, `│剩  ...`): the buffer keeps the glyph and the terminal never draws the `│`.
#[test]
fn help_overlay_zh_keeps_its_left_border() {
    let mut h = Harness::new(Language::Zh, true);
    h.keys(&[KeyCode::Char('?')]);
    let rows = rows(&h, 80, 24);
    // The popup is 76 wide, centered: its left border is at column 2.
    let col2 = |row: &str| -> Option<char> {
        let mut at = 0;
        for c in row.chars() {
            if at == 2 {
                return Some(c);
            }
            at += c.to_string().width();
            if at > 2 {
                return None;
            }
        }
        None
    };
    let top = rows.iter().position(|r| r.contains("按键")).unwrap();
    let bottom = rows
        .iter()
        .position(|r| r.contains("按任意键关闭"))
        .unwrap();
    for row in &rows[top..=bottom] {
        assert!(
            matches!(col2(row), Some('┌' | '│' | '└')),
            "the border is missing in {row:?}"
        );
    }
}

/// Was: a long scenario name was cut at the name column's end with no mark, and the detail's
/// title ran into the border.
#[test]
fn a_long_scenario_name_is_cut_with_an_ellipsis() {
    let long = "Job loss in the winter after the factory closes, with no savings at all, none";
    let mut h = Harness::new(Language::En, true);
    let text = std::fs::read_to_string(&h.path)
        .unwrap()
        .replace("name = \"Job loss\"", &format!("name = \"{long}\""));
    std::fs::write(&h.path, text).unwrap();
    let store = payoff::store::Store::open(&h.path).unwrap();
    h.app = payoff::tui::app::App::new(store, common::today(), Language::En, true);
    h.keys(&[KeyCode::Char('7'), KeyCode::Char('j'), KeyCode::Char('j')]);
    let screen = rows(&h, 80, 24);
    assert!(
        screen
            .iter()
            .any(|r| r.starts_with("│Job loss in the winter after t… 2027-06")),
        "{}",
        screen.join("\n")
    );
    assert!(
        screen.iter().any(|r| r.contains("no… ┐")),
        "{}",
        screen.join("\n")
    );
    // The table's rows keep their border.
    assert!(
        screen
            .iter()
            .filter(|r| r.starts_with('│'))
            .all(|r| r.width() == 80 && r.ends_with('│')),
        "{}",
        screen.join("\n")
    );
}
