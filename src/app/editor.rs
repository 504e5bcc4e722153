//! The token editor: a monospace text box where the token's parts are coloured and the character that
//! breaks it is underlined, with paste, open, clear and copy. Very large tokens are shown read-only (a
//! megabyte in an editable text box would make every keystroke slow).

use super::palette;
use crate::jose::extract::extract;
use crate::jose::{Decoded, Segment};
use egui::text::LayoutJob;
use egui::{FontId, Stroke, TextFormat};

/// Tokens larger than this are shown read-only.
pub const EDITABLE_LIMIT: usize = 64 * 1024;

#[derive(Default)]
pub struct TokenEditor {
    pub text: String,
    /// The outcome of the last paste, open or copy, when there is something to say.
    pub notice: Option<String>,
    focus_requested: bool,
}

/// What the editor asks of its owner.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct EditorOutcome {
    pub changed: bool,
    pub open_file: bool,
}

impl TokenEditor {
    pub fn request_focus(&mut self) {
        self.focus_requested = true;
    }

    pub fn set_text(&mut self, text: String) {
        self.text = text;
        self.notice = None;
    }

    pub fn paste_from_clipboard(&mut self) -> bool {
        match arboard::Clipboard::new().and_then(|mut clipboard| clipboard.get_text()) {
            Ok(text) => {
                self.set_text(text);
                true
            }
            Err(error) => {
                self.notice = Some(format!("Nothing pasted: the clipboard is not available ({error})."));
                false
            }
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, decoded: Option<&Decoded>) -> EditorOutcome {
        let mut outcome = EditorOutcome::default();
        let heading = ui.horizontal(|ui| {
            let heading = ui.strong("Token");
            ui.add_space(8.0);
            if ui.button("Paste").on_hover_text("Replace the token with the clipboard (Ctrl+V)").clicked() {
                outcome.changed |= self.paste_from_clipboard();
            }
            if ui.button("Open…").on_hover_text("Open a token from a file (Ctrl+O)").clicked() {
                outcome.open_file = true;
            }
            if ui.add_enabled(!self.text.is_empty(), egui::Button::new("Clear")).clicked() {
                self.set_text(String::new());
                outcome.changed = true;
            }
            if ui
                .add_enabled(!self.text.is_empty(), egui::Button::new("Copy"))
                .on_hover_text("Copy the token")
                .clicked()
            {
                let token = decoded.map_or(self.text.clone(), |decoded| decoded.token.clone());
                ui.ctx().copy_text(token);
                self.notice = Some("Token copied.".to_owned());
            }
            heading.id
        });
        let heading = heading.inner;
        let dark = palette::is_dark(ui);
        let problem_byte = decoded
            .filter(|decoded| decoded.token.len() <= self.text.len())
            .and_then(|decoded| decoded.problem())
            .and_then(|problem| problem.offset)
            .and_then(|offset| self.text.char_indices().nth(offset).map(|(byte, _)| byte));
        if self.text.len() > EDITABLE_LIMIT {
            self.large_token_ui(ui, dark);
        } else {
            let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
                let mut job = token_job(buffer.as_str(), dark, problem_byte);
                job.wrap.max_width = wrap_width;
                job.wrap.break_anywhere = true;
                ui.fonts_mut(|fonts| fonts.layout_job(job))
            };
            let response = egui::ScrollArea::vertical().id_salt("token-editor").max_height(220.0).show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut self.text)
                        .hint_text("Paste a JWT, a Bearer header or a token response…")
                        .desired_width(f32::INFINITY)
                        .desired_rows(6)
                        .layouter(&mut layouter),
                )
                .labelled_by(heading)
            });
            let response = response.inner;
            if self.focus_requested {
                response.request_focus();
                self.focus_requested = false;
            }
            if response.changed() {
                self.notice = None;
                outcome.changed = true;
            }
        }
        if let Some(decoded) = decoded {
            if let Some(problem) = decoded.problem() {
                let at = problem.offset.map_or(String::new(), |offset| format!(" at character {offset}"));
                ui.colored_label(
                    palette::error(dark),
                    format!("Malformed {}{at}: {}", problem.segment.map_or("token", |s| s.label()), problem.message),
                );
            }
            if let Some(line) = decoded.source.describe() {
                ui.label(egui::RichText::new(format!("Note: {line}.")).color(palette::muted(dark)));
            }
        }
        if let Some(notice) = &self.notice {
            ui.label(egui::RichText::new(notice).color(palette::muted(dark)));
        }
        outcome
    }

    fn large_token_ui(&mut self, ui: &mut egui::Ui, dark: bool) {
        let head: String = self.text.chars().take(600).collect();
        let tail: String = {
            let chars: Vec<char> = self.text.chars().rev().take(200).collect();
            chars.into_iter().rev().collect()
        };
        let mut job = token_job(&head, dark, None);
        job.append("\n   …   \n", 0.0, TextFormat { color: palette::muted(dark), ..Default::default() });
        job.wrap.break_anywhere = true;
        job.wrap.max_width = ui.available_width();
        ui.add(egui::Label::new(job).wrap());
        ui.label(egui::RichText::new(format!("…{tail}")).monospace().color(palette::segment(Segment::Signature, dark)));
        ui.label(
            egui::RichText::new(format!(
                "This token is {:.1} MB; it is shown, not edited. Paste or open another to replace it.",
                self.text.len() as f64 / 1_048_576.0
            ))
            .color(palette::muted(dark)),
        );
    }
}

/// The editor text coloured by part: wrapping text muted, each part in its colour, dots muted, and the
/// character at `problem_byte` underlined.
pub fn token_job(text: &str, dark: bool, problem_byte: Option<usize>) -> LayoutJob {
    let font = FontId::monospace(14.0);
    let plain = |color| TextFormat { font_id: font.clone(), color, ..Default::default() };
    let mut job = LayoutJob::default();
    let found = extract(text);
    let range = found.range;
    job.append(&text[..range.start], 0.0, plain(palette::muted(dark)));
    let token = &text[range.clone()];
    let count = token.split('.').count();
    let segments: &[Segment] = if count == 5 {
        &[Segment::Header, Segment::EncryptedKey, Segment::Iv, Segment::Ciphertext, Segment::Tag]
    } else {
        &[Segment::Header, Segment::Payload, Segment::Signature]
    };
    let mut at = range.start;
    for (index, part) in token.split('.').enumerate() {
        if index > 0 {
            job.append(".", 0.0, plain(palette::muted(dark)));
            at += 1;
        }
        let colour = segments.get(index).map_or(palette::error(dark), |segment| palette::segment(*segment, dark));
        append_with_problem(&mut job, part, at, colour, &font, dark, problem_byte);
        at += part.len();
    }
    job.append(&text[range.end..], 0.0, plain(palette::muted(dark)));
    job
}

fn append_with_problem(
    job: &mut LayoutJob,
    part: &str,
    start: usize,
    colour: egui::Color32,
    font: &FontId,
    dark: bool,
    problem_byte: Option<usize>,
) {
    let format = TextFormat { font_id: font.clone(), color: colour, ..Default::default() };
    let inside = problem_byte.filter(|byte| (start..start + part.len()).contains(byte));
    let Some(byte) = inside else {
        job.append(part, 0.0, format);
        return;
    };
    let local = byte - start;
    let width = part[local..].chars().next().map_or(1, char::len_utf8);
    job.append(&part[..local], 0.0, format.clone());
    let marked = TextFormat {
        color: palette::error(dark),
        underline: Stroke::new(2.0, palette::error(dark)),
        background: palette::error(dark).gamma_multiply(0.25),
        ..format.clone()
    };
    job.append(&part[local..local + width], 0.0, marked);
    job.append(&part[local + width..], 0.0, format);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_get_their_colours_and_wrapping_stays_muted() {
        let job = token_job("Bearer aa.bb.cc", true, None);
        let texts: Vec<&str> = job
            .sections
            .iter()
            .map(|section| &job.text[section.byte_range.start.0..section.byte_range.end.0])
            .collect();
        assert_eq!(texts, ["Bearer ", "aa", ".", "bb", ".", "cc", ""]);
        assert_eq!(job.sections[1].format.color, palette::segment(Segment::Header, true));
        assert_eq!(job.sections[3].format.color, palette::segment(Segment::Payload, true));
        assert_eq!(job.sections[5].format.color, palette::segment(Segment::Signature, true));
    }

    #[test]
    fn the_problem_character_is_underlined() {
        let job = token_job("aa.bb.c=", false, Some(7));
        let marked: Vec<&str> = job
            .sections
            .iter()
            .filter(|section| section.format.underline.width > 0.0)
            .map(|section| &job.text[section.byte_range.start.0..section.byte_range.end.0])
            .collect();
        assert_eq!(marked, ["="]);
    }
}
