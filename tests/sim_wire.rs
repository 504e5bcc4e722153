//! The simulation's second round through `tokenscope simulate --preset NAME --json`: for every new preset, each
//! event's status, error, request line, response status and store commands pinned exactly; the shapes of the two
//! wires; DPoP proofs on the wire that `tokenscope verify` accepts for their request and access token; and the
//! `--wire` text output.

mod common;

use assert_cmd::Command;
use common::verify_json;
use serde_json::Value;

fn run_preset(name: &str) -> Value {
    let output =
        Command::cargo_bin("tokenscope").unwrap().args(["simulate", "--preset", name, "--json"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// `at actor do status error | request line | response status | store commands` per event ("-" for nothing).
fn wire_lines(output: &Value) -> Vec<String> {
    let text = |value: &Value| match value {
        Value::Null => "-".to_owned(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    output["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| {
            let request = match &event["request"] {
                Value::Null => "-".to_owned(),
                request => format!("{} {}", text(&request["method"]), text(&request["path"])),
            };
            let store: Vec<String> = event["store"].as_array().unwrap().iter().map(text).collect();
            format!(
                "{} {} {} {} {} | {} | {} | {}",
                event["at"],
                text(&event["actor"]),
                text(&event["do"]),
                text(&event["status"]),
                text(&event["error"]),
                request,
                text(&event["response"]["status"]),
                if store.is_empty() { "-".to_owned() } else { store.join("; ") }
            )
        })
        .collect()
}

/// Store commands with their JSON values cut, which the tests below read separately.
fn short(line: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                if !quoted {
                    out.push_str("{..}");
                }
            }
            _ if quoted => {}
            c => out.push(c),
        }
    }
    out
}

fn check(name: &str, expected: &[&str]) -> Value {
    let output = run_preset(name);
    let lines: Vec<String> = wire_lines(&output).iter().map(|line| short(line)).collect();
    assert_eq!(lines, expected, "{name}");
    output
}

#[test]
fn seed_refresh_api_walks_the_status_table_on_the_json_wire() {
    let output = check(
        "seed-refresh-api",
        &[
            "0 client login 200 - | POST /login | 200 | SADD user:client:families F1; SET family:F1 {..} EX 1800; SET rt:RT1 {..} EX 600; SET family:F1 {..} EX 1800",
            "10 client call 200 - | GET /api/resource | 200 | -",
            "20 client call 403 insufficient_scope | GET /api/resource | 403 | -",
            "61 client call 401 invalid_token | GET /api/resource | 401 | -",
            "62 client refresh 200 - | POST /auth/refresh | 200 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1738; SET rt:RT2 {..} EX 600; SET family:F1 {..} EX 1738",
            "63 client call 200 - | GET /api/resource | 200 | -",
            "70 newtab refresh 400 invalid_request | POST /auth/refresh | 400 | -",
            "80 ops store_outage - - | - | - | -",
            "90 client refresh 500 server_error | POST /auth/refresh | 500 | GET rt:RT2",
            "120 client refresh 200 - | POST /auth/refresh | 200 | GET rt:RT2; GET family:F1; SET rt:RT2 {..} EX 1680; SET rt:RT3 {..} EX 600; SET family:F1 {..} EX 1680",
            "121 client call 200 - | GET /api/resource | 200 | -",
        ],
    );
    let events = output["events"].as_array().unwrap();
    let refresh = &events[4];
    let rt1 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "RT1").unwrap();
    assert_eq!(refresh["request"]["body"], format!("{{\"refreshToken\":\"{}\"}}", rt1["jwt"].as_str().unwrap()));
    let answer: Value = serde_json::from_str(refresh["response"]["body"].as_str().unwrap()).unwrap();
    let names: Vec<&String> = answer.as_object().unwrap().keys().collect();
    assert_eq!(names, ["accessToken", "refreshToken"]);
    for (index, status, message) in [
        (2, 403, "Request not permitted"),
        (3, 401, "Token is not valid"),
        (6, 400, "Invalid request"),
        (8, 500, "Token refresh failed: internal server error"),
    ] {
        let body: Value = serde_json::from_str(events[index]["response"]["body"].as_str().unwrap()).unwrap();
        assert_eq!(body, serde_json::json!({"status": status, "message": message}), "event {index}");
    }
    assert_eq!(
        events[2]["response"]["headers"]["WWW-Authenticate"],
        "Bearer error=\"insufficient_scope\", scope=\"api:write\""
    );
    assert_eq!(events[8]["server"], serde_json::json!(["store_unavailable"]));
    let new_tab = &events[6]["request"];
    assert_eq!(new_tab["body"], "{}", "a tab with no refresh token sends none");
}

#[test]
fn the_seed_api_answers_in_the_seeds_own_korean() {
    let output = Command::cargo_bin("tokenscope")
        .unwrap()
        .args(["--lang", "ko", "simulate", "--preset", "seed-refresh-api", "--json"])
        .output()
        .unwrap();
    let output: Value = serde_json::from_slice(&output.stdout).unwrap();
    let body: Value = serde_json::from_str(output["events"][8]["response"]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["message"], "서버 내부 오류로 인해 토큰 갱신에 실패했습니다");
    assert_eq!(output["events"][8]["error"], "server_error");
}

#[test]
fn the_oauth_wire_sends_a_form_and_answers_rfc_6749_token_responses() {
    let output = run_preset("normal-use");
    let events = output["events"].as_array().unwrap();
    let refresh = events.iter().find(|event| event["do"] == "refresh").unwrap();
    assert_eq!(refresh["request"]["method"], "POST");
    assert_eq!(refresh["request"]["path"], "/token");
    assert_eq!(refresh["request"]["headers"]["Content-Type"], "application/x-www-form-urlencoded");
    let body = refresh["request"]["body"].as_str().unwrap();
    let rt1 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "RT1").unwrap();
    assert_eq!(body, format!("grant_type=refresh_token&refresh_token={}", rt1["jwt"].as_str().unwrap()));
    assert_eq!(refresh["response"]["headers"]["Cache-Control"], "no-store");
    let answer: Value = serde_json::from_str(refresh["response"]["body"].as_str().unwrap()).unwrap();
    let names: Vec<&String> = answer.as_object().unwrap().keys().collect();
    assert_eq!(names, ["access_token", "token_type", "expires_in", "refresh_token", "scope"]);
    assert_eq!((answer["token_type"].as_str(), answer["scope"].as_str()), (Some("Bearer"), Some("api:read")));
    let refused = events.iter().find(|event| event["status"] == 401).unwrap();
    assert_eq!(refused["response"]["headers"]["WWW-Authenticate"], "Bearer error=\"invalid_token\"");
    assert_eq!(refused["response"]["body"], Value::Null);
    let call = events.iter().find(|event| event["do"] == "call").unwrap();
    let at1 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "AT1").unwrap();
    assert_eq!(call["request"]["headers"]["Authorization"], format!("Bearer {}", at1["jwt"].as_str().unwrap()));
}

#[test]
fn scope_narrowing_narrows_the_access_token_and_never_the_grant() {
    let output = check(
        "scope-narrowing",
        &[
            "0 client login 200 - | POST /login | 200 | SADD user:client:families F1; SET family:F1 {..} EX 1800; SET rt:RT1 {..} EX 600; SET family:F1 {..} EX 1800",
            "5 client call 200 - | GET /api/resource | 200 | -",
            "10 client refresh 200 - | POST /token | 200 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1790; SET rt:RT2 {..} EX 600; SET family:F1 {..} EX 1790",
            "15 client call 403 insufficient_scope | GET /api/resource | 403 | -",
            "20 client call 200 - | GET /api/resource | 200 | -",
            "25 client refresh 200 - | POST /token | 200 | GET rt:RT2; GET family:F1; SET rt:RT2 {..} EX 1775; SET rt:RT3 {..} EX 600; SET family:F1 {..} EX 1775",
            "30 client call 200 - | GET /api/resource | 200 | -",
            "35 client refresh 400 invalid_scope | POST /token | 400 | GET rt:RT3; GET family:F1",
            "40 client refresh 200 - | POST /token | 200 | GET rt:RT3; GET family:F1; SET rt:RT3 {..} EX 1760; SET rt:RT4 {..} EX 600; SET family:F1 {..} EX 1760",
        ],
    );
    let events = output["events"].as_array().unwrap();
    assert!(events[2]["request"]["body"].as_str().unwrap().ends_with("&scope=api%3Aread"));
    let scope_of = |index: usize| -> String {
        let body: Value = serde_json::from_str(events[index]["response"]["body"].as_str().unwrap()).unwrap();
        body["scope"].as_str().unwrap().to_owned()
    };
    assert_eq!(scope_of(2), "api:read");
    assert_eq!(scope_of(5), "api:read api:write");
    let error: Value = serde_json::from_str(events[7]["response"]["body"].as_str().unwrap()).unwrap();
    assert_eq!(error["error"], "invalid_scope");
    let at2 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "AT2").unwrap();
    let claims = tokenscope::jose::decode(at2["jwt"].as_str().unwrap()).claims().unwrap().clone();
    assert_eq!(claims["scope"], "api:read");
}

#[test]
fn dpop_bound_tokens_are_useless_without_the_key_and_nothing_is_revoked() {
    let output = check(
        "dpop-stolen-tokens",
        &[
            "0 client login 200 - | POST /login | 200 | SADD user:client:families F1; SET family:F1 {..} EX 1800; SET rt:RT1 {..} EX 600; SET family:F1 {..} EX 1800",
            "10 client call 200 - | GET /api/resource | 200 | -",
            "15 attacker steal - - | - | - | -",
            "20 attacker call 401 invalid_token | GET /api/resource | 401 | -",
            "25 attacker refresh 400 invalid_grant | POST /token | 400 | GET rt:RT1",
            "30 attacker steal - - | - | - | -",
            "61 client refresh 200 - | POST /token | 200 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1739; SET rt:RT2 {..} EX 600; SET family:F1 {..} EX 1739",
            "62 client call 200 - | GET /api/resource | 200 | -",
        ],
    );
    let events = output["events"].as_array().unwrap();
    assert_eq!(events[4]["server"], serde_json::json!(["binding_mismatch"]));
    assert_eq!(events[3]["response"]["headers"]["WWW-Authenticate"], "DPoP error=\"invalid_token\"");
    assert_eq!(output["summary"]["attacker_seconds"], 0);
    assert_eq!(output["summary"]["revoked_families"], serde_json::json!([]));
}

/// The access token a call carried, and its proof.
fn call_parts(event: &Value) -> (String, String) {
    let headers = &event["request"]["headers"];
    let access = headers["Authorization"].as_str().unwrap().strip_prefix("DPoP ").unwrap().to_owned();
    (access, headers["DPoP"].as_str().unwrap().to_owned())
}

#[test]
fn dpop_proofs_on_the_wire_verify_for_their_request_and_bind_the_access_token() {
    let output = run_preset("dpop-stolen-tokens");
    let events = output["events"].as_array().unwrap();
    let (access, proof) = call_parts(&events[1]);
    let at = (1_767_225_600 + 10).to_string();
    let url = "https://api.tokenscope.example/api/resource";
    let (code, object) = verify_json(&[&proof, "--at", &at, "--htm", "GET", "--htu", url, "--access-token", &access]);
    assert_eq!(code, 0, "{object}");
    assert_eq!(object["dpop"]["ath_matches"], true);
    assert_eq!(object["dpop"]["jkt_matches"], true, "the AT's cnf.jkt is the proof key's thumbprint");
    // The thief's proof is genuine too, but by another key: the access token's cnf.jkt does not match it.
    let (stolen, thief_proof) = call_parts(&events[3]);
    assert_eq!(stolen, access);
    let at = (1_767_225_600 + 20).to_string();
    let (_, object) =
        verify_json(&[&thief_proof, "--at", &at, "--htm", "GET", "--htu", url, "--access-token", &access]);
    assert_eq!(object["dpop"]["ath_matches"], true);
    assert_eq!(object["dpop"]["jkt_matches"], false);
    let token_proof = events[6]["request"]["headers"]["DPoP"].as_str().unwrap();
    let at = (1_767_225_600 + 61).to_string();
    let (code, _) =
        verify_json(&[token_proof, "--at", &at, "--htm", "POST", "--htu", "https://auth.tokenscope.example/token"]);
    assert_eq!(code, 0);
}

#[test]
fn an_extractable_key_is_stolen_with_the_tokens_and_only_reuse_detection_is_left() {
    let output = check(
        "dpop-extractable-key",
        &[
            "0 client login 200 - | POST /login | 200 | SADD user:client:families F1; SET family:F1 {..} EX 1800; SET rt:RT1 {..} EX 600; SET family:F1 {..} EX 1800",
            "10 attacker steal - - | - | - | -",
            "11 attacker steal - - | - | - | -",
            "15 attacker call 200 - | GET /api/resource | 200 | -",
            "20 attacker refresh 200 - | POST /token | 200 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1780; SET rt:RT2 {..} EX 600; SET family:F1 {..} EX 1780",
            "61 client refresh 400 invalid_grant | POST /token | 400 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1739; SET rt:RT2 {..} EX 1739; SET family:F1 {..} EX 1739",
            "65 attacker call 200 - | GET /api/resource | 200 | -",
        ],
    );
    assert_eq!(output["summary"]["attacker_window"], serde_json::json!([{"from": 11, "to": 80}]));
    assert_eq!(output["summary"]["detected_at"], 61);
}

#[test]
fn an_in_page_attacker_succeeds_whenever_the_victim_would() {
    let output = check(
        "dpop-in-page-attacker",
        &[
            "0 client login 200 - | POST /login | 200 | SADD user:client:families F1; SET family:F1 {..} EX 1800; SET rt:RT1 {..} EX 600; SET family:F1 {..} EX 1800",
            "10 attacker call 200 - | GET /api/resource | 200 | -",
            "15 attacker steal - - | - | - | -",
            "20 attacker call 401 invalid_token | GET /api/resource | 401 | -",
            "61 client refresh 200 - | POST /token | 200 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1739; SET rt:RT2 {..} EX 600; SET family:F1 {..} EX 1739",
            "70 attacker call 200 - | GET /api/resource | 200 | -",
        ],
    );
    let events = output["events"].as_array().unwrap();
    assert_eq!(events[1]["via"], "client");
    assert_eq!(events[5]["presented"], "AT2", "the script uses the page's newest token");
    assert_eq!(output["summary"]["in_page_calls"], 2);
    assert_eq!(output["summary"]["attacker_seconds"], 0, "the exfiltrated tokens never worked");
}

#[test]
fn a_confidential_client_refuses_a_stolen_refresh_token_without_its_secret() {
    let output = check(
        "confidential-client-bff",
        &[
            "0 bff login 200 - | POST /login | 200 | SADD user:bff:families F1; SET family:F1 {..} EX 1800; SET rt:RT1 {..} EX 600; SET family:F1 {..} EX 1800",
            "10 attacker steal - - | - | - | -",
            "15 attacker refresh 401 invalid_client | POST /token | 401 | -",
            "20 bff call 200 - | GET /api/resource | 200 | -",
            "61 bff refresh 200 - | POST /token | 200 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1739; SET rt:RT2 {..} EX 600; SET family:F1 {..} EX 1739",
            "70 attacker steal - - | - | - | -",
            "75 attacker refresh 400 invalid_grant | POST /token | 400 | GET rt:RT1; GET family:F1; SET rt:RT1 {..} EX 1725; SET rt:RT2 {..} EX 1725; SET family:F1 {..} EX 1725",
            "80 bff refresh 400 invalid_grant | POST /token | 400 | GET rt:RT2; GET family:F1",
        ],
    );
    let events = output["events"].as_array().unwrap();
    assert_eq!(events[2]["response"]["headers"]["WWW-Authenticate"], "Basic realm=\"tokenscope\"");
    assert!(events[2]["request"]["headers"]["Authorization"].is_null());
    let basic = events[4]["request"]["headers"]["Authorization"].as_str().unwrap();
    assert!(basic.starts_with("Basic "), "{basic}");
    assert!(events[6]["request"]["headers"]["Authorization"].as_str().unwrap().starts_with("Basic "));
    let at2 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "AT2").unwrap();
    let claims = tokenscope::jose::decode(at2["jwt"].as_str().unwrap()).claims().unwrap().clone();
    assert_eq!(claims["client_id"], "tokenscope-bff");
}

#[test]
fn a_sliding_session_hands_a_fresh_token_to_whoever_keeps_calling() {
    let output = check(
        "sliding-session-stolen",
        &[
            "0 client login 200 - | POST /login | 200 | SADD user:client:families F1; SET family:F1 {..}",
            "30 client call 200 - | GET /api/resource | 200 | -",
            "40 attacker steal - - | - | - | -",
            "80 attacker call 200 - | GET /api/resource | 200 | -",
            "130 attacker call 200 - | GET /api/resource | 200 | -",
            "150 client call 401 invalid_token | GET /api/resource | 401 | -",
            "180 attacker call 200 - | GET /api/resource | 200 | -",
        ],
    );
    let events = output["events"].as_array().unwrap();
    let issued: Vec<&Value> = events.iter().map(|event| &event["issued"]).collect();
    assert_eq!(issued[3], &serde_json::json!(["AT3"]));
    let body: Value = serde_json::from_str(events[3]["response"]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["expires_in"], 60);
    let at3 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "AT3").unwrap();
    assert_eq!(body["access_token"], at3["jwt"]);
    assert_eq!(output["summary"]["attacker_window"], serde_json::json!([{"from": 40, "to": 240}]));
}

#[test]
fn simulate_wire_prints_each_exchange_as_curl_does() {
    let output = Command::cargo_bin("tokenscope")
        .unwrap()
        .args(["simulate", "--preset", "seed-refresh-api", "--wire"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("        > POST /auth/refresh HTTP/1.1\n        > Host: auth.tokenscope.example\n"),
        "{text}"
    );
    assert!(text.contains("        < HTTP/1.1 403 Forbidden\n"), "{text}");
    assert!(text.contains("        < {\"status\":500,\"message\":\"Token refresh failed: internal server error\"}\n"));
    assert!(text.contains("          GET rt:RT2\n"));
    let plain = Command::cargo_bin("tokenscope").unwrap().args(["simulate", "--preset", "seed-refresh-api"]).output();
    assert!(!String::from_utf8(plain.unwrap().stdout).unwrap().contains("HTTP/1.1"));
}

#[test]
fn a_denylist_entry_is_written_with_the_ttl_the_contract_gives() {
    let output = run_preset("access-stolen-denylist");
    let denials: Vec<&Value> =
        output["events"].as_array().unwrap().iter().filter(|event| event["do"] == "deny").collect();
    assert!(!denials.is_empty());
    for denial in denials {
        let command = denial["store"].as_array().unwrap().iter().find(|c| c.as_str().unwrap().starts_with("SET deny:"));
        assert!(command.is_some(), "{denial}");
        let command = command.unwrap().as_str().unwrap();
        assert!(command.contains(" 1 EX "), "{command}");
    }
}

#[test]
fn the_simulations_access_tokens_meet_rfc_9068() {
    let output = run_preset("confidential-client-bff");
    let secret = output["secret"].as_str().unwrap();
    let at1 = output["tokens"].as_array().unwrap().iter().find(|token| token["label"] == "AT1").unwrap();
    let at = (1_767_225_600 + 10).to_string();
    let (code, object) = verify_json(&[
        at1["jwt"].as_str().unwrap(),
        "--secret",
        secret,
        "--at",
        &at,
        "--aud",
        "https://api.tokenscope.example",
        "--profile",
        "at+jwt",
    ]);
    assert_eq!((code, object["profile"].as_str()), (0, Some("at+jwt")), "{object}");
}
