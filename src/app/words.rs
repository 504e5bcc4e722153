//! How the catalogue's texts become egui text: a `Text` goes wherever a widget takes a label, rendered in the
//! window's language (the thread's, which the app sets from its language switch before every frame).

use crate::i18n::{Arg, Text};

impl From<arboard::Error> for Arg {
    fn from(error: arboard::Error) -> Arg {
        Arg::Str(error.to_string())
    }
}

impl From<Text> for egui::WidgetText {
    fn from(text: Text) -> egui::WidgetText {
        egui::WidgetText::from(text.to_string())
    }
}

impl From<&Text> for egui::WidgetText {
    fn from(text: &Text) -> egui::WidgetText {
        egui::WidgetText::from(text.to_string())
    }
}

impl From<Text> for egui::RichText {
    fn from(text: Text) -> egui::RichText {
        egui::RichText::new(text.to_string())
    }
}

impl From<&Text> for egui::RichText {
    fn from(text: &Text) -> egui::RichText {
        egui::RichText::new(text.to_string())
    }
}
