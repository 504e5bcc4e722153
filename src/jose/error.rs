//! The stable error kinds every question about a token can end in, and the `Problem` that carries one
//! with a human message (and, for a malformed token, the segment and character offset at fault).

use crate::i18n::Text;
use crate::text;
use serde::Serialize;
use std::fmt;

/// Why a token is not usable or not valid. The snake_case names are part of the command line contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Malformed,
    Encrypted,
    UnsupportedAlgorithm,
    AlgorithmMismatch,
    KeyInvalid,
    KeyNotFound,
    InvalidSignature,
    Unsecured,
    UnsupportedCrit,
    Expired,
    NotYetValid,
    InvalidIssuer,
    InvalidAudience,
    InvalidSubject,
    MissingClaim,
    InvalidClaimType,
    /// A key a careful verifier refuses: a short HMAC secret, a small or ROCA RSA modulus.
    WeakKey,
    /// The signature matches only a key the token carries itself.
    UntrustedKey,
    /// A JWE that the key does not open: one kind for every failure, so that none can be told apart.
    DecryptionFailed,
    /// A token of another profile than the one demanded (RFC 8725 section 3.11).
    InvalidTokenType,
    InvalidNonce,
    InvalidAtHash,
    InvalidCHash,
    /// A DPoP proof that fails its checks (RFC 9449 section 4.3).
    InvalidDpopProof,
    /// An SD-JWT disclosure that does not fit the payload's digests (RFC 9901 section 7.1).
    DisclosureMismatch,
    /// A key binding JWT that fails its checks (RFC 9901 section 7.3).
    InvalidKeyBinding,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Malformed => "malformed",
            ErrorKind::Encrypted => "encrypted",
            ErrorKind::UnsupportedAlgorithm => "unsupported_algorithm",
            ErrorKind::AlgorithmMismatch => "algorithm_mismatch",
            ErrorKind::KeyInvalid => "key_invalid",
            ErrorKind::KeyNotFound => "key_not_found",
            ErrorKind::InvalidSignature => "invalid_signature",
            ErrorKind::Unsecured => "unsecured",
            ErrorKind::DecryptionFailed => "decryption_failed",
            ErrorKind::InvalidTokenType => "invalid_token_type",
            ErrorKind::InvalidNonce => "invalid_nonce",
            ErrorKind::InvalidAtHash => "invalid_at_hash",
            ErrorKind::InvalidCHash => "invalid_c_hash",
            ErrorKind::InvalidDpopProof => "invalid_dpop_proof",
            ErrorKind::DisclosureMismatch => "disclosure_mismatch",
            ErrorKind::InvalidKeyBinding => "invalid_key_binding",
            ErrorKind::UnsupportedCrit => "unsupported_crit",
            ErrorKind::Expired => "expired",
            ErrorKind::NotYetValid => "not_yet_valid",
            ErrorKind::InvalidIssuer => "invalid_issuer",
            ErrorKind::InvalidAudience => "invalid_audience",
            ErrorKind::InvalidSubject => "invalid_subject",
            ErrorKind::MissingClaim => "missing_claim",
            ErrorKind::InvalidClaimType => "invalid_claim_type",
            ErrorKind::WeakKey => "weak_key",
            ErrorKind::UntrustedKey => "untrusted_key",
        }
    }

    /// Whether this kind means the input could not be used at all (exit code 2) rather than
    /// read and found invalid (exit code 1).
    pub fn is_unusable_input(self) -> bool {
        matches!(self, ErrorKind::Malformed | ErrorKind::KeyInvalid)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The named parts of a compact token; JWE parts included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// The text as a whole (empty, or the wrong number of parts).
    Token,
    Header,
    Payload,
    Signature,
    EncryptedKey,
    Iv,
    Ciphertext,
    Tag,
}

impl Segment {
    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Token => "token",
            Segment::Header => "header",
            Segment::Payload => "payload",
            Segment::Signature => "signature",
            Segment::EncryptedKey => "encrypted_key",
            Segment::Iv => "iv",
            Segment::Ciphertext => "ciphertext",
            Segment::Tag => "tag",
        }
    }

    /// The part's name for people: "encrypted key" rather than "encrypted_key".
    pub fn label(self) -> Text {
        Text::new(match self {
            Segment::Token => "segment-token",
            Segment::Header => "segment-header",
            Segment::Payload => "segment-payload",
            Segment::Signature => "segment-signature",
            Segment::EncryptedKey => "segment-encrypted-key",
            Segment::Iv => "segment-iv",
            Segment::Ciphertext => "segment-ciphertext",
            Segment::Tag => "segment-tag",
        })
    }
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One reason a token failed, as shown in the window and printed by the command line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub kind: ErrorKind,
    pub message: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<Segment>,
    /// 0-based character index in the input as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
}

impl Problem {
    pub fn new(kind: ErrorKind, message: Text) -> Self {
        Problem { kind, message, segment: None, offset: None }
    }

    pub fn malformed(segment: Segment, offset: usize, message: Text) -> Self {
        Problem { kind: ErrorKind::Malformed, message, segment: Some(segment), offset: Some(offset) }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.segment, self.offset) {
            (Some(segment), Some(offset)) => {
                let place = text!("problem-place", segment = segment.label(), offset = offset);
                write!(f, "{}: {} {place}", self.kind, self.message)
            }
            _ => write!(f, "{}: {}", self.kind, self.message),
        }
    }
}
