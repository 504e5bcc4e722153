//! The names a simulation gives what it issues: families `F1`, `F2`, … and tokens `AT1`, `RT2`, …, numbered in
//! issue order. They are small copyable values that print (and serialize) as those labels, so the engine never
//! parses a label back into an index, and a step's `"token": "RT3"` is checked once, when the scenario is read.

use serde::{Serialize, Serializer};
use std::fmt;

/// Which of the two kinds a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Access,
    Refresh,
}

impl TokenKind {
    fn prefix(self) -> &'static str {
        match self {
            TokenKind::Access => "AT",
            TokenKind::Refresh => "RT",
        }
    }
}

/// A refresh-token family (a login session): `F1` is the first one started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FamilyId(u32);

impl FamilyId {
    /// The id of the family at `index` (0-based) in the order families were started.
    pub fn from_index(index: usize) -> FamilyId {
        FamilyId(u32::try_from(index).map_or(u32::MAX, |index| index.saturating_add(1)))
    }

    /// Its 0-based position among the families.
    pub fn index(self) -> usize {
        self.0.saturating_sub(1) as usize
    }
}

impl fmt::Display for FamilyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "F{}", self.0)
    }
}

impl Serialize for FamilyId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A token's label: its kind and its number among the tokens of that kind (`AT1` is the first access token).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenId {
    pub kind: TokenKind,
    pub number: u32,
}

impl TokenId {
    pub fn new(kind: TokenKind, number: u32) -> TokenId {
        TokenId { kind, number }
    }

    /// Reads `AT3` or `RT12` (a positive number after the prefix).
    pub fn parse(text: &str) -> Option<TokenId> {
        let kind = match text.get(..2)? {
            "AT" => TokenKind::Access,
            "RT" => TokenKind::Refresh,
            _ => return None,
        };
        let digits = &text[2..];
        if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) || digits.starts_with('0') {
            return None;
        }
        digits.parse::<u32>().ok().map(|number| TokenId { kind, number })
    }
}

impl fmt::Display for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.kind.prefix(), self.number)
    }
}

impl Serialize for TokenId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_print_and_parse_back() {
        assert_eq!(TokenId::new(TokenKind::Refresh, 3).to_string(), "RT3");
        assert_eq!(TokenId::parse("AT12"), Some(TokenId::new(TokenKind::Access, 12)));
        for bad in ["RT0", "RT", "XT1", "RT01", "RT-1", "rt1", "RT1x", "R"] {
            assert_eq!(TokenId::parse(bad), None, "{bad}");
        }
        assert_eq!(FamilyId::from_index(0).to_string(), "F1");
        assert_eq!(FamilyId::from_index(4).index(), 4);
        assert_eq!(serde_json::to_string(&FamilyId::from_index(1)).unwrap(), "\"F2\"");
    }
}

/// Labels go into messages as they print: `F1`, `RT3` read the same in every language.
macro_rules! label_args {
    ($($id:ty),*) => {$(
        impl From<$id> for crate::i18n::Arg {
            fn from(id: $id) -> crate::i18n::Arg {
                crate::i18n::Arg::Str(id.to_string())
            }
        }
    )*};
}
label_args!(FamilyId, TokenId);
