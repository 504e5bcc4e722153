//! The simulation on the wire: each step's HTTP request and response as SIMULATION.md's second round shapes them
//! (the OAuth endpoints or the seed article's JSON refresh API), holding the real token strings; each actor's own
//! DPoP key or TLS client certificate, and the signed DPoP proofs its requests carry. Everything is derived from
//! the scenario's secret, so a run is still the same byte for byte.

use super::ids::TokenId;
use super::outcome::OAuthError;
use super::scenario::{SenderConstraint, Wire};
use super::tokens::{API_AUDIENCE, EPOCH, ISSUER};
use crate::i18n::Text;
use crate::jose::{b64, encode, jwk};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use sha2::{Digest, Sha256};
use std::fmt;

pub const PUBLIC_CLIENT_ID: &str = "tokenscope-spa";
pub const CONFIDENTIAL_CLIENT_ID: &str = "tokenscope-bff";
pub const RESOURCE_PATH: &str = "/api/resource";
pub const TOKEN_PATH: &str = "/token";

/// What an actor proves its requests with.
#[derive(Debug, Clone)]
pub struct ActorKey {
    /// The DPoP key pair (ES256) and the encoded header of its proofs; `None` for a TLS client certificate.
    signer: Option<(p256::ecdsa::SigningKey, String)>,
    /// RFC 7638 thumbprint of the DPoP key (`cnf.jkt`), or the certificate's SHA-256 thumbprint (`cnf.x5t#S256`).
    pub thumbprint: String,
}

/// Bytes that look random but follow from `seed`: SHA-256 in counter mode.
fn derived_bytes(seed: &[u8], out: &mut [u8]) {
    for (counter, chunk) in out.chunks_mut(32).enumerate() {
        let mut hasher = Sha256::new();
        hasher.update(seed);
        hasher.update((counter as u64).to_be_bytes());
        let block = hasher.finalize();
        chunk.copy_from_slice(&block[..chunk.len()]);
    }
}

impl ActorKey {
    pub fn new(constraint: SenderConstraint, secret: &str, actor: &str) -> ActorKey {
        let seed = format!("tokenscope simulated key\n{secret}\n{actor}");
        if constraint == SenderConstraint::Mtls {
            // The certificate itself plays no part in the lesson, only the thumbprint the token is bound to.
            let digest = Sha256::digest(seed.as_bytes());
            return ActorKey { signer: None, thumbprint: b64::encode(&digest) };
        }
        let mut draw = 0u64;
        let mut random = |out: &mut [u8]| {
            draw += 1;
            derived_bytes(format!("{seed}\n{draw}").as_bytes(), out);
        };
        // ES256 key generation only draws a scalar (again, in the vanishing case of one out of range).
        let key = jwk::generate("ES256", 0, &mut random).ok();
        let thumbprint = key.as_ref().map(jwk::thumbprint).unwrap_or_default();
        let signer = key.as_ref().and_then(|key| {
            let crate::jose::keys::Material::Ec { private: Some(scalar), .. } = &key.material else { return None };
            let signing = p256::ecdsa::SigningKey::from_slice(scalar).ok()?;
            // Every proof of this key has the same header: encode it once.
            let mut header = serde_json::Map::new();
            header.insert("typ".into(), "dpop+jwt".into());
            header.insert("alg".into(), "ES256".into());
            header.insert("jwk".into(), serde_json::Value::Object(jwk::jwk_members(key, false)));
            Some((signing, b64::encode(serde_json::Value::Object(header).to_string().as_bytes())))
        });
        ActorKey { signer, thumbprint }
    }

    /// A signed DPoP proof (RFC 9449 section 4.2) of a request, with `ath` when it carries an access token.
    pub fn proof(&self, method: &str, url: &str, at: i64, jti: &str, access_token: Option<&str>) -> Option<String> {
        use p256::ecdsa::signature::Signer;
        let (signing, header) = self.signer.as_ref()?;
        let mut payload = serde_json::Map::new();
        payload.insert("jti".into(), jti.into());
        payload.insert("htm".into(), method.into());
        payload.insert("htu".into(), url.into());
        payload.insert("iat".into(), (EPOCH + at).into());
        if let Some(token) = access_token {
            payload.insert("ath".into(), access_token_hash(token).into());
        }
        let payload = b64::encode(serde_json::Value::Object(payload).to_string().as_bytes());
        let signing_input = format!("{header}.{payload}");
        // RFC 6979 signing: the same proof every run.
        let signature: p256::ecdsa::Signature = signing.sign(signing_input.as_bytes());
        Some(format!("{signing_input}.{}", b64::encode(&signature.to_bytes())))
    }
}

/// `ath`: base64url of the SHA-256 of the access token (RFC 9449 section 4.2).
pub fn access_token_hash(token: &str) -> String {
    b64::encode(&Sha256::digest(token.as_bytes()))
}

pub fn client_secret(secret: &str) -> String {
    let digest = Sha256::digest(format!("tokenscope client secret\n{secret}").as_bytes());
    encode::hex(&digest[..16])
}

/// A unique, repeatable `jti` for the proof of step `step` by `actor`.
pub fn proof_id(secret: &str, step: usize, actor: &str) -> String {
    let digest = Sha256::digest(format!("tokenscope proof\n{secret}\n{step}\n{actor}").as_bytes());
    b64::encode(&digest[..12])
}

/// Header names and values in the order they are sent; serialized as a JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Headers(pub Vec<(&'static str, String)>);

impl Headers {
    pub fn add(&mut self, name: &'static str, value: impl Into<String>) {
        self.0.push((name, value.into()));
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }
}

impl Serialize for Headers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// A body as sent: fixed text, or the JSON API's `{"status", "message"}` whose message is said in the reader's
/// language when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Text(String),
    Status { status: u16, message: Text },
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Text(text) => f.write_str(text),
            Body::Status { status, message } => {
                let object = serde_json::json!({"status": status, "message": message.to_string()});
                write!(f, "{object}")
            }
        }
    }
}

impl Serialize for Body {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Request {
    pub method: &'static str,
    pub path: &'static str,
    pub headers: Headers,
    pub body: Option<Body>,
    /// Under mTLS: the SHA-256 thumbprint of the TLS client certificate the connection presented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_certificate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    pub status: u16,
    pub headers: Headers,
    pub body: Option<Body>,
}

impl Request {
    /// The request line and headers as a network inspector shows them.
    pub fn host(&self) -> &'static str {
        if self.path == RESOURCE_PATH { host_of(API_AUDIENCE) } else { host_of(ISSUER) }
    }

    pub fn url(&self) -> String {
        format!("https://{}{}", self.host(), self.path)
    }

    /// `POST /token HTTP/1.1`
    pub fn request_line(&self) -> String {
        format!("{} {} HTTP/1.1", self.method, self.path)
    }

    /// The request as a network inspector shows it: the request line, `Host` and the headers, then the body.
    pub fn head_lines(&self) -> Vec<String> {
        let mut lines = vec![self.request_line(), format!("Host: {}", self.host())];
        lines.extend(self.headers.0.iter().map(|(name, value)| format!("{name}: {value}")));
        lines
    }
}

/// The reason phrase of a status the simulation answers with (RFC 9110 section 15).
pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        500 => "Internal Server Error",
        _ => "",
    }
}

impl Response {
    /// `HTTP/1.1 401 Unauthorized`
    pub fn status_line(&self) -> String {
        format!("HTTP/1.1 {} {}", self.status, reason_phrase(self.status)).trim_end().to_owned()
    }

    pub fn head_lines(&self) -> Vec<String> {
        let mut lines = vec![self.status_line()];
        lines.extend(self.headers.0.iter().map(|(name, value)| format!("{name}: {value}")));
        lines
    }
}

fn host_of(url: &'static str) -> &'static str {
    url.trim_start_matches("https://")
}

/// `application/x-www-form-urlencoded` of the characters a token, a label or a scope can hold.
pub fn form_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

fn json_body(value: serde_json::Value) -> Option<Body> {
    Some(Body::Text(value.to_string()))
}

/// What every token response and token-endpoint error carries (RFC 6749 section 5.1).
fn token_headers() -> Headers {
    let mut headers = Headers::default();
    headers.add("Content-Type", "application/json");
    headers.add("Cache-Control", "no-store");
    headers
}

/// A short ASCII `error_description` (RFC 6749 section 5.2 allows no other characters).
pub fn error_description(error: OAuthError) -> &'static str {
    match error {
        OAuthError::InvalidRequest => "the request has no refresh token",
        OAuthError::InvalidGrant => "the refresh token is invalid, expired, revoked or was already used",
        OAuthError::InvalidToken => "the access token is invalid, expired or revoked",
        OAuthError::ServerError => "the token store is unavailable",
        OAuthError::InvalidScope => "the requested scope exceeds the scope granted",
        OAuthError::InsufficientScope => "the access token lacks the scope this request needs",
        OAuthError::InvalidClient => "client authentication failed",
    }
}

/// The tokens a successful token-endpoint answer hands out.
pub struct Granted<'a> {
    pub access: Option<(&'a str, i64, &'a str)>,
    pub refresh: Option<&'a str>,
    pub bound: bool,
}

/// The response to a token request (login, refresh, extend): tokens on success, the error object otherwise.
pub fn token_response(
    wire: Wire,
    seed_api: bool,
    status: u16,
    error: Option<OAuthError>,
    message: Option<Text>,
    granted: &Granted<'_>,
) -> Response {
    let mut headers = token_headers();
    let body = match (error, seed_api && wire == Wire::JsonApi) {
        (None, true) => {
            let mut object = serde_json::Map::new();
            if let Some((access, _, _)) = granted.access {
                object.insert("accessToken".into(), access.into());
            }
            if let Some(refresh) = granted.refresh {
                object.insert("refreshToken".into(), refresh.into());
            }
            json_body(serde_json::Value::Object(object))
        }
        (None, false) => {
            let mut object = serde_json::Map::new();
            if let Some((access, expires_in, scope)) = granted.access {
                object.insert("access_token".into(), access.into());
                object.insert("token_type".into(), if granted.bound { "DPoP" } else { "Bearer" }.into());
                object.insert("expires_in".into(), expires_in.into());
                if let Some(refresh) = granted.refresh {
                    object.insert("refresh_token".into(), refresh.into());
                }
                object.insert("scope".into(), scope.into());
            }
            json_body(serde_json::Value::Object(object))
        }
        (Some(error), _) => {
            if error == OAuthError::InvalidClient {
                headers.add("WWW-Authenticate", "Basic realm=\"tokenscope\"");
            }
            error_body(wire, status, error, message)
        }
    };
    Response { status, headers, body }
}

/// An error body: `{"status", "message"}` on the JSON API, else the OAuth error object.
pub fn error_body(wire: Wire, status: u16, error: OAuthError, message: Option<Text>) -> Option<Body> {
    match wire {
        Wire::JsonApi => Some(Body::Status { status, message: message.unwrap_or_else(|| Text::verbatim("")) }),
        Wire::Oauth => {
            json_body(serde_json::json!({"error": error.as_str(), "error_description": error_description(error)}))
        }
    }
}

/// The scheme of an `Authorization` or `WWW-Authenticate` header for a token bound (or not) by DPoP.
pub fn scheme(dpop: bool) -> &'static str {
    if dpop { "DPoP" } else { "Bearer" }
}

/// The body of a `POST /revoke` (RFC 7009 section 2.1).
pub fn revoke_body(token: &str, hint: &str) -> Option<Body> {
    Some(Body::Text(format!("token={}&token_type_hint={hint}", form_value(token))))
}

/// A label the server never issued stands in for the token string a client would send.
pub fn token_text(jwt: Option<&str>, label: Option<TokenId>) -> String {
    match (jwt, label) {
        (Some(jwt), _) => jwt.to_owned(),
        (None, Some(label)) => label.to_string(),
        (None, None) => String::new(),
    }
}

/// `Authorization: Basic` of the confidential client (RFC 6749 section 2.3.1).
pub fn basic_credentials(client_id: &str, secret: &str) -> String {
    format!("Basic {}", base64_standard(format!("{}:{}", form_value(client_id), form_value(secret)).as_bytes()))
}

fn base64_standard(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose;

    #[test]
    fn an_actor_key_is_the_same_for_the_same_scenario_and_its_proofs_verify_as_dpop() {
        let one = ActorKey::new(SenderConstraint::Dpop, "s3cret", "client");
        let again = ActorKey::new(SenderConstraint::Dpop, "s3cret", "client");
        let other = ActorKey::new(SenderConstraint::Dpop, "s3cret", "attacker");
        assert_eq!(one.thumbprint, again.thumbprint);
        assert_ne!(one.thumbprint, other.thumbprint);
        let url = "https://api.tokenscope.example/api/resource";
        let proof = one.proof("GET", url, 5, "id-1", Some("the.access.token")).unwrap();
        assert_eq!(proof, again.proof("GET", url, 5, "id-1", Some("the.access.token")).unwrap());
        let request = jose::dpop::DpopRequest {
            htm: Some("GET".into()),
            htu: Some(url.into()),
            access_token: Some("the.access.token".into()),
        };
        let (verdict, report) = jose::dpop::verify(&jose::decode(&proof), &request, (EPOCH + 5) as f64, 0.0);
        assert!(verdict.valid, "{:?}", verdict.errors);
        assert_eq!(report.jkt.as_deref(), Some(one.thumbprint.as_str()));
        assert_eq!(report.ath_matches, Some(true));
    }

    #[test]
    fn form_values_escape_what_a_form_must() {
        assert_eq!(form_value("api:read api:write"), "api%3Aread+api%3Awrite");
        assert_eq!(form_value("a.b-c_d~"), "a.b-c_d~");
    }
}
