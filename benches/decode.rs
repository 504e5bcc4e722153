//! How fast the decoder is on a typical 300-byte token and on a token with a 1 MB payload.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tokenscope::jose::{self, b64};

fn token_with_payload(payload: &str) -> String {
    let header = b64::encode(br#"{"alg":"HS256","typ":"JWT","kid":"2024-key"}"#);
    format!("{header}.{}.{}", b64::encode(payload.as_bytes()), b64::encode(&[7u8; 32]))
}

fn typical_payload() -> String {
    r#"{"iss":"https://auth.example.com","sub":"user-1234","aud":"api","iat":1700000000,"exp":1700000900,"jti":"a1b2c3","scope":"read write"}"#.to_owned()
}

fn large_payload() -> String {
    let items: Vec<String> = (0..33_000).map(|i| format!("\"claim-{i:05}\":\"value {i:08}\"")).collect();
    format!("{{{}}}", items.join(","))
}

fn decode(c: &mut Criterion) {
    let typical = token_with_payload(&typical_payload());
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Elements(1));
    group.bench_function(format!("typical_{}_bytes", typical.len()), |b| b.iter(|| jose::decode(black_box(&typical))));
    let large = token_with_payload(&large_payload());
    group.throughput(Throughput::Bytes(large.len() as u64));
    group.sample_size(20);
    group.bench_function("payload_1mb", |b| b.iter(|| jose::decode(black_box(&large))));
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
