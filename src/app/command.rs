//! The one way panels talk to the window: each panel's `ui` returns `Command`s, and the app applies them after the
//! frame, as egui's own demo app does. A panel changes its own state directly; anything that reaches past it (to
//! another tab, a file dialog, the clipboard notice of another panel) is a command.

use super::launch::Tab;
use super::timeline::FileAction;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Put this text in the token editor and show the Inspect tab.
    LoadToken(String),
    /// Load a sample of the Examples menu, with the key that checks it.
    LoadSample(String),
    /// Ask for a token file (Ctrl+O, "Open…").
    OpenTokenFile,
    /// Ask for a key file to put in the key box.
    OpenKeyFile,
    ShowTab(Tab),
    /// Bring the inspected token into the Encode tab and show it.
    EditInEncoder,
    /// Open a token of the timeline in the inspector, with the scenario's secret, evaluated at the simulated time.
    InspectSimulated {
        jwt: String,
        secret: String,
        unix_time: i64,
    },
    /// A file dialog of the Timeline tab (open or save a scenario, export).
    Timeline(FileAction),
}
