//! The Timeline tab: a scenario's access and refresh tokens on swimlanes, played, stepped and scrubbed, with
//! the event log and the narration of the selected event, the token store at the cursor, the server config
//! (edited live, or two configs compared), step editing and exports; a click on a request opens its HTTP exchange.
//! Runs happen in the core when the scenario or config changes; frames only draw.

use crate::text;
mod canvas;
mod config_panel;
mod http_pane;
mod log;

use super::command::Command;
use super::palette;
use crate::i18n::Text;
use crate::sim::lanes::Lanes;
use crate::sim::presets::Words;
use crate::sim::scenario::{Action, ActionKind, Config, Loot, Scenario, Step};
use crate::sim::store::{StoreIndex, StoreKey};
use crate::sim::{self, Timeline, presets};
use canvas::Canvas;
use egui::RichText;
use http_pane::HttpPane;
use log::LogClick;
use std::collections::HashMap;

/// One run of a scenario under one config, with what drawing it needs, made once per run.
pub struct Run {
    timeline: Timeline,
    lanes: Lanes,
    store_index: StoreIndex,
    /// Each actor's lane.
    lanes_by_actor: HashMap<String, usize>,
    /// The log's "server" column.
    server_lines: Vec<String>,
}

impl Run {
    fn new(scenario: &Scenario) -> Run {
        let timeline = sim::run(scenario);
        let lanes = Lanes::new(&timeline);
        let store_index = StoreIndex::new(timeline.store());
        let lanes_by_actor = timeline.actors.iter().enumerate().map(|(lane, actor)| (actor.clone(), lane)).collect();
        let server_lines = log::server_lines(&timeline);
        Run { timeline, lanes, store_index, lanes_by_actor, server_lines }
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    fn scene(&self, cursor: f64, selected: Option<usize>) -> canvas::Scene<'_> {
        canvas::Scene {
            timeline: &self.timeline,
            lanes: &self.lanes,
            lanes_by_actor: &self.lanes_by_actor,
            cursor,
            selected,
        }
    }
}

/// A file dialog the tab asks for; the window opens it after the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    OpenScenario,
    SaveScenario,
    ExportCsv,
    ExportPng,
}

/// The step the user is about to add at the cursor.
struct Draft {
    actor: String,
    action: ActionKind,
    from: String,
    what: Loot,
    outage: i64,
}

/// The store's keys at one second, listed once for as long as the cursor stays in that second.
struct StoreListing {
    second: i64,
    keys: Vec<StoreKey>,
}

pub struct TimelineTab {
    scenario: Scenario,
    source: String,
    run: Run,
    /// The second config and its run, in compare mode.
    compare: Option<(Config, Run)>,
    editing_second: bool,
    canvas: Canvas,
    second_canvas: Canvas,
    cursor: f64,
    playing: bool,
    speed: f64,
    selected: Option<usize>,
    /// The selection the event log last scrolled to; a new one from the lanes or the transport scrolls it again.
    log_revealed: Option<usize>,
    draft: Draft,
    /// The actors the step editor offers: the scenario's, then "client" and "attacker".
    draft_actors: Vec<String>,
    store_listing: Option<StoreListing>,
    notice: Option<Text>,
    png_outcome: std::sync::Arc<std::sync::Mutex<Option<Text>>>,
    canvas_rect: egui::Rect,
    /// The HTTP exchange being shown, laid out when it was opened.
    http: Option<HttpPane>,
}

impl Default for TimelineTab {
    fn default() -> Self {
        let preset = &presets::ALL[6];
        let scenario = preset.scenario().unwrap_or_else(|_| Scenario::empty("empty"));
        let mut tab = TimelineTab {
            run: Run::new(&scenario),
            scenario,
            source: preset.name.to_owned(),
            compare: None,
            editing_second: false,
            canvas: Canvas::default(),
            second_canvas: Canvas::default(),
            cursor: 0.0,
            playing: false,
            speed: 10.0,
            selected: None,
            log_revealed: None,
            draft: Draft {
                actor: "client".into(),
                action: ActionKind::Call,
                from: "client".into(),
                what: Loot::Both,
                outage: 30,
            },
            draft_actors: Vec::new(),
            store_listing: None,
            notice: None,
            png_outcome: Default::default(),
            canvas_rect: egui::Rect::NOTHING,
            http: None,
        };
        tab.after_load();
        tab
    }
}

impl TimelineTab {
    pub fn load_preset(&mut self, name: &str) -> Result<(), Text> {
        let preset = presets::by_name(name).ok_or_else(|| text!("app-timeline-no-preset", name = name))?;
        let scenario = preset.scenario().map_err(|error| error.to_text())?;
        self.set_scenario(scenario, preset.name.to_owned());
        Ok(())
    }

    pub fn set_scenario(&mut self, scenario: Scenario, source: String) {
        self.scenario = scenario;
        self.source = source;
        self.compare = None;
        self.editing_second = false;
        self.rerun();
        self.after_load();
    }

    pub fn set_notice(&mut self, notice: Text) {
        self.notice = Some(notice);
    }

    pub fn run(&self) -> &Run {
        &self.run
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Selects event `index` and shows its HTTP exchange (nothing happens for a step that sent no request).
    pub fn open_exchange(&mut self, index: usize) {
        if let Some(pane) = HttpPane::new(&self.run.timeline, index) {
            self.selected = Some(index);
            if let Some(event) = self.run.timeline.events.get(index) {
                self.cursor = event.at as f64;
            }
            self.playing = false;
            self.http = Some(pane);
        }
    }

    /// Selects event `index` (moving the cursor to it) and, with `exchange`, opens its HTTP exchange.
    pub fn select_step(&mut self, index: usize, exchange: bool) {
        let Some(event) = self.run.timeline.events.get(index) else {
            self.notice = Some(text!("app-timeline-no-step", step = index + 1));
            return;
        };
        self.cursor = event.at as f64;
        self.selected = Some(index);
        if exchange {
            self.open_exchange(index);
        }
    }

    /// The event whose HTTP exchange is open.
    pub fn open_exchange_event(&self) -> Option<usize> {
        self.http.as_ref().map(HttpPane::event)
    }

    pub fn cursor(&self) -> f64 {
        self.cursor
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    fn after_load(&mut self) {
        self.cursor = 0.0;
        self.playing = false;
        self.selected = None;
        self.canvas.fit(&self.run.lanes);
        self.second_canvas.fit(&self.run.lanes);
        if let Some(first) = self.run.timeline.actors.first() {
            self.draft.actor = first.clone();
            self.draft.from = first.clone();
        }
    }

    /// Runs the scenario again (and its comparison) after an edit.
    fn rerun(&mut self) {
        self.run = Run::new(&self.scenario);
        if let Some((config, run)) = &mut self.compare {
            match self.scenario.with_config(config.clone()) {
                Ok(scenario) => *run = Run::new(&scenario),
                Err(problem) => self.notice = Some(problem.to_text()),
            }
        }
        self.selected = self.selected.filter(|index| *index < self.run.timeline.events.len());
        // The run changed under the pane: lay it out again from the new events, or close it.
        self.http = self.http.as_ref().and_then(|pane| HttpPane::new(&self.run.timeline, pane.event()));
        self.store_listing = None;
        self.draft_actors = self.run.timeline.actors.clone();
        for name in ["client", "attacker"] {
            if !self.draft_actors.iter().any(|actor| actor == name) {
                self.draft_actors.push(name.to_owned());
            }
        }
    }

    pub fn set_compare(&mut self, on: bool) {
        self.compare = None;
        if on {
            let mut config = self.scenario.config().clone();
            // The most telling default comparison: the other side of the rotation switch.
            config.strategy = match config.strategy {
                sim::scenario::Strategy::Rotation => sim::scenario::Strategy::StaticRefresh,
                _ => sim::scenario::Strategy::Rotation,
            };
            match self.scenario.with_config(config.clone()) {
                Ok(scenario) => self.compare = Some((config, Run::new(&scenario))),
                Err(problem) => self.notice = Some(problem.to_text()),
            }
        }
        self.editing_second = false;
    }

    /// Shows the seconds from `start` to `end` in the lanes.
    pub fn zoom_to(&mut self, start: f64, end: f64) {
        self.canvas.view = (start, end.max(start + 1.0));
    }

    fn end(&self) -> f64 {
        self.run.lanes.span.1 as f64
    }

    /// Moves the cursor and selects the last event at or before it.
    pub fn seek(&mut self, at: f64) {
        self.cursor = at.clamp(0.0, self.end());
        let events = &self.run.timeline.events;
        let passed = events.partition_point(|event| event.at as f64 <= self.cursor);
        self.selected = passed.checked_sub(1);
    }

    pub fn step_forward(&mut self) {
        let next = self.selected.map_or(0, |index| index + 1);
        if let Some(event) = self.run.timeline.events.get(next) {
            self.selected = Some(next);
            self.cursor = event.at as f64;
        }
        self.playing = false;
    }

    pub fn step_back(&mut self) {
        match self.selected {
            Some(0) | None => {
                self.selected = None;
                self.cursor = 0.0;
            }
            Some(index) => {
                self.selected = Some(index - 1);
                self.cursor = self.run.timeline.events[index - 1].at as f64;
            }
        }
        self.playing = false;
    }

    pub fn restart(&mut self) {
        self.cursor = 0.0;
        self.selected = None;
        self.playing = false;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let dt = f64::from(ui.input(|input| input.stable_dt)).min(0.1);
        if self.playing {
            let at = self.cursor + dt * self.speed;
            self.seek(at);
            if self.cursor >= self.end() {
                self.playing = false;
            }
            ui.ctx().request_repaint();
        }
        self.toolbar(ui, &mut commands);
        self.transport(ui);
        ui.separator();
        egui::Panel::right("timeline-config")
            .resizable(true)
            .default_size((ui.available_width() * 0.3).clamp(230.0, 300.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("timeline-config-scroll").show(ui, |ui| self.config_side(ui));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.lanes_ui(ui, &mut commands);
            ui.add_space(6.0);
            self.log_and_store_ui(ui, &mut commands);
        });
        if let Some(pane) = &self.http {
            let (open, command) = pane.show(ui.ctx());
            commands.extend(command);
            if !open || ui.input(|input| input.key_pressed(egui::Key::Escape)) {
                self.http = None;
            }
        }
        self.serve_png();
        commands
    }

    /// The lanes, or in compare mode the lanes of A over those of B, panning and zooming together.
    fn lanes_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let total = ui.available_height();
        let lanes_height = (total * 0.5).clamp(220.0, 520.0);
        let top = ui.cursor().min;
        let height = if self.compare.is_some() { (lanes_height / 2.0).max(150.0) } else { lanes_height };
        if self.compare.is_some() {
            ui.label(
                RichText::from(text!("app-timeline-compare-a", config = describe(self.scenario.config()))).strong(),
            );
        }
        let response = self.canvas.ui(ui, "a", &self.run.scene(self.cursor, self.selected), height);
        self.canvas_clicks(response, commands, false);
        if let Some((config, run)) = &self.compare {
            ui.label(RichText::from(text!("app-timeline-compare-b", config = describe(config))).strong());
            self.second_canvas.view = self.canvas.view;
            let response = self.second_canvas.ui(ui, "b", &run.scene(self.cursor, self.selected), height);
            self.canvas.view = self.second_canvas.view;
            self.canvas_clicks(response, commands, true);
        }
        self.canvas_rect = egui::Rect::from_min_max(top, egui::pos2(ui.max_rect().right(), ui.cursor().min.y));
    }

    /// The event log, and beside it the narration and the store at the cursor.
    fn log_and_store_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let side_width = (ui.available_width() * 0.38).clamp(220.0, 460.0);
        let log_width = ui.available_width() - side_width - 12.0;
        let height = ui.available_height();
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(egui::vec2(log_width, height), egui::Layout::top_down(egui::Align::Min), |ui| {
                let before = self.selected;
                let reveal = self.selected.filter(|_| self.selected != self.log_revealed);
                let run = &self.run;
                match log::event_log(ui, &run.timeline, &run.server_lines, &mut self.selected, reveal) {
                    Some(LogClick::Token(token)) => commands.extend(self.inspect_command(token, false)),
                    Some(LogClick::Exchange(index)) => self.open_exchange(index),
                    None => {}
                }
                self.log_revealed = self.selected;
                if self.selected != before
                    && let Some(event) = self.selected.and_then(|index| self.run.timeline.events.get(index))
                {
                    self.cursor = event.at as f64;
                    self.playing = false;
                }
            });
            ui.add_space(6.0);
            ui.allocate_ui_with_layout(
                egui::vec2(side_width, height),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    log::narration(ui, &self.run.timeline, self.selected, self.cursor);
                    if let Some(index) = self.selected.filter(|index| {
                        self.run.timeline.events.get(*index).is_some_and(|event| event.request.is_some())
                    }) && ui.button(text!("app-timeline-show-exchange")).clicked()
                    {
                        self.open_exchange(index);
                    }
                    ui.add_space(8.0);
                    log::step_commands(ui, &self.run.timeline, self.selected);
                    let second = self.cursor.floor() as i64;
                    if self.store_listing.as_ref().is_none_or(|listing| listing.second != second) {
                        let keys = self.run.store_index.keys_at(self.run.timeline.store(), second);
                        self.store_listing = Some(StoreListing { second, keys });
                    }
                    if let Some(listing) = &self.store_listing {
                        log::store_view(ui, &self.run.timeline, &listing.keys, second);
                    }
                },
            );
        });
    }

    fn canvas_clicks(&mut self, response: canvas::CanvasResponse, commands: &mut Vec<Command>, second: bool) {
        if let (Some(index), false) = (response.clicked_event, second) {
            self.open_exchange(index);
        } else if let Some(token) = response.clicked_token {
            commands.extend(self.inspect_command(token, second));
        } else if let Some(at) = response.clicked_time {
            self.playing = false;
            self.seek(at);
        }
    }

    fn inspect_command(&self, token: usize, second: bool) -> Option<Command> {
        let timeline = match (&self.compare, second) {
            (Some((_, run)), true) => &run.timeline,
            _ => &self.run.timeline,
        };
        let record = timeline.tokens.get(token)?;
        // Evaluate at the cursor, or at issue time when the cursor is before the token existed.
        let at = (self.cursor.floor() as i64).max(record.issued_at);
        Some(Command::InspectSimulated {
            jwt: record.jwt.clone(),
            secret: timeline.secret.clone(),
            unix_time: Timeline::unix_time(at),
        })
    }

    fn toolbar(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.strong(text!("app-timeline-scenario"));
            let mut chosen = None;
            egui::ComboBox::from_id_salt("scenario-picker")
                .width(300.0)
                .selected_text(Words::of(&self.scenario).name(&self.scenario))
                .show_ui(ui, |ui| {
                    for preset in presets::ALL {
                        if ui.selectable_label(self.source == preset.name, preset.title()).clicked() {
                            chosen = Some(preset.name);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            if let Some(name) = chosen
                && let Err(message) = self.load_preset(name)
            {
                self.notice = Some(message);
            }
            for (label, hover, action) in [
                ("app-timeline-open-scenario", "app-timeline-open-scenario-hint", FileAction::OpenScenario),
                ("app-timeline-save-scenario", "app-timeline-save-scenario-hint", FileAction::SaveScenario),
                ("app-timeline-export-csv", "app-timeline-export-csv-hint", FileAction::ExportCsv),
                ("app-timeline-export-png", "app-timeline-export-png-hint", FileAction::ExportPng),
            ] {
                if ui.button(Text::new(label)).on_hover_text(Text::new(hover)).clicked() {
                    commands.push(Command::Timeline(action));
                }
            }
            let mut compare = self.compare.is_some();
            if ui.checkbox(&mut compare, text!("app-timeline-compare-two-configs")).changed() {
                self.set_compare(compare);
            }
            if let Some(notice) = &self.notice {
                ui.label(RichText::from(notice).color(palette::warning(palette::is_dark(ui))));
            }
        });
        if let Some(description) = Words::of(&self.scenario).description(&self.scenario) {
            ui.label(RichText::from(description).color(palette::muted(palette::is_dark(ui))));
        }
    }

    fn transport(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if ui.button(text!("app-timeline-restart")).clicked() {
                self.restart();
            }
            if ui.button(text!("app-timeline-step-back")).clicked() {
                self.step_back();
            }
            let play = if self.playing { text!("app-timeline-pause") } else { text!("app-timeline-play") };
            if ui.button(play).clicked() {
                if !self.playing && self.cursor >= self.end() {
                    self.restart();
                }
                self.playing = !self.playing;
            }
            if ui.button(text!("app-timeline-step-forward")).clicked() {
                self.step_forward();
            }
            let label = ui.label(text!("app-timeline-speed"));
            egui::ComboBox::from_id_salt("speed")
                .width(70.0)
                .selected_text(format!("{}×", self.speed))
                .show_ui(ui, |ui| {
                    for speed in [1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 3600.0] {
                        ui.selectable_value(&mut self.speed, speed, format!("{speed}×"));
                    }
                })
                .response
                .labelled_by(label.id);
            if ui.button(text!("app-timeline-fit")).on_hover_text(text!("app-timeline-show-whole-scenario")).clicked() {
                self.canvas.fit(&self.run.lanes);
            }
            let end = self.end();
            let mut at = self.cursor;
            ui.spacing_mut().slider_width = (ui.available_width() - 120.0).max(120.0);
            let label = ui.label(text!("app-timeline-time"));
            if ui
                .add(
                    egui::Slider::new(&mut at, 0.0..=end)
                        .suffix(text!("unit-seconds-suffix").to_string())
                        .fixed_decimals(0),
                )
                .labelled_by(label.id)
                .changed()
            {
                self.playing = false;
                self.seek(at);
            }
        });
    }

    fn config_side(&mut self, ui: &mut egui::Ui) {
        ui.heading(text!("app-timeline-server-config"));
        if self.compare.is_some() {
            ui.horizontal(|ui| {
                ui.selectable_value(&mut self.editing_second, false, text!("app-timeline-edit"));
                ui.selectable_value(&mut self.editing_second, true, text!("app-timeline-edit-b"));
            });
        }
        let mut config = match (&self.compare, self.editing_second) {
            (Some((config, _)), true) => config.clone(),
            _ => self.scenario.config().clone(),
        };
        if config_panel::config_ui(ui, if self.editing_second { "b" } else { "a" }, &mut config) {
            let applied = match &mut self.compare {
                Some((second, _)) if self.editing_second => {
                    *second = config;
                    Ok(())
                }
                _ => self.scenario.set_config(config),
            };
            match applied {
                Ok(()) => self.rerun(),
                Err(problem) => self.notice = Some(problem.to_text()),
            }
        }
        ui.separator();
        self.step_editor(ui);
    }

    fn step_editor(&mut self, ui: &mut egui::Ui) {
        ui.heading(text!("app-timeline-steps"));
        egui::Grid::new("draft-grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            actor_choice(ui, "actor", text!("app-timeline-actor"), &mut self.draft.actor, &self.draft_actors);
            let label = ui.label(text!("app-timeline-action"));
            egui::ComboBox::from_id_salt("draft-action")
                .selected_text(self.draft.action.name())
                .show_ui(ui, |ui| {
                    for action in ActionKind::ALL {
                        ui.selectable_value(&mut self.draft.action, action, action.name());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            if self.draft.action == ActionKind::Steal {
                actor_choice(ui, "from", text!("app-timeline-from"), &mut self.draft.from, &self.draft_actors);
                let label = ui.label(text!("app-timeline-what"));
                egui::ComboBox::from_id_salt("draft-what")
                    .selected_text(loot_name(self.draft.what))
                    .show_ui(ui, |ui| {
                        for what in [Loot::Access, Loot::Refresh, Loot::Both] {
                            ui.selectable_value(&mut self.draft.what, what, loot_name(what));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
            if self.draft.action == ActionKind::StoreOutage {
                let label = ui.label(text!("app-timeline-for"));
                ui.add(
                    egui::DragValue::new(&mut self.draft.outage)
                        .range(1..=86_400)
                        .suffix(text!("unit-seconds-suffix").to_string()),
                )
                .labelled_by(label.id);
                ui.end_row();
            }
        });
        ui.horizontal(|ui| {
            if ui.button(text!("app-timeline-add-at-s", round = self.cursor.round() as i64)).clicked() {
                self.add_step();
            }
            let can_delete = self.selected.is_some();
            if ui.add_enabled(can_delete, egui::Button::new(text!("app-timeline-delete-selected-step"))).clicked() {
                self.delete_selected();
            }
        });
    }

    /// Adds the drafted step at the cursor, unless the scenario would then not load from its file form.
    pub fn add_step(&mut self) {
        let at = self.cursor.round().max(0.0) as i64;
        let action = match self.draft.action {
            ActionKind::StoreOutage => Action::StoreOutage { seconds: self.draft.outage },
            ActionKind::Steal => Action::Steal { from: self.draft.from.clone(), what: self.draft.what },
            kind => match Action::plain(kind) {
                Some(action) => action,
                None => return,
            },
        };
        match self.scenario.insert_step(Step::new(at, self.draft.actor.clone(), action)) {
            Ok(position) => {
                self.notice = None;
                self.rerun();
                self.selected = Some(position);
            }
            Err(problem) => self.notice = Some(text!("app-timeline-step-cannot-added", message = problem.to_text())),
        }
    }

    pub fn delete_selected(&mut self) {
        let Some(index) = self.selected else { return };
        match self.scenario.remove_step(index) {
            Ok(_) => {
                self.selected = index.checked_sub(1);
                self.notice = None;
                self.rerun();
            }
            Err(problem) => self.notice = Some(text!("app-timeline-step-cannot-deleted", message = problem.to_text())),
        }
    }

    /// Opens the file dialog a command asked for.
    pub fn file_action(&mut self, action: FileAction, ctx: &egui::Context) {
        let result = match action {
            FileAction::OpenScenario => match rfd::FileDialog::new().add_filter("scenario", &["json"]).pick_file() {
                Some(path) => std::fs::read_to_string(&path)
                    .map_err(|error| text!("app-window-cannot-read", display = path.display(), error = error))
                    .and_then(|text| {
                        Scenario::from_json(&text).map_err(|error| {
                            text!("app-timeline-scenario-file-error", display = path.display(), error = error.to_text())
                        })
                    })
                    .map(|scenario| {
                        let name =
                            path.file_stem().map_or("scenario".into(), |stem| stem.to_string_lossy().into_owned());
                        self.set_scenario(scenario, name);
                        None
                    }),
                None => Err(text!("app-timeline-no-scenario-file-was")),
            },
            FileAction::SaveScenario => {
                let text = serde_json::to_string_pretty(&self.scenario.to_value()).unwrap_or_default();
                save(&format!("{}.json", self.source), "json", text.as_bytes())
            }
            FileAction::ExportCsv => {
                save(&format!("{}-events.csv", self.source), "csv", self.run.timeline.to_csv().as_bytes())
            }
            FileAction::ExportPng => self.export_png(ctx),
        };
        self.notice = match result {
            Ok(message) => message,
            Err(message) => Some(message),
        };
    }

    fn export_png(&mut self, ctx: &egui::Context) -> Result<Option<Text>, Text> {
        let path = rfd::FileDialog::new()
            .set_file_name(format!("{}.png", self.source))
            .save_file()
            .ok_or_else(|| text!("app-timeline-no-file-was-chosen"))?;
        let rect = self.canvas_rect;
        let outcome = self.png_outcome.clone();
        let context = ctx.clone();
        ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::ScreenshotCallback::new(move |image| {
            let region = image.region(&rect, Some(context.pixels_per_point()));
            let message = match super::screenshot::write_png(&path, &region) {
                Ok(()) => text!("app-timeline-saved", display = path.display()),
                Err(message) => text!("app-timeline-cannot-write", display = path.display(), error = message),
            };
            if let Ok(mut slot) = outcome.lock() {
                *slot = Some(message);
            }
            context.request_repaint();
        })));
        Ok(Some(text!("app-timeline-saving-image")))
    }

    /// Picks up the message of a finished PNG export.
    fn serve_png(&mut self) {
        if let Ok(mut slot) = self.png_outcome.lock()
            && let Some(message) = slot.take()
        {
            self.notice = Some(message);
        }
    }
}

fn save(name: &str, extension: &str, bytes: &[u8]) -> Result<Option<Text>, Text> {
    match rfd::FileDialog::new().set_file_name(name).add_filter(extension, &[extension]).save_file() {
        Some(path) => std::fs::write(&path, bytes)
            .map(|()| Some(text!("app-timeline-saved", display = path.display())))
            .map_err(|error| text!("app-timeline-cannot-write", display = path.display(), error = error)),
        None => Err(text!("app-timeline-no-file-was-chosen")),
    }
}

/// One grid row: a label and a menu of the scenario's actors.
fn actor_choice(ui: &mut egui::Ui, id: &str, name: Text, chosen: &mut String, actors: &[String]) {
    let label = ui.label(name);
    egui::ComboBox::from_id_salt(("draft", id))
        .selected_text(chosen.as_str())
        .show_ui(ui, |ui| {
            for actor in actors {
                ui.selectable_value(chosen, actor.clone(), actor);
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}

fn loot_name(what: Loot) -> Text {
    Text::new(match what {
        Loot::Access => "app-timeline-loot-access",
        Loot::Refresh => "app-timeline-loot-refresh",
        Loot::Both => "app-timeline-loot-both",
        Loot::Key => "app-timeline-loot-key",
        Loot::ClientSecret => "app-timeline-loot-client-secret",
    })
}

fn describe(config: &Config) -> Text {
    let strategy = config_panel::strategy_name(config.strategy);
    match (config.strategy, config.reuse_detection) {
        (sim::scenario::Strategy::Rotation, true) => text!("app-timeline-reuse-detection-on", strategy = strategy),
        (sim::scenario::Strategy::Rotation, false) => text!("app-timeline-reuse-detection-off", strategy = strategy),
        _ => strategy,
    }
}
