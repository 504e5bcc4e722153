//! `decode --batch` and `lint --batch`: one JSON object per non-blank stdin line, in input order, malformed lines
//! reported in place, exit codes as for one token.

mod common;

use common::{hs256, tokenscope};
use serde_json::{Value, json};

fn batch(args: &[&str], lines: &str) -> (i32, Vec<Value>) {
    let output = tokenscope().args(args).write_stdin(lines.to_owned()).output().unwrap();
    let objects =
        String::from_utf8(output.stdout).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    (output.status.code().unwrap_or(-1), objects)
}

#[test]
fn decode_batch_prints_one_decode_object_per_line_in_order() {
    let tokens: Vec<String> = (0..200).map(|n| hs256(json!({}), json!({"sub": format!("user-{n}")}))).collect();
    let (code, objects) = batch(&["decode", "--batch"], &format!("{}\n\n", tokens.join("\n")));
    assert_eq!((code, objects.len()), (0, 200));
    for (n, object) in objects.iter().enumerate() {
        assert_eq!(object["payload"]["sub"], format!("user-{n}"));
    }
}

#[test]
fn a_batch_into_a_pipe_shows_no_progress() {
    let tokens: Vec<String> = (0..20_000).map(|n| hs256(json!({}), json!({"n": n}))).collect();
    let output = tokenscope().args(["decode", "--batch"]).write_stdin(tokens.join("\n")).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn a_malformed_line_is_reported_in_place_and_makes_decode_batch_exit_2() {
    let good = hs256(json!({}), json!({"sub": "a"}));
    let (code, objects) = batch(&["decode", "--batch"], &format!("{good}\nnot.a=token\n{good}\n"));
    assert_eq!((code, objects.len()), (2, 3));
    assert_eq!(objects[1]["errors"][0]["kind"], "malformed");
    assert_eq!(objects[2]["payload"]["sub"], "a");
}

#[test]
fn lint_batch_fails_on_a_level_reached_by_any_line() {
    let lasting = hs256(json!({}), json!({"sub": "a", "exp": 4102444800_i64, "iat": 1767225600}));
    let risky = common::sample_text("alg-none.jwt");
    let (code, objects) = batch(&["lint", "--batch", "--json", "--fail-on", "high"], &format!("{lasting}\n{risky}\n"));
    assert_eq!((code, objects.len()), (1, 2));
    assert!(objects[1]["findings"].as_array().unwrap().iter().any(|finding| finding["id"] == "alg_none"));
}
