//! `tokenscope encode` signs with every algorithm, and what it signs verifies with `tokenscope verify`
//! under the matching public key; keys that do not fit are refused with exit 2.

mod common;

use common::{run, sample, tokenscope};
use serde_json::{Value, json};

fn encode(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["encode", "--payload", r#"{"sub":"kim","aud":"api"}"#];
    all.extend_from_slice(args);
    run(&all)
}

fn verify_code(token: &str, key_args: &[&str]) -> i32 {
    let mut all = vec!["verify", token.trim(), "--aud", "api"];
    all.extend_from_slice(key_args);
    run(&all).0
}

fn rsa_jwk_private() -> String {
    // The RSA sample key as a JWK, written by the library so the JWK path of encode is exercised.
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::traits::{PrivateKeyParts, PublicKeyParts};
    let pem = std::fs::read_to_string(sample("rs256.private.pem")).unwrap();
    let key = rsa::RsaPrivateKey::from_pkcs8_pem(&pem).unwrap();
    let b64 = |n: &rsa::BigUint| tokenscope::jose::b64::encode(&n.to_bytes_be());
    let jwk = json!({"kty": "RSA", "kid": "rsa-jwk", "n": b64(key.n()), "e": b64(key.e()), "d": b64(key.d()),
        "p": b64(&key.primes()[0]), "q": b64(&key.primes()[1])});
    let path = std::env::temp_dir().join(format!("tokenscope-rsa-jwk-{}.json", std::process::id()));
    std::fs::write(&path, jwk.to_string()).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn every_hmac_algorithm_round_trips() {
    for alg in ["HS256", "HS384", "HS512"] {
        let (code, token, stderr) =
            encode(&["--alg", alg, "--secret", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"]);
        assert_eq!(code, 0, "{alg}: {stderr}");
        assert_eq!(
            verify_code(&token, &["--secret", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"]),
            0,
            "{alg}"
        );
        assert_eq!(verify_code(&token, &["--secret", "wrong"]), 1, "{alg}");
    }
}

#[test]
fn every_public_key_algorithm_round_trips_under_the_public_key() {
    for (alg, private, public) in [
        ("RS256", "rs256.private.pem", "rs256.public.pem"),
        ("RS384", "rs256.private.pem", "rs256.public.pem"),
        ("RS512", "rs256.private.pem", "rs256.public.pem"),
        ("PS256", "rs256.private.pem", "rs256.public.pem"),
        ("PS384", "rs256.private.pem", "rs256.public.pem"),
        ("PS512", "rs256.private.pem", "rs256.public.pem"),
        ("ES256", "es256.private.pem", "es256.public.pem"),
        ("ES512", "es512.private.pem", "es512.public.pem"),
        ("EdDSA", "eddsa.private.pem", "eddsa.public.pem"),
    ] {
        let (code, token, stderr) = encode(&["--alg", alg, "--key", &sample(private)]);
        assert_eq!(code, 0, "{alg}: {stderr}");
        assert_eq!(verify_code(&token, &["--key", &sample(public)]), 0, "{alg}");
        assert_eq!(verify_code(&token, &["--key", &sample(public), "--alg", alg]), 0, "{alg}");
    }
}

#[test]
fn es384_round_trips_with_a_jwk_pair() {
    // The P-384 key of RFC 7520 section 3.2 is P-521; use a P-384 JWK generated for this test instead.
    let secret = p384::SecretKey::from_slice(&[7u8; 48]).unwrap();
    let point = secret.public_key().to_sec1_bytes();
    let b64 = tokenscope::jose::b64::encode;
    let private = json!({"kty": "EC", "crv": "P-384", "x": b64(&point[1..49]), "y": b64(&point[49..]), "d": b64(&secret.to_bytes())});
    let public = json!({"kty": "EC", "crv": "P-384", "x": b64(&point[1..49]), "y": b64(&point[49..])});
    let dir = std::env::temp_dir();
    let private_path = dir.join(format!("tokenscope-p384-{}.json", std::process::id()));
    let public_path = dir.join(format!("tokenscope-p384-{}.pub.json", std::process::id()));
    std::fs::write(&private_path, private.to_string()).unwrap();
    std::fs::write(&public_path, public.to_string()).unwrap();
    let (code, token, stderr) = encode(&["--alg", "ES384", "--key", private_path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(verify_code(&token, &["--key", public_path.to_str().unwrap()]), 0);
}

#[test]
fn an_rsa_jwk_with_private_members_signs() {
    let path = rsa_jwk_private();
    let (code, token, stderr) = encode(&["--alg", "RS256", "--key", &path]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(verify_code(&token, &["--key", &sample("rs256.public.pem")]), 0);
}

#[test]
fn keys_that_do_not_fit_the_algorithm_exit_2_with_a_reason() {
    let (rsa_private, es256_private, rsa_public) =
        (sample("rs256.private.pem"), sample("es256.private.pem"), sample("rs256.public.pem"));
    let cases = [
        (vec!["--alg", "ES256", "--key", rsa_private.as_str()], "ES256 needs an EC key on P-256"),
        (vec!["--alg", "ES512", "--key", &es256_private], "P-521"),
        (vec!["--alg", "RS256", "--key", &rsa_public], "private key"),
        (vec!["--alg", "HS256", "--key", &rsa_private], "confusion"),
        (vec!["--alg", "RS256", "--secret", "x"], "HMAC secret"),
    ];
    for (args, reason) in cases {
        let (code, stdout, stderr) = encode(&args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
    }
}

#[test]
fn a_conflicting_alg_in_the_header_is_a_bad_argument() {
    let (code, _, stderr) = encode(&["--alg", "HS256", "--secret", "x", "--header", r#"{"alg":"RS256"}"#]);
    assert_eq!(code, 2);
    assert!(stderr.contains("alg RS256"), "{stderr}");
}

#[test]
fn claim_helpers_and_json_output() {
    let output = tokenscope()
        .args([
            "encode",
            "--payload",
            r#"{"sub":"kim"}"#,
            "--alg",
            "HS256",
            "--secret",
            "s",
            "--iat",
            "--exp",
            "+15m",
            "--nbf",
            "1700000000",
            "--jti",
            "--kid",
            "k1",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let object: Value = serde_json::from_slice(&output.stdout).unwrap();
    let payload = &object["payload"];
    let iat = payload["iat"].as_i64().unwrap();
    assert_eq!(payload["exp"].as_i64().unwrap() - iat, 900);
    assert_eq!(payload["nbf"], 1700000000);
    assert_eq!(payload["jti"].as_str().unwrap().len(), 22);
    assert_eq!(object["header"], json!({"alg": "HS256", "typ": "JWT", "kid": "k1"}));
    let decoded = tokenscope::jose::decode(object["token"].as_str().unwrap());
    assert_eq!(decoded.claims().unwrap(), payload.as_object().unwrap());
}

#[test]
fn a_time_past_the_calendar_is_refused_naming_the_claim() {
    for (flag, value) in
        [("--exp", "+9223372036854775807"), ("--nbf", "-9223372036854775807"), ("--exp", "+9999999999999s")]
    {
        let (code, stdout, stderr) = encode(&["--alg", "HS256", "--secret", common::SECRET, flag, value]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{flag} {value}");
        assert!(stderr.contains(&format!("{flag}: '{value}' from now is outside the calendar")), "{stderr}");
    }
}
