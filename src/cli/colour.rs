//! Colour in the human output: on when stdout is a terminal and `NO_COLOR` is unset, or as `--color` says; the
//! verdict, claim statuses, finding severities and the token's parts (in the window's colours). Styles come from
//! `anstyle`, the crate clap itself draws with.

use anstyle::{AnsiColor, Color, RgbColor, Style};
use std::cell::Cell;
use std::fmt::Display;

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColourChoice {
    #[default]
    Auto,
    Always,
    Never,
}

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
}

/// Decides once whether this run paints: `always`, `never`, or `auto` (stdout a terminal, `NO_COLOR` unset or empty).
pub fn choose(choice: ColourChoice, stdout_is_terminal: bool, no_colour: Option<String>) -> bool {
    match choice {
        ColourChoice::Always => true,
        ColourChoice::Never => false,
        ColourChoice::Auto => stdout_is_terminal && no_colour.is_none_or(|value| value.is_empty()),
    }
}

pub fn set(on: bool) {
    ON.with(|cell| cell.set(on));
}

/// `text` in `style` when this run paints, else as it is.
pub fn paint(text: impl Display, style: Style) -> String {
    if ON.with(Cell::get) { format!("{}{text}{}", style.render(), style.render_reset()) } else { text.to_string() }
}

pub fn good() -> Style {
    Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green))).bold()
}

pub fn bad() -> Style {
    Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red))).bold()
}

pub fn muted() -> Style {
    Style::new().dimmed()
}

/// A finding's severity, as the window colours it.
pub fn severity(severity: crate::jose::lint::Severity) -> Style {
    use crate::jose::lint::Severity;
    let colour = match severity {
        Severity::High => AnsiColor::Red,
        Severity::Medium => AnsiColor::Yellow,
        Severity::Low => AnsiColor::Cyan,
        Severity::Info => AnsiColor::BrightBlack,
    };
    Style::new().fg_color(Some(Color::Ansi(colour))).bold()
}

/// The token's parts in the window's dark-theme colours: header, payload, signature.
pub fn part(index: usize) -> Style {
    let (r, g, b) = match index {
        0 => (0xff, 0x5c, 0x8a),
        1 => (0xd9, 0x7c, 0xff),
        _ => (0x3c, 0xc8, 0xf5),
    };
    Style::new().fg_color(Some(Color::Rgb(RgbColor(r, g, b))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_paints_a_terminal_unless_no_color_is_set() {
        assert!(choose(ColourChoice::Auto, true, None));
        assert!(choose(ColourChoice::Auto, true, Some(String::new())));
        assert!(!choose(ColourChoice::Auto, true, Some("1".into())));
        assert!(!choose(ColourChoice::Auto, false, None));
        assert!(choose(ColourChoice::Always, false, Some("1".into())));
        assert!(!choose(ColourChoice::Never, true, None));
    }
}
