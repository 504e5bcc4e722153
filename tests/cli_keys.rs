//! `tokenscope keys show | generate | convert` through the real binary: the RFC 7638 thumbprint, facts and
//! weaknesses, fresh keys that sign and verify, private files owner-only, and PEM and JWK conversions that agree.

mod common;

use common::run;
use serde_json::Value;

const RFC7638_KEY: &str = r#"{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"}"#;

fn folder(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("tokenscope-keys-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn show_json(path: &std::path::Path) -> Value {
    let (code, stdout, stderr) = run(&["keys", "show", path.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).unwrap()
}

#[test]
fn the_thumbprint_is_rfc_7638s() {
    let path = folder("7638").join("key.json");
    std::fs::write(&path, RFC7638_KEY).unwrap();
    let object = show_json(&path);
    assert_eq!(
        object["keys"][0],
        serde_json::json!({"kty": "RSA", "alg": "RS256", "use": null, "kid": "2011-04-29", "bits": 2048, "crv": null,
            "private": false, "thumbprint": "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", "weak": []})
    );
}

#[test]
fn a_short_secret_is_shown_weak_with_its_size() {
    let path = folder("weak").join("key.json");
    std::fs::write(&path, r#"{"kty":"oct","k":"c2VjcmV0"}"#).unwrap();
    let key = &show_json(&path)["keys"][0];
    assert_eq!(
        (key["kty"].as_str(), key["bits"].as_u64(), key["private"].as_bool()),
        (Some("oct"), Some(48), Some(true))
    );
    assert_eq!(key["weak"].as_array().unwrap().len(), 1);
}

#[test]
fn a_generated_key_signs_what_its_public_half_verifies_and_its_private_files_are_owner_only() {
    let prefix = folder("generate").join("es384");
    let prefix = prefix.to_str().unwrap();
    let (code, stdout, stderr) = run(&["keys", "generate", "ES384", "--kid", "k1", "--out", prefix]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 3);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |suffix: &str| std::fs::metadata(format!("{prefix}{suffix}")).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(".private.pem"), mode(".jwk.json"), mode(".public.pem")), (0o600, 0o600, 0o644));
    }
    let private = format!("{prefix}.private.pem");
    let (code, token, stderr) = run(&["encode", "--payload", r#"{"sub":"kim"}"#, "--alg", "ES384", "--key", &private]);
    assert_eq!(code, 0, "{stderr}");
    let public = format!("{prefix}.public.pem");
    let (code, _, _) = run(&["verify", token.trim(), "--key", &public]);
    assert_eq!(code, 0);
    let facts = &show_json(std::path::Path::new(&format!("{prefix}.jwk.json")))["keys"][0];
    assert_eq!(
        (facts["crv"].as_str(), facts["kid"].as_str(), facts["private"].as_bool()),
        (Some("P-384"), Some("k1"), Some(true))
    );
    // The PEM and the JWK are the same key.
    assert_eq!(show_json(std::path::Path::new(&public))["keys"][0]["thumbprint"], facts["thumbprint"]);
}

#[test]
fn generated_secrets_are_as_long_as_the_hash_and_printed_as_a_jwk() {
    for (alg, bytes) in [("HS256", 32), ("HS384", 48), ("HS512", 64), ("A128KW", 16)] {
        let (code, stdout, _) = run(&["keys", "generate", alg]);
        assert_eq!(code, 0);
        let jwk: Value = serde_json::from_str(&stdout).unwrap();
        let k = tokenscope::jose::b64::decode(jwk["k"].as_str().unwrap()).unwrap();
        assert_eq!((jwk["kty"].as_str(), k.len()), (Some("oct"), bytes), "{alg}");
    }
    let (first, second) = (run(&["keys", "generate", "HS256"]).1, run(&["keys", "generate", "HS256"]).1);
    assert_ne!(first, second, "from the OS random source");
}

#[test]
fn converting_to_a_public_jwk_and_back_to_pem_keeps_the_key() {
    let folder = folder("convert");
    let jwk_path = folder.join("key.json");
    std::fs::write(
        &jwk_path,
        std::fs::read_to_string(common::sample("../../tests/vectors/rfc7515-a3.jwk.json")).unwrap(),
    )
    .unwrap();
    let (code, pem, _) = run(&["keys", "convert", jwk_path.to_str().unwrap(), "--to", "pem", "--public"]);
    assert_eq!(code, 0);
    assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----"), "{pem}");
    let pem_path = folder.join("key.pem");
    std::fs::write(&pem_path, &pem).unwrap();
    let (code, public_jwk, _) = run(&["keys", "convert", pem_path.to_str().unwrap(), "--to", "jwk"]);
    assert_eq!(code, 0);
    let public_jwk: Value = serde_json::from_str(&public_jwk).unwrap();
    assert!(public_jwk.get("d").is_none());
    assert_eq!(show_json(&pem_path)["keys"][0]["thumbprint"], show_json(&jwk_path)["keys"][0]["thumbprint"]);
    let (code, private_pem, _) = run(&["keys", "convert", jwk_path.to_str().unwrap(), "--to", "pem"]);
    assert_eq!((code, private_pem.starts_with("-----BEGIN PRIVATE KEY-----")), (0, true));
}
