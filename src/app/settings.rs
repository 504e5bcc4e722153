//! What the window remembers between runs: theme, layout, default secret encoding and leeway. Tokens,
//! secrets and keys are never stored, unless the user turns on "remember last token" (off by default),
//! and then only the token.

use serde::{Deserialize, Serialize};

pub const STORAGE_KEY: &str = "tokenscope.settings";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    Dark,
    Light,
    #[default]
    System,
}

impl Theme {
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::Dark => egui::ThemePreference::Dark,
            Theme::Light => egui::ThemePreference::Light,
            Theme::System => egui::ThemePreference::System,
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
    /// `utf8`, `base64`, `base64url` or `hex`.
    pub secret_encoding: String,
    pub leeway: u32,
    pub remember_last_token: bool,
    /// Only written when `remember_last_token` is on.
    pub last_token: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            layout: Layout::SideBySide,
            secret_encoding: "utf8".to_owned(),
            leeway: 0,
            remember_last_token: false,
            last_token: None,
        }
    }
}
