//! The Inspect tab: the token editor, the key and claim-checks panel and the verdict on one side, the decoded
//! header, payload, claims and findings on the other. It keeps one `Analysis` and brings it up to date after each
//! frame with only the part that its changed inputs affect.

use super::analysis::Analysis;
use super::command::Command;
use super::editor::TokenEditor;
use super::key_panel::KeyPanel;
use super::results_view;
use super::settings::Settings;
use super::verdict_view::{self, AudienceChoice};
use crate::i18n::Text;
use crate::jose::Decoded;
use crate::jose::jwe::{self, DecryptStatus, Decrypted};
use crate::jose::keys::SecretEncoding;
use crate::jose::sdjwt;
use crate::jose::verify::{Expectations, Verdict};
use crate::text;
use chrono::FixedOffset;
use std::sync::Arc;

/// Which inputs changed since the analysis was made.
#[derive(Debug, Default, Clone, Copy)]
struct Changes {
    token: bool,
    key: bool,
    checks: bool,
}

pub struct InspectTab {
    editor: TokenEditor,
    keys: KeyPanel,
    analysis: Option<Analysis>,
    changes: Changes,
    /// What opening the JWE in the editor found, when it is one and a decryption key is given.
    decrypted: Option<Decrypted>,
    /// The token the panels show: the editor's, or the token inside the opened JWE.
    target: Option<Arc<Decoded>>,
}

impl Default for InspectTab {
    fn default() -> Self {
        InspectTab {
            editor: TokenEditor::default(),
            keys: KeyPanel::default(),
            analysis: None,
            changes: Changes { token: true, ..Changes::default() },
            decrypted: None,
            target: None,
        }
    }
}

/// The largest text the window opens: 10 MB settles in about a second here, and a hundred would take ten and
/// more than a gigabyte, so past this the command line is the tool.
pub const LOAD_LIMIT: usize = 32 * 1024 * 1024;

impl InspectTab {
    /// Puts `text` in the editor, unless it is over `LOAD_LIMIT` (then the editor keeps what it had and says why).
    pub fn load(&mut self, text: String) {
        if text.len() > LOAD_LIMIT {
            self.editor.set_notice(text!(
                "app-inspect-opened-text-mb-window",
                size = format!("{:.0}", text.len() as f64 / 1_048_576.0),
                limit = LOAD_LIMIT / 1_048_576
            ));
            return;
        }
        self.editor.set_text(text);
        self.changes.token = true;
    }

    /// Puts a key in the panel: an HMAC secret (in its encoding), and a public key's text.
    pub fn set_keys(&mut self, secret: &str, encoding: SecretEncoding, key_text: &str) {
        self.keys.set_secret(secret, encoding);
        self.keys.set_key_text(key_text);
        self.changes.key = true;
    }

    pub fn set_key_text(&mut self, key_text: &str) {
        self.keys.set_key_text(key_text);
        self.changes.key = true;
    }

    /// The audiences claims are checked against, as typed (comma-separated).
    pub fn set_audiences(&mut self, audiences: &str) {
        self.keys.expect_audiences(&crate::jose::verify::split_list(audiences));
        self.changes.checks = true;
    }

    /// The access token an ID token's at_hash or a DPoP proof's ath is checked against.
    pub fn set_access_token(&mut self, token: &str) {
        self.keys.set_access_token(token);
        self.changes.checks = true;
    }

    pub fn set_decryption_key(&mut self, text: &str) {
        self.keys.set_decrypt_text(text);
        self.changes.key = true;
    }

    /// What opening the JWE found, when there was a key to open it with.
    pub fn decrypted(&self) -> Option<&Decrypted> {
        self.decrypted.as_ref()
    }

    pub fn set_evaluate_at(&mut self, at: String) {
        self.keys.set_evaluate_at(at);
        self.changes.checks = true;
    }

    pub fn set_notice(&mut self, notice: Text) {
        self.editor.set_notice(notice);
    }

    /// The fonts changed: lay the token out again.
    pub fn forget_layout(&mut self) {
        self.editor.forget_layout();
    }

    pub fn request_editor_focus(&mut self) {
        self.editor.request_focus();
    }

    pub fn text(&self) -> &str {
        self.editor.text()
    }

    pub fn notice(&self) -> Option<&Text> {
        self.editor.notice()
    }

    pub fn evaluate_at(&self) -> &str {
        self.keys.evaluate_at()
    }

    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis.as_ref()
    }

    pub fn verdict(&self) -> Option<&Verdict> {
        self.analysis.as_ref().map(Analysis::verdict)
    }

    /// The decoded payload as text, for Ctrl+Shift+C.
    pub fn payload_text(&self) -> Option<&str> {
        self.analysis.as_ref()?.payload().copy_text()
    }

    /// Whether the window must tick once a second (a relative time is on screen and claims are judged at "now").
    pub fn is_live(&self) -> bool {
        self.keys.is_live() && self.analysis.as_ref().is_some_and(Analysis::has_live_times)
    }

    /// Whether work is still under way in the background (a screenshot waits for it).
    pub fn is_busy(&self) -> bool {
        self.analysis.as_ref().is_some_and(Analysis::crack_pending)
    }

    fn expectations(&self, settings: &Settings, now: f64) -> Expectations {
        Expectations::new(self.keys.request(now, settings))
    }

    /// Brings the analysis up to date with the inputs and the clock.
    pub fn refresh(&mut self, ctx: &egui::Context, settings: &Settings, now: f64, local: FixedOffset) {
        let expect = self.expectations(settings, now);
        let mut changes = std::mem::take(&mut self.changes);
        if changes.token || changes.key || self.target.is_none() {
            changes.token |= self.open();
        }
        let decoded = self.target.clone().unwrap_or_else(|| self.editor.decoded().clone());
        let keys = self.keys.keys(&decoded);
        match &mut self.analysis {
            Some(analysis) if !changes.token => {
                if changes.key {
                    analysis.judge(keys, &expect, local);
                } else if changes.checks {
                    analysis.recheck(keys, &expect, local);
                } else if self.keys.is_live() && analysis.second() != now.floor() as i64 && analysis.has_live_times() {
                    analysis.tick(keys, &expect, local);
                }
                analysis.poll_crack(keys, expect.at, ctx);
            }
            _ => {
                let mut analysis = Analysis::new(Arc::clone(&decoded), keys, &expect, local, ctx);
                if let Some(decrypted) =
                    self.decrypted.as_ref().filter(|d| d.status == DecryptStatus::Ok && d.inner.is_none())
                {
                    analysis.show_plaintext(decrypted.clone(), &expect, local);
                }
                let text = self.editor.text();
                if sdjwt::looks_like(text) {
                    analysis.show_sd_jwt(Arc::new(sdjwt::parse(text)), keys, &expect);
                }
                self.analysis = Some(analysis);
            }
        }
    }

    /// Opens the editor's JWE with the decryption key, if both are there; says whether the token the panels show
    /// changed.
    fn open(&mut self) -> bool {
        let outer = self.editor.decoded().clone();
        let decrypted = self.keys.decryption_keys().filter(|_| outer.kind == crate::jose::TokenKind::Jwe).map(|keys| {
            jwe::open(&outer, Some(keys), &mut |buffer: &mut [u8]| {
                // Only RSA1_5's stand-in key draws on this; without an OS source it is left as zeros, which opens nothing.
                let _ = getrandom::fill(buffer);
            })
        });
        let target = match decrypted.as_ref().and_then(|decrypted| decrypted.inner.as_deref()) {
            Some(inner) => Arc::new(inner.clone()),
            None => outer,
        };
        let changed = self.target.as_ref().is_none_or(|before| !Arc::ptr_eq(before, &target) && **before != *target)
            || self.decrypted != decrypted;
        self.target = Some(target);
        self.decrypted = decrypted;
        changed
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &mut Settings,
        stacked: bool,
        now: f64,
        local: FixedOffset,
    ) -> Vec<Command> {
        self.refresh(ui.ctx(), settings, now, local);
        let mut commands = Vec::new();
        if stacked {
            egui::ScrollArea::vertical().id_salt("inspect-stacked").show(ui, |ui| {
                commands.extend(self.left_ui(ui, settings));
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
                    egui::ScrollArea::vertical()
                        .id_salt("inspect-left-scroll")
                        .show(ui, |ui| commands.extend(self.left_ui(ui, settings)));
                });
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("inspect-right-scroll").show(ui, |ui| self.right_ui(ui));
            });
        }
        self.refresh(ui.ctx(), settings, now, local);
        commands
    }

    fn left_ui(&mut self, ui: &mut egui::Ui, settings: &mut Settings) -> Vec<Command> {
        let editor = self.editor.ui(ui);
        self.changes.token |= editor.changed;
        let mut commands = editor.commands;
        ui.add_space(8.0);
        ui.separator();
        let target = self.target.clone().unwrap_or_else(|| self.editor.decoded().clone());
        let keys = self.keys.ui(ui, self.editor.decoded(), &target, settings);
        self.changes.key |= keys.key_changed;
        self.changes.checks |= keys.checks_changed;
        commands.extend(keys.commands);
        ui.add_space(6.0);
        if let Some(decrypted) = &self.decrypted {
            verdict_view::decrypted_ui(ui, decrypted);
        }
        if let Some(analysis) = &self.analysis
            && !self.changes.token
            && !analysis.decoded().token.is_empty()
        {
            let choice =
                verdict_view::verdict_ui(ui, analysis.decoded(), analysis.verdict(), analysis.audience_offer());
            match (choice, analysis.audience_offer()) {
                (Some(AudienceChoice::Expect), Some(audiences)) => {
                    let audiences = audiences.to_vec();
                    self.keys.expect_audiences(&audiences);
                    self.changes.checks = true;
                }
                (Some(AudienceChoice::Skip), _) => {
                    self.keys.skip_audience();
                    self.changes.checks = true;
                }
                _ => {}
            }
            if let Some(report) = analysis.dpop() {
                verdict_view::dpop_ui(ui, report);
            }
            if let Some(walk) = analysis.walkthrough() {
                verdict_view::walkthrough_ui(ui, walk);
            }
        }
        commands
    }

    fn right_ui(&mut self, ui: &mut egui::Ui) {
        match &self.analysis {
            Some(analysis) if !analysis.decoded().token.is_empty() => results_view::decoded_ui(ui, analysis),
            _ => results_view::empty_ui(ui),
        }
    }
}
