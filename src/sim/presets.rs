//! The preset scenarios shipped in `assets/scenarios/`, built into the binary: the lessons of SIMULATION.md in
//! order, then profiles that set the config the way well-known servers behave by default.

use super::scenario::{Scenario, ScenarioError};

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
