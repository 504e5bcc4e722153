//! Profiles in the window, through egui_kittest: a DPoP proof verified with its own key with its thumbprint shown
//! and the access token it goes with checked, and an ID token's nonce field.

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokenscope::app::{Command, Launch, Saved, TokenscopeApp};
use tokenscope::jose::algorithm::Algorithm;
use tokenscope::jose::verify::CheckStatus;
use tokenscope::jose::{b64, encode, keys};

fn harness(token: String) -> Harness<'static, TokenscopeApp> {
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 900.0)).build_ui_state(
        |ui, app: &mut TokenscopeApp| app.ui_root(ui),
        TokenscopeApp::new(Saved::default(), Launch::default()),
    );
    harness.run();
    harness.state_mut().apply(Command::LoadToken(token), &egui::Context::default());
    harness.run();
    harness
}

fn type_into(harness: &mut Harness<'_, TokenscopeApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.run();
}

fn check_status(harness: &Harness<'_, TokenscopeApp>, name: &str) -> Option<CheckStatus> {
    let verdict = harness.state().inspect().verdict()?;
    verdict.claims.iter().find(|check| check.name == name).map(|check| check.status)
}

#[test]
fn a_dpop_proof_verifies_with_its_header_key_and_checks_the_access_token() {
    let key = keys::parse_key(common::P256_PRIVATE_JWK).unwrap();
    let mut jwk: Value = serde_json::from_str(common::P256_PRIVATE_JWK).unwrap();
    jwk.as_object_mut().unwrap().remove("d");
    let jkt = tokenscope::jose::jwk::thumbprint(&keys::parse_key(&jwk.to_string()).unwrap().keys[0]);
    let access = common::hs256(json!({"typ": "at+jwt"}), json!({"sub": "kim", "cnf": {"jkt": jkt}}));
    let ath = b64::encode(&Sha256::digest(access.as_bytes()));
    let now = chrono::Utc::now().timestamp();
    let claims = json!({"jti": "j1", "htm": "GET", "htu": "https://api.example.com/x", "iat": now, "ath": ath});
    let header = json!({"typ": "dpop+jwt", "jwk": jwk});
    let proof = encode::encode(header.as_object().unwrap(), &claims, Algorithm::ES256, &key.keys[0]).unwrap().token;
    let mut harness = harness(proof);
    harness.get_by_label("✔ Signature verified");
    harness.get_by_label(&format!("proof key thumbprint (jkt): {jkt}"));
    assert!(harness.state().inspect().verdict().unwrap().valid);
    type_into(&mut harness, "Access token", &access);
    assert_eq!(check_status(&harness, "ath"), Some(CheckStatus::Passed));
    assert_eq!(check_status(&harness, "cnf.jkt"), Some(CheckStatus::Passed));
    type_into(&mut harness, "HTTP method", "POST");
    assert_eq!(check_status(&harness, "htm"), Some(CheckStatus::Failed));
    assert!(!harness.state().inspect().verdict().unwrap().valid);
}

#[test]
fn an_id_tokens_nonce_is_checked_when_typed() {
    let now = chrono::Utc::now().timestamp();
    let token = common::hs256(
        json!({"typ": "JWT"}),
        json!({"iss": "https://op.example", "sub": "kim", "aud": "c", "exp": now + 600, "iat": now, "nonce": "abc"}),
    );
    let mut harness = harness(token);
    type_into(&mut harness, "Nonce", "abc");
    assert_eq!(check_status(&harness, "nonce"), Some(CheckStatus::Passed));
    type_into(&mut harness, "Nonce", "xyz");
    assert_eq!(check_status(&harness, "nonce"), Some(CheckStatus::Failed));
    assert_eq!(check_status(&harness, "require iss"), Some(CheckStatus::Passed));
}

#[test]
fn an_sd_jwt_shows_its_disclosures_and_the_claims_as_disclosed() {
    let token = common::sd_jwt::with_key_binding(&common::sd_jwt::presentation(), "https://verifier.example", "n-1");
    let mut harness = harness(token);
    type_into(&mut harness, "Secret", common::SECRET);
    harness.get_by_label("Claim checks").click();
    harness.run();
    type_into(&mut harness, "Evaluate at", &common::sd_jwt::AT.to_string());
    harness.get_by_label("Disclosures (3)");
    harness.get_by_label("1 digests not disclosed (decoys included)");
    harness.get_by_label("Claims as disclosed");
    // Where each disclosure is referenced: two from the top level's _sd, one from an array.
    assert_eq!(harness.query_all_by_label("/").count(), 2);
    harness.get_by_label("/nationalities/0");
    assert!(harness.query_all_by_label_contains("철수").count() >= 2, "the disclosure and the disclosed claims");
    let verdict = harness.state().inspect().verdict().unwrap();
    assert!(verdict.valid, "{:?}", verdict.errors);
}

#[test]
fn the_profile_examples_load_with_their_keys_and_are_valid() {
    for name in ["Access token (at+jwt)", "ID token", "Logout token", "DPoP proof", "SD-JWT"] {
        let mut harness = harness(String::new());
        harness.state_mut().apply(Command::LoadSample(name.to_owned()), &egui::Context::default());
        harness.run();
        harness.run();
        let verdict = harness.state().inspect().verdict().unwrap();
        assert!(verdict.valid, "{name}: {:?}", verdict.errors);
        if name == "DPoP proof" {
            assert_eq!(check_status(&harness, "ath"), Some(CheckStatus::Passed));
            assert_eq!(check_status(&harness, "cnf.jkt"), Some(CheckStatus::Passed));
        }
        if name == "ID token" {
            assert_eq!(check_status(&harness, "at_hash"), Some(CheckStatus::Passed));
        }
    }
}
