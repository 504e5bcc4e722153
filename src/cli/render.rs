//! Rendering core results for the terminal: the JSON members shared by `decode` and `verify`, problems as
//! JSON objects, and a caret line that points at the character where a malformed token goes wrong.

use crate::jose::{Decoded, Problem, TokenKind, b64};
use serde_json::{Map, Value, json};

/// `kind`, `alg`, `kid`, `header` and `payload` (plus `payload_text` or `payload_b64url` for a payload
/// that is not a JSON object), as DESIGN.md's verify object has them.
pub fn token_members(decoded: &Decoded) -> Map<String, Value> {
    let mut object = Map::new();
    object.insert("kind".into(), json!(decoded.kind.as_str()));
    object.insert(
        "alg".into(),
        decoded.alg().map_or(Value::Null, |alg| json!(alg)),
    );
    object.insert(
        "kid".into(),
        decoded.kid().map_or(Value::Null, |kid| json!(kid)),
    );
    object.insert(
        "header".into(),
        decoded.header.clone().map_or(Value::Null, Value::Object),
    );
    match (decoded.kind, decoded.claims()) {
        (TokenKind::Jws, Some(claims)) => {
            object.insert("payload".into(), Value::Object(claims.clone()));
        }
        (TokenKind::Jws, None) => {
            object.insert("payload".into(), Value::Null);
            if let Some(text) = decoded.payload_text() {
                object.insert("payload_text".into(), json!(text));
            } else if let Some(bytes) = decoded.payload_bytes() {
                object.insert("payload_b64url".into(), json!(b64::encode(bytes)));
            }
        }
        (TokenKind::Jwe, _) => {
            object.insert("payload".into(), Value::Null);
        }
    }
    object
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
    let excerpt: String = chars[start..end]
        .iter()
        .map(|c| {
            if c.is_control() || *c == '\u{a0}' {
                '·'
            } else {
                *c
            }
        })
        .collect();
    let pad = prefix.chars().count() + (char_offset - start);
    format!("  {prefix}{excerpt}{suffix}\n  {}^", " ".repeat(pad))
}

/// Pretty JSON with two-space indentation.
pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

pub fn print_problem(input: &str, problem: &Problem) {
    eprintln!("tokenscope: {problem}");
    if let Some(offset) = problem.offset {
        eprintln!("{}", caret(input, offset));
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
        assert!(
            lines
                .lines()
                .nth(1)
                .unwrap()
                .ends_with(&format!("{}^", " ".repeat(33)))
        );
    }
}
