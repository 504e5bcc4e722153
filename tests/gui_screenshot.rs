//! The real binary draws its window under Xvfb (Mesa software rendering) and writes a PNG with `--screenshot`:
//! the smoke test that the window opens, settles and paints something. Without a virtual X server the test says
//! so and passes, except in CI (`CI=true`), where `.ci/run` installs one and a missing server is a failure.

mod common;

use std::path::Path;
use std::process::Command;

fn xvfb_run() -> Option<&'static str> {
    let found = Command::new("sh").args(["-c", "command -v xvfb-run"]).output().ok()?;
    found.status.success().then_some("xvfb-run")
}

/// Distinct colours in the image: a blank or single-colour frame has one or two.
fn distinct_colours(path: &Path) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let channels = info.color_type.samples();
    let mut colours: Vec<&[u8]> = buffer[..info.buffer_size()].chunks(channels).collect();
    colours.sort_unstable();
    colours.dedup();
    colours.len()
}

fn screenshot(args: &[&str], name: &str) -> Option<(std::path::PathBuf, (u32, u32))> {
    screenshot_with_config(args, name, &std::env::temp_dir().join(format!("tokenscope-config-{}", std::process::id())))
}

/// A screenshot run with `XDG_CONFIG_HOME` at `config`, where a settings file would go.
fn screenshot_with_config(args: &[&str], name: &str, config: &Path) -> Option<(std::path::PathBuf, (u32, u32))> {
    let Some(xvfb) = xvfb_run() else {
        assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "CI must provide xvfb-run for the screenshot test");
        eprintln!("skipped: xvfb-run is not installed (apt-get install xvfb xauth)");
        return None;
    };
    let path = std::env::temp_dir().join(format!("tokenscope-{}-{name}.png", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let status = Command::new(xvfb)
        .args(["-a", "-s", "-screen 0 1600x1000x24"])
        .arg(env!("CARGO_BIN_EXE_tokenscope"))
        .arg("gui")
        .args(args)
        .arg("--screenshot")
        .arg(&path)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .env("XDG_CONFIG_HOME", config)
        .status()
        .unwrap();
    assert!(status.success(), "tokenscope gui --screenshot exited with {status}");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
    let reader = decoder.read_info().unwrap();
    let size = (reader.info().width, reader.info().height);
    Some((path, size))
}

#[test]
fn the_inspector_window_paints_a_sample_token_under_xvfb() {
    let Some((path, size)) =
        screenshot(&["@assets/samples/hs256.jwt", "--theme", "dark", "--size", "1280x800"], "inspect")
    else {
        return;
    };
    assert_eq!(size, (1280, 800));
    // Text in three segment colours, JSON colours and widgets: far more than a blank frame's colours.
    assert!(distinct_colours(&path) > 200, "the screenshot looks blank");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn the_timeline_window_paints_a_preset_under_xvfb() {
    let Some((path, size)) = screenshot(
        &["--tab", "timeline", "--preset", "rotation-attacker-refreshes-first", "--theme", "light"],
        "timeline",
    ) else {
        return;
    };
    assert_eq!(size, (1280, 800));
    assert!(distinct_colours(&path) > 200, "the screenshot looks blank");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_screenshot_run_leaves_the_saved_settings_alone() {
    let config = std::env::temp_dir().join(format!("tokenscope-config-kept-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&config);
    let settings = config.join("tokenscope").join("settings.json");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    let saved = r#"{"settings": {"theme": "Light", "leeway": 42, "remember_last_token": true}, "last_token": "a.b.c"}"#;
    std::fs::write(&settings, saved).unwrap();
    let before = std::fs::metadata(&settings).unwrap().modified().unwrap();
    let Some((path, _)) = screenshot_with_config(&["@assets/samples/hs256.jwt", "--theme", "dark"], "kept", &config)
    else {
        return;
    };
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), saved);
    assert_eq!(std::fs::metadata(&settings).unwrap().modified().unwrap(), before);
    let files: Vec<_> = std::fs::read_dir(settings.parent().unwrap()).unwrap().collect();
    assert_eq!(files.len(), 1, "nothing else written");
    let _ = std::fs::remove_file(&path);
}

/// The pixels of a screenshot, as RGBA rows.
fn pixels(path: &Path) -> (Vec<u8>, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    buffer.truncate(info.buffer_size());
    (buffer, info.line_size)
}

#[test]
fn korean_names_are_drawn_as_their_own_letters_in_the_korean_window() {
    // Two tokens whose names differ; both names are three syllables, so as boxes they would look the same. The
    // editor shows different base64 either way, so only the right half (payload and claims) is compared.
    let token = |name: &str| {
        common::hs256(serde_json::json!({}), serde_json::json!({"sub": "user-42", "name": name, "role": "관리자"}))
    };
    let (hong, kim) = (token("홍길동"), token("김철수"));
    let args = |token: &str| vec![token.to_owned(), "--lang".into(), "ko".into(), "--size".into(), "1280x800".into()];
    let Some((first, _)) = screenshot(&args(&hong).iter().map(String::as_str).collect::<Vec<_>>(), "hong") else {
        return;
    };
    let Some((second, _)) = screenshot(&args(&kim).iter().map(String::as_str).collect::<Vec<_>>(), "kim") else {
        return;
    };
    let right_half = |path: &Path| {
        let (bytes, line) = pixels(path);
        bytes.chunks(line).flat_map(|row| row[row.len() / 2..].to_vec()).collect::<Vec<u8>>()
    };
    assert_ne!(right_half(&first), right_half(&second), "홍길동 and 김철수 are drawn alike: Hangul is boxes");
    assert!(distinct_colours(&first) > 200, "the screenshot looks blank");
}
