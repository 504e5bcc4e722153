//! CPU cost of one window frame (egui pass plus tessellation, as eframe does before handing meshes to the GPU)
//! with a token whose payload is 1 MB, after the first layout; and, for comparison, with a typical token.
//! Target: under 8 ms per frame with the 1 MB payload, and while scrubbing a 10,000-event timeline.

use base64::Engine as _;
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Context, RawInput, Rect, vec2};
use tokenscope::app::{Command, Launch, Saved, Tab, TokenscopeApp};
use tokenscope::sim::scenario::{Action, Config, Loot, Scenario, Step};

fn huge_token() -> String {
    let mut payload = serde_json::Map::new();
    payload.insert("sub".into(), "load-test".into());
    payload.insert("exp".into(), 4_102_444_800i64.into());
    for index in 0..10_000 {
        payload.insert(format!("claim_{index:05}"), "x".repeat(90).into());
    }
    let payload = serde_json::Value::Object(payload).to_string();
    assert!(payload.len() > 1_000_000);
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!(
        "{}.{}.{}",
        engine.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        engine.encode(payload),
        engine.encode([7u8; 32])
    )
}

fn frame_cost(c: &mut Criterion, name: &str, token: String) {
    let ctx = Context::default();
    let mut app = TokenscopeApp::new(Saved::default(), Launch::default());
    // The timeline hands the inspector a token with its secret: the same path as any token with a key.
    app.apply(
        Command::InspectSimulated { jwt: token, secret: "a secret for the benchmark, 32+b".into(), unix_time: 0 },
        &ctx,
    );
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(Default::default(), vec2(1280.0, 800.0))),
        ..Default::default()
    };
    let mut frame = || {
        let output = ctx.run_ui(input(), |ui| app.ui_root(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point)
    };
    // The first frames parse, verify, lint and lay the JSON out once.
    for _ in 0..3 {
        frame();
    }
    c.bench_function(name, |b| b.iter(&mut frame));
}

/// A 10,000-event scenario: a client and a thief logging in, calling, refreshing and stealing.
fn long_scenario() -> Scenario {
    let steps = (0..10_000)
        .map(|index| {
            let at = index as i64 * 9;
            match index % 10 {
                0 => Step::new(at, "client", Action::Login),
                1 | 4 | 8 => Step::new(at, "client", Action::Call),
                2 | 6 => Step::new(at, "client", Action::Refresh),
                3 => Step::new(at, "attacker", Action::Steal { from: "client".into(), what: Loot::Both }),
                5 => Step::new(at, "attacker", Action::Refresh),
                _ => Step::new(at, "attacker", Action::Call),
            }
        })
        .collect();
    Scenario::new("long", None, Config::default(), steps).expect("the benchmark scenario is valid")
}

/// Scrubbing (the cursor moves every frame) and zooming across a 10,000-event timeline.
fn timeline_frames(c: &mut Criterion) {
    let ctx = Context::default();
    let mut app = TokenscopeApp::new(Saved::default(), Launch::default());
    app.timeline_mut().set_scenario(long_scenario(), "long".into());
    app.apply(Command::ShowTab(Tab::Timeline), &ctx);
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(Default::default(), vec2(1280.0, 800.0))),
        ..Default::default()
    };
    let mut cursor = 0.0;
    let mut frame = |app: &mut TokenscopeApp| {
        cursor = (cursor + 37.0) % 90_000.0;
        app.timeline_mut().seek(cursor);
        let output = ctx.run_ui(input(), |ui| app.ui_root(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point)
    };
    for _ in 0..3 {
        frame(&mut app);
    }
    c.bench_function("frame/timeline_10k_events_fitted", |b| b.iter(|| frame(&mut app)));
    app.timeline_mut().zoom_to(40_000.0, 40_600.0);
    c.bench_function("frame/timeline_10k_events_zoomed", |b| b.iter(|| frame(&mut app)));
}

fn frames(c: &mut Criterion) {
    frame_cost(c, "frame/typical_token", include_str!("../assets/samples/hs256.jwt").trim().to_owned());
    frame_cost(c, "frame/1mb_payload", huge_token());
}

criterion_group!(benches, frames, timeline_frames);
criterion_main!(benches);
