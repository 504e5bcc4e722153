//! `decrypt`, `encrypt` and the `--decrypt-key`/`--decrypt-secret` of `decode` and `verify` through the real
//! binary: exit codes, the `decrypted` member, nested tokens verified with KEY, and a cross-check that an
//! independent implementation (Python's jwcrypto) opens what tokenscope seals.

mod common;

use common::{SECRET, run, tokenscope};
use serde_json::Value;

const A3: &str = "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ";
const A3_KEY: &str = "GawgguFyGrWKav7AX4VKUg";
const KEK: &str = "000102030405060708090a0b0c0d0e0f";

#[test]
fn decrypt_prints_the_plaintext_alone_and_exits_0() {
    let (code, stdout, _) = run(&["decrypt", A3, "--secret", A3_KEY, "--secret-encoding", "base64url"]);
    assert_eq!((code, stdout.as_str()), (0, "Live long and prosper."));
}

#[test]
fn decrypt_with_the_wrong_key_exits_1_with_decryption_failed() {
    let (code, stdout, stderr) =
        run(&["decrypt", A3, "--secret", "AAAAAAAAAAAAAAAAAAAAAA", "--secret-encoding", "base64url"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(stderr.contains("decryption_failed"), "{stderr}");
}

#[test]
fn decrypt_json_is_the_decode_object_with_its_decrypted_member() {
    let (code, stdout, _) = run(&["decrypt", A3, "--secret", A3_KEY, "--secret-encoding", "base64url", "--json"]);
    assert_eq!(code, 0);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(object["kind"], "jwe");
    assert_eq!(
        object["decrypted"],
        serde_json::json!({"status": "ok", "alg": "A128KW", "enc": "A128CBC-HS256", "zip": null, "payload": null,
            "payload_text": "Live long and prosper.", "payload_b64url": null, "nested": null})
    );
}

#[test]
fn decode_still_exits_0_when_decryption_fails_and_says_so() {
    let (code, stdout, _) =
        run(&["decode", A3, "--decrypt-secret", "AAAAAAAAAAAAAAAAAAAAAA", "--secret-encoding", "base64url", "--json"]);
    assert_eq!(code, 0);
    let object: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(object["decrypted"]["status"], "failed");
}

fn nested_token() -> String {
    let inner = common::hs256(serde_json::json!({"typ": "JWT"}), serde_json::json!({"sub": "kim", "aud": "api"}));
    let (code, stdout, stderr) = run(&[
        "encrypt",
        "--token",
        &inner,
        "--alg",
        "A128KW",
        "--enc",
        "A128GCM",
        "--secret",
        KEK,
        "--secret-encoding",
        "hex",
    ]);
    assert_eq!(code, 0, "{stderr}");
    stdout.trim().to_owned()
}

#[test]
fn a_nested_token_is_valid_only_when_it_opens_and_the_inner_token_is_valid() {
    let token = nested_token();
    let verify = |secret: &str, kek: &str| {
        let (code, stdout, _) = run(&[
            "verify",
            &token,
            "--secret",
            secret,
            "--decrypt-secret",
            kek,
            "--secret-encoding",
            "hex",
            "--aud",
            "api",
            "--json",
        ]);
        (code, serde_json::from_str::<Value>(&stdout).unwrap())
    };
    let secret_hex: String = SECRET.bytes().map(|byte| format!("{byte:02x}")).collect();
    let (code, object) = verify(&secret_hex, KEK);
    assert_eq!((code, object["valid"].clone()), (0, Value::Bool(true)));
    assert_eq!(object["decrypted"]["nested"]["kind"], "jws");
    assert_eq!(object["decrypted"]["nested"]["signature"]["status"], "valid");
    assert_eq!(object["header"]["cty"], "JWT");

    let wrong_secret: String = "x".repeat(32).bytes().map(|byte| format!("{byte:02x}")).collect();
    let (code, object) = verify(&wrong_secret, KEK);
    assert_eq!((code, object["decrypted"]["nested"]["signature"]["status"].clone()), (1, Value::from("invalid")));

    let (code, object) = verify(&secret_hex, "ffffffffffffffffffffffffffffffff");
    assert_eq!((code, object["decrypted"]["status"].clone()), (1, Value::from("failed")));
    assert_eq!(object["errors"][0]["kind"], "decryption_failed");
}

#[test]
fn encrypt_refuses_rsa1_5() {
    let (code, _, stderr) =
        run(&["encrypt", "--payload", "{}", "--alg", "RSA1_5", "--enc", "A128GCM", "--secret", "x"]);
    assert_eq!(code, 2, "{stderr}");
}

/// Python with jwcrypto, when this machine has it.
fn jwcrypto() -> Option<std::process::Command> {
    let found = std::process::Command::new("python3").args(["-c", "import jwcrypto"]).output().ok()?;
    if found.status.success() {
        return Some(std::process::Command::new("python3"));
    }
    let excused = std::env::var_os("TOKENSCOPE_NO_JWCRYPTO").is_some();
    assert!(
        excused || std::env::var("CI").as_deref() != Ok("true"),
        "CI must provide jwcrypto (pip install jwcrypto) or say it could not (TOKENSCOPE_NO_JWCRYPTO)"
    );
    eprintln!("skipped: python3 with jwcrypto is not available (pip install jwcrypto)");
    None
}

#[test]
fn jwcrypto_opens_what_tokenscope_seals() {
    let Some(mut python) = jwcrypto() else { return };
    let folder = std::env::temp_dir().join(format!("tokenscope-jwe-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let vectors: Value = serde_json::from_str(include_str!("vectors/jwe/interop.json")).unwrap();
    let mut cases = Vec::new();
    for vector in vectors["vectors"].as_array().unwrap().iter().filter(|vector| vector["alg"] != "RSA1_5") {
        let key_path = folder.join(format!("key-{}.json", cases.len()));
        std::fs::write(&key_path, vector["key"].to_string()).unwrap();
        let (alg, enc) = (vector["alg"].as_str().unwrap(), vector["enc"].as_str().unwrap());
        let output = tokenscope()
            .args(["encrypt", "--payload", r#"{"sub":"김철수"}"#, "--alg", alg, "--enc", enc, "--p2c", "1000", "--key"])
            .arg(&key_path)
            .output()
            .unwrap();
        assert!(output.status.success(), "{alg} + {enc}: {}", String::from_utf8_lossy(&output.stderr));
        cases
            .push(serde_json::json!({"key": vector["key"], "token": String::from_utf8(output.stdout).unwrap().trim()}));
    }
    let cases_path = folder.join("cases.json");
    std::fs::write(&cases_path, Value::from(cases).to_string()).unwrap();
    let script = r#"
import json, sys
from jwcrypto import jwe, jwk
opened = 0
for case in json.load(open(sys.argv[1])):
    token = jwe.JWE()
    token.deserialize(case["token"], jwk.JWK(**case["key"]))
    assert json.loads(token.payload) == {"sub": "김철수"}, token.payload
    opened += 1
print(opened)
"#;
    let output = python.args(["-c", script]).arg(&cases_path).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "169");
}

fn lint_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["lint", "--json"];
    all.extend_from_slice(args);
    let (_, stdout, stderr) = run(&all);
    let object: Value = serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stdout} {stderr}"));
    object["findings"].as_array().unwrap().iter().map(|finding| finding["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn lint_reports_rsa1_5_a_low_p2c_and_an_unsecured_token_inside() {
    let vectors: Value = serde_json::from_str(include_str!("vectors/jwe/interop.json")).unwrap();
    let rsa1_5 = vectors["vectors"].as_array().unwrap().iter().find(|vector| vector["alg"] == "RSA1_5").unwrap();
    assert!(lint_ids(&[rsa1_5["token"].as_str().unwrap()]).contains(&"rsa1_5".to_owned()));

    let unsecured = format!(
        "{}.{}.",
        tokenscope::jose::b64::encode(br#"{"alg":"none"}"#),
        tokenscope::jose::b64::encode(br#"{"sub":"kim"}"#)
    );
    let (code, nested, _) = run(&[
        "encrypt",
        "--token",
        &unsecured,
        "--alg",
        "PBES2-HS256+A128KW",
        "--enc",
        "A128GCM",
        "--secret",
        "pw",
        "--p2c",
        "1000",
    ]);
    assert_eq!(code, 0);
    let without_key = lint_ids(&[nested.trim()]);
    assert!(without_key.contains(&"pbes2_low_p2c".to_owned()) && without_key.contains(&"encrypted_token".to_owned()));
    let with_key = lint_ids(&[nested.trim(), "--decrypt-secret", "pw"]);
    assert_eq!(with_key[0], "nested_alg_none", "{with_key:?}");
    assert!(!with_key.contains(&"encrypted_token".to_owned()));
}
