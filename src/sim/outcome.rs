//! What a step comes to: the HTTP status, the OAuth error code, what the authorization server did, and the
//! one-line account for a learner. The codes are enums whose snake_case names are the JSON of SIMULATION.md, so a
//! misspelt code cannot compile and the timeline's JSON stays byte for byte what scripts match.

use super::ids::{FamilyId, TokenId};
use crate::i18n::Text;
use serde::Serialize;
use std::fmt;

/// The `error` of an event: RFC 6749 section 5.2 and RFC 6750 section 3 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OAuthError {
    InvalidRequest,
    InvalidGrant,
    InvalidToken,
    ServerError,
    /// A refresh asked for more than the family's grant (RFC 6749 section 6).
    InvalidScope,
    /// An access token without the scope the request needs (RFC 6750 section 3.1).
    InsufficientScope,
    /// A confidential client's token request without its credentials (RFC 6749 section 5.2).
    InvalidClient,
}

impl OAuthError {
    pub fn as_str(self) -> &'static str {
        match self {
            OAuthError::InvalidRequest => "invalid_request",
            OAuthError::InvalidGrant => "invalid_grant",
            OAuthError::InvalidToken => "invalid_token",
            OAuthError::ServerError => "server_error",
            OAuthError::InvalidScope => "invalid_scope",
            OAuthError::InsufficientScope => "insufficient_scope",
            OAuthError::InvalidClient => "invalid_client",
        }
    }
}

impl fmt::Display for OAuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the authorization server (or the store) did during a step: the event's `server` list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServerAction {
    FamilyStarted,
    Rotated,
    AccessIssued,
    GraceAccepted,
    Branched,
    ReuseDetected,
    FamilyRevoked,
    AccessDeactivated,
    AccessExtended,
    Denylisted,
    FamiliesRevoked,
    StoreDown,
    /// A request needed the store while it was down.
    StoreUnavailable,
    /// A bound refresh token presented without proof of its key: refused and logged, not counted as reuse.
    BindingMismatch,
    /// A sliding session's accepted call handed out a fresh access token.
    AccessSlid,
}

impl ServerAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ServerAction::FamilyStarted => "family_started",
            ServerAction::Rotated => "rotated",
            ServerAction::AccessIssued => "access_issued",
            ServerAction::GraceAccepted => "grace_accepted",
            ServerAction::Branched => "branched",
            ServerAction::ReuseDetected => "reuse_detected",
            ServerAction::FamilyRevoked => "family_revoked",
            ServerAction::AccessDeactivated => "access_deactivated",
            ServerAction::AccessExtended => "access_extended",
            ServerAction::Denylisted => "denylisted",
            ServerAction::FamiliesRevoked => "families_revoked",
            ServerAction::StoreDown => "store_down",
            ServerAction::StoreUnavailable => "store_unavailable",
            ServerAction::BindingMismatch => "binding_mismatch",
            ServerAction::AccessSlid => "access_slid",
        }
    }

    /// The action as the log's server column says it ("rotated", "reuse detected").
    pub fn label(self) -> Text {
        Text::named(format!("action-{}", self.as_str().replace('_', "-")))
    }
}

/// What the refresh API of the seed article answers with each status, in words: its status table.
pub fn status_message(status: u16) -> Option<Text> {
    Some(Text::new(match status {
        200 => "status-200",
        400 => "status-400",
        401 => "status-401",
        403 => "status-403",
        500 => "status-500",
        _ => return None,
    }))
}

/// Why a family was revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevocationReason {
    ReuseDetected,
    Logout,
    PasswordChange,
}

impl RevocationReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RevocationReason::ReuseDetected => "reuse_detected",
            RevocationReason::Logout => "logout",
            RevocationReason::PasswordChange => "password_change",
        }
    }
}

/// What one request (or request-less step) came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub status: Option<u16>,
    pub error: Option<OAuthError>,
    pub www_authenticate: Option<String>,
    pub presented: Option<TokenId>,
    pub issued: Vec<TokenId>,
    pub family: Option<FamilyId>,
    pub server: Vec<ServerAction>,
    pub message: Text,
    /// Refused because the request could not prove the key the token is bound to.
    pub key_missing: bool,
}

impl Outcome {
    /// A step that sends no request.
    pub fn quiet(message: Text) -> Outcome {
        Outcome {
            status: None,
            error: None,
            www_authenticate: None,
            presented: None,
            issued: Vec::new(),
            family: None,
            server: Vec::new(),
            message,
            key_missing: false,
        }
    }

    pub fn ok(message: Text) -> Outcome {
        Outcome { status: Some(200), ..Outcome::quiet(message) }
    }

    pub fn fail(status: u16, error: OAuthError, message: Text) -> Outcome {
        Outcome { status: Some(status), error: Some(error), ..Outcome::quiet(message) }
    }

    pub fn presenting(mut self, token: Option<TokenId>) -> Outcome {
        self.presented = token;
        self
    }

    pub fn in_family(mut self, family: Option<FamilyId>) -> Outcome {
        self.family = family;
        self
    }
}
