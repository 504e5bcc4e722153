//! Opening and sealing JWEs: the RFC 7516 A.2 and A.3 examples, RFC 7518 appendix C, 175 tokens sealed by an independent implementation
//! (jwcrypto, tests/vectors/jwe/make-interop.py) for every key management and content algorithm, a flipped byte in
//! any part and a wrong key always `decryption_failed`, the header caps, and round trips through our own sealing.

use serde_json::Value;
use tokenscope::jose::error::ErrorKind;
use tokenscope::jose::jwe::{self, Sealing};
use tokenscope::jose::keys::{self, KeySet};
use tokenscope::jose::{self, b64};

fn random(buffer: &mut [u8]) {
    getrandom::fill(buffer).unwrap();
}

fn open(token: &str, keys: &KeySet) -> Result<Vec<u8>, ErrorKind> {
    jwe::decrypt(&jose::decode(token), keys, &mut random).map(|opened| opened.plaintext).map_err(|problem| problem.kind)
}

fn jwk(value: &Value) -> KeySet {
    keys::parse_key(&value.to_string()).unwrap()
}

const RFC7516_A3: &str = "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ";

fn a3_key() -> KeySet {
    jwk(&serde_json::json!({"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg"}))
}

#[test]
fn the_rfc_7516_a3_example_opens_to_its_plaintext() {
    assert_eq!(open(RFC7516_A3, &a3_key()).unwrap(), b"Live long and prosper.");
}

#[test]
fn the_rfc_7516_a2_example_opens_with_rsa1_5_and_fails_alike_with_a_bad_padding() {
    let token = include_str!("vectors/rfc7516-a2.jwe").trim();
    let key = keys::parse_key(include_str!("vectors/rfc7516-a2.jwk.json")).unwrap();
    assert_eq!(open(token, &key).unwrap(), b"Live long and prosper.");
    // A flipped byte in the RSA block breaks its padding: the same decryption_failed as a bad tag (no oracle).
    assert_eq!(open(&flipped(token, 1).unwrap(), &key), Err(ErrorKind::DecryptionFailed));
    assert_eq!(open(&flipped(token, 4).unwrap(), &key), Err(ErrorKind::DecryptionFailed));
}

fn interop() -> Value {
    serde_json::from_str(include_str!("vectors/jwe/interop.json")).unwrap()
}

#[test]
fn every_token_sealed_by_jwcrypto_opens_to_its_plaintext() {
    let file = interop();
    let plaintext = file["plaintext"].as_str().unwrap();
    let vectors = file["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 175);
    for vector in vectors {
        let expected = plaintext.repeat(vector["repeat"].as_u64().unwrap_or(1) as usize);
        let name = format!("{} + {} ({})", vector["alg"], vector["enc"], vector["key"]["kty"]);
        let opened = open(vector["token"].as_str().unwrap(), &jwk(&vector["key"]));
        assert_eq!(opened.map(String::from_utf8), Ok(Ok(expected)), "{name}");
    }
}

/// The token with one byte of part `index` flipped (after decoding), re-encoded.
fn flipped(token: &str, index: usize) -> Option<String> {
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    let mut bytes = b64::decode(&parts[index]).unwrap();
    let middle = bytes.len().checked_sub(1)? / 2;
    bytes[middle] ^= 0x01;
    parts[index] = b64::encode(&bytes);
    Some(parts.join("."))
}

#[test]
fn a_flipped_byte_in_any_part_or_a_wrong_key_is_decryption_failed_for_every_algorithm() {
    let file = interop();
    for vector in file["vectors"].as_array().unwrap() {
        let token = vector["token"].as_str().unwrap();
        let keys = jwk(&vector["key"]);
        let name = format!("{} + {}", vector["alg"], vector["enc"]);
        // The encrypted key, IV, ciphertext and tag (the header is the AAD and names the algorithms).
        for index in 1..5 {
            if let Some(bad) = flipped(token, index) {
                assert_eq!(open(&bad, &keys), Err(ErrorKind::DecryptionFailed), "{name}, part {index}");
            }
        }
    }
    let wrong = jwk(&serde_json::json!({"kty": "oct", "k": "AAAAAAAAAAAAAAAAAAAAAA"}));
    assert_eq!(open(RFC7516_A3, &wrong), Err(ErrorKind::DecryptionFailed));
}

#[test]
fn what_is_wrong_with_the_key_itself_is_said_as_such() {
    let short = jwk(&serde_json::json!({"kty": "oct", "k": "AAAA"}));
    assert_eq!(open(RFC7516_A3, &short), Err(ErrorKind::KeyInvalid));
    let rsa = keys::parse_key(include_str!("vectors/rfc7515-a2.jwk.json")).unwrap();
    assert_eq!(open(RFC7516_A3, &rsa), Err(ErrorKind::KeyInvalid));
}

fn seal(plaintext: &[u8], alg: &str, enc: &str, key: &KeySet, zip: bool) -> String {
    let sealing = Sealing { plaintext, alg, enc, zip, header: Default::default(), p2c: 1000 };
    jwe::encrypt(sealing, &key.keys[0], &mut random).unwrap_or_else(|problem| panic!("{alg} + {enc}: {problem:?}"))
}

#[test]
fn every_algorithm_but_rsa1_5_seals_what_it_opens() {
    let file = interop();
    let mut pairs = 0;
    for vector in file["vectors"].as_array().unwrap() {
        let (alg, enc) = (vector["alg"].as_str().unwrap(), vector["enc"].as_str().unwrap());
        if alg == "RSA1_5" {
            let sealing = Sealing { plaintext: b"x", alg, enc, zip: false, header: Default::default(), p2c: 1 };
            let refused = jwe::encrypt(sealing, &jwk(&vector["key"]).keys[0], &mut random).unwrap_err();
            assert_eq!(refused.kind, ErrorKind::UnsupportedAlgorithm);
            continue;
        }
        let keys = jwk(&vector["key"]);
        for zip in [false, true] {
            let token = seal("한국어 plaintext".as_bytes(), alg, enc, &keys, zip);
            assert_eq!(open(&token, &keys).unwrap(), "한국어 plaintext".as_bytes(), "{alg} + {enc}, zip {zip}");
        }
        pairs += 1;
    }
    assert_eq!(pairs, 169);
}

fn header_token(header: Value) -> String {
    format!("{}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA", b64::encode(header.to_string().as_bytes()))
}

#[test]
fn a_header_asking_for_too_many_pbes2_rounds_is_malformed_before_any_key_is_used() {
    let token = header_token(
        serde_json::json!({"alg": "PBES2-HS256+A128KW", "enc": "A128GCM", "p2s": "AAAAAAAAAAA", "p2c": 1_000_001}),
    );
    let problem = jwe::decrypt(&jose::decode(&token), &a3_key(), &mut random).unwrap_err();
    assert_eq!((problem.kind, problem.segment), (ErrorKind::Malformed, Some(jose::Segment::Header)));
}

#[test]
fn an_ephemeral_key_off_its_curve_is_decryption_failed() {
    let vector = interop()["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|vector| vector["alg"] == "ECDH-ES" && vector["key"]["crv"] == "P-256")
        .unwrap()
        .clone();
    let token = vector["token"].as_str().unwrap();
    let (header_part, rest) = token.split_once('.').unwrap();
    let mut header: Value = serde_json::from_slice(&b64::decode(header_part).unwrap()).unwrap();
    // (1, 1) is not on P-256: the invalid-curve attack's kind of point.
    let one = b64::encode(&[&[0u8; 31][..], &[1]].concat());
    header["epk"]["x"] = Value::from(one.clone());
    header["epk"]["y"] = Value::from(one);
    let forged = format!("{}.{rest}", b64::encode(header.to_string().as_bytes()));
    assert_eq!(open(&forged, &jwk(&vector["key"])), Err(ErrorKind::DecryptionFailed));
}

#[test]
fn a_crit_header_is_unsupported_before_any_key_is_used() {
    let token = header_token(serde_json::json!({"alg": "dir", "enc": "A128GCM", "crit": ["exp"], "exp": 1}));
    assert_eq!(open(&token, &a3_key()), Err(ErrorKind::UnsupportedCrit));
}

#[test]
fn dir_with_an_encrypted_key_is_decryption_failed() {
    let key = jwk(&serde_json::json!({"kty": "oct", "k": b64::encode(&[7u8; 16])}));
    let token = seal(b"hello", "dir", "A128GCM", &key, false);
    let parts: Vec<&str> = token.split('.').collect();
    let smuggled = [parts[0], "AAAA", parts[2], parts[3], parts[4]].join(".");
    assert_eq!(open(&smuggled, &key), Err(ErrorKind::DecryptionFailed));
}

#[test]
fn a_deflated_plaintext_larger_than_16_mib_is_decryption_failed() {
    let key = jwk(&serde_json::json!({"kty": "oct", "k": b64::encode(&[9u8; 32])}));
    let huge = vec![b'a'; 17 * 1024 * 1024];
    let token = seal(&huge, "A256KW", "A256GCM", &key, true);
    assert!(token.len() < 100_000, "it compresses: {} bytes", token.len());
    assert_eq!(open(&token, &key), Err(ErrorKind::DecryptionFailed));
}

#[test]
fn ecdh_es_agrees_on_the_key_of_rfc_7518_appendix_c() {
    // Alice's ephemeral public key and the PartyUInfo/PartyVInfo of the example; a token sealed under the
    // published derived key VqqN6vgjbSBcIijNcacQGg opens with Bob's private key only if agreement and the Concat
    // KDF both compute that key.
    let header = serde_json::json!({"alg": "ECDH-ES", "enc": "A128GCM", "apu": "QWxpY2U", "apv": "Qm9i",
        "epk": {"kty": "EC", "crv": "P-256", "x": "gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0",
            "y": "SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps"}});
    let protected = b64::encode(header.to_string().as_bytes());
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let derived = b64::decode("VqqN6vgjbSBcIijNcacQGg").unwrap();
    let iv = [3u8; 12];
    let mut sealed = aes_gcm::Aes128Gcm::new_from_slice(&derived)
        .unwrap()
        .encrypt(&iv.into(), Payload { msg: b"Live long and prosper.", aad: protected.as_bytes() })
        .unwrap();
    let tag = sealed.split_off(sealed.len() - 16);
    let token = format!("{protected}..{}.{}.{}", b64::encode(&iv), b64::encode(&sealed), b64::encode(&tag));
    let bob = jwk(&serde_json::json!({"kty": "EC", "crv": "P-256",
        "x": "weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ", "y": "e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOyck",
        "d": "VEmDZpDXXK8p8N0Cndsxs924q6nS1RXFASRl6BfUqdw"}));
    assert_eq!(open(&token, &bob).unwrap(), b"Live long and prosper.");
}
