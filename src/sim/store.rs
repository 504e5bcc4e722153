//! The authorization server's token store, modelled on how Redis is used for refresh tokens: string keys
//! (`rt:<id>`, `family:<id>`, `user:<name>:families`, `deny:<jti>`) with an optional expiry on the virtual
//! clock, and outages during which it cannot be reached. Every write is logged so the store can be listed as it
//! was at any simulated moment.

use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    value: String,
    expires_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Write {
    at: i64,
    key: String,
    entry: Entry,
}

/// A key as listed at some moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoreKey {
    pub key: String,
    pub value: String,
    /// Seconds left before the key expires; `None`: it never does.
    pub remaining: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct Store {
    entries: BTreeMap<String, Entry>,
    writes: Vec<Write>,
    outages: Vec<(i64, i64)>,
}

impl Store {
    pub fn set(&mut self, now: i64, key: &str, value: String, expires_at: Option<i64>) {
        let entry = Entry { value, expires_at };
        self.writes.push(Write { at: now, key: key.to_owned(), entry: entry.clone() });
        self.entries.insert(key.to_owned(), entry);
    }

    /// The value of `key` at `now`, if it is there and has not expired.
    pub fn get(&self, now: i64, key: &str) -> Option<&str> {
        self.entries
            .get(key)
            .filter(|entry| entry.expires_at.is_none_or(|at| now < at))
            .map(|entry| entry.value.as_str())
    }

    /// The moment `key` expires, if it is there at `now`.
    pub fn expiry(&self, now: i64, key: &str) -> Option<Option<i64>> {
        self.entries.get(key).filter(|entry| entry.expires_at.is_none_or(|at| now < at)).map(|entry| entry.expires_at)
    }

    pub fn add_outage(&mut self, from: i64, seconds: i64) {
        self.outages.push((from, from + seconds));
    }

    pub fn is_down(&self, now: i64) -> bool {
        self.outages.iter().any(|(from, until)| *from <= now && now < *until)
    }

    pub fn outages(&self) -> &[(i64, i64)] {
        &self.outages
    }

    /// The keys as they were at `at`, sorted by name.
    pub fn keys_at(&self, at: i64) -> Vec<StoreKey> {
        let mut live: BTreeMap<&str, &Entry> = BTreeMap::new();
        for write in self.writes.iter().take_while(|write| write.at <= at) {
            live.insert(&write.key, &write.entry);
        }
        live.into_iter()
            .filter(|(_, entry)| entry.expires_at.is_none_or(|expires| at < expires))
            .map(|(key, entry)| StoreKey {
                key: key.to_owned(),
                value: entry.value.clone(),
                remaining: entry.expires_at.map(|expires| expires - at),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_expire_at_their_second_and_history_is_kept() {
        let mut store = Store::default();
        store.set(0, "deny:AT1", "1".into(), Some(60));
        store.set(10, "family:F1", "a".into(), None);
        store.set(20, "family:F1", "b".into(), None);
        assert_eq!(store.get(59, "deny:AT1"), Some("1"));
        assert_eq!(store.get(60, "deny:AT1"), None);
        assert_eq!(
            store.keys_at(15).iter().map(|key| (&*key.key, &*key.value, key.remaining)).collect::<Vec<_>>(),
            [("deny:AT1", "1", Some(45)), ("family:F1", "a", None)]
        );
        assert_eq!(store.keys_at(60).len(), 1);
        assert_eq!(store.keys_at(20)[1].value, "b");
    }

    #[test]
    fn an_outage_covers_its_start_and_not_its_end() {
        let mut store = Store::default();
        store.add_outage(100, 30);
        assert!(!store.is_down(99));
        assert!(store.is_down(100));
        assert!(store.is_down(129));
        assert!(!store.is_down(130));
    }
}
