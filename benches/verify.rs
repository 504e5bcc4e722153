//! Per-token verification cost (decode included) for HS256, RS256, ES256 and EdDSA on a token of about 300
//! bytes, and `verify --batch` throughput on 100,000 HS256 tokens (both cores).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::json;
use std::hint::black_box;
use tokenscope::cli::verify_lines;
use tokenscope::jose::algorithm::Algorithm;
use tokenscope::jose::keys::{self, KeySet, SecretEncoding};
use tokenscope::jose::verify::{ClaimRequest, Expectations, Skips, verify};
use tokenscope::jose::{self, encode};

const SECRET: &str = "kY8#qL2!vR9$wZ4^nT6&bJ1*cM5@xP3%";

fn sample_key(name: &str) -> KeySet {
    let text = std::fs::read_to_string(format!("{}/assets/samples/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    keys::parse_key(&text).unwrap()
}

fn claims(n: usize) -> serde_json::Value {
    json!({"iss": "https://auth.example.com", "sub": format!("user-{n:05}"), "aud": "api", "iat": 1767225600, "exp": 4102444800_i64, "jti": format!("id-{n:08}"), "scope": "orders:read orders:write profile:read"})
}

fn expectations() -> Expectations {
    Expectations::new(ClaimRequest {
        at: 1_767_225_700.0,
        audiences: vec!["api".into()],
        skip: Skips::default(),
        ..ClaimRequest::default()
    })
}

fn per_token(c: &mut Criterion) {
    let secret = KeySet::single(keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap());
    let header = json!({"typ": "JWT"});
    let mut group = c.benchmark_group("verify");
    for (alg, signing, verifying) in [
        (Algorithm::HS256, secret.clone(), secret.clone()),
        (Algorithm::RS256, sample_key("rs256.private.pem"), sample_key("rs256.public.pem")),
        (Algorithm::ES256, sample_key("es256.private.pem"), sample_key("es256.public.pem")),
        (Algorithm::EdDSA, sample_key("eddsa.private.pem"), sample_key("eddsa.public.pem")),
    ] {
        let token = encode::encode(header.as_object().unwrap(), &claims(1), alg, &signing.keys[0]).unwrap().token;
        let expect = expectations();
        group.bench_function(format!("{alg}_{}_bytes", token.len()), |b| {
            b.iter(|| {
                let decoded = jose::decode(black_box(&token));
                verify(&decoded, Some(&verifying), &expect)
            })
        });
    }
    // The same HS256 token, already decoded: what checking the signature and claims costs on its own.
    let token =
        encode::encode(header.as_object().unwrap(), &claims(1), Algorithm::HS256, &secret.keys[0]).unwrap().token;
    let decoded = jose::decode(&token);
    let expect = expectations();
    group.bench_function(format!("HS256_{}_bytes_decoded", token.len()), |b| {
        b.iter(|| verify(black_box(&decoded), Some(&secret), &expect))
    });
    group.finish();
}

fn batch(c: &mut Criterion) {
    let key = keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap();
    let header = json!({"typ": "JWT"});
    let lines: String = (0..100_000)
        .map(|n| encode::encode(header.as_object().unwrap(), &claims(n), Algorithm::HS256, &key).unwrap().token + "\n")
        .collect();
    let loaded = Ok(Some(KeySet::single(key)));
    let expect = expectations();
    let mut group = c.benchmark_group("verify_batch");
    group.throughput(Throughput::Elements(100_000));
    group.sample_size(10);
    group.bench_function("hs256_100k", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(40 << 20);
            assert!(verify_lines(lines.as_bytes(), &mut out, &loaded, &expect).unwrap());
            out
        })
    });
    group.finish();
}

criterion_group!(benches, per_token, batch);
criterion_main!(benches);
