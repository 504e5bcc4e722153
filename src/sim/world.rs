//! The state a simulation runs on: every token and family issued so far, what each actor holds, the store,
//! and the signing key. The authorization server (`server.rs`) and the resource server (`resource.rs`) act on
//! it; `timeline.rs` drives them step by step.

use super::ids::{FamilyId, TokenId};
use super::outcome::{Outcome, RevocationReason, ServerAction};
use super::scenario::{Config, Loot};
use super::store::Store;
use super::tokens::{self, Claims, Family, Holding, RefreshStatus, Token, TokenKind};
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
            access_count: 0,
            refresh_count: 0,
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
        };
        self.families.push(family);
        self.members.push(Vec::new());
        self.current.push(Vec::new());
        let list = self.user_families.entry(user.to_owned()).or_default();
        list.push(index);
        let value = family_list(list);
        self.store.set(now, &format!("user:{user}:families"), value, None);
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

    /// Issues an access token in `family`.
    pub fn issue_access(&mut self, family: usize, now: i64) -> usize {
        let expires_at = Some(now + self.config.access_ttl);
        self.mint_token(TokenKind::Access, family, None, now, expires_at, expires_at)
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
    pub fn issue_refresh(&mut self, family: usize, parent: Option<usize>, now: i64) -> usize {
        let expires_at = self.refresh_expiry(family, now);
        // Under static_refresh each use moves the idle expiry on, so the JWT only carries the hard limit.
        let claimed_expiry = match self.config.strategy {
            super::scenario::Strategy::StaticRefresh => self.families[family].absolute_expiry,
            _ => expires_at,
        };
        let index = self.mint_token(TokenKind::Refresh, family, parent, now, expires_at, claimed_expiry);
        self.current[family].push(index);
        self.write_refresh(index, now);
        self.write_family(family, now);
        index
    }

    /// Labels, signs and records a new token; `claimed_expiry` is the `exp` its JWT carries, `expires_at` when
    /// the server stops accepting it.
    fn mint_token(
        &mut self,
        kind: TokenKind,
        family: usize,
        parent: Option<usize>,
        now: i64,
        expires_at: Option<i64>,
        claimed_expiry: Option<i64>,
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
        let claims =
            Claims { label, user: &user, family: family_id, issued_at: now, expires_at: claimed_expiry, generation };
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
