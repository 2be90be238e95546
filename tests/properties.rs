//! Property tests (proptest) of the extractor and the pipeline:
//!
//! - every calendar date 1900–2100, written in each supported format inside a
//!   sentence, extracts as exactly one mention covering exactly the date, and
//!   resolves to that day, month or year;
//! - no input makes `check` panic, and every span it reports lies on char
//!   boundaries inside the text;
//! - what is found in a sentence does not depend on the text that follows it.
//!
//! Case counts are kept small so the suite stays fast in debug builds; set
//! `PROPTEST_CASES` to run more.

use claimlint::checks::Place;
use claimlint::document::{Document, Format};
use claimlint::extract::{self, Mention};
use claimlint::resolve::resolve;
use claimlint::rules::{RuleSet, bundled};
use claimlint::text::Tense;
use claimlint::value::day_number;
use jiff::civil::{Date, Weekday};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(bundled)
}

/// The number of cases each property runs, unless `PROPTEST_CASES` says.
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        // failures are reported with their minimal input; no files written
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// (a) every date in every format

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug)]
enum Form {
    /// "17 April 2024"
    DayMonthYear,
    /// "April 17, 2024"
    MonthDayYear,
    /// "17th of April 2024"
    OrdinalOf,
    /// "Wednesday, 17 April 2024"
    WeekdayDayMonthYear,
    /// "2024-04-17"
    Iso,
    /// "April 2024"
    MonthYear,
    /// "2024"
    Year,
}

const FORMS: [Form; 7] = [
    Form::DayMonthYear,
    Form::MonthDayYear,
    Form::OrdinalOf,
    Form::WeekdayDayMonthYear,
    Form::Iso,
    Form::MonthYear,
    Form::Year,
];

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn ordinal(d: i8) -> String {
    let suffix = match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{d}{suffix}")
}

/// The date written in `form`, and the days (first, last) it stands for.
fn render(date: Date, form: Form) -> (String, Date, Date) {
    let (y, m, d) = (date.year(), date.month(), date.day());
    let month = MONTHS[(m - 1) as usize];
    let first_of_month = date.first_of_month();
    let year_span = (Date::new(y, 1, 1).unwrap(), Date::new(y, 12, 31).unwrap());
    match form {
        Form::DayMonthYear => (format!("{d} {month} {y}"), date, date),
        Form::MonthDayYear => (format!("{month} {d}, {y}"), date, date),
        Form::OrdinalOf => (format!("{} of {month} {y}", ordinal(d)), date, date),
        Form::WeekdayDayMonthYear => (
            format!("{}, {d} {month} {y}", weekday_name(date.weekday())),
            date,
            date,
        ),
        Form::Iso => (format!("{y:04}-{m:02}-{d:02}"), date, date),
        Form::MonthYear => (
            format!("{month} {y}"),
            first_of_month,
            first_of_month.last_of_month(),
        ),
        Form::Year => (format!("{y}"), year_span.0, year_span.1),
    }
}

fn any_date() -> impl Strategy<Value = Date> {
    (1900i16..=2100, 1i8..=12).prop_flat_map(|(y, m)| {
        let days = Date::new(y, m, 1).unwrap().days_in_month();
        (1i8..=days).prop_map(move |d| Date::new(y, m, d).unwrap())
    })
}

fn any_form() -> impl Strategy<Value = Form> {
    prop::sample::select(&FORMS[..])
}

proptest! {
    #![proptest_config(config(256))]

    /// "It happened on X." has exactly one mention, exactly X, and it
    /// resolves (with no article date, past tense) to the day, month or year
    /// X names.
    #[test]
    fn every_date_in_every_format_extracts_and_resolves(date in any_date(), form in any_form()) {
        let (x, first, last) = render(date, form);
        let prefix = "It happened on ";
        let sentence = format!("{prefix}{x}.");
        let mentions = extract::extract(&sentence);
        prop_assert_eq!(
            mentions.len(), 1,
            "{:?}: expected one mention, got {:?}", sentence, mentions
        );
        let m = &mentions[0];
        let want = prefix.len()..prefix.len() + x.len();
        prop_assert_eq!(
            m.span.clone(), want.clone(),
            "{:?}: mention covers {:?}, not {:?}",
            sentence, &sentence[m.span.clone()], x
        );
        let value = resolve(&m.expr, None, Tense::Past);
        prop_assert!(value.is_some(), "{:?}: {:?} did not resolve", sentence, m.expr);
        let value = value.unwrap();
        prop_assert_eq!(
            (value.interval.lo, value.interval.hi),
            (day_number(first) as f64, day_number(last) as f64),
            "{:?}: resolved to {:?}, want {}..{}",
            sentence, value.interval, first, last
        );
    }
}

// ---------------------------------------------------------------------------
// (b) no panics, spans on char boundaries

/// Tokens that have tripped, or could trip, byte-offset arithmetic and the
/// parsers: digits, month and weekday names, dashes, NBSP and other spaces,
/// curly quotes, brackets, emoji, combining marks.
const VOCAB: &[&str] = &[
    "0",
    "1",
    "2",
    "9",
    "17",
    "31",
    "17th",
    "1st",
    "2020",
    "2024",
    "1999",
    "2,000",
    "1.5",
    "44",
    "2020–23",
    "19–20",
    "April",
    "September",
    "Sept.",
    "May",
    "Wednesday",
    "Tuesday,",
    "of",
    "on",
    "in",
    "the",
    "late",
    "early",
    "mid-",
    "nearly",
    "about",
    "more than",
    "last",
    "next",
    "year",
    "years",
    "ago",
    "days",
    "week",
    "between",
    "and",
    "from",
    "to",
    "since",
    "per cent",
    "%",
    "million",
    "forty-four",
    "–",
    "—",
    "-",
    "‑",
    "\u{2011}",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "(",
    ")",
    "[",
    ",",
    ".",
    ":",
    ";",
    "a.m.",
    "p.m.",
    "10:35",
    "😀",
    "🇦🇿",
    "é",
    "e\u{301}",
    "Türkiye",
    "ı",
    "ß",
    "\n",
    "\n\n",
    "`",
    "#",
    "*",
    "http://x.y/2024",
    "---",
    "Karabakh",
    "ICC",
];

/// Text made of vocabulary tokens, sometimes glued, sometimes spaced.
fn tricky_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        8 => prop::sample::select(VOCAB).prop_map(str::to_string),
        1 => ".{0,3}",
    ];
    let sep = prop::sample::select(&["", " ", " ", " ", "\u{a0}", "\n", "-", "–"][..]);
    prop::collection::vec((token, sep), 0..40).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, s)| [t, s.to_string()])
            .collect()
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "\\PC{0,80}",
        4 => tricky_text(),
    ]
}

fn any_date_flag() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![Just(None), any_date().prop_map(Some)]
}

fn assert_spans_ok(text: &str, format: Format, date: Option<Date>) -> Result<(), TestCaseError> {
    let doc = Document::new("x.txt", text.to_string(), format, date);
    let report = claimlint::check(vec![doc], rules());
    let a = &report.analyses[0];
    let on_boundaries =
        |span: &std::ops::Range<usize>| span.start <= span.end && text.get(span.clone()).is_some();
    for m in &a.mentions {
        prop_assert!(
            on_boundaries(&m.mention.span),
            "mention span {:?} in {:?}",
            m.mention.span,
            text
        );
    }
    for f in &report.findings {
        prop_assert!(
            on_boundaries(&f.span),
            "{} finding span {:?} in {:?}",
            f.code,
            f.span,
            text
        );
        for r in &f.related {
            if let Place::Document(0) = r.place {
                prop_assert!(
                    on_boundaries(&r.span),
                    "{} related span {:?} in {:?}",
                    f.code,
                    r.span,
                    text
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    /// `check` does not panic on any text, as plain text or Markdown, with
    /// or without an article date, and every mention, finding and related
    /// span lies on char boundaries within the text.
    #[test]
    fn check_never_panics_and_spans_are_char_aligned(
        text in any_text(),
        markdown in any::<bool>(),
        date in any_date_flag(),
    ) {
        let format = if markdown { Format::Markdown } else { Format::Text };
        assert_spans_ok(&text, format, date)?;
    }
}

// ---------------------------------------------------------------------------
// (c) what follows a sentence does not change what is found in it

fn mentions_of(text: &str) -> Vec<Mention> {
    let doc = Document::new("x.txt", text.to_string(), Format::Text, None);
    claimlint::analyse(doc, rules())
        .mentions
        .into_iter()
        .map(|r| r.mention)
        .collect()
}

/// Last words of a sentence: ones after which a full stop ends it (not an
/// abbreviation such as "Sept." or "a.m.", after which "1" or "Friday" would
/// rightly continue the date).
const ENDINGS: &[&str] = &[
    "here",
    "2020",
    "17 April 2024",
    "in April",
    "four years ago",
    "per cent",
    "2,000 troops",
    "the 44-day war",
    "Karabakh",
    "“quoted”",
    "(ICC)",
    "😀",
];

/// A sentence: vocabulary text with no line break, then one of [`ENDINGS`],
/// then ". ".
fn sentence() -> impl Strategy<Value = String> {
    (tricky_text(), prop::sample::select(ENDINGS))
        .prop_map(|(t, end)| format!("{} {end}. ", t.replace('\n', " ")))
}

proptest! {
    #![proptest_config(config(256))]

    /// For a sentence S ending in ". " and any suffix T, the mentions of S+T
    /// that start inside S are exactly the mentions of S alone (same spans,
    /// same expressions, same relations).
    #[test]
    fn mentions_in_a_sentence_do_not_depend_on_what_follows(
        s in sentence(),
        t in any_text(),
    ) {
        let alone = mentions_of(&s);
        let joined = format!("{s}{t}");
        let within: Vec<Mention> = mentions_of(&joined)
            .into_iter()
            .filter(|m| m.span.start < s.len())
            .collect();
        prop_assert_eq!(
            &alone, &within,
            "S = {:?}, T = {:?}", s, t
        );
    }
}
