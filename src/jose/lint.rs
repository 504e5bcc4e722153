//! Findings: what is risky about a token, each with a stable id, a severity, a title, an explanation a
//! junior developer understands, and a reference (an RFC section, RFC 8725 "JWT Best Current Practices",
//! or a CVE). Includes cracking an HMAC signature against the shipped word list of weak secrets.

use super::algorithm::{Algorithm, Family};
use super::claims;
use super::decode::{Decoded, TokenKind};
use super::keys;
use super::keys::{KeySet, Purpose, Weakness};
use crate::i18n::{Arg, Text};
use crate::text;
use hmac::digest::{KeyInit, OutputSizeUser};
use hmac::{Hmac, Mac};
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Sha256, Sha384, Sha512};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// The severity as findings are headed with it ("HIGH", "높음").
    pub fn label(self) -> Text {
        Text::new(match self {
            Severity::Info => "severity-info",
            Severity::Low => "severity-low",
            Severity::Medium => "severity-medium",
            Severity::High => "severity-high",
        })
    }

    pub fn from_name(name: &str) -> Option<Severity> {
        [Severity::Info, Severity::Low, Severity::Medium, Severity::High].into_iter().find(|s| s.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: &'static str,
    pub severity: Severity,
    pub title: Text,
    pub explanation: Text,
    pub reference: &'static str,
}

fn finding(id: &'static str, severity: Severity, title: Text, explanation: Text, reference: &'static str) -> Finding {
    Finding { id, severity, title, explanation, reference }
}

/// What the linter is told besides the token.
#[derive(Debug, Clone)]
pub struct LintOptions<'k> {
    pub now: f64,
    /// What the token is offered as (`lint --profile`).
    pub offered_as: Option<super::profile::Profile>,
    pub keys: Option<&'k KeySet>,
    /// Lifetimes (`exp - iat`) above this many seconds are reported as long.
    pub max_lifetime: f64,
    /// The word-list crack's result when the caller has it already (it depends on the token alone, and the window
    /// keeps it while other inputs change); `None` makes `lint` try the list itself when no key is given.
    pub crack: Option<Crack>,
}

impl Default for LintOptions<'_> {
    fn default() -> Self {
        LintOptions { now: 0.0, offered_as: None, keys: None, max_lifetime: 86_400.0, crack: None }
    }
}

/// What trying the weak-secret word list against a token's HMAC signature found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crack {
    /// Not an HMAC token, or nothing to try it on.
    NotApplicable,
    /// This word (perhaps the empty secret) reproduces the signature.
    Found(&'static str),
    NotFound,
    /// The signing input is over `CRACK_LIMIT` bytes, so the list was not tried.
    TooLarge {
        bytes: usize,
    },
    /// Not known yet: the window is trying the list in the background.
    Pending,
}

/// The largest signing input the word list is tried on. Each word costs one HMAC over the whole input, so the
/// list costs about 3,200 times the input's hashing: at this size some 630 MB, a fifth of a second on two cores of
/// the machines this was measured on. A megabyte would take over a second, so it is not tried.
pub const CRACK_LIMIT: usize = 192 * 1024;

const WEAK_SECRETS_FILE: &str = include_str!("../../assets/weak-secrets.txt");

/// The shipped word list of weak and published example secrets.
pub fn weak_secrets() -> impl Iterator<Item = &'static str> {
    WEAK_SECRETS_FILE.lines().filter(|line| !line.is_empty() && !line.starts_with('#'))
}

pub fn is_weak_secret(secret: &[u8]) -> bool {
    weak_secrets().any(|word| word.as_bytes() == secret)
}

/// Every finding for the token, most severe first (ties keep the order they were found in).
pub fn lint(decoded: &Decoded, options: &LintOptions) -> Vec<Finding> {
    let mut findings = Vec::new();
    let header = decoded.header.clone().unwrap_or_default();
    algorithm_findings(decoded, &header, options, &mut findings);
    header_findings(decoded, &header, &mut findings);
    if decoded.kind == TokenKind::Jwe {
        encryption_findings(&header, &mut findings);
    }
    profile_findings(decoded, &header, options.offered_as, &mut findings);
    if decoded.kind == TokenKind::Jws {
        match decoded.claims() {
            Some(claims) => claim_findings(claims, options, &mut findings),
            None if decoded.payload_bytes().is_some() => findings.push(finding(
                "payload_not_claims",
                Severity::Low,
                text!("lint-payload-not-claims-title"),
                text!("lint-payload-not-claims-explanation"),
                "RFC 7519 section 7.2",
            )),
            None => {}
        }
        if !decoded.payload_duplicates.is_empty() {
            findings.push(finding(
                "duplicate_claims",
                Severity::Medium,
                text!("lint-duplicate-claims-title", payload_duplicates = decoded.payload_duplicates.join(", ")),
                text!("lint-duplicate-claims-explanation"),
                "RFC 7519 section 4, RFC 8725 section 3.2",
            ));
        }
    }
    findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    findings
}

/// What is risky about how a JWE is sealed, from its header alone.
fn encryption_findings(header: &Map<String, Value>, findings: &mut Vec<Finding>) {
    let alg = header.get("alg").and_then(Value::as_str).unwrap_or("");
    let enc = header.get("enc").and_then(Value::as_str).unwrap_or("");
    if alg == "RSA1_5" {
        findings.push(finding(
            "rsa1_5",
            Severity::High,
            text!("lint-rsa1-5-title"),
            text!("lint-rsa1-5-explanation"),
            "RFC 7516 section 11.5, RFC 8725 section 3.2",
        ));
    }
    if alg == "dir" && matches!(enc, "A128GCM" | "A128CBC-HS256") {
        findings.push(finding(
            "dir_short_key",
            Severity::Low,
            text!("lint-dir-short-key-title", enc = enc),
            text!("lint-dir-short-key-explanation"),
            "RFC 7518 section 4.5, RFC 8725 section 3.5",
        ));
    }
    if alg.starts_with("PBES2")
        && let Some(count) = header.get("p2c").and_then(Value::as_u64).filter(|count| *count < LOW_P2C)
    {
        findings.push(finding(
            "pbes2_low_p2c",
            Severity::Medium,
            text!("lint-pbes2-low-p2c-title", count = count),
            text!("lint-pbes2-low-p2c-explanation", low = LOW_P2C),
            "RFC 7518 section 4.8.1.2, RFC 8725 section 3.5",
        ));
    }
    if header.get("zip").and_then(Value::as_str) == Some("DEF") {
        findings.push(finding(
            "jwe_zip",
            Severity::Info,
            text!("lint-jwe-zip-title"),
            text!("lint-jwe-zip-explanation", limit = super::jwe::MAX_INFLATED / (1024 * 1024)),
            "RFC 8725 section 3.6",
        ));
    }
}

/// What a profile's rules say of the token, without a verifier's request: the findings of DESIGN.md's profiles.
fn profile_findings(
    decoded: &Decoded,
    header: &Map<String, Value>,
    offered_as: Option<super::profile::Profile>,
    findings: &mut Vec<Finding>,
) {
    use super::profile::{Profile, detect};
    let claims = decoded.claims();
    let has = |name: &str| claims.is_some_and(|claims| claims.contains_key(name));
    let detected = detect(decoded);
    if offered_as == Some(Profile::AtJwt) && detected == Profile::IdToken {
        findings.push(finding(
            "id_token_as_access_token",
            Severity::High,
            text!("lint-id-token-as-access-token-title"),
            text!("lint-id-token-as-access-token-explanation"),
            "RFC 9068 section 1, RFC 8725 section 3.11",
        ));
    }
    match detected {
        Profile::AtJwt if !has("client_id") => findings.push(finding(
            "at_missing_client_id",
            Severity::Medium,
            text!("lint-at-missing-client-id-title"),
            text!("lint-at-missing-client-id-explanation"),
            "RFC 9068 section 2.2",
        )),
        Profile::DpopJwt => {
            let private = header.get("jwk").and_then(Value::as_object).and_then(|jwk| {
                ["d", "p", "q", "dp", "dq", "qi", "k"].into_iter().find(|member| jwk.contains_key(*member))
            });
            if let Some(member) = private {
                findings.push(finding(
                    "dpop_private_jwk",
                    Severity::High,
                    text!("lint-dpop-private-jwk-title", member = member),
                    text!("lint-dpop-private-jwk-explanation"),
                    "RFC 9449 section 4.2",
                ));
            }
        }
        Profile::LogoutJwt if has("nonce") => findings.push(finding(
            "logout_nonce",
            Severity::Medium,
            text!("lint-logout-nonce-title"),
            text!("lint-logout-nonce-explanation"),
            "OpenID Connect Back-Channel Logout 1.0 section 2.4",
        )),
        _ => {}
    }
}

/// Fewer PBES2 iterations than this make a password cheap to guess (OWASP asks 600,000 for PBKDF2-HMAC-SHA256).
const LOW_P2C: u64 = 100_000;

/// The findings of a nested token's inner one, once its JWE has been opened: an unsecured inner token above all.
pub fn nested_findings(inner: &Decoded, options: &LintOptions) -> Vec<Finding> {
    let mut findings = Vec::new();
    if inner.is_unsecured() {
        findings.push(finding(
            "nested_alg_none",
            Severity::High,
            text!("lint-nested-alg-none-title"),
            text!("lint-nested-alg-none-explanation"),
            "RFC 7519 section 11.2, RFC 8725 section 3.1",
        ));
    }
    findings.extend(lint(inner, options).into_iter().filter(|finding| finding.id != "alg_none"));
    findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    findings
}

fn algorithm_findings(
    decoded: &Decoded,
    header: &Map<String, Value>,
    options: &LintOptions,
    findings: &mut Vec<Finding>,
) {
    if decoded.kind == TokenKind::Jwe {
        return;
    }
    let alg_name = header.get("alg").and_then(Value::as_str);
    if decoded.is_unsecured() {
        findings.push(finding(
            "alg_none",
            Severity::High,
            text!("lint-alg-none-title", none = alg_name.unwrap_or("none")),
            text!("lint-alg-none-explanation"),
            "RFC 8725 section 3.1, CVE-2015-9235",
        ));
        return;
    }
    let Some(alg) = alg_name.and_then(Algorithm::from_name) else {
        findings.push(finding(
            "unsupported_alg",
            Severity::Medium,
            match alg_name {
                Some(name) => text!("lint-unsupported-alg-title", alg = name),
                None => text!("lint-unsupported-alg-missing-title"),
            },
            text!("lint-unsupported-alg-explanation"),
            "RFC 7515 section 4.1.1, RFC 8725 section 3.1",
        ));
        return;
    };
    if decoded.signature_bytes().is_some_and(<[u8]>::is_empty) {
        findings.push(finding(
            "empty_signature",
            Severity::High,
            text!("lint-empty-signature-title", alg = alg),
            text!("lint-empty-signature-explanation"),
            "RFC 8725 section 3.1",
        ));
    }
    if let Some(set) = options.keys {
        for key in &set.keys {
            match key.weakness(alg) {
                Some(Weakness::SmallModulus { bits }) => findings.push(finding(
                    "weak_key",
                    Severity::High,
                    text!("lint-weak-key-title", bits = bits),
                    text!("lint-weak-key-explanation", bits = bits),
                    "RFC 7518 section 3.3, RFC 8725 section 3.5",
                )),
                Some(Weakness::Roca) => findings.push(finding(
                    "weak_key",
                    Severity::High,
                    text!("lint-weak-key-title-2", bits = key.bits().unwrap_or(0)),
                    text!("lint-weak-key-explanation-2"),
                    "CVE-2017-15361",
                )),
                _ => {}
            }
            if let Some(reason) = key.mismatch(alg, Purpose::Verify) {
                let confusion = alg.family() == Family::Hmac && !key.is_secret();
                findings.push(finding(
                    "alg_key_mismatch",
                    if confusion { Severity::High } else { Severity::Medium },
                    text!("lint-alg-key-mismatch-title", alg = alg, kind_name = key.kind_name()),
                    text!("lint-alg-key-mismatch-explanation", reason = reason),
                    "RFC 8725 section 3.1, CVE-2016-10555",
                ));
            }
        }
    }
    if let Some(Value::Object(jwk)) = header.get("jwk")
        && let Ok(key) = keys::parse_jwk(jwk)
        && let Some(reason) = key.mismatch(alg, Purpose::Verify)
    {
        findings.push(finding(
            "alg_key_mismatch",
            Severity::High,
            text!("lint-alg-key-mismatch-title-2", alg = alg),
            text!("lint-alg-key-mismatch-explanation-2", reason = reason),
            "RFC 8725 section 3.1",
        ));
    }
    if alg.family() == Family::Hmac {
        hmac_findings(decoded, alg, options, findings);
    }
}

fn hmac_findings(decoded: &Decoded, alg: Algorithm, options: &LintOptions, findings: &mut Vec<Finding>) {
    let minimum = alg.hmac_output_len().unwrap_or(32);
    let given = options.keys.and_then(|set| set.keys.iter().find_map(|key| key.secret_bytes()));
    if let Some(secret) = given {
        if secret.is_empty() {
            findings.push(finding(
                "empty_secret",
                Severity::High,
                text!("lint-empty-secret-title"),
                text!("lint-empty-secret-explanation"),
                "RFC 7518 section 3.2",
            ));
        } else if is_weak_secret(secret) {
            findings.push(weak_secret_finding(text!("lint-weak-secret-listed-title"), minimum));
        } else if secret.len() < minimum {
            findings.push(finding(
                "weak_secret",
                Severity::High,
                text!("lint-weak-secret-title", count = secret.len(), alg = alg, minimum = minimum),
                text!("lint-weak-secret-explanation", minimum = minimum),
                "RFC 7518 section 3.2, RFC 8725 section 3.5",
            ));
        }
        return;
    }
    match options.crack.unwrap_or_else(|| crack(decoded)) {
        Crack::Found(word) => {
            let title = if word.is_empty() {
                text!("lint-weak-secret-empty-title")
            } else {
                text!("lint-weak-secret-cracked-title", word = word)
            };
            findings.push(weak_secret_finding(title, minimum));
        }
        Crack::TooLarge { bytes } => findings.push(finding(
            "crack_skipped",
            Severity::Info,
            text!("lint-crack-skipped-title", bytes = bytes / 1024),
            text!("lint-crack-skipped-explanation", limit = CRACK_LIMIT / 1024),
            "RFC 7518 section 3.2, RFC 8725 section 3.5",
        )),
        Crack::NotApplicable | Crack::NotFound | Crack::Pending => {}
    }
}

fn weak_secret_finding(title: Text, minimum: usize) -> Finding {
    finding(
        "weak_secret",
        Severity::High,
        title,
        text!("lint-weak-secret-explanation-2", minimum = minimum),
        "RFC 7518 section 3.2, RFC 8725 section 3.5",
    )
}

/// Tries the empty secret and every word of the list against the token's HMAC signature, in list order, on every
/// core. The keyed HMAC state of each word is made once per process, so a word costs only the hashing of the input.
pub fn crack(decoded: &Decoded) -> Crack {
    crack_unless(decoded, &AtomicBool::new(false))
}

/// `crack`, giving up (with `Crack::Pending`: nothing is known) as soon as `abandoned` is set, as the window does
/// when the token changes while the list is being tried.
pub fn crack_unless(decoded: &Decoded, abandoned: &AtomicBool) -> Crack {
    let Some(alg) = decoded.alg().and_then(Algorithm::from_name).filter(|alg| alg.family() == Family::Hmac) else {
        return Crack::NotApplicable;
    };
    let (Some(input), Some(signature)) = (decoded.signing_input(), decoded.signature_bytes()) else {
        return Crack::NotApplicable;
    };
    if input.len() > CRACK_LIMIT {
        return Crack::TooLarge { bytes: input.len() };
    }
    let input = input.as_bytes();
    let found = match alg {
        Algorithm::HS256 => first_match(keyed_words::<Hmac<Sha256>>(&HS256_WORDS), input, signature, abandoned),
        Algorithm::HS384 => first_match(keyed_words::<Hmac<Sha384>>(&HS384_WORDS), input, signature, abandoned),
        _ => first_match(keyed_words::<Hmac<Sha512>>(&HS512_WORDS), input, signature, abandoned),
    };
    if abandoned.load(Ordering::Relaxed) {
        return Crack::Pending;
    }
    found.map_or(Crack::NotFound, Crack::Found)
}

static HS256_WORDS: OnceLock<Vec<(&'static str, Hmac<Sha256>)>> = OnceLock::new();
static HS384_WORDS: OnceLock<Vec<(&'static str, Hmac<Sha384>)>> = OnceLock::new();
static HS512_WORDS: OnceLock<Vec<(&'static str, Hmac<Sha512>)>> = OnceLock::new();

/// The empty secret and the list's words, each with its HMAC keyed (the inner and outer pads hashed) once.
fn keyed_words<M: Mac + KeyInit + Clone>(
    cell: &'static OnceLock<Vec<(&'static str, M)>>,
) -> &'static [(&'static str, M)] {
    cell.get_or_init(|| {
        std::iter::once("")
            .chain(weak_secrets())
            .filter_map(|word| <M as KeyInit>::new_from_slice(word.as_bytes()).ok().map(|mac| (word, mac)))
            .collect()
    })
}

/// The first word, in list order, whose HMAC of `input` is `signature`.
fn first_match<M: Mac + Clone + Sync>(
    words: &[(&'static str, M)],
    input: &[u8],
    signature: &[u8],
    abandoned: &AtomicBool,
) -> Option<&'static str> {
    if signature.len() != <M as OutputSizeUser>::output_size() {
        return None;
    }
    let try_words = |chunk: &[(&'static str, M)]| {
        chunk.iter().take_while(|_| !abandoned.load(Ordering::Relaxed)).find_map(|(word, keyed)| {
            let mut mac = keyed.clone();
            mac.update(input);
            (mac.finalize().into_bytes()[..] == *signature).then_some(*word)
        })
    };
    // Below some tens of kilobytes of hashing, starting threads costs more than it saves.
    let workers = std::thread::available_parallelism().map_or(1, |count| count.get());
    if workers == 1 || input.len() * words.len() < 512 * 1024 {
        return try_words(words);
    }
    let per_worker = words.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let handles: Vec<_> = words.chunks(per_worker).map(|chunk| scope.spawn(move || try_words(chunk))).collect();
        // Chunks are in list order, so the first chunk with a match holds the earliest word.
        handles.into_iter().map(|handle| handle.join().ok().flatten()).find(Option::is_some).flatten()
    })
}

fn header_findings(decoded: &Decoded, header: &Map<String, Value>, findings: &mut Vec<Finding>) {
    for (name, what) in [
        ("jwk", text!("carries-jwk")),
        ("jku", text!("carries-jku")),
        ("x5u", text!("carries-x5u")),
        ("x5c", text!("carries-x5c")),
    ] {
        if header.contains_key(name) {
            findings.push(finding(
                match name {
                    "jwk" => "header_jwk",
                    "jku" => "header_jku",
                    "x5u" => "header_x5u",
                    _ => "header_x5c",
                },
                Severity::Medium,
                text!("lint-header-key-title", what = what.clone(), name = name),
                text!("lint-header-key-explanation", what = what),
                "RFC 8725 section 3.10, CVE-2018-0114",
            ));
        }
    }
    if let Some(kid) = header.get("kid").and_then(Value::as_str)
        && let Some(kind) = suspicious_kid(kid)
    {
        findings.push(finding(
            "suspicious_kid",
            Severity::High,
            text!("lint-suspicious-kid-title", kind = Text::new(kind)),
            text!("lint-suspicious-kid-explanation"),
            "RFC 8725 section 3.10, CVE-2018-1000531",
        ));
    }
    if let Some(crit) = header.get("crit") {
        findings.push(finding(
            "unsupported_crit",
            Severity::High,
            text!("lint-unsupported-crit-title", crit = crit.to_string()),
            text!("lint-unsupported-crit-explanation"),
            "RFC 7515 section 4.1.11",
        ));
    }
    if let Some(typ) = header.get("typ").and_then(Value::as_str) {
        let jose = ["jose", "application/jose"].contains(&typ.to_ascii_lowercase().as_str());
        if !jose && !super::profile::is_known_typ(typ) {
            findings.push(finding(
                "unexpected_typ",
                Severity::Low,
                text!("lint-unexpected-typ-title", typ = typ),
                text!("lint-unexpected-typ-explanation"),
                "RFC 8725 section 3.11, RFC 9068 section 2.1",
            ));
        }
    }
    if decoded.is_unencoded_payload() {
        findings.push(finding(
            "unencoded_payload",
            Severity::Medium,
            text!("lint-unencoded-payload-title"),
            text!("lint-unencoded-payload-explanation"),
            "RFC 7797 section 3",
        ));
    }
    if decoded.kind == TokenKind::Jwe {
        findings.push(finding(
            "encrypted_token",
            Severity::Info,
            text!("lint-encrypted-token-title"),
            text!("lint-encrypted-token-explanation"),
            "RFC 7516",
        ));
    }
    if decoded.is_nested() {
        findings.push(finding(
            "nested_token",
            Severity::Info,
            text!("lint-nested-token-title"),
            text!("lint-nested-token-explanation"),
            "RFC 7519 section 5.2",
        ));
    }
}

fn suspicious_kid(kid: &str) -> Option<&'static str> {
    if kid.contains("..") || kid.contains('/') || kid.contains('\\') || kid.contains('\0') {
        Some("kid-path-traversal")
    } else if kid.contains('\'') || kid.contains('"') || kid.contains("--") || kid.to_ascii_lowercase().contains(" or ")
    {
        Some("kid-sql-injection")
    } else if kid.contains(['$', '`', '|', ';', '&', '>', '<']) {
        Some("kid-shell")
    } else {
        None
    }
}

fn claim_findings(claims: &Map<String, Value>, options: &LintOptions, findings: &mut Vec<Finding>) {
    let number = |name: &str| claims.get(name).and_then(Value::as_f64);
    let now = options.now;
    match number("exp") {
        None if !claims.contains_key("exp") => findings.push(finding(
            "missing_exp",
            Severity::Medium,
            text!("lint-missing-exp-title"),
            text!("lint-missing-exp-explanation"),
            "RFC 7519 section 4.1.4, RFC 8725 section 3.10",
        )),
        Some(exp) if exp <= now => findings.push(finding(
            "expired",
            Severity::Low,
            text!("lint-expired-title", exp = Arg::Span(now - exp)),
            text!("lint-expired-explanation", exp = Arg::Time(exp)),
            "RFC 7519 section 4.1.4",
        )),
        _ => {}
    }
    if let Some(lifetime) = claims::lifetime(claims)
        && lifetime > options.max_lifetime
    {
        findings.push(finding(
            "long_lifetime",
            Severity::Medium,
            text!("lint-long-lifetime-title", lifetime = Arg::Span(lifetime)),
            text!("lint-long-lifetime-explanation", max_lifetime = Arg::Span(options.max_lifetime)),
            "RFC 8725 section 3.10, RFC 9700 section 2.2",
        ));
    }
    if let Some(iat) = number("iat").filter(|iat| *iat > now) {
        findings.push(finding(
            "iat_in_future",
            Severity::Medium,
            text!("lint-iat-in-future-title", now = Arg::Span(iat - now)),
            text!("lint-iat-in-future-explanation"),
            "RFC 7519 section 4.1.6",
        ));
    }
    if let Some(nbf) = number("nbf").filter(|nbf| *nbf > now) {
        findings.push(finding(
            "nbf_in_future",
            Severity::Low,
            text!("lint-nbf-in-future-title", now = Arg::Span(nbf - now)),
            text!("lint-nbf-in-future-explanation"),
            "RFC 7519 section 4.1.5",
        ));
    }
    if let (Some(nbf), Some(exp)) = (number("nbf"), number("exp"))
        && nbf >= exp
    {
        findings.push(finding(
            "nbf_after_exp",
            Severity::Medium,
            text!("lint-nbf-after-exp-title"),
            text!("lint-nbf-after-exp-explanation"),
            "RFC 7519 sections 4.1.4 and 4.1.5",
        ));
    }
    for name in claims::TIME_CLAIMS {
        if number(name).is_some_and(|value| value.abs() >= 1.0e11) {
            findings.push(finding(
                "milliseconds_timestamp",
                Severity::Medium,
                text!("lint-milliseconds-timestamp-title", name = name),
                text!("lint-milliseconds-timestamp-explanation"),
                "RFC 7519 section 2",
            ));
        }
    }
    if !claims.contains_key("aud") {
        findings.push(finding(
            "missing_aud",
            Severity::Info,
            text!("lint-missing-aud-title"),
            text!("lint-missing-aud-explanation"),
            "RFC 7519 section 4.1.3, RFC 8725 section 3.9",
        ));
    }
    if !claims.contains_key("iss") {
        findings.push(finding(
            "missing_iss",
            Severity::Info,
            text!("lint-missing-iss-title"),
            text!("lint-missing-iss-explanation"),
            "RFC 7519 section 4.1.1, RFC 8725 section 3.8",
        ));
    }
    sensitive_findings(claims, findings);
}

const SENSITIVE_NAMES: [&str; 14] = [
    "password",
    "passwd",
    "pwd",
    "secret",
    "ssn",
    "social_security",
    "credit_card",
    "card_number",
    "cardnumber",
    "cvv",
    "pin",
    "private_key",
    "api_key",
    "apikey",
];

fn sensitive_findings(claims: &Map<String, Value>, findings: &mut Vec<Finding>) {
    for (name, value) in claims {
        let lower = name.to_ascii_lowercase();
        if SENSITIVE_NAMES.iter().any(|word| lower == *word || lower.contains(word) && word.len() > 3) {
            findings.push(finding(
                "sensitive_claim",
                Severity::Medium,
                text!("lint-sensitive-claim-title", name = name),
                text!("lint-sensitive-claim-explanation"),
                "RFC 8725 section 3.6",
            ));
            continue;
        }
        let Some(text) = value.as_str() else { continue };
        if looks_like_card_number(text) {
            findings.push(finding(
                "card_number",
                Severity::High,
                text!("lint-card-number-title", name = name),
                text!("lint-card-number-explanation"),
                "RFC 8725 section 3.6, PCI DSS requirement 3",
            ));
        } else if looks_like_email(text) {
            findings.push(finding(
                "email_address",
                Severity::Info,
                text!("lint-email-address-title", name = name),
                text!("lint-email-address-explanation"),
                "RFC 8725 section 3.6",
            ));
        } else if looks_like_phone(text) {
            findings.push(finding(
                "phone_number",
                Severity::Info,
                text!("lint-phone-number-title", name = name),
                text!("lint-phone-number-explanation"),
                "RFC 8725 section 3.6",
            ));
        } else if text.len() >= 200 && text.chars().all(|c| c.is_ascii_alphanumeric() || "+/=-_.".contains(c)) {
            findings.push(finding(
                "opaque_blob",
                Severity::Info,
                text!("lint-opaque-blob-title", name = name, count = text.len()),
                text!("lint-opaque-blob-explanation"),
                "RFC 8725 section 3.6",
            ));
        }
    }
}

fn looks_like_card_number(text: &str) -> bool {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .unwrap_or_default();
    if !(13..=19).contains(&digits.len()) {
        return false;
    }
    // The Luhn check every payment card number passes.
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(index, digit)| {
            if index % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                *digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(' ')
        }
        None => false,
    }
}

fn looks_like_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (text.starts_with('+') || text.contains(['-', ' ', '(']))
        && (9..=15).contains(&digits)
        && text.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_has_thousands_of_entries_and_the_classics() {
        assert!(weak_secrets().count() > 3000);
        assert!(is_weak_secret(b"secret"));
        assert!(is_weak_secret(b"your-256-bit-secret"));
        assert!(!is_weak_secret(b"Xq8#mT2v!9LpR4wZ"));
    }

    #[test]
    fn card_numbers_pass_luhn_only() {
        assert!(looks_like_card_number("4111 1111 1111 1111"));
        assert!(!looks_like_card_number("4111 1111 1111 1112"));
        assert!(!looks_like_card_number("1234"));
    }

    #[test]
    fn kids_with_injection_characters_are_spotted() {
        assert_eq!(suspicious_kid("../../dev/null"), Some("kid-path-traversal"));
        assert_eq!(suspicious_kid("x' UNION SELECT 'a"), Some("kid-sql-injection"));
        assert_eq!(suspicious_kid("key|whoami"), Some("kid-shell"));
        assert_eq!(suspicious_kid("2024-05-key"), None);
    }

    #[test]
    fn emails_and_phones_are_told_apart() {
        assert!(looks_like_email("kim@example.com"));
        assert!(!looks_like_email("@example.com"));
        assert!(looks_like_phone("+82 10-1234-5678"));
        assert!(!looks_like_phone("1234567890"));
    }
}
