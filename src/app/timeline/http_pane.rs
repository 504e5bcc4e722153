//! The HTTP pane of the Timeline tab: one event's exchange as a network inspector shows it (request line, headers,
//! body; status line, headers, body; JSON bodies laid out), the store commands the step sent, and every token on the
//! wire as a button that opens it in the inspector at the simulated second. Laid out once when it opens.

use super::super::command::Command;
use super::super::palette;
use super::canvas::status_colour;
use crate::sim::Timeline;
use crate::text;
use egui::RichText;

/// A token found in the exchange: a simulated token by label, or a DPoP proof.
struct WireToken {
    name: String,
    jwt: String,
}

pub struct HttpPane {
    event: usize,
    title: String,
    status: Option<u16>,
    request: Vec<String>,
    request_body: Option<String>,
    response: Vec<String>,
    response_body: Option<String>,
    store: Vec<String>,
    tokens: Vec<WireToken>,
    secret: String,
    unix_time: i64,
}

/// A JSON body laid out with indentation; any other body as sent.
fn laid_out(body: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(body) {
        Ok(value @ (serde_json::Value::Object(_) | serde_json::Value::Array(_))) => {
            serde_json::to_string_pretty(&value).unwrap_or_else(|_| body.to_owned())
        }
        _ => body.to_owned(),
    }
}

impl HttpPane {
    /// The pane of event `index`, or `None` when that event sent no request.
    pub fn new(timeline: &Timeline, index: usize) -> Option<HttpPane> {
        let event = timeline.events.get(index)?;
        let request = event.request.as_ref()?;
        let response = event.response.as_ref();
        let sent = format!(
            "{}{}",
            request.head_lines().join("\n"),
            request.body.as_ref().map_or(String::new(), |b| b.to_string())
        );
        let answered = response.map_or(String::new(), |response| {
            format!(
                "{}{}",
                response.head_lines().join("\n"),
                response.body.as_ref().map_or(String::new(), |b| b.to_string())
            )
        });
        let mut tokens: Vec<WireToken> = timeline
            .tokens
            .iter()
            .filter(|token| sent.contains(&token.jwt) || answered.contains(&token.jwt))
            .map(|token| WireToken { name: token.label.to_string(), jwt: token.jwt.clone() })
            .collect();
        if let Some(proof) = request.headers.get("DPoP") {
            tokens.push(WireToken { name: text!("app-http-dpop-proof").to_string(), jwt: proof.to_owned() });
        }
        let mut head = request.head_lines();
        if let Some(certificate) = &request.client_certificate {
            head.push(text!("app-http-client-certificate", thumbprint = certificate.as_str()).to_string());
        }
        Some(HttpPane {
            event: index,
            title: text!("app-http-title", at = event.at, actor = event.actor.as_str(), line = request.request_line())
                .to_string(),
            status: event.status,
            request: head,
            request_body: request.body.as_ref().map(|body| laid_out(&body.to_string())),
            response: response.map(|response| response.head_lines()).unwrap_or_default(),
            response_body: response.and_then(|response| response.body.as_ref()).map(|body| laid_out(&body.to_string())),
            store: event.store.clone(),
            tokens,
            secret: timeline.secret.clone(),
            unix_time: Timeline::unix_time(event.at),
        })
    }

    pub fn event(&self) -> usize {
        self.event
    }

    /// Draws the pane as a window; returns whether it stays open, and a token to inspect.
    pub fn show(&self, ctx: &egui::Context) -> (bool, Option<Command>) {
        let mut open = true;
        let mut command = None;
        // Over the config panel at first, leaving the lanes and the log in sight.
        let screen = ctx.content_rect();
        let width = 600.0_f32.min(screen.width() - 24.0);
        egui::Window::new(RichText::new(&self.title).strong())
            .id(egui::Id::unique("tokenscope-http-pane"))
            .default_pos(egui::pos2(screen.right() - width - 12.0, screen.top() + 64.0))
            .default_width(width)
            .max_height(screen.height() - 90.0)
            .open(&mut open)
            .default_height(520.0)
            .resizable(true)
            .vscroll(true)
            .show(ctx, |ui| {
                let dark = palette::is_dark(ui);
                let mono = |ui: &mut egui::Ui, line: &str, colour: Option<egui::Color32>| {
                    let mut text = RichText::new(line).monospace();
                    if let Some(colour) = colour {
                        text = text.color(colour);
                    }
                    ui.add(egui::Label::new(text).wrap());
                };
                ui.strong(text!("app-http-request"));
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for (index, line) in self.request.iter().enumerate() {
                        mono(ui, line, (index == 0).then(|| ui.visuals().strong_text_color()));
                    }
                    if let Some(body) = &self.request_body {
                        ui.add_space(6.0);
                        mono(ui, body, None);
                    }
                });
                ui.add_space(6.0);
                ui.strong(text!("app-http-response"));
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for (index, line) in self.response.iter().enumerate() {
                        mono(ui, line, (index == 0).then(|| status_colour(self.status, dark)));
                    }
                    if let Some(body) = &self.response_body {
                        ui.add_space(6.0);
                        mono(ui, body, None);
                    }
                });
                if !self.store.is_empty() {
                    ui.add_space(6.0);
                    ui.strong(text!("app-http-store"));
                    for command in &self.store {
                        mono(ui, command, Some(palette::muted(dark)));
                    }
                }
                if !self.tokens.is_empty() {
                    ui.add_space(6.0);
                    ui.horizontal_wrapped(|ui| {
                        ui.label(text!("app-http-tokens"));
                        for token in &self.tokens {
                            if ui
                                .button(RichText::new(&token.name).monospace())
                                .on_hover_text(text!("app-log-open-inspector", label = token.name.as_str()))
                                .clicked()
                            {
                                command = Some(Command::InspectSimulated {
                                    jwt: token.jwt.clone(),
                                    secret: self.secret.clone(),
                                    unix_time: self.unix_time,
                                });
                            }
                        }
                    });
                }
            });
        (open && command.is_none(), command)
    }
}
