//! Forgiving extraction of a compact token from pasted text: surrounding whitespace and quotes, a `Bearer`
//! prefix, a whole `Authorization: Bearer ...` header line, or an OAuth token response (a JSON object with
//! `access_token`, `id_token` or `refresh_token`). Only the wrapping is forgiven; the token itself is
//! returned byte for byte so the decoder can judge every character of it.

use serde_json::Value;
use std::ops::Range;

/// Where the token was found in the pasted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The text was the token (perhaps with whitespace or quotes around it).
    Plain,
    /// `Bearer <token>`.
    Bearer,
    /// `Authorization: Bearer <token>`.
    AuthorizationHeader,
    /// The named member of a JSON object such as an OAuth token response.
    JsonMember(String),
}

impl Source {
    /// One line for people, or `None` when there is nothing worth saying.
    pub fn describe(&self) -> Option<crate::i18n::Text> {
        match self {
            Source::Plain => None,
            Source::Bearer => Some(crate::text!("source-bearer")),
            Source::AuthorizationHeader => Some(crate::text!("source-authorization")),
            Source::JsonMember(name) => Some(crate::text!("source-json-member", name = name)),
        }
    }
}

/// The token's byte range within the pasted text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub range: Range<usize>,
    pub source: Source,
}

/// Members of a token response, in the order a user most likely means.
const TOKEN_MEMBERS: [&str; 3] = ["access_token", "id_token", "refresh_token"];

pub fn extract(text: &str) -> Extracted {
    if let Some(found) = from_json_object(text) {
        return found;
    }
    let mut range = trimmed(text, 0..text.len());
    range = unquoted(text, range);
    let mut source = Source::Plain;
    if let Some(rest) = strip_prefix_ignore_case(&text[range.clone()], "authorization:") {
        let after_name = range.end - rest.len();
        let header_value = trimmed(text, after_name..range.end);
        if let Some(token) = after_bearer(text, header_value.clone()) {
            return Extracted { range: unquoted(text, token), source: Source::AuthorizationHeader };
        }
        range = header_value;
        source = Source::AuthorizationHeader;
    } else if let Some(token) = after_bearer(text, range.clone()) {
        range = unquoted(text, token);
        source = Source::Bearer;
    }
    Extracted { range, source }
}

fn after_bearer(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let rest = strip_prefix_ignore_case(&text[range.clone()], "bearer")?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some(trimmed(text, range.end - rest.len()..range.end))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

fn unquoted(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    for quote in ['"', '\'', '`'] {
        if slice.len() >= 2 && slice.starts_with(quote) && slice.ends_with(quote) {
            return trimmed(text, range.start + 1..range.end - 1);
        }
    }
    range
}

fn from_json_object(text: &str) -> Option<Extracted> {
    let trimmed_text = text.trim();
    if !trimmed_text.starts_with('{') {
        return None;
    }
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(trimmed_text) else {
        return None;
    };
    let candidates: Vec<(&str, &str)> = TOKEN_MEMBERS
        .iter()
        .filter_map(|name| object.get(*name).and_then(Value::as_str).map(|value| (*name, value)))
        .collect();
    // An opaque refresh token beside a JWT access token is common; prefer whichever looks like a JWT.
    let (name, value) =
        candidates.iter().find(|(_, value)| value.contains('.')).or_else(|| candidates.first()).copied()?;
    let start = find_json_string(text, value)?;
    Some(Extracted { range: start..start + value.len(), source: Source::JsonMember(name.to_owned()) })
}

/// The byte offset of `value` as the contents of a JSON string literal in `text`.
fn find_json_string(text: &str, value: &str) -> Option<usize> {
    let quoted = format!("\"{value}\"");
    text.find(&quoted).map(|at| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_of(text: &str) -> (&str, Source) {
        let found = extract(text);
        (&text[found.range], found.source)
    }

    #[test]
    fn plain_token_is_returned_whole() {
        assert_eq!(token_of("aaa.bbb.ccc"), ("aaa.bbb.ccc", Source::Plain));
    }

    #[test]
    fn whitespace_and_quotes_around_are_dropped() {
        assert_eq!(token_of("  \"aaa.bbb.ccc\"\n"), ("aaa.bbb.ccc", Source::Plain));
        assert_eq!(token_of("'aaa.bbb.ccc'"), ("aaa.bbb.ccc", Source::Plain));
    }

    #[test]
    fn bearer_prefix_in_any_case_with_space_or_tab() {
        assert_eq!(token_of("Bearer aaa.bbb.ccc"), ("aaa.bbb.ccc", Source::Bearer));
        assert_eq!(token_of("bEaReR\taaa.bbb.ccc"), ("aaa.bbb.ccc", Source::Bearer));
    }

    #[test]
    fn bearer_without_separator_is_not_a_prefix() {
        assert_eq!(token_of("Beareraaa.bbb.ccc"), ("Beareraaa.bbb.ccc", Source::Plain));
    }

    #[test]
    fn authorization_header_line() {
        assert_eq!(token_of("Authorization: Bearer aaa.bbb.ccc\r\n"), ("aaa.bbb.ccc", Source::AuthorizationHeader));
        assert_eq!(token_of("authorization:bearer  aaa.bbb"), ("aaa.bbb", Source::AuthorizationHeader));
    }

    #[test]
    fn token_response_prefers_the_jwt_member() {
        let text = r#"{"refresh_token": "opaque", "access_token": "aaa.bbb.ccc", "token_type": "Bearer"}"#;
        assert_eq!(token_of(text), ("aaa.bbb.ccc", Source::JsonMember("access_token".into())));
        let text = r#"{"id_token": "x.y.z"}"#;
        assert_eq!(token_of(text), ("x.y.z", Source::JsonMember("id_token".into())));
    }

    #[test]
    fn inner_whitespace_is_kept_for_the_decoder_to_reject() {
        assert_eq!(token_of("aaa.b bb.ccc"), ("aaa.b bb.ccc", Source::Plain));
    }
}
