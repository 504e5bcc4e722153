//! The access/refresh timeline simulation of SIMULATION.md: a deterministic discrete-event engine on a virtual
//! clock. A `Scenario` (config and steps) is run against an authorization server, a resource server and a token
//! store, and yields a `Timeline` (one event per step, every token issued, the store's history and a summary).
//! No clock, no disk, no egui: the shells load the scenario and show the result.

mod exchange;
pub mod ids;
pub mod lanes;
pub mod outcome;
pub mod presets;
pub mod resource;
pub mod scenario;
mod server;
pub mod store;
pub mod timeline;
pub mod tokens;
pub mod wire;
mod world;

pub use outcome::status_message;
pub use scenario::{Action, ActionKind, Config, Scenario, ScenarioError, Step};
pub use timeline::{Event, Summary, Timeline, run};
