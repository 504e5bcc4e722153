//! SD-JWT (RFC 9901): the `<issuer-signed JWT>~<disclosure>~...~[<KB-JWT>]` form, its disclosures (object
//! properties and array elements, nested ones in disclosed values, decoys), the digests that tie them to the payload
//! (`_sd_alg`: sha-256, sha-384, sha-512), the claims as the holder disclosed them (section 7.1), and the key binding
//! JWT's checks: `typ`, its signature by `cnf.jwk`, `sd_hash`, `iat`, `aud` and `nonce`.

use super::algorithm::{Algorithm, Family};
use super::b64;
use super::decode::Decoded;
use super::error::{ErrorKind, Problem};
use super::keys;
use super::signature::{self, Check};
use crate::i18n::Text;
use crate::text;
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256, Sha384, Sha512};

/// One disclosure: its encoded form, digest, salt, claim name (none for an array element) and value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disclosure {
    #[serde(skip)]
    pub encoded: String,
    pub digest: String,
    pub salt: String,
    pub name: Option<String>,
    pub value: Value,
}

/// An SD-JWT as given: the issuer-signed JWT, its disclosures and the key binding JWT.
#[derive(Debug, Clone)]
pub struct SdJwt {
    pub issuer: Decoded,
    pub disclosures: Vec<Disclosure>,
    pub key_binding: Option<Decoded>,
    /// The text the KB-JWT's `sd_hash` covers: everything up to and including the last `~`.
    presentation: String,
    /// Disclosures that could not be read, and why.
    pub problems: Vec<Problem>,
}

/// Whether `text` is in the SD-JWT form.
pub fn looks_like(text: &str) -> bool {
    text.trim().contains('~')
}

fn mismatch(message: Text) -> Problem {
    Problem::new(ErrorKind::DisclosureMismatch, message)
}

fn digest_with(alg: &str, text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    Some(b64::encode(&match alg {
        "sha-256" => Sha256::digest(bytes).to_vec(),
        "sha-384" => Sha384::digest(bytes).to_vec(),
        "sha-512" => Sha512::digest(bytes).to_vec(),
        _ => return None,
    }))
}

/// Splits and reads an SD-JWT. Disclosures are hashed with the issuer payload's `_sd_alg` (default sha-256).
pub fn parse(text: &str) -> SdJwt {
    let text = text.trim();
    let parts: Vec<&str> = text.split('~').collect();
    let issuer = super::decode(parts[0]);
    let last = parts.len() - 1;
    let key_binding = (last > 0 && !parts[last].is_empty()).then(|| super::decode(parts[last]));
    let presentation = match text.rfind('~') {
        Some(at) => text[..=at].to_owned(),
        None => text.to_owned(),
    };
    let hash = sd_alg(&issuer);
    let mut disclosures = Vec::new();
    let mut problems = Vec::new();
    for encoded in parts.iter().take(last).skip(1).filter(|part| !part.is_empty()) {
        match read_disclosure(encoded, &hash) {
            Ok(disclosure) => disclosures.push(disclosure),
            Err(problem) => problems.push(problem),
        }
    }
    SdJwt { issuer, disclosures, key_binding, presentation, problems }
}

/// The issuer payload's `_sd_alg`, default sha-256.
fn sd_alg(issuer: &Decoded) -> String {
    issuer.claims().and_then(|claims| claims.get("_sd_alg")).and_then(Value::as_str).unwrap_or("sha-256").to_owned()
}

fn read_disclosure(encoded: &str, hash: &str) -> Result<Disclosure, Problem> {
    let bytes = b64::decode(encoded).map_err(|_| mismatch(text!("sd-disclosure-not-base64url")))?;
    let array: Vec<Value> = serde_json::from_slice(&bytes).map_err(|_| mismatch(text!("sd-disclosure-not-array")))?;
    let digest = digest_with(hash, encoded).ok_or_else(|| mismatch(text!("sd-alg-unsupported", alg = hash)))?;
    let salt = array.first().and_then(Value::as_str).map(str::to_owned);
    let (salt, name, value) = match (salt, array.len()) {
        (Some(salt), 3) => {
            let name = array[1].as_str().ok_or_else(|| mismatch(text!("sd-disclosure-not-array")))?.to_owned();
            if name == "_sd" || name == "..." {
                return Err(mismatch(text!("sd-disclosure-reserved-name", name = name)));
            }
            (salt, Some(name), array[2].clone())
        }
        (Some(salt), 2) => (salt, None, array[1].clone()),
        _ => return Err(mismatch(text!("sd-disclosure-not-array"))),
    };
    Ok(Disclosure { encoded: encoded.to_owned(), digest, salt, name, value })
}

/// The claims as disclosed, the number of digests no disclosure opens, and what does not fit.
#[derive(Debug, Clone)]
pub struct Processed {
    pub claims: Map<String, Value>,
    /// Where each disclosure (in the order given) is referenced: a JSON pointer to the object or array whose
    /// digest names it, empty when nothing does.
    pub references: Vec<String>,
    pub undisclosed: usize,
    pub problems: Vec<Problem>,
}

/// RFC 9901 section 7.1: disclosed values put in place, `_sd`, `_sd_alg` and undisclosed `...` entries removed;
/// every disclosure used exactly once.
pub fn process(sd: &SdJwt) -> Processed {
    let count = sd.disclosures.len();
    let mut state = State {
        disclosures: &sd.disclosures,
        used: vec![0; count],
        references: vec![String::new(); count],
        undisclosed: 0,
        problems: Vec::new(),
    };
    let payload = sd.issuer.claims().cloned().unwrap_or_default();
    let mut claims = state.object(payload, "");
    claims.remove("_sd_alg");
    for (disclosure, used) in sd.disclosures.iter().zip(&state.used) {
        match used {
            0 => state.problems.push(mismatch(text!("sd-disclosure-unused", digest = disclosure.digest.as_str()))),
            1 => {}
            _ => state.problems.push(mismatch(text!("sd-digest-repeated", digest = disclosure.digest.as_str()))),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for disclosure in &sd.disclosures {
        if !seen.insert(&disclosure.encoded) {
            state.problems.push(mismatch(text!("sd-disclosure-twice")));
        }
    }
    let mut problems = sd.problems.clone();
    problems.extend(state.problems);
    Processed { claims, references: state.references, undisclosed: state.undisclosed, problems }
}

struct State<'d> {
    disclosures: &'d [Disclosure],
    used: Vec<usize>,
    references: Vec<String>,
    undisclosed: usize,
    problems: Vec<Problem>,
}

/// A JSON pointer one step below `at`.
fn below(at: &str, step: &str) -> String {
    format!("{at}/{}", step.replace('~', "~0").replace('/', "~1"))
}

impl State<'_> {
    fn find(&mut self, digest: &str, at: &str) -> Option<usize> {
        let index = self.disclosures.iter().position(|disclosure| disclosure.digest == digest)?;
        self.used[index] += 1;
        self.references[index] = if at.is_empty() { "/".to_owned() } else { at.to_owned() };
        Some(index)
    }

    fn value(&mut self, value: Value, at: &str) -> Value {
        match value {
            Value::Object(object) => Value::Object(self.object(object, at)),
            Value::Array(items) => Value::Array(self.array(items, at)),
            other => other,
        }
    }

    fn object(&mut self, mut object: Map<String, Value>, at: &str) -> Map<String, Value> {
        let digests = match object.remove("_sd") {
            Some(Value::Array(digests)) => digests,
            _ => Vec::new(),
        };
        let mut out = Map::new();
        for (name, value) in object {
            let value = self.value(value, &below(at, &name));
            out.insert(name, value);
        }
        for digest in digests.iter().filter_map(Value::as_str) {
            let Some(index) = self.find(digest, at) else {
                self.undisclosed += 1;
                continue;
            };
            let disclosure = &self.disclosures[index];
            match disclosure.name.clone() {
                Some(name) if out.contains_key(&name) => {
                    self.problems.push(mismatch(text!("sd-claim-exists", name = name)));
                }
                Some(name) => {
                    let value = self.value(disclosure.value.clone(), &below(at, &name));
                    out.insert(name, value);
                }
                None => self.problems.push(mismatch(text!("sd-element-in-object"))),
            }
        }
        out
    }

    fn array(&mut self, items: Vec<Value>, at: &str) -> Vec<Value> {
        let mut out = Vec::new();
        for (position, item) in items.into_iter().enumerate() {
            let inner = below(at, &position.to_string());
            let digest = item.as_object().filter(|object| object.len() == 1).and_then(|object| object.get("..."));
            match digest.and_then(Value::as_str).map(str::to_owned) {
                Some(digest) => match self.find(&digest, &inner) {
                    Some(index) if self.disclosures[index].name.is_none() => {
                        let value = self.disclosures[index].value.clone();
                        out.push(self.value(value, &inner));
                    }
                    Some(_) => self.problems.push(mismatch(text!("sd-property-in-array"))),
                    None => self.undisclosed += 1,
                },
                None => out.push(self.value(item, &inner)),
            }
        }
        out
    }
}

/// What a key binding JWT is checked against.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeyBindingRequest {
    pub required: bool,
    pub aud: Option<String>,
    pub nonce: Option<String>,
}

fn invalid_binding(message: Text) -> Problem {
    Problem::new(ErrorKind::InvalidKeyBinding, message)
}

/// The key binding JWT's checks (when there is one, or one is required), against the processed claims' `cnf.jwk`.
pub fn check_key_binding(
    sd: &SdJwt,
    claims: &Map<String, Value>,
    request: &KeyBindingRequest,
    at: f64,
    leeway: f64,
) -> Vec<Problem> {
    let Some(kb) = &sd.key_binding else {
        return if request.required { vec![invalid_binding(text!("sd-kb-missing"))] } else { Vec::new() };
    };
    let mut problems = Vec::new();
    if !kb.header_str("typ").is_some_and(|typ| typ.eq_ignore_ascii_case("kb+jwt")) {
        problems.push(invalid_binding(text!("sd-kb-typ")));
    }
    let jwk = claims.get("cnf").and_then(|cnf| cnf.get("jwk")).and_then(Value::as_object);
    match (jwk.map(keys::parse_jwk), kb.alg().and_then(Algorithm::from_name)) {
        (None, _) => problems.push(invalid_binding(text!("sd-kb-no-cnf"))),
        (Some(Err(error)), _) => problems.push(invalid_binding(error.0)),
        (Some(Ok(_)), None) => problems.push(invalid_binding(text!("sd-kb-alg"))),
        (Some(Ok(key)), Some(alg)) if alg.family() != Family::Hmac => {
            let input = kb.signing_input().unwrap_or_default();
            let genuine = matches!(
                signature::verify(alg, &key, input.as_bytes(), kb.signature_bytes().unwrap_or_default()),
                Ok(Check::Genuine)
            );
            if !genuine {
                problems.push(invalid_binding(text!("sd-kb-signature")));
            }
        }
        (Some(Ok(_)), Some(_)) => problems.push(invalid_binding(text!("sd-kb-alg"))),
    }
    let kb_claims = kb.claims();
    let claim = |name: &str| kb_claims.and_then(|claims| claims.get(name));
    let expected = digest_with(&sd_alg(&sd.issuer), &sd.presentation);
    if claim("sd_hash").and_then(Value::as_str) != expected.as_deref() {
        problems.push(invalid_binding(text!("sd-kb-sd-hash")));
    }
    match claim("iat").and_then(Value::as_f64) {
        Some(iat) if (iat - at).abs() <= leeway => {}
        _ => problems.push(invalid_binding(text!("sd-kb-iat", leeway = leeway as i64))),
    }
    if let Some(aud) = &request.aud
        && claim("aud").and_then(Value::as_str) != Some(aud.as_str())
    {
        problems.push(invalid_binding(text!("sd-kb-aud", aud = aud.as_str())));
    }
    if let Some(nonce) = &request.nonce
        && claim("nonce").and_then(Value::as_str) != Some(nonce.as_str())
    {
        problems.push(invalid_binding(text!("sd-kb-nonce")));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disclosure_hashes_as_rfc_9901_shows() {
        // RFC 9901 section 4.2.1's example disclosure of "family_name": "Möbius" and its SHA-256 digest.
        let disclosure =
            read_disclosure("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0", "sha-256")
                .unwrap();
        assert_eq!(disclosure.name.as_deref(), Some("family_name"));
        assert_eq!(disclosure.value, Value::from("Möbius"));
        assert_eq!(disclosure.digest, "X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0");
        // Section 4.2.2's array element "FR".
        let element = read_disclosure("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0", "sha-256").unwrap();
        assert_eq!((element.name, element.value), (None, Value::from("FR")));
        assert_eq!(element.digest, "w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs");
    }
}
