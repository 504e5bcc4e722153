//! Helpers shared by the integration tests: the binary, sample files, and tokens signed on the spot.
#![allow(dead_code)]

use serde_json::Value;
use tokenscope::jose::algorithm::Algorithm;
use tokenscope::jose::encode;
use tokenscope::jose::keys::{self, SecretEncoding};

pub const SECRET: &str = "a-test-secret-that-is-32-bytes!!";

pub fn tokenscope() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("tokenscope").unwrap()
}

pub fn sample(name: &str) -> String {
    format!("{}/assets/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

pub fn sample_text(name: &str) -> String {
    std::fs::read_to_string(sample(name)).unwrap().trim().to_owned()
}

/// An HS256 token over `header` (alg is added) and `payload`, signed with `SECRET`.
pub fn hs256(header: Value, payload: Value) -> String {
    let key = keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap();
    encode::encode(header.as_object().unwrap(), &payload, Algorithm::HS256, &key).unwrap().token
}

/// Runs the binary and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let output = tokenscope().args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// Runs `verify --json` and returns (exit code, the verify object).
pub fn verify_json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["verify", "--json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run(&all);
    let value = serde_json::from_str(stdout.trim()).unwrap_or_else(|_| panic!("no JSON: {stdout} / {stderr}"));
    (code, value)
}

pub fn error_kinds(object: &Value) -> Vec<String> {
    object["errors"].as_array().unwrap().iter().map(|error| error["kind"].as_str().unwrap().to_owned()).collect()
}

/// The P-256 key of RFC 7515 appendix A.3, private half included.
pub const P256_PRIVATE_JWK: &str = r#"{"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}"#;

/// An ES256 token over `header` and an empty claims set, signed with the RFC 7515 A.3 key.
pub fn es256_token(header: Value) -> String {
    let key = keys::parse_key(P256_PRIVATE_JWK).unwrap();
    encode::encode(header.as_object().unwrap(), &serde_json::json!({}), Algorithm::ES256, &key.keys[0]).unwrap().token
}

/// SD-JWTs made here: an issuer JWT (HS256 with `SECRET`) disclosing given_name, family_name and one of two
/// nationalities, with one decoy, and the holder's key (the RFC 7515 A.3 P-256 key) in cnf.jwk.
pub mod sd_jwt {
    use super::{P256_PRIVATE_JWK, hs256};
    use serde_json::{Value, json};
    use sha2::{Digest, Sha256};
    use tokenscope::jose::algorithm::Algorithm;
    use tokenscope::jose::{b64, encode, keys};

    pub const AT: i64 = 1_767_225_700;

    pub fn disclosure(parts: Value) -> (String, String) {
        let encoded = b64::encode(parts.to_string().as_bytes());
        let digest = b64::encode(&Sha256::digest(encoded.as_bytes()));
        (encoded, digest)
    }

    pub fn holder_public() -> Value {
        let mut jwk: Value = serde_json::from_str(P256_PRIVATE_JWK).unwrap();
        jwk.as_object_mut().unwrap().remove("d");
        jwk
    }

    /// The issuer JWT and its disclosures: given_name, family_name, and "US" of nationalities; one decoy digest.
    pub fn issuance() -> (String, Vec<String>) {
        let (given, given_digest) = disclosure(json!(["2GLC42sKQveCfGfryNRN9w", "given_name", "김"]));
        let (family, family_digest) = disclosure(json!(["eluV5Og3gSNII8EYnsxA_A", "family_name", "철수"]));
        let (us, us_digest) = disclosure(json!(["6Ij7tM-a5iVPGboS5tmvVA", "US"]));
        let decoy = b64::encode(&Sha256::digest(b"decoy"));
        let payload = json!({"iss": "https://issuer.example", "iat": AT - 60, "exp": AT + 3600,
            "_sd": [given_digest, family_digest, decoy], "_sd_alg": "sha-256",
            "nationalities": [{"...": us_digest}, "DE"], "cnf": {"jwk": holder_public()}});
        (hs256(json!({"typ": "example+sd-jwt"}), payload), vec![given, family, us])
    }

    pub fn with_key_binding(presentation: &str, aud: &str, nonce: &str) -> String {
        let sd_hash = b64::encode(&Sha256::digest(presentation.as_bytes()));
        let key = keys::parse_key(P256_PRIVATE_JWK).unwrap();
        let header = json!({"typ": "kb+jwt"});
        let claims = json!({"iat": AT - 1, "aud": aud, "nonce": nonce, "sd_hash": sd_hash});
        let kb = encode::encode(header.as_object().unwrap(), &claims, Algorithm::ES256, &key.keys[0]).unwrap().token;
        format!("{presentation}{kb}")
    }

    pub fn presentation() -> String {
        let (issuer, disclosures) = issuance();
        format!("{issuer}~{}~", disclosures.join("~"))
    }
}
