//! How a verdict looks: a large status banner, every claim check with its mark, the errors, the one-click answers
//! to a token whose audience nobody expected, and for HMAC tokens how the signature is computed step by step.

use super::palette;
use crate::i18n::Text;
use crate::jose::encode::HmacWalkthrough;
use crate::jose::jwe::Decrypted;
use crate::jose::verify::{CheckStatus, SignatureStatus, Verdict};
use crate::jose::{Decoded, ErrorKind, TokenKind};
use crate::text;
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
        ui.colored_label(
            palette::error(dark),
            text!("app-verdict-view-problem", kind = problem.kind.as_str(), message = &problem.message),
        );
    }
    let audiences = offered?;
    let mut choice = None;
    ui.horizontal_wrapped(|ui| {
        let quoted: Vec<String> = audiences.iter().map(|audience| format!("\"{audience}\"")).collect();
        if ui
            .button(text!("app-verdict-view-expect", quoted = quoted.join(", ")))
            .on_hover_text(text!("app-verdict-view-fill-audience-check-audience"))
            .clicked()
        {
            choice = Some(AudienceChoice::Expect);
        }
        if ui
            .button(text!("app-verdict-view-skip-aud-check"))
            .on_hover_text(text!("app-verdict-view-skip-aud-on-command"))
            .clicked()
        {
            choice = Some(AudienceChoice::Skip);
        }
    });
    choice
}

fn banner(ui: &mut egui::Ui, decoded: &Decoded, verdict: &Verdict, dark: bool) {
    let (headline, colour) = match (decoded.kind, verdict.signature.status) {
        (TokenKind::Jwe, _) if verdict.valid => (text!("app-verdict-view-decrypted"), palette::good(dark)),
        (TokenKind::Jwe, _) => (text!("app-verdict-view-encrypted"), palette::muted(dark)),
        (_, SignatureStatus::Valid) => (text!("app-verdict-view-signature-verified"), palette::good(dark)),
        (_, SignatureStatus::Invalid) => (text!("app-verdict-view-invalid-signature"), palette::error(dark)),
        (_, SignatureStatus::Unsupported) => (text!("app-verdict-view-unsupported"), palette::warning(dark)),
        (_, SignatureStatus::NotChecked) if decoded.is_unsecured() => {
            (text!("app-verdict-view-unsecured"), palette::error(dark))
        }
        (_, SignatureStatus::NotChecked) => {
            (text!("app-verdict-view-not-checked", detail = &verdict.signature.detail), palette::muted(dark))
        }
    };
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(1.5, colour))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::from(headline).size(20.0).strong().color(colour));
            if let Some(key) = &verdict.signature.key {
                ui.label(RichText::new(text!("app-verdict-view-key", key = key)).color(palette::muted(dark)));
            }
            let overall = if verdict.valid {
                RichText::new(text!("app-verdict-view-token-valid")).color(palette::good(dark))
            } else if let Some(first) = verdict.errors.first() {
                RichText::new(text!("app-verdict-view-token-valid-2", kind = first.kind.as_str()))
                    .color(palette::error(dark))
            } else {
                RichText::new(text!("app-verdict-view-give-key-check-signature")).color(palette::muted(dark))
            };
            ui.label(overall.strong());
        });
}

/// What opening a JWE came to: the algorithms it was opened with and what is shown, or why it did not open.
pub fn decrypted_ui(ui: &mut egui::Ui, decrypted: &Decrypted) {
    let dark = palette::is_dark(ui);
    match (&decrypted.opened, &decrypted.problem) {
        (Some(opened), _) => {
            let shown = if decrypted.inner.is_some() {
                text!("app-verdict-view-inner-shown")
            } else {
                text!("app-verdict-view-plaintext-shown")
            };
            ui.colored_label(
                palette::good(dark),
                text!("app-verdict-view-opened", alg = opened.alg.as_str(), enc = opened.enc.as_str()),
            );
            ui.label(RichText::new(shown).color(palette::muted(dark)));
        }
        (None, Some(problem)) => {
            ui.colored_label(
                palette::error(dark),
                text!("app-verdict-view-not-opened", kind = problem.kind.as_str(), message = &problem.message),
            );
        }
        (None, None) => {}
    }
    ui.add_space(4.0);
}

/// A DPoP proof's key thumbprint (what an access token's cnf.jkt must be).
pub fn dpop_ui(ui: &mut egui::Ui, report: &crate::jose::dpop::DpopReport) {
    let dark = palette::is_dark(ui);
    if let Some(jkt) = &report.jkt {
        ui.label(
            RichText::new(text!("app-verdict-view-dpop-jkt", jkt = jkt.as_str()))
                .monospace()
                .color(palette::muted(dark)),
        )
        .on_hover_text(text!("app-verdict-view-dpop-jkt-hint"));
    }
}

pub fn walkthrough_ui(ui: &mut egui::Ui, walk: &HmacWalkthrough) {
    let dark = palette::is_dark(ui);
    egui::CollapsingHeader::new(text!("app-verdict-view-how-signature-computed")).id_salt("hmac-walkthrough").show(
        ui,
        |ui| {
            let step = |ui: &mut egui::Ui, title: Text, body: &str| {
                ui.label(RichText::from(title).strong());
                ui.add(egui::Label::new(RichText::new(body).monospace()).wrap());
                ui.add_space(4.0);
            };
            step(ui, text!("app-verdict-view-1-signing-input-base64url"), &walk.signing_input);
            step(ui, text!("app-verdict-view-2-secret", bytes = walk.secret_len), &walk.secret_hex);
            step(ui, text!("app-verdict-view-3-mac", bits = &walk.alg.name()[2..]), &walk.mac_hex);
            step(ui, text!("app-verdict-view-4-base64url-mac-signature"), &walk.signature_b64);
            match walk.matches_token {
                Some(true) => {
                    ui.colored_label(palette::good(dark), text!("app-verdict-view-token-s-signature-exactly"))
                }
                Some(false) => {
                    ui.colored_label(palette::error(dark), text!("app-verdict-view-token-s-signature-different"))
                }
                None => ui.label(""),
            };
        },
    );
}
