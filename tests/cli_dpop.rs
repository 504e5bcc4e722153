//! DPoP proofs through `verify`: signed by their own header key, checked against --htm, --htu, the clock and the
//! access token they go with (ath and cnf.jkt), every failure `invalid_dpop_proof`, and a `dpop` member in JSON.

mod common;

use common::{P256_PRIVATE_JWK, verify_json};
use serde_json::{Value, json};
use tokenscope::jose::algorithm::Algorithm;
use tokenscope::jose::{b64, encode, keys};

const AT: i64 = 1_767_225_700;
const HTU: &str = "https://api.example.com/orders";

fn public_jwk() -> Value {
    let mut jwk: Value = serde_json::from_str(P256_PRIVATE_JWK).unwrap();
    jwk.as_object_mut().unwrap().remove("d");
    jwk
}

fn proof(jwk: Value, claims: Value) -> String {
    let key = keys::parse_key(P256_PRIVATE_JWK).unwrap();
    let header = json!({"typ": "dpop+jwt", "jwk": jwk});
    encode::encode(header.as_object().unwrap(), &claims, Algorithm::ES256, &key.keys[0]).unwrap().token
}

fn claims(extra: Value) -> Value {
    let mut claims = json!({"jti": "e1j3V_bKic8-LAEB", "htm": "GET", "htu": HTU, "iat": AT - 5});
    for (name, value) in extra.as_object().unwrap() {
        claims[name] = value.clone();
    }
    claims
}

fn verify(token: &str, more: &[&str]) -> (i32, Value) {
    let at = AT.to_string();
    let mut args = vec![token, "--at", &at, "--htm", "GET", "--htu", HTU];
    args.extend_from_slice(more);
    verify_json(&args)
}

#[test]
fn a_proof_verifies_with_its_own_header_key_and_reports_its_thumbprint() {
    let (code, object) = verify(&proof(public_jwk(), claims(json!({}))), &[]);
    assert_eq!((code, object["profile"].as_str()), (0, Some("dpop+jwt")), "{object}");
    assert_eq!(object["signature"]["status"], "valid");
    let thumbprint = tokenscope::jose::jwk::thumbprint(&keys::parse_key(&public_jwk().to_string()).unwrap().keys[0]);
    assert_eq!(
        object["dpop"],
        json!({"jkt": thumbprint, "htm": "GET", "htu": HTU, "ath_matches": null, "jkt_matches": null})
    );
}

#[test]
fn a_proof_for_another_request_or_time_is_invalid_dpop_proof() {
    let token = proof(public_jwk(), claims(json!({})));
    let judge = |htm: &str, htu: &str, at: &str| verify_json(&[&token, "--at", at, "--htm", htm, "--htu", htu]);
    let now = AT.to_string();
    for (htm, htu, at) in [
        ("POST", HTU, now.as_str()),
        ("GET", "https://api.example.com/other", now.as_str()),
        ("GET", HTU, "1767225800"),
    ] {
        let (code, object) = judge(htm, htu, at);
        assert_eq!(
            (code, common::error_kinds(&object)),
            (1, vec!["invalid_dpop_proof".to_owned()]),
            "{htm} {htu} {at}"
        );
    }
    // The URL compared without its query, and with scheme and host in any case.
    let (code, _) = judge("GET", "HTTPS://API.example.com/orders?page=2", &now);
    assert_eq!(code, 0);
}

#[test]
fn the_access_token_must_hash_to_ath_and_be_bound_to_the_proof_key() {
    let key = keys::parse_key(&public_jwk().to_string()).unwrap();
    let jkt = tokenscope::jose::jwk::thumbprint(&key.keys[0]);
    let access = common::hs256(json!({"typ": "at+jwt"}), json!({"sub": "kim", "cnf": {"jkt": jkt}}));
    let ath = b64::encode(&<sha2::Sha256 as sha2::Digest>::digest(access.as_bytes()));
    let token = proof(public_jwk(), claims(json!({"ath": ath})));
    let (code, object) = verify(&token, &["--access-token", &access]);
    assert_eq!(
        (code, object["dpop"]["ath_matches"].clone(), object["dpop"]["jkt_matches"].clone()),
        (0, json!(true), json!(true))
    );
    let other = common::hs256(json!({"typ": "at+jwt"}), json!({"sub": "kim", "cnf": {"jkt": "someone-else"}}));
    let (code, object) = verify(&token, &["--access-token", &other]);
    assert_eq!(
        (code, object["dpop"]["ath_matches"].clone(), object["dpop"]["jkt_matches"].clone()),
        (1, json!(false), json!(false))
    );
}

#[test]
fn a_jwk_with_private_members_is_key_invalid_and_lint_says_so() {
    let private: Value = serde_json::from_str(P256_PRIVATE_JWK).unwrap();
    let token = proof(private, claims(json!({})));
    let (code, object) = verify(&token, &[]);
    assert_eq!(code, 2);
    assert_eq!(common::error_kinds(&object), ["key_invalid"]);
    let (_, stdout, _) = common::run(&["lint", &token, "--json"]);
    assert!(stdout.contains("\"dpop_private_jwk\""), "{stdout}");
}

#[test]
fn a_plain_token_without_a_key_still_needs_one() {
    let token = common::hs256(json!({}), json!({"sub": "x"}));
    let (code, _, stderr) = common::run(&["verify", &token]);
    assert_eq!(code, 2);
    assert!(stderr.contains("verify needs a key"), "{stderr}");
}

const RFC9449_PROOF: &str = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBzOi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";

#[test]
fn the_rfc_9449_example_proof_verifies_with_its_published_thumbprint() {
    let (code, object) = verify_json(&[
        RFC9449_PROOF,
        "--at",
        "1562262616",
        "--htm",
        "POST",
        "--htu",
        "https://server.example.com/token",
    ]);
    assert_eq!(code, 0, "{object}");
    assert_eq!(object["dpop"]["jkt"], "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
    // Section 7.1's example access token hashes to its published ath.
    let ath = b64::encode(&<sha2::Sha256 as sha2::Digest>::digest(b"Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU"));
    assert_eq!(ath, "fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo");
    // Signed by another key: the same header with our key's signature does not verify.
    let forged = format!(
        "{}.{}",
        RFC9449_PROOF.rsplit_once('.').unwrap().0,
        proof(public_jwk(), claims(json!({}))).rsplit('.').next().unwrap()
    );
    let (code, object) = verify_json(&[&forged, "--at", "1562262616"]);
    assert_eq!((code, common::error_kinds(&object)), (1, vec!["invalid_dpop_proof".to_owned()]));
}
