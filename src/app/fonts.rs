//! The window's fonts. egui's own faces draw Latin, Greek and Cyrillic; after them, as fallbacks in both the
//! proportional and the monospace family, come the bundled Hangul subsets (`assets/fonts/`, always there, so a
//! machine without any CJK font still draws Korean) and then, once a background scan of the system's fonts has
//! found them, faces for Han and Kana. The fallbacks only ever draw what the faces before them lack, so Latin text
//! keeps its look; the monospace Hangul face is two columns of the monospace grid wide, so the token editor stays
//! aligned.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::{Arc, mpsc};

const HANGUL: &[u8] = include_bytes!("../../assets/fonts/tokenscope-hangul.ttf");
const HANGUL_MONO: &[u8] = include_bytes!("../../assets/fonts/tokenscope-hangul-mono.ttf");

/// The scripts a system face is looked for, each with a letter that shows whether a face has it.
const SCRIPTS: [(&str, char); 2] = [("han", '漢'), ("kana", 'あ')];

/// A system face found for a script: the bytes of its file and which face of the file it is.
pub struct SystemFace {
    pub script: &'static str,
    pub family: String,
    pub bytes: Vec<u8>,
    pub index: u32,
}

/// egui's faces, then the bundled Hangul, then `system` faces, in both families.
pub fn definitions(system: &[SystemFace]) -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert("hangul".to_owned(), Arc::new(FontData::from_static(HANGUL)));
    fonts.font_data.insert("hangul-mono".to_owned(), Arc::new(FontData::from_static(HANGUL_MONO)));
    push(&mut fonts, FontFamily::Proportional, "hangul");
    push(&mut fonts, FontFamily::Monospace, "hangul-mono");
    for face in system {
        let name = format!("system-{}", face.script);
        let mut data = FontData::from_owned(face.bytes.clone());
        data.index = face.index;
        fonts.font_data.insert(name.clone(), Arc::new(data));
        push(&mut fonts, FontFamily::Proportional, &name);
        push(&mut fonts, FontFamily::Monospace, &name);
    }
    fonts
}

fn push(fonts: &mut FontDefinitions, family: FontFamily, name: &str) {
    fonts.families.entry(family).or_default().push(name.to_owned());
}

/// The scan of the system's fonts, running on a thread of its own so the first frame does not wait for it.
pub struct SystemFonts {
    pending: Option<mpsc::Receiver<Vec<SystemFace>>>,
}

impl SystemFonts {
    pub fn scan() -> SystemFonts {
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("system fonts".into()).spawn(move || {
            let _ = sender.send(find_system_faces());
        });
        SystemFonts { pending: spawned.ok().map(|_| receiver) }
    }

    /// No scan: egui's faces and the bundled Hangul only (UI tests).
    pub fn none() -> SystemFonts {
        SystemFonts { pending: None }
    }

    /// Installs what the scan found once it is done (from the next frame on, as egui's `set_fonts` does).
    pub fn poll(&mut self, ctx: &egui::Context) -> Scan {
        let Some(receiver) = &self.pending else { return Scan::Done };
        match receiver.try_recv() {
            Ok(faces) => {
                self.pending = None;
                if faces.is_empty() {
                    return Scan::Done;
                }
                ctx.set_fonts(definitions(&faces));
                Scan::Installed
            }
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                Scan::Running
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                Scan::Done
            }
        }
    }
}

/// Where the scan of the system's fonts is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scan {
    Running,
    /// It has just found faces and asked egui to use them.
    Installed,
    Done,
}

/// For each script, the best regular face of the system that has it: sans before serif, a face of the usual weight
/// and width, and one face serving several scripts where it can (Noto Sans CJK has Han and Kana).
fn find_system_faces() -> Vec<SystemFace> {
    let mut database = fontdb::Database::new();
    database.load_system_fonts();
    let mut found: Vec<SystemFace> = Vec::new();
    for (script, letter) in SCRIPTS {
        let candidates = database.faces().filter(|face| face.style == fontdb::Style::Normal).filter(|face| {
            database
                .with_face_data(face.id, |data, index| {
                    ttf_parser::Face::parse(data, index).is_ok_and(|parsed| parsed.glyph_index(letter).is_some())
                })
                .unwrap_or(false)
        });
        let Some(best) = candidates.min_by_key(|face| preference(face)) else { continue };
        let family = best.families.first().map_or_else(String::new, |(name, _)| name.clone());
        if found.iter().any(|earlier| earlier.family == family) {
            continue;
        }
        if let Some(bytes) = database.with_face_data(best.id, |data, _| data.to_vec()) {
            found.push(SystemFace { script, family, bytes, index: best.index });
        }
    }
    found
}

/// Lower is better.
fn preference(face: &fontdb::FaceInfo) -> (bool, bool, u16, String) {
    let family = face.families.first().map_or_else(String::new, |(name, _)| name.to_lowercase());
    let serif = ["serif", "mincho", "ming", "song", "myeongjo"].iter().any(|word| family.contains(word))
        && !family.contains("sans");
    (serif, face.monospaced, face.weight.0.abs_diff(400), family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hangul_fallbacks_come_after_eguis_own_faces_in_both_families() {
        let fonts = definitions(&[]);
        let defaults = FontDefinitions::default();
        for (family, hangul) in [(FontFamily::Proportional, "hangul"), (FontFamily::Monospace, "hangul-mono")] {
            let mut expected = defaults.families[&family].clone();
            expected.push(hangul.to_owned());
            assert_eq!(fonts.families[&family], expected);
        }
    }

    #[test]
    fn the_bundled_face_covers_every_hangul_syllable_and_the_jamo() {
        for (bytes, name) in [(HANGUL, "proportional"), (HANGUL_MONO, "monospace")] {
            let face = ttf_parser::Face::parse(bytes, 0).unwrap();
            let syllables = ('\u{AC00}'..='\u{D7A3}').filter(|c| face.glyph_index(*c).is_some()).count();
            assert_eq!(syllables, 11_172, "{name}");
            for jamo in ['\u{1100}', '\u{1161}', '\u{11A8}', '\u{3131}', '\u{318E}'] {
                assert!(face.glyph_index(jamo).is_some(), "{name} lacks U+{:04X}", jamo as u32);
            }
        }
    }

    #[test]
    fn a_monospace_hangul_syllable_is_two_columns_of_the_monospace_grid() {
        let mono = ttf_parser::Face::parse(HANGUL_MONO, 0).unwrap();
        let defaults = FontDefinitions::default();
        let hack_bytes = defaults.font_data["Hack"].font.clone();
        let hack = ttf_parser::Face::parse((*hack_bytes).as_ref(), 0).unwrap();
        let em = |face: &ttf_parser::Face, c: char| {
            f32::from(face.glyph_hor_advance(face.glyph_index(c).unwrap()).unwrap()) / f32::from(face.units_per_em())
        };
        assert!((em(&mono, '한') - 2.0 * em(&hack, 'A')).abs() < 0.001);
        assert!((em(&mono, 'ㄱ') - 2.0 * em(&hack, 'A')).abs() < 0.001);
    }
}
