//! Reading the inputs the command line names: a TOKEN argument (literal, `-` for stdin, `@path`), times,
//! and files, each failing with a message that says which input could not be read.

use chrono::{DateTime, Utc};
use std::io::Read;

/// The text of a TOKEN argument; stdin when it is `-` or absent.
pub fn token_text(argument: Option<&str>) -> Result<String, String> {
    match argument {
        None | Some("-") => read_stdin(),
        Some(text) => match text.strip_prefix('@') {
            Some(path) => read_text_file(path),
            None => Ok(text.to_owned()),
        },
    }
}

pub fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|error| crate::text!("cli-cannot-read-stdin", error = error).to_string())?;
    String::from_utf8(bytes).map_err(|_| "stdin is not UTF-8 text".to_owned())
}

pub fn read_text_file(path: &str) -> Result<String, String> {
    let bytes = read_file(path)?;
    String::from_utf8(bytes).map_err(|_| crate::text!("cli-not-utf8", path = path).to_string())
}

pub fn read_file(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| crate::text!("cli-cannot-read", path = path, error = error).to_string())
}

/// `--at TIME`, default now.
pub fn at_time(argument: Option<&str>) -> Result<DateTime<Utc>, String> {
    match argument {
        None => Ok(Utc::now()),
        Some(text) => crate::jose::time::parse_instant(text).map_err(|error| format!("--at: {error}")),
    }
}

/// The local time zone's offset at `at`, for showing times to the person at the terminal.
pub fn local_offset(at: DateTime<Utc>) -> chrono::FixedOffset {
    *at.with_timezone(&chrono::Local).offset()
}
