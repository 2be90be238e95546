//! `claimlint-eval recognizers`: the Microsoft Recognizers-Text English specs
//! on a declared, in-scope subset. The rules are documented on the binary.

use super::{Outcome, pct, spread};
use claimlint::document::{Document, Format};
use claimlint::extract::Expr;
use claimlint::timex::{self, TimexType};
use jiff::civil::Date;
use rayon::prelude::*;
use serde_json::Value as Json;
use std::path::Path;

/// What a spec file's results are, in Recognizers-Text's types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// `date`: one day ("april 22", "last sunday").
    Date,
    /// `daterange`: a coarser date or a range ("June 2016", "this week",
    /// "Oct. 2 to October 22").
    DateRange,
    Duration,
    Set,
    /// `NumberModel`: every number.
    Number,
    /// `PercentModel`: percentages.
    Percent,
}

/// A reason for leaving a case out of scope, and the test for it.
struct Exclusion {
    why: &'static str,
    applies: fn(&Case) -> bool,
}

/// An in-scope spec file: its path under `Specs/`, what its results are,
/// whether their values are compared (parsers and models), and the cases
/// it leaves out.
struct SpecFile {
    path: &'static str,
    kind: Kind,
    values: bool,
    exclude: &'static [&'static Exclusion],
}

// ---- exclusions: each says why the cases are out of scope ----

/// Recognizers-Text's own reference implementation (.NET) skips these: the
/// expected results are aspirational (`NotSupported`/`NotSupportedByDesign`
/// naming `dotnet`). Cases not supported only in Java/JavaScript/Python
/// stay: .NET passes them.
static NOT_SUPPORTED: Exclusion = Exclusion {
    why: "NotSupported by the .NET reference implementation",
    applies: |c| c.not_supported_dotnet,
};

/// Times of day: a news claim checker resolves dates to days; "3pm",
/// "10:20", "every morning", "tonight" are outside its granularity.
static CLOCK: Exclusion = Exclusion {
    why: "times of day (3pm, 10:20, morning, tonight)",
    applies: |c| has_time_of_day(&c.input),
};

/// Chat spellings and run-together tokens, which edited news copy does not
/// contain: "tmrw", "april22", "22april", "3day", "3.5years", "3h".
static CHAT: Exclusion = Exclusion {
    why: "chat spellings and run-together tokens (tmrw, april22, 3day, 3h)",
    applies: |c| has_chat_form(&c.input),
};

/// All-numeric dates without a month name ("4/22", "21/04/2016",
/// "2015.5.13", "9-18-15", "2016-11"): news prose names the month (AP,
/// Reuters style), and numeric forms are ambiguous between month-first and
/// day-first and with decimals.
static NUMERIC_DATE: Exclusion = Exclusion {
    why: "all-numeric dates without a month name (4/22, 2015.5.13, 2016-11)",
    applies: |c| c.texts().any(numeric_date),
};

/// A day of the month alone ("on 15", "the 27th", "the second", "twenty
/// second"): without a month, in news prose this is a number or an ordinal,
/// not a date; Recognizers-Text reads it as one for calendar assistants.
static BARE_DAY: Exclusion = Exclusion {
    why: "a day of the month alone (on 15, the 27th, the second)",
    applies: |c| c.texts().any(bare_day),
};

/// Years spelled out ("two thousand and eighteen", "nineteen seventy
/// eight", "the noughties"): news writes years in figures.
static WORD_YEAR: Exclusion = Exclusion {
    why: "years spelled out (two thousand and eighteen, nineteen seventy eight)",
    applies: |c| c.texts().any(word_year),
};

/// Days of the month spelled out ("may twenty-first", "fourth of may", "jan
/// first"): news writes the day in figures ("May 21").
static WORD_DAY: Exclusion = Exclusion {
    why: "days of the month spelled out (may twenty-first, fourth of may)",
    applies: |c| c.texts().any(word_day),
};

/// Alternating recurrences ("every other Friday"): not a quantity a fact
/// can check.
static EVERY_OTHER: Exclusion = Exclusion {
    why: "alternating recurrences (every other Friday)",
    applies: |c| c.input.to_lowercase().contains("every other"),
};

/// Mathematical notation: powers ("1.1^23", "2.5^-1"), fractions with a
/// slash or "over" ("3/4", "one over three": in news, "3/4" may be a date)
/// and arithmetic ("2000 over 3"). Scientific notation ("1.3x10^6",
/// "1e10") is how science news writes measures, and proportions said in
/// words ("one out of three", "1 in twenty-one") are prose: both in scope.
static MATH: Exclusion = Exclusion {
    why: "mathematical notation (1.1^23, 3/4, one over three)",
    applies: |c| has_math(&c.input),
};

/// Numbers that are parts of identifiers, codes, scores or dates rather than
/// quantities: an IP address, a phone number, "SCP-173", exercise numbers,
/// "three-nought-four", the parts of "5/17/2018".
static IDENTIFIERS: Exclusion = Exclusion {
    why: "numbers inside identifiers, codes and dates (192.168.1.2, SCP-173)",
    applies: |c| {
        const INPUTS: &[&str] = &[
            "192.168.1.2",
            "My phone number is +1-222-2222/2222",
            "SCP-173",
            "Exercises nrs. 22,24,26,31.",
            "Exercise nr. 22,240,260,310.",
            "they were playing three-nought-four",
            "Any time to meet on 5/17/2018?",
        ];
        INPUTS.contains(&c.input.trim())
    },
};

/// Unusual fractions spelled out ("three twenty-firsts", "a hundredth",
/// "three fifths", "one hundred thirty fifths"): newsroom style writes them
/// in figures. Halves, thirds and quarters in words stay in scope
/// ("two-thirds of voters", "five and a half million"), and so do large
/// whole numbers ("three hundred and twenty") and decimals said aloud, as
/// broadcast transcripts write them ("one point six billion").
static WORD_FRACTION: Exclusion = Exclusion {
    why: "fractions other than halves/thirds/quarters in words",
    applies: |c| c.results.iter().any(word_fraction),
};

/// Decimal commas ("5,00", "1,3", "1.111,11"): continental notation. English
/// news writes decimals with a point, and reads "1,300" as thirteen hundred,
/// so a checker of English text must read a comma as a thousands separator.
static DECIMAL_COMMA: Exclusion = Exclusion {
    why: "decimal commas (5,00, 1,3, 1.111,11)",
    applies: |c| {
        c.texts().any(|t| {
            let b = t.as_bytes();
            let tail = b.iter().rev().take_while(|b| b.is_ascii_digit()).count();
            let comma_decimals = b.len() > tail + 1
                && (1..=2).contains(&tail)
                && b[b.len() - tail - 1] == b','
                && b[b.len() - tail - 2].is_ascii_digit();
            // "1.111,11": a point before the thousands
            comma_decimals || (t.contains('.') && t.rfind(',') > t.rfind('.'))
        })
    },
};

/// "percent of 10", "per cent of twenty-two": the percent sign before the
/// number is not English prose.
static PERCENT_FIRST: Exclusion = Exclusion {
    why: "percent before the number (percent of 10)",
    applies: |c| {
        c.texts().any(|t| {
            let t = t.to_lowercase();
            t.starts_with("percent") || t.starts_with("per cent")
        })
    },
};

/// Month and weekday names in lower case ("april 22", "next sunday", "in
/// jan"): news capitalises them, and the extractor requires it by design
/// ("may", "march", "sun", "sat", "wed" are common words in lower case).
static LOWERCASE_NAMES: Exclusion = Exclusion {
    why: "month or weekday names in lower case (april 22, next sunday)",
    applies: |c| {
        c.texts().any(|t| {
            t.split(|c: char| !c.is_alphabetic()).any(|w| {
                let l = w.to_lowercase();
                w.starts_with(|c: char| c.is_lowercase())
                    && (is_month(&l) || is_weekday(&l) || is_weekday(l.trim_end_matches('s')))
            })
        })
    },
};

const DATE_EXCLUSIONS: &[&Exclusion] = &[
    &NOT_SUPPORTED,
    &LOWERCASE_NAMES,
    &CLOCK,
    &CHAT,
    &NUMERIC_DATE,
    &BARE_DAY,
    &WORD_YEAR,
    &WORD_DAY,
];

/// The declared scope. Left out entirely, and why:
/// - Time*, DateTime*, TimePeriod*, DateTimePeriod*, TimeZone*: times of
///   day and time zones; a news claim checker works in days.
/// - Holiday*: named holidays ("Thanksgiving") are not claims about
///   quantities or dates the checker binds.
/// - Merged*, DateTimeModel*: whole-recognizer outputs mixing all of the
///   above with times; the per-type files cover the in-scope types.
/// - NumberRange*, Ordinal*, *ExperimentalMode, *PercentMode: ranges and
///   ordinals are not counts the extractor reports; modes are options.
/// - NumberWithUnit (Currency, Dimension, Temperature, Age): units and
///   currencies are not extracted (and "53-year-old" ages are deliberately
///   not counts).
const SCOPE: &[SpecFile] = &[
    SpecFile {
        path: "DateTime/English/DateExtractor.json",
        kind: Kind::Date,
        values: false,
        exclude: DATE_EXCLUSIONS,
    },
    SpecFile {
        path: "DateTime/English/DateParser.json",
        kind: Kind::Date,
        values: true,
        exclude: DATE_EXCLUSIONS,
    },
    SpecFile {
        path: "DateTime/English/DatePeriodExtractor.json",
        kind: Kind::DateRange,
        values: false,
        exclude: DATE_EXCLUSIONS,
    },
    SpecFile {
        path: "DateTime/English/DatePeriodParser.json",
        kind: Kind::DateRange,
        values: true,
        exclude: DATE_EXCLUSIONS,
    },
    SpecFile {
        path: "DateTime/English/DurationExtractor.json",
        kind: Kind::Duration,
        values: false,
        exclude: &[&NOT_SUPPORTED, &CHAT],
    },
    SpecFile {
        path: "DateTime/English/DurationParser.json",
        kind: Kind::Duration,
        values: true,
        exclude: &[&NOT_SUPPORTED, &CHAT],
    },
    SpecFile {
        path: "DateTime/English/SetExtractor.json",
        kind: Kind::Set,
        values: false,
        exclude: &[
            &NOT_SUPPORTED,
            &LOWERCASE_NAMES,
            &CLOCK,
            &EVERY_OTHER,
            &NUMERIC_DATE,
        ],
    },
    SpecFile {
        path: "DateTime/English/SetParser.json",
        kind: Kind::Set,
        values: true,
        exclude: &[
            &NOT_SUPPORTED,
            &LOWERCASE_NAMES,
            &CLOCK,
            &EVERY_OTHER,
            &NUMERIC_DATE,
        ],
    },
    SpecFile {
        path: "Number/English/NumberModel.json",
        kind: Kind::Number,
        values: true,
        exclude: &[
            &NOT_SUPPORTED,
            &MATH,
            &IDENTIFIERS,
            &WORD_FRACTION,
            &DECIMAL_COMMA,
        ],
    },
    SpecFile {
        path: "Number/English/PercentModel.json",
        kind: Kind::Percent,
        values: true,
        exclude: &[&NOT_SUPPORTED, &PERCENT_FIRST],
    },
];

/// The article date for cases without `Context.ReferenceDateTime` (only
/// extractor files, where it changes no span): the date most specs use.
const DEFAULT_REFERENCE: Date = jiff::civil::date(2016, 11, 7);

// ---- the specs ----

#[derive(Clone, Debug)]
enum Expected {
    /// Extractor files: spans only.
    None,
    /// DateTime parser files: the TIMEX value, and the dates of the future
    /// and past readings (`date` or `startDate`).
    Timex {
        timex: String,
        readings: Vec<String>,
    },
    /// Number and percent models: `Resolution.value` ("2000000", "100%").
    Number(String),
}

#[derive(Clone, Debug)]
struct ExpectedResult {
    text: String,
    /// UTF-16 code units, end exclusive (C# string offsets).
    start: usize,
    end: usize,
    value: Expected,
}

#[derive(Clone, Debug)]
struct Case {
    input: String,
    reference: Date,
    not_supported_dotnet: bool,
    results: Vec<ExpectedResult>,
}

impl Case {
    fn texts(&self) -> impl Iterator<Item = &str> {
        self.results.iter().map(|r| r.text.as_str())
    }
}

fn names_dotnet(v: Option<&Json>) -> bool {
    v.and_then(Json::as_str)
        .is_some_and(|s| s.to_lowercase().contains("dotnet"))
}

fn parse_case(j: &Json) -> Result<Case, String> {
    let input = j["Input"].as_str().ok_or("case without Input")?.to_string();
    let reference = j
        .get("Context")
        .and_then(|c| c.get("ReferenceDateTime"))
        .and_then(Json::as_str)
        .and_then(|s| s.get(..10))
        .and_then(|s| s.parse::<Date>().ok())
        .unwrap_or(DEFAULT_REFERENCE);
    let mut results = Vec::new();
    for r in j["Results"].as_array().ok_or("case without Results")? {
        let text = r["Text"].as_str().unwrap_or_default().to_string();
        let start = r["Start"].as_u64().ok_or("result without Start")? as usize;
        // extractor and parser files give Length; model files End, inclusive
        let end = match (r.get("Length"), r.get("End")) {
            (Some(l), _) => start + l.as_u64().ok_or("bad Length")? as usize,
            (None, Some(e)) => e.as_u64().ok_or("bad End")? as usize + 1,
            _ => return Err(format!("result without Length or End in {input:?}")),
        };
        let value = if let Some(v) = r.get("Value") {
            let readings = ["FutureResolution", "PastResolution"]
                .iter()
                .filter_map(|k| v.get(*k))
                .filter_map(|res| res.get("date").or_else(|| res.get("startDate")))
                .filter_map(Json::as_str)
                .map(str::to_string)
                .collect();
            Expected::Timex {
                timex: v["Timex"].as_str().unwrap_or_default().to_string(),
                readings,
            }
        } else if let Some(res) = r.get("Resolution") {
            Expected::Number(res["value"].as_str().unwrap_or("null").to_string())
        } else {
            Expected::None
        };
        results.push(ExpectedResult {
            text,
            start,
            end,
            value,
        });
    }
    Ok(Case {
        input,
        reference,
        not_supported_dotnet: names_dotnet(j.get("NotSupported"))
            || names_dotnet(j.get("NotSupportedByDesign")),
        results,
    })
}

// ---- what the extractor finds ----

#[derive(Clone, Debug)]
struct Found {
    start: usize,
    end: usize,
    text: String,
    /// A TIMEX value, or a number as written by `{}`.
    value: String,
    /// The TIMEX value of a range's end ("1997" in "between 1994 and 1997").
    range_end: Option<String>,
    number: Option<f64>,
}

fn utf16(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// Whether a TIMEX DATE value names one day: `2016-11-07`, `XXXX-10-02`,
/// `2016-W45-1`.
fn day_value(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    parts.len() == 3 && parts[2].len() <= 2 && parts[2].bytes().all(|b| b.is_ascii_digit())
}

fn found(case: &Case, kind: Kind, rules: &claimlint::rules::RuleSet) -> Vec<Found> {
    let text = &case.input;
    let doc = Document::new("x", text.clone(), Format::Text, Some(case.reference));
    let analysis = claimlint::analyse(doc, rules);
    let mut out = Vec::new();
    let mk = |span: &std::ops::Range<usize>, value: String, number: Option<f64>| Found {
        start: utf16(text, span.start),
        end: utf16(text, span.end),
        text: text[span.clone()].to_string(),
        value,
        range_end: None,
        number,
    };
    match kind {
        Kind::Number | Kind::Percent => {
            for r in &analysis.mentions {
                // "180ml", "29km": a number written together with its
                // unit is a dimension to Recognizers-Text, which its number
                // model leaves out; we read the number
                let glued = text[r.mention.span.end..].starts_with(|c: char| c.is_alphabetic())
                    && text[..r.mention.span.end].ends_with(|c: char| c.is_ascii_digit());
                if let Expr::Count(c) = r.mention.expr
                    && (kind == Kind::Number || c.percent)
                    && !glued
                {
                    // "more than half": Recognizers-Text's number model
                    // leaves the hedge to its range model
                    let said = &text[r.mention.span.clone()];
                    let start = match claimlint::extract::temporal::hedge(said) {
                        Ok((rest, _)) => r.mention.span.end - rest.len(),
                        Err(_) => r.mention.span.start,
                    };
                    out.push(mk(
                        &(start..r.mention.span.end),
                        c.value.to_string(),
                        Some(c.value),
                    ));
                }
                // "3 years": the number a duration is counted in, which the
                // number model reads as every other number
                if kind == Kind::Number
                    && let Expr::Duration(d) = r.mention.expr
                    && let Ok((rest, (v, _))) = lex::decimal(&text[r.mention.span.clone()])
                    && v == d.amount
                {
                    let end = r.mention.span.end - rest.len();
                    out.push(mk(&(r.mention.span.start..end), v.to_string(), Some(v)));
                }
            }
        }
        _ => {
            for t in timex::timexes(&analysis.mentions, Some(case.reference)) {
                let range_end = analysis
                    .mentions
                    .iter()
                    .find(|r| r.mention.span == t.span && matches!(r.mention.expr, Expr::Range(..)))
                    .and_then(|r| timex::range_end(r, Some(case.reference)));
                let range = range_end.is_some();
                // "two years ago": TimeML writes it at the granularity of
                // its unit (`2014`), Recognizers-Text's date parser at the
                // day (`2014-11-07`): in a date spec, compare the day
                if matches!(kind, Kind::Date | Kind::DateRange)
                    && let Some(day) = analysis
                        .mentions
                        .iter()
                        .find(|r| r.mention.span == t.span)
                        .and_then(|r| {
                            day_ago(&r.mention.expr, case.reference).or_else(|| {
                                (kind == Kind::Date)
                                    .then(|| day_in(text, &r.mention, case.reference))
                                    .flatten()
                            })
                        })
                {
                    out.push(mk(&t.span, day, None));
                    continue;
                }
                // "the past two decades", "next 3 days", "within 10
                // months": TimeML writes a DURATION (P20Y) anchored at the
                // document's date; Recognizers-Text the period it covers
                if kind == Kind::DateRange
                    && let Some((a, b)) = analysis
                        .mentions
                        .iter()
                        .find(|r| r.mention.span == t.span)
                        .and_then(|r| {
                            covered_period(text, &r.mention.span, &r.mention.expr, case.reference)
                        })
                {
                    let ymd = |d: Date| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
                    out.push(Found {
                        range_end: Some(ymd(b)),
                        ..mk(&t.span, ymd(a), None)
                    });
                    continue;
                }
                let k = match t.kind {
                    TimexType::Set => Some(Kind::Set),
                    TimexType::Duration => Some(Kind::Duration),
                    TimexType::Time => None,
                    TimexType::Date if !range && day_value(&t.value) => Some(Kind::Date),
                    TimexType::Date => Some(Kind::DateRange),
                };
                // "between now and November 15th": an end at PRESENT_REF,
                // TimeML's value for the document's time, is its day
                let now = |v: String| {
                    if range && v == "PRESENT_REF" {
                        let d = case.reference;
                        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
                    } else {
                        v
                    }
                };
                if k == Some(kind) {
                    out.push(Found {
                        range_end: range_end.map(now),
                        ..mk(&t.span, now(t.value), None)
                    });
                }
            }
        }
    }
    out
}

/// The period a duration said from the reference time covers, as
/// Recognizers-Text reads it: "the past 3 weeks" ends at `reference`, "the
/// next 3 days" starts the day after, "within 10 months" at `reference`;
/// decades are whole ones ("the past 2 decades" in 2016: 1990–2010).
fn covered_period(
    text: &str,
    span: &std::ops::Range<usize>,
    e: &Expr,
    reference: Date,
) -> Option<(Date, Date)> {
    use claimlint::extract::{Hedge, Quant, Unit};
    let Expr::Duration(d) = e else { return None };
    // "the past few days": Recognizers-Text reads a few as three
    let vague = d.quant == Quant::Vague && d.hedge == Hedge::About;
    if !vague && (d.quant != Quant::Amount || d.hedge != Hedge::Exact || d.amount.fract() != 0.0) {
        return None;
    }
    let said = text[span.clone()].to_lowercase();
    let said = said.strip_prefix("the ").unwrap_or(&said);
    let first = said.split(' ').next()?;
    let within = text[..span.start]
        .trim_end()
        .to_lowercase()
        .ends_with("within");
    let past = match first {
        "past" | "last" | "previous" => true,
        "next" | "coming" | "upcoming" => false,
        _ if within => false,
        _ => return None,
    };
    let n = if vague { 3 } else { d.amount as i64 };
    let length = |s: jiff::Span| {
        let p = d.plus;
        s.months(i64::from(s.get_months()) + i64::from(p.months))
            .days(i64::from(s.get_days()) + i64::from(p.days))
    };
    let span_of = |n: i64| -> Option<jiff::Span> {
        Some(length(match d.unit {
            Unit::Decade => jiff::Span::new().years(10 * n),
            unit => calendar_span(n, unit)?,
        }))
    };
    if d.unit == Unit::Decade {
        let y = i32::from(reference.year()) / 10 * 10;
        let (a, b) = if past {
            (y - 10 * n as i32, y)
        } else {
            (y + 10, y + 10 + 10 * n as i32)
        };
        let jan1 = |y: i32| Date::new(i16::try_from(y).ok()?, 1, 1).ok();
        return Some((jan1(a)?, jan1(b)?));
    }
    let s = span_of(n)?;
    if past {
        Some((reference.checked_sub(s).ok()?, reference))
    } else {
        let a = if within {
            reference
        } else {
            reference.tomorrow().ok()?
        };
        Some((a, a.checked_add(s).ok()?))
    }
}

/// The day "in 3 weeks" names: TimeML annotates the duration ("3 weeks",
/// `P3W`) and leaves "in" out as a signal; Recognizers-Text's date parser
/// values the day the duration ends at, from the reference day.
fn day_in(text: &str, m: &claimlint::extract::Mention, reference: Date) -> Option<String> {
    use claimlint::extract::{Hedge, Quant, Relation};
    let Expr::Duration(d) = m.expr else {
        return None;
    };
    let said_in = text[..m.span.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("in"));
    if m.relation != Relation::In
        || !said_in
        || d.quant != Quant::Amount
        || d.hedge != Hedge::Exact
        || d.amount.fract() != 0.0
        || !d.plus.is_zero()
    {
        return None;
    }
    day_after(reference, d.amount as i64, d.unit)
}

/// The day "N units ago" (or "N units from now") names, counted from
/// `reference` at the day, as Recognizers-Text values it.
fn day_ago(e: &Expr, reference: Date) -> Option<String> {
    use claimlint::extract::DateBase;
    let Expr::Date(d) = e else { return None };
    let DateBase::Ago { n, unit, .. } = d.base else {
        return None;
    };
    if d.part.is_some() || d.time.is_some() {
        return None;
    }
    day_after(reference, -i64::from(n), unit)
}

/// `n` days, weeks, months or years as a span (`None` for other units).
fn calendar_span(n: i64, unit: claimlint::extract::Unit) -> Option<jiff::Span> {
    use claimlint::extract::Unit;
    Some(match unit {
        Unit::Day => jiff::Span::new().days(n),
        Unit::Week => jiff::Span::new().weeks(n),
        Unit::Month => jiff::Span::new().months(n),
        Unit::Year => jiff::Span::new().years(n),
        _ => return None,
    })
}

/// The day `n` units after `reference` (before it when `n` is negative),
/// written as a TIMEX date.
fn day_after(reference: Date, n: i64, unit: claimlint::extract::Unit) -> Option<String> {
    let x = reference.checked_add(calendar_span(n, unit)?).ok()?;
    Some(format!("{:04}-{:02}-{:02}", x.year(), x.month(), x.day()))
}

/// Whether our TIMEX value is Recognizers-Text's: the same string, or, for
/// a TIMEX with unresolved parts (`XXXX-10-02`, `XXXX-WXX-5`), one of the
/// two readings it resolves to (future or past), at the same granularity.
/// Which reading the tense picks is not compared: Recognizers-Text gives
/// both. `Mod` is not compared.
///
/// Two notations that say the same thing also match, since the spec's
/// semantics is the time, not how TIMEX spells it:
/// - a period Recognizers-Text writes as `(start,end,length)` matches our
///   TimeML value for the same days: the 1970s are `197` in TimeML and
///   `(1970-01-01,1980-01-01,P10Y)` there; a range ("from 2014 to 2018")
///   runs from the start of its first end to the start of its second, as
///   Recognizers-Text counts it. The length is not compared: it follows
///   from the two dates. `XXXX` in their dates matches any year of ours.
/// - durations of the same length: `P6M` and `P0.5Y`, `PT90M` and
///   `PT1.5H`, `P14D` and `P2W` (TimeML writes fractional years in
///   months).
///
/// `timex` may list alternatives separated by `|`.
fn timex_matches(ours: &str, range_end: Option<&str>, timex: &str, readings: &[String]) -> bool {
    if timex.contains('|') {
        return timex
            .split('|')
            .any(|t| timex_matches(ours, range_end, t, readings));
    }
    if ours == timex && range_end.is_none() {
        return true;
    }
    if let Some(inner) = timex.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let mut parts = inner.split(',');
        let (Some(s), Some(e)) = (parts.next(), parts.next()) else {
            return false;
        };
        let ours = match range_end {
            Some(end) => period(ours).zip(period(end)).map(|((a, _), (b, _))| (a, b)),
            None => period(ours),
        };
        return ours.is_some_and(|(a, b)| same_date(s, a) && same_date(e, b));
    }
    if range_end.is_some() {
        return false;
    }
    if let (Some(a), Some(b)) = (duration_length(ours), duration_length(timex)) {
        return (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-6;
    }
    // "XXXX-04-WXX-5-#1" (the first Friday of April), a notation TimeML
    // has not: its reading is the day
    if timex.contains("-#") {
        return readings.iter().any(|r| r == ours);
    }
    // `XXXX-10-W01`, `XXXX-WXX`: an X stands for any digit of ours
    if timex.contains('X')
        && timex.len() == ours.len()
        && timex
            .bytes()
            .zip(ours.bytes())
            .all(|(t, o)| t == o || (t == b'X' && o.is_ascii_digit()))
    {
        return true;
    }
    timex.contains('X')
        && ours.split('-').count() == timex.split('-').count()
        && readings.iter().any(|r| r.starts_with(ours))
}

/// Whether a Recognizers-Text date (`2016-11-04`, `XXXX-10-02`, `XX70-01-01`)
/// is `d`, reading `X` as any digit.
fn same_date(theirs: &str, d: Date) -> bool {
    let ours = format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    theirs.len() == ours.len()
        && theirs
            .bytes()
            .zip(ours.bytes())
            .all(|(t, o)| t == b'X' || t == o)
}

/// The days of a TIMEX date value, as its first day and the day after its
/// last: `2016` → 2016-01-01, 2017-01-01; `197` (a decade), `19` (a
/// century), `2016-11`, `2016-Q3`, `2016-W45`, `2016-W45-WE`, `2016-11-07`.
fn period(v: &str) -> Option<(Date, Date)> {
    let d = |y: i32, m: i8, d: i8| Date::new(i16::try_from(y).ok()?, m, d).ok();
    let num = |s: &str| s.parse::<i32>().ok();
    let parts: Vec<&str> = v.split('-').collect();
    let y = num(parts[0])?;
    if !parts[0].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let years = |a: i32, n: i32| Some((d(a, 1, 1)?, d(a + n, 1, 1)?));
    match (parts[0].len(), &parts[1..]) {
        (2, []) => years(y * 100, 100),
        (3, []) => years(y * 10, 10),
        (4, []) => years(y, 1),
        (4, [q]) if q.starts_with('Q') => {
            let q = num(&q[1..])?;
            let a = d(y, (3 * (q - 1) + 1) as i8, 1)?;
            Some((a, a.checked_add(jiff::Span::new().months(3)).ok()?))
        }
        (4, [w, rest @ ..]) if w.starts_with('W') => {
            let monday = jiff::civil::ISOWeekDate::new(
                i16::try_from(y).ok()?,
                num(&w[1..])? as i8,
                jiff::civil::Weekday::Monday,
            )
            .ok()?
            .date();
            match rest {
                [] => Some((monday, monday.checked_add(jiff::Span::new().days(7)).ok()?)),
                ["WE"] => Some((
                    monday.checked_add(jiff::Span::new().days(5)).ok()?,
                    monday.checked_add(jiff::Span::new().days(7)).ok()?,
                )),
                _ => None,
            }
        }
        (4, [m]) => {
            let a = d(y, num(m)? as i8, 1)?;
            Some((a, a.checked_add(jiff::Span::new().months(1)).ok()?))
        }
        (4, [m, day]) => {
            let a = d(y, num(m)? as i8, num(day)? as i8)?;
            Some((a, a.checked_add(jiff::Span::new().days(1)).ok()?))
        }
        _ => None,
    }
}

/// A TIMEX duration as (months, seconds): `P1Y6M` → (18, 0), `PT1.5H` →
/// (0, 5400), `P2W` → (0, 1209600). Business days (`P1BD`) are not lengths.
fn duration_length(v: &str) -> Option<(f64, f64)> {
    let body = v.strip_prefix('P')?;
    let (mut months, mut secs) = (0.0, 0.0);
    let mut time = false;
    let mut num = String::new();
    for c in body.chars() {
        match c {
            'T' => time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                match (c, time) {
                    ('Y', false) => months += 12.0 * n,
                    ('M', false) => months += n,
                    ('W', false) => secs += n * 7.0 * 86400.0,
                    ('D', false) => secs += n * 86400.0,
                    ('H', true) => secs += n * 3600.0,
                    ('M', true) => secs += n * 60.0,
                    ('S', true) => secs += n,
                    _ => return None,
                }
            }
        }
    }
    num.is_empty().then_some((months, secs))
}

fn number_matches(ours: Option<f64>, expected: &str) -> bool {
    let Some(ours) = ours else { return false };
    match expected.trim_end_matches('%').parse::<f64>() {
        Ok(e) => (ours - e).abs() <= 1e-9 * e.abs().max(1.0),
        Err(_) => false,
    }
}

/// Recognizers-Text's test: as many results, in order, each with the same
/// span (and so the same text) and, where compared, the same value.
fn passes(case: &Case, spec: &SpecFile, got: &[Found]) -> bool {
    got.len() == case.results.len()
        && case.results.iter().zip(got).all(|(e, g)| {
            same_span(e, g)
                && (!spec.values
                    || match &e.value {
                        Expected::None => true,
                        Expected::Timex { timex, readings } => {
                            timex_matches(&g.value, g.range_end.as_deref(), timex, readings)
                        }
                        Expected::Number(v) => number_matches(g.number, v),
                    })
        })
}

/// Whether a result has our span: the same, or ours without a preposition
/// Recognizers-Text includes ("on Mondays", "on Friday next week") and
/// TimeML leaves out of the TIMEX3 (the guidelines make it a SIGNAL).
fn same_span(e: &ExpectedResult, g: &Found) -> bool {
    let (theirs, ours) = (e.text.to_lowercase(), g.text.to_lowercase());
    if e.start == g.start && e.end == g.end && theirs == ours {
        return true;
    }
    // "from Tue to Thur.": the full stop of an abbreviation that ends the
    // sentence, which Recognizers-Text leaves out
    if e.start == g.start && e.end + 1 == g.end && ours.strip_suffix('.') == Some(theirs.as_str()) {
        return true;
    }
    const PREPOSITIONS: [&str; 7] = ["on", "in", "at", "for", "within", "during", "by"];
    // "the end of 2000": TimeML's extent holds the article Recognizers-Text
    // sometimes leaves out
    let article = ours.strip_prefix("the ") == Some(theirs.as_str()) && g.start + 4 == e.start;
    e.end == g.end
        && (article
            || PREPOSITIONS.iter().any(|p| {
                theirs
                    .strip_prefix(p)
                    .and_then(|t| t.strip_prefix(' '))
                    .is_some_and(|t| t == ours && e.start + p.len() + 1 == g.start)
            }))
}

// ---- scope predicates ----

use claimlint::extract::lex;

/// A month name or its abbreviation ("sept" too), lower case.
fn is_month(w: &str) -> bool {
    lex::MONTHS
        .iter()
        .any(|m| *m == w || (w.len() >= 3 && m.starts_with(w) && (w.len() == 3 || w == "sept")))
}

/// A weekday name or its abbreviation ("tues", "thurs" too), lower case.
fn is_weekday(w: &str) -> bool {
    lex::WEEKDAYS
        .iter()
        .any(|d| w.len() >= 3 && d.starts_with(w))
}

/// A number word up to thirty, or an ordinal word, lower case.
fn is_number_word(w: &str) -> bool {
    lex::UNITS[1..].contains(&w) || ["twenty", "thirty"].contains(&w) || lex::ORDINALS.contains(&w)
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "15", "27th", "second", "twenty" (a number or ordinal of days).
fn day_like(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && ["", "st", "nd", "rd", "th"].contains(&suffix))
        || is_number_word(w)
}

fn has_time_of_day(input: &str) -> bool {
    let s = input.to_lowercase();
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_digit() {
            continue;
        }
        let rest = s[i + 1..].trim_start();
        if rest.starts_with("a.m") || rest.starts_with("p.m") || rest.starts_with("o'clock") {
            return true;
        }
        if (rest.starts_with("am") || rest.starts_with("pm"))
            && !rest[2..].starts_with(|c: char| c.is_ascii_alphabetic())
        {
            return true;
        }
        if rest.starts_with(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    words(&s).iter().any(|w| {
        [
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "night",
            "nights",
            "tonight",
            "noon",
            "midnight",
        ]
        .contains(&w.as_str())
    })
}

fn has_chat_form(input: &str) -> bool {
    let s = input.to_lowercase();
    if words(&s).iter().any(|w| w == "tmrw") {
        return true;
    }
    let c: Vec<char> = s.chars().collect();
    for i in 1..c.len() {
        // digits run into letters: "3day", "3.5years", "22april" (but
        // "27th", "1970s")
        if c[i - 1].is_ascii_digit() && c[i].is_ascii_alphabetic() {
            let run: String = c[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            if !["st", "nd", "rd", "th", "s"].contains(&run.as_str()) {
                return true;
            }
        }
        // letters run into digits: "april22" (but "Q1")
        if c[i - 1].is_ascii_alphabetic() && c[i].is_ascii_digit() {
            let run: String = c[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            if run != "q" {
                return true;
            }
        }
    }
    false
}

fn numeric_date(text: &str) -> bool {
    if words(text).iter().any(|w| is_month(w)) {
        return false;
    }
    let c: Vec<char> = text.chars().collect();
    (1..c.len().saturating_sub(1)).any(|i| {
        matches!(c[i], '/' | '.' | '-') && c[i - 1].is_ascii_digit() && {
            let next = c[i + 1..].iter().find(|c| **c != ' ');
            next.is_some_and(char::is_ascii_digit)
        }
    })
}

fn bare_day(text: &str) -> bool {
    let w = words(text);
    w.iter().any(|w| day_like(w))
        && w.iter()
            .all(|w| ["the", "on", "for"].contains(&w.as_str()) || day_like(w))
}

fn word_year(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "thousand",
        "hundred",
        "nineteen",
        "noughties",
        "seventies",
        "twenty-tens",
    ]
    .iter()
    .any(|w| t.contains(w))
}

fn word_day(text: &str) -> bool {
    let w = words(text);
    if !w.iter().any(|w| is_month(w)) {
        return false;
    }
    // a number word that is not "the first friday", "the third week"
    w.iter().enumerate().any(|(i, x)| {
        is_number_word(x)
            && !w.get(i + 1).is_some_and(|n| {
                is_weekday(n) || ["week", "weeks", "quarter", "day", "days"].contains(&n.as_str())
            })
    })
}

fn has_math(input: &str) -> bool {
    let s = input.to_lowercase();
    let c: Vec<char> = s.chars().collect();
    let w = words(&s);
    // a power that is not of ten ("1.1^23", not "1.3x10^6")
    if s.replace("x10^", "").contains('^') {
        return true;
    }
    if w.iter().any(|x| x == "over") {
        return true;
    }
    // 3/4
    (1..c.len().saturating_sub(1))
        .any(|i| c[i] == '/' && c[i - 1].is_ascii_digit() && c[i + 1].is_ascii_digit())
}

fn word_fraction(r: &ExpectedResult) -> bool {
    if r.text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Expected::Number(v) = &r.value else {
        return false;
    };
    let Ok(v) = v.trim_end_matches('%').parse::<f64>() else {
        return false;
    };
    let w = words(&r.text);
    let simple_fraction = w.iter().any(|x| {
        [
            "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
        ]
        .contains(&x.as_str())
    });
    // "twenty fifths" is 4, but still a fraction in words
    let plural_ordinal = w
        .iter()
        .any(|x| x.ends_with("ths") || x.ends_with("firsts"));
    let spoken_decimal = w.iter().any(|x| x == "point");
    plural_ordinal || (v.fract() != 0.0 && !simple_fraction && !spoken_decimal)
}

// ---- running ----

struct CaseResult {
    case: Case,
    got: Vec<Found>,
    passed: bool,
}

struct FileResult {
    path: &'static str,
    total: usize,
    /// Cases left out, per reason (in the file's order of exclusions).
    excluded: Vec<(&'static str, usize)>,
    cases: Vec<CaseResult>,
}

fn run_file(
    dir: &Path,
    spec: &'static SpecFile,
    rules: &claimlint::rules::RuleSet,
) -> Result<FileResult, String> {
    let path = dir.join(spec.path);
    let src = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let src = src.trim_start_matches('\u{feff}');
    let json: Json = serde_json::from_str(src).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Case> = json
        .as_array()
        .ok_or_else(|| format!("{}: not an array of cases", path.display()))?
        .iter()
        .map(parse_case)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut excluded: Vec<(&'static str, usize)> =
        spec.exclude.iter().map(|x| (x.why, 0)).collect();
    let mut in_scope = Vec::new();
    let total = cases.len();
    for c in cases {
        // the first reason that applies is the one counted
        match spec.exclude.iter().position(|x| (x.applies)(&c)) {
            Some(k) => excluded[k].1 += 1,
            None => in_scope.push(c),
        }
    }
    let cases = in_scope
        .into_par_iter()
        .map(|case| {
            let got = found(&case, spec.kind, rules);
            let passed = passes(&case, spec, &got);
            CaseResult { case, got, passed }
        })
        .collect();
    Ok(FileResult {
        path: spec.path,
        total,
        excluded,
        cases,
    })
}

fn show_expected(r: &ExpectedResult) -> String {
    match &r.value {
        Expected::None => format!("{:?}", r.text),
        Expected::Timex { timex, .. } => format!("{:?} {timex}", r.text),
        Expected::Number(v) => format!("{:?} {v}", r.text),
    }
}

pub fn run(dir: &Path, errors: Option<usize>, min_pass: Option<f64>) -> Result<Outcome, String> {
    let rules = claimlint::rules::bundled();
    let results: Vec<FileResult> = SCOPE
        .iter()
        .map(|s| run_file(dir, s, &rules))
        .collect::<Result<_, _>>()?;
    println!(
        "Recognizers-Text English specs in {} (declared in-scope subset)\n",
        dir.display()
    );
    println!(
        "{:<44} {:>5} {:>8} {:>8} {:>6} {:>6}",
        "file", "cases", "excluded", "in scope", "passed", "pass%"
    );
    let (mut all, mut scope, mut passed) = (0, 0, 0);
    for f in &results {
        let p = f.cases.iter().filter(|c| c.passed).count();
        let n = f.cases.len();
        all += f.total;
        scope += n;
        passed += p;
        println!(
            "{:<44} {:>5} {:>8} {:>8} {:>6} {:>6}",
            f.path,
            f.total,
            f.total - n,
            n,
            p,
            if n == 0 {
                "-".into()
            } else {
                pct(p as f64 / n as f64)
            }
        );
    }
    let rate = if scope == 0 {
        0.0
    } else {
        passed as f64 / scope as f64
    };
    println!(
        "{:<44} {:>5} {:>8} {:>8} {:>6} {:>6}",
        "overall",
        all,
        all - scope,
        scope,
        passed,
        pct(rate)
    );
    let mut reasons: Vec<(&str, usize)> = Vec::new();
    for f in &results {
        for &(why, n) in &f.excluded {
            match reasons.iter_mut().find(|(w, _)| *w == why) {
                Some(r) => r.1 += n,
                None => reasons.push((why, n)),
            }
        }
    }
    println!("\nexcluded cases by reason:");
    for (why, n) in reasons {
        println!("  {n:>5}  {why}");
    }
    if let Some(n) = errors {
        for f in &results {
            let failed: Vec<&CaseResult> = f.cases.iter().filter(|c| !c.passed).collect();
            println!("\n{}: {} failed", f.path, failed.len());
            for c in spread(&failed, n) {
                let expected: Vec<String> = c.case.results.iter().map(show_expected).collect();
                let got: Vec<String> = c
                    .got
                    .iter()
                    .map(|g| match &g.range_end {
                        Some(e) => format!("{:?} {}..{e}", g.text, g.value),
                        None => format!("{:?} {}", g.text, g.value),
                    })
                    .collect();
                println!(
                    "  {:?}: expected [{}] got [{}]",
                    c.case.input,
                    expected.join(", "),
                    got.join(", ")
                );
            }
        }
    }
    let mut code = 0;
    if let Some(min) = min_pass
        && 100.0 * rate < min
    {
        eprintln!("pass rate {} is below the minimum {min}", pct(rate));
        code = 1;
    }
    Ok(Outcome {
        code,
        scores: vec![("Recognizers subset passed", 100.0 * rate)],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notations_of_the_same_time_match() {
        let none: &[String] = &[];
        for (ours, end, theirs, want) in [
            ("197", None, "(1970-01-01,1980-01-01,P10Y)", true),
            ("198", None, "(1970-01-01,1980-01-01,P10Y)", false),
            ("20", None, "(2000-01-01,2100-01-01,P100Y)", true),
            ("2016-Q3", None, "(2016-07-01,2016-10-01,P3M)", true),
            ("2014", Some("2018"), "(2014-01-01,2018-01-01,P4Y)", true),
            ("2014", None, "(2014-01-01,2018-01-01,P4Y)", false),
            (
                "2016-10-02",
                Some("2016-10-22"),
                "(XXXX-10-02,XXXX-10-22,P20D)",
                true,
            ),
            (
                "2016-01-01",
                Some("2016-04-05"),
                "(XXXX-01-01,XXXX-04-05,P94D)|(XXXX-01-01,XXXX-04-05,P95D)",
                true,
            ),
            ("2016-W45", None, "2016-W45", true),
            ("2016-W45", Some("2016-W46"), "2016-W45", false),
            ("P6M", None, "P0.5Y", true),
            ("PT90M", None, "PT1.5H", true),
            ("P14D", None, "P2W", true),
            ("P1M", None, "P30D", false),
            ("P1BD", None, "P1D", false),
        ] {
            assert_eq!(
                timex_matches(ours, end, theirs, none),
                want,
                "{ours} {end:?} {theirs}"
            );
        }
    }
}
