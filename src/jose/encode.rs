//! Making tokens: sign a header and claims with any supported algorithm, re-sign an edited token, keep
//! an old signature on purpose (to show that tampering breaks it), and the step-by-step account of how an
//! HMAC signature is computed, for teaching.

use super::algorithm::{Algorithm, Family};
use super::b64;
use super::decode::Decoded;
use super::error::Segment;
use super::keys::{Key, KeySet};
use super::signature;
use crate::i18n::Text;
use crate::text;
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub enum EncodeError {
    HeaderNotObject,
    AlgConflict { found: String, wanted: Algorithm },
    Key(Text),
    Json { part: Segment, message: String },
}

impl EncodeError {
    pub fn text(&self) -> Text {
        match self {
            EncodeError::HeaderNotObject => text!("encode-header-not-object"),
            EncodeError::AlgConflict { found, wanted } => {
                text!("encode-alg-conflict", found = found, wanted = wanted.name())
            }
            EncodeError::Key(text) => text.clone(),
            EncodeError::Json { part, message } => text!("encode-not-json", part = part.label(), why = message),
        }
    }
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for EncodeError {}

/// A signed token and the exact header and payload it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    pub token: String,
    pub header: Map<String, Value>,
    pub payload: Value,
}

/// The header with `alg` set to `alg`: kept in place when present (and equal), else put first.
pub fn header_with_alg(header: &Map<String, Value>, alg: Algorithm) -> Result<Map<String, Value>, EncodeError> {
    match header.get("alg") {
        Some(Value::String(found)) if found == alg.name() => Ok(header.clone()),
        Some(found) => Err(EncodeError::AlgConflict {
            found: found.as_str().map_or_else(|| found.to_string(), str::to_owned),
            wanted: alg,
        }),
        None => {
            let mut with_alg = Map::new();
            with_alg.insert("alg".into(), Value::String(alg.name().into()));
            with_alg.extend(header.clone());
            Ok(with_alg)
        }
    }
}

/// Signs `payload` (any JSON; a claims object normally) under `header` with `key`.
pub fn encode(header: &Map<String, Value>, payload: &Value, alg: Algorithm, key: &Key) -> Result<Encoded, EncodeError> {
    let header = header_with_alg(header, alg)?;
    let header_text = serde_json::to_string(&header)
        .map_err(|error| EncodeError::Json { part: Segment::Header, message: error.to_string() })?;
    let payload_text = serde_json::to_string(payload)
        .map_err(|error| EncodeError::Json { part: Segment::Payload, message: error.to_string() })?;
    let token = sign_texts(&header_text, &payload_text, alg, key)?;
    Ok(Encoded { token, header, payload: payload.clone() })
}

/// Signs header and payload JSON exactly as written (whitespace and member order kept), as the encoder
/// tab does with what the user typed. The header's `alg` must name `alg`.
pub fn sign_texts(header_json: &str, payload_json: &str, alg: Algorithm, key: &Key) -> Result<String, EncodeError> {
    let signing_input = format!("{}.{}", b64::encode(header_json.as_bytes()), b64::encode(payload_json.as_bytes()));
    let signature = signature::sign(alg, key, signing_input.as_bytes()).map_err(EncodeError::Key)?;
    Ok(format!("{signing_input}.{}", b64::encode(&signature)))
}

/// Header and payload re-encoded, with a signature carried over unchanged from another token: what an
/// attacker who edits claims without the key produces.
pub fn with_kept_signature(header_json: &str, payload_json: &str, signature_b64: &str) -> String {
    format!("{}.{}.{signature_b64}", b64::encode(header_json.as_bytes()), b64::encode(payload_json.as_bytes()))
}

/// How an HMAC signature is computed, one step per field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HmacWalkthrough {
    pub alg: Algorithm,
    /// ASCII(BASE64URL(header) || '.' || BASE64URL(payload)).
    pub signing_input: String,
    pub secret_len: usize,
    pub secret_hex: String,
    /// HMAC-SHA-n(secret, signing input), in hex.
    pub mac_hex: String,
    /// BASE64URL of the MAC: what the signature segment must be.
    pub signature_b64: String,
    /// Whether the token's own signature segment is that.
    pub matches_token: Option<bool>,
}

/// The largest signing input the walk-through is shown for: its steps print the input whole.
pub const WALKTHROUGH_LIMIT: usize = 64 * 1024;

/// The walk-through for a decoded token and the key given, when there is one to show: an HMAC token, a secret
/// among the keys, and a signing input small enough to print.
pub fn walkthrough_for(decoded: &Decoded, keys: Option<&KeySet>) -> Option<HmacWalkthrough> {
    let alg = decoded.alg().and_then(Algorithm::from_name).filter(|alg| alg.family() == Family::Hmac)?;
    let input = decoded.signing_input().filter(|input| input.len() <= WALKTHROUGH_LIMIT)?;
    let key = keys?.keys.iter().find(|key| key.is_secret())?;
    hmac_walkthrough(input, decoded.signature_text(), alg, key).ok()
}

/// Walks through the HMAC of `signing_input` with `key`; `token_signature` is the received segment, if any.
pub fn hmac_walkthrough(
    signing_input: &str,
    token_signature: Option<&str>,
    alg: Algorithm,
    key: &Key,
) -> Result<HmacWalkthrough, EncodeError> {
    if alg.family() != Family::Hmac {
        return Err(EncodeError::Key(text!("walkthrough-not-hmac", alg = alg.name())));
    }
    let secret = key.secret_bytes().ok_or_else(|| EncodeError::Key(text!("walkthrough-needs-secret")))?;
    let mac = signature::sign(alg, key, signing_input.as_bytes()).map_err(EncodeError::Key)?;
    let signature_b64 = b64::encode(&mac);
    Ok(HmacWalkthrough {
        alg,
        signing_input: signing_input.to_owned(),
        secret_len: secret.len(),
        secret_hex: hex(secret),
        mac_hex: hex(&mac),
        matches_token: token_signature.map(|received| received == signature_b64),
        signature_b64,
    })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::keys::{SecretEncoding, secret_from_text};
    use serde_json::json;

    #[test]
    fn alg_is_put_first_when_missing_and_conflicts_are_refused() {
        let header = json!({"typ": "JWT"}).as_object().unwrap().clone();
        let with_alg = header_with_alg(&header, Algorithm::HS256).unwrap();
        assert_eq!(serde_json::to_string(&with_alg).unwrap(), r#"{"alg":"HS256","typ":"JWT"}"#);
        let conflicting = json!({"alg": "RS256"}).as_object().unwrap().clone();
        assert!(matches!(header_with_alg(&conflicting, Algorithm::HS256), Err(EncodeError::AlgConflict { .. })));
    }

    #[test]
    fn hs256_of_the_jwt_io_example_is_reproduced() {
        let key = secret_from_text("your-256-bit-secret", SecretEncoding::Utf8).unwrap();
        let header = json!({"alg": "HS256", "typ": "JWT"}).as_object().unwrap().clone();
        let payload = json!({"sub": "1234567890", "name": "John Doe", "iat": 1516239022});
        let encoded = encode(&header, &payload, Algorithm::HS256, &key).unwrap();
        assert_eq!(
            encoded.token,
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        );
    }

    #[test]
    fn the_walkthrough_shows_each_step() {
        let key = secret_from_text("your-256-bit-secret", SecretEncoding::Utf8).unwrap();
        let input = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
        let walk = hmac_walkthrough(input, Some("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"), Algorithm::HS256, &key)
            .unwrap();
        assert_eq!(walk.signature_b64, "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        assert_eq!(walk.mac_hex, "49f94ac7044948c78a285d904f87f0a4c7897f7e8f3a4eb2255fda750b2cc397");
        assert_eq!(walk.secret_hex, hex(b"your-256-bit-secret"));
        assert_eq!(walk.matches_token, Some(true));
    }

    #[test]
    fn a_kept_signature_is_carried_over_verbatim() {
        assert_eq!(with_kept_signature("{}", "{}", "abc"), "e30.e30.abc");
    }
}
