//! Any sequence of keys: the app never panics, every frame draws, and the file on disk always
//! loads (an edit is saved whole or not at all).

mod common;

use common::Harness;
use payoff::model::Language;
use payoff::store::Store;
use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;

fn key() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        // Every key the app binds, and some it does not.
        prop::sample::select(
            "123456qaedpnKJsw0+-[]xLu?yrhjklZ 9.,/"
                .chars()
                .collect::<Vec<_>>()
        )
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_key_sequence_breaks_the_app_or_the_file(
        keys in prop::collection::vec(key(), 1..120),
        zh in any::<bool>(),
    ) {
        let lang = if zh { Language::Zh } else { Language::En };
        let mut h = Harness::new(lang, true);
        for (i, k) in keys.iter().enumerate() {
            // `q` quits; the rest of the sequence goes to a fresh start on the same file.
            if h.key(*k) {
                let store = Store::open(&h.path).expect("the file loads after every save");
                h.app = payoff::tui::app::App::new(store, common::today(), lang, true);
            }
            if i % 7 == 0 {
                let _ = h.screen(80, 24);
                let _ = h.screen(120, 40);
            }
        }
        let _ = h.screen(80, 24);
        prop_assert!(Store::open(&h.path).is_ok(), "the file on disk still loads");
    }
}
