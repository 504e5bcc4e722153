//! `tokenscope encode`: signs a header and payload with the given key and prints the compact token.
//! Claim helpers set `exp`, `nbf`, `iat`, `jti` and the header's `kid`.

use super::keyargs::{KeyArgs, KeyProblem};
use super::{EXIT_OK, input, say, unusable};
use crate::jose::encode::{self, Encoded};
use crate::jose::{b64, time};
use chrono::Utc;
use clap::Args;
use serde_json::{Value, json};
use std::io::{self, Write};

#[derive(Debug, Args)]
pub struct EncodeArgs {
    /// The header as JSON, or @file (default {"typ":"JWT"}); alg is set from --alg.
    #[arg(long, value_name = "JSON|@file")]
    pub header: Option<String>,
    /// The claims as a JSON object, or @file.
    #[arg(long, value_name = "JSON|@file")]
    pub payload: String,
    #[command(flatten)]
    pub key: KeyArgs,
    /// Set exp: a span from now (+30s, +15m, +2h, +7d) or a time (RFC 3339, Unix seconds).
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub exp: Option<String>,
    /// Set nbf: a span from now or a time.
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub nbf: Option<String>,
    /// Set iat to now.
    #[arg(long)]
    pub iat: bool,
    /// Set jti to a new random id.
    #[arg(long)]
    pub jti: bool,
    /// Set the header's kid (and choose that key from a JWK Set).
    #[arg(long, value_name = "KID")]
    pub kid: Option<String>,
    /// Print {"token", "header", "payload"} instead of the token alone.
    #[arg(long)]
    pub json: bool,
}

pub fn json_argument(text: &str, what: &str) -> Result<Value, String> {
    let text = match text.strip_prefix('@') {
        Some(path) => input::read_text_file(path)?,
        None => text.to_owned(),
    };
    serde_json::from_str(&text).map_err(|error| format!("--{what} is not valid JSON: {error}"))
}

pub fn run(args: &EncodeArgs, out: &mut dyn Write) -> io::Result<u8> {
    let encoded = match build(args) {
        Ok(encoded) => encoded,
        Err(message) => return Ok(unusable(message)),
    };
    if let Some(weakness) = &encoded.weakness {
        say(crate::text!("cli-encode-weak-warning", weakness = weakness.text()));
    }
    let encoded = encoded.encoded;
    if args.json {
        writeln!(out, "{}", json!({"token": encoded.token, "header": encoded.header, "payload": encoded.payload}))?;
    } else {
        writeln!(out, "{}", encoded.token)?;
    }
    Ok(EXIT_OK)
}

/// A signed token, and why its key is weak if it is.
struct Signed {
    encoded: Encoded,
    weakness: Option<crate::jose::keys::Weakness>,
}

fn build(args: &EncodeArgs) -> Result<Signed, String> {
    let alg = match args.key.algorithms.as_slice() {
        [alg] => *alg,
        [] => return Err(crate::text!("cli-encode-needs-alg").to_string()),
        _ => return Err(crate::text!("cli-encode-one-alg").to_string()),
    };
    let mut header = match json_argument(args.header.as_deref().unwrap_or(r#"{"typ":"JWT"}"#), "header")? {
        Value::Object(header) => header,
        _ => return Err(crate::text!("cli-encode-header-object").to_string()),
    };
    let mut payload = match json_argument(&args.payload, "payload")? {
        Value::Object(payload) => payload,
        _ => return Err(crate::text!("cli-encode-payload-object").to_string()),
    };
    let now = Utc::now();
    if let Some(kid) = &args.kid {
        header.insert("kid".into(), json!(kid));
    }
    if args.iat {
        payload.insert("iat".into(), json!(now.timestamp()));
    }
    if let Some(text) = &args.nbf {
        payload.insert("nbf".into(), json!(time::parse_time_or_span(text, now).map_err(|e| format!("--nbf: {e}"))?));
    }
    if let Some(text) = &args.exp {
        payload.insert("exp".into(), json!(time::parse_time_or_span(text, now).map_err(|e| format!("--exp: {e}"))?));
    }
    if args.jti {
        payload.insert("jti".into(), json!(random_id()?));
    }
    let set = match args.key.load() {
        Ok(set) => set,
        Err(KeyProblem::Missing) => {
            return Err(crate::text!("cli-encode-needs-key").to_string());
        }
        Err(KeyProblem::Unreadable(message)) => return Err(message),
        Err(KeyProblem::Invalid(error)) => return Err(format!("key_invalid: {error}")),
    };
    let key = set.signing_key(args.kid.as_deref()).map_err(|error| error.to_string())?;
    if !key.has_private_half() {
        return Err(crate::text!("cli-encode-needs-private", key = &key.description).to_string());
    }
    let encoded = encode::encode(&header, &Value::Object(payload), alg, key).map_err(|error| error.to_string())?;
    Ok(Signed { encoded, weakness: key.weakness(alg) })
}

fn random_id() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| format!("no randomness for --jti: {error}"))?;
    Ok(b64::encode(&bytes))
}
