//! `tokenscope decode`: what a token holds, as text for people or JSON for scripts. It checks neither
//! signature nor claims, so it exits 0 for any token whose header it can read and 2 for a malformed one.

use super::render::{self, pretty, token_members};
use super::{DecodeArgs, EXIT_OK, EXIT_UNUSABLE, input, unusable};
use crate::jose::claims::{self, TimeStanding};
use crate::jose::decode::PayloadView;
use crate::jose::{self, Decoded, TokenKind, time};
use chrono::FixedOffset;
use serde_json::Value;
use std::fmt::Write as _;

pub fn run(args: &DecodeArgs, out: &mut dyn std::io::Write) -> std::io::Result<u8> {
    let text = match input::token_text(args.token.as_deref()) {
        Ok(text) => text,
        Err(message) => return Ok(unusable(message)),
    };
    let at = match input::at_time(args.at.as_deref()) {
        Ok(at) => at,
        Err(message) => return Ok(unusable(message)),
    };
    let decoded = jose::decode(&text);
    if args.json {
        #[derive(serde::Serialize)]
        struct DecodeObject<'a> {
            #[serde(flatten)]
            token: render::TokenMembers<'a>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            errors: &'a [crate::jose::Problem],
        }
        writeln!(
            out,
            "{}",
            render::to_json(&DecodeObject { token: token_members(&decoded), errors: &decoded.problems })
        )?;
    } else {
        write!(out, "{}", describe(&decoded, time::seconds(at), input::local_offset(at)))?;
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
        TokenKind::Jwe => "JWE (encrypted; the payload cannot be shown without the key)",
        TokenKind::Jws if decoded.is_unsecured() => "JWS with alg none (unsecured: nobody signed it)",
        TokenKind::Jws => "JWS (signed)",
    };
    let _ = writeln!(out, "Token:   {kind}");
    if let Some(alg) = decoded.alg() {
        let _ = writeln!(out, "Alg:     {alg}");
    }
    if let Some(kid) = decoded.kid() {
        let _ = writeln!(out, "Kid:     {kid}");
    }
    if decoded.is_nested() {
        let _ = writeln!(out, "Nested:  cty is JWT, so the payload is itself a token");
    }
    if let Some(line) = decoded.source.describe() {
        let _ = writeln!(out, "Source:  {line}");
    }
    if let Some(header) = &decoded.header {
        let _ = writeln!(out, "\nHeader\n{}", pretty(&Value::Object(header.clone())));
    }
    match decoded.kind {
        TokenKind::Jwe => {
            for (segment, size) in decoded.part_sizes() {
                let size = size.map_or("not base64url".to_owned(), |bytes| format!("{bytes} bytes"));
                let _ = writeln!(out, "{:<22} {size}", capitalised(segment.label()));
            }
        }
        TokenKind::Jws => describe_payload(&mut out, decoded, now, local),
    }
    if let Some(signature) = decoded.signature_bytes() {
        let _ = writeln!(out, "\nSignature: {} bytes (not checked; use tokenscope verify)", signature.len());
    }
    out
}

fn describe_payload(out: &mut String, decoded: &Decoded, now: f64, local: FixedOffset) {
    let Some(claims) = decoded.claims() else {
        return describe_other_payload(out, decoded);
    };
    let _ = writeln!(out, "\nPayload\n{}", pretty(&Value::Object(claims.clone())));
    for name in &decoded.payload_duplicates {
        let _ = writeln!(out, "  note: the member \"{name}\" appears more than once; the last one is shown");
    }
    let _ = writeln!(out, "\nClaims");
    let rows = claims::claim_rows(claims, now, local);
    let width = rows.iter().map(|row| row.name.chars().count()).max().unwrap_or(0);
    for row in rows {
        let meaning = row.entry.map_or(String::new(), |entry| format!("  {}: {}", entry.title, entry.meaning));
        let _ = writeln!(out, "  {:<width$}  {:<10}{meaning}", row.name, row.class.as_str());
        match row.time {
            Some(Ok(fact)) => {
                let mark = match fact.standing {
                    TimeStanding::Fine => "",
                    TimeStanding::Expired => "  [expired]",
                    TimeStanding::NotYetValid => "  [not yet valid]",
                };
                let _ = writeln!(out, "  {:<width$}  {}  {}  ({}){mark}", "", fact.utc, fact.local, fact.relative);
                if fact.looks_like_milliseconds {
                    let _ = writeln!(out, "  {:<width$}  looks like milliseconds; NumericDate is in seconds", "");
                }
            }
            Some(Err(message)) => {
                let _ = writeln!(out, "  {:<width$}  {message}", "");
            }
            None => {}
        }
    }
    if let Some(lifetime) = claims::lifetime(claims) {
        let _ = writeln!(out, "\nLifetime: {} (exp - iat)", time::span_text(lifetime));
    }
}

/// A payload that is not a claims set: other JSON, text, or bytes in hex, cut at the preview limit.
fn describe_other_payload(out: &mut String, decoded: &Decoded) {
    let view = decoded.payload_view();
    let more = if view.is_cut() { "…" } else { "" };
    match view {
        PayloadView::Json(value) => _ = writeln!(out, "\nPayload (JSON, not a claims set)\n{}", pretty(value)),
        PayloadView::Text { text, .. } if more.is_empty() => _ = writeln!(out, "\nPayload (text)\n{text}"),
        PayloadView::Text { text, total } => {
            _ = writeln!(out, "\nPayload (text, the first {} of {total} bytes)\n{text}{more}", text.len())
        }
        PayloadView::Bytes { hex, total } => _ = writeln!(out, "\nPayload ({total} bytes, not text)\n{hex}{more}"),
        PayloadView::Encrypted | PayloadView::Unreadable => {}
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
}
