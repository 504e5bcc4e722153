//! The authorization server: login, `/refresh` under the three strategies with reuse detection and the five
//! grace kinds, `/extend`, revocation (`deny`, logout, password change). The rules and their order are those of
//! SIMULATION.md; each answer carries a one-line account of what the server did and why, for a learner.

use super::ids::TokenId;
use super::outcome::{OAuthError, Outcome, RevocationReason, ServerAction};
use super::scenario::{DenylistTtl, GraceKind, Strategy};
use super::tokens::{RefreshStatus, TokenKind};
use super::world::World;
use std::ops::ControlFlow;

const STORE_DOWN: &str = "internal error: the token store is down, so the server cannot look anything up";

impl World {
    /// Rewrites a token-endpoint 400 to the configured status (Auth0 answers 403); 500 stays 500.
    fn token_error(&self, error: OAuthError, message: String) -> Outcome {
        let status = self.config.token_error_status;
        Outcome::fail(status, error, message)
    }

    /// The token a grant presents, or the answer that ends the request: presenting none (`missing` says why) or
    /// one never issued (`{label} {unknown}`).
    fn granted_token(
        &self,
        presented: Option<Result<usize, TokenId>>,
        missing: impl FnOnce() -> String,
        unknown: &str,
    ) -> ControlFlow<Outcome, usize> {
        match presented {
            None => ControlFlow::Break(self.token_error(OAuthError::InvalidRequest, missing())),
            Some(Err(label)) => ControlFlow::Break(
                self.token_error(OAuthError::InvalidGrant, format!("{label} {unknown}")).presenting(Some(label)),
            ),
            Some(Ok(token)) => ControlFlow::Continue(token),
        }
    }

    pub fn login(&mut self, actor: &str, now: i64) -> Outcome {
        if self.store.is_down(now) {
            return Outcome::fail(500, OAuthError::ServerError, format!("{actor} cannot log in: {STORE_DOWN}"));
        }
        let family = self.start_family(actor, now);
        let access = self.issue_access(family, now);
        let mut issued = vec![access];
        if self.config.strategy != Strategy::ExtendAccess {
            issued.push(self.issue_refresh(family, None, now));
        }
        let labels: Vec<TokenId> = issued.iter().map(|token| self.label(*token)).collect();
        let family_id = self.families[family].id;
        let expiry = self.tokens[access].expires_at.unwrap_or(now);
        let message = match issued.get(1) {
            Some(refresh) => format!(
                "{actor} logs in: the server starts family {family_id} and issues {} (valid until {expiry} s) and {}",
                labels[0],
                self.refresh_validity(*refresh)
            ),
            None => format!(
                "{actor} logs in and gets {} (valid until {expiry} s); there is no refresh token in this design",
                labels[0]
            ),
        };
        Outcome { issued: labels, server: vec![ServerAction::FamilyStarted], ..Outcome::ok(message) }
            .in_family(Some(family_id))
    }

    fn refresh_validity(&self, token: usize) -> String {
        let record = &self.tokens[token];
        match record.expires_at {
            Some(at) => format!("{} (valid until {at} s)", record.label),
            None => format!("{} (no expiry)", record.label),
        }
    }

    /// The `/refresh` endpoint. `presented` is the token index, or `Err(label)` for a label never issued.
    pub fn refresh(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        let missing = || format!("{actor} has no refresh token to present");
        let token = match self.granted_token(presented, missing, "is unknown to the server: it was never issued") {
            ControlFlow::Continue(token) => token,
            ControlFlow::Break(outcome) => return outcome,
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let with = |outcome: Outcome| outcome.presenting(Some(label)).in_family(Some(family_id));
        if self.store.is_down(now) {
            return with(Outcome::fail(500, OAuthError::ServerError, format!("{actor} cannot refresh: {STORE_DOWN}")));
        }
        if self.tokens[token].kind != TokenKind::Refresh {
            return with(
                self.token_error(OAuthError::InvalidGrant, format!("{label} is an access token, not a refresh token")),
            );
        }
        let family = family_id.index();
        if let (Some(at), Some(reason)) = (self.families[family].revoked_at, self.families[family].revoked_by) {
            let why = match reason {
                RevocationReason::ReuseDetected => "after reuse was detected",
                RevocationReason::Logout => "at logout",
                RevocationReason::PasswordChange => "after a password change",
            };
            return with(self.token_error(
                OAuthError::InvalidGrant,
                format!("{label} is rejected: family {family_id} was revoked at {at} s {why}"),
            ));
        }
        if self.families[family].absolute_expiry.is_some_and(|expiry| now >= expiry) {
            let expiry = self.families[family].absolute_expiry.unwrap_or(now);
            return with(self.token_error(
                OAuthError::InvalidGrant,
                format!("{label} is rejected: the session's absolute lifetime ended at {expiry} s; log in again"),
            ));
        }
        match self.tokens[token].status {
            Some(RefreshStatus::Current) => with(self.refresh_current(actor, token, family, now)),
            Some(RefreshStatus::Consumed) => with(self.refresh_consumed(actor, token, family, now)),
            _ => with(self.token_error(OAuthError::InvalidGrant, format!("{label} was revoked"))),
        }
    }

    fn refresh_current(&mut self, actor: &str, token: usize, family: usize, now: i64) -> Outcome {
        let label = self.label(token);
        if self.tokens[token].is_expired(now) {
            let at = self.tokens[token].expires_at.unwrap_or(now);
            return self.token_error(
                OAuthError::InvalidGrant,
                format!("{label} expired at {at} s: it sat unused longer than the idle lifetime; log in again"),
            );
        }
        self.tokens[token].uses += 1;
        let access = self.issue_access(family, now);
        let access_label = self.label(access);
        match self.config.strategy {
            Strategy::Rotation => {
                self.consume(token, now);
                let child = self.issue_refresh(family, Some(token), now);
                let message = format!(
                    "{actor} refreshes with {label}: the server marks it consumed and issues {access_label} and {}",
                    self.refresh_validity(child)
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
                let message = format!(
                    "{actor} refreshes with {label} and gets {access_label}; {label} stays the same and stays valid{}",
                    self.tokens[token].expires_at.map_or(String::new(), |at| format!(" until {at} s"))
                );
                Outcome { issued: vec![access_label], server: vec![ServerAction::AccessIssued], ..Outcome::ok(message) }
            }
        }
    }

    fn refresh_consumed(&mut self, actor: &str, token: usize, family: usize, now: i64) -> Outcome {
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
            self.tokens[token].uses += 1;
            let access = self.issue_access(family, now);
            let access_label = self.label(access);
            if grace.kind == GraceKind::ParentAlways {
                let current = child_current.or_else(|| self.current[family].last().copied());
                let mut issued = vec![access_label];
                if let Some(current) = current {
                    issued.push(self.label(current));
                }
                let handed = issued.get(1).map_or(String::new(), TokenId::to_string);
                let message = format!(
                    "{actor} presents {label} again, already consumed; inside the grace rule the server returns \
                     {access_label} and the current {handed}"
                );
                return Outcome { issued, server: vec![ServerAction::GraceAccepted], ..Outcome::ok(message) };
            }
            let child = self.issue_refresh(family, Some(token), now);
            let child_label = self.label(child);
            let message = format!(
                "{actor} presents {label} again, already consumed at {consumed_at} s; inside the grace rule the \
                 server issues {access_label} and {child_label}, so family {} branches",
                self.families[family].id
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
            let message = format!(
                "{label} was already used at {consumed_at} s: reuse detected. The server cannot tell the thief from \
                 the owner, so it revokes family {} and every refresh token in it",
                self.families[family].id
            );
            return Outcome { server, ..self.token_error(OAuthError::InvalidGrant, message) };
        }
        self.token_error(
            OAuthError::InvalidGrant,
            format!("{label} was already used at {consumed_at} s; without reuse detection the server just refuses it"),
        )
    }

    /// The naive `/extend` of the seed flow: any AT with a good signature, expired or not, buys a fresh one.
    pub fn extend(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        let missing = || format!("{actor} has no access token to extend");
        let token = match self.granted_token(presented, missing, "is unknown: it was never issued") {
            ControlFlow::Continue(token) => token,
            ControlFlow::Break(outcome) => return outcome,
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let with = |outcome: Outcome| outcome.presenting(Some(label)).in_family(Some(family_id));
        if self.config.strategy != Strategy::ExtendAccess {
            return with(self.token_error(
                OAuthError::InvalidGrant,
                "this server does not extend access tokens: it uses refresh tokens".to_owned(),
            ));
        }
        if let Some(problem) = super::resource::token_problem(self.resource_view(), &self.tokens[token], now, 0, true) {
            return with(self.token_error(OAuthError::InvalidGrant, format!("/extend refuses it: {problem}")));
        }
        let family = family_id.index();
        if let Some(at) = self.families[family].revoked_at {
            return with(self.token_error(
                OAuthError::InvalidGrant,
                format!("{label} is refused: the session {family_id} was revoked at {at} s"),
            ));
        }
        let access = self.issue_access(family, now);
        let access_label = self.label(access);
        let expired = if self.tokens[token].is_expired(now) { "expired " } else { "" };
        let message = format!(
            "{actor} sends the {expired}{label} to /extend; its signature is good, so the server issues {access_label}: \
             whoever holds any access token can stay logged in forever"
        );
        with(Outcome { issued: vec![access_label], server: vec![ServerAction::AccessExtended], ..Outcome::ok(message) })
    }

    /// `POST /revoke` of an access token: its id goes on the denylist in the store.
    pub fn deny(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        if self.store.is_down(now) {
            return Outcome::fail(500, OAuthError::ServerError, format!("{actor} cannot revoke: {STORE_DOWN}"));
        }
        let token = match presented {
            Some(Ok(token)) if self.tokens[token].kind == TokenKind::Access => token,
            Some(Ok(token)) => {
                let label = self.label(token);
                return Outcome::ok(format!("revocation answers 200 for anything; {label} is not an access token"))
                    .presenting(Some(label));
            }
            Some(Err(label)) => {
                return Outcome::ok(format!("revocation answers 200 even for an unknown token such as {label}"))
                    .presenting(Some(label));
            }
            None => return Outcome::ok(format!("{actor} has no access token; revocation answers 200 anyway")),
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let exp = self.tokens[token].expires_at.unwrap_or(now);
        let leeway = self.config.resource_server.leeway;
        let until = match self.config.resource_server.denylist_ttl {
            DenylistTtl::ExpPlusLeeway => exp + leeway,
            DenylistTtl::Exp => exp,
        };
        self.tokens[token].denied_at.get_or_insert(now);
        self.tokens[token].deny_expires_at = Some(until);
        self.store.set(now, &format!("deny:{label}"), "revoked".into(), Some(until));
        let mut message = format!("{label} goes on the denylist until {until} s");
        if until < exp + leeway {
            message.push_str(&format!(
                ": that is {} s too early, the resource server's leeway lets it back in until {} s",
                exp + leeway - until,
                exp + leeway
            ));
        } else if !self.config.resource_server.denylist {
            message.push_str(", but this resource server does not check the denylist");
        }
        Outcome { server: vec![ServerAction::Denylisted], ..Outcome::ok(message) }
            .presenting(Some(label))
            .in_family(Some(family_id))
    }

    pub fn logout(&mut self, actor: &str, presented: Option<Result<usize, TokenId>>, now: i64) -> Outcome {
        if self.store.is_down(now) {
            return Outcome::fail(500, OAuthError::ServerError, format!("{actor} cannot log out: {STORE_DOWN}"));
        }
        let token = match presented {
            Some(Ok(token)) => Some(token),
            Some(Err(label)) => {
                return Outcome::ok(format!("logout answers 200 even for an unknown token such as {label}"))
                    .presenting(Some(label));
            }
            None => self.newest(actor, TokenKind::Refresh).or_else(|| self.newest(actor, TokenKind::Access)),
        };
        let Some(token) = token else {
            return Outcome::ok(format!("{actor} holds no token; logout answers 200 anyway"));
        };
        let label = self.label(token);
        let family_id = self.tokens[token].family;
        let family = family_id.index();
        let presented_label = (self.tokens[token].kind == TokenKind::Refresh).then_some(label);
        if self.families[family].is_revoked() {
            return Outcome::ok(format!("{actor} logs out; family {family_id} was already revoked"))
                .presenting(presented_label)
                .in_family(Some(family_id));
        }
        self.revoke_family(family, now, RevocationReason::Logout, true);
        let message = format!(
            "{actor} logs out: family {family_id} is revoked. Its access tokens still pass a resource server that \
             validates them locally until they expire"
        );
        Outcome { server: vec![ServerAction::FamilyRevoked], ..Outcome::ok(message) }
            .presenting(presented_label)
            .in_family(Some(family_id))
    }

    pub fn password_change(&mut self, actor: &str, now: i64) -> Outcome {
        if self.store.is_down(now) {
            return Outcome::fail(
                500,
                OAuthError::ServerError,
                format!("{actor} cannot change the password: {STORE_DOWN}"),
            );
        }
        let families = self.user_families.get(actor).cloned().unwrap_or_default();
        let live: Vec<usize> = families.into_iter().filter(|family| !self.families[*family].is_revoked()).collect();
        for family in &live {
            self.revoke_family(*family, now, RevocationReason::PasswordChange, true);
        }
        let ids: Vec<String> = live.iter().map(|family| self.families[*family].id.to_string()).collect();
        let message = if ids.is_empty() {
            format!("{actor} changes the password; there was no live session to revoke")
        } else {
            format!(
                "{actor} changes the password: every session of {actor} is revoked ({}); issued access tokens live \
                 on until they expire unless the resource server checks with the server",
                ids.join(", ")
            )
        };
        let family = (live.len() == 1).then(|| self.families[live[0]].id);
        let server = if ids.is_empty() { Vec::new() } else { vec![ServerAction::FamiliesRevoked] };
        Outcome { server, family, ..Outcome::ok(message) }
    }
}
