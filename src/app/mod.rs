//! The egui shell: opens the window from a `Launch` and composes the tabs (Inspect, Encode, Timeline) under a top
//! bar with the Examples menu and the theme switch. Panels draw and return `Command`s; the app applies them after
//! the frame, gathering input (typing, clipboard, files, drops, shortcuts) and asking the core again only when an
//! input changes. It knows nothing of the command line.

use crate::text;
mod analysis;
mod command;
mod editor;
mod encoder;
mod fonts;
mod inspect;
mod json_lines;
mod key_panel;
mod launch;
mod palette;
mod results_view;
mod samples;
mod screenshot;
mod settings;
mod timeline;
mod verdict_view;
mod words;

pub use analysis::Analysis;
pub use command::Command;
pub use encoder::EncodeTab;
pub use inspect::{InspectTab, LOAD_LIMIT};
pub use launch::{Launch, SIZE_RANGE, Tab};
pub use settings::{Layout, Saved, Settings, SettingsFile, Theme};
pub use timeline::{FileAction, Run, TimelineTab};

use crate::i18n::{self, Lang};
use chrono::Utc;
use egui::{Key, KeyboardShortcut, Modifiers, RichText};

/// Why the window could not do what it was launched for.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("cannot open the window: {0}")]
    Window(String),
    #[error("cannot write the screenshot {0}")]
    Screenshot(String),
}

/// Opens the window and runs it until it is closed (or, with a screenshot, until the picture is written).
pub fn run(launch: Launch) -> Result<(), AppError> {
    let screenshot = launch.screenshot.clone().map(screenshot::Screenshot::new);
    let outcome = screenshot.as_ref().map(screenshot::Screenshot::outcome);
    let size = launch.size.unwrap_or((1280.0, 800.0));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("tokenscope")
            .with_inner_size([size.0, size.1])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    // A screenshot shows the window as a new user sees it, and saves nothing.
    let file = if screenshot.is_some() { None } else { SettingsFile::default_location() };
    eframe::run_native(
        "tokenscope",
        options,
        Box::new(move |cc| {
            let saved = file.as_ref().map(SettingsFile::load).unwrap_or_default();
            let mut app = TokenscopeApp::new(saved.clone(), launch);
            // Before the first frame, so that nothing is ever laid out without them.
            cc.egui_ctx.set_fonts(fonts::definitions(&[]));
            app.fonts_installed = true;
            app.screenshot = screenshot;
            app.system_fonts = fonts::SystemFonts::scan();
            app.on_disk = file.as_ref().map(|_| (saved, std::time::Instant::now()));
            app.settings_file = file;
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| AppError::Window(error.to_string()))?;
    let Some(outcome) = outcome else { return Ok(()) };
    let written = outcome.lock().ok().and_then(|mut slot| slot.take());
    match written {
        Some(Ok(())) => Ok(()),
        Some(Err(message)) => Err(AppError::Screenshot(message)),
        None => Err(AppError::Screenshot("the window closed before the picture was taken".to_owned())),
    }
}

/// The window's whole state: settings, the three tabs, and one-shot screenshot mode.
pub struct TokenscopeApp {
    settings: Settings,
    tab: Tab,
    inspect: InspectTab,
    encode: EncodeTab,
    timeline: TimelineTab,
    /// A theme given at launch for this run only.
    theme_override: Option<Theme>,
    /// A language given at launch for this run only, and the locale's.
    lang_override: Option<Lang>,
    locale: Lang,
    applied_theme: Option<Theme>,
    screenshot: Option<screenshot::Screenshot>,
    /// Whether the bundled fonts are installed yet, and the scan of the system's.
    fonts_installed: bool,
    system_fonts: fonts::SystemFonts,
    /// New fonts take effect from the frame after they are set: then text laid out before must be laid out again.
    fonts_changed: bool,
    /// Where the settings are kept; none in a screenshot run or a test.
    settings_file: Option<SettingsFile>,
    /// What the file holds, and when it was last written: a change is written soon, but not on every frame.
    on_disk: Option<(Saved, std::time::Instant)>,
}

impl TokenscopeApp {
    pub fn new(saved: Saved, launch: Launch) -> TokenscopeApp {
        let mut app = TokenscopeApp {
            settings: saved.settings,
            tab: Tab::Inspect,
            inspect: InspectTab::default(),
            encode: EncodeTab::default(),
            timeline: TimelineTab::default(),
            theme_override: launch.theme,
            lang_override: launch.lang,
            locale: launch.locale,
            applied_theme: None,
            screenshot: None,
            fonts_installed: false,
            system_fonts: fonts::SystemFonts::none(),
            fonts_changed: false,
            settings_file: None,
            on_disk: None,
        };
        if let Some(token) = launch.token.or(saved.last_token) {
            app.inspect.load(token);
        }
        if let Some(key) = &launch.decryption_key {
            app.inspect.set_decryption_key(key);
        }
        if let Some(name) = &launch.preset {
            match app.timeline.load_preset(name) {
                Ok(()) => app.tab = Tab::Timeline,
                Err(message) => app.timeline.set_notice(message),
            }
        }
        if let Some(step) = launch.step {
            app.timeline.select_step(step.saturating_sub(1), launch.exchange);
        }
        if let Some(tab) = launch.tab {
            app.tab = tab;
        }
        app
    }

    /// The language the window speaks now.
    pub fn language(&self) -> Lang {
        self.lang_override.or(self.settings.lang).unwrap_or(self.locale)
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn inspect(&self) -> &InspectTab {
        &self.inspect
    }

    pub fn encode(&self) -> &EncodeTab {
        &self.encode
    }

    pub fn timeline(&self) -> &TimelineTab {
        &self.timeline
    }

    /// The Timeline tab, for driving its transport and step editor.
    pub fn timeline_mut(&mut self) -> &mut TimelineTab {
        &mut self.timeline
    }

    /// Everything drawn in one frame, then the commands the panels gave.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        i18n::set_language(self.language());
        if std::mem::take(&mut self.fonts_changed) {
            self.inspect.forget_layout();
        }
        if !self.fonts_installed {
            ctx.set_fonts(fonts::definitions(&[]));
            self.fonts_installed = true;
            self.fonts_changed = true;
        }
        let scan = self.system_fonts.poll(&ctx);
        self.fonts_changed |= scan == fonts::Scan::Installed;
        let fonts_pending = scan != fonts::Scan::Done || self.fonts_changed;
        let theme = self.theme_override.unwrap_or(self.settings.theme);
        if self.applied_theme != Some(theme) {
            ctx.set_theme(theme.preference());
            self.applied_theme = Some(theme);
        }
        let mut commands = self.shortcuts(&ctx);
        let now_utc = Utc::now();
        let now = crate::jose::time::seconds(now_utc);
        let local = *now_utc.with_timezone(&chrono::Local).offset();

        egui::Panel::top("top-bar").show(ui, |ui| commands.extend(self.top_bar(ui)));
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(text!("app-window-offline-nothing-you-paste"))
                        .small()
                        .color(palette::muted(palette::is_dark(ui))),
                );
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let panel_commands = match self.tab {
                Tab::Inspect => {
                    let stacked = self.settings.layout == Layout::Stacked || ui.available_width() < 760.0;
                    self.inspect.ui(ui, &mut self.settings, stacked, now, local)
                }
                Tab::Encode => self.encode.ui(ui, now.floor() as i64),
                Tab::Timeline => self.timeline.ui(ui),
            };
            commands.extend(panel_commands);
        });
        for command in commands {
            self.apply(command, &ctx);
        }
        if self.tab == Tab::Inspect {
            self.inspect.refresh(&ctx, &self.settings, now, local);
        }
        self.write_changed_settings();
        let busy = self.inspect.is_busy() || self.encode.is_generating() || fonts_pending;
        if let Some(shot) = &mut self.screenshot {
            shot.on_frame(&ctx, busy);
        } else if self.tab == Tab::Inspect && self.inspect.is_live() {
            // Relative times ("expires in 4 min 10 s") tick; nothing else needs a repaint at rest.
            let wait = 1.0 - now.fract();
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.05)));
        }
    }

    /// What would be saved now: the settings, and the token when it is to be remembered.
    pub fn saved(&self) -> Saved {
        Saved::of(&self.settings, self.inspect.text())
    }

    /// Writes the settings when they changed, at most once a second (a drag of the leeway changes them every frame).
    fn write_changed_settings(&mut self) {
        let due = self.on_disk.as_ref().is_some_and(|(saved, at)| {
            saved.settings != self.settings && at.elapsed() >= std::time::Duration::from_secs(1)
        });
        if due {
            self.write_settings();
        }
    }

    /// Writes what is to be saved when it differs from what the file holds.
    fn write_settings(&mut self) {
        let (Some(file), Some((on_disk, _))) = (&self.settings_file, &self.on_disk) else { return };
        let saved = self.saved();
        if saved == *on_disk {
            return;
        }
        if let Err(error) = file.store(&saved) {
            self.inspect.set_notice(text!(
                "app-window-settings-cannot-saved",
                display = file.path().display(),
                error = error
            ));
        }
        self.on_disk = Some((saved, std::time::Instant::now()));
    }

    /// Carries out what a panel (or a shortcut) asked for.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::LoadToken(text) => {
                self.inspect.load(text);
                self.tab = Tab::Inspect;
            }
            Command::LoadSample(name) => self.load_sample(&name),
            Command::OpenTokenFile => {
                match rfd::FileDialog::new().set_title(text!("app-window-open-token")).pick_file() {
                    Some(path) => self.open_token_path(&path),
                    None => self.inspect.set_notice(text!("app-timeline-no-file-was-chosen")),
                }
            }
            Command::OpenKeyFile => match rfd::FileDialog::new().set_title(text!("app-window-open-key")).pick_file() {
                Some(path) => match std::fs::read_to_string(&path) {
                    Ok(text) => self.inspect.set_key_text(&text),
                    Err(error) => self.inspect.set_notice(text!(
                        "app-window-cannot-read",
                        display = path.display(),
                        error = error
                    )),
                },
                None => self.inspect.set_notice(text!("app-window-no-key-file-was")),
            },
            Command::ShowTab(tab) => self.tab = tab,
            Command::EditInEncoder => {
                if let Some(analysis) = self.inspect.analysis()
                    && analysis.decoded().header.is_some()
                {
                    self.encode.load_token(analysis.decoded());
                }
                self.tab = Tab::Encode;
            }
            Command::InspectSimulated { jwt, secret, unix_time } => {
                self.inspect.load(jwt);
                self.inspect.set_keys(&secret, crate::jose::keys::SecretEncoding::Utf8, "");
                self.settings.secret_encoding = crate::jose::keys::SecretEncoding::Utf8;
                let at = chrono::DateTime::from_timestamp(unix_time, 0)
                    .map_or(unix_time.to_string(), |at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
                self.inspect.set_evaluate_at(at);
                self.tab = Tab::Inspect;
            }
            Command::Timeline(action) => self.timeline.file_action(action, ctx),
        }
    }

    /// Loads a sample token with its key, as the Examples menu does.
    fn load_sample(&mut self, name: &str) {
        let Some(sample) = samples::by_name(name) else {
            self.inspect.set_notice(text!("app-window-there-no-example-named", name = name));
            return;
        };
        self.inspect.load(sample.token);
        self.settings.secret_encoding = crate::jose::keys::SecretEncoding::Utf8;
        self.inspect.set_keys(
            sample.secret.as_deref().unwrap_or(""),
            crate::jose::keys::SecretEncoding::Utf8,
            sample.public_key.as_deref().unwrap_or(""),
        );
        self.inspect.set_decryption_key(sample.decryption_key.as_deref().unwrap_or(""));
        self.inspect.set_access_token(sample.access_token.as_deref().unwrap_or(""));
        self.inspect.set_evaluate_at(sample.at.clone().unwrap_or_default());
        self.inspect.set_audiences(sample.aud.as_deref().unwrap_or(""));
        self.tab = Tab::Inspect;
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal(|ui| {
            ui.label(RichText::new("tokenscope").strong().size(16.0));
            ui.separator();
            for tab in Tab::ALL {
                if ui.selectable_label(self.tab == tab, tab.label()).clicked() && self.tab != tab {
                    // Leaving the inspector for the encoder takes the token along, to edit and re-sign it.
                    commands.push(if tab == Tab::Encode && self.tab == Tab::Inspect {
                        Command::EditInEncoder
                    } else {
                        Command::ShowTab(tab)
                    });
                }
            }
            ui.separator();
            ui.menu_button(text!("app-window-examples"), |ui| {
                for sample in samples::all() {
                    if ui.button(sample.label()).on_hover_text(sample.explanation()).clicked() {
                        commands.push(Command::LoadSample(sample.name.clone()));
                        ui.close();
                    }
                }
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let speaking = self.language();
                let mut chosen = speaking;
                egui::ComboBox::from_id_salt("language")
                    .selected_text(chosen.native_name())
                    .show_ui(ui, |ui| {
                        for lang in Lang::ALL {
                            ui.selectable_value(&mut chosen, lang, lang.native_name());
                        }
                    })
                    .response
                    .on_hover_text(text!("app-window-language-hint"))
                    .accessible_name(text!("app-window-language"));
                if chosen != speaking {
                    self.settings.lang = Some(chosen);
                    self.lang_override = None;
                    i18n::set_language(chosen);
                }
                let before = self.settings.theme;
                egui::ComboBox::from_id_salt("theme")
                    .selected_text(self.settings.theme.label())
                    .show_ui(ui, |ui| {
                        for theme in Theme::ALL {
                            ui.selectable_value(&mut self.settings.theme, theme, theme.label());
                        }
                    })
                    .response
                    .accessible_name(text!("app-window-theme"));
                if before != self.settings.theme {
                    self.theme_override = None;
                }
                ui.checkbox(&mut self.settings.remember_last_token, text!("app-window-remember-last-token"))
                    .on_hover_text(text!("app-window-store-last-token-on"));
            });
        });
        commands
    }

    /// Pasting outside a text box, dropped files and the keyboard shortcuts, as commands.
    fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let typing = ctx.memory(|memory| memory.focused().is_some());
        let (pasted, dropped) = ctx.input(|input| {
            let pasted = input.events.iter().find_map(|event| match event {
                egui::Event::Paste(text) if !typing => Some(text.clone()),
                _ => None,
            });
            (pasted, input.raw.dropped_files.clone())
        });
        commands.extend(pasted.map(Command::LoadToken));
        for file in dropped {
            match file.bytes() {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => commands.push(Command::LoadToken(text)),
                    Err(_) => self.inspect.set_notice(text!("app-window-text", display = file.path().display())),
                },
                Err(error) => self.inspect.set_notice(text!(
                    "app-window-cannot-read",
                    display = file.path().display(),
                    error = error
                )),
            }
        }
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        let copy_payload = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
        let focus_editor = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
        let next_tab = KeyboardShortcut::new(Modifiers::CTRL, Key::Tab);
        if ctx.input_mut(|input| input.consume_shortcut(&open)) {
            commands.push(Command::OpenTokenFile);
        }
        if ctx.input_mut(|input| input.consume_shortcut(&copy_payload))
            && let Some(payload) = self.inspect.payload_text()
        {
            ctx.copy_text(payload.to_owned());
            self.inspect.set_notice(text!("app-window-decoded-payload-copied"));
        }
        if ctx.input_mut(|input| input.consume_shortcut(&focus_editor)) {
            self.inspect.request_editor_focus();
            commands.push(Command::ShowTab(Tab::Inspect));
        }
        if ctx.input_mut(|input| input.consume_shortcut(&next_tab)) {
            commands.push(Command::ShowTab(self.tab.next()));
        }
        commands
    }

    fn open_token_path(&mut self, path: &std::path::Path) {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    self.inspect.load(text);
                    self.tab = Tab::Inspect;
                }
                Err(_) => self.inspect.set_notice(text!("app-window-text", display = path.display())),
            },
            Err(error) => {
                self.inspect.set_notice(text!("app-window-cannot-read", display = path.display(), error = error))
            }
        }
    }
}

impl eframe::App for TokenscopeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.write_settings();
    }

    /// Widget state (scroll offsets, cursor positions) is not kept: a cursor saved in the secret field would tell the
    /// secret's length.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
