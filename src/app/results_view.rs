//! The right side of the Inspect tab: the decoded header and payload in syntax colours, a JWE's part sizes, the
//! claims table with meanings and human times, and the findings. It draws an `Analysis`; it computes nothing.

use super::analysis::{Analysis, PayloadLines};
use super::json_lines::JsonLines;
use super::palette;
use crate::i18n::{Text, span};
use crate::jose;
use crate::jose::claims::{ClaimRow, TimeStanding};
use crate::jose::lint::Finding;
use crate::jose::sdjwt::SdJwt;
use crate::text;
use egui::RichText;

pub fn empty_ui(ui: &mut egui::Ui) {
    let dark = palette::is_dark(ui);
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading(text!("app-results-view-paste-token-inspect"));
        ui.label(RichText::new(text!("app-results-view-ctrl-v-pastes-ctrl")).color(palette::muted(dark)));
    });
}

pub fn decoded_ui(ui: &mut egui::Ui, analysis: &Analysis) {
    let dark = palette::is_dark(ui);
    section_heading(
        ui,
        text!("app-encoder-header"),
        text!("app-results-view-copy-header"),
        palette::segment(jose::Segment::Header, dark),
        analysis.header().map(|lines| lines.text.as_str()),
    );
    match analysis.header() {
        Some(lines) => lines.ui(ui, "header-json", 160.0),
        None => {
            ui.colored_label(palette::error(dark), text!("app-results-view-header-cannot-read"));
        }
    }
    ui.add_space(8.0);
    let payload = analysis.payload();
    section_heading(
        ui,
        text!("app-encoder-payload"),
        text!("app-results-view-copy-payload"),
        palette::segment(jose::Segment::Payload, dark),
        payload.copy_text(),
    );
    payload_ui(ui, payload, dark);
    if let Some((sd, disclosed, undisclosed, references)) = analysis.sd_jwt() {
        sd_jwt_ui(ui, sd, (disclosed, undisclosed, references), dark);
    }
    if analysis.is_jwe() {
        for (segment, size) in analysis.decoded().part_sizes() {
            let size = size.map_or(text!("app-results-view-not-base64url"), |bytes| {
                text!("app-results-view-bytes", count = bytes)
            });
            ui.colored_label(
                palette::segment(segment, dark),
                text!("app-results-view-part-size", part = segment.label(), size = size),
            );
        }
    }
    if analysis.row_count() > 0 {
        ui.add_space(8.0);
        ui.heading(text!("app-results-view-claims"));
        claims_table(ui, analysis);
    }
    ui.add_space(8.0);
    findings_ui(ui, analysis.findings(), analysis.crack_pending());
}

/// An SD-JWT's disclosures, the claims as the holder disclosed them, and its key binding JWT.
fn sd_jwt_ui(ui: &mut egui::Ui, sd: &SdJwt, processed: (&JsonLines, usize, &[String]), dark: bool) {
    let (disclosed, undisclosed, references) = processed;
    ui.add_space(8.0);
    ui.heading(text!("cli-decode-disclosures", count = sd.disclosures.len()));
    egui::Grid::new("disclosures").num_columns(4).striped(true).spacing([10.0, 3.0]).show(ui, |ui| {
        for (index, disclosure) in sd.disclosures.iter().enumerate() {
            let colour = if index % 2 == 1 {
                palette::segment(jose::Segment::Tag, dark)
            } else {
                palette::segment(jose::Segment::Iv, dark)
            };
            let name = disclosure.name.clone().unwrap_or_else(|| text!("cli-decode-array-element").to_string());
            ui.label(RichText::new(name).monospace().strong().color(colour));
            ui.add(egui::Label::new(RichText::new(disclosure.value.to_string()).monospace()).truncate());
            let reference = references.get(index).filter(|at| !at.is_empty());
            match reference {
                Some(at) => ui.label(RichText::new(at).small().monospace()),
                None => ui.colored_label(palette::error(dark), text!("app-results-view-unreferenced")),
            }
            .on_hover_text(text!("app-results-view-referenced-at"));
            ui.label(RichText::new(&disclosure.digest).small().monospace().color(palette::muted(dark)))
                .on_hover_text(text!("app-results-view-salt", salt = disclosure.salt.as_str()));
            ui.end_row();
        }
    });
    ui.label(RichText::new(text!("cli-decode-undisclosed", count = undisclosed)).color(palette::muted(dark)));
    ui.add_space(6.0);
    ui.strong(text!("cli-decode-disclosed-claims"));
    disclosed.ui(ui, "disclosed-claims", 240.0);
    if let Some(kb) = &sd.key_binding
        && let Some(payload) = &kb.payload_json
    {
        ui.add_space(6.0);
        ui.strong(text!("cli-decode-key-binding"));
        ui.add(egui::Label::new(RichText::new(payload.to_string()).monospace()).wrap());
    }
}

fn payload_ui(ui: &mut egui::Ui, payload: &PayloadLines, dark: bool) {
    match payload {
        PayloadLines::Json(lines) => lines.ui(ui, "payload-json", 280.0),
        PayloadLines::Text { text, total } => {
            let note = if text.len() < *total {
                text!("app-results-view-text-cut", shown = text.len(), total = *total)
            } else {
                text!("app-results-view-text")
            };
            ui.label(RichText::new(note).color(palette::muted(dark)));
            ui.add(egui::Label::new(RichText::new(text).monospace()).wrap());
        }
        PayloadLines::Hex { hex, total } => {
            let note = if hex.len() / 2 < *total {
                text!("app-results-view-hex-cut", shown = hex.len() / 2, total = *total)
            } else {
                text!("app-results-view-hex", total = *total)
            };
            ui.label(RichText::new(note).color(palette::muted(dark)));
            ui.add(egui::Label::new(RichText::new(hex).monospace()).wrap());
        }
        PayloadLines::Note(why) => {
            ui.label(RichText::from(why).color(palette::muted(dark)));
        }
    }
}

/// A section title in its part's colour, with a Copy button when there is text to copy (copied only on a click).
fn section_heading(ui: &mut egui::Ui, title: Text, copy_hint: Text, colour: egui::Color32, copy: Option<&str>) {
    ui.horizontal(|ui| {
        ui.label(RichText::from(title).heading().color(colour));
        if let Some(text) = copy
            && ui.small_button(text!("app-editor-copy")).on_hover_text(copy_hint).clicked()
        {
            ui.ctx().copy_text(text.to_owned());
        }
    });
}

fn claims_table(ui: &mut egui::Ui, analysis: &Analysis) {
    let dark = palette::is_dark(ui);
    let line = ui.text_style_height(&egui::TextStyle::Monospace).max(ui.text_style_height(&egui::TextStyle::Body));
    let row_height = 2.0 * line + 8.0;
    egui::ScrollArea::vertical().id_salt("claims-table").max_height(420.0).auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        analysis.row_count(),
        |ui, range| {
            for (index, (row, preview)) in analysis.rows().enumerate().skip(range.start).take(range.len()) {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(ui.available_width(), row_height), egui::Sense::hover());
                if index % 2 == 1 {
                    ui.painter().rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
                }
                let mut row_ui = ui.new_child(egui::UiBuilder::new().max_rect(rect.shrink2(egui::vec2(4.0, 3.0))));
                claim_row(&mut row_ui, row, preview, dark);
            }
        },
    );
    if let Some(lifetime) = analysis.lifetime() {
        ui.label(text!("app-results-view-lifetime-exp-iat", lifetime = span(lifetime)));
    }
}

/// One claim in two lines: name, value and class; then the time reading or the claim's meaning.
fn claim_row(ui: &mut egui::Ui, row: &ClaimRow, preview: &str, dark: bool) {
    ui.horizontal(|ui| {
        let name = ui.monospace(RichText::new(&row.name).strong());
        if let Some(entry) = row.entry {
            name.on_hover_ui(|ui| {
                ui.label(text!(
                    "app-results-view-claim-hover",
                    title = entry.title(),
                    meaning = entry.meaning(),
                    reference = entry.reference
                ));
            });
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::from(row.class.label()).small().color(palette::muted(dark)));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(preview).monospace()).truncate());
            });
        });
    });
    match &row.time {
        Some(Ok(fact)) => {
            let colour = match fact.standing {
                TimeStanding::Fine => ui.visuals().text_color(),
                TimeStanding::Expired => palette::error(dark),
                TimeStanding::NotYetValid => palette::warning(dark),
            };
            let text = if fact.looks_like_milliseconds {
                text!("app-results-view-time-milliseconds", relative = &fact.relative, utc = fact.utc.as_str())
            } else {
                text!(
                    "app-results-view-time-line",
                    relative = &fact.relative,
                    utc = fact.utc.as_str(),
                    local = fact.local.as_str()
                )
            };
            ui.add(egui::Label::new(RichText::new(text).color(colour)).truncate()).on_hover_ui(|ui| {
                ui.label(text!(
                    "app-results-view-utc-local",
                    relative = &fact.relative,
                    utc = fact.utc.as_str(),
                    local = fact.local.as_str()
                ));
            });
        }
        Some(Err(message)) => {
            ui.add(egui::Label::new(RichText::new(message).color(palette::error(dark))).truncate());
        }
        None => {
            let meaning = row.entry.map_or(text!("claim-private-meaning"), |entry| entry.meaning());
            let response = ui.add(egui::Label::new(RichText::new(meaning).color(palette::muted(dark))).truncate());
            if let Some(entry) = row.entry {
                response.on_hover_ui(|ui| {
                    ui.label(text!(
                        "app-results-view-claim-reference",
                        title = entry.title(),
                        reference = entry.reference
                    ));
                });
            }
        }
    }
}

fn findings_ui(ui: &mut egui::Ui, findings: &[Finding], crack_pending: bool) {
    let dark = palette::is_dark(ui);
    ui.heading(text!("app-results-view-findings", count = findings.len()));
    if crack_pending {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(RichText::new(text!("app-results-view-trying-weak-secret-list")).color(palette::muted(dark)));
        });
    }
    if findings.is_empty() {
        if !crack_pending {
            ui.colored_label(palette::good(dark), text!("app-results-view-nothing-risky-found"));
        }
        return;
    }
    for (index, finding) in findings.iter().enumerate() {
        let colour = palette::severity(finding.severity, dark);
        let title = RichText::from(text!(
            "app-results-view-finding-title",
            severity = finding.severity.label(),
            title = &finding.title
        ))
        .color(colour);
        egui::CollapsingHeader::new(title).id_salt(("finding", index)).show(ui, |ui| {
            ui.label(&finding.explanation);
            ui.label(
                RichText::new(format!("{} · {}", finding.id, finding.reference)).small().color(palette::muted(dark)),
            );
        });
    }
}
