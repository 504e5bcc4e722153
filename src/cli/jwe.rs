//! `tokenscope decrypt` and `tokenscope encrypt`, and the `decrypted` member the decode and verify objects of a JWE
//! gain when they are given a key to open it.

use super::encode::json_argument;
use super::keyargs::{KeyArgs, KeyProblem, os_random};
use super::render::{self, token_members};
use super::{EXIT_INVALID, EXIT_OK, input, unusable};
use crate::jose::jwe::{self, ContentEncryption, DecryptStatus, Decrypted, KeyManagement, Sealing};
use crate::jose::{self, TokenKind, b64};
use crate::text;
use clap::Args;
use serde_json::{Map, Value, json};
use std::io::{self, Write};

#[derive(Debug, Args)]
pub struct DecryptArgs {
    /// A JWE, `-` for stdin, or `@path`; stdin when left out.
    pub token: Option<String>,
    #[command(flatten)]
    pub key: KeyArgs,
    /// Print the decode object of the JWE with its "decrypted" member instead of the plaintext.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EncryptArgs {
    /// The plaintext: a JSON object, or @file.
    #[arg(long, value_name = "JSON|@file", conflicts_with = "token", required_unless_present = "token")]
    pub payload: Option<String>,
    /// A compact JWS (or JWE) to wrap: the result is a nested token with cty JWT.
    #[arg(long, value_name = "JWT")]
    pub token: Option<String>,
    /// The key management algorithm.
    #[arg(long, value_name = "ALG", value_parser = KeyManagement::ALL.iter().copied().filter(|alg| *alg != "RSA1_5").collect::<Vec<_>>())]
    pub alg: String,
    /// The content encryption.
    #[arg(long, value_name = "ENC", value_parser = ContentEncryption::ALL)]
    pub enc: String,
    /// Compress the plaintext first (zip: DEF).
    #[arg(long)]
    pub zip: bool,
    /// Set the header's kid.
    #[arg(long)]
    pub kid: Option<String>,
    /// PBES2's iteration count.
    #[arg(long, value_name = "N", default_value_t = 600_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub p2c: u32,
    /// An encryption secret as text (see --secret-encoding): dir, AES key wrap, a PBES2 password.
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["secret_file", "key"])]
    pub secret: Option<String>,
    /// How --secret is written.
    #[arg(long, value_name = "ENCODING", default_value = "utf8", value_parser = ["utf8", "base64", "base64url", "hex"])]
    pub secret_encoding: String,
    /// A secret as the raw bytes of a file.
    #[arg(long, value_name = "PATH", conflicts_with = "key")]
    pub secret_file: Option<String>,
    /// The recipient's public key: SPKI PEM, an X.509 certificate, a JWK or a JWK Set (with --kid).
    #[arg(long, value_name = "PATH")]
    pub key: Option<String>,
}

/// The `decrypted` member; `nested` is the object of the token inside, made by the caller.
pub fn decrypted_json(decrypted: &Decrypted, nested: Option<Value>) -> Value {
    let opened = decrypted.opened.as_ref();
    let plaintext = opened.map(|opened| opened.plaintext.as_slice());
    let payload = decrypted.payload();
    let text = plaintext.filter(|_| payload.is_none()).and_then(|bytes| std::str::from_utf8(bytes).ok());
    let bytes = plaintext.filter(|_| payload.is_none() && text.is_none()).map(b64::encode);
    json!({
        "status": decrypted.status,
        "alg": opened.map(|opened| opened.alg.as_str()),
        "enc": opened.map(|opened| opened.enc.as_str()),
        "zip": opened.and_then(|opened| opened.zip.as_deref()),
        "payload": payload,
        "payload_text": text,
        "payload_b64url": bytes,
        "nested": nested,
    })
}

/// The decode object of a token, with `decrypted` when it is a JWE that was given keys.
pub fn decode_object(decoded: &jose::Decoded, decrypted: Option<&Decrypted>) -> Value {
    let mut object = serde_json::to_value(token_members(decoded)).unwrap_or(Value::Null);
    if !decoded.problems.is_empty() {
        object["errors"] = serde_json::to_value(&decoded.problems).unwrap_or(Value::Null);
    }
    if let Some(decrypted) = decrypted {
        let nested = decrypted.inner.as_deref().map(|inner| {
            let inner_decrypted = (inner.kind == TokenKind::Jwe).then(Decrypted::not_attempted);
            decode_object(inner, inner_decrypted.as_ref())
        });
        object["decrypted"] = decrypted_json(decrypted, nested);
    }
    object
}

pub fn run_decrypt(args: &DecryptArgs, out: &mut dyn Write) -> io::Result<u8> {
    let keys = match args.key.load() {
        Ok(keys) => keys,
        Err(KeyProblem::Missing) => return Ok(unusable(text!("cli-decrypt-needs-key"))),
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => return Ok(unusable(error.0)),
    };
    let text = match input::token_text(args.token.as_deref()) {
        Ok(text) => text,
        Err(message) => return Ok(unusable(message)),
    };
    let decoded = jose::decode(&text);
    if let Some(problem) = decoded.problem() {
        render::print_problem(&text, problem);
        return Ok(super::EXIT_UNUSABLE);
    }
    if decoded.kind != TokenKind::Jwe {
        return Ok(unusable(text!("jwe-not-jwe")));
    }
    let decrypted = jwe::open(&decoded, Some(&keys), &mut os_random);
    if args.json {
        writeln!(out, "{}", render::to_json(&decode_object(&decoded, Some(&decrypted))))?;
    } else if let Some(opened) = &decrypted.opened {
        out.write_all(&opened.plaintext)?;
    }
    out.flush()?;
    match (decrypted.status, &decrypted.problem) {
        (DecryptStatus::Ok, _) => Ok(EXIT_OK),
        (_, Some(problem)) if problem.kind.is_unusable_input() => {
            Ok(unusable(format!("{}: {}", problem.kind, problem.message)))
        }
        (_, Some(problem)) => {
            super::say(format!("{}: {}", problem.kind, problem.message));
            Ok(EXIT_INVALID)
        }
        (_, None) => Ok(EXIT_INVALID),
    }
}

pub fn run_encrypt(args: &EncryptArgs, out: &mut dyn Write) -> io::Result<u8> {
    let key_args = KeyArgs {
        secret: args.secret.clone(),
        secret_encoding: args.secret_encoding.clone(),
        secret_file: args.secret_file.clone(),
        key: args.key.clone(),
        algorithms: Vec::new(),
    };
    let keys = match key_args.load() {
        Ok(keys) => keys,
        Err(KeyProblem::Missing) => return Ok(unusable(text!("cli-encrypt-needs-key"))),
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => return Ok(unusable(error.0)),
    };
    let key = match keys.signing_key(args.kid.as_deref()) {
        Ok(key) => key,
        Err(error) => return Ok(unusable(error.0)),
    };
    let mut header = Map::new();
    let plaintext = match (&args.payload, &args.token) {
        (_, Some(token)) => {
            let inner = match input::token_text(Some(token)) {
                Ok(text) => text,
                Err(message) => return Ok(unusable(message)),
            };
            let decoded = jose::decode(&inner);
            if let Some(problem) = decoded.problem() {
                render::print_problem(&inner, problem);
                return Ok(super::EXIT_UNUSABLE);
            }
            header.insert("cty".into(), Value::from("JWT"));
            decoded.token.into_bytes()
        }
        (Some(payload), None) => match json_argument(payload, "payload") {
            Ok(value @ Value::Object(_)) => value.to_string().into_bytes(),
            Ok(_) => return Ok(unusable(text!("cli-encrypt-payload-object"))),
            Err(message) => return Ok(unusable(message)),
        },
        (None, None) => return Ok(unusable(text!("cli-encrypt-needs-payload"))),
    };
    if let Some(kid) = args.kid.clone().or_else(|| key.kid.clone()) {
        header.insert("kid".into(), Value::from(kid));
    }
    let sealing =
        Sealing { plaintext: &plaintext, alg: &args.alg, enc: &args.enc, zip: args.zip, header, p2c: args.p2c };
    match jwe::encrypt(sealing, key, &mut os_random) {
        Ok(token) => {
            writeln!(out, "{token}")?;
            Ok(EXIT_OK)
        }
        Err(problem) => Ok(unusable(format!("{}: {}", problem.kind, problem.message))),
    }
}

/// The decode object of an SD-JWT: the issuer JWT's members, its disclosures, the claims as disclosed, the count of
/// digests nothing discloses, and the key binding JWT.
pub fn sd_jwt_object(sd: &crate::jose::sdjwt::SdJwt, processed: &crate::jose::sdjwt::Processed) -> Value {
    let mut object = serde_json::to_value(token_members(&sd.issuer)).unwrap_or(Value::Null);
    object["kind"] = Value::from("sd-jwt");
    let dc = sd.issuer.header_str("typ").is_some_and(|typ| {
        let typ = typ.to_ascii_lowercase();
        typ == "dc+sd-jwt" || typ == "vc+sd-jwt"
    });
    object["profile"] = Value::from(if dc { "dc+sd-jwt" } else { "sd-jwt" });
    object["disclosures"] = serde_json::to_value(&sd.disclosures).unwrap_or(Value::Null);
    object["claims"] = Value::Object(processed.claims.clone());
    object["undisclosed"] = Value::from(processed.undisclosed);
    object["key_binding"] = match &sd.key_binding {
        Some(kb) => json!({"header": kb.header, "payload": kb.claims()}),
        None => Value::Null,
    };
    if !processed.problems.is_empty() {
        object["errors"] = serde_json::to_value(&processed.problems).unwrap_or(Value::Null);
    }
    object
}
