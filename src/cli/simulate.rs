//! `tokenscope simulate` runs a scenario file or a preset on the virtual clock and prints the event table (or
//! `{"events", "summary", ...}` with `--json`); `tokenscope presets` lists the presets. A scenario that cannot be
//! run exits 2 with a message naming the step.

use super::{EXIT_OK, input, unusable};
use crate::sim::{self, Timeline, presets};
use crate::text;
use clap::Args;
use std::fmt::Write as _;
use std::io::{self, Write};

#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// A scenario file (JSON), or `-` for stdin.
    #[arg(required_unless_present = "preset", conflicts_with = "preset")]
    pub scenario: Option<String>,
    /// Run a preset scenario instead (see `tokenscope presets`).
    #[arg(long, value_name = "NAME")]
    pub preset: Option<String>,
    /// Print JSON instead of the event table.
    #[arg(long)]
    pub json: bool,
    /// Under each event, show its HTTP exchange (request and response, as curl -v does) and the store's commands.
    #[arg(long, short = 'v', visible_alias = "verbose")]
    pub wire: bool,
}

pub fn run(args: &SimulateArgs, out: &mut dyn Write) -> io::Result<u8> {
    let scenario = match (&args.preset, &args.scenario) {
        (Some(name), _) => match presets::by_name(name) {
            Some(preset) => preset.scenario(),
            None => return Ok(unusable(text!("cli-simulate-no-preset", name = name.as_str()))),
        },
        (None, Some(path)) => {
            let text = if path == "-" { input::read_stdin() } else { input::read_text_file(path) };
            match text {
                Ok(text) => sim::Scenario::from_json(&text),
                Err(message) => return Ok(unusable(message)),
            }
        }
        (None, None) => return Ok(unusable(text!("cli-simulate-needs-scenario"))),
    };
    let scenario = match scenario {
        Ok(scenario) => scenario,
        Err(error) => return Ok(unusable(text!("cli-simulate-cannot-run", error = error.to_text()))),
    };
    let timeline = sim::run(&scenario);
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&timeline.to_json()).unwrap_or_default())?;
    } else {
        write!(out, "{}", table(&timeline, args.wire))?;
    }
    Ok(EXIT_OK)
}

/// An event's exchange under its row: `>` lines sent, `<` lines answered (as `curl -v` writes them), then the
/// store's commands.
fn exchange(out: &mut String, event: &crate::sim::Event) {
    const INDENT: &str = "        ";
    if let Some(request) = &event.request {
        for line in request.head_lines() {
            let _ = writeln!(out, "{INDENT}> {line}");
        }
        if let Some(body) = &request.body {
            let _ = writeln!(out, "{INDENT}>\n{INDENT}> {body}");
        }
    }
    if let Some(response) = &event.response {
        for line in response.head_lines() {
            let _ = writeln!(out, "{INDENT}< {line}");
        }
        if let Some(body) = &response.body {
            let _ = writeln!(out, "{INDENT}<\n{INDENT}< {body}");
        }
    }
    if !event.store.is_empty() {
        let _ = writeln!(out, "{INDENT}{}", text!("cli-simulate-store"));
        for command in &event.store {
            let _ = writeln!(out, "{INDENT}  {command}");
        }
    }
    if event.request.is_some() || !event.store.is_empty() {
        let _ = writeln!(out);
    }
}

/// The readable event table, then the summary; with `wire`, each event's HTTP exchange and store commands.
pub fn table(timeline: &Timeline, wire: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", timeline.name);
    let _ = writeln!(out, "{}\n", text!("cli-simulate-secret", secret = timeline.secret.as_str()));
    let actor_width = timeline.actors.iter().map(String::len).max().unwrap_or(5).max(5);
    let _ = writeln!(
        out,
        "{:>6}  {:<actor_width$}  {:<15}  {:<9}  {:<6}  {:<15}  {:<11}  {}",
        "at",
        "actor",
        "do",
        "presented",
        "status",
        "error",
        "issued",
        text!("cli-simulate-what-happened")
    );
    for event in &timeline.events {
        let status = event.status.map_or("-".to_owned(), |status| status.to_string());
        let labels =
            |tokens: &[crate::sim::ids::TokenId]| tokens.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let issued = if event.stolen.is_empty() {
            labels(&event.issued)
        } else {
            text!("cli-simulate-stole", labels = labels(&event.stolen)).to_string()
        };
        let _ = writeln!(
            out,
            "{:>6}  {:<actor_width$}  {:<15}  {:<9}  {:<6}  {:<15}  {:<11}  {}",
            text!("app-log-seconds", at = event.at).to_string(),
            event.actor,
            event.action.name(),
            event.presented.map_or("-".to_owned(), |label| label.to_string()),
            status,
            event.error.map_or("-", |error| error.as_str()),
            if issued.is_empty() { "-".to_owned() } else { issued },
            event.message
        );
        if wire {
            exchange(&mut out, event);
        }
    }
    let summary = &timeline.summary;
    let _ = writeln!(out);
    if summary.attacker_window.is_empty() {
        let _ = writeln!(out, "{}", text!("cli-simulate-window-none"));
    } else {
        let spans: Vec<String> = summary
            .attacker_window
            .iter()
            .map(|span| text!("cli-simulate-span", from = span.from, to = span.to).to_string())
            .collect();
        let line = text!("cli-simulate-window", seconds = summary.attacker_seconds, spans = spans.join(", "));
        let _ = writeln!(out, "{line}");
    }
    match summary.detected_at {
        Some(at) => _ = writeln!(out, "{}", text!("cli-simulate-detected-at", at = at)),
        None => _ = writeln!(out, "{}", text!("cli-simulate-detected-never")),
    }
    if summary.revoked_families.is_empty() {
        let _ = writeln!(out, "{}", text!("cli-simulate-revoked-none"));
    } else {
        let revoked: Vec<String> = summary
            .revoked_families
            .iter()
            .map(|revocation| {
                let at = text!("cli-simulate-revoked-at", family = revocation.family, at = revocation.at);
                format!("{at} ({})", revocation.reason.as_str())
            })
            .collect();
        let _ = writeln!(out, "{}", text!("cli-simulate-revoked", families = revoked.join(", ")));
    }
    if timeline.events.iter().any(|event| event.via.is_some()) {
        let _ = writeln!(out, "{}", text!("cli-simulate-in-page-calls", count = summary.in_page_calls));
    }
    out
}

pub fn list_presets(out: &mut dyn Write) -> io::Result<u8> {
    let width = presets::ALL.iter().map(|preset| preset.name.len()).max().unwrap_or(10);
    for preset in presets::ALL {
        writeln!(out, "{:<width$}  {}", preset.name, preset.title())?;
    }
    Ok(EXIT_OK)
}
