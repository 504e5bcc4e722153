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

#[test]
fn clicking_a_request_in_the_lanes_or_the_log_opens_its_http_exchange() {
    let mut harness = timeline_harness("seed-refresh-api");
    harness.get_by_label("POST /auth/refresh HTTP/1.1 at 62 s").click();
    harness.run();
    assert_eq!(harness.state().timeline().open_exchange_event(), Some(4));
    assert_eq!(harness.state().timeline().selected(), Some(4));
    harness.get_by_label("HTTP/1.1 200 OK");
    harness.get_by_label("Host: auth.tokenscope.example");
    // The step's store commands: in the pane, and beside the narration.
    assert_eq!(harness.query_all_by_label("GET rt:RT1").count(), 2);
    // The log's status opens the exchange of its row: the 403 of the call that needed api:write.
    harness.get_by_label("403").click();
    harness.run();
    assert_eq!(harness.state().timeline().open_exchange_event(), Some(2));
    harness.get_by_label("HTTP/1.1 403 Forbidden");
    let challenge = "WWW-Authenticate: Bearer error=\"insufficient_scope\", scope=\"api:write\"";
    assert_eq!(harness.query_all_by_label(challenge).count(), 2, "in the pane and under the narration");
    harness.get_by_label_contains("\"message\": \"Request not permitted\"");
    // Its token opens in the inspector at the simulated second.
    harness.get_all_by_label("AT1").last().unwrap().click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Inspect);
    harness.get_by_label("✔ Signature verified");
    assert_eq!(harness.state().inspect().evaluate_at(), "2026-01-01T00:00:20Z");
}

#[test]
fn escape_closes_the_http_exchange() {
    let mut harness = timeline_harness("dpop-stolen-tokens");
    harness.state_mut().timeline_mut().open_exchange(1);
    harness.run();
    harness.get_by_label_contains("DPoP: eyJ0eXAiOiJkcG9wK2p3dCIs");
    harness.get_by_label("DPoP proof");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().timeline().open_exchange_event(), None);
    // A step that sent nothing has no exchange to open.
    harness.state_mut().timeline_mut().open_exchange(2);
    harness.run();
    assert_eq!(harness.state().timeline().open_exchange_event(), None);
}

#[test]
fn the_store_lane_shows_the_denylist_entry_dying_before_the_access_token_stops_being_accepted() {
    let harness = timeline_harness("access-stolen-denylist");
    let deny = harness.get_by_label("deny:AT1 (20 s – 60 s)").rect();
    let accepted = harness
        .get_all_by_label("AT1: past exp, still accepted until 90 s (the resource server's leeway)")
        .map(|node| node.rect().right())
        .fold(f32::NEG_INFINITY, f32::max);
    assert!(
        deny.right() + 50.0 < accepted,
        "the entry ends at {} and the token is accepted until {accepted}",
        deny.right()
    );
    let refresh = harness.get_by_label_contains("rt:RT1 (0 s").rect();
    assert!(refresh.left() < deny.left());
}

#[test]
fn the_config_panel_sets_the_wire_sender_constraint_and_client_authentication() {
    let mut harness = timeline_harness("rotation-attacker-refreshes-first");
    harness.get_by_label("Sender constraint").click();
    harness.run();
    harness.get_by_label("DPoP (RFC 9449)").click();
    harness.run();
    let timeline = harness.state().timeline().run().timeline();
    assert_eq!(timeline.config.sender_constraint, tokenscope::sim::scenario::SenderConstraint::Dpop);
    let attacker_refresh =
        timeline.events.iter().find(|event| event.actor == "attacker" && event.action == ActionKind::Refresh).unwrap();
    assert_eq!(attacker_refresh.server, [tokenscope::sim::outcome::ServerAction::BindingMismatch]);
    harness.get_by_label("Wire").click();
    harness.run();
    harness.get_by_label("seed JSON API").click();
    harness.run();
    let timeline = harness.state().timeline().run().timeline();
    let refresh = timeline.events.iter().find(|event| event.action == ActionKind::Refresh).unwrap();
    assert_eq!(refresh.request.as_ref().unwrap().path, "/auth/refresh");
    harness.get_by_label("Client").click();
    harness.run();
    harness.get_by_label("confidential (client secret)").click();
    harness.run();
    let timeline = harness.state().timeline().run().timeline();
    let attacker_refresh =
        timeline.events.iter().find(|event| event.actor == "attacker" && event.action == ActionKind::Refresh).unwrap();
    assert_eq!(attacker_refresh.error, Some(OAuthError::InvalidClient));
}
