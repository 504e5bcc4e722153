//! The key and claim-checks panel of the Inspect tab: a key input that adapts to the token (an HMAC secret with its
//! encoding, or a PEM / JWK / JWKS box) and the checks to make (issuer, audience, subject, the time to judge at,
//! leeway, checks to skip). It turns what is typed into a `KeySet` and a `ClaimRequest` for the core, parsing the
//! key only when the key inputs change.

use super::command::Command;
use super::palette;
use super::settings::Settings;
use crate::i18n::Text;
use crate::jose::dpop::DpopRequest;
use crate::jose::keys::{self, KeySet, SecretEncoding};
use crate::jose::profile::{self, Profile, ProfileRequest};
use crate::jose::verify::{ClaimRequest, Skips, split_list};
use crate::jose::{Decoded, TokenKind, jwe, time};
use crate::text;
use egui::RichText;

pub struct KeyPanel {
    secret: String,
    show_secret: bool,
    key_text: String,
    issuers: String,
    audiences: String,
    subject: String,
    /// Empty means "now".
    evaluate_at: String,
    skip: Skips,
    allow_weak_keys: bool,
    use_embedded_key: bool,
    /// The encoding `secret_key` was read with, to notice a change of the setting.
    parsed_encoding: SecretEncoding,
    secret_key: Result<Option<KeySet>, Text>,
    public_key: Result<Option<KeySet>, Text>,
    /// What opens a JWE: a secret in the chosen encoding, or a private key (PEM, JWK).
    decrypt_text: String,
    decrypt_key: Result<Option<KeySet>, Text>,
    /// What an ID token or a DPoP proof is checked against.
    nonce: String,
    access_token: String,
    code: String,
    htm: String,
    htu: String,
}

impl Default for KeyPanel {
    fn default() -> Self {
        KeyPanel {
            secret: String::new(),
            show_secret: false,
            key_text: String::new(),
            issuers: String::new(),
            audiences: String::new(),
            subject: String::new(),
            evaluate_at: String::new(),
            skip: Skips::default(),
            allow_weak_keys: false,
            use_embedded_key: false,
            parsed_encoding: SecretEncoding::Utf8,
            secret_key: Ok(None),
            public_key: Ok(None),
            decrypt_text: String::new(),
            decrypt_key: Ok(None),
            nonce: String::new(),
            access_token: String::new(),
            code: String::new(),
            htm: String::new(),
            htu: String::new(),
        }
    }
}

/// What changed in the panel this frame.
#[derive(Debug, Default)]
pub struct KeyPanelOutput {
    /// The secret, its encoding or the key text: the signature must be checked again.
    pub key_changed: bool,
    /// A claim check (issuer, audience, subject, time, leeway, skips): the claims must be judged again.
    pub checks_changed: bool,
    pub commands: Vec<Command>,
}

/// A typed value, or none when the field is blank.
fn given(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|text| !text.is_empty())
}

impl KeyPanel {
    fn parse_secret(&mut self, encoding: SecretEncoding) {
        self.parsed_encoding = encoding;
        self.secret_key = if self.secret.is_empty() {
            Ok(None)
        } else {
            keys::secret_from_text(&self.secret, encoding).map(|key| Some(KeySet::single(key))).map_err(|e| e.0)
        };
    }

    fn parse_decrypt_text(&mut self) {
        self.decrypt_key = if self.decrypt_text.trim().is_empty() {
            Ok(None)
        } else {
            jwe::key_from_text(&self.decrypt_text, self.parsed_encoding).map(Some).map_err(|e| e.0)
        };
    }

    /// The key that opens a JWE, if one was given and could be read.
    pub fn decryption_keys(&self) -> Option<&KeySet> {
        self.decrypt_key.as_ref().ok().and_then(Option::as_ref)
    }

    pub fn set_access_token(&mut self, token: &str) {
        self.access_token = token.to_owned();
    }

    pub fn set_decrypt_text(&mut self, text: &str) {
        self.decrypt_text = text.to_owned();
        self.parse_decrypt_text();
    }

    fn parse_key_text(&mut self) {
        self.public_key = if self.key_text.trim().is_empty() {
            Ok(None)
        } else {
            keys::parse_key(&self.key_text).map(Some).map_err(|e| e.0)
        };
    }

    pub fn set_secret(&mut self, secret: &str, encoding: SecretEncoding) {
        self.secret = secret.to_owned();
        self.parse_secret(encoding);
    }

    pub fn set_key_text(&mut self, text: &str) {
        self.key_text = text.to_owned();
        self.parse_key_text();
    }

    pub fn set_evaluate_at(&mut self, at: String) {
        self.evaluate_at = at;
    }

    pub fn evaluate_at(&self) -> &str {
        &self.evaluate_at
    }

    /// Expects these audiences (the one-click answer to an `invalid_audience` because none was expected).
    pub fn expect_audiences(&mut self, audiences: &[String]) {
        self.audiences = audiences.join(", ");
        self.skip.aud = false;
    }

    pub fn skip_audience(&mut self) {
        self.skip.aud = true;
    }

    /// The key that applies to this token, if one was given and could be read.
    pub fn keys(&self, decoded: &Decoded) -> Option<&KeySet> {
        let parsed = if decoded.needs_secret() { &self.secret_key } else { &self.public_key };
        parsed.as_ref().ok().and_then(Option::as_ref)
    }

    /// The seconds claims are evaluated at: the typed time, or `now`.
    pub fn evaluation_time(&self, now: f64) -> Result<f64, Text> {
        if self.evaluate_at.trim().is_empty() {
            Ok(now)
        } else {
            time::parse_instant(&self.evaluate_at).map(time::seconds)
        }
    }

    /// Whether claims are judged at the moving "now" (so relative times tick).
    pub fn is_live(&self) -> bool {
        self.evaluate_at.trim().is_empty()
    }

    /// The checks to make, as the command line would be asked for them.
    pub fn request(&self, now: f64, settings: &Settings) -> ClaimRequest {
        ClaimRequest {
            at: self.evaluation_time(now).unwrap_or(now),
            leeway: u64::from(settings.leeway),
            issuers: split_list(&self.issuers),
            audiences: split_list(&self.audiences),
            subject: Some(self.subject.clone()),
            skip: self.skip,
            allow_weak_keys: self.allow_weak_keys,
            use_embedded_key: self.use_embedded_key,
            profile: ProfileRequest {
                nonce: given(&self.nonce),
                access_token: given(&self.access_token),
                code: given(&self.code),
                dpop: DpopRequest {
                    htm: given(&self.htm),
                    htu: given(&self.htu),
                    access_token: given(&self.access_token),
                },
                ..ProfileRequest::default()
            },
            ..ClaimRequest::default()
        }
    }

    /// `outer` is the token in the editor; `decoded` the one whose signature the key is for (the token inside an
    /// opened JWE).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        outer: &Decoded,
        decoded: &Decoded,
        settings: &mut Settings,
    ) -> KeyPanelOutput {
        let mut output = KeyPanelOutput::default();
        if self.parsed_encoding != settings.secret_encoding {
            self.parse_secret(settings.secret_encoding);
            self.parse_decrypt_text();
            output.key_changed = true;
        }
        let dark = palette::is_dark(ui);
        if outer.kind == TokenKind::Jwe {
            if self.decrypt_ui(ui, outer, settings, dark) {
                self.parse_decrypt_text();
                output.key_changed = true;
            }
            if decoded.kind == TokenKind::Jwe {
                output.checks_changed = self.checks_ui(ui, settings, dark);
                return output;
            }
            ui.add_space(4.0);
        }
        ui.horizontal(|ui| {
            ui.strong(text!("app-key-panel-key"));
            if let Some(alg) = decoded.alg() {
                ui.label(RichText::new(text!("app-key-panel-for", alg = alg)).color(palette::muted(dark)));
            }
        });
        if decoded.needs_secret() {
            if self.secret_ui(ui, settings) {
                self.parse_secret(settings.secret_encoding);
                output.key_changed = true;
            }
            if let Err(message) = &self.secret_key {
                ui.colored_label(palette::error(dark), message);
            }
        } else if self.public_key_ui(ui, dark, &mut output.commands) {
            self.parse_key_text();
            output.key_changed = true;
        }
        ui.horizontal_wrapped(|ui| {
            output.key_changed |= ui
                .checkbox(&mut self.allow_weak_keys, text!("app-key-panel-allow-weak-keys"))
                .on_hover_text(text!("app-key-panel-accept-hmac-secret-shorter"))
                .changed();
            output.key_changed |= ui
                .checkbox(&mut self.use_embedded_key, text!("app-key-panel-try-key-token-carries"))
                .on_hover_text(text!("app-key-panel-no-key-given-check"))
                .changed();
        });
        output.checks_changed = self.profile_ui(ui, decoded);
        output.checks_changed |= self.checks_ui(ui, settings, dark);
        output
    }

    /// The values an ID token or a DPoP proof is checked against, for those tokens only.
    fn profile_ui(&mut self, ui: &mut egui::Ui, decoded: &Decoded) -> bool {
        let fields: Vec<(Text, &mut String, Text)> = match profile::detect(decoded) {
            Profile::IdToken => vec![
                (text!("app-key-panel-nonce"), &mut self.nonce, text!("app-key-panel-nonce-hint")),
                (text!("app-key-panel-access-token"), &mut self.access_token, text!("app-key-panel-at-hash-hint")),
                (text!("app-key-panel-code"), &mut self.code, text!("app-key-panel-c-hash-hint")),
            ],
            Profile::DpopJwt => vec![
                (text!("app-key-panel-htm"), &mut self.htm, text!("app-key-panel-htm-hint")),
                (text!("app-key-panel-htu"), &mut self.htu, text!("app-key-panel-htu-hint")),
                (text!("app-key-panel-access-token"), &mut self.access_token, text!("app-key-panel-ath-hint")),
            ],
            _ => return false,
        };
        let mut changed = false;
        egui::Grid::new("profile-grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
            for (label, value, hint) in fields {
                let name = ui.label(label);
                changed |= ui
                    .add(egui::TextEdit::singleline(value).hint_text(hint).desired_width(f32::INFINITY))
                    .labelled_by(name.id)
                    .changed();
                ui.end_row();
            }
        });
        changed
    }

    fn decrypt_ui(&mut self, ui: &mut egui::Ui, outer: &Decoded, settings: &mut Settings, dark: bool) -> bool {
        let mut changed = false;
        ui.horizontal(|ui| {
            ui.strong(text!("app-key-panel-decryption-key"));
            let algorithms = [outer.header_str("alg"), outer.header_str("enc")];
            let named: Vec<&str> = algorithms.into_iter().flatten().collect();
            if !named.is_empty() {
                ui.label(
                    RichText::new(text!("app-key-panel-for", alg = named.join(" + "))).color(palette::muted(dark)),
                );
            }
            egui::ComboBox::from_id_salt("decrypt-secret-encoding")
                .selected_text(settings.secret_encoding.label())
                .width(90.0)
                .show_ui(ui, |ui| {
                    for encoding in SecretEncoding::ALL {
                        changed |=
                            ui.selectable_value(&mut settings.secret_encoding, encoding, encoding.label()).changed();
                    }
                })
                .response
                .on_hover_text(text!("app-key-panel-how-secret-written"))
                .accessible_name(text!("app-key-panel-secret-encoding"));
        });
        changed |= ui
            .add(
                egui::TextEdit::multiline(&mut self.decrypt_text)
                    .code_editor()
                    .hint_text(text!("app-key-panel-decryption-key-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(text!("app-key-panel-decryption-key-field"))
            .changed();
        match &self.decrypt_key {
            Ok(Some(set)) if set.is_set => {
                ui.label(
                    RichText::new(text!("app-key-panel-jwk-set", count = set.keys.len())).color(palette::muted(dark)),
                );
            }
            Ok(Some(set)) => {
                ui.label(RichText::new(&set.keys[0].description).color(palette::muted(dark)));
            }
            Ok(None) => {}
            Err(message) => {
                ui.colored_label(palette::error(dark), message);
            }
        }
        changed
    }

    fn secret_ui(&mut self, ui: &mut egui::Ui, settings: &mut Settings) -> bool {
        let mut changed = false;
        ui.horizontal(|ui| {
            let width = (ui.available_width() - 190.0).max(120.0);
            changed |= ui
                .add(
                    egui::TextEdit::singleline(&mut self.secret)
                        .password(!self.show_secret)
                        .hint_text(text!("app-key-panel-hmac-secret"))
                        .desired_width(width),
                )
                .accessible_name(text!("app-key-panel-secret"))
                .changed();
            let label = if self.show_secret { text!("app-key-panel-hide") } else { text!("app-key-panel-show") };
            if ui.button(label).on_hover_text(text!("app-key-panel-show-hide-secret")).clicked() {
                self.show_secret = !self.show_secret;
            }
            egui::ComboBox::from_id_salt("secret-encoding")
                .selected_text(settings.secret_encoding.label())
                .width(90.0)
                .show_ui(ui, |ui| {
                    for encoding in SecretEncoding::ALL {
                        changed |=
                            ui.selectable_value(&mut settings.secret_encoding, encoding, encoding.label()).changed();
                    }
                })
                .response
                .on_hover_text(text!("app-key-panel-how-secret-written"))
                .accessible_name(text!("app-key-panel-secret-encoding"));
        });
        changed
    }

    fn public_key_ui(&mut self, ui: &mut egui::Ui, dark: bool, commands: &mut Vec<Command>) -> bool {
        let changed = ui
            .add(
                egui::TextEdit::multiline(&mut self.key_text)
                    .code_editor()
                    .hint_text(text!("app-key-panel-public-key-pem-certificate"))
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(text!("app-key-panel-public-key"))
            .changed();
        ui.horizontal(|ui| {
            if ui.button(text!("app-key-panel-open-key-file")).clicked() {
                commands.push(Command::OpenKeyFile);
            }
            match &self.public_key {
                Ok(Some(set)) => {
                    let what = if set.is_set {
                        text!("app-key-panel-jwk-set", count = set.keys.len())
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
        changed
    }

    fn checks_ui(&mut self, ui: &mut egui::Ui, settings: &mut Settings, dark: bool) -> bool {
        let mut changed = false;
        egui::CollapsingHeader::new(text!("app-key-panel-claim-checks")).id_salt("claim-checks").show(ui, |ui| {
            egui::Grid::new("claim-check-grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                for (label, value, hint) in [
                    (text!("app-key-panel-issuer"), &mut self.issuers, text!("app-key-panel-any-of")),
                    (text!("app-key-panel-audience"), &mut self.audiences, text!("app-key-panel-any-of")),
                    (text!("app-key-panel-subject"), &mut self.subject, text!("app-key-panel-exact-subject")),
                    (text!("app-key-panel-evaluate-at"), &mut self.evaluate_at, text!("app-key-panel-evaluate-hint")),
                ] {
                    let name = ui.label(label);
                    changed |= ui
                        .add(egui::TextEdit::singleline(value).hint_text(hint).desired_width(220.0))
                        .labelled_by(name.id)
                        .changed();
                    ui.end_row();
                }
                let name = ui.label(text!("app-key-panel-leeway"));
                changed |= ui
                    .add(
                        egui::DragValue::new(&mut settings.leeway)
                            .range(0..=86_400)
                            .suffix(text!("unit-seconds-suffix").to_string()),
                    )
                    .labelled_by(name.id)
                    .changed();
                ui.end_row();
                let name = ui.label(text!("app-key-panel-skip"));
                ui.horizontal(|ui| {
                    for (check, flag) in [
                        ("exp", &mut self.skip.exp),
                        ("nbf", &mut self.skip.nbf),
                        ("iat", &mut self.skip.iat),
                        ("aud", &mut self.skip.aud),
                    ] {
                        changed |= ui
                            .checkbox(flag, check)
                            .on_hover_text(text!("app-key-panel-do-check-skip", check = check))
                            .changed();
                    }
                })
                .response
                .labelled_by(name.id);
                ui.end_row();
            });
            if let Err(message) = self.evaluation_time(0.0) {
                ui.colored_label(palette::error(dark), message);
            }
        });
        changed
    }
}
