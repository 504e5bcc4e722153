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
