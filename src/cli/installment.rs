//! `payoff installment`: a schedule and its true annual rates, without a data file; with
//! `--against DEBT`, against revolving that debt of the file instead.

use std::process::ExitCode;

use serde::Serialize;

use super::table::{Align, Table};
use super::{Failure, Format, Outcome, parse_amount, parse_rate, print_json};
use crate::i18n::{Msg, months, t};
use crate::installment::{Against, FeeQuote, Schedule, against_debt, schedule};
use crate::model::{Language, Method};
use crate::money::{Money, Rate, display, percent2, plain};
use crate::store::{Store, quote};

#[derive(Debug, clap::Args)]
#[command(group(
    clap::ArgGroup::new("price")
        .required(true)
        .args(["apr", "fee_rate", "total_fee_rate"])
))]
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
    /// Fee in percent of the principal over the whole term, as Huabei quotes it (flat_fee)
    #[arg(long, value_name = "T", value_parser = parse_rate)]
    pub total_fee_rate: Option<Money>,
    /// annuity, equal_principal, interest_only or flat_fee [default: flat_fee with a fee, else annuity]
    #[arg(long, value_name = "M", value_parser = parse_method)]
    pub method: Option<Method>,
    /// Compare with revolving this debt of the data file at its apr, paying the same a month
    #[arg(long, value_name = "DEBT")]
    pub against: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

pub fn parse_method(s: &str) -> Result<Method, String> {
    Method::parse(s).ok_or_else(|| {
        let all: Vec<_> = Method::ALL.iter().map(|m| m.code()).collect();
        format!("expected one of {}, found {}", all.join(", "), quote(s))
    })
}

/// The schedule; `store` is the data file, loaded only for `--against`.
pub fn run(args: &Args, store: Option<&Store>, lang: Language) -> Outcome {
    let fee = match (args.fee_rate, args.total_fee_rate) {
        (Some(f), _) => Some(FeeQuote::PerPeriod(Rate::new(f))),
        (_, Some(total)) => Some(FeeQuote::Total(Rate::new(total))),
        (None, None) => None,
    };
    let method = args.method.unwrap_or(if fee.is_some() {
        Method::FlatFee
    } else {
        Method::Annuity
    });
    match (method, args.apr, fee) {
        (Method::FlatFee, _, None) => {
            return Err(Failure(
                "--method flat_fee needs --fee-rate or --total-fee-rate".into(),
            ));
        }
        (m, None, _) if m != Method::FlatFee => {
            return Err(Failure(format!("--method {} needs --apr", m.code())));
        }
        _ => {}
    }
    let fee = fee.unwrap_or(FeeQuote::PerPeriod(Rate::ZERO));
    let apr = args.apr.map_or(Rate::ZERO, Rate::new);
    let s = schedule(args.principal, args.months, method, apr, fee, None);
    let against = match (&args.against, store) {
        (Some(name), Some(store)) => {
            let data = store.data();
            let debt = &data.debts[super::negotiate::debt_index(store, name)?];
            let as_of = data.budget.as_of;
            Some((name.as_str(), against_debt(args.principal, &s, debt, as_of)))
        }
        _ => None,
    };
    match args.format {
        Format::Json => print_json(&json(&s, method, args, against)),
        Format::Table => {
            out!("{}", table(&s, method, args, against, lang))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Serialize)]
struct Json<'a> {
    method: &'static str,
    payment: String,
    true_apr: String,
    compound_apr: String,
    total_interest: String,
    total_paid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fee_rate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_fee_rate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    against: Option<AgainstJson<'a>>,
    schedule: Vec<RowJson>,
}

#[derive(Serialize)]
struct AgainstJson<'a> {
    debt: &'a str,
    apr: String,
    revolving_interest: Option<String>,
    months: Option<u32>,
    fee: String,
    cheaper: bool,
    difference: Option<String>,
}

#[derive(Serialize)]
struct RowJson {
    period: u32,
    payment: String,
    interest: String,
    principal: String,
    balance: String,
}

fn json<'a>(
    s: &Schedule,
    method: Method,
    args: &Args,
    against: Option<(&'a str, Against)>,
) -> Json<'a> {
    Json {
        method: method.code(),
        payment: plain(s.payment),
        true_apr: percent2(s.true_apr),
        compound_apr: percent2(s.compound_apr),
        total_interest: plain(s.total_interest),
        total_paid: plain(s.total_paid),
        fee_rate: fee_rate(args).map(percent2),
        total_fee_rate: args.total_fee_rate.map(percent2),
        against: against.map(|(name, a)| AgainstJson {
            debt: name,
            apr: percent2(a.apr.percent()),
            revolving_interest: a.revolving.map(|r| plain(r.interest)),
            months: a.revolving.map(|r| r.months),
            fee: plain(a.fee),
            cheaper: a.cheaper(),
            difference: a.saving().map(|d| plain(d.abs())),
        }),
        schedule: s
            .rows
            .iter()
            .map(|r| RowJson {
                period: r.period,
                payment: plain(r.payment),
                interest: plain(r.interest),
                principal: plain(r.principal),
                balance: plain(r.balance),
            })
            .collect(),
    }
}

/// The fee a period in percent: as given, or a total's share of each period.
fn fee_rate(args: &Args) -> Option<Money> {
    args.fee_rate.or_else(|| {
        args.total_fee_rate
            .map(|total| total / Money::from(args.months))
    })
}

fn table(
    s: &Schedule,
    method: Method,
    args: &Args,
    against: Option<(&str, Against)>,
    lang: Language,
) -> String {
    let money = |m: Money| display(m, "");
    let last = s.rows.last().map_or(Money::ZERO, |r| r.payment);
    let method_name = t(lang, method_msg(method));
    // Equal principal pays less every month: its last payment is where it falls to, not an
    // odd one out.
    let payment = match (method, last != s.payment) {
        (Method::EqualPrincipal, true) => t(
            lang,
            Msg::CliInstFalling {
                first: &money(s.payment),
                last: &money(last),
            },
        ),
        (_, true) => t(
            lang,
            Msg::CliInstPayment {
                payment: &money(s.payment),
                last: &t(
                    lang,
                    Msg::NegLast {
                        payment: &money(last),
                    },
                ),
            },
        ),
        (_, false) => t(
            lang,
            Msg::CliInstPayment {
                payment: &money(s.payment),
                last: "",
            },
        ),
    };
    let mut out = [
        t(
            lang,
            Msg::CliInstHead {
                principal: &money(args.principal),
                months: args.months,
                method: &method_name,
            },
        ),
        payment,
        t(
            lang,
            Msg::CliInstInterest {
                interest: &money(s.total_interest),
                paid: &money(s.total_paid),
            },
        ),
        t(
            lang,
            Msg::CliInstTrueApr {
                simple: &percent2(s.true_apr),
                compound: &percent2(s.compound_apr),
            },
        ),
    ]
    .join("\n");
    let quoted = match (args.fee_rate, args.total_fee_rate) {
        (Some(f), _) => Some(t(
            lang,
            Msg::CliInstQuoted {
                rate: &percent2(f),
                yearly: &percent2(f * Money::from(12)),
            },
        )),
        (_, Some(total)) => Some(t(
            lang,
            Msg::CliInstQuotedTotal {
                rate: &percent2(total),
                over: &months(lang, args.months),
                yearly: &percent2(total * Money::from(12) / Money::from(args.months)),
            },
        )),
        (None, None) => None,
    };
    if let Some(quoted) = quoted {
        out.push('\n');
        out.push_str(&quoted);
    }
    if let Some((name, a)) = against {
        out.push('\n');
        out.push_str(&against_line(name, &a, s, method, args.principal, lang));
    }
    out.push_str("\n\n");
    let head = |m: Msg| t(lang, m);
    let mut table = Table::new(
        &[
            &head(Msg::CliColPeriod),
            &head(Msg::CliColPayment),
            &head(Msg::CliColInterest),
            &head(Msg::CliColPrincipal),
            &head(Msg::ColBalance),
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

/// "Against Visa (18.25 % a year): revolving ... costs ...; the installment's fee is ...: the
/// installment is cheaper by ...".
fn against_line(
    name: &str,
    a: &Against,
    s: &Schedule,
    method: Method,
    principal: Money,
    lang: Language,
) -> String {
    let money = |m: Money| display(m, "");
    let shown = crate::present::shown(name);
    let apr = percent2(a.apr.percent());
    let mut line = match a.revolving {
        Some(r) => t(
            lang,
            Msg::CliAgainstRevolving {
                debt: &shown,
                apr: &apr,
                principal: &money(principal),
                payment: &money(s.payment),
                interest: &money(r.interest),
                over: &months(lang, r.months),
            },
        )
        .into_owned(),
        None => t(
            lang,
            Msg::CliAgainstNever {
                debt: &shown,
                apr: &apr,
                principal: &money(principal),
                payment: &money(s.payment),
            },
        )
        .into_owned(),
    };
    let fee = money(a.fee);
    let cost = if method == Method::FlatFee {
        Msg::CliAgainstFee { fee: &fee }
    } else {
        Msg::CliAgainstInterest { interest: &fee }
    };
    line.push_str(&t(lang, cost));
    let verdict = match a.saving() {
        None => t(lang, Msg::CliAgainstAnyway).to_string(),
        Some(d) if d.is_zero() => t(lang, Msg::CliAgainstSame).to_string(),
        Some(d) if d > Money::ZERO => {
            t(lang, Msg::CliAgainstCheaper { amount: &money(d) }).into_owned()
        }
        Some(d) => t(lang, Msg::CliAgainstDearer { amount: &money(-d) }).into_owned(),
    };
    line.push_str(&verdict);
    line
}

/// A method's name for people.
fn method_msg(m: Method) -> Msg<'static> {
    match m {
        Method::Annuity => Msg::MethodAnnuity,
        Method::EqualPrincipal => Msg::MethodEqualPrincipal,
        Method::InterestOnly => Msg::MethodInterestOnly,
        Method::FlatFee => Msg::MethodFlatFee,
    }
}
