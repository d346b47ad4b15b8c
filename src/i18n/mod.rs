//! Every string the app and the command line show people, in English and 简体中文, in one
//! place. (Error messages on stderr and JSON stay English: they are for scripts and searches.)
//!
//! A message is a variant of [`Msg`] that carries its arguments, typed, so a call with the
//! wrong arguments does not compile. Each message is one arm of one exhaustive `match` that
//! gives both languages' templates at once (`catalog.rs`), so a message without a translation
//! does not compile either; a template's `{}` and `{N}` take the message's arguments, and [`t`]
//! writes any message in a language.

mod catalog;
mod msg;

use std::borrow::Cow;
use std::fmt::Display;

pub use self::msg::Msg;
use crate::due::Level;
use crate::engine::Strategy;
use crate::lender::Product;
use crate::model::Language;
use crate::store::{Expected, Found, Need, Problem, quote};

/// The word that leads a warning: what it means.
pub fn level_msg(level: Level) -> Msg<'static> {
    match level {
        Level::Overdue => Msg::LevelOverdue,
        Level::Grace => Msg::LevelGrace,
        Level::Shortfall => Msg::LevelShort,
        Level::DueSoon => Msg::LevelDueSoon,
    }
}

/// A strategy's name.
pub fn strategy_msg(s: Strategy) -> Msg<'static> {
    match s {
        Strategy::Avalanche => Msg::Avalanche,
        Strategy::Snowball => Msg::Snowball,
        Strategy::Custom => Msg::Custom,
        Strategy::Minimum => Msg::Minimum,
        Strategy::Negotiated => Msg::Negotiated,
    }
}

/// A product's name: in English its English name, in Chinese its Chinese one.
pub fn product_msg(p: Product) -> Msg<'static> {
    match p {
        Product::BankCard => Msg::ProductBankCard,
        Product::Huabei => Msg::ProductHuabei,
        Product::Baitiao => Msg::ProductBaitiao,
        Product::Jiebei => Msg::ProductJiebei,
        Product::BankLoan => Msg::ProductBankLoan,
        Product::OnlineLender => Msg::ProductOnlineLender,
    }
}

/// A product's rules in a few words, for the list a new debt starts from.
pub fn product_rules_msg(p: Product) -> Msg<'static> {
    match p {
        Product::BankCard => Msg::RulesBankCard,
        Product::Huabei => Msg::RulesHuabei,
        Product::Baitiao => Msg::RulesBaitiao,
        Product::Jiebei => Msg::RulesJiebei,
        Product::BankLoan => Msg::RulesBankLoan,
        Product::OnlineLender => Msg::RulesOnlineLender,
    }
}

/// A problem in the data file in words: what was expected and what was found.
pub fn problem(lang: Language, p: &Problem) -> String {
    let zh = lang == Language::Zh;
    match p {
        Problem::NotUtf8 => match lang {
            Language::En => "invalid UTF-8: a TOML file must be UTF-8 text".to_string(),
            Language::Zh => "不是 UTF-8 编码：TOML 文件必须是 UTF-8 文本".to_string(),
        },
        Problem::Syntax(parser) => match lang {
            Language::En => format!("invalid TOML: {parser}"),
            Language::Zh => format!("TOML 格式有误：{parser}"),
        },
        Problem::DuplicateKey(key) => match lang {
            Language::En => {
                format!("invalid TOML: duplicate key {key} (each key and table may appear once)")
            }
            Language::Zh => format!("TOML 格式有误：重复的键 {key}（每个键和表只能出现一次）"),
        },
        Problem::Version { found: f, quoted } => match (lang, quoted) {
            (Language::En, false) => {
                format!(
                    "this payoff reads version 1 files, found {}",
                    found(lang, f)
                )
            }
            (Language::En, true) => format!(
                "this payoff reads version 1 files (a number, without quotes), found {}",
                found(lang, f)
            ),
            (Language::Zh, false) => spaced("此版本只读取 version 1 的文件，实为", &found(lang, f)),
            (Language::Zh, true) => spaced(
                "此版本只读取 version 1 的文件（写数字，不加引号），实为",
                &found(lang, f),
            ),
        },
        Problem::Missing(e) if zh => spaced("缺少此项，应为", &expected(lang, e)),
        Problem::Missing(e) => format!("missing key, expected {}", expected(lang, e)),
        Problem::Wrong {
            expected: e,
            found: f,
        } if zh => {
            let wanted = spaced("应为", &expected(lang, e));
            spaced(&format!("{wanted}，实为"), &found(lang, f))
        }
        Problem::Wrong {
            expected: e,
            found: f,
        } => format!("expected {}, found {}", expected(lang, e), found(lang, f)),
    }
}

/// A value a problem found, as a message shows it.
fn found(lang: Language, f: &Found) -> String {
    let (en, zh) = match f {
        Found::Value(shown) => return format!("\"{shown}\""),
        Found::Cut { shown, length } => {
            return match lang {
                Language::En => format!("\"{shown}…\" ({length} characters)"),
                Language::Zh => format!("\"{shown}…\"（共 {length} 个字符）"),
            };
        }
        Found::Number(n) => return n.to_string(),
        Found::Array => ("an array", "数组"),
        Found::InlineTable => ("an inline table", "内联表"),
        Found::Table => ("a table", "表"),
        Found::ArrayOfTables => ("an array of tables", "表数组"),
        Found::Nothing => ("nothing", "空值"),
    };
    match lang {
        Language::En => en.to_string(),
        Language::Zh => zh.to_string(),
    }
}

/// What a problem expected, as a phrase.
fn expected(lang: Language, e: &Expected) -> String {
    let (en, zh): (String, String) = match e {
        Expected::Amount => ("an amount >= 0".into(), "不小于 0 的金额".into()),
        Expected::PositiveAmount => ("an amount > 0".into(), "大于 0 的金额".into()),
        Expected::AmountLike => ("an amount like 1234.56".into(), "金额（如 1234.56）".into()),
        Expected::AmountDecimals => (
            "an amount with at most 2 decimals".into(),
            "最多两位小数的金额".into(),
        ),
        Expected::AmountAtMost(max) => (
            format!("an amount <= {max}"),
            format!("不超过 {max} 的金额"),
        ),
        Expected::Rate => ("a rate >= 0".into(), "不小于 0 的利率".into()),
        Expected::RateLike => ("a rate like 18.25".into(), "利率（如 18.25）".into()),
        Expected::RateAtMost(max) => (format!("a rate <= {max}"), format!("不超过 {max} 的利率")),
        Expected::RateDecimals(n) => (
            format!("a rate with at most {n} decimals"),
            format!("最多 {n} 位小数的利率"),
        ),
        Expected::Day => (
            "a day of the month 1-31".into(),
            "每月的第几天（1 到 31）".into(),
        ),
        Expected::Days => ("a number of days 0-365".into(), "天数（0 到 365）".into()),
        Expected::Months(max) => (
            format!("a number of months 1-{max}"),
            format!("月数（1 到 {max}）"),
        ),
        Expected::Month => ("a month 1-12".into(), "月份（1 到 12）".into()),
        Expected::MonthOfYearly => (
            "no month on a monthly line (every = \"year\" makes it yearly)".into(),
            "每月的收支不写月份（every = \"year\" 才按年）".into(),
        ),
        Expected::Date => (
            "a date like 2026-11-01".into(),
            "日期（如 2026-11-01）".into(),
        ),
        Expected::Currency => (
            "a currency symbol in quotes, like \"¥\"".into(),
            "带引号的货币符号（如 \"¥\"）".into(),
        ),
        Expected::Name => ("a name".into(), "名称".into()),
        Expected::NameQuoted => ("a name in quotes".into(), "带引号的名称".into()),
        Expected::NonEmptyName => ("a non-empty name".into(), "非空的名称".into()),
        Expected::NonEmptyNameQuoted => (
            "a non-empty name in quotes".into(),
            "带引号的非空名称".into(),
        ),
        Expected::DebtName => ("the name of a debt".into(), "一笔债务的名称".into()),
        Expected::DebtNameQuoted => (
            "the name of a debt, in quotes".into(),
            "带引号的债务名称".into(),
        ),
        Expected::DebtNameOf { names, more } => {
            let mut list: Vec<String> = names.iter().map(|n| quote(n)).collect();
            let (en_more, zh_more) = (format!("and {more} more"), format!("另有 {more} 笔"));
            let (en_list, zh_list) = match (list.is_empty(), *more > 0) {
                (true, _) => ("there are none".to_string(), "目前没有债务".to_string()),
                (false, false) => (list.join(", "), list.join("、")),
                (false, true) => {
                    let zh = format!("{}，{zh_more}", list.join("、"));
                    list.push(en_more);
                    (list.join(", "), zh)
                }
            };
            (
                format!("the name of a debt ({en_list})"),
                format!("一笔债务的名称（{zh_list}）"),
            )
        }
        Expected::UniqueName { first } => (
            format!("a name no other debt has (debts[{first}] has it)"),
            format!("其他债务没有用过的名称（debts[{first}] 已用此名）"),
        ),
        Expected::UniqueScenario { first } => (
            format!("a name no other scenario has (scenarios[{first}] has it)"),
            format!("其他情景没有用过的名称（scenarios[{first}] 已用此名）"),
        ),
        Expected::YearMonth => (
            "a month in quotes, like \"2027-03\"".into(),
            "带引号的月份（如 \"2027-03\"）".into(),
        ),
        Expected::DebtNames => (
            "an array of debt names, like [\"Huabei\"]".into(),
            "债务名称的数组（如 [\"花呗\"]）".into(),
        ),
        Expected::OneOf(codes) => {
            let quoted: Vec<String> = codes.iter().map(|c| format!("{c:?}")).collect();
            match quoted.split_last() {
                Some((last, rest)) if !rest.is_empty() => (
                    format!("{} or {last}", rest.join(", ")),
                    format!("{} 或 {last}", rest.join("、")),
                ),
                _ => (quoted.concat(), quoted.concat()),
            }
        }
        Expected::Table(name) => (format!("a table [{name}]"), format!("表 [{name}]")),
        Expected::ArrayOfTables(path) => (
            format!("an array of tables [[{path}]]"),
            format!("表数组 [[{path}]]"),
        ),
        Expected::NotBoth(a, b) => (
            format!("{a} or {b}, not both"),
            format!("{a} 或 {b}，不能两个都写"),
        ),
        Expected::Unquoted(e) => (
            format!("{} without quotes", expected(Language::En, e)),
            format!("{}，不加引号", expected(Language::Zh, e)),
        ),
        Expected::OrKey(e, key) => (
            format!("{} (or {key})", expected(Language::En, e)),
            format!("{}（或 {key}）", expected(Language::Zh, e)),
        ),
        Expected::NeededBy(e, need) => {
            let (en, zh) = match need {
                Need::Loan => ("a loan needs it", "贷款必须填写"),
                Need::FlatFeeLoan => ("a flat_fee loan needs it", "按期收手续费的贷款必须填写"),
                Need::YearlyLine => ("a yearly line needs it", "按年的收支必须填写"),
            };
            (
                format!("{} ({en})", expected(Language::En, e)),
                format!("{}（{zh}）", expected(Language::Zh, e)),
            )
        }
    };
    match lang {
        Language::En => en,
        Language::Zh => zh,
    }
}

/// Whether `c` is a Han character.
fn han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Whether `c` is full-width punctuation (`，` `：` `（` `）` `。`), which takes no space
/// beside it.
fn wide_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Two parts of Chinese text joined as Chinese typography wants: directly where both sides of
/// the join are Han characters (`白条的`) or either is full-width punctuation (`¥5.00（2 笔）`),
/// with a space next to Latin letters or digits (`JD Baitiao 的`, `实为 "-3"`).
pub fn spaced(a: &str, b: &str) -> String {
    let (last, first) = (a.chars().next_back(), b.chars().next());
    let tight = match (last, first) {
        (Some(l), Some(f)) => (han(l) && han(f)) || wide_mark(l) || wide_mark(f),
        _ => true,
    };
    if tight {
        format!("{a}{b}")
    } else {
        format!("{a} {b}")
    }
}

/// Two parts of a line joined by a space in English, as [`spaced`] joins them in Chinese.
pub fn join(lang: Language, a: &str, b: &str) -> String {
    match lang {
        Language::En => format!("{a} {b}"),
        Language::Zh => spaced(a, b),
    }
}

/// `parts` joined by `sep`; in Chinese each join as [`t`] glues a placeholder (`，然后 ` before
/// `白条` loses its space, before `JD Baitiao` keeps it).
pub fn join_list(lang: Language, parts: &[String], sep: &str) -> String {
    match lang {
        Language::En => parts.join(sep),
        Language::Zh => {
            let mut out = String::new();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    glue(&mut out, sep);
                }
                glue(&mut out, part);
            }
            out
        }
    }
}

/// `s` with the space that sets it apart from what comes before it on the line: none in
/// Chinese before full-width punctuation (`（假设 …）`).
pub fn then(lang: Language, s: &str) -> String {
    match (lang, s.chars().next()) {
        (Language::Zh, Some(c)) if wide_mark(c) => s.to_string(),
        _ => format!(" {s}"),
    }
}

/// `a (b)` in English, `a（b）` in Chinese.
pub fn paren(lang: Language, a: &str, b: &str) -> String {
    match lang {
        Language::En => format!("{a} ({b})"),
        Language::Zh => format!("{a}（{b}）"),
    }
}

/// What separates the names of a list: `, ` in English, `、` in Chinese.
pub fn comma(lang: Language) -> &'static str {
    match lang {
        Language::En => ", ",
        Language::Zh => "、",
    }
}

/// What separates two clauses of a line: `; ` in English, `；` in Chinese.
pub fn semicolon(lang: Language) -> &'static str {
    match lang {
        Language::En => "; ",
        Language::Zh => "；",
    }
}

/// A number of months as a phrase: "1 month", "13 months", "13 个月".
pub fn months(lang: Language, n: impl Into<i64>) -> String {
    match (lang, n.into()) {
        (Language::En, 1) => "1 month".to_string(),
        (Language::En, n) => format!("{n} months"),
        (Language::Zh, n) => format!("{n} 个月"),
    }
}

/// Sentences as one line: a space between them in English, none in Chinese (each ends in 。).
pub fn sentences(lang: Language, parts: &[String]) -> String {
    match lang {
        Language::En => parts.join(" "),
        Language::Zh => parts.concat(),
    }
}

/// A number of days as a phrase: "1 day", "9 days", "9 天".
pub fn days(lang: Language, n: impl Into<i64>) -> String {
    match (lang, n.into()) {
        (Language::En, 1) => "1 day".to_string(),
        (Language::En, n) => format!("{n} days"),
        (Language::Zh, n) => format!("{n} 天"),
    }
}

/// `s` padded with spaces to `width` display columns (CJK characters count two).
pub fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// A short weekday name, Monday = 0.
pub fn weekday(lang: Language, monday_based: usize) -> &'static str {
    const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const ZH: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
    let i = monday_based % 7;
    match lang {
        Language::En => EN[i],
        Language::Zh => ZH[i],
    }
}

/// A message in a language: its template with the placeholders filled, `{}` by the next
/// argument and `{N}` by argument N. A message without arguments is borrowed as it stands.
///
/// ```
/// use payoff::i18n::{Msg, t};
/// use payoff::model::Language;
///
/// let m = Msg::Saves { amount: "¥10.00", months: 3 };
/// assert_eq!(t(Language::Zh, m), "省 ¥10.00，快 3 个月");
/// ```
///
/// A message given too few arguments (or the wrong kind) does not compile:
///
/// ```compile_fail,E0063
/// use payoff::i18n::{Msg, t};
/// use payoff::model::Language;
///
/// t(Language::Zh, Msg::Saves { amount: "¥10.00" });
/// ```
pub fn t(lang: Language, m: Msg) -> Cow<'static, str> {
    let (en, zh) = catalog::pair(m);
    let template = match lang {
        Language::En => en,
        Language::Zh => zh,
    };
    let args = m.args();
    if args.is_empty() {
        Cow::Borrowed(template)
    } else {
        Cow::Owned(fill(lang, template, &args))
    }
}

/// `template` with its placeholders filled from `args`.
fn fill(lang: Language, template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut rest = template;
    // Each piece is glued on: in Chinese the space a template puts around a placeholder goes
    // where the argument is Chinese on that side ([`spaced`]). Spaces inside a piece (a name
    // the user wrote, table padding) are left alone.
    let push = |out: &mut String, piece: &str| match lang {
        Language::En => out.push_str(piece),
        Language::Zh => glue(out, piece),
    };
    while let Some(open) = rest.find('{') {
        push(&mut out, &rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            push(&mut out, &rest[open..]);
            return out;
        };
        let index = match &after[..close] {
            "" => {
                next += 1;
                Some(next - 1)
            }
            n => n.parse::<usize>().ok(),
        };
        match index.and_then(|i| args.get(i)) {
            Some(a) => push(&mut out, &a.to_string()),
            None => push(&mut out, &rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    push(&mut out, rest);
    out
}

/// Appends `piece` to Chinese text `out`, dropping the one space at the join that Chinese
/// typography does not want: between two Han characters (`白条 的` from `{} 的` with a Chinese
/// name) or beside full-width punctuation (`¥5.00 （2 笔）`).
fn glue(out: &mut String, piece: &str) {
    let stray = |b: char, a: char| (han(b) && han(a)) || wide_mark(b) || wide_mark(a);
    let mut tail = out.chars().rev();
    if let (Some(' '), Some(b), Some(a)) = (tail.next(), tail.next(), piece.chars().next())
        && b != ' '
        && a != ' '
        && stray(b, a)
    {
        out.pop();
    }
    let mut head = piece.chars();
    let piece = match (out.chars().next_back(), head.next(), head.next()) {
        (Some(b), Some(' '), Some(a)) if b != ' ' && a != ' ' && stray(b, a) => &piece[1..],
        _ => piece,
    };
    out.push_str(piece);
}

#[cfg(test)]
mod tests;
