//! The preset scenarios shipped in `assets/scenarios/`, built into the binary: the lessons of SIMULATION.md in
//! order, then profiles that set the config the way well-known servers behave by default.

use super::scenario::{Scenario, ScenarioError};
use crate::i18n::Text;
use std::sync::OnceLock;

pub struct Preset {
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! presets {
    ($($name:literal),* $(,)?) => {
        &[$(Preset { name: $name, text: include_str!(concat!("../../assets/scenarios/", $name, ".json")) }),*]
    };
}

pub const ALL: &[Preset] = presets![
    "normal-use",
    "naive-extension",
    "access-stolen",
    "access-stolen-denylist",
    "refresh-stolen-no-rotation",
    "rotation-victim-refreshes-first",
    "rotation-attacker-refreshes-first",
    "both-stolen",
    "idle-victim",
    "logout-and-password-change",
    "two-tabs-race",
    "two-tabs-grace",
    "grace-window-replay",
    "lifetimes",
    "clock-skew",
    "store-down",
    "seed-refresh-api",
    "scope-narrowing",
    "dpop-stolen-tokens",
    "dpop-extractable-key",
    "dpop-in-page-attacker",
    "confidential-client-bff",
    "sliding-session-stolen",
    "profile-auth0",
    "profile-okta",
    "profile-keycloak",
    "profile-supabase",
    "profile-spring",
    "profile-hydra",
];

pub fn by_name(name: &str) -> Option<&'static Preset> {
    ALL.iter().find(|preset| preset.name == name)
}

impl Preset {
    pub fn scenario(&self) -> Result<Scenario, ScenarioError> {
        Scenario::from_json(self.text)
    }
}

/// The presets as scenarios, parsed once.
fn parsed() -> &'static [Option<Scenario>] {
    static PARSED: OnceLock<Vec<Option<Scenario>>> = OnceLock::new();
    PARSED.get_or_init(|| ALL.iter().map(|preset| preset.scenario().ok()).collect())
}

/// The words of a scenario in the reader's language. A preset's own name, description and narration are said
/// from the catalogues (`preset-normal-use-step-3`); words a user wrote or changed are said as written, so an
/// edited step never shows the preset's old narration.
#[derive(Debug, Clone, Default)]
pub struct Words {
    preset: Option<(&'static str, &'static Scenario)>,
}

impl Words {
    /// The words of `scenario`: a preset's when its name is still a preset's name.
    pub fn of(scenario: &Scenario) -> Words {
        let preset = ALL.iter().zip(parsed()).find_map(|(preset, parsed)| {
            parsed.as_ref().filter(|parsed| parsed.name == scenario.name).map(|parsed| (preset.name, parsed))
        });
        Words { preset }
    }

    pub fn name(&self, scenario: &Scenario) -> Text {
        match self.preset {
            Some((stem, _)) => Text::lookup(format!("preset-{stem}-name"), scenario.name.as_str()),
            None => Text::verbatim(scenario.name.as_str()),
        }
    }

    pub fn description(&self, scenario: &Scenario) -> Option<Text> {
        let description = scenario.description.as_deref()?;
        Some(match self.preset {
            Some((stem, preset)) if preset.description.as_deref() == Some(description) => {
                Text::lookup(format!("preset-{stem}-description"), description)
            }
            _ => Text::verbatim(description),
        })
    }

    /// The narration of step `index` (0-based), written as `narration`.
    pub fn narration(&self, index: usize, narration: &str) -> Text {
        match self.preset {
            Some((stem, preset))
                if preset.steps().get(index).and_then(|step| step.narration.as_deref()) == Some(narration) =>
            {
                Text::lookup(format!("preset-{stem}-step-{}", index + 1), narration)
            }
            _ => Text::verbatim(narration),
        }
    }
}

impl Preset {
    /// The preset's title in the reader's language.
    pub fn title(&self) -> Text {
        let index = ALL.iter().position(|preset| preset.name == self.name);
        match index.and_then(|index| parsed()[index].as_ref()) {
            Some(scenario) => Words::of(scenario).name(scenario),
            None => crate::text!("preset-broken", name = self.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_parses_and_narrates_every_step() {
        for preset in ALL {
            let scenario = preset.scenario().unwrap_or_else(|error| panic!("{}: {error}", preset.name));
            assert!(!scenario.steps().is_empty(), "{}", preset.name);
            for (index, step) in scenario.steps().iter().enumerate() {
                assert!(step.narration.is_some(), "{} step {} has no narration", preset.name, index + 1);
            }
        }
    }
}
