//! The side panel that edits the running scenario's server config: strategy, reuse detection, grace, lifetimes
//! and the resource server's options. Any change re-runs the scenario at once (the caller does that).

use crate::i18n::Text;
use crate::sim::scenario::{Config, DenylistTtl, GraceKind, ResourceServerConfig, Strategy};
use crate::text;

/// Draws the editor for `config`; returns whether anything changed.
pub fn config_ui(ui: &mut egui::Ui, id: &str, config: &mut Config) -> bool {
    let before = *config;
    egui::Grid::new((id, "config-grid")).num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        let label = ui.label(text!("app-config-panel-strategy"));
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
        ui.add_enabled(
            rotating,
            egui::Checkbox::new(&mut config.reuse_detection, text!("app-config-panel-reuse-detection")),
        );
        ui.end_row();

        let label = ui.label(text!("app-config-panel-grace"));
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
            let label = ui.label(text!("app-config-panel-extra-uses"));
            ui.add(egui::DragValue::new(&mut config.grace.count).range(0..=20)).labelled_by(label.id);
            ui.end_row();
        } else if rotating && config.grace.kind != GraceKind::None {
            let label = ui.label(text!("app-config-panel-grace-seconds"));
            ui.add(
                egui::DragValue::new(&mut config.grace.seconds)
                    .range(0..=86_400)
                    .suffix(text!("unit-seconds-suffix").to_string()),
            )
            .labelled_by(label.id);
            ui.end_row();
        }

        let label = ui.label(text!("app-config-panel-access-ttl"));
        ui.add(
            egui::DragValue::new(&mut config.access_ttl)
                .range(1..=31_536_000)
                .suffix(text!("unit-seconds-suffix").to_string()),
        )
        .labelled_by(label.id);
        ui.end_row();
        let refresh = config.strategy != Strategy::ExtendAccess;
        optional_seconds(ui, text!("app-config-panel-refresh-idle"), &mut config.refresh_idle, 600, refresh);
        optional_seconds(ui, text!("app-config-panel-refresh-absolute"), &mut config.refresh_absolute, 1800, refresh);

        ui.label("");
        ui.add_enabled(
            rotating,
            egui::Checkbox::new(&mut config.revoke_access_on_reuse, text!("app-config-panel-revoke-ats-on-reuse")),
        );
        ui.end_row();

        let label = ui.label(text!("app-config-panel-token-error-status"));
        egui::ComboBox::from_id_salt((id, "status"))
            .selected_text(config.token_error_status.to_string())
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut config.token_error_status, 400, text!("app-config-panel-400-rfc-6749"));
                ui.selectable_value(&mut config.token_error_status, 403, text!("app-config-panel-403-auth0"));
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
    ui.strong(text!("app-config-panel-resource-server"));
    egui::Grid::new((id, "rs-grid")).num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        let label = ui.label(text!("app-key-panel-leeway"));
        ui.add(egui::DragValue::new(&mut rs.leeway).range(0..=3600).suffix(text!("unit-seconds-suffix").to_string()))
            .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(text!("app-config-panel-clock-offset"));
        ui.add(
            egui::DragValue::new(&mut rs.clock_offset)
                .range(-3600..=3600)
                .suffix(text!("unit-seconds-suffix").to_string()),
        )
        .labelled_by(label.id);
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut rs.denylist, text!("app-config-panel-check-denylist"));
        ui.end_row();
        ui.label("");
        let mut dies_at_exp = rs.denylist_ttl == DenylistTtl::Exp;
        if ui
            .add_enabled(
                rs.denylist,
                egui::Checkbox::new(&mut dies_at_exp, text!("app-config-panel-denylist-entry-dies-at")),
            )
            .changed()
        {
            rs.denylist_ttl = if dies_at_exp { DenylistTtl::Exp } else { DenylistTtl::ExpPlusLeeway };
        }
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut rs.introspection, text!("app-config-panel-introspect-every-token"));
        ui.end_row();
    });
}

fn optional_seconds(ui: &mut egui::Ui, name: Text, value: &mut Option<i64>, default: i64, enabled: bool) {
    let label = ui.label(name);
    ui.add_enabled_ui(enabled, |ui| {
        ui.horizontal(|ui| {
            let mut limited = value.is_some();
            if ui.checkbox(&mut limited, "").labelled_by(label.id).changed() {
                *value = limited.then_some(value.unwrap_or(default));
            }
            match value {
                Some(seconds) => {
                    ui.add(
                        egui::DragValue::new(seconds)
                            .range(1..=31_536_000)
                            .suffix(text!("unit-seconds-suffix").to_string()),
                    )
                    .labelled_by(label.id);
                }
                None => {
                    ui.label(text!("app-config-panel-no-limit"));
                }
            }
        });
    });
    ui.end_row();
}

pub fn strategy_name(strategy: Strategy) -> Text {
    Text::new(match strategy {
        Strategy::ExtendAccess => "app-config-panel-strategy-extend-access",
        Strategy::StaticRefresh => "app-config-panel-strategy-static-refresh",
        Strategy::Rotation => "app-config-panel-strategy-rotation",
    })
}

fn grace_name(kind: GraceKind) -> Text {
    Text::new(match kind {
        GraceKind::None => "app-config-panel-grace-none",
        GraceKind::PreviousOnlyNewToken => "app-config-panel-grace-previous-only-new-token",
        GraceKind::ParentAlways => "app-config-panel-grace-parent-always",
        GraceKind::PreviousValidFor => "app-config-panel-grace-previous-valid-for",
        GraceKind::Count => "app-config-panel-grace-count",
    })
}
