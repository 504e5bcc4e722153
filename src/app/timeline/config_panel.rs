//! The side panel that edits the running scenario's server config: strategy, reuse detection, grace, lifetimes
//! and the resource server's options; the wire, the scope, sender-constraining and client authentication. Any
//! change re-runs the scenario at once (the caller does that).

use crate::i18n::Text;
use crate::sim::scenario::{
    ClientAuth, Config, DenylistTtl, GraceKind, ResourceServerConfig, SenderConstraint, Strategy, Wire,
};
use crate::text;

/// Draws the editor for `config`; returns whether anything changed.
pub fn config_ui(ui: &mut egui::Ui, id: &str, config: &mut Config) -> bool {
    let before = config.clone();
    egui::Grid::new((id, "config-grid")).num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        let label = ui.label(text!("app-config-panel-strategy"));
        egui::ComboBox::from_id_salt((id, "strategy"))
            .selected_text(strategy_name(config.strategy))
            .show_ui(ui, |ui| {
                for strategy in
                    [Strategy::ExtendAccess, Strategy::SlidingAccess, Strategy::StaticRefresh, Strategy::Rotation]
                {
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
        // A sliding session has no refresh token, but its length is capped like a refresh token family's.
        let absolute_matters = config.strategy != Strategy::ExtendAccess;
        let refresh = absolute_matters && config.strategy != Strategy::SlidingAccess;
        optional_seconds(ui, text!("app-config-panel-refresh-idle"), &mut config.refresh_idle, 600, refresh);
        optional_seconds(
            ui,
            text!("app-config-panel-refresh-absolute"),
            &mut config.refresh_absolute,
            1800,
            absolute_matters,
        );

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
    wire_ui(ui, id, config);
    ui.add_space(6.0);
    resource_server_ui(ui, id, &mut config.resource_server);
    *config != before
}

/// The API's shape on the wire, the scope granted at login, what tokens are bound to and how the client
/// authenticates.
fn wire_ui(ui: &mut egui::Ui, id: &str, config: &mut Config) {
    ui.strong(text!("app-config-panel-wire-heading"));
    egui::Grid::new((id, "wire-grid")).num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        let label = ui.label(text!("app-config-panel-wire"));
        egui::ComboBox::from_id_salt((id, "wire"))
            .selected_text(wire_name(config.wire))
            .show_ui(ui, |ui| {
                for wire in [Wire::Oauth, Wire::JsonApi] {
                    ui.selectable_value(&mut config.wire, wire, wire_name(wire));
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(text!("app-config-panel-scope"));
        ui.add(egui::TextEdit::singleline(&mut config.scope).desired_width(140.0).font(egui::TextStyle::Monospace))
            .on_hover_text(text!("app-config-panel-scope-hint"))
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(text!("app-config-panel-sender-constraint"));
        egui::ComboBox::from_id_salt((id, "constraint"))
            .selected_text(constraint_name(config.sender_constraint))
            .show_ui(ui, |ui| {
                for constraint in [SenderConstraint::None, SenderConstraint::Dpop, SenderConstraint::Mtls] {
                    ui.selectable_value(&mut config.sender_constraint, constraint, constraint_name(constraint));
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        ui.label("");
        ui.add_enabled(
            config.sender_constraint != SenderConstraint::None,
            egui::Checkbox::new(&mut config.key_extractable, text!("app-config-panel-key-extractable")),
        )
        .on_hover_text(text!("app-config-panel-key-extractable-hint"));
        ui.end_row();

        let label = ui.label(text!("app-config-panel-client-auth"));
        egui::ComboBox::from_id_salt((id, "client-auth"))
            .selected_text(client_auth_name(config.client_auth))
            .show_ui(ui, |ui| {
                for auth in [ClientAuth::None, ClientAuth::Secret] {
                    ui.selectable_value(&mut config.client_auth, auth, client_auth_name(auth));
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
    });
}

fn wire_name(wire: Wire) -> Text {
    Text::new(match wire {
        Wire::Oauth => "app-config-panel-wire-oauth",
        Wire::JsonApi => "app-config-panel-wire-json-api",
    })
}

fn constraint_name(constraint: SenderConstraint) -> Text {
    Text::new(match constraint {
        SenderConstraint::None => "app-config-panel-constraint-none",
        SenderConstraint::Dpop => "app-config-panel-constraint-dpop",
        SenderConstraint::Mtls => "app-config-panel-constraint-mtls",
    })
}

fn client_auth_name(auth: ClientAuth) -> Text {
    Text::new(match auth {
        ClientAuth::None => "app-config-panel-client-public",
        ClientAuth::Secret => "app-config-panel-client-secret",
    })
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
        Strategy::SlidingAccess => "app-config-panel-strategy-sliding-access",
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
