//! The Timeline tab driven through egui_kittest: load a preset, step through it and read the log and the
//! narration; switch rotation off and watch the attacker's refresh succeed where it failed; click a token and land
//! in the inspector with the verdict the resource server reached.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tokenscope::app::{Launch, Saved, Tab, TokenscopeApp};
use tokenscope::sim::outcome::OAuthError;
use tokenscope::sim::scenario::ActionKind;

fn timeline_harness(preset: &str) -> Harness<'static, TokenscopeApp> {
    timeline_harness_sized(preset, egui::vec2(1400.0, 900.0))
}

fn timeline_harness_sized(preset: &str, size: egui::Vec2) -> Harness<'static, TokenscopeApp> {
    let app = TokenscopeApp::new(Saved::default(), Launch { preset: Some(preset.to_owned()), ..Launch::default() });
    assert_eq!(app.tab(), Tab::Timeline);
    let mut harness =
        Harness::builder().with_size(size).build_ui_state(|ui, app: &mut TokenscopeApp| app.ui_root(ui), app);
    harness.run();
    harness
}

#[test]
fn stepping_through_a_preset_selects_each_event_and_shows_its_narration() {
    let mut harness = timeline_harness("rotation-attacker-refreshes-first");
    harness.get_by_label("Press Step forward or Play to follow the scenario.");
    for _ in 0..5 {
        harness.get_by_label("Step forward ▶").click();
        harness.run();
    }
    assert_eq!(harness.state().timeline().selected(), Some(4));
    assert_eq!(harness.state().timeline().cursor(), 61.0);
    harness.get_by_label("61 s · client · refresh · 400 invalid_grant · Invalid request");
    harness.get_by_label("The victim presents RT1, already consumed: reuse detected, the family is revoked.");
    harness.get_by_label_contains("RT1 was already used at 30 s: reuse detected.");
    // The log rows carry the statuses.
    assert_eq!(harness.query_all_by_label("invalid_grant").count(), 2);
    assert_eq!(harness.query_all_by_label("401").count(), 1);

    harness.get_by_label("◀ Step back").click();
    harness.run();
    harness.get_by_label("40 s · client · call · 200 · Token authenticated");
}

#[test]
fn with_rotation_off_the_stolen_refresh_token_keeps_working() {
    let mut harness = timeline_harness("rotation-victim-refreshes-first");
    let attacker_refresh = |harness: &Harness<'_, TokenscopeApp>| {
        let events = &harness.state().timeline().run().timeline().events;
        let event =
            events.iter().find(|event| event.actor == "attacker" && event.action == ActionKind::Refresh).unwrap();
        (event.status, event.error)
    };
    assert_eq!(attacker_refresh(&harness), (Some(400), Some(OAuthError::InvalidGrant)));
    harness.get_by_label("Strategy").click();
    harness.run();
    harness.get_by_label("static refresh token").click();
    harness.run();
    assert_eq!(attacker_refresh(&harness), (Some(200), None));
    assert!(harness.state().timeline().run().timeline().summary.detected_at.is_none());
}

#[test]
fn clicking_a_token_opens_it_in_the_inspector_at_the_simulated_time() {
    let mut harness = timeline_harness("rotation-attacker-refreshes-first");
    // Select the attacker's call at 95 s, where the API refused AT2 because it had expired.
    for _ in 0..7 {
        harness.get_by_label("Step forward ▶").click();
        harness.run();
    }
    harness.get_by_label("95 s · attacker · call · 401 invalid_token · Token is not valid");
    harness.get_all_by_label("AT2").next().unwrap().click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Inspect);
    harness.get_by_label("✔ Signature verified");
    harness.get_by_label("Token not valid: expired");
    assert_eq!(harness.state().inspect().evaluate_at(), "2026-01-01T00:01:35Z");
}

#[test]
fn a_step_added_at_the_cursor_runs_at_once() {
    let mut harness = timeline_harness("normal-use");
    let before = harness.state().timeline().run().timeline().events.len();
    harness.state_mut().timeline_mut().seek(100.0);
    harness.run();
    harness.get_by_label("Add at 100 s").click();
    harness.run();
    let events = &harness.state().timeline().run().timeline().events;
    assert_eq!(events.len(), before + 1);
    assert_eq!((events[before].at, events[before].action, events[before].status), (100, ActionKind::Call, Some(200)));
    harness.get_by_label("Delete selected step").click();
    harness.run();
    assert_eq!(harness.state().timeline().run().timeline().events.len(), before);
}

#[test]
fn in_a_small_window_the_log_puts_server_actions_under_each_row_follows_the_steps_and_stays_clear_of_the_config() {
    let mut harness = timeline_harness_sized("rotation-attacker-refreshes-first", egui::vec2(900.0, 600.0));
    // The whole server text is there, not cut short beside the other columns.
    harness.get_by_label("family started; issued AT1, RT1");
    harness.get_by_label("rotated; issued AT2, RT2");
    assert!(harness.query_by_label("reuse detected; family revoked").is_none(), "row 5 starts out of sight");
    // Stepping to it scrolls the log along.
    for _ in 0..5 {
        harness.get_by_label("Step forward ▶").click();
        harness.run();
    }
    harness.get_by_label("reuse detected; family revoked");
    assert_eq!(harness.query_all_by_label("invalid_grant").count(), 1, "under the 61 s row");
    // The narration and the store sit left of the config panel instead of under it.
    let config_left = harness.get_by_label("Server config").rect().left();
    let narration = harness
        .get_by_label("The victim presents RT1, already consumed: reuse detected, the family is revoked.")
        .rect();
    assert!(
        narration.right() <= config_left,
        "narration ends at {} under the config from {config_left}",
        narration.right()
    );
    let store = harness.get_by_label_contains("Token store at").rect();
    assert!(store.right() <= config_left);
}

#[test]
fn compare_mode_draws_the_scenario_under_both_configs_one_over_the_other() {
    let mut harness = timeline_harness("rotation-attacker-refreshes-first");
    assert_eq!(harness.query_all_by_label("Timeline lanes").count(), 1);
    harness.get_by_label("Compare two configs").click();
    harness.run();
    let a = harness.get_by_label("A: rotation, reuse detection on").rect();
    let b = harness.get_by_label("B: static refresh token").rect();
    assert!(a.bottom() < b.top(), "A is drawn above B");
    let lanes: Vec<egui::Rect> = harness.query_all_by_label("Timeline lanes").map(|node| node.rect()).collect();
    assert_eq!(lanes.len(), 2);
    assert!(lanes[0].bottom() <= b.top() && lanes[1].top() >= b.bottom(), "each run's lanes sit under its label");
    assert!((lanes[0].height() - lanes[1].height()).abs() < 1.0, "both get the same height");
}
