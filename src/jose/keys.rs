//! Key material and how it is read: HMAC secrets in four text encodings or raw bytes; PEM public keys
//! (SPKI, PKCS#1), X.509 certificates and private keys (PKCS#8, PKCS#1, SEC1); JWKs and JWK Sets. Every
//! key is reduced to one `Key` that knows which algorithms it fits, how to describe itself, and (for
//! private keys) how to sign. Anything that cannot be used fails with a message saying why.

use super::algorithm::{Algorithm, Curve, Family};
use crate::i18n::Text;
use crate::text;
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use pkcs8::DecodePrivateKey;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};
use serde_json::{Map, Value};
use spki::DecodePublicKey;
use std::fmt;

/// A key that cannot be read or used; always reported as `key_invalid`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct KeyError(pub Text);

fn key_error(message: Text) -> KeyError {
    KeyError(message)
}

/// How a secret typed as text is written. The names are those of `--secret-encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretEncoding {
    #[default]
    Utf8,
    Base64,
    Base64Url,
    Hex,
}

impl SecretEncoding {
    pub const ALL: [SecretEncoding; 4] =
        [SecretEncoding::Utf8, SecretEncoding::Base64, SecretEncoding::Base64Url, SecretEncoding::Hex];

    pub fn name(self) -> &'static str {
        match self {
            SecretEncoding::Utf8 => "utf8",
            SecretEncoding::Base64 => "base64",
            SecretEncoding::Base64Url => "base64url",
            SecretEncoding::Hex => "hex",
        }
    }

    /// How the window names the encoding.
    pub fn label(self) -> &'static str {
        match self {
            SecretEncoding::Utf8 => "UTF-8",
            SecretEncoding::Base64 => "base64",
            SecretEncoding::Base64Url => "base64url",
            SecretEncoding::Hex => "hex",
        }
    }

    pub fn from_name(name: &str) -> Option<SecretEncoding> {
        SecretEncoding::ALL.into_iter().find(|encoding| encoding.name() == name)
    }
}

/// The cryptographic part of a key.
#[derive(Clone)]
pub enum Material {
    Secret(Vec<u8>),
    Rsa {
        public: RsaPublicKey,
        private: Option<Box<RsaPrivateKey>>,
    },
    /// `public` is the uncompressed SEC1 point; `private` the big-endian scalar.
    Ec {
        curve: Curve,
        public: Vec<u8>,
        private: Option<Vec<u8>>,
    },
    Ed25519 {
        public: [u8; 32],
        private: Option<[u8; 32]>,
    },
    /// An X25519 key (RFC 8037): for ECDH-ES key agreement only, never a signature.
    X25519 {
        public: [u8; 32],
        private: Option<[u8; 32]>,
    },
}

/// One usable key, with what a JWK said about it.
#[derive(Clone)]
pub struct Key {
    pub material: Material,
    pub kid: Option<String>,
    /// A JWK's own `alg`: the only algorithm the key may be used with.
    pub alg: Option<String>,
    /// A JWK's `use` (`sig` or `enc`).
    pub usage: Option<String>,
    /// A JWK's `key_ops` (`sign`, `verify`, ...).
    pub ops: Option<Vec<String>>,
    /// "secret, utf8, 32 bytes", "RSA 2048-bit public key (PEM SPKI)".
    pub description: Text,
}

/// What a key is to be used for: JWK `use` and `key_ops` may allow one and not the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Verify,
    Sign,
}

impl Purpose {
    fn key_op(self) -> &'static str {
        match self {
            Purpose::Verify => "verify",
            Purpose::Sign => "sign",
        }
    }
}

/// Why a careful verifier refuses a key that can otherwise be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// An HMAC secret shorter than the hash output (RFC 7518 section 3.2).
    ShortSecret { bytes: usize, needed: usize },
    /// An RSA modulus under 2048 bits (RFC 7518 section 3.3).
    SmallModulus { bits: usize },
    /// An RSA modulus made by the Infineon library of CVE-2017-15361 (ROCA): it can be factored.
    Roca,
}

impl Weakness {
    pub fn text(self) -> Text {
        match self {
            Weakness::ShortSecret { bytes, needed } => text!("weak-short-secret", bytes = bytes, needed = needed),
            Weakness::SmallModulus { bits } => text!("weak-small-modulus", bits = bits),
            Weakness::Roca => text!("weak-roca"),
        }
    }
}

impl fmt::Display for Weakness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// RSA moduli below this many bits are not keys at all; from it up to 2047 bits they are weak.
pub const RSA_MIN_BITS: usize = 512;
/// The largest RSA modulus read.
pub const RSA_MAX_BITS: usize = 16_384;

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print secret bytes, even in debug output.
        f.debug_struct("Key").field("description", &self.description).field("kid", &self.kid).finish()
    }
}

/// What the user gave: one key, or a JWK Set to choose from.
#[derive(Debug, Clone)]
pub struct KeySet {
    pub keys: Vec<Key>,
    /// True for a JWKS (`{"keys": [...]}`), where the token's `kid` selects the key.
    pub is_set: bool,
    /// Why entries of a JWKS were left out (a key type this program does not use, say).
    pub skipped: Vec<Text>,
}

impl KeySet {
    /// A JWK Set, refused when it holds HMAC secrets beside public keys: whoever picks a key by the token's header
    /// could then be made to check an HS256 signature with a public key's bytes.
    fn set(keys: Vec<Key>, skipped: Vec<Text>) -> Result<KeySet, KeyError> {
        let secrets = keys.iter().filter(|key| key.is_secret()).count();
        if secrets > 0 && secrets < keys.len() {
            return Err(key_error(text!("key-jwk-set-mixes-secrets", secrets = secrets, count = keys.len() - secrets)));
        }
        Ok(KeySet { keys, is_set: true, skipped })
    }

    pub fn single(key: Key) -> KeySet {
        KeySet { keys: vec![key], is_set: false, skipped: Vec::new() }
    }

    /// The key to sign with: the one key given, or the JWK Set's key with `kid` (the only one when it has one).
    pub fn signing_key(&self, kid: Option<&str>) -> Result<&Key, KeyError> {
        if !self.is_set {
            return self.keys.first().ok_or_else(|| key_error(text!("key-no-key-was-given")));
        }
        match kid {
            Some(kid) => self
                .keys
                .iter()
                .find(|key| key.kid.as_deref() == Some(kid))
                .ok_or_else(|| key_error(text!("key-no-key-jwk-set", kid = kid))),
            None if self.keys.len() == 1 => Ok(&self.keys[0]),
            None => Err(key_error(text!("key-jwk-set-has-keys", count = self.keys.len()))),
        }
    }
}

impl Key {
    pub fn family(&self) -> Family {
        match &self.material {
            Material::Secret(_) => Family::Hmac,
            Material::Rsa { .. } => Family::Rsa,
            Material::Ec { curve, .. } => Family::Ec(*curve),
            Material::Ed25519 { .. } => Family::Ed25519,
            Material::X25519 { .. } => Family::X25519,
        }
    }

    pub fn is_secret(&self) -> bool {
        matches!(self.material, Material::Secret(_))
    }

    pub fn has_private_half(&self) -> bool {
        match &self.material {
            Material::Secret(_) => true,
            Material::Rsa { private, .. } => private.is_some(),
            Material::Ec { private, .. } => private.is_some(),
            Material::Ed25519 { private, .. } => private.is_some(),
            Material::X25519 { private, .. } => private.is_some(),
        }
    }

    pub fn secret_bytes(&self) -> Option<&[u8]> {
        match &self.material {
            Material::Secret(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// A key just made, without JWK annotations.
    pub(crate) fn generated(material: Material, description: Text) -> Key {
        Key::plain(material, description)
    }

    /// A key without JWK annotations.
    fn plain(material: Material, description: Text) -> Key {
        Key { material, kid: None, alg: None, usage: None, ops: None, description }
    }

    /// The RSA modulus size in bits, or the secret's size in bits.
    pub fn bits(&self) -> Option<usize> {
        match &self.material {
            Material::Secret(bytes) => Some(8 * bytes.len()),
            Material::Rsa { public, .. } => Some(public.n().bits()),
            _ => None,
        }
    }

    /// Why a careful verifier would refuse this key for `alg`, if it would.
    pub fn weakness(&self, alg: Algorithm) -> Option<Weakness> {
        match &self.material {
            Material::Secret(bytes) => {
                let needed = alg.hmac_output_len()?;
                (bytes.len() < needed).then_some(Weakness::ShortSecret { bytes: bytes.len(), needed })
            }
            Material::Rsa { public, .. } => rsa_weakness(public),
            _ => None,
        }
    }

    /// Why this key cannot be used with `alg` for `purpose`, or `None` when it can.
    pub fn mismatch(&self, alg: Algorithm, purpose: Purpose) -> Option<Text> {
        if let Some(own) = &self.alg
            && own != alg.name()
        {
            return Some(text!("mismatch-jwk-alg", own = own, alg = alg.name()));
        }
        if let Some(usage) = self.usage.as_deref().filter(|usage| *usage != "sig") {
            return Some(text!("mismatch-use", usage = usage));
        }
        if let Some(ops) = &self.ops
            && !ops.iter().any(|op| op == purpose.key_op())
        {
            return Some(text!("mismatch-key-ops", ops = ops.join(", "), op = purpose.key_op()));
        }
        let family = self.family();
        if family == alg.family() {
            return None;
        }
        Some(match (alg.family(), family) {
            (Family::Hmac, _) => text!("mismatch-confusion", alg = alg.name(), key = self.kind_name()),
            (_, Family::Hmac) => text!("mismatch-secret", alg = alg.name(), needs = alg.key_requirement()),
            _ => text!("mismatch-family", alg = alg.name(), needs = alg.key_requirement(), key = self.kind_name()),
        })
    }

    pub fn kind_name(&self) -> Text {
        match &self.material {
            Material::Secret(_) => text!("kind-secret"),
            Material::Rsa { public, .. } => text!("kind-rsa", bits = public.n().bits()),
            Material::Ec { curve, .. } => text!("kind-ec", curve = curve.name()),
            Material::Ed25519 { .. } => text!("kind-ed25519"),
            Material::X25519 { .. } => text!("kind-x25519"),
        }
    }
}

/// An HMAC secret typed as text in the given encoding.
pub fn secret_from_text(text: &str, encoding: SecretEncoding) -> Result<Key, KeyError> {
    let bytes = match encoding {
        SecretEncoding::Utf8 => text.as_bytes().to_vec(),
        SecretEncoding::Base64 => decode_lenient(text.trim(), &[&STANDARD, &STANDARD_NO_PAD])
            .ok_or_else(|| key_error(text!("key-secret-valid-base64")))?,
        SecretEncoding::Base64Url => decode_lenient(text.trim(), &[&URL_SAFE_NO_PAD, &URL_SAFE])
            .ok_or_else(|| key_error(text!("key-secret-valid-base64url")))?,
        SecretEncoding::Hex => decode_hex(text.trim())?,
    };
    Ok(secret_key(bytes, encoding.name()))
}

/// An HMAC secret as raw bytes (from a file).
pub fn secret_from_bytes(bytes: Vec<u8>) -> Key {
    secret_key(bytes, "raw bytes")
}

fn secret_key(bytes: Vec<u8>, how: &str) -> Key {
    let description = text!("describe-secret", how = how, bytes = bytes.len());
    Key::plain(Material::Secret(bytes), description)
}

fn decode_lenient(text: &str, engines: &[&base64::engine::GeneralPurpose]) -> Option<Vec<u8>> {
    engines.iter().find_map(|engine| engine.decode(text).ok())
}

fn decode_hex(text: &str) -> Result<Vec<u8>, KeyError> {
    let text = text.strip_prefix("0x").unwrap_or(text);
    if !text.len().is_multiple_of(2) {
        return Err(key_error(text!("key-hex-secret-has-odd")));
    }
    (0..text.len())
        .step_by(2)
        .map(|at| {
            text.get(at..at + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
                .ok_or_else(|| key_error(text!("key-hex-secret-has-non", at = at)))
        })
        .collect()
}

/// Reads a key file or pasted key text: PEM (one or more blocks), a JWK or a JWKS.
pub fn parse_key(text: &str) -> Result<KeySet, KeyError> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        let value: Value = serde_json::from_str(trimmed)
            .map_err(|error| key_error(text!("key-key-valid-json-error", error = error.to_string())))?;
        return parse_jwk_or_set(&value);
    }
    if trimmed.contains("-----BEGIN ") {
        return parse_pem(trimmed).map(KeySet::single);
    }
    if trimmed.is_empty() {
        return Err(key_error(text!("key-key-empty")));
    }
    Err(key_error(text!("key-key-neither-pem-begin")))
}

fn parse_jwk_or_set(value: &Value) -> Result<KeySet, KeyError> {
    let object = value.as_object().ok_or_else(|| key_error(text!("key-jwk-must-json-object")))?;
    match object.get("keys") {
        Some(Value::Array(entries)) => {
            let mut keys = Vec::new();
            let mut skipped = Vec::new();
            for (index, entry) in entries.iter().enumerate() {
                match entry.as_object().map(parse_jwk) {
                    Some(Ok(key)) => keys.push(key),
                    // A JWKS may hold keys this program does not use (Ed448, RSA-OAEP): skip them, but not silently
                    // when nothing usable is left.
                    Some(Err(error)) if entries.len() > 1 => {
                        skipped.push(text!("key-jwks-key-index-error", index = index, error = error.0))
                    }
                    Some(Err(error)) => {
                        return Err(key_error(text!("key-jwks-key-index-error", index = index, error = error.0)));
                    }
                    None => {
                        return Err(key_error(text!("key-jwks-key-index-json", index = index)));
                    }
                }
            }
            if keys.is_empty() {
                return Err(key_error(text!("key-jwk-set-holds-no")));
            }
            KeySet::set(keys, skipped)
        }
        Some(_) => Err(key_error(text!("key-keys-jwk-set-must"))),
        None => parse_jwk(object).map(KeySet::single),
    }
}

fn jwk_bytes(object: &Map<String, Value>, member: &str) -> Result<Option<Vec<u8>>, KeyError> {
    match object.get(member) {
        None => Ok(None),
        Some(Value::String(text)) => decode_lenient(text, &[&URL_SAFE_NO_PAD, &URL_SAFE])
            .map(Some)
            .ok_or_else(|| key_error(text!("key-jwk-member-member-base64url", member = member))),
        Some(_) => Err(key_error(text!("key-jwk-member-member-must", member = member))),
    }
}

fn required(object: &Map<String, Value>, member: &str, kty: &str) -> Result<Vec<u8>, KeyError> {
    jwk_bytes(object, member)?.ok_or_else(|| key_error(text!("key-kty-jwk-needs-member", kty = kty, member = member)))
}

fn optional_string(object: &Map<String, Value>, member: &str) -> Option<String> {
    object.get(member).and_then(Value::as_str).map(str::to_owned)
}

/// Reads one JWK (RFC 7517) of type oct, RSA, EC or OKP (Ed25519).
pub fn parse_jwk(object: &Map<String, Value>) -> Result<Key, KeyError> {
    let kty = object.get("kty").and_then(Value::as_str).ok_or_else(|| key_error(text!("key-jwk-needs-kty-string")))?;
    let kid = optional_string(object, "kid");
    let material = match kty {
        "oct" => Material::Secret(required(object, "k", kty)?),
        "RSA" => {
            let n = BigUint::from_bytes_be(&required(object, "n", kty)?);
            let e = BigUint::from_bytes_be(&required(object, "e", kty)?);
            let public = rsa_public(n.clone(), e.clone())?;
            let private = match jwk_bytes(object, "d")? {
                None => None,
                Some(d) => {
                    let p = required(object, "p", kty)?;
                    let q = required(object, "q", kty)?;
                    let key = RsaPrivateKey::from_components(
                        n,
                        e,
                        BigUint::from_bytes_be(&d),
                        vec![BigUint::from_bytes_be(&p), BigUint::from_bytes_be(&q)],
                    )
                    .map_err(|error| key_error(text!("key-rsa-jwk-s-private", error = error.to_string())))?;
                    Some(Box::new(key))
                }
            };
            Material::Rsa { public, private }
        }
        "EC" => {
            let crv = object.get("crv").and_then(Value::as_str).unwrap_or("");
            let curve =
                Curve::from_name(crv).ok_or_else(|| key_error(text!("key-ec-curve-crv-supported", crv = crv)))?;
            let x = required(object, "x", kty)?;
            let y = required(object, "y", kty)?;
            let len = curve.field_len();
            if x.len() != len || y.len() != len {
                return Err(key_error(text!("key-crv-coordinates-must-len", crv = crv, len = len)));
            }
            let mut point = vec![0x04];
            point.extend_from_slice(&x);
            point.extend_from_slice(&y);
            check_point(curve, &point)?;
            let private = jwk_bytes(object, "d")?;
            if let Some(d) = &private {
                check_scalar(curve, d)?;
            }
            Material::Ec { curve, public: point, private }
        }
        "OKP" if object.get("crv").and_then(Value::as_str) == Some("X25519") => {
            let public: [u8; 32] =
                required(object, "x", kty)?.try_into().map_err(|_| key_error(text!("key-x25519-x-must-32")))?;
            let private = match jwk_bytes(object, "d")? {
                Some(d) => Some(<[u8; 32]>::try_from(d).map_err(|_| key_error(text!("key-x25519-d-must-32")))?),
                None => None,
            };
            Material::X25519 { public, private }
        }
        "OKP" => {
            let crv = object.get("crv").and_then(Value::as_str).unwrap_or("");
            if crv != "Ed25519" {
                return Err(key_error(text!("key-okp-curve-crv-supported", crv = crv)));
            }
            let public: [u8; 32] =
                required(object, "x", kty)?.try_into().map_err(|_| key_error(text!("key-ed25519-x-must-32")))?;
            ed25519_dalek::VerifyingKey::from_bytes(&public)
                .map_err(|_| key_error(text!("key-ed25519-x-valid-point")))?;
            let private = match jwk_bytes(object, "d")? {
                Some(d) => Some(<[u8; 32]>::try_from(d).map_err(|_| key_error(text!("key-ed25519-d-must-32")))?),
                None => None,
            };
            Material::Ed25519 { public, private }
        }
        other => {
            return Err(key_error(text!("key-jwk-kty-other-supported", other = other)));
        }
    };
    let ops = match object.get("key_ops") {
        None => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|item| item.as_str().map(str::to_owned))
                .collect::<Option<Vec<String>>>()
                .ok_or_else(|| key_error(text!("key-jwk-member-key-ops")))?,
        ),
        Some(_) => return Err(key_error(text!("key-jwk-member-key-ops"))),
    };
    let mut key = Key {
        material,
        kid,
        alg: optional_string(object, "alg"),
        usage: optional_string(object, "use"),
        ops,
        description: Text::verbatim(""),
    };
    let kid = key.kid.clone().unwrap_or_default();
    key.description = match &key.material {
        Material::Secret(bytes) if kid.is_empty() => text!("describe-secret-jwk", bytes = bytes.len()),
        Material::Secret(bytes) => text!("describe-secret-jwk-kid", kid = kid, bytes = bytes.len()),
        _ if kid.is_empty() => text!("describe-key-jwk", key = describe_asymmetric(&key.material)),
        _ => text!("describe-key-jwk-kid", key = describe_asymmetric(&key.material), kid = kid),
    };
    Ok(key)
}

fn describe_asymmetric(material: &Material) -> Text {
    let half = |private: bool| if private { "private" } else { "public" };
    match material {
        Material::Secret(bytes) => text!("describe-secret-bytes", bytes = bytes.len()),
        Material::Rsa { public, private } => {
            text!("describe-rsa", bits = public.n().bits(), half = half(private.is_some()))
        }
        Material::Ec { curve, private, .. } => {
            text!("describe-ec", curve = curve.name(), half = half(private.is_some()))
        }
        Material::Ed25519 { private, .. } => text!("describe-ed25519", half = half(private.is_some())),
        Material::X25519 { private, .. } => text!("describe-x25519", half = half(private.is_some())),
    }
}

fn check_point(curve: Curve, point: &[u8]) -> Result<(), KeyError> {
    let valid = match curve {
        Curve::P256 => p256::PublicKey::from_sec1_bytes(point).is_ok(),
        Curve::P384 => p384::PublicKey::from_sec1_bytes(point).is_ok(),
        Curve::P521 => p521::PublicKey::from_sec1_bytes(point).is_ok(),
    };
    if valid { Ok(()) } else { Err(key_error(text!("key-point-on", curve = curve.name()))) }
}

fn check_scalar(curve: Curve, scalar: &[u8]) -> Result<(), KeyError> {
    let valid = match curve {
        Curve::P256 => p256::SecretKey::from_slice(scalar).is_ok(),
        Curve::P384 => p384::SecretKey::from_slice(scalar).is_ok(),
        Curve::P521 => p521::SecretKey::from_slice(scalar).is_ok(),
    };
    if valid { Ok(()) } else { Err(key_error(text!("key-private-scalar-valid", curve = curve.name()))) }
}

/// One PEM block: its label and its DER bytes.
struct PemBlock {
    label: String,
    der: Vec<u8>,
}

fn pem_blocks(text: &str) -> Result<Vec<PemBlock>, KeyError> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(begin) = rest.find("-----BEGIN ") {
        let after = &rest[begin + 11..];
        let label_end = after.find("-----").ok_or_else(|| key_error(text!("key-pem-begin-line-closed")))?;
        let label = after[..label_end].to_owned();
        let body_start = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let body_end =
            body_start.find(&end_marker).ok_or_else(|| key_error(text!("key-pem-block-label-has", label = &label)))?;
        let body = &body_start[..body_end];
        // RFC 1421 headers (Proc-Type) mean an encrypted legacy key.
        if body.contains("Proc-Type:") {
            return Err(key_error(text!("key-pem-key-encrypted-decrypt")));
        }
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        let der =
            STANDARD.decode(&compact).map_err(|_| key_error(text!("key-pem-block-label-valid", label = &label)))?;
        blocks.push(PemBlock { label, der });
        rest = &body_start[body_end + end_marker.len()..];
    }
    Ok(blocks)
}

fn parse_pem(text: &str) -> Result<Key, KeyError> {
    let blocks = pem_blocks(text)?;
    // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key.
    let block = blocks
        .iter()
        .find(|block| block.label != "EC PARAMETERS")
        .ok_or_else(|| key_error(text!("key-pem-text-holds-no")))?;
    let (material, format) = match block.label.as_str() {
        "PUBLIC KEY" => (public_from_spki(&block.der)?, "PEM SPKI"),
        "RSA PUBLIC KEY" => (Material::Rsa { public: rsa_public_from_pkcs1(&block.der)?, private: None }, "PEM PKCS#1"),
        "CERTIFICATE" => (public_from_certificate(&block.der)?, "X.509 certificate"),
        "PRIVATE KEY" => (private_from_pkcs8(&block.der)?, "PEM PKCS#8"),
        "RSA PRIVATE KEY" => {
            let private = RsaPrivateKey::from_pkcs1_der(&block.der)
                .map_err(|error| key_error(text!("key-pkcs-1-rsa-private", error = error.to_string())))?;
            (rsa_private(private)?, "PEM PKCS#1")
        }
        "EC PRIVATE KEY" => (private_from_sec1(&block.der)?, "PEM SEC1"),
        "ENCRYPTED PRIVATE KEY" => {
            return Err(key_error(text!("key-private-key-encrypted-decrypt")));
        }
        other => {
            return Err(key_error(text!("key-pem-block-labelled-other", other = other)));
        }
    };
    let description = text!("describe-key-format", key = describe_asymmetric(&material), format = format);
    Ok(Key::plain(material, description))
}

fn public_from_spki(der: &[u8]) -> Result<Material, KeyError> {
    let info = spki::SubjectPublicKeyInfoRef::try_from(der)
        .map_err(|error| key_error(text!("key-public-key-cannot-read", error = error.to_string())))?;
    match info.algorithm.oid.to_string().as_str() {
        RSA_ENCRYPTION => {
            let bits = info.subject_public_key.as_bytes().ok_or_else(|| key_error(text!("key-rsa-public-key-cut")))?;
            return Ok(Material::Rsa { public: rsa_public_from_pkcs1(bits)?, private: None });
        }
        EC_PUBLIC_KEY => return ec_from_spki(&info, der),
        _ => {}
    }
    if let Ok(public) = p256::PublicKey::from_public_key_der(der) {
        return Ok(ec_public(Curve::P256, public.to_sec1_bytes().to_vec(), None));
    }
    if let Ok(public) = p384::PublicKey::from_public_key_der(der) {
        return Ok(ec_public(Curve::P384, public.to_sec1_bytes().to_vec(), None));
    }
    if let Ok(public) = p521::PublicKey::from_public_key_der(der) {
        return Ok(ec_public(Curve::P521, public.to_sec1_bytes().to_vec(), None));
    }
    if let Ok(public) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
        return Ok(Material::Ed25519 { public: public.to_bytes(), private: None });
    }
    Err(key_error(unsupported_spki(der)))
}

fn unsupported_spki(der: &[u8]) -> Text {
    match spki::SubjectPublicKeyInfoRef::try_from(der) {
        Ok(info) => match info.algorithm.oid.to_string().as_str() {
            "1.3.101.113" => text!("key-ed448"),
            "1.3.101.112" => text!("key-ed25519-not-point"),
            oid => text!("key-public-algorithm-unsupported", oid = oid),
        },
        Err(error) => text!("key-public-key-cannot-read", error = error.to_string()),
    }
}

const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";
const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";

/// An EC public key from its SPKI: the curve named by the parameters, then the point, which must lie on it.
fn ec_from_spki(info: &spki::SubjectPublicKeyInfoRef<'_>, der: &[u8]) -> Result<Material, KeyError> {
    let curve_oid = info.algorithm.parameters_oid().map(|oid| oid.to_string()).unwrap_or_default();
    let curve = match curve_oid.as_str() {
        "1.2.840.10045.3.1.7" => Curve::P256,
        "1.3.132.0.34" => Curve::P384,
        "1.3.132.0.35" => Curve::P521,
        "1.3.132.0.10" => return Err(key_error(text!("key-ec-curve-secp256k1-es256k"))),
        other => {
            return Err(key_error(text!("key-ec-curve-other-supported", other = other)));
        }
    };
    let point = info.subject_public_key.as_bytes().ok_or_else(|| key_error(text!("key-ec-public-key-cut")))?;
    check_point(curve, point)?;
    let sec1 = match curve {
        Curve::P256 => p256::PublicKey::from_public_key_der(der).map(|key| key.to_sec1_bytes().to_vec()),
        Curve::P384 => p384::PublicKey::from_public_key_der(der).map(|key| key.to_sec1_bytes().to_vec()),
        Curve::P521 => p521::PublicKey::from_public_key_der(der).map(|key| key.to_sec1_bytes().to_vec()),
    };
    sec1.map(|sec1| ec_public(curve, sec1, None)).map_err(|_| key_error(text!("key-point-on", curve = curve.name())))
}

/// An RSA public key from its modulus and exponent, from 512 to 16384 bits.
fn rsa_public(n: BigUint, e: BigUint) -> Result<RsaPublicKey, KeyError> {
    let bits = n.bits();
    if bits < RSA_MIN_BITS {
        return Err(key_error(text!("key-rsa-modulus-bits-bits", bits = bits, minimum = RSA_MIN_BITS)));
    }
    if bits > RSA_MAX_BITS {
        return Err(key_error(text!("key-rsa-modulus-bits-bits-2", bits = bits, maximum = RSA_MAX_BITS)));
    }
    RsaPublicKey::new_with_max_size(n, e, RSA_MAX_BITS)
        .map_err(|error| key_error(text!("key-rsa-key-valid-error", error = error.to_string())))
}

/// The DER of RFC 8017's RSAPublicKey (a PKCS#1 PEM, or the inside of an SPKI). Read here rather than by the `rsa`
/// crate, which refuses moduli over 4096 bits.
fn rsa_public_from_pkcs1(der: &[u8]) -> Result<RsaPublicKey, KeyError> {
    use rsa::pkcs1::der::Decode;
    let key = rsa::pkcs1::RsaPublicKey::from_der(der)
        .map_err(|error| key_error(text!("key-rsa-public-key-cannot", error = error.to_string())))?;
    rsa_public(BigUint::from_bytes_be(key.modulus.as_bytes()), BigUint::from_bytes_be(key.public_exponent.as_bytes()))
}

/// Both halves of an RSA private key, its size checked like a public one's.
fn rsa_private(private: RsaPrivateKey) -> Result<Material, KeyError> {
    let public = rsa_public(private.n().clone(), private.e().clone())?;
    Ok(Material::Rsa { public, private: Some(Box::new(private)) })
}

/// Why a careful verifier refuses this modulus, if it does.
fn rsa_weakness(public: &RsaPublicKey) -> Option<Weakness> {
    let bits = public.n().bits();
    if bits < 2048 {
        Some(Weakness::SmallModulus { bits })
    } else if has_roca_fingerprint(public.n()) {
        Some(Weakness::Roca)
    } else {
        None
    }
}

/// The primes of the ROCA detection test (Nemec et al., "The Return of Coppersmith's Attack", CCS 2017).
const ROCA_PRIMES: [u32; 38] = [
    3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109,
    113, 127, 131, 137, 139, 149, 151, 157, 163, 167,
];

/// CVE-2017-15361: the primes of the vulnerable library are `k * M + (65537^a mod M)` with `M` a primorial, so
/// modulo each small prime `p` dividing `M` the modulus lies in the subgroup 65537 generates. A random modulus
/// passes that test for all 38 primes with negligible probability; a ROCA one always does.
pub fn has_roca_fingerprint(n: &BigUint) -> bool {
    let bytes = n.to_bytes_be();
    ROCA_PRIMES.iter().all(|&prime| {
        let residue = bytes.iter().fold(0, |residue, byte| (residue * 256 + u32::from(*byte)) % prime);
        let generator = 65_537 % prime;
        let mut power = 1;
        // The subgroup has at most `prime - 1` elements; walk it until it comes back to 1.
        for _ in 0..prime {
            if power == residue {
                return true;
            }
            power = power * generator % prime;
            if power == 1 {
                break;
            }
        }
        false
    })
}

fn ec_public(curve: Curve, sec1: Vec<u8>, private: Option<Vec<u8>>) -> Material {
    Material::Ec { curve, public: sec1, private }
}

fn public_from_certificate(der: &[u8]) -> Result<Material, KeyError> {
    use x509_cert::der::{Decode, Encode};
    let certificate = x509_cert::Certificate::from_der(der)
        .map_err(|error| key_error(text!("key-certificate-cannot-read-error", error = error.to_string())))?;
    let spki = certificate
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|error| key_error(text!("key-certificate-s-public-key", error = error.to_string())))?;
    public_from_spki(&spki)
}

/// Reads the base64 DER of an `x5c` certificate entry.
pub fn key_from_certificate_base64(text: &str) -> Result<Key, KeyError> {
    let der = STANDARD.decode(text).map_err(|_| key_error(text!("key-x5c-certificate-base64")))?;
    let material = public_from_certificate(&der)?;
    let description = text!("describe-x5c", key = describe_asymmetric(&material));
    Ok(Key::plain(material, description))
}

/// EC material from a private key of any of the RustCrypto curves: both halves, public as SEC1 bytes.
macro_rules! ec_private {
    ($curve:expr, $secret:expr) => {
        ec_public($curve, $secret.public_key().to_sec1_bytes().to_vec(), Some($secret.to_bytes().to_vec()))
    };
}

fn private_from_pkcs8(der: &[u8]) -> Result<Material, KeyError> {
    if let Ok(private) = RsaPrivateKey::from_pkcs8_der(der) {
        return rsa_private(private);
    }
    if let Ok(secret) = p256::SecretKey::from_pkcs8_der(der) {
        return Ok(ec_private!(Curve::P256, secret));
    }
    if let Ok(secret) = p384::SecretKey::from_pkcs8_der(der) {
        return Ok(ec_private!(Curve::P384, secret));
    }
    if let Ok(secret) = p521::SecretKey::from_pkcs8_der(der) {
        return Ok(ec_private!(Curve::P521, secret));
    }
    if let Ok(signing) = ed25519_dalek::SigningKey::from_pkcs8_der(der) {
        return Ok(Material::Ed25519 { public: signing.verifying_key().to_bytes(), private: Some(signing.to_bytes()) });
    }
    Err(key_error(match pkcs8::PrivateKeyInfo::try_from(der) {
        Ok(info) if info.algorithm.oid.to_string() == "1.3.101.113" => text!("key-ed448"),
        Ok(info) => text!("key-private-algorithm-unsupported", oid = info.algorithm.oid.to_string()),
        Err(error) => text!("key-pkcs8-unreadable", error = error.to_string()),
    }))
}

fn private_from_sec1(der: &[u8]) -> Result<Material, KeyError> {
    if let Ok(secret) = p256::SecretKey::from_sec1_der(der) {
        return Ok(ec_private!(Curve::P256, secret));
    }
    if let Ok(secret) = p384::SecretKey::from_sec1_der(der) {
        return Ok(ec_private!(Curve::P384, secret));
    }
    if let Ok(secret) = p521::SecretKey::from_sec1_der(der) {
        return Ok(ec_private!(Curve::P521, secret));
    }
    Err(key_error(text!("key-sec1-ec-private-key")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_decode_in_every_encoding() {
        let utf8 = secret_from_text("secret", SecretEncoding::Utf8).unwrap();
        assert_eq!(utf8.secret_bytes(), Some(&b"secret"[..]));
        assert_eq!(utf8.description, "secret, utf8, 6 bytes");
        for (text, encoding) in [
            ("c2VjcmV0", SecretEncoding::Base64),
            ("c2VjcmV0", SecretEncoding::Base64Url),
            ("736563726574", SecretEncoding::Hex),
        ] {
            assert_eq!(secret_from_text(text, encoding).unwrap().secret_bytes(), Some(&b"secret"[..]), "{encoding:?}");
        }
        assert_eq!(secret_from_text("+/8=", SecretEncoding::Base64).unwrap().secret_bytes(), Some(&[0xfb, 0xff][..]));
        assert_eq!(secret_from_text("-_8", SecretEncoding::Base64Url).unwrap().secret_bytes(), Some(&[0xfb, 0xff][..]));
    }

    #[test]
    fn bad_secret_text_is_a_key_error() {
        assert!(secret_from_text("abc", SecretEncoding::Hex).is_err());
        assert!(secret_from_text("zz", SecretEncoding::Hex).is_err());
        assert!(secret_from_text("!!!", SecretEncoding::Base64).is_err());
    }

    #[test]
    fn hmac_algorithms_refuse_public_keys_by_name() {
        let jwk = serde_json::json!({"kty": "EC", "crv": "P-256",
            "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"});
        let key = parse_jwk(jwk.as_object().unwrap()).unwrap();
        assert_eq!(key.mismatch(Algorithm::ES256, Purpose::Verify), None);
        assert!(key.mismatch(Algorithm::HS256, Purpose::Verify).unwrap().to_string().contains("confusion attack"));
        assert!(key.mismatch(Algorithm::ES384, Purpose::Verify).unwrap().to_string().contains("P-384"));
    }

    #[test]
    fn a_jwk_alg_binds_the_key() {
        let jwk = serde_json::json!({"kty": "oct", "k": "c2VjcmV0", "alg": "HS512"});
        let key = parse_jwk(jwk.as_object().unwrap()).unwrap();
        assert!(key.mismatch(Algorithm::HS256, Purpose::Verify).unwrap().to_string().contains("HS512 only"));
        assert_eq!(key.mismatch(Algorithm::HS512, Purpose::Verify), None);
    }

    #[test]
    fn garbage_is_a_clear_key_error() {
        assert!(parse_key("hello").unwrap_err().0.to_string().contains("neither PEM"));
        assert!(parse_key("{").unwrap_err().0.to_string().contains("not valid JSON"));
        assert!(parse_key("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----").is_err());
        assert!(parse_key("{\"kty\":\"XYZ\"}").unwrap_err().0.to_string().contains("not supported"));
    }
}
