//! The resource server: checks an access token with the same `jose` verification the inspector uses, at its own
//! clock (the shared clock plus `clock_offset`) with its leeway, then the denylist and introspection when they are
//! on. Every refusal is `401` with `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750 section 3).

use super::tokens::{API_AUDIENCE, EPOCH, ISSUER, TokenKind};
use super::world::{Outcome, World};
use crate::jose::error::ErrorKind;
use crate::jose::verify::{self, Expectations, Skips};

pub const INVALID_TOKEN_CHALLENGE: &str = "Bearer error=\"invalid_token\"";

/// Why the token itself fails, judged by signature, expiry (unless `skip_exp`) and audience at `rs_now`.
pub fn token_problem(world: &World, token: usize, rs_now: i64, leeway: i64, skip_exp: bool) -> Option<String> {
    let record = &world.tokens[token];
    let decoded = crate::jose::decode(&record.jwt);
    let expect = Expectations {
        now: (EPOCH + rs_now) as f64,
        leeway: leeway as f64,
        issuers: vec![ISSUER.to_owned()],
        audiences: vec![API_AUDIENCE.to_owned()],
        // A resource server behind the issuer's clock would see a fresh `iat` in its future; real servers accept
        // that, and the lesson is about `exp`.
        skip: Skips { exp: skip_exp, nbf: true, iat: true, aud: false },
        ..Expectations::default()
    };
    let verdict = verify::verify(&decoded, Some(&world.keys), &expect);
    let error = verdict.errors.first()?;
    Some(match error.kind {
        ErrorKind::Expired => {
            let exp = record.expires_at.unwrap_or(0);
            let clock = if rs_now == record.issued_at || world.config.resource_server.clock_offset == 0 {
                String::new()
            } else {
                format!(" (its clock reads {rs_now} s)")
            };
            if leeway > 0 {
                format!("{} expired at {exp} s and the {leeway} s leeway is used up{clock}", record.label)
            } else {
                format!("{} expired at {exp} s{clock}", record.label)
            }
        }
        ErrorKind::InvalidAudience if record.kind == TokenKind::Refresh => {
            format!("{} is a refresh token, meant for the authorization server, not for the API", record.label)
        }
        _ => format!("{}: {}", record.label, error.message),
    })
}

impl World {
    /// A call to the API with `presented` (a token index, or a label never issued).
    pub fn call(&mut self, actor: &str, presented: Option<Result<usize, String>>, now: i64) -> Outcome {
        let rs = self.config.resource_server;
        let refuse = |message: String| Outcome {
            www_authenticate: Some(INVALID_TOKEN_CHALLENGE.to_owned()),
            ..Outcome::fail(401, "invalid_token", message)
        };
        let token = match presented {
            None => return refuse(format!("{actor} calls the API without an access token")),
            Some(Err(label)) => return refuse(format!("{label} was never issued")).presenting(Some(&label)),
            Some(Ok(token)) => token,
        };
        let label = self.label(token).to_owned();
        let family = self.tokens[token].family.clone();
        let with = |outcome: Outcome| outcome.presenting(Some(&label)).in_family(Some(&family));
        let rs_now = now + rs.clock_offset;
        if let Some(problem) = token_problem(self, token, rs_now, rs.leeway, false) {
            return with(refuse(format!("the API refuses: {problem}")));
        }
        if (rs.denylist || rs.introspection) && self.store.is_down(now) {
            return with(refuse(format!(
                "the API cannot reach the token store to check {label}, so it refuses the call"
            )));
        }
        if rs.denylist && self.store.get(now, &format!("deny:{label}")).is_some() {
            return with(refuse(format!("the API refuses: {label} is on the denylist")));
        }
        if rs.introspection {
            let record = &self.tokens[token];
            if let Some(at) = record.inactive_at.filter(|at| now >= *at) {
                return with(refuse(format!(
                    "the API asks the server about {label}, which answers inactive: its session was revoked at {at} s"
                )));
            }
            if record.is_expired(now) {
                return with(refuse(format!("the API asks the server about {label}, which answers inactive: expired")));
            }
        }
        let expires = self.tokens[token].expires_at.unwrap_or(now);
        let mut message = format!("{actor} calls the API with {label}: token authenticated (valid until {expires} s");
        if rs.leeway > 0 || rs.clock_offset != 0 {
            message
                .push_str(&format!(", {} s on the API's clock with its leeway", expires + rs.leeway - rs.clock_offset));
        }
        message.push(')');
        if self.pockets.get(actor).is_some_and(|pocket| pocket.thief) {
            message.push_str(&format!("; the API cannot tell that {actor} is not {}", self.tokens[token].user));
        }
        with(Outcome::ok(message))
    }

    /// Whether the API accepts `token` at shared time `now`, knowing everything the run did (for the summary).
    pub fn accepts(&self, token: usize, now: i64) -> bool {
        let rs = self.config.resource_server;
        let record = &self.tokens[token];
        let Some(exp) = record.expires_at else { return false };
        if now + rs.clock_offset >= exp + rs.leeway {
            return false;
        }
        if (rs.denylist || rs.introspection) && self.store.is_down(now) {
            return false;
        }
        if rs.denylist
            && record.denied_at.is_some_and(|at| at <= now)
            && record.deny_expires_at.is_some_and(|until| now < until)
        {
            return false;
        }
        if rs.introspection && (record.inactive_at.is_some_and(|at| now >= at) || now >= exp) {
            return false;
        }
        true
    }

    /// The seconds at which `accepts(token, ·)` may change.
    pub fn acceptance_breakpoints(&self, token: usize) -> Vec<i64> {
        let rs = self.config.resource_server;
        let record = &self.tokens[token];
        let mut points = Vec::new();
        if let Some(exp) = record.expires_at {
            points.push(exp + rs.leeway - rs.clock_offset);
            points.push(exp);
        }
        points.extend(record.denied_at);
        points.extend(record.deny_expires_at);
        points.extend(record.inactive_at);
        for (from, until) in self.store.outages() {
            points.push(*from);
            points.push(*until);
        }
        points
    }
}
