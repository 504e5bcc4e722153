//! The swimlanes: one lane per actor, then the authorization server, the resource server and the token store,
//! on a shared time axis that zooms (mouse wheel) and pans (drag). Token bars, requests, steals, revocations and
//! outages are painted for the visible time range only; the bars and marks themselves come from `sim::lanes`.
//! The store lane draws each key's life; bound tokens carry a key glyph in their owner's colour; in-page calls
//! leave the victim's lane in the attacker's colour; a click on a request's dot opens its HTTP exchange.

use super::super::palette;
use crate::i18n::Text;
use crate::sim::Timeline;
use crate::sim::lanes::{Lanes, Phase, STORE_ROWS, StoreKind, Target};
use crate::sim::outcome::ServerAction;
use crate::sim::tokens::TokenKind;
use crate::text;
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, StrokeKind, Vec2, pos2, vec2};
use std::collections::HashMap;

const LABEL_WIDTH: f32 = 150.0;
const AXIS_HEIGHT: f32 = 26.0;

/// The visible time range and what was clicked.
pub struct Canvas {
    pub view: (f64, f64),
}

/// What one canvas shows.
pub struct Scene<'a> {
    pub timeline: &'a Timeline,
    pub lanes: &'a Lanes,
    /// Each actor's lane, by name.
    pub lanes_by_actor: &'a HashMap<String, usize>,
    pub cursor: f64,
    pub selected: Option<usize>,
}

impl Scene<'_> {
    fn lane_of(&self, actor: &str) -> Option<usize> {
        self.lanes_by_actor.get(actor).copied()
    }
}

#[derive(Default)]
pub struct CanvasResponse {
    pub clicked_token: Option<usize>,
    pub clicked_time: Option<f64>,
    /// A request whose dot was clicked: open its HTTP exchange.
    pub clicked_event: Option<usize>,
}

/// Each actor's own colour (its key glyph, its in-page calls), by lane: distinct from the family colours.
pub fn actor_colour(lane: usize, dark: bool) -> Color32 {
    match lane % 4 {
        0 => palette::good(dark),
        1 => palette::error(dark),
        2 => palette::warning(dark),
        _ => ui_accent(dark),
    }
}

fn ui_accent(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x7a, 0xc8, 0xff) } else { Color32::from_rgb(0x0a, 0x5f, 0xa8) }
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas { view: (0.0, 120.0) }
    }
}

/// A fill colour per family (by its 0-based index), distinct in both themes.
pub fn family_colour(family: usize, dark: bool) -> Color32 {
    const DARK: [Color32; 6] = [
        Color32::from_rgb(0x4f, 0x9d, 0xff),
        Color32::from_rgb(0xc0, 0x7c, 0xff),
        Color32::from_rgb(0x3d, 0xc9, 0xa8),
        Color32::from_rgb(0xff, 0x9f, 0x43),
        Color32::from_rgb(0xff, 0x77, 0xb7),
        Color32::from_rgb(0xa3, 0xd1, 0x4a),
    ];
    const LIGHT: [Color32; 6] = [
        Color32::from_rgb(0x1f, 0x6f, 0xd6),
        Color32::from_rgb(0x86, 0x3b, 0xd1),
        Color32::from_rgb(0x0b, 0x8a, 0x6c),
        Color32::from_rgb(0xc8, 0x65, 0x00),
        Color32::from_rgb(0xc2, 0x2f, 0x7a),
        Color32::from_rgb(0x4f, 0x87, 0x0c),
    ];
    let index = family % 6;
    if dark { DARK[index] } else { LIGHT[index] }
}

/// Where status labels already are, per lane: a few rows of text beside the arrow tips, each remembering how far
/// right it is taken, so that requests a second apart get their labels one above the other instead of on top of
/// each other. A label with no room left is not drawn; the event log has it.
struct LabelRows {
    right_edges: Vec<[f32; LabelRows::ROWS]>,
}

impl LabelRows {
    const ROWS: usize = 3;
    const GAP: f32 = 3.0;

    fn new(lanes: usize) -> Self {
        LabelRows { right_edges: vec![[f32::NEG_INFINITY; Self::ROWS]; lanes] }
    }

    /// The row a label from `left`, `width` wide, goes in, if any is free there.
    fn place(&mut self, lane: usize, left: f32, width: f32) -> Option<usize> {
        let rows = self.right_edges.get_mut(lane)?;
        let row = rows.iter().position(|right| left >= right + Self::GAP)?;
        rows[row] = left + width;
        Some(row)
    }
}

pub fn status_colour(status: Option<u16>, dark: bool) -> Color32 {
    match status {
        Some(200..=299) => palette::good(dark),
        Some(500..=599) => palette::error(dark),
        Some(400..=499) => palette::warning(dark),
        _ => palette::muted(dark),
    }
}

/// Where things go on the canvas: the plot area, the lanes and the visible time range.
struct Geometry {
    rect: Rect,
    plot: Rect,
    lane_height: f32,
    lane_count: usize,
    view: (f64, f64),
}

impl Geometry {
    fn x_of(&self, t: f64) -> f32 {
        let span = (self.view.1 - self.view.0).max(1e-3);
        self.plot.left() + ((t - self.view.0) / span) as f32 * self.plot.width()
    }

    fn time_at(&self, x: f32) -> f64 {
        self.view.0 + f64::from((x - self.plot.left()) / self.plot.width()) * (self.view.1 - self.view.0)
    }

    fn lane_top(&self, lane: usize) -> f32 {
        self.plot.top() + lane as f32 * self.lane_height
    }

    fn lane_mid(&self, lane: usize) -> f32 {
        self.lane_top(lane) + self.lane_height / 2.0
    }

    /// The lanes of the servers and the store, after the actors'.
    fn authorization_lane(&self) -> usize {
        self.lane_count - 3
    }

    fn resource_lane(&self) -> usize {
        self.lane_count - 2
    }

    fn store_lane(&self) -> usize {
        self.lane_count - 1
    }
}

const SERVER_LANES: [&str; 3] =
    ["app-canvas-authorization-server", "app-canvas-resource-server", "app-canvas-token-store"];

impl Canvas {
    pub fn fit(&mut self, lanes: &Lanes) {
        let (start, end) = lanes.span;
        let margin = ((end - start) as f64 * 0.08).max(3.0);
        self.view = (start as f64 - margin, end as f64 + margin);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, id: &str, scene: &Scene<'_>, height: f32) -> CanvasResponse {
        let lane_count = scene.timeline.actors.len() + SERVER_LANES.len();
        let width = ui.available_width();
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
        let plot = Rect::from_min_max(pos2(rect.left() + LABEL_WIDTH, rect.top() + AXIS_HEIGHT), rect.max);
        let lane_height = ((height - AXIS_HEIGHT) / lane_count as f32).clamp(28.0, 90.0);
        self.zoom_and_pan(ui, &response, plot);
        let geometry = Geometry { rect, plot, lane_height, lane_count, view: self.view };
        let painter = ui.painter_at(rect);
        let dark = palette::is_dark(ui);
        paint_lanes(ui, &painter, &geometry, scene.timeline);
        paint_axis(&painter, &geometry, dark);
        paint_outages(ui, &painter, &geometry, scene.timeline, dark);
        paint_store_bars(ui, &painter, &geometry, scene, id);
        let mut out = CanvasResponse {
            clicked_token: paint_bars(ui, &painter, &geometry, scene, id),
            clicked_time: None,
            clicked_event: None,
        };
        out.clicked_event = paint_requests(ui, &painter, &geometry, scene, id);
        paint_marks(&painter, &geometry, scene.lanes, dark);
        let x = geometry.x_of(scene.cursor);
        if x >= plot.left() && x <= plot.right() {
            let accent = ui.visuals().selection.stroke.color;
            painter.line_segment([pos2(x, rect.top() + 18.0), pos2(x, plot.bottom())], Stroke::new(2.0, accent));
        }
        if out.clicked_token.is_none()
            && out.clicked_event.is_none()
            && response.clicked()
            && let Some(pointer) = response.interact_pointer_pos()
            && pointer.x >= plot.left()
        {
            out.clicked_time = Some(geometry.time_at(pointer.x).max(0.0));
        }
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, text!("app-canvas-timeline-lanes")));
        out
    }

    /// Zooms around the pointer with the wheel (or a pinch) and pans by dragging or scrolling sideways.
    fn zoom_and_pan(&mut self, ui: &egui::Ui, response: &egui::Response, plot: Rect) {
        let span = self.view.1 - self.view.0;
        if response.hovered() {
            let (scroll, zoom) = ui.input(|input| (input.smooth_scroll_delta, input.zoom_delta()));
            let factor = if zoom != 1.0 { 1.0 / f64::from(zoom) } else { (-f64::from(scroll.y) / 300.0).exp() };
            if (factor - 1.0).abs() > 1e-6
                && let Some(pointer) = response.hover_pos()
            {
                let anchor = self.view.0 + f64::from((pointer.x - plot.left()) / plot.width()) * span;
                let new_span = (span * factor).clamp(2.0, 1.0e8);
                let ratio = (anchor - self.view.0) / span;
                self.view = (anchor - ratio * new_span, anchor + (1.0 - ratio) * new_span);
            }
            if scroll.x != 0.0 {
                let shift = -f64::from(scroll.x) / f64::from(plot.width()) * span;
                self.view = (self.view.0 + shift, self.view.1 + shift);
            }
        }
        if response.dragged() {
            let shift = -f64::from(response.drag_delta().x) / f64::from(plot.width()) * (self.view.1 - self.view.0);
            self.view = (self.view.0 + shift, self.view.1 + shift);
        }
    }
}

/// The lane bands and their names: the actors, then the servers and the store.
fn paint_lanes(ui: &egui::Ui, painter: &egui::Painter, geometry: &Geometry, timeline: &Timeline) {
    let text = ui.visuals().text_color();
    let muted = palette::muted(palette::is_dark(ui));
    let servers = SERVER_LANES.iter().map(|id| Text::new(id).to_string());
    let names = timeline.actors.iter().cloned().chain(servers);
    for (lane, name) in names.enumerate() {
        let band = Rect::from_min_size(
            pos2(geometry.rect.left(), geometry.lane_top(lane)),
            vec2(geometry.rect.width(), geometry.lane_height),
        );
        if lane % 2 == 0 {
            painter.rect_filled(band, 0.0, ui.visuals().faint_bg_color);
        }
        let colour = if lane < timeline.actors.len() { text } else { muted };
        painter.text(
            pos2(geometry.rect.left() + 8.0, geometry.lane_mid(lane)),
            Align2::LEFT_CENTER,
            name,
            FontId::proportional(15.0),
            colour,
        );
    }
    let plot = geometry.plot;
    painter.line_segment(
        [pos2(plot.left(), plot.top()), pos2(plot.left(), plot.bottom())],
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
    );
}

fn paint_axis(painter: &egui::Painter, geometry: &Geometry, dark: bool) {
    let muted = palette::muted(dark);
    let (start, end) = geometry.view;
    let step = nice_step((end - start).max(1e-3) / 10.0);
    let mut tick = (start / step).ceil() * step;
    while tick <= end {
        let x = geometry.x_of(tick);
        painter.line_segment(
            [pos2(x, geometry.plot.top()), pos2(x, geometry.plot.bottom())],
            Stroke::new(1.0, muted.gamma_multiply(0.25)),
        );
        painter.text(
            pos2(x, geometry.rect.top() + 4.0),
            Align2::CENTER_TOP,
            time_label(tick),
            FontId::proportional(12.0),
            muted,
        );
        tick += step;
    }
}

fn paint_outages(ui: &egui::Ui, painter: &egui::Painter, geometry: &Geometry, timeline: &Timeline, dark: bool) {
    let lane = geometry.store_lane();
    for (from, until) in timeline.outages() {
        let band = Rect::from_x_y_ranges(
            geometry.x_of(*from as f64).max(geometry.plot.left())
                ..=geometry.x_of(*until as f64).min(geometry.plot.right()),
            geometry.lane_top(lane) + 3.0..=geometry.lane_top(lane) + geometry.lane_height - 3.0,
        );
        if band.width() > 0.0 {
            painter.rect_filled(band, 3.0, palette::error(dark).gamma_multiply(0.35));
            painter.text(
                band.center(),
                Align2::CENTER_CENTER,
                text!("app-canvas-store-down").to_string(),
                FontId::proportional(13.0),
                ui.visuals().text_color(),
            );
        }
    }
}

/// The store lane: each key's life as a thin bar in its row, coloured by what it holds; hovering lists the commands
/// that wrote it. A denylist entry that dies before its access token stops being accepted shows at a glance.
fn paint_store_bars(ui: &egui::Ui, painter: &egui::Painter, geometry: &Geometry, scene: &Scene<'_>, id: &str) {
    let dark = palette::is_dark(ui);
    let lane = geometry.store_lane();
    let rows = scene.lanes.store_bars.iter().map(|bar| bar.row + 1).max().unwrap_or(0).min(STORE_ROWS);
    if rows == 0 {
        return;
    }
    let inner_top = geometry.lane_top(lane) + 3.0;
    let row_height = ((geometry.lane_height - 6.0) / rows as f32).min(9.0);
    let mut drawn_until = [f32::NEG_INFINITY; STORE_ROWS];
    let in_view =
        |bar: &&crate::sim::lanes::StoreBar| (bar.to as f64) >= geometry.view.0 && (bar.from as f64) <= geometry.view.1;
    // Zoomed out over a long run, thousands of keys share the lane: hover areas only while they are few enough to
    // point at, so that a frame stays cheap.
    let hoverable = scene.lanes.store_bars.iter().filter(in_view).take(301).count() <= 300;
    // Without hover areas, touching bars of one colour in a row are painted as one rectangle.
    let mut pending: [Option<(Rect, Color32)>; STORE_ROWS] = [None; STORE_ROWS];
    for bar in scene.lanes.store_bars.iter().filter(in_view) {
        let left = geometry.x_of(bar.from as f64).max(geometry.plot.left() - 2.0);
        let right = geometry.x_of(bar.to as f64).min(geometry.plot.right() + 2.0).max(left + 2.0);
        // What the row already shows there covers it.
        if right <= drawn_until[bar.row] + 1.0 {
            continue;
        }
        drawn_until[bar.row] = drawn_until[bar.row].max(right);
        let top = inner_top + bar.row as f32 * row_height;
        let rect = Rect::from_min_max(pos2(left, top + 1.0), pos2(right, top + row_height - 1.0));
        let colour = match bar.kind {
            StoreKind::Refresh(family) => family_colour(family, dark).gamma_multiply(0.8),
            StoreKind::Family(family) => family_colour(family, dark).gamma_multiply(0.35),
            StoreKind::Deny => palette::error(dark),
            StoreKind::Other => palette::muted(dark).gamma_multiply(0.6),
        };
        if !hoverable {
            match &mut pending[bar.row] {
                Some((open, open_colour)) if *open_colour == colour && rect.left() <= open.right() + 1.0 => {
                    open.max.x = open.max.x.max(rect.right());
                }
                slot => {
                    if let Some((done, done_colour)) = slot.replace((rect, colour)) {
                        painter.rect_filled(done, 0.0, done_colour);
                    }
                }
            }
            continue;
        }
        painter.rect_filled(rect, 2.0, colour);
        if rect.width() >= 4.0 {
            let bar_id = ui.scope_id().with((id, "store", &bar.key, bar.from));
            let response = ui.interact(rect.intersect(geometry.rect), bar_id, Sense::hover());
            response.widget_info(|| {
                let label = text!("app-canvas-store-key", key = bar.key.as_str(), from = bar.from, to = bar.to);
                egui::WidgetInfo::labeled(egui::Role::Label, true, label.to_string())
            });
            response.on_hover_ui(|ui| {
                ui.label(RichText::new(&bar.key).monospace().strong());
                let life = if bar.lasts {
                    text!("app-canvas-store-key-lasts", from = bar.from)
                } else {
                    text!("app-canvas-store-key-life", from = bar.from, to = bar.to)
                };
                ui.label(life);
                for (at, command) in &bar.writes {
                    ui.label(RichText::new(format!("{at:>5} s  {command}")).monospace().small());
                }
            });
        }
    }
    for (rect, colour) in pending.into_iter().flatten() {
        painter.rect_filled(rect, 0.0, colour);
    }
}

/// A small key: a ring and a bit, in `colour`, with its ring centred at `at`.
fn key_glyph(painter: &egui::Painter, at: Pos2, colour: Color32) {
    let stroke = Stroke::new(1.6, colour);
    painter.circle_stroke(at, 3.2, stroke);
    let shaft_start = at + vec2(3.2, 0.0);
    let shaft_end = at + vec2(10.0, 0.0);
    painter.line_segment([shaft_start, shaft_end], stroke);
    painter.line_segment([shaft_end, shaft_end + vec2(0.0, 3.0)], stroke);
    painter.line_segment([at + vec2(7.5, 0.0), at + vec2(7.5, 2.5)], stroke);
}

/// The token bars in view; returns the token whose bar was clicked.
fn paint_bars(
    ui: &egui::Ui,
    painter: &egui::Painter,
    geometry: &Geometry,
    scene: &Scene<'_>,
    id: &str,
) -> Option<usize> {
    let dark = palette::is_dark(ui);
    let text = ui.visuals().text_color();
    let (plot, lane_height) = (geometry.plot, geometry.lane_height);
    let bar_height = (lane_height * 0.34).min(22.0);
    let mut clicked = None;
    // Zoomed out, thousands of bars share a pixel column: draw one per column and row.
    let mut drawn_until = vec![f32::NEG_INFINITY; 2 * geometry.lane_count];
    let (from, to) = (geometry.view.0.floor() as i64, geometry.view.1.ceil() as i64);
    for bar in scene.lanes.bars_between(from, to) {
        if (bar.to as f64) < geometry.view.0 {
            continue;
        }
        let token = &scene.timeline.tokens[bar.token];
        let top = match token.kind {
            TokenKind::Access => geometry.lane_top(bar.lane) + lane_height * 0.12,
            TokenKind::Refresh => geometry.lane_top(bar.lane) + lane_height * 0.54,
        };
        let left = geometry.x_of(bar.from as f64).max(plot.left() - 2.0);
        let right = geometry.x_of(bar.to as f64).min(plot.right() + 2.0).max(left + 2.0);
        let bar_rect = Rect::from_min_max(pos2(left, top), pos2(right, top + bar_height));
        let row = 2 * bar.lane + usize::from(token.kind == TokenKind::Refresh);
        if bar_rect.width() < 3.0 && bar_rect.right() <= drawn_until[row] + 1.0 {
            continue;
        }
        drawn_until[row] = drawn_until[row].max(bar_rect.right());
        let colour = family_colour(token.family.index(), dark);
        let corner = if bar_rect.width() < 8.0 { 0.0 } else { 4.0 };
        match bar.phase {
            Phase::Valid => {
                painter.rect_filled(bar_rect, corner, colour.gamma_multiply(0.85));
            }
            Phase::Consumed => {
                painter.rect_filled(bar_rect, corner, colour.gamma_multiply(0.25));
                if bar_rect.width() > 10.0 {
                    hatch(painter, bar_rect, colour.gamma_multiply(0.6));
                }
            }
            Phase::Revoked => {
                painter.rect_filled(bar_rect, corner, colour.gamma_multiply(0.12));
                if bar_rect.width() > 10.0 {
                    hatch(painter, bar_rect, palette::error(dark).gamma_multiply(0.7));
                }
            }
        }
        if bar.stolen && bar_rect.width() >= 3.0 {
            painter.rect_stroke(bar_rect, corner, Stroke::new(2.0, palette::error(dark)), StrokeKind::Inside);
        }
        // After `exp` the resource server's leeway still accepts an access token: a thin tail shows for how long.
        if let Some(until) = scene.lanes.accepted_until.get(bar.token).copied().flatten()
            && token.expires_at == Some(bar.to)
            && until > bar.to
        {
            let tail_left = geometry.x_of(bar.to as f64);
            let tail_right = geometry.x_of(until as f64).min(plot.right() + 2.0);
            if tail_right - tail_left >= 2.0 {
                let y = bar_rect.center().y;
                let tail = Rect::from_min_max(pos2(tail_left, y - 2.0), pos2(tail_right, y + 2.0));
                painter.rect_filled(tail, 1.0, colour.gamma_multiply(0.45));
                let tail_id = ui.scope_id().with((id, "leeway", bar.token, bar.lane));
                let response = ui.interact(tail.expand(2.0).intersect(geometry.rect), tail_id, Sense::hover());
                let label = text!("app-canvas-leeway-tail", label = token.label, until = until).to_string();
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label.clone()));
                response.on_hover_text(label);
            }
        }
        let first = token.holders.iter().any(|holding| holding.since == bar.from) || bar.phase == Phase::Valid;
        if first
            && bar_rect.width() > 36.0
            && let Some(owner) = token.bound_to.as_deref().and_then(|owner| scene.lane_of(owner))
        {
            let at = pos2(bar_rect.right() - 14.0, bar_rect.center().y);
            key_glyph(painter, at, actor_colour(owner, dark));
        }
        if first && bar_rect.width() > 22.0 {
            let label_colour = if bar.phase == Phase::Valid { Color32::WHITE } else { text };
            painter.text(
                pos2(bar_rect.left() + 4.0, bar_rect.center().y),
                Align2::LEFT_CENTER,
                token.label.to_string(),
                FontId::proportional(13.0),
                label_colour,
            );
        }
        if bar_rect.width() >= 6.0 {
            let bar_id = ui.scope_id().with((id, "bar", bar.token, bar.lane, bar.from));
            let bar_response = ui.interact(bar_rect.intersect(geometry.rect), bar_id, Sense::click());
            bar_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, token.label.to_string()));
            let bar_response = bar_response.on_hover_ui(|ui| {
                let kind = match token.kind {
                    TokenKind::Access => text!("app-timeline-loot-access"),
                    TokenKind::Refresh => text!("app-timeline-loot-refresh"),
                };
                let expires = token
                    .expires_at
                    .map_or(text!("app-canvas-expires-never"), |at| text!("app-canvas-expires-at", at = at));
                ui.label(text!(
                    "app-canvas-family-issued-at-s",
                    label = token.label,
                    token = kind,
                    family = token.family,
                    issued_at = token.issued_at,
                    expires = expires
                ));
            });
            if bar_response.clicked() {
                clicked = Some(bar.token);
            }
        }
    }
    clicked
}

/// The requests in view: an arrow from the actor to the server it asked, with its status; steals as dashed arrows;
/// in-page calls from the victim's lane in the attacker's colour. Returns the request whose dot was clicked.
fn paint_requests(
    ui: &egui::Ui,
    painter: &egui::Painter,
    geometry: &Geometry,
    scene: &Scene<'_>,
    id: &str,
) -> Option<usize> {
    let mut clicked = None;
    let dark = palette::is_dark(ui);
    let timeline = scene.timeline;
    let lane_count = geometry.lane_count;
    let first = timeline.events.partition_point(|event| (event.at as f64) < geometry.view.0 - 1.0);
    let last = timeline.events.partition_point(|event| (event.at as f64) <= geometry.view.1 + 1.0);
    let crowded = last.saturating_sub(first) as f32 > geometry.plot.width() / 6.0;
    let mut marked_column = vec![i32::MIN; lane_count];
    let mut status_labels = LabelRows::new(lane_count);
    for index in first..last {
        let event = &timeline.events[index];
        let Some(own_lane) = scene.lane_of(&event.actor) else { continue };
        let via_lane = scene.lanes.via_lanes.get(index).copied().flatten();
        let actor_lane = via_lane.unwrap_or(own_lane);
        let x = geometry.x_of(event.at as f64);
        let reuse = event.server.contains(&ServerAction::ReuseDetected);
        if crowded && scene.selected != Some(index) {
            // One dot per pixel column and lane, no arrows: the lanes stay readable and the frame cheap.
            let column = x as i32;
            if marked_column[actor_lane] != column {
                marked_column[actor_lane] = column;
                let dot = Rect::from_center_size(pos2(x, geometry.lane_mid(actor_lane)), vec2(3.0, 5.0));
                painter.rect_filled(dot, 0.0, status_colour(event.status, dark));
            }
            let server = geometry.authorization_lane();
            if reuse && marked_column[server] != column {
                marked_column[server] = column;
                let dot = Rect::from_center_size(pos2(x, geometry.lane_mid(server)), vec2(3.0, 12.0));
                painter.rect_filled(dot, 0.0, palette::error(dark));
            }
            continue;
        }
        let from = pos2(x, geometry.lane_mid(actor_lane));
        let colour = status_colour(event.status, dark);
        let stroke_colour = if via_lane.is_some() { actor_colour(own_lane, dark) } else { colour };
        let highlighted = scene.selected == Some(index);
        let target = scene.lanes.targets.get(index).copied().unwrap_or(Target::AuthorizationServer);
        let target_lane = match target {
            Target::AuthorizationServer => geometry.authorization_lane(),
            Target::ResourceServer => geometry.resource_lane(),
            Target::Store => geometry.store_lane(),
            Target::Actor(lane) => lane,
        };
        let to = pos2(x + if crowded { 0.0 } else { 6.0 }, geometry.lane_mid(target_lane));
        let width = if highlighted { 3.0 } else { 1.5 };
        if let Target::Actor(_) = target {
            dashed_arrow(painter, to, from, Stroke::new(width + 0.5, palette::error(dark)));
            if !crowded {
                let stolen: Vec<String> = event.stolen.iter().map(ToString::to_string).collect();
                painter.text(
                    pos2(x + 6.0, (from.y + to.y) / 2.0),
                    Align2::LEFT_CENTER,
                    text!("app-canvas-steals", labels = stolen.join(", ")).to_string(),
                    FontId::proportional(13.0),
                    palette::error(dark),
                );
            }
        } else if let Some(status) = event.status {
            if via_lane.is_some() {
                dashed_arrow(painter, from, to, Stroke::new(width + 0.5, stroke_colour));
            } else {
                arrow(painter, from, to, Stroke::new(width, colour));
            }
            if !crowded {
                let label = match event.error {
                    _ if event.key_missing => text!("app-canvas-no-key", status = status).to_string(),
                    Some(error) if highlighted => format!("{status} {error}"),
                    _ if via_lane.is_some() => text!("app-canvas-in-page", status = status).to_string(),
                    _ => status.to_string(),
                };
                let galley = painter.layout_no_wrap(label, FontId::proportional(12.5), colour);
                // Above a downward arrow's tip and below an upward one's, stacked away from it when crowded.
                let away = if to.y > from.y { -1.0 } else { 1.0 };
                let left = to.x + 4.0;
                if let Some(row) = status_labels.place(target_lane, left, galley.size().x) {
                    let centre_y = to.y + away * (10.0 + row as f32 * (galley.size().y + 1.0));
                    painter.galley(pos2(left, centre_y - galley.size().y / 2.0), galley, colour);
                }
            }
        }
        let radius = if highlighted { 7.0 } else { 4.5 };
        painter.circle(from, radius, stroke_colour, Stroke::new(1.0, ui.visuals().extreme_bg_color));
        if let Some(request) = &event.request {
            // No wider than a second, so that requests a second apart keep hit areas of their own.
            let per_second = geometry.x_of(1.0) - geometry.x_of(0.0);
            let dot = Rect::from_center_size(from, vec2(per_second.clamp(4.0, 14.0), 14.0)).intersect(geometry.rect);
            let response = ui.interact(dot, ui.scope_id().with((id, "request", index)), Sense::click());
            let label = text!("app-canvas-request", line = request.request_line(), at = event.at).to_string();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if response.on_hover_text(text!("app-canvas-request-hint", line = request.request_line())).clicked() {
                clicked = Some(index);
            }
        }
        if reuse {
            let at = pos2(x, geometry.lane_mid(geometry.authorization_lane()));
            let size = 11.0;
            let diamond =
                vec![at + vec2(0.0, -size), at + vec2(size, 0.0), at + vec2(0.0, size), at + vec2(-size, 0.0)];
            painter.add(egui::Shape::convex_polygon(diamond, palette::error(dark), Stroke::NONE));
        }
    }
    clicked
}

/// Family revocations, across every lane; labelled when there is room.
fn paint_marks(painter: &egui::Painter, geometry: &Geometry, lanes: &Lanes, dark: bool) {
    let plot = geometry.plot;
    let first = lanes.marks.partition_point(|mark| (mark.at as f64) < geometry.view.0);
    let last = lanes.marks.partition_point(|mark| (mark.at as f64) <= geometry.view.1);
    let labelled = (last - first) as f32 <= plot.width() / 120.0;
    let mut last_column = i32::MIN;
    for mark in &lanes.marks[first..last] {
        let x = geometry.x_of(mark.at as f64);
        if x as i32 == last_column {
            continue;
        }
        last_column = x as i32;
        let width = if labelled { 2.5 } else { 1.0 };
        painter.line_segment([pos2(x, plot.top()), pos2(x, plot.bottom())], Stroke::new(width, palette::error(dark)));
        if !labelled {
            continue;
        }
        let label = painter.layout_no_wrap(mark.text.to_string(), FontId::proportional(14.0), Color32::WHITE);
        let place = Rect::from_min_size(pos2(x + 4.0, plot.top() + 2.0), label.size() + vec2(8.0, 4.0));
        painter.rect_filled(place, 3.0, palette::error(dark));
        painter.galley(place.min + vec2(4.0, 2.0), label, Color32::WHITE);
    }
}

fn hatch(painter: &egui::Painter, rect: Rect, colour: Color32) {
    let painter = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    let step = 7.0;
    let mut x = rect.left() - rect.height();
    while x < rect.right() {
        painter.line_segment([pos2(x, rect.bottom()), pos2(x + rect.height(), rect.top())], Stroke::new(1.2, colour));
        x += step;
    }
}

fn arrow(painter: &egui::Painter, from: Pos2, to: Pos2, stroke: Stroke) {
    let direction = (to - from).normalized();
    let normal = Vec2::new(-direction.y, direction.x);
    let back = to - direction * 8.0;
    painter.line_segment([from, back], stroke);
    painter.add(egui::Shape::convex_polygon(
        vec![to, back + normal * 4.5, back - normal * 4.5],
        stroke.color,
        Stroke::NONE,
    ));
}

fn dashed_arrow(painter: &egui::Painter, from: Pos2, to: Pos2, stroke: Stroke) {
    painter.add(egui::Shape::dashed_line(&[from, to], stroke, 5.0, 4.0));
    let direction = (to - from).normalized();
    let normal = Vec2::new(-direction.y, direction.x);
    let tip = to;
    let back = tip - direction * 9.0;
    painter.line_segment([tip, back + normal * 5.0], stroke);
    painter.line_segment([tip, back - normal * 5.0], stroke);
}

/// A tick spacing of 1, 2 or 5 times a power of ten seconds, or a round minute/hour/day count.
fn nice_step(raw: f64) -> f64 {
    const STEPS: [f64; 22] = [
        1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 21600.0, 43200.0,
        86400.0, 172800.0, 604800.0, 1209600.0, 2592000.0, 7776000.0,
    ];
    STEPS.into_iter().find(|step| *step >= raw).unwrap_or(31_536_000.0)
}

fn time_label(seconds: f64) -> String {
    let seconds = seconds.round() as i64;
    let text = if seconds.abs() < 600 {
        text!("span-s", s = seconds)
    } else if seconds.abs() < 7200 {
        text!("span-min", min = seconds / 60)
    } else if seconds.abs() < 172_800 {
        text!("span-h", h = seconds / 3600)
    } else {
        text!("span-d", d = seconds / 86_400)
    };
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_labels_close_together_stack_in_rows_and_far_apart_share_the_first() {
        let mut rows = LabelRows::new(2);
        assert_eq!(rows.place(0, 100.0, 20.0), Some(0));
        assert_eq!(rows.place(0, 104.0, 20.0), Some(1));
        assert_eq!(rows.place(0, 108.0, 20.0), Some(2));
        assert_eq!(rows.place(0, 110.0, 20.0), None, "no room left: the log shows it");
        assert_eq!(rows.place(1, 110.0, 20.0), Some(0), "each lane has rows of its own");
        assert_eq!(rows.place(0, 123.0, 20.0), Some(0), "past the first label's end and the gap");
        assert_eq!(rows.place(5, 0.0, 10.0), None);
    }

    #[test]
    fn ticks_are_round_and_labels_use_the_right_unit() {
        assert_eq!(nice_step(7.0), 10.0);
        assert_eq!(nice_step(400.0), 600.0);
        assert_eq!(time_label(90.0), "90 s");
        assert_eq!(time_label(1800.0), "30 min");
        assert_eq!(time_label(86400.0), "24 h");
        assert_eq!(time_label(2_592_000.0), "30 d");
    }
}
