//! `payoff installment`: a schedule and its true annual rate, without a data file.

use std::process::ExitCode;

use serde_json::{Value, json};

use super::table::{Align, Table};
use super::{Failure, Format, Outcome, parse_amount, parse_rate, print_json};
use crate::i18n::{Msg, t, tf};
use crate::installment::{Schedule, schedule};
use crate::model::{Language, Method};
use crate::money::{Money, Rate, display, percent2, plain};
use crate::store::quote;

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("price").required(true).args(["apr", "fee_rate"])))]
pub struct Args {
    /// The amount borrowed
    #[arg(long, value_name = "P", value_parser = parse_amount)]
    pub principal: Money,
    /// Number of monthly periods (1-600)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=600))]
    pub months: u32,
    /// Annual rate in percent (annuity, equal_principal, interest_only)
    #[arg(long, value_name = "A", value_parser = parse_rate)]
    pub apr: Option<Money>,
    /// Fee in percent of the principal per period (flat_fee)
    #[arg(long, value_name = "F", value_parser = parse_rate)]
    pub fee_rate: Option<Money>,
    /// annuity, equal_principal, interest_only or flat_fee [default: flat_fee with --fee-rate, else annuity]
    #[arg(long, value_name = "M", value_parser = parse_method)]
    pub method: Option<Method>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn parse_method(s: &str) -> Result<Method, String> {
    Method::parse(s).ok_or_else(|| {
        let all: Vec<_> = Method::ALL.iter().map(|m| m.code()).collect();
        format!("expected one of {}, found {}", all.join(", "), quote(s))
    })
}

pub fn run(args: &Args, lang: Language) -> Outcome {
    let method = args.method.unwrap_or(if args.fee_rate.is_some() {
        Method::FlatFee
    } else {
        Method::Annuity
    });
    match (method, args.apr, args.fee_rate) {
        (Method::FlatFee, _, None) => {
            return Err(Failure("--method flat_fee needs --fee-rate".into()));
        }
        (Method::FlatFee, Some(_), _) => {
            return Err(Failure(
                "--method flat_fee takes --fee-rate, not --apr".into(),
            ));
        }
        (m, None, _) if m != Method::FlatFee => {
            return Err(Failure(format!("--method {} needs --apr", m.code())));
        }
        _ => {}
    }
    let rate = |r: Option<Money>| r.map_or(Rate::ZERO, Rate::new);
    let s = schedule(
        args.principal,
        args.months,
        method,
        rate(args.apr),
        rate(args.fee_rate),
        None,
    );
    match args.format {
        Format::Json => print_json(&json(&s, method)),
        Format::Table => {
            out!("{}", table(&s, method, args, lang))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn json(s: &Schedule, method: Method) -> Value {
    let rows: Vec<Value> = s
        .rows
        .iter()
        .map(|r| {
            json!({
                "period": r.period,
                "payment": plain(r.payment),
                "interest": plain(r.interest),
                "principal": plain(r.principal),
                "balance": plain(r.balance),
            })
        })
        .collect();
    json!({
        "method": method.code(),
        "payment": plain(s.payment),
        "true_apr": percent2(s.true_apr),
        "total_interest": plain(s.total_interest),
        "total_paid": plain(s.total_paid),
        "schedule": rows,
    })
}

fn table(s: &Schedule, method: Method, args: &Args, lang: Language) -> String {
    let money = |m: Money| display(m, "");
    let last = s.rows.last().map_or(Money::ZERO, |r| r.payment);
    let method_name = match lang {
        Language::En => method.code(),
        Language::Zh => t(lang, method_msg(method)),
    };
    let last_note = if last != s.payment {
        tf(lang, Msg::NegLast, &[&money(last)])
    } else {
        String::new()
    };
    let mut out = [
        tf(
            lang,
            Msg::CliInstHead,
            &[&money(args.principal), &args.months, &method_name],
        ),
        tf(lang, Msg::CliInstPayment, &[&money(s.payment), &last_note]),
        tf(
            lang,
            Msg::CliInstInterest,
            &[&money(s.total_interest), &money(s.total_paid)],
        ),
        tf(lang, Msg::CliInstTrueApr, &[&percent2(s.true_apr)]),
    ]
    .join("\n");
    if let Some(f) = args.fee_rate {
        let yearly = percent2(f * Money::from(12));
        out.push_str(&tf(lang, Msg::CliInstQuoted, &[&percent2(f), &yearly]));
    }
    out.push_str("\n\n");
    let head = |m: Msg| t(lang, m);
    let mut table = Table::new(
        &[
            head(Msg::CliColPeriod),
            head(Msg::CliColPayment),
            head(Msg::CliColInterest),
            head(Msg::CliColPrincipal),
            head(Msg::ColBalance),
        ],
        &[Align::Right; 5],
    );
    for r in &s.rows {
        table.row(vec![
            r.period.to_string(),
            money(r.payment),
            money(r.interest),
            money(r.principal),
            money(r.balance),
        ]);
    }
    out.push_str(&table.render());
    out
}

/// A method's name for people.
fn method_msg(m: Method) -> Msg {
    match m {
        Method::Annuity => Msg::MethodAnnuity,
        Method::EqualPrincipal => Msg::MethodEqualPrincipal,
        Method::InterestOnly => Msg::MethodInterestOnly,
        Method::FlatFee => Msg::MethodFlatFee,
    }
}
