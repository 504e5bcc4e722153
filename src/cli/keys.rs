//! `tokenscope keys show | generate | convert`: what a key file holds (type, size or curve, private or not, its
//! RFC 7638 thumbprint, weaknesses, certificates and the `x5t#S256` check), fresh keys for an algorithm, and
//! conversion between PEM and JWK. Files holding private material are written owner-only.

use super::keyargs::os_random;
use super::{EXIT_OK, EXIT_UNUSABLE, input, render, unusable};
use crate::jose::jwk;
use crate::jose::keys::{self, Key};
use crate::text;
use clap::{Args, Subcommand};
use serde_json::{Value, json};
use std::io::{self, Write};
use std::path::Path;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Every key in a PEM, certificate, JWK or JWK Set: type, size or curve, private or not, thumbprint, weaknesses.
    Show(ShowArgs),
    /// A fresh key for an algorithm, printed as a private JWK or written as PEM and JWK files.
    Generate(GenerateArgs),
    /// A key file as a JWK or as PEM.
    Convert(ConvertArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A PEM key or certificate, a JWK or a JWK Set.
    pub path: String,
    /// Print {"keys": [...]} instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The algorithm the key is for: HS256, RS256, ES384, EdDSA, A256KW, RSA-OAEP-256, ECDH-ES, ...
    pub alg: String,
    /// The key's kid.
    #[arg(long)]
    pub kid: Option<String>,
    /// An RSA key's size.
    #[arg(long, default_value_t = 2048, value_parser = parse_bits)]
    pub bits: usize,
    /// Write PREFIX.private.pem, PREFIX.public.pem and PREFIX.jwk.json (a secret: PREFIX.jwk.json only) instead of
    /// printing the private JWK.
    #[arg(long, value_name = "PREFIX")]
    pub out: Option<String>,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// A PEM key or certificate, a JWK or a JWK Set.
    pub path: String,
    /// What to write.
    #[arg(long, value_parser = ["jwk", "pem"])]
    pub to: String,
    /// Only the public half.
    #[arg(long)]
    pub public: bool,
}

fn parse_bits(text: &str) -> Result<usize, String> {
    match text {
        "2048" | "3072" | "4096" => Ok(text.parse().unwrap_or(2048)),
        _ => Err("an RSA key is 2048, 3072 or 4096 bits".to_owned()),
    }
}

pub fn run(command: &KeysCommand, out: &mut dyn Write) -> io::Result<u8> {
    match command {
        KeysCommand::Show(args) => show(args, out),
        KeysCommand::Generate(args) => generate(args, out),
        KeysCommand::Convert(args) => convert(args, out),
    }
}

fn read_keys(path: &str) -> Result<(String, keys::KeySet), String> {
    let text = input::read_text_file(path)?;
    let set = keys::parse_key(&text).map_err(|error| format!("{path}: {}", error.0))?;
    Ok((text, set))
}

/// The certificates of a file: PEM CERTIFICATE blocks, or the `x5c` of its JWKs with their `x5t#S256` check.
fn certificates(text: &str) -> Vec<Value> {
    let mut found = Vec::new();
    if let Ok(chain) = x509_cert::Certificate::load_pem_chain(text.as_bytes()) {
        use x509_cert::der::Encode;
        for certificate in chain {
            if let Some(facts) = certificate.to_der().ok().and_then(|der| jwk::certificate_facts(&der).ok()) {
                found.push(serde_json::to_value(facts).unwrap_or_default());
            }
        }
    }
    let Ok(json) = serde_json::from_str::<Value>(text) else { return found };
    let objects: Vec<Value> = match json.get("keys").and_then(Value::as_array) {
        Some(keys) => keys.clone(),
        None => vec![json],
    };
    for object in objects {
        let Some(chain) = object.get("x5c").and_then(Value::as_array) else { continue };
        let thumbprint = object.get("x5t#S256").and_then(Value::as_str);
        for (index, entry) in chain.iter().enumerate() {
            use base64::Engine;
            let der = entry.as_str().and_then(|text| base64::engine::general_purpose::STANDARD.decode(text).ok());
            let Some(facts) = der.and_then(|der| jwk::certificate_facts(&der).ok()) else { continue };
            let mut value = serde_json::to_value(&facts).unwrap_or_default();
            value["kid"] = object.get("kid").cloned().unwrap_or(Value::Null);
            if index == 0 {
                value["x5t#S256_matches"] = thumbprint.map_or(Value::Null, |given| Value::Bool(given == facts.sha256));
            }
            found.push(value);
        }
    }
    found
}

fn show(args: &ShowArgs, out: &mut dyn Write) -> io::Result<u8> {
    let (text, set) = match read_keys(&args.path) {
        Ok(read) => read,
        Err(message) => return Ok(unusable(message)),
    };
    let facts: Vec<jwk::KeyFacts> = set.keys.iter().map(jwk::facts).collect();
    let certificates = certificates(&text);
    if args.json {
        let mut object = json!({"keys": facts});
        if !certificates.is_empty() {
            object["certificates"] = Value::from(certificates);
        }
        writeln!(out, "{}", render::to_json(&object))?;
        return Ok(EXIT_OK);
    }
    for (key, facts) in set.keys.iter().zip(&facts) {
        let size = match (facts.bits, facts.crv) {
            (_, Some(crv)) => crv.to_owned(),
            (Some(bits), None) => text!("cli-keys-bits", bits = bits).to_string(),
            (None, None) => String::new(),
        };
        let half = if facts.private { text!("cli-keys-private") } else { text!("cli-keys-public") };
        writeln!(out, "{}", text!("cli-keys-line", kty = facts.kty, size = size, half = half))?;
        for (label, value) in [("kid", &facts.kid), ("alg", &facts.alg), ("use", &facts.usage)] {
            if let Some(value) = value {
                writeln!(out, "  {label:<11}{value}")?;
            }
        }
        writeln!(out, "  {:<11}{}", "thumbprint", facts.thumbprint)?;
        for weakness in &facts.weak {
            writeln!(out, "  {}", text!("cli-keys-weak", why = weakness))?;
        }
        let _ = key;
    }
    for certificate in &certificates {
        writeln!(out, "{}", text!("cli-keys-certificate"))?;
        for name in ["subject", "issuer", "not_before", "not_after", "kid"] {
            if let Some(value) = certificate.get(name).and_then(Value::as_str) {
                writeln!(out, "  {name:<11}{value}")?;
            }
        }
        if let Some(matches) = certificate.get("x5t#S256_matches").and_then(Value::as_bool) {
            let verdict = if matches { text!("cli-keys-x5t-matches") } else { text!("cli-keys-x5t-differs") };
            writeln!(out, "  {:<11}{verdict}", "x5t#S256")?;
        }
    }
    Ok(EXIT_OK)
}

fn generate(args: &GenerateArgs, out: &mut dyn Write) -> io::Result<u8> {
    let mut key = match jwk::generate(&args.alg, args.bits, &mut os_random) {
        Ok(key) => key,
        Err(error) => return Ok(unusable(error.0)),
    };
    key.kid = args.kid.clone();
    let private_jwk = Value::Object(jwk::jwk_members(&key, true));
    let Some(prefix) = &args.out else {
        writeln!(out, "{}", render::to_json(&private_jwk))?;
        return Ok(EXIT_OK);
    };
    let mut files = vec![(format!("{prefix}.jwk.json"), format!("{}\n", render::to_json(&private_jwk)), true)];
    if !key.is_secret() {
        match (jwk::to_pem(&key, false), jwk::to_pem(&key, true)) {
            (Ok(private), Ok(public)) => {
                files.push((format!("{prefix}.private.pem"), private, true));
                files.push((format!("{prefix}.public.pem"), public, false));
            }
            (Err(error), _) | (_, Err(error)) => return Ok(unusable(error.0)),
        }
    }
    for (path, contents, secret) in files {
        if let Err(error) = write_file(Path::new(&path), contents.as_bytes(), secret) {
            return Ok(unusable(text!("app-timeline-cannot-write", display = path.as_str(), error = error)));
        }
        writeln!(out, "{path}")?;
    }
    Ok(EXIT_OK)
}

/// Writes `bytes` to `path`, owner-only when they are `secret`.
fn write_file(path: &Path, bytes: &[u8], secret: bool) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(if secret { 0o600 } else { 0o644 });
        let mut file = options.open(path)?;
        // A file that existed keeps its old mode through open(); set it.
        if secret {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(bytes)?;
        file.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = secret;
        let mut file = options.open(path)?;
        file.write_all(bytes)
    }
}

fn convert(args: &ConvertArgs, out: &mut dyn Write) -> io::Result<u8> {
    let (_, set) = match read_keys(&args.path) {
        Ok(read) => read,
        Err(message) => return Ok(unusable(message)),
    };
    let one = |key: &Key| -> Result<String, String> {
        match args.to.as_str() {
            "jwk" => Ok(render::to_json(&Value::Object(jwk::jwk_members(key, !args.public)))),
            _ => {
                jwk::to_pem(key, args.public).map(|pem| pem.trim_end().to_owned()).map_err(|error| error.0.to_string())
            }
        }
    };
    if set.is_set && args.to == "jwk" {
        let keys: Vec<Value> = set.keys.iter().map(|key| Value::Object(jwk::jwk_members(key, !args.public))).collect();
        writeln!(out, "{}", render::to_json(&json!({"keys": keys})))?;
        return Ok(EXIT_OK);
    }
    for key in &set.keys {
        match one(key) {
            Ok(text) => writeln!(out, "{text}")?,
            Err(message) => {
                super::say(message);
                return Ok(EXIT_UNUSABLE);
            }
        }
    }
    Ok(EXIT_OK)
}
