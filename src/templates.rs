//! The files `payoff init` and the app's first start offer: the bundled example and an empty one.

use chrono::NaiveDate;

/// `assets/example.toml`: a realistic household, commented.
pub const EXAMPLE: &str = include_str!("../assets/example.toml");

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
