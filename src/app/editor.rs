//! The token editor: a monospace text box where the token's parts are coloured and the character that breaks it
//! is underlined, with paste, open, clear and copy. It owns the text and the `Decoded` made from exactly that text,
//! so the colours can never point into another text; the coloured layout is made once per text, width and theme.
//! Very large tokens are shown read-only (a megabyte in an editable box would make every keystroke slow).

use super::command::Command;
use super::palette;
use crate::i18n::Text;
use crate::jose::{self, Decoded, Segment, sdjwt};
use crate::text;
use egui::text::LayoutJob;
use egui::{FontId, Galley, Stroke, TextFormat};
use std::sync::Arc;

/// Tokens larger than this are shown read-only.
pub const EDITABLE_LIMIT: usize = 64 * 1024;

/// The laid-out editor text, kept while the text, the wrapping width and the theme stay the same.
struct LayoutCache {
    text_len: usize,
    generation: u64,
    wrap_width: f32,
    dark: bool,
    galley: Arc<Galley>,
}

pub struct TokenEditor {
    text: String,
    /// The text `decoded` was made from; differs from `text` only between a keystroke and the re-decode after it.
    decoded_text: String,
    decoded: Arc<Decoded>,
    /// Bumped whenever `decoded` is made again.
    generation: u64,
    layout: Option<LayoutCache>,
    /// The outcome of the last paste, open or copy, when there is something to say.
    notice: Option<Text>,
    focus_requested: bool,
}

impl Default for TokenEditor {
    fn default() -> Self {
        TokenEditor {
            text: String::new(),
            decoded_text: String::new(),
            decoded: Arc::new(jose::decode("")),
            generation: 0,
            layout: None,
            notice: None,
            focus_requested: false,
        }
    }
}

/// What the editor reports after a frame.
#[derive(Debug, Default)]
pub struct EditorOutput {
    /// The text changed (typed, pasted, cleared): the token is a new one.
    pub changed: bool,
    pub commands: Vec<Command>,
}

impl TokenEditor {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The token as decoded from exactly the current text.
    pub fn decoded(&self) -> &Arc<Decoded> {
        &self.decoded
    }

    pub fn notice(&self) -> Option<&Text> {
        self.notice.as_ref()
    }

    pub fn set_notice(&mut self, notice: Text) {
        self.notice = Some(notice);
    }

    pub fn request_focus(&mut self) {
        self.focus_requested = true;
    }

    pub fn set_text(&mut self, text: String) {
        self.text = text;
        self.notice = None;
        self.redecode();
    }

    fn redecode(&mut self) {
        self.decoded = Arc::new(decode_text(&self.text));
        self.decoded_text.clear();
        if self.text.len() <= EDITABLE_LIMIT {
            self.decoded_text.push_str(&self.text);
        }
        self.generation += 1;
    }

    fn paste_from_clipboard(&mut self) -> bool {
        match arboard::Clipboard::new().and_then(|mut clipboard| clipboard.get_text()) {
            Ok(text) => {
                self.set_text(text);
                true
            }
            Err(error) => {
                self.notice = Some(text!("app-editor-nothing-pasted-clipboard-available", error = error));
                false
            }
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) -> EditorOutput {
        let mut output = EditorOutput::default();
        let heading = ui.horizontal(|ui| {
            let heading = ui.strong(text!("app-editor-token"));
            ui.add_space(8.0);
            if ui
                .button(text!("app-editor-paste"))
                .on_hover_text(text!("app-editor-replace-token-clipboard-ctrl"))
                .clicked()
            {
                output.changed |= self.paste_from_clipboard();
            }
            if ui.button(text!("app-editor-open")).on_hover_text(text!("app-editor-open-token-from-file")).clicked() {
                output.commands.push(Command::OpenTokenFile);
            }
            if ui.add_enabled(!self.text.is_empty(), egui::Button::new(text!("app-editor-clear"))).clicked() {
                self.set_text(String::new());
                output.changed = true;
            }
            if ui
                .add_enabled(!self.text.is_empty(), egui::Button::new(text!("app-editor-copy")))
                .on_hover_text(text!("app-editor-copy-token"))
                .clicked()
            {
                ui.ctx().copy_text(self.decoded.token.clone());
                self.notice = Some(text!("app-editor-token-copied"));
            }
            heading.id
        });
        let dark = palette::is_dark(ui);
        if self.text.len() > EDITABLE_LIMIT {
            self.large_token_ui(ui, dark);
        } else if self.editable_ui(ui, heading.inner, dark) {
            self.notice = None;
            output.changed = true;
        }
        let decoded = &self.decoded;
        // An empty editor is waiting for a token, not holding a malformed one.
        if !self.text.trim().is_empty() {
            if let Some(problem) = decoded.problem() {
                let segment = problem.segment.map_or(text!("segment-token"), |segment| segment.label());
                let line = match problem.offset {
                    Some(offset) => text!(
                        "app-editor-malformed-at",
                        segment = segment,
                        offset = offset,
                        message = problem.message.clone()
                    ),
                    None => text!("app-editor-malformed", segment = segment, message = problem.message.clone()),
                };
                ui.colored_label(palette::error(dark), line);
            }
            if let Some(line) = decoded.source.describe() {
                ui.label(egui::RichText::new(text!("app-editor-note", line = line)).color(palette::muted(dark)));
            }
        }
        if let Some(notice) = &self.notice {
            ui.label(egui::RichText::new(notice).color(palette::muted(dark)));
        }
        output
    }

    /// Drops the laid-out text: its glyphs belong to fonts that have just been replaced.
    pub fn forget_layout(&mut self) {
        self.layout = None;
    }

    /// The editable box; returns whether the text changed.
    fn editable_ui(&mut self, ui: &mut egui::Ui, heading: egui::Id, dark: bool) -> bool {
        let TokenEditor { text, decoded_text, decoded, generation, layout, .. } = self;
        let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
            let current = buffer.as_str();
            if current != decoded_text.as_str() {
                // A keystroke: this frame lays out text the analysis has not seen yet.
                *decoded = Arc::new(decode_text(current));
                decoded_text.clear();
                decoded_text.push_str(current);
                *generation += 1;
            }
            if let Some(cache) = layout.as_ref().filter(|cache| {
                cache.generation == *generation
                    && cache.text_len == current.len()
                    && cache.wrap_width == wrap_width
                    && cache.dark == dark
            }) {
                return cache.galley.clone();
            }
            let mut job = if sdjwt::looks_like(current) {
                sd_jwt_job(current, dark)
            } else {
                token_job(current, decoded, dark, None)
            };
            job.wrap.max_width = wrap_width;
            job.wrap.break_anywhere = true;
            let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
            *layout = Some(LayoutCache {
                text_len: current.len(),
                generation: *generation,
                wrap_width,
                dark,
                galley: galley.clone(),
            });
            galley
        };
        let response = egui::ScrollArea::vertical().id_salt("token-editor").max_height(220.0).show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(text)
                    .hint_text(text!("app-editor-paste-jwt-bearer-header"))
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
        if self.text != self.decoded_text {
            self.redecode();
        }
        response.changed()
    }

    fn large_token_ui(&mut self, ui: &mut egui::Ui, dark: bool) {
        let mut job = token_job(&self.text, &self.decoded, dark, Some(600));
        job.append("\n   …   \n", 0.0, TextFormat { color: palette::muted(dark), ..Default::default() });
        job.wrap.break_anywhere = true;
        job.wrap.max_width = ui.available_width();
        ui.add(egui::Label::new(job).wrap());
        let tail_start = floor_char_boundary(&self.text, self.text.len().saturating_sub(200));
        ui.label(
            egui::RichText::new(format!("…{}", &self.text[tail_start..]))
                .monospace()
                .color(palette::segment(Segment::Signature, dark)),
        );
        ui.label(
            egui::RichText::new(text!(
                "app-editor-token-mb-shown-edited",
                count = format!("{:.1}", self.text.len() as f64 / 1_048_576.0)
            ))
            .color(palette::muted(dark)),
        );
    }
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|at| text.is_char_boundary(*at)).unwrap_or(0)
}

/// The text coloured by the parts `decoded` found in it: wrapping text muted, each part in its colour, dots muted,
/// anything past the parts a token may have in the error colour, and the character the first problem names
/// underlined. `limit` stops the layout after that many bytes (for a preview of a huge token). `decoded` must have
/// been made from `text`; ranges that do not fit it are drawn plain rather than trusted.
pub fn token_job(text: &str, decoded: &Decoded, dark: bool, limit: Option<usize>) -> LayoutJob {
    let end = floor_char_boundary(text, limit.unwrap_or(text.len()));
    let font = FontId::monospace(14.0);
    let muted = palette::muted(dark);
    let problem_byte = decoded
        .problem()
        .and_then(|problem| problem.offset)
        .and_then(|offset| text.char_indices().nth(offset).map(|(byte, _)| byte));
    let mut writer = JobWriter { job: LayoutJob::default(), text, end, font, dark, problem_byte, at: 0 };
    let token = decoded.token_range.clone();
    if text.get(token.clone()).is_none() {
        writer.put(end, muted);
        return writer.job;
    }
    writer.put(token.start, muted);
    for part in &decoded.parts {
        if part.range.start < writer.at || part.range.end > token.end {
            break;
        }
        writer.gap(part.range.start);
        writer.put(part.range.end, palette::segment(part.segment, dark));
    }
    writer.gap(token.end);
    writer.put(text.len(), muted);
    writer.job
}

/// The token the editor's text holds: an SD-JWT's issuer-signed JWT, or the text's one token.
pub fn decode_text(text: &str) -> Decoded {
    if sdjwt::looks_like(text) {
        let issuer = text.trim_start().split('~').next().unwrap_or_default();
        jose::decode(issuer)
    } else {
        jose::decode(text)
    }
}

/// An SD-JWT in its parts' colours: the issuer JWT as any token, each disclosure in turn in one of two colours,
/// the `~` between them muted, and the key binding JWT as a token again.
pub fn sd_jwt_job(text: &str, dark: bool) -> LayoutJob {
    let mut job = LayoutJob::default();
    let font = FontId::monospace(14.0);
    let format = |colour: egui::Color32| TextFormat { font_id: font.clone(), color: colour, ..Default::default() };
    let leading = text.len() - text.trim_start().len();
    job.append(&text[..leading], 0.0, format(palette::muted(dark)));
    let body = &text[leading..];
    let parts: Vec<&str> = body.split('~').collect();
    let last = parts.len() - 1;
    let disclosure_colours = [palette::segment(Segment::Tag, dark), palette::segment(Segment::Iv, dark)];
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            job.append("~", 0.0, format(palette::muted(dark)));
        }
        if index == 0 || (index == last && !part.is_empty()) {
            let inner = token_job(part, &jose::decode(part), dark, None);
            for section in &inner.sections {
                let range = section.byte_range.start.0..section.byte_range.end.0;
                job.append(&inner.text[range], 0.0, section.format.clone());
            }
        } else {
            job.append(part, 0.0, format(disclosure_colours[index % 2]));
        }
    }
    job
}

/// Appends the text in order, each piece in its colour, clipped at `end`.
struct JobWriter<'t> {
    job: LayoutJob,
    text: &'t str,
    end: usize,
    font: FontId,
    dark: bool,
    problem_byte: Option<usize>,
    /// How far the text has been written.
    at: usize,
}

impl JobWriter<'_> {
    /// Text between parts: the separating dots muted, anything else (a sixth part, say) in the error colour.
    fn gap(&mut self, until: usize) {
        while self.at < until.min(self.end) {
            let rest = &self.text[self.at..until];
            let run = rest.find('.').map_or(rest.len(), |dot| if dot == 0 { 1 } else { dot });
            let colour = if rest.starts_with('.') { palette::muted(self.dark) } else { palette::error(self.dark) };
            let to = self.at + run;
            self.put(to, colour);
        }
    }

    /// Writes the text up to `until` in `colour`, the problem character marked.
    fn put(&mut self, until: usize, colour: egui::Color32) {
        let until = floor_char_boundary(self.text, until.min(self.end)).max(self.at);
        let format = TextFormat { font_id: self.font.clone(), color: colour, ..Default::default() };
        let marked = self.problem_byte.filter(|byte| (self.at..until).contains(byte));
        if let Some(byte) = marked {
            let width = self.text[byte..].chars().next().map_or(1, char::len_utf8);
            let error = palette::error(self.dark);
            self.job.append(&self.text[self.at..byte], 0.0, format.clone());
            let mark = TextFormat {
                color: error,
                underline: Stroke::new(2.0, error),
                background: error.gamma_multiply(0.25),
                ..format.clone()
            };
            self.job.append(&self.text[byte..byte + width], 0.0, mark);
            self.job.append(&self.text[byte + width..until], 0.0, format);
        } else {
            self.job.append(&self.text[self.at..until], 0.0, format);
        }
        self.at = until;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(job: &LayoutJob) -> Vec<&str> {
        job.sections.iter().map(|section| &job.text[section.byte_range.start.0..section.byte_range.end.0]).collect()
    }

    #[test]
    fn parts_get_their_colours_and_wrapping_stays_muted() {
        let text = "Bearer eyJhIjoxfQ.e30.c2ln";
        let job = token_job(text, &jose::decode(text), true, None);
        assert_eq!(pieces(&job), ["Bearer ", "eyJhIjoxfQ", ".", "e30", ".", "c2ln", ""]);
        assert_eq!(job.sections[1].format.color, palette::segment(Segment::Header, true));
        assert_eq!(job.sections[3].format.color, palette::segment(Segment::Payload, true));
        assert_eq!(job.sections[5].format.color, palette::segment(Segment::Signature, true));
    }

    #[test]
    fn the_problem_character_is_underlined() {
        let text = "eyJhIjoxfQ.e30.c2ln=";
        let job = token_job(text, &jose::decode(text), false, None);
        let marked: Vec<&str> = job
            .sections
            .iter()
            .filter(|section| section.format.underline.width > 0.0)
            .map(|section| &job.text[section.byte_range.start.0..section.byte_range.end.0])
            .collect();
        assert_eq!(marked, ["="]);
    }

    #[test]
    fn a_part_too_many_is_drawn_in_the_error_colour() {
        let text = "aa.bb.cc.dd";
        let job = token_job(text, &jose::decode(text), true, None);
        let last = job.sections.iter().rev().find(|section| section.byte_range.end.0 > section.byte_range.start.0);
        assert_eq!(last.unwrap().format.color, palette::error(true));
    }

    #[test]
    fn ranges_of_another_text_are_never_trusted() {
        // A flagged zero-width space, and a text one character longer than the one that was decoded.
        let old = "aa.b\u{200b}b.cc";
        let decoded = jose::decode(old);
        let new = format!("x{old}");
        let job = token_job(&new, &decoded, true, None);
        assert_eq!(job.text, new);
        let shorter = &old[..3];
        assert_eq!(token_job(shorter, &decoded, true, None).text, shorter);
    }

    #[test]
    fn a_preview_stops_at_a_character_boundary() {
        let text = format!("{}.é", "a".repeat(10));
        let job = token_job(&text, &jose::decode(&text), true, Some(12));
        assert_eq!(job.text, "a".repeat(10) + ".");
    }
}
