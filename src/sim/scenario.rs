//! The scenario file: a name, the server's config and the steps on the virtual clock, as SIMULATION.md
//! specifies them. Parsing is strict where a typo would silently change a lesson (unknown config fields, actions,
//! actors, steps out of time order) and every error names the step it is about.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// How the authorization server keeps a user logged in, from the weakest to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    ExtendAccess,
    StaticRefresh,
    #[default]
    Rotation,
}

/// What happens to a refresh token presented again shortly after it was consumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GraceKind {
    #[default]
    None,
    PreviousOnlyNewToken,
    ParentAlways,
    PreviousValidFor,
    Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Grace {
    pub kind: GraceKind,
    pub seconds: i64,
    pub count: u32,
}

/// How long a denylist entry lives in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DenylistTtl {
    #[default]
    ExpPlusLeeway,
    /// The bug worth showing: the entry dies at `exp` and the AT is accepted again for `leeway` seconds.
    Exp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceServerConfig {
    pub leeway: i64,
    /// The resource server's clock runs this many seconds ahead of the authorization server's (negative: behind).
    pub clock_offset: i64,
    pub denylist: bool,
    pub introspection: bool,
    pub denylist_ttl: DenylistTtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub strategy: Strategy,
    pub reuse_detection: bool,
    pub access_ttl: i64,
    pub refresh_idle: Option<i64>,
    pub refresh_absolute: Option<i64>,
    pub grace: Grace,
    pub resource_server: ResourceServerConfig,
    pub revoke_access_on_reuse: bool,
    pub token_error_status: u16,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            strategy: Strategy::Rotation,
            reuse_detection: true,
            access_ttl: 60,
            refresh_idle: Some(600),
            refresh_absolute: Some(1800),
            grace: Grace::default(),
            resource_server: ResourceServerConfig::default(),
            revoke_access_on_reuse: false,
            token_error_status: 400,
        }
    }
}

/// Which tokens a `steal` copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Loot {
    Access,
    Refresh,
    Both,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "do")]
pub enum Action {
    Login,
    Call,
    Refresh,
    Extend,
    Steal { from: String, what: Loot },
    Logout,
    PasswordChange,
    Deny,
    StoreOutage { seconds: i64 },
}

impl Action {
    pub const NAMES: [&'static str; 9] =
        ["login", "call", "refresh", "extend", "steal", "logout", "password_change", "deny", "store_outage"];

    /// The action named `name` when it needs nothing besides its name (not `steal`, not `store_outage`).
    pub fn plain(name: &str) -> Option<Action> {
        Some(match name {
            "login" => Action::Login,
            "call" => Action::Call,
            "refresh" => Action::Refresh,
            "extend" => Action::Extend,
            "logout" => Action::Logout,
            "password_change" => Action::PasswordChange,
            "deny" => Action::Deny,
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::Call => "call",
            Action::Refresh => "refresh",
            Action::Extend => "extend",
            Action::Steal { .. } => "steal",
            Action::Logout => "logout",
            Action::PasswordChange => "password_change",
            Action::Deny => "deny",
            Action::StoreOutage { .. } => "store_outage",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Virtual seconds since the scenario started.
    pub at: i64,
    pub actor: String,
    pub action: Action,
    /// A specific token to present (`"RT1"`) instead of the actor's newest.
    pub token: Option<String>,
    pub lose_response: bool,
    /// What a teacher says about this step; shown beside the event.
    pub narration: Option<String>,
}

impl Step {
    /// A step with no specific token, no lost response and no narration.
    pub fn new(at: i64, actor: impl Into<String>, action: Action) -> Step {
        Step { at, actor: actor.into(), action, token: None, lose_response: false, narration: None }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    pub name: String,
    pub description: Option<String>,
    pub config: Config,
    pub steps: Vec<Step>,
}

/// Why a scenario file cannot be run; `step` is 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    pub step: Option<usize>,
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step {
            Some(step) => write!(f, "step {step}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ScenarioError {}

fn error(step: Option<usize>, message: impl Into<String>) -> ScenarioError {
    ScenarioError { step, message: message.into() }
}

const STEP_FIELDS: [&str; 9] = ["at", "actor", "do", "from", "what", "for", "token", "lose_response", "narration"];

impl Scenario {
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| error(None, format!("the scenario is not valid JSON: {e}")))?;
        Scenario::from_value(&value)
    }

    pub fn from_value(value: &Value) -> Result<Scenario, ScenarioError> {
        let object = value.as_object().ok_or_else(|| error(None, "the scenario must be a JSON object"))?;
        let name = match object.get("name") {
            None => "untitled scenario".to_owned(),
            Some(Value::String(name)) => name.clone(),
            Some(_) => return Err(error(None, "\"name\" must be a string")),
        };
        let description = match object.get("description") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(_) => return Err(error(None, "\"description\" must be a string")),
        };
        let config = match object.get("config") {
            None | Some(Value::Null) => Config::default(),
            Some(config) => {
                let config: Config =
                    serde_json::from_value(config.clone()).map_err(|e| error(None, format!("config: {e}")))?;
                config.check().map_err(|message| error(None, format!("config: {message}")))?;
                config
            }
        };
        let steps = object
            .get("steps")
            .ok_or_else(|| error(None, "the scenario has no \"steps\""))?
            .as_array()
            .ok_or_else(|| error(None, "\"steps\" must be an array"))?;
        let mut parsed = Vec::with_capacity(steps.len());
        for (index, step) in steps.iter().enumerate() {
            let step = parse_step(step).map_err(|message| error(Some(index + 1), message))?;
            if let Some(previous) = parsed.last().map(|step: &Step| step.at)
                && step.at < previous
            {
                return Err(error(
                    Some(index + 1),
                    format!("at {} comes before the previous step's {previous}: steps must be in time order", step.at),
                ));
            }
            parsed.push(step);
        }
        let actors: Vec<&str> = parsed.iter().map(|step| step.actor.as_str()).collect();
        for (index, step) in parsed.iter().enumerate() {
            if let Action::Steal { from, .. } = &step.action {
                if !actors.contains(&from.as_str()) {
                    return Err(error(Some(index + 1), format!("\"from\": no step has the actor \"{from}\"")));
                }
                if *from == step.actor {
                    return Err(error(Some(index + 1), "an actor cannot steal from itself"));
                }
            }
        }
        Ok(Scenario { name, description, config, steps: parsed })
    }

    /// The scenario as a file again, with every config field written out.
    pub fn to_value(&self) -> Value {
        let mut object = Map::new();
        object.insert("name".into(), Value::String(self.name.clone()));
        if let Some(description) = &self.description {
            object.insert("description".into(), Value::String(description.clone()));
        }
        object.insert("config".into(), serde_json::to_value(self.config).unwrap_or(Value::Null));
        object.insert("steps".into(), Value::Array(self.steps.iter().map(Step::to_value).collect()));
        Value::Object(object)
    }

    /// The actors in order of first appearance.
    pub fn actors(&self) -> Vec<String> {
        let mut actors: Vec<String> = Vec::new();
        for step in &self.steps {
            if !actors.contains(&step.actor) {
                actors.push(step.actor.clone());
            }
        }
        actors
    }
}

impl Config {
    fn check(&self) -> Result<(), String> {
        if self.access_ttl <= 0 {
            return Err("access_ttl must be a positive number of seconds".into());
        }
        if self.refresh_idle.is_some_and(|idle| idle <= 0) {
            return Err("refresh_idle must be positive, or null for no idle limit".into());
        }
        if self.refresh_absolute.is_some_and(|absolute| absolute <= 0) {
            return Err("refresh_absolute must be positive, or null for no absolute limit".into());
        }
        if self.grace.seconds < 0 {
            return Err("grace.seconds must not be negative".into());
        }
        if self.resource_server.leeway < 0 {
            return Err("resource_server.leeway must not be negative".into());
        }
        if !(400..=599).contains(&self.token_error_status) {
            return Err("token_error_status must be an HTTP error status (400-599)".into());
        }
        Ok(())
    }
}

impl Step {
    pub fn to_value(&self) -> Value {
        let mut object = Map::new();
        object.insert("at".into(), Value::from(self.at));
        object.insert("actor".into(), Value::String(self.actor.clone()));
        object.insert("do".into(), Value::String(self.action.name().into()));
        match &self.action {
            Action::Steal { from, what } => {
                object.insert("from".into(), Value::String(from.clone()));
                object.insert("what".into(), serde_json::to_value(what).unwrap_or(Value::Null));
            }
            Action::StoreOutage { seconds } => {
                object.insert("for".into(), Value::from(*seconds));
            }
            _ => {}
        }
        if let Some(token) = &self.token {
            object.insert("token".into(), Value::String(token.clone()));
        }
        if self.lose_response {
            object.insert("lose_response".into(), Value::Bool(true));
        }
        if let Some(narration) = &self.narration {
            object.insert("narration".into(), Value::String(narration.clone()));
        }
        Value::Object(object)
    }
}

fn parse_step(value: &Value) -> Result<Step, String> {
    let object = value.as_object().ok_or("a step must be a JSON object")?;
    if let Some(unknown) = object.keys().find(|key| !STEP_FIELDS.contains(&key.as_str())) {
        return Err(format!("unknown field \"{unknown}\" (a step has {})", STEP_FIELDS.join(", ")));
    }
    let at = match object.get("at") {
        Some(Value::Number(number)) => number
            .as_i64()
            .filter(|at| *at >= 0)
            .ok_or_else(|| format!("\"at\" must be a whole number of seconds from 0, not {number}"))?,
        Some(other) => return Err(format!("\"at\" must be a number of seconds, not {other}")),
        None => return Err("the step has no \"at\"".into()),
    };
    let actor = match object.get("actor") {
        Some(Value::String(actor)) if !actor.trim().is_empty() => actor.clone(),
        Some(Value::String(_)) => return Err("\"actor\" must not be empty".into()),
        Some(other) => return Err(format!("\"actor\" must be a string, not {other}")),
        None => return Err("the step has no \"actor\"".into()),
    };
    let text = |name: &str| -> Result<Option<String>, String> {
        match object.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(format!("\"{name}\" must be a string, not {other}")),
        }
    };
    let action_name = text("do")?.ok_or("the step has no \"do\"")?;
    let action = match action_name.as_str() {
        "steal" => {
            let from = text("from")?.ok_or("a steal needs \"from\": the actor whose tokens are copied")?;
            let what = match text("what")?.as_deref() {
                Some("access") => Loot::Access,
                Some("refresh") => Loot::Refresh,
                Some("both") | None => Loot::Both,
                Some(other) => return Err(format!("\"what\" must be access, refresh or both, not \"{other}\"")),
            };
            Action::Steal { from, what }
        }
        "store_outage" => {
            let seconds = object
                .get("for")
                .and_then(Value::as_i64)
                .filter(|seconds| *seconds > 0)
                .ok_or("a store_outage needs \"for\": how many seconds the store is down")?;
            Action::StoreOutage { seconds }
        }
        other => Action::plain(other)
            .ok_or_else(|| format!("unknown action \"{other}\" (expected one of {})", Action::NAMES.join(", ")))?,
    };
    let lose_response = match object.get("lose_response") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(lose)) => *lose,
        Some(other) => return Err(format!("\"lose_response\" must be true or false, not {other}")),
    };
    if lose_response && !matches!(action, Action::Refresh | Action::Login | Action::Extend) {
        return Err(format!("\"lose_response\" applies to a request that issues tokens, not to {action_name}"));
    }
    let token = text("token")?;
    if let Some(label) = &token {
        let wants = match action {
            Action::Refresh => Some("RT"),
            Action::Call | Action::Extend | Action::Deny => Some("AT"),
            Action::Logout => Some("RT"),
            _ => None,
        };
        match wants {
            Some(prefix) if label.starts_with(prefix) && label[2..].parse::<u32>().is_ok_and(|n| n > 0) => {}
            Some(prefix) => {
                return Err(format!("\"token\" must name a {prefix} label such as {prefix}1, not \"{label}\""));
            }
            None => return Err(format!("\"token\" does not apply to {action_name}")),
        }
    }
    if object.contains_key("from") && !matches!(action, Action::Steal { .. }) {
        return Err(format!("\"from\" applies to steal, not to {action_name}"));
    }
    Ok(Step { at, actor, action, token, lose_response, narration: text("narration")? })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_config_is_merged_field_by_field_with_the_defaults() {
        let scenario = Scenario::from_json(
            r#"{"config": {"access_ttl": 30, "resource_server": {"leeway": 5}}, "steps": [{"at": 0, "actor": "c", "do": "login"}]}"#,
        )
        .unwrap();
        assert_eq!(scenario.config.access_ttl, 30);
        assert_eq!(scenario.config.resource_server.leeway, 5);
        assert!(!scenario.config.resource_server.denylist);
        assert_eq!(scenario.config.refresh_idle, Some(600));
        assert_eq!(scenario.config.strategy, Strategy::Rotation);
    }

    #[test]
    fn errors_point_at_the_step() {
        let unknown = Scenario::from_json(
            r#"{"steps": [{"at": 0, "actor": "c", "do": "login"}, {"at": 1, "actor": "c", "do": "jump"}]}"#,
        );
        assert_eq!(unknown.unwrap_err().to_string().split(':').next(), Some("step 2"));
        let order = Scenario::from_json(
            r#"{"steps": [{"at": 5, "actor": "c", "do": "login"}, {"at": 1, "actor": "c", "do": "call"}]}"#,
        )
        .unwrap_err();
        assert_eq!(order.step, Some(2));
        let thief = Scenario::from_json(
            r#"{"steps": [{"at": 0, "actor": "c", "do": "login"}, {"at": 1, "actor": "m", "do": "steal", "from": "bob"}]}"#,
        )
        .unwrap_err();
        assert_eq!(thief.to_string(), "step 2: \"from\": no step has the actor \"bob\"");
    }

    #[test]
    fn unknown_config_fields_and_bad_json_are_rejected() {
        assert!(
            Scenario::from_json(r#"{"config": {"acces_ttl": 5}, "steps": []}"#)
                .unwrap_err()
                .message
                .contains("acces_ttl")
        );
        assert!(Scenario::from_json("{").unwrap_err().message.starts_with("the scenario is not valid JSON"));
    }

    #[test]
    fn a_scenario_survives_a_round_trip_through_its_file_form() {
        let text = r#"{"name": "n", "steps": [{"at": 0, "actor": "c", "do": "login"},
            {"at": 3, "actor": "m", "do": "steal", "from": "c", "what": "refresh"},
            {"at": 4, "actor": "m", "do": "refresh", "token": "RT1", "lose_response": true, "narration": "x"},
            {"at": 5, "actor": "c", "do": "store_outage", "for": 9}]}"#;
        let scenario = Scenario::from_json(text).unwrap();
        assert_eq!(Scenario::from_value(&scenario.to_value()).unwrap(), scenario);
    }
}
