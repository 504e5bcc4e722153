//! NumericDate arithmetic and wording: converting seconds since the epoch to RFC 3339, and reading the times
//! users type (RFC 3339, Unix seconds, or a span such as `+15m` relative to a given now). The clock is always a
//! parameter. Spans in words ("4 min 10 s") are the message catalogues' (`i18n::Arg::Span`).

use crate::i18n::Text;
use crate::text;
use chrono::{DateTime, Datelike, FixedOffset, SecondsFormat, TimeZone, Timelike, Utc};
use std::fmt;

/// Seconds since the epoch, fractions kept.
pub fn seconds(at: DateTime<Utc>) -> f64 {
    at.timestamp() as f64 + f64::from(at.timestamp_subsec_nanos()) / 1e9
}

/// The instant of a NumericDate, or `None` when it is outside what a calendar can show.
pub fn instant(seconds: f64) -> Option<DateTime<Utc>> {
    if !seconds.is_finite() || seconds.abs() > 8.0e12 {
        return None;
    }
    let whole = seconds.floor();
    let nanos = ((seconds - whole) * 1e9).round().min(999_999_999.0) as u32;
    Utc.timestamp_opt(whole as i64, nanos).single()
}

/// RFC 3339 in UTC with a `Z`, fractions only when there are any.
pub fn utc_text(seconds: f64) -> String {
    Utc3339(seconds).to_string()
}

/// `utc_text` as a `Display`, so that a longer text can take the time without a string of its own: the claim
/// checks write two of these for every token `verify --batch` reads.
#[derive(Debug, Clone, Copy)]
pub struct Utc3339(pub f64);

impl fmt::Display for Utc3339 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(instant) = instant(self.0) else {
            return write!(f, "{} (outside the calendar)", self.0);
        };
        // Each field read from a `DateTime<Utc>` converts it to local time first; the naive one reads directly.
        let at = instant.naive_utc();
        if !(0..=9999).contains(&at.year()) {
            // Five-digit and negative years keep chrono's wording (a sign, then the digits).
            return f.write_str(&instant.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        }
        let mut text = [0u8; 30];
        let mut put = |at: usize, value: u32, width: usize| {
            let mut rest = value;
            for slot in text[at..at + width].iter_mut().rev() {
                *slot = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
        };
        put(0, at.year() as u32, 4);
        put(5, at.month(), 2);
        put(8, at.day(), 2);
        put(11, at.hour(), 2);
        put(14, at.minute(), 2);
        put(17, at.second(), 2);
        let nanos = at.nanosecond();
        // As chrono's `SecondsFormat::AutoSi`: no fraction, or milli-, micro- or nanoseconds, whichever is exact.
        let digits = match nanos {
            0 => 0,
            n if n % 1_000_000 == 0 => 3,
            n if n % 1_000 == 0 => 6,
            _ => 9,
        };
        put(20, nanos / 10u32.pow(9 - digits as u32), digits);
        let mut end = 19;
        for (at, separator) in [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')] {
            text[at] = separator;
        }
        if digits > 0 {
            text[19] = b'.';
            end = 20 + digits;
        }
        text[end] = b'Z';
        f.write_str(std::str::from_utf8(&text[..=end]).map_err(|_| fmt::Error)?)
    }
}

/// RFC 3339 at the given offset from UTC (the caller's local time zone).
pub fn local_text(seconds: f64, offset: FixedOffset) -> String {
    match instant(seconds) {
        Some(at) => at.with_timezone(&offset).to_rfc3339_opts(SecondsFormat::AutoSi, false),
        None => format!("{seconds} (outside the calendar)"),
    }
}

/// Reads a time as typed: RFC 3339 (`2026-01-01T00:00:00Z`) or Unix seconds (`1767225600`, fractions allowed).
pub fn parse_instant(text: &str) -> Result<DateTime<Utc>, Text> {
    let text = text.trim();
    if let Ok(value) = text.parse::<f64>() {
        return instant(value).ok_or_else(|| text!("time-outside-calendar", seconds = text));
    }
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|_| text!("time-unreadable", text = text))
}

/// Reads a span such as `30s`, `15m`, `2h`, `7d` or `90` (seconds), with an optional sign.
pub fn parse_span(text: &str) -> Result<i64, Text> {
    let text = text.trim();
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let (digits, unit) = body.split_at(body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len()));
    let amount: i64 = digits.parse().map_err(|_| text!("time-not-span", text = text))?;
    let scale = match unit {
        "" | "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => {
            return Err(text!("time-unknown-unit", text = text, unit = unit));
        }
    };
    amount.checked_mul(scale).map(|value| sign * value).ok_or_else(|| text!("time-too-large", text = text))
}

/// Reads a time relative to `now` (`+15m`, `-1h`) or absolute (RFC 3339, Unix seconds), as Unix seconds.
pub fn parse_time_or_span(text: &str, now: DateTime<Utc>) -> Result<i64, Text> {
    let trimmed = text.trim();
    if trimmed.starts_with(['+', '-']) {
        let span = parse_span(trimmed)?;
        return now
            .timestamp()
            .checked_add(span)
            .filter(|at| instant(*at as f64).is_some())
            .ok_or_else(|| text!("time-span-outside-calendar", text = trimmed));
    }
    parse_instant(trimmed).map(|at| at.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_text_keeps_fractions_only_when_present() {
        assert_eq!(utc_text(1516239022.0), "2018-01-18T01:30:22Z");
        assert_eq!(utc_text(1516239022.5), "2018-01-18T01:30:22.500Z");
    }

    #[test]
    fn utc_text_writes_what_chrono_writes() {
        for seconds in [0.0, -1.5, 951_782_400.25, 1_767_225_600.000_001, 1_767_225_600.123_456_7, 4_102_444_800.0] {
            let at = instant(seconds).unwrap();
            assert_eq!(utc_text(seconds), at.to_rfc3339_opts(SecondsFormat::AutoSi, true), "at {seconds}");
        }
        assert_eq!(utc_text(1e12), "+33658-09-27T01:46:40Z");
        assert_eq!(utc_text(-62_167_219_300.0), "-0001-12-31T23:58:20Z");
        assert_eq!(utc_text(f64::NAN), "NaN (outside the calendar)");
    }

    proptest::proptest! {
        #[test]
        fn utc_text_agrees_with_chrono_for_any_instant(whole in -62_135_596_800_i64..253_402_300_800, nanos in 0u32..1_000_000_000) {
            let at = Utc.timestamp_opt(whole, nanos).single().unwrap();
            let written = Utc3339(seconds(at));
            let expected = instant(seconds(at)).unwrap().to_rfc3339_opts(SecondsFormat::AutoSi, true);
            proptest::prop_assert_eq!(written.to_string(), expected);
        }
    }

    #[test]
    fn local_text_uses_the_given_offset() {
        let seoul = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(local_text(1516239022.0, seoul), "2018-01-18T10:30:22+09:00");
    }

    #[test]
    fn instants_parse_from_rfc3339_and_seconds() {
        assert_eq!(parse_instant("1516239022").unwrap().timestamp(), 1516239022);
        assert_eq!(parse_instant("2018-01-18T01:30:22Z").unwrap().timestamp(), 1516239022);
        assert!(parse_instant("yesterday").is_err());
    }

    #[test]
    fn spans_parse_with_units() {
        assert_eq!(parse_span("+30s").unwrap(), 30);
        assert_eq!(parse_span("+15m").unwrap(), 900);
        assert_eq!(parse_span("2h").unwrap(), 7200);
        assert_eq!(parse_span("-7d").unwrap(), -604_800);
        assert!(parse_span("+5y").is_err());
    }

    #[test]
    fn relative_and_absolute_times_resolve_against_now() {
        let now = Utc.timestamp_opt(1000, 0).unwrap();
        assert_eq!(parse_time_or_span("+15m", now).unwrap(), 1900);
        assert_eq!(parse_time_or_span("2018-01-18T01:30:22Z", now).unwrap(), 1516239022);
        assert_eq!(parse_time_or_span("1516239022", now).unwrap(), 1516239022);
        assert_eq!(
            parse_time_or_span("+9223372036854775807", now).unwrap_err().to_string(),
            "'+9223372036854775807' from now is outside the calendar"
        );
        assert!(parse_time_or_span("-9223372036854775807", now).is_err());
        assert!(parse_time_or_span("+9000000000000s", now).is_err());
    }
}
