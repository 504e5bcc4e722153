//! The scenario file: a name, the server's config and the steps on the virtual clock, as SIMULATION.md
//! specifies them. Parsing is strict where a typo would silently change a lesson (unknown config fields, actions,
//! actors, steps out of time order) and every error names the step it is about.

use super::ids::{TokenId, TokenKind};
use crate::i18n::Text;
use crate::text;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;

/// How the authorization server keeps a user logged in, from the weakest to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    ExtendAccess,
    StaticRefresh,
    #[default]
    Rotation,
    /// No refresh token: every accepted call returns a fresh access token (the seed's "result data + new exp").
    SlidingAccess,
}

/// The shape of the API on the wire: OAuth 2.0 endpoints, or the seed article's JSON refresh API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Wire {
    #[default]
    Oauth,
    JsonApi,
}

/// What tokens are bound to: nothing (bearer tokens), a DPoP key (RFC 9449) or a TLS client certificate (RFC 8705).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SenderConstraint {
    #[default]
    None,
    Dpop,
    Mtls,
}

/// How the client authenticates at the token endpoint: a public client, or a confidential one with a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ClientAuth {
    #[default]
    None,
    Secret,
}

/// The scope granted at login when a scenario names none.
pub const DEFAULT_SCOPE: &str = "api:read";

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn is_default_scope(scope: &str) -> bool {
    scope == DEFAULT_SCOPE
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

// The second round's fields are left out of the file form while they hold their defaults, so that a first-round
// scenario keeps its compact form, and with it its signing secret and every token it issues.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(skip_serializing_if = "is_default")]
    pub wire: Wire,
    #[serde(skip_serializing_if = "is_default_scope")]
    pub scope: String,
    #[serde(skip_serializing_if = "is_default")]
    pub sender_constraint: SenderConstraint,
    /// The DPoP key (or client certificate) can be copied out of the client, as from localStorage.
    #[serde(skip_serializing_if = "is_default")]
    pub key_extractable: bool,
    #[serde(skip_serializing_if = "is_default")]
    pub client_auth: ClientAuth,
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
            wire: Wire::Oauth,
            scope: DEFAULT_SCOPE.to_owned(),
            sender_constraint: SenderConstraint::None,
            key_extractable: false,
            client_auth: ClientAuth::None,
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
    /// The victim's DPoP key or client certificate: copied only when `key_extractable` is on.
    Key,
    /// The confidential client's credentials.
    ClientSecret,
}

/// The `do` of a step, as scenario files and the timeline's events name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Login,
    Call,
    Refresh,
    Extend,
    Steal,
    Logout,
    PasswordChange,
    Deny,
    StoreOutage,
}

impl ActionKind {
    pub const ALL: [ActionKind; 9] = [
        ActionKind::Login,
        ActionKind::Call,
        ActionKind::Refresh,
        ActionKind::Extend,
        ActionKind::Steal,
        ActionKind::Logout,
        ActionKind::PasswordChange,
        ActionKind::Deny,
        ActionKind::StoreOutage,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ActionKind::Login => "login",
            ActionKind::Call => "call",
            ActionKind::Refresh => "refresh",
            ActionKind::Extend => "extend",
            ActionKind::Steal => "steal",
            ActionKind::Logout => "logout",
            ActionKind::PasswordChange => "password_change",
            ActionKind::Deny => "deny",
            ActionKind::StoreOutage => "store_outage",
        }
    }

    pub fn from_name(name: &str) -> Option<ActionKind> {
        ActionKind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The kind of token a step of this kind presents, when it presents one.
    fn presents(self) -> Option<TokenKind> {
        match self {
            ActionKind::Refresh | ActionKind::Logout => Some(TokenKind::Refresh),
            ActionKind::Call | ActionKind::Extend | ActionKind::Deny => Some(TokenKind::Access),
            _ => None,
        }
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The action of `kind` when it needs nothing besides its kind (not `steal`, not `store_outage`).
    pub fn plain(kind: ActionKind) -> Option<Action> {
        Some(match kind {
            ActionKind::Login => Action::Login,
            ActionKind::Call => Action::Call,
            ActionKind::Refresh => Action::Refresh,
            ActionKind::Extend => Action::Extend,
            ActionKind::Logout => Action::Logout,
            ActionKind::PasswordChange => Action::PasswordChange,
            ActionKind::Deny => Action::Deny,
            ActionKind::Steal | ActionKind::StoreOutage => return None,
        })
    }

    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Login => ActionKind::Login,
            Action::Call => ActionKind::Call,
            Action::Refresh => ActionKind::Refresh,
            Action::Extend => ActionKind::Extend,
            Action::Steal { .. } => ActionKind::Steal,
            Action::Logout => ActionKind::Logout,
            Action::PasswordChange => ActionKind::PasswordChange,
            Action::Deny => ActionKind::Deny,
            Action::StoreOutage { .. } => ActionKind::StoreOutage,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Virtual seconds since the scenario started.
    pub at: i64,
    pub actor: String,
    pub action: Action,
    /// A specific token to present (`RT1`) instead of the actor's newest.
    pub token: Option<TokenId>,
    pub lose_response: bool,
    /// What a teacher says about this step; shown beside the event.
    pub narration: Option<String>,
    /// `call`: the scope the API needs for this request.
    pub needs: Option<String>,
    /// `refresh`: the scope asked for (a subset of the grant narrows the new access token).
    pub scope: Option<String>,
    /// `call`: the actor whose page the attacker's script runs in; it uses that actor's token and key.
    pub via: Option<String>,
}

impl Step {
    /// A step with no specific token, no lost response and no narration.
    pub fn new(at: i64, actor: impl Into<String>, action: Action) -> Step {
        Step {
            at,
            actor: actor.into(),
            action,
            token: None,
            lose_response: false,
            narration: None,
            needs: None,
            scope: None,
            via: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    pub name: String,
    pub description: Option<String>,
    config: Config,
    steps: Vec<Step>,
}

/// Why a scenario file cannot be run; `step` is 1-based.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioError {
    pub step: Option<usize>,
    pub message: Text,
}

impl ScenarioError {
    /// The error as a text, said in the reader's language when it is shown.
    pub fn to_text(&self) -> Text {
        match self.step {
            Some(step) => text!("scenario-at-step", step = step, message = self.message.clone()),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step {
            Some(step) => text!("scenario-at-step", step = step, message = self.message.clone()).fmt(f),
            None => self.message.fmt(f),
        }
    }
}

impl std::error::Error for ScenarioError {}

fn error(step: Option<usize>, message: Text) -> ScenarioError {
    ScenarioError { step, message }
}

/// The largest number of seconds any time or duration of a scenario may be: a hundred years. Sums of a few of them
/// (a start plus a lifetime plus a leeway) stay far inside `i64`, so the engine's arithmetic can never overflow.
pub const MAX_SECONDS: i64 = 100 * 365 * 86_400;
/// The most extra uses the `count` grace kind may allow.
pub const MAX_GRACE_COUNT: u32 = 1_000_000;

const STEP_FIELDS: [&str; 12] =
    ["at", "actor", "do", "from", "what", "for", "token", "lose_response", "narration", "needs", "scope", "via"];

impl Scenario {
    /// A scenario from parts; fails where a scenario file with the same content would.
    pub fn new(
        name: impl Into<String>,
        description: Option<String>,
        config: Config,
        steps: Vec<Step>,
    ) -> Result<Scenario, ScenarioError> {
        config.check().map_err(|message| error(None, text!("scenario-config-message", message = message)))?;
        let scenario = Scenario { name: name.into(), description, config, steps };
        scenario.validate()?;
        Ok(scenario)
    }

    /// A scenario with no steps under the default config.
    pub fn empty(name: impl Into<String>) -> Scenario {
        Scenario { name: name.into(), description: None, config: Config::default(), steps: Vec::new() }
    }

    pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| error(None, text!("scenario-scenario-valid-json-e", e = e)))?;
        Scenario::from_value(&value)
    }

    pub fn from_value(value: &Value) -> Result<Scenario, ScenarioError> {
        let object = value.as_object().ok_or_else(|| error(None, text!("scenario-scenario-must-json-object")))?;
        let name = match object.get("name") {
            None => "untitled scenario".to_owned(),
            Some(Value::String(name)) => name.clone(),
            Some(_) => return Err(error(None, text!("scenario-name-must-string"))),
        };
        let description = match object.get("description") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(_) => return Err(error(None, text!("scenario-description-must-string"))),
        };
        let config = match object.get("config") {
            None | Some(Value::Null) => Config::default(),
            Some(config) => {
                serde_json::from_value(config.clone()).map_err(|e| error(None, text!("scenario-config-e", e = e)))?
            }
        };
        let steps = object
            .get("steps")
            .ok_or_else(|| error(None, text!("scenario-scenario-has-no-steps")))?
            .as_array()
            .ok_or_else(|| error(None, text!("scenario-steps-must-array")))?;
        let steps = steps
            .iter()
            .enumerate()
            .map(|(index, step)| parse_step(step).map_err(|message| error(Some(index + 1), message)))
            .collect::<Result<Vec<Step>, ScenarioError>>()?;
        Scenario::new(name, description, config, steps)
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Replaces the config, unless one of its numbers is out of range (then nothing changes).
    pub fn set_config(&mut self, config: Config) -> Result<(), ScenarioError> {
        config.check().map_err(|message| error(None, text!("scenario-config-message", message = message)))?;
        self.config = config;
        Ok(())
    }

    /// The same steps under another config.
    pub fn with_config(&self, config: Config) -> Result<Scenario, ScenarioError> {
        let mut scenario = self.clone();
        scenario.set_config(config)?;
        Ok(scenario)
    }

    /// Whole-scenario rules: steps in time order, and every `steal` naming another actor the scenario has.
    fn validate(&self) -> Result<(), ScenarioError> {
        let mut previous = 0;
        for (index, step) in self.steps.iter().enumerate() {
            check_at(step.at).map_err(|message| error(Some(index + 1), message))?;
            if step.at < previous {
                return Err(error(
                    Some(index + 1),
                    text!("scenario-at-comes-before-previous", at = step.at, previous = previous),
                ));
            }
            previous = step.at;
            if let Action::StoreOutage { seconds } = step.action {
                check_outage(seconds).map_err(|message| error(Some(index + 1), message))?;
            }
        }
        let actors: HashSet<&str> = self.steps.iter().map(|step| step.actor.as_str()).collect();
        for (index, step) in self.steps.iter().enumerate() {
            if let Action::Steal { from, .. } = &step.action {
                if !actors.contains(from.as_str()) {
                    return Err(error(Some(index + 1), text!("scenario-from-no-step-has", from = from)));
                }
                if *from == step.actor {
                    return Err(error(Some(index + 1), text!("scenario-actor-cannot-steal-from")));
                }
            }
            if let Some(via) = &step.via {
                if !actors.contains(via.as_str()) {
                    return Err(error(Some(index + 1), text!("scenario-via-no-step-has", via = via)));
                }
                if *via == step.actor {
                    return Err(error(Some(index + 1), text!("scenario-via-itself")));
                }
            }
        }
        Ok(())
    }

    /// Inserts `step` after the steps at or before its time; returns where it went. Refused (and nothing changes)
    /// when the scenario with it would not load from its file form.
    pub fn insert_step(&mut self, step: Step) -> Result<usize, ScenarioError> {
        let position = self.steps.partition_point(|existing| existing.at <= step.at);
        self.steps.insert(position, step);
        match self.validate() {
            Ok(()) => Ok(position),
            Err(problem) => {
                self.steps.remove(position);
                Err(problem)
            }
        }
    }

    /// Removes the step at `index`, unless that would leave the scenario unloadable (a `steal` from an actor with
    /// no other step).
    pub fn remove_step(&mut self, index: usize) -> Result<Step, ScenarioError> {
        if index >= self.steps.len() {
            return Err(error(Some(index + 1), text!("scenario-there-no-such-step")));
        }
        let step = self.steps.remove(index);
        match self.validate() {
            Ok(()) => Ok(step),
            Err(problem) => {
                self.steps.insert(index, step);
                Err(problem)
            }
        }
    }

    /// The scenario as a file again, with every config field written out.
    pub fn to_value(&self) -> Value {
        let mut object = Map::new();
        object.insert("name".into(), Value::String(self.name.clone()));
        if let Some(description) = &self.description {
            object.insert("description".into(), Value::String(description.clone()));
        }
        object.insert("config".into(), serde_json::to_value(&self.config).unwrap_or(Value::Null));
        object.insert("steps".into(), Value::Array(self.steps.iter().map(Step::to_value).collect()));
        Value::Object(object)
    }

    /// Exactly the compact JSON of `to_value`, written a piece at a time so that a long scenario is never built
    /// as one tree of values.
    pub fn write_compact(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        out.write_all(b"{\"name\":")?;
        serde_json::to_writer(&mut *out, &self.name)?;
        if let Some(description) = &self.description {
            out.write_all(b",\"description\":")?;
            serde_json::to_writer(&mut *out, description)?;
        }
        out.write_all(b",\"config\":")?;
        serde_json::to_writer(&mut *out, &self.config)?;
        out.write_all(b",\"steps\":[")?;
        for (index, step) in self.steps.iter().enumerate() {
            if index > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(&mut *out, &step.to_value())?;
        }
        out.write_all(b"]}")
    }

    /// The actors in order of first appearance.
    pub fn actors(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        self.steps.iter().filter(|step| seen.insert(step.actor.as_str())).map(|step| step.actor.clone()).collect()
    }
}

/// The longest scope a scenario may name, in bytes.
pub const MAX_SCOPE_LEN: usize = 256;

/// A scope as RFC 6749 section 3.3 writes it: scope tokens of visible ASCII (no `"` or `\\`) separated by spaces.
fn check_scope(field: &str, scope: &str) -> Result<(), Text> {
    let token_char = |c: char| c.is_ascii_graphic() && c != '"' && c != '\\';
    let well_formed = scope.len() <= MAX_SCOPE_LEN
        && !scope.is_empty()
        && scope.split(' ').all(|token| !token.is_empty() && token.chars().all(token_char));
    if well_formed { Ok(()) } else { Err(text!("scenario-scope-malformed", field = field, max = MAX_SCOPE_LEN)) }
}

fn check_at(at: i64) -> Result<(), Text> {
    if (0..=MAX_SECONDS).contains(&at) {
        Ok(())
    } else {
        Err(text!("scenario-at-must-whole-number", max = MAX_SECONDS, at = at))
    }
}

fn check_outage(seconds: i64) -> Result<(), Text> {
    if (1..=MAX_SECONDS).contains(&seconds) {
        Ok(())
    } else {
        Err(text!("scenario-must-from-1-max", max = MAX_SECONDS, seconds = seconds))
    }
}

/// A duration field of the config within 1 (or 0) and `MAX_SECONDS`.
fn check_seconds(field: &str, value: i64, least: i64) -> Result<(), Text> {
    if (least..=MAX_SECONDS).contains(&value) {
        Ok(())
    } else {
        Err(text!("scenario-field-must-from-least", field = field, least = least, max = MAX_SECONDS, value = value))
    }
}

impl Config {
    fn check(&self) -> Result<(), Text> {
        check_seconds("access_ttl", self.access_ttl, 1)?;
        if let Some(idle) = self.refresh_idle {
            check_seconds("refresh_idle", idle, 1)
                .map_err(|message| text!("scenario-message-null-means-no", message = message))?;
        }
        if let Some(absolute) = self.refresh_absolute {
            check_seconds("refresh_absolute", absolute, 1)
                .map_err(|message| text!("scenario-message-null-means-no-2", message = message))?;
        }
        check_seconds("grace.seconds", self.grace.seconds, 0)?;
        if self.grace.count > MAX_GRACE_COUNT {
            return Err(text!("scenario-grace-count-must-at", max = MAX_GRACE_COUNT, count = self.grace.count));
        }
        check_seconds("resource_server.leeway", self.resource_server.leeway, 0)?;
        let offset = self.resource_server.clock_offset;
        if !(-MAX_SECONDS..=MAX_SECONDS).contains(&offset) {
            return Err(text!("scenario-resource-server-clock-offset", max = MAX_SECONDS, offset = offset));
        }
        if !(400..=599).contains(&self.token_error_status) {
            return Err(text!("scenario-token-error-status-must"));
        }
        check_scope("scope", &self.scope)?;
        Ok(())
    }
}

impl Step {
    pub fn to_value(&self) -> Value {
        let mut object = Map::new();
        object.insert("at".into(), Value::from(self.at));
        object.insert("actor".into(), Value::String(self.actor.clone()));
        object.insert("do".into(), Value::String(self.action.kind().name().into()));
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
            object.insert("token".into(), Value::String(token.to_string()));
        }
        if self.lose_response {
            object.insert("lose_response".into(), Value::Bool(true));
        }
        for (name, value) in [("needs", &self.needs), ("scope", &self.scope), ("via", &self.via)] {
            if let Some(value) = value {
                object.insert(name.into(), Value::String(value.clone()));
            }
        }
        if let Some(narration) = &self.narration {
            object.insert("narration".into(), Value::String(narration.clone()));
        }
        Value::Object(object)
    }
}

/// A whole number of seconds from a JSON number, named `field` in the message when it is not one.
fn whole_seconds(value: &Value, field: &str) -> Result<i64, Text> {
    match value {
        Value::Number(number) => {
            number.as_i64().ok_or_else(|| text!("scenario-field-must-whole-number", field = field, number = number))
        }
        other => Err(text!("scenario-field-must-number-seconds", field = field, other = other)),
    }
}

fn parse_step(value: &Value) -> Result<Step, Text> {
    let object = value.as_object().ok_or_else(|| text!("scenario-step-must-json-object"))?;
    if let Some(unknown) = object.keys().find(|key| !STEP_FIELDS.contains(&key.as_str())) {
        return Err(text!("scenario-unknown-field-unknown-step", unknown = unknown, fields = STEP_FIELDS.join(", ")));
    }
    let at = whole_seconds(object.get("at").ok_or_else(|| text!("scenario-step-has-no-at"))?, "at")?;
    check_at(at)?;
    let actor = match object.get("actor") {
        Some(Value::String(actor)) if !actor.trim().is_empty() => actor.clone(),
        Some(Value::String(_)) => return Err(text!("scenario-actor-must-empty")),
        Some(other) => return Err(text!("scenario-actor-must-string-other", other = other)),
        None => return Err(text!("scenario-step-has-no-actor")),
    };
    let text = |name: &str| -> Result<Option<String>, Text> {
        match object.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(text!("scenario-name-must-string-other", name = name, other = other)),
        }
    };
    let action_name = text("do")?.ok_or_else(|| text!("scenario-step-has-no-do"))?;
    let kind = ActionKind::from_name(&action_name).ok_or_else(|| {
        let names: Vec<&str> = ActionKind::ALL.iter().map(|kind| kind.name()).collect();
        text!("scenario-unknown-action-action-name", action_name = &action_name, names = names.join(", "))
    })?;
    let action = match kind {
        ActionKind::Steal => {
            let from = text("from")?.ok_or_else(|| text!("scenario-steal-needs-from-actor"))?;
            let what = match text("what")?.as_deref() {
                Some("access") => Loot::Access,
                Some("refresh") => Loot::Refresh,
                Some("both") | None => Loot::Both,
                Some("key") => Loot::Key,
                Some("client_secret") => Loot::ClientSecret,
                Some(other) => return Err(text!("scenario-what-must-access-refresh", other = other)),
            };
            Action::Steal { from, what }
        }
        ActionKind::StoreOutage => {
            let value = object.get("for").ok_or_else(|| text!("scenario-store-outage-needs-how"))?;
            let seconds = whole_seconds(value, "for")?;
            check_outage(seconds)?;
            Action::StoreOutage { seconds }
        }
        other => {
            Action::plain(other).ok_or_else(|| text!("scenario-action-name-needs-more", action_name = &action_name))?
        }
    };
    let lose_response = match object.get("lose_response") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(lose)) => *lose,
        Some(other) => return Err(text!("scenario-lose-response-must-true", other = other)),
    };
    if lose_response && !matches!(action, Action::Refresh | Action::Login | Action::Extend) {
        return Err(text!("scenario-lose-response-applies-request", action_name = &action_name));
    }
    let token = match text("token")? {
        None => None,
        Some(label) => {
            let Some(wanted) = kind.presents() else {
                return Err(text!("scenario-token-does-apply-action", action_name = &action_name));
            };
            match TokenId::parse(&label).filter(|token| token.kind == wanted) {
                Some(token) => Some(token),
                None => {
                    let prefix = if wanted == TokenKind::Access { "AT" } else { "RT" };
                    return Err(text!("scenario-token-must-name-prefix", prefix = prefix, label = label));
                }
            }
        }
    };
    if object.contains_key("from") && !matches!(action, Action::Steal { .. }) {
        return Err(text!("scenario-from-applies-steal-action", action_name = &action_name));
    }
    let needs = text("needs")?;
    let scope = text("scope")?;
    let via = text("via")?;
    if (needs.is_some() || via.is_some()) && kind != ActionKind::Call {
        return Err(text!("scenario-needs-via-apply-call", action_name = &action_name));
    }
    if scope.is_some() && kind != ActionKind::Refresh {
        return Err(text!("scenario-scope-applies-refresh", action_name = &action_name));
    }
    if let Some(needs) = &needs {
        check_scope("needs", needs)?;
    }
    if let Some(scope) = &scope {
        check_scope("scope", scope)?;
    }
    if via.is_some() && token.is_some() {
        return Err(text!("scenario-via-uses-victim-token"));
    }
    Ok(Step { at, actor, action, token, lose_response, narration: text("narration")?, needs, scope, via })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compact_form_is_the_file_form_written_without_spaces() {
        for preset in crate::sim::presets::ALL {
            let scenario = preset.scenario().unwrap();
            let mut written = Vec::new();
            scenario.write_compact(&mut written).unwrap();
            assert_eq!(String::from_utf8(written).unwrap(), scenario.to_value().to_string(), "{}", preset.name);
        }
    }

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
                .to_string()
                .contains("acces_ttl")
        );
        assert!(
            Scenario::from_json("{").unwrap_err().message.to_string().starts_with("the scenario is not valid JSON")
        );
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

    fn steps_json(steps: &str) -> String {
        format!(r#"{{"steps": [{{"at": 0, "actor": "c", "do": "login"}}, {steps}]}}"#)
    }

    #[test]
    fn numbers_past_a_hundred_years_are_refused_naming_the_field() {
        let huge = i64::MAX;
        for (config, field) in [
            (format!(r#"{{"access_ttl": {huge}}}"#), "access_ttl"),
            (format!(r#"{{"refresh_idle": {huge}}}"#), "refresh_idle"),
            (format!(r#"{{"refresh_absolute": {huge}}}"#), "refresh_absolute"),
            (format!(r#"{{"grace": {{"kind": "previous_valid_for", "seconds": {huge}}}}}"#), "grace.seconds"),
            (r#"{"grace": {"kind": "count", "count": 4294967295}}"#.to_owned(), "grace.count"),
            (format!(r#"{{"resource_server": {{"leeway": {huge}}}}}"#), "resource_server.leeway"),
            (format!(r#"{{"resource_server": {{"clock_offset": -{huge}}}}}"#), "resource_server.clock_offset"),
        ] {
            let text = format!(r#"{{"config": {config}, "steps": []}}"#);
            let problem = Scenario::from_json(&text).unwrap_err();
            assert!(problem.message.to_string().starts_with(&format!("config: {field} must be")), "{field}: {problem}");
        }
        let late = Scenario::from_json(&steps_json(&format!(r#"{{"at": {huge}, "actor": "c", "do": "call"}}"#)));
        assert_eq!(late.unwrap_err().step, Some(2));
        let outage = Scenario::from_json(&steps_json(&format!(
            r#"{{"at": 1, "actor": "c", "do": "store_outage", "for": {huge}}}"#
        )))
        .unwrap_err();
        assert_eq!(
            outage.to_string(),
            format!("step 2: \"for\" must be from 1 to {MAX_SECONDS} seconds (100 years), not {huge}")
        );
    }

    #[test]
    fn a_step_the_file_form_would_refuse_is_not_inserted_and_a_victim_is_not_removed() {
        let mut scenario =
            Scenario::from_json(&steps_json(r#"{"at": 5, "actor": "m", "do": "steal", "from": "c", "what": "both"}"#))
                .unwrap();
        let thief = Step::new(3, "m", Action::Steal { from: "m".into(), what: Loot::Both });
        assert_eq!(scenario.insert_step(thief).unwrap_err().message, "an actor cannot steal from itself");
        assert_eq!(scenario.steps().len(), 2);
        assert!(scenario.remove_step(0).is_err(), "the steal needs c's step");
        assert_eq!(scenario.insert_step(Step::new(3, "c", Action::Call)), Ok(1));
        assert!(scenario.remove_step(0).is_ok(), "c still has a step");
        let text = scenario.to_value().to_string();
        assert_eq!(Scenario::from_json(&text).unwrap(), scenario);
    }
}
