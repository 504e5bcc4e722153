//! The cost on the window's thread of one keystroke in the token editor, with no key given (so the weak-secret list
//! is tried, on another thread): the text changes, the token is decoded and analysed again, and one frame is drawn
//! and tessellated. Targets: under 16 ms with a 64 KiB token, under 50 ms with a 1 MB one. A token over 64 KiB is
//! shown read-only, so there the keystroke is the editor's text being replaced, which takes the same path.

use base64::Engine as _;
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Context, Event, Key, Modifiers, RawInput, Rect, vec2};
use tokenscope::app::{Command, Launch, Saved, TokenscopeApp};

/// An HS256 token whose whole text is about `size` bytes.
fn token(size: usize) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut payload = serde_json::Map::new();
    payload.insert("sub".into(), "load-test".into());
    payload.insert("exp".into(), 4_102_444_800i64.into());
    // Each claim adds 108 bytes of JSON, 144 of base64.
    let mut length = 60;
    let mut index = 0;
    while (length + 108) * 4 / 3 < size {
        payload.insert(format!("claim_{index:06}"), "x".repeat(90).into());
        length += 108;
        index += 1;
    }
    let payload = serde_json::Value::Object(payload).to_string();
    format!(
        "{}.{}.{}",
        engine.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        engine.encode(payload),
        engine.encode([7u8; 32])
    )
}

fn input(events: Vec<Event>) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Default::default(), vec2(1280.0, 800.0))),
        events,
        ..Default::default()
    }
}

fn frame(ctx: &Context, app: &mut TokenscopeApp, events: Vec<Event>) {
    let output = ctx.run_ui(input(events), |ui| app.ui_root(ui));
    std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
}

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers }
}

/// Typing into the editable box: a character, then Backspace, so the token keeps its size.
fn typing_64k(c: &mut Criterion) {
    let ctx = Context::default();
    let mut app = TokenscopeApp::new(Saved::default(), Launch::default());
    let text = token(63 * 1024);
    assert!(text.len() <= 64 * 1024, "{} bytes", text.len());
    app.apply(Command::LoadToken(text), &ctx);
    frame(&ctx, &mut app, Vec::new());
    frame(&ctx, &mut app, vec![key(Key::L, Modifiers::COMMAND)]);
    frame(&ctx, &mut app, Vec::new());
    let mut typed = false;
    c.bench_function("keystroke/64kib_token_no_key", |b| {
        b.iter(|| {
            let event = if typed { key(Key::Backspace, Modifiers::NONE) } else { Event::Text("A".into()) };
            typed = !typed;
            frame(&ctx, &mut app, vec![event]);
        })
    });
    let length = app.inspect().text().len();
    assert!(length.abs_diff(63 * 1024) < 2048, "the keystrokes reached the editor: {length} bytes");
}

/// A megabyte-sized token is read-only: its text is replaced by one a character longer, then back.
fn replacing_1mb(c: &mut Criterion) {
    let ctx = Context::default();
    let mut app = TokenscopeApp::new(Saved::default(), Launch::default());
    let text = token(1 << 20);
    let longer = format!("{text}A");
    app.apply(Command::LoadToken(text.clone()), &ctx);
    frame(&ctx, &mut app, Vec::new());
    let mut flip = false;
    let mut group = c.benchmark_group("keystroke");
    group.sample_size(20);
    group.bench_function("1mb_token_no_key", |b| {
        b.iter(|| {
            flip = !flip;
            app.apply(Command::LoadToken(if flip { longer.clone() } else { text.clone() }), &ctx);
            frame(&ctx, &mut app, Vec::new());
        })
    });
    group.finish();
}

/// Loading a 1 MB token into the window's analysis, as a paste does: decoding, the header and payload lines, the
/// claim rows and the verdict (the crack, over the size limit, is not tried).
fn analysis_1mb(c: &mut Criterion) {
    let text = token(1 << 20);
    let ctx = Context::default();
    let local = chrono::FixedOffset::east_opt(0).unwrap();
    let expect = tokenscope::jose::verify::Expectations::new(tokenscope::jose::verify::ClaimRequest {
        at: 1_767_225_600.0,
        ..Default::default()
    });
    let mut group = c.benchmark_group("inspect");
    group.sample_size(20);
    group.bench_function("load_1mb_token", |b| {
        b.iter(|| {
            let decoded = std::sync::Arc::new(tokenscope::jose::decode(std::hint::black_box(&text)));
            tokenscope::app::Analysis::new(decoded, None, &expect, local, &ctx)
        })
    });
    group.finish();
}

criterion_group!(benches, typing_64k, replacing_1mb, analysis_1mb);
criterion_main!(benches);
