//! Products (SPEC §7.1): the defaults each kind of lender's contract fills in.
//!
//! Taken from public sources (shared/DOMAIN.md, listed in the README): editable defaults, not
//! constants. The file's own keys always win.

use rust_decimal::{Decimal, dec};

use super::{InterestRule, PenaltyBase};
use crate::model::{Debt, DebtKind};
use crate::money::Rate;

/// `product = "..."`: who the debt is with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Product {
    /// 信用卡: a bank credit card.
    BankCard,
    /// 花呗: Alipay's revolving credit.
    Huabei,
    /// 白条: JD's revolving credit.
    Baitiao,
    /// 借呗: Alipay's loan.
    Jiebei,
    /// 银行消费贷: a bank consumer loan.
    BankLoan,
    /// 网贷: an online lender.
    OnlineLender,
}

/// What a product fills in when the file does not say. `None`: the product has no default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Defaults {
    pub kind: DebtKind,
    /// Percent a day (the card's interest; `apr` = 365 x it).
    pub daily_rate: Option<Decimal>,
    pub statement_day: Option<u32>,
    pub due_day: Option<u32>,
    /// The due date this many days after the statement day (Baitiao), when `due_day` is not
    /// written: see [`Product::due_day_after`].
    pub due_after_statement: Option<u32>,
    pub grace_days: u32,
    pub tolerance: Decimal,
    pub minimum_percent: Option<Decimal>,
    /// The floor under `minimum_percent`.
    pub minimum: Decimal,
    pub interest: Option<InterestRule>,
    pub penalty_daily_rate: Option<Decimal>,
    /// The penalty as a multiple of the contract's daily rate (1.5 x for loans).
    pub penalty_rate_multiple: Option<Decimal>,
    pub penalty_base: PenaltyBase,
    pub late_fee_percent: Option<Decimal>,
    pub late_fee_min: Decimal,
    /// Days overdue after which the account is suspended (Huabei: about a week).
    pub suspend_days: Option<u32>,
}

impl Product {
    pub const ALL: [Product; 6] = [
        Product::BankCard,
        Product::Huabei,
        Product::Baitiao,
        Product::Jiebei,
        Product::BankLoan,
        Product::OnlineLender,
    ];

    /// The file's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Product::BankCard => "bank_card",
            Product::Huabei => "huabei",
            Product::Baitiao => "baitiao",
            Product::Jiebei => "jiebei",
            Product::BankLoan => "bank_loan",
            Product::OnlineLender => "online_lender",
        }
    }

    pub fn parse(s: &str) -> Option<Product> {
        Product::ALL.into_iter().find(|p| p.code() == s)
    }

    /// The product's defaults (SPEC §7.1).
    pub fn defaults(self) -> Defaults {
        let card = Defaults {
            kind: DebtKind::Card,
            daily_rate: Some(dec!(0.05)),
            statement_day: None,
            due_day: None,
            due_after_statement: None,
            grace_days: 0,
            tolerance: Decimal::ZERO,
            minimum_percent: Some(dec!(10)),
            minimum: Decimal::ZERO,
            interest: Some(InterestRule::Unpaid),
            penalty_daily_rate: Some(dec!(0.05)),
            penalty_rate_multiple: None,
            penalty_base: PenaltyBase::Bill,
            late_fee_percent: None,
            late_fee_min: Decimal::ZERO,
            suspend_days: None,
        };
        let loan = Defaults {
            kind: DebtKind::Loan,
            daily_rate: None,
            minimum_percent: None,
            interest: None,
            penalty_daily_rate: None,
            penalty_rate_multiple: Some(dec!(1.5)),
            penalty_base: PenaltyBase::Principal,
            ..card
        };
        match self {
            Product::BankCard => Defaults {
                grace_days: 3,
                tolerance: dec!(10),
                minimum: dec!(100),
                interest: Some(InterestRule::Full),
                late_fee_percent: Some(dec!(5)),
                late_fee_min: dec!(10),
                ..card
            },
            Product::Huabei => Defaults {
                statement_day: Some(1),
                due_day: Some(10),
                suspend_days: Some(7),
                ..card
            },
            Product::Baitiao => Defaults {
                due_after_statement: Some(9),
                ..card
            },
            Product::Jiebei => loan,
            Product::BankLoan => Defaults {
                grace_days: 3,
                ..loan
            },
            Product::OnlineLender => Defaults {
                penalty_rate_multiple: None,
                penalty_base: PenaltyBase::Due,
                ..loan
            },
        }
    }

    /// A debt of this product as the loader reads one whose file writes only its `name`,
    /// `product`, `balance` (here 0) and, when given, `statement_day`: every key the product
    /// fills has the product's value and is listed in `from_product`, in the loader's order of
    /// reading. What the product leaves to the user (a loan's rate and term, a due day the
    /// product has no rule for) is left as a new debt has it: 0, none, day 1, not listed.
    pub fn debt(self, name: &str, statement_day: Option<u32>) -> Debt {
        let d = self.defaults();
        let mut debt = Debt::card(name, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, 1);
        let mut filled: Vec<&'static str> = vec!["kind"];
        debt.kind = d.kind;
        debt.product = Some(self);
        if let Some(daily) = d.daily_rate {
            debt.apr = Rate::new(daily * Decimal::from(365u32));
            filled.push("daily_rate");
        }
        let card = d.kind == DebtKind::Card;
        if card && let Some(p) = d.minimum_percent {
            debt.minimum_percent = Some(Rate::new(p));
            debt.minimum = d.minimum;
            filled.extend(["minimum_percent", "minimum"]);
        }
        debt.statement_day = statement_day.or(d.statement_day);
        if statement_day.is_none() && d.statement_day.is_some() {
            filled.push("statement_day");
        }
        let due = match (d.due_day, d.due_after_statement) {
            (Some(day), _) => Some(day),
            (None, Some(after)) => debt.statement_day.map(|s| Product::due_day_after(s, after)),
            (None, None) => None,
        };
        if let Some(day) = due {
            debt.due_day = day;
            filled.push("due_day");
        }
        debt.grace_days = d.grace_days;
        filled.push("grace_days");
        debt.penalty_daily_rate = d.penalty_daily_rate.map(Rate::new);
        if d.penalty_daily_rate.is_some() {
            filled.push("penalty_daily_rate");
        }
        debt.penalty_rate_multiple = d.penalty_rate_multiple;
        if d.penalty_rate_multiple.is_some() {
            filled.push("penalty_rate_multiple");
        }
        debt.penalty_base = d.penalty_base;
        filled.push("penalty_base");
        if card && let Some(rule) = d.interest {
            debt.interest = rule;
            filled.push("interest");
        }
        debt.tolerance = d.tolerance;
        filled.push("tolerance");
        debt.late_fee_percent = d.late_fee_percent.map(Rate::new);
        if d.late_fee_percent.is_some() {
            filled.push("late_fee_percent");
        }
        debt.late_fee_min = d.late_fee_min;
        filled.push("late_fee_min");
        debt.suspend_days = d.suspend_days;
        if d.suspend_days.is_some() {
            filled.push("suspend_days");
        }
        debt.from_product = filled;
        debt
    }

    /// The day of the month `days` after a statement on `statement_day`, as a due day: in a
    /// 30-day month (a statement on the 25th is due on the 4th). Lenders count the days, so
    /// in a month of 31 or 28 days the real date can differ by a day: the README asks users to
    /// write the `due_day` their bill shows.
    pub fn due_day_after(statement_day: u32, days: u32) -> u32 {
        (statement_day + days - 1) % 30 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for p in Product::ALL {
            assert_eq!(Product::parse(p.code()), Some(p));
        }
        assert_eq!(Product::parse("visa"), None);
    }

    #[test]
    fn baitiao_is_due_nine_days_after_its_statement() {
        assert_eq!(Product::due_day_after(1, 9), 10);
        assert_eq!(Product::due_day_after(21, 9), 30);
        assert_eq!(Product::due_day_after(25, 9), 4);
        assert_eq!(Product::due_day_after(28, 9), 7);
    }

    #[test]
    fn the_table_of_spec_7_1() {
        let bank = Product::BankCard.defaults();
        assert_eq!((bank.grace_days, bank.tolerance), (3, dec!(10)));
        assert_eq!(
            (bank.minimum_percent, bank.minimum),
            (Some(dec!(10)), dec!(100))
        );
        assert_eq!(bank.interest, Some(InterestRule::Full));
        assert_eq!(
            (bank.late_fee_percent, bank.late_fee_min),
            (Some(dec!(5)), dec!(10))
        );
        assert_eq!(bank.penalty_base, PenaltyBase::Bill);
        let huabei = Product::Huabei.defaults();
        assert_eq!((huabei.statement_day, huabei.due_day), (Some(1), Some(10)));
        assert_eq!(huabei.interest, Some(InterestRule::Unpaid));
        assert_eq!(huabei.suspend_days, Some(7));
        let jiebei = Product::Jiebei.defaults();
        assert_eq!(jiebei.kind, DebtKind::Loan);
        assert_eq!(jiebei.penalty_rate_multiple, Some(dec!(1.5)));
        assert_eq!(jiebei.penalty_base, PenaltyBase::Principal);
        assert_eq!(Product::BankLoan.defaults().grace_days, 3);
        let online = Product::OnlineLender.defaults();
        assert_eq!(
            (online.penalty_daily_rate, online.penalty_rate_multiple),
            (None, None)
        );
    }
}
