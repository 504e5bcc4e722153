//! Facts about the claims of a token: each claim's class (registered, public or private, as RFC 7519
//! section 4 and the seed articles explain), its catalogue entry, and for NumericDate claims the instant
//! in UTC and local time, how far it is from a given `now`, whether it looks like milliseconds, and the
//! token's lifetime `exp - iat`.

use super::catalogue::{self, Entry};
use super::decode::json_type_name;
use super::time;
use crate::i18n::{Arg, Text};
use crate::text;
use chrono::FixedOffset;
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimClass {
    /// One of RFC 7519's seven registered names.
    Registered,
    /// Collision-resistant: registered with IANA, or a URI.
    Public,
    /// Agreed between the parties only; may collide.
    Private,
}

impl ClaimClass {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimClass::Registered => "registered",
            ClaimClass::Public => "public",
            ClaimClass::Private => "private",
        }
    }

    /// The class's name for people.
    pub fn label(self) -> Text {
        Text::new(match self {
            ClaimClass::Registered => "class-registered",
            ClaimClass::Public => "class-public",
            ClaimClass::Private => "class-private",
        })
    }
}

pub fn classify(name: &str) -> ClaimClass {
    if catalogue::is_registered_claim(name) {
        ClaimClass::Registered
    } else if catalogue::claim_entry(name).is_some() || looks_like_uri(name) {
        ClaimClass::Public
    } else {
        ClaimClass::Private
    }
}

fn looks_like_uri(name: &str) -> bool {
    match name.split_once(':') {
        Some((scheme, rest)) => {
            !rest.is_empty()
                && scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Claims whose value is a NumericDate.
pub const TIME_CLAIMS: [&str; 6] = ["exp", "nbf", "iat", "auth_time", "updated_at", "toe"];

/// Values above this are past the year 5000 as seconds but an ordinary date as milliseconds.
const MILLISECONDS_THRESHOLD: f64 = 1.0e11;

/// Where a time claim stands relative to `now`, in the claim's own terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeStanding {
    /// Nothing wrong (an `exp` in the future, an `nbf` or `iat` in the past, any other time claim).
    Fine,
    /// `exp` at or before now.
    Expired,
    /// `nbf` or `iat` after now.
    NotYetValid,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeFact {
    pub seconds: f64,
    pub utc: String,
    pub local: String,
    /// "expires in 4 min 10 s", "expired 2 h ago", "issued 3 min ago".
    pub relative: Text,
    pub standing: TimeStanding,
    pub looks_like_milliseconds: bool,
}

/// Reads a NumericDate claim at `now`. A value that is not a JSON number is a type error, returned as a message.
pub fn time_fact(name: &str, value: &Value, now: f64, local: FixedOffset) -> Result<TimeFact, Text> {
    let Some(seconds) = value.as_f64() else {
        return Err(text!("time-claim-not-number", name = name, found = json_type_name(value)));
    };
    let delta = seconds - now;
    let span = Arg::Span(delta);
    let future = delta > 0.0;
    let (relative, standing) = match (name, future) {
        ("exp", true) => (text!("time-expires-in", span = span), TimeStanding::Fine),
        ("exp", false) => (text!("time-expired-ago", span = span), TimeStanding::Expired),
        ("nbf", true) => (text!("time-not-valid-for", span = span), TimeStanding::NotYetValid),
        ("nbf", false) => (text!("time-valid-since", span = span), TimeStanding::Fine),
        ("iat", true) => (text!("time-issued-in-future", span = span), TimeStanding::NotYetValid),
        ("iat", false) => (text!("time-issued-ago", span = span), TimeStanding::Fine),
        (_, true) => (text!("time-in", span = span), TimeStanding::Fine),
        (_, false) => (text!("time-ago", span = span), TimeStanding::Fine),
    };
    Ok(TimeFact {
        seconds,
        utc: time::utc_text(seconds),
        local: time::local_text(seconds, local),
        relative,
        standing,
        looks_like_milliseconds: seconds.abs() >= MILLISECONDS_THRESHOLD,
    })
}

/// One line of the claims table.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub name: String,
    pub value: Value,
    pub class: ClaimClass,
    pub entry: Option<&'static Entry>,
    /// For NumericDate claims: the reading, or why it cannot be read.
    pub time: Option<Result<TimeFact, Text>>,
}

pub fn claim_rows(claims: &Map<String, Value>, now: f64, local: FixedOffset) -> Vec<ClaimRow> {
    claims
        .iter()
        .map(|(name, value)| ClaimRow {
            name: name.clone(),
            value: value.clone(),
            class: classify(name),
            entry: catalogue::claim_entry(name),
            time: TIME_CLAIMS.contains(&name.as_str()).then(|| time_fact(name, value, now, local)),
        })
        .collect()
}

/// `exp - iat` in seconds, when both are numbers.
pub fn lifetime(claims: &Map<String, Value>) -> Option<f64> {
    Some(claims.get("exp")?.as_f64()? - claims.get("iat")?.as_f64()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn utc() -> FixedOffset {
        FixedOffset::east_opt(0).unwrap()
    }

    #[test]
    fn classes_follow_rfc_7519_section_4() {
        assert_eq!(classify("exp"), ClaimClass::Registered);
        assert_eq!(classify("email"), ClaimClass::Public);
        assert_eq!(classify("https://example.com/roles"), ClaimClass::Public);
        assert_eq!(classify("urn:example:claim"), ClaimClass::Public);
        assert_eq!(classify("is_admin"), ClaimClass::Private);
        assert_eq!(classify("a:"), ClaimClass::Private);
    }

    #[test]
    fn exp_in_the_future_counts_down() {
        let fact = time_fact("exp", &json!(1250), 1000.0, utc()).unwrap();
        assert_eq!(fact.relative.to_string(), "expires in 4 min 10 s");
        assert_eq!(fact.standing, TimeStanding::Fine);
        assert_eq!(fact.utc, "1970-01-01T00:20:50Z");
    }

    #[test]
    fn exp_at_now_is_expired() {
        let fact = time_fact("exp", &json!(1000), 1000.0, utc()).unwrap();
        assert_eq!(fact.standing, TimeStanding::Expired);
        assert_eq!(fact.relative.to_string(), "expired 0 s ago");
    }

    #[test]
    fn future_iat_and_nbf_are_not_yet_valid() {
        assert_eq!(time_fact("iat", &json!(2000), 1000.0, utc()).unwrap().standing, TimeStanding::NotYetValid);
        assert_eq!(time_fact("nbf", &json!(2000), 1000.0, utc()).unwrap().standing, TimeStanding::NotYetValid);
        assert_eq!(
            time_fact("nbf", &json!(500), 1000.0, utc()).unwrap().relative.to_string(),
            "valid since 8 min 20 s ago"
        );
    }

    #[test]
    fn fractions_are_accepted_and_milliseconds_flagged() {
        let fact = time_fact("iat", &json!(1516239022.25), 1516239122.0, utc()).unwrap();
        assert_eq!(fact.utc, "2018-01-18T01:30:22.250Z");
        assert!(!fact.looks_like_milliseconds);
        assert!(time_fact("exp", &json!(1516239022000_i64), 0.0, utc()).unwrap().looks_like_milliseconds);
    }

    #[test]
    fn a_numeric_string_is_a_type_error() {
        let error = time_fact("exp", &json!("1700003600"), 0.0, utc()).unwrap_err().to_string();
        assert_eq!(error, "exp must be a NumericDate (a JSON number of seconds), not a string");
    }

    #[test]
    fn lifetime_is_exp_minus_iat() {
        let claims = json!({"iat": 1000, "exp": 1900}).as_object().unwrap().clone();
        assert_eq!(lifetime(&claims), Some(900.0));
    }

    #[test]
    fn rows_keep_order_and_attach_meanings() {
        let claims = json!({"sub": "42", "exp": 2000, "x": true}).as_object().unwrap().clone();
        let rows = claim_rows(&claims, 1000.0, utc());
        let names: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
        assert_eq!(names, ["sub", "exp", "x"]);
        assert_eq!(rows[0].entry.unwrap().title().to_string(), "Subject");
        assert!(rows[1].time.as_ref().unwrap().is_ok());
        assert_eq!(rows[2].class, ClaimClass::Private);
    }
}
