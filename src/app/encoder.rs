//! The Encode tab: edit header and payload JSON (checked as you type, errors pointing at the line), choose
//! the algorithm and key, use the claim helpers, and see the signed token live, with whether it verifies.
//! "Keep the old signature" shows what tampering without the key produces: a token that fails.

use super::command::Command;
use super::editor::token_job;
use super::palette;
use crate::jose::algorithm::{Algorithm, Family};
use crate::jose::keys::{self, KeySet, SecretEncoding};
use crate::jose::verify::{self, ClaimRequest, Expectations, SignatureStatus, Skips};
use crate::jose::{self, Decoded, Segment, encode};
use egui::RichText;
use serde_json::{Map, Value};

/// A token the tab produced, decoded once so that it can be drawn in its parts' colours.
struct Produced {
    token: String,
    decoded: Decoded,
}

pub struct EncodeTab {
    header: String,
    payload: String,
    alg: Algorithm,
    secret: String,
    encoding: SecretEncoding,
    private_key: String,
    keep_old_signature: bool,
    /// The signature segment of the token last brought in from the inspector.
    old_signature: Option<String>,
    output: Result<Produced, String>,
    status: Option<(SignatureStatus, String)>,
    /// Why a careful verifier would refuse the key the token is signed with.
    weakness: Option<String>,
    lifetime_minutes: u32,
    dirty: bool,
}

impl Default for EncodeTab {
    fn default() -> Self {
        let mut tab = EncodeTab {
            header: "{\n  \"alg\": \"HS256\",\n  \"typ\": \"JWT\"\n}".to_owned(),
            payload: "{\n  \"sub\": \"1234567890\",\n  \"name\": \"John Doe\",\n  \"iat\": 1516239022\n}".to_owned(),
            alg: Algorithm::HS256,
            secret: "a-string-secret-at-least-256-bits-long".to_owned(),
            encoding: SecretEncoding::Utf8,
            private_key: String::new(),
            keep_old_signature: false,
            old_signature: None,
            output: Err(String::new()),
            status: None,
            weakness: None,
            lifetime_minutes: 15,
            dirty: true,
        };
        tab.recompute(0);
        tab
    }
}

fn parse_object(text: &str, part: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(format!("the {part} must be a JSON object")),
        Err(error) => Err(format!("{part}, line {} column {}: {error}", error.line(), error.column())),
    }
}

impl EncodeTab {
    /// The token produced, or why there is none.
    pub fn output(&self) -> Result<&str, &str> {
        match &self.output {
            Ok(produced) => Ok(&produced.token),
            Err(message) => Err(message),
        }
    }

    /// Brings a token from the inspector in: its header and payload, pretty, and its signature for the
    /// "keep the old signature" toggle.
    pub fn load_token(&mut self, decoded: &Decoded) {
        if let Some(header) = &decoded.header {
            self.header = serde_json::to_string_pretty(header).unwrap_or_default();
            if let Some(alg) = decoded.alg().and_then(Algorithm::from_name) {
                self.alg = alg;
            }
        }
        if let Some(payload) = &decoded.payload_json {
            self.payload = serde_json::to_string_pretty(payload).unwrap_or_default();
        }
        self.old_signature = decoded.signature_text().map(str::to_owned);
        self.dirty = true;
    }

    fn key(&self) -> Result<KeySet, String> {
        if self.alg.family() == Family::Hmac {
            keys::secret_from_text(&self.secret, self.encoding).map(KeySet::single).map_err(|e| e.0)
        } else if self.private_key.trim().is_empty() {
            Err(format!("{} needs a private key (PEM or JWK)", self.alg))
        } else {
            keys::parse_key(&self.private_key).map_err(|e| e.0)
        }
    }

    pub fn recompute(&mut self, now: i64) {
        self.dirty = false;
        self.status = None;
        self.weakness = None;
        let header = match parse_object(&self.header, "header") {
            Ok(header) => header,
            Err(message) => {
                self.output = Err(message);
                return;
            }
        };
        if let Some(alg) = header.get("alg").and_then(Value::as_str).and_then(Algorithm::from_name) {
            self.alg = alg;
        }
        let payload = match parse_object(&self.payload, "payload") {
            Ok(payload) => Value::Object(payload),
            Err(message) => {
                self.output = Err(message);
                return;
            }
        };
        let key = match self.key() {
            Ok(key) => key,
            Err(message) => {
                self.output = Err(message);
                return;
            }
        };
        let kid = header.get("kid").and_then(Value::as_str);
        let signing = key.signing_key(kid).map_err(|error| error.to_string());
        self.weakness = signing.as_ref().ok().and_then(|signing| signing.weakness(self.alg)).map(|w| w.to_string());
        let signed = signing.and_then(|signing| {
            encode::encode(&header, &payload, self.alg, signing).map_err(|error| error.to_string())
        });
        let token = match (signed, self.keep_old_signature, &self.old_signature) {
            (Ok(encoded), true, Some(old)) => {
                let header_json = serde_json::to_string(&encoded.header).unwrap_or_default();
                let payload_json = serde_json::to_string(&encoded.payload).unwrap_or_default();
                Ok(encode::with_kept_signature(&header_json, &payload_json, old))
            }
            (Ok(encoded), _, _) => Ok(encoded.token),
            (Err(message), _, _) => Err(message),
        };
        self.output = token.map(|token| {
            let decoded = jose::decode(&token);
            // Only the signature is of interest here: the claims are whatever the user is writing.
            let expect = Expectations::new(ClaimRequest {
                at: now as f64,
                skip: Skips { exp: true, nbf: true, iat: true, aud: true },
                ..ClaimRequest::default()
            });
            let verdict = verify::verify(&decoded, Some(&key), &expect);
            self.status = Some((verdict.signature.status, verdict.signature.detail));
            Produced { token, decoded }
        });
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, now: i64) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::ScrollArea::vertical().id_salt("encode-scroll").show(ui, |ui| {
            ui.columns(2, |columns| {
                self.claims_ui(&mut columns[0], now);
                self.key_ui(&mut columns[1]);
                self.output_ui(&mut columns[1], &mut commands);
            });
        });
        if self.dirty {
            self.recompute(now);
        }
        commands
    }

    /// The header and payload boxes and the claim helpers.
    fn claims_ui(&mut self, ui: &mut egui::Ui, now: i64) {
        let dark = palette::is_dark(ui);
        ui.label(RichText::new("Header").heading().color(palette::segment(Segment::Header, dark)));
        let header = egui::TextEdit::multiline(&mut self.header).code_editor().desired_rows(5);
        self.dirty |= ui.add(header.desired_width(f32::INFINITY)).accessible_name("Header JSON").changed();
        ui.label(RichText::new("Payload").heading().color(palette::segment(Segment::Payload, dark)));
        let payload = egui::TextEdit::multiline(&mut self.payload).code_editor().desired_rows(10);
        self.dirty |= ui.add(payload.desired_width(f32::INFINITY)).accessible_name("Payload JSON").changed();
        ui.horizontal_wrapped(|ui| {
            if ui.button("iat = now").clicked() {
                self.set_claim("iat", Value::from(now));
            }
            let label = ui.label("exp = now +");
            ui.add(egui::DragValue::new(&mut self.lifetime_minutes).range(1..=525_600).suffix(" min"))
                .labelled_by(label.id);
            if ui.button("Set exp").clicked() {
                self.set_claim("exp", Value::from(now + i64::from(self.lifetime_minutes) * 60));
            }
            if ui.button("New jti").clicked() {
                let mut bytes = [0u8; 16];
                if getrandom::fill(&mut bytes).is_ok() {
                    self.set_claim("jti", Value::from(jose::b64::encode(&bytes)));
                }
            }
        });
    }

    /// The algorithm, the secret or private key, and "keep the old signature".
    fn key_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.strong("Algorithm");
            let before = self.alg;
            egui::ComboBox::from_id_salt("encode-alg")
                .selected_text(self.alg.name())
                .show_ui(ui, |ui| {
                    for alg in Algorithm::ALL {
                        ui.selectable_value(&mut self.alg, alg, alg.name());
                    }
                })
                .response
                .accessible_name("Signing algorithm");
            if before != self.alg {
                self.set_header_alg();
            }
        });
        if self.alg.family() == Family::Hmac {
            ui.horizontal(|ui| {
                let secret = egui::TextEdit::singleline(&mut self.secret).hint_text("secret").desired_width(240.0);
                self.dirty |= ui.add(secret).accessible_name("Signing secret").changed();
                egui::ComboBox::from_id_salt("encode-encoding")
                    .selected_text(self.encoding.label())
                    .show_ui(ui, |ui| {
                        for encoding in SecretEncoding::ALL {
                            self.dirty |= ui.selectable_value(&mut self.encoding, encoding, encoding.label()).changed();
                        }
                    })
                    .response
                    .accessible_name("Signing secret encoding");
            });
        } else {
            let key = egui::TextEdit::multiline(&mut self.private_key)
                .code_editor()
                .hint_text("Private key: PEM (PKCS#8, PKCS#1, SEC1) or JWK with d")
                .desired_rows(5)
                .desired_width(f32::INFINITY);
            self.dirty |= ui.add(key).accessible_name("Private key").changed();
        }
        let can_keep = self.old_signature.is_some();
        self.dirty |= ui
            .add_enabled(can_keep, egui::Checkbox::new(&mut self.keep_old_signature, "Keep the old signature"))
            .on_hover_text(
                "Re-encode the edited header and payload with the inspected token's signature: what tampering looks \
                 like",
            )
            .on_disabled_hover_text("Bring a token from the inspector (Edit in encoder) to keep its signature")
            .changed();
    }

    /// The produced token in its parts' colours, with Copy and Open, and whether it verifies.
    fn output_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let dark = palette::is_dark(ui);
        ui.separator();
        ui.strong("Token");
        match &self.output {
            Ok(produced) => {
                let mut job = token_job(&produced.token, &produced.decoded, dark, None);
                job.wrap.break_anywhere = true;
                job.wrap.max_width = ui.available_width();
                ui.add(egui::Label::new(job).wrap());
                ui.horizontal(|ui| {
                    if ui.button("Copy token").clicked() {
                        ui.ctx().copy_text(produced.token.clone());
                    }
                    if ui.button("Open in inspector").clicked() {
                        commands.push(Command::LoadToken(produced.token.clone()));
                    }
                });
            }
            Err(message) if message.is_empty() => {}
            Err(message) => {
                ui.colored_label(palette::error(dark), message);
            }
        }
        if let Some((status, detail)) = &self.status {
            let (text, colour) = match status {
                SignatureStatus::Valid => ("✔ Signature verified".to_owned(), palette::good(dark)),
                SignatureStatus::Invalid => (format!("✖ Invalid signature: {detail}"), palette::error(dark)),
                _ => (format!("Not checked: {detail}"), palette::muted(dark)),
            };
            ui.label(RichText::new(text).strong().color(colour));
        }
        if let (Ok(_), Some(weakness)) = (&self.output, &self.weakness) {
            ui.colored_label(
                palette::warning(dark),
                format!("⚠ A careful verifier will refuse this token: {weakness}."),
            );
        }
    }

    fn set_claim(&mut self, name: &str, value: Value) {
        if let Ok(mut payload) = parse_object(&self.payload, "payload") {
            payload.insert(name.to_owned(), value);
            self.payload = serde_json::to_string_pretty(&payload).unwrap_or_default();
            self.dirty = true;
        }
    }

    fn set_header_alg(&mut self) {
        if let Ok(mut header) = parse_object(&self.header, "header") {
            header.insert("alg".to_owned(), Value::from(self.alg.name()));
            self.header = serde_json::to_string_pretty(&header).unwrap_or_default();
        }
        self.dirty = true;
    }
}
