//! The tokens and families of a simulation: real HS256 JWTs signed under a secret derived from the scenario
//! (so the same scenario always yields the same tokens), their labels (`AT1`, `RT2`, numbered in issue order),
//! and what happened to each on the virtual clock (who held it, when it was consumed, revoked or denylisted).

pub use super::ids::TokenKind;
use super::ids::{FamilyId, TokenId};
use super::outcome::RevocationReason;
use super::scenario::Scenario;
use crate::jose::algorithm::Algorithm;
use crate::jose::encode;
use crate::jose::keys::{self, Key, SecretEncoding};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Virtual second 0 is this Unix time (2026-01-01T00:00:00Z), so the tokens carry believable dates.
pub const EPOCH: i64 = 1_767_225_600;
pub const ISSUER: &str = "https://auth.tokenscope.example";
/// The audience of access tokens: the resource server.
pub const API_AUDIENCE: &str = "https://api.tokenscope.example";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefreshStatus {
    Current,
    Consumed,
    Revoked,
}

/// Who held a token from when; `stolen` marks a copy made by `steal`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holding {
    pub actor: String,
    pub since: i64,
    pub stolen: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Token {
    pub label: TokenId,
    pub kind: TokenKind,
    pub jwt: String,
    pub family: FamilyId,
    pub user: String,
    pub issued_at: i64,
    /// Access tokens: `exp`. Refresh tokens: when the server stops accepting it (idle or absolute), moved on
    /// by each use under `static_refresh`; `None` means never.
    pub expires_at: Option<i64>,
    pub generation: u32,
    pub parent: Option<TokenId>,
    /// Refresh tokens only.
    pub status: Option<RefreshStatus>,
    pub consumed_at: Option<i64>,
    pub revoked_at: Option<i64>,
    /// Access tokens: from when introspection calls it inactive.
    pub inactive_at: Option<i64>,
    pub denied_at: Option<i64>,
    /// When the denylist entry leaves the store.
    pub deny_expires_at: Option<i64>,
    /// How many times a refresh token was presented with success.
    pub uses: u32,
    pub holders: Vec<Holding>,
    /// Access tokens: the scope they carry.
    pub scope: Option<String>,
    /// Sender-constrained tokens: the actor whose key (or certificate) they are bound to.
    pub bound_to: Option<String>,
}

impl Token {
    pub fn is_expired(&self, now: i64) -> bool {
        self.expires_at.is_some_and(|at| now >= at)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Family {
    pub id: FamilyId,
    pub user: String,
    pub absolute_expiry: Option<i64>,
    pub revoked_at: Option<i64>,
    pub revoked_by: Option<RevocationReason>,
    /// The scope granted at login; a refresh may narrow an access token within it, never widen it.
    pub grant: String,
    /// When the session started (the cap of a sliding session is counted from it).
    pub started_at: i64,
}

impl Family {
    pub fn is_revoked(&self) -> bool {
        self.revoked_at.is_some()
    }
}

/// The scenario's HMAC secret, as UTF-8 text (what a learner types into the inspector's secret field): a hash of
/// the scenario's compact file form, so the same scenario always signs with the same secret.
pub fn scenario_secret(scenario: &Scenario) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"tokenscope simulation\n");
    // Writing into a hash cannot fail.
    let _ = scenario.write_compact(&mut hasher);
    encode::hex(&hasher.finalize()[..16])
}

pub fn signing_key(secret: &str) -> Key {
    keys::secret_from_text(secret, SecretEncoding::Utf8).unwrap_or_else(|_| keys::secret_from_bytes(secret.into()))
}

/// The claims of a new token, in the order a reader expects them.
pub struct Claims<'a> {
    pub label: TokenId,
    pub user: &'a str,
    pub family: FamilyId,
    pub issued_at: i64,
    pub expires_at: Option<i64>,
    pub generation: u32,
    /// Access tokens: the client they were issued to, their scope, and the key they are bound to.
    pub client_id: Option<&'a str>,
    pub scope: Option<&'a str>,
    pub cnf: Option<Confirmation<'a>>,
}

/// The `cnf` claim of a sender-constrained token (RFC 9449 section 6.1, RFC 8705 section 3.1).
#[derive(Clone, Copy, Serialize)]
pub enum Confirmation<'a> {
    #[serde(rename = "jkt")]
    Jkt(&'a str),
    #[serde(rename = "x5t#S256")]
    X5tS256(&'a str),
}

/// The payload of a simulated token, member by member in the order a reader expects them.
#[derive(Serialize)]
struct Payload<'a> {
    iss: &'a str,
    sub: &'a str,
    aud: &'a str,
    iat: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exp: Option<i64>,
    jti: TokenId,
    sid: FamilyId,
    #[serde(rename = "gen", skip_serializing_if = "Option::is_none")]
    generation: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cnf: Option<Confirmation<'a>>,
}

pub fn mint(claims: &Claims<'_>, key: &Key) -> String {
    let refresh = claims.label.kind == TokenKind::Refresh;
    let payload = Payload {
        iss: ISSUER,
        sub: claims.user,
        aud: if refresh { ISSUER } else { API_AUDIENCE },
        iat: EPOCH + claims.issued_at,
        exp: claims.expires_at.map(|expires| EPOCH + expires),
        jti: claims.label,
        sid: claims.family,
        generation: refresh.then_some(claims.generation),
        client_id: claims.client_id,
        scope: claims.scope,
        cnf: claims.cnf,
    };
    let header = if refresh { r#"{"alg":"HS256","typ":"JWT"}"# } else { r#"{"alg":"HS256","typ":"at+jwt"}"# };
    // Serializing these fields and signing with HS256 and a secret cannot fail; an empty string would show up at
    // once in every test.
    let payload = serde_json::to_string(&payload).unwrap_or_default();
    encode::sign_texts(header, &payload, Algorithm::HS256, key).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose;
    use crate::jose::verify::{ClaimRequest, Expectations, verify};

    #[test]
    fn minted_tokens_verify_under_the_scenario_secret_at_the_simulated_time() {
        let secret = scenario_secret(&Scenario::empty("n"));
        assert_eq!(secret.len(), 32);
        let key = signing_key(&secret);
        let claims = Claims {
            label: TokenId::new(TokenKind::Access, 1),
            user: "client",
            family: FamilyId::from_index(0),
            issued_at: 10,
            expires_at: Some(70),
            generation: 0,
            client_id: Some("tokenscope-spa"),
            scope: Some("api:read"),
            cnf: Some(Confirmation::Jkt("abc")),
        };
        let token = mint(&claims, &key);
        let decoded = jose::decode(&token);
        assert_eq!(decoded.claims().unwrap()["jti"], "AT1");
        assert_eq!(decoded.claims().unwrap()["exp"], EPOCH + 70);
        assert_eq!(decoded.claims().unwrap()["scope"], "api:read");
        assert_eq!(decoded.claims().unwrap()["cnf"]["jkt"], "abc");
        let keys = crate::jose::keys::KeySet::single(key);
        let expect = |now: i64| {
            Expectations::new(ClaimRequest {
                at: (EPOCH + now) as f64,
                audiences: vec![API_AUDIENCE.into()],
                ..ClaimRequest::default()
            })
        };
        assert!(verify(&decoded, Some(&keys), &expect(69)).valid);
        assert!(!verify(&decoded, Some(&keys), &expect(70)).valid);
    }
}
