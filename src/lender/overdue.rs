//! What being overdue costs (SPEC §7.3): the penalty on its base, and the late fee.

use rust_decimal::Decimal;

use crate::model::Debt;
use crate::money::{Money, round_cents};

/// The penalty so far on `base` (the unpaid amount the debt's `penalty_base` names), `days`
/// days past the due date: `round_half_up(base * daily / 100 * days, 0.01)`, where `daily` is
/// `penalty_daily_rate`, or `penalty_rate_multiple` times the contract's daily rate
/// `apr / 365`. Computed exactly, rounded once; 0 without either.
///
/// Counted from the due date itself once grace is over, not from the end of grace: the common
/// bank practice is that grace waives the penalty only if the bill is paid within it.
pub fn penalty(debt: &Debt, base: Money, days: i64) -> Money {
    let days = Decimal::from(days.max(0));
    let exact = match (debt.penalty_daily_rate, debt.penalty_rate_multiple) {
        (Some(rate), _) => {
            base.saturating_mul(rate.percent()).saturating_mul(days) / Decimal::ONE_HUNDRED
        }
        (None, Some(times)) => {
            base.saturating_mul(debt.apr.percent())
                .saturating_mul(times)
                .saturating_mul(days)
                / Decimal::from(36_500u32)
        }
        (None, None) => return Decimal::ZERO,
    };
    round_cents(exact)
}

/// The late fee (违约金) of one missed due date past grace:
/// `max(round_half_up(unpaid minimum * late_fee_percent / 100, 0.01), late_fee_min)`; 0 when
/// the debt has neither, or nothing is unpaid.
pub fn late_fee(debt: &Debt, unpaid_minimum: Money) -> Money {
    if unpaid_minimum <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let percent = debt
        .late_fee_percent
        .map_or(Decimal::ZERO, |rate| rate.of(unpaid_minimum, 1));
    percent.max(debt.late_fee_min)
}

#[cfg(test)]
mod tests {
    use rust_decimal::dec;

    use super::*;
    use crate::lender::Product;
    use crate::money::Rate;

    fn card(product: Product) -> Debt {
        let d = product.defaults();
        let mut debt = Debt::card("A", dec!(0), dec!(18.25), d.minimum, 10);
        debt.penalty_daily_rate = d.penalty_daily_rate.map(Rate::new);
        debt.penalty_rate_multiple = d.penalty_rate_multiple;
        debt.late_fee_percent = d.late_fee_percent.map(Rate::new);
        debt.late_fee_min = d.late_fee_min;
        debt
    }

    #[test]
    fn the_examples_of_spec_7_3() {
        // Huabei: 3,000.10 unpaid 30 days at 0.05 %/day: 3000.10 * 0.0005 * 30 = 45.0015.
        assert_eq!(
            penalty(&card(Product::Huabei), dec!(3000.10), 30),
            dec!(45.00)
        );
        // Bank card: the whole bill 8,450.30, 32 days: 8450.30 * 0.0005 * 32 = 135.2048.
        let bank = card(Product::BankCard);
        assert_eq!(penalty(&bank, dec!(8450.30), 32), dec!(135.20));
        // Its late fee: 5 % of the minimum 845.03 = 42.2515 -> 42.25; of 150.00 = 7.50 -> 10.00.
        assert_eq!(late_fee(&bank, dec!(845.03)), dec!(42.25));
        assert_eq!(late_fee(&bank, dec!(150.00)), dec!(10.00));
        assert_eq!(late_fee(&bank, dec!(0)), dec!(0));
        // Jiebei: principal part 950.80, 30 days at 1.5 x 0.03 %/day (apr 10.95 = 0.03 x 365):
        // 950.80 * 10.95 * 1.5 * 30 / 36500 = 12.8358.
        let mut jiebei = Debt::loan("J", dec!(0), dec!(10.95), 12, crate::model::Method::Annuity);
        jiebei.penalty_rate_multiple = Some(dec!(1.5));
        assert_eq!(penalty(&jiebei, dec!(950.80), 30), dec!(12.84));
    }

    #[test]
    fn no_rate_no_penalty_and_no_fee() {
        let plain = Debt::card("A", dec!(0), dec!(18), dec!(100), 10);
        assert_eq!(penalty(&plain, dec!(1000), 30), dec!(0));
        assert_eq!(late_fee(&plain, dec!(1000)), dec!(0));
    }
}
