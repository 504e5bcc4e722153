//! The egui shell: opens the window and composes the tabs (Inspect, Encode, Timeline) under a top bar
//! with the Examples menu and the theme switch. It gathers input (typing, clipboard, files, drops,
//! shortcuts) and renders what the core answers; the core is asked again only when an input changes.

mod editor;
mod encoder;
mod inspect;
mod json_lines;
mod palette;
mod samples;
mod screenshot;
mod settings;
mod signature_panel;
mod timeline;

use crate::cli::{GuiArgs, Tab, ThemeChoice};
use crate::jose::keys::SecretEncoding;
use chrono::Utc;
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use encoder::EncodeTab;
use inspect::InspectTab;
pub use settings::{Layout, Settings, Theme};
use std::sync::atomic::Ordering;

pub fn run(args: GuiArgs) -> u8 {
    let initial = match &args.token {
        Some(argument) => match crate::cli::token_argument(argument) {
            Ok(text) => Some(text),
            Err(message) => {
                eprintln!("tokenscope: {message}");
                return crate::cli::EXIT_UNUSABLE;
            }
        },
        None => None,
    };
    let screenshot = args.screenshot.clone().map(screenshot::Screenshot::new);
    let exit_code = screenshot.as_ref().map(|shot| shot.exit_code.clone());
    let size = args.size.unwrap_or((1280.0, 800.0));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("tokenscope")
            .with_inner_size([size.0, size.1])
            .with_min_inner_size([640.0, 420.0]),
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    let result = eframe::run_native(
        "tokenscope",
        options,
        Box::new(move |cc| {
            let saved = if screenshot.is_some() {
                Settings::default()
            } else {
                cc.storage.and_then(|storage| eframe::get_value(storage, settings::STORAGE_KEY)).unwrap_or_default()
            };
            let mut app = TokenscopeApp::new(saved);
            app.apply_arguments(&args, initial);
            app.screenshot = screenshot;
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => exit_code.map_or(0, |code| code.load(Ordering::SeqCst)),
        Err(error) => {
            eprintln!("tokenscope: cannot open the window: {error}");
            crate::cli::EXIT_UNUSABLE
        }
    }
}

/// The window's whole state: settings, the three tabs, and one-shot screenshot mode.
pub struct TokenscopeApp {
    pub settings: Settings,
    pub tab: Tab,
    pub inspect: InspectTab,
    pub encode: EncodeTab,
    pub timeline: timeline::TimelineTab,
    /// A theme given on the command line for this run only.
    theme_override: Option<Theme>,
    applied_theme: Option<Theme>,
    screenshot: Option<screenshot::Screenshot>,
}

impl TokenscopeApp {
    pub fn new(settings: Settings) -> TokenscopeApp {
        let mut inspect = InspectTab::default();
        inspect.signature.leeway = settings.leeway;
        inspect.signature.encoding = SecretEncoding::from_name(&settings.secret_encoding).unwrap_or_default();
        if settings.remember_last_token
            && let Some(token) = &settings.last_token
        {
            inspect.load(token.clone());
        }
        TokenscopeApp {
            settings,
            tab: Tab::Inspect,
            inspect,
            encode: EncodeTab::default(),
            timeline: timeline::TimelineTab::default(),
            theme_override: None,
            applied_theme: None,
            screenshot: None,
        }
    }

    pub fn apply_arguments(&mut self, args: &GuiArgs, token: Option<String>) {
        if let Some(text) = token {
            self.inspect.load(text);
        }
        if let Some(name) = &args.preset {
            match self.timeline.load_preset(name) {
                Ok(()) => self.tab = Tab::Timeline,
                Err(message) => self.timeline.notice = Some(message),
            }
        }
        if let Some(tab) = args.tab {
            self.tab = tab;
        }
        self.theme_override = args.theme.map(|theme| match theme {
            ThemeChoice::Dark => Theme::Dark,
            ThemeChoice::Light => Theme::Light,
            ThemeChoice::System => Theme::System,
        });
    }

    /// Loads a sample token with its key, as the Examples menu does.
    pub fn load_sample(&mut self, name: &str) -> bool {
        let Some(sample) = samples::by_name(name) else { return false };
        self.inspect.load(sample.token);
        self.inspect.signature.set_secret(sample.secret.as_deref().unwrap_or(""), SecretEncoding::Utf8);
        self.inspect.signature.set_key_text(sample.public_key.as_deref().unwrap_or(""));
        self.inspect.inputs_changed();
        self.tab = Tab::Inspect;
        true
    }

    /// Everything drawn in one frame.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let theme = self.theme_override.unwrap_or(self.settings.theme);
        if self.applied_theme != Some(theme) {
            ctx.set_theme(theme.preference());
            self.applied_theme = Some(theme);
        }
        self.handle_input(&ctx);
        let now_utc = Utc::now();
        let now = crate::jose::time::seconds(now_utc);
        let local = *now_utc.with_timezone(&chrono::Local).offset();

        egui::Panel::top("top-bar").show(ui, |ui| self.top_bar(ui));
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(
                        "🔒 Offline: nothing you paste leaves this machine, and nothing is saved unless you ask.",
                    )
                    .small()
                    .color(palette::muted(palette::is_dark(ui))),
                );
            });
        });
        egui::CentralPanel::default().show(ui, |ui| match self.tab {
            Tab::Inspect => {
                let stacked = self.settings.layout == Layout::Stacked || ui.available_width() < 760.0;
                self.inspect.ui(ui, stacked, now, local);
            }
            Tab::Encode => {
                if let Some(token) = self.encode.ui(ui, now.floor() as i64) {
                    self.inspect.load(token);
                    self.tab = Tab::Inspect;
                }
            }
            Tab::Timeline => {
                if let Some(timeline::TimelineRequest::Inspect { jwt, secret, unix_time }) = self.timeline.ui(ui) {
                    self.open_simulated_token(jwt, &secret, unix_time);
                }
            }
        });
        self.serve_file_requests();
        self.timeline.serve_file_requests(&ctx);
        if let Some(shot) = &mut self.screenshot {
            shot.on_frame(&ctx);
        } else if self.tab == Tab::Inspect
            && self.inspect.signature.is_live()
            && self.inspect.analysis.as_ref().is_some_and(inspect::Analysis::has_live_times)
        {
            // Relative times ("expires in 4 min 10 s") tick; nothing else needs a repaint at rest.
            let wait = 1.0 - now.fract();
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.05)));
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new("tokenscope").strong().size(16.0));
            ui.separator();
            for (tab, label) in [(Tab::Inspect, "Inspect"), (Tab::Encode, "Encode"), (Tab::Timeline, "Timeline")] {
                if ui.selectable_label(self.tab == tab, label).clicked() {
                    if tab == Tab::Encode
                        && let Some(analysis) = &self.inspect.analysis
                        && self.tab == Tab::Inspect
                        && analysis.decoded.header.is_some()
                    {
                        self.encode.load_token(&analysis.decoded);
                    }
                    self.tab = tab;
                }
            }
            ui.separator();
            ui.menu_button("Examples", |ui| {
                for sample in samples::all() {
                    if ui.button(&sample.name).on_hover_text(&sample.description).clicked() {
                        self.load_sample(&sample.name);
                        ui.close();
                    }
                }
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let before = self.settings.theme;
                egui::ComboBox::from_id_salt("theme")
                    .selected_text(match self.settings.theme {
                        Theme::Dark => "Dark",
                        Theme::Light => "Light",
                        Theme::System => "System",
                    })
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut self.settings.theme, Theme::Dark, "Dark");
                        ui.selectable_value(&mut self.settings.theme, Theme::Light, "Light");
                        ui.selectable_value(&mut self.settings.theme, Theme::System, "System");
                    })
                    .response
                    .accessible_name("Theme");
                if before != self.settings.theme {
                    self.theme_override = None;
                }
                ui.checkbox(&mut self.settings.remember_last_token, "Remember last token")
                    .on_hover_text("Store the last token on this machine between runs (off by default; never the key)");
            });
        });
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        let typing = ctx.memory(|memory| memory.focused().is_some());
        let (pasted, dropped) = ctx.input(|input| {
            let pasted = input.events.iter().find_map(|event| match event {
                egui::Event::Paste(text) if !typing => Some(text.clone()),
                _ => None,
            });
            (pasted, input.raw.dropped_files.clone())
        });
        if let Some(text) = pasted {
            self.inspect.load(text);
            self.tab = Tab::Inspect;
        }
        for file in dropped {
            match file.bytes() {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => {
                        self.inspect.load(text);
                        self.tab = Tab::Inspect;
                    }
                    Err(_) => self.inspect.editor.notice = Some(format!("{} is not text.", file.path().display())),
                },
                Err(error) => {
                    self.inspect.editor.notice = Some(format!("Cannot read {}: {error}", file.path().display()))
                }
            }
        }
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        let copy_payload = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
        let focus_editor = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
        let next_tab = KeyboardShortcut::new(Modifiers::CTRL, Key::Tab);
        if ctx.input_mut(|input| input.consume_shortcut(&open)) {
            self.open_token_file();
        }
        if ctx.input_mut(|input| input.consume_shortcut(&copy_payload))
            && let Some(payload) = self.inspect.payload_text()
        {
            ctx.copy_text(payload);
            self.inspect.editor.notice = Some("Decoded payload copied.".to_owned());
        }
        if ctx.input_mut(|input| input.consume_shortcut(&focus_editor)) {
            self.tab = Tab::Inspect;
            self.inspect.editor.request_focus();
        }
        if ctx.input_mut(|input| input.consume_shortcut(&next_tab)) {
            self.tab = match self.tab {
                Tab::Inspect => Tab::Encode,
                Tab::Encode => Tab::Timeline,
                Tab::Timeline => Tab::Inspect,
            };
        }
    }

    /// Opens a token from the timeline in the inspector: its scenario's secret, evaluated at the simulated time.
    pub fn open_simulated_token(&mut self, jwt: String, secret: &str, unix_time: i64) {
        self.inspect.load(jwt);
        self.inspect.signature.set_secret(secret, SecretEncoding::Utf8);
        self.inspect.signature.evaluate_at = chrono::DateTime::from_timestamp(unix_time, 0)
            .map_or(unix_time.to_string(), |at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        self.inspect.inputs_changed();
        self.tab = Tab::Inspect;
    }

    fn serve_file_requests(&mut self) {
        let (token_file, key_file) = self.inspect.take_open_requests();
        if token_file {
            self.open_token_file();
        }
        if key_file {
            match rfd::FileDialog::new().set_title("Open a key").pick_file() {
                Some(path) => match std::fs::read_to_string(&path) {
                    Ok(text) => {
                        self.inspect.signature.set_key_text(&text);
                        self.inspect.inputs_changed();
                    }
                    Err(error) => self.inspect.editor.notice = Some(format!("Cannot read {}: {error}", path.display())),
                },
                None => self.inspect.editor.notice = Some("No key file was chosen.".to_owned()),
            }
        }
    }

    fn open_token_file(&mut self) {
        match rfd::FileDialog::new().set_title("Open a token").pick_file() {
            Some(path) => self.open_token_path(&path),
            None => self.inspect.editor.notice = Some("No file was chosen.".to_owned()),
        }
    }

    fn open_token_path(&mut self, path: &std::path::Path) {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    self.inspect.load(text);
                    self.tab = Tab::Inspect;
                }
                Err(_) => self.inspect.editor.notice = Some(format!("{} is not text.", path.display())),
            },
            Err(error) => self.inspect.editor.notice = Some(format!("Cannot read {}: {error}", path.display())),
        }
    }
}

impl eframe::App for TokenscopeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_some() {
            return;
        }
        let mut settings = self.settings.clone();
        settings.leeway = self.inspect.signature.leeway;
        settings.secret_encoding = self.inspect.signature.encoding.name().to_owned();
        settings.last_token = settings.remember_last_token.then(|| self.inspect.editor.text.clone());
        eframe::set_value(storage, settings::STORAGE_KEY, &settings);
    }
}
