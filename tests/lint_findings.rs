//! Every lint finding: one token that raises it and one that does not, plus `tokenscope lint` exit codes.

mod common;

use common::{SECRET, hs256, run, sample};
use serde_json::{Value, json};
use tokenscope::jose::keys::{self, KeySet, SecretEncoding};
use tokenscope::jose::lint::{self, LintOptions};
use tokenscope::jose::{self, b64};

const NOW: f64 = 1_767_225_600.0; // 2026-01-01T00:00:00Z

fn ids_of(token: &str, keys: Option<&KeySet>) -> Vec<&'static str> {
    let decoded = jose::decode(token);
    let options = LintOptions { now: NOW, keys, max_lifetime: 86_400.0, crack: None };
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

#[test]
fn a_clean_token_has_no_findings() {
    assert_eq!(ids_of(&hs256(json!({"typ": "JWT"}), clean_claims()), None), Vec::<&str>::new());
}

#[test]
fn alg_none_in_any_case() {
    for alg in ["none", "NONE", "None"] {
        assert!(raises(&unsigned(&format!(r#"{{"alg":"{alg}"}}"#), &clean_claims()), "alg_none"), "{alg}");
    }
    assert!(!raises(&hs256(json!({}), clean_claims()), "alg_none"));
}

#[test]
fn alg_that_does_not_fit_the_key() {
    let public = keys::parse_key(&std::fs::read_to_string(sample("rs256.public.pem")).unwrap()).unwrap();
    let token = hs256(json!({}), clean_claims());
    assert!(ids_of(&token, Some(&public)).contains(&"alg_key_mismatch"));
    let secret = KeySet::single(keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap());
    assert!(!ids_of(&token, Some(&secret)).contains(&"alg_key_mismatch"));
}

#[test]
fn weak_secret_given_short_listed_or_cracked() {
    let token = hs256(json!({}), clean_claims());
    let short = KeySet::single(keys::secret_from_text("0123456789", SecretEncoding::Utf8).unwrap());
    assert!(ids_of(&token, Some(&short)).contains(&"weak_secret"));
    let listed = KeySet::single(keys::secret_from_text("your-256-bit-secret", SecretEncoding::Utf8).unwrap());
    assert!(ids_of(&token, Some(&listed)).contains(&"weak_secret"));
    let strong = KeySet::single(keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap());
    assert!(!ids_of(&token, Some(&strong)).contains(&"weak_secret"));
    // Signed with "secret" and no key given: the word list reproduces the signature.
    let cracked = std::fs::read_to_string(sample("risky.jwt")).unwrap();
    assert!(raises(cracked.trim(), "weak_secret"));
    assert!(!raises(&token, "weak_secret"));
}

#[test]
fn empty_secret() {
    let token = hs256(json!({}), clean_claims());
    let empty = KeySet::single(keys::secret_from_bytes(Vec::new()));
    assert!(ids_of(&token, Some(&empty)).contains(&"empty_secret"));
    assert!(!raises(&token, "empty_secret"));
}

#[test]
fn time_findings() {
    let claims_without_exp = {
        let mut claims = clean_claims();
        claims.as_object_mut().unwrap().remove("exp");
        claims
    };
    let cases: [(&str, Value); 6] = [
        ("missing_exp", claims_without_exp),
        ("long_lifetime", with(json!({"exp": NOW + 30.0 * 86_400.0}))),
        ("iat_in_future", with(json!({"iat": NOW + 600.0}))),
        ("nbf_in_future", with(json!({"nbf": NOW + 600.0}))),
        ("nbf_after_exp", with(json!({"nbf": NOW + 4000.0}))),
        ("expired", with(json!({"exp": NOW - 10.0}))),
    ];
    for (id, claims) in cases {
        assert!(raises(&hs256(json!({}), claims), id), "{id}");
        assert!(!raises(&hs256(json!({}), clean_claims()), id), "{id}");
    }
    assert!(raises(&hs256(json!({}), with(json!({"exp": 1_767_229_140_000_i64}))), "milliseconds_timestamp"));
    assert!(!raises(&hs256(json!({}), clean_claims()), "milliseconds_timestamp"));
}

#[test]
fn missing_aud_and_iss_are_info() {
    let mut claims = clean_claims();
    claims.as_object_mut().unwrap().remove("aud");
    claims.as_object_mut().unwrap().remove("iss");
    let ids = ids_of(&hs256(json!({}), claims), None);
    assert!(ids.contains(&"missing_aud") && ids.contains(&"missing_iss"));
}

#[test]
fn keys_in_the_header() {
    for (member, id) in [("jwk", "header_jwk"), ("jku", "header_jku"), ("x5u", "header_x5u"), ("x5c", "header_x5c")] {
        let value =
            if member == "jwk" { json!({"kty": "oct", "k": "c2VjcmV0"}) } else { json!("https://evil.example/x") };
        assert!(raises(&hs256(json!({member: value}), clean_claims()), id), "{id}");
        assert!(!raises(&hs256(json!({}), clean_claims()), id), "{id}");
    }
}

#[test]
fn suspicious_kids() {
    for kid in ["../../dev/null", "1' OR '1'='1", "key;rm -rf /"] {
        assert!(raises(&hs256(json!({"kid": kid}), clean_claims()), "suspicious_kid"), "{kid}");
    }
    assert!(!raises(&hs256(json!({"kid": "2026-01-signing"}), clean_claims()), "suspicious_kid"));
}

#[test]
fn sensitive_payloads() {
    let cases = [
        ("sensitive_claim", json!({"password": "hunter2"})),
        ("card_number", json!({"card": "4111-1111-1111-1111"})),
        ("email_address", json!({"contact": "kim@example.com"})),
        ("phone_number", json!({"tel": "+82 10-1234-5678"})),
        ("opaque_blob", json!({"session": "A".repeat(300)})),
    ];
    for (id, extra) in cases {
        assert!(raises(&hs256(json!({}), with(extra)), id), "{id}");
        assert!(!raises(&hs256(json!({}), with(json!({"role": "reader"}))), id), "{id}");
    }
}

#[test]
fn structure_findings() {
    let duplicated = format!("{}.{}.c2ln", b64::encode(br#"{"alg":"HS256"}"#), b64::encode(br#"{"a":1,"a":2}"#));
    assert!(raises(&duplicated, "duplicate_claims"));
    assert!(raises(&hs256(json!({"crit": ["exp"]}), clean_claims()), "unsupported_crit"));
    assert!(raises(&hs256(json!({"typ": "JOSE+JSON-weird"}), clean_claims()), "unexpected_typ"));
    assert!(!raises(&hs256(json!({"typ": "at+jwt"}), clean_claims()), "unexpected_typ"));
    assert!(raises(&hs256(json!({"cty": "JWT"}), clean_claims()), "nested_token"));
    assert!(raises(&std::fs::read_to_string(sample("jwe.jwt")).unwrap(), "encrypted_token"));
    let unencoded = format!("{}.{{\"sub\":\"x\"}}.c2ln", b64::encode(br#"{"alg":"HS256","b64":false,"crit":["b64"]}"#));
    assert!(raises(&unencoded, "unencoded_payload"));
    assert!(raises(
        &format!("{}.{}.", b64::encode(br#"{"alg":"HS256"}"#), b64::encode(clean_claims().to_string().as_bytes())),
        "empty_signature"
    ));
    for id in [
        "duplicate_claims",
        "unsupported_crit",
        "nested_token",
        "encrypted_token",
        "unencoded_payload",
        "empty_signature",
    ] {
        assert!(!raises(&hs256(json!({}), clean_claims()), id), "{id}");
    }
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
