//! How the window is started: the launch description a shell fills in (a token's text, the tab, a preset, the
//! theme, a screenshot to take, the window size) and the tabs it can open on. The window reads no arguments and no
//! files itself; the command line gathers them and hands them over here.

use super::settings::Theme;
use crate::i18n::Lang;
use std::path::PathBuf;

/// The tabs of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Inspect,
    Encode,
    Timeline,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Inspect, Tab::Encode, Tab::Timeline];

    /// The lowercase name the command line uses (`--tab timeline`).
    pub fn name(self) -> &'static str {
        match self {
            Tab::Inspect => "inspect",
            Tab::Encode => "encode",
            Tab::Timeline => "timeline",
        }
    }

    pub fn from_name(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|tab| tab.name() == name)
    }

    pub fn label(self) -> crate::i18n::Text {
        crate::i18n::Text::new(match self {
            Tab::Inspect => "app-tab-inspect",
            Tab::Encode => "app-tab-encode",
            Tab::Timeline => "app-tab-timeline",
        })
    }

    /// The tab after this one, for Ctrl+Tab.
    pub fn next(self) -> Tab {
        match self {
            Tab::Inspect => Tab::Encode,
            Tab::Encode => Tab::Timeline,
            Tab::Timeline => Tab::Inspect,
        }
    }
}

/// Everything a run of the window starts with besides the saved settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Launch {
    /// The text to put in the token editor (as pasted: wrapping is forgiven there).
    pub token: Option<String>,
    pub tab: Option<Tab>,
    /// A simulation preset to load into the Timeline tab.
    pub preset: Option<String>,
    /// A step of the timeline to select (1-based), and whether to open its HTTP exchange.
    pub step: Option<usize>,
    pub exchange: bool,
    /// A theme for this run only; the saved one otherwise.
    pub theme: Option<Theme>,
    /// Render once the window has settled, write this PNG and close. Such a run saves nothing.
    pub screenshot: Option<PathBuf>,
    /// The window's inner size in points.
    pub size: Option<(f32, f32)>,
    /// The text of a key to open the token with, when it is a JWE.
    pub decryption_key: Option<String>,
    /// A language asked for on the command line or in the environment: this run speaks it.
    pub lang: Option<Lang>,
    /// The OS locale's language, spoken until the user picks one with the switch.
    pub locale: Lang,
}

/// The smallest and largest window side a launch may ask for.
pub const SIZE_RANGE: std::ops::RangeInclusive<f32> = 200.0..=8000.0;
