//! The state a simulation runs on: every token and family issued so far, what each actor holds, the store,
//! and the signing key. The authorization server (`server.rs`) and the resource server (`resource.rs`) act on
//! it; `timeline.rs` drives them step by step.

use super::ids::{FamilyId, TokenId};
use super::outcome::{Outcome, RevocationReason, ServerAction};
use super::scenario::{ClientAuth, Config, Loot, SenderConstraint};
use super::store::Store;
use super::tokens::{self, Claims, Confirmation, Family, Holding, RefreshStatus, Token, TokenKind};
use super::wire::ActorKey;
use crate::jose::keys::{Key, KeySet};
use crate::text;
use serde::Serialize;
use std::collections::HashMap;

/// The newest tokens an actor acquired: what it presents by default.
#[derive(Debug, Clone, Default)]
pub struct Pocket {
    pub access: Option<usize>,
    pub refresh: Option<usize>,
    /// Set once the actor copied someone's tokens.
    pub thief: bool,
    /// Other actors' keys this actor holds (copied out of their client), with the second it got each.
    pub keys: Vec<(String, i64)>,
    /// The confidential client's credentials: the legitimate client has them, a thief only after stealing them.
    pub client_credentials: bool,
}

pub struct World {
    pub config: Config,
    pub key: Key,
    pub keys: KeySet,
    pub tokens: Vec<Token>,
    pub labels: HashMap<TokenId, usize>,
    pub families: Vec<Family>,
    /// Every token of each family, in issue order.
    pub members: Vec<Vec<usize>>,
    /// The refresh tokens of each family whose status is current (more than one once a family branches).
    pub current: Vec<Vec<usize>>,
    /// Family indices of each user.
    pub user_families: HashMap<String, Vec<usize>>,
    pub pockets: HashMap<String, Pocket>,
    pub store: Store,
    /// Each actor's own DPoP key or client certificate, made on first use.
    actor_keys: HashMap<String, ActorKey>,
    /// The scenario's secret, from which every actor key and the client secret are derived.
    secret: String,
    access_count: u32,
    refresh_count: u32,
}

impl World {
    pub fn new(config: Config, secret: &str) -> World {
        let key = tokens::signing_key(secret);
        World {
            config,
            keys: KeySet::single(key.clone()),
            key,
            tokens: Vec::new(),
            labels: HashMap::new(),
            families: Vec::new(),
            members: Vec::new(),
            current: Vec::new(),
            user_families: HashMap::new(),
            pockets: HashMap::new(),
            store: Store::default(),
            actor_keys: HashMap::new(),
            secret: secret.to_owned(),
            access_count: 0,
            refresh_count: 0,
        }
    }

    /// `actor`'s own key, made from the scenario's secret the first time it is needed.
    pub fn actor_key(&mut self, actor: &str) -> &ActorKey {
        let constraint = self.config.sender_constraint;
        let secret = &self.secret;
        self.actor_keys.entry(actor.to_owned()).or_insert_with(|| ActorKey::new(constraint, secret, actor))
    }

    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// The client secret of a confidential client, derived from the scenario's secret.
    pub fn client_secret(&self) -> String {
        super::wire::client_secret(&self.secret)
    }

    pub fn client_id(&self) -> &'static str {
        match self.config.client_auth {
            ClientAuth::None => super::wire::PUBLIC_CLIENT_ID,
            ClientAuth::Secret => super::wire::CONFIDENTIAL_CLIENT_ID,
        }
    }

    /// Whether `actor` can prove `owner`'s key at `now`: its own, or one it copied.
    pub fn holds_key(&self, actor: &str, owner: &str, now: i64) -> bool {
        actor == owner
            || self
                .pockets
                .get(actor)
                .is_some_and(|pocket| pocket.keys.iter().any(|(o, since)| o == owner && *since <= now))
    }

    /// Whose key `actor` proves when it presents `token`: the token's own key when it holds it, else its own.
    pub fn prover(&self, actor: &str, token: Option<usize>, now: i64) -> String {
        match token.and_then(|token| self.tokens[token].bound_to.as_deref()) {
            Some(owner) if self.holds_key(actor, owner, now) => owner.to_owned(),
            _ => actor.to_owned(),
        }
    }

    pub fn pocket(&mut self, actor: &str) -> &mut Pocket {
        self.pockets.entry(actor.to_owned()).or_default()
    }

    pub fn newest(&self, actor: &str, kind: TokenKind) -> Option<usize> {
        let pocket = self.pockets.get(actor)?;
        match kind {
            TokenKind::Access => pocket.access,
            TokenKind::Refresh => pocket.refresh,
        }
    }

    pub fn give(&mut self, actor: &str, token: usize, at: i64, stolen: bool) {
        self.tokens[token].holders.push(Holding { actor: actor.to_owned(), since: at, stolen });
        let kind = self.tokens[token].kind;
        let pocket = self.pocket(actor);
        match kind {
            TokenKind::Access => pocket.access = Some(token),
            TokenKind::Refresh => pocket.refresh = Some(token),
        }
    }

    pub fn label(&self, token: usize) -> TokenId {
        self.tokens[token].label
    }

    /// The family a token belongs to, as an index into `families`.
    pub fn family_of(&self, token: usize) -> usize {
        self.tokens[token].family.index()
    }

    pub fn start_family(&mut self, user: &str, now: i64) -> usize {
        let index = self.families.len();
        let family = Family {
            id: FamilyId::from_index(index),
            user: user.to_owned(),
            absolute_expiry: self.config.refresh_absolute.map(|absolute| now + absolute),
            revoked_at: None,
            revoked_by: None,
            grant: self.config.scope.clone(),
            started_at: now,
        };
        self.families.push(family);
        self.members.push(Vec::new());
        self.current.push(Vec::new());
        let list = self.user_families.entry(user.to_owned()).or_default();
        list.push(index);
        let value = family_list(list);
        let member = FamilyId::from_index(index).to_string();
        self.store.add_member(now, &format!("user:{user}:families"), &member, value);
        self.write_family(index, now);
        index
    }

    pub fn write_family(&mut self, family: usize, now: i64) {
        #[derive(Serialize)]
        struct Record<'a> {
            user: &'a str,
            current: Vec<TokenId>,
            absolute_expiry: Option<i64>,
            status: &'static str,
        }
        let family_record = &self.families[family];
        let record = Record {
            user: &family_record.user,
            current: self.current[family].iter().map(|token| self.tokens[*token].label).collect(),
            absolute_expiry: family_record.absolute_expiry,
            status: if family_record.is_revoked() { "revoked" } else { "active" },
        };
        let key = format!("family:{}", family_record.id);
        let expires = family_record.absolute_expiry;
        let value = serde_json::to_string(&record).unwrap_or_default();
        self.store.set(now, &key, value, expires);
    }

    pub fn write_refresh(&mut self, token: usize, now: i64) {
        let record = &self.tokens[token];
        let status = match record.status {
            Some(RefreshStatus::Current) => "current",
            Some(RefreshStatus::Consumed) => "consumed",
            Some(RefreshStatus::Revoked) | None => "revoked",
        };
        #[derive(Serialize)]
        struct Record {
            family: FamilyId,
            generation: u32,
            parent: Option<TokenId>,
            status: &'static str,
        }
        let value = serde_json::to_string(&Record {
            family: record.family,
            generation: record.generation,
            parent: record.parent,
            status,
        })
        .unwrap_or_default();
        // A current RT lives until it expires; a consumed or revoked one is kept until its family expires, so
        // that a replay is recognised as reuse rather than as an unknown token.
        let family_expiry = self.families[record.family.index()].absolute_expiry;
        let expires = match record.status {
            Some(RefreshStatus::Current) => record.expires_at,
            _ => family_expiry,
        };
        let key = format!("rt:{}", record.label);
        self.store.set(now, &key, value, expires);
    }

    /// Issues an access token in `family` with `scope` (the family's grant when `None`), bound to `bound_to`'s
    /// key when tokens are sender-constrained.
    pub fn issue_access(&mut self, family: usize, now: i64, scope: Option<&str>, bound_to: &str) -> usize {
        let expires_at = Some(now + self.config.access_ttl);
        self.issue_access_until(family, now, expires_at, scope, bound_to)
    }

    /// An access token expiring at `expires_at` (a sliding session caps it at the session's end).
    pub fn issue_access_until(
        &mut self,
        family: usize,
        now: i64,
        expires_at: Option<i64>,
        scope: Option<&str>,
        bound_to: &str,
    ) -> usize {
        let scope = scope.map_or_else(|| self.families[family].grant.clone(), str::to_owned);
        let bound = (self.config.sender_constraint != SenderConstraint::None).then(|| bound_to.to_owned());
        let index = self.mint_token(TokenKind::Access, family, None, now, expires_at, expires_at, Some(&scope), bound);
        self.tokens[index].scope = Some(scope);
        index
    }

    /// When a refresh token issued (or used) at `now` in `family` stops being accepted.
    pub fn refresh_expiry(&self, family: usize, now: i64) -> Option<i64> {
        let idle = self.config.refresh_idle.map(|idle| now + idle);
        match (idle, self.families[family].absolute_expiry) {
            (Some(idle), Some(absolute)) => Some(idle.min(absolute)),
            (idle, absolute) => idle.or(absolute),
        }
    }

    /// Issues a refresh token in `family`, a child of `parent` when rotating.
    pub fn issue_refresh(&mut self, family: usize, parent: Option<usize>, now: i64, bound_to: &str) -> usize {
        let expires_at = self.refresh_expiry(family, now);
        // Under static_refresh each use moves the idle expiry on, so the JWT only carries the hard limit.
        let claimed_expiry = match self.config.strategy {
            super::scenario::Strategy::StaticRefresh => self.families[family].absolute_expiry,
            _ => expires_at,
        };
        let bound = (self.config.sender_constraint != SenderConstraint::None).then(|| bound_to.to_owned());
        let index = self.mint_token(TokenKind::Refresh, family, parent, now, expires_at, claimed_expiry, None, bound);
        self.current[family].push(index);
        self.write_refresh(index, now);
        self.write_family(family, now);
        index
    }

    /// Labels, signs and records a new token; `claimed_expiry` is the `exp` its JWT carries, `expires_at` when
    /// the server stops accepting it.
    #[allow(clippy::too_many_arguments)]
    fn mint_token(
        &mut self,
        kind: TokenKind,
        family: usize,
        parent: Option<usize>,
        now: i64,
        expires_at: Option<i64>,
        claimed_expiry: Option<i64>,
        scope: Option<&str>,
        bound_to: Option<String>,
    ) -> usize {
        let count = match kind {
            TokenKind::Access => &mut self.access_count,
            TokenKind::Refresh => &mut self.refresh_count,
        };
        *count += 1;
        let label = TokenId::new(kind, *count);
        let generation = match kind {
            TokenKind::Access => 0,
            TokenKind::Refresh => parent.map_or(1, |parent| self.tokens[parent].generation + 1),
        };
        let user = self.families[family].user.clone();
        let family_id = self.families[family].id;
        let access = kind == TokenKind::Access;
        let client_id = self.client_id();
        // Only access tokens carry the binding: the server keeps a refresh token's binding in its own records.
        let thumbprint = match (&bound_to, access) {
            (Some(owner), true) => Some(self.actor_key(owner).thumbprint.clone()),
            _ => None,
        };
        let cnf = thumbprint.as_deref().map(|thumbprint| match self.config.sender_constraint {
            SenderConstraint::Mtls => Confirmation::X5tS256(thumbprint),
            _ => Confirmation::Jkt(thumbprint),
        });
        let claims = Claims {
            label,
            user: &user,
            family: family_id,
            issued_at: now,
            expires_at: claimed_expiry,
            generation,
            client_id: access.then_some(client_id),
            scope: if access { scope } else { None },
            cnf,
        };
        let jwt = tokens::mint(&claims, &self.key);
        self.push_token(Token {
            label,
            kind,
            jwt,
            family: family_id,
            user,
            issued_at: now,
            expires_at,
            generation,
            parent: parent.map(|parent| self.tokens[parent].label),
            status: (kind == TokenKind::Refresh).then_some(RefreshStatus::Current),
            consumed_at: None,
            revoked_at: None,
            inactive_at: None,
            denied_at: None,
            deny_expires_at: None,
            uses: 0,
            holders: Vec::new(),
            scope: None,
            bound_to,
        })
    }

    /// Marks a current refresh token consumed (rotated away).
    pub fn consume(&mut self, token: usize, now: i64) {
        self.tokens[token].status = Some(RefreshStatus::Consumed);
        self.tokens[token].consumed_at = Some(now);
        let family = self.family_of(token);
        self.current[family].retain(|current| *current != token);
        self.write_refresh(token, now);
    }

    fn push_token(&mut self, token: Token) -> usize {
        let index = self.tokens.len();
        self.members[token.family.index()].push(index);
        self.labels.insert(token.label, index);
        self.tokens.push(token);
        index
    }

    /// `steal`: `actor` copies `from`'s newest tokens of the kinds `what` names. No request is made.
    pub fn steal(&mut self, actor: &str, from: &str, what: Loot, now: i64) -> (Outcome, Vec<TokenId>) {
        let kinds: &[TokenKind] = match what {
            Loot::Access => &[TokenKind::Access],
            Loot::Refresh => &[TokenKind::Refresh],
            Loot::Both => &[TokenKind::Access, TokenKind::Refresh],
            Loot::Key => return (self.steal_key(actor, from, now), Vec::new()),
            Loot::ClientSecret => {
                self.pocket(actor).client_credentials = true;
                self.pocket(actor).thief = true;
                let message = match self.config.client_auth {
                    ClientAuth::Secret => text!("world-steals-client-secret", actor = actor, from = from),
                    ClientAuth::None => text!("world-steals-client-secret-public", actor = actor, from = from),
                };
                return (Outcome::quiet(message), Vec::new());
            }
        };
        let mut stolen = Vec::new();
        for kind in kinds {
            if let Some(token) = self.newest(from, *kind) {
                self.give(actor, token, now, true);
                stolen.push(self.label(token));
            }
        }
        self.pocket(actor).thief = true;
        let message = if stolen.is_empty() {
            text!("world-actor-tries-steal-from", actor = actor, from = from)
        } else {
            text!(
                "world-actor-copies-from-from",
                actor = actor,
                tokens = super::timeline::token_list(&stolen),
                from = from
            )
        };
        (Outcome::quiet(message), stolen)
    }

    /// `steal` of a key: copied only from a client that keeps it where a script can read it.
    fn steal_key(&mut self, actor: &str, from: &str, now: i64) -> Outcome {
        self.pocket(actor).thief = true;
        let message = match (self.config.sender_constraint, self.config.key_extractable) {
            (SenderConstraint::None, _) => text!("world-steal-key-none", actor = actor, from = from),
            (_, false) => text!("world-steal-key-not-extractable", actor = actor, from = from),
            (constraint, true) => {
                self.actor_key(from);
                self.pocket(actor).keys.push((from.to_owned(), now));
                let what = if constraint == SenderConstraint::Mtls { "certificate" } else { "dpop" };
                text!("world-steal-key-copied", actor = actor, from = from, what = what)
            }
        };
        Outcome::quiet(message)
    }

    /// `store_outage`: the store is down from `now` for `seconds`.
    pub fn store_outage(&mut self, seconds: i64, now: i64) -> Outcome {
        self.store.add_outage(now, seconds);
        Outcome {
            server: vec![ServerAction::StoreDown],
            ..Outcome::quiet(text!("world-token-store-goes-down", seconds = seconds, until = now + seconds))
        }
    }

    /// Revokes a family: none of its refresh tokens works again; its access tokens turn inactive for an
    /// introspecting resource server when `deactivate_access` is set.
    pub fn revoke_family(&mut self, family: usize, now: i64, reason: RevocationReason, deactivate_access: bool) {
        if self.families[family].is_revoked() {
            return;
        }
        self.families[family].revoked_at = Some(now);
        self.families[family].revoked_by = Some(reason);
        self.current[family].clear();
        for index in self.members[family].clone() {
            let token = &mut self.tokens[index];
            match token.kind {
                TokenKind::Refresh => {
                    token.status = Some(RefreshStatus::Revoked);
                    token.revoked_at.get_or_insert(now);
                    self.write_refresh(index, now);
                }
                TokenKind::Access if deactivate_access => {
                    token.inactive_at.get_or_insert(now);
                }
                TokenKind::Access => {}
            }
        }
        self.write_family(family, now);
    }
}

/// `user:<name>:families` as a short list: a set in Redis; here its members, elided in the middle when long.
fn family_list(families: &[usize]) -> String {
    let id = |family: &usize| FamilyId::from_index(*family).to_string();
    if families.len() <= 6 {
        return families.iter().map(id).collect::<Vec<_>>().join(", ");
    }
    let head: Vec<String> = families[..2].iter().map(id).collect();
    let tail: Vec<String> = families[families.len() - 3..].iter().map(id).collect();
    format!("{}, …, {} ({} families)", head.join(", "), tail.join(", "), families.len())
}
