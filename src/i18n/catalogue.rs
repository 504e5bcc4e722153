//! The message catalogues: `assets/i18n/<code>.ftl`, read with the Fluent project's own parser (`fluent-syntax`) into
//! patterns and rendered here. Only the part of Fluent the catalogues use is rendered: text, `{ $variable }`,
//! `{ message-id }` and selectors on a variable (plural categories or literal keys). `fluent-bundle`'s general
//! formatter costs about 230 ns a message, a quarter of what `verify --batch` may spend on a whole token; walking
//! these patterns costs a few tens.

use super::{Arg, Lang, Text};
use fluent_syntax::ast;
use std::collections::HashMap;
use std::fmt::{self, Write};
use std::sync::OnceLock;

const SOURCES: [(Lang, &str); 2] =
    [(Lang::En, include_str!("../../assets/i18n/en.ftl")), (Lang::Ko, include_str!("../../assets/i18n/ko.ftl"))];

/// One part of a message's pattern.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Variable(String),
    Message(String),
    Select { variable: String, variants: Vec<(String, Vec<Piece>)>, default: usize },
}

/// The messages of one language.
#[derive(Debug, Default)]
pub struct Catalogue {
    lang: Lang,
    messages: HashMap<String, Vec<Piece>>,
    /// What the parser could not read, as `line: text`, for the test that every catalogue is whole.
    problems: Vec<String>,
}

static CATALOGUES: [OnceLock<Catalogue>; 2] = [OnceLock::new(), OnceLock::new()];

/// The catalogue of `lang`, read on first use.
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    let index = Lang::ALL.iter().position(|other| *other == lang).unwrap_or(0);
    CATALOGUES[index].get_or_init(|| {
        let source = SOURCES.iter().find(|(other, _)| *other == lang).map_or("", |(_, source)| *source);
        Catalogue::parse(lang, source)
    })
}

impl Catalogue {
    pub fn parse(lang: Lang, source: &str) -> Catalogue {
        let (resource, errors) = match fluent_syntax::parser::parse(source) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let mut catalogue = Catalogue { lang, ..Catalogue::default() };
        catalogue.problems = errors.iter().map(|error| format!("{error:?}")).collect();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    if let Some(pattern) = &message.value {
                        catalogue.messages.insert(message.id.name.to_owned(), pieces(pattern));
                    }
                }
                ast::Entry::Junk { content } => catalogue.problems.push(content.to_owned()),
                _ => {}
            }
        }
        catalogue
    }

    /// Every message id, for the test that every language has every message.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// What the parser could not read.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Writes `text`; a message this language lacks is written in English, and one no catalogue has as its
    /// fallback (or, without one, as its id).
    pub fn write(&self, text: &Text, out: &mut dyn Write) -> fmt::Result {
        match self.messages.get(text.id()) {
            Some(pattern) => self.write_pattern(pattern, text, out),
            None if self.lang != Lang::En => catalogue(Lang::En).write(text, out),
            None => match text.arg(super::FALLBACK) {
                Some(fallback) => self.write_arg(fallback, out),
                None => out.write_str(text.id()),
            },
        }
    }

    fn write_pattern(&self, pattern: &[Piece], text: &Text, out: &mut dyn Write) -> fmt::Result {
        for piece in pattern {
            match piece {
                Piece::Text(literal) => out.write_str(literal)?,
                Piece::Variable(name) => match text.arg(name) {
                    Some(value) => self.write_arg(value, out)?,
                    None => write!(out, "{{${name}}}")?,
                },
                Piece::Message(id) => match self.messages.get(id.as_str()) {
                    Some(pattern) => self.write_pattern(pattern, text, out)?,
                    None => out.write_str(id)?,
                },
                Piece::Select { variable, variants, default } => {
                    let chosen = text.arg(variable).and_then(|value| self.variant(value, variants));
                    if let Some((_, pattern)) = variants.get(chosen.unwrap_or(*default)) {
                        self.write_pattern(pattern, text, out)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The variant a value selects: the one named by the value itself, else its plural category.
    fn variant(&self, value: &Arg, variants: &[(String, Vec<Piece>)]) -> Option<usize> {
        let key = match value {
            Arg::Str(text) => text.clone(),
            Arg::Static(text) => (*text).to_owned(),
            Arg::Int(number) => number.to_string(),
            Arg::Float(number) => number.to_string(),
            _ => return None,
        };
        variants.iter().position(|(name, _)| *name == key).or_else(|| {
            let number = match value {
                Arg::Int(number) => *number as f64,
                Arg::Float(number) => *number,
                _ => return None,
            };
            let category = self.plural_category(number);
            variants.iter().position(|(name, _)| name == category)
        })
    }

    /// CLDR plural categories of the catalogue languages: English tells one from other; Korean has no plurals.
    fn plural_category(&self, number: f64) -> &'static str {
        match self.lang {
            Lang::En if number == 1.0 => "one",
            _ => "other",
        }
    }

    fn write_arg(&self, value: &Arg, out: &mut dyn Write) -> fmt::Result {
        match value {
            Arg::Str(text) => out.write_str(text),
            Arg::Static(text) => out.write_str(text),
            Arg::Int(number) => write!(out, "{number}"),
            Arg::Float(number) => write!(out, "{number}"),
            Arg::Time(seconds) => write!(out, "{}", crate::jose::time::Utc3339(*seconds)),
            Arg::Span(seconds) => self.write_span(*seconds, out),
            Arg::Text(inner) => self.write(inner, out),
        }
    }

    /// A span the way people say it: the largest unit and the one under it ("4 min 10 s"), or whole years.
    fn write_span(&self, seconds: f64, out: &mut dyn Write) -> fmt::Result {
        const MINUTE: u64 = 60;
        const HOUR: u64 = 3600;
        const DAY: u64 = 86_400;
        const YEAR: u64 = 31_557_600;
        // `as` saturates: a span past u64 is as many years as there can be.
        let total = seconds.abs().floor() as u64;
        let span = |id: &'static str, big: (&'static str, u64), small: Option<(&'static str, u64)>| {
            let mut text = Text::new(id).with(big.0, big.1);
            if let Some((name, value)) = small {
                text = text.with(name, value);
            }
            text
        };
        let text = if total < MINUTE {
            span("span-s", ("s", total), None)
        } else if total < HOUR {
            let (minutes, rest) = (total / MINUTE, total % MINUTE);
            if rest == 0 {
                span("span-min", ("min", minutes), None)
            } else {
                span("span-min-s", ("min", minutes), Some(("s", rest)))
            }
        } else if total < DAY {
            let (hours, rest) = (total / HOUR, total % HOUR / MINUTE);
            if rest == 0 {
                span("span-h", ("h", hours), None)
            } else {
                span("span-h-min", ("h", hours), Some(("min", rest)))
            }
        } else if total < YEAR {
            let (days, rest) = (total / DAY, total % DAY / HOUR);
            if rest == 0 { span("span-d", ("d", days), None) } else { span("span-d-h", ("d", days), Some(("h", rest))) }
        } else {
            span("span-years", ("years", total / YEAR), None)
        };
        self.write(&text, out)
    }
}

fn pieces(pattern: &ast::Pattern<&str>) -> Vec<Piece> {
    pattern
        .elements
        .iter()
        .filter_map(|element| match element {
            ast::PatternElement::TextElement { value } => Some(Piece::Text((*value).to_owned())),
            ast::PatternElement::Placeable { expression } => expression_piece(expression),
        })
        .collect()
}

fn expression_piece(expression: &ast::Expression<&str>) -> Option<Piece> {
    match expression {
        ast::Expression::Inline(inline) => inline_piece(inline),
        ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id }, variants } => {
            Some(Piece::Select {
                variable: id.name.to_owned(),
                default: variants.iter().position(|variant| variant.default).unwrap_or(0),
                variants: variants
                    .iter()
                    .map(|variant| {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => (*name).to_owned(),
                            ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        };
                        (key, pieces(&variant.value))
                    })
                    .collect(),
            })
        }
        ast::Expression::Select { .. } => None,
    }
}

fn inline_piece(inline: &ast::InlineExpression<&str>) -> Option<Piece> {
    match inline {
        ast::InlineExpression::StringLiteral { value } => Some(Piece::Text(unescape(value))),
        ast::InlineExpression::NumberLiteral { value } => Some(Piece::Text((*value).to_owned())),
        ast::InlineExpression::VariableReference { id } => Some(Piece::Variable(id.name.to_owned())),
        ast::InlineExpression::MessageReference { id, attribute: None } => Some(Piece::Message(id.name.to_owned())),
        ast::InlineExpression::Placeable { expression } => expression_piece(expression),
        _ => None,
    }
}

/// A Fluent string literal's escapes (`{"\""}`, `{"\\"}`, `{"\u0020"}`) turned into the characters they stand for.
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('u')) => {
                chars.next();
                let digits: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32));
            }
            ('\\', Some(escaped)) => {
                chars.next();
                out.push(escaped);
            }
            (c, _) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(source: &str, lang: Lang, text: &Text) -> String {
        let mut out = String::new();
        Catalogue::parse(lang, source).write(text, &mut out).unwrap();
        out
    }

    #[test]
    fn text_variables_references_and_selectors_render() {
        let source = "greet = Hi { $name }, { other }!\nother = friend\ncount = { $n ->\n    [one] one key\n   *[other] { $n } keys\n}\nliteral = a {\"{\"}brace{\"}\"} and {\"\\u0041\"}\n";
        assert_eq!(render(source, Lang::En, &crate::text!("greet", name = "Kim")), "Hi Kim, friend!");
        assert_eq!(render(source, Lang::En, &crate::text!("count", n = 1)), "one key");
        assert_eq!(render(source, Lang::En, &crate::text!("count", n = 3)), "3 keys");
        assert_eq!(render(source, Lang::Ko, &crate::text!("count", n = 1)), "1 keys", "Korean has no plural one");
        assert_eq!(render(source, Lang::En, &crate::text!("literal")), "a {brace} and A");
        assert_eq!(render(source, Lang::En, &crate::text!("greet")), "Hi {$name}, friend!");
    }

    #[test]
    fn spans_read_like_people_say_them_in_both_languages() {
        let span = |seconds: f64, lang: Lang| crate::text!("test-span", span = Arg::Span(seconds)).render_in(lang);
        assert_eq!(span(45.0, Lang::En), "45 s");
        assert_eq!(span(250.0, Lang::En), "4 min 10 s");
        assert_eq!(span(240.0, Lang::En), "4 min");
        assert_eq!(span(7500.0, Lang::En), "2 h 5 min");
        assert_eq!(span(3.0 * 86400.0 + 4.0 * 3600.0, Lang::En), "3 d 4 h");
        assert_eq!(span(8.9 * 365.25 * 86400.0, Lang::En), "8 years");
        assert_eq!(span(1.2 * 365.25 * 86400.0, Lang::En), "1 year");
        assert_eq!(span(-61.0, Lang::En), "1 min 1 s");
        assert_eq!(span(250.0, Lang::Ko), "4분 10초");
        assert_eq!(span(8.9 * 365.25 * 86400.0, Lang::Ko), "8년");
    }
}
