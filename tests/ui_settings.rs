//! What the window writes to its settings storage: the settings as they are, and the token only when "Remember last
//! token" is on. A storage of the test's own stands in for eframe's file.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::HashMap;
use tokenscope::app::{Command, Launch, Saved, Settings, TokenscopeApp};

#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

const TOKEN: &str = include_str!("../assets/samples/hs256.jwt");

fn saved_after_loading_a_token(remember: bool) -> MemoryStorage {
    let settings = Settings { remember_last_token: remember, ..Settings::default() };
    let app = TokenscopeApp::new(Saved { settings, last_token: None }, Launch::default());
    let mut harness = Harness::builder().build_ui_state(|ui, app: &mut TokenscopeApp| app.ui_root(ui), app);
    harness.run();
    harness.state_mut().apply(Command::LoadToken(TOKEN.trim().to_owned()), &egui::Context::default());
    harness.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    storage
}

#[test]
fn with_remember_last_token_off_no_token_is_saved() {
    let storage = saved_after_loading_a_token(false);
    assert!(!storage.0.is_empty(), "the settings are saved");
    let payload = TOKEN.split('.').nth(1).unwrap();
    for (key, value) in &storage.0 {
        assert!(!value.contains(payload), "{key} holds the token");
    }
    assert_eq!(Saved::load(&storage).last_token, None);
}

#[test]
fn with_remember_last_token_on_the_token_comes_back_next_run() {
    let storage = saved_after_loading_a_token(true);
    let saved = Saved::load(&storage);
    assert_eq!(saved.last_token.as_deref(), Some(TOKEN.trim()));
    let mut harness = Harness::builder()
        .build_ui_state(|ui, app: &mut TokenscopeApp| app.ui_root(ui), TokenscopeApp::new(saved, Launch::default()));
    harness.run();
    harness.get_by_label("\"user-4821\"");
}
