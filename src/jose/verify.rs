//! The `Verdict` on a token: is it genuine under the key given, and are its claims valid at `now`?
//! The algorithm policy lives here (allowed algorithms, the key type must fit, never `none`, never an HMAC
//! algorithm with public-key material, any `crit` rejected), as does key selection from a JWK Set and every
//! claim check of DESIGN.md (RFC 7519 time rules with leeway, `iss`, `aud`, `sub`, required claims, types).

use super::algorithm::Algorithm;
use super::decode::{Decoded, TokenKind, json_type_name};
use super::error::{ErrorKind, Problem, Segment};
use super::keys::{self, Key, KeySet, Purpose};
use super::signature::{self, Check};
use crate::i18n::{Arg, Lang, Text};
use crate::text;
use serde::Serialize;
use serde_json::{Map, Value};
use std::borrow::Cow;

/// Claim checks that `--skip` can turn off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skips {
    pub exp: bool,
    pub nbf: bool,
    pub iat: bool,
    pub aud: bool,
}

/// The checks a user asks for, as the command line's flags and the window's fields give them. Both shells turn it
/// into `Expectations` through `Expectations::new`, so the same request is judged the same way everywhere.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimRequest {
    /// Allowed algorithms; empty means the header's `alg`, provided it fits the key.
    pub algorithms: Vec<Algorithm>,
    /// Seconds since the epoch at which the claims are judged.
    pub at: f64,
    /// Seconds of clock skew allowed for `exp`, `nbf` and `iat`.
    pub leeway: u64,
    /// Any of these issuers is accepted; empty means `iss` is not checked.
    pub issuers: Vec<String>,
    /// The token must name one of these; empty means the token must not carry an `aud`.
    pub audiences: Vec<String>,
    /// The expected subject; none or blank means not checked.
    pub subject: Option<String>,
    pub required: Vec<String>,
    pub skip: Skips,
    /// Verify with a key the token carries (`jwk`, `x5c`) when no key is given. Proves nothing: the verdict is then
    /// never valid (`untrusted_key`); for teaching.
    pub use_embedded_key: bool,
    /// Accept keys a careful verifier refuses (short HMAC secrets, small or ROCA RSA moduli) instead of `weak_key`.
    pub allow_weak_keys: bool,
    /// The profile demanded, and what an ID token is checked against.
    pub profile: super::profile::ProfileRequest,
}

/// What the token must satisfy besides its signature: a `ClaimRequest` made uniform (entries trimmed, blank ones
/// dropped, a blank subject no subject), read through its fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Expectations(ClaimRequest);

impl std::ops::Deref for Expectations {
    type Target = ClaimRequest;

    fn deref(&self) -> &ClaimRequest {
        &self.0
    }
}

impl Expectations {
    pub fn new(request: ClaimRequest) -> Expectations {
        let clean = |items: Vec<String>| -> Vec<String> {
            items.into_iter().map(|item| item.trim().to_owned()).filter(|item| !item.is_empty()).collect()
        };
        Expectations(ClaimRequest {
            issuers: clean(request.issuers),
            audiences: clean(request.audiences),
            subject: request.subject.map(|subject| subject.trim().to_owned()).filter(|subject| !subject.is_empty()),
            required: clean(request.required),
            ..request
        })
    }
}

/// A list typed as text, `a, b`: the entries between commas, trimmed, blanks dropped.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|item| !item.is_empty()).map(str::to_owned).collect()
}

/// The audiences a token names when it fails only because no audience was expected: what the window offers to
/// expect in one click (or to skip the check instead).
pub fn unexpected_audiences(decoded: &Decoded, expect: &Expectations) -> Option<Vec<String>> {
    if expect.skip.aud || !expect.audiences.is_empty() {
        return None;
    }
    match decoded.claims()?.get("aud")? {
        Value::String(one) => Some(vec![one.clone()]),
        Value::Array(items) if !items.is_empty() => {
            items.iter().map(|item| item.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>()
        }
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureStatus {
    Valid,
    Invalid,
    NotChecked,
    Unsupported,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignatureCheck {
    pub status: SignatureStatus,
    /// The key that decided it, described ("secret, utf8, 32 bytes"): in English in JSON, where scripts may match it.
    #[serde(serialize_with = "english")]
    pub key: Option<Text>,
    /// Why the status is what it is, for people.
    #[serde(skip)]
    pub detail: Text,
}

/// A key's description as the command line's JSON has always given it, whatever the reader's language.
fn english<S: serde::Serializer>(text: &Option<Text>, serializer: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serializer.serialize_str(&text.render_in(Lang::En)),
        None => serializer.serialize_none(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    Passed,
    Failed,
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimCheck {
    /// The claim (`exp`), or `require <claim>` for a claim that `--require` asked for.
    pub name: Cow<'static, str>,
    pub status: CheckStatus,
    pub detail: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub valid: bool,
    pub signature: SignatureCheck,
    pub claims: Vec<ClaimCheck>,
    pub errors: Vec<Problem>,
}

impl Verdict {
    /// Whether the input could not be used at all (exit code 2) rather than judged invalid (1).
    pub fn is_unusable(&self) -> bool {
        self.errors.iter().any(|problem| problem.kind.is_unusable_input())
    }
}

fn signature_check(status: SignatureStatus, key: Option<&Key>, detail: Text) -> SignatureCheck {
    SignatureCheck { status, key: key.map(|key| key.description.clone()), detail }
}

/// Judges `decoded` with `keys` (none: the signature is not checked) against `expect`.
pub fn verify(decoded: &Decoded, keys: Option<&KeySet>, expect: &Expectations) -> Verdict {
    if let Some((verdict, _)) = dpop_verdict(decoded, expect) {
        return verdict;
    }
    complete(decoded, judge_signature(decoded, keys, expect), expect)
}

/// An SD-JWT's verdict: the issuer's signature with `keys`, every disclosure fitting the payload's digests, the key
/// binding JWT's checks, and the claim checks on the claims as disclosed; with the disclosed claims.
pub fn verify_sd_jwt(
    sd: &super::sdjwt::SdJwt,
    keys: Option<&KeySet>,
    expect: &Expectations,
) -> (super::sdjwt::Processed, Verdict) {
    let SignatureJudgement { signature, mut errors, claims_apply } = judge_signature(&sd.issuer, keys, expect);
    let processed = super::sdjwt::process(sd);
    let mut claims = Vec::new();
    if claims_apply {
        claims = check_claims(&processed.claims, expect, &mut errors);
        errors.extend(processed.problems.iter().cloned());
        let leeway = if expect.leeway == 0 { super::dpop::DEFAULT_LEEWAY } else { expect.leeway as f64 };
        let request = super::sdjwt::KeyBindingRequest {
            required: expect.profile.require_key_binding,
            aud: expect.profile.kb_aud.clone(),
            nonce: expect.profile.nonce.clone(),
        };
        errors.extend(super::sdjwt::check_key_binding(sd, &processed.claims, &request, expect.at, leeway));
    }
    let valid = errors.is_empty() && signature.status == SignatureStatus::Valid;
    (processed, Verdict { valid, signature, claims, errors })
}

/// A DPoP proof's verdict and report, when `decoded` is one: it is checked with its own header key, whatever key
/// was given.
pub fn dpop_verdict(decoded: &Decoded, expect: &Expectations) -> Option<(Verdict, super::dpop::DpopReport)> {
    if decoded.is_malformed() || super::profile::detect(decoded) != super::profile::Profile::DpopJwt {
        return None;
    }
    let leeway = if expect.leeway == 0 { super::dpop::DEFAULT_LEEWAY } else { expect.leeway as f64 };
    Some(super::dpop::verify(decoded, &expect.profile.dpop, expect.at, leeway))
}

/// The part of a verdict that does not depend on the clock: the signature, the header's `crit`, and whether the
/// token is fit for claim checks at all. The window keeps it while only the time moves.
#[derive(Debug, Clone)]
pub struct SignatureJudgement {
    signature: SignatureCheck,
    errors: Vec<Problem>,
    claims_apply: bool,
}

pub fn judge_signature(decoded: &Decoded, keys: Option<&KeySet>, expect: &Expectations) -> SignatureJudgement {
    if let Some(problem) = decoded.problem() {
        return SignatureJudgement {
            signature: signature_check(SignatureStatus::NotChecked, None, text!("signature-malformed")),
            errors: vec![problem.clone()],
            claims_apply: false,
        };
    }
    if decoded.kind == TokenKind::Jwe {
        return SignatureJudgement {
            signature: signature_check(SignatureStatus::NotChecked, None, text!("signature-encrypted")),
            errors: vec![Problem::new(ErrorKind::Encrypted, text!("verify-encrypted"))],
            claims_apply: false,
        };
    }
    let mut errors = Vec::new();
    if let Some(problem) = decoded.header_member("crit").map(crit_problem) {
        errors.push(problem);
    }
    let signature = check_signature(decoded, keys, expect, &mut errors);
    SignatureJudgement { signature, errors, claims_apply: true }
}

/// Completes a verdict from a signature judgement with the claim checks at `expect.at`.
pub fn judge_claims(decoded: &Decoded, judgement: &SignatureJudgement, expect: &Expectations) -> Verdict {
    complete(decoded, judgement.clone(), expect)
}

fn complete(decoded: &Decoded, judgement: SignatureJudgement, expect: &Expectations) -> Verdict {
    // A DPoP proof is judged with its own key and its request, however the caller came here (the window judges
    // the signature and the claims apart).
    if let Some((verdict, _)) = dpop_verdict(decoded, expect) {
        return verdict;
    }
    let SignatureJudgement { signature, mut errors, claims_apply } = judgement;
    if !claims_apply {
        return Verdict { valid: false, signature, claims: Vec::new(), errors };
    }
    let claims = match payload_claims(decoded) {
        Ok(claims) => {
            let mut lines = check_claims(claims, expect, &mut errors);
            let leeway = expect.leeway as f64;
            for (name, outcome) in super::profile::checks(decoded, claims, &expect.profile, expect.at, leeway) {
                let mut checks = Checks { checks: Vec::new(), errors: &mut errors };
                checks.record(name, outcome.map_err(failure));
                lines.extend(checks.checks);
            }
            lines
        }
        Err(problem) => {
            errors.push(problem);
            Vec::new()
        }
    };
    Verdict { valid: errors.is_empty() && signature.status == SignatureStatus::Valid, signature, claims, errors }
}

/// A JWE's verdict and what opening it found. `decrypt_keys` open it (none: it is not opened, and the verdict is
/// the `encrypted` one); a token inside is judged with `keys` as any token is, and the JWE is valid only when it
/// opens and, if there is one, the token inside is valid. Claims of a plaintext that is a claims set are checked.
pub fn verify_jwe(
    decoded: &Decoded,
    decrypt_keys: Option<&KeySet>,
    keys: Option<&KeySet>,
    expect: &Expectations,
    random: &mut dyn FnMut(&mut [u8]),
) -> (super::jwe::Decrypted, Option<Verdict>, Verdict) {
    use super::jwe::DecryptStatus;
    let decrypted = super::jwe::open(decoded, decrypt_keys, random);
    match decrypted.status {
        DecryptStatus::NotAttempted => (decrypted, None, verify(decoded, keys, expect)),
        DecryptStatus::Failed => {
            let problem = decrypted.problem.clone().unwrap_or_else(super::jwe::decryption_failed);
            let signature = signature_check(SignatureStatus::NotChecked, None, text!("signature-encrypted"));
            (decrypted, None, Verdict { valid: false, signature, claims: Vec::new(), errors: vec![problem] })
        }
        DecryptStatus::Ok => match decrypted.inner.as_deref() {
            Some(inner) => {
                let inner_verdict = if inner.kind == TokenKind::Jwe {
                    verify_jwe(inner, decrypt_keys, keys, expect, random).2
                } else {
                    verify(inner, keys, expect)
                };
                let outer = inner_verdict.clone();
                (decrypted, Some(inner_verdict), outer)
            }
            None => {
                let verdict = judge_plaintext(&decrypted, expect);
                (decrypted, None, verdict)
            }
        },
    }
}

/// The verdict of an opened JWE whose plaintext is not a token: valid when its claims (if it has any) pass.
pub fn judge_plaintext(decrypted: &super::jwe::Decrypted, expect: &Expectations) -> Verdict {
    let mut errors = Vec::new();
    let claims = match decrypted.payload() {
        Some(claims) => check_claims(&claims, expect, &mut errors),
        None => Vec::new(),
    };
    let signature = signature_check(SignatureStatus::NotChecked, None, text!("signature-jwe-not-signed"));
    Verdict { valid: errors.is_empty(), signature, claims, errors }
}

/// RFC 7515 section 4.1.11: this program implements no extension, so any `crit` is unsupported.
pub(crate) fn crit_problem(crit: &Value) -> Problem {
    let message = match crit {
        Value::Array(names) if names.is_empty() => text!("crit-empty"),
        Value::Array(names) => {
            let listed: Vec<String> =
                names.iter().map(|name| name.as_str().map_or(name.to_string(), str::to_owned)).collect();
            let registered: Vec<&String> = listed
                .iter()
                .filter(|name| super::catalogue::header_parameter(name).is_some_and(|_| name.as_str() != "b64"))
                .collect();
            if !registered.is_empty() {
                text!("crit-registered", names = join(&registered))
            } else {
                text!("crit-unknown", names = listed.join(", "))
            }
        }
        _ => text!("crit-not-array", found = json_type_name(crit)),
    };
    Problem::new(ErrorKind::UnsupportedCrit, message)
}

fn join(names: &[&String]) -> String {
    names.iter().map(|name| name.as_str()).collect::<Vec<_>>().join(", ")
}

fn check_signature(
    decoded: &Decoded,
    keys: Option<&KeySet>,
    expect: &Expectations,
    errors: &mut Vec<Problem>,
) -> SignatureCheck {
    let alg = match decoded.header_member("alg") {
        None => {
            errors.push(Problem::new(ErrorKind::UnsupportedAlgorithm, text!("alg-missing")));
            return signature_check(SignatureStatus::Unsupported, None, text!("signature-no-alg"));
        }
        Some(Value::String(name)) if name.eq_ignore_ascii_case("none") => {
            errors.push(Problem::new(ErrorKind::Unsecured, text!("alg-none", alg = name)));
            return signature_check(SignatureStatus::NotChecked, None, text!("signature-unsecured"));
        }
        Some(Value::String(name)) => match Algorithm::from_name(name) {
            Some(alg) => alg,
            None => {
                errors.push(Problem::new(ErrorKind::UnsupportedAlgorithm, text!("alg-unsupported", alg = name)));
                return signature_check(SignatureStatus::Unsupported, None, text!("signature-unsupported", alg = name));
            }
        },
        Some(other) => {
            errors.push(Problem::new(
                ErrorKind::UnsupportedAlgorithm,
                text!("alg-not-string", found = json_type_name(other)),
            ));
            return signature_check(SignatureStatus::Unsupported, None, text!("signature-alg-not-string"));
        }
    };
    if !expect.algorithms.is_empty() && !expect.algorithms.contains(&alg) {
        let allowed: Vec<&str> = expect.algorithms.iter().map(|alg| alg.name()).collect();
        errors.push(Problem::new(
            ErrorKind::AlgorithmMismatch,
            text!("alg-not-allowed", alg = alg.name(), allowed = allowed.join(", ")),
        ));
        return signature_check(SignatureStatus::NotChecked, None, text!("signature-not-allowed", alg = alg.name()));
    }
    let embedded;
    let (candidates, carried) = match keys {
        Some(set) => match select_keys(set, alg, decoded.kid()) {
            Ok(candidates) => (candidates, false),
            Err(problem) => {
                errors.push(problem);
                return signature_check(SignatureStatus::NotChecked, None, text!("signature-no-usable-key"));
            }
        },
        None if expect.use_embedded_key => match embedded_key(decoded) {
            Some(Ok(key)) => {
                embedded = key;
                (vec![&embedded], true)
            }
            Some(Err(error)) => {
                errors.push(Problem::new(ErrorKind::KeyInvalid, text!("key-embedded-invalid", why = error)));
                return signature_check(SignatureStatus::NotChecked, None, text!("signature-embedded-unreadable"));
            }
            None => {
                errors.push(Problem::new(ErrorKind::KeyNotFound, text!("key-none-embedded")));
                return signature_check(SignatureStatus::NotChecked, None, text!("signature-no-key-carried"));
            }
        },
        None => return signature_check(SignatureStatus::NotChecked, None, text!("signature-no-key")),
    };
    let (Some(input), Some(signature_bytes)) = (decoded.signing_input(), decoded.signature_bytes()) else {
        return signature_check(SignatureStatus::NotChecked, None, text!("signature-missing"));
    };
    let mut genuine = None;
    let mut last_reason = text!("signature-does-not-match");
    for key in &candidates {
        match signature::verify(alg, key, input.as_bytes(), signature_bytes) {
            Ok(Check::Genuine) => {
                genuine = Some(*key);
                break;
            }
            Ok(Check::Forged(reason)) => last_reason = reason,
            Err(error) => {
                errors.push(Problem::new(ErrorKind::KeyInvalid, error));
                return signature_check(SignatureStatus::NotChecked, Some(key), text!("signature-key-unusable"));
            }
        }
    }
    let decisive = genuine.or(candidates.first().copied());
    let signature = match genuine {
        Some(key) => signature_check(SignatureStatus::Valid, Some(key), text!("signature-verified")),
        None => {
            let message = text!("signature-invalid", alg = alg.name(), why = last_reason.clone());
            errors.push(Problem::new(ErrorKind::InvalidSignature, message));
            signature_check(SignatureStatus::Invalid, decisive, last_reason)
        }
    };
    if carried && signature.status == SignatureStatus::Valid {
        errors.push(Problem::new(ErrorKind::UntrustedKey, text!("key-untrusted")));
    }
    if let Some(weakness) = decisive.and_then(|key| key.weakness(alg))
        && !expect.allow_weak_keys
    {
        errors.push(Problem::new(ErrorKind::WeakKey, text!("key-weak", why = weakness.text())));
    }
    signature
}

/// At most this many kids are named when none matches.
const KIDS_LISTED: usize = 5;

/// The keys to try for `alg`: by `kid` in a JWK Set, else the one key that fits.
fn select_keys<'k>(set: &'k KeySet, alg: Algorithm, kid: Option<&str>) -> Result<Vec<&'k Key>, Problem> {
    if !set.is_set {
        let key = &set.keys[0];
        return match key.mismatch(alg, Purpose::Verify) {
            None => Ok(vec![key]),
            Some(reason) => Err(Problem::new(ErrorKind::AlgorithmMismatch, reason)),
        };
    }
    if let Some(kid) = kid {
        let named: Vec<&Key> = set.keys.iter().filter(|key| key.kid.as_deref() == Some(kid)).collect();
        if named.is_empty() {
            return Err(Problem::new(
                ErrorKind::KeyNotFound,
                text!("kid-not-found", kid = kid, known = known_kids(set)),
            ));
        }
        let fitting: Vec<&Key> =
            named.iter().copied().filter(|key| key.mismatch(alg, Purpose::Verify).is_none()).collect();
        return match fitting.len() {
            0 => {
                let reason = named[0].mismatch(alg, Purpose::Verify).unwrap_or_else(|| Text::verbatim(""));
                Err(Problem::new(ErrorKind::AlgorithmMismatch, text!("kid-mismatch", kid = kid, why = reason)))
            }
            1 => Ok(fitting),
            count => Err(Problem::new(
                ErrorKind::KeyInvalid,
                text!("kid-ambiguous", count = count, kid = kid, alg = alg.name()),
            )),
        };
    }
    let fitting: Vec<&Key> = set.keys.iter().filter(|key| key.mismatch(alg, Purpose::Verify).is_none()).collect();
    match fitting.len() {
        // A set of one key is that key: say why it does not fit.
        0 if set.keys.len() == 1 => Err(Problem::new(
            ErrorKind::AlgorithmMismatch,
            set.keys[0].mismatch(alg, Purpose::Verify).unwrap_or_else(|| Text::verbatim("")),
        )),
        0 => Err(Problem::new(ErrorKind::KeyNotFound, text!("jwks-none-fits", alg = alg.name()))),
        1 => Ok(fitting),
        count => Err(Problem::new(ErrorKind::KeyNotFound, text!("jwks-many-fit", count = count, alg = alg.name()))),
    }
}

/// The set's kids for a message: a few of them and how many there are.
fn known_kids(set: &KeySet) -> Text {
    let kids: Vec<&str> = set.keys.iter().filter_map(|key| key.kid.as_deref()).collect();
    match kids.len() {
        0 => text!("kids-none"),
        count if count <= KIDS_LISTED => text!("kids-all", kids = kids.join(", ")),
        count => text!("kids-some", count = count, kids = kids[..KIDS_LISTED].join(", ")),
    }
}

fn embedded_key(decoded: &Decoded) -> Option<Result<Key, Text>> {
    if let Some(jwk) = decoded.header_member("jwk") {
        let object = jwk.as_object()?;
        return Some(
            keys::parse_jwk(object)
                .map(|mut key| {
                    key.description = text!("key-carried", key = key.description);
                    key
                })
                .map_err(|error| error.0),
        );
    }
    let first = decoded.header_member("x5c")?.as_array()?.first()?.as_str()?;
    Some(keys::key_from_certificate_base64(first).map_err(|error| error.0))
}

/// The claims set, or why the payload is not one (reported as malformed after the signature check).
fn payload_claims(decoded: &Decoded) -> Result<&Map<String, Value>, Problem> {
    let offset = decoded.part(Segment::Payload).map_or(0, |part| decoded.char_offset(part.range.start));
    let malformed = |message: Text| Problem::malformed(Segment::Payload, offset, message);
    if let Some(name) = decoded.payload_duplicates.first() {
        return Err(malformed(text!("payload-repeats", name = name)));
    }
    match (&decoded.payload_json, decoded.payload_bytes()) {
        (Some(Value::Object(claims)), _) => Ok(claims),
        (Some(other), _) => Err(malformed(text!("payload-not-object", found = json_type_name(other)))),
        (None, Some([])) => Err(malformed(text!("payload-empty"))),
        (None, Some(bytes)) if std::str::from_utf8(bytes).is_ok() => Err(malformed(text!("payload-text"))),
        (None, _) => Err(malformed(text!("payload-not-utf8"))),
    }
}

fn check_claims(claims: &Map<String, Value>, expect: &Expectations, errors: &mut Vec<Problem>) -> Vec<ClaimCheck> {
    let mut checks = Checks { checks: Vec::with_capacity(8), errors };
    let registered = Registered::of(claims);
    for (name, skipped, value) in [
        ("exp", expect.skip.exp, registered.exp),
        ("nbf", expect.skip.nbf, registered.nbf),
        ("iat", expect.skip.iat, registered.iat),
    ] {
        if skipped {
            checks.skip(name);
        } else if let Some(value) = value {
            checks.record(name, time_check(name, value, expect));
        }
    }
    if !expect.issuers.is_empty() {
        checks.record("iss", issuer_check(registered.iss, &expect.issuers).map_err(failure));
    } else if let Some(value) = registered.iss {
        checks.record(
            "iss",
            string_type(value, "iss").map(|issuer| text!("check-iss-unchecked", issuer = issuer)).map_err(failure),
        );
    }
    if expect.skip.aud {
        checks.skip("aud");
    } else if let Some(outcome) = audience_check(registered.aud, &expect.audiences) {
        checks.record("aud", outcome.map_err(failure));
    }
    if let Some(expected) = &expect.subject {
        checks.record("sub", subject_check(registered.sub, expected).map_err(failure));
    } else if let Some(value) = registered.sub {
        checks.record(
            "sub",
            string_type(value, "sub").map(|sub| text!("check-sub-unchecked", sub = sub)).map_err(failure),
        );
    }
    if let Some(value) = registered.jti {
        checks.record("jti", string_type(value, "jti").map(|_| text!("check-jti")).map_err(failure));
    }
    for name in &expect.required {
        let outcome = if claims.contains_key(name) {
            Ok(text!("check-present"))
        } else {
            Err(failure(Problem::new(ErrorKind::MissingClaim, text!("claim-required-missing", name = name))))
        };
        checks.record(format!("require {name}"), outcome);
    }
    checks.checks
}

/// The registered claims that `verify` checks, found in one pass: hashing each name for a lookup cost more than
/// walking a typical claims set once.
#[derive(Default)]
struct Registered<'c> {
    exp: Option<&'c Value>,
    nbf: Option<&'c Value>,
    iat: Option<&'c Value>,
    iss: Option<&'c Value>,
    aud: Option<&'c Value>,
    sub: Option<&'c Value>,
    jti: Option<&'c Value>,
}

impl<'c> Registered<'c> {
    fn of(claims: &'c Map<String, Value>) -> Self {
        let mut found = Registered::default();
        for (name, value) in claims {
            let slot = match name.as_str() {
                "exp" => &mut found.exp,
                "nbf" => &mut found.nbf,
                "iat" => &mut found.iat,
                "iss" => &mut found.iss,
                "aud" => &mut found.aud,
                "sub" => &mut found.sub,
                "jti" => &mut found.jti,
                _ => continue,
            };
            *slot = Some(value);
        }
        found
    }
}

/// The claim checks made so far, with the errors of those that failed.
struct Checks<'e> {
    checks: Vec<ClaimCheck>,
    errors: &'e mut Vec<Problem>,
}

impl Checks<'_> {
    fn record(&mut self, name: impl Into<Cow<'static, str>>, outcome: Result<Text, Failure>) {
        let (status, detail) = match outcome {
            Ok(detail) => (CheckStatus::Passed, detail),
            Err((problem, detail)) => {
                self.errors.push(problem);
                (CheckStatus::Failed, detail)
            }
        };
        self.checks.push(ClaimCheck { name: name.into(), status, detail });
    }

    fn skip(&mut self, name: &'static str) {
        self.checks.push(ClaimCheck {
            name: Cow::Borrowed(name),
            status: CheckStatus::Skipped,
            detail: text!("check-skipped"),
        });
    }
}

/// A failed claim check: the error, and the shorter wording for the check's own line.
type Failure = (Problem, Text);

fn failure(problem: Problem) -> Failure {
    let detail = problem.message.clone();
    (problem, detail)
}

fn time_check(name: &str, value: &Value, expect: &Expectations) -> Result<Text, Failure> {
    let Some(at) = value.as_f64() else {
        return Err(failure(Problem::new(
            ErrorKind::InvalidClaimType,
            text!("claim-not-numeric-date", name = name.to_owned(), found = json_type_name(value)),
        )));
    };
    let now = expect.at;
    let leeway = expect.leeway as f64;
    let when = || Arg::Time(at);
    let ago = || Arg::Span(now - at);
    let ahead = || Arg::Span(at - now);
    match name {
        "exp" if now >= at + leeway => Err((
            Problem::new(ErrorKind::Expired, text!("claim-expired", when = when())),
            text!("check-exp-expired", ago = ago(), when = when()),
        )),
        "exp" if now >= at => Ok(text!("check-exp-leeway", ago = ago(), when = when())),
        "exp" => Ok(text!("check-exp-valid", ahead = ahead(), when = when())),
        "nbf" if now < at - leeway => Err((
            Problem::new(ErrorKind::NotYetValid, text!("claim-not-yet-valid", when = when())),
            text!("check-nbf-future", ahead = ahead(), when = when()),
        )),
        "nbf" => Ok(text!("check-nbf-valid", when = when())),
        "iat" if now < at - leeway => Err((
            Problem::new(ErrorKind::NotYetValid, text!("claim-issued-in-future", when = when())),
            text!("check-iat-future", ahead = ahead(), when = when()),
        )),
        "iat" if now < at => Ok(text!("check-iat-leeway", ahead = ahead(), when = when())),
        _ => Ok(text!("check-iat-valid", ago = ago(), when = when())),
    }
}

fn string_type<'v>(value: &'v Value, name: &str) -> Result<&'v str, Problem> {
    value.as_str().ok_or_else(|| {
        Problem::new(
            ErrorKind::InvalidClaimType,
            text!("claim-not-string", name = name.to_owned(), found = json_type_name(value)),
        )
    })
}

fn issuer_check(value: Option<&Value>, issuers: &[String]) -> Result<Text, Problem> {
    let value = value.ok_or_else(|| Problem::new(ErrorKind::MissingClaim, text!("claim-iss-missing")))?;
    let issuer = string_type(value, "iss")?;
    if issuers.iter().any(|expected| expected == issuer) {
        Ok(text!("check-iss", issuer = issuer))
    } else {
        Err(Problem::new(
            ErrorKind::InvalidIssuer,
            text!("claim-iss-wrong", issuer = issuer, expected = quoted_list(issuers)),
        ))
    }
}

fn audience_check(value: Option<&Value>, audiences: &[String]) -> Option<Result<Text, Problem>> {
    let value = value.filter(|value| !value.is_null());
    let named: Result<Vec<&str>, Problem> = value
        .map(|value| match value {
            Value::String(one) => Ok(vec![one.as_str()]),
            Value::Array(items) => items
                .iter()
                .map(|item| {
                    item.as_str().ok_or_else(|| Problem::new(ErrorKind::InvalidClaimType, text!("claim-aud-type")))
                })
                .collect(),
            other => {
                Err(Problem::new(ErrorKind::InvalidClaimType, text!("claim-aud-not", found = json_type_name(other))))
            }
        })
        .transpose()
        .map(Option::unwrap_or_default);
    let named = match named {
        Ok(named) => named,
        Err(problem) => return Some(Err(problem)),
    };
    match (value.is_some(), audiences.is_empty()) {
        (false, true) => None,
        (false, false) => Some(Err(Problem::new(ErrorKind::MissingClaim, text!("claim-aud-missing")))),
        (true, true) => Some(Err(Problem::new(
            ErrorKind::InvalidAudience,
            text!("claim-aud-unexpected", named = quoted_list(&named)),
        ))),
        (true, false) => Some(if named.iter().any(|name| audiences.iter().any(|expected| expected == name)) {
            Ok(text!("check-aud", named = quoted_list(&named)))
        } else {
            Err(Problem::new(
                ErrorKind::InvalidAudience,
                text!("claim-aud-wrong", named = quoted_list(&named), expected = quoted_list(audiences)),
            ))
        }),
    }
}

fn subject_check(value: Option<&Value>, expected: &str) -> Result<Text, Problem> {
    let value = value.ok_or_else(|| Problem::new(ErrorKind::MissingClaim, text!("claim-sub-missing")))?;
    let subject = string_type(value, "sub")?;
    if subject == expected {
        Ok(text!("check-sub", sub = subject))
    } else {
        Err(Problem::new(ErrorKind::InvalidSubject, text!("claim-sub-wrong", sub = subject, expected = expected)))
    }
}

fn quoted_list<S: AsRef<str>>(items: &[S]) -> String {
    let mut list = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            list.push_str(", ");
        }
        list.push('"');
        list.push_str(item.as_ref());
        list.push('"');
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::encode;
    use crate::jose::keys::{SecretEncoding, secret_from_text};
    use serde_json::json;

    const SECRET: &str = "a-test-secret-that-is-32-bytes!!";

    fn key() -> KeySet {
        KeySet::single(secret_from_text(SECRET, SecretEncoding::Utf8).unwrap())
    }

    fn token(payload: Value) -> Decoded {
        let header = json!({"typ": "JWT"});
        let key = secret_from_text(SECRET, SecretEncoding::Utf8).unwrap();
        crate::jose::decode(
            &encode::encode(header.as_object().unwrap(), &payload, Algorithm::HS256, &key).unwrap().token,
        )
    }

    fn kinds(payload: Value, request: ClaimRequest) -> Vec<ErrorKind> {
        let verdict = verify(&token(payload), Some(&key()), &Expectations::new(request));
        verdict.errors.iter().map(|problem| problem.kind).collect()
    }

    fn at(seconds: f64) -> ClaimRequest {
        ClaimRequest { at: seconds, ..ClaimRequest::default() }
    }

    #[test]
    fn exp_is_expired_on_its_own_second_and_the_leeway_extends_it() {
        assert_eq!(kinds(json!({"exp": 100}), at(99.0)), []);
        assert_eq!(kinds(json!({"exp": 100}), at(100.0)), [ErrorKind::Expired]);
        assert_eq!(kinds(json!({"exp": 100}), ClaimRequest { leeway: 5, ..at(104.0) }), []);
        assert_eq!(kinds(json!({"exp": 100}), ClaimRequest { leeway: 5, ..at(105.0) }), [ErrorKind::Expired]);
    }

    #[test]
    fn nbf_and_a_future_iat_are_not_yet_valid_outside_the_leeway() {
        assert_eq!(kinds(json!({"nbf": 100}), at(99.0)), [ErrorKind::NotYetValid]);
        assert_eq!(kinds(json!({"nbf": 100}), at(100.0)), []);
        assert_eq!(kinds(json!({"iat": 100}), at(99.0)), [ErrorKind::NotYetValid]);
        assert_eq!(kinds(json!({"iat": 100}), ClaimRequest { leeway: 1, ..at(99.0) }), []);
    }

    #[test]
    fn time_claims_must_be_numbers_and_fractions_are_allowed() {
        assert_eq!(kinds(json!({"exp": "1700003600"}), at(0.0)), [ErrorKind::InvalidClaimType]);
        assert_eq!(kinds(json!({"exp": 100.5}), at(100.25)), []);
    }

    #[test]
    fn skipped_checks_are_listed_as_skipped_and_raise_nothing() {
        let request = ClaimRequest { skip: Skips { exp: true, aud: true, ..Skips::default() }, ..at(500.0) };
        let verdict = verify(&token(json!({"exp": 100, "aud": "x"})), Some(&key()), &Expectations::new(request));
        assert!(verdict.valid);
        let statuses: Vec<(&str, CheckStatus)> =
            verdict.claims.iter().map(|check| (check.name.as_ref(), check.status)).collect();
        assert_eq!(statuses, [("exp", CheckStatus::Skipped), ("aud", CheckStatus::Skipped)]);
    }

    #[test]
    fn an_issuer_must_be_one_of_those_expected() {
        let expecting =
            |issuers: &[&str]| ClaimRequest { issuers: issuers.iter().map(|i| i.to_string()).collect(), ..at(0.0) };
        assert_eq!(kinds(json!({"iss": "a"}), expecting(&["b", "a"])), []);
        assert_eq!(kinds(json!({"iss": "c"}), expecting(&["b", "a"])), [ErrorKind::InvalidIssuer]);
        assert_eq!(kinds(json!({}), expecting(&["a"])), [ErrorKind::MissingClaim]);
        assert_eq!(kinds(json!({"iss": 7}), expecting(&["a"])), [ErrorKind::InvalidClaimType]);
        assert_eq!(kinds(json!({"iss": 7}), at(0.0)), [ErrorKind::InvalidClaimType]);
    }

    #[test]
    fn an_audience_the_token_names_must_be_expected() {
        let expecting = |audiences: &[&str]| ClaimRequest {
            audiences: audiences.iter().map(|a| a.to_string()).collect(),
            ..at(0.0)
        };
        assert_eq!(kinds(json!({"aud": "api"}), expecting(&["api"])), []);
        assert_eq!(kinds(json!({"aud": ["x", "api"]}), expecting(&["api"])), []);
        assert_eq!(kinds(json!({"aud": "web"}), expecting(&["api"])), [ErrorKind::InvalidAudience]);
        assert_eq!(kinds(json!({"aud": "api"}), at(0.0)), [ErrorKind::InvalidAudience]);
        assert_eq!(kinds(json!({"aud": null}), at(0.0)), []);
        assert_eq!(kinds(json!({}), expecting(&["api"])), [ErrorKind::MissingClaim]);
        assert_eq!(kinds(json!({"aud": 3}), at(0.0)), [ErrorKind::InvalidClaimType]);
        assert_eq!(kinds(json!({"aud": ["api", 3]}), expecting(&["api"])), [ErrorKind::InvalidClaimType]);
        assert_eq!(
            kinds(json!({"aud": "api"}), expecting(&["  ", ""])),
            [ErrorKind::InvalidAudience],
            "blanks are not audiences"
        );
    }

    #[test]
    fn the_window_can_offer_the_audience_it_failed_on() {
        let decoded = token(json!({"aud": ["a", "b"]}));
        assert_eq!(unexpected_audiences(&decoded, &Expectations::new(at(0.0))), Some(vec!["a".into(), "b".into()]));
        let expecting = ClaimRequest { audiences: vec!["a".into()], ..at(0.0) };
        assert_eq!(unexpected_audiences(&decoded, &Expectations::new(expecting)), None);
        assert_eq!(unexpected_audiences(&token(json!({})), &Expectations::new(at(0.0))), None);
    }

    #[test]
    fn the_subject_and_required_claims() {
        let subject = |sub: &str| ClaimRequest { subject: Some(sub.into()), ..at(0.0) };
        assert_eq!(kinds(json!({"sub": "ada"}), subject("ada")), []);
        assert_eq!(kinds(json!({"sub": "bob"}), subject("ada")), [ErrorKind::InvalidSubject]);
        assert_eq!(kinds(json!({}), subject("ada")), [ErrorKind::MissingClaim]);
        assert_eq!(kinds(json!({}), subject("  ")), [], "a blank subject is no expectation");
        let required = ClaimRequest { required: vec!["scope".into(), "jti".into()], ..at(0.0) };
        assert_eq!(kinds(json!({"jti": "x"}), required), [ErrorKind::MissingClaim]);
    }

    #[test]
    fn a_payload_that_is_no_claims_set_is_malformed_after_the_signature_is_checked() {
        let verdict = verify(&token(json!([1, 2])), Some(&key()), &Expectations::new(at(0.0)));
        assert_eq!(verdict.signature.status, SignatureStatus::Valid);
        assert_eq!(
            verdict.errors.iter().map(|p| (p.kind, p.segment)).collect::<Vec<_>>(),
            [(ErrorKind::Malformed, Some(Segment::Payload))]
        );
    }

    #[test]
    fn an_algorithm_outside_the_allowed_list_is_a_mismatch() {
        let request = ClaimRequest { algorithms: vec![Algorithm::HS512], ..at(0.0) };
        assert_eq!(kinds(json!({}), request), [ErrorKind::AlgorithmMismatch]);
    }
}
