//! SD-JWT through the real binary: disclosures of properties and array elements put in place, decoys counted,
//! the issuer's signature and every digest checked, and the key binding JWT's signature by cnf.jwk, sd_hash, aud,
//! nonce and iat.

mod common;

use common::sd_jwt::{disclosure, issuance, presentation, with_key_binding};
use common::{SECRET, run};
use serde_json::{Value, json};

const AT: i64 = 1_767_225_700;

fn verify(token: &str, more: &[&str]) -> (i32, Value) {
    let at = AT.to_string();
    let mut args = vec!["verify", token, "--secret", SECRET, "--at", &at, "--json"];
    args.extend_from_slice(more);
    let (code, stdout, stderr) = run(&args);
    (code, serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stdout} {stderr}")))
}

#[test]
fn decode_puts_the_disclosed_values_in_place_and_counts_the_rest() {
    let (code, stdout, _) = run(&["decode", &presentation(), "--json"]);
    assert_eq!(code, 0);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!((object["kind"].as_str(), object["profile"].as_str()), (Some("sd-jwt"), Some("sd-jwt")));
    assert_eq!(object["claims"]["given_name"], "김");
    assert_eq!(object["claims"]["family_name"], "철수");
    assert_eq!(object["claims"]["nationalities"], json!(["US", "DE"]));
    assert!(object["claims"].get("_sd").is_none() && object["claims"].get("_sd_alg").is_none());
    assert_eq!(object["undisclosed"], 1);
    assert_eq!(object["disclosures"][2]["name"], Value::Null);
    assert_eq!(object["key_binding"], Value::Null);
}

#[test]
fn a_presentation_with_its_key_binding_verifies() {
    let token = with_key_binding(&presentation(), "https://verifier.example", "n-1");
    let (code, object) = verify(&token, &["--kb-aud", "https://verifier.example", "--nonce", "n-1"]);
    assert_eq!(code, 0, "{object}");
    assert_eq!(object["signature"]["status"], "valid");
    assert_eq!(object["key_binding"]["payload"]["nonce"], "n-1");
}

#[test]
fn a_wrong_nonce_audience_or_missing_key_binding_is_invalid_key_binding() {
    let token = with_key_binding(&presentation(), "https://verifier.example", "n-1");
    let (code, object) = verify(&token, &["--nonce", "other"]);
    assert_eq!((code, common::error_kinds(&object)), (1, vec!["invalid_key_binding".to_owned()]));
    let (_, object) = verify(&token, &["--kb-aud", "https://elsewhere.example"]);
    assert_eq!(common::error_kinds(&object), ["invalid_key_binding"]);
    // The KB-JWT's sd_hash covers the disclosures: dropping one breaks it.
    let (issuer, disclosures) = issuance();
    let shorter = format!("{issuer}~{}~{}~", disclosures[0], disclosures[1]);
    let kb = token.rsplit('~').next().unwrap();
    let (_, object) = verify(&format!("{shorter}{kb}"), &[]);
    assert_eq!(common::error_kinds(&object), ["invalid_key_binding"]);
    let (code, object) = verify(&presentation(), &["--require-key-binding"]);
    assert_eq!((code, common::error_kinds(&object)), (1, vec!["invalid_key_binding".to_owned()]));
}

#[test]
fn a_disclosure_the_payload_does_not_reference_is_disclosure_mismatch() {
    let (issuer, mut disclosures) = issuance();
    disclosures.push(disclosure(json!(["c2FsdA", "role", "admin"])).0);
    let (code, object) = verify(&format!("{issuer}~{}~", disclosures.join("~")), &[]);
    assert_eq!((code, common::error_kinds(&object)), (1, vec!["disclosure_mismatch".to_owned()]));
    // And the same disclosure twice.
    let (issuer, disclosures) = issuance();
    let twice = format!("{issuer}~{}~{}~", disclosures.join("~"), disclosures[0]);
    let (_, object) = verify(&twice, &[]);
    assert!(common::error_kinds(&object).iter().all(|kind| kind == "disclosure_mismatch"), "{object}");
}

#[test]
fn the_claims_as_disclosed_are_checked() {
    let (code, stdout, _) = run(&["verify", &presentation(), "--secret", SECRET, "--at", "1767300000", "--json"]);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!((code, common::error_kinds(&object)), (1, vec!["expired".to_owned()]));
}

/// The specification's own presentation (its section 6.2, see `tests/vectors/sd-jwt/README.md`) and its issuer key.
fn published() -> (String, String) {
    let folder = format!("{}/tests/vectors/sd-jwt", env!("CARGO_MANIFEST_DIR"));
    let token = std::fs::read_to_string(format!("{folder}/presentation.txt")).unwrap().trim().to_owned();
    (token, format!("{folder}/issuer.jwk"))
}

fn verify_published(more: &[&str]) -> (i32, Value) {
    let (token, key) = published();
    let mut args = vec!["verify", &token, "--key", &key, "--at", "1715255943", "--json"];
    args.extend_from_slice(more);
    let (code, stdout, stderr) = run(&args);
    (code, serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stdout} {stderr}")))
}

#[test]
fn the_specifications_presentation_verifies_with_its_key_binding_and_published_digests() {
    let binding = ["--kb-aud", "https://verifier.example.org", "--nonce", "1234567890", "--require-key-binding"];
    let (code, object) = verify_published(&binding);
    assert_eq!((code, &object["errors"]), (0, &json!([])), "{object}");
    assert_eq!(object["key_binding"]["payload"]["sd_hash"], "OSyuf5qsFKPfrFr3ZkzLHbl8OJLSQfYE7ALUjJwBAIA");
    let digests: Vec<(&str, &str)> = object["disclosures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|disclosure| (disclosure["name"].as_str().unwrap_or("[array]"), disclosure["digest"].as_str().unwrap()))
        .collect();
    assert_eq!(
        digests,
        [
            ("family_name", "TGf4oLbgwd5JQaHyKVQZU9UdGE0w5rtDsrZzfUaomLo"),
            ("address", "XzFrzwscM6Gn6CJDc6vVK8BkMnfG8vOSKfpPIZdAfdE"),
            ("given_name", "jsu9yVulwQQlhFlM_3JlzMaSFzglhQG0DpfayQwLUK4"),
            ("[array]", "pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo"),
        ],
        "the SHA-256 hashes the specification lists for these disclosures"
    );
    let claims = &object["disclosed_claims"];
    assert_eq!((claims["given_name"].as_str(), claims["family_name"].as_str()), (Some("John"), Some("Doe")));
    assert_eq!(claims["nationalities"], json!(["US"]));
    assert_eq!(claims["address"]["locality"], "Anytown");
    assert!(claims.get("email").is_none() && claims.get("birthdate").is_none());
    assert_eq!(object["undisclosed"], 6, "email, phone_number, phone_number_verified, birthdate, updated_at, DE");
}

#[test]
fn the_specifications_presentation_fails_for_another_verifier_nonce_or_tampered_disclosure() {
    let (code, object) = verify_published(&["--kb-aud", "https://other.example", "--nonce", "1234567890"]);
    assert_eq!((code, object["errors"][0]["kind"].as_str()), (1, Some("invalid_key_binding")));
    let (code, object) = verify_published(&["--kb-aud", "https://verifier.example.org", "--nonce", "0"]);
    assert_eq!((code, object["errors"][0]["kind"].as_str()), (1, Some("invalid_key_binding")));
    // Dropping a disclosure breaks the KB-JWT's sd_hash over the presentation.
    let (token, key) = published();
    let parts: Vec<&str> = token.split('~').collect();
    let dropped = [parts[0], parts[2], parts[3], parts[4], parts[5]].join("~");
    let (code, stdout, _) = run(&[
        "verify",
        &dropped,
        "--key",
        &key,
        "--at",
        "1715255943",
        "--kb-aud",
        "https://verifier.example.org",
        "--nonce",
        "1234567890",
        "--json",
    ]);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!((code, object["errors"][0]["kind"].as_str()), (1, Some("invalid_key_binding")), "{object}");
}
