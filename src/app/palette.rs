//! The colours of the window, chosen per theme so that the token's parts, statuses and severities read
//! well on dark and light backgrounds alike.

use crate::jose::Segment;
use crate::jose::lint::Severity;
use egui::Color32;

pub fn is_dark(ui: &egui::Ui) -> bool {
    ui.visuals().dark_mode
}

/// The colour of a token part, as jwt.io taught people to expect (header red, payload purple, signature blue).
pub fn segment(segment: Segment, dark: bool) -> Color32 {
    match (segment, dark) {
        (Segment::Header, true) => Color32::from_rgb(0xff, 0x5c, 0x8a),
        (Segment::Header, false) => Color32::from_rgb(0xc8, 0x00, 0x45),
        (Segment::Payload, true) => Color32::from_rgb(0xd9, 0x7c, 0xff),
        (Segment::Payload, false) => Color32::from_rgb(0x8e, 0x1a, 0xc4),
        (Segment::Signature, true) => Color32::from_rgb(0x3c, 0xc8, 0xf5),
        (Segment::Signature, false) => Color32::from_rgb(0x00, 0x6f, 0xa8),
        (Segment::EncryptedKey, true) => Color32::from_rgb(0xd9, 0x7c, 0xff),
        (Segment::EncryptedKey, false) => Color32::from_rgb(0x8e, 0x1a, 0xc4),
        (Segment::Iv, true) => Color32::from_rgb(0x6e, 0xd8, 0x8a),
        (Segment::Iv, false) => Color32::from_rgb(0x1b, 0x7a, 0x3a),
        (Segment::Ciphertext, true) => Color32::from_rgb(0x3c, 0xc8, 0xf5),
        (Segment::Ciphertext, false) => Color32::from_rgb(0x00, 0x6f, 0xa8),
        (Segment::Tag, true) => Color32::from_rgb(0xff, 0xb3, 0x47),
        (Segment::Tag, false) => Color32::from_rgb(0xa8, 0x5a, 0x00),
        (Segment::Token, _) => {
            if dark {
                Color32::LIGHT_GRAY
            } else {
                Color32::DARK_GRAY
            }
        }
    }
}

pub fn good(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x4c, 0xd1, 0x7a) } else { Color32::from_rgb(0x12, 0x7a, 0x3a) }
}

pub fn warning(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0xff, 0xc1, 0x4d) } else { Color32::from_rgb(0x9a, 0x5b, 0x00) }
}

pub fn error(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0xff, 0x6b, 0x6b) } else { Color32::from_rgb(0xc0, 0x1c, 0x1c) }
}

pub fn muted(dark: bool) -> Color32 {
    if dark { Color32::from_gray(150) } else { Color32::from_gray(100) }
}

pub fn severity(severity: Severity, dark: bool) -> Color32 {
    match severity {
        Severity::High => error(dark),
        Severity::Medium => warning(dark),
        Severity::Low => {
            if dark {
                Color32::from_rgb(0x7a, 0xb8, 0xff)
            } else {
                Color32::from_rgb(0x1f, 0x5f, 0xbf)
            }
        }
        Severity::Info => muted(dark),
    }
}

/// JSON syntax colours: member names, strings, numbers, literals, punctuation.
pub struct JsonColours {
    pub key: Color32,
    pub string: Color32,
    pub number: Color32,
    pub literal: Color32,
    pub punctuation: Color32,
}

pub fn json(dark: bool) -> JsonColours {
    if dark {
        JsonColours {
            key: Color32::from_rgb(0x7c, 0xc4, 0xff),
            string: Color32::from_rgb(0xa5, 0xe0, 0x8c),
            number: Color32::from_rgb(0xff, 0xb8, 0x6c),
            literal: Color32::from_rgb(0xd9, 0x9c, 0xff),
            punctuation: Color32::from_gray(170),
        }
    } else {
        JsonColours {
            key: Color32::from_rgb(0x0b, 0x5c, 0xad),
            string: Color32::from_rgb(0x2b, 0x7a, 0x0b),
            number: Color32::from_rgb(0xb3, 0x50, 0x00),
            literal: Color32::from_rgb(0x8a, 0x2b, 0xb9),
            punctuation: Color32::from_gray(90),
        }
    }
}
