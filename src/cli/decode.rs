//! `tokenscope decode`: what a token holds, as text for people or JSON for scripts. It checks neither
//! signature nor claims, so it exits 0 for any token whose header it can read and 2 for a malformed one.

use super::keyargs::{KeyProblem, os_random};
use super::render::{self, pretty};
use super::{DecodeArgs, EXIT_OK, EXIT_UNUSABLE, input, unusable};
use crate::i18n::span;
use crate::jose::claims::{self, TimeStanding};
use crate::jose::decode::PayloadView;
use crate::jose::jwe::{self, Decrypted};
use crate::jose::{self, Decoded, TokenKind, time};
use crate::text;
use chrono::FixedOffset;
use serde_json::Value;
use std::fmt::Write as _;

pub fn run(args: &DecodeArgs, out: &mut dyn std::io::Write) -> std::io::Result<u8> {
    if args.batch {
        // Every line as `decode --json` prints it; malformed ones carry their errors in place.
        let stdin = std::io::stdin();
        let all_read = super::batch::run_lines(stdin.lock(), out, |text| {
            let decoded = jose::decode(text);
            (render::to_json(&super::jwe::decode_object(&decoded, None)), !decoded.is_malformed())
        })?;
        out.flush()?;
        return Ok(if all_read { EXIT_OK } else { EXIT_UNUSABLE });
    }
    let text = match input::token_text(args.token.as_deref()) {
        Ok(text) => text,
        Err(message) => return Ok(unusable(message)),
    };
    let at = match input::at_time(args.at.as_deref()) {
        Ok(at) => at,
        Err(message) => return Ok(unusable(message)),
    };
    let decrypt_keys = match args.decrypt.load(&args.secret_encoding) {
        Ok(keys) => keys,
        Err(KeyProblem::Missing) => None,
        Err(KeyProblem::Unreadable(message)) => return Ok(unusable(message)),
        Err(KeyProblem::Invalid(error)) => return Ok(unusable(error.0)),
    };
    if crate::jose::sdjwt::looks_like(&text) {
        let sd = crate::jose::sdjwt::parse(&text);
        let processed = crate::jose::sdjwt::process(&sd);
        if let Some(problem) = sd.issuer.problem() {
            render::print_problem(&text, problem);
            return Ok(EXIT_UNUSABLE);
        }
        if args.json {
            writeln!(out, "{}", render::to_json(&super::jwe::sd_jwt_object(&sd, &processed)))?;
        } else {
            let (now, local) = (time::seconds(at), input::local_offset(at));
            write!(out, "{}", describe(&sd.issuer, now, local))?;
            write!(out, "{}", describe_disclosures(&sd, &processed))?;
        }
        out.flush()?;
        return Ok(EXIT_OK);
    }
    let decoded = jose::decode(&text);
    let decrypted = decrypt_keys.as_ref().map(|keys| jwe::open(&decoded, Some(keys), &mut os_random));
    let decrypted = decrypted.filter(|_| decoded.kind == TokenKind::Jwe);
    if args.json {
        writeln!(out, "{}", render::to_json(&super::jwe::decode_object(&decoded, decrypted.as_ref())))?;
    } else {
        let (now, local) = (time::seconds(at), input::local_offset(at));
        write!(out, "{}", describe(&decoded, now, local))?;
        if let Some(decrypted) = &decrypted {
            write!(out, "{}", describe_decrypted(decrypted, now, local))?;
        }
    }
    out.flush()?;
    Ok(match decoded.problem() {
        Some(problem) => {
            render::print_problem(&text, problem);
            EXIT_UNUSABLE
        }
        None => EXIT_OK,
    })
}

/// The readable report: kind, header, payload, claims with times, signature size.
fn describe(decoded: &Decoded, now: f64, local: FixedOffset) -> String {
    let mut out = String::new();
    let kind = match decoded.kind {
        TokenKind::Jwe => text!("cli-decode-kind-jwe"),
        TokenKind::Jws if decoded.is_unsecured() => text!("cli-decode-kind-unsecured"),
        TokenKind::Jws => text!("cli-decode-kind-jws"),
    };
    let _ = writeln!(out, "{}", text!("cli-decode-token", kind = kind));
    if let Some(alg) = decoded.alg() {
        let _ = writeln!(out, "{}", text!("cli-decode-alg", alg = alg));
    }
    if let Some(kid) = decoded.kid() {
        let _ = writeln!(out, "{}", text!("cli-decode-kid", kid = kid));
    }
    if decoded.is_nested() {
        let _ = writeln!(out, "{}", text!("cli-decode-nested"));
    }
    if let Some(line) = decoded.source.describe() {
        let _ = writeln!(out, "{}", text!("cli-decode-source", source = line));
    }
    if let Some(header) = &decoded.header {
        let heading = super::colour::paint(text!("cli-decode-header"), super::colour::part(0));
        let _ = writeln!(out, "\n{heading}\n{}", pretty(&Value::Object(header.clone())));
    }
    match decoded.kind {
        TokenKind::Jwe => {
            for (segment, size) in decoded.part_sizes() {
                let size = size.map_or(text!("app-results-view-not-base64url"), |bytes| {
                    text!("app-results-view-bytes", count = bytes)
                });
                let _ = writeln!(out, "{}", pad(&capitalised(&segment.label().to_string()), 22, &size.to_string()));
            }
        }
        TokenKind::Jws => describe_payload(&mut out, decoded, now, local),
    }
    if let Some(signature) = decoded.signature_bytes() {
        let line = text!("cli-decode-signature", bytes = signature.len());
        let _ = writeln!(out, "\n{}", super::colour::paint(line, super::colour::part(2)));
    }
    out
}

/// An SD-JWT's disclosures, the claims as disclosed, and its key binding JWT.
fn describe_disclosures(sd: &crate::jose::sdjwt::SdJwt, processed: &crate::jose::sdjwt::Processed) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", text!("cli-decode-disclosures", count = sd.disclosures.len()));
    for disclosure in &sd.disclosures {
        let name = disclosure.name.clone().unwrap_or_else(|| text!("cli-decode-array-element").to_string());
        let _ = writeln!(out, "  {name} = {}  ({})", disclosure.value, disclosure.digest);
    }
    let _ = writeln!(
        out,
        "\n{}\n{}",
        text!("cli-decode-disclosed-claims"),
        pretty(&Value::Object(processed.claims.clone()))
    );
    let _ = writeln!(out, "{}", text!("cli-decode-undisclosed", count = processed.undisclosed));
    for problem in &processed.problems {
        let _ = writeln!(out, "  {}: {}", problem.kind, problem.message);
    }
    if let Some(kb) = &sd.key_binding {
        let _ = writeln!(
            out,
            "\n{}\n{}",
            text!("cli-decode-key-binding"),
            pretty(&kb.payload_json.clone().unwrap_or_default())
        );
    }
    out
}

/// What opening a JWE found: its plaintext as a payload, and the token inside described as any token is.
fn describe_decrypted(decrypted: &Decrypted, now: f64, local: FixedOffset) -> String {
    let mut out = String::new();
    match (&decrypted.opened, &decrypted.problem) {
        (Some(opened), _) => {
            let heading = text!("cli-decode-decrypted", alg = opened.alg.as_str(), enc = opened.enc.as_str());
            let _ = writeln!(out, "\n{heading}");
            match &decrypted.inner {
                Some(inner) => {
                    let _ = writeln!(out, "\n{}\n", text!("cli-decode-inner-token"));
                    out.push_str(&describe(inner, now, local));
                }
                None => match decrypted.payload() {
                    Some(claims) => {
                        let _ = writeln!(out, "{}", pretty(&Value::Object(claims)));
                    }
                    None => out.push_str(&String::from_utf8_lossy(&opened.plaintext)),
                },
            }
        }
        (None, Some(problem)) => {
            let _ = writeln!(out, "\n{}", text!("cli-decode-decryption-failed", message = &problem.message));
        }
        (None, None) => {}
    }
    out
}

fn describe_payload(out: &mut String, decoded: &Decoded, now: f64, local: FixedOffset) {
    let Some(claims) = decoded.claims() else {
        return describe_other_payload(out, decoded);
    };
    let heading = super::colour::paint(text!("cli-decode-payload"), super::colour::part(1));
    let _ = writeln!(out, "\n{heading}\n{}", pretty(&Value::Object(claims.clone())));
    for name in &decoded.payload_duplicates {
        let _ = writeln!(out, "  {}", text!("cli-decode-duplicate", name = name.as_str()));
    }
    let _ = writeln!(out, "\n{}", text!("cli-decode-claims"));
    let rows = claims::claim_rows(claims, now, local);
    let width = rows.iter().map(|row| columns(&row.name)).max().unwrap_or(0);
    for row in rows {
        let meaning = row.entry.map_or(String::new(), |entry| {
            format!("  {}", text!("cli-decode-meaning", title = entry.title(), meaning = entry.meaning()))
        });
        let class = row.class.label().to_string();
        let _ = writeln!(out, "  {}  {}{meaning}", pad(&row.name, width, ""), pad(&class, 10, ""));
        match row.time {
            Some(Ok(fact)) => {
                let mark = match fact.standing {
                    TimeStanding::Fine => String::new(),
                    TimeStanding::Expired => format!("  [{}]", text!("cli-decode-expired")),
                    TimeStanding::NotYetValid => format!("  [{}]", text!("cli-decode-not-yet-valid")),
                };
                let _ = writeln!(out, "  {:<width$}  {}  {}  ({}){mark}", "", fact.utc, fact.local, fact.relative);
                if fact.looks_like_milliseconds {
                    let _ = writeln!(out, "  {:<width$}  {}", "", text!("cli-decode-milliseconds"));
                }
            }
            Some(Err(message)) => {
                let _ = writeln!(out, "  {:<width$}  {message}", "");
            }
            None => {}
        }
    }
    if let Some(lifetime) = claims::lifetime(claims) {
        let _ = writeln!(out, "\n{}", text!("cli-decode-lifetime", span = span(lifetime)));
    }
}

/// A payload that is not a claims set: other JSON, text, or bytes in hex, cut at the preview limit.
fn describe_other_payload(out: &mut String, decoded: &Decoded) {
    let view = decoded.payload_view();
    let more = if view.is_cut() { "…" } else { "" };
    match view {
        PayloadView::Json(value) => _ = writeln!(out, "\n{}\n{}", text!("cli-decode-payload-json"), pretty(value)),
        PayloadView::Text { text, .. } if more.is_empty() => {
            _ = writeln!(out, "\n{}\n{text}", text!("cli-decode-payload-text"))
        }
        PayloadView::Text { text, total } => {
            let heading = text!("cli-decode-payload-text-cut", shown = text.len(), total = total);
            _ = writeln!(out, "\n{heading}\n{text}{more}")
        }
        PayloadView::Bytes { hex, total } => {
            _ = writeln!(out, "\n{}\n{hex}{more}", text!("cli-decode-payload-bytes", total = total))
        }
        PayloadView::Encrypted | PayloadView::Unreadable => {}
    }
}

/// `text` then `after`, with `text` padded to `width` columns (Hangul counts two), as `{:<width$}` would pad ASCII.
fn pad(text: &str, width: usize, after: &str) -> String {
    let room = width.saturating_sub(columns(text));
    if after.is_empty() { format!("{text}{}", " ".repeat(room)) } else { format!("{text}{} {after}", " ".repeat(room)) }
}

/// How many terminal columns `text` takes.
fn columns(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// East Asian wide characters take two columns in a terminal.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
}
