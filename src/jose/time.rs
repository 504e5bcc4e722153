//! NumericDate arithmetic and wording: converting seconds since the epoch to RFC 3339, saying a span of
//! seconds the way people do ("4 min 10 s", "8 years"), and reading the times users type (RFC 3339,
//! Unix seconds, or a span such as `+15m` relative to a given now). The clock is always a parameter.

use chrono::{DateTime, FixedOffset, SecondsFormat, TimeZone, Utc};

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
    match instant(seconds) {
        Some(at) => at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        None => format!("{seconds} (outside the calendar)"),
    }
}

/// RFC 3339 at the given offset from UTC (the caller's local time zone).
pub fn local_text(seconds: f64, offset: FixedOffset) -> String {
    match instant(seconds) {
        Some(at) => at.with_timezone(&offset).to_rfc3339_opts(SecondsFormat::AutoSi, false),
        None => format!("{seconds} (outside the calendar)"),
    }
}

/// A span in words, to the two largest units that matter: "45 s", "4 min 10 s", "2 h 5 min", "3 d 4 h", "8 years".
pub fn span_text(seconds: f64) -> String {
    let total = seconds.abs().floor() as u64;
    const MINUTE: u64 = 60;
    const HOUR: u64 = 3600;
    const DAY: u64 = 86_400;
    const YEAR: u64 = 31_557_600;
    let pair = |big: u64, big_unit: &str, small: u64, small_unit: &str| {
        if small == 0 { format!("{big} {big_unit}") } else { format!("{big} {big_unit} {small} {small_unit}") }
    };
    if total < MINUTE {
        format!("{total} s")
    } else if total < HOUR {
        pair(total / MINUTE, "min", total % MINUTE, "s")
    } else if total < DAY {
        pair(total / HOUR, "h", total % HOUR / MINUTE, "min")
    } else if total < YEAR {
        pair(total / DAY, "d", total % DAY / HOUR, "h")
    } else {
        let years = total / YEAR;
        format!("{years} year{}", if years == 1 { "" } else { "s" })
    }
}

/// Reads a time as typed: RFC 3339 (`2026-01-01T00:00:00Z`) or Unix seconds (`1767225600`, fractions allowed).
pub fn parse_instant(text: &str) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(value) = text.parse::<f64>() {
        return instant(value).ok_or_else(|| format!("{text} seconds is outside the calendar"));
    }
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|_| format!("'{text}' is neither RFC 3339 (2026-01-01T00:00:00Z) nor Unix seconds"))
}

/// Reads a span such as `30s`, `15m`, `2h`, `7d` or `90` (seconds), with an optional sign.
pub fn parse_span(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let (digits, unit) = body.split_at(body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len()));
    let amount: i64 = digits.parse().map_err(|_| format!("'{text}' is not a span such as +30s, +15m, +2h or +7d"))?;
    let scale = match unit {
        "" | "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => {
            return Err(format!("'{text}' has an unknown unit '{unit}'; use s, m, h, d or w"));
        }
    };
    amount.checked_mul(scale).map(|value| sign * value).ok_or_else(|| format!("'{text}' is too large"))
}

/// Reads a time relative to `now` (`+15m`, `-1h`) or absolute (RFC 3339, Unix seconds), as Unix seconds.
pub fn parse_time_or_span(text: &str, now: DateTime<Utc>) -> Result<i64, String> {
    let trimmed = text.trim();
    if trimmed.starts_with(['+', '-']) {
        return parse_span(trimmed).map(|span| now.timestamp() + span);
    }
    parse_instant(trimmed).map(|at| at.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_like_people_say_them() {
        assert_eq!(span_text(45.0), "45 s");
        assert_eq!(span_text(250.0), "4 min 10 s");
        assert_eq!(span_text(240.0), "4 min");
        assert_eq!(span_text(7500.0), "2 h 5 min");
        assert_eq!(span_text(3.0 * 86400.0 + 4.0 * 3600.0), "3 d 4 h");
        assert_eq!(span_text(8.9 * 365.25 * 86400.0), "8 years");
        assert_eq!(span_text(-61.0), "1 min 1 s");
    }

    #[test]
    fn utc_text_keeps_fractions_only_when_present() {
        assert_eq!(utc_text(1516239022.0), "2018-01-18T01:30:22Z");
        assert_eq!(utc_text(1516239022.5), "2018-01-18T01:30:22.500Z");
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
    }
}
