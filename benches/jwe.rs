//! The cost of opening a JWE: `dir` + A256GCM on a token with a 1 KB plaintext (the symmetric path), and
//! RSA-OAEP-256 + A256GCM with a 2048-bit key (bound by the RSA private operation).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tokenscope::jose::jwe::{self, Sealing};
use tokenscope::jose::keys::{self, KeySet};

fn random(buffer: &mut [u8]) {
    getrandom::fill(buffer).unwrap();
}

fn sealed(alg: &str, keys: &KeySet, plaintext: &[u8]) -> String {
    let sealing = Sealing { plaintext, alg, enc: "A256GCM", zip: false, header: Default::default(), p2c: 1 };
    jwe::encrypt(sealing, &keys.keys[0], &mut random).unwrap()
}

fn bench(c: &mut Criterion) {
    let plaintext = vec![b'x'; 1024];
    let secret = keys::parse_key(r#"{"kty":"oct","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"}"#).unwrap();
    let dir = tokenscope::jose::decode(&sealed("dir", &secret, &plaintext));
    c.bench_function("decrypt dir + A256GCM, 1 KB", |b| {
        b.iter(|| jwe::decrypt(black_box(&dir), &secret, &mut random).unwrap())
    });
    let vectors: serde_json::Value = serde_json::from_str(include_str!("../tests/vectors/jwe/interop.json")).unwrap();
    let rsa_jwk =
        vectors["vectors"].as_array().unwrap().iter().find(|v| v["alg"] == "RSA-OAEP-256").unwrap()["key"].clone();
    let rsa = keys::parse_key(&rsa_jwk.to_string()).unwrap();
    let oaep = tokenscope::jose::decode(&sealed("RSA-OAEP-256", &rsa, &plaintext));
    c.bench_function("decrypt RSA-OAEP-256 (2048) + A256GCM, 1 KB", |b| {
        b.iter(|| jwe::decrypt(black_box(&oaep), &rsa, &mut random).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
