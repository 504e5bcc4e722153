//! The Encode tab: edit header and payload JSON (checked as you type, errors pointing at the line), choose
//! the algorithm and key, use the claim helpers, and see the signed token live, with whether it verifies.
//! "Keep the old signature" shows what tampering without the key produces: a token that fails. "Generate key" makes a
//! fresh key for the algorithm (off the UI thread: an RSA key takes a moment), the key's facts sit beside it, and the
//! signed token can be sealed in a JWE for a recipient's key (a nested token, `cty: JWT`).

use super::command::Command;
use super::editor::token_job;
use super::palette;
use crate::i18n::Text;
use crate::jose::algorithm::{Algorithm, Family};
use crate::jose::jwe::{self, ContentEncryption, KeyManagement, Sealing};
use crate::jose::jwk::{self, KeyFacts};
use crate::jose::keys::{self, Key, KeySet, SecretEncoding, Weakness};
use crate::jose::verify::{self, ClaimRequest, Expectations, SignatureStatus, Skips};
use crate::jose::{self, Decoded, Segment, encode};
use crate::text;
use egui::RichText;
use serde_json::{Map, Value};
use std::sync::mpsc;

/// PBES2's iteration count for tokens the window seals: the lint's threshold, and quick enough to seal as you type.
const WINDOW_P2C: u32 = 100_000;

/// Sealing the signed token in a JWE.
struct Envelope {
    on: bool,
    /// Seal the payload itself rather than the signed token inside it.
    payload_only: bool,
    alg: &'static str,
    enc: &'static str,
    /// The recipient's public key (PEM, JWK) or a shared secret in the tab's encoding.
    key: String,
}

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
    /// The token, or why there is none (`None` before the first attempt).
    output: Result<Produced, Option<Text>>,
    status: Option<(SignatureStatus, Text)>,
    /// Why a careful verifier would refuse the key the token is signed with.
    weakness: Option<Weakness>,
    lifetime_minutes: u32,
    dirty: bool,
    /// The facts of the key the token is signed with.
    facts: Option<KeyFacts>,
    /// A key being made on another thread.
    generating: Option<mpsc::Receiver<Result<Key, Text>>>,
    envelope: Envelope,
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
            output: Err(None),
            status: None,
            weakness: None,
            lifetime_minutes: 15,
            dirty: true,
            facts: None,
            generating: None,
            envelope: Envelope {
                on: false,
                payload_only: false,
                alg: "RSA-OAEP-256",
                enc: "A256GCM",
                key: String::new(),
            },
        };
        tab.recompute(0);
        tab
    }
}

fn parse_object(text: &str, part: Segment) -> Result<Map<String, Value>, Text> {
    let part = part.label();
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(text!("app-encoder-must-json-object", part = part)),
        Err(error) => Err(text!(
            "app-encoder-line-column",
            part = part.clone(),
            line = error.line(),
            column = error.column(),
            error = error
        )),
    }
}

impl EncodeTab {
    /// The token produced, or why there is none.
    pub fn output(&self) -> Result<&str, Option<&Text>> {
        match &self.output {
            Ok(produced) => Ok(&produced.token),
            Err(message) => Err(message.as_ref()),
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

    fn key(&self) -> Result<KeySet, Text> {
        if self.alg.family() == Family::Hmac {
            keys::secret_from_text(&self.secret, self.encoding).map(KeySet::single).map_err(|e| e.0)
        } else if self.private_key.trim().is_empty() {
            Err(text!("app-encoder-needs-private-key-pem", alg = self.alg))
        } else {
            keys::parse_key(&self.private_key).map_err(|e| e.0)
        }
    }

    pub fn recompute(&mut self, now: i64) {
        self.dirty = false;
        self.status = None;
        self.weakness = None;
        let header = match parse_object(&self.header, Segment::Header) {
            Ok(header) => header,
            Err(message) => {
                self.output = Err(Some(message));
                return;
            }
        };
        if let Some(alg) = header.get("alg").and_then(Value::as_str).and_then(Algorithm::from_name) {
            self.alg = alg;
        }
        let payload = match parse_object(&self.payload, Segment::Payload) {
            Ok(payload) => Value::Object(payload),
            Err(message) => {
                self.output = Err(Some(message));
                return;
            }
        };
        let key = match self.key() {
            Ok(key) => key,
            Err(message) => {
                self.output = Err(Some(message));
                return;
            }
        };
        let kid = header.get("kid").and_then(Value::as_str);
        let signing = key.signing_key(kid).map_err(|error| error.0);
        self.facts = signing.as_ref().ok().map(|signing| jwk::facts(signing));
        self.weakness = signing.as_ref().ok().and_then(|signing| signing.weakness(self.alg));
        let signed = signing
            .and_then(|signing| encode::encode(&header, &payload, self.alg, signing).map_err(|error| error.text()));
        let token = match (signed, self.keep_old_signature, &self.old_signature) {
            (Ok(encoded), true, Some(old)) => {
                let header_json = serde_json::to_string(&encoded.header).unwrap_or_default();
                let payload_json = serde_json::to_string(&encoded.payload).unwrap_or_default();
                Ok(encode::with_kept_signature(&header_json, &payload_json, old))
            }
            (Ok(encoded), _, _) => Ok(encoded.token),
            (Err(message), _, _) => Err(Some(message)),
        };
        let verified = token.as_ref().ok().cloned();
        let sealed_payload = payload.to_string();
        let token = token.and_then(|token| self.seal(token, &sealed_payload).map_err(Some));
        if let Some(signed) = verified {
            let decoded = jose::decode(&signed);
            // Only the signature is of interest here: the claims are whatever the user is writing.
            let expect = Expectations::new(ClaimRequest {
                at: now as f64,
                skip: Skips { exp: true, nbf: true, iat: true, aud: true },
                ..ClaimRequest::default()
            });
            let verdict = verify::verify(&decoded, Some(&key), &expect);
            self.status = Some((verdict.signature.status, verdict.signature.detail));
        }
        self.output = token.map(|token| Produced { decoded: jose::decode(&token), token });
    }

    /// The signed token sealed in a JWE for the envelope's key, when the envelope is on.
    /// `signed` goes in as a nested token (cty JWT), or, with "payload only", `payload` as it is.
    fn seal(&self, signed: String, payload: &str) -> Result<String, Text> {
        if !self.envelope.on {
            return Ok(signed);
        }
        if self.envelope.key.trim().is_empty() {
            return Err(text!("app-encoder-envelope-needs-key"));
        }
        let recipient = jwe::key_from_text(&self.envelope.key, self.encoding).map_err(|error| error.0)?;
        let key = recipient.signing_key(None).map_err(|error| error.0)?;
        let mut header = Map::new();
        let plaintext = if self.envelope.payload_only {
            payload.as_bytes()
        } else {
            header.insert("cty".into(), Value::from("JWT"));
            signed.as_bytes()
        };
        let sealing =
            Sealing { plaintext, alg: self.envelope.alg, enc: self.envelope.enc, zip: false, header, p2c: WINDOW_P2C };
        jwe::encrypt(sealing, key, &mut |buffer: &mut [u8]| {
            let _ = getrandom::fill(buffer);
        })
        .map_err(|problem| problem.message)
    }

    /// Makes a fresh key for the algorithm on another thread.
    fn generate_key(&mut self, ctx: &egui::Context) {
        let (sender, receiver) = mpsc::channel();
        let alg = self.alg.name().to_owned();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name("generate key".into()).spawn(move || {
            let made = jwk::generate(&alg, 2048, &mut |buffer: &mut [u8]| {
                let _ = getrandom::fill(buffer);
            });
            let _ = sender.send(made.map_err(|error| error.0));
            ctx.request_repaint();
        });
        self.generating = spawned.ok().map(|_| receiver);
    }

    /// Puts a key made on another thread in place, once it is there.
    fn poll_generated(&mut self) {
        let Some(receiver) = &self.generating else { return };
        let made = match receiver.try_recv() {
            Ok(made) => made,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => Err(text!("app-encoder-generate-failed")),
        };
        self.generating = None;
        match made {
            Ok(key) => match key.secret_bytes() {
                Some(secret) => {
                    self.secret = jose::b64::encode(secret);
                    self.encoding = SecretEncoding::Base64Url;
                }
                None => match jwk::to_pem(&key, false) {
                    Ok(pem) => self.private_key = pem,
                    Err(error) => self.output = Err(Some(error.0)),
                },
            },
            Err(message) => self.output = Err(Some(message)),
        }
        self.dirty = true;
    }

    /// The facts of the key the token is signed with.
    pub fn key_facts(&self) -> Option<&KeyFacts> {
        self.facts.as_ref()
    }

    /// Whether a key is being made.
    pub fn is_generating(&self) -> bool {
        self.generating.is_some()
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, now: i64) -> Vec<Command> {
        self.poll_generated();
        let mut commands = Vec::new();
        egui::ScrollArea::vertical().id_salt("encode-scroll").show(ui, |ui| {
            ui.columns(2, |columns| {
                self.claims_ui(&mut columns[0], now);
                self.key_ui(&mut columns[1]);
                self.envelope_ui(&mut columns[1]);
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
        ui.label(RichText::new(text!("app-encoder-header")).heading().color(palette::segment(Segment::Header, dark)));
        let header = egui::TextEdit::multiline(&mut self.header).code_editor().desired_rows(5);
        self.dirty |=
            ui.add(header.desired_width(f32::INFINITY)).accessible_name(text!("app-encoder-header-json")).changed();
        ui.label(RichText::new(text!("app-encoder-payload")).heading().color(palette::segment(Segment::Payload, dark)));
        let payload = egui::TextEdit::multiline(&mut self.payload).code_editor().desired_rows(10);
        self.dirty |=
            ui.add(payload.desired_width(f32::INFINITY)).accessible_name(text!("app-encoder-payload-json")).changed();
        ui.horizontal_wrapped(|ui| {
            if ui.button(text!("app-encoder-iat-now")).clicked() {
                self.set_claim("iat", Value::from(now));
            }
            let label = ui.label(text!("app-encoder-exp-now"));
            ui.add(
                egui::DragValue::new(&mut self.lifetime_minutes)
                    .range(1..=525_600)
                    .suffix(text!("unit-minutes-suffix").to_string()),
            )
            .labelled_by(label.id);
            if ui.button(text!("app-encoder-set-exp")).clicked() {
                self.set_claim("exp", Value::from(now + i64::from(self.lifetime_minutes) * 60));
            }
            if ui.button(text!("app-encoder-new-jti")).clicked() {
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
            ui.strong(text!("header-alg-title"));
            let before = self.alg;
            egui::ComboBox::from_id_salt("encode-alg")
                .selected_text(self.alg.name())
                .show_ui(ui, |ui| {
                    for alg in Algorithm::ALL {
                        ui.selectable_value(&mut self.alg, alg, alg.name());
                    }
                })
                .response
                .accessible_name(text!("app-encoder-signing-algorithm"));
            if before != self.alg {
                self.set_header_alg();
            }
            let generating = self.generating.is_some();
            if ui
                .add_enabled(!generating, egui::Button::new(text!("app-encoder-generate-key")))
                .on_hover_text(text!("app-encoder-generate-key-hint", alg = self.alg.name()))
                .clicked()
            {
                self.generate_key(ui.ctx());
            }
            if generating {
                ui.spinner();
            }
        });
        if self.alg.family() == Family::Hmac {
            ui.horizontal(|ui| {
                let secret = egui::TextEdit::singleline(&mut self.secret)
                    .hint_text(text!("app-encoder-secret"))
                    .desired_width(240.0);
                self.dirty |= ui.add(secret).accessible_name(text!("app-encoder-signing-secret")).changed();
                egui::ComboBox::from_id_salt("encode-encoding")
                    .selected_text(self.encoding.label())
                    .show_ui(ui, |ui| {
                        for encoding in SecretEncoding::ALL {
                            self.dirty |= ui.selectable_value(&mut self.encoding, encoding, encoding.label()).changed();
                        }
                    })
                    .response
                    .accessible_name(text!("app-encoder-signing-secret-encoding"));
            });
        } else {
            let key = egui::TextEdit::multiline(&mut self.private_key)
                .code_editor()
                .hint_text(text!("app-encoder-private-key-pem-pkcs"))
                .desired_rows(5)
                .desired_width(f32::INFINITY);
            self.dirty |= ui.add(key).accessible_name(text!("app-encoder-private-key")).changed();
        }
        if let Some(facts) = &self.facts {
            let dark = palette::is_dark(ui);
            let size = match (facts.bits, facts.crv) {
                (_, Some(crv)) => crv.to_owned(),
                (Some(bits), None) => text!("cli-keys-bits", bits = bits).to_string(),
                (None, None) => String::new(),
            };
            let half = if facts.private { text!("cli-keys-private") } else { text!("cli-keys-public") };
            ui.label(
                RichText::new(text!("app-encoder-key-facts", kty = facts.kty, size = size, half = half))
                    .color(palette::muted(dark)),
            );
            ui.label(
                RichText::new(text!("app-encoder-thumbprint", thumbprint = facts.thumbprint.as_str()))
                    .monospace()
                    .small()
                    .color(palette::muted(dark)),
            )
            .on_hover_text(text!("app-encoder-thumbprint-hint"));
        }
        let can_keep = self.old_signature.is_some();
        self.dirty |= ui
            .add_enabled(
                can_keep,
                egui::Checkbox::new(&mut self.keep_old_signature, text!("app-encoder-keep-old-signature")),
            )
            .on_hover_text(text!("app-encoder-re-encode-edited-header"))
            .on_disabled_hover_text(text!("app-encoder-bring-token-from-inspector"))
            .changed();
    }

    /// Sealing the signed token in a JWE: the switch, the algorithms and the recipient's key.
    fn envelope_ui(&mut self, ui: &mut egui::Ui) {
        ui.separator();
        self.dirty |= ui
            .checkbox(&mut self.envelope.on, text!("app-encoder-envelope"))
            .on_hover_text(text!("app-encoder-envelope-hint"))
            .changed();
        if !self.envelope.on {
            return;
        }
        self.dirty |= ui
            .checkbox(&mut self.envelope.payload_only, text!("app-encoder-envelope-payload-only"))
            .on_hover_text(text!("app-encoder-envelope-payload-only-hint"))
            .changed();
        ui.horizontal(|ui| {
            let before = (self.envelope.alg, self.envelope.enc);
            egui::ComboBox::from_id_salt("envelope-alg")
                .selected_text(self.envelope.alg)
                .show_ui(ui, |ui| {
                    for alg in KeyManagement::ALL.iter().filter(|alg| **alg != "RSA1_5") {
                        ui.selectable_value(&mut self.envelope.alg, alg, *alg);
                    }
                })
                .response
                .accessible_name(text!("app-encoder-key-management"));
            egui::ComboBox::from_id_salt("envelope-enc")
                .selected_text(self.envelope.enc)
                .show_ui(ui, |ui| {
                    for enc in ContentEncryption::ALL {
                        ui.selectable_value(&mut self.envelope.enc, enc, enc);
                    }
                })
                .response
                .accessible_name(text!("app-encoder-content-encryption"));
            self.dirty |= before != (self.envelope.alg, self.envelope.enc);
        });
        let key = egui::TextEdit::multiline(&mut self.envelope.key)
            .code_editor()
            .hint_text(text!("app-encoder-recipient-key-hint"))
            .desired_rows(3)
            .desired_width(f32::INFINITY);
        self.dirty |= ui.add(key).accessible_name(text!("app-encoder-recipient-key")).changed();
    }

    /// The produced token in its parts' colours, with Copy and Open, and whether it verifies.
    fn output_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let dark = palette::is_dark(ui);
        ui.separator();
        ui.strong(text!("app-editor-token"));
        match &self.output {
            Ok(produced) => {
                let mut job = token_job(&produced.token, &produced.decoded, dark, None);
                job.wrap.break_anywhere = true;
                job.wrap.max_width = ui.available_width();
                ui.add(egui::Label::new(job).wrap());
                ui.horizontal(|ui| {
                    if ui.button(text!("app-encoder-copy-token")).clicked() {
                        ui.ctx().copy_text(produced.token.clone());
                    }
                    if ui.button(text!("app-encoder-open-inspector")).clicked() {
                        commands.push(Command::LoadToken(produced.token.clone()));
                    }
                });
            }
            Err(None) => {}
            Err(Some(message)) => {
                ui.colored_label(palette::error(dark), message);
            }
        }
        if let Some((status, detail)) = &self.status {
            let (text, colour) = match status {
                SignatureStatus::Valid => (text!("app-signature-verified"), palette::good(dark)),
                SignatureStatus::Invalid => {
                    (text!("app-encoder-invalid-signature", detail = detail.clone()), palette::error(dark))
                }
                _ => (text!("app-encoder-not-checked", detail = detail.clone()), palette::muted(dark)),
            };
            ui.label(RichText::new(text).strong().color(colour));
        }
        if let (Ok(_), Some(weakness)) = (&self.output, &self.weakness) {
            ui.colored_label(
                palette::warning(dark),
                text!("app-encoder-careful-verifier-will-refuse", weakness = weakness.text()),
            );
        }
    }

    fn set_claim(&mut self, name: &str, value: Value) {
        if let Ok(mut payload) = parse_object(&self.payload, Segment::Payload) {
            payload.insert(name.to_owned(), value);
            self.payload = serde_json::to_string_pretty(&payload).unwrap_or_default();
            self.dirty = true;
        }
    }

    fn set_header_alg(&mut self) {
        if let Ok(mut header) = parse_object(&self.header, Segment::Header) {
            header.insert("alg".to_owned(), Value::from(self.alg.name()));
            self.header = serde_json::to_string_pretty(&header).unwrap_or_default();
        }
        self.dirty = true;
    }
}
