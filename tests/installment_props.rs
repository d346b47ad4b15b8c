//! Invariants every schedule keeps, whatever the loan: the rows add up, nothing goes negative,
//! and the last row clears the debt.

use payoff::installment::{FeeQuote, flat_fee, negotiated_schedule, schedule, true_apr};
use payoff::model::{Method, Negotiated};
use payoff::money::{Money, Rate, round_cents};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// 0.01 to 10,000,000.00, in cents.
fn principal() -> impl Strategy<Value = Money> {
    (1i64..=1_000_000_000).prop_map(|c| Decimal::new(c, 2))
}

/// 0 to 36 % a year, with up to two decimals.
fn apr() -> impl Strategy<Value = Rate> {
    (0i64..=3_600).prop_map(|bp| Rate::new(Decimal::new(bp, 2)))
}

/// 0 to 2 % a period, as card and Huabei fees run.
fn fee_rate() -> impl Strategy<Value = Rate> {
    (0i64..=200).prop_map(|bp| Rate::new(Decimal::new(bp, 2)))
}

fn method() -> impl Strategy<Value = Method> {
    prop::sample::select(Method::ALL.to_vec())
}

proptest! {
    #[test]
    fn schedules_add_up(
        p in principal(),
        months in 1u32..=360,
        apr in apr(),
        fee in fee_rate(),
        method in method(),
    ) {
        let s = schedule(p, months, method, apr, fee, None);
        prop_assert!(!s.rows.is_empty());
        prop_assert!(s.rows.len() <= months as usize);
        let parts: Money = s.rows.iter().map(|r| r.principal).sum();
        prop_assert_eq!(parts, p);
        for r in &s.rows {
            prop_assert!(r.balance >= Decimal::ZERO, "negative balance in {:?}", r);
            prop_assert!(r.principal >= Decimal::ZERO, "negative principal part in {:?}", r);
            prop_assert_eq!(r.payment, r.interest + r.principal);
        }
        prop_assert_eq!(s.rows.last().map(|r| r.balance), Some(Decimal::ZERO));
        prop_assert_eq!(s.total_paid, p + s.total_interest);
        prop_assert_eq!(s.payment, s.rows[0].payment);
        prop_assert!(s.true_apr >= Decimal::ZERO);
    }

    #[test]
    fn a_total_fee_adds_up_to_the_quote(
        p in principal(),
        months in 1u32..=60,
        total_bp in 0i64..=3_000,
    ) {
        let total = Rate::new(Decimal::new(total_bp, 2));
        let quote = FeeQuote::Total(total);
        let s = schedule(p, months, Method::FlatFee, Rate::ZERO, quote, None);
        let parts: Money = s.rows.iter().map(|r| r.principal).sum();
        prop_assert_eq!(parts, p);
        for r in &s.rows {
            prop_assert!(r.principal >= Decimal::ZERO, "negative principal part in {:?}", r);
            prop_assert!(r.interest >= Decimal::ZERO, "negative fee in {:?}", r);
        }
        // Over the whole term the fees are the quoted total, unless the rounded fees of the
        // other periods are already more (a tiny loan: then the last one is 0).
        if s.rows.len() == months as usize {
            let quoted = round_cents(p * total.percent() / Decimal::ONE_HUNDRED);
            let others = flat_fee(p, quote, months) * Decimal::from(months - 1);
            prop_assert_eq!(s.total_interest, quoted.max(others));
        }
    }

    #[test]
    fn negotiated_plans_add_up(
        b in principal(),
        months in 1u32..=60,
        apr in apr(),
        fee_cents in 0i64..=100_000,
        down_cents in 0i64..=100_000_000,
    ) {
        let n = Negotiated {
            months,
            apr,
            fee: Decimal::new(fee_cents, 2),
            down_payment: Decimal::new(down_cents, 2),
        };
        let s = negotiated_schedule(b, &n);
        let owed = b + n.fee;
        let parts: Money = s.rows.iter().map(|r| r.principal).sum();
        prop_assert_eq!(parts, owed);
        for r in &s.rows {
            prop_assert!(r.balance >= Decimal::ZERO);
            prop_assert!(r.principal >= Decimal::ZERO);
            prop_assert_eq!(r.payment, r.interest + r.principal);
        }
        prop_assert_eq!(s.rows.last().map(|r| r.balance), Some(Decimal::ZERO));
        prop_assert_eq!(s.total_paid, owed + s.total_interest);
        // A down payment lowers the installments, never the term: with 1.00 a month or more
        // left to pay after it, the plan has all its months.
        if (owed - n.down_payment) / Decimal::from(months) >= Decimal::ONE {
            prop_assert_eq!(s.rows.len(), months as usize);
        }
    }

    #[test]
    fn true_apr_never_panics(
        p in any::<i64>(),
        pays in prop::collection::vec(any::<i64>(), 0..48),
        scale in 0u32..=28,
    ) {
        let pays: Vec<Money> = pays.into_iter().map(|c| Decimal::new(c, scale)).collect();
        let r = true_apr(Decimal::new(p, 2), &pays);
        prop_assert!(r >= Decimal::ZERO);
    }

    #[test]
    fn true_apr_never_panics_near_the_decimal_range(
        lo in any::<u32>(),
        mid in any::<u32>(),
        hi in any::<u32>(),
        n in 0usize..24,
    ) {
        let huge = Decimal::from_parts(lo, mid, hi, false, 0);
        let _ = true_apr(Decimal::new(1, 2), &vec![huge; n]);
        let _ = true_apr(huge, &vec![huge; n]);
    }
}
