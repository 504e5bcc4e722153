//! The authorization server: login, `/refresh` under the three strategies with reuse detection and the five
//! grace kinds, `/extend`, revocation (`deny`, logout, password change). The rules and their order are those of
//! SIMULATION.md; each answer carries a one-line account of what the server did and why, for a learner.

use super::ids::{FamilyId, TokenId};
use super::outcome::{OAuthError, Outcome, RevocationReason, ServerAction};
use super::scenario::{ClientAuth, DenylistTtl, GraceKind, Strategy};
use super::tokens::{RefreshStatus, TokenKind};
use super::world::World;
use crate::i18n::Text;
use crate::text;
use std::ops::ControlFlow;

/// What a refresh request brings besides its token: whose key it proves, the scope it asks for, and whether it
/// carries the confidential client's credentials.
pub struct TokenRequest<'a> {
    pub prover: &'a str,
    pub scope: Option<&'a str>,
    pub credentials: bool,
}

/// Whether every scope token of `asked` is in `granted` (RFC 6749 section 3.3: space-separated, order free).
pub fn scope_within(asked: &str, granted: &str) -> bool {
    asked.split(' ').all(|token| granted.split(' ').any(|granted| granted == token))
}

impl World {
    /// A request that needed the store while it was down: `tried` is the command that failed.
    pub(super) fn store_failed(&mut self, tried: String, message: Text) -> Outcome {
        self.store.read(tried);
        Outcome { server: vec![ServerAction::StoreUnavailable], ..Outcome::fail(500, OAuthError::ServerError, message) }
    }

    /// Rewrites a token-endpoint 400 to the configured status (Auth0 answers 403); 500 stays 500.
    fn token_error(&self, error: OAuthError, message: Text) -> Outcome {
        let status = self.config.token_error_status;
        Outcome::fail(status, error, message)
    }

    /// The token a grant presents, or the answer that ends the request: presenting none (`missing` says why) or
    /// one never issued (`unknown` says so).
    fn granted_token(
        &self,
        presented: Option<Result<usize, TokenId>>,
        missing: impl FnOnce() -> Text,
        unknown: impl FnOnce(TokenId) -> Text,
    ) -> ControlFlow<Outcome, usize> {
        match presented {
            None => ControlFlow::Break(self.token_error(OAuthError::InvalidRequest, missing())),
            Some(Err(label)) => {
                ControlFlow::Break(self.token_error(OAuthError::InvalidGrant, unknown(label)).presenting(Some(label)))
            }
            Some(Ok(token)) => ControlFlow::Continue(token),
        }
    }

    pub fn login(&mut self, actor: &str, now: i64) -> Outcome {
        if self.store.is_down(now) {
            let tried = format!("SADD user:{actor}:families {}", FamilyId::from_index(self.families.len()));
            return self.store_failed(
                tried,
                text!("server-actor-cannot-log-store", actor = actor, down = text!("server-store-down")),
            );
        }
        let family = self.start_family(actor, now);
        let access = match self.config.strategy {
            Strategy::SlidingAccess => {
                let cap = self.families[family].absolute_expiry;
                let expires =
                    Some(cap.map_or(now + self.config.access_ttl, |cap| cap.min(now + self.config.access_ttl)));
                self.issue_access_until(family, now, expires, None, actor)
            }
            _ => self.issue_access(family, now, None, actor),
        };
        let mut issued = vec![access];
        if !matches!(self.config.strategy, Strategy::ExtendAccess | Strategy::SlidingAccess) {
            issued.push(self.issue_refresh(family, None, now, actor));
        }
        let labels: Vec<TokenId> = issued.iter().map(|token| self.label(*token)).collect();
        let family_id = self.families[family].id;
        let expiry = self.tokens[access].expires_at.unwrap_or(now);
        let message = match issued.get(1) {
            Some(refresh) => text!(
                "server-actor-logs-server-starts",
                actor = actor,
                family_id = family_id,
                labels = labels[0],
                expiry = expiry,
                refresh = self.refresh_validity(*refresh)
            ),
            None => text!("server-actor-logs-gets-valid", actor = actor, labels = labels[0], expiry = expiry),
        };
        Outcome { issued: labels, server: vec![ServerAction::FamilyStarted], ..Outcome::ok(message) }
            .in_family(Some(family_id))
    }

    fn refresh_validity(&self, token: usize) -> Text {
        let record = &self.tokens[token];
        match record.expires_at {
            Some(at) => text!("server-valid-until-at-s", label = record.label, at = at),
            None => text!("server-no-expiry", label = record.label),
        }
    }

    /// The `/refresh` endpoint. `presented` is the token index, or `Err(label)` for a label never issued.
    pub fn refresh(
        &mut self,
        actor: &str,
        presented: Option<Result<usize, TokenId>>,
        now: i64,
        request: &TokenRequest<'_>,
    ) -> Outcome {
        let presented_label =
            presented.map(|presented| presented.map_or_else(|label| label, |token| self.label(token)));
        let presented_family = presented.and_then(Result::ok).map(|token| self.tokens[token].family);
        if self.store.is_down(now) {
            let tried = presented_label.map_or_else(|| "GET rt:".to_owned(), |label| format!("GET rt:{label}"));
            return self
                .store_failed(
                    tried,
                    text!("server-actor-cannot-refresh-store", actor = actor, down = text!("server-store-down")),
                )
                .presenting(presented_label)
                .in_family(presented_family);
        }
        if self.config.client_auth == ClientAuth::Secret && !request.credentials {
            return Outcome::fail(401, OAuthError::InvalidClient, text!("server-invalid-client", actor = actor))
                .presenting(presented_label);
        }
        if let Some(label) = presented_label {
            self.store.read(format!("GET rt:{label}"));
        }
        let missing = || text!("server-actor-has-no-refresh", actor = actor);
        let unknown = |label: TokenId| text!("server-never-issued", label = label.to_string());
        let token = match self.granted_token(presented, missing, unknown) {
            ControlFlow::Continue(token) => token,
            ControlFlow::Break(outcome) => return outcome,
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let with = |outcome: Outcome| outcome.presenting(Some(label)).in_family(Some(family_id));
        if self.tokens[token].kind != TokenKind::Refresh {
            return with(
                self.token_error(OAuthError::InvalidGrant, text!("server-label-access-token-refresh", label = label)),
            );
        }
        if let Some(owner) = self.tokens[token].bound_to.clone()
            && request.prover != owner
        {
            let message = text!("server-binding-mismatch", label = label, actor = actor, owner = owner.as_str());
            return with(Outcome {
                server: vec![ServerAction::BindingMismatch],
                key_missing: true,
                ..self.token_error(OAuthError::InvalidGrant, message)
            });
        }
        self.store.read(format!("GET family:{family_id}"));
        let family = family_id.index();
        if let (Some(at), Some(reason)) = (self.families[family].revoked_at, self.families[family].revoked_by) {
            let why = match reason {
                RevocationReason::ReuseDetected => text!("server-revoked-after-reuse"),
                RevocationReason::Logout => text!("server-revoked-at-logout"),
                RevocationReason::PasswordChange => text!("server-revoked-after-password-change"),
            };
            return with(self.token_error(
                OAuthError::InvalidGrant,
                text!("server-label-rejected-family-family", label = label, family_id = family_id, at = at, why = why),
            ));
        }
        if self.families[family].absolute_expiry.is_some_and(|expiry| now >= expiry) {
            let expiry = self.families[family].absolute_expiry.unwrap_or(now);
            return with(self.token_error(
                OAuthError::InvalidGrant,
                text!("server-label-rejected-session-s", label = label, expiry = expiry),
            ));
        }
        match self.tokens[token].status {
            Some(RefreshStatus::Current) => with(self.refresh_current(actor, token, family, now, request)),
            Some(RefreshStatus::Consumed) => with(self.refresh_consumed(actor, token, family, now, request)),
            _ => with(self.token_error(OAuthError::InvalidGrant, text!("server-label-was-revoked", label = label))),
        }
    }

    /// `invalid_scope` when the request asks beyond the family's grant: checked once the token is accepted, so
    /// that it consumes nothing.
    fn scope_refused(&self, family: usize, request: &TokenRequest<'_>) -> Option<Outcome> {
        let asked = request.scope?;
        let grant = &self.families[family].grant;
        (!scope_within(asked, grant)).then(|| {
            self.token_error(
                OAuthError::InvalidScope,
                text!("server-invalid-scope", asked = asked, grant = grant.as_str()),
            )
        })
    }

    fn refresh_current(
        &mut self,
        actor: &str,
        token: usize,
        family: usize,
        now: i64,
        request: &TokenRequest<'_>,
    ) -> Outcome {
        let label = self.label(token);
        if self.tokens[token].is_expired(now) {
            let at = self.tokens[token].expires_at.unwrap_or(now);
            return self
                .token_error(OAuthError::InvalidGrant, text!("server-label-expired-at-at", label = label, at = at));
        }
        if let Some(refused) = self.scope_refused(family, request) {
            return refused;
        }
        self.tokens[token].uses += 1;
        let access = self.issue_access(family, now, request.scope, request.prover);
        let access_label = self.label(access);
        match self.config.strategy {
            Strategy::Rotation => {
                self.consume(token, now);
                let child = self.issue_refresh(family, Some(token), now, request.prover);
                let message = text!(
                    "server-actor-refreshes-label-server",
                    actor = actor,
                    label = label,
                    access_label = access_label,
                    child = self.refresh_validity(child)
                );
                Outcome {
                    issued: vec![access_label, self.label(child)],
                    server: vec![ServerAction::Rotated],
                    ..Outcome::ok(message)
                }
            }
            _ => {
                self.tokens[token].expires_at = self.refresh_expiry(family, now);
                self.write_refresh(token, now);
                let message = text!(
                    "server-actor-refreshes-label-gets",
                    actor = actor,
                    label = label,
                    access_label = access_label,
                    until = self.tokens[token]
                        .expires_at
                        .map_or(Text::verbatim(""), |at| text!("server-valid-until", at = at))
                );
                Outcome { issued: vec![access_label], server: vec![ServerAction::AccessIssued], ..Outcome::ok(message) }
            }
        }
    }

    fn refresh_consumed(
        &mut self,
        actor: &str,
        token: usize,
        family: usize,
        now: i64,
        request: &TokenRequest<'_>,
    ) -> Outcome {
        let label = self.label(token);
        let record = &self.tokens[token];
        let consumed_at = record.consumed_at.unwrap_or(now);
        let grace = self.config.grace;
        let in_window = now < consumed_at + grace.seconds;
        let child_current =
            self.current[family].iter().copied().find(|current| self.tokens[*current].parent == Some(label));
        let accepted = match grace.kind {
            GraceKind::None => false,
            GraceKind::PreviousOnlyNewToken => child_current.is_some() && in_window,
            GraceKind::ParentAlways => child_current.is_some() || in_window,
            GraceKind::PreviousValidFor => in_window,
            GraceKind::Count => record.uses <= grace.count && !record.is_expired(now),
        };
        if accepted {
            if let Some(refused) = self.scope_refused(family, request) {
                return refused;
            }
            self.tokens[token].uses += 1;
            let access = self.issue_access(family, now, request.scope, request.prover);
            let access_label = self.label(access);
            if grace.kind == GraceKind::ParentAlways {
                let current = child_current.or_else(|| self.current[family].last().copied());
                let mut issued = vec![access_label];
                if let Some(current) = current {
                    issued.push(self.label(current));
                }
                let handed = issued.get(1).map_or(String::new(), TokenId::to_string);
                let message = text!(
                    "server-actor-presents-label-again",
                    actor = actor,
                    label = label,
                    access_label = access_label,
                    handed = handed
                );
                return Outcome { issued, server: vec![ServerAction::GraceAccepted], ..Outcome::ok(message) };
            }
            let child = self.issue_refresh(family, Some(token), now, request.prover);
            let child_label = self.label(child);
            let message = text!(
                "server-actor-presents-label-again-2",
                actor = actor,
                label = label,
                consumed_at = consumed_at,
                access_label = access_label,
                child_label = child_label,
                id = self.families[family].id
            );
            return Outcome {
                issued: vec![access_label, child_label],
                server: vec![ServerAction::GraceAccepted, ServerAction::Branched],
                ..Outcome::ok(message)
            };
        }
        if self.config.reuse_detection {
            let deactivate = self.config.revoke_access_on_reuse;
            self.revoke_family(family, now, RevocationReason::ReuseDetected, deactivate);
            let mut server = vec![ServerAction::ReuseDetected, ServerAction::FamilyRevoked];
            if deactivate {
                server.push(ServerAction::AccessDeactivated);
            }
            let message = text!(
                "server-label-was-already-used",
                label = label,
                consumed_at = consumed_at,
                id = self.families[family].id
            );
            return Outcome { server, ..self.token_error(OAuthError::InvalidGrant, message) };
        }
        self.token_error(
            OAuthError::InvalidGrant,
            text!("server-label-was-already-used-2", label = label, consumed_at = consumed_at),
        )
    }

    /// The naive `/extend` of the seed flow: any AT with a good signature, expired or not, buys a fresh one.
    pub fn extend(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        let missing = || text!("server-actor-has-no-access", actor = actor);
        let unknown = |label: TokenId| text!("server-never-issued-extend", label = label.to_string());
        let token = match self.granted_token(presented, missing, unknown) {
            ControlFlow::Continue(token) => token,
            ControlFlow::Break(outcome) => return outcome,
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let with = |outcome: Outcome| outcome.presenting(Some(label)).in_family(Some(family_id));
        if self.config.strategy != Strategy::ExtendAccess {
            return with(self.token_error(OAuthError::InvalidGrant, text!("server-does-not-extend")));
        }
        if let Some(problem) = super::resource::token_problem(self.resource_view(), &self.tokens[token], now, 0, true) {
            return with(
                self.token_error(OAuthError::InvalidGrant, text!("server-extend-refuses-problem", problem = problem)),
            );
        }
        let family = family_id.index();
        if let Some(at) = self.families[family].revoked_at {
            return with(self.token_error(
                OAuthError::InvalidGrant,
                text!("server-label-refused-session-family", label = label, family_id = family_id, at = at),
            ));
        }
        let access = self.issue_access(family, now, None, actor);
        let access_label = self.label(access);
        let expired = if self.tokens[token].is_expired(now) { "yes" } else { "no" };
        let message = text!(
            "server-actor-sends-expired-label",
            actor = actor,
            expired = expired,
            label = label,
            access_label = access_label
        );
        with(Outcome { issued: vec![access_label], server: vec![ServerAction::AccessExtended], ..Outcome::ok(message) })
    }

    /// `POST /revoke` of an access token: its id goes on the denylist in the store.
    /// When a denylist entry for `token` leaves the store, by the config's `denylist_ttl`.
    fn deny_until(&self, token: usize, now: i64) -> i64 {
        let exp = self.tokens[token].expires_at.unwrap_or(now);
        match self.config.resource_server.denylist_ttl {
            DenylistTtl::ExpPlusLeeway => exp + self.config.resource_server.leeway,
            DenylistTtl::Exp => exp,
        }
    }

    pub fn deny(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        if self.store.is_down(now) {
            let tried = match presented {
                Some(Ok(token)) if self.tokens[token].kind == TokenKind::Access => {
                    format!("SET deny:{} 1 EX {}", self.label(token), self.deny_until(token, now) - now)
                }
                Some(Ok(token)) => format!("GET rt:{}", self.label(token)),
                Some(Err(label)) => format!("GET rt:{label}"),
                None => "SET deny:".to_owned(),
            };
            return self.store_failed(
                tried,
                text!("server-actor-cannot-revoke-store", actor = actor, down = text!("server-store-down")),
            );
        }
        let token = match presented {
            Some(Ok(token)) if self.tokens[token].kind == TokenKind::Access => token,
            Some(Ok(token)) => {
                let label = self.label(token);
                return Outcome::ok(text!("server-revocation-answers-200-anything", label = label))
                    .presenting(Some(label));
            }
            Some(Err(label)) => {
                return Outcome::ok(text!("server-revocation-answers-200-even", label = label)).presenting(Some(label));
            }
            None => return Outcome::ok(text!("server-actor-has-no-access-2", actor = actor)),
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let exp = self.tokens[token].expires_at.unwrap_or(now);
        let leeway = self.config.resource_server.leeway;
        let until = self.deny_until(token, now);
        self.tokens[token].denied_at.get_or_insert(now);
        self.tokens[token].deny_expires_at = Some(until);
        // An entry that would expire at once (`EX` of 0 or less) is not written at all.
        if until > now {
            self.store.set(now, &format!("deny:{label}"), "1".into(), Some(until));
        }
        let mut message = text!("server-label-goes-on-denylist", label = label, until = until);
        if until < exp + leeway {
            message =
                message.then(text!("server-s-too-early-resource", early = exp + leeway - until, back = exp + leeway));
        } else if !self.config.resource_server.denylist {
            message = message.then(text!("server-denylist-unchecked"));
        }
        Outcome { server: vec![ServerAction::Denylisted], ..Outcome::ok(message) }
            .presenting(Some(label))
            .in_family(Some(family_id))
    }

    pub fn logout(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        if self.store.is_down(now) {
            let tried = match presented {
                Some(Ok(token)) => format!("GET rt:{}", self.label(token)),
                Some(Err(label)) => format!("GET rt:{label}"),
                None => self
                    .newest(actor, TokenKind::Refresh)
                    .map_or_else(|| "GET rt:".to_owned(), |token| format!("GET rt:{}", self.label(token))),
            };
            return self.store_failed(
                tried,
                text!("server-actor-cannot-log-out", actor = actor, down = text!("server-store-down")),
            );
        }
        let token = match presented {
            Some(Ok(token)) => Some(token),
            Some(Err(label)) => {
                return Outcome::ok(text!("server-logout-answers-200-even", label = label)).presenting(Some(label));
            }
            None => self.newest(actor, TokenKind::Refresh).or_else(|| self.newest(actor, TokenKind::Access)),
        };
        let Some(token) = token else {
            return Outcome::ok(text!("server-actor-holds-no-token", actor = actor));
        };
        let label = self.label(token);
        let record = if self.tokens[token].kind == TokenKind::Refresh { "rt" } else { "family" };
        let key = if record == "rt" { label.to_string() } else { self.tokens[token].family.to_string() };
        self.store.read(format!("GET {record}:{key}"));
        let family_id = self.tokens[token].family;
        let family = family_id.index();
        let presented_label = (self.tokens[token].kind == TokenKind::Refresh).then_some(label);
        if self.families[family].is_revoked() {
            return Outcome::ok(text!("server-actor-logs-out-family", actor = actor, family_id = family_id))
                .presenting(presented_label)
                .in_family(Some(family_id));
        }
        self.revoke_family(family, now, RevocationReason::Logout, true);
        let message = text!("server-actor-logs-out-family-2", actor = actor, family_id = family_id);
        Outcome { server: vec![ServerAction::FamilyRevoked], ..Outcome::ok(message) }
            .presenting(presented_label)
            .in_family(Some(family_id))
    }

    pub fn password_change(&mut self, actor: &str, now: i64) -> Outcome {
        let members = format!("SMEMBERS user:{actor}:families");
        if self.store.is_down(now) {
            return self.store_failed(
                members,
                text!("server-actor-cannot-change-password", actor = actor, down = text!("server-store-down")),
            );
        }
        self.store.read(members);
        let families = self.user_families.get(actor).cloned().unwrap_or_default();
        let live: Vec<usize> = families.into_iter().filter(|family| !self.families[*family].is_revoked()).collect();
        for family in &live {
            self.revoke_family(*family, now, RevocationReason::PasswordChange, true);
        }
        let ids: Vec<String> = live.iter().map(|family| self.families[*family].id.to_string()).collect();
        let message = if ids.is_empty() {
            text!("server-actor-changes-password-there", actor = actor)
        } else {
            text!("server-actor-changes-password-every", actor = actor, families = ids.join(", "))
        };
        let family = (live.len() == 1).then(|| self.families[live[0]].id);
        let server = if ids.is_empty() { Vec::new() } else { vec![ServerAction::FamiliesRevoked] };
        Outcome { server, family, ..Outcome::ok(message) }
    }
}
