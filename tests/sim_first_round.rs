//! Every preset of the first round gives exactly the events, tokens and summary the first release gave: its
//! `simulate --json` output is kept in `tests/fixtures/presets-first-round/` (made by that release's binary).

use serde_json::Value;

fn first_round(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/presets-first-round/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn now(name: &str) -> Value {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_tokenscope"))
        .args(["simulate", "--preset", name, "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn every_first_round_preset_runs_as_it_did() {
    let folder = format!("{}/tests/fixtures/presets-first-round", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().trim_end_matches(".json").to_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 22);
    for name in names {
        assert_eq!(now(&name), first_round(&name), "{name}");
    }
}
