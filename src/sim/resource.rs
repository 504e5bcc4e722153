//! The resource server: checks an access token with the same `jose` verification the inspector uses, at its own
//! clock (the shared clock plus `clock_offset`) with its leeway, then the denylist and introspection when they are
//! on, then the binding of a sender-constrained token and the scope a request needs. Every refusal but the last is
//! `401` with `WWW-Authenticate: Bearer error="invalid_token"` (`DPoP` for a DPoP-bound token; RFC 6750 section 3,
//! RFC 9449 section 7.1); a token short of scope is `403 insufficient_scope`.

use super::ids::TokenId;
use super::outcome::{OAuthError, Outcome, ServerAction};
use super::scenario::{Config, SenderConstraint, Strategy};
use super::store::Store;
use super::tokens::{API_AUDIENCE, EPOCH, ISSUER, Token, TokenKind};
use super::world::World;
use crate::i18n::Text;
use crate::jose::error::ErrorKind;
use crate::jose::keys::KeySet;
use crate::jose::verify::{self, ClaimRequest, Expectations, Skips};
use crate::text;

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
    /// A sender-constrained token presented without proof of its key.
    Unbound,
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
pub fn verdict(view: ResourceView<'_>, record: &Token, now: i64, proves_key: bool) -> Result<(), Refusal> {
    let rs = view.config.resource_server;
    if let Some(problem) = token_problem(view, record, now + rs.clock_offset, rs.leeway, false) {
        return Err(Refusal::Token(problem));
    }
    if record.bound_to.is_some() && !proves_key {
        return Err(Refusal::Unbound);
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

    /// The store commands the resource server sends for a token that got as far as `outcome`.
    fn log_store_reads(&mut self, token: usize, outcome: &Result<(), Refusal>, now: i64) {
        let rs = self.config.resource_server;
        if matches!(outcome, Err(Refusal::Token(_) | Refusal::Unbound)) {
            return;
        }
        let label = self.label(token);
        let family = self.tokens[token].family;
        let mut commands = Vec::new();
        if rs.denylist {
            commands.push(format!("EXISTS deny:{label}"));
        }
        if rs.introspection && !matches!(outcome, Err(Refusal::Denylisted)) {
            commands.push(format!("GET family:{family}"));
        }
        // During an outage only the first command is tried.
        let tried = if self.store.is_down(now) { commands.len().min(1) } else { commands.len() };
        for command in commands.into_iter().take(tried) {
            self.store.read(command);
        }
    }

    /// A call to the API with `presented` (a token index, or a label never issued), proving `prover`'s key;
    /// `needs` is the scope the request needs, `via` the actor whose page an attacker's script calls from.
    pub fn call(
        &mut self,
        actor: &str,
        presented: Option<Result<usize, TokenId>>,
        now: i64,
        call: &CallRequest<'_>,
    ) -> Outcome {
        let rs = self.config.resource_server;
        let dpop = self.config.sender_constraint == SenderConstraint::Dpop
            && presented.and_then(Result::ok).is_some_and(|token| self.tokens[token].bound_to.is_some());
        let scheme = super::wire::scheme(dpop);
        let refuse = |message: Text| Outcome {
            www_authenticate: Some(format!("{scheme} error=\"invalid_token\"")),
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
        let proves_key = self.tokens[token].bound_to.as_deref().is_none_or(|owner| owner == call.prover);
        let judged = verdict(self.resource_view(), &self.tokens[token], now, proves_key);
        self.log_store_reads(token, &judged, now);
        if let Err(refusal) = judged {
            let store_down = refusal == Refusal::StoreUnreachable;
            let key_missing = refusal == Refusal::Unbound;
            let outcome = with(refuse(match refusal {
                Refusal::Token(problem) => text!("rs-api-refuses-problem", problem = problem),
                Refusal::Unbound => text!("rs-api-refuses-unbound", label = label, actor = actor),
                Refusal::StoreUnreachable => {
                    text!("rs-api-cannot-reach-token", label = label)
                }
                Refusal::Denylisted => text!("rs-api-refuses-label-on", label = label),
                Refusal::Inactive { since } => text!("rs-api-asks-server-about", label = label, since = since),
                Refusal::IntrospectedExpired => {
                    text!("rs-api-asks-server-about-2", label = label)
                }
            }));
            return match (store_down, key_missing) {
                (true, _) => Outcome { server: vec![ServerAction::StoreUnavailable], ..outcome },
                (_, true) => Outcome { key_missing: true, ..outcome },
                _ => outcome,
            };
        }
        if let Some(needs) = call.needs {
            let scope = self.tokens[token].scope.clone().unwrap_or_default();
            if !super::server::scope_within(needs, &scope) {
                return with(Outcome {
                    www_authenticate: Some(format!("{scheme} error=\"insufficient_scope\", scope=\"{needs}\"")),
                    ..Outcome::fail(
                        403,
                        OAuthError::InsufficientScope,
                        text!("rs-insufficient-scope", label = label, needs = needs, scope = scope.as_str()),
                    )
                });
            }
        }
        let expires = self.tokens[token].expires_at.unwrap_or(now);
        let mut message = text!("rs-actor-calls-api-label", actor = actor, label = label, expires = expires);
        if rs.leeway > 0 || rs.clock_offset != 0 {
            message = message.then(text!("rs-s-on-api-s", seconds = expires + rs.leeway - rs.clock_offset));
        }
        message = message.then(text!("close-parenthesis"));
        if let Some(victim) = call.via {
            message = message.then(text!("rs-in-page-call", actor = actor, victim = victim));
        } else if self.pockets.get(actor).is_some_and(|pocket| pocket.thief) {
            message =
                message.then(text!("rs-api-cannot-tell-actor", actor = actor, user = self.tokens[token].user.as_str()));
        }
        let mut outcome = Outcome::ok(message);
        if self.config.strategy == Strategy::SlidingAccess {
            outcome = self.slide(token, now, call.prover, outcome);
        }
        with(outcome)
    }

    /// A sliding session: an accepted call also hands out a fresh access token, up to the session's cap.
    fn slide(&mut self, token: usize, now: i64, prover: &str, outcome: Outcome) -> Outcome {
        let family = self.tokens[token].family.index();
        let cap = self.families[family].absolute_expiry;
        if cap.is_some_and(|cap| now >= cap) {
            let cap = cap.unwrap_or(now);
            return Outcome { message: outcome.message.then(text!("rs-slide-capped", cap = cap)), ..outcome };
        }
        let expires = now + self.config.access_ttl;
        let until = cap.map_or(expires, |cap| cap.min(expires));
        let scope = self.tokens[token].scope.clone();
        let fresh = self.issue_access_until(family, now, Some(until), scope.as_deref(), prover);
        let label = self.label(fresh);
        Outcome {
            issued: vec![label],
            server: vec![ServerAction::AccessSlid],
            message: outcome.message.then(text!("rs-slide-fresh", label = label, until = until)),
            ..outcome
        }
    }
}

/// What a call brings besides its token.
pub struct CallRequest<'a> {
    /// Whose key the request proves (the DPoP proof's key, or the TLS certificate).
    pub prover: &'a str,
    pub needs: Option<&'a str>,
    pub via: Option<&'a str>,
}
