//! `tokenscope verify` against the published JWS examples, through the real binary: RFC 7515 Appendix A.1–A.4,
//! RFC 7520 sections 4.1–4.4 with the keys of its section 3 (3.1, 3.4, 3.5), and RFC 8037 Appendix A.4 with the
//! Ed25519 keys of A.1 and A.2. Each genuine example must verify under its own key, and fail as
//! `invalid_signature` once one payload character is changed or under another key of the same type.
//!
//! The tokens and JWKs in `tests/vectors/` are the RFCs' own, copied byte for byte (one token or one JWK per
//! file, named for its RFC section). They were taken from the RFC 7520 authors' repository
//! (github.com/ietf-jose/cookbook: `jwk/3_*.json`, `jws/4_*.json`, `curve25519/jws.json`) and, for RFC 7515, from
//! the octet arrays of the RFC text as transcribed in jwcrypto's `tests.py`; each was compared with a second,
//! independent transcription (jwcrypto's `tests-cookbook.py` and `tests.py` for RFC 7520 and RFC 8037, a
//! TypeScript RFC 7515 Appendix A test file for RFC 7515) and checked with an independent implementation.
//!
//! Only RFC 7515 A.1–A.3 carry a JWT claims set (with `exp` 1300819380, 2011-03-22T18:43:00Z, hence `--at`). The
//! other payloads are text ("Payload", the RFC 7520 Fellowship quote, "Example of Ed25519 signing"), which DESIGN.md
//! makes `malformed` in the payload (exit 2) after the signature check, so for them the pinned outcome is
//! `signature.status` together with that one `malformed` error.

mod common;

use common::{error_kinds, sample, verify_json};
use serde_json::{Value, json};

/// Ten seconds before the `exp` of RFC 7515 A.1–A.3.
const BEFORE_EXP: &str = "1300819370";
const EXP: &str = "1300819380";

/// The JWS Payload of every RFC 7520 section 4 example (its Figure 7), with U+2019 for `\xe2\x80\x99`.
const FELLOWSHIP: &str = "It\u{2019}s a dangerous business, Frodo, going out your door. You step onto the road, and if \
                          you don't keep your feet, there\u{2019}s no knowing where you might be swept off to.";

fn vector(name: &str) -> String {
    format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn token(name: &str) -> String {
    std::fs::read_to_string(vector(name)).unwrap().trim().to_owned()
}

/// `verify --json TOKEN --key KEY --at BEFORE_EXP`.
fn verify(token: &str, key: &str) -> (i32, Value) {
    verify_json(&[token, "--key", key, "--at", BEFORE_EXP])
}

/// `token` with the payload character at `index` replaced by `replacement` (still base64url, and not the last
/// character, so no unused bits change).
fn with_payload_char(token: &str, index: usize, replacement: char) -> String {
    let segments: Vec<&str> = token.split('.').collect();
    assert_eq!(segments.len(), 3);
    let mut payload: Vec<char> = segments[1].chars().collect();
    assert!(index + 1 < payload.len());
    assert_ne!(payload[index], replacement);
    payload[index] = replacement;
    format!("{}.{}.{}", segments[0], payload.into_iter().collect::<String>(), segments[2])
}

/// An RFC 7515 A.1–A.3 token whose `iss` "joe" is now "koe": still a JSON object, but not what was signed.
fn iss_changed(token: &str) -> String {
    with_payload_char(token, 11, 'r')
}

/// A JWT example that is genuine and valid: exit 0 and nothing wrong.
fn assert_valid_jwt((code, object): (i32, Value)) {
    assert_eq!(code, 0, "{object}");
    assert_eq!(object["valid"], true);
    assert_eq!(object["kind"], "jws");
    assert_eq!(object["signature"]["status"], "valid");
    assert_eq!(object["payload"], json!({"iss": "joe", "exp": 1300819380, "http://example.com/is_root": true}));
    assert_eq!(object["errors"], json!([]));
}

/// A genuine example whose payload is text: the signature verifies, and the only error is the payload.
fn assert_genuine_text((code, object): (i32, Value), text: &str) {
    assert_eq!(code, 2, "{object}");
    assert_eq!(object["valid"], false);
    assert_eq!(object["signature"]["status"], "valid");
    assert_eq!(error_kinds(&object), ["malformed"]);
    assert_eq!(object["errors"][0]["segment"], "payload");
    assert_eq!(object["payload_text"], text);
}

/// A JWT whose signature does not verify: exit 1, `invalid_signature` alone.
fn assert_forged_jwt((code, object): (i32, Value)) {
    assert_eq!(code, 1, "{object}");
    assert_eq!(object["valid"], false);
    assert_eq!(object["signature"]["status"], "invalid");
    assert_eq!(error_kinds(&object), ["invalid_signature"]);
}

/// A text payload whose signature does not verify: `invalid_signature`, then the payload (exit 2 for malformed).
fn assert_forged_text((code, object): (i32, Value), text: &str) {
    assert_eq!(code, 2, "{object}");
    assert_eq!(object["valid"], false);
    assert_eq!(object["signature"]["status"], "invalid");
    assert_eq!(error_kinds(&object), ["invalid_signature", "malformed"]);
    assert_eq!(object["payload_text"], text);
}

// RFC 7515 Appendix A.1: HS256 with an oct JWK, header with CR LF.

#[test]
fn rfc7515_a1_hs256_verifies_with_its_oct_jwk() {
    let token = token("rfc7515-a1.jwt");
    let header = token.split('.').next().unwrap();
    assert_eq!(tokenscope::jose::b64::decode(header).unwrap(), b"{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
    let (code, object) = verify(&token, &vector("rfc7515-a1.jwk.json"));
    assert_eq!(object["header"], json!({"typ": "JWT", "alg": "HS256"}));
    assert_eq!(object["signature"]["key"], "secret, JWK, 64 bytes");
    assert_valid_jwt((code, object));
}

#[test]
fn rfc7515_a1_hs256_verifies_with_its_key_as_a_base64url_secret() {
    let k = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
    assert_valid_jwt(verify_json(&[
        &token("rfc7515-a1.jwt"),
        "--secret",
        k,
        "--secret-encoding",
        "base64url",
        "--at",
        BEFORE_EXP,
    ]));
}

#[test]
fn rfc7515_a1_with_a_changed_payload_character_is_an_invalid_signature() {
    let (code, object) = verify(&iss_changed(&token("rfc7515-a1.jwt")), &vector("rfc7515-a1.jwk.json"));
    assert_eq!(object["payload"]["iss"], "koe");
    assert_forged_jwt((code, object));
}

#[test]
fn rfc7515_a1_under_the_rfc7520_3_5_secret_is_an_invalid_signature() {
    assert_forged_jwt(verify(&token("rfc7515-a1.jwt"), &vector("rfc7520-3.5.jwk.json")));
}

// RFC 7515 Appendix A.2: RS256 with an RSA JWK.

#[test]
fn rfc7515_a2_rs256_verifies_with_its_rsa_jwk() {
    let (code, object) = verify(&token("rfc7515-a2.jwt"), &vector("rfc7515-a2.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "RS256"}));
    assert_valid_jwt((code, object));
}

#[test]
fn rfc7515_a2_with_a_changed_payload_character_is_an_invalid_signature() {
    assert_forged_jwt(verify(&iss_changed(&token("rfc7515-a2.jwt")), &vector("rfc7515-a2.jwk.json")));
}

#[test]
fn rfc7515_a2_under_the_rfc7520_3_4_rsa_key_is_an_invalid_signature() {
    assert_forged_jwt(verify(&token("rfc7515-a2.jwt"), &vector("rfc7520-3.4.jwk.json")));
}

// RFC 7515 Appendix A.3: ES256 with a P-256 JWK.

#[test]
fn rfc7515_a3_es256_verifies_with_its_p256_jwk() {
    let (code, object) = verify(&token("rfc7515-a3.jwt"), &vector("rfc7515-a3.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "ES256"}));
    assert_valid_jwt((code, object));
}

#[test]
fn rfc7515_a3_with_a_changed_payload_character_is_an_invalid_signature() {
    assert_forged_jwt(verify(&iss_changed(&token("rfc7515-a3.jwt")), &vector("rfc7515-a3.jwk.json")));
}

#[test]
fn rfc7515_a3_under_another_p256_key_is_an_invalid_signature() {
    assert_forged_jwt(verify(&token("rfc7515-a3.jwt"), &sample("es256.public.pem")));
}

#[test]
fn rfc7515_a1_to_a3_are_expired_from_their_2011_exp_on() {
    for name in ["a1", "a2", "a3"] {
        let (code, object) = verify_json(&[
            &token(&format!("rfc7515-{name}.jwt")),
            "--key",
            &vector(&format!("rfc7515-{name}.jwk.json")),
            "--at",
            EXP,
        ]);
        assert_eq!(code, 1, "{name}: {object}");
        assert_eq!(object["signature"]["status"], "valid", "{name}");
        assert_eq!(error_kinds(&object), ["expired"], "{name}");
    }
}

// RFC 7515 Appendix A.4: ES512 with a P-521 JWK, payload "Payload".

#[test]
fn rfc7515_a4_es512_verifies_with_its_p521_jwk() {
    let (code, object) = verify(&token("rfc7515-a4.jwt"), &vector("rfc7515-a4.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "ES512"}));
    assert_genuine_text((code, object), "Payload");
}

#[test]
fn rfc7515_a4_with_a_changed_payload_character_is_an_invalid_signature() {
    let tampered = with_payload_char(&token("rfc7515-a4.jwt"), 0, 'V');
    assert_forged_text(verify(&tampered, &vector("rfc7515-a4.jwk.json")), "Tayload");
}

#[test]
fn rfc7515_a4_under_the_rfc7520_3_1_p521_key_is_an_invalid_signature() {
    assert_forged_text(verify(&token("rfc7515-a4.jwt"), &vector("rfc7520-3.1.jwk.json")), "Payload");
}

// RFC 7520 section 4.1: RS256 ("RSASSA-PKCS1-v1_5") with the RSA key of section 3.4.

#[test]
fn rfc7520_4_1_rs256_verifies_with_the_3_4_rsa_jwk() {
    let (code, object) = verify(&token("rfc7520-4.1.jwt"), &vector("rfc7520-3.4.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "RS256", "kid": "bilbo.baggins@hobbiton.example"}));
    assert_genuine_text((code, object), FELLOWSHIP);
}

#[test]
fn rfc7520_4_1_with_a_changed_payload_character_is_an_invalid_signature() {
    let tampered = with_payload_char(&token("rfc7520-4.1.jwt"), 0, 'T');
    assert_forged_text(verify(&tampered, &vector("rfc7520-3.4.jwk.json")), &FELLOWSHIP.replacen('I', "M", 1));
}

#[test]
fn rfc7520_4_1_under_the_rfc7515_a2_rsa_key_is_an_invalid_signature() {
    assert_forged_text(verify(&token("rfc7520-4.1.jwt"), &vector("rfc7515-a2.jwk.json")), FELLOWSHIP);
}

// RFC 7520 section 4.2: PS384 with the RSA key of section 3.4 (a randomized signature; the published one verifies).

#[test]
fn rfc7520_4_2_ps384_verifies_with_the_3_4_rsa_jwk() {
    let (code, object) = verify(&token("rfc7520-4.2.jwt"), &vector("rfc7520-3.4.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "PS384", "kid": "bilbo.baggins@hobbiton.example"}));
    assert_genuine_text((code, object), FELLOWSHIP);
}

#[test]
fn rfc7520_4_2_with_a_changed_payload_character_is_an_invalid_signature() {
    let tampered = with_payload_char(&token("rfc7520-4.2.jwt"), 0, 'T');
    assert_forged_text(verify(&tampered, &vector("rfc7520-3.4.jwk.json")), &FELLOWSHIP.replacen('I', "M", 1));
}

#[test]
fn rfc7520_4_2_under_the_rfc7515_a2_rsa_key_is_an_invalid_signature() {
    assert_forged_text(verify(&token("rfc7520-4.2.jwt"), &vector("rfc7515-a2.jwk.json")), FELLOWSHIP);
}

// RFC 7520 section 4.3: ES512 with the P-521 public key of section 3.1.

#[test]
fn rfc7520_4_3_es512_verifies_with_the_3_1_p521_public_jwk() {
    let (code, object) = verify(&token("rfc7520-4.3.jwt"), &vector("rfc7520-3.1.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "ES512", "kid": "bilbo.baggins@hobbiton.example"}));
    assert_genuine_text((code, object), FELLOWSHIP);
}

#[test]
fn rfc7520_4_3_with_a_changed_payload_character_is_an_invalid_signature() {
    let tampered = with_payload_char(&token("rfc7520-4.3.jwt"), 0, 'T');
    assert_forged_text(verify(&tampered, &vector("rfc7520-3.1.jwk.json")), &FELLOWSHIP.replacen('I', "M", 1));
}

#[test]
fn rfc7520_4_3_under_the_rfc7515_a4_p521_key_is_an_invalid_signature() {
    assert_forged_text(verify(&token("rfc7520-4.3.jwt"), &vector("rfc7515-a4.jwk.json")), FELLOWSHIP);
}

// RFC 7520 section 4.4: HS256 with the symmetric key of section 3.5.

#[test]
fn rfc7520_4_4_hs256_verifies_with_the_3_5_oct_jwk() {
    let (code, object) = verify(&token("rfc7520-4.4.jwt"), &vector("rfc7520-3.5.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "HS256", "kid": "018c0ae5-4d9b-471b-bfd6-eef314bc7037"}));
    assert_genuine_text((code, object), FELLOWSHIP);
}

#[test]
fn rfc7520_4_4_hs256_verifies_with_the_3_5_key_as_a_base64url_secret() {
    let k = "hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg";
    let result = verify_json(&[&token("rfc7520-4.4.jwt"), "--secret", k, "--secret-encoding", "base64url"]);
    assert_eq!(result.1["signature"], json!({"status": "valid", "key": "secret, base64url, 32 bytes"}));
    assert_genuine_text(result, FELLOWSHIP);
}

#[test]
fn rfc7520_4_4_with_a_changed_payload_character_is_an_invalid_signature() {
    let tampered = with_payload_char(&token("rfc7520-4.4.jwt"), 0, 'T');
    assert_forged_text(verify(&tampered, &vector("rfc7520-3.5.jwk.json")), &FELLOWSHIP.replacen('I', "M", 1));
}

#[test]
fn rfc7520_4_4_under_the_rfc7515_a1_secret_is_an_invalid_signature() {
    assert_forged_text(verify(&token("rfc7520-4.4.jwt"), &vector("rfc7515-a1.jwk.json")), FELLOWSHIP);
}

fn jwks_of(names: &[&str], file: &str) -> String {
    let keys: Vec<Value> = names
        .iter()
        .map(|name| serde_json::from_str(&std::fs::read_to_string(vector(name)).unwrap()).unwrap())
        .collect();
    let dir = std::env::temp_dir().join(format!("tokenscope-rfc7520-jwks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(file);
    std::fs::write(&path, json!({"keys": keys}).to_string()).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn rfc7520_section_3_public_keys_in_one_jwks_are_picked_by_kid_and_key_type() {
    // 3.1 (EC) and 3.4 (RSA) share the kid "bilbo.baggins@hobbiton.example": the alg decides between them.
    let path = jwks_of(&["rfc7520-3.1.jwk.json", "rfc7520-3.4.jwk.json"], "rfc7520-3-public.jwks.json");
    for name in ["4.1", "4.2", "4.3"] {
        let (code, object) = verify(&token(&format!("rfc7520-{name}.jwt")), &path);
        assert_eq!(object["signature"]["status"], "valid", "{name}: {object}");
        assert_eq!((code, error_kinds(&object)), (2, vec!["malformed".to_owned()]), "{name}");
    }
}

#[test]
fn rfc7520_section_3_keys_with_the_secret_in_one_jwks_are_refused() {
    let path =
        jwks_of(&["rfc7520-3.1.jwk.json", "rfc7520-3.4.jwk.json", "rfc7520-3.5.jwk.json"], "rfc7520-3-mixed.jwks.json");
    for name in ["4.1", "4.4"] {
        let (code, object) = verify(&token(&format!("rfc7520-{name}.jwt")), &path);
        // The payload is text, so it is also malformed as a claims set.
        assert_eq!((code, error_kinds(&object)), (2, vec!["key_invalid".to_owned(), "malformed".to_owned()]), "{name}");
    }
}

// RFC 8037 Appendix A.4: EdDSA (Ed25519) with the OKP keys of A.1 (private) and A.2 (public).

#[test]
fn rfc8037_a4_ed25519_verifies_with_the_a2_public_okp_jwk() {
    let (code, object) = verify(&token("rfc8037-a4.jwt"), &vector("rfc8037-a2.jwk.json"));
    assert_eq!(object["header"], json!({"alg": "EdDSA"}));
    assert_eq!(object["signature"]["key"], "Ed25519 public key (JWK)");
    assert_genuine_text((code, object), "Example of Ed25519 signing");
}

#[test]
fn rfc8037_a4_ed25519_verifies_with_the_a1_private_okp_jwk() {
    assert_genuine_text(verify(&token("rfc8037-a4.jwt"), &vector("rfc8037-a1.jwk.json")), "Example of Ed25519 signing");
}

#[test]
fn rfc8037_a4_with_a_changed_payload_character_is_an_invalid_signature() {
    let tampered = with_payload_char(&token("rfc8037-a4.jwt"), 0, 'Q');
    assert_forged_text(verify(&tampered, &vector("rfc8037-a2.jwk.json")), "Axample of Ed25519 signing");
}

#[test]
fn rfc8037_a4_under_another_ed25519_key_is_an_invalid_signature() {
    assert_forged_text(verify(&token("rfc8037-a4.jwt"), &sample("eddsa.public.pem")), "Example of Ed25519 signing");
}
