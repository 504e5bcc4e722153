//! The Examples menu: the sample tokens in `assets/samples/` with the secret or public key that verifies
//! each, built into the binary so the menu works anywhere.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Entry {
    name: String,
    file: String,
    secret: Option<String>,
    key_file: Option<String>,
    /// What opens a JWE sample.
    decryption_key: Option<String>,
    /// The access token a DPoP proof or an ID token goes with: inline, or in a file.
    access_token: Option<String>,
    access_token_file: Option<String>,
    /// When the sample is judged (its tokens have fixed times).
    at: Option<String>,
    /// The audience the sample is meant for.
    aud: Option<String>,
    description: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sample {
    /// The sample's English name, which also names it in commands.
    pub name: String,
    /// The file the token is in, whose stem names the sample's messages (`sample-id-token-name`).
    pub file: String,
    pub description: String,
    pub token: String,
    pub secret: Option<String>,
    pub public_key: Option<String>,
    pub decryption_key: Option<String>,
    pub access_token: Option<String>,
    pub at: Option<String>,
    pub aud: Option<String>,
}

const MANIFEST: &str = include_str!("../../assets/samples/samples.json");

const FILES: [(&str, &str); 19] = [
    ("at-jwt.jwt", include_str!("../../assets/samples/at-jwt.jwt")),
    ("id-token.jwt", include_str!("../../assets/samples/id-token.jwt")),
    ("logout.jwt", include_str!("../../assets/samples/logout.jwt")),
    ("dpop.jwt", include_str!("../../assets/samples/dpop.jwt")),
    ("dpop-access-token.jwt", include_str!("../../assets/samples/dpop-access-token.jwt")),
    ("sd-jwt.txt", include_str!("../../assets/samples/sd-jwt.txt")),
    ("hs256.jwt", include_str!("../../assets/samples/hs256.jwt")),
    ("rs256.jwt", include_str!("../../assets/samples/rs256.jwt")),
    ("es256.jwt", include_str!("../../assets/samples/es256.jwt")),
    ("es512.jwt", include_str!("../../assets/samples/es512.jwt")),
    ("eddsa.jwt", include_str!("../../assets/samples/eddsa.jwt")),
    ("expired.jwt", include_str!("../../assets/samples/expired.jwt")),
    ("alg-none.jwt", include_str!("../../assets/samples/alg-none.jwt")),
    ("jwe.jwt", include_str!("../../assets/samples/jwe.jwt")),
    ("risky.jwt", include_str!("../../assets/samples/risky.jwt")),
    ("rs256.public.pem", include_str!("../../assets/samples/rs256.public.pem")),
    ("es256.public.pem", include_str!("../../assets/samples/es256.public.pem")),
    ("es512.public.pem", include_str!("../../assets/samples/es512.public.pem")),
    ("eddsa.public.pem", include_str!("../../assets/samples/eddsa.public.pem")),
];

fn file(name: &str) -> Option<&'static str> {
    FILES.iter().find(|(file, _)| *file == name).map(|(_, text)| *text)
}

impl Sample {
    fn message(&self, part: &str, english: &str) -> crate::i18n::Text {
        let stem = self.file.rsplit_once('.').map_or(self.file.as_str(), |(stem, _)| stem);
        crate::i18n::Text::lookup(format!("sample-{stem}-{part}"), english)
    }

    /// The name in the reader's language.
    pub fn label(&self) -> crate::i18n::Text {
        self.message("name", &self.name)
    }

    /// The description in the reader's language.
    pub fn explanation(&self) -> crate::i18n::Text {
        self.message("description", &self.description)
    }
}

/// Every sample whose files are built in.
pub fn all() -> Vec<Sample> {
    let entries: Vec<Entry> = serde_json::from_str(MANIFEST).unwrap_or_default();
    entries
        .into_iter()
        .filter_map(|entry| {
            Some(Sample {
                token: file(&entry.file)?.trim().to_owned(),
                public_key: match &entry.key_file {
                    Some(name) => Some(file(name)?.to_owned()),
                    None => None,
                },
                name: entry.name,
                description: entry.description,
                file: entry.file,
                decryption_key: entry.decryption_key,
                access_token: match (entry.access_token, &entry.access_token_file) {
                    (Some(token), _) => Some(token),
                    (None, Some(name)) => Some(file(name)?.trim().to_owned()),
                    (None, None) => None,
                },
                at: entry.at,
                aud: entry.aud,
                secret: entry.secret,
            })
        })
        .collect()
}

pub fn by_name(name: &str) -> Option<Sample> {
    all().into_iter().find(|sample| sample.name.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_manifest_entry_has_its_files_built_in() {
        let entries: Vec<Entry> = serde_json::from_str(MANIFEST).unwrap();
        assert_eq!(all().len(), entries.len());
        assert!(by_name("rs256").unwrap().public_key.unwrap().starts_with("-----BEGIN PUBLIC KEY-----"));
    }
}
