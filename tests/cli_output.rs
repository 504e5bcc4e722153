//! Every subcommand when its output cannot be written: a reader that has gone (`| head`) ends the run quietly with
//! exit 0, as Unix tools do; a full disk is exit 2 with a message, and a batch says how far it got. Never a panic.

mod common;

use common::{SECRET, hs256, sample};
use std::process::{Command, Stdio};

/// The runs to try, each writing something to stdout.
fn runs() -> Vec<(Vec<String>, Option<String>)> {
    let token = hs256(serde_json::json!({}), serde_json::json!({"sub": "kim"}));
    let big = format!("@{}", sample("hs256.jwt"));
    let strings = |items: &[&str]| items.iter().map(|item| item.to_string()).collect::<Vec<_>>();
    vec![
        (strings(&["presets"]), None),
        (strings(&["decode", &token]), None),
        (strings(&["decode", "--json", &big]), None),
        (strings(&["verify", &token, "--secret", SECRET]), None),
        (strings(&["verify", &token, "--secret", SECRET, "--json"]), None),
        (strings(&["lint", &token]), None),
        (strings(&["lint", &token, "--json"]), None),
        (strings(&["encode", "--payload", "{}", "--alg", "HS256", "--secret", SECRET]), None),
        (strings(&["simulate", "--preset", "normal-use"]), None),
        (strings(&["simulate", "--preset", "normal-use", "--json"]), None),
        (strings(&["verify", "--batch", "--secret", SECRET]), Some(format!("{token}\n").repeat(5000))),
    ]
}

fn run_into(args: &[String], stdin: &Option<String>, stdout: Stdio) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tokenscope"))
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        // The child may stop reading once its output is gone; what it did not read does not matter.
        let _ = pipe.write_all(text.as_bytes());
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_stdout_ends_every_subcommand_quietly() {
    for (args, stdin) in runs() {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = run_into(&args, &stdin, Stdio::from(writer));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_exit_2_with_a_message() {
    for (args, stdin) in runs() {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let output = run_into(&args, &stdin, Stdio::from(full));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        if args.contains(&"--batch".to_owned()) {
            assert!(stderr.contains("the batch stopped after"), "{stderr}");
        }
        assert!(stderr.contains("No space left on device"), "{args:?}: {stderr}");
    }
}
