//! Pretty JSON as a list of lines, drawn with syntax colours one visible line at a time, so a 1 MB payload
//! costs no more per frame than a small one. The lines are made once, when the token changes.

use super::palette::{self, JsonColours};
use egui::text::LayoutJob;
use egui::{FontId, TextFormat};
use serde_json::Value;

/// Pretty JSON split into lines, ready to draw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonLines {
    pub lines: Vec<String>,
    pub text: String,
}

impl JsonLines {
    pub fn new(value: &Value) -> JsonLines {
        let text = serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string());
        JsonLines { lines: text.lines().map(str::to_owned).collect(), text }
    }

    /// Draws the lines in a scroll area no taller than `max_height`, laying out only the visible ones.
    pub fn ui(&self, ui: &mut egui::Ui, id_salt: &str, max_height: f32) {
        let font = FontId::monospace(13.0);
        let row_height = ui.fonts_mut(|fonts| fonts.row_height(&font));
        let colours = palette::json(palette::is_dark(ui));
        egui::ScrollArea::both().id_salt(id_salt).max_height(max_height).auto_shrink([false, true]).show_rows(
            ui,
            row_height,
            self.lines.len(),
            |ui, rows| {
                ui.spacing_mut().item_spacing.y = 0.0;
                for line in &self.lines[rows] {
                    ui.add(egui::Label::new(highlight(line, &font, &colours)).extend());
                }
            },
        );
    }
}

/// One line of pretty JSON in colour. Pretty printing puts at most one member per line and escapes
/// newlines inside strings, so a line can be coloured on its own.
pub fn highlight(line: &str, font: &FontId, colours: &JsonColours) -> LayoutJob {
    let mut job = LayoutJob::default();
    let format = |colour| TextFormat { font_id: font.clone(), color: colour, ..Default::default() };
    let bytes = line.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        let colour = match bytes[at] {
            b'"' => {
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                at = (at + 1).min(bytes.len());
                let rest = line[at..].trim_start();
                if rest.starts_with(':') { colours.key } else { colours.string }
            }
            b'-' | b'0'..=b'9' => {
                while at < bytes.len() && matches!(bytes[at], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    at += 1;
                }
                colours.number
            }
            b't' | b'f' | b'n' => {
                while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
                    at += 1;
                }
                colours.literal
            }
            _ => {
                at += 1;
                while at < bytes.len() && !matches!(bytes[at], b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') {
                    at += 1;
                }
                colours.punctuation
            }
        };
        // Multi-byte characters only occur inside strings, which end on a quote: `at` is on a boundary.
        let end = at.min(line.len());
        if let Some(piece) = line.get(start..end) {
            job.append(piece, 0.0, format(colour));
        }
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Color32;

    fn colours() -> JsonColours {
        JsonColours {
            key: Color32::RED,
            string: Color32::GREEN,
            number: Color32::BLUE,
            literal: Color32::YELLOW,
            punctuation: Color32::GRAY,
        }
    }

    fn pieces(line: &str) -> Vec<(String, Color32)> {
        let job = highlight(line, &FontId::monospace(13.0), &colours());
        job.sections
            .iter()
            .map(|section| {
                (job.text[section.byte_range.start.0..section.byte_range.end.0].to_owned(), section.format.color)
            })
            .collect()
    }

    #[test]
    fn members_strings_numbers_and_literals_get_their_colours() {
        assert_eq!(
            pieces(r#"  "exp": 1516239022,"#),
            [
                ("  ".to_owned(), Color32::GRAY),
                ("\"exp\"".to_owned(), Color32::RED),
                (": ".to_owned(), Color32::GRAY),
                ("1516239022".to_owned(), Color32::BLUE),
                (",".to_owned(), Color32::GRAY)
            ]
        );
        assert_eq!(pieces(r#""a \"q\" é""#), [("\"a \\\"q\\\" é\"".to_owned(), Color32::GREEN)]);
        assert_eq!(pieces("true"), [("true".to_owned(), Color32::YELLOW)]);
    }

    #[test]
    fn lines_follow_pretty_printing() {
        let lines = JsonLines::new(&serde_json::json!({"a": 1, "b": [true]}));
        assert_eq!(lines.lines, ["{", "  \"a\": 1,", "  \"b\": [", "    true", "  ]", "}"]);
    }
}
