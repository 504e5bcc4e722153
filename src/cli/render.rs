//! Rendering core results for the terminal: the JSON members shared by `decode` and `verify`, problems as
//! JSON objects, and a caret line that points at the character where a malformed token goes wrong.

use crate::jose::{Decoded, Problem, TokenKind, b64};
use serde::Serialize;
use serde_json::{Map, Value};

/// `kind`, `alg`, `kid`, `header` and `payload` (plus `payload_text` or `payload_b64url` for a payload
/// that is not a JSON object), as DESIGN.md's verify object has them, borrowed from the decoded token so
/// that printing many of them copies nothing.
#[derive(Serialize)]
pub struct TokenMembers<'a> {
    pub kind: &'static str,
    /// What kind of JWT it is (DESIGN.md, "Token profiles").
    pub profile: &'static str,
    pub alg: Option<&'a str>,
    pub kid: Option<&'a str>,
    pub header: Option<&'a Map<String, Value>>,
    pub payload: Option<&'a Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload_b64url: Option<String>,
}

pub fn token_members(decoded: &Decoded) -> TokenMembers<'_> {
    let mut members = TokenMembers {
        kind: decoded.kind.as_str(),
        profile: crate::jose::profile::detect(decoded).as_str(),
        alg: decoded.alg(),
        kid: decoded.kid(),
        header: decoded.header.as_ref(),
        payload: None,
        payload_text: None,
        payload_b64url: None,
    };
    if decoded.kind == TokenKind::Jws {
        members.payload = decoded.claims();
        if members.payload.is_none() {
            members.payload_text = decoded.payload_text();
            if members.payload_text.is_none() {
                members.payload_b64url = decoded.payload_bytes().map(b64::encode);
            }
        }
    }
    members
}

/// Serializes a result object; these structures always serialize, so failure would be a bug.
pub fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|error| format!("{{\"error\":\"{error}\"}}"))
}

pub fn problem_json(problem: &Problem) -> Value {
    serde_json::to_value(problem).unwrap_or(Value::Null)
}

/// Two lines: an excerpt of the input around the character at fault, and a caret under it.
pub fn caret(input: &str, char_offset: usize) -> String {
    const CONTEXT: usize = 32;
    let chars: Vec<char> = input.chars().collect();
    let start = char_offset.saturating_sub(CONTEXT);
    let end = (char_offset + CONTEXT).min(chars.len());
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < chars.len() { "…" } else { "" };
    let excerpt: String =
        chars[start..end].iter().map(|c| if c.is_control() || *c == '\u{a0}' { '·' } else { *c }).collect();
    let pad = prefix.chars().count() + (char_offset - start);
    format!("  {prefix}{excerpt}{suffix}\n  {}^", " ".repeat(pad))
}

/// Pretty JSON with two-space indentation.
pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// The problem on stderr, with a caret under the character at fault.
pub fn print_problem(input: &str, problem: &Problem) {
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "tokenscope: {problem}");
    if let Some(offset) = problem.offset {
        let _ = writeln!(stderr, "{}", caret(input, offset));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_points_under_the_offending_character() {
        assert_eq!(caret("abc=def", 3), "  abc=def\n     ^");
    }

    #[test]
    fn caret_elides_long_input() {
        let input = "a".repeat(100);
        let lines = caret(&input, 50);
        assert!(lines.starts_with("  …"));
        assert!(lines.lines().nth(1).unwrap().ends_with(&format!("{}^", " ".repeat(33))));
    }
}
