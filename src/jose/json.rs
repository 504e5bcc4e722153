//! JSON parsing that keeps member order and, unlike `serde_json::from_slice`, notices member names that
//! appear twice in one object (RFC 7515 section 5.2 says such a header must be rejected). The last
//! member wins in the value, as in most JSON parsers, and every repeated name is reported with its path.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Value};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Value,
    /// Paths of repeated member names, such as `alg` or `address.street`.
    pub duplicates: Vec<String>,
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, serde_json::Error> {
    let mut duplicates = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = ValueSeed { duplicates: &mut duplicates, path: None }.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(Parsed { value, duplicates })
}

/// The member names leading to a value, kept on the stack so no path is built unless a duplicate is found.
struct Path<'p> {
    parent: Option<&'p Path<'p>>,
    name: &'p str,
}

impl Path<'_> {
    fn render(&self, last: &str) -> String {
        let mut names = vec![last];
        let mut cursor = Some(self);
        while let Some(path) = cursor {
            names.push(path.name);
            cursor = path.parent;
        }
        names.reverse();
        names.join(".")
    }
}

struct ValueSeed<'a, 'p> {
    duplicates: &'a mut Vec<String>,
    path: Option<&'p Path<'p>>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_, '_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) =
            seq.next_element_seed(ValueSeed { duplicates: &mut *self.duplicates, path: self.path })?
        {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::with_capacity(8);
        while let Some(name) = map.next_key::<String>()? {
            let path = Path { parent: self.path, name: &name };
            let value = map.next_value_seed(ValueSeed { duplicates: &mut *self.duplicates, path: Some(&path) })?;
            match object.entry(name) {
                Entry::Vacant(entry) => {
                    entry.insert(value);
                }
                Entry::Occupied(mut entry) => {
                    self.duplicates.push(match self.path {
                        Some(parent) => parent.render(entry.key()),
                        None => entry.key().clone(),
                    });
                    entry.insert(value);
                }
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_member_order() {
        let parsed = parse(br#"{"z":1,"a":2,"m":3}"#).unwrap();
        let names: Vec<&String> = parsed.value.as_object().unwrap().keys().collect();
        assert_eq!(names, ["z", "a", "m"]);
        assert!(parsed.duplicates.is_empty());
    }

    #[test]
    fn reports_duplicates_with_their_path_and_keeps_the_last() {
        let parsed = parse(br#"{"alg":"HS256","x":{"y":1,"y":2},"alg":"none"}"#).unwrap();
        assert_eq!(parsed.duplicates, ["x.y", "alg"]);
        assert_eq!(parsed.value["alg"], "none");
        assert_eq!(parsed.value["x"]["y"], 2);
    }

    #[test]
    fn rejects_trailing_garbage() {
        assert!(parse(br#"{"a":1} x"#).is_err());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(parse(deep.as_bytes()).is_err());
    }
}
