//! The decoder: splits a compact JWS or JWE into its parts (with their places in the pasted text, so the
//! window can colour them), decodes every part that can be decoded, and reports the first malformed part
//! with the character at fault. Nothing here checks a signature or a claim.

use super::algorithm::{Algorithm, Family};
use super::b64;
use super::error::{Problem, Segment};
use super::extract::{self, Source};
use super::json;
use crate::i18n::Text;
use crate::text;
use serde_json::{Map, Value};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A signed token (or an unsecured one, `alg: none`): header.payload.signature.
    Jws,
    /// An encrypted token: header.encrypted_key.iv.ciphertext.tag. Shown, never decrypted.
    Jwe,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Jws => "jws",
            TokenKind::Jwe => "jwe",
        }
    }
}

/// One dot-separated part of the token and its byte range in the text that was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub segment: Segment,
    pub range: Range<usize>,
    /// The part's bytes when its base64url decoded.
    pub bytes: Option<Vec<u8>>,
}

/// Everything that could be read from a token, plus the problems found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub source: Source,
    /// The token's byte range in the text that was decoded.
    pub token_range: Range<usize>,
    /// The token itself, without whatever wrapped it.
    pub token: String,
    pub kind: TokenKind,
    pub parts: Vec<Part>,
    /// The protected header, when it is a JSON object.
    pub header: Option<Map<String, Value>>,
    /// The payload as JSON when it is JSON (of any type), last member winning on repeated names.
    pub payload_json: Option<Value>,
    /// Repeated member names in the payload, if it is JSON.
    pub payload_duplicates: Vec<String>,
    /// Every malformed part, in the order of the text.
    pub problems: Vec<Problem>,
    /// Character index of the token's first byte in the text that was decoded.
    token_char_start: usize,
}

impl Decoded {
    /// The first thing wrong with the token, if anything.
    pub fn problem(&self) -> Option<&Problem> {
        self.problems.first()
    }

    pub fn is_malformed(&self) -> bool {
        !self.problems.is_empty()
    }

    pub fn part(&self, segment: Segment) -> Option<&Part> {
        self.parts.iter().find(|part| part.segment == segment)
    }

    /// The payload as received (RFC 7797 `b64: false` payloads included). For a JWE this is `None`.
    pub fn payload_bytes(&self) -> Option<&[u8]> {
        match self.kind {
            TokenKind::Jws => self.part(Segment::Payload)?.bytes.as_deref(),
            TokenKind::Jwe => None,
        }
    }

    pub fn payload_text(&self) -> Option<&str> {
        std::str::from_utf8(self.payload_bytes()?).ok()
    }

    pub fn signature_bytes(&self) -> Option<&[u8]> {
        self.part(Segment::Signature)?.bytes.as_deref()
    }

    /// The payload when it is a JSON object: the claims set.
    pub fn claims(&self) -> Option<&Map<String, Value>> {
        self.payload_json.as_ref()?.as_object()
    }

    /// A header parameter by name.
    pub fn header_member(&self, name: &str) -> Option<&Value> {
        let header = self.header.as_ref()?;
        // Headers hold a handful of members: comparing names is cheaper than hashing one, and verifying a token
        // looks up several.
        if header.len() <= 8 {
            header.iter().find(|(member, _)| *member == name).map(|(_, value)| value)
        } else {
            header.get(name)
        }
    }

    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.header_member(name)?.as_str()
    }

    pub fn alg(&self) -> Option<&str> {
        self.header_str("alg")
    }

    pub fn kid(&self) -> Option<&str> {
        self.header_str("kid")
    }

    /// `alg: none` in any letter case: a token nobody signed.
    pub fn is_unsecured(&self) -> bool {
        self.alg().is_some_and(|alg| alg.eq_ignore_ascii_case("none"))
    }

    /// Whether checking this token takes an HMAC secret rather than a public key: an HS* token, and also one whose
    /// algorithm is missing or unknown (a secret is what people most often have at hand).
    pub fn needs_secret(&self) -> bool {
        self.alg().and_then(Algorithm::from_name).is_none_or(|alg| alg.family() == Family::Hmac)
    }

    /// The payload as it can be shown: see `PayloadView`.
    pub fn payload_view(&self) -> PayloadView<'_> {
        if self.kind == TokenKind::Jwe {
            return PayloadView::Encrypted;
        }
        match (&self.payload_json, self.payload_bytes()) {
            (Some(value), _) => PayloadView::Json(value),
            (None, Some(bytes)) => {
                let shown = &bytes[..bytes.len().min(PREVIEW_LIMIT)];
                match std::str::from_utf8(bytes) {
                    Ok(text) => {
                        let cut = (0..=shown.len()).rev().find(|at| text.is_char_boundary(*at)).unwrap_or(0);
                        PayloadView::Text { text: &text[..cut], total: bytes.len() }
                    }
                    Err(_) => PayloadView::Bytes { hex: super::encode::hex(shown), total: bytes.len() },
                }
            }
            (None, None) => PayloadView::Unreadable,
        }
    }

    /// The sizes of the parts after the header, in order: for a JWE, what each of its four binary parts holds.
    pub fn part_sizes(&self) -> impl Iterator<Item = (Segment, Option<usize>)> + '_ {
        self.parts.iter().skip(1).map(|part| (part.segment, part.bytes.as_ref().map(Vec::len)))
    }

    /// `cty: JWT`: the payload is itself a token.
    pub fn is_nested(&self) -> bool {
        self.header_str("cty").is_some_and(|cty| cty.eq_ignore_ascii_case("JWT"))
    }

    /// RFC 7797: `b64: false` means the payload segment is the payload itself.
    pub fn is_unencoded_payload(&self) -> bool {
        self.header_member("b64") == Some(&Value::Bool(false))
    }

    /// The JWS signing input (`header.payload` exactly as received), when the token has both parts.
    pub fn signing_input(&self) -> Option<&str> {
        let header = self.part(Segment::Header)?;
        let payload = self.part(Segment::Payload)?;
        let start = header.range.start - self.token_range.start;
        let end = payload.range.end - self.token_range.start;
        self.token.get(start..end)
    }

    /// The signature segment's text exactly as received.
    pub fn signature_text(&self) -> Option<&str> {
        let part = self.part(Segment::Signature)?;
        self.token.get(part.range.start - self.token_range.start..part.range.end - self.token_range.start)
    }

    /// Character index in the decoded text of a byte index inside the token.
    pub fn char_offset(&self, byte_in_text: usize) -> usize {
        let within = byte_in_text.saturating_sub(self.token_range.start);
        let head = self.token.get(..within.min(self.token.len())).unwrap_or("");
        self.token_char_start + if head.is_ascii() { head.len() } else { head.chars().count() }
    }
}

/// The most of a payload that is not JSON that is shown, as text or as hex, in the window and on the terminal.
pub const PREVIEW_LIMIT: usize = 16 * 1024;

/// How a payload can be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum PayloadView<'a> {
    /// JSON of any type (a claims set is an object).
    Json(&'a Value),
    /// UTF-8 text that is not JSON, at most `PREVIEW_LIMIT` bytes of it; `total` is its whole length in bytes.
    Text { text: &'a str, total: usize },
    /// Other bytes: the first `PREVIEW_LIMIT` of them in hex; `total` is the whole length.
    Bytes { hex: String, total: usize },
    /// A JWE: the payload cannot be read without decrypting.
    Encrypted,
    /// The payload segment is not base64url.
    Unreadable,
}

impl PayloadView<'_> {
    /// Whether part of the payload was left out.
    pub fn is_cut(&self) -> bool {
        match self {
            PayloadView::Text { text, total } => text.len() < *total,
            PayloadView::Bytes { hex, total } => hex.len() / 2 < *total,
            _ => false,
        }
    }
}

const JWS_SEGMENTS: [Segment; 3] = [Segment::Header, Segment::Payload, Segment::Signature];
const JWE_SEGMENTS: [Segment; 5] =
    [Segment::Header, Segment::EncryptedKey, Segment::Iv, Segment::Ciphertext, Segment::Tag];

/// Decodes whatever token the text holds (see `extract` for what wrapping is forgiven).
pub fn decode(text: &str) -> Decoded {
    let extracted = extract::extract(text);
    let token = &text[extracted.range.clone()];
    let base = extracted.range.start;
    let mut decoded = Decoded {
        source: extracted.source,
        token_range: extracted.range.clone(),
        token: token.to_owned(),
        kind: TokenKind::Jws,
        parts: Vec::new(),
        header: None,
        payload_json: None,
        payload_duplicates: Vec::new(),
        problems: Vec::new(),
        token_char_start: text[..base].chars().count(),
    };
    if token.is_empty() {
        let at = decoded.char_offset(base);
        decoded.problems.push(Problem::malformed(Segment::Token, at, text!("decode-empty")));
        return decoded;
    }

    let pieces: Vec<Range<usize>> = split_ranges(token, base);
    let layout: &[Segment] = if pieces.len() == 5 {
        decoded.kind = TokenKind::Jwe;
        &JWE_SEGMENTS
    } else {
        &JWS_SEGMENTS
    };
    for (range, segment) in pieces.iter().zip(layout) {
        decoded.parts.push(Part { segment: *segment, range: range.clone(), bytes: None });
    }

    decode_header(&mut decoded, text);
    if decoded.kind == TokenKind::Jwe && decoded.header.is_some() && decoded.header_member("enc").is_none() {
        let at = decoded.char_offset(decoded.parts[0].range.start);
        decoded.problems.push(Problem::malformed(Segment::Header, at, text!("decode-five-parts-without-enc")));
    }
    let unencoded_payload = decoded.is_unencoded_payload();
    for index in 1..decoded.parts.len() {
        let part = &decoded.parts[index];
        let segment_text = &text[part.range.clone()];
        if part.segment == Segment::Payload && unencoded_payload {
            decoded.parts[index].bytes = Some(segment_text.as_bytes().to_vec());
            continue;
        }
        match b64::decode(segment_text) {
            Ok(bytes) => decoded.parts[index].bytes = Some(bytes),
            Err(error) => {
                let at = decoded.char_offset(part.range.start + error.at);
                let message = text!("decode-not-base64url", part = part.segment.label(), why = error.message);
                decoded.problems.push(Problem::malformed(part.segment, at, message));
            }
        }
    }
    if let Some(bytes) = decoded.payload_bytes()
        && let Ok(parsed) = json::parse(bytes)
    {
        decoded.payload_json = Some(parsed.value);
        decoded.payload_duplicates = parsed.duplicates;
    }

    if let Some(problem) = count_problem(&decoded, token, base, pieces.len()) {
        decoded.problems.push(problem);
    }
    decoded.problems.sort_by_key(|problem| problem.offset);
    decoded
}

fn split_ranges(token: &str, base: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(5);
    let mut start = 0;
    for (at, _) in token.match_indices('.') {
        ranges.push(base + start..base + at);
        start = at + 1;
    }
    ranges.push(base + start..base + token.len());
    ranges
}

fn decode_header(decoded: &mut Decoded, text: &str) {
    let part = &decoded.parts[0];
    let start = decoded.char_offset(part.range.start);
    let bytes = match b64::decode(&text[part.range.clone()]) {
        Ok(bytes) => bytes,
        Err(error) => {
            let at = decoded.char_offset(part.range.start + error.at);
            let message = text!("decode-not-base64url", part = Segment::Header.label(), why = error.message);
            decoded.problems.push(Problem::malformed(Segment::Header, at, message));
            return;
        }
    };
    // The parser checks UTF-8 inside strings, and a stray byte outside one is a syntax error, so UTF-8 is only
    // looked at to say why a header did not parse.
    let outcome = match json::parse(&bytes) {
        Err(error) => Err(match std::str::from_utf8(&bytes) {
            Err(invalid) => text!("decode-header-not-utf8", at = invalid.valid_up_to()),
            Ok(_) => text!("decode-header-not-json", why = error.to_string()),
        }),
        Ok(parsed) => match parsed.value {
            Value::Object(object) => {
                decoded.header = Some(object);
                match parsed.duplicates.first() {
                    Some(name) => Err(text!("decode-header-repeats", name = name)),
                    None => Ok(()),
                }
            }
            other => Err(text!("decode-header-not-object", found = json_type_name(&other))),
        },
    };
    decoded.parts[0].bytes = Some(bytes);
    if let Err(message) = outcome {
        decoded.problems.push(Problem::malformed(Segment::Header, start, message));
    }
}

fn count_problem(decoded: &Decoded, token: &str, base: usize, count: usize) -> Option<Problem> {
    match count {
        3 | 5 => None,
        1 | 2 => {
            let missing = JWS_SEGMENTS[count];
            let at = decoded.char_offset(base + token.len());
            Some(Problem::malformed(missing, at, text!("decode-part-missing", part = missing.label(), count = count)))
        }
        _ => {
            // Point at the dot that starts the part no layout allows.
            let extra_dot = token.match_indices('.').nth(if count == 4 { 2 } else { 4 }).map(|(at, _)| at)?;
            let at = decoded.char_offset(base + extra_dot);
            Some(Problem::malformed(Segment::Token, at, text!("decode-part-count", count = count)))
        }
    }
}

/// "a string", "an object": what a JSON value is, for messages.
pub fn json_type_name(value: &Value) -> Text {
    Text::new(match value {
        Value::Null => "json-null",
        Value::Bool(_) => "json-boolean",
        Value::Number(_) => "json-number",
        Value::String(_) => "json-string",
        Value::Array(_) => "json-array",
        Value::Object(_) => "json-object",
    })
}
