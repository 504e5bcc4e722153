//! Strict base64url as RFC 7515 section 2 defines it for JWS: the URL-safe alphabet, no padding, no
//! whitespace, and no non-zero unused bits in the last character. A failure names the character at fault
//! (as a byte index into the segment) with a hint for the usual mistakes.

use crate::i18n::Text;
use crate::text;
use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// Unpadded base64url that rejects padding and trailing bits.
pub const STRICT: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(false),
);

#[derive(Debug, Clone, PartialEq)]
pub struct Base64Error {
    /// Byte index in the segment of the first character at fault.
    pub at: usize,
    pub message: Text,
}

pub fn encode(bytes: &[u8]) -> String {
    STRICT.encode(bytes)
}

pub fn decode(segment: &str) -> Result<Vec<u8>, Base64Error> {
    // The common case, a well-formed segment, costs one pass; only a failure is looked at closely.
    STRICT.decode(segment).map_err(|error| explain(segment, error))
}

/// Why `segment` is not strict base64url, pointing at the first character at fault.
fn explain(segment: &str, error: base64::DecodeError) -> Base64Error {
    if let Some((at, c)) = segment.char_indices().find(|(_, c)| !is_base64url_char(*c)) {
        return Base64Error { at, message: invalid_char_message(c) };
    }
    if segment.len() % 4 == 1 {
        return Base64Error { at: segment.len() - 1, message: text!("b64-incomplete", count = segment.len()) };
    }
    match error {
        base64::DecodeError::InvalidLastSymbol(at, _) => Base64Error { at, message: text!("b64-trailing-bits") },
        other => Base64Error { at: segment.len().saturating_sub(1), message: Text::verbatim(other.to_string()) },
    }
}

pub fn is_base64url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn invalid_char_message(c: char) -> Text {
    match c {
        '=' => text!("b64-padding"),
        '+' | '/' => text!("b64-standard-alphabet", char = c.to_string()),
        c if c.is_whitespace() => text!("b64-whitespace", char = c.escape_debug().to_string()),
        c if c.is_control() => text!("b64-control", code = format!("{:04X}", c as u32)),
        c => text!("b64-not-base64url", char = c.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_without_padding() {
        assert_eq!(encode(b"{\"a\":1}"), "eyJhIjoxfQ");
        assert_eq!(decode("eyJhIjoxfQ").unwrap(), b"{\"a\":1}");
        assert_eq!(decode("").unwrap(), b"");
    }

    #[test]
    fn padding_is_rejected_at_the_equals_sign() {
        let error = decode("eyJhIjoxfQ==").unwrap_err();
        assert_eq!(error.at, 10);
        assert_eq!(error.message.to_string(), "'=' padding is not allowed in base64url");
    }

    #[test]
    fn standard_alphabet_is_rejected_with_a_hint() {
        let error = decode("ab+c").unwrap_err();
        assert_eq!(error.at, 2);
        assert!(error.message.to_string().contains("standard base64"));
    }

    #[test]
    fn impossible_length_points_at_the_last_character() {
        assert_eq!(decode("abcde").unwrap_err().at, 4);
    }

    #[test]
    fn non_zero_unused_bits_are_rejected() {
        // "QQ" is the canonical encoding of "A"; "QR" carries stray bits.
        assert_eq!(decode("QQ").unwrap(), b"A");
        let error = decode("QR").unwrap_err();
        assert_eq!(error.at, 1);
    }

    #[test]
    fn multibyte_character_is_reported_at_its_byte_index() {
        assert_eq!(decode("ab€d").unwrap_err().at, 2);
    }
}
