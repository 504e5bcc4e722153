//! How a verdict looks: a large status banner, every claim check with its mark, the errors, the one-click answers
//! to a token whose audience nobody expected, and for HMAC tokens how the signature is computed step by step.

use super::palette;
use crate::jose::encode::HmacWalkthrough;
use crate::jose::verify::{CheckStatus, SignatureStatus, Verdict};
use crate::jose::{Decoded, ErrorKind, TokenKind};
use egui::RichText;

/// What the user chose for a token whose audience nobody expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceChoice {
    /// Expect the audiences the token names.
    Expect,
    /// Turn the audience check off.
    Skip,
}

/// The banner, the claim checks and the errors. `offered` holds the audiences the token names when it failed only
/// for want of an expected audience; the answer to the offer is returned.
pub fn verdict_ui(
    ui: &mut egui::Ui,
    decoded: &Decoded,
    verdict: &Verdict,
    offered: Option<&[String]>,
) -> Option<AudienceChoice> {
    let dark = palette::is_dark(ui);
    banner(ui, decoded, verdict, dark);
    if !verdict.claims.is_empty() {
        ui.add_space(4.0);
        egui::Grid::new("claim-check-results").num_columns(3).spacing([10.0, 2.0]).show(ui, |ui| {
            for check in &verdict.claims {
                let (mark, colour) = match check.status {
                    CheckStatus::Passed => ("✔", palette::good(dark)),
                    CheckStatus::Failed => ("✖", palette::error(dark)),
                    CheckStatus::Skipped => ("–", palette::muted(dark)),
                };
                ui.colored_label(colour, mark);
                ui.monospace(check.name.as_ref());
                ui.label(&check.detail);
                ui.end_row();
            }
        });
    }
    for problem in verdict.errors.iter().filter(|problem| problem.kind != ErrorKind::Malformed) {
        ui.colored_label(palette::error(dark), format!("{}: {}", problem.kind, problem.message));
    }
    let audiences = offered?;
    let mut choice = None;
    ui.horizontal_wrapped(|ui| {
        let quoted: Vec<String> = audiences.iter().map(|audience| format!("\"{audience}\"")).collect();
        if ui
            .button(format!("Expect {}", quoted.join(", ")))
            .on_hover_text("Fill the audience check with the audience the token names")
            .clicked()
        {
            choice = Some(AudienceChoice::Expect);
        }
        if ui.button("Skip the aud check").on_hover_text("As --skip aud on the command line").clicked() {
            choice = Some(AudienceChoice::Skip);
        }
    });
    choice
}

fn banner(ui: &mut egui::Ui, decoded: &Decoded, verdict: &Verdict, dark: bool) {
    let (headline, colour) = match (decoded.kind, verdict.signature.status) {
        (TokenKind::Jwe, _) => ("Encrypted: not verified".to_owned(), palette::muted(dark)),
        (_, SignatureStatus::Valid) => ("✔ Signature verified".to_owned(), palette::good(dark)),
        (_, SignatureStatus::Invalid) => ("✖ Invalid signature".to_owned(), palette::error(dark)),
        (_, SignatureStatus::Unsupported) => ("Unsupported algorithm".to_owned(), palette::warning(dark)),
        (_, SignatureStatus::NotChecked) if decoded.is_unsecured() => {
            ("✖ Unsecured: alg none".to_owned(), palette::error(dark))
        }
        (_, SignatureStatus::NotChecked) => {
            (format!("Not checked ({})", verdict.signature.detail), palette::muted(dark))
        }
    };
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(1.5, colour))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(headline).size(20.0).strong().color(colour));
            if let Some(key) = &verdict.signature.key {
                ui.label(RichText::new(format!("key: {key}")).color(palette::muted(dark)));
            }
            let overall = if verdict.valid {
                RichText::new("Token valid").color(palette::good(dark))
            } else if let Some(first) = verdict.errors.first() {
                RichText::new(format!("Token not valid: {}", first.kind)).color(palette::error(dark))
            } else {
                RichText::new("Give the key to check the signature").color(palette::muted(dark))
            };
            ui.label(overall.strong());
        });
}

pub fn walkthrough_ui(ui: &mut egui::Ui, walk: &HmacWalkthrough) {
    let dark = palette::is_dark(ui);
    egui::CollapsingHeader::new("How this signature is computed").id_salt("hmac-walkthrough").show(ui, |ui| {
        let step = |ui: &mut egui::Ui, title: &str, body: &str| {
            ui.label(RichText::new(title).strong());
            ui.add(egui::Label::new(RichText::new(body).monospace()).wrap());
            ui.add_space(4.0);
        };
        step(ui, "1. Signing input: BASE64URL(header) . BASE64URL(payload)", &walk.signing_input);
        step(ui, &format!("2. Secret ({} bytes, hex)", walk.secret_len), &walk.secret_hex);
        step(ui, &format!("3. HMAC-SHA-{}(secret, signing input), hex", &walk.alg.name()[2..]), &walk.mac_hex);
        step(ui, "4. BASE64URL of the MAC: the signature", &walk.signature_b64);
        match walk.matches_token {
            Some(true) => ui.colored_label(palette::good(dark), "The token's signature is exactly this."),
            Some(false) => ui.colored_label(
                palette::error(dark),
                "The token's signature is different: wrong secret or tampered token.",
            ),
            None => ui.label(""),
        };
    });
}
