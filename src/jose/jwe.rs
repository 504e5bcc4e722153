//! Opening and sealing compact JWEs (RFC 7516) with the algorithms of RFC 7518: key management `dir`, AES key wrap,
//! AES-GCM key wrap, RSA-OAEP (SHA-1 and SHA-256), RSA1_5 (opening only), ECDH-ES with and without key wrap on
//! P-256, P-384, P-521 and X25519, PBES2; content encryption AES-CBC with HMAC and AES-GCM; `zip: DEF`. The rules
//! that keep it safe live here: the header is checked before any key is used (`crit`, a `p2c` cap, an `epk` on its
//! curve), and every failure of the cryptography is one `decryption_failed` with one message, so a caller learns
//! nothing about which step failed (RSA1_5 goes on with a random key, RFC 7516 section 11.5). Randomness comes in
//! through a parameter, so the core stays pure.

use super::algorithm::Curve;
use super::b64;
use super::decode::{Decoded, TokenKind};
use super::error::{ErrorKind, Problem, Segment};
use super::keys::{Key, KeySet, Material};
use crate::i18n::Text;
use crate::text;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::Pkcs7};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use hmac::{Hmac, Mac};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256, Sha384, Sha512};
use std::io::Read;
use subtle::ConstantTimeEq;

/// The most PBES2 iterations a header may ask for: more is a way to make the reader spin.
pub const MAX_P2C: u64 = 1_000_000;
/// The most a `zip: DEF` plaintext may inflate to.
pub const MAX_INFLATED: u64 = 16 * 1024 * 1024;

/// A key management algorithm (`alg` of a JWE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyManagement {
    Dir,
    AesKw(usize),
    AesGcmKw(usize),
    RsaOaep,
    RsaOaep256,
    Rsa15,
    EcdhEs,
    EcdhEsKw(usize),
    /// Hash output bytes (32, 48, 64) and the key wrap's key bytes.
    Pbes2(usize, usize),
}

impl KeyManagement {
    pub const ALL: [&'static str; 17] = [
        "dir",
        "A128KW",
        "A192KW",
        "A256KW",
        "A128GCMKW",
        "A192GCMKW",
        "A256GCMKW",
        "RSA-OAEP",
        "RSA-OAEP-256",
        "RSA1_5",
        "ECDH-ES",
        "ECDH-ES+A128KW",
        "ECDH-ES+A192KW",
        "ECDH-ES+A256KW",
        "PBES2-HS256+A128KW",
        "PBES2-HS384+A192KW",
        "PBES2-HS512+A256KW",
    ];

    pub fn from_name(name: &str) -> Option<KeyManagement> {
        Some(match name {
            "dir" => KeyManagement::Dir,
            "A128KW" => KeyManagement::AesKw(16),
            "A192KW" => KeyManagement::AesKw(24),
            "A256KW" => KeyManagement::AesKw(32),
            "A128GCMKW" => KeyManagement::AesGcmKw(16),
            "A192GCMKW" => KeyManagement::AesGcmKw(24),
            "A256GCMKW" => KeyManagement::AesGcmKw(32),
            "RSA-OAEP" => KeyManagement::RsaOaep,
            "RSA-OAEP-256" => KeyManagement::RsaOaep256,
            "RSA1_5" => KeyManagement::Rsa15,
            "ECDH-ES" => KeyManagement::EcdhEs,
            "ECDH-ES+A128KW" => KeyManagement::EcdhEsKw(16),
            "ECDH-ES+A192KW" => KeyManagement::EcdhEsKw(24),
            "ECDH-ES+A256KW" => KeyManagement::EcdhEsKw(32),
            "PBES2-HS256+A128KW" => KeyManagement::Pbes2(32, 16),
            "PBES2-HS384+A192KW" => KeyManagement::Pbes2(48, 24),
            "PBES2-HS512+A256KW" => KeyManagement::Pbes2(64, 32),
            _ => return None,
        })
    }

    /// Whether the key is a shared secret (or a password) rather than an RSA or EC key.
    pub fn takes_secret(self) -> bool {
        matches!(
            self,
            KeyManagement::Dir | KeyManagement::AesKw(_) | KeyManagement::AesGcmKw(_) | KeyManagement::Pbes2(..)
        )
    }
}

/// A content encryption algorithm (`enc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentEncryption {
    /// AES-CBC with HMAC-SHA-2: the whole key's length (32, 48, 64).
    CbcHmac(usize),
    /// AES-GCM: the key's length (16, 24, 32).
    Gcm(usize),
}

impl ContentEncryption {
    pub const ALL: [&'static str; 6] =
        ["A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM", "A192GCM", "A256GCM"];

    pub fn from_name(name: &str) -> Option<ContentEncryption> {
        Some(match name {
            "A128CBC-HS256" => ContentEncryption::CbcHmac(32),
            "A192CBC-HS384" => ContentEncryption::CbcHmac(48),
            "A256CBC-HS512" => ContentEncryption::CbcHmac(64),
            "A128GCM" => ContentEncryption::Gcm(16),
            "A192GCM" => ContentEncryption::Gcm(24),
            "A256GCM" => ContentEncryption::Gcm(32),
            _ => return None,
        })
    }

    /// The content encryption key's length in bytes.
    pub fn key_len(self) -> usize {
        match self {
            ContentEncryption::CbcHmac(len) | ContentEncryption::Gcm(len) => len,
        }
    }

    fn iv_len(self) -> usize {
        match self {
            ContentEncryption::CbcHmac(_) => 16,
            ContentEncryption::Gcm(_) => 12,
        }
    }
}

/// What a JWE holds once opened.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub plaintext: Vec<u8>,
    pub alg: String,
    pub enc: String,
    pub zip: Option<String>,
}

/// The one account of any failure of the cryptography: which step failed is not said (no oracle).
pub fn decryption_failed() -> Problem {
    Problem::new(ErrorKind::DecryptionFailed, text!("jwe-decryption-failed"))
}

fn key_invalid(message: Text) -> Problem {
    Problem::new(ErrorKind::KeyInvalid, message)
}

fn header_problem(message: Text) -> Problem {
    Problem { kind: ErrorKind::Malformed, message, segment: Some(Segment::Header), offset: None }
}

/// The algorithms a JWE header names, checked before any key is used.
pub struct Plan {
    pub alg: KeyManagement,
    pub alg_name: String,
    pub enc: ContentEncryption,
    pub enc_name: String,
    pub zip: Option<String>,
}

/// Reads `alg`, `enc`, `zip`, `crit` and `p2c` from a JWE header.
pub fn plan(header: &Map<String, Value>) -> Result<Plan, Problem> {
    if let Some(crit) = header.get("crit") {
        return Err(super::verify::crit_problem(crit));
    }
    let alg_name = header.get("alg").and_then(Value::as_str).ok_or_else(|| header_problem(text!("jwe-needs-alg")))?;
    let enc_name = header.get("enc").and_then(Value::as_str).ok_or_else(|| header_problem(text!("jwe-needs-enc")))?;
    let alg = KeyManagement::from_name(alg_name)
        .ok_or_else(|| Problem::new(ErrorKind::UnsupportedAlgorithm, text!("jwe-unsupported-alg", alg = alg_name)))?;
    let enc = ContentEncryption::from_name(enc_name)
        .ok_or_else(|| Problem::new(ErrorKind::UnsupportedAlgorithm, text!("jwe-unsupported-enc", enc = enc_name)))?;
    let zip = match header.get("zip") {
        None => None,
        Some(Value::String(zip)) if zip == "DEF" => Some(zip.clone()),
        Some(other) => {
            return Err(Problem::new(
                ErrorKind::UnsupportedAlgorithm,
                text!("jwe-unsupported-zip", zip = other.as_str().map_or(other.to_string(), str::to_owned)),
            ));
        }
    };
    if let KeyManagement::Pbes2(..) = alg {
        let count = header.get("p2c").and_then(Value::as_u64).ok_or_else(|| header_problem(text!("jwe-needs-p2c")))?;
        if count == 0 || count > MAX_P2C {
            return Err(header_problem(text!("jwe-p2c-too-large", count = count, max = MAX_P2C)));
        }
    }
    Ok(Plan { alg, alg_name: alg_name.to_owned(), enc, enc_name: enc_name.to_owned(), zip })
}

/// Opens `decoded` with a key of `keys` (the JWK Set's key named by `kid`, or the one key given). `random` fills
/// a buffer with random bytes (RSA1_5's stand-in key).
pub fn decrypt(decoded: &Decoded, keys: &KeySet, random: &mut dyn FnMut(&mut [u8])) -> Result<Opened, Problem> {
    if decoded.kind != TokenKind::Jwe {
        return Err(Problem::new(ErrorKind::Malformed, text!("jwe-not-jwe")));
    }
    if let Some(problem) = decoded.problem() {
        return Err(problem.clone());
    }
    let header = decoded.header.as_ref().ok_or_else(|| header_problem(text!("jwe-needs-alg")))?;
    let plan = plan(header)?;
    let key = choose_key(keys, header.get("kid").and_then(Value::as_str))?;
    let part = |segment: Segment| decoded.part(segment).and_then(|part| part.bytes.as_deref()).unwrap_or_default();
    let cek = unwrap_key(&plan, header, key, part(Segment::EncryptedKey), random)?;
    let aad = decoded.token.split('.').next().unwrap_or_default().as_bytes();
    let plaintext =
        open_content(plan.enc, &cek, part(Segment::Iv), part(Segment::Ciphertext), part(Segment::Tag), aad)?;
    let plaintext = match plan.zip {
        Some(_) => inflate(&plaintext)?,
        None => plaintext,
    };
    Ok(Opened { plaintext, alg: plan.alg_name, enc: plan.enc_name, zip: plan.zip })
}

fn choose_key<'k>(keys: &'k KeySet, kid: Option<&str>) -> Result<&'k Key, Problem> {
    if !keys.is_set {
        return keys.keys.first().ok_or_else(|| key_invalid(text!("key-no-key-was-given")));
    }
    let fitting: Vec<&Key> = match kid {
        Some(kid) => keys.keys.iter().filter(|key| key.kid.as_deref() == Some(kid)).collect(),
        None => keys.keys.iter().collect(),
    };
    match fitting.as_slice() {
        [key] => Ok(key),
        [] => Err(Problem::new(ErrorKind::KeyNotFound, text!("jwe-no-key-kid", kid = kid.unwrap_or("")))),
        _ => Err(key_invalid(text!("jwe-ambiguous-key", count = fitting.len()))),
    }
}

fn secret_of<'k>(key: &'k Key, alg: &str) -> Result<&'k [u8], Problem> {
    key.secret_bytes().ok_or_else(|| key_invalid(text!("jwe-needs-secret", alg = alg, key = key.kind_name())))
}

/// The content encryption key, unwrapped, agreed or given.
fn unwrap_key(
    plan: &Plan,
    header: &Map<String, Value>,
    key: &Key,
    encrypted_key: &[u8],
    random: &mut dyn FnMut(&mut [u8]),
) -> Result<Vec<u8>, Problem> {
    let cek_len = plan.enc.key_len();
    let alg = plan.alg_name.as_str();
    match plan.alg {
        KeyManagement::Dir => {
            let secret = secret_of(key, alg)?;
            if secret.len() != cek_len {
                return Err(key_invalid(text!(
                    "jwe-dir-length",
                    enc = plan.enc_name.as_str(),
                    len = cek_len,
                    found = secret.len()
                )));
            }
            if !encrypted_key.is_empty() {
                return Err(decryption_failed());
            }
            Ok(secret.to_vec())
        }
        KeyManagement::AesKw(len) => {
            let secret = secret_of(key, alg)?;
            if secret.len() != len {
                return Err(key_invalid(text!("jwe-kw-length", alg = alg, len = len, found = secret.len())));
            }
            aes_unwrap(secret, encrypted_key).filter(|cek| cek.len() == cek_len).ok_or_else(decryption_failed)
        }
        KeyManagement::AesGcmKw(len) => {
            let secret = secret_of(key, alg)?;
            if secret.len() != len {
                return Err(key_invalid(text!("jwe-kw-length", alg = alg, len = len, found = secret.len())));
            }
            let iv = header_bytes(header, "iv")?;
            let tag = header_bytes(header, "tag")?;
            let mut sealed = encrypted_key.to_vec();
            sealed.extend_from_slice(&tag);
            gcm_open(secret, &iv, &sealed, &[]).filter(|cek| cek.len() == cek_len).ok_or_else(decryption_failed)
        }
        KeyManagement::RsaOaep | KeyManagement::RsaOaep256 | KeyManagement::Rsa15 => {
            let Material::Rsa { private: Some(private), .. } = &key.material else {
                return Err(key_invalid(text!("jwe-needs-rsa-private", alg = alg, key = key.kind_name())));
            };
            let opened = match plan.alg {
                KeyManagement::RsaOaep => private.decrypt(rsa::Oaep::new::<sha1::Sha1>(), encrypted_key).ok(),
                KeyManagement::RsaOaep256 => private.decrypt(rsa::Oaep::new::<Sha256>(), encrypted_key).ok(),
                _ => {
                    // RFC 7516 section 11.5: go on with a random key, so that a bad padding and a bad tag look
                    // alike to whoever sends crafted tokens.
                    let mut stand_in = vec![0u8; cek_len];
                    random(&mut stand_in);
                    let opened = private.decrypt(rsa::Pkcs1v15Encrypt, encrypted_key).ok();
                    Some(opened.filter(|cek| cek.len() == cek_len).unwrap_or(stand_in))
                }
            };
            opened.filter(|cek| cek.len() == cek_len).ok_or_else(decryption_failed)
        }
        KeyManagement::EcdhEs | KeyManagement::EcdhEsKw(_) => {
            let epk =
                header.get("epk").and_then(Value::as_object).ok_or_else(|| header_problem(text!("jwe-needs-epk")))?;
            let shared = agree(key, epk, alg)?;
            let (algorithm_id, len) = match plan.alg {
                KeyManagement::EcdhEsKw(len) => (alg, len),
                _ => (plan.enc_name.as_str(), cek_len),
            };
            let apu = optional_header_bytes(header, "apu")?;
            let apv = optional_header_bytes(header, "apv")?;
            let derived = concat_kdf(&shared, algorithm_id, &apu, &apv, len);
            match plan.alg {
                KeyManagement::EcdhEsKw(_) => {
                    aes_unwrap(&derived, encrypted_key).filter(|cek| cek.len() == cek_len).ok_or_else(decryption_failed)
                }
                _ if !encrypted_key.is_empty() => Err(decryption_failed()),
                _ => Ok(derived),
            }
        }
        KeyManagement::Pbes2(hash, len) => {
            let password = secret_of(key, alg)?;
            let salt_input = header_bytes(header, "p2s")?;
            let count = header.get("p2c").and_then(Value::as_u64).unwrap_or(0) as u32;
            let kek = pbes2_key(alg, hash, len, password, &salt_input, count);
            aes_unwrap(&kek, encrypted_key).filter(|cek| cek.len() == cek_len).ok_or_else(decryption_failed)
        }
    }
}

fn header_bytes(header: &Map<String, Value>, name: &str) -> Result<Vec<u8>, Problem> {
    optional_header_bytes(header, name)?.ok_or_else(|| header_problem(text!("jwe-needs-member", name = name)))
}

fn optional_header_bytes(header: &Map<String, Value>, name: &str) -> Result<Option<Vec<u8>>, Problem> {
    match header.get(name) {
        None => Ok(None),
        Some(Value::String(text)) => {
            b64::decode(text).map(Some).map_err(|_| header_problem(text!("jwe-member-not-base64url", name = name)))
        }
        Some(_) => Err(header_problem(text!("jwe-member-not-base64url", name = name))),
    }
}

/// ECDH between our private key and the sender's ephemeral public key: the shared secret `Z`.
fn agree(key: &Key, epk: &Map<String, Value>, alg: &str) -> Result<Vec<u8>, Problem> {
    let kty = epk.get("kty").and_then(Value::as_str).unwrap_or("");
    let crv = epk.get("crv").and_then(Value::as_str).unwrap_or("");
    let coordinate = |name: &str| {
        epk.get(name).and_then(Value::as_str).and_then(|text| b64::decode(text).ok()).ok_or_else(decryption_failed)
    };
    match (&key.material, kty) {
        (Material::Ec { curve, private: Some(private), .. }, "EC") => {
            if crv != curve.name() {
                return Err(key_invalid(text!("jwe-epk-curve", crv = crv, curve = curve.name())));
            }
            let mut point = vec![0x04];
            let (x, y) = (coordinate("x")?, coordinate("y")?);
            if x.len() != curve.field_len() || y.len() != curve.field_len() {
                return Err(decryption_failed());
            }
            point.extend_from_slice(&x);
            point.extend_from_slice(&y);
            // An invalid-curve attack sends a point off the curve; the SEC1 parsers refuse it.
            ecdh(*curve, private, &point).ok_or_else(decryption_failed)
        }
        (Material::X25519 { private: Some(private), .. }, "OKP") if crv == "X25519" => {
            let public: [u8; 32] = coordinate("x")?.try_into().map_err(|_| decryption_failed())?;
            let secret = x25519_dalek::StaticSecret::from(*private);
            let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(public));
            // An all-zero result means a low-order point: nothing secret was agreed.
            if !shared.was_contributory() {
                return Err(decryption_failed());
            }
            Ok(shared.as_bytes().to_vec())
        }
        _ => Err(key_invalid(text!("jwe-needs-ec-private", alg = alg, key = key.kind_name()))),
    }
}

fn ecdh(curve: Curve, private: &[u8], point: &[u8]) -> Option<Vec<u8>> {
    macro_rules! agree_on {
        ($curve:ident) => {{
            let secret = $curve::SecretKey::from_slice(private).ok()?;
            let public = $curve::PublicKey::from_sec1_bytes(point).ok()?;
            let shared = $curve::ecdh::diffie_hellman(secret.to_nonzero_scalar(), public.as_affine());
            Some(shared.raw_secret_bytes().to_vec())
        }};
    }
    match curve {
        Curve::P256 => agree_on!(p256),
        Curve::P384 => agree_on!(p384),
        Curve::P521 => agree_on!(p521),
    }
}

/// The Concat KDF of NIST SP 800-56A as RFC 7518 section 4.6.2 uses it, with SHA-256.
pub fn concat_kdf(
    shared: &[u8],
    algorithm_id: &str,
    apu: &Option<Vec<u8>>,
    apv: &Option<Vec<u8>>,
    len: usize,
) -> Vec<u8> {
    let field = |bytes: &[u8]| {
        let mut out = (bytes.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(bytes);
        out
    };
    let mut other = field(algorithm_id.as_bytes());
    other.extend(field(apu.as_deref().unwrap_or_default()));
    other.extend(field(apv.as_deref().unwrap_or_default()));
    other.extend_from_slice(&((len * 8) as u32).to_be_bytes());
    let mut out = Vec::with_capacity(len + 32);
    let mut counter = 1u32;
    while out.len() < len {
        let mut hash = Sha256::new();
        hash.update(counter.to_be_bytes());
        hash.update(shared);
        hash.update(&other);
        out.extend_from_slice(&hash.finalize());
        counter += 1;
    }
    out.truncate(len);
    out
}

fn pbes2_key(alg: &str, hash: usize, len: usize, password: &[u8], salt_input: &[u8], count: u32) -> Vec<u8> {
    let mut salt = alg.as_bytes().to_vec();
    salt.push(0);
    salt.extend_from_slice(salt_input);
    let mut kek = vec![0u8; len];
    match hash {
        32 => pbkdf2::pbkdf2_hmac::<Sha256>(password, &salt, count, &mut kek),
        48 => pbkdf2::pbkdf2_hmac::<Sha384>(password, &salt, count, &mut kek),
        _ => pbkdf2::pbkdf2_hmac::<Sha512>(password, &salt, count, &mut kek),
    }
    kek
}

fn aes_unwrap(kek: &[u8], wrapped: &[u8]) -> Option<Vec<u8>> {
    match kek.len() {
        16 => aes_kw::KekAes128::new(kek.into()).unwrap_vec(wrapped).ok(),
        24 => aes_kw::KekAes192::new(kek.into()).unwrap_vec(wrapped).ok(),
        32 => aes_kw::KekAes256::new(kek.into()).unwrap_vec(wrapped).ok(),
        _ => None,
    }
}

fn aes_wrap(kek: &[u8], key: &[u8]) -> Option<Vec<u8>> {
    match kek.len() {
        16 => aes_kw::KekAes128::new(kek.into()).wrap_vec(key).ok(),
        24 => aes_kw::KekAes192::new(kek.into()).wrap_vec(key).ok(),
        32 => aes_kw::KekAes256::new(kek.into()).wrap_vec(key).ok(),
        _ => None,
    }
}

type Aes192Gcm = aes_gcm::AesGcm<aes::Aes192, aes_gcm::aead::consts::U12>;

/// AES-GCM over `sealed` (ciphertext then 16-byte tag).
fn gcm_open(key: &[u8], iv: &[u8], sealed: &[u8], aad: &[u8]) -> Option<Vec<u8>> {
    if iv.len() != 12 {
        return None;
    }
    let nonce = aes_gcm::Nonce::from(<[u8; 12]>::try_from(iv).ok()?);
    let nonce = &nonce;
    let payload = Payload { msg: sealed, aad };
    match key.len() {
        16 => aes_gcm::Aes128Gcm::new_from_slice(key).ok()?.decrypt(nonce, payload).ok(),
        24 => Aes192Gcm::new_from_slice(key).ok()?.decrypt(nonce, payload).ok(),
        32 => aes_gcm::Aes256Gcm::new_from_slice(key).ok()?.decrypt(nonce, payload).ok(),
        _ => None,
    }
}

/// AES-GCM: ciphertext then 16-byte tag.
fn gcm_seal(key: &[u8], iv: &[u8], plaintext: &[u8], aad: &[u8]) -> Option<Vec<u8>> {
    let nonce = aes_gcm::Nonce::from(<[u8; 12]>::try_from(iv).ok()?);
    let nonce = &nonce;
    let payload = Payload { msg: plaintext, aad };
    match key.len() {
        16 => aes_gcm::Aes128Gcm::new_from_slice(key).ok()?.encrypt(nonce, payload).ok(),
        24 => Aes192Gcm::new_from_slice(key).ok()?.encrypt(nonce, payload).ok(),
        32 => aes_gcm::Aes256Gcm::new_from_slice(key).ok()?.encrypt(nonce, payload).ok(),
        _ => None,
    }
}

/// RFC 7518 section 5.2.2.1: the MAC over AAD, IV, ciphertext and the AAD's length in bits, cut to half.
fn cbc_tag(mac_key: &[u8], aad: &[u8], iv: &[u8], ciphertext: &[u8]) -> Vec<u8> {
    let al = ((aad.len() as u64) * 8).to_be_bytes();
    macro_rules! tag_with {
        ($hash:ty) => {{
            let mut mac = <Hmac<$hash> as Mac>::new_from_slice(mac_key).expect("HMAC takes any key length");
            mac.update(aad);
            mac.update(iv);
            mac.update(ciphertext);
            mac.update(&al);
            mac.finalize().into_bytes()[..mac_key.len()].to_vec()
        }};
    }
    match mac_key.len() {
        16 => tag_with!(Sha256),
        24 => tag_with!(Sha384),
        _ => tag_with!(Sha512),
    }
}

fn open_content(
    enc: ContentEncryption,
    cek: &[u8],
    iv: &[u8],
    ciphertext: &[u8],
    tag: &[u8],
    aad: &[u8],
) -> Result<Vec<u8>, Problem> {
    if cek.len() != enc.key_len() || iv.len() != enc.iv_len() {
        return Err(decryption_failed());
    }
    match enc {
        ContentEncryption::Gcm(_) => {
            if tag.len() != 16 {
                return Err(decryption_failed());
            }
            let mut sealed = ciphertext.to_vec();
            sealed.extend_from_slice(tag);
            gcm_open(cek, iv, &sealed, aad).ok_or_else(decryption_failed)
        }
        ContentEncryption::CbcHmac(len) => {
            let (mac_key, enc_key) = cek.split_at(len / 2);
            let expected = cbc_tag(mac_key, aad, iv, ciphertext);
            if !bool::from(expected.ct_eq(tag)) {
                return Err(decryption_failed());
            }
            cbc_decrypt(enc_key, iv, ciphertext).ok_or_else(decryption_failed)
        }
    }
}

fn cbc_decrypt(key: &[u8], iv: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    macro_rules! with {
        ($aes:ty) => {
            cbc::Decryptor::<$aes>::new_from_slices(key, iv).ok()?.decrypt_padded_vec_mut::<Pkcs7>(ciphertext).ok()
        };
    }
    match key.len() {
        16 => with!(aes::Aes128),
        24 => with!(aes::Aes192),
        32 => with!(aes::Aes256),
        _ => None,
    }
}

fn cbc_encrypt(key: &[u8], iv: &[u8], plaintext: &[u8]) -> Option<Vec<u8>> {
    macro_rules! with {
        ($aes:ty) => {
            Some(cbc::Encryptor::<$aes>::new_from_slices(key, iv).ok()?.encrypt_padded_vec_mut::<Pkcs7>(plaintext))
        };
    }
    match key.len() {
        16 => with!(aes::Aes128),
        24 => with!(aes::Aes192),
        32 => with!(aes::Aes256),
        _ => None,
    }
}

fn inflate(compressed: &[u8]) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    let mut reader = flate2::read::DeflateDecoder::new(compressed).take(MAX_INFLATED + 1);
    reader.read_to_end(&mut out).map_err(|_| decryption_failed())?;
    if out.len() as u64 > MAX_INFLATED {
        return Err(decryption_failed());
    }
    Ok(out)
}

/// What to seal: the plaintext, the algorithms, and header members to add (`cty`, `kid`, ...).
pub struct Sealing<'a> {
    pub plaintext: &'a [u8],
    pub alg: &'a str,
    pub enc: &'a str,
    pub zip: bool,
    pub header: Map<String, Value>,
    /// PBES2's iteration count.
    pub p2c: u32,
}

/// Seals a compact JWE for `key` (a public key or a secret). `random` fills buffers with random bytes.
pub fn encrypt(sealing: Sealing<'_>, key: &Key, random: &mut dyn FnMut(&mut [u8])) -> Result<String, Problem> {
    let alg = KeyManagement::from_name(sealing.alg).filter(|alg| *alg != KeyManagement::Rsa15).ok_or_else(|| {
        Problem::new(ErrorKind::UnsupportedAlgorithm, text!("jwe-cannot-encrypt-alg", alg = sealing.alg))
    })?;
    let enc = ContentEncryption::from_name(sealing.enc).ok_or_else(|| {
        Problem::new(ErrorKind::UnsupportedAlgorithm, text!("jwe-unsupported-enc", enc = sealing.enc))
    })?;
    let mut header = sealing.header;
    header.insert("alg".into(), Value::from(sealing.alg));
    header.insert("enc".into(), Value::from(sealing.enc));
    if sealing.zip {
        header.insert("zip".into(), Value::from("DEF"));
    }
    let fresh = |random: &mut dyn FnMut(&mut [u8]), len: usize| {
        let mut bytes = vec![0u8; len];
        random(&mut bytes);
        bytes
    };
    let cek_len = enc.key_len();
    let (cek, encrypted_key) = match alg {
        KeyManagement::Dir => {
            let secret = secret_of(key, sealing.alg)?;
            if secret.len() != cek_len {
                return Err(key_invalid(text!(
                    "jwe-dir-length",
                    enc = sealing.enc,
                    len = cek_len,
                    found = secret.len()
                )));
            }
            (secret.to_vec(), Vec::new())
        }
        KeyManagement::AesKw(len) | KeyManagement::AesGcmKw(len) => {
            let secret = secret_of(key, sealing.alg)?;
            if secret.len() != len {
                return Err(key_invalid(text!("jwe-kw-length", alg = sealing.alg, len = len, found = secret.len())));
            }
            let cek = fresh(random, cek_len);
            let wrapped = if let KeyManagement::AesGcmKw(_) = alg {
                let iv = fresh(random, 12);
                let mut sealed = gcm_seal(secret, &iv, &cek, &[]).ok_or_else(decryption_failed)?;
                let tag = sealed.split_off(sealed.len() - 16);
                header.insert("iv".into(), Value::from(b64::encode(&iv)));
                header.insert("tag".into(), Value::from(b64::encode(&tag)));
                sealed
            } else {
                aes_wrap(secret, &cek).ok_or_else(decryption_failed)?
            };
            (cek, wrapped)
        }
        KeyManagement::RsaOaep | KeyManagement::RsaOaep256 => {
            let Material::Rsa { public, .. } = &key.material else {
                return Err(key_invalid(text!("jwe-needs-rsa", alg = sealing.alg, key = key.kind_name())));
            };
            let cek = fresh(random, cek_len);
            let mut rng = Randomness(random);
            let wrapped = match alg {
                KeyManagement::RsaOaep => public.encrypt(&mut rng, rsa::Oaep::new::<sha1::Sha1>(), &cek),
                _ => public.encrypt(&mut rng, rsa::Oaep::new::<Sha256>(), &cek),
            }
            .map_err(|error| key_invalid(text!("jwe-rsa-encrypt", error = error.to_string())))?;
            (cek, wrapped)
        }
        KeyManagement::Rsa15 => unreachable!("refused above"),
        KeyManagement::EcdhEs | KeyManagement::EcdhEsKw(_) => {
            let (shared, epk) = ephemeral_agreement(key, sealing.alg, random)?;
            header.insert("epk".into(), Value::Object(epk));
            let (algorithm_id, len) = match alg {
                KeyManagement::EcdhEsKw(len) => (sealing.alg, len),
                _ => (sealing.enc, cek_len),
            };
            let derived = concat_kdf(&shared, algorithm_id, &None, &None, len);
            match alg {
                KeyManagement::EcdhEsKw(_) => {
                    let cek = fresh(random, cek_len);
                    let wrapped = aes_wrap(&derived, &cek).ok_or_else(decryption_failed)?;
                    (cek, wrapped)
                }
                _ => (derived, Vec::new()),
            }
        }
        KeyManagement::Pbes2(hash, len) => {
            let password = secret_of(key, sealing.alg)?;
            let salt = fresh(random, 16);
            let count = sealing.p2c.max(1);
            header.insert("p2s".into(), Value::from(b64::encode(&salt)));
            header.insert("p2c".into(), Value::from(count));
            let kek = pbes2_key(sealing.alg, hash, len, password, &salt, count);
            let cek = fresh(random, cek_len);
            let wrapped = aes_wrap(&kek, &cek).ok_or_else(decryption_failed)?;
            (cek, wrapped)
        }
    };
    let protected = b64::encode(serde_json::to_string(&Value::Object(header)).unwrap_or_default().as_bytes());
    let aad = protected.as_bytes();
    let plaintext = if sealing.zip { deflate(sealing.plaintext) } else { sealing.plaintext.to_vec() };
    let iv = fresh(random, enc.iv_len());
    let (ciphertext, tag) = match enc {
        ContentEncryption::Gcm(_) => {
            let mut sealed = gcm_seal(&cek, &iv, &plaintext, aad).ok_or_else(decryption_failed)?;
            let tag = sealed.split_off(sealed.len() - 16);
            (sealed, tag)
        }
        ContentEncryption::CbcHmac(len) => {
            let (mac_key, enc_key) = cek.split_at(len / 2);
            let ciphertext = cbc_encrypt(enc_key, &iv, &plaintext).ok_or_else(decryption_failed)?;
            let tag = cbc_tag(mac_key, aad, &iv, &ciphertext);
            (ciphertext, tag)
        }
    };
    Ok([protected, b64::encode(&encrypted_key), b64::encode(&iv), b64::encode(&ciphertext), b64::encode(&tag)]
        .join("."))
}

fn deflate(plaintext: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(plaintext);
    encoder.finish().unwrap_or_default()
}

/// A fresh ephemeral key on the recipient's curve, its agreement with the recipient's public key, and its JWK.
fn ephemeral_agreement(
    key: &Key,
    alg: &str,
    random: &mut dyn FnMut(&mut [u8]),
) -> Result<(Vec<u8>, Map<String, Value>), Problem> {
    match &key.material {
        Material::Ec { curve, public, .. } => {
            let len = curve.field_len();
            // A random scalar below the order: retry the rare draw that is not one.
            for _ in 0..64 {
                let mut scalar = vec![0u8; len];
                random(&mut scalar);
                if *curve == Curve::P521 {
                    scalar[0] &= 0x01;
                }
                let Some(ephemeral) = ec_public(*curve, &scalar) else { continue };
                let shared = ecdh(*curve, &scalar, public).ok_or_else(decryption_failed)?;
                let mut epk = Map::new();
                epk.insert("kty".into(), Value::from("EC"));
                epk.insert("crv".into(), Value::from(curve.name()));
                epk.insert("x".into(), Value::from(b64::encode(&ephemeral[1..1 + len])));
                epk.insert("y".into(), Value::from(b64::encode(&ephemeral[1 + len..])));
                return Ok((shared, epk));
            }
            Err(decryption_failed())
        }
        Material::X25519 { public, .. } => {
            let mut scalar = [0u8; 32];
            random(&mut scalar);
            let secret = x25519_dalek::StaticSecret::from(scalar);
            let ephemeral = x25519_dalek::PublicKey::from(&secret);
            let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(*public));
            let mut epk = Map::new();
            epk.insert("kty".into(), Value::from("OKP"));
            epk.insert("crv".into(), Value::from("X25519"));
            epk.insert("x".into(), Value::from(b64::encode(ephemeral.as_bytes())));
            Ok((shared.as_bytes().to_vec(), epk))
        }
        _ => Err(key_invalid(text!("jwe-needs-ec", alg = alg, key = key.kind_name()))),
    }
}

fn ec_public(curve: Curve, scalar: &[u8]) -> Option<Vec<u8>> {
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    Some(match curve {
        Curve::P256 => {
            p256::SecretKey::from_slice(scalar).ok()?.public_key().to_encoded_point(false).as_bytes().to_vec()
        }
        Curve::P384 => {
            p384::SecretKey::from_slice(scalar).ok()?.public_key().to_encoded_point(false).as_bytes().to_vec()
        }
        Curve::P521 => {
            p521::SecretKey::from_slice(scalar).ok()?.public_key().to_encoded_point(false).as_bytes().to_vec()
        }
    })
}

/// The caller's random source as the `rand_core` generator the `rsa` crate asks for.
pub(crate) struct Randomness<'r>(pub(crate) &'r mut dyn FnMut(&mut [u8]));

impl rand_core::RngCore for Randomness<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut bytes = [0u8; 4];
        (self.0)(&mut bytes);
        u32::from_le_bytes(bytes)
    }

    fn next_u64(&mut self) -> u64 {
        let mut bytes = [0u8; 8];
        (self.0)(&mut bytes);
        u64::from_le_bytes(bytes)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        (self.0)(dest);
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
        (self.0)(dest);
        Ok(())
    }
}

impl rand_core::CryptoRng for Randomness<'_> {}

/// Whether a JWE was opened: the `status` of the `decrypted` member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecryptStatus {
    Ok,
    Failed,
    NotAttempted,
}

/// A JWE's opening as the decode and verify objects report it, with the token inside when the plaintext is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Decrypted {
    pub status: DecryptStatus,
    pub opened: Option<Opened>,
    pub problem: Option<Problem>,
    /// The plaintext decoded as a token, when it is a compact JWS or JWE (or the header says `cty: JWT`).
    pub inner: Option<Box<Decoded>>,
}

impl Decrypted {
    pub fn not_attempted() -> Decrypted {
        Decrypted { status: DecryptStatus::NotAttempted, opened: None, problem: None, inner: None }
    }

    /// The plaintext as JSON, when it is a JSON object.
    pub fn payload(&self) -> Option<Map<String, Value>> {
        let plaintext = &self.opened.as_ref()?.plaintext;
        serde_json::from_slice::<Value>(plaintext).ok()?.as_object().cloned()
    }
}

/// Opens `decoded` with `keys`, when there are keys and it is a JWE; decodes the token inside when there is one.
pub fn open(decoded: &Decoded, keys: Option<&KeySet>, random: &mut dyn FnMut(&mut [u8])) -> Decrypted {
    let Some(keys) = keys.filter(|_| decoded.kind == TokenKind::Jwe) else { return Decrypted::not_attempted() };
    match decrypt(decoded, keys, random) {
        Ok(opened) => {
            let inner = inner_token(decoded, &opened.plaintext).map(Box::new);
            Decrypted { status: DecryptStatus::Ok, opened: Some(opened), problem: None, inner }
        }
        Err(problem) => Decrypted { status: DecryptStatus::Failed, opened: None, problem: Some(problem), inner: None },
    }
}

fn inner_token(outer: &Decoded, plaintext: &[u8]) -> Option<Decoded> {
    let text = std::str::from_utf8(plaintext).ok()?.trim();
    let dots = text.matches('.').count();
    let shaped = (dots == 2 || dots == 4) && text.chars().all(|c| c == '.' || b64::is_base64url_char(c));
    if !shaped && !outer.is_nested() {
        return None;
    }
    let inner = super::decode(text);
    (outer.is_nested() || !inner.is_malformed()).then_some(inner)
}

/// The key a user typed to open a JWE: a PEM key or a JWK (Set) when it looks like one, else a secret written in
/// `encoding` (dir, AES key wrap, a PBES2 password).
pub fn key_from_text(text: &str, encoding: super::keys::SecretEncoding) -> Result<KeySet, super::keys::KeyError> {
    let trimmed = text.trim();
    if trimmed.starts_with('{') || trimmed.starts_with("-----BEGIN") {
        super::keys::parse_key(trimmed)
    } else {
        super::keys::secret_from_text(text, encoding).map(KeySet::single)
    }
}
