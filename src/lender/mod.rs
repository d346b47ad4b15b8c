//! The lenders' rules (SPEC §7): the products our users borrow from, their statement cycles
//! and interest-free periods, what being overdue costs, and what it means.
//!
//! Every rule is a key of the debt; a `product` fills the keys the file does not write
//! ([`Product::defaults`]), and the file always wins. A debt with none of these keys behaves as
//! §2-§4 say.

pub mod cycle;
mod overdue;
mod product;

pub use overdue::{late_fee, penalty};
pub use product::{Defaults, Product};

use crate::model::Debt;

/// How a statement card charges interest when a bill is not paid in full (SPEC §7.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterestRule {
    /// 全额计息: on the whole bill from the statement day, then on what is left after the due
    /// date (the banks' rule).
    Full,
    /// On what is left unpaid, from the statement day to the next (Huabei's, Baitiao's).
    Unpaid,
}

impl InterestRule {
    pub const ALL: [InterestRule; 2] = [InterestRule::Full, InterestRule::Unpaid];

    pub fn code(self) -> &'static str {
        match self {
            InterestRule::Full => "full",
            InterestRule::Unpaid => "unpaid",
        }
    }
}

/// What an overdue penalty is charged on (SPEC §7.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PenaltyBase {
    /// The unpaid amount of that due date (the default).
    Due,
    /// The whole unpaid bill.
    Bill,
    /// The unpaid principal part of the installment.
    Principal,
}

impl PenaltyBase {
    pub const ALL: [PenaltyBase; 3] = [PenaltyBase::Due, PenaltyBase::Bill, PenaltyBase::Principal];

    pub fn code(self) -> &'static str {
        match self {
            PenaltyBase::Due => "due",
            PenaltyBase::Bill => "bill",
            PenaltyBase::Principal => "principal",
        }
    }
}

/// Whether a debt follows a statement cycle (SPEC §7.2): a card with a `statement_day`.
pub fn has_cycle(debt: &Debt) -> bool {
    debt.kind == crate::model::DebtKind::Card && debt.statement_day.is_some()
}
