//! The egui shell: opens the window and composes the panels. It only gathers input and renders results
//! from the core.

use crate::cli::GuiArgs;

pub fn run(args: GuiArgs) -> u8 {
    let initial = args.token.clone().unwrap_or_default();
    let options = eframe::NativeOptions::default();
    let result = eframe::run_native("tokenscope", options, Box::new(move |_cc| Ok(Box::new(Plain { text: initial }))));
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("tokenscope: cannot open the window: {error}");
            2
        }
    }
}

struct Plain {
    text: String,
}

impl eframe::App for Plain {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("tokenscope");
            ui.text_edit_multiline(&mut self.text);
            let decoded = crate::jose::decode(&self.text);
            if let Some(header) = &decoded.header {
                ui.monospace(serde_json::to_string_pretty(header).unwrap_or_default());
            }
        });
    }
}
