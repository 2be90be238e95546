//! Values as intervals.
//!
//! Every value claimlint compares — a date, a duration, a count — is an
//! interval of plain numbers: days since 1970-01-01 for dates, days for
//! durations, units for counts. A claim's interval comes from its precision
//! and hedge ("2020" is the whole year, "nearly 2,000" a band below 2,000); a
//! fact's from its precision. Two values disagree only when their intervals are
//! disjoint by more than a tolerance, which is the whole of the "no false
//! alarms" rule in one function: [`Interval::gap`].

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a value measures. Claims bind only to facts of the same kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Date,
    Duration,
    Count,
    /// A percentage ("51.9%", "72.2 per cent"), in percent: a count of
    /// hundredths, kept apart so that "52%" is never read as 52 things.
    Percent,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Duration => "duration",
            Kind::Count => "count",
            Kind::Percent => "percent",
        }
    }

    /// Whether values of this kind are amounts said with a number (a count
    /// or a percentage): they bind to the noun they count or measure, as
    /// `rules/README.md` ("How binding works") says, not to any cue near.
    pub fn is_amount(self) -> bool {
        matches!(self, Kind::Count | Kind::Percent)
    }
}

/// Days in a mean Gregorian year and month, for duration arithmetic.
pub const YEAR_DAYS: f64 = 365.2425;
pub const MONTH_DAYS: f64 = YEAR_DAYS / 12.0;

/// A closed interval `[lo, hi]`; either end may be infinite ("by 2025" has no
/// lower end, "more than 100,000" no upper one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn new(lo: f64, hi: f64) -> Self {
        debug_assert!(lo <= hi, "interval {lo}..{hi}");
        Interval { lo, hi }
    }

    pub fn point(v: f64) -> Self {
        Interval { lo: v, hi: v }
    }

    /// The interval of whole days from `a` to `b`, both included.
    pub fn days(a: Date, b: Date) -> Self {
        Interval::new(day_number(a) as f64, day_number(b) as f64)
    }

    /// How far apart two intervals are: 0 when they overlap.
    pub fn gap(&self, other: &Interval) -> f64 {
        (self.lo - other.hi).max(other.lo - self.hi).max(0.0)
    }

    /// Whether the two share more than an end: a stretch of values, or a
    /// single value one of them is. An amount read off rounded text is
    /// the stretch that rounds to it, whose upper end rounds up ("six" is
    /// 5.5–6.5, "five" 4.5–5.5), so two that only touch share no value.
    pub fn shares_a_value(&self, other: &Interval) -> bool {
        let (lo, hi) = (self.lo.max(other.lo), self.hi.min(other.hi));
        lo < hi || lo == hi && (self.lo == self.hi || other.lo == other.hi)
    }

    pub fn contains(&self, v: f64) -> bool {
        self.lo <= v && v <= self.hi
    }

    /// The smallest interval covering both.
    pub fn hull(&self, other: &Interval) -> Interval {
        Interval::new(self.lo.min(other.lo), self.hi.max(other.hi))
    }

    pub fn widen(&self, by: f64) -> Interval {
        Interval::new(self.lo - by, self.hi + by)
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), the scale date intervals use.
pub fn day_number(d: Date) -> i64 {
    // Howard Hinnant's days_from_civil: exact and allocation-free.
    let (y, m, dd) = (d.year() as i64, d.month() as i64, d.day() as i64);
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`day_number`].
pub fn date_from_day_number(n: i64) -> Option<Date> {
    let z = n + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

/// The unit a date is known to, as TimeML normalises it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// A resolved value with enough shape to print it the way people write it.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub kind: Kind,
    pub interval: Interval,
    /// For dates: the unit the value is known to.
    pub granularity: Option<Granularity>,
    /// Another reading, for a date whose year the text leaves implied ("on
    /// 28 September" may be the last or the next one): a claim contradicts
    /// a fact only if every reading does.
    pub alt: Option<Interval>,
}

impl Value {
    pub fn dates(a: Date, b: Date, g: Granularity) -> Value {
        Value {
            kind: Kind::Date,
            interval: Interval::days(a, b),
            granularity: Some(g),
            alt: None,
        }
    }

    pub fn new(kind: Kind, interval: Interval) -> Value {
        Value {
            kind,
            interval,
            granularity: None,
            alt: None,
        }
    }

    /// The smallest distance from any reading of this value to `other`.
    pub fn gap(&self, other: &Interval) -> f64 {
        let g = self.interval.gap(other);
        self.alt.map_or(g, |a| g.min(a.gap(other)))
    }

    /// The smallest distance between any readings of two values.
    pub fn gap_value(&self, other: &Value) -> f64 {
        let g = self.gap(&other.interval);
        other.alt.map_or(g, |a| g.min(self.gap(&a)))
    }

    /// Whether two values agree with no tolerance: some readings of theirs
    /// share a value. Dates are whole days, both ends included, so two
    /// that touch share a day; amounts and durations are rounded, and two
    /// that only touch ("five", "six") share none
    /// ([`Interval::shares_a_value`]).
    pub fn agrees_exactly(&self, other: &Value) -> bool {
        let readings = |v: &Value| std::iter::once(v.interval).chain(v.alt);
        readings(self).any(|a| {
            readings(other).any(|b| {
                if self.kind == Kind::Date {
                    a.gap(&b) <= 0.0
                } else {
                    a.shares_a_value(&b)
                }
            })
        })
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let iv = self.interval;
        match self.kind {
            Kind::Date => fmt_date_interval(f, iv),
            Kind::Duration => fmt_duration(f, iv),
            Kind::Count => fmt_range(f, iv, |f, v| write!(f, "{}", group_thousands(v))),
            Kind::Percent => fmt_range(f, iv, |f, v| write!(f, "{}%", group_thousands(v))),
        }
    }
}

fn fmt_range(
    f: &mut fmt::Formatter<'_>,
    iv: Interval,
    one: impl Fn(&mut fmt::Formatter<'_>, f64) -> fmt::Result,
) -> fmt::Result {
    match (iv.lo.is_finite(), iv.hi.is_finite()) {
        (true, true) if iv.lo == iv.hi => one(f, iv.lo),
        (true, true) => {
            one(f, iv.lo)?;
            f.write_str("–")?;
            one(f, iv.hi)
        }
        (true, false) => {
            f.write_str("at least ")?;
            one(f, iv.lo)
        }
        (false, true) => {
            f.write_str("at most ")?;
            one(f, iv.hi)
        }
        (false, false) => f.write_str("any"),
    }
}

/// Durations in the unit people would use: years from about a year up,
/// days below, then hours, minutes and seconds below a day, an hour and a
/// minute; `38.5–45.5 days`, `4.5–5.5 years`, `5 years`, `9.5 minutes`.
fn fmt_duration(f: &mut fmt::Formatter<'_>, iv: Interval) -> fmt::Result {
    let scale = if iv.lo.is_finite() { iv.lo } else { iv.hi };
    let (unit, per) = if scale >= 300.0 {
        ("year", YEAR_DAYS)
    } else if scale >= 1.0 || scale == 0.0 {
        ("day", 1.0)
    } else if scale >= 1.0 / 24.0 {
        ("hour", 1.0 / 24.0)
    } else if scale >= 1.0 / 1440.0 {
        ("minute", 1.0 / 1440.0)
    } else {
        ("second", 1.0 / 86400.0)
    };
    let num = |v: f64| {
        let x = (v / per * 10.0).round() / 10.0;
        format!("{x}")
    };
    let plural = |v: f64| {
        if (v / per - 1.0).abs() < 0.05 {
            ""
        } else {
            "s"
        }
    };
    match (iv.lo.is_finite(), iv.hi.is_finite()) {
        (true, true) if unit == "minute" && (iv.hi - iv.lo) * 86400.0 <= 1.0 + 1e-6 => {
            // a time to the second or finer, as a timekeeper says it:
            // "3 minutes 59.4 seconds", not "4 minutes"
            let secs = (iv.lo + iv.hi) / 2.0 * 86400.0;
            let width = (iv.hi - iv.lo) * 86400.0;
            let digits = if width > 0.5 {
                0
            } else if width > 0.05 {
                1
            } else if width > 0.005 {
                2
            } else {
                3
            };
            let scale = 10f64.powi(digits);
            let secs = (secs * scale).round() / scale;
            let (m, s) = ((secs / 60.0).floor(), secs % 60.0);
            let s = (s * scale).round() / scale;
            let m_unit = if m == 1.0 { "minute" } else { "minutes" };
            if s == 0.0 {
                write!(f, "{m} {m_unit}")
            } else {
                let s_unit = if s == 1.0 { "second" } else { "seconds" };
                write!(f, "{m} {m_unit} {s} {s_unit}")
            }
        }
        (true, true) if num(iv.lo) == num(iv.hi) => {
            write!(f, "{} {unit}{}", num(iv.lo), plural(iv.lo))
        }
        (true, true) => write!(f, "{}–{} {unit}s", num(iv.lo), num(iv.hi)),
        (true, false) => write!(f, "at least {} {unit}{}", num(iv.lo), plural(iv.lo)),
        (false, true) => write!(f, "at most {} {unit}{}", num(iv.hi), plural(iv.hi)),
        (false, false) => f.write_str("any"),
    }
}

fn fmt_date_interval(f: &mut fmt::Formatter<'_>, iv: Interval) -> fmt::Result {
    let date = |v: f64| date_from_day_number(v as i64);
    match (iv.lo.is_finite(), iv.hi.is_finite()) {
        (true, true) => {
            let (Some(a), Some(b)) = (date(iv.lo), date(iv.hi)) else {
                return f.write_str("?");
            };
            fmt_date_span(f, a, b)
        }
        (false, true) => match date(iv.hi) {
            Some(b) => write!(f, "by {b}"),
            None => f.write_str("?"),
        },
        (true, false) => match date(iv.lo) {
            Some(a) => write!(f, "from {a}"),
            None => f.write_str("?"),
        },
        (false, false) => f.write_str("any date"),
    }
}

/// Prints `[a, b]` as compactly as the calendar allows: `2020`, `2020-11`,
/// `2020-11-10`, else `a/b` (ISO 8601 interval notation).
fn fmt_date_span(f: &mut fmt::Formatter<'_>, a: Date, b: Date) -> fmt::Result {
    if a == b {
        return write!(f, "{a}");
    }
    let whole_month = a.day() == 1 && b == a.last_of_month();
    if whole_month {
        return write!(f, "{:04}-{:02}", a.year(), a.month());
    }
    if a.day() == 1 && a.month() == 1 && b.month() == 12 && b.day() == 31 {
        return if a.year() == b.year() {
            write!(f, "{:04}", a.year())
        } else {
            write!(f, "{:04}/{:04}", a.year(), b.year())
        };
    }
    if a.day() == 1 && b == b.last_of_month() {
        return write!(
            f,
            "{:04}-{:02}/{:04}-{:02}",
            a.year(),
            a.month(),
            b.year(),
            b.month()
        );
    }
    write!(f, "{a}/{b}")
}

/// `1960` → `1,960`; fractions keep up to two decimals.
pub fn group_thousands(v: f64) -> String {
    // a whole number that arithmetic left a hair off ("some $7 billion"
    // reaches up to 8,049,999,999.999999)
    let whole = v.round();
    if (v - whole).abs() > 1e-9 * v.abs().max(1.0) {
        return format!("{}", (v * 100.0).round() / 100.0);
    }
    let v = whole;
    let s = format!("{}", v.abs() as u64);
    let mut out = String::with_capacity(s.len() + s.len() / 3 + 1);
    if v < 0.0 {
        out.push('-');
    }
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn thousands_are_grouped_even_a_hair_off_a_whole_number() {
        assert_eq!(group_thousands(7e9 * 1.15), "8,050,000,000");
        assert_eq!(group_thousands(1960.0), "1,960");
        assert_eq!(group_thousands(-2500.0), "-2,500");
        assert_eq!(group_thousands(2.5), "2.5");
        assert_eq!(group_thousands(100_600.25), "100600.25");
    }

    #[test]
    fn values_that_only_touch_share_no_amount_but_share_a_day() {
        let count = |lo, hi| Value::new(Kind::Count, Interval::new(lo, hi));
        // "five" and "six"; "1.5 million" and "1.6 million"
        assert!(!count(4.5, 5.5).agrees_exactly(&count(5.5, 6.5)));
        assert!(!count(1.45e6, 1.55e6).agrees_exactly(&count(1.55e6, 1.65e6)));
        // overlapping, or one exact value at the other's end
        assert!(count(4.5, 5.5).agrees_exactly(&count(5.0, 7.0)));
        assert!(count(1700.0, 2000.0).agrees_exactly(&count(2000.0, 2000.0)));
        assert!(!count(4.5, 5.5).agrees_exactly(&count(6.0, 6.0)));
        // dates are whole days, both ends included: 1–10 and 10–20
        // November share the 10th; 1–9 and 10–20 share nothing
        let days = |a, b| Value::dates(date(2020, 11, a), date(2020, 11, b), Granularity::Day);
        assert!(days(1, 10).agrees_exactly(&days(10, 20)));
        assert!(!days(1, 9).agrees_exactly(&days(10, 20)));
        // any reading will do
        let mut implied = days(1, 1);
        implied.alt = Some(days(15, 15).interval);
        assert!(implied.agrees_exactly(&days(15, 15)));
    }

    #[test]
    fn day_numbers_round_trip() {
        for (d, n) in [
            (date(1970, 1, 1), 0),
            (date(2000, 3, 1), 11_017),
            (date(2020, 11, 10), 18_576),
            (date(1969, 12, 31), -1),
        ] {
            assert_eq!(day_number(d), n, "{d}");
            assert_eq!(date_from_day_number(n), Some(d));
        }
    }

    #[test]
    fn gap_is_zero_on_overlap_and_distance_otherwise() {
        let a = Interval::new(0.0, 10.0);
        assert_eq!(a.gap(&Interval::new(5.0, 20.0)), 0.0);
        assert_eq!(a.gap(&Interval::new(12.0, 20.0)), 2.0);
        assert_eq!(Interval::new(12.0, 20.0).gap(&a), 2.0);
        assert_eq!(a.gap(&Interval::new(f64::NEG_INFINITY, -3.0)), 3.0);
    }

    #[test]
    fn values_print_as_written() {
        let cases = [
            (
                Value::dates(date(2020, 1, 1), date(2020, 12, 31), Granularity::Year),
                "2020",
            ),
            (
                Value::dates(date(2020, 11, 1), date(2020, 11, 30), Granularity::Month),
                "2020-11",
            ),
            (
                Value::dates(date(2020, 11, 10), date(2020, 11, 10), Granularity::Day),
                "2020-11-10",
            ),
            (
                Value::dates(date(2023, 9, 19), date(2023, 9, 20), Granularity::Day),
                "2023-09-19/2023-09-20",
            ),
        ];
        for (v, s) in cases {
            assert_eq!(v.to_string(), s);
        }
        let count = Value::new(Kind::Count, Interval::new(1700.0, 2000.0));
        assert_eq!(count.to_string(), "1,700–2,000");
        let dur = Value::new(Kind::Duration, Interval::point(5.0 * YEAR_DAYS));
        assert_eq!(dur.to_string(), "5 years");
        // below a day, in the unit of its size (not "0 days")
        let minute = 1.0 / 1440.0;
        for (days, shown) in [
            (Interval::new(8.5 * minute, 9.5 * minute), "8.5–9.5 minutes"),
            (
                Interval::point(9.0 * minute + 29.0 / 86400.0),
                "9 minutes 29 seconds",
            ),
            (Interval::point(2.0 / 24.0), "2 hours"),
            // a timekeeper's time, to the digit it is known to
            (
                Interval::new(239.35 / 86400.0, 239.45 / 86400.0),
                "3 minutes 59.4 seconds",
            ),
            (Interval::point(239.4 / 86400.0), "3 minutes 59.4 seconds"),
            (
                Interval::new(223.125 / 86400.0, 223.135 / 86400.0),
                "3 minutes 43.13 seconds",
            ),
            (Interval::point(240.0 / 86400.0), "4 minutes"),
            (Interval::point(45.0 / 86400.0), "45 seconds"),
            (Interval::point(1.5), "1.5 days"),
        ] {
            assert_eq!(Value::new(Kind::Duration, days).to_string(), shown);
        }
    }
}
