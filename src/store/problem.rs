//! What is wrong with a value of the data file, as data: the words for it, in English and in
//! Chinese, are `i18n::problem`'s, so the app shows them in the user's language and the command
//! line prints the English ones.

use rust_decimal::Decimal;

/// A problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// Not TOML at all: the parser's own (English) words.
    Syntax(String),
    /// A key or table written twice (quoted, as a message shows it).
    DuplicateKey(String),
    /// A `version` other than 1; `quoted` when it was written as a string.
    Version { found: Found, quoted: bool },
    /// A required key is not there.
    Missing(Expected),
    /// A value is there but does not fit.
    Wrong { expected: Expected, found: Found },
}

/// A value as a message shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The value as written, escaped (without the quotes a message puts around it).
    Value(String),
    /// A long value, cut: its start, and the whole value's length in characters.
    Cut {
        shown: String,
        length: usize,
    },
    /// A whole number as written, unquoted (a `version`).
    Number(i64),
    Array,
    InlineTable,
    Table,
    ArrayOfTables,
    Nothing,
}

/// What a value should have been.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// An amount `>= 0`.
    Amount,
    /// An amount `> 0`.
    PositiveAmount,
    /// A number at all, for an amount.
    AmountLike,
    AmountDecimals,
    /// An amount at most this.
    AmountAtMost(Decimal),
    /// A rate `>= 0`.
    Rate,
    /// A number at all, for a rate.
    RateLike,
    /// A rate at most this.
    RateAtMost(Decimal),
    /// A rate with at most this many decimals.
    RateDecimals(u32),
    /// A day of the month, 1-31.
    Day,
    /// A number of days, 0-365.
    Days,
    /// A number of months from 1 to this.
    Months(u32),
    /// A month of the year, 1-12.
    Month,
    /// No `month` on a line that repeats every month.
    MonthOfYearly,
    Date,
    /// A currency symbol in quotes.
    Currency,
    /// A flow's name.
    Name,
    /// A flow's name, in quotes.
    NameQuoted,
    /// A debt's name.
    NonEmptyName,
    /// A debt's name, in quotes.
    NonEmptyNameQuoted,
    /// A payment's debt.
    DebtName,
    /// A payment's debt, in quotes.
    DebtNameQuoted,
    /// The name of one of these debts (the first few, and how many more there are).
    DebtNameOf {
        names: Vec<String>,
        more: usize,
    },
    /// A name no other debt has: debt number `first` (0-based) has it.
    UniqueName {
        first: usize,
    },
    /// A name no other scenario has: scenario number `first` (0-based) has it.
    UniqueScenario {
        first: usize,
    },
    /// A month like `2027-03`, in quotes.
    YearMonth,
    /// An array of debt names.
    DebtNames,
    /// One of these codes.
    OneOf(Vec<&'static str>),
    /// A table `[name]`.
    Table(&'static str),
    /// An array of tables `[[path]]`.
    ArrayOfTables(String),
    /// One of two keys, not both.
    NotBoth(&'static str, &'static str),
    /// The same, without the quotes it was written in (`due_day = "10"`).
    Unquoted(Box<Expected>),
    /// The same, or this other key instead (`apr`, or `daily_rate`).
    OrKey(Box<Expected>, &'static str),
    /// The same, which a debt of this kind needs.
    NeededBy(Box<Expected>, Need),
}

/// Which debts need a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// `term_months`: every loan.
    Loan,
    /// `fee_rate`: a loan charged a flat fee.
    FlatFeeLoan,
    /// `month`: an income or expense line with `every = "year"`.
    YearlyLine,
}

impl Expected {
    /// The same, without the quotes it was written in.
    pub(crate) fn unquoted(self) -> Expected {
        Expected::Unquoted(Box::new(self))
    }
}
