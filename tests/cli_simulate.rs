//! `tokenscope simulate` and `tokenscope presets` through the binary: scenario files, the text table, and
//! scenarios that cannot be run (bad JSON, unknown action or actor, steps out of order) exiting 2 with a message
//! that names the step.

use assert_cmd::Command;
use std::io::Write;

fn tokenscope() -> Command {
    Command::cargo_bin("tokenscope").unwrap()
}

fn scenario_file(text: &str) -> tempfile_path::TempFile {
    tempfile_path::TempFile::with(text)
}

mod tempfile_path {
    /// A scenario written to a uniquely named file that is removed when dropped.
    pub struct TempFile(pub std::path::PathBuf);

    impl TempFile {
        pub fn with(text: &str) -> TempFile {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static COUNT: AtomicUsize = AtomicUsize::new(0);
            let path = std::env::temp_dir().join(format!(
                "tokenscope-scenario-{}-{}.json",
                std::process::id(),
                COUNT.fetch_add(1, Ordering::SeqCst)
            ));
            let mut file = std::fs::File::create(&path).unwrap();
            super::Write::write_all(&mut file, text.as_bytes()).unwrap();
            TempFile(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

const SPEC_EXAMPLE: &str = r#"{
  "name": "Refresh token stolen, rotation on, attacker refreshes first",
  "config": {
    "strategy": "rotation", "reuse_detection": true,
    "access_ttl": 60, "refresh_idle": 600, "refresh_absolute": 1800,
    "grace": {"kind": "none", "seconds": 0, "count": 0},
    "resource_server": {"leeway": 0, "clock_offset": 0, "denylist": false, "introspection": false},
    "revoke_access_on_reuse": false, "token_error_status": 400
  },
  "steps": [
    {"at": 0,  "actor": "client",   "do": "login"},
    {"at": 20, "actor": "attacker", "do": "steal", "from": "client", "what": "refresh"},
    {"at": 30, "actor": "attacker", "do": "refresh"},
    {"at": 40, "actor": "client",   "do": "call"},
    {"at": 61, "actor": "client",   "do": "refresh"},
    {"at": 70, "actor": "attacker", "do": "call"}
  ]
}"#;

#[test]
fn the_specification_example_gives_one_event_per_step_with_its_status() {
    let file = scenario_file(SPEC_EXAMPLE);
    let output = tokenscope().args(["simulate", "--json"]).arg(&file.0).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let events = json["events"].as_array().unwrap();
    let statuses: Vec<_> = events.iter().map(|event| event["status"].clone()).collect();
    assert_eq!(statuses, [200.into(), serde_json::Value::Null, 200.into(), 200.into(), 400.into(), 200.into()]);
    assert_eq!(events[4]["error"], "invalid_grant");
    assert_eq!(events[4]["server"], serde_json::json!(["reuse_detected", "family_revoked"]));
    assert_eq!(events[2]["presented"], "RT1");
    assert_eq!(events[2]["issued"], serde_json::json!(["AT2", "RT2"]));
    assert_eq!(json["summary"]["detected_at"], 61);
    assert_eq!(json["summary"]["attacker_window"], serde_json::json!([{"from": 30, "to": 90}]));
    assert_eq!(
        json["summary"]["revoked_families"],
        serde_json::json!([{"family": "F1", "at": 61, "reason": "reuse_detected"}])
    );
}

#[test]
fn the_tokens_of_a_run_verify_under_its_secret_at_the_simulated_time() {
    let file = scenario_file(SPEC_EXAMPLE);
    let output = tokenscope().args(["simulate", "--json"]).arg(&file.0).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let secret = json["secret"].as_str().unwrap();
    let at2 = json["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "AT2").unwrap();
    let jwt = at2["jwt"].as_str().unwrap();
    // AT2 was issued at virtual second 30 (Unix 1767225630) and expires 60 s later.
    let verify = |at: &str| {
        tokenscope()
            .args(["verify", jwt, "--secret", secret, "--aud", "https://api.tokenscope.example", "--at", at])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(verify("1767225689"), Some(0));
    assert_eq!(verify("1767225690"), Some(1));
}

#[test]
fn the_text_table_shows_each_event_and_the_summary() {
    let output = tokenscope().args(["simulate", "--preset", "rotation-attacker-refreshes-first"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    let row = text.lines().find(|line| line.trim_start().starts_with("61 s")).unwrap();
    let columns: Vec<&str> = row.split_whitespace().take(7).collect();
    assert_eq!(columns, ["61", "s", "client", "refresh", "RT1", "400", "invalid_grant"]);
    assert!(text.contains("attacker window: 60 s in all (30 s – 90 s)"));
    assert!(text.contains("theft detected: at 61 s"));
    assert!(text.contains("revoked families: F1 at 61 s (reuse_detected)"));
}

#[test]
fn presets_lists_every_preset_with_its_title() {
    let output = tokenscope().arg("presets").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    let names: Vec<&str> = text.lines().map(|line| line.split_whitespace().next().unwrap()).collect();
    assert_eq!(names.len(), tokenscope::sim::presets::ALL.len());
    assert_eq!(names[0], "normal-use");
    assert!(names.contains(&"profile-okta"));
}

fn rejected(text: &str) -> String {
    let file = scenario_file(text);
    let output = tokenscope().arg("simulate").arg(&file.0).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn an_unknown_action_is_rejected_at_its_step() {
    let message =
        rejected(r#"{"steps": [{"at": 0, "actor": "c", "do": "login"}, {"at": 5, "actor": "c", "do": "fly"}]}"#);
    assert!(message.contains("step 2: unknown action \"fly\""), "{message}");
}

#[test]
fn an_unknown_actor_to_steal_from_is_rejected_at_its_step() {
    let message = rejected(
        r#"{"steps": [{"at": 0, "actor": "c", "do": "login"}, {"at": 5, "actor": "m", "do": "steal", "from": "x"}]}"#,
    );
    assert!(message.contains("step 2: \"from\": no step has the actor \"x\""), "{message}");
}

#[test]
fn steps_out_of_time_order_are_rejected_at_the_late_step() {
    let message = rejected(
        r#"{"steps": [{"at": 0, "actor": "c", "do": "login"}, {"at": 50, "actor": "c", "do": "call"}, {"at": 40, "actor": "c", "do": "call"}]}"#,
    );
    assert!(message.contains("step 3: at 40 comes before the previous step's 50"), "{message}");
}

#[test]
fn a_file_that_is_not_json_is_rejected() {
    let message = rejected("{\"steps\": [");
    assert!(message.contains("the scenario is not valid JSON"), "{message}");
}

#[test]
fn an_unknown_preset_is_an_unusable_argument() {
    let output = tokenscope().args(["simulate", "--preset", "nope"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no preset named \"nope\""));
}

#[test]
fn numbers_out_of_range_are_rejected_naming_the_field() {
    let huge = i64::MAX;
    let login = r#"{"at": 0, "actor": "c", "do": "login"}"#;
    let message = rejected(&format!(r#"{{"config": {{"access_ttl": {huge}}}, "steps": [{login}]}}"#));
    assert!(message.contains("config: access_ttl must be from 1 to 3153600000 seconds"), "{message}");
    let message =
        rejected(&format!(r#"{{"steps": [{login}, {{"at": 1, "actor": "c", "do": "store_outage", "for": {huge}}}]}}"#));
    assert!(message.contains("step 2: \"for\" must be from 1 to 3153600000 seconds"), "{message}");
    let message = rejected(&format!(r#"{{"steps": [{login}, {{"at": {huge}, "actor": "c", "do": "call"}}]}}"#));
    assert!(message.contains("step 2: \"at\" must be a whole number of seconds from 0 to 3153600000"), "{message}");
}
