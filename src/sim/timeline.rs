//! Running a scenario: the steps are played in order on the virtual clock against the authorization server,
//! the resource server and the store, giving one `Event` per step and a `Summary` of what the attacker got.
//! The result, `Timeline`, is what both the command line and the Timeline tab show.

use super::exchange::Sender;
use super::ids::{FamilyId, TokenId};
use super::outcome::{OAuthError, RevocationReason, ServerAction};
use super::presets::Words;
use super::resource::CallRequest;
use super::resource::{self, ResourceView};
use super::scenario::{Action, ActionKind, Config, Scenario, Step};
use super::server::TokenRequest;
use super::store::Store;
use super::tokens::{self, Family, Token, TokenKind};
use super::wire::{Request, Response};
use super::world::World;
use crate::i18n::Text;
use crate::jose::keys::KeySet;
use crate::text;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// 0-based index of the step this event answers.
    pub step: usize,
    pub at: i64,
    pub actor: String,
    #[serde(rename = "do")]
    pub action: ActionKind,
    pub status: Option<u16>,
    pub error: Option<OAuthError>,
    pub www_authenticate: Option<String>,
    pub presented: Option<TokenId>,
    pub issued: Vec<TokenId>,
    /// Tokens copied by a `steal`, and from whom.
    pub stolen: Vec<TokenId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub family: Option<FamilyId>,
    pub server: Vec<ServerAction>,
    pub lost_response: bool,
    pub message: Text,
    pub narration: Option<Text>,
    /// Refused because the request could not prove the key the presented token is bound to.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub key_missing: bool,
    /// A call made by an attacker's script inside this actor's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// What was sent and answered on the wire; `None` for steps that send nothing.
    pub request: Option<Request>,
    pub response: Option<Response>,
    /// The commands the servers sent to the token store during the step, in Redis syntax.
    pub store: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Interval {
    pub from: i64,
    pub to: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revocation {
    pub family: FamilyId,
    pub at: i64,
    pub reason: RevocationReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// When an actor that stole tokens held an access token the API accepted.
    pub attacker_window: Vec<Interval>,
    pub attacker_seconds: i64,
    /// The virtual second of the first `reuse_detected`, false positives included.
    pub detected_at: Option<i64>,
    pub revoked_families: Vec<Revocation>,
    /// Calls by an attacker's script inside a victim's page that the API answered with 200.
    pub in_page_calls: usize,
}

/// Everything a run produced.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub name: Text,
    pub config: Config,
    /// The HS256 secret (UTF-8) every token of the run is signed with.
    pub secret: String,
    pub actors: Vec<String>,
    pub events: Vec<Event>,
    pub tokens: Vec<Token>,
    pub families: Vec<Family>,
    pub summary: Summary,
    store: Store,
    keys: KeySet,
    labels: HashMap<TokenId, usize>,
}

impl Timeline {
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn outages(&self) -> &[(i64, i64)] {
        self.store.outages()
    }

    pub fn token(&self, label: TokenId) -> Option<&Token> {
        self.token_index(label).map(|index| &self.tokens[index])
    }

    pub fn token_index(&self, label: TokenId) -> Option<usize> {
        self.labels.get(&label).copied()
    }

    /// Whether the resource server accepts the token at `token` (an index into `tokens`) at second `at`, judged by
    /// the same rule the run's calls were.
    pub fn accepts(&self, token: usize, at: i64) -> bool {
        self.tokens.get(token).is_some_and(|record| resource::verdict(self.resource_view(), record, at, true).is_ok())
    }

    fn resource_view(&self) -> ResourceView<'_> {
        ResourceView { config: &self.config, store: &self.store, keys: &self.keys }
    }

    /// The last second anything on the timeline happens: the last step or the last expiry, whichever is later.
    pub fn end(&self) -> i64 {
        let last_step = self.events.last().map_or(0, |event| event.at);
        // Access tokens issued near the end still matter (a thief's window); refresh tokens that live for days
        // would only squash the lesson into a corner.
        let last_access = self
            .tokens
            .iter()
            .filter(|token| token.kind == TokenKind::Access)
            .filter_map(|token| token.expires_at)
            .max()
            .unwrap_or(0);
        last_step.max(last_access.min(last_step + 2 * self.config.access_ttl)).max(1)
    }

    /// The event log as CSV (RFC 4180): one row per event.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("at,actor,do,presented,status,error,issued,server,message\n");
        for event in &self.events {
            let tokens = if event.stolen.is_empty() { &event.issued } else { &event.stolen };
            let fields = [
                event.at.to_string(),
                event.actor.clone(),
                event.action.name().to_owned(),
                event.presented.map_or(String::new(), |label| label.to_string()),
                event.status.map_or(String::new(), |status| status.to_string()),
                event.error.map_or(String::new(), |error| error.as_str().to_owned()),
                join(tokens, " "),
                event.server.iter().map(|action| action.as_str()).collect::<Vec<_>>().join(" "),
                event.message.to_string(),
            ];
            let row: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
        out
    }

    /// Unix seconds of virtual second `at`, for evaluating a token in the inspector.
    pub fn unix_time(at: i64) -> i64 {
        tokens::EPOCH + at
    }
}

#[derive(Serialize)]
struct Output<'a> {
    name: &'a Text,
    secret: &'a str,
    events: &'a [Event],
    summary: &'a Summary,
    tokens: Vec<TokenOutput<'a>>,
}

#[derive(Serialize)]
struct TokenOutput<'a> {
    label: TokenId,
    kind: TokenKind,
    family: FamilyId,
    issued_at: i64,
    expires_at: Option<i64>,
    holders: Vec<&'a str>,
    jwt: &'a str,
}

impl Timeline {
    /// The `simulate --json` object: `events` and `summary` as SIMULATION.md states, plus the name, the secret
    /// and every token issued.
    pub fn to_json(&self) -> serde_json::Value {
        let output = Output {
            name: &self.name,
            secret: &self.secret,
            events: &self.events,
            summary: &self.summary,
            tokens: self
                .tokens
                .iter()
                .map(|token| TokenOutput {
                    label: token.label,
                    kind: token.kind,
                    family: token.family,
                    issued_at: token.issued_at,
                    expires_at: token.expires_at,
                    holders: token.holders.iter().map(|holding| holding.actor.as_str()).collect(),
                    jwt: &token.jwt,
                })
                .collect(),
        };
        serde_json::to_value(output).unwrap_or_default()
    }
}

/// Runs `scenario` to the end. Deterministic: the same scenario gives the same timeline, byte for byte.
pub fn run(scenario: &Scenario) -> Timeline {
    let secret = tokens::scenario_secret(scenario);
    let mut world = World::new(scenario.config().clone(), &secret);
    let words = Words::of(scenario);
    let clients: HashSet<&str> =
        scenario.steps().iter().filter(|step| step.action == Action::Login).map(|step| step.actor.as_str()).collect();
    let events: Vec<Event> = scenario
        .steps()
        .iter()
        .enumerate()
        .map(|(index, step)| play(&mut world, &words, &clients, index, step))
        .collect();
    let summary = summarize(&world, &events);
    Timeline {
        name: words.name(scenario),
        config: scenario.config().clone(),
        secret,
        actors: scenario.actors(),
        events,
        summary,
        tokens: world.tokens,
        families: world.families,
        store: world.store,
        keys: world.keys,
        labels: world.labels,
    }
}

/// Plays one step against the servers and says what happened. `clients` are the actors with a login step: they
/// hold the confidential client's credentials.
fn play(world: &mut World, words: &Words, clients: &HashSet<&str>, index: usize, step: &Step) -> Event {
    let now = step.at;
    let actor = step.actor.as_str();
    // An in-page call uses the victim's tokens and key: the script runs where they are kept.
    let holder = step.via.as_deref().unwrap_or(actor);
    let presented = |world: &World, kind: TokenKind| -> Option<Result<usize, TokenId>> {
        match step.token {
            Some(label) => Some(world.labels.get(&label).copied().ok_or(label)),
            None => world.newest(holder, kind).map(Ok),
        }
    };
    let kind = match step.action {
        Action::Refresh => Some(TokenKind::Refresh),
        Action::Call | Action::Extend | Action::Deny => Some(TokenKind::Access),
        Action::Logout => None,
        _ => None,
    };
    let chosen = match (&step.action, kind) {
        (Action::Logout, _) => match step.token {
            Some(label) => Some(world.labels.get(&label).copied().ok_or(label)),
            None => world.newest(actor, TokenKind::Refresh).or_else(|| world.newest(actor, TokenKind::Access)).map(Ok),
        },
        (_, Some(kind)) => presented(world, kind),
        (_, None) => None,
    };
    let token = chosen.and_then(Result::ok);
    let prover = world.prover(holder, token, now);
    let credentials =
        clients.contains(actor) || world.pockets.get(actor).is_some_and(|pocket| pocket.client_credentials);
    let sender = Sender { prover: &prover, token, unknown: chosen.and_then(Result::err), credentials, step: index };
    world.store.take_commands();
    let request = world.request(step, &sender);
    let mut stolen = Vec::new();
    let outcome = match &step.action {
        Action::Login => world.login(actor, now),
        Action::Call => {
            let call = CallRequest { prover: &prover, needs: step.needs.as_deref(), via: step.via.as_deref() };
            world.call(actor, presented(world, TokenKind::Access), now, &call)
        }
        Action::Refresh => {
            let request = TokenRequest { prover: &prover, scope: step.scope.as_deref(), credentials };
            world.refresh(actor, presented(world, TokenKind::Refresh), now, &request)
        }
        Action::Extend => world.extend(actor, presented(world, TokenKind::Access), now),
        Action::Deny => world.deny(actor, presented(world, TokenKind::Access), now),
        Action::Logout => {
            let token = step.token.map(|label| world.labels.get(&label).copied().ok_or(label));
            world.logout(actor, token, now)
        }
        Action::PasswordChange => world.password_change(actor, now),
        Action::Steal { from, what } => {
            let (outcome, taken) = world.steal(actor, from, *what, now);
            stolen = taken;
            outcome
        }
        Action::StoreOutage { seconds } => world.store_outage(*seconds, now),
    };
    let response = world.response(step, &outcome);
    let store = world.store.take_commands();
    // With a lost response the server acted all the same; only the actor never gets what was issued.
    if !step.lose_response {
        for label in &outcome.issued {
            if let Some(token) = world.labels.get(label).copied() {
                world.give(holder, token, now, false);
            }
        }
    }
    let mut message = outcome.message;
    if step.lose_response && outcome.status.is_some() {
        message = message.then(if outcome.issued.is_empty() {
            text!("timeline-lost-response", actor = actor)
        } else {
            text!("timeline-lost-tokens", actor = actor, tokens = token_list(&outcome.issued))
        });
    }
    Event {
        step: index,
        at: now,
        actor: actor.to_owned(),
        action: step.action.kind(),
        status: outcome.status,
        error: outcome.error,
        www_authenticate: outcome.www_authenticate,
        presented: outcome.presented,
        issued: outcome.issued,
        stolen,
        from: match &step.action {
            Action::Steal { from, .. } => Some(from.clone()),
            _ => None,
        },
        family: outcome.family,
        server: outcome.server,
        lost_response: step.lose_response,
        message,
        narration: step.narration.as_deref().map(|narration| words.narration(index, narration)),
        key_missing: outcome.key_missing,
        via: step.via.clone(),
        request,
        response,
        store,
    }
}

fn summarize(world: &World, events: &[Event]) -> Summary {
    let mut intervals: Vec<Interval> = Vec::new();
    for token in &world.tokens {
        if token.kind != TokenKind::Access {
            continue;
        }
        // A bound token works for a thief only once it also holds the key.
        let key_since = |actor: &str| -> Option<i64> {
            match token.bound_to.as_deref() {
                None => Some(i64::MIN),
                Some(owner) if owner == actor => Some(i64::MIN),
                Some(owner) => {
                    world.pockets.get(actor)?.keys.iter().filter(|(o, _)| o == owner).map(|(_, at)| *at).min()
                }
            }
        };
        let thief_since = token
            .holders
            .iter()
            .filter(|holding| world.pockets.get(&holding.actor).is_some_and(|pocket| pocket.thief))
            .filter_map(|holding| Some(holding.since.max(key_since(&holding.actor)?)))
            .min();
        let Some(since) = thief_since else { continue };
        let view = world.resource_view();
        let mut points: Vec<i64> = resource::breakpoints(view, token).into_iter().filter(|at| *at > since).collect();
        points.push(since);
        points.sort_unstable();
        points.dedup();
        for pair in points.windows(2) {
            if resource::verdict(view, token, pair[0], true).is_ok() {
                intervals.push(Interval { from: pair[0], to: pair[1] });
            }
        }
    }
    intervals.sort_by_key(|interval| (interval.from, interval.to));
    let mut merged: Vec<Interval> = Vec::new();
    for interval in intervals {
        match merged.last_mut() {
            Some(last) if interval.from <= last.to => last.to = last.to.max(interval.to),
            _ => merged.push(interval),
        }
    }
    let detected_at =
        events.iter().find(|event| event.server.contains(&ServerAction::ReuseDetected)).map(|event| event.at);
    let mut revoked_families: Vec<Revocation> = world
        .families
        .iter()
        .filter_map(|family| Some(Revocation { family: family.id, at: family.revoked_at?, reason: family.revoked_by? }))
        .collect();
    revoked_families.sort_by_key(|revocation| revocation.at);
    Summary {
        attacker_seconds: merged.iter().map(|interval| interval.to - interval.from).sum(),
        attacker_window: merged,
        detected_at,
        revoked_families,
        in_page_calls: events.iter().filter(|event| event.via.is_some() && event.status == Some(200)).count(),
    }
}

/// Token labels in a sentence: "AT1", "AT1 and RT1", "AT1, AT2 and RT2".
pub(super) fn token_list(labels: &[TokenId]) -> Text {
    match labels {
        [] => Text::verbatim(""),
        [one] => Text::verbatim(one.to_string()),
        [init @ .., last] => text!("list-and", init = join(init, ", "), last = last.to_string()),
    }
}

/// Token labels joined for a message or a CSV cell.
pub(super) fn join(labels: &[TokenId], separator: &str) -> String {
    labels.iter().map(TokenId::to_string).collect::<Vec<_>>().join(separator)
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::presets;

    #[test]
    fn the_event_log_exports_as_csv_with_quoted_messages() {
        let timeline = run(&presets::by_name("normal-use").unwrap().scenario().unwrap());
        let csv = timeline.to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "at,actor,do,presented,status,error,issued,server,message");
        assert_eq!(lines.len(), 6);
        assert!(lines[3].starts_with("65,client,call,AT1,401,invalid_token,,,"), "{}", lines[3]);
        assert_eq!(csv_field("a \"b\", c"), "\"a \"\"b\"\", c\"");
    }
}
