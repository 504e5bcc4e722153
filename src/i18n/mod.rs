//! Human text in every language the program speaks. The core never writes a sentence: it returns a `Text`, a
//! message id with its arguments, and the shells render it in the reader's language from the catalogues in
//! `assets/i18n/` (one Fluent file per language, built into the binary). Rendering uses the language of the current
//! thread, which a shell sets once (the command line from `--lang` and the locale, the window from its switch), so
//! `Display` and serialization of a `Text` need no extra argument. Identifiers scripts match (`kind`, `id`,
//! `status`, ...) are never `Text`.

mod catalogue;

use serde::{Serialize, Serializer};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

pub use catalogue::{Catalogue, catalogue};

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The code of `--lang`: `en`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, as a switch offers it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// Reads a language code or a POSIX/BCP 47 locale (`ko`, `ko-KR`, `ko_KR.UTF-8`, `en_US`): its first subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }
}

/// The language a run speaks when nobody chose one: the OS locale's. On Unix the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set decides, as POSIX says (so `LC_ALL=C` means English even with
/// `LANG=ko_KR.UTF-8`); with none set, `system` (the locale Windows and macOS report); else English.
pub fn of_locale(var: impl Fn(&str) -> Option<String>, system: Option<String>) -> Lang {
    let posix =
        ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|name| var(name).filter(|value| !value.is_empty()));
    posix.or(system).and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default()
}

/// The language a run was asked for: `--lang`, else `TOKENSCOPE_LANG` (when it names a language of the catalogues).
pub fn requested(flag: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    flag.or_else(|| var("TOKENSCOPE_LANG").and_then(|value| Lang::from_tag(&value)))
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language texts are rendered in on this thread from now on.
pub fn set_language(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// The language texts are rendered in on this thread.
pub fn language() -> Lang {
    CURRENT.with(Cell::get)
}

/// Runs `work` with texts rendered in `lang`, then restores the language before.
pub fn in_language<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
    let before = language();
    set_language(lang);
    let result = work();
    set_language(before);
    result
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Static(&'static str),
    Int(i64),
    Float(f64),
    /// Seconds since the epoch, written in RFC 3339 (the same in every language).
    Time(f64),
    /// A span of seconds as people say it ("4 min 10 s", "4분 10초").
    Span(f64),
    /// Another message, rendered in the same language.
    Text(Box<Text>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Str(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Str(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Str(text.clone())
    }
}

/// JSON values and errors as they print.
macro_rules! display_args {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(value: $kind) -> Arg {
                Arg::Str(value.to_string())
            }
        }
    )*};
}
display_args!(
    &serde_json::Value,
    &serde_json::Number,
    serde_json::Error,
    std::io::Error,
    &std::io::Error,
    std::path::Display<'_>
);

impl From<Text> for Arg {
    fn from(text: Text) -> Arg {
        Arg::Text(Box::new(text))
    }
}

impl From<&Text> for Arg {
    fn from(text: &Text) -> Arg {
        Arg::Text(Box::new(text.clone()))
    }
}

macro_rules! int_args {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(number: $kind) -> Arg {
                Arg::Int(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i64, i32, u8, u16, u32, u64, usize);

impl From<f64> for Arg {
    fn from(number: f64) -> Arg {
        Arg::Float(number)
    }
}

/// A sentence to be said in the reader's language: a message of the catalogue and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

/// The argument a message made at run time may carry: what to say when no catalogue has the message (a preset's
/// narration, in the language the scenario file is written in).
pub const FALLBACK: &str = "fallback";

impl Text {
    pub fn new(id: &'static str) -> Text {
        Text { id: Cow::Borrowed(id), args: Vec::new() }
    }

    /// A message whose id is made at run time (`preset-normal-use-step-3`), said as `fallback` where no catalogue
    /// has it.
    pub fn lookup(id: String, fallback: impl Into<Arg>) -> Text {
        Text { id: Cow::Owned(id), args: vec![(FALLBACK, fallback.into())] }
    }

    /// A message whose id is made at run time (`claim-exp-title`), with no fallback.
    pub fn named(id: String) -> Text {
        Text { id: Cow::Owned(id), args: Vec::new() }
    }

    /// Words that are not in any catalogue (a name, a message from a library): said as they are in every language.
    pub fn verbatim(words: impl Into<String>) -> Text {
        Text::lookup(String::new(), Arg::Str(words.into()))
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(arg, _)| *arg == name).map(|(_, value)| value)
    }

    /// This text followed by `more`.
    pub fn then(self, more: Text) -> Text {
        Text::new("concat").with("first", self).with("second", more)
    }

    /// The text in `lang`, whatever the thread's language.
    pub fn render_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = catalogue(lang).write(self, &mut out);
        out
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        catalogue(language()).write(self, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Tests and callers compare a text with what it says in the thread's language.
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        let said = self.to_string();
        said.as_str() == *other
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.to_string()
    }
}

impl From<&Text> for String {
    fn from(text: &Text) -> String {
        text.to_string()
    }
}

/// A span of seconds in words: "4 min 10 s", "8 years".
pub fn span(seconds: f64) -> Text {
    Text::new("time-span").with("span", Arg::Span(seconds))
}

/// `text!("id", name = value, ...)`: a `Text` with its arguments.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::new($id)$(.with(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language_by_the_first_subtag() {
        assert_eq!(Lang::from_tag("ko_KR.UTF-8"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), None);
        assert_eq!(Lang::from_tag("fr_FR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    fn vars<'a>(set: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| set.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned())
    }

    #[test]
    fn the_first_locale_variable_set_decides_and_an_unknown_one_means_english() {
        assert_eq!(of_locale(vars(&[("LANG", "ko_KR.UTF-8")]), None), Lang::Ko);
        assert_eq!(of_locale(vars(&[("LC_MESSAGES", "ko_KR.UTF-8"), ("LANG", "en_US.UTF-8")]), None), Lang::Ko);
        assert_eq!(of_locale(vars(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")]), None), Lang::En);
        assert_eq!(of_locale(vars(&[("LC_ALL", ""), ("LANG", "ko_KR.UTF-8")]), None), Lang::Ko);
        assert_eq!(of_locale(vars(&[]), Some("ko-KR".to_owned())), Lang::Ko);
        assert_eq!(of_locale(vars(&[]), None), Lang::En);
    }

    #[test]
    fn the_flag_outranks_the_environment_variable() {
        assert_eq!(requested(Some(Lang::En), vars(&[("TOKENSCOPE_LANG", "ko")])), Some(Lang::En));
        assert_eq!(requested(None, vars(&[("TOKENSCOPE_LANG", "ko")])), Some(Lang::Ko));
        assert_eq!(requested(None, vars(&[("TOKENSCOPE_LANG", "xx")])), None);
        assert_eq!(requested(None, vars(&[])), None);
    }

    #[test]
    fn a_text_renders_in_the_thread_language_and_serializes_as_a_string() {
        let text = crate::text!("test-greeting", name = "Kim");
        assert_eq!(in_language(Lang::En, || text.to_string()), "Hello, Kim");
        assert_eq!(in_language(Lang::Ko, || serde_json::to_string(&text).unwrap()), "\"Kim 님, 안녕하세요\"");
        assert_eq!(language(), Lang::En, "the language before is restored");
    }
}
