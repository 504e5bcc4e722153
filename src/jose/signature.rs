//! Signing and checking JWS signatures over the exact signing input received. `jsonwebtoken` does the
//! work for the public-key algorithms it has; ES512 (ECDSA on P-521 with SHA-512), which it lacks, is done
//! with RustCrypto's `p521`, and HMAC with RustCrypto's `hmac` directly (see `hmac_tag`). ECDSA signatures
//! are the raw `r || s` of RFC 7518 section 3.4, never DER.

use super::algorithm::{Algorithm, Curve};
use super::b64;
use super::keys::{Key, Material, Purpose};
use crate::i18n::Text;
use crate::text;
use hmac::{Hmac, Mac};
use jsonwebtoken::{DecodingKey, EncodingKey};
use rsa::RsaPublicKey;
use rsa::traits::PublicKeyParts;
use sha2::{Sha256, Sha384, Sha512};
use subtle::ConstantTimeEq;

/// The answer for a key that could be used: the signature is genuine, or why not.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    Genuine,
    Forged(Text),
}

/// Checks `signature` over `signing_input` with `key` under `alg`. `Err` means the key itself could not be
/// used (the caller has already made sure it fits the algorithm).
pub fn verify(alg: Algorithm, key: &Key, signing_input: &[u8], signature: &[u8]) -> Result<Check, Text> {
    if let Some(mismatch) = key.mismatch(alg, Purpose::Verify) {
        return Err(mismatch);
    }
    if let Material::Ec { curve, .. } = &key.material {
        let expected = 2 * curve.field_len();
        if signature.len() != expected {
            let der = signature.first() == Some(&0x30);
            return Ok(Check::Forged(text!(
                "ecdsa-length",
                alg = alg.name(),
                expected = expected,
                found = signature.len(),
                der = if der { "der" } else { "raw" }
            )));
        }
    }
    let genuine = match (alg.jsonwebtoken(), &key.material) {
        (_, Material::Secret(secret)) => bool::from(hmac_tag(alg, secret, signing_input)?.ct_eq(signature)),
        (_, Material::Rsa { public, .. }) => verify_rsa(alg, public, signing_input, signature),
        (None, Material::Ec { curve: Curve::P521, public, .. }) => verify_es512(public, signing_input, signature)?,
        (Some(jwt_alg), material) => {
            let decoding = decoding_key(material)
                .ok_or_else(|| text!("alg-needs", alg = alg.name(), needs = alg.key_requirement()))?;
            jsonwebtoken::crypto::verify(&b64::encode(signature), signing_input, &decoding, jwt_alg)
                .map_err(|error| text!("signature-key-unusable-because", why = error.to_string()))?
        }
        (None, _) => return Err(text!("alg-needs", alg = alg.name(), needs = alg.key_requirement())),
    };
    Ok(if genuine { Check::Genuine } else { Check::Forged(text!("signature-does-not-match")) })
}

/// The HMAC of `input` under `secret` for an HS* algorithm. Done here rather than through `jsonwebtoken`, whose
/// API wants the signature re-encoded as base64 and a key object built for every token: work that
/// `verify --batch` would repeat for every line.
fn hmac_tag(alg: Algorithm, secret: &[u8], input: &[u8]) -> Result<Vec<u8>, Text> {
    fn tag<M: Mac + hmac::digest::KeyInit>(secret: &[u8], input: &[u8]) -> Result<Vec<u8>, Text> {
        let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(secret).map_err(|_| text!("hmac-key-unusable"))?;
        mac.update(input);
        Ok(mac.finalize().into_bytes().to_vec())
    }
    match alg {
        Algorithm::HS256 => tag::<Hmac<Sha256>>(secret, input),
        Algorithm::HS384 => tag::<Hmac<Sha384>>(secret, input),
        Algorithm::HS512 => tag::<Hmac<Sha512>>(secret, input),
        _ => Err(text!("alg-needs", alg = alg.name(), needs = alg.key_requirement())),
    }
}

/// `None` for an X25519 key, which signs nothing.
fn decoding_key(material: &Material) -> Option<DecodingKey> {
    Some(match material {
        Material::Secret(bytes) => DecodingKey::from_secret(bytes),
        Material::Rsa { public, .. } => {
            DecodingKey::from_rsa_raw_components(&public.n().to_bytes_be(), &public.e().to_bytes_be())
        }
        Material::Ec { public, .. } => DecodingKey::from_ec_der(public),
        Material::Ed25519 { public, .. } => DecodingKey::from_ed_der(public),
        Material::X25519 { .. } => return None,
    })
}

/// RSASSA-PKCS1-v1_5 and RSASSA-PSS (salt as long as the hash, RFC 7518 section 3.5) with RustCrypto's `rsa`
/// directly: `jsonwebtoken` builds its RSA key with the `rsa` crate's default ceiling of 4096 bits.
fn verify_rsa(alg: Algorithm, public: &RsaPublicKey, message: &[u8], signature: &[u8]) -> bool {
    use rsa::signature::Verifier;
    use rsa::{pkcs1v15, pss};
    fn check<V: Verifier<S>, S: for<'a> TryFrom<&'a [u8]>>(key: V, message: &[u8], signature: &[u8]) -> bool {
        S::try_from(signature).is_ok_and(|signature| key.verify(message, &signature).is_ok())
    }
    let key = public.clone();
    match alg {
        Algorithm::RS256 => {
            check::<_, pkcs1v15::Signature>(pkcs1v15::VerifyingKey::<Sha256>::new(key), message, signature)
        }
        Algorithm::RS384 => {
            check::<_, pkcs1v15::Signature>(pkcs1v15::VerifyingKey::<Sha384>::new(key), message, signature)
        }
        Algorithm::RS512 => {
            check::<_, pkcs1v15::Signature>(pkcs1v15::VerifyingKey::<Sha512>::new(key), message, signature)
        }
        Algorithm::PS256 => check::<_, pss::Signature>(pss::VerifyingKey::<Sha256>::new(key), message, signature),
        Algorithm::PS384 => check::<_, pss::Signature>(pss::VerifyingKey::<Sha384>::new(key), message, signature),
        Algorithm::PS512 => check::<_, pss::Signature>(pss::VerifyingKey::<Sha512>::new(key), message, signature),
        _ => false,
    }
}

/// The smallest RSA modulus, in bits, that can carry a signature of `alg`: PKCS#1 v1.5 needs the DigestInfo (19
/// bytes plus the hash) and 11 bytes of padding (RFC 8017 section 9.2); PSS twice the hash and 2 bytes, in one bit
/// less than the modulus (section 9.1.1).
pub fn rsa_minimum_bits(alg: Algorithm) -> Option<usize> {
    let hash = match alg {
        Algorithm::RS256 | Algorithm::PS256 => 32,
        Algorithm::RS384 | Algorithm::PS384 => 48,
        Algorithm::RS512 | Algorithm::PS512 => 64,
        _ => return None,
    };
    Some(match alg {
        Algorithm::PS256 | Algorithm::PS384 | Algorithm::PS512 => 8 * (2 * hash + 2 - 1) + 2,
        _ => 8 * (19 + hash + 11),
    })
}

fn verify_es512(public: &[u8], message: &[u8], signature: &[u8]) -> Result<bool, Text> {
    use p521::ecdsa::signature::Verifier;
    let key = p521::ecdsa::VerifyingKey::from_sec1_bytes(public).map_err(|_| text!("p521-invalid"))?;
    let Ok(signature) = p521::ecdsa::Signature::from_slice(signature) else {
        return Ok(false);
    };
    Ok(key.verify(message, &signature).is_ok())
}

/// Signs `signing_input` with the private half of `key` (or the secret) under `alg`.
pub fn sign(alg: Algorithm, key: &Key, signing_input: &[u8]) -> Result<Vec<u8>, Text> {
    if let Some(mismatch) = key.mismatch(alg, Purpose::Sign) {
        return Err(mismatch);
    }
    if !key.has_private_half() {
        return Err(text!("sign-needs-private", alg = alg.name(), key = key.description.clone()));
    }
    if let (Some(least), Some(bits)) = (rsa_minimum_bits(alg), key.bits())
        && bits < least
    {
        return Err(text!("sign-rsa-too-small", bits = bits, alg = alg.name(), least = least));
    }
    if let (Algorithm::ES512, Material::Ec { private: Some(scalar), .. }) = (alg, &key.material) {
        use p521::ecdsa::signature::Signer;
        let signing = p521::ecdsa::SigningKey::from_slice(scalar).map_err(|_| text!("p521-private-invalid"))?;
        let signature: p521::ecdsa::Signature = signing.sign(signing_input);
        return Ok(signature.to_vec());
    }
    if let Material::Secret(secret) = &key.material {
        return hmac_tag(alg, secret, signing_input);
    }
    let jwt_alg =
        alg.jsonwebtoken().ok_or_else(|| text!("alg-needs", alg = alg.name(), needs = alg.key_requirement()))?;
    let encoding = encoding_key(&key.material)?;
    let text = jsonwebtoken::crypto::sign(signing_input, &encoding, jwt_alg)
        .map_err(|error| text!("sign-failed", why = error.to_string()))?;
    b64::decode(&text).map_err(|error| error.message)
}

fn encoding_key(material: &Material) -> Result<EncodingKey, Text> {
    use pkcs8::EncodePrivateKey;
    use rsa::pkcs1::EncodeRsaPrivateKey;
    let invalid = |what: &str| text!("sign-encode-key", what = what);
    Ok(match material {
        Material::Secret(bytes) => EncodingKey::from_secret(bytes),
        Material::Rsa { private: Some(private), .. } => {
            EncodingKey::from_rsa_der(private.to_pkcs1_der().map_err(|_| invalid("RSA"))?.as_bytes())
        }
        Material::Ec { curve, private: Some(scalar), .. } => {
            let der = match curve {
                Curve::P256 => p256::SecretKey::from_slice(scalar).ok().and_then(|key| key.to_pkcs8_der().ok()),
                Curve::P384 => p384::SecretKey::from_slice(scalar).ok().and_then(|key| key.to_pkcs8_der().ok()),
                Curve::P521 => None,
            };
            EncodingKey::from_ec_der(der.ok_or_else(|| invalid(curve.name()))?.as_bytes())
        }
        Material::Ed25519 { private: Some(seed), .. } => {
            let der = ed25519_dalek::SigningKey::from_bytes(seed).to_pkcs8_der().map_err(|_| invalid("Ed25519"))?;
            EncodingKey::from_ed_der(der.as_bytes())
        }
        _ => return Err(text!("sign-needs-private-key")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::keys::{SecretEncoding, secret_from_text};

    #[test]
    fn hmac_signatures_match_jsonwebtoken_for_every_hash() {
        let key = secret_from_text("a secret of thirty-two bytes!!!!", SecretEncoding::Utf8).unwrap();
        let input = b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0";
        for (alg, other) in [
            (Algorithm::HS256, jsonwebtoken::Algorithm::HS256),
            (Algorithm::HS384, jsonwebtoken::Algorithm::HS384),
            (Algorithm::HS512, jsonwebtoken::Algorithm::HS512),
        ] {
            let ours = sign(alg, &key, input).unwrap();
            let Material::Secret(secret) = &key.material else { unreachable!() };
            let theirs = jsonwebtoken::crypto::sign(input, &EncodingKey::from_secret(secret), other).unwrap();
            assert_eq!(b64::encode(&ours), theirs, "{alg}");
            assert_eq!(verify(alg, &key, input, &ours), Ok(Check::Genuine), "{alg}");
            let mut forged = ours.clone();
            forged[0] ^= 1;
            assert_eq!(verify(alg, &key, input, &forged), Ok(Check::Forged(text!("signature-does-not-match"))));
            assert_eq!(verify(alg, &key, input, &ours[1..]), Ok(Check::Forged(text!("signature-does-not-match"))));
        }
    }
}
