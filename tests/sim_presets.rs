//! Every preset scenario run through `tokenscope simulate --preset NAME --json`: each event's status, error,
//! presented and issued tokens and server actions, and the summary, pinned exactly. One line per event reads
//! `at actor do presented status error issued server` ("-" for nothing).

use assert_cmd::Command;
use serde_json::Value;

fn run_preset(name: &str) -> Value {
    let output =
        Command::cargo_bin("tokenscope").unwrap().args(["simulate", "--preset", name, "--json"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn text(value: &Value) -> String {
    match value {
        Value::Null => "-".to_owned(),
        Value::String(text) => text.clone(),
        Value::Array(items) if items.is_empty() => "-".to_owned(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

fn event_lines(output: &Value) -> Vec<String> {
    output["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| {
            let tokens = if event["stolen"].as_array().is_some_and(|stolen| !stolen.is_empty()) {
                format!("stole:{}", text(&event["stolen"]))
            } else {
                text(&event["issued"])
            };
            format!(
                "{} {} {} {} {} {} {} {}",
                event["at"],
                text(&event["actor"]),
                text(&event["do"]),
                text(&event["presented"]),
                text(&event["status"]),
                text(&event["error"]),
                tokens,
                text(&event["server"])
            )
        })
        .collect()
}

/// `attacker_window` as `from-to` spans, the seconds, `detected_at`, and `family@at:reason` revocations.
fn summary_line(output: &Value) -> String {
    let summary = &output["summary"];
    let window: Vec<String> = summary["attacker_window"]
        .as_array()
        .unwrap()
        .iter()
        .map(|span| format!("{}-{}", span["from"], span["to"]))
        .collect();
    let revoked: Vec<String> = summary["revoked_families"]
        .as_array()
        .unwrap()
        .iter()
        .map(|revocation| {
            format!("{}@{}:{}", text(&revocation["family"]), revocation["at"], text(&revocation["reason"]))
        })
        .collect();
    format!(
        "window [{}] {} s, detected {}, revoked [{}]",
        window.join(" "),
        summary["attacker_seconds"],
        text(&summary["detected_at"]),
        revoked.join(" ")
    )
}

fn check(name: &str, events: &[&str], summary: &str) {
    let output = run_preset(name);
    assert_eq!(event_lines(&output), events, "events of {name}");
    assert_eq!(summary_line(&output), summary, "summary of {name}");
}

#[test]
fn preset_normal_use() {
    check(
        "normal-use",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "30 client call AT1 200 - - -",
            "65 client call AT1 401 invalid_token - -",
            "66 client refresh RT1 200 - AT2,RT2 rotated",
            "67 client call AT2 200 - - -",
        ],
        "window [] 0 s, detected -, revoked []",
    );
}

#[test]
fn preset_naive_extension() {
    check(
        "naive-extension",
        &[
            "0 client login - 200 - AT1 family_started",
            "10 attacker steal - - - stole:AT1 -",
            "70 client call AT1 401 invalid_token - -",
            "71 client extend AT1 200 - AT2 access_extended",
            "200 attacker call AT1 401 invalid_token - -",
            "201 attacker extend AT1 200 - AT3 access_extended",
            "202 attacker call AT3 200 - - -",
            "300 attacker extend AT3 200 - AT4 access_extended",
            "301 attacker call AT4 200 - - -",
        ],
        "window [10-60 201-261 300-360] 170 s, detected -, revoked []",
    );
}

#[test]
fn preset_access_stolen() {
    check(
        "access-stolen",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "10 attacker steal - - - stole:AT1 -",
            "20 attacker call AT1 200 - - -",
            "30 client password_change - 200 - - families_revoked",
            "40 attacker call AT1 200 - - -",
            "59 attacker call AT1 200 - - -",
            "60 attacker call AT1 401 invalid_token - -",
            "61 attacker refresh - 400 invalid_request - -",
        ],
        "window [10-60] 50 s, detected -, revoked [F1@30:password_change]",
    );
}

#[test]
fn preset_access_stolen_denylist() {
    check(
        "access-stolen-denylist",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "10 attacker steal - - - stole:AT1 -",
            "15 attacker call AT1 200 - - -",
            "20 client deny AT1 200 - - denylisted",
            "25 attacker call AT1 401 invalid_token - -",
            "59 attacker call AT1 401 invalid_token - -",
            "65 attacker call AT1 200 - - -",
            "95 attacker call AT1 401 invalid_token - -",
        ],
        "window [10-20 60-90] 40 s, detected -, revoked []",
    );
}

#[test]
fn preset_refresh_stolen_no_rotation() {
    check(
        "refresh-stolen-no-rotation",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "30 attacker steal - - - stole:RT1 -",
            "40 attacker refresh RT1 200 - AT2 access_issued",
            "41 attacker call AT2 200 - - -",
            "65 client refresh RT1 200 - AT3 access_issued",
            "120 attacker refresh RT1 200 - AT4 access_issued",
            "600 client refresh RT1 200 - AT5 access_issued",
            "1190 attacker refresh RT1 200 - AT6 access_issued",
            "1700 client refresh RT1 200 - AT7 access_issued",
            "1800 attacker refresh RT1 400 invalid_grant - -",
            "1801 client refresh RT1 400 invalid_grant - -",
        ],
        "window [40-100 120-180 1190-1250] 180 s, detected -, revoked []",
    );
}

#[test]
fn preset_rotation_victim_refreshes_first() {
    check(
        "rotation-victim-refreshes-first",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "20 attacker steal - - - stole:RT1 -",
            "61 client refresh RT1 200 - AT2,RT2 rotated",
            "62 client call AT2 200 - - -",
            "90 attacker refresh RT1 400 invalid_grant - reuse_detected,family_revoked",
            "125 client refresh RT2 400 invalid_grant - -",
            "126 client login - 200 - AT3,RT3 family_started",
        ],
        "window [] 0 s, detected 90, revoked [F1@90:reuse_detected]",
    );
}

#[test]
fn preset_rotation_attacker_refreshes_first() {
    check(
        "rotation-attacker-refreshes-first",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "20 attacker steal - - - stole:RT1 -",
            "30 attacker refresh RT1 200 - AT2,RT2 rotated",
            "40 client call AT1 200 - - -",
            "61 client refresh RT1 400 invalid_grant - reuse_detected,family_revoked",
            "70 attacker call AT2 200 - - -",
            "95 attacker call AT2 401 invalid_token - -",
            "96 attacker refresh RT2 400 invalid_grant - -",
        ],
        "window [30-90] 60 s, detected 61, revoked [F1@61:reuse_detected]",
    );
}

#[test]
fn preset_both_stolen() {
    check(
        "both-stolen",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "10 attacker steal - - - stole:AT1,RT1 -",
            "15 attacker call AT1 200 - - -",
            "20 attacker refresh RT1 200 - AT2,RT2 rotated",
            "50 client call AT1 200 - - -",
            "61 client call AT1 401 invalid_token - -",
            "62 client refresh RT1 400 invalid_grant - reuse_detected,family_revoked",
            "70 attacker call AT2 200 - - -",
            "81 attacker call AT2 401 invalid_token - -",
            "82 attacker refresh RT2 400 invalid_grant - -",
        ],
        "window [10-80] 70 s, detected 62, revoked [F1@62:reuse_detected]",
    );
}

#[test]
fn preset_idle_victim() {
    check(
        "idle-victim",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "10 attacker steal - - - stole:AT1,RT1 -",
            "30 attacker call AT1 200 - - -",
            "55 attacker refresh RT1 200 - AT2,RT2 rotated",
            "110 attacker refresh RT2 200 - AT3,RT3 rotated",
            "600 attacker refresh RT3 200 - AT4,RT4 rotated",
            "1190 attacker refresh RT4 200 - AT5,RT5 rotated",
            "1200 attacker call AT5 200 - - -",
            "1780 attacker refresh RT5 200 - AT6,RT6 rotated",
            "1800 attacker refresh RT6 400 invalid_grant - -",
        ],
        "window [10-170 600-660 1190-1250 1780-1840] 340 s, detected -, revoked []",
    );
}

#[test]
fn preset_logout_and_password_change() {
    check(
        "logout-and-password-change",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "10 client login - 200 - AT2,RT2 family_started",
            "15 attacker steal - - - stole:AT2,RT2 -",
            "20 client logout RT2 200 - - family_revoked",
            "25 attacker refresh RT2 400 invalid_grant - -",
            "30 attacker call AT2 200 - - -",
            "40 client password_change - 200 - - families_revoked",
            "45 client refresh RT1 400 invalid_grant - -",
            "50 client call AT2 200 - - -",
            "71 attacker call AT2 401 invalid_token - -",
        ],
        "window [15-70] 55 s, detected -, revoked [F2@20:logout F1@40:password_change]",
    );
}

#[test]
fn preset_two_tabs_race() {
    check(
        "two-tabs-race",
        &[
            "0 tab1 login - 200 - AT1,RT1 family_started",
            "1 tab2 steal - - - stole:AT1,RT1 -",
            "61 tab1 refresh RT1 200 - AT2,RT2 rotated",
            "61 tab2 refresh RT1 400 invalid_grant - reuse_detected,family_revoked",
            "90 tab1 call AT2 200 - - -",
            "125 tab1 refresh RT2 400 invalid_grant - -",
        ],
        "window [1-60] 59 s, detected 61, revoked [F1@61:reuse_detected]",
    );
}

#[test]
fn preset_two_tabs_grace() {
    check(
        "two-tabs-grace",
        &[
            "0 tab1 login - 200 - AT1,RT1 family_started",
            "1 tab2 steal - - - stole:AT1,RT1 -",
            "61 tab1 refresh RT1 200 - AT2,RT2 rotated",
            "61 tab2 refresh RT1 200 - AT3,RT3 grace_accepted,branched",
            "90 tab1 call AT2 200 - - -",
            "91 tab2 call AT3 200 - - -",
            "121 tab1 refresh RT2 200 - AT4,RT4 rotated",
            "122 tab2 refresh RT3 200 - AT5,RT5 rotated",
        ],
        "window [1-60 61-121 122-182] 179 s, detected -, revoked []",
    );
}

#[test]
fn preset_grace_window_replay() {
    check(
        "grace-window-replay",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "10 attacker steal - - - stole:RT1 -",
            "61 client refresh RT1 200 - AT2,RT2 rotated",
            "80 attacker refresh RT1 200 - AT3,RT3 grace_accepted,branched",
            "85 attacker call AT3 200 - - -",
            "100 attacker refresh RT3 200 - AT4,RT4 rotated",
            "125 client refresh RT2 200 - AT5,RT5 rotated",
        ],
        "window [80-160] 80 s, detected -, revoked []",
    );
}

#[test]
fn preset_lifetimes() {
    check(
        "lifetimes",
        &[
            "0 alice login - 200 - AT1,RT1 family_started",
            "0 bob login - 200 - AT2,RT2 family_started",
            "500 bob refresh RT2 200 - AT3,RT3 rotated",
            "700 alice refresh RT1 400 invalid_grant - -",
            "1000 bob refresh RT3 200 - AT4,RT4 rotated",
            "1500 bob refresh RT4 200 - AT5,RT5 rotated",
            "1799 bob refresh RT5 200 - AT6,RT6 rotated",
            "1800 bob refresh RT6 400 invalid_grant - -",
        ],
        "window [] 0 s, detected -, revoked []",
    );
}

#[test]
fn preset_clock_skew() {
    check(
        "clock-skew",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "59 client call AT1 200 - - -",
            "65 client call AT1 200 - - -",
            "85 client call AT1 200 - - -",
            "90 client call AT1 401 invalid_token - -",
        ],
        "window [] 0 s, detected -, revoked []",
    );
}

#[test]
fn preset_store_down() {
    check(
        "store-down",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "30 ops store_outage - - - - store_down",
            "61 client call AT1 401 invalid_token - -",
            "62 client refresh RT1 500 server_error - store_unavailable",
            "90 client refresh RT1 200 - AT2,RT2 rotated",
            "91 client call AT2 200 - - -",
        ],
        "window [] 0 s, detected -, revoked []",
    );
}

#[test]
fn preset_profile_auth0() {
    check(
        "profile-auth0",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "60 attacker steal - - - stole:RT1 -",
            "120 attacker refresh RT1 200 - AT2,RT2 rotated",
            "3600 client refresh RT1 403 invalid_grant - reuse_detected,family_revoked",
            "3700 attacker call AT2 200 - - -",
            "3800 attacker refresh RT2 403 invalid_grant - -",
        ],
        "window [120-86520] 86400 s, detected 3600, revoked [F1@3600:reuse_detected]",
    );
}

#[test]
fn preset_profile_okta() {
    check(
        "profile-okta",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "60 attacker steal - - - stole:RT1 -",
            "120 attacker refresh RT1 200 - AT2,RT2 rotated",
            "130 attacker call AT2 200 - - -",
            "600 client refresh RT1 400 invalid_grant - reuse_detected,family_revoked,access_deactivated",
            "610 attacker call AT2 401 invalid_token - -",
        ],
        "window [120-600] 480 s, detected 600, revoked [F1@600:reuse_detected]",
    );
}

#[test]
fn preset_profile_keycloak() {
    check(
        "profile-keycloak",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "60 attacker steal - - - stole:RT1 -",
            "400 attacker refresh RT1 200 - AT2 access_issued",
            "500 client refresh RT1 200 - AT3 access_issued",
            "2400 attacker refresh RT1 400 invalid_grant - -",
        ],
        "window [400-700] 300 s, detected -, revoked []",
    );
}

#[test]
fn preset_profile_supabase() {
    check(
        "profile-supabase",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "60 attacker steal - - - stole:RT1 -",
            "120 client refresh RT1 200 - AT2,RT2 rotated",
            "5000 attacker refresh RT1 200 - AT3,RT2 grace_accepted",
            "5100 attacker call AT3 200 - - -",
            "5200 client refresh RT2 200 - AT4,RT3 rotated",
            "6000 attacker refresh RT1 400 invalid_grant - reuse_detected,family_revoked",
        ],
        "window [5000-8600] 3600 s, detected 6000, revoked [F1@6000:reuse_detected]",
    );
}

#[test]
fn preset_profile_spring() {
    check(
        "profile-spring",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "60 attacker steal - - - stole:RT1 -",
            "400 attacker refresh RT1 200 - AT2 access_issued",
            "3599 attacker refresh RT1 200 - AT3 access_issued",
            "3600 client refresh RT1 400 invalid_grant - -",
        ],
        "window [400-700 3599-3899] 600 s, detected -, revoked []",
    );
}

#[test]
fn preset_profile_hydra() {
    check(
        "profile-hydra",
        &[
            "0 client login - 200 - AT1,RT1 family_started",
            "60 attacker steal - - - stole:RT1 -",
            "120 attacker refresh RT1 200 - AT2,RT2 rotated",
            "200 client refresh RT1 400 invalid_grant - reuse_detected,family_revoked,access_deactivated",
            "210 attacker call AT2 401 invalid_token - -",
            "220 client call AT1 401 invalid_token - -",
        ],
        "window [120-200] 80 s, detected 200, revoked [F1@200:reuse_detected]",
    );
}
