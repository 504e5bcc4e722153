//! Keys as a key toolbox shows them: a key's JWK members (public, or with its private half), its RFC 7638
//! thumbprint, its facts (type, size or curve, weaknesses), PEM export, fresh keys for an algorithm, and the facts of
//! X.509 certificates (subject, issuer, validity, the `x5t#S256` check). Randomness comes in as a parameter.

use super::algorithm::{Algorithm, Curve, Family};
use super::b64;
use super::keys::{Key, KeyError, Material, Weakness};
use crate::i18n::Text;
use crate::text;
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

fn error(message: Text) -> KeyError {
    KeyError(message)
}

/// The key's JWK members in RFC 7638 order (`kty` and the public members; then `d` and the rest when `private`),
/// with the key's `kid`, `alg` and `use` when it has them.
pub fn jwk_members(key: &Key, private: bool) -> Map<String, Value> {
    let mut jwk = Map::new();
    let put = |jwk: &mut Map<String, Value>, name: &str, bytes: &[u8]| {
        jwk.insert(name.to_owned(), Value::from(b64::encode(bytes)));
    };
    match &key.material {
        Material::Secret(bytes) => {
            jwk.insert("kty".into(), Value::from("oct"));
            if private {
                put(&mut jwk, "k", bytes);
            }
        }
        Material::Rsa { public, private: half } => {
            jwk.insert("kty".into(), Value::from("RSA"));
            put(&mut jwk, "n", &public.n().to_bytes_be());
            put(&mut jwk, "e", &public.e().to_bytes_be());
            if let (true, Some(half)) = (private, half) {
                put(&mut jwk, "d", &half.d().to_bytes_be());
                let primes = half.primes();
                if let [p, q] = primes {
                    put(&mut jwk, "p", &p.to_bytes_be());
                    put(&mut jwk, "q", &q.to_bytes_be());
                    if let (Some(dp), Some(dq)) = (half.dp(), half.dq()) {
                        put(&mut jwk, "dp", &dp.to_bytes_be());
                        put(&mut jwk, "dq", &dq.to_bytes_be());
                    }
                    if let Some(qi) = half.crt_coefficient() {
                        put(&mut jwk, "qi", &qi.to_bytes_be());
                    }
                }
            }
        }
        Material::Ec { curve, public, private: half } => {
            let len = curve.field_len();
            jwk.insert("kty".into(), Value::from("EC"));
            jwk.insert("crv".into(), Value::from(curve.name()));
            put(&mut jwk, "x", &public[1..1 + len]);
            put(&mut jwk, "y", &public[1 + len..]);
            if let (true, Some(d)) = (private, half) {
                put(&mut jwk, "d", d);
            }
        }
        Material::Ed25519 { public, private: half } | Material::X25519 { public, private: half } => {
            let crv = if matches!(key.material, Material::Ed25519 { .. }) { "Ed25519" } else { "X25519" };
            jwk.insert("kty".into(), Value::from("OKP"));
            jwk.insert("crv".into(), Value::from(crv));
            put(&mut jwk, "x", public);
            if let (true, Some(d)) = (private, half) {
                put(&mut jwk, "d", d);
            }
        }
    }
    for (name, value) in [("kid", &key.kid), ("alg", &key.alg), ("use", &key.usage)] {
        if let Some(value) = value {
            jwk.insert(name.into(), Value::from(value.as_str()));
        }
    }
    jwk
}

/// RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace, base64url.
pub fn thumbprint(key: &Key) -> String {
    let members = jwk_members(key, true);
    let required: &[&str] = match &key.material {
        Material::Secret(_) => &["k", "kty"],
        Material::Rsa { .. } => &["e", "kty", "n"],
        Material::Ec { .. } => &["crv", "kty", "x", "y"],
        Material::Ed25519 { .. } | Material::X25519 { .. } => &["crv", "kty", "x"],
    };
    let mut canonical = Map::new();
    for name in required {
        if let Some(value) = members.get(*name) {
            canonical.insert((*name).to_owned(), value.clone());
        }
    }
    // serde_json keeps insertion order here (preserve_order), which is the lexicographic order listed above.
    let text = serde_json::to_string(&Value::Object(canonical)).unwrap_or_default();
    b64::encode(&Sha256::digest(text.as_bytes()))
}

/// What `keys show` says of a key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyFacts {
    pub kty: &'static str,
    pub alg: Option<String>,
    #[serde(rename = "use")]
    pub usage: Option<String>,
    pub kid: Option<String>,
    pub bits: Option<usize>,
    pub crv: Option<&'static str>,
    pub private: bool,
    pub thumbprint: String,
    /// Reasons a careful verifier refuses the key.
    pub weak: Vec<Text>,
}

pub fn facts(key: &Key) -> KeyFacts {
    let (kty, crv) = match &key.material {
        Material::Secret(_) => ("oct", None),
        Material::Rsa { .. } => ("RSA", None),
        Material::Ec { curve, .. } => ("EC", Some(curve.name())),
        Material::Ed25519 { .. } => ("OKP", Some("Ed25519")),
        Material::X25519 { .. } => ("OKP", Some("X25519")),
    };
    let mut weak = Vec::new();
    match &key.material {
        Material::Secret(bytes) if bytes.len() < 32 => {
            weak.push(Weakness::ShortSecret { bytes: bytes.len(), needed: 32 }.text());
        }
        Material::Rsa { .. } => {
            // Any RSA algorithm: the weakness is the modulus', whichever it is used with.
            weak.extend(key.weakness(Algorithm::RS256).map(Weakness::text));
        }
        _ => {}
    }
    KeyFacts {
        kty,
        alg: key.alg.clone(),
        usage: key.usage.clone(),
        kid: key.kid.clone(),
        bits: key.bits(),
        crv,
        private: key.has_private_half(),
        thumbprint: thumbprint(key),
        weak,
    }
}

/// The key as PEM: PKCS#8 for a private key (unless `public`), SPKI for a public one.
pub fn to_pem(key: &Key, public: bool) -> Result<String, KeyError> {
    use pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
    let failed = |why: String| error(text!("jwk-pem-failed", error = why));
    let private = !public && key.has_private_half();
    let pem = match &key.material {
        Material::Secret(_) => return Err(error(text!("jwk-secret-has-no-pem"))),
        Material::X25519 { .. } => return Err(error(text!("jwk-x25519-has-no-pem"))),
        Material::Rsa { private: Some(half), .. } if private => {
            half.to_pkcs8_pem(LineEnding::LF).map_err(|e| failed(e.to_string()))?.to_string()
        }
        Material::Rsa { public: half, .. } => {
            half.to_public_key_pem(LineEnding::LF).map_err(|e| failed(e.to_string()))?
        }
        Material::Ec { curve, public: point, private: half } => {
            macro_rules! ec_pem {
                ($curve:ident) => {
                    match half.as_deref().filter(|_| private) {
                        Some(d) => $curve::SecretKey::from_slice(d)
                            .map_err(|e| failed(e.to_string()))?
                            .to_pkcs8_pem(LineEnding::LF)
                            .map_err(|e| failed(e.to_string()))?
                            .to_string(),
                        None => $curve::PublicKey::from_sec1_bytes(point)
                            .map_err(|e| failed(e.to_string()))?
                            .to_public_key_pem(LineEnding::LF)
                            .map_err(|e| failed(e.to_string()))?,
                    }
                };
            }
            match curve {
                Curve::P256 => ec_pem!(p256),
                Curve::P384 => ec_pem!(p384),
                Curve::P521 => ec_pem!(p521),
            }
        }
        Material::Ed25519 { public: point, private: half } => match half.as_ref().filter(|_| private) {
            Some(seed) => ed25519_dalek::SigningKey::from_bytes(seed)
                .to_pkcs8_pem(LineEnding::LF)
                .map_err(|e| failed(e.to_string()))?
                .to_string(),
            None => ed25519_dalek::VerifyingKey::from_bytes(point)
                .map_err(|e| failed(e.to_string()))?
                .to_public_key_pem(LineEnding::LF)
                .map_err(|e| failed(e.to_string()))?,
        },
    };
    Ok(pem)
}

/// A fresh key for `alg` (a JWS algorithm, or a JWE key management one): a secret as long as the hash (or the key
/// wrap's key), RSA of `rsa_bits`, the algorithm's curve (P-256 for ECDH-ES), Ed25519 for EdDSA.
pub fn generate(alg: &str, rsa_bits: usize, random: &mut dyn FnMut(&mut [u8])) -> Result<Key, KeyError> {
    let secret = |len: usize, random: &mut dyn FnMut(&mut [u8])| {
        let mut bytes = vec![0u8; len];
        random(&mut bytes);
        Material::Secret(bytes)
    };
    let material = match (Algorithm::from_name(alg).map(Algorithm::family), alg) {
        (Some(Family::Hmac), _) => {
            secret(Algorithm::from_name(alg).and_then(Algorithm::hmac_output_len).unwrap_or(32), random)
        }
        (Some(Family::Rsa), _) | (None, "RSA-OAEP" | "RSA-OAEP-256") => {
            if ![2048, 3072, 4096].contains(&rsa_bits) {
                return Err(error(text!("jwk-rsa-bits", bits = rsa_bits)));
            }
            let mut rng = super::jwe::Randomness(random);
            let private = rsa::RsaPrivateKey::new(&mut rng, rsa_bits)
                .map_err(|e| error(text!("jwk-pem-failed", error = e.to_string())))?;
            Material::Rsa { public: private.to_public_key(), private: Some(Box::new(private)) }
        }
        (Some(Family::Ec(curve)), _) => ec_key(curve, random),
        (None, "ECDH-ES" | "ECDH-ES+A128KW" | "ECDH-ES+A192KW" | "ECDH-ES+A256KW") => ec_key(Curve::P256, random),
        (Some(Family::Ed25519), _) => {
            let mut seed = [0u8; 32];
            random(&mut seed);
            let public = ed25519_dalek::SigningKey::from_bytes(&seed).verifying_key().to_bytes();
            Material::Ed25519 { public, private: Some(seed) }
        }
        (None, "A128KW" | "A128GCMKW") => secret(16, random),
        (None, "A192KW" | "A192GCMKW") => secret(24, random),
        (None, "A256KW" | "A256GCMKW") => secret(32, random),
        (None, "PBES2-HS256+A128KW" | "PBES2-HS384+A192KW" | "PBES2-HS512+A256KW") => secret(32, random),
        _ => return Err(error(text!("jwk-cannot-generate", alg = alg))),
    };
    let description = match &material {
        Material::Secret(bytes) => text!("describe-secret-bytes", bytes = bytes.len()),
        _ => text!("jwk-generated", alg = alg),
    };
    let mut key = Key::generated(material, description);
    key.alg = Some(alg.to_owned());
    Ok(key)
}

fn ec_key(curve: Curve, random: &mut dyn FnMut(&mut [u8])) -> Material {
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    loop {
        let mut scalar = vec![0u8; curve.field_len()];
        random(&mut scalar);
        if curve == Curve::P521 {
            scalar[0] &= 0x01;
        }
        let public = match curve {
            Curve::P256 => p256::SecretKey::from_slice(&scalar)
                .ok()
                .map(|k| k.public_key().to_encoded_point(false).as_bytes().to_vec()),
            Curve::P384 => p384::SecretKey::from_slice(&scalar)
                .ok()
                .map(|k| k.public_key().to_encoded_point(false).as_bytes().to_vec()),
            Curve::P521 => p521::SecretKey::from_slice(&scalar)
                .ok()
                .map(|k| k.public_key().to_encoded_point(false).as_bytes().to_vec()),
        };
        if let Some(public) = public {
            return Material::Ec { curve, public, private: Some(scalar) };
        }
    }
}

/// What `keys show` says of an X.509 certificate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CertificateFacts {
    pub subject: String,
    pub issuer: String,
    pub not_before: String,
    pub not_after: String,
    /// base64url SHA-256 of the DER: what `x5t#S256` must be.
    pub sha256: String,
}

pub fn certificate_facts(der: &[u8]) -> Result<CertificateFacts, KeyError> {
    use x509_cert::der::Decode;
    let certificate = x509_cert::Certificate::from_der(der)
        .map_err(|e| error(text!("key-certificate-cannot-read-error", error = e.to_string())))?;
    let tbs = &certificate.tbs_certificate;
    let time = |at: &x509_cert::time::Time| super::time::utc_text(at.to_unix_duration().as_secs_f64());
    Ok(CertificateFacts {
        subject: tbs.subject.to_string(),
        issuer: tbs.issuer.to_string(),
        not_before: time(&tbs.validity.not_before),
        not_after: time(&tbs.validity.not_after),
        sha256: b64::encode(&Sha256::digest(der)),
    })
}
