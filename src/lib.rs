//! payoff: a private, keyboard-driven planner for paying off several debts at once.
//!
//! The domain core (`money`, `model`, `store`, `engine`, `installment`, `due`) knows nothing of
//! the terminal and never reads the clock: "today" is always an argument. The CLI (`cli`) and the
//! TUI (`tui`) are thin layers over it.

pub mod cli;
pub mod due;
pub mod engine;
pub mod environment;
pub mod i18n;
pub mod installment;
pub mod ledger;
pub mod lender;
pub mod model;
pub mod money;
pub mod negotiation;
pub mod present;
pub mod reconcile;
pub mod scenario;
pub mod store;
pub mod templates;
pub mod tui;
