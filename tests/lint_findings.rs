//! Every lint finding: one token that raises it and one that does not, plus `tokenscope lint` exit codes.

mod common;

use common::{SECRET, hs256, run, sample};
use serde_json::{Value, json};
use tokenscope::jose::keys::{self, KeySet, SecretEncoding};
use tokenscope::jose::lint::{self, LintOptions, Severity};
use tokenscope::jose::{self, b64};

const NOW: f64 = 1_767_225_600.0; // 2026-01-01T00:00:00Z

fn ids_of(token: &str, keys: Option<&KeySet>) -> Vec<&'static str> {
    let decoded = jose::decode(token);
    let options = LintOptions { now: NOW, keys, max_lifetime: 86_400.0, crack: None, offered_as: None };
    lint::lint(&decoded, &options).into_iter().map(|finding| finding.id).collect()
}

/// A token with a good baseline: a strong secret, exp an hour after iat, aud and iss.
fn clean_claims() -> Value {
    json!({"iss": "https://auth.example", "aud": "api", "sub": "kim", "iat": NOW - 60.0, "exp": NOW + 3540.0})
}

fn with(extra: Value) -> Value {
    let mut claims = clean_claims();
    claims.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    claims
}

fn unsigned(header: &str, payload: &Value) -> String {
    format!("{}.{}.", b64::encode(header.as_bytes()), b64::encode(payload.to_string().as_bytes()))
}

fn raises(token: &str, id: &str) -> bool {
    ids_of(token, None).contains(&id)
}

/// The severity of the finding `id` for `token` with `keys`, if it is raised.
fn severity(token: &str, keys: Option<&KeySet>, id: &str) -> Option<Severity> {
    let decoded = jose::decode(token);
    let options = LintOptions { now: NOW, keys, max_lifetime: 86_400.0, crack: None, offered_as: None };
    lint::lint(&decoded, &options).into_iter().find(|finding| finding.id == id).map(|finding| finding.severity)
}

fn secret(text: &str) -> KeySet {
    KeySet::single(keys::secret_from_text(text, SecretEncoding::Utf8).unwrap())
}

fn clean() -> String {
    hs256(json!({}), clean_claims())
}

fn without(name: &str) -> Value {
    let mut claims = clean_claims();
    claims.as_object_mut().unwrap().remove(name);
    claims
}

#[test]
fn a_clean_token_has_no_findings() {
    assert_eq!(ids_of(&hs256(json!({"typ": "JWT"}), clean_claims()), None), Vec::<&str>::new());
}

#[test]
fn alg_none_in_any_case_is_high() {
    for alg in ["none", "NONE", "None"] {
        let token = unsigned(&format!(r#"{{"alg":"{alg}"}}"#), &clean_claims());
        assert_eq!(severity(&token, None, "alg_none"), Some(Severity::High), "{alg}");
    }
    assert!(!raises(&clean(), "alg_none"));
}

#[test]
fn an_hmac_alg_with_a_public_key_is_high() {
    let public = keys::parse_key(&std::fs::read_to_string(sample("rs256.public.pem")).unwrap()).unwrap();
    assert_eq!(severity(&clean(), Some(&public), "alg_key_mismatch"), Some(Severity::High));
    assert_eq!(severity(&clean(), Some(&secret(SECRET)), "alg_key_mismatch"), None);
}

#[test]
fn a_short_secret_given_is_a_high_weak_secret() {
    assert_eq!(severity(&clean(), Some(&secret("0123456789")), "weak_secret"), Some(Severity::High));
    assert_eq!(severity(&clean(), Some(&secret(SECRET)), "weak_secret"), None);
}

#[test]
fn a_listed_secret_given_is_a_high_weak_secret() {
    assert_eq!(severity(&clean(), Some(&secret("your-256-bit-secret")), "weak_secret"), Some(Severity::High));
}

#[test]
fn a_signature_the_word_list_reproduces_is_a_high_weak_secret() {
    // Signed with "secret" and no key given.
    let cracked = std::fs::read_to_string(sample("risky.jwt")).unwrap();
    assert_eq!(severity(cracked.trim(), None, "weak_secret"), Some(Severity::High));
    assert!(!raises(&clean(), "weak_secret"));
}

#[test]
fn a_token_too_large_to_crack_says_so_at_info() {
    let huge = hs256(json!({}), with(json!({"blob": "x".repeat(lint::CRACK_LIMIT)})));
    assert_eq!(severity(&huge, None, "crack_skipped"), Some(Severity::Info));
    assert!(!raises(&clean(), "crack_skipped"));
    assert_eq!(severity(&huge, Some(&secret(SECRET)), "crack_skipped"), None, "a given secret is checked instead");
}

#[test]
fn an_empty_secret_is_high() {
    let empty = KeySet::single(keys::secret_from_bytes(Vec::new()));
    assert_eq!(severity(&clean(), Some(&empty), "empty_secret"), Some(Severity::High));
    assert!(!raises(&clean(), "empty_secret"));
}

#[test]
fn a_claims_set_without_exp_is_medium() {
    assert_eq!(severity(&hs256(json!({}), without("exp")), None, "missing_exp"), Some(Severity::Medium));
    assert!(!raises(&clean(), "missing_exp"));
}

#[test]
fn a_long_lifetime_is_medium() {
    let token = hs256(json!({}), with(json!({"exp": NOW + 30.0 * 86_400.0})));
    assert_eq!(severity(&token, None, "long_lifetime"), Some(Severity::Medium));
    assert!(!raises(&clean(), "long_lifetime"));
}

#[test]
fn an_iat_in_the_future_is_medium() {
    let token = hs256(json!({}), with(json!({"iat": NOW + 600.0})));
    assert_eq!(severity(&token, None, "iat_in_future"), Some(Severity::Medium));
    assert!(!raises(&clean(), "iat_in_future"));
}

#[test]
fn an_nbf_in_the_future_is_low() {
    let token = hs256(json!({}), with(json!({"nbf": NOW + 600.0})));
    assert_eq!(severity(&token, None, "nbf_in_future"), Some(Severity::Low));
    assert!(!raises(&clean(), "nbf_in_future"));
}

#[test]
fn an_nbf_after_exp_is_medium() {
    let token = hs256(json!({}), with(json!({"nbf": NOW + 4000.0})));
    assert_eq!(severity(&token, None, "nbf_after_exp"), Some(Severity::Medium));
    assert!(!raises(&clean(), "nbf_after_exp"));
}

#[test]
fn an_expired_token_is_low() {
    let token = hs256(json!({}), with(json!({"exp": NOW - 10.0})));
    assert_eq!(severity(&token, None, "expired"), Some(Severity::Low));
    assert!(!raises(&clean(), "expired"));
}

#[test]
fn a_time_in_milliseconds_is_medium() {
    let token = hs256(json!({}), with(json!({"exp": 1_767_229_140_000_i64})));
    assert_eq!(severity(&token, None, "milliseconds_timestamp"), Some(Severity::Medium));
    assert!(!raises(&clean(), "milliseconds_timestamp"));
}

#[test]
fn missing_aud_and_iss_are_info() {
    assert_eq!(severity(&hs256(json!({}), without("aud")), None, "missing_aud"), Some(Severity::Info));
    assert_eq!(severity(&hs256(json!({}), without("iss")), None, "missing_iss"), Some(Severity::Info));
}

#[test]
fn keys_in_the_header_are_medium() {
    for (member, id) in [("jwk", "header_jwk"), ("jku", "header_jku"), ("x5u", "header_x5u"), ("x5c", "header_x5c")] {
        let value =
            if member == "jwk" { json!({"kty": "oct", "k": "c2VjcmV0"}) } else { json!("https://evil.example/x") };
        assert_eq!(severity(&hs256(json!({member: value}), clean_claims()), None, id), Some(Severity::Medium), "{id}");
        assert!(!raises(&clean(), id), "{id}");
    }
}

#[test]
fn suspicious_kids_are_high() {
    for kid in ["../../dev/null", "1' OR '1'='1", "key;rm -rf /"] {
        let token = hs256(json!({"kid": kid}), clean_claims());
        assert_eq!(severity(&token, None, "suspicious_kid"), Some(Severity::High), "{kid}");
    }
    assert!(!raises(&hs256(json!({"kid": "2026-01-signing"}), clean_claims()), "suspicious_kid"));
}

#[test]
fn sensitive_payloads_by_their_severity() {
    let cases = [
        ("sensitive_claim", json!({"password": "hunter2"}), Severity::Medium),
        ("card_number", json!({"card": "4111-1111-1111-1111"}), Severity::High),
        ("email_address", json!({"contact": "kim@example.com"}), Severity::Info),
        ("phone_number", json!({"tel": "+82 10-1234-5678"}), Severity::Info),
        ("opaque_blob", json!({"session": "A".repeat(300)}), Severity::Info),
    ];
    for (id, extra, level) in cases {
        assert_eq!(severity(&hs256(json!({}), with(extra)), None, id), Some(level), "{id}");
        assert!(!raises(&hs256(json!({}), with(json!({"role": "reader"}))), id), "{id}");
    }
}

#[test]
fn repeated_claims_are_medium() {
    let duplicated = format!("{}.{}.c2ln", b64::encode(br#"{"alg":"HS256"}"#), b64::encode(br#"{"a":1,"a":2}"#));
    assert_eq!(severity(&duplicated, None, "duplicate_claims"), Some(Severity::Medium));
    assert!(!raises(&clean(), "duplicate_claims"));
}

#[test]
fn a_crit_header_is_high() {
    let token = hs256(json!({"crit": ["exp"]}), clean_claims());
    assert_eq!(severity(&token, None, "unsupported_crit"), Some(Severity::High));
    assert!(!raises(&clean(), "unsupported_crit"));
}

#[test]
fn an_unknown_typ_is_low_and_at_jwt_is_known() {
    let token = hs256(json!({"typ": "JOSE+JSON-weird"}), clean_claims());
    assert_eq!(severity(&token, None, "unexpected_typ"), Some(Severity::Low));
    assert!(!raises(&hs256(json!({"typ": "at+jwt"}), clean_claims()), "unexpected_typ"));
}

#[test]
fn nested_and_encrypted_tokens_are_info() {
    assert_eq!(severity(&hs256(json!({"cty": "JWT"}), clean_claims()), None, "nested_token"), Some(Severity::Info));
    let jwe = std::fs::read_to_string(sample("jwe.jwt")).unwrap();
    assert_eq!(severity(&jwe, None, "encrypted_token"), Some(Severity::Info));
    assert!(!raises(&clean(), "nested_token"));
    assert!(!raises(&clean(), "encrypted_token"));
}

#[test]
fn an_unencoded_payload_is_medium() {
    let unencoded = format!("{}.{{\"sub\":\"x\"}}.c2ln", b64::encode(br#"{"alg":"HS256","b64":false,"crit":["b64"]}"#));
    assert_eq!(severity(&unencoded, None, "unencoded_payload"), Some(Severity::Medium));
    assert!(!raises(&clean(), "unencoded_payload"));
}

#[test]
fn an_empty_signature_is_high() {
    let token =
        format!("{}.{}.", b64::encode(br#"{"alg":"HS256"}"#), b64::encode(clean_claims().to_string().as_bytes()));
    assert_eq!(severity(&token, None, "empty_signature"), Some(Severity::High));
    assert!(!raises(&clean(), "empty_signature"));
}

#[test]
fn lint_json_and_fail_on_levels() {
    let risky = format!("@{}", sample("risky.jwt"));
    let (code, stdout, _) = run(&["lint", &risky, "--json"]);
    assert_eq!(code, 0, "no --fail-on: never 1");
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(object["kind"], "jws");
    assert_eq!(object["alg"], "HS256");
    let first = &object["findings"][0];
    for member in ["id", "severity", "title", "explanation", "reference"] {
        assert!(first.get(member).is_some(), "{member}");
    }
    assert_eq!(run(&["lint", &risky, "--fail-on", "high"]).0, 1);
    let clean =
        hs256(json!({"typ": "JWT"}), with(json!({"exp": 4102444800_i64, "iat": 4102441200_i64 - 86_400 * 365 * 80})));
    let (code, stdout, _) = run(&["lint", &clean, "--json", "--fail-on", "high", "--max-lifetime", "100000d"]);
    assert_eq!(code, 0, "{stdout}");
    let expired = format!("@{}", sample("expired.jwt"));
    assert_eq!(run(&["lint", &expired, "--fail-on", "low"]).0, 1);
    assert_eq!(run(&["lint", &expired, "--fail-on", "medium"]).0, 0);
    assert_eq!(run(&["lint", "not.a.token="]).0, 2);
    assert_eq!(run(&["lint", &risky, "--secret", "secret", "--json"]).0, 0);
}
