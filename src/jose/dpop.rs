//! DPoP proofs (RFC 9449): a `dpop+jwt` is verified with the public key in its own header `jwk` (the one case where
//! a token's own key is the right one), and checked against the request it was made for (`htm`, `htu`), its age
//! (`iat`), and the access token it goes with (`ath`, and that token's `cnf.jkt` against the proof key's
//! thumbprint). Every failure of these checks is `invalid_dpop_proof`; a `jwk` with private members is
//! `key_invalid`.

use super::algorithm::{Algorithm, Family};
use super::decode::Decoded;
use super::error::{ErrorKind, Problem};
use super::keys;
use super::signature::{self, Check};
use super::verify::{CheckStatus, ClaimCheck, SignatureCheck, SignatureStatus, Verdict};
use super::{b64, jwk};
use crate::i18n::Text;
use crate::text;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::borrow::Cow;

/// How far a proof's `iat` may be from the verifier's clock when no leeway is given.
pub const DEFAULT_LEEWAY: f64 = 60.0;

/// What a proof is checked against.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DpopRequest {
    pub htm: Option<String>,
    pub htu: Option<String>,
    pub access_token: Option<String>,
}

/// The `dpop` member of the verify object.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DpopReport {
    /// The RFC 7638 thumbprint of the proof's key.
    pub jkt: Option<String>,
    pub htm: Option<String>,
    pub htu: Option<String>,
    pub ath_matches: Option<bool>,
    pub jkt_matches: Option<bool>,
}

const PRIVATE_MEMBERS: [&str; 8] = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

fn invalid(message: Text) -> Problem {
    Problem::new(ErrorKind::InvalidDpopProof, message)
}

/// `htu` as RFC 9449 section 4.3 compares it: scheme and host lower-case, no query or fragment.
fn normalise_htu(htu: &str) -> String {
    let without = htu.split(['?', '#']).next().unwrap_or_default();
    match without.split_once("://") {
        Some((scheme, rest)) => {
            let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            format!("{}://{}{}", scheme.to_ascii_lowercase(), host.to_ascii_lowercase(), path)
        }
        None => without.to_owned(),
    }
}

/// Judges a DPoP proof at `at` (seconds) with `leeway` for its `iat`.
pub fn verify(decoded: &Decoded, request: &DpopRequest, at: f64, leeway: f64) -> (Verdict, DpopReport) {
    let claims = decoded.claims();
    let claim_str = |name: &str| claims.and_then(|claims| claims.get(name)).and_then(Value::as_str).map(str::to_owned);
    let mut report =
        DpopReport { jkt: None, htm: claim_str("htm"), htu: claim_str("htu"), ath_matches: None, jkt_matches: None };
    let mut errors = Vec::new();
    let mut lines = Vec::new();
    let mut line = |name: &'static str, outcome: Result<Text, Problem>, errors: &mut Vec<Problem>| {
        let (status, detail) = match outcome {
            Ok(detail) => (CheckStatus::Passed, detail),
            Err(problem) => {
                let detail = problem.message.clone();
                errors.push(problem);
                (CheckStatus::Failed, detail)
            }
        };
        lines.push(ClaimCheck { name: Cow::Borrowed(name), status, detail });
    };
    let signature = proof_signature(decoded, &mut report, &mut errors);
    line(
        "jti",
        claim_str("jti").map(|_| text!("check-present")).ok_or_else(|| invalid(text!("dpop-needs-jti"))),
        &mut errors,
    );
    let htm = match (&report.htm, &request.htm) {
        (None, _) => Err(invalid(text!("dpop-needs-member", name = "htm"))),
        (Some(found), Some(expected)) if found != expected => {
            Err(invalid(text!("dpop-htm-differs", found = found.as_str(), expected = expected.as_str())))
        }
        (Some(found), _) => Ok(text!("dpop-value", value = found.as_str())),
    };
    line("htm", htm, &mut errors);
    let htu = match (&report.htu, &request.htu) {
        (None, _) => Err(invalid(text!("dpop-needs-member", name = "htu"))),
        (Some(found), _) if found.contains(['?', '#']) => Err(invalid(text!("dpop-htu-query"))),
        (Some(found), Some(expected)) if normalise_htu(found) != normalise_htu(expected) => {
            Err(invalid(text!("dpop-htu-differs", found = found.as_str(), expected = expected.as_str())))
        }
        (Some(found), _) => Ok(text!("dpop-value", value = found.as_str())),
    };
    line("htu", htu, &mut errors);
    let iat = match claims.and_then(|claims| claims.get("iat")).and_then(Value::as_f64) {
        None => Err(invalid(text!("dpop-needs-member", name = "iat"))),
        Some(iat) if (iat - at).abs() > leeway => {
            Err(invalid(text!("dpop-iat-off", off = crate::i18n::span((iat - at).abs()), leeway = leeway as i64)))
        }
        Some(_) => Ok(text!("dpop-iat-fresh", leeway = leeway as i64)),
    };
    line("iat", iat, &mut errors);
    if let Some(token) = &request.access_token {
        let expected = b64::encode(&Sha256::digest(token.trim().as_bytes()));
        let matches = claim_str("ath").is_some_and(|ath| ath == expected);
        report.ath_matches = Some(matches);
        let outcome = if matches { Ok(text!("dpop-ath-matches")) } else { Err(invalid(text!("dpop-ath-differs"))) };
        line("ath", outcome, &mut errors);
        let access = super::decode(token.trim());
        let bound =
            access.claims().and_then(|claims| claims.get("cnf")).and_then(|cnf| cnf.get("jkt")).and_then(Value::as_str);
        if let (Some(bound), Some(jkt)) = (bound, &report.jkt) {
            let matches = bound == jkt;
            report.jkt_matches = Some(matches);
            let outcome = if matches {
                Ok(text!("dpop-jkt-matches"))
            } else {
                Err(invalid(text!("dpop-jkt-differs", jkt = bound)))
            };
            line("cnf.jkt", outcome, &mut errors);
        }
    }
    let valid = errors.is_empty() && signature.status == SignatureStatus::Valid;
    (Verdict { valid, signature, claims: lines, errors }, report)
}

/// The proof's signature under its own header `jwk`.
fn proof_signature(decoded: &Decoded, report: &mut DpopReport, errors: &mut Vec<Problem>) -> SignatureCheck {
    let not_checked = |detail: Text| SignatureCheck { status: SignatureStatus::NotChecked, key: None, detail };
    let Some(jwk) = decoded.header_member("jwk").and_then(Value::as_object) else {
        errors.push(invalid(text!("dpop-needs-jwk")));
        return not_checked(text!("dpop-needs-jwk"));
    };
    if let Some(member) = PRIVATE_MEMBERS.iter().find(|member| jwk.contains_key(**member)) {
        errors.push(Problem::new(ErrorKind::KeyInvalid, text!("dpop-private-jwk", member = *member)));
        return not_checked(text!("dpop-private-jwk", member = *member));
    }
    let key = match keys::parse_jwk(jwk) {
        Ok(key) => key,
        Err(error) => {
            errors.push(invalid(error.0.clone()));
            return not_checked(error.0);
        }
    };
    report.jkt = Some(jwk::thumbprint(&key));
    let alg = decoded.alg().and_then(Algorithm::from_name);
    let Some(alg) = alg.filter(|alg| alg.family() != Family::Hmac) else {
        errors.push(invalid(text!("dpop-symmetric-alg")));
        return not_checked(text!("dpop-symmetric-alg"));
    };
    let description = Some(key.description.clone());
    let input = decoded.signing_input().unwrap_or_default();
    let bytes = decoded.signature_bytes().unwrap_or_default();
    match signature::verify(alg, &key, input.as_bytes(), bytes) {
        Ok(Check::Genuine) => {
            SignatureCheck { status: SignatureStatus::Valid, key: description, detail: text!("dpop-signed-by-jwk") }
        }
        Ok(Check::Forged(why)) | Err(why) => {
            errors.push(invalid(text!("dpop-bad-signature", why = why.clone())));
            SignatureCheck { status: SignatureStatus::Invalid, key: description, detail: why }
        }
    }
}
