//! `tokenscope decode` through the real binary: exit codes, the JSON object and the text report.

mod common;

use assert_cmd::Command;
use common::run;
use serde_json::{Value, json};

const JWT_IO: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

fn tokenscope() -> Command {
    Command::cargo_bin("tokenscope").unwrap()
}

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output).unwrap()
}

#[test]
fn decode_json_prints_the_verify_members() {
    let output = tokenscope().args(["decode", "--json", JWT_IO]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        json_of(&output.stdout),
        json!({
            "kind": "jws", "profile": "jwt", "alg": "HS256", "kid": null,
            "header": {"alg": "HS256", "typ": "JWT"},
            "payload": {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}
        })
    );
    // Member order is the token's own.
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.find("\"sub\"").unwrap() < text.find("\"name\"").unwrap());
}

#[test]
fn decode_reads_stdin_and_forgives_the_authorization_header() {
    let output = tokenscope()
        .args(["decode", "--json", "-"])
        .write_stdin(format!("Authorization: Bearer {JWT_IO}\n"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json_of(&output.stdout)["alg"], "HS256");
}

#[test]
fn decode_reads_a_file_with_at() {
    let dir = std::env::temp_dir().join(format!("tokenscope-decode-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("token.txt");
    std::fs::write(&path, format!("\"{JWT_IO}\"\n")).unwrap();
    let output = tokenscope().args(["decode", "--json", &format!("@{}", path.display())]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json_of(&output.stdout)["payload"]["name"], "John Doe");
}

#[test]
fn decode_of_a_malformed_token_exits_2_and_points_at_the_character() {
    let output = tokenscope().args(["decode", &format!("{JWT_IO}=")]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("the signature is not valid base64url: '=' padding is not allowed"), "{stderr}");
    assert!(stderr.contains(&format!("at character {}", JWT_IO.len())), "{stderr}");
}

#[test]
fn decode_json_of_a_malformed_token_reports_segment_and_offset() {
    let output = tokenscope().args(["decode", "--json", "abc.d+f.ghi"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let errors = &json_of(&output.stdout)["errors"];
    assert_eq!(errors[0]["kind"], "malformed");
    assert_eq!(errors[0]["segment"], "header");
}

#[test]
fn decode_never_exits_1_for_expired_unsecured_or_non_object_payloads() {
    // alg none, exp in 2001, and a text payload.
    for token in [
        "eyJhbGciOiJub25lIn0.eyJleHAiOjEwMDAwMDAwMDB9.",
        "eyJhbGciOiJIUzI1NiJ9.aGVsbG8.c2ln",
        "eyJ0eXAiOiJKV1QifQ.e30.c2ln",
    ] {
        let output = tokenscope().args(["decode", "--json", token]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{token}");
    }
}

#[test]
fn decode_json_of_a_text_payload_has_payload_text() {
    let output = tokenscope().args(["decode", "--json", "eyJhbGciOiJIUzI1NiJ9.aGVsbG8.c2ln"]).output().unwrap();
    let object = json_of(&output.stdout);
    assert_eq!(object["payload"], Value::Null);
    assert_eq!(object["payload_text"], "hello");
    let output = tokenscope().args(["decode", "--json", "eyJhbGciOiJIUzI1NiJ9._w.c2ln"]).output().unwrap();
    assert_eq!(json_of(&output.stdout)["payload_b64url"], "_w");
}

#[test]
fn decode_text_shows_claims_with_times_relative_to_at() {
    let output =
        tokenscope().args(["decode", JWT_IO, "--at", "2018-01-18T01:35:22Z"]).env("TZ", "UTC").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("2018-01-18T01:30:22Z"), "{text}");
    assert!(text.contains("(issued 5 min ago)"), "{text}");
    assert!(text.contains("name  public"), "{text}");
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(tokenscope().args(["decode", "--nope"]).output().unwrap().status.code(), Some(2));
    assert_eq!(tokenscope().args(["decode", JWT_IO, "--at", "soon"]).output().unwrap().status.code(), Some(2));
    assert_eq!(tokenscope().args(["decode", "@/no/such/file"]).output().unwrap().status.code(), Some(2));
}

#[test]
fn five_parts_without_enc_are_a_malformed_header_not_a_jwe() {
    let header = tokenscope::jose::b64::encode(br#"{"alg":"HS256"}"#);
    let token = format!("{header}.AAAA.AAAA.AAAA.AAAA");
    let (code, stdout, stderr) = run(&["decode", "--json", &token]);
    assert_eq!(code, 2, "{stderr}");
    let object: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(object["errors"][0]["kind"], "malformed");
    assert_eq!(object["errors"][0]["segment"], "header");
    assert!(stderr.contains("names no \"enc\""), "{stderr}");
    let (code, object) = common::verify_json(&[&token, "--secret", common::SECRET]);
    assert_eq!((code, common::error_kinds(&object)), (2, vec!["malformed".to_owned()]));
}

#[test]
fn a_window_size_that_is_not_a_number_of_pixels_is_refused() {
    for size in ["NaNxNaN", "infx800", "100x100", "1280x99999", "1280"] {
        let (code, stdout, stderr) = run(&["gui", "--size", size]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{size}");
        assert!(stderr.contains("--size"), "{size}: {stderr}");
    }
}
