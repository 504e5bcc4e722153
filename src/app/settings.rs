//! What the window remembers between runs, persisted as it is: theme, layout, the secret encoding, the leeway and
//! whether to remember the last token. Secrets and keys are never stored; the token only when the user turns on
//! "Remember last token" (off by default), under a key of its own that is cleared when the switch is off.

use crate::jose::keys::SecretEncoding;
use serde::{Deserialize, Serialize};

pub const STORAGE_KEY: &str = "tokenscope.settings";
pub const LAST_TOKEN_KEY: &str = "tokenscope.last_token";

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

    pub fn label(self) -> &'static str {
        match self {
            Theme::Dark => "Dark",
            Theme::Light => "Light",
            Theme::System => "System",
        }
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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            layout: Layout::SideBySide,
            secret_encoding: SecretEncoding::Utf8,
            leeway: 0,
            remember_last_token: false,
        }
    }
}

/// What a run starts from: the settings, and the token when one was remembered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saved {
    pub settings: Settings,
    pub last_token: Option<String>,
}

impl Saved {
    pub fn load(storage: &dyn eframe::Storage) -> Saved {
        let settings: Settings = eframe::get_value(storage, STORAGE_KEY).unwrap_or_default();
        let last_token =
            storage.get_string(LAST_TOKEN_KEY).filter(|token| settings.remember_last_token && !token.is_empty());
        Saved { settings, last_token }
    }

    /// Writes the settings, and the token when it is to be remembered; otherwise clears any token saved before.
    pub fn store(storage: &mut dyn eframe::Storage, settings: &Settings, token: &str) {
        eframe::set_value(storage, STORAGE_KEY, settings);
        if settings.remember_last_token && !token.is_empty() {
            storage.set_string(LAST_TOKEN_KEY, token.to_owned());
        } else {
            storage.remove_string(LAST_TOKEN_KEY);
        }
    }
}
