//! The event log beside the lanes (time, actor, request, token presented, status, error, what the server did),
//! the narration of the selected event in large type, and the token store's keys at the cursor with the commands
//! the selected step sent it.

use super::super::palette;
use super::canvas::status_colour;
use crate::i18n::Text;
use crate::sim::Timeline;
use crate::text;
use egui::RichText;

/// What the server did at each event, as the log's last column says it ("rotated; issued AT2, RT2"): made once
/// per run.
pub fn server_lines(timeline: &Timeline) -> Vec<String> {
    timeline
        .events
        .iter()
        .map(|event| {
            let mut did: Vec<Text> = event.server.iter().map(|action| action.label()).collect();
            if !event.issued.is_empty() {
                let issued: Vec<String> = event.issued.iter().map(ToString::to_string).collect();
                did.push(text!("app-log-issued", issued = issued.join(", ")));
            }
            did.into_iter()
                .reduce(|first, second| text!("app-log-joined", first = first, second = second))
                .map_or_else(String::new, |line| line.to_string())
        })
        .collect()
}

/// What a click in the log asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogClick {
    /// Open this token (an index into the timeline's tokens) in the inspector.
    Token(usize),
    /// Show this event's HTTP exchange.
    Exchange(usize),
}

/// Draws the log, scrolled to show event `reveal` if it is out of sight; returns what was clicked.
pub fn event_log(
    ui: &mut egui::Ui,
    timeline: &Timeline,
    server_lines: &[String],
    selected: &mut Option<usize>,
    reveal: Option<usize>,
) -> Option<LogClick> {
    let dark = palette::is_dark(ui);
    let mut open = None;
    ui.strong(text!("app-log-event-log"));
    let line_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let spacing = ui.spacing().item_spacing.x;
    let wide: f32 = WIDE.iter().map(|width| width + spacing).sum();
    // Where the server column would be too narrow to read, the error and what the server did get a line of their
    // own under each row, and the other columns close up.
    let below = ui.available_width() - wide < SERVER_COLUMN_MIN;
    let (widths, titles, row_height): (&[f32], &[&'static str], f32) =
        if below { (&NARROW, &TITLES[..5], 2.0 * line_height) } else { (&WIDE, &TITLES, line_height) };
    ui.horizontal(|ui| {
        for (title, width) in titles.iter().zip(widths) {
            ui.add_sized([*width, line_height], egui::Label::new(RichText::from(Text::new(title)).small().strong()));
        }
        if !below {
            ui.label(RichText::new(text!("app-log-server")).small().strong());
        }
    });
    let height = (ui.available_height() - 4.0).max(120.0);
    let mut area = egui::ScrollArea::vertical().id_salt("event-log").max_height(height).auto_shrink([false, false]);
    if let Some(row) = reveal {
        let stride = row_height + ui.spacing().item_spacing.y;
        let (top, bottom) = (row as f32 * stride, (row + 1) as f32 * stride);
        let state = egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id("event-log"));
        let offset = state.map_or(0.0, |state| state.clamped_offset().y);
        if top < offset || bottom > offset + height {
            // Past the end the area would spring back over several frames; stop where the last row is at the bottom.
            let furthest = (timeline.events.len() as f32 * stride - height).max(0.0);
            area = area.vertical_scroll_offset((top - height / 3.0).clamp(0.0, furthest));
        }
    }
    area.show_rows(ui, row_height, timeline.events.len(), |ui, range| {
        for index in range {
            let row =
                Row { index, widths, line_height, spacing, server: server_lines.get(index).map_or("", String::as_str) };
            if let Some(token) = row_ui(ui, timeline, &row, below, selected, dark) {
                open = Some(token);
            }
        }
    });
    open
}

/// Where one row of the log goes and what its server column says.
struct Row<'a> {
    index: usize,
    widths: &'a [f32],
    line_height: f32,
    spacing: f32,
    server: &'a str,
}

/// One event of the log, on one line or (`below`) with the error and the server's actions on a second; returns the
/// token whose label was clicked.
fn row_ui(
    ui: &mut egui::Ui,
    timeline: &Timeline,
    row: &Row<'_>,
    below: bool,
    selected: &mut Option<usize>,
    dark: bool,
) -> Option<LogClick> {
    let event = &timeline.events[row.index];
    let (widths, line_height) = (row.widths, row.line_height);
    let mut open = None;
    let mut columns = |ui: &mut egui::Ui| {
        let chosen = *selected == Some(row.index);
        if ui
            .add_sized(
                [widths[0], line_height],
                egui::Button::selectable(chosen, text!("app-log-seconds", at = event.at)),
            )
            .clicked()
        {
            *selected = Some(row.index);
        }
        ui.add_sized([widths[1], line_height], egui::Label::new(&event.actor).truncate());
        ui.add_sized([widths[2], line_height], egui::Label::new(event.action.name()).truncate());
        let presented = event.presented.or(event.stolen.first().copied());
        match presented.and_then(|label| timeline.token_index(label)) {
            Some(token) => {
                let label = timeline.tokens[token].label.to_string();
                if ui
                    .add_sized([widths[3], line_height], egui::Button::new(RichText::new(&label).monospace()).small())
                    .on_hover_text(text!("app-log-open-inspector", label = label))
                    .clicked()
                {
                    open = Some(LogClick::Token(token));
                }
            }
            None => {
                ui.add_sized([widths[3], line_height], egui::Label::new("–"));
            }
        }
        let status = event.status.map_or("–".to_owned(), |status| status.to_string());
        let status_text = RichText::new(status).strong().color(status_colour(event.status, dark));
        if event.request.is_some() {
            // The status opens the exchange, as a network inspector's row does.
            if ui
                .add_sized([widths[4], line_height], egui::Button::new(status_text).frame(false))
                .on_hover_text(text!("app-log-show-exchange"))
                .clicked()
            {
                *selected = Some(row.index);
                open = Some(LogClick::Exchange(row.index));
            }
        } else {
            ui.add_sized([widths[4], line_height], egui::Label::new(status_text));
        }
    };
    if below {
        ui.vertical(|ui| {
            ui.horizontal(columns);
            ui.horizontal(|ui| {
                ui.add_space(widths[0] + row.spacing);
                if let Some(error) = event.error {
                    ui.label(RichText::new(error.as_str()).small().strong().color(palette::error(dark)));
                }
                ui.add(egui::Label::new(RichText::new(row.server).small().weak()).truncate());
            });
        });
    } else {
        ui.horizontal(|ui| {
            columns(ui);
            let error = event.error.map_or("–", |error| error.as_str());
            ui.add_sized([WIDE[5], line_height], egui::Label::new(error).truncate());
            ui.add(egui::Label::new(row.server).truncate());
        });
    }
    open
}

const TITLES: [&str; 6] = [
    "app-log-column-time",
    "app-log-column-actor",
    "app-log-column-request",
    "app-log-column-token",
    "app-log-column-status",
    "app-log-column-error",
];
/// Column widths with everything on one line, and the closer ones used when the error and server go below.
const WIDE: [f32; 6] = [52.0, 72.0, 104.0, 58.0, 44.0, 104.0];
const NARROW: [f32; 5] = [46.0, 64.0, 84.0, 56.0, 40.0];
/// Narrowest the server column may be beside the others before it moves under them.
const SERVER_COLUMN_MIN: f32 = 220.0;

/// The selected event's narration, large enough for the back row.
pub fn narration(ui: &mut egui::Ui, timeline: &Timeline, selected: Option<usize>, cursor: f64) {
    let dark = palette::is_dark(ui);
    egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        match selected.and_then(|index| timeline.events.get(index)) {
            Some(event) => {
                let status = match (event.status, event.error) {
                    (Some(status), Some(error)) => {
                        text!("app-log-status-error", status = status, error = error.as_str())
                    }
                    (Some(status), None) => Text::verbatim(status.to_string()),
                    (None, _) => text!("app-log-no-request"),
                };
                let heading = match event.status.and_then(crate::sim::status_message) {
                    Some(message) => text!(
                        "app-log-event-heading-message",
                        at = event.at,
                        actor = event.actor.as_str(),
                        action = event.action.name(),
                        status = status,
                        message = message
                    ),
                    None => text!(
                        "app-log-event-heading",
                        at = event.at,
                        actor = event.actor.as_str(),
                        action = event.action.name(),
                        status = status
                    ),
                };
                ui.label(RichText::from(heading).color(status_colour(event.status, dark)).strong());
                let headline = event.narration.as_ref().unwrap_or(&event.message);
                ui.label(RichText::from(headline).size(22.0));
                if event.narration.is_some() {
                    ui.label(RichText::from(&event.message).color(palette::muted(dark)));
                }
                if let Some(challenge) = &event.www_authenticate {
                    ui.label(
                        RichText::new(text!("app-log-www-authenticate", challenge = challenge)).monospace().small(),
                    );
                }
            }
            None => {
                ui.label(RichText::from(text!("app-log-seconds", at = cursor.round() as i64)).strong());
                ui.label(RichText::new(text!("app-log-press-step-forward-play")).size(22.0));
            }
        }
    });
}

/// The commands the selected step sent to the store, in Redis syntax.
pub fn step_commands(ui: &mut egui::Ui, timeline: &Timeline, selected: Option<usize>) {
    let Some(event) = selected.and_then(|index| timeline.events.get(index)) else { return };
    if event.store.is_empty() {
        return;
    }
    let dark = palette::is_dark(ui);
    ui.strong(text!("app-log-step-commands", at = event.at));
    for command in event.store.iter().take(12) {
        ui.add(egui::Label::new(RichText::new(command).monospace().small().color(palette::muted(dark))).truncate());
    }
    if event.store.len() > 12 {
        ui.label(RichText::new(text!("app-log-more-commands", count = event.store.len() - 12)).small());
    }
    ui.add_space(6.0);
}

/// The store's keys and their remaining time at the cursor.
pub fn store_view(ui: &mut egui::Ui, timeline: &Timeline, keys: &[crate::sim::store::StoreKey], at: i64) {
    let dark = palette::is_dark(ui);
    let down = timeline.outages().iter().any(|(from, until)| *from <= at && at < *until);
    ui.horizontal(|ui| {
        ui.strong(text!("app-log-token-store-at-s", at = at));
        if down {
            ui.colored_label(palette::error(dark), text!("app-log-unreachable"));
        }
    });
    if keys.is_empty() {
        ui.label(RichText::new(text!("app-log-empty")).color(palette::muted(dark)));
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
                    let remaining = key
                        .remaining
                        .map_or(text!("app-log-no-expiry"), |seconds| text!("app-log-seconds-left", seconds = seconds));
                    ui.label(RichText::from(remaining).small().color(palette::muted(dark)));
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
