//! What the command line and the app read from the environment (never the core): the locale's
//! language and `NO_COLOR`.

use crate::model::Language;

/// The language when the file names none: `$LC_ALL`, `$LC_MESSAGES` or `$LANG` (`zh*` is
/// Chinese, anything else English).
pub fn locale_language() -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    Language::from_locale(locale.as_deref())
}

/// Whether `NO_COLOR` asks for no colour (any non-empty value, as no-color.org says).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}
