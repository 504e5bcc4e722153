//! The side panel that edits the running scenario's server config: strategy, reuse detection, grace, lifetimes
//! and the resource server's options. Any change re-runs the scenario at once (the caller does that).

use crate::sim::scenario::{Config, DenylistTtl, GraceKind, ResourceServerConfig, Strategy};

/// Draws the editor for `config`; returns whether anything changed.
pub fn config_ui(ui: &mut egui::Ui, id: &str, config: &mut Config) -> bool {
    let before = *config;
    egui::Grid::new((id, "config-grid")).num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        let label = ui.label("Strategy");
        egui::ComboBox::from_id_salt((id, "strategy"))
            .selected_text(strategy_name(config.strategy))
            .show_ui(ui, |ui| {
                for strategy in [Strategy::ExtendAccess, Strategy::StaticRefresh, Strategy::Rotation] {
                    ui.selectable_value(&mut config.strategy, strategy, strategy_name(strategy));
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        let rotating = config.strategy == Strategy::Rotation;
        ui.label("");
        ui.add_enabled(rotating, egui::Checkbox::new(&mut config.reuse_detection, "Reuse detection"));
        ui.end_row();

        let label = ui.label("Grace");
        ui.add_enabled_ui(rotating, |ui| {
            egui::ComboBox::from_id_salt((id, "grace"))
                .selected_text(grace_name(config.grace.kind))
                .show_ui(ui, |ui| {
                    for kind in [
                        GraceKind::None,
                        GraceKind::PreviousOnlyNewToken,
                        GraceKind::ParentAlways,
                        GraceKind::PreviousValidFor,
                        GraceKind::Count,
                    ] {
                        ui.selectable_value(&mut config.grace.kind, kind, grace_name(kind));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.end_row();
        if rotating && config.grace.kind == GraceKind::Count {
            let label = ui.label("Extra uses");
            ui.add(egui::DragValue::new(&mut config.grace.count).range(0..=20)).labelled_by(label.id);
            ui.end_row();
        } else if rotating && config.grace.kind != GraceKind::None {
            let label = ui.label("Grace seconds");
            ui.add(egui::DragValue::new(&mut config.grace.seconds).range(0..=86_400).suffix(" s"))
                .labelled_by(label.id);
            ui.end_row();
        }

        let label = ui.label("Access TTL");
        ui.add(egui::DragValue::new(&mut config.access_ttl).range(1..=31_536_000).suffix(" s")).labelled_by(label.id);
        ui.end_row();
        let refresh = config.strategy != Strategy::ExtendAccess;
        optional_seconds(ui, "Refresh idle", &mut config.refresh_idle, 600, refresh);
        optional_seconds(ui, "Refresh absolute", &mut config.refresh_absolute, 1800, refresh);

        ui.label("");
        ui.add_enabled(rotating, egui::Checkbox::new(&mut config.revoke_access_on_reuse, "Revoke ATs on reuse"));
        ui.end_row();

        let label = ui.label("Token error status");
        egui::ComboBox::from_id_salt((id, "status"))
            .selected_text(config.token_error_status.to_string())
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut config.token_error_status, 400, "400 (RFC 6749)");
                ui.selectable_value(&mut config.token_error_status, 403, "403 (Auth0)");
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
    });
    ui.add_space(6.0);
    resource_server_ui(ui, id, &mut config.resource_server);
    *config != before
}

/// The resource server's leeway, clock and what it checks.
fn resource_server_ui(ui: &mut egui::Ui, id: &str, rs: &mut ResourceServerConfig) {
    ui.strong("Resource server");
    egui::Grid::new((id, "rs-grid")).num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        let label = ui.label("Leeway");
        ui.add(egui::DragValue::new(&mut rs.leeway).range(0..=3600).suffix(" s")).labelled_by(label.id);
        ui.end_row();
        let label = ui.label("Clock offset");
        ui.add(egui::DragValue::new(&mut rs.clock_offset).range(-3600..=3600).suffix(" s")).labelled_by(label.id);
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut rs.denylist, "Check the denylist");
        ui.end_row();
        ui.label("");
        let mut dies_at_exp = rs.denylist_ttl == DenylistTtl::Exp;
        if ui
            .add_enabled(rs.denylist, egui::Checkbox::new(&mut dies_at_exp, "Denylist entry dies at exp (bug)"))
            .changed()
        {
            rs.denylist_ttl = if dies_at_exp { DenylistTtl::Exp } else { DenylistTtl::ExpPlusLeeway };
        }
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut rs.introspection, "Introspect every token");
        ui.end_row();
    });
}

fn optional_seconds(ui: &mut egui::Ui, name: &str, value: &mut Option<i64>, default: i64, enabled: bool) {
    let label = ui.label(name);
    ui.add_enabled_ui(enabled, |ui| {
        ui.horizontal(|ui| {
            let mut limited = value.is_some();
            if ui.checkbox(&mut limited, "").labelled_by(label.id).changed() {
                *value = limited.then_some(value.unwrap_or(default));
            }
            match value {
                Some(seconds) => {
                    ui.add(egui::DragValue::new(seconds).range(1..=31_536_000).suffix(" s")).labelled_by(label.id);
                }
                None => {
                    ui.label("no limit");
                }
            }
        });
    });
    ui.end_row();
}

pub fn strategy_name(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::ExtendAccess => "extend access (no RT)",
        Strategy::StaticRefresh => "static refresh token",
        Strategy::Rotation => "rotation",
    }
}

fn grace_name(kind: GraceKind) -> &'static str {
    match kind {
        GraceKind::None => "none",
        GraceKind::PreviousOnlyNewToken => "previous only, new token (Auth0)",
        GraceKind::ParentAlways => "parent always (Supabase)",
        GraceKind::PreviousValidFor => "previous valid for (Okta)",
        GraceKind::Count => "count (Keycloak)",
    }
}
