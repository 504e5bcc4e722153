//! `tokenscope verify`: is a token genuine under the given key and valid at `--at`? One token from the
//! argument or stdin, or `--batch`: one token per stdin line, one JSON object per output line, streamed in
//! chunks that both cores work on, in input order.

use super::keyargs::{KeyArgs, KeyProblem};
use super::render::{self, TokenMembers, token_members};
use super::{EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE, input, say, unusable};
use crate::jose::keys::KeySet;
use crate::jose::profile::{Profile, ProfileRequest};
use crate::jose::verify::{self, CheckStatus, ClaimCheck, ClaimRequest, Expectations, SignatureStatus, Skips, Verdict};
use crate::jose::{self, Decoded, ErrorKind, Problem, TokenKind, time};
use crate::text;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::{self, BufRead, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SkipCheck {
    Exp,
    Nbf,
    Iat,
    Aud,
}

/// `--at`, `--leeway`, `--iss`, `--aud`, `--sub`, `--require`, `--skip`.
#[derive(Debug, Clone, Default, Args)]
pub struct ClaimArgs {
    /// The time the claims are judged at (RFC 3339 or Unix seconds; default now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Seconds of clock skew allowed for exp, nbf and iat.
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    pub leeway: u64,
    /// An accepted issuer (repeatable: any of them).
    #[arg(long = "iss", value_name = "VALUE")]
    pub issuers: Vec<String>,
    /// An accepted audience (repeatable: the token must name one of them).
    #[arg(long = "aud", value_name = "VALUE")]
    pub audiences: Vec<String>,
    /// The expected subject.
    #[arg(long = "sub", value_name = "VALUE")]
    pub subject: Option<String>,
    /// A claim that must be present (repeatable).
    #[arg(long = "require", value_name = "CLAIM")]
    pub required: Vec<String>,
    /// Turn one check off (repeatable).
    #[arg(long = "skip", value_enum, value_name = "CHECK")]
    pub skip: Vec<SkipCheck>,
}

/// `--profile` and what a profile's token is checked against.
#[derive(Debug, Clone, Default, Args)]
pub struct ProfileArgs {
    /// Demand this profile (a token of another is invalid_token_type) and check its rules; without it, the detected
    /// profile's rules are checked.
    #[arg(long, value_name = "PROFILE", value_parser = PossibleValuesParser::new(Profile::ALL.map(Profile::as_str)).try_map(|name| Profile::from_name(&name).ok_or("unknown profile")))]
    pub profile: Option<Profile>,
    /// An ID token's expected nonce.
    #[arg(long, value_name = "NONCE")]
    pub nonce: Option<String>,
    /// The access token an ID token's at_hash must match.
    #[arg(long, value_name = "TOKEN")]
    pub access_token: Option<String>,
    /// The authorization code an ID token's c_hash must match.
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// Seconds since authentication (auth_time) an ID token may be used for.
    #[arg(long, value_name = "SECONDS")]
    pub max_age: Option<u64>,
    /// The HTTP method a DPoP proof must name (htm).
    #[arg(long, value_name = "METHOD")]
    pub htm: Option<String>,
    /// The URL a DPoP proof must name (htu; its query and fragment are left out).
    #[arg(long, value_name = "URL")]
    pub htu: Option<String>,
    /// An SD-JWT must come with a key binding JWT.
    #[arg(long)]
    pub require_key_binding: bool,
    /// The audience an SD-JWT's key binding JWT must name.
    #[arg(long, value_name = "AUD")]
    pub kb_aud: Option<String>,
}

impl ProfileArgs {
    pub fn request(&self) -> ProfileRequest {
        ProfileRequest {
            profile: self.profile,
            nonce: self.nonce.clone(),
            access_token: self.access_token.clone(),
            code: self.code.clone(),
            max_age: self.max_age,
            dpop: crate::jose::dpop::DpopRequest {
                htm: self.htm.clone(),
                htu: self.htu.clone(),
                access_token: self.access_token.clone(),
            },
            require_key_binding: self.require_key_binding,
            kb_aud: self.kb_aud.clone(),
        }
    }
}

impl ClaimArgs {
    pub fn request(&self, algorithms: Vec<jose::algorithm::Algorithm>) -> Result<ClaimRequest, String> {
        let at = input::at_time(self.at.as_deref())?;
        Ok(ClaimRequest {
            algorithms,
            at: time::seconds(at),
            leeway: self.leeway,
            issuers: self.issuers.clone(),
            audiences: self.audiences.clone(),
            subject: self.subject.clone(),
            required: self.required.clone(),
            skip: Skips {
                exp: self.skip.contains(&SkipCheck::Exp),
                nbf: self.skip.contains(&SkipCheck::Nbf),
                iat: self.skip.contains(&SkipCheck::Iat),
                aud: self.skip.contains(&SkipCheck::Aud),
            },
            use_embedded_key: false,
            allow_weak_keys: false,
            profile: ProfileRequest::default(),
        })
    }
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A token, `-` for stdin, or `@path`; stdin when left out. Not with --batch.
    pub token: Option<String>,
    #[command(flatten)]
    pub key: KeyArgs,
    #[command(flatten)]
    pub claims: ClaimArgs,
    /// Check the signature with the key the token carries in its header (jwk, or the first x5c certificate) when no
    /// key is given. signature.status then says whether it matches, but the token is never valid: anyone can sign
    /// a token with a key of their own, so the verdict is invalid with untrusted_key (exit 1).
    #[arg(long)]
    pub use_embedded_key: bool,
    /// Accept keys a careful verifier refuses (an HMAC secret shorter than the hash, an RSA key under 2048 bits or
    /// with the ROCA fingerprint) instead of reporting weak_key.
    #[arg(long)]
    pub allow_weak_keys: bool,
    #[command(flatten)]
    pub decrypt: super::keyargs::DecryptArgs,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Read one token per stdin line and print one JSON object per line.
    #[arg(long, conflicts_with = "token")]
    pub batch: bool,
}

/// The message of a `verify` without a key.
fn needs_key() -> crate::i18n::Text {
    text!("cli-verify-needs-key")
}

/// The key, or the `key_invalid` problem every token will report.
pub type LoadedKey = Result<Option<KeySet>, Problem>;

pub fn run(args: &VerifyArgs, out: &mut dyn Write) -> io::Result<u8> {
    let expect = match args.claims.request(args.key.algorithms.clone()) {
        Ok(request) => Expectations::new(ClaimRequest {
            use_embedded_key: args.use_embedded_key,
            allow_weak_keys: args.allow_weak_keys,
            profile: args.profile.request(),
            ..request
        }),
        Err(message) => return Ok(unusable(message)),
    };
    let keys: LoadedKey = match args.key.load() {
        Ok(set) => Ok(Some(set)),
        Err(KeyProblem::Missing) if args.use_embedded_key || args.decrypt.given() => Ok(None),
        // A DPoP proof carries its own key: whether one is needed is known once the token is read.
        Err(KeyProblem::Missing) if !args.batch => Ok(None),
        Err(KeyProblem::Missing) => return Ok(unusable(needs_key())),
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => Err(Problem::new(ErrorKind::KeyInvalid, error.0)),
    };
    if let Ok(Some(set)) = &keys {
        for skipped in &set.skipped {
            say(format!("note: {skipped}"));
        }
    }
    if args.batch {
        return run_batch(out, &keys, &expect);
    }
    let text = match input::token_text(args.token.as_deref()) {
        Ok(text) => text,
        Err(message) => return Ok(unusable(message)),
    };
    let decrypt_keys = match args.decrypt.load(&args.key.secret_encoding) {
        Ok(keys) => keys,
        Err(KeyProblem::Missing) => None,
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => return Ok(unusable(error.0)),
    };
    if crate::jose::sdjwt::looks_like(&text) {
        let sd = crate::jose::sdjwt::parse(&text);
        if matches!(keys, Ok(None)) && !args.use_embedded_key {
            return Ok(unusable(needs_key()));
        }
        let signing = keys.as_ref().ok().and_then(Option::as_ref);
        let (processed, verdict) = verify::verify_sd_jwt(&sd, signing, &expect);
        if args.json {
            let mut object: serde_json::Value =
                serde_json::from_str(&verdict_json(&sd.issuer, &verdict)).unwrap_or_default();
            let sd_object = super::jwe::sd_jwt_object(&sd, &processed);
            for name in ["kind", "profile", "disclosures", "undisclosed", "key_binding"] {
                object[name] = sd_object[name].clone();
            }
            object["disclosed_claims"] = sd_object["claims"].clone();
            writeln!(out, "{}", render::to_json(&object))?;
        } else {
            write!(out, "{}", describe(&sd.issuer, &verdict))?;
        }
        out.flush()?;
        return Ok(exit_code(&verdict));
    }
    let decoded = jose::decode(&text);
    let no_key = matches!(keys, Ok(None)) && !args.use_embedded_key && decrypt_keys.is_none();
    let dpop = verify::dpop_verdict(&decoded, &expect);
    if no_key && dpop.is_none() {
        return Ok(unusable(needs_key()));
    }
    if let Some((verdict, report)) = dpop {
        if args.json {
            let mut object: serde_json::Value =
                serde_json::from_str(&verdict_json(&decoded, &verdict)).unwrap_or_default();
            object["dpop"] = serde_json::to_value(&report).unwrap_or_default();
            writeln!(out, "{}", render::to_json(&object))?;
        } else {
            write!(out, "{}", describe(&decoded, &verdict))?;
        }
        out.flush()?;
        return Ok(exit_code(&verdict));
    }
    if let (Some(decrypt_keys), TokenKind::Jwe) = (&decrypt_keys, decoded.kind) {
        let signing = keys.as_ref().ok().and_then(Option::as_ref);
        let (decrypted, inner, verdict) =
            verify::verify_jwe(&decoded, Some(decrypt_keys), signing, &expect, &mut super::keyargs::os_random);
        if args.json {
            let mut object: serde_json::Value =
                serde_json::from_str(&verdict_json(&decoded, &verdict)).unwrap_or_default();
            let nested = decrypted.inner.as_deref().zip(inner.as_ref()).map(|(inner, inner_verdict)| {
                serde_json::from_str(&verdict_json(inner, inner_verdict)).unwrap_or_default()
            });
            object["decrypted"] = super::jwe::decrypted_json(&decrypted, nested);
            writeln!(out, "{}", render::to_json(&object))?;
        } else {
            // A nested token's signature line names the inner token's algorithm.
            write!(out, "{}", describe(decrypted.inner.as_deref().unwrap_or(&decoded), &verdict))?;
        }
        out.flush()?;
        return Ok(exit_code(&verdict));
    }
    let verdict = judge(&decoded, &keys, &expect);
    if args.json {
        writeln!(out, "{}", verdict_json(&decoded, &verdict))?;
    } else {
        write!(out, "{}", describe(&decoded, &verdict))?;
    }
    out.flush()?;
    if let Some(problem) = verdict.errors.iter().find(|problem| problem.kind == ErrorKind::Malformed) {
        render::print_problem(&text, problem);
    }
    Ok(exit_code(&verdict))
}

fn judge(decoded: &Decoded, keys: &LoadedKey, expect: &Expectations) -> Verdict {
    match keys {
        Ok(set) => verify::verify(decoded, set.as_ref(), expect),
        Err(problem) => {
            let mut verdict = verify::verify(decoded, None, expect);
            verdict.valid = false;
            if !decoded.is_malformed() {
                verdict.errors.insert(0, problem.clone());
            }
            verdict
        }
    }
}

fn exit_code(verdict: &Verdict) -> u8 {
    if verdict.valid {
        EXIT_OK
    } else if verdict.is_unusable() {
        EXIT_UNUSABLE
    } else {
        EXIT_INVALID
    }
}

/// The verify object of DESIGN.md, as one line of JSON.
pub fn verdict_json(decoded: &Decoded, verdict: &Verdict) -> String {
    #[derive(Serialize)]
    struct SignatureMembers<'a> {
        status: SignatureStatus,
        key: Option<&'a crate::i18n::Text>,
    }
    #[derive(Serialize)]
    struct VerifyObject<'a> {
        valid: bool,
        #[serde(flatten)]
        token: TokenMembers<'a>,
        signature: SignatureMembers<'a>,
        claims: &'a [ClaimCheck],
        errors: &'a [Problem],
    }
    render::to_json(&VerifyObject {
        valid: verdict.valid,
        token: token_members(decoded),
        signature: SignatureMembers { status: verdict.signature.status, key: verdict.signature.key.as_ref() },
        claims: &verdict.claims,
        errors: &verdict.errors,
    })
}

fn describe(decoded: &Decoded, verdict: &Verdict) -> String {
    let mut out = String::new();
    let signature = &verdict.signature;
    let alg = decoded.alg().unwrap_or("?");
    let line = match signature.status {
        SignatureStatus::Valid => {
            let key = signature.key.as_ref().map(ToString::to_string).unwrap_or_default();
            text!("cli-verify-signature-valid", alg = alg, key = key)
        }
        SignatureStatus::Invalid => text!("cli-verify-signature-invalid", alg = alg, detail = &signature.detail),
        SignatureStatus::NotChecked => text!("cli-verify-signature-not-checked", detail = &signature.detail),
        SignatureStatus::Unsupported => text!("cli-verify-signature-unsupported", detail = &signature.detail),
    };
    out.push_str(&format!("{}\n", text!("cli-verify-signature", line = line)));
    if !verdict.claims.is_empty() {
        out.push_str(&format!("{}\n", text!("cli-verify-claims")));
        let width = verdict.claims.iter().map(|check| check.name.chars().count()).max().unwrap_or(0);
        let statuses =
            [text!("cli-verify-ok"), text!("cli-verify-failed"), text!("cli-verify-skipped")].map(|t| t.to_string());
        let status_width = statuses.iter().map(|status| status.chars().count()).max().unwrap_or(0).max(7);
        for check in &verdict.claims {
            let status = &statuses[match check.status {
                CheckStatus::Passed => 0,
                CheckStatus::Failed => 1,
                CheckStatus::Skipped => 2,
            }];
            let style = match check.status {
                CheckStatus::Passed => super::colour::good(),
                CheckStatus::Failed => super::colour::bad(),
                CheckStatus::Skipped => super::colour::muted(),
            };
            let status = super::colour::paint(format!("{status:<status_width$}"), style);
            out.push_str(&format!("  {:<width$}  {status} {}\n", check.name, check.detail));
        }
    }
    if !verdict.errors.is_empty() {
        out.push_str(&format!("{}\n", text!("cli-verify-errors")));
        for problem in &verdict.errors {
            out.push_str(&format!("  {}: {}\n", problem.kind, problem.message));
        }
    }
    let overall = if verdict.valid {
        super::colour::paint(text!("cli-verify-valid"), super::colour::good())
    } else {
        super::colour::paint(text!("cli-verify-invalid"), super::colour::bad())
    };
    out.push_str(&format!("{overall}\n"));
    out
}

fn run_batch(out: &mut dyn Write, keys: &LoadedKey, expect: &Expectations) -> io::Result<u8> {
    let stdin = std::io::stdin();
    let mut counted = CountingLines { inner: out, lines: 0 };
    match verify_lines(stdin.lock(), &mut counted, keys, expect).and_then(|all| counted.flush().map(|()| all)) {
        Ok(true) => Ok(EXIT_OK),
        Ok(false) => Ok(EXIT_INVALID),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Err(error),
        Err(error) => {
            Ok(unusable(format!("the batch stopped after {} verdicts: they cannot be written: {error}", counted.lines)))
        }
    }
}

/// A writer that counts the lines written through it, so that a batch that cannot go on can say how far it got.
struct CountingLines<'w> {
    inner: &'w mut dyn Write,
    lines: usize,
}

impl Write for CountingLines<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(bytes)?;
        self.lines += bytes[..written].iter().filter(|byte| **byte == b'\n').count();
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Verifies one token per line of `input` (blank lines skipped) and writes one JSON object per line to
/// `output`, in input order; returns whether every token was valid.
pub fn verify_lines(
    input: impl BufRead,
    output: &mut impl Write,
    keys: &LoadedKey,
    expect: &Expectations,
) -> std::io::Result<bool> {
    super::batch::run_lines(input, output, |text| {
        let decoded = jose::decode(text);
        let verdict = judge(&decoded, keys, expect);
        (verdict_json(&decoded, &verdict), verdict.valid)
    })
}
