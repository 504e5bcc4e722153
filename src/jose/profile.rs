//! Token profiles: what kind of JWT a token is (an RFC 9068 access token, an OpenID Connect ID or logout token, a
//! DPoP proof, an SD-JWT, ...), read from `typ` and, for a plain `JWT`, from the shape of its claims; and each
//! profile's rules: its required claims, an ID token's `nonce`, `at_hash`, `c_hash`, `azp` and `auth_time`, a logout
//! token's `events` and forbidden `nonce`. The checks come back as claim-check lines, so the window and the command
//! line show them the same way.

use super::algorithm::Algorithm;
use super::b64;
use super::decode::{Decoded, TokenKind};
use super::error::{ErrorKind, Problem};
use crate::i18n::Text;
use crate::text;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256, Sha384, Sha512};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    Jwt,
    AtJwt,
    IdToken,
    LogoutJwt,
    DpopJwt,
    KbJwt,
    SdJwt,
    DcSdJwt,
    SeceventJwt,
    EntityStatementJwt,
    Jwe,
}

impl Profile {
    pub const ALL: [Profile; 11] = [
        Profile::Jwt,
        Profile::AtJwt,
        Profile::IdToken,
        Profile::LogoutJwt,
        Profile::DpopJwt,
        Profile::KbJwt,
        Profile::SdJwt,
        Profile::DcSdJwt,
        Profile::SeceventJwt,
        Profile::EntityStatementJwt,
        Profile::Jwe,
    ];

    /// The name in JSON and for `--profile`.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Jwt => "jwt",
            Profile::AtJwt => "at+jwt",
            Profile::IdToken => "id_token",
            Profile::LogoutJwt => "logout+jwt",
            Profile::DpopJwt => "dpop+jwt",
            Profile::KbJwt => "kb+jwt",
            Profile::SdJwt => "sd-jwt",
            Profile::DcSdJwt => "dc+sd-jwt",
            Profile::SeceventJwt => "secevent+jwt",
            Profile::EntityStatementJwt => "entity-statement+jwt",
            Profile::Jwe => "jwe",
        }
    }

    pub fn from_name(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|profile| profile.as_str() == name)
    }

    /// What the profile is, in words.
    pub fn label(self) -> Text {
        Text::named(format!("profile-{}", self.as_str().replace(['+', '_'], "-")))
    }
}

/// The profile a `typ` names, case-insensitive and with an `application/` prefix allowed; `None` for `JWT` or an
/// unknown `typ`.
pub fn from_typ(typ: &str) -> Option<Profile> {
    let typ = typ.to_ascii_lowercase();
    let typ = typ.strip_prefix("application/").unwrap_or(&typ);
    Some(match typ {
        "at+jwt" => Profile::AtJwt,
        "logout+jwt" => Profile::LogoutJwt,
        "dpop+jwt" => Profile::DpopJwt,
        "kb+jwt" => Profile::KbJwt,
        "dc+sd-jwt" | "vc+sd-jwt" => Profile::DcSdJwt,
        "sd-jwt" => Profile::SdJwt,
        other if other.ends_with("+sd-jwt") => Profile::SdJwt,
        "secevent+jwt" => Profile::SeceventJwt,
        "entity-statement+jwt" => Profile::EntityStatementJwt,
        _ => return None,
    })
}

/// Whether `typ` is one a verifier knows: JWT, or a profile's.
pub fn is_known_typ(typ: &str) -> bool {
    typ.eq_ignore_ascii_case("JWT") || typ.eq_ignore_ascii_case("application/jwt") || from_typ(typ).is_some()
}

/// The token's profile: from `typ`; for `typ` absent or `JWT`, an ID token when OpenID Connect's claims sit beside
/// the five an ID token always has, else a plain JWT.
pub fn detect(decoded: &Decoded) -> Profile {
    if decoded.kind == TokenKind::Jwe {
        return Profile::Jwe;
    }
    if let Some(profile) = decoded.header_str("typ").and_then(from_typ) {
        return profile;
    }
    let Some(claims) = decoded.claims() else { return Profile::Jwt };
    let oidc = ["nonce", "at_hash", "c_hash", "auth_time"].iter().any(|name| claims.contains_key(*name));
    let core = ["iss", "sub", "aud", "exp", "iat"].iter().all(|name| claims.contains_key(*name));
    if oidc && core { Profile::IdToken } else { Profile::Jwt }
}

/// What the user asked of the profile: `--profile` and the values an ID token is checked against.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileRequest {
    pub profile: Option<Profile>,
    pub nonce: Option<String>,
    pub access_token: Option<String>,
    pub code: Option<String>,
    /// Seconds since authentication an ID token may be used for (`auth_time` + this + leeway).
    pub max_age: Option<u64>,
    /// What a DPoP proof is checked against (its `access_token` is this request's).
    pub dpop: super::dpop::DpopRequest,
    /// An SD-JWT presentation must carry a key binding JWT, for this audience (`nonce` is this request's).
    pub require_key_binding: bool,
    pub kb_aud: Option<String>,
}

/// One line of the profile's checks: a name, and what it found or the problem.
pub type ProfileCheck = (String, Result<Text, Problem>);

/// The checks of `profile` (asked for, or detected) on `claims`, at `at` with `leeway`.
pub fn checks(
    decoded: &Decoded,
    claims: &Map<String, Value>,
    request: &ProfileRequest,
    at: f64,
    leeway: f64,
) -> Vec<ProfileCheck> {
    let detected = detect(decoded);
    let mut lines = Vec::new();
    let profile = match request.profile {
        Some(asked) if !offered_as(detected, asked, decoded) => {
            let problem = Problem::new(
                ErrorKind::InvalidTokenType,
                text!("profile-wrong-type", asked = asked.as_str(), found = detected.as_str()),
            );
            lines.push(("profile".to_owned(), Err(problem)));
            return lines;
        }
        Some(asked) => asked,
        None => detected,
    };
    if profile != Profile::Jwt {
        lines.push(("profile".to_owned(), Ok(text!("profile-is", profile = profile.label()))));
    }
    let required: &[&str] = match profile {
        Profile::AtJwt => &["iss", "exp", "aud", "sub", "client_id", "iat", "jti"],
        Profile::IdToken => &["iss", "sub", "aud", "exp", "iat"],
        Profile::LogoutJwt => &["iss", "aud", "iat", "jti", "events"],
        _ => &[],
    };
    for name in required {
        lines.push((format!("require {name}"), present(claims, name)));
    }
    match profile {
        Profile::IdToken => id_token_checks(decoded, claims, request, at, leeway, &mut lines),
        Profile::LogoutJwt => logout_checks(claims, &mut lines),
        _ => {}
    }
    lines
}

/// Whether a token detected as `detected` may be offered as `asked`: an ID token may be a plain `JWT` by `typ`.
fn offered_as(detected: Profile, asked: Profile, decoded: &Decoded) -> bool {
    detected == asked
        || (asked == Profile::IdToken
            && detected == Profile::Jwt
            && decoded.header_str("typ").is_none_or(|typ| typ.eq_ignore_ascii_case("JWT")))
}

fn present(claims: &Map<String, Value>, name: &str) -> Result<Text, Problem> {
    if claims.contains_key(name) {
        Ok(text!("check-present"))
    } else {
        Err(Problem::new(ErrorKind::MissingClaim, text!("claim-required-missing", name = name)))
    }
}

fn id_token_checks(
    decoded: &Decoded,
    claims: &Map<String, Value>,
    request: &ProfileRequest,
    at: f64,
    leeway: f64,
    lines: &mut Vec<ProfileCheck>,
) {
    if let Some(Value::Array(audiences)) = claims.get("aud")
        && audiences.len() > 1
    {
        lines.push(("require azp".to_owned(), present(claims, "azp")));
    }
    if let Some(expected) = &request.nonce {
        let outcome = match claims.get("nonce").and_then(Value::as_str) {
            Some(nonce) if nonce == expected => Ok(text!("profile-nonce-matches")),
            Some(nonce) => Err(Problem::new(ErrorKind::InvalidNonce, text!("profile-nonce-differs", nonce = nonce))),
            None => Err(Problem::new(ErrorKind::InvalidNonce, text!("profile-nonce-missing"))),
        };
        lines.push(("nonce".to_owned(), outcome));
    }
    let alg = decoded.alg().and_then(Algorithm::from_name);
    for (claim, given, kind) in [
        ("at_hash", &request.access_token, ErrorKind::InvalidAtHash),
        ("c_hash", &request.code, ErrorKind::InvalidCHash),
    ] {
        let Some(given) = given else { continue };
        let outcome = match (claims.get(claim).and_then(Value::as_str), alg.map(|alg| half_hash(alg, given))) {
            (Some(found), Some(expected)) if found == expected => Ok(text!("profile-hash-matches")),
            (Some(_), Some(expected)) => {
                Err(Problem::new(kind, text!("profile-hash-differs", claim = claim, expected = expected)))
            }
            (None, _) => Err(Problem::new(kind, text!("profile-hash-missing", claim = claim))),
            (Some(_), None) => Err(Problem::new(kind, text!("profile-hash-no-alg", claim = claim))),
        };
        lines.push((claim.to_owned(), outcome));
    }
    if let Some(max_age) = request.max_age {
        let outcome = match claims.get("auth_time").and_then(Value::as_f64) {
            None => Err(Problem::new(ErrorKind::MissingClaim, text!("claim-required-missing", name = "auth_time"))),
            Some(auth_time) if at <= auth_time + max_age as f64 + leeway => {
                Ok(text!("profile-auth-time-fresh", max_age = max_age))
            }
            Some(auth_time) => Err(Problem::new(
                ErrorKind::Expired,
                text!("profile-auth-time-stale", max_age = max_age, ago = crate::i18n::span(at - auth_time)),
            )),
        };
        lines.push(("auth_time".to_owned(), outcome));
    }
}

const BACKCHANNEL_LOGOUT: &str = "http://schemas.openid.net/event/backchannel-logout";

fn logout_checks(claims: &Map<String, Value>, lines: &mut Vec<ProfileCheck>) {
    let event =
        claims.get("events").and_then(Value::as_object).is_some_and(|events| events.contains_key(BACKCHANNEL_LOGOUT));
    if claims.contains_key("events") {
        let outcome = if event {
            Ok(text!("profile-logout-event"))
        } else {
            Err(Problem::new(ErrorKind::MissingClaim, text!("profile-logout-event-missing")))
        };
        lines.push(("events".to_owned(), outcome));
    }
    let identified = if claims.contains_key("sub") || claims.contains_key("sid") {
        Ok(text!("check-present"))
    } else {
        Err(Problem::new(ErrorKind::MissingClaim, text!("profile-logout-needs-sub-or-sid")))
    };
    lines.push(("require sub or sid".to_owned(), identified));
    if claims.contains_key("nonce") {
        lines.push(("nonce".to_owned(), Err(Problem::new(ErrorKind::InvalidNonce, text!("profile-logout-nonce")))));
    }
}

/// OpenID Connect's `at_hash` / `c_hash`: the left half of the hash the token's `alg` uses, base64url.
pub fn half_hash(alg: Algorithm, value: &str) -> String {
    let digest: Vec<u8> = match alg.name() {
        name if name.ends_with("384") => Sha384::digest(value.as_bytes()).to_vec(),
        name if name.ends_with("512") || name == "EdDSA" => Sha512::digest(value.as_bytes()).to_vec(),
        _ => Sha256::digest(value.as_bytes()).to_vec(),
    };
    b64::encode(&digest[..digest.len() / 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typ_names_the_profile_whatever_its_case_and_prefix() {
        assert_eq!(from_typ("at+JWT"), Some(Profile::AtJwt));
        assert_eq!(from_typ("application/dpop+jwt"), Some(Profile::DpopJwt));
        assert_eq!(from_typ("example+sd-jwt"), Some(Profile::SdJwt));
        assert_eq!(from_typ("vc+sd-jwt"), Some(Profile::DcSdJwt));
        assert_eq!(from_typ("JWT"), None);
        assert!(is_known_typ("JWT") && is_known_typ("logout+jwt") && !is_known_typ("foo"));
    }

    #[test]
    fn at_hash_is_the_left_half_of_the_algs_hash() {
        // OpenID Connect Core 1.0, A.4: the access token of the example and its at_hash.
        assert_eq!(
            half_hash(Algorithm::RS256, "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"),
            "77QmUPtjPfzWtF2AnpK9RQ"
        );
    }
}
