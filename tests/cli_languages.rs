//! The command line speaks the language it is asked for: `--lang`, else `TOKENSCOPE_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; human text changes, identifiers and exit codes do not.

mod common;

use common::{sample, tokenscope};
use serde_json::Value;

/// Runs the binary with only the given locale variables set; returns (exit code, stdout, stderr).
fn run_with(env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut command = tokenscope();
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "TOKENSCOPE_LANG"] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn hs256() -> String {
    format!("@{}", sample("hs256.jwt"))
}

#[test]
fn a_korean_locale_gives_korean_headings() {
    let (code, stdout, _) = run_with(&[("LANG", "ko_KR.UTF-8")], &["decode", &hs256(), "--at", "2026-06-01T00:00:00Z"]);
    assert_eq!(code, 0);
    let headings: Vec<&str> = stdout.lines().filter(|line| ["헤더", "페이로드", "클레임"].contains(line)).collect();
    assert_eq!(headings, ["헤더", "페이로드", "클레임"]);
    assert!(stdout.contains("만료 시간: "), "{stdout}");
}

#[test]
fn without_any_locale_the_output_is_english() {
    let (_, stdout, _) = run_with(&[], &["decode", &hs256(), "--at", "2026-06-01T00:00:00Z"]);
    assert!(stdout.starts_with("Token:   JWS (signed)\n"), "{stdout}");
    let (_, stdout, _) =
        run_with(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")], &["decode", &hs256(), "--at", "2026-06-01T00:00:00Z"]);
    assert!(stdout.starts_with("Token:   JWS (signed)\n"), "LC_ALL decides: {stdout}");
}

#[test]
fn the_flag_outranks_the_environment_and_the_environment_the_locale() {
    let args = ["lint", &hs256(), "--at", "2026-06-01T00:00:00Z"];
    let (_, korean, _) = run_with(&[("TOKENSCOPE_LANG", "ko"), ("LANG", "en_US.UTF-8")], &args);
    assert!(korean.contains("발견 사항"), "{korean}");
    let mut flagged = vec!["--lang", "en"];
    flagged.extend_from_slice(&args);
    let (_, english, _) = run_with(&[("TOKENSCOPE_LANG", "ko"), ("LANG", "ko_KR.UTF-8")], &flagged);
    assert!(english.contains(" findings: "), "{english}");
    assert!(!english.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "{english}");
}

#[test]
fn json_keeps_its_identifiers_and_exit_codes_in_every_language() {
    let args = ["verify", "--json", &hs256(), "--secret", "wrong", "--at", "2026-06-01T00:00:00Z"];
    let (en_code, en, _) = run_with(&[("TOKENSCOPE_LANG", "en")], &args);
    let (ko_code, ko, _) = run_with(&[("TOKENSCOPE_LANG", "ko")], &args);
    assert_eq!((en_code, ko_code), (1, 1));
    let (en, ko): (Value, Value) = (serde_json::from_str(&en).unwrap(), serde_json::from_str(&ko).unwrap());
    let identifiers = |object: &Value| {
        let kinds: Vec<Value> = object["errors"].as_array().unwrap().iter().map(|e| e["kind"].clone()).collect();
        let checks: Vec<(Value, Value)> =
            object["claims"].as_array().unwrap().iter().map(|c| (c["name"].clone(), c["status"].clone())).collect();
        (object["valid"].clone(), object["signature"]["status"].clone(), kinds, checks)
    };
    assert_eq!(identifiers(&en), identifiers(&ko));
    assert_ne!(en["errors"][0]["message"], ko["errors"][0]["message"], "messages follow the language");
}

#[test]
fn an_unknown_language_flag_is_refused_with_the_choices() {
    let (code, _, stderr) = run_with(&[], &["decode", &hs256(), "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("[possible values: en, ko]"), "{stderr}");
}

#[test]
fn a_korean_simulation_narrates_in_korean_and_keeps_its_codes() {
    let (code, stdout, _) =
        run_with(&[], &["simulate", "--preset", "rotation-attacker-refreshes-first", "--lang", "ko"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("재사용"), "{stdout}");
    assert!(stdout.contains("invalid_grant"), "{stdout}");
}
