//! What a command line people live in offers: shell completions for every shell clap_complete knows, a roff man
//! page, and colour only where it is asked for or a terminal shows it (never in a pipe, never with NO_COLOR).

mod common;

use common::{run, tokenscope};

#[test]
fn completions_cover_every_subcommand_in_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, stdout, _) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        for word in ["decode", "verify", "decrypt", "keys", "lang"] {
            assert!(stdout.contains(word), "{shell} completions lack {word}");
        }
    }
}

#[test]
fn the_man_page_is_roff_with_every_subcommand() {
    let (code, stdout, _) = run(&["man"]);
    assert_eq!(code, 0);
    assert!(stdout.contains(".TH tokenscope 1"), "{}", &stdout[..200]);
    for word in ["decode", "verify", "simulate", "encrypt"] {
        assert!(stdout.contains(word), "the man page lacks {word}");
    }
}

#[test]
fn colour_is_off_in_a_pipe_and_with_no_color_and_on_when_asked() {
    let sample = format!("@{}", common::sample("risky.jwt"));
    let (_, piped, _) = run(&["lint", &sample]);
    assert!(!piped.contains('\u{1b}'), "a pipe gets no escapes");
    let output = tokenscope().args(["lint", &sample, "--color", "always"]).output().unwrap();
    assert!(String::from_utf8(output.stdout).unwrap().contains("\u{1b}[1m\u{1b}[31mHIGH\u{1b}[0m"));
    let output = tokenscope().args(["lint", &sample, "--color", "never"]).env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8(output.stdout).unwrap().contains('\u{1b}'));
    // JSON is never painted.
    let output = tokenscope().args(["lint", &sample, "--json", "--color", "always"]).output().unwrap();
    assert!(!String::from_utf8(output.stdout).unwrap().contains('\u{1b}'));
}
