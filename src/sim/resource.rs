//! The resource server: checks an access token with the same `jose` verification the inspector uses, at its own
//! clock (the shared clock plus `clock_offset`) with its leeway, then the denylist and introspection when they are
//! on. Every refusal is `401` with `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750 section 3).

use super::ids::TokenId;
use super::outcome::{OAuthError, Outcome};
use super::scenario::Config;
use super::store::Store;
use super::tokens::{API_AUDIENCE, EPOCH, ISSUER, Token, TokenKind};
use super::world::World;
use crate::i18n::Text;
use crate::jose::error::ErrorKind;
use crate::jose::keys::KeySet;
use crate::jose::verify::{self, ClaimRequest, Expectations, Skips};
use crate::text;

pub const INVALID_TOKEN_CHALLENGE: &str = "Bearer error=\"invalid_token\"";

/// What the resource server sees of a run: the config, the store and the key that checks signatures.
#[derive(Clone, Copy)]
pub struct ResourceView<'a> {
    pub config: &'a Config,
    pub store: &'a Store,
    pub keys: &'a KeySet,
}

/// Why the token itself fails, judged by signature, expiry (unless `skip_exp`) and audience at `rs_now`.
pub(super) fn token_problem(
    view: ResourceView<'_>,
    record: &Token,
    rs_now: i64,
    leeway: i64,
    skip_exp: bool,
) -> Option<Text> {
    let decoded = crate::jose::decode(&record.jwt);
    let expect = Expectations::new(ClaimRequest {
        at: (EPOCH + rs_now) as f64,
        leeway: leeway.unsigned_abs(),
        issuers: vec![ISSUER.to_owned()],
        audiences: vec![API_AUDIENCE.to_owned()],
        // A resource server behind the issuer's clock would see a fresh `iat` in its future; real servers accept
        // that, and the lesson is about `exp`.
        skip: Skips { exp: skip_exp, nbf: true, iat: true, aud: false },
        ..ClaimRequest::default()
    });
    let verdict = verify::verify(&decoded, Some(view.keys), &expect);
    let error = verdict.errors.first()?;
    Some(match error.kind {
        ErrorKind::Expired => {
            let exp = record.expires_at.unwrap_or(0);
            let clock = if rs_now == record.issued_at || view.config.resource_server.clock_offset == 0 {
                Text::verbatim("")
            } else {
                text!("rs-its-clock-reads-rs", rs_now = rs_now)
            };
            if leeway > 0 {
                text!("rs-expired-at-exp-s", label = record.label, exp = exp, leeway = leeway, clock = clock)
            } else {
                text!("rs-expired-at-exp-s-2", label = record.label, exp = exp, clock = clock)
            }
        }
        ErrorKind::InvalidAudience if record.kind == TokenKind::Refresh => {
            text!("rs-refresh-token-meant-authorization", label = record.label)
        }
        _ => text!("rs-message", label = record.label, message = error.message.clone()),
    })
}

/// Why the resource server refuses an access token.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The token itself fails: signature, expiry against the RS clock with leeway, issuer or audience.
    Token(Text),
    /// The RS must ask the store (denylist, introspection) and the store is down.
    StoreUnreachable,
    Denylisted,
    /// Introspection answers inactive: the token's session was revoked at this second.
    Inactive {
        since: i64,
    },
    /// Introspection answers inactive: the token expired on the authorization server's clock.
    IntrospectedExpired,
}

/// The resource server's judgement of `record` at shared second `now`, in the order SIMULATION.md gives: the token
/// (with the same `jose` verification the inspector uses), then the denylist, then introspection. The one rule
/// behind a `call`, the summary's attacker window and the property tests.
pub fn verdict(view: ResourceView<'_>, record: &Token, now: i64) -> Result<(), Refusal> {
    let rs = view.config.resource_server;
    if let Some(problem) = token_problem(view, record, now + rs.clock_offset, rs.leeway, false) {
        return Err(Refusal::Token(problem));
    }
    if (rs.denylist || rs.introspection) && view.store.is_down(now) {
        return Err(Refusal::StoreUnreachable);
    }
    // The denylist entry lives in the store from `denied_at` until `deny_expires_at`, on the store's clock.
    if rs.denylist
        && record.denied_at.is_some_and(|at| at <= now)
        && record.deny_expires_at.is_some_and(|until| now < until)
    {
        return Err(Refusal::Denylisted);
    }
    if rs.introspection {
        if let Some(since) = record.inactive_at.filter(|at| now >= *at) {
            return Err(Refusal::Inactive { since });
        }
        if record.is_expired(now) {
            return Err(Refusal::IntrospectedExpired);
        }
    }
    Ok(())
}

/// The seconds at which `verdict(view, record, ·)` may change. After the last expiry nothing is accepted again, so
/// later moments (an outage an hour on, say) are left out.
pub fn breakpoints(view: ResourceView<'_>, record: &Token) -> Vec<i64> {
    let rs = view.config.resource_server;
    let Some(exp) = record.expires_at else { return Vec::new() };
    let end = (exp + rs.leeway - rs.clock_offset).max(exp);
    let mut points = vec![exp + rs.leeway - rs.clock_offset, exp];
    points.extend(record.denied_at);
    points.extend(record.deny_expires_at);
    points.extend(record.inactive_at);
    for (from, until) in view.store.outages() {
        if *from <= end {
            points.push(*from);
            points.push(*until);
        }
    }
    points.retain(|point| *point <= end);
    points
}

impl World {
    pub fn resource_view(&self) -> ResourceView<'_> {
        ResourceView { config: &self.config, store: &self.store, keys: &self.keys }
    }

    /// A call to the API with `presented` (a token index, or a label never issued).
    pub fn call(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        let rs = self.config.resource_server;
        let refuse = |message: Text| Outcome {
            www_authenticate: Some(INVALID_TOKEN_CHALLENGE.to_owned()),
            ..Outcome::fail(401, OAuthError::InvalidToken, message)
        };
        let token = match presented {
            None => return refuse(text!("rs-actor-calls-api-without", actor = actor)),
            Some(Err(label)) => {
                return refuse(text!("rs-label-was-never-issued", label = label)).presenting(Some(label));
            }
            Some(Ok(token)) => token,
        };
        let label = self.label(token);
        let family = self.tokens[token].family;
        let with = |outcome: Outcome| outcome.presenting(Some(label)).in_family(Some(family));
        if let Err(refusal) = verdict(self.resource_view(), &self.tokens[token], now) {
            return with(refuse(match refusal {
                Refusal::Token(problem) => text!("rs-api-refuses-problem", problem = problem),
                Refusal::StoreUnreachable => {
                    text!("rs-api-cannot-reach-token", label = label)
                }
                Refusal::Denylisted => text!("rs-api-refuses-label-on", label = label),
                Refusal::Inactive { since } => text!("rs-api-asks-server-about", label = label, since = since),
                Refusal::IntrospectedExpired => {
                    text!("rs-api-asks-server-about-2", label = label)
                }
            }));
        }
        let expires = self.tokens[token].expires_at.unwrap_or(now);
        let mut message = text!("rs-actor-calls-api-label", actor = actor, label = label, expires = expires);
        if rs.leeway > 0 || rs.clock_offset != 0 {
            message = message.then(text!("rs-s-on-api-s", seconds = expires + rs.leeway - rs.clock_offset));
        }
        message = message.then(text!("close-parenthesis"));
        if self.pockets.get(actor).is_some_and(|pocket| pocket.thief) {
            message =
                message.then(text!("rs-api-cannot-tell-actor", actor = actor, user = self.tokens[token].user.as_str()));
        }
        with(Outcome::ok(message))
    }
}
