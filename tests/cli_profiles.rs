//! Token profiles through the real binary: `profile` in the JSON, `--profile` demanding one (invalid_token_type
//! otherwise) with its required claims, an ID token's nonce, at_hash, c_hash, azp and auth_time, a logout token's
//! rules, and lint knowing every profile's `typ`.

mod common;

use common::{SECRET, hs256, verify_json};
use serde_json::{Value, json};

const AT: i64 = 1_767_225_700;

fn error_kinds(object: &Value) -> Vec<String> {
    common::error_kinds(object)
}

fn id_token(extra: Value) -> String {
    let mut claims = json!({"iss": "https://op.example", "sub": "kim", "aud": "client-1", "exp": AT + 600,
        "iat": AT - 10, "nonce": "n-0S6_WzA2Mj", "auth_time": AT - 100});
    for (name, value) in extra.as_object().unwrap() {
        claims[name] = value.clone();
    }
    hs256(json!({"typ": "JWT"}), claims)
}

fn verify(token: &str, more: &[&str]) -> (i32, Value) {
    let at = AT.to_string();
    let mut args = vec![token, "--secret", SECRET, "--aud", "client-1", "--at", &at];
    args.extend_from_slice(more);
    verify_json(&args)
}

#[test]
fn an_id_token_is_detected_and_its_nonce_and_at_hash_are_checked() {
    // OpenID Connect Core 1.0, A.4: this access token's at_hash for RS256/HS256 is 77QmUPtjPfzWtF2AnpK9RQ.
    let access_token = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y";
    let token = id_token(json!({"at_hash": "77QmUPtjPfzWtF2AnpK9RQ"}));
    let (code, object) = verify(&token, &["--nonce", "n-0S6_WzA2Mj", "--access-token", access_token]);
    assert_eq!((code, object["profile"].as_str()), (0, Some("id_token")), "{object}");
    let (code, object) = verify(&token, &["--nonce", "other"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["invalid_nonce".to_owned()]));
    let (code, object) = verify(&token, &["--access-token", "another-token"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["invalid_at_hash".to_owned()]));
    let (_, object) =
        verify(&id_token(json!({})), &["--code", "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk"]);
    assert_eq!(error_kinds(&object), ["invalid_c_hash"]);
}

#[test]
fn several_audiences_need_azp_and_max_age_needs_a_recent_auth_time() {
    let (_, object) = verify(&id_token(json!({"aud": ["client-1", "other"]})), &[]);
    assert_eq!(error_kinds(&object), ["missing_claim"]);
    let (code, _) = verify(&id_token(json!({})), &["--max-age", "3600"]);
    assert_eq!(code, 0);
    let (_, object) = verify(&id_token(json!({})), &["--max-age", "60"]);
    assert_eq!(error_kinds(&object), ["expired"]);
}

#[test]
fn a_demanded_profile_refuses_another_and_lists_its_required_claims() {
    let access = hs256(json!({"typ": "at+jwt"}), json!({"iss": "i", "sub": "s", "aud": "client-1", "exp": AT + 60}));
    let (code, object) = verify(&access, &["--profile", "at+jwt"]);
    assert_eq!(code, 1);
    assert_eq!(error_kinds(&object), ["missing_claim", "missing_claim", "missing_claim"], "client_id, iat, jti");
    let (code, object) = verify(&access, &[]);
    assert_eq!(code, 1, "detected from typ, the profile's rules apply without --profile too");
    assert_eq!(error_kinds(&object), ["missing_claim", "missing_claim", "missing_claim"]);
    let (code, object) = verify(&access, &["--profile", "id_token"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["invalid_token_type".to_owned()]));
    let (code, object) = verify(&id_token(json!({})), &["--profile", "at+jwt"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["invalid_token_type".to_owned()]));
}

#[test]
fn a_logout_token_needs_its_event_and_must_not_carry_a_nonce() {
    let events = json!({"http://schemas.openid.net/event/backchannel-logout": {}});
    let good = hs256(
        json!({"typ": "logout+jwt"}),
        json!({"iss": "i", "aud": "client-1", "iat": AT - 5, "jti": "j", "sid": "s1", "events": events}),
    );
    let (code, object) = verify(&good, &[]);
    assert_eq!((code, object["profile"].as_str()), (0, Some("logout+jwt")), "{object}");
    let with_nonce = hs256(
        json!({"typ": "logout+jwt"}),
        json!({"iss": "i", "aud": "client-1", "iat": AT - 5, "jti": "j", "sid": "s1", "events": events, "nonce": "n"}),
    );
    assert_eq!(error_kinds(&verify(&with_nonce, &[]).1), ["invalid_nonce"]);
}

#[test]
fn lint_knows_the_profiles_typs() {
    for typ in ["at+jwt", "logout+jwt", "dpop+jwt", "secevent+jwt", "example+sd-jwt", "application/kb+jwt"] {
        let token = hs256(json!({"typ": typ}), json!({"sub": "x", "exp": AT + 60}));
        let (_, stdout, _) = common::run(&["lint", &token, "--json"]);
        let object: Value = serde_json::from_str(&stdout).unwrap();
        let ids: Vec<&str> = object["findings"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap()).collect();
        assert!(!ids.contains(&"unexpected_typ"), "{typ}: {ids:?}");
    }
}

#[test]
fn an_id_token_offered_as_an_access_token_is_a_lint_finding() {
    let (_, stdout, _) = common::run(&["lint", &id_token(json!({})), "--profile", "at+jwt", "--json"]);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(object["findings"][0]["id"], "id_token_as_access_token");
    let access = hs256(json!({"typ": "at+jwt"}), json!({"sub": "x", "exp": AT + 60}));
    let (_, stdout, _) = common::run(&["lint", &access, "--json"]);
    assert!(stdout.contains("\"at_missing_client_id\""), "{stdout}");
}

/// RFC 9068 section 2.2's example access token (its Figure 2): header and claims as published; signed here
/// with the test secret in place of its RS256 key, which the RFC does not give.
#[test]
fn rfc_9068s_example_access_token_meets_its_profile_and_lints_clean_of_profile_findings() {
    let claims = json!({
        "iss": "https://authorization-server.example.com/",
        "sub": "5ba552d67",
        "aud": "https://rs.example.com/",
        "exp": 1639528912,
        "iat": 1618354090,
        "jti": "dbe39bf3a3ba4238a513f51d6e1691c4",
        "client_id": "s6BhdRkqt3",
        "scope": "openid profile reademail"
    });
    let token = hs256(json!({"typ": "at+JWT", "kid": "RjEwOwOA"}), claims);
    let (code, object) = verify_json(&[
        &token,
        "--secret",
        SECRET,
        "--aud",
        "https://rs.example.com/",
        "--at",
        "1618354100",
        "--profile",
        "at+jwt",
    ]);
    assert_eq!((code, object["profile"].as_str()), (0, Some("at+jwt")), "{object}");
    let (code, object) =
        verify_json(&[&token, "--secret", SECRET, "--aud", "https://rs.example.com/", "--at", "1639528912"]);
    assert_eq!((code, object["errors"][0]["kind"].as_str()), (1, Some("expired")));
    let (_, stdout, _) = common::run(&["lint", &token, "--json"]);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    let ids: Vec<&str> = object["findings"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert!(!ids.contains(&"at_missing_client_id") && !ids.contains(&"unexpected_typ"), "{ids:?}");
}
