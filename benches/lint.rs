//! The weak-secret crack: every word of the list tried against a token's HMAC signature. A typical token, a token
//! near the size limit (190 KB of signing input), and a 1 MB token, which is over the limit and not tried.

use base64::Engine as _;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tokenscope::jose::lint::{self, Crack};

fn token(payload_bytes: usize) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = format!(r#"{{"sub":"load-test","pad":"{}"}}"#, "x".repeat(payload_bytes));
    format!(
        "{}.{}.{}",
        engine.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        engine.encode(payload),
        engine.encode([7u8; 32])
    )
}

fn crack(c: &mut Criterion) {
    let mut group = c.benchmark_group("lint_crack");
    group.sample_size(20);
    for (name, size) in [("300_byte_token", 150), ("190kb_signing_input", 142_000), ("1mb_token", 1 << 20)] {
        let decoded = tokenscope::jose::decode(&token(size));
        let expected_skip = decoded.signing_input().unwrap().len() > lint::CRACK_LIMIT;
        assert_eq!(matches!(lint::crack(&decoded), Crack::TooLarge { .. }), expected_skip);
        group.bench_function(name, |b| b.iter(|| lint::crack(black_box(&decoded))));
    }
    group.finish();
}

criterion_group!(benches, crack);
criterion_main!(benches);
