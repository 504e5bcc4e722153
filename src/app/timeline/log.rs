//! The event log beside the lanes (time, actor, request, token presented, status, error, what the server did),
//! the narration of the selected event in large type, and the token store's keys at the cursor.

use super::super::palette;
use super::canvas::status_colour;
use crate::sim::Timeline;
use egui::RichText;

/// Draws the log; returns the index of a token whose label was clicked.
pub fn event_log(ui: &mut egui::Ui, timeline: &Timeline, selected: &mut Option<usize>) -> Option<usize> {
    let dark = palette::is_dark(ui);
    let mut open = None;
    ui.strong("Event log");
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let widths = [52.0, 72.0, 104.0, 58.0, 44.0, 104.0];
    let header = |ui: &mut egui::Ui| {
        ui.horizontal(|ui| {
            for (title, width) in ["time", "actor", "request", "token", "status", "error"].iter().zip(widths) {
                ui.add_sized([width, row_height], egui::Label::new(RichText::new(*title).small().strong()));
            }
            ui.label(RichText::new("server").small().strong());
        });
    };
    header(ui);
    let height = (ui.available_height() - 4.0).max(120.0);
    egui::ScrollArea::vertical().id_salt("event-log").max_height(height).auto_shrink([false, false]).show_rows(
        ui,
        row_height,
        timeline.events.len(),
        |ui, range| {
            for index in range {
                let event = &timeline.events[index];
                ui.horizontal(|ui| {
                    let chosen = *selected == Some(index);
                    if ui
                        .add_sized([widths[0], row_height], egui::Button::selectable(chosen, format!("{} s", event.at)))
                        .clicked()
                    {
                        *selected = Some(index);
                    }
                    ui.add_sized([widths[1], row_height], egui::Label::new(&event.actor).truncate());
                    ui.add_sized([widths[2], row_height], egui::Label::new(event.action).truncate());
                    let presented = event.presented.as_deref().or(event.stolen.first().map(String::as_str));
                    match presented.and_then(|label| timeline.token_index(label)) {
                        Some(token) => {
                            let label = timeline.tokens[token].label.clone();
                            if ui
                                .add_sized(
                                    [widths[3], row_height],
                                    egui::Button::new(RichText::new(&label).monospace()).small(),
                                )
                                .on_hover_text(format!("Open {label} in the inspector"))
                                .clicked()
                            {
                                open = Some(token);
                            }
                        }
                        None => {
                            ui.add_sized([widths[3], row_height], egui::Label::new("–"));
                        }
                    }
                    let status = event.status.map_or("–".to_owned(), |status| status.to_string());
                    ui.add_sized(
                        [widths[4], row_height],
                        egui::Label::new(RichText::new(status).strong().color(status_colour(event.status, dark))),
                    );
                    ui.add_sized([widths[5], row_height], egui::Label::new(event.error.unwrap_or("–")).truncate());
                    let mut did: Vec<String> = event.server.iter().map(|action| action.replace('_', " ")).collect();
                    if !event.issued.is_empty() {
                        did.push(format!("issued {}", event.issued.join(", ")));
                    }
                    ui.add(egui::Label::new(did.join("; ")).truncate());
                });
            }
        },
    );
    open
}

/// The selected event's narration, large enough for the back row.
pub fn narration(ui: &mut egui::Ui, timeline: &Timeline, selected: Option<usize>, cursor: f64) {
    let dark = palette::is_dark(ui);
    egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        match selected.and_then(|index| timeline.events.get(index)) {
            Some(event) => {
                let status = match (event.status, event.error) {
                    (Some(status), Some(error)) => format!("{status} {error}"),
                    (Some(status), None) => status.to_string(),
                    (None, _) => "no request".to_owned(),
                };
                ui.label(
                    RichText::new(format!("{} s · {} · {} · {status}", event.at, event.actor, event.action))
                        .color(status_colour(event.status, dark))
                        .strong(),
                );
                let headline = event.narration.as_deref().unwrap_or(&event.message);
                ui.label(RichText::new(headline).size(22.0));
                if event.narration.is_some() {
                    ui.label(RichText::new(&event.message).color(palette::muted(dark)));
                }
                if let Some(challenge) = &event.www_authenticate {
                    ui.label(RichText::new(format!("WWW-Authenticate: {challenge}")).monospace().small());
                }
            }
            None => {
                ui.label(RichText::new(format!("{} s", cursor.round())).strong());
                ui.label(RichText::new("Press Step forward or Play to follow the scenario.").size(22.0));
            }
        }
    });
}

/// The store's keys and their remaining time at the cursor.
pub fn store_view(ui: &mut egui::Ui, timeline: &Timeline, keys: &[crate::sim::store::StoreKey], at: i64) {
    let dark = palette::is_dark(ui);
    let down = timeline.outages().iter().any(|(from, until)| *from <= at && at < *until);
    ui.horizontal(|ui| {
        ui.strong(format!("Token store at {at} s"));
        if down {
            ui.colored_label(palette::error(dark), "unreachable");
        }
    });
    if keys.is_empty() {
        ui.label(RichText::new("empty").color(palette::muted(dark)));
        return;
    }
    let row_height =
        ui.text_style_height(&egui::TextStyle::Monospace) + ui.text_style_height(&egui::TextStyle::Small) + 8.0;
    egui::ScrollArea::vertical().id_salt("store-keys").max_height(ui.available_height().max(80.0)).show_rows(
        ui,
        row_height,
        keys.len(),
        |ui, range| {
            for key in &keys[range] {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&key.key).monospace().strong());
                    let remaining = key.remaining.map_or("no expiry".to_owned(), |seconds| format!("{seconds} s left"));
                    ui.label(RichText::new(remaining).small().color(palette::muted(dark)));
                });
                ui.add(
                    egui::Label::new(RichText::new(&key.value).monospace().small().color(palette::muted(dark)))
                        .truncate(),
                );
                ui.add_space(2.0);
            }
        },
    );
}
