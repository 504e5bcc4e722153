//! The Inspect tab: the editor and signature panel on one side, the decoded header, payload, claims and
//! findings on the other. An `Analysis` holds every fact the core gave about the current inputs; it is
//! made again only when the token or the key changes, and its time-dependent parts once a second.

use super::editor::TokenEditor;
use super::json_lines::JsonLines;
use super::palette;
use super::signature_panel::{self, SignaturePanel};
use crate::jose::claims::{self, ClaimRow, TimeStanding};
use crate::jose::encode::{self, HmacWalkthrough};
use crate::jose::lint::{self, Finding, LintOptions};
use crate::jose::verify::{self, Verdict};
use crate::jose::{self, Decoded, TokenKind, algorithm::Algorithm};
use chrono::FixedOffset;
use egui::RichText;

/// How the payload is shown.
pub enum PayloadView {
    Json(JsonLines),
    Text(String),
    Hex(String),
    Hidden(&'static str),
}

/// Everything the core said about the current token, key and expectations.
pub struct Analysis {
    pub decoded: Decoded,
    pub header: Option<JsonLines>,
    pub payload: PayloadView,
    pub rows: Vec<ClaimRow>,
    /// Each claim's value as shown in the claims table, cut short once so frames never format a huge value.
    pub previews: Vec<String>,
    pub lifetime: Option<f64>,
    /// The clock-independent half of the verdict, kept while only the time moves.
    judgement: Option<verify::SignatureJudgement>,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    pub walkthrough: Option<HmacWalkthrough>,
    /// Whole seconds of the `now` the time-dependent parts were computed at.
    pub second: i64,
}

impl Analysis {
    pub fn new(text: &str, panel: &SignaturePanel, now: f64, local: FixedOffset) -> Analysis {
        let decoded = jose::decode(text);
        let header = decoded.header.as_ref().map(|header| JsonLines::new(&serde_json::Value::Object(header.clone())));
        let payload = match (decoded.kind, &decoded.payload_json, decoded.payload_bytes()) {
            (TokenKind::Jwe, _, _) => PayloadView::Hidden("encrypted: the payload cannot be read without the key"),
            (_, Some(value), _) => PayloadView::Json(JsonLines::new(value)),
            (_, None, Some(bytes)) => match std::str::from_utf8(bytes) {
                Ok(text) => PayloadView::Text(text.to_owned()),
                Err(_) => PayloadView::Hex(encode::hex(&bytes[..bytes.len().min(4096)])),
            },
            (_, None, None) => PayloadView::Hidden("the payload could not be decoded"),
        };
        let evaluation = panel.evaluation_time(now).unwrap_or(now);
        let rows = decoded.claims().map(|claims| claims::claim_rows(claims, evaluation, local)).unwrap_or_default();
        let lifetime = decoded.claims().and_then(claims::lifetime);
        let previews = rows.iter().map(|row| value_preview(&row.value)).collect();
        let mut analysis = Analysis {
            decoded,
            header,
            payload,
            rows,
            previews,
            lifetime,
            judgement: None,
            verdict: Verdict {
                valid: false,
                signature: verify::SignatureCheck {
                    status: verify::SignatureStatus::NotChecked,
                    key: None,
                    detail: String::new(),
                },
                claims: Vec::new(),
                errors: Vec::new(),
            },
            findings: Vec::new(),
            walkthrough: None,
            second: now.floor() as i64,
        };
        analysis.judge(panel, now, local);
        analysis
    }

    /// Re-evaluates what depends on the key, the expectations and the clock.
    pub fn judge(&mut self, panel: &SignaturePanel, now: f64, local: FixedOffset) {
        let keys = panel.keys(Some(&self.decoded));
        let expect = panel.expectations(now);
        let judgement = verify::judge_signature(&self.decoded, keys, &expect);
        self.verdict = verify::judge_claims(&self.decoded, &judgement, &expect);
        self.judgement = Some(judgement);
        self.findings = findings(&self.decoded, keys, expect.now);
        self.read_times(expect.now, local);
        self.walkthrough = match (self.decoded.alg().and_then(Algorithm::from_name), keys, self.decoded.signing_input())
        {
            (Some(alg), Some(set), Some(input)) if alg.hmac_output_len().is_some() && input.len() <= 64 * 1024 => set
                .keys
                .first()
                .and_then(|key| encode::hmac_walkthrough(input, self.decoded.signature_text(), alg, key).ok()),
            _ => None,
        };
        self.second = now.floor() as i64;
    }

    /// The once-a-second update: relative times and claim checks move on, the signature is not checked again.
    /// Findings are made again only when a time claim changes standing (the token expired, or became valid).
    pub fn tick(&mut self, panel: &SignaturePanel, now: f64, local: FixedOffset) {
        let Some(judgement) = &self.judgement else {
            return self.judge(panel, now, local);
        };
        let expect = panel.expectations(now);
        self.verdict = verify::judge_claims(&self.decoded, judgement, &expect);
        if self.read_times(expect.now, local) {
            self.findings = findings(&self.decoded, panel.keys(Some(&self.decoded)), expect.now);
        }
        self.second = now.floor() as i64;
    }

    /// Reads the time claims at `at`; says whether any of them changed standing.
    fn read_times(&mut self, at: f64, local: FixedOffset) -> bool {
        let mut standing_changed = false;
        for row in &mut self.rows {
            if let Some(time) = &mut row.time {
                let before = time.as_ref().ok().map(|fact| fact.standing);
                *time = claims::time_fact(&row.name, &row.value, at, local);
                standing_changed |= before != time.as_ref().ok().map(|fact| fact.standing);
            }
        }
        standing_changed
    }

    /// Whether a relative time is on screen, so the window must tick once a second.
    pub fn has_live_times(&self) -> bool {
        self.rows.iter().any(|row| row.time.is_some())
    }
}

/// The lint findings shown beside the token, judged at `now` with the key given (if any).
fn findings(decoded: &Decoded, keys: Option<&crate::jose::keys::KeySet>, now: f64) -> Vec<Finding> {
    lint::lint(decoded, &LintOptions { now, keys, ..LintOptions::default() })
}

#[derive(Default)]
pub struct InspectTab {
    pub editor: TokenEditor,
    pub signature: SignaturePanel,
    pub analysis: Option<Analysis>,
    /// Set when inputs changed and the analysis must be made again.
    dirty: bool,
    /// Set when only the key or expectations changed.
    key_dirty: bool,
    open_token_file: bool,
}

impl InspectTab {
    pub fn load(&mut self, text: String) {
        self.editor.set_text(text);
        self.dirty = true;
    }

    pub fn inputs_changed(&mut self) {
        self.key_dirty = true;
    }

    pub fn take_open_requests(&mut self) -> (bool, bool) {
        let requests = (self.open_token_file, self.signature.open_key_file);
        self.open_token_file = false;
        self.signature.open_key_file = false;
        requests
    }

    /// Brings the analysis up to date with the inputs and the clock.
    pub fn refresh(&mut self, now: f64, local: FixedOffset) {
        if self.dirty || self.analysis.is_none() {
            self.analysis = Some(Analysis::new(&self.editor.text, &self.signature, now, local));
        } else if let Some(analysis) = &mut self.analysis {
            let tick = self.signature.is_live() && analysis.second != now.floor() as i64 && analysis.has_live_times();
            if self.key_dirty {
                analysis.judge(&self.signature, now, local);
            } else if tick {
                analysis.tick(&self.signature, now, local);
            }
        }
        self.dirty = false;
        self.key_dirty = false;
    }

    pub fn payload_text(&self) -> Option<String> {
        let analysis = self.analysis.as_ref()?;
        match &analysis.payload {
            PayloadView::Json(lines) => Some(lines.text.clone()),
            PayloadView::Text(text) => Some(text.clone()),
            _ => None,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, stacked: bool, now: f64, local: FixedOffset) {
        self.refresh(now, local);
        if stacked {
            egui::ScrollArea::vertical().id_salt("inspect-stacked").show(ui, |ui| {
                self.left_ui(ui);
                ui.separator();
                self.right_ui(ui);
            });
        } else {
            let width = ui.available_width();
            egui::Panel::left("inspect-left")
                .resizable(true)
                .default_size((width * 0.44).clamp(320.0, 640.0))
                .size_range(280.0..=width * 0.7)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().id_salt("inspect-left-scroll").show(ui, |ui| self.left_ui(ui));
                });
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("inspect-right-scroll").show(ui, |ui| self.right_ui(ui));
            });
        }
        self.refresh(now, local);
    }

    fn left_ui(&mut self, ui: &mut egui::Ui) {
        let outcome = self.editor.ui(ui, self.analysis.as_ref().map(|analysis| &analysis.decoded));
        self.dirty |= outcome.changed;
        self.open_token_file |= outcome.open_file;
        ui.add_space(8.0);
        ui.separator();
        let decoded = self.analysis.as_ref().map(|analysis| &analysis.decoded);
        if self.signature.inputs_ui(ui, decoded) {
            self.key_dirty = true;
        }
        ui.add_space(6.0);
        if let Some(analysis) = &self.analysis
            && !analysis.decoded.token.is_empty()
        {
            signature_panel::verdict_ui(ui, &analysis.decoded, &analysis.verdict);
            if let Some(walk) = &analysis.walkthrough {
                signature_panel::walkthrough_ui(ui, walk);
            }
        }
    }

    fn right_ui(&mut self, ui: &mut egui::Ui) {
        let Some(analysis) = &self.analysis else { return };
        let dark = palette::is_dark(ui);
        if analysis.decoded.token.is_empty() {
            ui.add_space(40.0);
            ui.vertical_centered(|ui| {
                ui.heading("Paste a token to inspect it");
                ui.label(
                    RichText::new("Ctrl+V pastes, Ctrl+O opens a file, or pick one from Examples.")
                        .color(palette::muted(dark)),
                );
            });
            return;
        }
        section_heading(
            ui,
            "Header",
            palette::segment(jose::Segment::Header, dark),
            analysis.header.as_ref().map(|l| l.text.clone()),
        );
        match &analysis.header {
            Some(lines) => lines.ui(ui, "header-json", 160.0),
            None => {
                ui.colored_label(palette::error(dark), "The header cannot be read.");
            }
        }
        ui.add_space(8.0);
        let payload_copy = match &analysis.payload {
            PayloadView::Json(lines) => Some(lines.text.clone()),
            PayloadView::Text(text) => Some(text.clone()),
            _ => None,
        };
        section_heading(ui, "Payload", palette::segment(jose::Segment::Payload, dark), payload_copy);
        match &analysis.payload {
            PayloadView::Json(lines) => lines.ui(ui, "payload-json", 280.0),
            PayloadView::Text(text) => {
                ui.label(RichText::new("Not JSON: shown as text").color(palette::muted(dark)));
                ui.add(
                    egui::Label::new(RichText::new(text.chars().take(20_000).collect::<String>()).monospace()).wrap(),
                );
            }
            PayloadView::Hex(hex) => {
                ui.label(RichText::new("Not text: the first bytes in hex").color(palette::muted(dark)));
                ui.add(egui::Label::new(RichText::new(hex).monospace()).wrap());
            }
            PayloadView::Hidden(why) => {
                ui.label(RichText::new(*why).color(palette::muted(dark)));
            }
        }
        if analysis.decoded.kind == TokenKind::Jwe {
            for part in analysis.decoded.parts.iter().skip(1) {
                let size =
                    part.bytes.as_ref().map_or("not base64url".to_owned(), |bytes| format!("{} bytes", bytes.len()));
                ui.colored_label(palette::segment(part.segment, dark), format!("{}: {size}", part.segment.label()));
            }
        }
        if !analysis.rows.is_empty() {
            ui.add_space(8.0);
            ui.heading("Claims");
            claims_table(ui, analysis);
        }
        ui.add_space(8.0);
        findings_ui(ui, &analysis.findings);
    }
}

fn section_heading(ui: &mut egui::Ui, title: &str, colour: egui::Color32, copy: Option<String>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).heading().color(colour));
        if let Some(text) = copy
            && ui.small_button("Copy").on_hover_text(format!("Copy the {} as JSON", title.to_lowercase())).clicked()
        {
            ui.ctx().copy_text(text);
        }
    });
}

/// A claim value on one line, at most a few hundred characters: the table truncates it further to fit.
fn value_preview(value: &serde_json::Value) -> String {
    const LIMIT: usize = 300;
    let text = match value {
        serde_json::Value::String(text) if text.len() <= LIMIT => format!("\"{text}\""),
        serde_json::Value::String(text) => format!("\"{}…", text.chars().take(LIMIT).collect::<String>()),
        other => {
            let text = other.to_string();
            if text.len() <= LIMIT { text } else { format!("{}…", text.chars().take(LIMIT).collect::<String>()) }
        }
    };
    text.replace(['\n', '\r'], " ")
}

fn claims_table(ui: &mut egui::Ui, analysis: &Analysis) {
    let dark = palette::is_dark(ui);
    let line = ui.text_style_height(&egui::TextStyle::Monospace).max(ui.text_style_height(&egui::TextStyle::Body));
    let row_height = 2.0 * line + 8.0;
    egui::ScrollArea::vertical().id_salt("claims-table").max_height(420.0).auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        analysis.rows.len(),
        |ui, range| {
            for (index, (row, preview)) in
                analysis.rows[range.clone()].iter().zip(&analysis.previews[range.clone()]).enumerate()
            {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(ui.available_width(), row_height), egui::Sense::hover());
                if (range.start + index) % 2 == 1 {
                    ui.painter().rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
                }
                let mut row_ui = ui.new_child(egui::UiBuilder::new().max_rect(rect.shrink2(egui::vec2(4.0, 3.0))));
                claim_row(&mut row_ui, row, preview, dark);
            }
        },
    );
    if let Some(lifetime) = analysis.lifetime {
        ui.label(format!("Lifetime (exp − iat): {}", crate::jose::time::span_text(lifetime)));
    }
}

/// One claim in two lines: name, value and class; then the time reading or the claim's meaning.
fn claim_row(ui: &mut egui::Ui, row: &ClaimRow, preview: &str, dark: bool) {
    ui.horizontal(|ui| {
        let name = ui.monospace(RichText::new(&row.name).strong());
        if let Some(entry) = row.entry {
            name.on_hover_text(format!("{}: {}\n{}", entry.title, entry.meaning, entry.reference));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(row.class.as_str()).small().color(palette::muted(dark)));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(preview).monospace()).truncate());
            });
        });
    });
    let (text, colour, hover) = match &row.time {
        Some(Ok(fact)) => {
            let colour = match fact.standing {
                TimeStanding::Fine => ui.visuals().text_color(),
                TimeStanding::Expired => palette::error(dark),
                TimeStanding::NotYetValid => palette::warning(dark),
            };
            let text = if fact.looks_like_milliseconds {
                format!("{}  ·  looks like milliseconds  ·  {}", fact.relative, fact.utc)
            } else {
                format!("{}  ·  {}  ·  local {}", fact.relative, fact.utc, fact.local)
            };
            (text, colour, Some(format!("{}\nUTC    {}\nlocal  {}", fact.relative, fact.utc, fact.local)))
        }
        Some(Err(message)) => (message.clone(), palette::error(dark), None),
        None => {
            let meaning = row.entry.map_or("private claim: its meaning is up to the issuer", |entry| entry.meaning);
            (
                meaning.to_owned(),
                palette::muted(dark),
                row.entry.map(|entry| format!("{}\n{}", entry.title, entry.reference)),
            )
        }
    };
    let response = ui.add(egui::Label::new(RichText::new(text).color(colour)).truncate());
    if let Some(hover) = hover {
        response.on_hover_text(hover);
    }
}

fn findings_ui(ui: &mut egui::Ui, findings: &[Finding]) {
    let dark = palette::is_dark(ui);
    ui.heading(format!("Findings ({})", findings.len()));
    if findings.is_empty() {
        ui.colored_label(palette::good(dark), "Nothing risky found.");
        return;
    }
    for (index, finding) in findings.iter().enumerate() {
        let colour = palette::severity(finding.severity, dark);
        let title =
            RichText::new(format!("{}  {}", finding.severity.as_str().to_uppercase(), finding.title)).color(colour);
        egui::CollapsingHeader::new(title).id_salt(("finding", index)).show(ui, |ui| {
            ui.label(&finding.explanation);
            ui.label(
                RichText::new(format!("{} · {}", finding.id, finding.reference)).small().color(palette::muted(dark)),
            );
        });
    }
}
