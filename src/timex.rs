//! TimeML TIMEX3 normalisation: each temporal mention's `type` and `value` as
//! the TimeML 1.2.1 guidelines write them.
//!
//! This is how temporal-NLP users exchange annotations and how extraction is
//! scored against TempEval-3. Values take the granularity of the expression:
//! "four years ago" in an article of 2024-04-18 is `2020`, "last September"
//! `2023-09`, "late 2020" `2020` (with `mod="END"`), "the autumn of 2019"
//! `2019-FA`, "six weeks" `P6W`, "a year and a half" `P1Y6M`.

use crate::claims::Resolved;
use crate::extract::{
    DateBase, DateExpr, DurationExpr, Expr, Part, Quant, RefTime, Season, TimeOfDay, Unit, YearRef,
};
use crate::value::{Value, date_from_day_number};
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
    #[serde(skip)]
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
///
/// Expressions relative to a time the text spoke of before ("a year
/// earlier", "at 10:35 a.m.") take their value from the latest date before
/// them, as TimeML anchors them; with none, from the article's date.
pub fn timexes(mentions: &[Resolved], dct: Option<Date>) -> Vec<Timex> {
    timexes_in(None, mentions, dct)
}

/// As [`timexes`], with the text the mentions' spans index into: a few
/// values depend on the words around a mention ("the year ended June 30"
/// is a year's length; "the quarter" after "the fiscal first quarter" is
/// that quarter). One TIMEX3 a temporal mention, at its span (a range is
/// one, valued as its start; [`timeml_timexes`] writes its ends apart).
pub fn timexes_of_text(text: &str, mentions: &[Resolved], dct: Option<Date>) -> Vec<Timex> {
    timexes_in(Some(text), mentions, dct)
}

fn timexes_in(text: Option<&str>, mentions: &[Resolved], dct: Option<Date>) -> Vec<Timex> {
    let mut anchor: Option<String> = None;
    // the latest quarter the text named ("1989-Q1")
    let mut quarter: Option<String> = None;
    // whether the period the text last reported on is that quarter, not
    // a span since ("the first nine months")
    let mut on_quarter = false;
    mentions
        .iter()
        .filter_map(|r| {
            let said = |t: &str| {
                text.and_then(|x| x.get(r.mention.span.clone()))
                    .is_some_and(|s| starts_with_word(s, t))
            };
            let resolved = match &r.mention.expr {
                // a range is written as its start, which is valued on its
                // own: the range has no value if its ends are out of order
                Expr::Range(a, _) => crate::resolve::resolve(&Expr::Date(*a), dct, r.tense),
                _ => r.value.clone(),
            }
            .map(|v| {
                // a date right after a past verb ("the year ended Jan. 31")
                // or "since" is the past one, however far
                if looks_back(text, &r.mention.span) {
                    v
                } else {
                    nearest_reading(&v, dct, r.tense)
                }
            });
            let (mut kind, mut value, modifier) =
                normalise(&r.mention.expr, resolved.as_ref(), dct)?;
            if let Expr::Date(d) = &r.mention.expr {
                // "the year", "the full year": the article's, not the year of
                // the last date; "the following year" follows any year
                let own_year = dct.filter(|_| {
                    said_exactly(text, &r.mention.span, &["the year", "the full year"])
                });
                let from_any = said("the") && own_year.is_none();
                // "a year ago" in a report on a quarter: that quarter's,
                // even when a date was said since
                let quarter_ago = matches!(
                    d.base,
                    DateBase::Ago {
                        unit: Unit::Year,
                        ..
                    }
                ) && !anchor.as_deref().is_some_and(|a| a.contains("-Q"));
                let from = if quarter_ago {
                    quarter.as_deref().or(anchor.as_deref())
                } else {
                    anchor.as_deref()
                };
                if let Some(y) = own_year {
                    value = format!("{:04}", y.year());
                } else if let Some(v) = anaphoric(d, from, dct, from_any) {
                    value = v;
                    if let Some(t) = d.time {
                        value = with_time(&value, t);
                        kind = TimexType::Time;
                    }
                }
                // "down from the previous Friday" after Friday's close: the
                // Friday before the one the text spoke of
                if let DateBase::Weekday {
                    weekday,
                    offset: -1,
                } = d.base
                    && said("previous")
                    && text.is_some_and(|x| {
                        let at = r.mention.span.start;
                        x.get(at.saturating_sub(4)..at)
                            .is_some_and(|b| b.eq_ignore_ascii_case("the "))
                    })
                    && let Some(a) = anchor.as_deref().and_then(|a| a.parse::<Date>().ok())
                    && crate::resolve::weekday_index(a) == weekday
                    && let Ok(before) = a.checked_sub(jiff::Span::new().days(7))
                {
                    value = ymd(before);
                }
                let ends_after = text.is_some_and(|x| followed_by_end(&x[r.mention.span.end..]));
                // "the quarter", "the latest period", "this quarter": the
                // quarter the text last reported on, when it named one (a
                // fiscal quarter is not the calendar's); "the quarter
                // ended Sept. 30" is known by its end
                if let DateBase::Relative {
                    offset: offset @ (-1 | 0),
                    unit: Unit::Quarter,
                } = d.base
                    && (if offset == 0 {
                        said("this")
                    } else {
                        said("the")
                    })
                    && !ends_after
                    && let Some(q) = &quarter
                {
                    value = q.clone();
                }
                // "the year ended June 30", "the fiscal year ending in
                // March": a year's length up to that date
                if is_year_span(d) && said("the") && ends_after {
                    kind = TimexType::Duration;
                    value = "P1Y".into();
                }
                // "the 1988 period", "the 1988 quarter": that year's
                // quarter of the one the text reports on
                if let DateBase::Calendar {
                    year: YearRef::Explicit(y),
                    month: None,
                    ..
                } = d.base
                    && said("the")
                    && text
                        .and_then(|x| x.get(r.mention.span.clone()))
                        .is_some_and(|s| s.ends_with("period") || s.ends_with("quarter"))
                    && on_quarter
                    && let Some(q) = quarter.as_deref().and_then(|q| q.get(4..))
                {
                    value = format!("{y:04}{q}");
                }
                if is_named_quarter(value.as_str(), d) && r.tense == crate::text::Tense::Past {
                    quarter = Some(value.clone());
                    on_quarter = true;
                }
                // a concrete date anchors what follows; a shift from the
                // anchor ("a year earlier") does not move it
                if value.starts_with(|c: char| c.is_ascii_digit())
                    && !matches!(d.base, DateBase::Shifted { n, .. } if n != 0)
                {
                    anchor = Some(value.split('T').next().unwrap_or(&value).to_string());
                }
            }
            // "the first nine months": what the text reports on since
            if matches!(r.mention.expr, Expr::Duration(_)) && said("the") {
                on_quarter = false;
            }
            Some(Timex {
                span: r.mention.span.clone(),
                kind,
                value,
                modifier,
            })
        })
        .collect()
}

/// Whether the words just before byte `at` of `text` look back: a past
/// verb right before it, or a "since" clause it is in.
fn looks_back(text: Option<&str>, span: &Range<usize>) -> bool {
    let at = span.start;
    let Some(x) = text.filter(|x| x.is_char_boundary(at)) else {
        return false;
    };
    // the few bytes before, from a character boundary
    let mut from = at.saturating_sub(24);
    while !x.is_char_boundary(from) {
        from += 1;
    }
    let before = &x[from..at];
    // only spaces between the verb and the date
    let verb = before.ends_with(' ')
        && !before.trim_end().ends_with(|c: char| !c.is_alphanumeric())
        && crate::text::words(before)
            .last()
            .is_some_and(|(_, w)| crate::text::is_past_word(w));
    // "since KKR bought RJR in February", within the sentence
    let mut from = at.saturating_sub(64);
    while !x.is_char_boundary(from) {
        from += 1;
    }
    let clause = x[from..at]
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or("");
    // "In January, the company ...": a scene set in the past tense
    let scene = clause.trim_start().eq_ignore_ascii_case("in ")
        && x.get(span.end..).is_some_and(|a| a.starts_with(','));
    verb || crate::text::since_clause(clause) || scene
}

/// Whether the text at `span` is one of `forms` (any case, spaces
/// squashed).
fn said_exactly(text: Option<&str>, span: &Range<usize>, forms: &[&str]) -> bool {
    let Some(s) = text.and_then(|x| x.get(span.clone())) else {
        return false;
    };
    forms.iter().any(|f| {
        let mut a = s.split_whitespace();
        let mut b = f.split_whitespace();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    })
}

/// Whether `s` begins with the word `w` (any case).
fn starts_with_word(s: &str, w: &str) -> bool {
    s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
        && !s[w.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// "the year", "the fiscal year", "the full year": a year of the text's
/// own, no number said.
fn is_year_span(d: &DateExpr) -> bool {
    matches!(
        d.base,
        DateBase::Shifted {
            n: 0,
            unit: Unit::Year
        } | DateBase::Relative {
            offset: 0,
            unit: Unit::Year
        }
    ) && d.part.is_none()
}

/// Whether the text after a mention says where its period ends: "ended
/// June 30", "ending in March", "that ended Sept. 30".
fn followed_by_end(after: &str) -> bool {
    let mut w = crate::text::words(after).map(|(_, w)| w);
    let first = w.next();
    let first = match first {
        Some(t) if t.eq_ignore_ascii_case("that") || t.eq_ignore_ascii_case("which") => w.next(),
        _ => first,
    };
    after.starts_with(char::is_whitespace)
        && first
            .is_some_and(|t| t.eq_ignore_ascii_case("ended") || t.eq_ignore_ascii_case("ending"))
}

/// Whether a mention names a quarter ("the third quarter", "fiscal
/// second-quarter", "Q3 2016"), so that "the quarter" after it is that one.
fn is_named_quarter(value: &str, d: &DateExpr) -> bool {
    matches!(d.base, DateBase::Quarter { .. }) && value.as_bytes().get(4..6) == Some(b"-Q")
}

/// The TIMEX3s of a document's text, as TimeML annotates them: as
/// [`timexes`], but a range whose ends are dates of their own ("from 1991 to
/// 1997", "between Oct. 2 and Nov. 17") is two TIMEX3s, one for each end.
/// So is a range of years joined by a dash ("2009-2010", "2020–23"), but
/// other ranges written as one expression ("19–20 September") stay one.
pub fn timeml_timexes(text: &str, mentions: &[Resolved], dct: Option<Date>) -> Vec<Timex> {
    let mut out = Vec::new();
    for t in timexes_in(Some(text), mentions, dct) {
        let mention = mentions.iter().find(|r| r.mention.span == t.span);
        let ends = mention.and_then(|r| match r.mention.expr {
            Expr::Range(..) => Some((range_ends(text, &t.span)?, range_end(r, dct)?)),
            // "between [12] and [18 months]": the first end is valued in
            // the second's unit
            Expr::Duration(d @ DurationExpr { to: Some(to), .. }) => {
                let (a0, a1, b0) =
                    crate::extract::temporal::duration_range_ends(text.get(t.span.clone())?)?;
                let at = |k: usize| t.span.start + k;
                let end = duration_value(&DurationExpr {
                    amount: to,
                    to: None,
                    ..d
                });
                Some(((at(a0)..at(a1), at(b0)..t.span.end), end))
            }
            _ => None,
        });
        match ends {
            Some(((a, b), end)) => {
                out.push(Timex {
                    span: a,
                    ..t.clone()
                });
                out.push(Timex {
                    span: b,
                    value: end,
                    ..t
                });
            }
            None => out.push(t),
        }
    }
    out
}

/// The spans of the two ends of the range at `span` of `text`: "1991" and
/// "1997" in "from 1991 to 1997"; `None` if the first end is not a date of
/// its own.
fn range_ends(text: &str, span: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    use crate::extract::{lex, temporal::range_end_date};
    use nom::Parser;
    let s = text.get(span.clone())?;
    let after_lead = match (lex::kw_of(&["between", "from"]), lex::sp).parse(s) {
        Ok((r, _)) => r,
        Err(_) => s,
    };
    let a0 = s.len() - after_lead.len();
    let (r, _) = range_end_date(after_lead).ok()?;
    let a_text = after_lead[..after_lead.len() - r.len()].trim_end();
    let a1 = a0 + a_text.len();
    // years joined by a dash: "2009-2010", "1957-58" (TimeML writes each
    // year on its own, as for "from 2009 to 2010")
    if a_text.len() == 4
        && a_text.bytes().all(|b| b.is_ascii_digit())
        && let Some(rest) = r.strip_prefix(['-', '\u{2013}'])
        && matches!(rest.len(), 2 | 4)
        && rest.bytes().all(|b| b.is_ascii_digit())
    {
        return Some((
            span.start + a0..span.start + a1,
            span.end - rest.len()..span.end,
        ));
    }
    // the connective: "to", "and", "until", "through"
    let (r, _) = (lex::sp, lex::word, lex::sp).parse(&s[a1..]).ok()?;
    let b0 = s.len() - r.len();
    if b0 >= s.len() {
        return None;
    }
    Some((span.start + a0..span.start + a1, span.start + b0..span.end))
}

/// The TIMEX3 value of the end of a range ("1997" in "between 1994 and
/// 1997", "2023-09-20" in "19–20 September 2023"): a year-less end takes
/// the year of the start.
pub fn range_end(r: &Resolved, dct: Option<Date>) -> Option<String> {
    let Expr::Range(a, b) = &r.mention.expr else {
        return None;
    };
    let start = crate::resolve::resolve(&Expr::Date(*a), dct, r.tense)
        .map(|v| nearest_reading(&v, dct, r.tense));
    let mut b = *b;
    if let DateBase::Calendar {
        year: year @ YearRef::Implied,
        month: Some(_),
        ..
    } = &mut b.base
        && let Some(y) = match a.base {
            DateBase::Calendar {
                year: YearRef::Explicit(y),
                ..
            } => Some(y),
            // the middle: a day near the article is widened by a week
            // each side
            _ => start
                .as_ref()
                .filter(|v| v.interval.hi.is_finite())
                .and_then(|v| date_from_day_number(((v.interval.lo + v.interval.hi) / 2.0) as i64))
                .map(|d| i32::from(d.year())),
        }
    {
        *year = YearRef::Explicit(y);
    }
    let end = Expr::Date(b);
    let v = crate::resolve::resolve(&end, dct, r.tense).map(|v| nearest_reading(&v, dct, r.tense));
    normalise(&end, v.as_ref(), dct).map(|(_, v, _)| v)
}

/// The reading of a year-less date to write: the one the tense chose,
/// unless the other reading is much nearer the article's date ("by Jan. 14"
/// in a past-tense sentence of 6 January is the coming 14 January, not the
/// one a year before).
fn nearest_reading(v: &Value, dct: Option<Date>, tense: crate::text::Tense) -> Value {
    let (Some(alt), Some(dct)) = (v.alt, dct) else {
        return v.clone();
    };
    let d = crate::value::day_number(dct) as f64;
    let dist = |iv: &crate::value::Interval| ((iv.lo + iv.hi) / 2.0 - d).abs();
    let (p, a) = (dist(&v.interval), dist(&alt));
    // a bare weekday in news is the nearest one, unless the tense says
    // which ("said Thursday" on a Monday is four days before, not three
    // after)
    let weekday = v.granularity == Some(crate::value::Granularity::Day)
        && p < 8.0
        && tense == crate::text::Tense::Unknown;
    if (weekday && a < p) || (p > 180.0 && a * 2.0 < p) {
        Value {
            interval: alt,
            alt: Some(v.interval),
            ..v.clone()
        }
    } else {
        v.clone()
    }
}

/// The value of an expression relative to the `anchor` date value: "a year
/// earlier" after "the third quarter" of 1989 is `1988-Q3`; "a year ago" in
/// a text about a quarter is that quarter a year before.
fn anaphoric(
    d: &DateExpr,
    anchor: Option<&str>,
    dct: Option<Date>,
    from_any: bool,
) -> Option<String> {
    let (n, unit) = match d.base {
        DateBase::Shifted { n, unit } => (n, unit),
        DateBase::Ago {
            n,
            unit: Unit::Year,
            ..
        } if anchor.is_some_and(|a| {
            a.contains("-Q") && dct.is_some_and(|d| a.starts_with(&format!("{:04}", d.year())))
        }) =>
        {
            return shift_value(anchor?, -n, Unit::Year);
        }
        _ => return None,
    };
    let this_year = |a: &str| dct.is_some_and(|d| a.starts_with(&format!("{:04}", d.year())));
    let is_ymd = |a: &str| a.len() == 10;
    let has_month = |a: &str| a.len() >= 7 && a.as_bytes()[5].is_ascii_digit();
    if n == 0 {
        // "the year", "that day", "the week", "at 10:35 a.m.": the period of
        // the anchor, or of the article
        let a = anchor.unwrap_or("");
        let d = dct.map(ymd);
        return match unit {
            Unit::Year if a.len() >= 4 => Some(a[..4].to_string()),
            Unit::Month if has_month(a) => Some(a[..7].to_string()),
            Unit::Day if is_ymd(a) => Some(a.to_string()),
            Unit::Week if is_ymd(a) => a.parse::<Date>().ok().map(iso_week),
            Unit::Year => d.map(|d| d[..4].to_string()),
            Unit::Month => d.map(|d| d[..7].to_string()),
            Unit::Week => dct.map(iso_week),
            _ => d,
        };
    }
    let from = match anchor {
        // "a year earlier" after a period of the article's year
        Some(a) if unit == Unit::Year && this_year(a) => a.to_string(),
        // "the following year" after a date of any year: that year's next
        Some(a) if unit == Unit::Year && from_any && a.len() >= 4 => a[..4].to_string(),
        Some(a) if unit != Unit::Year && (is_ymd(a) || unit == Unit::Month && has_month(a)) => {
            a.to_string()
        }
        _ if unit == Unit::Year => return Some(format!("{:04}", dct?.year() as i32 + n)),
        _ => ymd(dct?),
    };
    shift_value(&from, n, unit)
}

fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// A TimeML date value moved by `n` units, keeping its granularity:
/// `1989-Q3` − 1 year is `1988-Q3`; `1989-10-26` − 1 year `1988-10-26`.
fn shift_value(v: &str, n: i32, unit: Unit) -> Option<String> {
    let y: i32 = v.get(..4)?.parse().ok()?;
    let rest = &v[4..];
    match unit {
        Unit::Year => Some(format!("{:04}{rest}", y + n)),
        Unit::Decade => Some(format!("{:04}{rest}", y + 10 * n)),
        Unit::Month if rest.len() == 3 => {
            let m: i32 = rest[1..].parse().ok()?;
            let k = y * 12 + m - 1 + n;
            Some(format!(
                "{:04}-{:02}",
                k.div_euclid(12),
                k.rem_euclid(12) + 1
            ))
        }
        Unit::Quarter if rest.starts_with("-Q") => {
            let q: i32 = rest[2..].parse().ok()?;
            let k = y * 4 + q - 1 + n;
            Some(format!("{:04}-Q{}", k.div_euclid(4), k.rem_euclid(4) + 1))
        }
        Unit::Day | Unit::Week | Unit::Month if rest.len() == 6 => {
            let d: Date = v.parse().ok()?;
            let span = match unit {
                Unit::Day => jiff::Span::new().days(i64::from(n)),
                Unit::Week => jiff::Span::new().weeks(i64::from(n)),
                _ => jiff::Span::new().months(i64::from(n)),
            };
            Some(ymd(d.checked_add(span).ok()?))
        }
        _ => None,
    }
}

/// A date value with a time of day: `1998-08-07TMO`, `1998-08-07T10:35`.
fn with_time(v: &str, t: TimeOfDay) -> String {
    match t {
        TimeOfDay::Morning => format!("{v}TMO"),
        TimeOfDay::Afternoon => format!("{v}TAF"),
        TimeOfDay::Evening => format!("{v}TEV"),
        TimeOfDay::Night => format!("{v}TNI"),
        TimeOfDay::Clock { hour, minute } => format!("{v}T{hour:02}:{minute:02}"),
    }
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
        Expr::Date(d) => {
            let v = date_value(d, resolved, dct);
            Some(match d.time {
                Some(t) if v.starts_with(|c: char| c.is_ascii_digit()) => {
                    (TimexType::Time, with_time(&v, t), part_mod(d.part))
                }
                _ => (TimexType::Date, v, part_mod(d.part)),
            })
        }
        Expr::Range(a, _) => Some((TimexType::Date, date_value(a, resolved, dct), None)),
        Expr::Duration(DurationExpr {
            quant: Quant::EveryWeekday(k),
            ..
        }) => Some((TimexType::Set, format!("XXXX-WXX-{}", k + 1), None)),
        Expr::Duration(DurationExpr {
            quant: Quant::EveryPart(t),
            ..
        }) => Some((TimexType::Set, with_time("XXXX-XX-XX", *t), None)),
        Expr::Duration(d) if d.quant == Quant::Every => {
            Some((TimexType::Set, duration_value(d), None))
        }
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

/// `P44D`, `P6W`, `P5Y`, `P1Y6M` (fractions in the next smaller unit), `P10Y`,
/// `PT5H`, `PXY` (an amount not said).
pub fn duration_value(d: &DurationExpr) -> String {
    let t = if matches!(d.unit, Unit::Hour | Unit::Minute | Unit::Second) {
        "T"
    } else {
        ""
    };
    if d.quant == Quant::Vague {
        let u = match d.unit {
            Unit::Second => "S",
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            // TimeML's units for decades and centuries
            Unit::Decade => "E",
            Unit::Century => "C",
        };
        return format!("P{t}X{u}");
    }
    // "1 year 1 month 21 days" is P1Y1M21D
    if !d.plus.is_zero() && d.amount.fract() == 0.0 {
        let p = d.plus.add(d.amount as u32, d.unit);
        let mut v = String::from("P");
        for (n, u) in [(p.months / 12, "Y"), (p.months % 12, "M"), (p.days, "D")] {
            if n > 0 {
                v += &format!("{n}{u}");
            }
        }
        if p.minutes > 0 || p.seconds > 0 || p.millis > 0 {
            v += "T";
            for (n, u) in [(p.minutes / 60, "H"), (p.minutes % 60, "M")] {
                if n > 0 {
                    v += &format!("{n}{u}");
                }
            }
            if p.millis > 0 {
                // "59.4S": the fraction to its last digit written
                let digits = match p.milli_place {
                    100.. => 1,
                    10..=99 => 2,
                    _ => 3,
                };
                let s = f64::from(p.seconds) + f64::from(p.millis) / 1000.0;
                v += &format!("{s:.digits$}S");
            } else if p.seconds > 0 {
                v += &format!("{}S", p.seconds);
            }
        }
        return v;
    }
    // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half"
    // PT1M30S: a fraction in whole units of the next smaller one
    let (whole, frac) = (d.amount.trunc() as i64, d.amount.fract());
    let split = match d.unit {
        Unit::Year => Some((12.0, "", "Y", "M")),
        Unit::Day => Some((24.0, "", "D", "TH")),
        Unit::Hour => Some((60.0, "T", "H", "M")),
        Unit::Minute => Some((60.0, "T", "M", "S")),
        _ => None,
    };
    if let Some((per, t, big, small)) = split
        && frac > 0.0
        && ((frac * per) - (frac * per).round()).abs() < 1e-9
    {
        let k = (frac * per).round() as i64;
        let head = if whole > 0 {
            format!("{whole}{big}")
        } else {
            String::new()
        };
        // "TH": the hours of a day are in the time part, after the days
        let (sep, small) = small.strip_prefix('T').map_or(("", small), |s| ("T", s));
        return format!("P{t}{head}{sep}{k}{small}");
    }
    let (n, u) = match d.unit {
        Unit::Second => (d.amount, "S"),
        Unit::Minute => (d.amount, "M"),
        Unit::Hour => (d.amount, "H"),
        Unit::Quarter => (d.amount * 3.0, "M"),
        Unit::Day => (d.amount, "D"),
        Unit::Week => (d.amount, "W"),
        Unit::Month => (d.amount, "M"),
        Unit::Year => (d.amount, "Y"),
        Unit::Decade => (d.amount * 10.0, "Y"),
        Unit::Century => (d.amount * 100.0, "Y"),
    };
    if n.fract() == 0.0 {
        format!("P{t}{}{u}", n as i64)
    } else {
        format!("P{t}{n}{u}")
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
            // "Friday the 13th": the day it resolved to
            if month.is_none()
                && day.is_some()
                && let Some(v) = resolved
                && let Some(d) =
                    date_from_day_number(((v.interval.lo + v.interval.hi) / 2.0).floor() as i64)
            {
                return ymd(d);
            }
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
        DateBase::Century(y) => format!("{:02}", y / 100),
        DateBase::Week { month, day, n, .. } => {
            let start = resolved.and_then(|v| {
                // the middle of the week: the interval may be widened
                date_from_day_number(((v.interval.lo + v.interval.hi) / 2.0).floor() as i64)
            });
            match (start, month, day) {
                (Some(d), Some(_), None) => {
                    format!("{:04}-{:02}-W{:02}", d.year(), d.month(), n.max(1))
                }
                (Some(d), _, _) => iso_week(d),
                (None, _, _) => "XXXX-WXX".into(),
            }
        }
        DateBase::Half { year: y, half } => match year(y, None) {
            Some(y) => format!("{y:04}-H{half}"),
            None => format!("XXXX-H{half}"),
        },
        DateBase::Ref(t) => match t {
            RefTime::Past => "PAST_REF",
            RefTime::Present => "PRESENT_REF",
            RefTime::Future => "FUTURE_REF",
        }
        .into(),
        // valued from the text before it, in `timexes`
        DateBase::Shifted { .. } => "XXXX".into(),
        DateBase::WeekOfMonth { n, .. } => {
            match resolved.and_then(|v| date_from_day_number(v.interval.lo as i64)) {
                Some(d) => format!("{:04}-{:02}-W{:02}", d.year(), d.month(), n.max(1)),
                None => "XXXX-XX-WXX".into(),
            }
        }
        DateBase::NthWeekday { .. } => {
            match resolved.and_then(|v| date_from_day_number(v.interval.lo as i64)) {
                Some(d) => ymd(d),
                None => "XXXX-XX-XX".into(),
            }
        }
        DateBase::Easter { week, .. } => {
            // the week from its Monday to Easter Sunday
            match resolved.and_then(|v| date_from_day_number(v.interval.lo as i64)) {
                Some(d) if week => iso_week(d),
                Some(d) => ymd(d),
                None => "XXXX-XX-XX".into(),
            }
        }
        DateBase::Before { .. } => {
            match resolved.and_then(|v| date_from_day_number(v.interval.lo as i64)) {
                Some(d) => ymd(d),
                None => "PAST_REF".into(),
            }
        }
        // the day itself, the middle of the slack it is read with; with
        // `week`, the week of the middle day (the days may straddle two)
        DateBase::Anniversary { week, .. } => {
            let middle = |v: &Value| ((v.interval.lo + v.interval.hi) / 2.0).floor() as i64;
            match resolved.and_then(|v| date_from_day_number(middle(v))) {
                Some(d) if week => iso_week(d),
                Some(d) => ymd(d),
                None => "PAST_REF".into(),
            }
        }
        DateBase::MonthDay { day, .. } => {
            match resolved.and_then(|v| date_from_day_number(v.interval.lo as i64)) {
                Some(d) => ymd(d),
                None => format!("XXXX-XX-{day:02}"),
            }
        }
        DateBase::Weekend { offset, .. } => {
            // the resolved weekend, widened: its middle is in the weekend
            let sat = match resolved {
                Some(v) => {
                    date_from_day_number(((v.interval.lo + v.interval.hi) / 2.0).floor() as i64)
                }
                None => dct.and_then(|d| crate::resolve::weekend_of(d, offset)),
            };
            match sat {
                Some(sat) => format!("{}-WE", iso_week(sat)),
                None => "XXXX-WXX-WE".into(),
            }
        }
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
                Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => ymd(d),
                Unit::Quarter => format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
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
        DateBase::Weekday { .. } | DateBase::WeekdayOfWeek { .. } => match resolved {
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
            ("three years ago today", "2021-04-18", None),
            ("a week ago yesterday", "2024-04-10", None),
            ("last September", "2023-09", None),
            ("next year", "2025", None),
            ("this week", "2024-W16", None),
            ("the autumn of 2019", "2019-FA", None),
            ("the 1990s", "199", None),
            ("44-day", "P44D", None),
            ("six weeks", "P6W", None),
            ("five-year", "P5Y", None),
            ("a year and a half", "P1Y6M", None),
            ("half a year", "P6M", None),
            ("2 1/2 years", "P2Y6M", None),
            ("5 1/2 hours", "PT5H30M", None),
            ("a minute and a half", "PT1M30S", None),
            ("3 minutes 59.4 seconds", "PT3M59.4S", None),
            ("2 hours, 3 minutes and 5.25 seconds", "PT2H3M5.25S", None),
            ("half an hour", "PT30M", None),
            ("two and a half days", "P2DT12H", None),
            ("a fortnight", "P2W", None),
            ("the 20th century", "19", None),
            ("the '80s", "198", None),
            ("Q3 2016", "2016-Q3", None),
            ("the first half of 2019", "2019-H1", None),
            ("the summer", "2023-SU", None),
            ("the week of March 6", "2024-W10", None),
            ("the first week of 2015", "2015-W01", None),
            ("the last week of 2015", "2015-W53", None),
            ("the third week of July 2019", "2019-07-W03", None),
            ("the second half of the year", "2024-H2", None),
            ("the last half of next year", "2025-H2", None),
            ("more than a year", "P1Y", Some("MORE_THAN")),
            ("28 September", "2023-09-28", None),
            ("yesterday", "2024-04-17", None),
            ("the end of next year", "2025", Some("END")),
            ("the first quarter", "2024-Q1", None),
            ("the third quarter", "2023-Q3", None),
            ("this year's third quarter", "2024-Q3", None),
            ("the quarter", "2024-Q1", None),
            ("the year-ago quarter", "2023-Q1", None),
            ("fiscal 1989", "1989", None),
            ("now", "PRESENT_REF", None),
            ("recently", "PAST_REF", None),
            ("the future", "FUTURE_REF", None),
            ("five hours", "PT5H", None),
            ("one minute", "PT1M", None),
            ("several years", "PXY", Some("APPROX")),
            // TimeML's units: E decades, C centuries
            ("decades", "PXE", Some("APPROX")),
            ("centuries", "PXC", Some("APPROX")),
            ("a few days", "PXD", Some("APPROX")),
            ("the past three years", "P3Y", None),
            ("Friday morning", "2024-04-12TMO", None),
            ("this morning", "2024-04-18TMO", None),
            // a past tense on a Thursday: the weekend just gone
            ("the weekend", "2024-W15-WE", None),
            ("last weekend", "2024-W15-WE", None),
        ];
        for (s, want, m) in table {
            assert_eq!(value(s, dct), (want.to_string(), *m), "{s}");
        }
    }

    #[test]
    fn types() {
        let dct = date(2024, 4, 18);
        let kind = |s: &str| {
            let (_, e) = crate::extract::temporal::temporal(s).unwrap();
            let v = crate::resolve::resolve(&e, Some(dct), Tense::Past);
            normalise(&e, v.as_ref(), Some(dct)).unwrap().0
        };
        assert_eq!(kind("daily"), TimexType::Set);
        assert_eq!(kind("every year"), TimexType::Set);
        assert_eq!(kind("Friday night"), TimexType::Time);
        assert_eq!(kind("now"), TimexType::Date);
        assert_eq!(kind("several years"), TimexType::Duration);
    }

    /// Values of the TIMEX3s of a text, with an article date.
    fn values(text: &str, dct: Date) -> Vec<(String, String)> {
        let mentions: Vec<Resolved> = crate::extract::extract(text)
            .into_iter()
            .map(|m| Resolved {
                value: crate::resolve::resolve(&m.expr, Some(dct), Tense::Unknown),
                mention: m,
                sentence: None,
                tense: Tense::Unknown,
            })
            .collect();
        timexes(&mentions, Some(dct))
            .into_iter()
            .map(|t| (text[t.span].to_string(), t.value))
            .collect()
    }

    #[test]
    fn expressions_anchored_on_the_text_before() {
        let dct = date(1989, 11, 2);
        let v = values(
            "Profit in the third quarter rose from $5 million a year earlier. \
             Sales for the year fell. A year earlier, sales were higher.",
            dct,
        );
        let want = [
            ("the third quarter", "1989-Q3"),
            ("a year earlier", "1988-Q3"),
            ("the year", "1989"),
            ("A year earlier", "1988"),
        ];
        let got: Vec<(&str, &str)> = v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
        let v = values(
            "The blast on Aug. 7, 1998 occurred at 10:35 a.m. local time.",
            dct,
        );
        assert_eq!(
            v[1],
            ("10:35 a.m.".to_string(), "1998-08-07T10:35".to_string())
        );
        // with nothing before, the article's date
        let v = values("It ended at 6 p.m.", dct);
        assert_eq!(v[0].1, "1989-11-02T18:00");
    }

    #[test]
    fn a_24_hour_clock_time_needs_its_time_zone() {
        let dct = date(2013, 3, 22);
        let table: &[(&str, &[(&str, &str)])] = &[
            (
                "The deadline is 15:00 GMT Saturday.",
                &[("15:00 GMT Saturday", "2013-03-23T15:00")],
            ),
            (
                "Polls close at 22:00 BST.",
                &[("22:00 BST", "2013-03-22T22:00")],
            ),
            ("It began at 9:30 UTC.", &[("9:30 UTC", "2013-03-22T09:30")]),
            // no zone: a score, a ratio, a race time
            ("Chelsea led 2:1 at half time.", &[]),
            ("The map is drawn at 1:50 scale.", &[]),
            ("He finished in 3:07:35.", &[]),
            ("It started at 15:00.", &[]),
            // not an hour
            ("They won 25:13 GMT.", &[]),
        ];
        for (text, want) in table {
            let v = values(text, dct);
            let got: Vec<(&str, &str)> = v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    /// Values of the TIMEX3s of an article, analysed as the CLI does
    /// (tenses included).
    fn article_values(text: &str, dct: Date) -> Vec<(String, String)> {
        let doc = crate::document::Document::new(
            "t.txt",
            text.to_string(),
            crate::document::Format::Text,
            Some(dct),
        );
        let a = crate::analyse(doc, &crate::rules::bundled());
        timeml_timexes(&a.document.text, &a.mentions, Some(dct))
            .into_iter()
            .map(|t| (text[t.span].to_string(), t.value))
            .collect()
    }

    #[test]
    fn years_and_quarters_known_by_the_words_around_them() {
        let dct = date(1989, 11, 2);
        let table: &[(&str, &[(&str, &str)])] = &[
            // a year up to a date is a year's length
            (
                "For the year ended March 31, revenue rose.",
                &[("the year", "P1Y"), ("March 31", "1989-03-31")],
            ),
            (
                "In the fiscal year ending June 30, sales fell.",
                &[("the fiscal year", "P1Y"), ("June 30", "1989-06-30")],
            ),
            // unchanged: no end said
            ("Sales for the year fell.", &[("the year", "1989")]),
            (
                "Sales in the fiscal year fell.",
                &[("the fiscal year", "1989")],
            ),
            // "the quarter" is the fiscal quarter reported on before
            (
                "It earned $5 million in the fiscal first quarter. Sales in the quarter rose.",
                &[
                    ("the fiscal first quarter", "1989-Q1"),
                    ("the quarter", "1989-Q1"),
                ],
            ),
            (
                "Ralston reported a decline in fourth-quarter earnings. Sales in the latest period rose.",
                &[
                    ("fourth-quarter", "1989-Q4"),
                    ("the latest period", "1989-Q4"),
                ],
            ),
            // unchanged: a quarter spoken of in the future, an end said, a
            // year-ago quarter, nothing named before
            (
                "The quake will result in a fourth-quarter charge. In the latest quarter, it lost money.",
                &[
                    ("fourth-quarter", "1989-Q4"),
                    ("the latest quarter", "1989-Q3"),
                ],
            ),
            (
                "It earned $5 million in the fiscal first quarter. For the quarter ended Sept. 30, sales rose.",
                &[
                    ("the fiscal first quarter", "1989-Q1"),
                    ("the quarter", "1989-Q3"),
                    ("Sept. 30", "1989-09-30"),
                ],
            ),
            (
                "It earned $5 million in the fiscal first quarter, up from the year-ago quarter.",
                &[
                    ("the fiscal first quarter", "1989-Q1"),
                    ("the year-ago quarter", "1988-Q3"),
                ],
            ),
            ("Sales in the quarter rose.", &[("the quarter", "1989-Q3")]),
            // "the 1988 period" in a report on a quarter: that quarter of
            // 1988; after "the first nine months", or with no quarter
            // reported on, the year
            (
                "It earned $5 million in the fiscal first quarter, up from $4 million in the 1988 period.",
                &[
                    ("the fiscal first quarter", "1989-Q1"),
                    ("the 1988 period", "1988-Q1"),
                ],
            ),
            (
                "It earned $5 million in the third quarter. For the first nine months, it earned $9 million, up from the 1988 period.",
                &[
                    ("the third quarter", "1989-Q3"),
                    ("the first nine months", "P9M"),
                    ("the 1988 period", "1988"),
                ],
            ),
            (
                "Sales were $5 million in the 1988 quarter.",
                &[("the 1988 quarter", "1988")],
            ),
            (
                "It earned $5 million, against $4 million for the corresponding period last year.",
                &[("the corresponding period last year", "1988-Q3")],
            ),
            // "this quarter" in a report on a quarter is that quarter;
            // alone, the current one
            (
                "It lost $2 million for the third quarter ended Sept. 30. This quarter's loss includes charges.",
                &[
                    ("the third quarter", "1989-Q3"),
                    ("Sept. 30", "1989-09-30"),
                    ("This quarter", "1989-Q3"),
                ],
            ),
            (
                "Sales will rise this quarter.",
                &[("this quarter", "1989-Q4")],
            ),
            // "the year" is the article's, whatever year was said before;
            // "that year" and "the following year" follow the text
            (
                "By 1992 it meant to hold half the market. It forecast a gain for the full year.",
                &[("1992", "1992"), ("the full year", "1989")],
            ),
            (
                "It opened in June 1995, and the following year it closed.",
                &[("June 1995", "1995-06"), ("the following year", "1996")],
            ),
            (
                "It opened in June 1995 and closed later that year.",
                &[("June 1995", "1995-06"), ("later that year", "1995")],
            ),
            (
                "Profit rose in the third quarter from $5 million a year earlier.",
                &[
                    ("the third quarter", "1989-Q3"),
                    ("a year earlier", "1988-Q3"),
                ],
            ),
            // "a year ago" is the reported quarter's, though a date came
            // between
            (
                "It lost $2 million in the fiscal first quarter ended Sept. 30, after a profit a year ago.",
                &[
                    ("the fiscal first quarter", "1989-Q1"),
                    ("Sept. 30", "1989-09-30"),
                    ("a year ago", "1988-Q1"),
                ],
            ),
            ("A year ago, it made a profit.", &[("A year ago", "1988")]),
            // "the previous Friday" after Friday: the Friday before
            (
                "The index fell Friday, down 4.5% from the previous Friday.",
                &[("Friday", "1989-10-27"), ("previous Friday", "1989-10-20")],
            ),
            (
                "Shares rose 2% from the previous Friday.",
                &[("previous Friday", "1989-10-27")],
            ),
        ];
        for (text, want) in table {
            let got = article_values(text, dct);
            let got: Vec<(&str, &str)> =
                got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_date_right_after_a_past_verb_keeps_the_past_reading() {
        let dct = date(1989, 10, 30);
        let table: &[(&str, &[(&str, &str)])] = &[
            (
                "In the fiscal year ended Jan. 31, it reported sales of $59.5 million.",
                &[("the fiscal year", "P1Y"), ("Jan. 31", "1989-01-31")],
            ),
            (
                "The second quarter ended Oct. 31, when it had a loss.",
                &[("The second quarter", "1989-Q2"), ("Oct. 31", "1988-10-31")],
            ),
            // unchanged: the coming date is far nearer, and no past verb
            // stands right before it
            (
                "The reduced dividend was declared payable Jan. 2.",
                &[("Jan. 2", "1990-01-02")],
            ),
            (
                "The offer was extended to Nov. 16.",
                &[("Nov. 16", "1989-11-16")],
            ),
            // "since": the past one
            (
                "The index has risen 4% since year-end.",
                &[("year-end", "1988-12-31")],
            ),
            // characters of more than one byte before the verb
            (
                "Le café’s fiscal year ended Jan. 31.",
                &[("Jan. 31", "1989-01-31")],
            ),
            (
                "The shares have doubled since December.",
                &[("December", "1988-12")],
            ),
            // a "since" clause, a past scene set at the start of a sentence
            (
                "Since KKR bought RJR in February for $25 billion, it has sold units.",
                &[("February", "1989-02")],
            ),
            (
                "Police have searched since shortly after the Jan. 3 slaying.",
                &[("Jan. 3", "1989-01-03")],
            ),
            (
                "In January, the company named a new chief.",
                &[("January", "1989-01")],
            ),
            // unchanged: not at the start, or a future in the clause
            (
                "It named a chief and will pay dividends in January, it said.",
                &[("January", "1990-01")],
            ),
            (
                "Since the company will report in February, analysts wait.",
                &[("February", "1990-02")],
            ),
        ];
        for (text, want) in table {
            let got = article_values(text, dct);
            let got: Vec<(&str, &str)> =
                got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_weekday_is_the_nearest_one_only_when_no_tense_says_which() {
        // Monday 30 October 1989: the past Thursday is four days away, the
        // coming one three
        let dct = date(1989, 10, 30);
        let (_, e) = crate::extract::temporal::temporal("Thursday").unwrap();
        let value = |tense| {
            let v = crate::resolve::resolve(&e, Some(dct), tense)
                .map(|v| nearest_reading(&v, Some(dct), tense));
            normalise(&e, v.as_ref(), Some(dct)).unwrap().1
        };
        assert_eq!(value(Tense::Past), "1989-10-26");
        assert_eq!(value(Tense::Future), "1989-11-02");
        assert_eq!(value(Tense::Unknown), "1989-11-02");
    }

    #[test]
    fn ranges_of_two_dates_are_two_timexes() {
        let dct = date(1989, 10, 27);
        let text = "Shares bought from Aug. 26 to Oct. 20 rose between 1985 and 1987, \
                    from today through Nov. 17, in 2020-23 and on 19-20 September, \
                    and this year through August, for between 12 and 18 months \
                    or two to three years, and every morning.";
        let mentions: Vec<Resolved> = crate::extract::extract(text)
            .into_iter()
            .map(|m| Resolved {
                value: crate::resolve::resolve(&m.expr, Some(dct), Tense::Past),
                mention: m,
                sentence: None,
                tense: Tense::Past,
            })
            .collect();
        let got: Vec<(&str, String)> = timeml_timexes(text, &mentions, Some(dct))
            .into_iter()
            .map(|t| (&text[t.span], t.value))
            .collect();
        let want = [
            ("Aug. 26", "1989-08-26"),
            ("Oct. 20", "1989-10-20"),
            ("1985", "1985"),
            ("1987", "1987"),
            ("today", "1989-10-27"),
            ("Nov. 17", "1989-11-17"),
            ("2020", "2020"),
            ("23", "2023"),
            ("19-20 September", "1989-09-19"),
            ("this year", "1989"),
            ("August", "1989-08"),
            ("12", "P12M"),
            ("18 months", "P18M"),
            ("two", "P2Y"),
            ("three years", "P3Y"),
            ("every morning", "XXXX-XX-XXTMO"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (*a, b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn year_less_dates_far_from_the_article_take_the_other_reading() {
        let dct = date(2000, 1, 6);
        let (_, e) = crate::extract::temporal::temporal("Jan. 14").unwrap();
        // the past tense says 1999, but the coming 14 January is far nearer
        let v = crate::resolve::resolve(&e, Some(dct), Tense::Past);
        let v = v.map(|v| nearest_reading(&v, Some(dct), Tense::Past));
        assert_eq!(
            normalise(&e, v.as_ref(), Some(dct)).unwrap().1,
            "2000-01-14"
        );
    }
}
