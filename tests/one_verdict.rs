//! The window and the command line give one verdict: every sample token of the Examples menu, judged in the window
//! with its key and through `tokenscope verify --json` with the same key, agrees on the signature status, every claim
//! line and every error kind.

mod common;

use common::{run, sample};
use egui_kittest::Harness;
use serde_json::Value;
use tokenscope::app::{Command, Launch, Saved, TokenscopeApp};

/// The verdict's comparable parts: signature status, claim lines (name and status) and error kinds.
fn summary(verdict: &Value) -> (Value, Vec<(String, String)>, Vec<String>) {
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    let claims = verdict["claims"].as_array().unwrap().iter().map(|c| (text(&c["name"]), text(&c["status"]))).collect();
    let errors = verdict["errors"].as_array().unwrap().iter().map(|e| text(&e["kind"])).collect();
    (verdict["signature"]["status"].clone(), claims, errors)
}

fn window_verdict(name: &str) -> Value {
    let mut harness = Harness::builder().build_ui_state(
        |ui, app: &mut TokenscopeApp| app.ui_root(ui),
        TokenscopeApp::new(Saved::default(), Launch::default()),
    );
    harness.run();
    harness.state_mut().apply(Command::LoadSample(name.to_owned()), &egui::Context::default());
    harness.run();
    serde_json::to_value(harness.state().inspect().verdict().expect("the sample was judged")).unwrap()
}

#[test]
fn every_sample_gets_the_same_verdict_in_the_window_and_from_verify() {
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(sample("samples.json")).unwrap()).unwrap();
    let samples = manifest.as_array().unwrap();
    assert!(samples.len() >= 9);
    for entry in samples {
        let name = entry["name"].as_str().unwrap();
        let token = format!("@{}", sample(entry["file"].as_str().unwrap()));
        let mut args = vec!["verify".to_owned(), token, "--json".to_owned()];
        match (entry["secret"].as_str(), entry["key_file"].as_str()) {
            _ if entry["decryption_key"].is_string() => {
                let path = std::env::temp_dir().join(format!("tokenscope-one-verdict-{}.jwk", std::process::id()));
                std::fs::write(&path, entry["decryption_key"].as_str().unwrap()).unwrap();
                args.extend(["--decrypt-key".to_owned(), path.to_str().unwrap().to_owned()]);
            }
            (Some(secret), _) => args.extend(["--secret".to_owned(), secret.to_owned()]),
            (None, Some(file)) => args.extend(["--key".to_owned(), sample(file)]),
            // The window has no key for these (alg none): neither consults one, and the command line
            // needs one, so it gets an empty secret.
            (None, None) => args.extend(["--secret".to_owned(), String::new()]),
        }
        if let Some(token) = entry["access_token"].as_str() {
            args.extend(["--access-token".to_owned(), token.to_owned()]);
        }
        if let Some(name) = entry["access_token_file"].as_str() {
            args.extend([
                "--access-token".to_owned(),
                std::fs::read_to_string(sample(name)).unwrap().trim().to_owned(),
            ]);
        }
        if let Some(aud) = entry["aud"].as_str() {
            args.extend(["--aud".to_owned(), aud.to_owned()]);
        }
        if let Some(at) = entry["at"].as_str() {
            args.extend(["--at".to_owned(), at.to_owned()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (_, stdout, stderr) = run(&args);
        let cli: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|_| panic!("{name}: {stdout} {stderr}"));
        assert_eq!(summary(&window_verdict(name)), summary(&cli), "{name}");
    }
}
