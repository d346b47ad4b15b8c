//! The files `payoff init` and the app's first start offer: the bundled example and an empty one.

use chrono::NaiveDate;

use crate::model::Language;

/// `assets/example.toml`: a realistic household, commented, as of 2026-11-01.
pub const EXAMPLE: &str = include_str!("../assets/example.toml");

/// `assets/example.zh.toml`: the same household, with Chinese names and comments and
/// `language = "zh"`.
pub const EXAMPLE_ZH: &str = include_str!("../assets/example.zh.toml");

/// The bundled example in a language.
pub fn example_text(lang: Language) -> &'static str {
    match lang {
        Language::En => EXAMPLE,
        Language::Zh => EXAMPLE_ZH,
    }
}

/// The month the example's dates are in.
const EXAMPLE_MONTH: &str = "2026-11-";

/// The example in `lang` moved to the month of `today`: its `as_of` becomes the 1st of this
/// month and its payments the 9th, so a new user's first look is a household in the middle of
/// its month, not one with every due date since 2026 unpaid.
pub fn example(today: NaiveDate, lang: Language) -> String {
    use chrono::Datelike;
    example_text(lang).replace(
        EXAMPLE_MONTH,
        &format!("{:04}-{:02}-", today.year(), today.month()),
    )
}

/// A new, empty data file whose balances are as of `today`.
pub fn empty(today: NaiveDate) -> String {
    format!(
        r#"# payoff data file: see the README for every key.
version = 1
currency = "¥"

[budget]
as_of = {today}  # the date on which cash and every balance below were true
cash = 0
# monthly_for_debts = 3000  # default: monthly income - expenses
remind_days = 3

# [[budget.income]]
# name = "Salary"
# amount = 12000
# day = 15

# [[budget.expenses]]
# name = "Rent"
# amount = 3500
# day = 5

# [[debts]]
# name = "Card"
# kind = "card"
# balance = 5000
# apr = 18
# minimum = 200
# due_day = 10
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_moves_to_the_current_month() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 17).unwrap_or_default();
        for lang in [Language::En, Language::Zh] {
            let text = example(day, lang);
            assert!(text.contains("as_of = 2027-03-01"));
            assert!(text.contains("date = 2027-03-09"));
            assert!(!text.contains("2026-11"));
            let same = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
            assert_eq!(example(same, lang), example_text(lang));
        }
        assert!(example(day, Language::Zh).contains("language = \"zh\""));
    }
}
