//! The cost of verifying an SD-JWT presentation with 10 disclosures and a key binding JWT (ES256), issuer signature
//! (HS256) included.

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::hint::black_box;
use tokenscope::jose::algorithm::Algorithm;
use tokenscope::jose::keys::{self, SecretEncoding};
use tokenscope::jose::verify::{self, ClaimRequest, Expectations};
use tokenscope::jose::{b64, encode, sdjwt};

const SECRET: &str = "kY8#qL2!vR9$wZ4^nT6&bJ1*cM5@xP3%";
const AT: i64 = 1_767_225_600;

fn presentation() -> String {
    let holder = keys::parse_key(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/rfc7515-a3.jwk.json")).unwrap(),
    )
    .unwrap();
    let mut public: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/rfc7515-a3.jwk.json")).unwrap(),
    )
    .unwrap();
    public.as_object_mut().unwrap().remove("d");
    let mut disclosures = Vec::new();
    let mut digests = Vec::new();
    for index in 0..10 {
        let encoded =
            b64::encode(json!([format!("salt-{index}"), format!("claim_{index}"), index]).to_string().as_bytes());
        digests.push(b64::encode(&Sha256::digest(encoded.as_bytes())));
        disclosures.push(encoded);
    }
    let secret = keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap();
    let header = json!({"typ": "dc+sd-jwt"});
    let claims =
        json!({"iss": "https://issuer.example", "iat": AT, "exp": AT + 3600, "_sd": digests, "cnf": {"jwk": public}});
    let issuer = encode::encode(header.as_object().unwrap(), &claims, Algorithm::HS256, &secret).unwrap().token;
    let shown = format!("{issuer}~{}~", disclosures.join("~"));
    let sd_hash = b64::encode(&Sha256::digest(shown.as_bytes()));
    let kb_claims = json!({"iat": AT, "aud": "https://verifier.example", "nonce": "n", "sd_hash": sd_hash});
    let kb_header = json!({"typ": "kb+jwt"});
    let kb =
        encode::encode(kb_header.as_object().unwrap(), &kb_claims, Algorithm::ES256, &holder.keys[0]).unwrap().token;
    format!("{shown}{kb}")
}

fn bench(c: &mut Criterion) {
    let text = presentation();
    let keys = keys::KeySet::single(keys::secret_from_text(SECRET, SecretEncoding::Utf8).unwrap());
    let expect = Expectations::new(ClaimRequest { at: AT as f64, ..ClaimRequest::default() });
    let (_, verdict) = verify::verify_sd_jwt(&sdjwt::parse(&text), Some(&keys), &expect);
    assert!(verdict.valid, "{:?}", verdict.errors);
    c.bench_function("verify SD-JWT, 10 disclosures + KB-JWT (ES256)", |b| {
        b.iter(|| verify::verify_sd_jwt(&sdjwt::parse(black_box(&text)), Some(&keys), &expect))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
