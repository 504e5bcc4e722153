//! Keys a careful verifier refuses, through the real binary: RSA moduli under 2048 bits and with the ROCA
//! fingerprint are `weak_key` (the signature still checked and reported truthfully) unless `--allow-weak-keys`;
//! absurdly small moduli are no keys at all; RSA keys up to 8192 bits sign and verify; an EC point off its curve is
//! named as such; a token's own key proves nothing; keys too small for an algorithm are refused before signing.

mod common;

use common::{error_kinds, run, verify_json};
use num_bigint_dig::BigUint;
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use serde_json::{Value, json};

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("tokenscope-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

/// `tokenscope encode` with a private key file: (exit code, token, stderr).
fn sign(alg: &str, key: &str) -> (i32, String, String) {
    let (code, stdout, stderr) = run(&["encode", "--payload", r#"{"sub":"kim"}"#, "--alg", alg, "--key", key]);
    (code, stdout.trim().to_owned(), stderr)
}

/// The RSA public key of a PEM file as a JWK.
fn rsa_jwk(public_pem: &str) -> String {
    let key = tokenscope::jose::keys::parse_key(&std::fs::read_to_string(public_pem).unwrap()).unwrap();
    let tokenscope::jose::keys::Material::Rsa { public, .. } = &key.keys[0].material else { panic!("not RSA") };
    let b64 = |bytes: Vec<u8>| tokenscope::jose::b64::encode(&bytes);
    json!({"kty": "RSA", "n": b64(public.n().to_bytes_be()), "e": b64(public.e().to_bytes_be())}).to_string()
}

#[test]
fn rsa_keys_under_2048_bits_are_weak_whichever_way_they_are_given() {
    for bits in [512, 1024] {
        let private = data(&format!("rsa{bits}.private.pem"));
        let public = data(&format!("rsa{bits}.public.pem"));
        let (code, token, stderr) = sign("RS256", &private);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stderr.contains(&format!(
                "warning: the token is signed, but a careful verifier will refuse it: the RSA key is {bits} bits"
            )),
            "{stderr}"
        );
        let jwk = temp(&format!("rsa{bits}.jwk.json"), &rsa_jwk(&public));
        for key in [&public, &private, &jwk] {
            let (code, object) = verify_json(&[&token, "--key", key]);
            assert_eq!(object["signature"]["status"], "valid", "{bits} {key}");
            assert_eq!((code, error_kinds(&object)), (1, vec!["weak_key".to_owned()]), "{bits} {key}");
            let message = object["errors"][0]["message"].as_str().unwrap();
            assert!(message.starts_with(&format!("the RSA key is {bits} bits; at least 2048")), "{message}");
            let (code, object) = verify_json(&[&token, "--key", key, "--allow-weak-keys"]);
            assert_eq!((code, object["valid"].clone()), (0, json!(true)), "{bits} {key}");
        }
    }
}

#[test]
fn ps256_with_a_1024_bit_key_is_weak_too() {
    let (code, token, _) = sign("PS256", &data("rsa1024.private.pem"));
    assert_eq!(code, 0);
    let (code, object) = verify_json(&[&token, "--key", &data("rsa1024.public.pem")]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["weak_key".to_owned()]));
}

#[test]
fn lint_names_the_size_of_a_weak_rsa_key() {
    let (_, token, _) = sign("RS256", &data("rsa1024.private.pem"));
    let (code, stdout, _) = run(&["lint", &token, "--key", &data("rsa1024.public.pem"), "--json"]);
    assert_eq!(code, 0);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    let finding = object["findings"].as_array().unwrap().iter().find(|f| f["id"] == "weak_key").unwrap().clone();
    assert_eq!(finding["severity"], "high");
    assert_eq!(finding["title"], "The RSA key is 1024 bits; at least 2048 are needed");
}

#[test]
fn hmac_secrets_shorter_than_the_hash_are_weak() {
    for (secret, weak) in [("a".repeat(31), true), ("a".repeat(32), false)] {
        let (code, stdout, stderr) = run(&["encode", "--payload", "{}", "--alg", "HS256", "--secret", &secret]);
        assert_eq!((code, stderr.contains("warning")), (0, weak));
        let (code, object) = verify_json(&[stdout.trim(), "--secret", &secret]);
        let expected: Vec<String> = if weak { vec!["weak_key".into()] } else { vec![] };
        assert_eq!((code, error_kinds(&object)), (i32::from(weak), expected), "{} bytes", secret.len());
        assert_eq!(object["signature"]["status"], "valid");
    }
    let (_, stdout, _) = run(&["encode", "--payload", "{}", "--alg", "HS512", "--secret", &"b".repeat(48)]);
    let (code, object) = verify_json(&[stdout.trim(), "--secret", &"b".repeat(48)]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["weak_key".to_owned()]), "HS512 needs 64 bytes");
}

#[test]
fn rsa_moduli_too_small_to_be_keys_are_key_invalid() {
    for n in ["BQ", "AQAB", "y-dVmETHYDKChbW9IMmEwQ"] {
        let jwk = temp("tiny.jwk.json", &json!({"kty": "RSA", "n": n, "e": "AQAB"}).to_string());
        let rs256 = format!("{}.e30.c2ln", tokenscope::jose::b64::encode(br#"{"alg":"RS256"}"#));
        let (code, object) = verify_json(&[&rs256, "--key", &jwk]);
        assert_eq!((code, error_kinds(&object)), (2, vec!["key_invalid".to_owned()]), "{n}");
        assert!(object["errors"][0]["message"].as_str().unwrap().contains("is not a usable key"), "{object}");
    }
}

#[test]
fn an_8192_bit_key_signs_and_verifies_every_rsa_algorithm() {
    let private = data("rsa8192.private.pem");
    let public = data("rsa8192.public.pem");
    let jwk = temp("rsa8192.jwk.json", &rsa_jwk(&public));
    for alg in ["RS256", "RS512", "PS256", "PS512"] {
        let (code, token, stderr) = sign(alg, &private);
        assert_eq!((code, stderr.as_str()), (0, ""), "{alg}");
        for key in [&public, &private, &jwk] {
            let (code, object) = verify_json(&[&token, "--key", key]);
            assert_eq!((code, object["valid"].clone()), (0, json!(true)), "{alg} {key}: {object}");
            assert_eq!(
                object["signature"]["key"].as_str().unwrap().split(" (").next(),
                Some(if key == &private { "RSA 8192-bit private key" } else { "RSA 8192-bit public key" })
            );
        }
    }
}

#[test]
fn keys_too_small_for_an_algorithm_are_refused_before_signing() {
    for (bits, alg, least) in
        [(512, "RS384", 624), (512, "RS512", 752), (512, "PS256", 522), (768, "PS384", 778), (1024, "PS512", 1034)]
    {
        let (code, token, stderr) = sign(alg, &data(&format!("rsa{bits}.private.pem")));
        assert_eq!((code, token.as_str()), (2, ""), "{bits} {alg}");
        assert!(
            stderr.contains(&format!(
                "an RSA key of {bits} bits is too small for {alg}, which needs at least {least} bits"
            )),
            "{stderr}"
        );
    }
    let (code, _, _) = sign("PS384", &data("rsa1024.private.pem"));
    assert_eq!(code, 0, "1024 bits carry PS384");
}

#[test]
fn a_pem_ec_key_whose_point_is_off_its_curve_says_so() {
    let key = tokenscope::jose::keys::parse_key(common::P256_PRIVATE_JWK).unwrap();
    let tokenscope::jose::keys::Material::Ec { public, .. } = &key.keys[0].material else { panic!() };
    let point = p256::PublicKey::from_sec1_bytes(public).unwrap();
    let mut der = point.to_public_key_der().unwrap().as_bytes().to_vec();
    let last = der.len() - 1;
    der[last] ^= 1;
    let pem = pkcs8::Document::try_from(der.as_slice()).unwrap().to_pem("PUBLIC KEY", LineEnding::LF).unwrap();
    let path = temp("off-curve.pem", &pem);
    let (code, object) = verify_json(&[&common::es256_token(json!({})), "--key", &path]);
    assert_eq!((code, error_kinds(&object)), (2, vec!["key_invalid".to_owned()]));
    assert_eq!(object["errors"][0]["message"], format!("{path}: the point is not on P-256"));
}

/// The primorial of the primes up to 167: the vulnerable library's primes are `k * M + (65537^a mod M)`.
fn roca_prime(start: u32, exponent: u32) -> BigUint {
    let primorial = (2u32..=167).filter(|n| (2..*n).all(|d| n % d != 0)).fold(BigUint::from(1u32), |m, p| m * p);
    let residue = BigUint::from(65_537u32).modpow(&BigUint::from(exponent), &primorial);
    // A little over 1024 bits, so that the product of two is over 2048 and only the fingerprint makes it weak.
    let mut k = (BigUint::from(1u32) << (1025 - primorial.bits())) + BigUint::from(start);
    loop {
        let candidate = &k * &primorial + &residue;
        if num_bigint_dig::prime::probably_prime(&candidate, 20) {
            return candidate;
        }
        k += 1u32;
    }
}

#[test]
fn an_rsa_modulus_with_the_roca_fingerprint_is_weak_at_2048_bits() {
    let (p, q) = (roca_prime(1, 1_000_003), roca_prime(7_000, 2_000_029));
    let n = &p * &q;
    assert!(tokenscope::jose::keys::has_roca_fingerprint(&n));
    let private = rsa::RsaPrivateKey::from_p_q(p, q, BigUint::from(65_537u32)).unwrap();
    assert!(private.n().bits() >= 2048, "{} bits", private.n().bits());
    let private_path = temp("roca.private.pem", &private.to_pkcs8_pem(LineEnding::LF).unwrap());
    let public_path = temp("roca.public.pem", &private.to_public_key().to_public_key_pem(LineEnding::LF).unwrap());
    let (code, token, _) = sign("RS256", &private_path);
    assert_eq!(code, 0);
    let (code, object) = verify_json(&[&token, "--key", &public_path]);
    assert_eq!(object["signature"]["status"], "valid");
    assert_eq!((code, error_kinds(&object)), (1, vec!["weak_key".to_owned()]));
    assert!(object["errors"][0]["message"].as_str().unwrap().contains("ROCA fingerprint (CVE-2017-15361)"));
    // An ordinary 2048-bit key has no such fingerprint.
    let sample = tokenscope::jose::keys::parse_key(&common::sample_text("rs256.public.pem")).unwrap();
    let tokenscope::jose::keys::Material::Rsa { public, .. } = &sample.keys[0].material else { panic!() };
    assert!(!tokenscope::jose::keys::has_roca_fingerprint(public.n()));
}

#[test]
fn a_token_signed_by_the_key_it_carries_is_never_valid() {
    let key = tokenscope::jose::keys::parse_key(common::P256_PRIVATE_JWK).unwrap();
    let mut jwk: Value = serde_json::from_str(common::P256_PRIVATE_JWK).unwrap();
    jwk.as_object_mut().unwrap().remove("d");
    let header = json!({"jwk": jwk});
    let token = tokenscope::jose::encode::encode(
        header.as_object().unwrap(),
        &json!({"sub": "attacker"}),
        tokenscope::jose::algorithm::Algorithm::ES256,
        &key.keys[0],
    )
    .unwrap()
    .token;
    let (code, object) = verify_json(&[&token, "--use-embedded-key"]);
    assert_eq!(object["signature"]["status"], "valid", "the signature does match the embedded key");
    assert_eq!(
        (code, object["valid"].clone(), error_kinds(&object)),
        (1, json!(false), vec!["untrusted_key".to_owned()])
    );
    let (code, object) = verify_json(&[&common::es256_token(json!({})), "--use-embedded-key"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["key_not_found".to_owned()]), "no key in the token: said so");
    let (_, help, _) = run(&["verify", "--help"]);
    assert!(help.contains("the token is never valid"), "{help}");
}
