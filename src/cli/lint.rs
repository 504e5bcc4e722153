//! `tokenscope lint`: what is risky about a token. Exits 1 when a finding reaches `--fail-on`, 2 for a
//! malformed token or unusable arguments, else 0.

use super::keyargs::{KeyArgs, KeyProblem};
use super::render::{self, problem_json};
use super::{EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE, input, unusable};
use crate::jose::lint::{self, Finding, LintOptions, Severity};
use crate::jose::{self, time};
use crate::text;
use clap::Args;
use clap::builder::TypedValueParser;
use serde_json::{Value, json};
use std::io::{self, Write};

#[derive(Debug, Args)]
pub struct LintArgs {
    /// A token, `-` for stdin, or `@path`; stdin when left out.
    pub token: Option<String>,
    #[command(flatten)]
    pub key: KeyArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_name = "LEVEL", value_parser = ["low", "medium", "high"])]
    pub fail_on: Option<String>,
    /// The time the token is judged at (RFC 3339 or Unix seconds; default now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Lifetimes (exp - iat) longer than this are reported (a span such as 15m, 24h, 7d).
    #[arg(long, value_name = "SPAN", default_value = "24h")]
    pub max_lifetime: String,
    /// Read one token per stdin line and print one JSON object per line (JSON Lines, in input order).
    #[arg(long, conflicts_with = "token")]
    pub batch: bool,
    /// What the token is offered as (an ID token offered as at+jwt is a finding).
    #[arg(long, value_name = "PROFILE", value_parser = clap::builder::PossibleValuesParser::new(crate::jose::profile::Profile::ALL.map(crate::jose::profile::Profile::as_str)).try_map(|name| crate::jose::profile::Profile::from_name(&name).ok_or("unknown profile")))]
    pub profile: Option<crate::jose::profile::Profile>,
    /// Open a JWE with this key or secret and lint the token inside too.
    #[command(flatten)]
    pub decrypt: super::keyargs::DecryptArgs,
}

pub fn run(args: &LintArgs, out: &mut dyn Write) -> io::Result<u8> {
    let at = match input::at_time(args.at.as_deref()) {
        Ok(at) => at,
        Err(message) => return Ok(unusable(message)),
    };
    let max_lifetime = match time::parse_span(&args.max_lifetime) {
        Ok(span) if span > 0 => span as f64,
        Ok(_) => return Ok(unusable(crate::text!("cli-lint-lifetime-positive"))),
        Err(message) => return Ok(unusable(format!("--max-lifetime: {message}"))),
    };
    let keys = match args.key.load() {
        Ok(set) => Some(set),
        Err(KeyProblem::Missing) => None,
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => return Ok(unusable(format!("key_invalid: {error}"))),
    };
    let threshold = args.fail_on.as_deref().and_then(Severity::from_name);
    if args.batch {
        let options = LintOptions {
            now: time::seconds(at),
            offered_as: args.profile,
            keys: keys.as_ref(),
            max_lifetime,
            crack: None,
        };
        let stdin = std::io::stdin();
        let passed = super::batch::run_lines(stdin.lock(), out, |text| {
            let decoded = jose::decode(text);
            let Some(problem) = decoded.problem() else {
                let findings = lint::lint(&decoded, &options);
                let failed = threshold.is_some_and(|level| findings.iter().any(|finding| finding.severity >= level));
                let object = json!({"kind": decoded.kind.as_str(), "alg": decoded.alg(), "findings": findings});
                return (object.to_string(), !failed);
            };
            let object = json!({"kind": decoded.kind.as_str(), "alg": decoded.alg(), "findings": [], "errors": [problem_json(problem)]});
            (object.to_string(), true)
        })?;
        out.flush()?;
        return Ok(if passed { EXIT_OK } else { EXIT_INVALID });
    }
    let text = match input::token_text(args.token.as_deref()) {
        Ok(text) => text,
        Err(message) => return Ok(unusable(message)),
    };
    let decoded = jose::decode(&text);
    if let Some(problem) = decoded.problem() {
        if args.json {
            let object = json!({"kind": decoded.kind.as_str(), "alg": decoded.alg(), "findings": [], "errors": [problem_json(problem)]});
            writeln!(out, "{object}")?;
            out.flush()?;
        }
        render::print_problem(&text, problem);
        return Ok(EXIT_UNUSABLE);
    }
    let options = LintOptions {
        now: time::seconds(at),
        offered_as: args.profile,
        keys: keys.as_ref(),
        max_lifetime,
        crack: None,
    };
    let mut findings = lint::lint(&decoded, &options);
    let decrypt_keys = match args.decrypt.load(&args.key.secret_encoding) {
        Ok(keys) => keys,
        Err(KeyProblem::Missing) => None,
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => return Ok(unusable(format!("key_invalid: {error}"))),
    };
    let decrypted = crate::jose::jwe::open(&decoded, decrypt_keys.as_ref(), &mut super::keyargs::os_random);
    if decrypted.status == crate::jose::jwe::DecryptStatus::Ok {
        // It was read after all.
        findings.retain(|finding| finding.id != "encrypted_token");
    }
    if let Some(inner) = decrypted.inner.as_deref() {
        findings.extend(lint::nested_findings(inner, &options));
        findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
    }
    if args.json {
        let object = json!({
            "kind": decoded.kind.as_str(),
            "alg": decoded.alg(),
            "findings": serde_json::to_value(&findings).unwrap_or(Value::Null),
        });
        writeln!(out, "{object}")?;
    } else {
        write!(out, "{}", describe(&findings))?;
    }
    let threshold = args.fail_on.as_deref().and_then(Severity::from_name);
    Ok(match threshold {
        Some(level) if findings.iter().any(|finding| finding.severity >= level) => EXIT_INVALID,
        _ => EXIT_OK,
    })
}

fn describe(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return format!("{}\n", text!("cli-lint-no-findings"));
    }
    let mut out = String::new();
    for finding in findings {
        out.push_str(&format!(
            "[{}] {}: {}\n    {}\n    {}\n",
            super::colour::paint(finding.severity.label(), super::colour::severity(finding.severity)),
            finding.id,
            finding.title,
            finding.explanation,
            text!("cli-lint-see", reference = finding.reference)
        ));
    }
    let count = |level: Severity| findings.iter().filter(|finding| finding.severity == level).count();
    let summary = text!(
        "cli-lint-summary",
        count = findings.len(),
        high = count(Severity::High),
        medium = count(Severity::Medium),
        low = count(Severity::Low),
        info = count(Severity::Info)
    );
    out.push_str(&format!("{summary}\n"));
    out
}
