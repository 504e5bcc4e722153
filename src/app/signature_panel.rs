//! The signature panel: a key input that adapts to the token's algorithm (a secret with its encoding, or
//! a PEM / JWK / JWKS box), the expected claims under "claim checks", and the verdict: a large status
//! banner, every claim check, and for HMAC tokens how the signature is computed.

use super::palette;
use crate::jose::algorithm::{Algorithm, Family};
use crate::jose::encode::HmacWalkthrough;
use crate::jose::keys::{self, KeySet, SecretEncoding};
use crate::jose::verify::{CheckStatus, Expectations, SignatureStatus, Verdict};
use crate::jose::{Decoded, TokenKind, time};
use egui::RichText;

pub struct SignaturePanel {
    pub secret: String,
    pub encoding: SecretEncoding,
    show_secret: bool,
    pub key_text: String,
    pub issuers: String,
    pub audiences: String,
    pub subject: String,
    pub leeway: u32,
    /// Empty means "now".
    pub evaluate_at: String,
    secret_key: Result<Option<KeySet>, String>,
    public_key: Result<Option<KeySet>, String>,
    /// Set when the key box should be filled from a file.
    pub open_key_file: bool,
}

impl Default for SignaturePanel {
    fn default() -> Self {
        SignaturePanel {
            secret: String::new(),
            encoding: SecretEncoding::Utf8,
            show_secret: false,
            key_text: String::new(),
            issuers: String::new(),
            audiences: String::new(),
            subject: String::new(),
            leeway: 0,
            evaluate_at: String::new(),
            secret_key: Ok(None),
            public_key: Ok(None),
            open_key_file: false,
        }
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|item| !item.is_empty()).map(str::to_owned).collect()
}

/// Whether the token wants an HMAC secret (also when its algorithm is unknown or missing).
pub fn wants_secret(decoded: Option<&Decoded>) -> bool {
    decoded.and_then(Decoded::alg).and_then(Algorithm::from_name).is_none_or(|alg| alg.family() == Family::Hmac)
}

impl SignaturePanel {
    /// Re-reads the key inputs; called when they change.
    pub fn reparse(&mut self) {
        self.secret_key = if self.secret.is_empty() {
            Ok(None)
        } else {
            keys::secret_from_text(&self.secret, self.encoding).map(|key| Some(KeySet::single(key))).map_err(|e| e.0)
        };
        self.public_key = if self.key_text.trim().is_empty() {
            Ok(None)
        } else {
            keys::parse_key(&self.key_text).map(Some).map_err(|e| e.0)
        };
    }

    pub fn set_secret(&mut self, secret: &str, encoding: SecretEncoding) {
        self.secret = secret.to_owned();
        self.encoding = encoding;
        self.reparse();
    }

    pub fn set_key_text(&mut self, text: &str) {
        self.key_text = text.to_owned();
        self.reparse();
    }

    /// The key that applies to this token, if one was given and could be read.
    pub fn keys(&self, decoded: Option<&Decoded>) -> Option<&KeySet> {
        let parsed = if wants_secret(decoded) { &self.secret_key } else { &self.public_key };
        parsed.as_ref().ok().and_then(Option::as_ref)
    }

    /// The seconds claims are evaluated at: the typed time, or `now`.
    pub fn evaluation_time(&self, now: f64) -> Result<f64, String> {
        if self.evaluate_at.trim().is_empty() {
            Ok(now)
        } else {
            time::parse_instant(&self.evaluate_at).map(time::seconds)
        }
    }

    pub fn is_live(&self) -> bool {
        self.evaluate_at.trim().is_empty()
    }

    pub fn expectations(&self, now: f64) -> Expectations {
        Expectations {
            now: self.evaluation_time(now).unwrap_or(now),
            leeway: f64::from(self.leeway),
            issuers: list(&self.issuers),
            audiences: list(&self.audiences),
            subject: Some(self.subject.trim().to_owned()).filter(|subject| !subject.is_empty()),
            skip: crate::jose::verify::Skips { aud: list(&self.audiences).is_empty(), ..Default::default() },
            ..Expectations::default()
        }
    }

    /// The key inputs and claim checks. Returns whether anything changed.
    pub fn inputs_ui(&mut self, ui: &mut egui::Ui, decoded: Option<&Decoded>) -> bool {
        let mut changed = false;
        let dark = palette::is_dark(ui);
        let alg = decoded.and_then(Decoded::alg).unwrap_or("");
        ui.horizontal(|ui| {
            ui.strong("Key");
            if !alg.is_empty() {
                ui.label(RichText::new(format!("for {alg}")).color(palette::muted(dark)));
            }
        });
        if wants_secret(decoded) {
            ui.horizontal(|ui| {
                let width = (ui.available_width() - 190.0).max(120.0);
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut self.secret)
                            .password(!self.show_secret)
                            .hint_text("HMAC secret")
                            .desired_width(width),
                    )
                    .accessible_name("Secret")
                    .changed();
                let label = if self.show_secret { "Hide" } else { "Show" };
                if ui.button(label).on_hover_text("Show or hide the secret").clicked() {
                    self.show_secret = !self.show_secret;
                }
                egui::ComboBox::from_id_salt("secret-encoding")
                    .selected_text(self.encoding.label())
                    .width(90.0)
                    .show_ui(ui, |ui| {
                        for encoding in SecretEncoding::ALL {
                            changed |= ui.selectable_value(&mut self.encoding, encoding, encoding.label()).changed();
                        }
                    })
                    .response
                    .on_hover_text("How the secret is written")
                    .accessible_name("Secret encoding");
            });
            if let Err(message) = &self.secret_key {
                ui.colored_label(palette::error(dark), message);
            }
        } else {
            changed |= ui
                .add(
                    egui::TextEdit::multiline(&mut self.key_text)
                        .code_editor()
                        .hint_text("Public key: PEM, certificate, JWK or JWK Set")
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .accessible_name("Public key")
                .changed();
            ui.horizontal(|ui| {
                if ui.button("Open key file…").clicked() {
                    self.open_key_file = true;
                }
                match &self.public_key {
                    Ok(Some(set)) => {
                        let what = if set.is_set {
                            format!("JWK Set with {} keys", set.keys.len())
                        } else {
                            set.keys[0].description.clone()
                        };
                        ui.label(RichText::new(what).color(palette::muted(dark)));
                    }
                    Ok(None) => {}
                    Err(message) => {
                        ui.colored_label(palette::error(dark), message);
                    }
                }
            });
        }
        egui::CollapsingHeader::new("Claim checks").id_salt("claim-checks").show(ui, |ui| {
            egui::Grid::new("claim-check-grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                for (label, value, hint) in [
                    ("Issuer", &mut self.issuers, "any of: a, b"),
                    ("Audience", &mut self.audiences, "any of: a, b"),
                    ("Subject", &mut self.subject, "exact subject"),
                    ("Evaluate at", &mut self.evaluate_at, "now, or RFC 3339 / Unix seconds"),
                ] {
                    let name = ui.label(label);
                    changed |= ui
                        .add(egui::TextEdit::singleline(value).hint_text(hint).desired_width(220.0))
                        .labelled_by(name.id)
                        .changed();
                    ui.end_row();
                }
                let name = ui.label("Leeway");
                changed |= ui
                    .add(egui::DragValue::new(&mut self.leeway).range(0..=86_400).suffix(" s"))
                    .labelled_by(name.id)
                    .changed();
                ui.end_row();
            });
            if let Err(message) = self.evaluation_time(0.0) {
                ui.colored_label(palette::error(dark), message);
            }
        });
        if changed {
            self.reparse();
        }
        changed
    }
}

/// The verdict: banner, claim checks, errors.
pub fn verdict_ui(ui: &mut egui::Ui, decoded: &Decoded, verdict: &Verdict) {
    let dark = palette::is_dark(ui);
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
    for problem in verdict.errors.iter().filter(|problem| !matches!(problem.kind, crate::jose::ErrorKind::Malformed)) {
        ui.colored_label(palette::error(dark), format!("{}: {}", problem.kind, problem.message));
    }
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
