//! What the window remembers between runs, persisted as it is: theme, layout, the secret encoding, the leeway and
//! whether to remember the last token. Secrets and keys are never stored; the token only when the user turns on
//! "Remember last token" (off by default). The file is the window's own (JSON in the user's configuration folder),
//! created owner-only because it can hold a token, and replaced whole so that a crash never leaves half of one.

use crate::i18n::Lang;
use crate::jose::keys::SecretEncoding;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    Dark,
    Light,
    #[default]
    System,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Dark, Theme::Light, Theme::System];

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::Dark => egui::ThemePreference::Dark,
            Theme::Light => egui::ThemePreference::Light,
            Theme::System => egui::ThemePreference::System,
        }
    }

    /// The lowercase name the command line uses (`--theme dark`).
    pub fn name(self) -> &'static str {
        match self {
            Theme::Dark => "dark",
            Theme::Light => "light",
            Theme::System => "system",
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.name() == name)
    }

    pub fn label(self) -> crate::i18n::Text {
        crate::i18n::Text::new(match self {
            Theme::Dark => "app-theme-dark",
            Theme::Light => "app-theme-light",
            Theme::System => "app-theme-system",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Layout {
    /// Editor and key on the left, decoded parts on the right.
    #[default]
    SideBySide,
    /// Everything in one column, for narrow windows.
    Stacked,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    pub layout: Layout,
    /// How a typed HMAC secret is read.
    pub secret_encoding: SecretEncoding,
    /// Seconds of clock skew allowed for exp, nbf and iat.
    pub leeway: u32,
    pub remember_last_token: bool,
    /// The language picked with the switch; the locale's until then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            layout: Layout::SideBySide,
            secret_encoding: SecretEncoding::Utf8,
            leeway: 0,
            remember_last_token: false,
            lang: None,
        }
    }
}

/// What a run starts from: the settings, and the token when one was remembered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub settings: Settings,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_token: Option<String>,
}

impl Saved {
    /// What is written at the end of a run: the settings, and the token only when it is to be remembered.
    pub fn of(settings: &Settings, token: &str) -> Saved {
        let remembered = settings.remember_last_token && !token.trim().is_empty();
        Saved { settings: settings.clone(), last_token: remembered.then(|| token.to_owned()) }
    }
}

/// The settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsFile {
    path: PathBuf,
}

impl SettingsFile {
    /// `settings.json` in the user's configuration folder (`$XDG_CONFIG_HOME/tokenscope` on Linux).
    pub fn default_location() -> Option<SettingsFile> {
        let folders = directories::ProjectDirs::from("", "", "tokenscope")?;
        Some(SettingsFile::at(folders.config_dir().join("settings.json")))
    }

    pub fn at(path: impl Into<PathBuf>) -> SettingsFile {
        SettingsFile { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the last run saved; the defaults when there is no file or it cannot be read, and no token unless the
    /// settings say it was to be remembered.
    pub fn load(&self) -> Saved {
        let saved: Saved =
            std::fs::read(&self.path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default();
        let remembered = saved.settings.remember_last_token;
        Saved { last_token: saved.last_token.filter(|_| remembered), ..saved }
    }

    /// Writes `saved` to a new file readable by its owner only, then puts it in place of the old one.
    pub fn store(&self, saved: &Saved) -> io::Result<()> {
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let text = serde_json::to_vec_pretty(saved).map_err(io::Error::other)?;
        let partial = self.path.with_extension("json.partial");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&partial)?;
        // A partial file left by another run keeps the mode it was made with; make it owner-only whatever it was.
        #[cfg(unix)]
        file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
        file.write_all(&text)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&partial, &self.path)
    }
}
