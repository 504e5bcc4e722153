//! `tokenscope verify` through the real binary: the verify object, exit codes, algorithm policy, key
//! selection, claim boundaries and `--batch`.

mod common;

use common::{SECRET, error_kinds, hs256, run, sample, sample_text, tokenscope, verify_json};
use serde_json::{Value, json};

const JWT_IO: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

#[test]
fn a_genuine_token_gives_the_full_verify_object_and_exit_0() {
    // jwt.io's secret is 19 bytes, shorter than HS256's hash: only accepted when weak keys are allowed.
    let (code, object) =
        verify_json(&[JWT_IO, "--secret", "your-256-bit-secret", "--at", "2018-01-18T01:40:22Z", "--allow-weak-keys"]);
    assert_eq!(code, 0);
    assert_eq!(object["valid"], true);
    assert_eq!(object["kind"], "jws");
    assert_eq!(object["alg"], "HS256");
    assert_eq!(object["kid"], Value::Null);
    assert_eq!(object["header"], json!({"alg": "HS256", "typ": "JWT"}));
    assert_eq!(object["payload"]["name"], "John Doe");
    assert_eq!(object["signature"], json!({"status": "valid", "key": "secret, utf8, 19 bytes"}));
    assert_eq!(object["errors"], json!([]));
    let keys: Vec<&String> = object.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["valid", "kind", "profile", "alg", "kid", "header", "payload", "signature", "claims", "errors"]);
}

#[test]
fn a_changed_character_is_an_invalid_signature_exit_1() {
    let tampered = JWT_IO.replace("SflKx", "SflKy");
    let (code, object) = verify_json(&[&tampered, "--secret", "your-256-bit-secret", "--allow-weak-keys"]);
    assert_eq!(code, 1);
    assert_eq!(object["signature"]["status"], "invalid");
    assert_eq!(error_kinds(&object), ["invalid_signature"]);
}

#[test]
fn secret_encodings_all_verify() {
    // "your-256-bit-secret" in each encoding.
    for (text, encoding) in [
        ("eW91ci0yNTYtYml0LXNlY3JldA==", "base64"),
        ("eW91ci0yNTYtYml0LXNlY3JldA", "base64url"),
        ("796f75722d3235362d6269742d736563726574", "hex"),
    ] {
        let (code, _) = verify_json(&[JWT_IO, "--secret", text, "--secret-encoding", encoding, "--allow-weak-keys"]);
        assert_eq!(code, 0, "{encoding}");
    }
}

#[test]
fn a_secret_file_is_read_as_raw_bytes() {
    let dir = std::env::temp_dir().join(format!("tokenscope-verify-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("secret.bin");
    std::fs::write(&path, "your-256-bit-secret").unwrap();
    let (code, object) = verify_json(&[JWT_IO, "--secret-file", path.to_str().unwrap(), "--allow-weak-keys"]);
    assert_eq!(code, 0);
    assert_eq!(object["signature"]["key"], "secret, raw bytes, 19 bytes");
}

#[test]
fn expired_claim_detail_says_how_long_ago() {
    let token = hs256(json!({}), json!({"sub": "1234567890", "exp": 1516239022}));
    let (code, object) = verify_json(&[&token, "--secret", SECRET, "--at", "2026-11-24T00:00:00Z"]);
    assert_eq!(code, 1);
    assert_eq!(
        object["claims"][0],
        json!({"name": "exp", "status": "failed", "detail": "expired 8 years ago (2018-01-18T01:30:22Z)"})
    );
    assert_eq!(object["errors"][0], json!({"kind": "expired", "message": "the token expired at 2018-01-18T01:30:22Z"}));
}

#[test]
fn exp_boundaries_follow_rfc_7519_with_leeway() {
    let token = hs256(json!({}), json!({"exp": 1000}));
    let at = |at: &str, leeway: &str| verify_json(&[&token, "--secret", SECRET, "--at", at, "--leeway", leeway]).0;
    assert_eq!(at("999", "0"), 0);
    assert_eq!(at("1000", "0"), 1, "exactly at exp is expired");
    assert_eq!(at("1009", "10"), 0);
    assert_eq!(at("1010", "10"), 1, "exactly at exp + leeway is expired");
}

#[test]
fn nbf_and_iat_boundaries_with_leeway() {
    let nbf = hs256(json!({}), json!({"nbf": 1000}));
    let at = |token: &str, at: &str, leeway: &str| {
        let (code, object) = verify_json(&[token, "--secret", SECRET, "--at", at, "--leeway", leeway]);
        (code, error_kinds(&object))
    };
    assert_eq!(at(&nbf, "989", "10"), (1, vec!["not_yet_valid".to_owned()]));
    assert_eq!(at(&nbf, "990", "10"), (0, vec![]), "exactly at nbf - leeway is valid");
    let iat = hs256(json!({}), json!({"iat": 1000}));
    assert_eq!(at(&iat, "994", "5"), (1, vec!["not_yet_valid".to_owned()]));
    assert_eq!(at(&iat, "995", "5"), (0, vec![]));
}

#[test]
fn numeric_strings_and_wrong_types_are_invalid_claim_type() {
    let token = hs256(json!({}), json!({"exp": "1700003600"}));
    let (code, object) = verify_json(&[&token, "--secret", SECRET]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["invalid_claim_type".to_owned()]));
    let token = hs256(json!({}), json!({"aud": 42}));
    assert_eq!(error_kinds(&verify_json(&[&token, "--secret", SECRET, "--aud", "x"]).1), ["invalid_claim_type"]);
    let token = hs256(json!({}), json!({"exp": 4102444800.5}));
    assert_eq!(verify_json(&[&token, "--secret", SECRET]).0, 0, "fractions are allowed");
}

#[test]
fn audience_rules() {
    let token = hs256(json!({}), json!({"aud": ["api", "web"]}));
    assert_eq!(error_kinds(&verify_json(&[&token, "--secret", SECRET]).1), ["invalid_audience"], "aud without --aud");
    assert_eq!(verify_json(&[&token, "--secret", SECRET, "--skip", "aud"]).0, 0);
    assert_eq!(verify_json(&[&token, "--secret", SECRET, "--aud", "web"]).0, 0);
    assert_eq!(verify_json(&[&token, "--secret", SECRET, "--aud", "x", "--aud", "api"]).0, 0);
    assert_eq!(error_kinds(&verify_json(&[&token, "--secret", SECRET, "--aud", "x"]).1), ["invalid_audience"]);
    let null_aud = hs256(json!({}), json!({"aud": null}));
    assert_eq!(verify_json(&[&null_aud, "--secret", SECRET]).0, 0, "aud null counts as absent");
}

#[test]
fn issuer_subject_and_required_claims() {
    let token = hs256(json!({}), json!({"iss": "https://a.example", "sub": "kim"}));
    assert_eq!(verify_json(&[&token, "--secret", SECRET, "--iss", "x", "--iss", "https://a.example"]).0, 0);
    assert_eq!(error_kinds(&verify_json(&[&token, "--secret", SECRET, "--iss", "x"]).1), ["invalid_issuer"]);
    assert_eq!(error_kinds(&verify_json(&[&token, "--secret", SECRET, "--sub", "lee"]).1), ["invalid_subject"]);
    assert_eq!(error_kinds(&verify_json(&[&token, "--secret", SECRET, "--require", "jti"]).1), ["missing_claim"]);
    assert_eq!(verify_json(&[&token, "--secret", SECRET, "--require", "sub"]).0, 0);
}

#[test]
fn alg_none_is_never_valid() {
    for alg in ["none", "None", "NONE", "nOnE"] {
        let header = tokenscope::jose::b64::encode(format!("{{\"alg\":\"{alg}\"}}").as_bytes());
        let token = format!("{header}.eyJzdWIiOiIxIn0.");
        let (code, object) = verify_json(&[&token, "--secret", SECRET]);
        assert_eq!((code, error_kinds(&object)), (1, vec!["unsecured".to_owned()]), "{alg}");
    }
}

#[test]
fn hmac_with_a_public_key_is_the_confusion_attack_and_refused() {
    // An HS256 token whose "secret" is the RSA public key's PEM text: what the attack forges.
    let public_pem = std::fs::read_to_string(sample("rs256.public.pem")).unwrap();
    let key =
        tokenscope::jose::keys::secret_from_text(&public_pem, tokenscope::jose::keys::SecretEncoding::Utf8).unwrap();
    let forged = tokenscope::jose::encode::encode(
        json!({}).as_object().unwrap(),
        &json!({"sub": "admin"}),
        tokenscope::jose::algorithm::Algorithm::HS256,
        &key,
    )
    .unwrap()
    .token;
    let (code, object) = verify_json(&[&forged, "--key", &sample("rs256.public.pem")]);
    assert_eq!(code, 1);
    assert_eq!(error_kinds(&object), ["algorithm_mismatch"]);
    assert_eq!(object["signature"]["status"], "not_checked");
}

#[test]
fn alg_outside_the_allowed_list_is_a_mismatch() {
    let weak = ["--secret", "your-256-bit-secret", "--allow-weak-keys"];
    let (code, object) = verify_json(&[&[JWT_IO, "--alg", "HS512"][..], &weak].concat());
    assert_eq!((code, error_kinds(&object)), (1, vec!["algorithm_mismatch".to_owned()]));
    assert_eq!(verify_json(&[&[JWT_IO, "--alg", "HS512", "--alg", "HS256"][..], &weak].concat()).0, 0);
}

#[test]
fn any_crit_is_unsupported() {
    for crit in [json!(["exp"]), json!([]), json!("x"), json!(["http://example.com/ext"])] {
        let token = hs256(json!({"crit": crit}), json!({}));
        let (code, object) = verify_json(&[&token, "--secret", SECRET]);
        assert_eq!((code, error_kinds(&object)), (1, vec!["unsupported_crit".to_owned()]), "{crit}");
        assert_eq!(object["signature"]["status"], "valid");
    }
}

#[test]
fn unknown_and_missing_alg_are_unsupported() {
    let unknown = format!("{}.e30.c2ln", tokenscope::jose::b64::encode(br#"{"alg":"HS257"}"#));
    let (code, object) = verify_json(&[&unknown, "--secret", SECRET]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["unsupported_algorithm".to_owned()]));
    assert_eq!(object["signature"]["status"], "unsupported");
    let missing = format!("{}.e30.c2ln", tokenscope::jose::b64::encode(br#"{"typ":"JWT"}"#));
    assert_eq!(error_kinds(&verify_json(&[&missing, "--secret", SECRET]).1), ["unsupported_algorithm"]);
}

fn write_jwks(name: &str, keys: Value) -> String {
    let dir = std::env::temp_dir().join(format!("tokenscope-jwks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, json!({"keys": keys}).to_string()).unwrap();
    path.to_str().unwrap().to_owned()
}

const P256_PUBLIC: &str = r#"{"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#;

fn p256_public(kid: &str) -> Value {
    let mut key: Value = serde_json::from_str(P256_PUBLIC).unwrap();
    key["kid"] = json!(kid);
    key
}

#[test]
fn jwks_picks_by_kid_and_reports_a_missing_kid() {
    let k = tokenscope::jose::b64::encode(SECRET.as_bytes());
    let path = write_jwks(
        "secrets.json",
        json!([
            {"kty": "oct", "kid": "a", "k": tokenscope::jose::b64::encode(b"another secret of thirty-two b!!")},
            {"kty": "oct", "kid": "b", "k": k},
        ]),
    );
    let kid = |kid: &str| hs256(json!({"kid": kid}), json!({}));
    assert_eq!(verify_json(&[&kid("b"), "--key", &path]).0, 0);
    assert_eq!(error_kinds(&verify_json(&[&kid("a"), "--key", &path]).1), ["invalid_signature"]);
    assert_eq!(error_kinds(&verify_json(&[&kid("zzz"), "--key", &path]).1), ["key_not_found"]);
    let no_kid = hs256(json!({}), json!({}));
    let (code, object) = verify_json(&[&no_kid, "--key", &path]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["key_not_found".to_owned()]), "two oct keys fit: ambiguous");
}

#[test]
fn a_jwks_kid_of_the_wrong_key_type_is_a_mismatch() {
    let path = write_jwks("public.json", json!([p256_public("c")]));
    let token = hs256(json!({"kid": "c"}), json!({}));
    assert_eq!(error_kinds(&verify_json(&[&token, "--key", &path]).1), ["algorithm_mismatch"]);
}

#[test]
fn a_jwks_mixing_secrets_and_public_keys_is_key_invalid() {
    let k = tokenscope::jose::b64::encode(SECRET.as_bytes());
    let path = write_jwks("mixed.json", json!([{"kty": "oct", "kid": "b", "k": k}, p256_public("c")]));
    let token = hs256(json!({"kid": "b"}), json!({}));
    let (code, object) = verify_json(&[&token, "--key", &path]);
    assert_eq!((code, error_kinds(&object)), (2, vec!["key_invalid".to_owned()]));
    assert!(object["errors"][0]["message"].as_str().unwrap().contains("mixes 1 HMAC secret(s)"), "{object}");
}

#[test]
fn a_kid_naming_two_fitting_keys_is_an_ambiguous_set() {
    let path = write_jwks("twice.json", json!([p256_public("same"), p256_public("same")]));
    let token = common::es256_token(json!({"kid": "same"}));
    let (code, object) = verify_json(&[&token, "--key", &path]);
    assert_eq!((code, error_kinds(&object)), (2, vec!["key_invalid".to_owned()]));
}

#[test]
fn the_kids_a_key_not_found_names_are_a_few_and_a_count() {
    let keys: Vec<Value> = (0..1000).map(|index| p256_public(&format!("key-{index:04}"))).collect();
    let path = write_jwks("many.json", Value::Array(keys));
    let token = common::es256_token(json!({"kid": "elsewhere"}));
    let (code, object) = verify_json(&[&token, "--key", &path]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["key_not_found".to_owned()]));
    assert_eq!(
        object["errors"][0]["message"],
        "no key in the JWK Set has kid \"elsewhere\" (it has 1000 kids: key-0000, key-0001, key-0002, key-0003, key-0004, …)"
    );
}

#[test]
fn a_jwk_not_for_signatures_or_without_verify_is_a_mismatch() {
    let token = common::es256_token(json!({}));
    for (name, extra) in [("use", json!("enc")), ("key_ops", json!(["sign"])), ("key_ops", json!(["encrypt"]))] {
        let mut key: Value = serde_json::from_str(P256_PUBLIC).unwrap();
        key[name] = extra.clone();
        let path = write_jwks(&format!("restricted-{name}.json"), json!([key]));
        let (code, object) = verify_json(&[&token, "--key", &path]);
        assert_eq!((code, error_kinds(&object)), (1, vec!["algorithm_mismatch".to_owned()]), "{name}: {extra}");
    }
    let mut key: Value = serde_json::from_str(P256_PUBLIC).unwrap();
    key["use"] = json!("sig");
    key["key_ops"] = json!(["verify"]);
    let path = write_jwks("allowed.json", json!([key]));
    assert_ne!(error_kinds(&verify_json(&[&token, "--key", &path]).1), ["algorithm_mismatch"]);
}

#[test]
fn every_sample_verifies_under_its_public_key() {
    for (token, key) in [
        ("rs256.jwt", "rs256.public.pem"),
        ("es256.jwt", "es256.public.pem"),
        ("es512.jwt", "es512.public.pem"),
        ("eddsa.jwt", "eddsa.public.pem"),
        ("es256.jwt", "es256.private.pem"),
    ] {
        let (code, object) =
            verify_json(&[&format!("@{}", sample(token)), "--key", &sample(key), "--aud", "orders-api"]);
        assert_eq!(code, 0, "{token} with {key}: {object}");
    }
}

#[test]
fn a_wrong_key_type_is_a_mismatch() {
    let (code, object) =
        verify_json(&[&format!("@{}", sample("es256.jwt")), "--key", &sample("rs256.public.pem"), "--skip", "aud"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["algorithm_mismatch".to_owned()]));
    let (code, object) =
        verify_json(&[&format!("@{}", sample("es512.jwt")), "--key", &sample("es256.public.pem"), "--skip", "aud"]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["algorithm_mismatch".to_owned()]));
}

#[test]
fn malformed_and_key_invalid_exit_2_with_an_object() {
    let (code, object) = verify_json(&[&format!("{JWT_IO}="), "--secret", "x"]);
    assert_eq!(code, 2);
    assert_eq!(object["errors"][0]["segment"], "signature");
    assert_eq!(object["errors"][0]["offset"], JWT_IO.len());
    let dir = std::env::temp_dir().join(format!("tokenscope-badkey-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.pem");
    std::fs::write(&path, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n").unwrap();
    let (code, object) = verify_json(&[JWT_IO, "--key", path.to_str().unwrap()]);
    assert_eq!((code, error_kinds(&object)), (2, vec!["key_invalid".to_owned()]));
}

#[test]
fn a_payload_that_is_not_an_object_is_malformed_after_the_signature_check() {
    let key = tokenscope::jose::keys::secret_from_text(SECRET, tokenscope::jose::keys::SecretEncoding::Utf8).unwrap();
    let token = tokenscope::jose::encode::sign_texts(
        r#"{"alg":"HS256"}"#,
        "hello",
        tokenscope::jose::algorithm::Algorithm::HS256,
        &key,
    )
    .unwrap();
    let (code, object) = verify_json(&[&token, "--secret", SECRET]);
    assert_eq!(code, 2);
    assert_eq!(object["signature"]["status"], "valid");
    assert_eq!(object["errors"][0]["kind"], "malformed");
    assert_eq!(object["errors"][0]["segment"], "payload");
    assert_eq!(object["payload_text"], "hello");
}

#[test]
fn a_jwe_is_encrypted_exit_1() {
    let (code, object) = verify_json(&[&sample_text("jwe.jwt"), "--secret", SECRET]);
    assert_eq!((code, error_kinds(&object)), (1, vec!["encrypted".to_owned()]));
    assert_eq!(object["kind"], "jwe");
}

#[test]
fn missing_key_or_bad_arguments_exit_2_with_nothing_on_stdout() {
    let (code, stdout, stderr) = run(&["verify", "--json", JWT_IO]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("needs a key"));
    let (code, stdout, _) = run(&["verify", "--json", JWT_IO, "--secret", "x", "--alg", "HS999"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
}

#[test]
fn batch_prints_one_object_per_line_in_input_order() {
    let good = hs256(json!({}), json!({"n": 1}));
    let bad = good.replace(".ey", ".eX");
    let input = format!("{good}\n\n{bad}\nnot-a-token\n  Bearer {good}  \n");
    let output = tokenscope().args(["verify", "--batch", "--secret", SECRET]).write_stdin(input).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> =
        String::from_utf8(output.stdout).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let valid: Vec<bool> = lines.iter().map(|line| line["valid"].as_bool().unwrap()).collect();
    assert_eq!(valid, [true, false, false, true]);
    assert_eq!(lines[2]["errors"][0]["kind"], "malformed");
}

#[test]
fn batch_of_many_valid_tokens_exits_0_and_keeps_order() {
    let tokens: Vec<String> = (0..20_000).map(|n| hs256(json!({}), json!({"n": n}))).collect();
    let output =
        tokenscope().args(["verify", "--batch", "--secret", SECRET]).write_stdin(tokens.join("\n")).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let numbers: Vec<i64> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap()["payload"]["n"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, (0..20_000).collect::<Vec<i64>>());
}
