//! What the registered JOSE header parameters and JWT claims mean, with the document that defines each:
//! RFC 7519's registered claims, the OpenID Connect and other IANA-registered claims, and the header
//! parameters of RFC 7515, 7516, 7518 and 7797. Used to explain a token line by line.

/// One registered name: its meaning in a line and where it is defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub name: &'static str,
    pub title: &'static str,
    pub meaning: &'static str,
    pub reference: &'static str,
}

const fn entry(name: &'static str, title: &'static str, meaning: &'static str, reference: &'static str) -> Entry {
    Entry { name, title, meaning, reference }
}

/// RFC 7519 section 4.1: the registered claim names.
pub const REGISTERED_CLAIMS: &[Entry] = &[
    entry("iss", "Issuer", "who issued the token", "RFC 7519 section 4.1.1"),
    entry("sub", "Subject", "whom the token is about, usually a user id", "RFC 7519 section 4.1.2"),
    entry("aud", "Audience", "the recipients the token is meant for; others must reject it", "RFC 7519 section 4.1.3"),
    entry("exp", "Expiration Time", "the token must not be accepted on or after this time", "RFC 7519 section 4.1.4"),
    entry("nbf", "Not Before", "the token must not be accepted before this time", "RFC 7519 section 4.1.5"),
    entry("iat", "Issued At", "when the token was issued", "RFC 7519 section 4.1.6"),
    entry(
        "jti",
        "JWT ID",
        "a unique id for the token, used to stop replays and to revoke it",
        "RFC 7519 section 4.1.7",
    ),
];

/// Other claim names registered with IANA (OpenID Connect Core 1.0 section 5.1 and 2, RFC 8693, RFC 9068, RFC 7800).
pub const PUBLIC_CLAIMS: &[Entry] = &[
    entry("name", "Full name", "the user's full name", "OpenID Connect Core 1.0 section 5.1"),
    entry("given_name", "Given name", "the user's given (first) name", "OpenID Connect Core 1.0 section 5.1"),
    entry("family_name", "Family name", "the user's surname", "OpenID Connect Core 1.0 section 5.1"),
    entry("middle_name", "Middle name", "the user's middle name", "OpenID Connect Core 1.0 section 5.1"),
    entry("nickname", "Nickname", "a casual name of the user", "OpenID Connect Core 1.0 section 5.1"),
    entry(
        "preferred_username",
        "Preferred username",
        "the name the user wants to be shown",
        "OpenID Connect Core 1.0 section 5.1",
    ),
    entry("profile", "Profile URL", "the user's profile page", "OpenID Connect Core 1.0 section 5.1"),
    entry("picture", "Picture URL", "the user's profile picture", "OpenID Connect Core 1.0 section 5.1"),
    entry("website", "Website", "the user's web page or blog", "OpenID Connect Core 1.0 section 5.1"),
    entry("email", "E-mail", "the user's preferred e-mail address", "OpenID Connect Core 1.0 section 5.1"),
    entry(
        "email_verified",
        "E-mail verified",
        "whether the e-mail address was verified",
        "OpenID Connect Core 1.0 section 5.1",
    ),
    entry("gender", "Gender", "the user's gender", "OpenID Connect Core 1.0 section 5.1"),
    entry("birthdate", "Birthdate", "the user's birthday", "OpenID Connect Core 1.0 section 5.1"),
    entry("zoneinfo", "Time zone", "the user's time zone", "OpenID Connect Core 1.0 section 5.1"),
    entry("locale", "Locale", "the user's locale", "OpenID Connect Core 1.0 section 5.1"),
    entry(
        "phone_number",
        "Phone number",
        "the user's preferred telephone number",
        "OpenID Connect Core 1.0 section 5.1",
    ),
    entry(
        "phone_number_verified",
        "Phone verified",
        "whether the phone number was verified",
        "OpenID Connect Core 1.0 section 5.1",
    ),
    entry("address", "Address", "the user's postal address", "OpenID Connect Core 1.0 section 5.1"),
    entry(
        "updated_at",
        "Updated at",
        "when the user's information was last updated",
        "OpenID Connect Core 1.0 section 5.1",
    ),
    entry("auth_time", "Authentication time", "when the user authenticated", "OpenID Connect Core 1.0 section 2"),
    entry(
        "nonce",
        "Nonce",
        "ties an ID token to the client's authentication request",
        "OpenID Connect Core 1.0 section 2",
    ),
    entry(
        "acr",
        "Authentication context",
        "how strongly the user was authenticated",
        "OpenID Connect Core 1.0 section 2",
    ),
    entry(
        "amr",
        "Authentication methods",
        "the methods used to authenticate the user",
        "OpenID Connect Core 1.0 section 2",
    ),
    entry("azp", "Authorized party", "the client the ID token was issued to", "OpenID Connect Core 1.0 section 2"),
    entry(
        "at_hash",
        "Access token hash",
        "binds an ID token to an access token",
        "OpenID Connect Core 1.0 section 3.1.3.6",
    ),
    entry(
        "c_hash",
        "Code hash",
        "binds an ID token to an authorization code",
        "OpenID Connect Core 1.0 section 3.3.2.11",
    ),
    entry("sid", "Session ID", "the user's session at the issuer", "OpenID Connect Front-Channel Logout 1.0"),
    entry("scope", "Scope", "the permissions the token grants, space separated", "RFC 8693 section 4.2"),
    entry("client_id", "Client ID", "the OAuth client the token was issued to", "RFC 8693 section 4.3"),
    entry("act", "Actor", "who acts on behalf of the subject (delegation)", "RFC 8693 section 4.1"),
    entry("may_act", "May act", "who is allowed to act on behalf of the subject", "RFC 8693 section 4.4"),
    entry("cnf", "Confirmation", "the key the holder must prove possession of", "RFC 7800 section 3.1"),
    entry("roles", "Roles", "the roles of the subject", "RFC 7643 section 4.1.2, RFC 9068 section 2.2.3.1"),
    entry("groups", "Groups", "the groups the subject belongs to", "RFC 7643 section 4.1.2, RFC 9068 section 2.2.3.1"),
    entry(
        "entitlements",
        "Entitlements",
        "the entitlements of the subject",
        "RFC 7643 section 4.1.2, RFC 9068 section 2.2.3.1",
    ),
    entry("events", "Security events", "the events a security event token reports", "RFC 8417 section 2.2"),
    entry("toe", "Time of event", "when the reported event happened", "RFC 8417 section 2.2"),
    entry("txn", "Transaction", "an id for the transaction the token belongs to", "RFC 8417 section 2.2"),
];

/// JOSE header parameters (RFC 7515 section 4.1, RFC 7516 section 4.1, RFC 7518 section 4, RFC 7797).
pub const HEADER_PARAMETERS: &[Entry] = &[
    entry("alg", "Algorithm", "the algorithm that signs (or encrypts the key of) the token", "RFC 7515 section 4.1.1"),
    entry(
        "jku",
        "JWK Set URL",
        "a URL of keys; a verifier that fetches it lets the sender pick the key",
        "RFC 7515 section 4.1.2",
    ),
    entry(
        "jwk",
        "JSON Web Key",
        "a public key carried in the token; trusting it proves nothing",
        "RFC 7515 section 4.1.3",
    ),
    entry("kid", "Key ID", "which key signed the token", "RFC 7515 section 4.1.4"),
    entry("x5u", "X.509 URL", "a URL of the signing certificate chain", "RFC 7515 section 4.1.5"),
    entry("x5c", "X.509 chain", "the signing certificate chain, carried in the token", "RFC 7515 section 4.1.6"),
    entry("x5t", "X.509 SHA-1 thumbprint", "the SHA-1 thumbprint of the signing certificate", "RFC 7515 section 4.1.7"),
    entry(
        "x5t#S256",
        "X.509 SHA-256 thumbprint",
        "the SHA-256 thumbprint of the signing certificate",
        "RFC 7515 section 4.1.8",
    ),
    entry("typ", "Type", "the media type of the whole token, such as JWT or at+jwt", "RFC 7515 section 4.1.9"),
    entry("cty", "Content type", "the media type of the payload; JWT means a nested token", "RFC 7515 section 4.1.10"),
    entry("crit", "Critical", "extensions the verifier must understand or reject the token", "RFC 7515 section 4.1.11"),
    entry("enc", "Encryption", "the content encryption algorithm of a JWE", "RFC 7516 section 4.1.2"),
    entry("zip", "Compression", "the compression applied before encryption", "RFC 7516 section 4.1.3"),
    entry("epk", "Ephemeral public key", "the sender's ephemeral key for ECDH-ES", "RFC 7518 section 4.6.1.1"),
    entry(
        "apu",
        "Agreement PartyUInfo",
        "information about the producer for key agreement",
        "RFC 7518 section 4.6.1.2",
    ),
    entry(
        "apv",
        "Agreement PartyVInfo",
        "information about the recipient for key agreement",
        "RFC 7518 section 4.6.1.3",
    ),
    entry("iv", "Initialization vector", "the IV of an AES-GCM key wrap", "RFC 7518 section 4.7.1.1"),
    entry("tag", "Authentication tag", "the tag of an AES-GCM key wrap", "RFC 7518 section 4.7.1.2"),
    entry("p2s", "PBES2 salt", "the salt of a password-based key wrap", "RFC 7518 section 4.8.1.1"),
    entry("p2c", "PBES2 count", "the iteration count of a password-based key wrap", "RFC 7518 section 4.8.1.2"),
    entry("b64", "Base64url-encode payload", "false means the payload is not base64url encoded", "RFC 7797 section 3"),
];

pub fn claim(name: &str) -> Option<&'static Entry> {
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
            assert!(claim(name).unwrap().reference.starts_with("RFC 7519"));
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
