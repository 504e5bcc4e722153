//! What the registered JOSE header parameters and JWT claims mean, with the document that defines each:
//! RFC 7519's registered claims, the OpenID Connect and other IANA-registered claims, and the header
//! parameters of RFC 7515, 7516, 7518 and 7797. Used to explain a token line by line.

use crate::i18n::Text;

/// One registered name: where it is defined; its title and meaning in a line are in the message catalogues, as
/// `claim-<name>-title` and `claim-<name>-meaning` (`header-...` for header parameters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub name: &'static str,
    pub reference: &'static str,
    prefix: &'static str,
}

const fn claim(name: &'static str, reference: &'static str) -> Entry {
    Entry { name, reference, prefix: "claim" }
}

const fn header(name: &'static str, reference: &'static str) -> Entry {
    Entry { name, reference, prefix: "header" }
}

impl Entry {
    /// "Expiration Time"
    pub fn title(&self) -> Text {
        Text::named(format!("{}-{}-title", self.prefix, message_id(self.name)))
    }

    /// "the token must not be accepted on or after this time"
    pub fn meaning(&self) -> Text {
        Text::named(format!("{}-{}-meaning", self.prefix, message_id(self.name)))
    }
}

/// A name as it appears in a message id: letters and digits, the rest dashes (`x5t#S256` is `x5t-s256`).
fn message_id(name: &str) -> String {
    let mut id = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_matches('-').to_owned()
}

/// RFC 7519 section 4.1: the registered claim names.
pub const REGISTERED_CLAIMS: &[Entry] = &[
    claim("iss", "RFC 7519 section 4.1.1"),
    claim("sub", "RFC 7519 section 4.1.2"),
    claim("aud", "RFC 7519 section 4.1.3"),
    claim("exp", "RFC 7519 section 4.1.4"),
    claim("nbf", "RFC 7519 section 4.1.5"),
    claim("iat", "RFC 7519 section 4.1.6"),
    claim("jti", "RFC 7519 section 4.1.7"),
];

/// Other claim names registered with IANA (OpenID Connect Core 1.0 section 5.1 and 2, RFC 8693, RFC 9068, RFC 7800).
pub const PUBLIC_CLAIMS: &[Entry] = &[
    claim("name", "OpenID Connect Core 1.0 section 5.1"),
    claim("given_name", "OpenID Connect Core 1.0 section 5.1"),
    claim("family_name", "OpenID Connect Core 1.0 section 5.1"),
    claim("middle_name", "OpenID Connect Core 1.0 section 5.1"),
    claim("nickname", "OpenID Connect Core 1.0 section 5.1"),
    claim("preferred_username", "OpenID Connect Core 1.0 section 5.1"),
    claim("profile", "OpenID Connect Core 1.0 section 5.1"),
    claim("picture", "OpenID Connect Core 1.0 section 5.1"),
    claim("website", "OpenID Connect Core 1.0 section 5.1"),
    claim("email", "OpenID Connect Core 1.0 section 5.1"),
    claim("email_verified", "OpenID Connect Core 1.0 section 5.1"),
    claim("gender", "OpenID Connect Core 1.0 section 5.1"),
    claim("birthdate", "OpenID Connect Core 1.0 section 5.1"),
    claim("zoneinfo", "OpenID Connect Core 1.0 section 5.1"),
    claim("locale", "OpenID Connect Core 1.0 section 5.1"),
    claim("phone_number", "OpenID Connect Core 1.0 section 5.1"),
    claim("phone_number_verified", "OpenID Connect Core 1.0 section 5.1"),
    claim("address", "OpenID Connect Core 1.0 section 5.1"),
    claim("updated_at", "OpenID Connect Core 1.0 section 5.1"),
    claim("auth_time", "OpenID Connect Core 1.0 section 2"),
    claim("nonce", "OpenID Connect Core 1.0 section 2"),
    claim("acr", "OpenID Connect Core 1.0 section 2"),
    claim("amr", "OpenID Connect Core 1.0 section 2"),
    claim("azp", "OpenID Connect Core 1.0 section 2"),
    claim("at_hash", "OpenID Connect Core 1.0 section 3.1.3.6"),
    claim("c_hash", "OpenID Connect Core 1.0 section 3.3.2.11"),
    claim("sid", "OpenID Connect Front-Channel Logout 1.0"),
    claim("scope", "RFC 8693 section 4.2"),
    claim("client_id", "RFC 8693 section 4.3"),
    claim("act", "RFC 8693 section 4.1"),
    claim("may_act", "RFC 8693 section 4.4"),
    claim("cnf", "RFC 7800 section 3.1"),
    claim("roles", "RFC 7643 section 4.1.2, RFC 9068 section 2.2.3.1"),
    claim("groups", "RFC 7643 section 4.1.2, RFC 9068 section 2.2.3.1"),
    claim("entitlements", "RFC 7643 section 4.1.2, RFC 9068 section 2.2.3.1"),
    claim("events", "RFC 8417 section 2.2"),
    claim("toe", "RFC 8417 section 2.2"),
    claim("txn", "RFC 8417 section 2.2"),
    claim("htm", "RFC 9449 section 4.2"),
    claim("htu", "RFC 9449 section 4.2"),
    claim("ath", "RFC 9449 section 4.2"),
    claim("_sd", "RFC 9901 section 4.2.4.1"),
    claim("_sd_alg", "RFC 9901 section 4.1.1"),
    claim("sd_hash", "RFC 9901 section 4.3"),
    claim("vct", "SD-JWT VC section 3.2.2.1"),
    claim("status", "SD-JWT VC section 3.2.2.2, Token Status List"),
];

/// JOSE header parameters (RFC 7515 section 4.1, RFC 7516 section 4.1, RFC 7518 section 4, RFC 7797).
pub const HEADER_PARAMETERS: &[Entry] = &[
    header("alg", "RFC 7515 section 4.1.1"),
    header("jku", "RFC 7515 section 4.1.2"),
    header("jwk", "RFC 7515 section 4.1.3"),
    header("kid", "RFC 7515 section 4.1.4"),
    header("x5u", "RFC 7515 section 4.1.5"),
    header("x5c", "RFC 7515 section 4.1.6"),
    header("x5t", "RFC 7515 section 4.1.7"),
    header("x5t#S256", "RFC 7515 section 4.1.8"),
    header("typ", "RFC 7515 section 4.1.9"),
    header("cty", "RFC 7515 section 4.1.10"),
    header("crit", "RFC 7515 section 4.1.11"),
    header("enc", "RFC 7516 section 4.1.2"),
    header("zip", "RFC 7516 section 4.1.3"),
    header("epk", "RFC 7518 section 4.6.1.1"),
    header("apu", "RFC 7518 section 4.6.1.2"),
    header("apv", "RFC 7518 section 4.6.1.3"),
    header("iv", "RFC 7518 section 4.7.1.1"),
    header("tag", "RFC 7518 section 4.7.1.2"),
    header("p2s", "RFC 7518 section 4.8.1.1"),
    header("p2c", "RFC 7518 section 4.8.1.2"),
    header("b64", "RFC 7797 section 3"),
];

pub fn claim_entry(name: &str) -> Option<&'static Entry> {
    REGISTERED_CLAIMS.iter().chain(PUBLIC_CLAIMS).find(|entry| entry.name == name)
}

pub fn header_parameter(name: &str) -> Option<&'static Entry> {
    HEADER_PARAMETERS.iter().find(|entry| entry.name == name)
}

/// Whether a claim name is one of RFC 7519's seven.
pub fn is_registered_claim(name: &str) -> bool {
    REGISTERED_CLAIMS.iter().any(|entry| entry.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registered_claim_of_rfc_7519_is_known() {
        for name in ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"] {
            assert!(is_registered_claim(name), "{name}");
            assert!(claim_entry(name).unwrap().reference.starts_with("RFC 7519"));
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = REGISTERED_CLAIMS.iter().chain(PUBLIC_CLAIMS).map(|entry| entry.name).collect();
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
    }

    #[test]
    fn header_parameters_of_rfc_7515_are_known() {
        for name in ["alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit"] {
            assert!(header_parameter(name).unwrap().reference.starts_with("RFC 7515"), "{name}");
        }
    }
}
