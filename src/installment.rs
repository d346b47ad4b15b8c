//! Placeholder until the installment module lands.
use crate::money::{Money, Rate, round_cents};
use rust_decimal::{Decimal, MathematicalOps};

pub fn annuity_payment(principal: Money, months: u32, apr: Rate) -> Money {
    if months == 0 {
        return Decimal::ZERO;
    }
    let r = apr.percent() / Decimal::from(1200);
    if r.is_zero() {
        return round_cents(principal / Decimal::from(months));
    }
    let f = (Decimal::ONE + r).powu(u64::from(months));
    round_cents(principal * r * f / (f - Decimal::ONE))
}
