//! The KEY arguments shared by `verify`, `lint` and `encode` (`--secret`, `--secret-encoding`,
//! `--secret-file`, `--key`, `--alg`), and turning them into a core `KeySet`.

use super::input;
use crate::jose::algorithm::Algorithm;
use crate::jose::keys::{self, KeyError, KeySet, SecretEncoding};
use clap::Args;

#[derive(Debug, Clone, Default, Args)]
pub struct KeyArgs {
    /// An HMAC secret as text (see --secret-encoding).
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["secret_file", "key"])]
    pub secret: Option<String>,
    /// How --secret is written.
    #[arg(long, value_name = "ENCODING", default_value = "utf8", value_parser = ["utf8", "base64", "base64url", "hex"])]
    pub secret_encoding: String,
    /// An HMAC secret as the raw bytes of a file.
    #[arg(long, value_name = "PATH", conflicts_with = "key")]
    pub secret_file: Option<String>,
    /// A PEM public or private key, an X.509 certificate, a JWK or a JWK Set.
    #[arg(long, value_name = "PATH")]
    pub key: Option<String>,
    /// An allowed algorithm (repeatable); without it the header's alg is used if it fits the key.
    #[arg(long = "alg", value_name = "ALG", value_parser = parse_algorithm)]
    pub algorithms: Vec<Algorithm>,
}

pub fn parse_algorithm(text: &str) -> Result<Algorithm, String> {
    Algorithm::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Algorithm::ALL.iter().map(|alg| alg.name()).collect();
        format!("'{text}' is not a supported algorithm ({})", names.join(", "))
    })
}

/// Why the KEY arguments gave no key.
pub enum KeyProblem {
    /// No key argument at all.
    Missing,
    /// A file that cannot be read: an argument error.
    Unreadable(String),
    /// Key material that cannot be used: `key_invalid`.
    Invalid(KeyError),
}

impl KeyArgs {
    pub fn given(&self) -> bool {
        self.secret.is_some() || self.secret_file.is_some() || self.key.is_some()
    }

    pub fn load(&self) -> Result<KeySet, KeyProblem> {
        if let Some(text) = &self.secret {
            let encoding = SecretEncoding::from_name(&self.secret_encoding).unwrap_or_default();
            return keys::secret_from_text(text, encoding).map(KeySet::single).map_err(KeyProblem::Invalid);
        }
        if let Some(path) = &self.secret_file {
            let bytes = input::read_file(path).map_err(KeyProblem::Unreadable)?;
            return Ok(KeySet::single(keys::secret_from_bytes(bytes)));
        }
        if let Some(path) = &self.key {
            let bytes = input::read_file(path).map_err(KeyProblem::Unreadable)?;
            let text = String::from_utf8(bytes)
                .map_err(|_| KeyProblem::Invalid(KeyError(crate::text!("cli-key-not-text", path = path.as_str()))))?;
            return keys::parse_key(&text).map_err(|error| {
                KeyProblem::Invalid(KeyError(crate::text!("cli-key-file-error", path = path.as_str(), error = error.0)))
            });
        }
        Err(KeyProblem::Missing)
    }
}

/// `--decrypt-key` and `--decrypt-secret` of `decode` and `verify`: what opens a JWE.
#[derive(Debug, Clone, Default, Args)]
pub struct DecryptArgs {
    /// A key that opens a JWE: a PEM private key, a JWK or a JWK Set.
    #[arg(long, value_name = "PATH", conflicts_with = "decrypt_secret")]
    pub decrypt_key: Option<String>,
    /// A secret that opens a JWE (dir, AES key wrap, a PBES2 password), written as --secret-encoding says.
    #[arg(long, value_name = "TEXT")]
    pub decrypt_secret: Option<String>,
}

impl DecryptArgs {
    pub fn given(&self) -> bool {
        self.decrypt_key.is_some() || self.decrypt_secret.is_some()
    }

    /// The keys to open a JWE with, if any were given.
    pub fn load(&self, secret_encoding: &str) -> Result<Option<KeySet>, KeyProblem> {
        let as_key = KeyArgs {
            secret: self.decrypt_secret.clone(),
            secret_encoding: secret_encoding.to_owned(),
            key: self.decrypt_key.clone(),
            ..KeyArgs::default()
        };
        match as_key.load() {
            Ok(keys) => Ok(Some(keys)),
            Err(KeyProblem::Missing) => Ok(None),
            Err(problem) => Err(problem),
        }
    }
}

/// The operating system's random source, for keys and nonces.
pub fn os_random(buffer: &mut [u8]) {
    // Without an OS random source no key or nonce can be made safely: stop rather than go on with zeros.
    getrandom::fill(buffer).expect("the operating system's random source is unavailable");
}
