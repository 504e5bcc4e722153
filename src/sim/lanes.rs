//! What the Timeline tab draws, computed once per run: each token's bars in the lanes of the actors that held it
//! (valid, then consumed or revoked), where each event's request goes, and the moments the lesson turns on
//! (reuse detected, a family revoked); each store key's life as a bar in the store lane; how long the resource
//! server still accepts each access token (its leeway). The painter only maps these to pixels.

use super::outcome::RevocationReason;
use super::scenario::ActionKind;
use super::timeline::{Event, Timeline};
use super::tokens::{RefreshStatus, TokenKind};
use crate::i18n::Text;
use crate::text;
use std::collections::HashMap;

/// The phase of a token during a bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Valid,
    /// A rotated refresh token: kept by the server to recognise reuse.
    Consumed,
    /// Revoked with its family, denylisted, or inactive for introspection.
    Revoked,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub token: usize,
    /// Index into `Timeline::actors`.
    pub lane: usize,
    pub from: i64,
    pub to: i64,
    pub phase: Phase,
    pub stolen: bool,
}

/// Where an event's request goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    AuthorizationServer,
    ResourceServer,
    Store,
    /// A steal copies from this actor's lane.
    Actor(usize),
}

/// What a store key holds, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    /// `rt:<id>`, with the family of the token.
    Refresh(usize),
    /// `family:<id>`.
    Family(usize),
    /// `deny:<jti>`.
    Deny,
    /// `user:<name>:families`, or anything else.
    Other,
}

/// One store key's life, from its first write to its expiry or deletion, in a row of the store lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreBar {
    pub key: String,
    pub from: i64,
    /// The second it expires or is deleted; the end of the timeline when it outlives it.
    pub to: i64,
    pub lasts: bool,
    pub row: usize,
    pub kind: StoreKind,
    /// The commands that wrote it, with their seconds.
    pub writes: Vec<(i64, String)>,
}

/// The most rows the store lane splits into; keys beyond share them.
pub const STORE_ROWS: usize = 5;

/// A family revocation, drawn across every lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub at: i64,
    pub text: Text,
}

#[derive(Debug, Clone, Default)]
pub struct Lanes {
    /// Sorted by `from`.
    pub bars: Vec<Bar>,
    /// `reach[i]`: the latest `to` among `bars[..=i]`, so the first bar still visible at a time is found by halving.
    reach: Vec<i64>,
    pub targets: Vec<Target>,
    /// For an in-page call, the lane of the victim whose page it runs in.
    pub via_lanes: Vec<Option<usize>>,
    pub marks: Vec<Mark>,
    pub store_bars: Vec<StoreBar>,
    /// Each access token's last accepted second on the resource server (`exp + leeway`, on the shared clock).
    pub accepted_until: Vec<Option<i64>>,
    /// The first and last second worth showing.
    pub span: (i64, i64),
}

impl Lanes {
    pub fn new(timeline: &Timeline) -> Lanes {
        let end = timeline.end();
        let lanes: HashMap<&str, usize> =
            timeline.actors.iter().enumerate().map(|(lane, actor)| (actor.as_str(), lane)).collect();
        let lane_of = |actor: &str| lanes.get(actor).copied();
        let mut bars = Vec::new();
        for (index, token) in timeline.tokens.iter().enumerate() {
            let expiry = token.expires_at.unwrap_or(end).max(token.issued_at);
            let consumed = token.consumed_at.filter(|_| token.kind == TokenKind::Refresh);
            let revoked = match token.kind {
                TokenKind::Refresh if token.status == Some(RefreshStatus::Revoked) => token.revoked_at,
                TokenKind::Refresh => None,
                TokenKind::Access => [token.inactive_at, token.denied_at].into_iter().flatten().min(),
            };
            for holding in &token.holders {
                let Some(lane) = lane_of(&holding.actor) else { continue };
                let mut cuts = vec![(holding.since, Phase::Valid)];
                if let Some(at) = consumed {
                    cuts.push((at, Phase::Consumed));
                }
                if let Some(at) = revoked {
                    cuts.push((at, Phase::Revoked));
                }
                cuts.sort_by_key(|(at, _)| *at);
                for (position, (from, phase)) in cuts.iter().enumerate() {
                    let to = cuts.get(position + 1).map_or(expiry, |(at, _)| *at).min(expiry);
                    let from = (*from).max(holding.since);
                    if to > from || (to == from && position == 0) {
                        bars.push(Bar { token: index, lane, from, to, phase: *phase, stolen: holding.stolen });
                    }
                }
            }
        }
        bars.sort_by_key(|bar| (bar.from, bar.token));
        let reach = bars
            .iter()
            .scan(i64::MIN, |latest, bar| {
                *latest = (*latest).max(bar.to);
                Some(*latest)
            })
            .collect();
        let targets = timeline.events.iter().map(|event| target(event, &lane_of)).collect();
        let via_lanes = timeline.events.iter().map(|event| event.via.as_deref().and_then(lane_of)).collect();
        let rs = timeline.config.resource_server;
        let accepted_until = timeline
            .tokens
            .iter()
            .map(|token| match token.kind {
                TokenKind::Access => token.expires_at.map(|exp| exp + rs.leeway - rs.clock_offset),
                TokenKind::Refresh => None,
            })
            .collect();
        let store_bars = store_bars(timeline, end);
        let mut marks: Vec<Mark> = timeline
            .summary
            .revoked_families
            .iter()
            .map(|revocation| Mark {
                at: revocation.at,
                text: match revocation.reason {
                    RevocationReason::ReuseDetected => {
                        text!("lanes-reuse-detected-revoked", family = revocation.family)
                    }
                    RevocationReason::Logout => text!("lanes-logout-revoked", family = revocation.family),
                    RevocationReason::PasswordChange => {
                        text!("lanes-password-change-revoked", family = revocation.family)
                    }
                },
            })
            .collect();
        marks.sort_by_key(|mark| mark.at);
        Lanes { bars, reach, targets, via_lanes, marks, store_bars, accepted_until, span: (0, end.max(1)) }
    }

    /// The bars that may show between `from` and `to`: none that ends before `from` starts the slice, and none in
    /// it starts after `to`. Bars inside it can still end before `from`; the slice is only as long as it must be.
    pub fn bars_between(&self, from: i64, to: i64) -> &[Bar] {
        let first = self.reach.partition_point(|latest| *latest < from);
        let last = self.bars.partition_point(|bar| bar.from <= to).max(first);
        &self.bars[first..last]
    }
}

/// Every store key's life as a bar, in rows so that bars alive at once do not overlap (up to `STORE_ROWS`).
fn store_bars(timeline: &Timeline, end: i64) -> Vec<StoreBar> {
    let mut row_ends = [i64::MIN; STORE_ROWS];
    let mut bars = Vec::new();
    let mut lives = timeline.store().lives();
    lives.sort_by_key(|life| life.from);
    for (index, life) in lives.into_iter().enumerate() {
        let to = life.to.unwrap_or(end.max(life.from + 1));
        let row = row_ends.iter().position(|row_end| *row_end <= life.from).unwrap_or(index % STORE_ROWS);
        row_ends[row] = row_ends[row].max(to);
        let kind = match life.key.split_once(':') {
            Some(("rt", label)) => super::ids::TokenId::parse(label)
                .and_then(|label| timeline.token(label))
                .map_or(StoreKind::Other, |token| StoreKind::Refresh(token.family.index())),
            Some(("family", id)) => id
                .strip_prefix('F')
                .and_then(|number| number.parse::<usize>().ok())
                .map_or(StoreKind::Other, |number| StoreKind::Family(number.saturating_sub(1))),
            Some(("deny", _)) => StoreKind::Deny,
            _ => StoreKind::Other,
        };
        bars.push(StoreBar {
            key: life.key,
            from: life.from,
            to,
            lasts: life.to.is_none(),
            row,
            kind,
            writes: life.writes,
        });
    }
    bars
}

fn target(event: &Event, lane_of: &dyn Fn(&str) -> Option<usize>) -> Target {
    match event.action {
        ActionKind::Call => Target::ResourceServer,
        ActionKind::StoreOutage => Target::Store,
        ActionKind::Steal => event.from.as_deref().and_then(lane_of).map_or(Target::AuthorizationServer, Target::Actor),
        _ => Target::AuthorizationServer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{presets, run};

    #[test]
    fn a_stolen_and_rotated_refresh_token_shows_valid_then_consumed_then_revoked() {
        let timeline = run(&presets::by_name("rotation-attacker-refreshes-first").unwrap().scenario().unwrap());
        let lanes = Lanes::new(&timeline);
        let rt1 = timeline.tokens.iter().position(|token| token.label.to_string() == "RT1").unwrap();
        let attacker = timeline.actors.iter().position(|actor| actor == "attacker").unwrap();
        let phases: Vec<(i64, i64, Phase)> = lanes
            .bars
            .iter()
            .filter(|bar| bar.token == rt1 && bar.lane == attacker)
            .map(|bar| (bar.from, bar.to, bar.phase))
            .collect();
        assert_eq!(phases, [(20, 30, Phase::Valid), (30, 61, Phase::Consumed), (61, 600, Phase::Revoked)]);
        assert_eq!(lanes.marks.len(), 1);
        assert_eq!((lanes.marks[0].at, lanes.marks[0].text.to_string()), (61, "reuse detected: F1 revoked".to_owned()));
        assert_eq!(lanes.targets[1], Target::Actor(0));
        assert_eq!(lanes.targets[3], Target::ResourceServer);
    }

    #[test]
    fn a_denylist_entry_that_dies_at_exp_ends_before_the_access_token_is_refused() {
        let timeline = run(&presets::by_name("access-stolen-denylist").unwrap().scenario().unwrap());
        let lanes = Lanes::new(&timeline);
        let deny = lanes.store_bars.iter().find(|bar| bar.key == "deny:AT1").unwrap();
        assert_eq!((deny.from, deny.to, deny.kind), (20, 60, StoreKind::Deny));
        assert_eq!(deny.writes, [(20, "SET deny:AT1 1 EX 40".to_owned())]);
        let at1 = timeline.tokens.iter().position(|token| token.label.to_string() == "AT1").unwrap();
        assert_eq!(lanes.accepted_until[at1], Some(90));
        let rt1 = lanes.store_bars.iter().find(|bar| bar.key == "rt:RT1").unwrap();
        assert_eq!((rt1.from, rt1.to, rt1.kind), (0, 600, StoreKind::Refresh(0)));
    }

    #[test]
    fn the_bars_between_two_times_are_all_that_overlap_them() {
        let timeline = run(&presets::by_name("rotation-attacker-refreshes-first").unwrap().scenario().unwrap());
        let lanes = Lanes::new(&timeline);
        for (from, to) in [(0, 10), (35, 40), (61, 61), (95, 200), (599, 700), (10_000, 20_000)] {
            let overlapping: Vec<&Bar> = lanes.bars.iter().filter(|bar| bar.to >= from && bar.from <= to).collect();
            let slice = lanes.bars_between(from, to);
            assert!(overlapping.iter().all(|bar| slice.contains(bar)), "{from}..{to}");
            assert!(slice.iter().all(|bar| bar.from <= to), "{from}..{to}");
        }
    }
}
