//! What the window writes to its settings file: the settings as they are, and the token only when "Remember last
//! token" is on; the file is owner-only, and a run that takes a screenshot writes nothing at all.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tokenscope::app::{Command, Launch, Saved, Settings, SettingsFile, TokenscopeApp};

const TOKEN: &str = include_str!("../assets/samples/hs256.jwt");

fn folder(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("tokenscope-settings-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// What the window would save after loading the sample token.
fn saved_after_loading_a_token(remember: bool) -> Saved {
    let settings = Settings { remember_last_token: remember, ..Settings::default() };
    let app = TokenscopeApp::new(Saved { settings, last_token: None }, Launch::default());
    let mut harness = Harness::builder().build_ui_state(|ui, app: &mut TokenscopeApp| app.ui_root(ui), app);
    harness.run();
    harness.state_mut().apply(Command::LoadToken(TOKEN.trim().to_owned()), &egui::Context::default());
    harness.run();
    harness.state().saved()
}

#[test]
fn with_remember_last_token_off_no_token_is_saved() {
    let file = SettingsFile::at(folder("off").join("settings.json"));
    file.store(&saved_after_loading_a_token(false)).unwrap();
    let text = std::fs::read_to_string(file.path()).unwrap();
    assert!(text.contains("\"remember_last_token\": false"), "{text}");
    assert!(!text.contains(TOKEN.split('.').nth(1).unwrap()), "{text}");
    assert_eq!(file.load().last_token, None);
}

#[test]
fn with_remember_last_token_on_the_token_comes_back_next_run() {
    let file = SettingsFile::at(folder("on").join("settings.json"));
    file.store(&saved_after_loading_a_token(true)).unwrap();
    let saved = file.load();
    assert_eq!(saved.last_token.as_deref(), Some(TOKEN.trim()));
    let mut harness = Harness::builder()
        .build_ui_state(|ui, app: &mut TokenscopeApp| app.ui_root(ui), TokenscopeApp::new(saved, Launch::default()));
    harness.run();
    harness.get_by_label("\"user-4821\"");
}

#[cfg(unix)]
#[test]
fn the_settings_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let file = SettingsFile::at(folder("mode").join("nested").join("settings.json"));
    // A file left from before with a wide mode is replaced by an owner-only one.
    std::fs::create_dir_all(file.path().parent().unwrap()).unwrap();
    std::fs::write(file.path(), "{}").unwrap();
    std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    file.store(&saved_after_loading_a_token(true)).unwrap();
    let mode = std::fs::metadata(file.path()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn an_unreadable_settings_file_gives_the_defaults() {
    let file = SettingsFile::at(folder("broken").join("settings.json"));
    std::fs::write(file.path(), "{not json").unwrap();
    assert_eq!(file.load(), Saved::default());
}
