//! The authorization server's token store, modelled on how Redis is used for refresh tokens: string keys
//! (`rt:<id>`, `family:<id>`, `user:<name>:families`, `deny:<jti>`) with an optional expiry on the virtual
//! clock, and outages during which it cannot be reached. Every write is logged so the store can be listed as it
//! was at any simulated moment, and every command the servers send (reads too) is written out in Redis syntax
//! for the step that sent it.

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

/// One key's life in the store: from the write that created it to its expiry or deletion (`None`: it outlives
/// the run), with every command that wrote it on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyLife {
    pub key: String,
    pub from: i64,
    pub to: Option<i64>,
    /// The seconds of the writes and their commands, in order.
    pub writes: Vec<(i64, String)>,
}

#[derive(Debug, Clone, Default)]
pub struct Store {
    entries: BTreeMap<String, Entry>,
    writes: Vec<Write>,
    outages: Vec<(i64, i64)>,
    /// The commands of the step being played, taken by the timeline after each step.
    commands: Vec<String>,
    /// The command of each write, in the order of `writes`.
    write_commands: Vec<String>,
}

/// A value as `redis-cli` reads it: bare when it is one plain word, else in single quotes.
fn quoted(value: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || ":-_.,/#".contains(c);
    if !value.is_empty() && value.chars().all(plain) {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

impl Store {
    /// `SET key value [EX seconds]`: the key expires at `expires_at` on the virtual clock, or never. A key
    /// whose expiry has already come is deleted instead, as Redis does with a non-positive `EX`.
    pub fn set(&mut self, now: i64, key: &str, value: String, expires_at: Option<i64>) {
        let command = match expires_at {
            Some(at) if at <= now => format!("DEL {key}"),
            Some(at) => format!("SET {key} {} EX {}", quoted(&value), at - now),
            None => format!("SET {key} {}", quoted(&value)),
        };
        self.write(now, key, Entry { value, expires_at }, command);
    }

    /// `SADD key member`; `value` is the whole set as the store lists it.
    pub fn add_member(&mut self, now: i64, key: &str, member: &str, value: String) {
        self.write(now, key, Entry { value, expires_at: None }, format!("SADD {key} {}", quoted(member)));
    }

    fn write(&mut self, now: i64, key: &str, entry: Entry, command: String) {
        self.commands.push(command.clone());
        self.write_commands.push(command);
        self.writes.push(Write { at: now, key: key.to_owned(), entry: entry.clone() });
        self.entries.insert(key.to_owned(), entry);
    }

    /// A command that only reads (`GET rt:RT1`, `EXISTS deny:AT1`, `SMEMBERS ...`): logged for the step.
    pub fn read(&mut self, command: String) {
        self.commands.push(command);
    }

    /// The commands sent since the last call, in order.
    pub fn take_commands(&mut self) -> Vec<String> {
        std::mem::take(&mut self.commands)
    }

    /// Every key's life, in the order the keys were first written; a key written again while alive keeps one bar.
    pub fn lives(&self) -> Vec<KeyLife> {
        let mut lives: Vec<KeyLife> = Vec::new();
        let mut open: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (write, command) in self.writes.iter().zip(&self.write_commands) {
            let alive = open.get(write.key.as_str()).copied().filter(|index| {
                let life = &lives[*index];
                life.to.is_none_or(|to| write.at < to)
            });
            let index = match alive {
                Some(index) => index,
                None => {
                    if write.entry.expires_at.is_some_and(|at| at <= write.at) {
                        continue;
                    }
                    lives.push(KeyLife { key: write.key.clone(), from: write.at, to: None, writes: Vec::new() });
                    open.insert(&write.key, lives.len() - 1);
                    lives.len() - 1
                }
            };
            lives[index].to = write.entry.expires_at;
            lives[index].writes.push((write.at, command.clone()));
        }
        lives
    }

    /// The value of `key` at `now`, if it is there and has not expired.
    pub fn get(&self, now: i64, key: &str) -> Option<&str> {
        self.entries
            .get(key)
            .filter(|entry| entry.expires_at.is_none_or(|at| now < at))
            .map(|entry| entry.value.as_str())
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
        self.keys_from(BTreeMap::new(), 0, at)
    }

    /// Replays the writes from `first` onto `live` up to `at` and lists what is alive then.
    fn keys_from<'a>(&'a self, mut live: BTreeMap<&'a str, &'a Entry>, first: usize, at: i64) -> Vec<StoreKey> {
        for write in self.writes[first.min(self.writes.len())..].iter().take_while(|write| write.at <= at) {
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

/// Checkpoints of a store's history, so that listing it at any moment replays at most a few hundred writes
/// (the Timeline tab lists it at the cursor on every frame while scrubbing).
#[derive(Debug, Clone, Default)]
pub struct StoreIndex {
    /// Write index and the keys alive just before it (expired ones dropped).
    checkpoints: Vec<(usize, BTreeMap<String, Entry>)>,
}

const CHECKPOINT_EVERY: usize = 256;

impl StoreIndex {
    pub fn new(store: &Store) -> StoreIndex {
        let mut checkpoints = vec![(0, BTreeMap::new())];
        let mut live: BTreeMap<String, Entry> = BTreeMap::new();
        for (index, write) in store.writes.iter().enumerate() {
            if index > 0 && index % CHECKPOINT_EVERY == 0 {
                let now = write.at;
                live.retain(|_, entry| entry.expires_at.is_none_or(|expires| now < expires));
                checkpoints.push((index, live.clone()));
            }
            live.insert(write.key.clone(), write.entry.clone());
        }
        StoreIndex { checkpoints }
    }

    /// What `store.keys_at(at)` says, quickly; `store` must be the one the index was built from.
    pub fn keys_at(&self, store: &Store, at: i64) -> Vec<StoreKey> {
        let position = self
            .checkpoints
            .partition_point(|(first, _)| store.writes.get(*first).is_none_or(|write| write.at <= at))
            .saturating_sub(1);
        match self.checkpoints.get(position) {
            Some((first, live)) => {
                let live = live.iter().map(|(key, entry)| (key.as_str(), entry)).collect();
                store.keys_from(live, *first, at)
            }
            None => store.keys_at(at),
        }
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
    fn the_index_lists_the_same_keys_as_a_full_replay() {
        let mut store = Store::default();
        for second in 0..2000 {
            store.set(second, &format!("rt:RT{}", second % 300), format!("v{second}"), Some(second + 45));
            if second % 7 == 0 {
                store.set(second, "family:F1", format!("f{second}"), None);
            }
        }
        let index = StoreIndex::new(&store);
        for at in [0, 1, 255, 256, 300, 1000, 1999, 2040, 5000] {
            assert_eq!(index.keys_at(&store, at), store.keys_at(at), "at {at}");
        }
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
