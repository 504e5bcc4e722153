//! Every preset of the first round gives exactly the events, tokens and summary the first release gave: its
//! `simulate --json` output is kept in `tests/fixtures/presets-first-round/` (made by that release's binary).
//! The second round only adds: each event's `request`, `response` and `store`, `store_unavailable` in `server` during
//! an outage, the summary's `in_page_calls`, and the access tokens' `client_id` and `scope` claims (RFC 9068).

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
        let (now, before) = (now(&name), first_round(&name));
        assert_eq!(now["secret"], before["secret"], "{name}: the signing secret");
        assert_eq!(now["name"], before["name"], "{name}");
        let events = now["events"].as_array().unwrap();
        assert_eq!(events.len(), before["events"].as_array().unwrap().len(), "{name}");
        for (event, old) in events.iter().zip(before["events"].as_array().unwrap()) {
            assert_eq!(&first_round_members(event), old, "{name}: an event changed beyond the added members");
        }
        let mut summary = now["summary"].clone();
        assert_eq!(summary.as_object_mut().unwrap().remove("in_page_calls"), Some(0.into()), "{name}");
        assert_eq!(summary, before["summary"], "{name}");
        let tokens = now["tokens"].as_array().unwrap();
        for (token, old) in tokens.iter().zip(before["tokens"].as_array().unwrap()) {
            for member in ["label", "kind", "family", "issued_at", "expires_at", "holders"] {
                assert_eq!(token[member], old[member], "{name}: {member} of {}", old["label"]);
            }
            assert_eq!(
                claims_without_additions(&token["jwt"], true),
                claims_without_additions(&old["jwt"], false),
                "{name}"
            );
        }
        assert_eq!(tokens.len(), before["tokens"].as_array().unwrap().len(), "{name}");
    }
}

/// The event as the first release wrote it: without the members the second round added.
fn first_round_members(event: &Value) -> Value {
    let mut event = event.clone();
    let object = event.as_object_mut().unwrap();
    for added in ["request", "response", "store"] {
        assert!(object.remove(added).is_some(), "every event has {added}");
    }
    let outage = object["server"].as_array().unwrap().iter().any(|action| action == "store_unavailable");
    if outage {
        assert_eq!(object["status"].as_u64().map(|status| status == 500 || status == 401), Some(true));
        object["server"].as_array_mut().unwrap().retain(|action| action != "store_unavailable");
    }
    event
}

/// A token's header and claims, less the claims the second round added to access tokens.
fn claims_without_additions(jwt: &Value, added: bool) -> Value {
    let decoded = tokenscope::jose::decode(jwt.as_str().unwrap());
    let mut claims = decoded.claims().unwrap().clone();
    let object = &mut claims;
    if decoded.header_str("typ") == Some("at+jwt") && added {
        assert_eq!(object.remove("scope"), Some("api:read".into()));
        assert_eq!(object.remove("client_id"), Some("tokenscope-spa".into()));
    }
    serde_json::json!({"header": decoded.header_str("typ"), "alg": decoded.alg(), "claims": claims})
}
