//! The HTTP exchange of each step: the request an actor sends (made before the servers act, from what the actor
//! holds) and the response the servers answer (made from the outcome), in the shapes of `wire.rs`. Steps that send
//! nothing (`steal`, `store_outage`) have neither.

use super::outcome::{OAuthError, Outcome, status_message};
use super::scenario::{Action, ClientAuth, SenderConstraint, Step, Wire};
use super::tokens::TokenKind;
use super::wire::{self, Body, Granted, Headers, Request, Response};
use super::world::World;

const FORM: &str = "application/x-www-form-urlencoded";

/// Who sends a request and with what: the actor whose tokens and key it uses, and its credentials.
pub struct Sender<'a> {
    /// Whose key the request proves.
    pub prover: &'a str,
    /// The token the request presents, as an index into the world's tokens.
    pub token: Option<usize>,
    /// A label never issued, sent as it is.
    pub unknown: Option<super::ids::TokenId>,
    pub credentials: bool,
    pub step: usize,
}

impl World {
    fn token_string(&self, sender: &Sender<'_>) -> String {
        wire::token_text(sender.token.map(|token| self.tokens[token].jwt.as_str()), sender.unknown)
    }

    /// Adds the proof of the sender's key: a DPoP header, or the TLS client certificate of the connection.
    fn prove(&mut self, request: &mut Request, sender: &Sender<'_>, at: i64, access_token: Option<&str>) {
        match self.config.sender_constraint {
            SenderConstraint::None => {}
            SenderConstraint::Mtls => {
                request.client_certificate = Some(self.actor_key(sender.prover).thumbprint.clone());
            }
            SenderConstraint::Dpop => {
                let jti = wire::proof_id(self.secret(), sender.step, sender.prover);
                let url = request.url();
                let method = request.method;
                if let Some(proof) = self.actor_key(sender.prover).proof(method, &url, at, &jti, access_token) {
                    request.headers.add("DPoP", proof);
                }
            }
        }
    }

    fn client_authentication(&self, headers: &mut Headers, sender: &Sender<'_>) {
        if self.config.client_auth == ClientAuth::Secret && sender.credentials {
            headers.add("Authorization", wire::basic_credentials(self.client_id(), &self.client_secret()));
        }
    }

    /// The request `step` sends, or `None` for a step that sends nothing.
    pub fn request(&mut self, step: &Step, sender: &Sender<'_>) -> Option<Request> {
        let at = step.at;
        let form = |body: String| Some(Body::Text(body));
        let mut headers = Headers::default();
        let request = match &step.action {
            Action::Steal { .. } | Action::StoreOutage { .. } => return None,
            Action::Login => {
                headers.add("Content-Type", FORM);
                let body = format!("username={}&password=********", wire::form_value(step.actor.as_str()));
                Request { method: "POST", path: "/login", headers, body: form(body), client_certificate: None }
            }
            Action::Refresh => {
                let presents = sender.token.is_some() || sender.unknown.is_some();
                let token = self.token_string(sender);
                self.client_authentication(&mut headers, sender);
                let (path, body) = match self.config.wire {
                    Wire::Oauth => {
                        headers.add("Content-Type", FORM);
                        // A client with no refresh token sends the grant without one (and gets invalid_request).
                        let mut body = "grant_type=refresh_token".to_owned();
                        if presents {
                            body.push_str(&format!("&refresh_token={}", wire::form_value(&token)));
                        }
                        if let Some(scope) = &step.scope {
                            body.push_str(&format!("&scope={}", wire::form_value(scope)));
                        }
                        (wire::TOKEN_PATH, body)
                    }
                    Wire::JsonApi => {
                        headers.add("Content-Type", "application/json");
                        let mut object = serde_json::Map::new();
                        if presents {
                            object.insert("refreshToken".into(), token.into());
                        }
                        if let Some(scope) = &step.scope {
                            object.insert("scope".into(), scope.as_str().into());
                        }
                        ("/auth/refresh", serde_json::Value::Object(object).to_string())
                    }
                };
                Request { method: "POST", path, headers, body: form(body), client_certificate: None }
            }
            Action::Call => {
                if sender.token.is_some() || sender.unknown.is_some() {
                    let token = self.token_string(sender);
                    let dpop = self.config.sender_constraint == SenderConstraint::Dpop;
                    headers.add("Authorization", format!("{} {token}", wire::scheme(dpop)));
                }
                Request { method: "GET", path: wire::RESOURCE_PATH, headers, body: None, client_certificate: None }
            }
            Action::Extend => {
                if sender.token.is_some() || sender.unknown.is_some() {
                    headers.add("Authorization", format!("Bearer {}", self.token_string(sender)));
                }
                Request { method: "POST", path: "/extend", headers, body: None, client_certificate: None }
            }
            Action::Logout | Action::Deny => {
                let hint = match sender.token.map(|token| self.tokens[token].kind) {
                    Some(TokenKind::Access) => "access_token",
                    Some(TokenKind::Refresh) => "refresh_token",
                    None if matches!(step.action, Action::Deny) => "access_token",
                    None => "refresh_token",
                };
                self.client_authentication(&mut headers, sender);
                headers.add("Content-Type", FORM);
                let body = wire::revoke_body(&self.token_string(sender), hint);
                Request { method: "POST", path: "/revoke", headers, body, client_certificate: None }
            }
            Action::PasswordChange => {
                headers.add("Content-Type", FORM);
                let body = "current_password=********&new_password=********".to_owned();
                Request { method: "POST", path: "/password", headers, body: form(body), client_certificate: None }
            }
        };
        let mut request = request;
        let proves = matches!(step.action, Action::Login | Action::Refresh | Action::Call);
        if proves {
            let access = match step.action {
                Action::Call => sender.token.map(|token| self.tokens[token].jwt.clone()),
                _ => None,
            };
            self.prove(&mut request, sender, at, access.as_deref());
        }
        Some(request)
    }

    /// The response to `step`'s request, from what the servers decided.
    pub fn response(&self, step: &Step, outcome: &Outcome) -> Option<Response> {
        let status = outcome.status?;
        let wire_kind = self.config.wire;
        let message = || status_message(status);
        let granted = || {
            let mut granted = Granted { access: None, refresh: None, bound: false };
            for label in &outcome.issued {
                let Some(token) = self.labels.get(label).map(|index| &self.tokens[*index]) else { continue };
                match token.kind {
                    TokenKind::Access => {
                        let expires_in = token.expires_at.map_or(0, |exp| exp - step.at);
                        granted.access = Some((token.jwt.as_str(), expires_in, token.scope.as_deref().unwrap_or("")));
                        granted.bound =
                            token.bound_to.is_some() && self.config.sender_constraint == SenderConstraint::Dpop;
                    }
                    TokenKind::Refresh => granted.refresh = Some(token.jwt.as_str()),
                }
            }
            granted
        };
        let response = match &step.action {
            Action::Steal { .. } | Action::StoreOutage { .. } => return None,
            Action::Login | Action::Extend | Action::Refresh => {
                let seed_api = matches!(step.action, Action::Refresh);
                wire::token_response(wire_kind, seed_api, status, outcome.error, message(), &granted())
            }
            Action::Call => {
                let mut headers = Headers::default();
                if let Some(challenge) = &outcome.www_authenticate {
                    headers.add("WWW-Authenticate", challenge.clone());
                }
                let body = match outcome.error {
                    None => {
                        headers.add("Content-Type", "application/json");
                        let mut object = serde_json::Map::new();
                        object.insert("data".into(), format!("the resource, for {}", self.token_user(outcome)).into());
                        if let Some((access, expires_in, _)) = granted().access {
                            let (token, lifetime) = match wire_kind {
                                Wire::Oauth => ("access_token", "expires_in"),
                                Wire::JsonApi => ("accessToken", "expiresIn"),
                            };
                            object.insert(token.into(), access.into());
                            object.insert(lifetime.into(), expires_in.into());
                        }
                        Some(Body::Text(serde_json::Value::Object(object).to_string()))
                    }
                    Some(_) if wire_kind == Wire::JsonApi => {
                        headers.add("Content-Type", "application/json");
                        wire::error_body(
                            wire_kind,
                            status,
                            outcome.error.unwrap_or(OAuthError::InvalidToken),
                            message(),
                        )
                    }
                    Some(_) => None,
                };
                Response { status, headers, body }
            }
            Action::Logout | Action::Deny | Action::PasswordChange => {
                let mut headers = Headers::default();
                let body = match outcome.error {
                    None => None,
                    Some(error) => {
                        headers.add("Content-Type", "application/json");
                        wire::error_body(wire_kind, status, error, message())
                    }
                };
                Response { status, headers, body }
            }
        };
        Some(response)
    }

    fn token_user(&self, outcome: &Outcome) -> String {
        outcome
            .presented
            .and_then(|label| self.labels.get(&label))
            .map_or_else(String::new, |index| self.tokens[*index].user.clone())
    }
}
