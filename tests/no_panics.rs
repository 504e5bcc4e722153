//! Arbitrary input never panics the entry points the command line uses: any bytes as a token (decoded, verified,
//! linted and opened as a JWE), five-part tokens whose header names every JWE algorithm, a key file, a scenario;
//! and scenarios that differ from the presets in any number.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use tokenscope::jose::keys::{self, KeySet, SecretEncoding};
use tokenscope::jose::lint::{self, LintOptions};
use tokenscope::jose::verify::{self, ClaimRequest, Expectations};
use tokenscope::sim::{self, Scenario, presets};

fn judge_every_way(text: &str) {
    let decoded = tokenscope::jose::decode(text);
    let secret = KeySet::single(keys::secret_from_text(common::SECRET, SecretEncoding::Utf8).unwrap());
    let public = keys::parse_key(common::P256_PRIVATE_JWK).unwrap();
    for key in [None, Some(&secret), Some(&public)] {
        for use_embedded_key in [false, true] {
            let expect = Expectations::new(ClaimRequest { at: 1.7e9, use_embedded_key, ..ClaimRequest::default() });
            let _ = verify::verify(&decoded, key, &expect);
        }
        let _ = lint::lint(&decoded, &LintOptions { now: 1.7e9, keys: key, ..LintOptions::default() });
    }
    let _ = decoded.payload_view();
    // And opened as a JWE with a secret, an EC key and an AES key wrap key, as `decrypt` and the window do.
    let kek = keys::parse_key(r#"{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}"#).unwrap();
    for key in [&secret, &public, &kek] {
        let _ = tokenscope::jose::jwe::open(&decoded, Some(key), &mut |buffer: &mut [u8]| buffer.fill(7));
    }
}

/// Five parts whose header names a JWE's algorithms (with its members arbitrary) and whose other parts are
/// arbitrary bytes: what reaches the key unwrapping and the content decryption.
fn jwe_like() -> impl Strategy<Value = String> {
    let alg = prop::sample::select(tokenscope::jose::jwe::KeyManagement::ALL.to_vec());
    let enc = prop::sample::select(tokenscope::jose::jwe::ContentEncryption::ALL.to_vec());
    let bytes = || prop::collection::vec(any::<u8>(), 0..80).prop_map(|bytes| tokenscope::jose::b64::encode(&bytes));
    (alg, enc, any::<u32>(), bytes(), bytes(), bytes(), bytes(), bytes()).prop_map(
        |(alg, enc, p2c, salt, key, iv, ciphertext, tag)| {
            let header = serde_json::json!({"alg": alg, "enc": enc, "p2c": p2c % 3000, "p2s": salt, "iv": salt,
                "tag": salt, "zip": "DEF", "epk": {"kty": "EC", "crv": "P-256", "x": salt, "y": salt}});
            let header = tokenscope::jose::b64::encode(header.to_string().as_bytes());
            [header, key, iv, ciphertext, tag].join(".")
        },
    )
}

/// Text that looks enough like a token to get past the first checks: dots, base64url and JSON fragments.
fn tokenish() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        "[A-Za-z0-9_-]{0,40}",
        Just("eyJhbGciOiJIUzI1NiJ9".to_owned()),
        Just("eyJhbGciOiJub25lIn0".to_owned()),
        Just("eyJhbGciOiJFUzI1NiIsImp3ayI6eyJrdHkiOiJFQyJ9fQ".to_owned()),
        Just("eyJlbmMiOiJBMTI4R0NNIiwiYWxnIjoiZGlyIn0".to_owned()),
        any::<Vec<u8>>().prop_map(|bytes| tokenscope::jose::b64::encode(&bytes)),
    ];
    prop::collection::vec(part, 1..7).prop_map(|parts| parts.join("."))
}

/// A preset with one number of its config or steps replaced by an arbitrary one.
fn mutated_scenario() -> impl Strategy<Value = Value> {
    (
        0..presets::ALL.len(),
        any::<u16>(),
        prop_oneof![
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from)
        ],
    )
        .prop_map(|(preset, pick, number)| {
            let mut value = presets::ALL[preset].scenario().unwrap().to_value();
            let mut numbers = Vec::new();
            collect_numbers(&mut value, &mut numbers);
            if !numbers.is_empty() {
                let index = usize::from(pick) % numbers.len();
                *numbers.swap_remove(index) = number;
            }
            value
        })
}

fn collect_numbers<'v>(value: &'v mut Value, out: &mut Vec<&'v mut Value>) {
    match value {
        Value::Number(_) => out.push(value),
        Value::Array(items) => items.iter_mut().for_each(|item| collect_numbers(item, out)),
        Value::Object(members) => members.values_mut().for_each(|member| collect_numbers(member, out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_as_a_token_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        judge_every_way(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn jwe_like_text_never_panics(text in jwe_like()) {
        judge_every_way(&text);
    }

    #[test]
    fn token_like_text_never_panics(text in tokenish()) {
        judge_every_way(&text);
    }

    #[test]
    fn any_bytes_as_a_key_file_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = keys::parse_key(&text);
        let _ = keys::parse_key(&format!("-----BEGIN PUBLIC KEY-----\n{text}\n-----END PUBLIC KEY-----"));
        let _ = keys::parse_key(&format!("{{\"kty\":\"RSA\",\"n\":\"{}\",\"e\":\"AQAB\"}}", tokenscope::jose::b64::encode(&bytes)));
        for encoding in SecretEncoding::ALL {
            let _ = keys::secret_from_text(&text, encoding);
        }
    }

    #[test]
    fn any_bytes_as_a_scenario_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(scenario) = Scenario::from_json(&String::from_utf8_lossy(&bytes)) {
            let _ = sim::run(&scenario);
        }
    }

    #[test]
    fn a_preset_with_any_number_changed_never_panics(value in mutated_scenario()) {
        if let Ok(scenario) = Scenario::from_value(&value) {
            let timeline = sim::run(&scenario);
            let _ = timeline.to_json();
        }
    }
}
