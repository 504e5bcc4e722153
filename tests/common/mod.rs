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
