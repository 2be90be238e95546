//! TimeML TIMEX3 normalisation: each temporal mention's `type` and `value` as
//! the TimeML 1.2.1 guidelines write them.
//!
//! This is how temporal-NLP users exchange annotations and how extraction is
//! scored against TempEval-3. Values take the granularity of the expression:
//! "four years ago" in an article of 2024-04-18 is `2020`, "last September"
//! `2023-09`, "late 2020" `2020` (with `mod="END"`), "the autumn of 2019"
//! `2019-FA`, "six weeks" `P6W`, "a year and a half" `P18M`.

use crate::claims::Resolved;
use crate::extract::{DateBase, DateExpr, DurationExpr, Expr, Part, Season, Unit, YearRef};
use crate::value::date_from_day_number;
use jiff::civil::Date;
use std::ops::Range;

/// The TIMEX3 `type` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression, normalised.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Timex {
    pub span: Range<usize>,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: String,
    /// TimeML `mod`: `START`, `MID`, `END`, `LESS_THAN`, `MORE_THAN`,
    /// `APPROX`.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
}

/// The TIMEX3s among a document's mentions (counts are not temporal).
pub fn timexes(mentions: &[Resolved], dct: Option<Date>) -> Vec<Timex> {
    mentions
        .iter()
        .filter_map(|r| {
            let (kind, value, modifier) = normalise(&r.mention.expr, r.value.as_ref(), dct)?;
            Some(Timex {
                span: r.mention.span.clone(),
                kind,
                value,
                modifier,
            })
        })
        .collect()
}

fn part_mod(p: Option<Part>) -> Option<&'static str> {
    p.map(|p| match p {
        Part::Early => "START",
        Part::Mid => "MID",
        Part::Late => "END",
    })
}

/// TIMEX3 type, value and mod of one expression, given its resolved value.
pub fn normalise(
    expr: &Expr,
    resolved: Option<&crate::value::Value>,
    dct: Option<Date>,
) -> Option<(TimexType, String, Option<&'static str>)> {
    match expr {
        Expr::Date(d) => Some((
            TimexType::Date,
            date_value(d, resolved, dct),
            part_mod(d.part),
        )),
        Expr::Range(a, _) => Some((TimexType::Date, date_value(a, resolved, dct), None)),
        Expr::Duration(d) => Some((TimexType::Duration, duration_value(d), hedge_mod(d.hedge))),
        Expr::Count(_) => None,
    }
}

fn hedge_mod(h: crate::extract::Hedge) -> Option<&'static str> {
    use crate::extract::Hedge::*;
    match h {
        Exact => None,
        About => Some("APPROX"),
        Nearly => Some("LESS_THAN"),
        AtLeast => Some("MORE_THAN"),
        AtMost => Some("LESS_THAN"),
    }
}

/// `P44D`, `P6W`, `P5Y`, `P18M` (fractional years in months), `P10Y`.
pub fn duration_value(d: &DurationExpr) -> String {
    let (n, u) = match d.unit {
        Unit::Day => (d.amount, "D"),
        Unit::Week => (d.amount, "W"),
        Unit::Month => (d.amount, "M"),
        Unit::Year if d.amount.fract() != 0.0 => (d.amount * 12.0, "M"),
        Unit::Year => (d.amount, "Y"),
        Unit::Decade => (d.amount * 10.0, "Y"),
        Unit::Century => (d.amount * 100.0, "Y"),
    };
    if n.fract() == 0.0 {
        format!("P{}{u}", n as i64)
    } else {
        format!("P{n}{u}")
    }
}

fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn season_code(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Autumn => "FA",
        Season::Winter => "WI",
    }
}

/// The year a resolved value starts in, for values whose year was implied.
fn resolved_year(resolved: Option<&crate::value::Value>) -> Option<i32> {
    let v = resolved?;
    let d = date_from_day_number(v.interval.lo.max(-1e9) as i64)?;
    Some(i32::from(d.year()))
}

fn date_value(e: &DateExpr, resolved: Option<&crate::value::Value>, dct: Option<Date>) -> String {
    let year = |y: YearRef, month: Option<u8>| -> Option<i32> {
        match y {
            YearRef::Explicit(y) => Some(y),
            _ => {
                // the resolved interval may be widened by a part; its middle
                // is in the right year
                let v = resolved?;
                let mid = (v.interval.lo + v.interval.hi) / 2.0;
                let _ = month;
                date_from_day_number(mid as i64).map(|d| i32::from(d.year()))
            }
        }
    };
    match e.base {
        DateBase::Calendar {
            year: y,
            month,
            day,
            ..
        } => {
            let yy = year(y, month);
            match (yy, month, day) {
                (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
                (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
                (Some(y), None, _) => format!("{y:04}"),
                (None, Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
                (None, Some(m), None) => format!("XXXX-{m:02}"),
                (None, None, _) => "XXXX".into(),
            }
        }
        DateBase::Season { year: y, season } => {
            match year(y, None).or_else(|| resolved_year(resolved)) {
                Some(y) => format!("{y:04}-{}", season_code(season)),
                None => format!("XXXX-{}", season_code(season)),
            }
        }
        DateBase::Quarter { year: y, quarter } => match year(y, None) {
            Some(y) => format!("{y:04}-Q{quarter}"),
            None => format!("XXXX-Q{quarter}"),
        },
        DateBase::Decade(y) => format!("{:03}", y / 10),
        DateBase::Ago { unit, .. } | DateBase::Relative { unit, .. } => {
            let Some(v) = resolved else {
                return match e.base {
                    DateBase::Ago { .. } => "PAST_REF".into(),
                    _ => "XXXX".into(),
                };
            };
            // undo the deictic widening: the middle of the interval
            let mid = ((v.interval.lo + v.interval.hi) / 2.0).floor() as i64;
            let Some(d) = date_from_day_number(mid) else {
                return "XXXX".into();
            };
            match unit {
                Unit::Day => ymd(d),
                Unit::Week => {
                    let w = d.iso_week_date();
                    format!("{:04}-W{:02}", w.year(), w.week())
                }
                Unit::Month => format!("{:04}-{:02}", d.year(), d.month()),
                Unit::Year => format!("{:04}", d.year()),
                Unit::Decade => format!("{:03}", d.year() / 10),
                Unit::Century => format!("{:02}", d.year() / 100),
            }
        }
        DateBase::Weekday { .. } => match resolved {
            Some(v) => {
                let mid = ((v.interval.lo + v.interval.hi) / 2.0).floor() as i64;
                date_from_day_number(mid).map_or_else(|| "XXXX-WXX-X".into(), ymd)
            }
            None => {
                let _ = dct;
                "XXXX-WXX-X".into()
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tense;
    use jiff::civil::date;

    fn value(s: &str, dct: Date) -> (String, Option<&'static str>) {
        let (_, e) = crate::extract::temporal::temporal(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        let v = crate::resolve::resolve(&e, Some(dct), Tense::Past);
        let (_, val, m) = normalise(&e, v.as_ref(), Some(dct)).unwrap();
        (val, m)
    }

    #[test]
    fn timeml_values() {
        let dct = date(2024, 4, 18);
        let table: &[(&str, &str, Option<&str>)] = &[
            ("10 November 2020", "2020-11-10", None),
            ("November 2020", "2020-11", None),
            ("2020", "2020", None),
            ("late 2020", "2020", Some("END")),
            ("four years ago", "2020", None),
            ("last September", "2023-09", None),
            ("next year", "2025", None),
            ("this week", "2024-W16", None),
            ("the autumn of 2019", "2019-FA", None),
            ("the 1990s", "199", None),
            ("44-day", "P44D", None),
            ("six weeks", "P6W", None),
            ("five-year", "P5Y", None),
            ("a year and a half", "P18M", None),
            ("more than a year", "P1Y", Some("MORE_THAN")),
            ("28 September", "2023-09-28", None),
            ("yesterday", "2024-04-17", None),
            ("the end of next year", "2025", Some("END")),
        ];
        for (s, want, m) in table {
            assert_eq!(value(s, dct), (want.to_string(), *m), "{s}");
        }
    }
}
