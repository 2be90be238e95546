//! Dates, date ranges, qualified and relative periods, and durations.
//!
//! One entry point, [`temporal`], tries the forms from the most specific to
//! the least, so that "19–20 September 2023" is read as a range before "19"
//! could be read as a number, and "four years ago" as a date before "four
//! years" as a duration. Each form is a small function with its examples in
//! the tests below.

use super::lex::*;
use super::{
    DateBase, DateExpr, DurationExpr, Expr, Hedge, Part, Plus, Quant, RefTime, Season, TimeOfDay,
    Unit, YearRef,
};
use nom::{Parser, branch::alt, combinator::opt};

/// Any temporal expression at the start of `i`.
pub fn temporal(i: &str) -> Res<'_, Expr> {
    temporal_among(i, u64::MAX)
}

/// As [`temporal`], trying only the forms in `forms` (a bit set over
/// [`FORMS`], as [`forms_starting`] gives it for the first word). A form left
/// out must be one that cannot match, so the result is the same.
pub fn temporal_among(i: &str, forms: u64) -> Res<'_, Expr> {
    let got = first_form(i, forms);
    // in debug builds (the tests), every dispatch is checked against trying
    // every form: a form whose first words are missing from its predicate
    // shows up in whichever test reaches it
    #[cfg(debug_assertions)]
    if forms != u64::MAX {
        assert_eq!(
            got,
            first_form(i, u64::MAX),
            "a form missing from the dispatch of {:?}",
            i.char_indices().nth(40).map_or(i, |(k, _)| &i[..k])
        );
    }
    got.ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alt)))
}

/// The first of `forms` that matches at the start of `i`.
fn first_form(i: &str, forms: u64) -> Option<(&str, Expr)> {
    let mut left = forms & ALL_FORMS;
    while left != 0 {
        let k = left.trailing_zeros() as usize;
        left &= left - 1;
        if let Ok((r, e)) = (FORMS[k].parse)(i) {
            return Some(with_time_after(r, e));
        }
    }
    None
}

/// A temporal form, the first words it can begin with, and the words it
/// cannot do without.
struct Form {
    parse: fn(&str) -> Res<'_, Expr>,
    /// Whether it can begin with a digit.
    digit: bool,
    /// Whether it can begin with this word (lower case, whole).
    word: fn(&str) -> bool,
    /// Lists of words (lower case) of which every text the form matches
    /// has one among its first [`Form::window`] words, or none when it has
    /// no such words: a duration names its unit ("four years", "about a
    /// week"), a range of dates its "to" or "through".
    needs: &'static [&'static [&'static str]],
    /// Among how many first words (at most [`NEED_WINDOW`]) one of
    /// [`Form::needs`] stands: "through" is at most the eighth word of a
    /// range ("Tuesday, the 3rd of March, 2020 through"), where a unit
    /// may come far into a duration.
    window: usize,
}

/// How far a form's [`Form::needs`] are looked for: in the scanner's word
/// starts (an ASCII letter or digit after a character that is neither),
/// the first being the one the form is tried at, each word known by the
/// ASCII letters it begins with ("44-day" is "44" and "day").
///
/// Why: most forms tried at a word start fail, and the costly failures
/// read a hedge and an amount before finding no unit ("about 40
/// percent", "two more", "the next step"). The scanner reads the words
/// ahead of the one it is at and looks each up in its table once, so
/// whether a needed word is near costs a few instructions. The longest
/// prefix before a needed word ("no more than one hundred and
/// twenty-five thousand years") has nine words; debug builds check every
/// skipped form against trying it ([`temporal_among`]).
pub const NEED_WINDOW: usize = 12;

/// The forms, from the most specific to the least: the first that matches
/// wins, so "19–20 September 2023" is a range before "19" could be a
/// number, and "four years ago" a date before "four years" a duration.
///
/// Why the first words: a trigger word is tried against the forms that can
/// begin with it, not against all of them. Each `word` predicate is the
/// union of the first words the form's first parsers accept; the tests check
/// that dispatching gives what trying every form gives.
static FORMS: [Form; 47] = [
    form(clock_date, true, |w| {
        is(w, &["noon", "midnight", "midday"]) || is(w, &APPROXIMATELY)
    }),
    form(iso_date, true, none),
    form(day_range, true, none),
    form(after_the, true, |w| {
        is(
            w,
            &[
                "the", "rest", "year", "first", "second", "third", "fourth", "fifth", "last",
            ],
        )
    })
    .needing(AFTER_THE_NEEDS),
    form(month_day_range, false, is_month_word),
    form(cross_month_range, true, is_month_word),
    form(bare_range, true, starts_range_end)
        .needing(&[&["through", "thru", "till", "until", "to"]])
        .within(8),
    form(spoken_date, false, |w| {
        ORDINALS.contains(&w) || w == "twenty" || w == "thirty"
    })
    .needing(&[&["of"]])
    .within(4),
    form(full_date, true, |w| is_month_word(w) || is_weekday_word(w)),
    form(between_years, false, |w| is(w, &["between", "from"])),
    form(date_range, false, |w| is(w, &["between", "from"])),
    form(week_range, false, |w| is(w, &["this", "next", "last"])),
    form(year_range, true, none),
    form(quarter, true, |w| {
        is(
            w,
            &[
                "q",
                "the",
                "comparable",
                "corresponding",
                "same",
                "year",
                "this",
                "last",
                "next",
                "fiscal",
                "first",
                "second",
                "third",
                "fourth",
            ],
        )
    })
    .needing(&[&["quarter", "period", "q"]])
    .within(8),
    form(half_year, false, |w| {
        is(w, &["the", "first", "second", "last"])
    })
    .needing(&[&["half", "quarters"]]),
    form(week_of, false, |w| {
        is(
            w,
            &["the", "first", "second", "third", "fourth", "fifth", "last"],
        )
    })
    .needing(&[&["week"]]),
    form(fiscal_year, false, |w| {
        is(w, &["fiscal", "the", "this", "last", "next"])
    })
    .needing(&[&["fiscal", "current"]]),
    form(qualified, false, |w| w == "the" || PART_WORDS.contains(&w))
        .needing(&[PART_WORDS])
        .within(3),
    form(ago, true, |w| is_hedge_word(w) || is_amount_word(w)).needing(&[UNIT_WORDS]),
    form(shifted, true, |w| w == "year" || is_amount_word(w))
        .needing(&[&["earlier", "later", "ago"]]),
    form(duration, true, |w| {
        is_hedge_word(w)
            || is_amount_word(w)
            || is(
                w,
                &[
                    "the", "past", "last", "next", "previous", "half", "all", "whole", "full",
                    "between", "from",
                ],
            )
    })
    .needing(DURATION_UNITS),
    form(every, false, |w| {
        is(
            w,
            &[
                "annually",
                "daily",
                "weekly",
                "monthly",
                "yearly",
                "hourly",
                "biweekly",
                "fortnightly",
                "once",
                "twice",
                "thrice",
                "every",
                "each",
            ],
        ) || plural_weekday(w).is_some()
    }),
    form(times_a, true, is_amount_word).needing(&[&["times"]]),
    form(vague_duration, false, |w| {
        is_hedge_word(w)
            || is(
                w,
                &[
                    "a", "the", "couple", "several", "few", "recent", "many", "coming", "past",
                    "last", "next",
                ],
            )
    })
    .needing(&[UNIT_WORDS, &["quarters"]])
    .within(8),
    form(unit_long, false, |w| UNIT_WORDS.contains(&w))
        .needing(&[&["long"]])
        .within(2),
    form(weekday_of_week, false, |w| {
        is_weekday_word(w) || is(w, &["this", "next", "last"])
    })
    .needing(&[&["week"]]),
    form(season, false, |w| {
        is(w, &["the", "spring", "summer", "autumn", "fall", "winter"])
    })
    .needing(&[&["spring", "summer", "autumn", "fall", "winter"]]),
    form(day_time, false, |w| is(w, &["tonight", "this", "last"])),
    form(before_last, false, |w| w == "the").needing(&[&["before", "after"]]),
    form(relative, false, |w| {
        is(
            w,
            &[
                "earlier", "later", "sometime", "last", "next", "this", "previous", "coming",
                "upcoming", "current", "the",
            ],
        )
    }),
    form(decade, true, |w| w == "the"),
    form(century, true, |w| {
        w == "the" || w == "twenty" || ORDINALS.contains(&w)
    })
    .needing(&[&["century"]]),
    form(month_year, false, is_month_word),
    form(year_month, true, none),
    form(month_of, false, |w| w == "the" || w == "month").needing(&[&["month"]]),
    form(bare_month, false, is_month_word),
    form(bare_weekday, false, is_weekday_word),
    form(deictic, false, |w| {
        is(w, &["today", "yesterday", "tomorrow", "the"])
    })
    .needing(&[&["today", "yesterday", "tomorrow"]])
    .within(4),
    form(vague_ref, false, |w| {
        is(
            w,
            &[
                "now",
                "currently",
                "current",
                "recently",
                "recent",
                "these",
                "the",
            ],
        )
    })
    .needing(&[&[
        "now",
        "currently",
        "current",
        "recently",
        "recent",
        "days",
        "past",
        "future",
    ]])
    .within(4),
    form(bare_year, true, none),
    form(weekend, false, |w| is(w, &["the", "this", "last", "next"])).needing(&[&["weekend"]]),
    form(context_period, false, |w| is(w, &["the", "that"]))
        .needing(&[CONTEXT_PERIODS])
        .within(3),
    form(spelled_year, false, |w| w == "nineteen"),
    form(spoken_year_alone, false, |w| w == "two")
        .needing(&[&["thousand"]])
        .within(2),
    form(year_end, false, |w| w == "year"),
    form(bare_plural, false, |w| {
        w.ends_with('s') && Unit::from_word(w).is_some()
    }),
    form(holiday, false, is_holiday_word),
];

const ALL_FORMS: u64 = (1 << FORMS.len()) - 1;

const fn form(parse: fn(&str) -> Res<'_, Expr>, digit: bool, word: fn(&str) -> bool) -> Form {
    Form {
        parse,
        digit,
        word,
        needs: &[],
        window: NEED_WINDOW,
    }
}

impl Form {
    /// The form, with the words it needs ([`Form::needs`]).
    const fn needing(self, needs: &'static [&'static [&'static str]]) -> Form {
        Form { needs, ..self }
    }

    /// The form, with the words it needs among its first `window`.
    const fn within(self, window: usize) -> Form {
        assert!(window >= 1 && window <= NEED_WINDOW);
        Form { window, ..self }
    }
}

/// The words [`Unit::from_word`] reads as units: each name, and the name
/// with an "s" ("centurie" is the name "centuries" is read by).
const UNIT_WORDS: &[&str] = &[
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "centurie",
    "centuries",
    "century",
    "centurys",
];

/// The units a [`duration`] reads: [`UNIT_WORDS`], "fortnight", "quarters"
/// after a lead, and abbreviations after a number.
const DURATION_UNITS: &[&[&str]] = &[
    UNIT_WORDS,
    &TIME_ABBREVIATIONS,
    &["fortnight", "fortnights", "quarters"],
];

/// Units of time as abbreviated after a number ("3 hrs", "20 min"), and
/// "second", which only a number makes a unit ("a second" is an ordinal).
const TIME_ABBREVIATIONS: [&str; 9] = [
    "h", "hr", "hrs", "min", "mins", "sec", "secs", "second", "seconds",
];

/// What [`after_the`] reads after its ordinal: "rest" ([`rest_of`]),
/// "date" ([`year_to_date`]), "month" ([`day_of_month`]) or a weekday
/// ([`nth_weekday`], as [`weekday`] reads one).
const AFTER_THE_NEEDS: &[&[&str]] = &[
    &["rest", "date", "month"],
    &WEEKDAYS,
    &[
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs",
    ],
];

/// For each word some form needs ([`Form::needs`]), the forms (bits of
/// their places in the list) that need it.
pub fn needed_words() -> impl Iterator<Item = (&'static str, u64)> {
    FORMS.iter().enumerate().flat_map(|(k, f)| {
        f.needs
            .iter()
            .flat_map(move |l| l.iter().map(move |w| (*w, 1 << k)))
    })
}

/// For each place in the window ([`NEED_WINDOW`]), the forms whose
/// needed words count there: those whose [`Form::window`] reaches it.
pub fn forms_within() -> [u64; NEED_WINDOW] {
    let mut within = [0; NEED_WINDOW];
    for (k, f) in FORMS.iter().enumerate() {
        for w in within.iter_mut().take(f.window) {
            *w |= 1 << k;
        }
    }
    within
}

/// The forms that need no word ([`Form::needs`]).
pub fn needless_forms() -> u64 {
    FORMS
        .iter()
        .enumerate()
        .filter(|(_, f)| f.needs.is_empty())
        .fold(0, |m, (k, _)| m | 1 << k)
}

fn none(_: &str) -> bool {
    false
}

fn is(w: &str, words: &[&str]) -> bool {
    words.contains(&w)
}

/// A word [`month`] accepts: a month's name, its first three letters, "sept".
pub(crate) fn is_month_word(w: &str) -> bool {
    w == "sept"
        || MONTHS
            .iter()
            .any(|m| *m == w || (w.len() == 3 && m.starts_with(w)))
}

/// A word a [`range_end_date`] can begin with (digits aside).
fn starts_range_end(w: &str) -> bool {
    is_month_word(w)
        || is_weekday_word(w)
        || is(
            w,
            &[
                "now",
                "today",
                "yesterday",
                "tomorrow",
                "the",
                "earlier",
                "later",
                "sometime",
                "last",
                "next",
                "this",
                "previous",
                "coming",
                "upcoming",
            ],
        )
}

/// A word [`weekday`] accepts: a weekday's name or its first three letters.
pub(crate) fn is_weekday_word(w: &str) -> bool {
    is(w, &["tues", "thur", "thurs"])
        || WEEKDAYS
            .iter()
            .any(|d| *d == w || (w.len() == 3 && d.starts_with(w)))
}

/// A word an [`amount`] can begin with (digits aside).
fn is_amount_word(w: &str) -> bool {
    UNITS.contains(&w) || TENS.contains(&w) || is(w, &["a", "an", "one", "another"])
}

/// A word a [`hedge`] can begin with.
fn is_hedge_word(w: &str) -> bool {
    HEDGES.iter().any(|(words, _)| words[0] == w)
}

/// The forms that can begin with `first`: a lower-case word, or `None` for
/// a digit.
pub fn forms_starting(first: Option<&str>) -> u64 {
    FORMS
        .iter()
        .enumerate()
        .filter(|(_, f)| match first {
            None => f.digit,
            Some(w) => (f.word)(w),
        })
        .fold(0, |m, (k, _)| m | 1 << k)
}

/// The forms worth trying at a number: none when it is a plain count (a
/// count's shape, thousands in threes and at most one decimal part, not
/// starting with four digits that could be a year) that a space and an
/// ordinary word follow ("82 people", "1,700 troops", "3.5 percent") or a
/// percent sign ("20%"); the bare year alone for four digits a clause ends
/// after ("in 1993, so", "since 1988."); all of those that can begin with a
/// digit otherwise.
///
/// Every form that begins with a number has the number's shape say so
/// ("2020", "10:30", "2020-11-10", "1990s", "20th") or the next word
/// (a month, a weekday, a unit of time, a scale word such as "million",
/// "times", a range's "to", "a.m."). Debug builds check each skip against
/// trying every form ([`temporal_among`]).
pub fn forms_at_number(i: &str) -> u64 {
    let b = i.as_bytes();
    let first = b.iter().take_while(|c| c.is_ascii_digit()).count();
    // four digits may be a year whatever follows them ("2024,2 between");
    // one that ends a clause ("in 1993, so", "since 1988.") can be nothing
    // longer
    if first == 4
        && (matches!(
            b.get(4),
            Some(b',' | b';' | b':' | b')' | b'!' | b'?' | b'"')
        ) || (b.get(4) == Some(&b'.') && !b.get(5).is_some_and(u8::is_ascii_digit)))
    {
        return *YEAR_ALONE;
    }
    if first == 0 {
        return *DIGIT_FORMS;
    }
    let plain = |w: &str| {
        let plain = !super::follows_a_number(w);
        debug_assert_eq!(plain, plain_by_lists(w), "{w:?}");
        plain
    };
    // four digits before a plain word ("the 1998 budget", "in 2001 when")
    // are a year alone, unless the word is an ordinal ("1998 fourth
    // quarter")
    if first == 4 {
        let rest = i[4..].trim_start_matches([' ', '\t']);
        let ordinal = |w: &str| {
            [
                "first", "second", "third", "fourth", "fifth", "last", "final",
            ]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
        };
        return match word(rest) {
            Ok((_, w)) if rest.len() < i.len() - 4 && plain(w) && !ordinal(w) => *YEAR_ALONE,
            _ => *DIGIT_FORMS,
        };
    }
    // a count's shape: thousands in groups of three ("1,700"), then at most
    // one decimal part ("3.5"); anything else may be a date's
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    let mut k = first;
    while b.get(k) == Some(&b',') && (1..=3).all(|d| digit_at(k + d)) && !digit_at(k + 4) {
        k += 4;
    }
    if b.get(k) == Some(&b'.') && digit_at(k + 1) {
        k += 1 + b[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    }
    // a percentage is no time ("20% to $722 million", "86%,")
    if b.get(k) == Some(&b'%') {
        return 0;
    }
    // what comes between the number and the next word: spaces, a comma or
    // a full stop and spaces ("25, down 50 cents", "160,000. Saddam"), or
    // a hyphen ("50-strong"); a line break reads as a space
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
    let after = match b.get(k) {
        Some(c) if space(c) => k,
        Some(b',' | b'.') if b.get(k + 1).is_some_and(space) => k + 1,
        Some(b'-') if b.get(k + 1).is_some_and(u8::is_ascii_alphabetic) => k + 1,
        _ => return *DIGIT_FORMS,
    };
    let rest = &i[after..].trim_start_matches([' ', '\t', '\n', '\r']);
    match word(rest) {
        Ok((_, w)) if plain(w) => 0,
        // "a" goes on into a time only as "a.m." ("10 a.m."): "$1.57 a
        // share" is a count
        Ok((after, w)) if w.eq_ignore_ascii_case("a") && !after.starts_with('.') => 0,
        _ => *DIGIT_FORMS,
    }
}

/// The words a duration reads between its amount and its unit ("two more
/// weeks", "237 consecutive weeks"): they follow a number too.
const BEFORE_UNIT: [&str; 6] = [
    "more",
    "additional",
    "further",
    "straight",
    "consecutive",
    "successive",
];

/// The words after a number that can go on into a temporal form, besides
/// months, weekdays, units, their abbreviations, number words and
/// [`BEFORE_UNIT`].
const FOLLOWERS: [&str; 31] = [
    "a",
    "an",
    "and",
    "or",
    "to",
    "through",
    "thru",
    "until",
    "till",
    "of",
    "times",
    "time",
    "am",
    "pm",
    "p",
    "o",
    "noon",
    "midnight",
    "bc",
    "ad",
    "bce",
    "ce",
    "quarter",
    "quarters",
    "half",
    "fortnight",
    "fortnights",
    "business",
    "working",
    "weekend",
    "weekends",
];

/// Whether `w` (ASCII letters) is a plain word after a number in
/// [`forms_at_number`]: none of a month, a weekday, a unit of time, an
/// amount word or one of [`FOLLOWERS`] and [`BEFORE_UNIT`]. The lists asked in turn, as first
/// written; the scanner's word table holds their words
/// ([`number_followers`]), to ask once.
fn plain_by_lists(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let w = w.as_str();
    !(is_month_word(w)
        || is_weekday_word(w)
        || Unit::from_word(w).is_some()
        || is_amount_word(w)
        || FOLLOWERS.contains(&w)
        || BEFORE_UNIT.contains(&w)
        || TIME_ABBREVIATIONS.contains(&w))
}

/// Every word (lower case) that [`plain_by_lists`] says is not plain: the
/// words of its lists, with the forms each list accepts (a month's or a
/// weekday's first three letters, a unit's plural).
pub fn number_followers() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for m in MONTHS {
        words.extend([m.to_string(), m[..3].to_string()]);
    }
    words.push("sept".into());
    for d in WEEKDAYS {
        words.extend([d.to_string(), d[..3].to_string()]);
    }
    words.extend(["tues", "thur", "thurs"].map(String::from));
    words.extend(UNIT_WORDS.iter().map(|w| w.to_string()));
    words.extend(UNITS.iter().chain(&TENS).map(|w| w.to_string()));
    words.extend(["a", "an", "one", "another"].map(String::from));
    words.extend(
        FOLLOWERS
            .iter()
            .chain(&BEFORE_UNIT)
            .chain(&TIME_ABBREVIATIONS)
            .map(|w| w.to_string()),
    );
    words
}

/// The forms that can begin with a digit.
static DIGIT_FORMS: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| forms_starting(None));

/// The forms that can read a year a clause ends after: the bare year.
static YEAR_ALONE: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
    let k = FORMS
        .iter()
        .position(|f| std::ptr::fn_addr_eq(f.parse, bare_year as fn(&str) -> Res<'_, Expr>))
        .expect("bare_year is a form");
    1 << k
});

fn cal(year: YearRef, month: Option<u8>, day: Option<u8>, weekday: Option<u8>) -> DateExpr {
    DateExpr::new(DateBase::Calendar {
        year,
        month,
        day,
        weekday,
    })
}

/// The words before "the" that make an ordinal day alone a date ("on
/// the 16th", "by the 1st", "until the 30th").
const BARE_DAY_BEFORE: [&str; 9] = [
    "on", "by", "until", "till", "before", "after", "since", "from", "through",
];

/// The words an ordinal day alone may stand before and still be a date:
/// words that begin a clause or a phrase, not a noun it would count ("on
/// the 16th in the South Pacific", not "on the 16th floor").
const BARE_DAY_AFTER: [&str; 14] = [
    "and",
    "or",
    "but",
    "at",
    "when",
    "after",
    "before",
    "as",
    "with",
    "in",
    "to",
    "until",
    "while",
    "following",
];

/// An ordinal day of the month alone, after a preposition and "the": "on
/// the 16th", "by the 1st." The month is the narrative's, which only the
/// claims can read ([`crate::claims`]); alone it is the day of that number
/// nearest the article, as a calendar assistant reads it. `at` is the
/// digit's byte in `text`; the answer is the span from "the" and the
/// date. Not a date: an ordinal before a noun ("the 16th floor", "the
/// 16th century"), after another word ("for the 16th time"), or a number
/// of a name ("the 16th of April" is a full date, read before this).
pub(crate) fn bare_day(text: &str, at: usize) -> Option<(std::ops::Range<usize>, Expr)> {
    // "the " right before, read first: most numbers have none
    let b = text.as_bytes();
    let the_start = at.checked_sub(4)?;
    if !b[at].is_ascii_digit()
        || b[at - 1] != b' '
        || !b[the_start..at - 1].eq_ignore_ascii_case(b"the")
        || the_start > 0 && b[the_start - 1].is_ascii_alphanumeric()
    {
        return None;
    }
    let rest = &text[at..];
    let (r, d) = day(rest).ok()?;
    // an ordinal: the day read its suffix
    if !rest[..rest.len() - r.len()].ends_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let prep = text[..the_start].strip_suffix(' ')?;
    let word_start = prep
        .char_indices()
        .rfind(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let w = &prep[word_start..];
    if !BARE_DAY_BEFORE.iter().any(|x| w.eq_ignore_ascii_case(x)) {
        return None;
    }
    let ends = match r.chars().next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(' ' | '\n') => {
            let next = r.trim_start_matches([' ', '\n']);
            // a word of those, or no word at all ("on the 16th — a")
            match word(next) {
                Ok((_, w)) => BARE_DAY_AFTER.contains(&w),
                Err(_) => !next.starts_with(char::is_alphanumeric),
            }
        }
        Some(c) => matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | ')'
                | '!'
                | '?'
                | '"'
                | '\''
                | '\u{2019}'
                | '\u{201d}'
                | '\u{2014}'
                | '\u{2013}'
        ),
    };
    ends.then(|| {
        (
            the_start..at + rest.len() - r.len(),
            Expr::Date(cal(YearRef::Implied, None, Some(d), None)),
        )
    })
}

/// Whether a date names a single day, so that a time of day can follow it.
fn is_day(e: &DateExpr) -> bool {
    e.part.is_none()
        && match e.base {
            DateBase::Calendar { day, .. } => day.is_some(),
            DateBase::Weekday { .. } | DateBase::WeekdayOfWeek { .. } => true,
            DateBase::Relative { unit, .. } => unit == Unit::Day,
            _ => false,
        }
}

/// A part of the day after a day: "Friday morning", "yesterday afternoon",
/// "Tuesday night".
fn with_time_after(r: &str, e: Expr) -> (&str, Expr) {
    if let Expr::Date(mut d) = e
        && d.time.is_none()
        && is_day(&d)
        && let Ok((j, t)) = sp(r).and_then(|(j, _)| day_part(j))
    {
        d.time = Some(t);
        return (j, Expr::Date(d));
    }
    (r, e)
}

/// "morning", "afternoon", "evening", "night".
fn day_part(i: &str) -> Res<'_, TimeOfDay> {
    let (r, k) = kw_of(&["morning", "afternoon", "evening", "night"])(i)?;
    Ok((
        r,
        [
            TimeOfDay::Morning,
            TimeOfDay::Afternoon,
            TimeOfDay::Evening,
            TimeOfDay::Night,
        ][k],
    ))
}

/// "this morning", "tonight", "last night", "this afternoon".
fn day_time(i: &str) -> Res<'_, Expr> {
    let day = |offset, t| {
        let mut d = DateExpr::new(DateBase::Relative {
            offset,
            unit: Unit::Day,
        });
        d.time = Some(t);
        Expr::Date(d)
    };
    if let Ok((r, _)) = kw("tonight")(i) {
        return Ok((r, day(0, TimeOfDay::Night)));
    }
    let (r, k) = kw_of(&["this", "last"])(i)?;
    let (r, _) = sp(r)?;
    let (r, t) = day_part(r)?;
    if k == 1 && t != TimeOfDay::Night {
        return fail(i);
    }
    Ok((r, day(-(k as i32), t)))
}

/// A clock time: "10:35 a.m.", "10 p.m.", "noon", "midnight"; 24-hour.
fn clock(i: &str) -> Res<'_, TimeOfDay> {
    if let Ok((r, k)) = kw_of(&["noon", "midnight", "midday"])(i) {
        let hour = [12, 24, 12][k];
        return Ok((r, TimeOfDay::Clock { hour, minute: 0 }));
    }
    let (r, (h, hn)) = digits(i)?;
    if hn > 2 || h > 23 {
        return fail(i);
    }
    if let Ok((r, minute)) = clock_24(r) {
        return Ok((
            r,
            TimeOfDay::Clock {
                hour: h as u8,
                minute,
            },
        ));
    }
    if !(1..=12).contains(&h) {
        return fail(i);
    }
    // ("5.40pm", "6.30 a.m.": a full stop as British style writes it, only
    // before the mark that follows anyway)
    let (r, minute) = match r.strip_prefix(':').or_else(|| r.strip_prefix('.')) {
        Some(j) => {
            let (j, (m, mn)) = digits(j)?;
            if mn != 2 || m > 59 {
                return fail(i);
            }
            (j, m as u8)
        }
        None => (r, 0),
    };
    let r = osp(r);
    // "a.m.", "p.m", "PM": whether the text at `r` is one of `marks`, in
    // any case, and which (compared in place, not copied)
    let mark = |k: usize, marks: [&str; 2]| {
        let m = r.get(..k)?;
        marks
            .iter()
            .position(|x| m.eq_ignore_ascii_case(x))
            .map(|p| p == 1)
    };
    let (r, pm) = if let Some(pm) = mark(4, ["a.m.", "p.m."]) {
        (&r[4..], pm)
    } else if let Some(pm) = mark(3, ["a.m", "p.m"]) {
        (&r[3..], pm)
    } else if let Some(pm) = mark(2, ["am", "pm"])
        && at_boundary(&r[2..])
    {
        (&r[2..], pm)
    } else {
        return fail(i);
    };
    let hour = match (h as u8, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, false) => h,
        (h, true) => h + 12,
    };
    Ok((r, TimeOfDay::Clock { hour, minute }))
}

/// Time zones written after a 24-hour clock time ("15:00 GMT", "22:00
/// BST"): the zone is what says that "15:00" is a time of day, not a score
/// or a ratio.
const ZONES: [&str; 24] = [
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "IST", "JST", "HKT", "SGT",
    "AEST", "AEDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET",
];

/// The minutes and time zone of a 24-hour clock time, after its hour:
/// ":00 GMT" of "15:00 GMT". Without a zone the hour and minutes may be a
/// score, a ratio or a race time ("finished in 3:07"), and are not read.
fn clock_24(i: &str) -> Res<'_, u8> {
    let Some(j) = i.strip_prefix(':') else {
        return fail(i);
    };
    let (j, (m, mn)) = digits(j)?;
    // "3:07:35" is a duration, "3:07.5" a race time
    if mn != 2
        || m > 59
        || (j.starts_with([':', '.']) && j[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i);
    }
    let (j, _) = sp(j)?;
    let (j, z) = word(j)?;
    if !ZONES.contains(&z) {
        return fail(i);
    }
    Ok((j, m as u8))
}

/// Words of approximation that may stand before a clock time.
const APPROXIMATELY: [&str; 4] = ["about", "around", "approximately", "roughly"];

/// A clock time and the day it is on: "10 p.m. Wednesday", "noon
/// Saturday", "5 p.m. EST Nov. 9"; alone ("at 10:35 a.m.") it is on the day
/// the text speaks of.
fn clock_date<'a>(i: &'a str) -> Res<'a, Expr> {
    // "about 2 a.m.", "around 7:15 p.m.": an approximate time is a time,
    // which TimeML tags with its modifier (a count would otherwise read
    // "about 2")
    let i = match (kw_of(&APPROXIMATELY), sp).parse(i) {
        Ok((j, _)) if j.starts_with(|c: char| c.is_ascii_digit()) => j,
        Ok(_) => return fail(i),
        Err(_) => i,
    };
    let (r, t) = clock(i)?;
    let zone = |j: &'a str| -> Res<'a, ()> {
        let (j, _) = sp(j)?;
        let (j, z) = word(j)?;
        if z.len() == 3 && z.bytes().all(|b| b.is_ascii_uppercase()) && z.ends_with('T') {
            Ok((j, ()))
        } else {
            fail(j)
        }
    };
    let r = zone(r).map_or(r, |(j, _)| j);
    let day = |j: &'a str| -> Res<'a, Expr> {
        let j = j.strip_prefix(',').unwrap_or(j);
        let (j, _) = sp(j)?;
        alt((full_date, bare_weekday, deictic)).parse(j)
    };
    if let Ok((r2, Expr::Date(mut d))) = day(r) {
        d.time = Some(t);
        return Ok((r2, Expr::Date(d)));
    }
    // "High Noon": only a clock time stands alone
    if !i.starts_with(|c: char| c.is_ascii_digit()) && kw("midday")(i).is_err() {
        return fail(i);
    }
    let mut d = DateExpr::new(DateBase::Shifted {
        n: 0,
        unit: Unit::Day,
    });
    d.time = Some(t);
    Ok((r, Expr::Date(d)))
}

/// "2024-04-22", optionally followed by a time ("03:16:42"), which is read
/// past but not kept.
fn iso_date(i: &str) -> Res<'_, Expr> {
    let (r, (y, n)) = digits(i)?;
    if n != 4 {
        return fail(i);
    }
    fn two(j: &str) -> Res<'_, u8> {
        let (r, (v, n)) = digits(j)?;
        if n != 2 { fail(j) } else { Ok((r, v as u8)) }
    }
    let (r, _) = nom::character::complete::char('-')(r)?;
    let (r, m) = two(r)?;
    let (r, _) = nom::character::complete::char('-')(r)?;
    let (r, d) = two(r)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !at_boundary(r) {
        return fail(i);
    }
    let r = skip_time(r);
    Ok((
        r,
        Expr::Date(cal(YearRef::Explicit(y as i32), Some(m), Some(d), None)),
    ))
}

/// Skips " 03:16:42", " - 10:03", "T10:03Z" after a date.
fn skip_time(i: &str) -> &str {
    fn time(j: &str) -> Res<'_, ()> {
        let j = match dash(j) {
            Ok((j, ())) => j,
            Err(_) => match j.strip_prefix('T') {
                Some(r) => r,
                None => sp(j)?.0,
            },
        };
        let (j, (h, hn)) = digits(j)?;
        let j = j
            .strip_prefix(':')
            .ok_or(nom::Err::Error(nom::error::Error::new(
                j,
                nom::error::ErrorKind::Char,
            )))?;
        let (mut j, (mi, mn)) = digits(j)?;
        if hn > 2 || mn != 2 || h > 24 || mi > 59 {
            return fail(j);
        }
        if let Some(s) = j.strip_prefix(':')
            && let Ok((s, (_, 2))) = digits(s)
        {
            j = s;
        }
        Ok((j, ()))
    }
    match time(i) {
        Ok((r, ())) => r,
        Err(_) => i,
    }
}

/// A year after a day or month: ", 2024", " 2024".
fn year_after(i: &str) -> Res<'_, i32> {
    let j = i.strip_prefix(',').unwrap_or(i);
    let (j, _) = sp(j)?;
    year4(j).or_else(|_| spoken_year_number(j))
}

/// An optional weekday before a date: "Wednesday, ", "Tue ".
fn weekday_prefix(i: &str) -> Res<'_, Option<u8>> {
    fn p(j: &str) -> Res<'_, u8> {
        let (j, w) = weekday(j)?;
        let j = j.strip_prefix(',').unwrap_or(j);
        let (j, _) = sp(j)?;
        Ok((j, w))
    }
    opt(p).parse(i)
}

/// A date as it is said: an ordinal in words, "of" and a month, and maybe
/// its year ("twenty-second of October, nineteen ninety-eight", "eighth of
/// May"). Only before "of" is an ordinal a day ("the eighth May Day
/// parade" is none).
fn spoken_date(i: &str) -> Res<'_, Expr> {
    let (r, d) = ordinal_words(i)?;
    let (r, _) = (sp, kw("of"), sp).parse(r)?;
    let (r, m) = month(r)?;
    let (r, y) = opt(year_after).parse(r)?;
    let year = y.map_or(YearRef::Implied, YearRef::Explicit);
    let r = if y.is_some() { skip_time(r) } else { r };
    Ok((r, Expr::Date(cal(year, Some(m), Some(d), None))))
}

remembered! {
    /// "17 April 2024", "Wednesday, 17 April 2024", "28 September", "17th of
    /// April", "April 18, 2024", "April 22nd", "Tuesday, April 17, 2024".
    fn full_date -> Expr = read_full_date;
}

fn read_full_date(i: &str) -> Res<'_, Expr> {
    let (r, wd) = weekday_prefix(i)?;
    fn dmy(j: &str) -> Res<'_, (u8, u8)> {
        let (j, d) = day(j)?;
        let (j, _) = sp(j)?;
        let j = match (kw("of"), sp).parse(j) {
            Ok((j, _)) => j,
            Err(_) => j,
        };
        let (j, m) = month(j)?;
        Ok((j, (d, m)))
    }
    fn mdy(j: &str) -> Res<'_, (u8, u8)> {
        let (j, m) = month(j)?;
        // "October the twenty-second", "October the 22nd"
        if let Ok((k, _)) = (sp, kw("the"), sp).parse(j)
            && let Ok((k, d)) = ordinal_day(k).or_else(|_| ordinal_words(k))
        {
            return Ok((k, (d, m)));
        }
        // "Oct-2", "Jan/1": the day joined on
        let j = match j.strip_prefix(['-', '/']) {
            Some(k) if k.starts_with(|c: char| c.is_ascii_digit()) => k,
            _ => sp(j)?.0,
        };
        let (j, d) = day(j)?;
        // "April 2024" is month-year, not day 20
        Ok((j, (d, m)))
    }
    if let Some(wd) = wd
        && let Ok((j, _)) = (kw("the"), sp).parse(r)
    {
        // "Saturday the first of February, two thousand and three"
        if let Ok((k, d)) = ordinal_day(j).or_else(|_| ordinal_words(j))
            && let Ok((k, (_, _, _, m))) = (sp, kw("of"), sp, month).parse(k)
        {
            let (k, y) = opt(year_after).parse(k)?;
            let year = y.map_or(YearRef::Implied, YearRef::Explicit);
            let k = if y.is_some() { skip_time(k) } else { k };
            return Ok((k, Expr::Date(cal(year, Some(m), Some(d), Some(wd)))));
        }
        // "Friday the 13th": a weekday and an ordinal day, the month not
        // said
        if let Ok((k, d)) = ordinal_day(j).or_else(|_| word_day(j)) {
            return Ok((
                k,
                Expr::Date(cal(YearRef::Implied, None, Some(d), Some(wd))),
            ));
        }
    }
    let (r, (d, m)) = alt((dmy, mdy)).parse(r)?;
    let (r, y) = opt(year_after).parse(r)?;
    // "1 February last year", "5 March this year", as "June last year"
    if y.is_none()
        && let Ok((j, (_, k, _, _))) =
            (sp, kw_of(&["last", "this", "next"]), sp, kw("year")).parse(r)
    {
        let year = YearRef::Offset([-1, 0, 1][k]);
        return Ok((j, Expr::Date(cal(year, Some(m), Some(d), wd))));
    }
    let year = y.map_or(YearRef::Implied, YearRef::Explicit);
    let r = if y.is_some() { skip_time(r) } else { r };
    Ok((r, Expr::Date(cal(year, Some(m), Some(d), wd))))
}

/// "of this month", "next month": the month so many from the article's.
fn relative_month(i: &str) -> Res<'_, i32> {
    let i = match (kw("of"), sp).parse(i) {
        Ok((j, _)) => j,
        Err(_) => i,
    };
    let (r, k) = kw_of(&["this", "next", "last", "previous", "coming", "current"])(i)?;
    let (r, _) = (sp, kw("month")).parse(r)?;
    Ok((r, [0, 1, -1, -1, 1, 0][k]))
}

/// An ordinal in words, 1 to 31: "fifteenth", "twenty-first", "twenty
/// first" (the tens and the unit joined by a hyphen or a space).
fn ordinal_words(i: &str) -> Res<'_, u8> {
    let ordinal = |w: &str| ORDINALS.iter().position(|o| o.eq_ignore_ascii_case(w));
    let (r, w) = word(i)?;
    if let Some(tens) = ["twenty", "thirty"]
        .iter()
        .position(|t| t.eq_ignore_ascii_case(w))
        .map(|k| 20 + 10 * k as u8)
        && let Ok((j, _)) = alt((hyphen, |j| sp(j).map(|(j, _)| (j, ())))).parse(r)
        && let Ok((j, w2)) = word(j)
        && let Some(k @ 0..9) = ordinal(w2)
        && tens + (k as u8) < 31
    {
        return Ok((j, tens + k as u8 + 1));
    }
    match ordinal(w) {
        Some(k) => Ok((r, k as u8 + 1)),
        None => fail(i),
    }
}

/// A day of the month in words after "Friday the": "twenty first",
/// "twenty-second", "fifteenth", "fifteen" (from 10 on: "Friday the first"
/// may be the first of anything).
fn word_day(i: &str) -> Res<'_, u8> {
    if let Ok((r, d @ 10..)) = ordinal_words(i) {
        return Ok((r, d));
    }
    match number_words(i) {
        Ok((j, (v, _))) if v.fract() == 0.0 && (10.0..=31.0).contains(&v) => Ok((j, v as u8)),
        _ => fail(i),
    }
}

/// A day of the month written as an ordinal: "20th", "3rd" (not "20").
fn ordinal_day(i: &str) -> Res<'_, u8> {
    let (r, d) = day(i)?;
    if i[..i.len() - r.len()].ends_with(|c: char| c.is_ascii_alphabetic()) {
        Ok((r, d))
    } else {
        fail(i)
    }
}

/// The forms an optional "the" begins, told apart by the word after it (so
/// that "the", the commonest word, costs one look): [`day_of_month`],
/// [`rest_of`], [`year_to_date`], [`nth_weekday`].
fn after_the(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return day_of_month(i);
    }
    let (_, w) = word(r)?;
    if w.eq_ignore_ascii_case("rest") {
        rest_of(i)
    } else if w.eq_ignore_ascii_case("year") {
        year_to_date(i)
    } else {
        nth_weekday(i)
    }
}

/// "the 20th of next month", "31st of this month", "the 20th next month".
fn day_of_month(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    let (r, day) = ordinal_day(r)?;
    let (r, _) = sp(r)?;
    let (r, offset) = relative_month(r)?;
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::MonthDay { offset, day })),
    ))
}

/// "4 to 22 this month", "4 till 23 of next month", "4-6 next month": two
/// days of a month said relative to the article's; `and` joins them after
/// "between".
fn days_of_relative_month(i: &str, and: bool) -> Res<'_, Expr> {
    let (r, d1) = day(i)?;
    let (r, _) = if and {
        (sp, kw("and"), sp).parse(r).map(|(r, _)| (r, ()))?
    } else {
        alt((dash, |j| {
            (sp, kw_of(&["to", "till", "until", "through", "thru"]), sp)
                .parse(j)
                .map(|(j, _)| (j, ()))
        }))
        .parse(r)?
    };
    let (r, d2) = day(r)?;
    let (r, _) = sp(r)?;
    let (r, offset) = relative_month(r)?;
    if d2 <= d1 {
        return fail(i);
    }
    let e = |day| DateExpr::new(DateBase::MonthDay { offset, day });
    Ok((r, Expr::Range(e(d1), e(d2))))
}

/// "the first Friday of next month", "the second Sunday in May", "the last
/// Thursday of November 2016", "third Tuesday" (of the article's month;
/// not "the third Tuesday", which may count from anything, nor "last
/// Friday").
fn nth_weekday(i: &str) -> Res<'_, Expr> {
    let (r, the) = opt_the(i);
    let (r, k) = kw_of(&["first", "second", "third", "fourth", "fifth", "last"])(r)?;
    let n = [1, 2, 3, 4, 5, -1][k];
    let (r, (_, weekday)) = (sp, weekday).parse(r)?;
    let e = |r, year, month, offset| {
        Ok((
            r,
            Expr::Date(DateExpr::new(DateBase::NthWeekday {
                n,
                weekday,
                year,
                month,
                offset,
                from: 1,
            })),
        ))
    };
    if let Ok((j, _)) = (sp, kw_of(&["of", "in"]), sp).parse(r) {
        if let Ok((j, offset)) = relative_month(j) {
            return e(j, YearRef::Implied, None, offset);
        }
        if let Ok((j, _)) = (kw("the"), sp, kw("month")).parse(j) {
            return e(j, YearRef::Implied, None, 0);
        }
        if let Ok((j, d)) = month_year_expr(j)
            && let DateBase::Calendar {
                year,
                month: Some(m),
                ..
            } = d.base
        {
            return e(j, year, Some(m), 0);
        }
        if let Ok((j, m)) = month(j) {
            return e(j, YearRef::Implied, Some(m), 0);
        }
    }
    if the || n < 0 {
        return fail(i);
    }
    e(r, YearRef::Implied, None, 0)
}

/// How a holiday's date is found.
#[derive(Clone, Copy)]
enum HolidayDate {
    /// A fixed month and day.
    Fixed(u8, u8),
    /// The `n`th weekday (0 for Monday; -1 for the last) of a month,
    /// counted from a day of it.
    Nth {
        n: i8,
        weekday: u8,
        month: u8,
        from: u8,
    },
    /// Easter Sunday, or the week it ends.
    Easter { week: bool },
}

/// A holiday's name: its first word (capitalised, as a name is), whether
/// a possessive "'s" follows it, the words that may end it ("Day", "Eve"),
/// whether one of them must, and the date each gives.
type Holiday = (
    &'static str,
    bool,
    &'static [(&'static str, HolidayDate)],
    bool,
    HolidayDate,
);

const fn nth(n: i8, weekday: u8, month: u8, from: u8) -> HolidayDate {
    HolidayDate::Nth {
        n,
        weekday,
        month,
        from,
    }
}

/// US holidays with a fixed date or a rule, and Easter. Not "Independence
/// Day" (also a film) nor "New Year's" alone (also the season).
static HOLIDAYS: [Holiday; 13] = [
    (
        "easter",
        false,
        &[
            ("sunday", HolidayDate::Easter { week: false }),
            ("day", HolidayDate::Easter { week: false }),
            ("week", HolidayDate::Easter { week: true }),
        ],
        false,
        HolidayDate::Easter { week: false },
    ),
    (
        "thanksgiving",
        false,
        &[("day", nth(4, 3, 11, 1))],
        false,
        nth(4, 3, 11, 1),
    ),
    (
        "christmas",
        false,
        &[
            ("day", HolidayDate::Fixed(12, 25)),
            ("eve", HolidayDate::Fixed(12, 24)),
        ],
        false,
        HolidayDate::Fixed(12, 25),
    ),
    ("halloween", false, &[], false, HolidayDate::Fixed(10, 31)),
    (
        "new",
        false,
        &[
            ("day", HolidayDate::Fixed(1, 1)),
            ("eve", HolidayDate::Fixed(12, 31)),
        ],
        true,
        HolidayDate::Fixed(1, 1),
    ),
    (
        "valentine",
        true,
        &[("day", HolidayDate::Fixed(2, 14))],
        true,
        HolidayDate::Fixed(2, 14),
    ),
    (
        "labor",
        false,
        &[("day", nth(1, 0, 9, 1))],
        true,
        nth(1, 0, 9, 1),
    ),
    (
        "memorial",
        false,
        &[("day", nth(-1, 0, 5, 1))],
        true,
        nth(-1, 0, 5, 1),
    ),
    // the Tuesday after the first Monday of November
    (
        "election",
        false,
        &[("day", nth(1, 1, 11, 2))],
        true,
        nth(1, 1, 11, 2),
    ),
    (
        "veterans",
        false,
        &[("day", HolidayDate::Fixed(11, 11))],
        true,
        HolidayDate::Fixed(11, 11),
    ),
    (
        "mother",
        true,
        &[("day", nth(2, 6, 5, 1))],
        true,
        nth(2, 6, 5, 1),
    ),
    (
        "father",
        true,
        &[("day", nth(3, 6, 6, 1))],
        true,
        nth(3, 6, 6, 1),
    ),
    (
        "boxing",
        false,
        &[("day", HolidayDate::Fixed(12, 26))],
        true,
        HolidayDate::Fixed(12, 26),
    ),
];

/// The first words [`holiday`] can begin with.
fn is_holiday_word(w: &str) -> bool {
    is(w, &["last", "next", "this"]) || HOLIDAYS.iter().any(|h| h.0 == w)
}

/// Words after a bare one-word holiday name ("on Christmas and", "at
/// Thanksgiving when") that it does not qualify as a noun would
/// ("Christmas tree", "Thanksgiving dinner").
const AFTER_BARE_HOLIDAY: [&str; 24] = [
    "and", "or", "but", "when", "while", "as", "in", "on", "at", "to", "for", "with", "after",
    "before", "since", "until", "is", "was", "will", "he", "she", "they", "we", "it",
];

/// "Thanksgiving Day", "Christmas", "New Year's Eve", "Labor Day", "last
/// Thanksgiving", "Christmas 1998": a holiday, the date it falls on in the
/// year the tense (or "last", "next", "this", or a year after it) gives.
fn holiday(i: &str) -> Res<'_, Expr> {
    let (r, said) = match kw_of(&["last", "next", "this"])(i) {
        Ok((j, k)) => (
            sp(j)?.0,
            Some([YearRef::Previous, YearRef::Following, YearRef::Offset(0)][k]),
        ),
        Err(_) => (i, None),
    };
    if !r.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    let (mut r, w) = word(r)?;
    let Some(&(_, poss, ends, must_end, bare)) =
        HOLIDAYS.iter().find(|h| w.eq_ignore_ascii_case(h.0))
    else {
        return fail(i);
    };
    if w.eq_ignore_ascii_case("new") {
        r = (sp, kw("year")).parse(r)?.0;
    }
    if poss || w.eq_ignore_ascii_case("new") {
        // "Valentine's", "New Year's"
        r = r
            .strip_prefix("'s")
            .or_else(|| r.strip_prefix("\u{2019}s"))
            .unwrap_or(r);
    }
    let mut date = bare;
    let mut ended = false;
    if let Ok((j, _)) = sp(r)
        && let Ok((j, e)) = word(j)
        && let Some(&(_, d)) = ends.iter().find(|(end, _)| e.eq_ignore_ascii_case(end))
    {
        r = j;
        date = d;
        ended = true;
    }
    if must_end && !ended {
        return fail(i);
    }
    let mut year = said.unwrap_or(YearRef::Implied);
    if let Ok((j, y)) = sp(r).and_then(|(j, _)| year4(j))
        && said.is_none()
    {
        r = j;
        year = YearRef::Explicit(y);
    } else if !ended
        && said.is_none()
        && let Ok((_, next)) = sp(r).and_then(|(j, _)| word(j))
        && !AFTER_BARE_HOLIDAY
            .iter()
            .any(|a| next.eq_ignore_ascii_case(a))
    {
        return fail(i);
    }
    let base = match date {
        HolidayDate::Fixed(month, day) => DateBase::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            weekday: None,
        },
        HolidayDate::Nth {
            n,
            weekday,
            month,
            from,
        } => DateBase::NthWeekday {
            n,
            weekday,
            year,
            month: Some(month),
            offset: 0,
            from,
        },
        HolidayDate::Easter { week } => DateBase::Easter { year, week },
    };
    Ok((r, Expr::Date(DateExpr::new(base))))
}

/// "the year to date", "year-to-date": from the first of January to the
/// article's day.
fn year_to_date(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    let (r, _) = (kw("year"), alt((hyphen, |j| sp(j).map(|(j, _)| (j, ()))))).parse(r)?;
    let (r, _) = (
        kw("to"),
        alt((hyphen, |j| sp(j).map(|(j, _)| (j, ())))),
        kw("date"),
    )
        .parse(r)?;
    let start = cal(YearRef::Offset(0), Some(1), Some(1), None);
    let today = DateExpr::new(DateBase::Relative {
        offset: 0,
        unit: Unit::Day,
    });
    Ok((r, Expr::Range(start, today)))
}

/// "the rest of the week", "rest of this month", "the rest of the year":
/// from the article's day to the end of its week, month or year.
fn rest_of(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    let (r, _) = kw("rest")(r)?;
    let (r, _) = sp(r)?;
    let r = match (kw("of"), sp).parse(r) {
        Ok((j, _)) => j,
        Err(_) => r,
    };
    let r = match (kw_of(&["the", "this", "my", "current"]), sp).parse(r) {
        Ok((j, _)) => j,
        Err(_) => r,
    };
    let (r, k) = kw_of(&["week", "month", "year"])(r)?;
    let end = match k {
        0 => DateBase::WeekdayOfWeek {
            weekday: 6,
            week: 0,
        },
        1 => DateBase::MonthDay { offset: 0, day: 0 },
        _ => DateBase::Calendar {
            year: YearRef::Offset(0),
            month: Some(12),
            day: Some(31),
            weekday: None,
        },
    };
    let today = DateExpr::new(DateBase::Relative {
        offset: 0,
        unit: Unit::Day,
    });
    Ok((r, Expr::Range(today, DateExpr::new(end))))
}

/// "19–20 September", "19-20 September 2023", "19 to 20 September".
fn day_range(i: &str) -> Res<'_, Expr> {
    if let Ok(ok) = days_of_relative_month(i, false) {
        return Ok(ok);
    }
    let (r, d1) = day(i)?;
    let (r, _) = alt((dash, |j| (sp, kw("to"), sp).parse(j).map(|(j, _)| (j, ())))).parse(r)?;
    let (r, d2) = day(r)?;
    let (r, _) = sp(r)?;
    let (r, m) = month(r)?;
    let (r, y) = opt(year_after).parse(r)?;
    if d2 <= d1 {
        return fail(i);
    }
    let year = y.map_or(YearRef::Implied, YearRef::Explicit);
    Ok((
        r,
        Expr::Range(
            cal(year, Some(m), Some(d1), None),
            cal(year, Some(m), Some(d2), None),
        ),
    ))
}

/// "September 19–20, 2023", "September 19-20", "November 19 to 20".
fn month_day_range(i: &str) -> Res<'_, Expr> {
    let (r, m) = month(i)?;
    let (r, _) = sp(r)?;
    // "November between 19 and 20"
    let (r, between) = match (kw("between"), sp).parse(r) {
        Ok((j, _)) => (j, true),
        Err(_) => (r, false),
    };
    let (r, d1) = day(r)?;
    let (r, _) = if between {
        (sp, kw("and"), sp).parse(r).map(|(j, _)| (j, ()))?
    } else {
        alt((dash, |j| {
            (sp, kw_of(&["to", "through", "until", "till"]), sp)
                .parse(j)
                .map(|(j, _)| (j, ()))
        }))
        .parse(r)?
    };
    let (r, d2) = day(r)?;
    let (r, y) = opt(year_after).parse(r)?;
    if d2 <= d1 {
        return fail(i);
    }
    let year = y.map_or(YearRef::Implied, YearRef::Explicit);
    Ok((
        r,
        Expr::Range(
            cal(year, Some(m), Some(d1), None),
            cal(year, Some(m), Some(d2), None),
        ),
    ))
}

/// Two days of named months joined by a dash: "17 April – 12 June 2024",
/// "27 Sept–10 Nov 2020", "April 17 - June 12, 2024" (a first end without
/// its year takes the second's, as "from 17 April to 12 June 2024" does).
fn cross_month_range(i: &str) -> Res<'_, Expr> {
    let day_of_month = |d: &DateExpr| {
        matches!(
            d.base,
            DateBase::Calendar {
                month: Some(_),
                day: Some(_),
                ..
            }
        )
    };
    // (at a number, only a day of the month can begin one: not a year, a
    // count or a time, "2020", "2,000", "10:30")
    let b = i.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 2 || matches!(b.get(digits), Some(b',' | b'.' | b':' | b'%' | b'/' | b'-')) {
        return fail(i);
    }
    // (and no dash near: a hyphen, or the first byte of an en or em dash
    // or a minus, within the longest first end, "September 27, 2020 – ")
    if memchr::memchr2(b'-', 0xe2, &b[..b.len().min(28)]).is_none() {
        return fail(i);
    }
    let (r, a) = range_end_date(i)?;
    if !day_of_month(&a) {
        return fail(i);
    }
    let (r, ()) = dash(r)?;
    let (r, b) = range_end_date(r)?;
    if !day_of_month(&b) {
        return fail(i);
    }
    Ok((r, Expr::Range(a, b)))
}

/// "2020–23", "2020-2023", "2023-2024" (the second year after the first).
fn year_range(i: &str) -> Res<'_, Expr> {
    let (r, y1) = year4(i)?;
    let (r, _) = dash(r)?;
    let (r, (v, n)) = int(r)?;
    let y2 = match n {
        2 => (y1 / 100) * 100 + v as i32,
        4 => v as i32,
        _ => return fail(i),
    };
    if y2 <= y1 || y2 - y1 > 100 {
        return fail(i);
    }
    let e = |y| cal(YearRef::Explicit(y), None, None, None);
    Ok((r, Expr::Range(e(y1), e(y2))))
}

/// "between 2020 and 2023", "from 2020 to 2023", "between 2020–23".
fn between_years(i: &str) -> Res<'_, Expr> {
    let (r, k) = kw_of(&["between", "from"])(i)?;
    let (r, _) = sp(r)?;
    if let Ok(ok) = year_range(r) {
        return Ok(ok);
    }
    let (r, y1) = year4(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = kw(["and", "to"][k])(r)?;
    let (r, _) = sp(r)?;
    let (r, y2) = year4(r)?;
    if y2 <= y1 {
        return fail(i);
    }
    let e = |y| cal(YearRef::Explicit(y), None, None, None);
    Ok((r, Expr::Range(e(y1), e(y2))))
}

/// One end of a range of dates: "Oct. 2", "March 2019", "2015", "May",
/// "today", "Friday", "next Sunday".
pub fn range_end_date(i: &str) -> Res<'_, DateExpr> {
    // "between now and November 15": the present, which a range resolves
    // as the article's day
    if let Ok((r, _)) = kw("now")(i) {
        return Ok((r, DateExpr::new(DateBase::Ref(RefTime::Present))));
    }
    match alt((
        full_date,
        month_year,
        year_month,
        relative,
        deictic,
        bare_weekday,
        bare_month,
        bare_year,
    ))
    .parse(i)?
    {
        (r, Expr::Date(d)) if d.part.is_none() && d.time.is_none() => Ok((r, d)),
        _ => fail(i),
    }
}

/// Dates from one to another: "from Oct. 2 to October 22", "between
/// January 1st and April 5th", "from Feb 1st to March 2019", "between 2015
/// and Feb 2018", "from today till tomorrow", "from Monday to Friday",
/// "between 4 and 22 January", "from 02 to April 07". The first end may be
/// a day of the month the second names.
fn date_range(i: &str) -> Res<'_, Expr> {
    let (r, k) = kw_of(&["between", "from"])(i)?;
    let (r, _) = sp(r)?;
    if k == 0
        && let Ok(ok) = days_of_relative_month(r, true)
    {
        return Ok(ok);
    }
    if let Ok(ok) = alt((day_range, month_day_range)).parse(r) {
        return Ok(ok);
    }
    let to = |j| -> Res<'_, ()> {
        let (j, _) = sp(j)?;
        let j = if k == 0 {
            kw("and")(j)?.0
        } else {
            kw_of(&["to", "until", "till", "through", "thru"])(j)?.0
        };
        let (j, _) = sp(j)?;
        Ok((j, ()))
    };
    // "from 4 to 22 January": a day, then a date with its month
    if let Ok((j, d1)) = day(r)
        && let Ok((j, ())) = to(j)
        && let Ok((j, b)) = range_end_date(j)
        && let DateBase::Calendar {
            year,
            month: Some(m),
            day: Some(d2),
            ..
        } = b.base
        && d1 < d2
    {
        return Ok((j, Expr::Range(cal(year, Some(m), Some(d1), None), b)));
    }
    let (r, a) = range_end_date(r)?;
    let (r, ()) = to(r)?;
    let (r, b) = range_end_date(r)?;
    Ok((r, Expr::Range(a, b)))
}

/// Days of one week: "this week between Wednesday and Friday", "next week
/// from Tue to Thurs".
fn week_range(i: &str) -> Res<'_, Expr> {
    let (r, k) = kw_of(&["this", "next", "last"])(i)?;
    let week = [0, 1, -1][k];
    let (r, _) = (sp, kw("week"), sp).parse(r)?;
    let (r, k) = kw_of(&["between", "from"])(r)?;
    let (r, (_, a, _)) = (sp, weekday, sp).parse(r)?;
    let (r, _) = if k == 0 {
        kw("and")(r)?
    } else {
        kw_of(&["to", "until", "till", "through", "thru"])(r).map(|(r, _)| (r, ""))?
    };
    let (r, (_, b)) = (sp, weekday).parse(r)?;
    let e = |weekday| DateExpr::new(DateBase::WeekdayOfWeek { weekday, week });
    Ok((r, Expr::Range(e(a), e(b))))
}

/// Dates to another without "from": "Friday through Sunday", "today till
/// tomorrow", "this Friday until next Sunday", "Oct. 2 to October 22". A
/// bare "to" joins only two days of the month, or two months with their
/// years ("December 2022 to September 2023"): "moved the vote to May" is
/// not a range.
fn bare_range(i: &str) -> Res<'_, Expr> {
    let (r, a) = range_end_date(i)?;
    let (r, _) = sp(r)?;
    let (r, k) = kw_of(&["through", "thru", "till", "until", "to"])(r)?;
    let (r, _) = sp(r)?;
    let (r, b) = range_end_date(r)?;
    let has_day = |d: &DateExpr| {
        matches!(
            d.base,
            DateBase::Calendar { day: Some(_), .. }
                | DateBase::Relative {
                    unit: Unit::Day,
                    ..
                }
        )
    };
    // (or two months with their years: "December 2022 to September 2023",
    // as a table cell gives a span)
    let month_of_year = |d: &DateExpr| {
        matches!(
            d.base,
            DateBase::Calendar {
                year: YearRef::Explicit(_),
                month: Some(_),
                day: None,
                ..
            }
        ) && d.part.is_none()
    };
    if k == 4 && !(has_day(&a) && has_day(&b)) && !(month_of_year(&a) && month_of_year(&b)) {
        return fail(i);
    }
    // "2014 through 2018": years, in order
    let year = |d: &DateExpr| match d.base {
        DateBase::Calendar {
            year: YearRef::Explicit(y),
            month: None,
            ..
        } => Some(y),
        _ => None,
    };
    if k < 2
        && let (Some(y1), Some(y2)) = (year(&a), year(&b))
        && y1 < y2
    {
        return Ok((r, Expr::Range(a, b)));
    }
    // "2019 until 2020" is a year and a relation, read by the scanner
    if !matches!(a.base, DateBase::Calendar { month: Some(_), .. })
        && matches!(a.base, DateBase::Calendar { .. })
    {
        return fail(i);
    }
    Ok((r, Expr::Range(a, b)))
}

/// The words a part of a period begins with (after "the"), as
/// [`part_prefix`] reads them: a qualified date has one first or second.
const PART_WORDS: &[&str] = &[
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "start",
    "middle",
    "close",
];

/// The part words: "early", "mid", "late", "mid-", "the end of", "the
/// beginning of", "the start of", "the middle of", "end-".
fn part_prefix(i: &str) -> Res<'_, Part> {
    fn simple(j: &str) -> Res<'_, Part> {
        let (j, k) = kw_of(&["early", "mid", "late", "end"])(j)?;
        let j = match hyphen(j) {
            Ok((j, ())) => j,
            Err(_) => sp(j)?.0,
        };
        Ok((j, [Part::Early, Part::Mid, Part::Late, Part::Late][k]))
    }
    fn the_of(j: &str) -> Res<'_, Part> {
        // "the end of", and "end of" in headlines and lists
        let j = match (kw("the"), sp).parse(j) {
            Ok((j, _)) => j,
            Err(_) => j,
        };
        let (j, k) = kw_of(&["beginning", "start", "middle", "end", "close"])(j)?;
        let (j, _) = sp(j)?;
        let (j, _) = kw("of")(j)?;
        let (j, _) = sp(j)?;
        let j = match (kw("the"), sp).parse(j) {
            Ok((j, _)) => j,
            Err(_) => j,
        };
        Ok((
            j,
            [Part::Early, Part::Early, Part::Mid, Part::Late, Part::Late][k],
        ))
    }
    alt((the_of, simple)).parse(i)
}

/// "late 2020", "early October last year", "the end of next year",
/// "mid-2021", "the beginning of March 2022", "late September".
fn qualified(i: &str) -> Res<'_, Expr> {
    // "the early summer": the part of the latest season, as "the summer"
    // ("the end of the autumn 2020 war": the season of its year)
    if let Ok((j, _)) = (kw("the"), sp).parse(i)
        && let Ok((j, part)) = part_prefix(j)
        && let Ok((j, mut e)) = season_expr(j).or_else(|_| {
            season_word(j).map(|(j, season)| {
                let year = YearRef::Implied;
                (j, DateExpr::new(DateBase::Season { year, season }))
            })
        })
    {
        e.part = Some(part);
        return Ok((j, Expr::Date(e)));
    }
    // "the late 1990s", "the early 19th century", "mid-1970s": a part of
    // a decade or a century, "the" and all
    let era = |j| match decade(j).or_else(|_| century(j)) {
        Ok((j, Expr::Date(d))) => Ok((j, d)),
        _ => fail(j),
    };
    if let Ok((j, _)) = (kw("the"), sp).parse(i)
        && let Ok((j, part)) = part_prefix(j)
        && let Ok((j, mut e)) = era(j)
    {
        e.part = Some(part);
        return Ok((j, Expr::Date(e)));
    }
    let (r, part) = part_prefix(i)?;
    let (r, mut e) = alt((
        |j| month_year_expr(j),
        |j| relative_expr(j),
        |j| season_expr(j),
        |j| year4(j).map(|(j, y)| (j, cal(YearRef::Explicit(y), None, None, None))),
        |j| month(j).map(|(j, m)| (j, cal(YearRef::Implied, Some(m), None, None))),
        era,
        |j| match deictic(j).or_else(|_| bare_weekday(j)) {
            Ok((j, Expr::Date(d))) => Ok((j, d)),
            _ => fail(j),
        },
        // "by late summer", "in early spring": a season a part word
        // qualifies is a time without "the" too (not "Summer Olympics")
        |j| {
            let (j, season) = season_word(j)?;
            if sp(j).is_ok_and(|(k, _)| k.starts_with(|c: char| c.is_uppercase())) {
                return fail(j);
            }
            let year = YearRef::Implied;
            Ok((j, DateExpr::new(DateBase::Season { year, season })))
        },
    ))
    .parse(r)
    .or_else(|_| {
        // "the end of the month", "the end of the year": the article's
        if i.len() - r.len() < 8 {
            return fail(r);
        }
        let (j, k) = kw_of(&["week", "month", "year", "decade"])(r)?;
        let unit = [Unit::Week, Unit::Month, Unit::Year, Unit::Decade][k];
        Ok((j, DateExpr::new(DateBase::Relative { offset: 0, unit })))
    })?;
    e.part = Some(part);
    Ok((r, Expr::Date(e)))
}

/// "November 2025", "October last year", "September this year", "March of
/// 2022".
fn month_year_expr(i: &str) -> Res<'_, DateExpr> {
    let (r, m) = month(i)?;
    // "January, 2001", "January , 2001"
    if let Ok((r, y)) = (nom::character::complete::char(','), sp, year4)
        .parse(osp(r))
        .map(|(r, (_, _, y))| (r, y))
    {
        return Ok((r, cal(YearRef::Explicit(y), Some(m), None, None)));
    }
    let (r, _) = sp(r)?;
    let r = match (kw("of"), sp).parse(r) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    if let Ok((r, y)) = year4(r).or_else(|_| spoken_year_number(r)) {
        return Ok((r, cal(YearRef::Explicit(y), Some(m), None, None)));
    }
    if let Ok((r, (Unit::Year, offset))) = unit_before_last(r) {
        return Ok((r, cal(YearRef::Offset(offset), Some(m), None, None)));
    }
    let (r, k) = kw_of(&["last", "next", "this"])(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = kw("year")(r)?;
    Ok((r, cal(YearRef::Offset([-1, 1, 0][k]), Some(m), None, None)))
}

/// "the year before last" (-2), "the week after next" (+2): a unit two
/// steps from the article's.
fn unit_before_last(i: &str) -> Res<'_, (Unit, i32)> {
    let (r, _) = (kw("the"), sp).parse(i)?;
    let (r, w) = word(r)?;
    let unit = match Unit::from_word(w) {
        Some(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year))
            if !w.ends_with(['s', 'S']) =>
        {
            u
        }
        _ => return fail(i),
    };
    let (r, _) = sp(r)?;
    let (r, offset) = before_last_or_after_next(r)?;
    Ok((r, (unit, offset)))
}

/// "before last" (-2), "after next", "after the next" (+2).
fn before_last_or_after_next(i: &str) -> Res<'_, i32> {
    alt((
        |j| phrase(&["before", "last"])(j).map(|(j, ())| (j, -2)),
        |j| phrase(&["before", "the", "last"])(j).map(|(j, ())| (j, -2)),
        |j| phrase(&["after", "next"])(j).map(|(j, ())| (j, 2)),
        |j| phrase(&["after", "the", "next"])(j).map(|(j, ())| (j, 2)),
    ))
    .parse(i)
}

/// "the year before last", "the week after next".
fn before_last(i: &str) -> Res<'_, Expr> {
    let (r, (unit, offset)) = unit_before_last(i)?;
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Relative { offset, unit })),
    ))
}

fn month_year(i: &str) -> Res<'_, Expr> {
    month_year_expr(i).map(|(r, e)| (r, Expr::Date(e)))
}

/// The year before its month: "2016 November", "2015 June" (a month's full
/// name).
fn year_month_expr(i: &str) -> Res<'_, DateExpr> {
    let (r, y) = year4(i)?;
    let (r, _) = sp(r)?;
    let (j, w) = word(r)?;
    if !MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w)) {
        return fail(i);
    }
    let (_, m) = month(r)?;
    Ok((j, cal(YearRef::Explicit(y), Some(m), None, None)))
}

fn year_month(i: &str) -> Res<'_, Expr> {
    year_month_expr(i).map(|(r, e)| (r, Expr::Date(e)))
}

/// "next year", "last week", "this month", "last September", "next spring",
/// "last Friday", "the past decade" is a duration and not here.
fn relative_expr(i: &str) -> Res<'_, DateExpr> {
    let (r, k) = kw_of(&[
        "last", "next", "this", "previous", "coming", "upcoming", "current",
    ])(i)?;
    let mut offset = [-1, 1, 0, -1, 1, 1, 0][k];
    let (mut r, _) = sp(r)?;
    // "this past spring", "this past week": the latest one
    if k == 2
        && let Ok((j, _)) = (kw("past"), sp).parse(r)
    {
        (r, offset) = (j, -1);
    }
    if let Ok((r2, w)) = word(r)
        && let Some(unit) = Unit::from_word(w)
        && !w.ends_with(['s', 'S'])
    {
        return Ok((r2, DateExpr::new(DateBase::Relative { offset, unit })));
    }
    // "current" goes with a unit only: "the current year"
    if k == 6 {
        return fail(i);
    }
    let year = match offset {
        -1 => YearRef::Previous,
        1 => YearRef::Following,
        _ => YearRef::Offset(0),
    };
    if let Ok((r2, m)) = month(r) {
        // "last Oct. 23": that day of the month
        if let Ok((r3, (_, d))) = (sp, day).parse(r2)
            && !r3
                .starts_with([',', '.'])
                .then(|| &r3[1..])
                .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        {
            return Ok((r3, cal(year, Some(m), Some(d), None)));
        }
        return Ok((r2, cal(year, Some(m), None, None)));
    }
    if let Ok((r2, s)) = season_word(r) {
        return Ok((r2, DateExpr::new(DateBase::Season { year, season: s })));
    }
    let (r2, wd) = weekday(r)?;
    Ok((
        r2,
        DateExpr::new(DateBase::Weekday {
            weekday: wd,
            offset,
        }),
    ))
}

remembered! {
    fn relative -> Expr = read_relative;
}

fn read_relative(i: &str) -> Res<'_, Expr> {
    // "the current year", "the current quarter"
    if let Ok((r, _)) = (kw("the"), sp).parse(i)
        && kw("current")(r).is_ok()
        && let Ok((r, e)) = relative_expr(r)
    {
        return Ok((r, Expr::Date(e)));
    }
    // "the next decade", "the coming century" ("the next year" is a
    // duration or a date of the text's, read by others)
    if let Ok((r, (_, _, _, _, w))) = (kw("the"), sp, kw_of(&["next", "coming"]), sp, word).parse(i)
        && let Some(unit @ (Unit::Decade | Unit::Century)) = Unit::from_word(w)
        && !w.ends_with(['s', 'S'])
    {
        return Ok((
            r,
            Expr::Date(DateExpr::new(DateBase::Relative { offset: 1, unit })),
        ));
    }
    // "earlier this year", "later this month", "sometime next year",
    // "earlier Sunday": the period, said to be partly over
    if let Ok((r, _)) = (kw_of(&["earlier", "later", "sometime"]), sp).parse(i) {
        // "earlier in the year", "later in the week": as "earlier this year"
        if let Ok((j, (_, _, _, _, k))) = (
            kw("in"),
            sp,
            kw("the"),
            sp,
            kw_of(&["week", "month", "year"]),
        )
            .parse(r)
        {
            let unit = [Unit::Week, Unit::Month, Unit::Year][k];
            return Ok((
                j,
                Expr::Date(DateExpr::new(DateBase::Relative { offset: 0, unit })),
            ));
        }
        return alt((
            |j| relative_expr(j).map(|(r, e)| (r, Expr::Date(e))),
            deictic,
            bare_weekday,
            context_period,
        ))
        .parse(r);
    }
    relative_expr(i).map(|(r, e)| (r, Expr::Date(e)))
}

fn season_word(i: &str) -> Res<'_, Season> {
    let (r, k) = kw_of(&["spring", "summer", "autumn", "fall", "winter"])(i)?;
    Ok((
        r,
        [
            Season::Spring,
            Season::Summer,
            Season::Autumn,
            Season::Autumn,
            Season::Winter,
        ][k],
    ))
}

/// "the autumn of 2019", "autumn 2019", "summer of 2022", and "the
/// summer" (the latest one, or as the tense says). Not "the fall" (of a
/// city), nor "the Winter Olympics".
fn season_expr(i: &str) -> Res<'_, DateExpr> {
    let (r, the) = match (kw("the"), sp).parse(i) {
        Ok((r, _)) => (r, true),
        Err(_) => (i, false),
    };
    let fall = kw("fall")(r).is_ok();
    let (r, s) = season_word(r)?;
    let with_year = |j| -> Res<'_, i32> {
        let (j, _) = sp(j)?;
        let j = match (kw("of"), sp).parse(j) {
            Ok((j, _)) => j,
            Err(_) => j,
        };
        year4(j).or_else(|_| spoken_year_number(j))
    };
    let (r, y) = match with_year(r) {
        Ok(ok) => ok,
        Err(_)
            if the
                && !fall
                && !sp(r).is_ok_and(|(j, _)| j.starts_with(|c: char| c.is_uppercase()))
                && (sp, kw("of")).parse(r).is_err() =>
        {
            return Ok((
                r,
                DateExpr::new(DateBase::Season {
                    year: YearRef::Implied,
                    season: s,
                }),
            ));
        }
        Err(e) => return Err(e),
    };
    Ok((
        r,
        DateExpr::new(DateBase::Season {
            year: YearRef::Explicit(y),
            season: s,
        }),
    ))
}

fn season(i: &str) -> Res<'_, Expr> {
    season_expr(i).map(|(r, e)| (r, Expr::Date(e)))
}

/// "the 20th century", "the 21st century", "the fifteenth century", "the
/// 1800s": a century, by the year it starts in (1900 for the 20th).
fn century(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    let (r, n) = alt((
        |j| {
            let (j, (v, k)) = digits(j)?;
            let j = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| j.strip_prefix(s))
                .filter(|_| k <= 2)
                .ok_or_else(|| {
                    nom::Err::Error(nom::error::Error::new(j, nom::error::ErrorKind::Tag))
                })?;
            Ok((j, v as i32))
        },
        |j| {
            let (j, k) = ordinal_words(j)?;
            Ok((j, i32::from(k)))
        },
    ))
    .parse(r)?;
    let (r, _) = alt((hyphen, sp)).parse(r)?;
    let (r, _) = kw("century")(r)?;
    if !(1..=22).contains(&n) {
        return fail(i);
    }
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Century((n - 1) * 100))),
    ))
}

/// "the 1990s", "the 2010s", "1990s", "the '80s", "the nineties"; and "the
/// 1800s", a century.
fn decade(i: &str) -> Res<'_, Expr> {
    let (r, the) = match (kw("the"), sp).parse(i) {
        Ok((r, _)) => (r, true),
        Err(_) => (i, false),
    };
    // "the nineties": a decade of the 1900s (not "their forties", an age,
    // nor "in the nineties" of a temperature or a score)
    if the
        && let Ok((j, k)) = kw_of(&[
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ])(r)
        && sp(j)
            .and_then(|(j, _)| kw_of(&["degrees", "percent", "per"])(j))
            .is_err()
    {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Decade(1930 + 10 * k as i32))),
        ));
    }
    // "the '80s": a decade of the 1900s
    if let Some(j) = r.strip_prefix('\'').or_else(|| r.strip_prefix('’'))
        && let Ok((j, (v, 2))) = digits(j)
        && v % 10 == 0
        && let Some(j) = j.strip_prefix('s')
        && at_boundary(j)
    {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Decade(1900 + v as i32))),
        ));
    }
    // "the 70's": a decade of the 1900s
    if let Ok((j, (v, 2))) = digits(r)
        && v % 10 == 0
        && let Some(j) = j.strip_prefix("'s").or_else(|| j.strip_prefix("’s"))
        && at_boundary(j)
    {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Decade(1900 + v as i32))),
        ));
    }
    let (r, (v, n)) = digits(r)?;
    if n != 4 || v % 10 != 0 || !(1000..=2190).contains(&v) {
        return fail(i);
    }
    let r = r
        .strip_prefix('\'')
        .or_else(|| r.strip_prefix('’'))
        .unwrap_or(r);
    let r = r
        .strip_prefix('s')
        .ok_or(nom::Err::Error(nom::error::Error::new(
            r,
            nom::error::ErrorKind::Char,
        )))?;
    if !at_boundary(r) {
        return fail(i);
    }
    // "the 1600s", "the 1900s": the hundreds of a past century are the
    // century, as writers use them ("fires that broke out in London in the
    // 1600s"); read as the decade, the 1666 fire would be out of it. "The
    // 2000s" is the decade the Recognizers-Text specs read.
    if v % 100 == 0 && v < 2000 {
        return Ok((r, Expr::Date(DateExpr::new(DateBase::Century(v as i32)))));
    }
    Ok((r, Expr::Date(DateExpr::new(DateBase::Decade(v as i32)))))
}

/// A bare month: "in September", "in May", "in Jan". The scanner drops a
/// bare "May" or "March", and an abbreviation without its full stop, with no
/// preposition before it.
fn bare_month(i: &str) -> Res<'_, Expr> {
    let (r, m) = month(i)?;
    // "Jan Kavan": an abbreviation without its full stop is not a month
    // before a name
    if i.len() - r.len() == 3
        && m != 5
        && sp(r).is_ok_and(|(j, _)| j.starts_with(|c: char| c.is_uppercase()))
    {
        return fail(i);
    }
    // "April 2024" and "April 22" are other forms; here the month stands alone
    Ok((r, Expr::Date(cal(YearRef::Implied, Some(m), None, None))))
}

/// "the month of March", "month of Jan", "the month of May 2022".
fn month_of(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    let (r, _) = (kw("month"), sp, kw("of"), sp).parse(r)?;
    if let Ok((r, e)) = month_year_expr(r) {
        return Ok((r, Expr::Date(e)));
    }
    let (r, m) = month(r)?;
    Ok((r, Expr::Date(cal(YearRef::Implied, Some(m), None, None))))
}

/// A weekday in a week said: "Tuesday next week", "Friday of next week",
/// "next week on Friday", "last week Sunday", "this week Friday".
fn weekday_of_week(i: &str) -> Res<'_, Expr> {
    let which = |j| -> Res<'_, i32> {
        let (j, k) = kw_of(&["this", "next", "last"])(j)?;
        let (j, _) = (sp, kw("week")).parse(j)?;
        Ok((j, [0, 1, -1][k]))
    };
    let e = |weekday, week| Expr::Date(DateExpr::new(DateBase::WeekdayOfWeek { weekday, week }));
    if let Ok((r, (wd, _, _, week))) = (weekday, sp, opt((kw("of"), sp)), which).parse(i) {
        return Ok((r, e(wd, week)));
    }
    let (r, week) = which(i)?;
    let (r, _) = sp(r)?;
    let r = match (kw("on"), sp).parse(r) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    let (r, wd) = weekday(r)?;
    Ok((r, e(wd, week)))
}

/// "on Friday", "Tuesday".
fn bare_weekday(i: &str) -> Res<'_, Expr> {
    let (r, wd) = weekday(i)?;
    // "Sun Microsystems": an abbreviation alone needs its full stop
    if i.len() - r.len() == 3 {
        return fail(i);
    }
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Weekday {
            weekday: wd,
            offset: 0,
        })),
    ))
}

remembered! {
    /// "today", "yesterday", "tomorrow", "the day before yesterday", "the day
    /// after tomorrow".
    fn deictic -> Expr = read_deictic;
}

fn read_deictic(i: &str) -> Res<'_, Expr> {
    for (words, offset) in [
        (&["the", "day", "before", "yesterday"], -2),
        (&["the", "day", "after", "tomorrow"], 2),
    ] {
        if let Ok((r, ())) = phrase(words)(i) {
            return Ok((
                r,
                Expr::Date(DateExpr::new(DateBase::Relative {
                    offset,
                    unit: Unit::Day,
                })),
            ));
        }
    }
    let (r, k) = kw_of(&["today", "yesterday", "tomorrow"])(i)?;
    let offset = [0, -1, 1][k];
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Relative {
            offset,
            unit: Unit::Day,
        })),
    ))
}

/// A year on its own, "2019" — unless it counts something ("1960 troops").
fn bare_year(i: &str) -> Res<'_, Expr> {
    let (r, y) = year4(i)?;
    if let Ok((_, w)) = sp(r).and_then(|(j, _)| word(j))
        && counts_a_noun(w)
    {
        return fail(i);
    }
    Ok((r, Expr::Date(cal(YearRef::Explicit(y), None, None, None))))
}

/// A plural noun after a four-digit number makes it a count. A word in
/// "-ss", "-us" or "-is" is a singular ("a 2009 analysis", "the 2010
/// census", "the 2008 crisis", "a 1998 business").
fn counts_a_noun(w: &str) -> bool {
    const NOT_NOUNS: [&str; 14] = [
        "as", "is", "was", "has", "this", "its", "his", "does", "thus", "always", "perhaps",
        "unless", "whereas", "towards",
    ];
    let b = w.as_bytes();
    b.len() >= 4
        && b[b.len() - 1] == b's'
        && !matches!(b[b.len() - 2], b's' | b'u' | b'i')
        && b[0].is_ascii_lowercase()
        && !NOT_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
}

remembered! {
    /// An amount of time units: "44", "five", "a", "a year and a half"-style
    /// fractions are handled by [`duration`].
    fn amount -> (f64, f64) = read_amount;
}

fn read_amount(i: &str) -> Res<'_, (f64, f64)> {
    alt((
        mixed_fraction,
        |j| decimal(j).map(|(r, (v, unit))| (r, (v, decimal_precision(v, unit)))),
        |j| number_words(j).map(|(r, (v, _))| (r, (v, 1.0))),
        |j| kw_of(&["a", "an", "one", "another"])(j).map(|(r, _)| (r, (1.0, 1.0))),
    ))
    .parse(i)
}

/// The precision of an amount of time written in digits: a whole number
/// is said to the unit ("44 days" is 43.5–44.5 days), a half to a half
/// ("1.5 years" is read as loosely as "a year and a half" is said), and
/// any other decimal to its last digit, as a count is ("9.72 seconds" is
/// 9.715–9.725 seconds: a sprinter's time is no round figure). `unit` is
/// the place of the last significant digit ([`decimal`]).
fn decimal_precision(v: f64, unit: f64) -> f64 {
    if v.fract() == 0.0 {
        1.0
    } else if (v * 2.0).fract() == 0.0 {
        0.5
    } else {
        unit
    }
}

/// A whole number and a fraction: "2 1/2", "5 ½", "1 3/4".
fn mixed_fraction(i: &str) -> Res<'_, (f64, f64)> {
    let (r, (n, k)) = digits(i)?;
    if k > 4 {
        return fail(i);
    }
    let frac = |j: &str| -> Option<(usize, f64)> {
        let b = j.as_bytes();
        if let Some(rest) = j.strip_prefix('½') {
            return Some((j.len() - rest.len(), 0.5));
        }
        if b.len() >= 3 && b[1] == b'/' && b[0].is_ascii_digit() && b[2].is_ascii_digit() {
            let (num, den) = (f64::from(b[0] - b'0'), f64::from(b[2] - b'0'));
            if (2.0..=4.0).contains(&den) && num >= 1.0 && num < den && at_boundary(&j[3..]) {
                return Some((3, num / den));
            }
        }
        None
    };
    let j = osp(r);
    let (len, f) = frac(j)
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    // "2 1/2" needs its space; "2½" does not
    if j.len() == r.len() && !j.starts_with('½') {
        return fail(i);
    }
    Ok((&j[len..], (n as f64 + f, 0.25)))
}

/// The terms after the first of a compound duration: " 1 month 21 days",
/// " and 21 days", ", 3 hours". Each a whole number of a unit not said
/// before (`first` is the first term's); none if the text goes on with no
/// such term. With `hyphened`, each term joins its number to its unit by a
/// hyphen, as the first did (", three-month").
fn more_terms<'a>(i: &'a str, first: Unit, hyphened: bool) -> (&'a str, Plus) {
    let mut used = 1u32 << first as u32;
    let (mut r, mut plus) = (i, Plus::default());
    for _ in 0..3 {
        let term = |j: &'a str| -> Res<'_, (f64, f64, Unit)> {
            let j = j.strip_prefix(',').unwrap_or(j);
            let (j, _) = sp(j)?;
            let j = match (kw("and"), sp).parse(j) {
                Ok((j, _)) => j,
                Err(_) => j,
            };
            let (j, (n, place)) = decimal(j).or_else(|_| number_words(j))?;
            // (after a compound adjective, another: "an 11-year,
            // three-month sentence")
            let (j, ()) = if hyphened { hyphen(j)? } else { sp(j)? };
            let (j, w) = word(j)?;
            // after a number, "seconds" is a unit ("9 minutes and 29
            // seconds"), not an ordinal
            let unit =
                Unit::from_word(w).or_else(|| Unit::is_second_word(w).then_some(Unit::Second));
            match unit {
                Some(u) if n.fract() == 0.0 && (1.0..1000.0).contains(&n) => Ok((j, (n, place, u))),
                // a runner's time: "3 minutes 59.4 seconds"
                Some(Unit::Second) if n < 60.0 && place >= 0.001 => {
                    Ok((j, (n, place, Unit::Second)))
                }
                _ => fail(j),
            }
        };
        match term(r) {
            Ok((j, (n, place, u))) if used & (1 << u as u32) == 0 => {
                used |= 1 << u as u32;
                plus = if n.fract() == 0.0 {
                    plus.add(n as u32, u)
                } else {
                    plus.add_seconds(n, place)
                };
                r = j;
            }
            _ => break,
        }
    }
    (r, plus)
}

/// "four years ago", "a year ago", "two weeks ago", "two weeks from now",
/// "1 month 21 days ago".
fn ago(i: &str) -> Res<'_, Expr> {
    let (r, h) = opt(hedge).parse(i)?;
    let (r, (n, _)) = amount(r)?;
    let (r, _) = sp(r)?;
    let (r, w) = word(r)?;
    let unit = Unit::from_word(w).ok_or(nom::Err::Error(nom::error::Error::new(
        r,
        nom::error::ErrorKind::Tag,
    )))?;
    // "1 month 21 days ago"
    if h.is_none()
        && let (r2, plus) = more_terms(r, unit, false)
        && !plus.is_zero()
    {
        return compound_ago(i, r2, n, unit, plus);
    }
    let r = or_so(r);
    let (r, _) = sp(r)?;
    // "four years ago"; "two weeks from now" is the same, counted forward;
    // "two days before yesterday", "three weeks from tomorrow" count from
    // the day before or after the article's
    // "two days hence", "4 weeks in the future", "a week starting
    // tomorrow": the days from then, a range
    let mut range = h == Some(Hedge::AtMost);
    let ahead = alt((
        |j| kw("hence")(j).map(|(j, _)| (j, 1)),
        |j| phrase(&["in", "the", "future"])(j).map(|(j, _)| (j, 1)),
        |j| {
            let (j, _) = (kw("starting"), sp).parse(j)?;
            let j = match (kw("from"), sp).parse(j) {
                Ok((j, _)) => j,
                Err(_) => j,
            };
            let (j, k) = kw_of(&["today", "tomorrow"])(j)?;
            Ok((j, k as i32))
        },
    ))
    .parse(r);
    let (r, sign, from) = match (kw("ago")(r), ahead) {
        (Ok((r, _)), _) => (r, 1, 0),
        (_, Ok((r, from))) if h.is_none() => {
            range = true;
            (r, -1, from)
        }
        _ => {
            let (r, (k, _, day)) = (
                kw_of(&["from", "after", "before"]),
                sp,
                kw_of(&["now", "today", "tomorrow", "yesterday"]),
            )
                .parse(r)?;
            (r, if k == 2 { 1 } else { -1 }, [0, 0, 1, -1][day])
        }
    };
    if n.fract() != 0.0 || n > 10_000.0 {
        return fail(i);
    }
    // "three years ago today", "a week ago yesterday", "thirty years ago
    // this morning": the anniversary, a day ("three years ago today's
    // champion" is not one)
    let day = alt((
        |j| {
            (sp, kw_of(&["today", "yesterday", "tomorrow"]))
                .parse(j)
                .map(|(j, (_, day))| (j, [0, 1, -1][day]))
        },
        |j| {
            (
                sp,
                kw("this"),
                sp,
                kw_of(&["morning", "afternoon", "evening"]),
            )
                .parse(j)
                .map(|(j, _)| (j, 0))
        },
    ))
    .parse(r);
    if sign == 1
        && h.is_none()
        && let Ok((j, day)) = day
        && !j.starts_with(['\'', '’'])
    {
        let Some((months, days)) = months_and_days(n as i32, unit) else {
            return fail(i);
        };
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Anniversary {
                months,
                days: days + day,
                week: false,
            })),
        ));
    }
    // "three years ago this week": the article's week, years before
    if sign == 1
        && h.is_none()
        && let Ok((j, _)) = (sp, kw("this"), sp, kw("week")).parse(r)
        && !j.starts_with(['\'', '’'])
        && let Some((months @ 1.., 0)) = months_and_days(n as i32, unit)
    {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Anniversary {
                months,
                days: 0,
                week: true,
            })),
        ));
    }
    // "three years ago this month": the article's month, years before
    if sign == 1
        && h.is_none()
        && let Ok((j, _)) = (sp, kw("this"), sp, kw("month")).parse(r)
        && !j.starts_with(['\'', '’'])
        // ("a decade ago this month": ten years, not the decade)
        && let Some((months @ 1.., 0)) = months_and_days(n as i32, unit)
    {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Relative {
                offset: -months,
                unit: Unit::Month,
            })),
        ));
    }
    // "less than 2 weeks from today", "up to 3 days after tomorrow": the
    // days from that day to the one the amount ends at
    if range && sign < 0 {
        let Some((months, days)) = months_and_days(n as i32, unit) else {
            return fail(i);
        };
        let start = DateExpr::new(DateBase::Relative {
            offset: from,
            unit: Unit::Day,
        });
        let end = DateExpr::new(DateBase::Before {
            months: -months,
            days: -days - from,
        });
        return Ok((r, Expr::Range(start, end)));
    }
    let (n, unit) = match (from, unit) {
        (0, _) => (n as i32, unit),
        (_, Unit::Day) => (n as i32, Unit::Day),
        (_, Unit::Week) => (7 * n as i32, Unit::Day),
        _ => return fail(i),
    };
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Ago {
            n: sign * n - from,
            unit,
            // ("more than 275 years ago": then or before)
            at_least: sign == 1 && h == Some(Hedge::AtLeast),
        })),
    ))
}

/// `n` `unit`s as months and days, for the units that are whole ones.
fn months_and_days(n: i32, unit: Unit) -> Option<(i32, i32)> {
    Some(match unit {
        Unit::Day => (0, n),
        Unit::Week => (0, 7 * n),
        Unit::Month => (n, 0),
        Unit::Year => (12 * n, 0),
        Unit::Decade => (120 * n, 0),
        Unit::Century => (1200 * n, 0),
        _ => return None,
    })
}

/// "1 month 21 days ago", "2 years 1 month 21 days ago", "1 month and 21
/// days from now": a compound duration before or after the article.
/// `r` follows the terms, `n` `unit` is the first and `plus` the others.
fn compound_ago<'a>(i: &'a str, r: &'a str, n: f64, unit: Unit, plus: Plus) -> Res<'a, Expr> {
    if n.fract() != 0.0 || !(1.0..1000.0).contains(&n) {
        return fail(i);
    }
    let p = plus.add(n as u32, unit);
    let (r, _) = sp(r)?;
    let (r, sign) = match kw("ago")(r) {
        Ok((r, _)) => (r, 1),
        Err(_) => (phrase(&["from", "now"])(r)?.0, -1),
    };
    if p.minutes > 0 || p.seconds > 0 || p.millis > 0 {
        return fail(i);
    }
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Before {
            months: sign * p.months as i32,
            days: sign * p.days as i32,
        })),
    ))
}

remembered! {
    /// The hedge words before an amount.
    pub fn hedge -> Hedge = read_hedge;
}

fn read_hedge(i: &str) -> Res<'_, Hedge> {
    // one look at the first word rules out almost every word start: digits
    // and words that begin no hedge go no further
    let first = match word(i) {
        Ok((_, w)) => w,
        Err(_) => return fail(i),
    };
    for &(words, h) in &HEDGES {
        if !first.eq_ignore_ascii_case(words[0]) {
            continue;
        }
        if let Ok((r, ())) = phrase(words)(i)
            && let Ok((r, _)) = sp(r)
        {
            return Ok((r, h));
        }
    }
    fail(i)
}

/// The words of the hedges.
pub(super) fn hedge_words() -> impl Iterator<Item = &'static str> {
    HEDGES.iter().flat_map(|(words, _)| words.iter().copied())
}

/// The hedges, first words first where one phrase begins another. A
/// negated hedge bounds the other side: "no more than" is at most, "no
/// fewer than" and "not less than" at least.
const HEDGES: [(&[&str], Hedge); 27] = [
    (&["no", "more", "than"], Hedge::AtMost),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["not", "fewer", "than"], Hedge::AtLeast),
    (&["more", "than"], Hedge::AtLeast),
    (&["at", "least"], Hedge::AtLeast),
    (&["upwards", "of"], Hedge::AtLeast),
    (&["just", "over"], Hedge::AtLeast),
    (&["over"], Hedge::AtLeast),
    (&["above"], Hedge::AtLeast),
    (&["less", "than"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::AtMost),
    (&["up", "to"], Hedge::AtMost),
    (&["under"], Hedge::AtMost),
    (&["just", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["some"], Hedge::About),
    (&["an", "estimated"], Hedge::About),
    // as a count reads it ("lasted barely twelve minutes")
    (&["barely"], Hedge::About),
];

/// Durations: "44-day", "five-year", "six weeks", "two years", "a year and a
/// half", "one and a half years", "18 months", "more than a year", "half a
/// year". Not "53-year-old" (an age) nor "four years ago" (a date).
/// What stands before a duration's amount: "the", "the past", "the next",
/// "the first", "last".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    None,
    /// "the past", "the last", "past", "last", "the previous": an amount
    /// may be left out ("the past year").
    Past,
    /// "the", "the next", "the first", "next", "the coming".
    Other,
}

fn duration_lead(i: &str) -> (&str, Lead) {
    let (r, the) = match (kw("the"), sp).parse(i) {
        Ok((r, _)) => (r, true),
        Err(_) => (i, false),
    };
    let words: &[&str] = if the {
        &[
            "past", "last", "previous", "next", "first", "coming", "final", "latest",
        ]
    } else {
        &["past", "last", "next", "previous"]
    };
    if let Ok((r2, (k, _))) = (kw_of(words), sp).parse(r) {
        // "last year" is a date, "the last year" and "past year" durations
        let amountless = k < 3 && (the || k == 0);
        return (r2, if amountless { Lead::Past } else { Lead::Other });
    }
    if the {
        (r, Lead::Other)
    } else {
        (i, Lead::None)
    }
}

/// The other end of a range of amounts after the first ("to 18" of "12 to
/// 18 months", "and three" after "between two"): what is left, the amount,
/// larger than `first`, and the text from where it is written on. `between` and `from` ask for their own
/// word ("and", "to"); a bare range is said with "to", "or" or a dash
/// between digits.
fn amount_range_end(i: &str, first: f64, lead: RangeLead) -> Option<(&str, f64, &str)> {
    let j = match lead {
        // "between two to six days" is said too
        RangeLead::Between => (sp, kw_of(&["and", "to"]), sp).parse(i).ok()?.0,
        RangeLead::From => (sp, kw("to"), sp).parse(i).ok()?.0,
        RangeLead::None => match (sp, kw_of(&["to", "or"]), sp).parse(i) {
            Ok((j, _)) => j,
            // "12-18 months", "3–5 years": digits on both sides
            Err(_) if i.starts_with(['-', '\u{2013}']) => {
                let j = &i[i.chars().next()?.len_utf8()..];
                j.starts_with(|c: char| c.is_ascii_digit()).then_some(j)?
            }
            Err(_) => return None,
        },
    };
    let (r, to) = written_amount(j).ok()?;
    (to > first).then_some((r, to, j))
}

/// An amount written in digits or words ("18", "2.5", "three"): not "a".
fn written_amount(i: &str) -> Res<'_, f64> {
    alt((
        |k| decimal(k).map(|(r, (v, _))| (r, v)),
        |k| number_words(k).map(|(r, (v, _))| (r, v)),
    ))
    .parse(i)
}

/// The word a range of amounts begins with, if any: "between", "from".
#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeLead {
    None,
    Between,
    From,
}

/// Where the two ends of a duration's range are in `s`, the text of a
/// mention [`duration`] read with a range ("between 12 and 18 months"):
/// the first end's start and end, and where the second begins, as TimeML
/// writes the two ("12", "18 months"). `None` if `s` holds no range.
pub(crate) fn duration_range_ends(s: &str) -> Option<(usize, usize, usize)> {
    let (r, lead) = match (kw_of(&["between", "from"]), sp).parse(s) {
        Ok((r, (k, _))) => (r, [RangeLead::Between, RangeLead::From][k]),
        Err(_) => (s, RangeLead::None),
    };
    let a0 = s.len() - r.len();
    let (r, _) = opt(hedge).parse(r).ok()?;
    let (r, _) = duration_lead(r);
    let (r, first) = alt((written_amount, |k| amount(k).map(|(r, (v, _))| (r, v))))
        .parse(r)
        .ok()?;
    let a1 = s.len() - r.len();
    // the second end begins with its amount, after the connective
    let (_, _, second) = amount_range_end(r, first, lead)?;
    Some((a0, a1, s.len() - second.len()))
}

fn duration(i: &str) -> Res<'_, Expr> {
    // "between two and three years", "from 12 to 18 months": a range
    // or nothing ("from the previous day" is a date's)
    if let Ok((r, (k, _))) = (kw_of(&["between", "from"]), sp).parse(i) {
        return match duration_after(r, [RangeLead::Between, RangeLead::From][k])? {
            (r, e @ Expr::Duration(DurationExpr { to: Some(_), .. })) => Ok((r, e)),
            _ => fail(i),
        };
    }
    duration_after(i, RangeLead::None)
}

/// [`duration`] after the word a range begins with, if any.
fn duration_after(i: &str, range_lead: RangeLead) -> Res<'_, Expr> {
    let (r, h) = opt(hedge).parse(i)?;
    let hedge = h.unwrap_or(Hedge::Exact);
    let before_lead = r;
    let (r, lead) = duration_lead(r);
    // "the past", "the next", "last": more than an article
    let lead_word = crate::text::words(&before_lead[..before_lead.len() - r.len()])
        .any(|(_, w)| !w.eq_ignore_ascii_case("the"));
    // "over the past year": "over" is the preposition, not a hedge
    if h.is_some() && lead != Lead::None {
        return fail(i);
    }
    // "the past year", "past decade": one unit
    if lead == Lead::Past
        && let Ok((r2, w)) = word(r)
        && let Some(unit) = Unit::from_word(w)
        && !w.ends_with(['s', 'S'])
    {
        return Ok((r2, Expr::Duration(DurationExpr::new(1.0, unit, 0.5, hedge))));
    }
    // "half a year", "half an hour", "a half hour", "half year"
    let half = |j| -> Res<'_, ()> {
        let j = match (kw_of(&["a", "an"]), sp).parse(j) {
            Ok((j, _)) if lead == Lead::None => j,
            _ => j,
        };
        let (j, _) = kw("half")(j)?;
        // "the half-year results": the article belongs to the noun
        let j = match hyphen(j) {
            Ok(_) if lead == Lead::Other => return fail(j),
            Ok((j, ())) => j,
            Err(_) => sp(j)?.0,
        };
        let j = match (kw_of(&["a", "an"]), sp).parse(j) {
            Ok((j, _)) => j,
            Err(_) => j,
        };
        Ok((j, ()))
    };
    if lead != Lead::Past
        && let Ok((r2, ())) = half(r)
        && let Ok((r3, w)) = word(r2)
        && let Some(unit) = Unit::from_word(w).filter(|_| !w.ends_with(['s', 'S']))
        && !hyphen(r3).is_ok_and(|(j, _)| word(j).is_ok())
    {
        return Ok((
            r3,
            Expr::Duration(DurationExpr::new(0.5, unit, 0.25, hedge)),
        ));
    }
    // "all day", "a full year", "the whole week", "all-month"
    if let Ok((r2, _)) = (kw_of(&["all", "whole", "full"]), alt((hyphen, sp))).parse(r)
        && lead != Lead::Past
        && let Ok((r3, w)) = word(r2)
        && let Some(unit) = Unit::from_word(w).filter(|_| !w.ends_with(['s', 'S']))
        && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
        // "the full year" is a date the text has spoken of; "all-day
        // talks" an adjective
        && lead == Lead::None
        && !hyphen(r3).is_ok_and(|(j, _)| word(j).is_ok())
    {
        return Ok((r3, Expr::Duration(DurationExpr::new(1.0, unit, 0.5, hedge))));
    }
    // where the number starts, after any hedge ("about 90 seconds")
    let number_at = r;
    let (r, (mut n, mut precision)) = match lead {
        // "the a year" is not English
        Lead::None | Lead::Past => amount(r)?,
        _ => alt((
            |j| decimal(j).map(|(r, (v, unit))| (r, (v, decimal_precision(v, unit)))),
            |j| number_words(j).map(|(r, (v, _))| (r, (v, 1.0))),
        ))
        .parse(r)?,
    };
    // "12 to 18 months", "two or three days", "between 12 and 18 months"
    let (r, mut to) = match amount_range_end(r, n, range_lead) {
        Some((j, to, _)) => (j, Some(to)),
        None if range_lead != RangeLead::None => return fail(i),
        None => (r, None),
    };
    // "two more weeks", "an additional year", "three straight years"
    let r = match (sp, kw_of(&BEFORE_UNIT)).parse(r) {
        Ok((j, _))
            if sp(j)
                .is_ok_and(|(j, _)| word(j).is_ok_and(|(_, w)| Unit::from_word(w).is_some())) =>
        {
            j
        }
        _ => r,
    };
    // "one and a half years"
    let mut r = r;
    if to.is_none()
        && let Ok((r2, _)) = (sp, kw("and"), sp, opt((kw("a"), sp)), kw("half"), sp).parse(r)
    {
        n += 0.5;
        precision = 0.25;
        r = r2;
        let (r3, w) = word(r)?;
        let unit = Unit::from_word(w).ok_or(nom::Err::Error(nom::error::Error::new(
            r,
            nom::error::ErrorKind::Tag,
        )))?;
        return Ok((
            r3,
            Expr::Duration(DurationExpr::new(n, unit, precision, hedge)),
        ));
    }
    // "3 hrs", "20 min", "3-min": abbreviations after a number (not "a min")
    let counted =
        number_at.starts_with(|c: char| c.is_ascii_digit()) || number_words(number_at).is_ok();
    // (compared in place: no lower-case copy of every word read here)
    let abbreviation = |w: &str| {
        let of = |names: &[&str]| counted && names.iter().any(|n| w.eq_ignore_ascii_case(n));
        if of(&["hr", "hrs", "h"]) {
            Some(Unit::Hour)
        } else if of(&["min", "mins"]) {
            Some(Unit::Minute)
        } else if counted && Unit::is_second_word(w) {
            Some(Unit::Second)
        } else {
            None
        }
    };
    // "44-day", "five-year" (compound adjective, singular unit)
    let (r, unit, compound) = if let Ok((r2, ())) = hyphen(r) {
        let (r3, w) = word(r2)?;
        let u = Unit::from_word(w)
            .or_else(|| abbreviation(w))
            .ok_or(nom::Err::Error(nom::error::Error::new(
                r2,
                nom::error::ErrorKind::Tag,
            )))?;
        (r3, u, true)
    } else {
        let (r2, _) = sp(r)?;
        let (r3, w) = word(r2)?;
        // "a fortnight": two weeks
        let fortnight = w.eq_ignore_ascii_case("fortnight") || w.eq_ignore_ascii_case("fortnights");
        if fortnight {
            n *= 2.0;
            precision *= 2.0;
            to = to.map(|t| t * 2.0);
        }
        // "the past two quarters", "the next three quarters": after a
        // lead only, as "three quarters" alone is a fraction
        let quarters = lead_word && w.eq_ignore_ascii_case("quarters");
        let u = Unit::from_word(w)
            .or(fortnight.then_some(Unit::Week))
            .or(quarters.then_some(Unit::Quarter))
            .or_else(|| abbreviation(w))
            .ok_or(nom::Err::Error(nom::error::Error::new(
                r2,
                nom::error::ErrorKind::Tag,
            )))?;
        // "a years-old": an article is not an amount of a plural
        if n == 1.0 && !i.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(['s', 'S']) {
            let first = i.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
            if kw_of(&["a", "an"])(first).is_ok() {
                return fail(i);
            }
        }
        (r3, u, false)
    };
    // "a two-year-long project", "a year-long war": a unit joined to
    // "long" is still the length
    let r = match (hyphen, kw("long")).parse(r) {
        // (the article of "a day-long strike" is the strike's: the
        // duration is "day-long", read where it starts)
        Ok(_) if kw_of(&["a", "an"])(number_at).is_ok() => return fail(i),
        Ok((j, _)) if at_boundary(j) => j,
        _ => r,
    };
    // "53-year-old": a compound that goes on is not a duration
    if compound && hyphen(r).is_ok() {
        return fail(i);
    }
    // "the 30-day period": the article belongs to the noun
    if compound && lead == Lead::Other {
        return fail(i);
    }
    // "a year-earlier period": the unit is part of a compound
    if !compound && hyphen(r).is_ok_and(|(j, _)| word(j).is_ok()) {
        return fail(i);
    }
    // "52 years old" is an age
    if let Ok((j, _)) = sp(r)
        && kw("old")(j).is_ok()
    {
        return fail(i);
    }
    // "four years ago" is a date
    if let Ok((j, _)) = sp(r)
        && kw("ago")(j).is_ok()
    {
        return fail(i);
    }
    // "a year and a half"
    if n == 1.0
        && to.is_none()
        && let Ok((r2, _)) = (sp, kw("and"), sp, opt((kw("a"), sp)), kw("half")).parse(r)
    {
        return Ok((
            r2,
            Expr::Duration(DurationExpr::new(1.5, unit, 0.25, hedge)),
        ));
    }
    // "1 year 1 month 21 days", "2 hours and 15 minutes": a compound
    let (r, plus) = if n.fract() == 0.0 && to.is_none() {
        more_terms(r, unit, compound)
    } else {
        (r, Plus::default())
    };
    if !plus.is_zero()
        && let Ok((j, _)) = sp(r)
        && kw_of(&["ago", "old"])(j).is_ok()
    {
        return fail(i);
    }
    // "a year" with no hedge in "a year earlier" is still a duration
    Ok((
        r,
        Expr::Duration(DurationExpr {
            plus,
            to,
            ..DurationExpr::new(n, unit, precision * 0.5, hedge)
        }),
    ))
}

/// The periods [`context_period`] names, in the order it reads them.
const CONTEXT_PERIODS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Periods the text has spoken of: "the year", "that day", "the same
/// day", "the following year", "the next morning", "the previous week",
/// "the full year". They take their meaning from the text before them, so
/// they claim nothing on their own.
fn context_period(i: &str) -> Res<'_, Expr> {
    let (r, _) = kw_of(&["the", "that"])(i)?;
    let (r, _) = sp(r)?;
    let (r, m) = opt(|j| {
        let (j, m) = kw_of(&[
            "same",
            "full",
            "entire",
            "whole",
            "following",
            "previous",
            "preceding",
            "next",
        ])(j)?;
        let (j, _) = sp(j)?;
        Ok((j, m))
    })
    .parse(r)?;
    let n = match m {
        Some(4 | 7) => 1,
        Some(5 | 6) => -1,
        _ => 0,
    };
    let (r, k) = kw_of(CONTEXT_PERIODS)(r)?;
    // "the year 2000", "the year two thousand"
    if k == 0
        && let Ok((j, _)) = sp(r)
        && let Ok((j, y)) = year4(j).or_else(|_| {
            (kw("two"), sp, kw("thousand"))
                .parse(j)
                .map(|(j, _)| (j, 2000))
        })
    {
        return Ok((j, Expr::Date(cal(YearRef::Explicit(y), None, None, None))));
    }
    // "the next morning" is a day later; "the next year" is a duration or a
    // date the other parsers read
    if m == Some(7) && k < 3 {
        return fail(i);
    }
    // "the night of Oct. 23" is that date; "the day" alone is too often not
    // a date ("the day belonged to them"); "the year-earlier" is a compound
    let said_the = kw("the")(i).is_ok();
    if (said_the && m.is_none() && k >= 3)
        || sp(r).is_ok_and(|(j, _)| kw("of")(j).is_ok())
        || hyphen(r).is_ok()
    {
        return fail(i);
    }
    let unit = [Unit::Year, Unit::Month, Unit::Week][..]
        .get(k)
        .copied()
        .unwrap_or(Unit::Day);
    let mut d = DateExpr::new(DateBase::Shifted { n, unit });
    d.time = match k {
        4 => Some(TimeOfDay::Morning),
        5 => Some(TimeOfDay::Afternoon),
        6 => Some(TimeOfDay::Evening),
        7 => Some(TimeOfDay::Night),
        _ => None,
    };
    Ok((r, Expr::Date(d)))
}

/// "the weekend", "this weekend", "last weekend", "next weekend".
fn weekend(i: &str) -> Res<'_, Expr> {
    let (r, k) = kw_of(&["the", "this", "last", "next"])(i)?;
    let (r, _) = sp(r)?;
    let (r, _) = kw("weekend")(r)?;
    // "the weekend after next", "the weekend before last"
    if k == 0
        && let Ok((r, offset)) = (sp, before_last_or_after_next)
            .parse(r)
            .map(|(r, (_, o))| (r, o))
    {
        return Ok((
            r,
            Expr::Date(DateExpr::new(DateBase::Weekend {
                offset,
                this: false,
            })),
        ));
    }
    let offset = [0, 0, -1, 1][k];
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Weekend {
            offset,
            this: k == 1,
        })),
    ))
}

/// Years in words, as read out on air: "nineteen ninety-six".
fn spelled_year(i: &str) -> Res<'_, Expr> {
    let (r, y) = spelled_year_number(i)?;
    Ok((r, Expr::Date(cal(YearRef::Explicit(y), None, None, None))))
}

/// The year of "nineteen ninety-six", also after a month or season
/// ("January nineteen ninety-seven", "the winter of nineteen ninety-four").
fn spelled_year_number(i: &str) -> Res<'_, i32> {
    let (r, _) = kw("nineteen")(i)?;
    let (r, _) = sp(r)?;
    let (r, (v, _)) = number_words(r)?;
    if !(10.0..100.0).contains(&v) || v.fract() != 0.0 {
        return fail(i);
    }
    Ok((r, 1900 + v as i32))
}

/// A year of this century said in words, alone, where a clause ends right
/// after it: "retired the name in two thousand and one, and". The scanner
/// keeps it only after a word that dates ("in", "since", "by" …): alone,
/// "two thousand and one" is more often a count.
fn spoken_year_alone(i: &str) -> Res<'_, Expr> {
    kw("two")(i)?;
    let (r, y) = spoken_year_number(i)?;
    if !(r.is_empty() || r.starts_with([',', '.', ';', ':', ')', '!', '?', '\n'])) {
        return fail(i);
    }
    Ok((r, Expr::Date(cal(YearRef::Explicit(y), None, None, None))))
}

/// A year said in words after a month or a day, as it is spoken: "nineteen
/// ninety-six", "two thousand and three", "two thousand three", "twenty
/// twenty-two", "twenty ten". (Alone, only the first reads as a year:
/// "two thousand and three" is more often a count.)
fn spoken_year_number(i: &str) -> Res<'_, i32> {
    if let Ok(ok) = spelled_year_number(i) {
        return Ok(ok);
    }
    // the years of this century: "two thousand [and] N", "twenty N"
    let (r, k) = kw_of(&["two", "twenty"])(i)?;
    let (r, _) = sp(r)?;
    let (r, low) = if k == 0 {
        let (r, _) = kw("thousand")(r)?;
        let r = match (sp, kw("and")).parse(r) {
            Ok((r, _)) => r,
            Err(_) => r,
        };
        let (r, _) = sp(r)?;
        (r, 1.0)
    } else {
        (r, 10.0)
    };
    let (r, (v, _)) = number_words(r)?;
    if !(low..100.0).contains(&v) || v.fract() != 0.0 {
        return fail(i);
    }
    Ok((r, 2000 + v as i32))
}

/// "year-end", "year end": the 31 December nearest in the tense's
/// direction.
fn year_end(i: &str) -> Res<'_, Expr> {
    let (r, _) = kw("year")(i)?;
    let (r, _) = alt((hyphen, sp)).parse(r)?;
    let (r, _) = kw("end")(r)?;
    Ok((
        r,
        Expr::Date(cal(YearRef::Implied, Some(12), Some(31), None)),
    ))
}

/// A bare plural unit, "years", "weeks": how many not said. The scanner
/// keeps it only after "for", "within" or "over" ("for years").
fn bare_plural(i: &str) -> Res<'_, Expr> {
    let (r, unit) = plural_unit(i)?;
    Ok((
        r,
        Expr::Duration(DurationExpr {
            quant: Quant::Vague,
            ..DurationExpr::new(0.0, unit, 0.0, Hedge::About)
        }),
    ))
}

/// Optional "the ", and whether it was there.
fn opt_the(i: &str) -> (&str, bool) {
    match (kw("the"), sp).parse(i) {
        Ok((r, _)) => (r, true),
        Err(_) => (i, false),
    }
}

/// The year said before a quarter: "1988", "this year's", "last year's",
/// "year-ago", "year-earlier", "comparable year-ago".
#[derive(Clone, Copy, PartialEq)]
enum QuarterYear {
    Year(YearRef),
    /// "year-ago", "year-earlier": the same quarter a year before.
    YearAgo,
}

fn quarter_year(i: &str) -> Res<'_, QuarterYear> {
    fn year_ago(j: &str) -> Res<'_, QuarterYear> {
        let j = match (kw_of(&["comparable", "corresponding", "same"]), sp).parse(j) {
            Ok((j, _)) => j,
            Err(_) => j,
        };
        let (j, _) = kw("year")(j)?;
        let (j, ()) = hyphen(j)?;
        let (j, _) = kw_of(&["ago", "earlier"])(j)?;
        let (j, _) = sp(j)?;
        Ok((j, QuarterYear::YearAgo))
    }
    fn this_years(j: &str) -> Res<'_, QuarterYear> {
        let (j, k) = kw_of(&["this", "last", "next"])(j)?;
        let (j, _) = sp(j)?;
        let (j, _) = kw("year")(j)?;
        let j = j
            .strip_prefix("'s")
            .or_else(|| j.strip_prefix("’s"))
            .ok_or_else(|| {
                nom::Err::Error(nom::error::Error::new(j, nom::error::ErrorKind::Tag))
            })?;
        let (j, _) = sp(j)?;
        Ok((j, QuarterYear::Year(YearRef::Offset([0, -1, 1][k]))))
    }
    fn explicit(j: &str) -> Res<'_, QuarterYear> {
        let (j, y) = year4(j)?;
        let (j, _) = sp(j)?;
        Ok((j, QuarterYear::Year(YearRef::Explicit(y))))
    }
    alt((year_ago, this_years, explicit)).parse(i)
}

/// "first" … "fourth" as a quarter's number.
fn quarter_number(i: &str) -> Res<'_, u8> {
    let (r, k) = kw_of(&["first", "second", "third", "fourth"])(i)?;
    Ok((r, k as u8 + 1))
}

/// Quarters of a (fiscal) year: "third-quarter", "the third quarter", "the
/// fourth quarter of 1990", "this year's third quarter", "the 1988 second
/// quarter", "the fiscal first quarter", "the quarter", "the latest
/// quarter", "the year-ago quarter", "the year-earlier period".
fn quarter(i: &str) -> Res<'_, Expr> {
    if let Ok(ok) = q_quarter(i) {
        return Ok(ok);
    }
    let (r, the) = opt_the(i);
    let (r, qy) = opt(quarter_year).parse(r)?;
    let r = match (kw("fiscal"), alt((sp, hyphen))).parse(r) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    if let Ok((r, q)) = quarter_number(r) {
        let (r, adjective) = match hyphen(r) {
            Ok((r, ())) => (r, true),
            Err(_) => (sp(r)?.0, false),
        };
        // "the third-quarter loss": "the" belongs to the noun
        if adjective && the {
            return fail(i);
        }
        let (r, _) = kw("quarter")(r)?;
        // "of 1990", "this year"
        let of_year = (sp, kw("of"), sp, year4).parse(r);
        let this_year = (sp, kw_of(&["this", "last", "next"]), sp, kw("year"))
            .parse(r)
            .map(|(j, (_, k, _, _))| (j, YearRef::Offset([0, -1, 1][k])));
        let (r, year) = match (of_year, qy) {
            (Ok((r, (_, _, _, y))), _) => (r, YearRef::Explicit(y)),
            (Err(_), None) if this_year.is_ok() => this_year?,
            (Err(_), Some(QuarterYear::Year(y))) => (r, y),
            (Err(_), Some(QuarterYear::YearAgo)) => (r, YearRef::Offset(-1)),
            (Err(_), None) => (r, YearRef::Implied),
        };
        let e = DateExpr::new(DateBase::Quarter { year, quarter: q });
        return Ok((r, Expr::Date(e)));
    }
    // "this quarter": the current one
    if let Ok((j, _)) = (kw("this"), sp, kw("quarter")).parse(i) {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Relative {
                offset: 0,
                unit: Unit::Quarter,
            })),
        ));
    }
    // "the quarter", "the latest quarter", "the year-ago period"
    if !the && qy.is_none() {
        return fail(i);
    }
    let (r, m) = opt(|j| {
        let (j, k) = kw_of(&[
            "latest",
            "current",
            "previous",
            "comparable",
            "same",
            "corresponding",
        ])(j)?;
        let (j, _) = sp(j)?;
        Ok((j, k))
    })
    .parse(r)?;
    let (r, noun) = kw_of(&["quarter", "period"])(r)?;
    // "the quarter-finals", "a quarter-century": the first part of another
    // word
    if r.strip_prefix('-')
        .is_some_and(|w| w.starts_with(|c: char| c.is_alphabetic()))
    {
        return fail(i);
    }
    // "the corresponding period last year", "the quarter a year ago": the
    // year-ago quarter
    if qy.is_none()
        && the
        && matches!(m, None | Some(3..))
        && let Ok((j, _)) = sp(r).and_then(|(j, _)| {
            alt((
                phrase(&["last", "year"]),
                phrase(&["a", "year", "ago"]),
                phrase(&["a", "year", "earlier"]),
            ))
            .parse(j)
        })
    {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::Relative {
                offset: -5,
                unit: Unit::Quarter,
            })),
        ));
    }
    let offset = match (qy, m) {
        (Some(QuarterYear::YearAgo), _) => -5,
        (Some(QuarterYear::Year(YearRef::Offset(k))), _) => -1 + 4 * k,
        // "the 1988 period", "the 1988 quarter": the year, which
        // [`crate::timex`] narrows to the quarter the text reports on
        (Some(QuarterYear::Year(y @ YearRef::Explicit(_))), None) if the => {
            return Ok((r, Expr::Date(cal(y, None, None, None))));
        }
        (Some(QuarterYear::Year(_)), _) => return fail(i),
        (None, Some(1)) => 0,
        (None, Some(2)) => -2,
        (None, Some(0)) => -1,
        (None, _) if noun == 0 => -1,
        (None, _) => return fail(i),
    };
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Relative {
            offset,
            unit: Unit::Quarter,
        })),
    ))
}

/// Weeks: "the week of March 6", "the first week of 2015", "the last week
/// of 2015", "the third week of July", "the second week of next year".
fn week_of(i: &str) -> Res<'_, Expr> {
    let (r, the) = opt_the(i);
    let week = |year, month, day, n| {
        Expr::Date(DateExpr::new(DateBase::Week {
            year,
            month,
            day,
            n,
        }))
    };
    if the
        && let Ok((j, _)) = (kw("week"), sp, kw("of"), sp).parse(r)
        && let Ok((j, Expr::Date(d))) = full_date(j)
        && let DateBase::Calendar {
            year,
            month: Some(m),
            day: Some(day),
            ..
        } = d.base
    {
        return Ok((j, week(year, Some(m), Some(day), 0)));
    }
    let (r, k) = kw_of(&["first", "second", "third", "fourth", "fifth", "last"])(r)?;
    let n = [1, 2, 3, 4, 5, -1][k];
    let (r, _) = (sp, kw("week"), sp).parse(r)?;
    // "the third week next year"
    if let Ok((j, (k, _, _))) = (kw_of(&["this", "last", "next"]), sp, kw("year")).parse(r) {
        return Ok((j, week(YearRef::Offset([0, -1, 1][k]), None, None, n)));
    }
    let (r, _) = (kw("of"), sp).parse(r)?;
    // "the third week of this month"
    if let Ok((j, offset)) = relative_month(r) {
        return Ok((
            j,
            Expr::Date(DateExpr::new(DateBase::WeekOfMonth { n, offset })),
        ));
    }
    if let Ok((j, y)) = year4(r) {
        return Ok((j, week(YearRef::Explicit(y), None, None, n)));
    }
    if let Ok((j, (k, _, _))) = (kw_of(&["this", "last", "next"]), sp, kw("year")).parse(r) {
        return Ok((j, week(YearRef::Offset([0, -1, 1][k]), None, None, n)));
    }
    if let Ok((j, d)) = month_year_expr(r)
        && let DateBase::Calendar {
            year,
            month: Some(m),
            ..
        } = d.base
    {
        return Ok((j, week(year, Some(m), None, n)));
    }
    let (j, m) = month(r)?;
    Ok((j, week(YearRef::Implied, Some(m), None, n)))
}

/// Halves of a year: "the first half of 2019", "the second half of the
/// year", "the last half of 1989", "the first half of next year". The year
/// must be said: "the first half" alone is as often a match's.
fn half_year(i: &str) -> Res<'_, Expr> {
    let (r, _) = opt_the(i);
    let (r, k) = kw_of(&["first", "second", "last"])(r)?;
    // "the first two quarters of 1990" is its first half
    let (r, _) = alt((
        |j| {
            (sp, kw("half"), sp, kw("of"), sp)
                .parse(j)
                .map(|(j, _)| (j, ()))
        },
        |j| {
            (sp, kw("two"), sp, kw("quarters"), sp, kw("of"), sp)
                .parse(j)
                .map(|(j, _)| (j, ()))
        },
    ))
    .parse(r)?;
    let (r, year) = alt((
        |j| year4(j).map(|(j, y)| (j, YearRef::Explicit(y))),
        |j| {
            (kw("the"), sp, kw("year"))
                .parse(j)
                .map(|(j, _)| (j, YearRef::Offset(0)))
        },
        |j| {
            (kw_of(&["this", "last", "next"]), sp, kw("year"))
                .parse(j)
                .map(|(j, (k, _, _))| (j, YearRef::Offset([0, -1, 1][k])))
        },
    ))
    .parse(r)?;
    // "the year 2000"
    if year == YearRef::Offset(0) && sp(r).is_ok_and(|(j, _)| year4(j).is_ok()) {
        return fail(i);
    }
    let half = [1, 2, 2][k];
    Ok((r, Expr::Date(DateExpr::new(DateBase::Half { year, half }))))
}

/// Quarters in business notation: "Q3", "Q1 2016", "2016 Q3", "Q3 this
/// year", "Q4 of 2016"; not a question's number ("Q1: When did …?").
fn q_quarter(i: &str) -> Res<'_, Expr> {
    fn q(j: &str) -> Res<'_, u8> {
        let b = j.as_bytes();
        if b.len() >= 2 && b[0] == b'Q' && (b'1'..=b'4').contains(&b[1]) && at_boundary(&j[2..]) {
            Ok((&j[2..], b[1] - b'0'))
        } else {
            fail(j)
        }
    }
    let e = |year, quarter| Expr::Date(DateExpr::new(DateBase::Quarter { year, quarter }));
    if let Ok((r, (y, _, k))) = (year4, sp, q).parse(i) {
        return Ok((r, e(YearRef::Explicit(y), k)));
    }
    let (r, k) = q(i)?;
    // "Q1: When did the last Russian troops leave?" numbers a reader's
    // question: a label, then a line that asks
    if let Some(label) = r.strip_prefix([':', '.', ')']) {
        let line = &label[..label.find('\n').unwrap_or(label.len())];
        if line.trim_end().ends_with('?') {
            return fail(i);
        }
    }
    if let Ok((j, (_, _, y))) = (sp, opt((kw("of"), sp)), year4).parse(r) {
        return Ok((j, e(YearRef::Explicit(y), k)));
    }
    if let Ok((j, (_, w, _, _))) = (sp, kw_of(&["this", "last", "next"]), sp, kw("year")).parse(r) {
        return Ok((j, e(YearRef::Offset([0, -1, 1][w]), k)));
    }
    Ok((r, e(YearRef::Implied, k)))
}

/// "fiscal 1989", "fiscal-1990", "the fiscal year", "the current fiscal
/// year", "this fiscal year", "last fiscal year".
fn fiscal_year(i: &str) -> Res<'_, Expr> {
    if let Ok((r, (_, _, y))) = (kw("fiscal"), alt((sp, hyphen)), year4).parse(i) {
        return Ok((r, Expr::Date(cal(YearRef::Explicit(y), None, None, None))));
    }
    // "this fiscal year", "last fiscal year", "next fiscal year"
    if let Ok((r, (k, _, _, _, _))) = (
        kw_of(&["this", "last", "next"]),
        sp,
        kw("fiscal"),
        sp,
        kw("year"),
    )
        .parse(i)
    {
        let offset = [0, -1, 1][k];
        return Ok((
            r,
            Expr::Date(DateExpr::new(DateBase::Relative {
                offset,
                unit: Unit::Year,
            })),
        ));
    }
    let (r, _) = (kw("the"), sp).parse(i)?;
    let (r, k) = opt(|j| {
        let (j, k) = kw_of(&["current", "latest", "previous", "next"])(j)?;
        let (j, _) = sp(j)?;
        Ok((j, k))
    })
    .parse(r)?;
    // "the current year" needs no "fiscal"
    let r = match (kw("fiscal"), sp, kw("year")).parse(r) {
        Ok((j, _)) => j,
        Err(_) if k == Some(0) => kw("year")(r)?.0,
        Err(e) => return Err(e),
    };
    let offset = match k {
        Some(2) => -1,
        Some(3) => 1,
        _ => 0,
    };
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Relative {
            offset,
            unit: Unit::Year,
        })),
    ))
}

/// "now", "currently", "recently", "the past", "the future", "the near
/// future": vague references, which TimeML annotates but which claim no
/// date.
fn vague_ref(i: &str) -> Res<'_, Expr> {
    let e = |t| Expr::Date(DateExpr::new(DateBase::Ref(t)));
    if let Ok((r, k)) = kw_of(&["now", "currently", "current", "recently", "recent"])(i) {
        let t = [
            RefTime::Present,
            RefTime::Present,
            RefTime::Present,
            RefTime::Past,
            RefTime::Past,
        ][k];
        // "now-defunct" is an adjective
        if hyphen(r).is_ok() {
            return fail(i);
        }
        return Ok((r, e(t)));
    }
    if let Ok((r, _)) = (kw("these"), sp, kw("days")).parse(i) {
        return Ok((r, e(RefTime::Present)));
    }
    let (r, _) = (kw("the"), sp).parse(i)?;
    if let Ok((r, _)) = kw("past")(r) {
        // "the past two years" is a duration; "the past" alone is vague
        if let Ok((j, _)) = sp(r)
            && (amount(j).is_ok() || kw_of(&["few", "several"])(j).is_ok())
        {
            return fail(i);
        }
        return Ok((r, e(RefTime::Past)));
    }
    let r = match (kw_of(&["near", "foreseeable", "distant"]), sp).parse(r) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    let (r, _) = kw("future")(r)?;
    Ok((r, e(RefTime::Future)))
}

/// A plural unit: "years", "days".
fn plural_unit(i: &str) -> Res<'_, Unit> {
    let (r, w) = word(i)?;
    match Unit::from_word(w) {
        Some(u) if w.ends_with(['s', 'S']) => Ok((r, u)),
        _ => fail(i),
    }
}

/// A plural unit or "quarters" (of a fiscal year), where no fraction can
/// be meant: "several quarters", "the coming quarters".
fn plural_unit_or_quarters(i: &str) -> Res<'_, Unit> {
    plural_unit(i).or_else(|_| kw("quarters")(i).map(|(r, _)| (r, Unit::Quarter)))
}

/// Durations without an amount: "several years", "a few days", "recent
/// months", "the past few weeks", "several-year"; "a couple of years" is
/// two.
/// "day-long", "decade-long", "decades-long": a unit joined to "long" is
/// the length of the noun after it (one unit, or some of them in the
/// plural, as TimeML writes "decades-long" PXY).
fn unit_long(i: &str) -> Res<'_, Expr> {
    let (r, w) = word(i)?;
    let unit = Unit::from_word(w).ok_or(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))?;
    let (r, ()) = hyphen(r)?;
    let (r, _) = kw("long")(r)?;
    if !at_boundary(r) {
        return fail(i);
    }
    let d = if w.ends_with(['s', 'S']) {
        DurationExpr {
            quant: Quant::Vague,
            ..DurationExpr::new(0.0, unit, 0.0, Hedge::About)
        }
    } else {
        // as loose as "a decade": "decade-long" is said of nine years too
        DurationExpr::new(1.0, unit, 0.5, Hedge::Exact)
    };
    Ok((r, Expr::Duration(d)))
}

fn vague_duration(i: &str) -> Res<'_, Expr> {
    let (c, h) = opt(hedge).parse(i)?;
    // "the next couple of years"
    let c = match (
        kw("the"),
        sp,
        kw_of(&["past", "last", "next", "coming"]),
        sp,
    )
        .parse(c)
    {
        Ok((j, _)) if h.is_none() => j,
        _ => c,
    };
    if let Ok((r, _)) = (opt((kw("a"), sp)), kw("couple"), sp, kw("of"), sp).parse(c) {
        let (r, u) = plural_unit_or_quarters(r)?;
        return Ok((
            r,
            Expr::Duration(DurationExpr::new(2.0, u, 0.5, h.unwrap_or(Hedge::About))),
        ));
    }
    let r = match (
        kw("the"),
        sp,
        kw_of(&["past", "last", "next", "coming"]),
        sp,
    )
        .parse(i)
    {
        Ok((r, _)) => {
            // "the coming years"
            if let Ok((j, unit)) = plural_unit_or_quarters(r) {
                return Ok((
                    j,
                    Expr::Duration(DurationExpr {
                        quant: Quant::Vague,
                        ..DurationExpr::new(0.0, unit, 0.0, Hedge::About)
                    }),
                ));
            }
            r
        }
        // "past few weeks", "next several days"
        Err(_) => match (kw_of(&["past", "last", "next"]), sp).parse(i) {
            Ok((j, _))
                if kw_of(&["few", "several"])(j).is_ok()
                    || (kw("a"), sp, kw("few")).parse(j).is_ok() =>
            {
                j
            }
            _ => i,
        },
    };
    let r = match (kw("a"), sp).parse(r) {
        Ok((j, _)) if kw("few")(j).is_ok() => j,
        _ => r,
    };
    let (r, _) = kw_of(&["several", "few", "recent", "many", "coming"])(r)?;
    let (r, unit) = if let Ok((j, ())) = hyphen(r) {
        // "several-year tenure"
        let (j2, w) = word(j)?;
        match Unit::from_word(w) {
            Some(u) if !w.ends_with(['s', 'S']) => (j2, u),
            _ => return fail(i),
        }
    } else {
        let (j, _) = sp(r)?;
        plural_unit_or_quarters(j)?
    };
    // "several years ago"
    if let Ok((j, _)) = (sp, kw("ago")).parse(r) {
        return Ok((j, Expr::Date(DateExpr::new(DateBase::Ref(RefTime::Past)))));
    }
    Ok((
        r,
        Expr::Duration(DurationExpr {
            quant: Quant::Vague,
            ..DurationExpr::new(0.0, unit, 0.0, Hedge::About)
        }),
    ))
}

/// " a year", " per month", " each week" after "once" or "N times": the
/// set, once a unit.
fn per_unit(r: &str) -> Res<'_, Expr> {
    let (r, _) = (sp, kw_of(&["a", "an", "per", "each", "every"]), sp).parse(r)?;
    let (r, w) = word(r)?;
    match Unit::from_word(w).filter(|_| !w.ends_with(['s', 'S'])) {
        Some(u) => Ok((
            r,
            Expr::Duration(DurationExpr {
                quant: Quant::Every,
                ..DurationExpr::new(1.0, u, 0.0, Hedge::Exact)
            }),
        )),
        None => fail(r),
    }
}

/// Sets said with a number of times: "three times a week", "10 times a
/// year" (a form of its own, tried only where "times" is near: most
/// amounts are not).
fn times_a(i: &str) -> Res<'_, Expr> {
    let (r, _) = (amount, sp, kw("times")).parse(i)?;
    per_unit(r)
}

/// Sets: "daily", "weekly", "biweekly", "every day", "each year", "every
/// three weeks", "once a year", "twice a month" (and, in [`times_a`],
/// "three times a week").
fn every(i: &str) -> Res<'_, Expr> {
    let set = |amount, unit| {
        Expr::Duration(DurationExpr {
            quant: Quant::Every,
            ..DurationExpr::new(amount, unit, 0.0, Hedge::Exact)
        })
    };
    // "quarterly" is left out: in news it mostly qualifies dividends and
    // results ("its quarterly dividend"), which TimeML does not annotate;
    // "annually" after a rate ("rise 8.5% annually") the scanner drops
    const ADVERBS: [(&str, f64, Unit); 8] = [
        ("annually", 1.0, Unit::Year),
        ("daily", 1.0, Unit::Day),
        ("weekly", 1.0, Unit::Week),
        ("monthly", 1.0, Unit::Month),
        ("yearly", 1.0, Unit::Year),
        ("hourly", 1.0, Unit::Hour),
        ("biweekly", 2.0, Unit::Week),
        ("fortnightly", 2.0, Unit::Week),
    ];
    if let Ok((r, w)) = word(i)
        && let Some(&(_, n, u)) = ADVERBS.iter().find(|(a, ..)| w.eq_ignore_ascii_case(a))
    {
        return Ok((r, set(n, u)));
    }
    // "once a year", "twice a month"
    if let Ok((r, _)) = kw_of(&["once", "twice", "thrice"])(i)
        && let Ok(found) = per_unit(r)
    {
        return Ok(found);
    }
    let weekly = |r, weekday| {
        Ok((
            r,
            Expr::Duration(DurationExpr {
                quant: Quant::EveryWeekday(weekday),
                ..DurationExpr::new(1.0, Unit::Week, 0.0, Hedge::Exact)
            }),
        ))
    };
    // "Mondays", "on Sundays": a weekday in the plural
    if let Ok((r, w)) = word(i)
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && let Some(k) = plural_weekday(w)
    {
        return weekly(r, k);
    }
    let (r, _) = kw_of(&["every", "each"])(i)?;
    let (r, _) = sp(r)?;
    // "every morning", "each night"
    if let Ok((r2, part)) = day_part(r) {
        return Ok((
            r2,
            Expr::Duration(DurationExpr {
                quant: Quant::EveryPart(part),
                ..DurationExpr::new(1.0, Unit::Day, 0.0, Hedge::Exact)
            }),
        ));
    }
    // "every Friday", "each Monday"
    if let Ok((r2, w)) = word(r)
        && w.len() > 3
        && let Ok(("", k)) = weekday(w)
    {
        return weekly(r2, k);
    }
    // "every three weeks", "every 33 years"
    if let Ok((r2, (n, _))) = amount(r)
        && n > 1.0
        && let Ok((r3, _)) = sp(r2)
        && let Ok((r4, w)) = word(r3)
        && let Some(u) = Unit::from_word(w)
    {
        return Ok((r4, set(n, u)));
    }
    let (r, w) = word(r)?;
    match Unit::from_word(w) {
        Some(u) if !w.ends_with(['s', 'S']) => Ok((r, set(1.0, u))),
        _ => fail(i),
    }
}

/// The weekday (0 for Monday) a plural weekday names: "Mondays", "sundays".
fn plural_weekday(w: &str) -> Option<u8> {
    let w = w.strip_suffix(['s', 'S'])?;
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .map(|k| k as u8)
}

/// "a year earlier", "two days later", "year-earlier", "year-ago": a time
/// relative to one the text spoke of before.
fn shifted(i: &str) -> Res<'_, Expr> {
    let e = |n, unit| Expr::Date(DateExpr::new(DateBase::Shifted { n, unit }));
    if let Ok((r, (_, _, k))) = (kw("year"), hyphen, kw_of(&["earlier", "ago"])).parse(i) {
        let _ = k;
        return Ok((r, e(-1, Unit::Year)));
    }
    // "more than a year earlier" is a hedged amount: a duration
    let (r, (n, _)) = amount(i)?;
    let (r, _) = sp(r)?;
    let (r, w) = word(r)?;
    let unit = Unit::from_word(w)
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Tag)))?;
    let r = or_so(r);
    let (r, _) = sp(r)?;
    let (r, k) = kw_of(&["earlier", "later"])(r)?;
    if n.fract() != 0.0 || n > 10_000.0 {
        return fail(i);
    }
    let n = n as i32;
    Ok((r, e(if k == 0 { -n } else { n }, unit)))
}

/// Skips " or so" after a unit.
fn or_so(i: &str) -> &str {
    match (sp, kw("or"), sp, kw("so")).parse(i) {
        Ok((r, _)) => r,
        Err(_) => i,
    }
}

#[cfg(test)]
mod tests {
    /// [`UNIT_WORDS`] are the words a unit is read from, no more, no fewer:
    /// each, with an "s" more or less, is one exactly when it is listed.
    #[test]
    fn unit_words_are_the_words_units_are_read_from() {
        for w in UNIT_WORDS {
            for c in [w.to_string(), format!("{w}s"), w[..w.len() - 1].to_string()] {
                assert_eq!(
                    Unit::from_word(&c).is_some(),
                    UNIT_WORDS.contains(&c.as_str()),
                    "{c:?}"
                );
            }
        }
    }

    /// The word table's followers of a number are what asking the lists
    /// says, for every word of the lists, each with a letter more or less,
    /// and other words.
    #[test]
    fn the_words_after_a_number_are_the_words_of_the_lists() {
        let mut words = number_followers();
        words.sort();
        for w in words.clone() {
            words.extend([format!("{w}s"), format!("x{w}"), w[1..].to_string()]);
            words.push(w[..w.len() - 1].to_string());
        }
        words.extend(
            [
                "people", "troops", "percent", "Years", "JAN", "Sep", "mondays",
            ]
            .map(String::from),
        );
        words.push("a".repeat(17));
        for w in words.iter().filter(|w| !w.is_empty()) {
            assert_eq!(
                !super::super::follows_a_number(w),
                plain_by_lists(w),
                "{w:?}"
            );
        }
    }

    #[test]
    fn numbers_that_begin_no_temporal_form() {
        let table = [
            // plain counts: no form is tried
            ("82 people", false),
            ("1,700 troops", false),
            ("3.5 percent", false),
            ("650,000 is being offered", false),
            ("12 new members", false),
            // a year's four digits, whatever follows; shapes no count has
            ("2024,2 between", true),
            ("2024.5 people", true),
            ("28.11.2020 was", true),
            ("1,70 people", true),
            ("20,000 people", false),
            ("1,700.5 tonnes", false),
            // the number's shape or the next word may begin one
            ("2020 was", true),
            ("1990s", true),
            ("20th century", true),
            ("10 November 2020", true),
            ("10 Nov", true),
            ("44-day war", true),
            ("18 months", true),
            ("1.5 Years", true),
            ("2 1/2 years", true),
            // a count of years, which no temporal form reads
            ("3 million years", false),
            ("1990 to 2000", true),
            ("10:30 a.m.", true),
            ("10 a.m.", true),
            // "a" goes on into "a.m." only
            ("57 a share", false),
            ("358,000 a month", false),
            ("5 pm", true),
            ("2020-11-10", true),
            ("3 times a year", true),
            ("two weeks", true),
            // a line break reads as a space
            ("7\npeople", false),
            ("7\nyears", true),
            ("82\u{a0}people", true),
            // a comma, a full stop or a hyphen, then a plain word
            ("25, down 50 cents", false),
            ("160,000. Saddam has", false),
            ("2.75.\n\nMr. Edelman", false),
            ("50-strong mob", false),
            ("52-year-old", true),
            ("5, 6 and 7 May", true),
            ("11. November", true),
            // a percentage
            ("20% to $722 million", false),
            ("86%, of the shares", false),
            ("3.5%", false),
        ];
        for (t, may) in table {
            let forms = super::forms_at_number(t);
            assert_eq!(forms != 0, may, "{t:?}");
            // and what is left out could not have matched
            assert_eq!(first_form(t, forms), first_form(t, u64::MAX), "{t:?}");
        }
    }

    /// A year that ends a clause, or comes before a plain word, is tried as
    /// a bare year only, and reads as trying every form reads it.
    #[test]
    fn a_year_that_ends_a_clause_is_a_bare_year() {
        let alone = [
            "1993, so the decision",
            "1988. Libya, which",
            "1995?\" he asked",
            "1989\". He said",
            "1990; the rest",
            "2024,2 between",
            "2000)",
            "1998.",
            // before a plain word
            "1998 budget talks",
            "2001 when the",
            "1500 people were",
            "0735 GMT",
        ];
        for t in alone {
            assert_eq!(forms_at_number(t), *YEAR_ALONE, "{t:?}");
            assert_eq!(first_form(t, *YEAR_ALONE), first_form(t, u64::MAX), "{t:?}");
        }
        // a point and a digit, a dash, a space: something longer may follow
        for t in [
            "1998.5 people",
            "1998-99",
            "1990s,",
            "1990 to 2000",
            "1998 and 1999",
            "1998 fourth quarter",
            "1998 third-quarter",
            "1998 Q4 results",
            "2020 March",
        ] {
            assert_eq!(forms_at_number(t), *DIGIT_FORMS, "{t:?}");
        }
    }

    use super::*;
    use crate::extract::Expr::*;

    fn parse(s: &str) -> (String, Expr) {
        let (rest, e) = temporal(s).unwrap_or_else(|e| panic!("{s:?} did not parse: {e}"));
        assert_dispatch(s);
        (s[..s.len() - rest.len()].trim_end().to_string(), e)
    }

    /// Trying only the forms that can begin with the first word gives what
    /// trying every form gives.
    fn assert_dispatch(s: &str) {
        let first = if s.starts_with(|c: char| c.is_ascii_digit()) {
            None
        } else {
            let w: String = s
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_lowercase();
            Some(w)
        };
        let forms = forms_starting(first.as_deref());
        assert_eq!(
            temporal_among(s, forms).ok(),
            temporal(s).ok(),
            "dispatch on {first:?} disagrees at {s:?}"
        );
    }

    #[test]
    fn dispatch_agrees_with_every_form_on_the_corpus() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let mut n = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            for (k, c) in text.char_indices() {
                let starts_word = c.is_ascii_alphanumeric()
                    && !text[..k]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                if starts_word {
                    assert_dispatch(&text[k..]);
                    n += 1;
                }
            }
        }
        assert!(n > 1000, "only {n} word starts in the corpus");
    }

    fn c(y: YearRef, m: Option<u8>, d: Option<u8>) -> DateExpr {
        cal(y, m, d, None)
    }

    use YearRef::*;

    #[test]
    fn full_dates() {
        let table = [
            (
                "10 November 2020 tripartite",
                "10 November 2020",
                c(Explicit(2020), Some(11), Some(10)),
            ),
            (
                "April 18, 2024\n",
                "April 18, 2024",
                c(Explicit(2024), Some(4), Some(18)),
            ),
            ("April 22nd.", "April 22nd", c(Implied, Some(4), Some(22))),
            ("on", "", c(Implied, None, None)), // placeholder, skipped below
            (
                "28 September, that",
                "28 September",
                c(Implied, Some(9), Some(28)),
            ),
            (
                "1 February last year, is",
                "1 February last year",
                c(Offset(-1), Some(2), Some(1)),
            ),
            (
                "March 5 next year.",
                "March 5 next year",
                c(Offset(1), Some(3), Some(5)),
            ),
            // "last" that begins something else is not the year's
            (
                "1 February last week",
                "1 February",
                c(Implied, Some(2), Some(1)),
            ),
            (
                "1 January 2024.",
                "1 January 2024",
                c(Explicit(2024), Some(1), Some(1)),
            ),
            (
                "17th of April 2024",
                "17th of April 2024",
                c(Explicit(2024), Some(4), Some(17)),
            ),
            (
                "November 8, 2024, in Baku",
                "November 8, 2024",
                c(Explicit(2024), Some(11), Some(8)),
            ),
            (
                "2024-04-22 03:16:42",
                "2024-04-22 03:16:42",
                c(Explicit(2024), Some(4), Some(22)),
            ),
            (
                "21 April 2024 - 10:03",
                "21 April 2024 - 10:03",
                c(Explicit(2024), Some(4), Some(21)),
            ),
            (
                "18 April 2024 14:54",
                "18 April 2024 14:54",
                c(Explicit(2024), Some(4), Some(18)),
            ),
            (
                "31 June 2024",
                "31 June 2024",
                c(Explicit(2024), Some(6), Some(31)),
            ),
            (
                "Sept. 3, 2019",
                "Sept. 3, 2019",
                c(Explicit(2019), Some(9), Some(3)),
            ),
            (
                "17\u{a0}April\u{a0}2024",
                "17\u{a0}April\u{a0}2024",
                c(Explicit(2024), Some(4), Some(17)),
            ),
            // as dates are said: an ordinal in words before "of", a year
            // in words after the month
            (
                "twenty-second of October, nineteen ninety-eight, as",
                "twenty-second of October, nineteen ninety-eight",
                c(Explicit(1998), Some(10), Some(22)),
            ),
            (
                "eighth of May.",
                "eighth of May",
                c(Implied, Some(5), Some(8)),
            ),
            (
                "October the twenty-second",
                "October the twenty-second",
                c(Implied, Some(10), Some(22)),
            ),
            (
                "first of February, two thousand and three.",
                "first of February, two thousand and three",
                c(Explicit(2003), Some(2), Some(1)),
            ),
            (
                "10 March twenty twenty-two.",
                "10 March twenty twenty-two",
                c(Explicit(2022), Some(3), Some(10)),
            ),
        ];
        for (input, text, want) in table {
            if text.is_empty() {
                continue;
            }
            assert_eq!(parse(input), (text.to_string(), Date(want)), "{input:?}");
        }
    }

    #[test]
    fn dates_with_weekdays() {
        let (t, e) = parse("Wednesday, 17 April 2024");
        assert_eq!(t, "Wednesday, 17 April 2024");
        assert_eq!(e, Date(cal(Explicit(2024), Some(4), Some(17), Some(2))));
        let (t, e) = parse("Tuesday, April 17, 2024");
        assert_eq!(t, "Tuesday, April 17, 2024");
        assert_eq!(e, Date(cal(Explicit(2024), Some(4), Some(17), Some(1))));
        // as it is said: "Saturday the first of February, two thousand and
        // three" (with the month, "the first" is a day)
        let (t, e) = parse("Saturday the first of February, two thousand and three.");
        assert_eq!(t, "Saturday the first of February, two thousand and three");
        assert_eq!(e, Date(cal(Explicit(2003), Some(2), Some(1), Some(5))));
        // an ordinal in words without "of" is no day ("the eighth May
        // Day parade")
        assert!(temporal("eighth May Day parade").is_err());
    }

    fn date_of(base: DateBase) -> Expr {
        Date(DateExpr::new(base))
    }

    #[test]
    fn months_years_and_ranges() {
        let table: &[(&str, &str, Expr)] = &[
            (
                "November 2025, challenges",
                "November 2025",
                Date(c(Explicit(2025), Some(11), None)),
            ),
            ("Oct-2", "Oct-2", Date(c(Implied, Some(10), Some(2)))),
            ("Jan/1 and", "Jan/1", Date(c(Implied, Some(1), Some(1)))),
            (
                "2016 November",
                "2016 November",
                Date(c(Explicit(2016), Some(11), None)),
            ),
            // an abbreviation after a year is no month of it
            ("2016 Nov", "2016", Date(c(Explicit(2016), None, None))),
            (
                "between 2015 June and 2018 May",
                "between 2015 June and 2018 May",
                Range(
                    c(Explicit(2015), Some(6), None),
                    c(Explicit(2018), Some(5), None),
                ),
            ),
            (
                "November between 19 and 20",
                "November between 19 and 20",
                Range(
                    c(Implied, Some(11), Some(19)),
                    c(Implied, Some(11), Some(20)),
                ),
            ),
            (
                "November , 2016",
                "November , 2016",
                Date(c(Explicit(2016), Some(11), None)),
            ),
            (
                "September 2023",
                "September 2023",
                Date(c(Explicit(2023), Some(9), None)),
            ),
            (
                "2019 to enforce",
                "2019",
                Date(c(Explicit(2019), None, None)),
            ),
            (
                "September, with",
                "September",
                Date(c(Implied, Some(9), None)),
            ),
            (
                "the 20th of next month",
                "the 20th of next month",
                Date(DateExpr::new(DateBase::MonthDay { offset: 1, day: 20 })),
            ),
            (
                "31st of this month.",
                "31st of this month",
                Date(DateExpr::new(DateBase::MonthDay { offset: 0, day: 31 })),
            ),
            (
                "from 4 to 22 this month",
                "from 4 to 22 this month",
                Range(
                    DateExpr::new(DateBase::MonthDay { offset: 0, day: 4 }),
                    DateExpr::new(DateBase::MonthDay { offset: 0, day: 22 }),
                ),
            ),
            (
                "4 till 23 of next month",
                "4 till 23 of next month",
                Range(
                    DateExpr::new(DateBase::MonthDay { offset: 1, day: 4 }),
                    DateExpr::new(DateBase::MonthDay { offset: 1, day: 23 }),
                ),
            ),
            (
                "between 4 and 22 last month",
                "between 4 and 22 last month",
                Range(
                    DateExpr::new(DateBase::MonthDay { offset: -1, day: 4 }),
                    DateExpr::new(DateBase::MonthDay {
                        offset: -1,
                        day: 22,
                    }),
                ),
            ),
            (
                "the rest of the year",
                "the rest of the year",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                    c(Offset(0), Some(12), Some(31)),
                ),
            ),
            (
                "rest of this week",
                "rest of this week",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::WeekdayOfWeek {
                        weekday: 6,
                        week: 0,
                    }),
                ),
            ),
            (
                "less than 2 weeks from today",
                "less than 2 weeks from today",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::Before {
                        months: 0,
                        days: -14,
                    }),
                ),
            ),
            (
                "up to 3 days after tomorrow",
                "up to 3 days after tomorrow",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 1,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::Before {
                        months: 0,
                        days: -4,
                    }),
                ),
            ),
            (
                "two days hence",
                "two days hence",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 1,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::Before {
                        months: 0,
                        days: -3,
                    }),
                ),
            ),
            (
                "4 weeks in the future",
                "4 weeks in the future",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 1,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::Before {
                        months: 0,
                        days: -29,
                    }),
                ),
            ),
            (
                "a week starting tomorrow",
                "a week starting tomorrow",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 1,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::Before {
                        months: 0,
                        days: -8,
                    }),
                ),
            ),
            (
                "2014 through 2018",
                "2014 through 2018",
                Range(c(Explicit(2014), None, None), c(Explicit(2018), None, None)),
            ),
            // a year and a relation
            (
                "2019 until 2020",
                "2019",
                Date(c(Explicit(2019), None, None)),
            ),
            (
                "the year to date",
                "the year to date",
                Range(
                    c(Offset(0), Some(1), Some(1)),
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                ),
            ),
            (
                "today to October 22",
                "today to October 22",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                    c(Implied, Some(10), Some(22)),
                ),
            ),
            (
                "the rest of the month",
                "the rest of the month",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                    DateExpr::new(DateBase::MonthDay { offset: 0, day: 0 }),
                ),
            ),
            (
                "1 month 21 days ago",
                "1 month 21 days ago",
                Date(DateExpr::new(DateBase::Before {
                    months: 1,
                    days: 21,
                })),
            ),
            (
                "2 years, 1 month and 21 days ago",
                "2 years, 1 month and 21 days ago",
                Date(DateExpr::new(DateBase::Before {
                    months: 25,
                    days: 21,
                })),
            ),
            (
                "19–20 September counter",
                "19–20 September",
                Range(c(Implied, Some(9), Some(19)), c(Implied, Some(9), Some(20))),
            ),
            (
                "September 19-20, 2023",
                "September 19-20, 2023",
                Range(
                    c(Explicit(2023), Some(9), Some(19)),
                    c(Explicit(2023), Some(9), Some(20)),
                ),
            ),
            // two days of named months and a dash (round 37: a table's
            // "17 Apr – 12 June 2024" was two dates, the first of them
            // dated in the article's year)
            (
                "17 Apr – 12 June 2024 |",
                "17 Apr – 12 June 2024",
                Range(
                    c(Implied, Some(4), Some(17)),
                    c(Explicit(2024), Some(6), Some(12)),
                ),
            ),
            (
                "27 September–10 November 2020, when",
                "27 September–10 November 2020",
                Range(
                    c(Implied, Some(9), Some(27)),
                    c(Explicit(2020), Some(11), Some(10)),
                ),
            ),
            (
                "April 17 - June 12, 2024.",
                "April 17 - June 12, 2024",
                Range(
                    c(Implied, Some(4), Some(17)),
                    c(Explicit(2024), Some(6), Some(12)),
                ),
            ),
            (
                "2020–23 by",
                "2020–23",
                Range(c(Explicit(2020), None, None), c(Explicit(2023), None, None)),
            ),
            (
                "2020-23 affected",
                "2020-23",
                Range(c(Explicit(2020), None, None), c(Explicit(2023), None, None)),
            ),
            (
                "2023-2024 academic",
                "2023-2024",
                Range(c(Explicit(2023), None, None), c(Explicit(2024), None, None)),
            ),
            (
                "between 2020 and 2023",
                "between 2020 and 2023",
                Range(c(Explicit(2020), None, None), c(Explicit(2023), None, None)),
            ),
            (
                "the 1990s",
                "the 1990s",
                Date(DateExpr::new(DateBase::Decade(1990))),
            ),
            (
                "the 70's",
                "the 70's",
                Date(DateExpr::new(DateBase::Decade(1970))),
            ),
            (
                "the 1600s,",
                "the 1600s",
                Date(DateExpr::new(DateBase::Century(1600))),
            ),
            (
                "the 2000s",
                "the 2000s",
                Date(DateExpr::new(DateBase::Decade(2000))),
            ),
            (
                "the nineties,",
                "the nineties",
                Date(DateExpr::new(DateBase::Decade(1990))),
            ),
            (
                "the Sixties",
                "the Sixties",
                Date(DateExpr::new(DateBase::Decade(1960))),
            ),
            (
                "earlier in the year",
                "earlier in the year",
                Date(DateExpr::new(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Year,
                })),
            ),
            (
                "the month of March was",
                "the month of March",
                Date(c(Implied, Some(3), None)),
            ),
            (
                "month of Jan",
                "month of Jan",
                Date(c(Implied, Some(1), None)),
            ),
            (
                "the month of May 2022",
                "the month of May 2022",
                Date(c(Explicit(2022), Some(5), None)),
            ),
            (
                "January, 2001 and",
                "January, 2001",
                Date(c(Explicit(2001), Some(1), None)),
            ),
            (
                "from Oct. 2 to October 22 and",
                "from Oct. 2 to October 22",
                Range(
                    c(Implied, Some(10), Some(2)),
                    c(Implied, Some(10), Some(22)),
                ),
            ),
            (
                "between 2015 and Feb 2018",
                "between 2015 and Feb 2018",
                Range(
                    c(Explicit(2015), None, None),
                    c(Explicit(2018), Some(2), None),
                ),
            ),
            (
                "Between March and May,",
                "Between March and May",
                Range(c(Implied, Some(3), None), c(Implied, Some(5), None)),
            ),
            (
                "from 4 to 22 January, 1995",
                "from 4 to 22 January, 1995",
                Range(
                    c(Explicit(1995), Some(1), Some(4)),
                    c(Explicit(1995), Some(1), Some(22)),
                ),
            ),
            (
                "from today through Nov. 17",
                "from today through Nov. 17",
                Range(
                    DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Day,
                    }),
                    c(Implied, Some(11), Some(17)),
                ),
            ),
            (
                "Friday through Sunday,",
                "Friday through Sunday",
                Range(
                    DateExpr::new(DateBase::Weekday {
                        weekday: 4,
                        offset: 0,
                    }),
                    DateExpr::new(DateBase::Weekday {
                        weekday: 6,
                        offset: 0,
                    }),
                ),
            ),
            (
                "Oct. 2 to October 22",
                "Oct. 2 to October 22",
                Range(
                    c(Implied, Some(10), Some(2)),
                    c(Implied, Some(10), Some(22)),
                ),
            ),
            (
                "November 19 to 20",
                "November 19 to 20",
                Range(
                    c(Implied, Some(11), Some(19)),
                    c(Implied, Some(11), Some(20)),
                ),
            ),
            (
                "between now and Feb. 10.",
                "between now and Feb. 10",
                Range(
                    DateExpr::new(DateBase::Ref(RefTime::Present)),
                    c(Implied, Some(2), Some(10)),
                ),
            ),
            // or two months with their years
            (
                "December 2022 to September 2023 |",
                "December 2022 to September 2023",
                Range(
                    c(Explicit(2022), Some(12), None),
                    c(Explicit(2023), Some(9), None),
                ),
            ),
            // but not a month without its year
            (
                "March to May 2020",
                "March",
                Date(c(Implied, Some(3), None)),
            ),
            // "to" joins two days only; the vote moved to May
            ("May 5 to vote", "May 5", Date(c(Implied, Some(5), Some(5)))),
            (
                "Friday to discuss",
                "Friday",
                date_of(DateBase::Weekday {
                    weekday: 4,
                    offset: 0,
                }),
            ),
            (
                "2019 until 2020",
                "2019",
                Date(c(Explicit(2019), None, None)),
            ),
            ("from 3 to 4 times", "", Date(c(Implied, None, None))),
            ("between friends and May", "", Date(c(Implied, None, None))),
            ("in May", "", Date(c(Implied, None, None))),
            ("May.", "May", Date(c(Implied, Some(5), None))),
            ("Sept.", "Sept.", Date(c(Implied, Some(9), None))),
        ];
        for (input, text, want) in table {
            if text.is_empty() {
                assert!(temporal(input).is_err(), "{input:?}");
                continue;
            }
            assert_eq!(parse(input), (text.to_string(), *want), "{input:?}");
        }
    }

    #[test]
    fn qualified_and_relative_periods() {
        let q = |p, e: DateExpr| Date(DateExpr { part: Some(p), ..e });
        let rel = |offset, unit| DateExpr::new(DateBase::Relative { offset, unit });
        let table: &[(&str, &str, Expr)] = &[
            (
                "late 2020, Azerbaijan",
                "late 2020",
                q(Part::Late, c(Explicit(2020), None, None)),
            ),
            (
                "early October last year,",
                "early October last year",
                q(Part::Early, c(Offset(-1), Some(10), None)),
            ),
            (
                "the end of next year,",
                "the end of next year",
                q(Part::Late, rel(1, Unit::Year)),
            ),
            (
                "mid-2021",
                "mid-2021",
                q(Part::Mid, c(Explicit(2021), None, None)),
            ),
            // a part of a decade or a century, "the" and all
            (
                "the late 1990s,",
                "the late 1990s",
                q(Part::Late, DateExpr::new(DateBase::Decade(1990))),
            ),
            (
                "mid-1970s",
                "mid-1970s",
                q(Part::Mid, DateExpr::new(DateBase::Decade(1970))),
            ),
            (
                "the early 19th century.",
                "the early 19th century",
                q(Part::Early, DateExpr::new(DateBase::Century(1800))),
            ),
            (
                "the early 1900s",
                "the early 1900s",
                q(Part::Early, DateExpr::new(DateBase::Century(1900))),
            ),
            (
                "the beginning of March 2022",
                "the beginning of March 2022",
                q(Part::Early, c(Explicit(2022), Some(3), None)),
            ),
            (
                "end of March,",
                "end of March",
                q(Part::Late, c(Implied, Some(3), None)),
            ),
            (
                "Start of next week",
                "Start of next week",
                q(Part::Early, rel(1, Unit::Week)),
            ),
            (
                "upcoming month",
                "upcoming month",
                Date(rel(1, Unit::Month)),
            ),
            (
                "the next decade.",
                "the next decade",
                Date(rel(1, Unit::Decade)),
            ),
            (
                "Tuesday next week,",
                "Tuesday next week",
                Date(DateExpr::new(DateBase::WeekdayOfWeek {
                    weekday: 1,
                    week: 1,
                })),
            ),
            (
                "Sunday of next week",
                "Sunday of next week",
                Date(DateExpr::new(DateBase::WeekdayOfWeek {
                    weekday: 6,
                    week: 1,
                })),
            ),
            (
                "last week Sunday",
                "last week Sunday",
                Date(DateExpr::new(DateBase::WeekdayOfWeek {
                    weekday: 6,
                    week: -1,
                })),
            ),
            (
                "next week on Friday",
                "next week on Friday",
                Date(DateExpr::new(DateBase::WeekdayOfWeek {
                    weekday: 4,
                    week: 1,
                })),
            ),
            (
                "the autumn of 2019",
                "the autumn of 2019",
                Date(DateExpr::new(DateBase::Season {
                    year: Explicit(2019),
                    season: Season::Autumn,
                })),
            ),
            (
                "last September and",
                "last September",
                Date(c(Previous, Some(9), None)),
            ),
            (
                "the summer.",
                "the summer",
                Date(DateExpr::new(DateBase::Season {
                    year: Implied,
                    season: Season::Summer,
                })),
            ),
            ("next year.", "next year", Date(rel(1, Unit::Year))),
            ("last week", "last week", Date(rel(-1, Unit::Week))),
            (
                "the year before last,",
                "the year before last",
                Date(rel(-2, Unit::Year)),
            ),
            (
                "the week after next",
                "the week after next",
                Date(rel(2, Unit::Week)),
            ),
            (
                "the month after the next",
                "the month after the next",
                Date(rel(2, Unit::Month)),
            ),
            (
                "the weekend after next",
                "the weekend after next",
                Date(DateExpr::new(DateBase::Weekend {
                    offset: 2,
                    this: false,
                })),
            ),
            (
                "the weekend before last",
                "the weekend before last",
                Date(DateExpr::new(DateBase::Weekend {
                    offset: -2,
                    this: false,
                })),
            ),
            (
                "December of the year before last",
                "December of the year before last",
                Date(c(Offset(-2), Some(12), None)),
            ),
            ("this week,", "this week", Date(rel(0, Unit::Week))),
            ("yesterday", "yesterday", Date(rel(-1, Unit::Day))),
            (
                "the day before yesterday,",
                "the day before yesterday",
                Date(rel(-2, Unit::Day)),
            ),
            (
                "The day after tomorrow",
                "The day after tomorrow",
                Date(rel(2, Unit::Day)),
            ),
            (
                "four years ago,",
                "four years ago",
                Date(DateExpr::new(DateBase::Ago {
                    n: 4,
                    unit: Unit::Year,
                    at_least: false,
                })),
            ),
            // the anniversary, a day (not "today's": a word of its own)
            (
                "three years ago today, in the cave",
                "three years ago today",
                Date(DateExpr::new(DateBase::Anniversary {
                    months: 36,
                    days: 0,
                    week: false,
                })),
            ),
            // (and "this morning": round 113, "Thirty years ago this
            // morning, the Clapham Junction rail crash killed 35 people"
            // was read as "Thirty years ago", a year)
            (
                "Thirty years ago this morning, the crash",
                "Thirty years ago this morning",
                Date(DateExpr::new(DateBase::Anniversary {
                    months: 360,
                    days: 0,
                    week: false,
                })),
            ),
            (
                "34 years ago this week, and",
                "34 years ago this week",
                Date(DateExpr::new(DateBase::Anniversary {
                    months: 408,
                    days: 0,
                    week: true,
                })),
            ),
            // the article's month, years before
            (
                "three years ago this month, and",
                "three years ago this month",
                Date(DateExpr::new(DateBase::Relative {
                    offset: -36,
                    unit: Unit::Month,
                })),
            ),
            (
                "18 months ago this month",
                "18 months ago this month",
                Date(DateExpr::new(DateBase::Relative {
                    offset: -18,
                    unit: Unit::Month,
                })),
            ),
            (
                "a decade ago this month",
                "a decade ago this month",
                Date(DateExpr::new(DateBase::Relative {
                    offset: -120,
                    unit: Unit::Month,
                })),
            ),
            (
                "two weeks ago this month",
                "two weeks ago",
                Date(DateExpr::new(DateBase::Ago {
                    n: 2,
                    unit: Unit::Week,
                    at_least: false,
                })),
            ),
            (
                "Two weeks ago yesterday",
                "Two weeks ago yesterday",
                Date(DateExpr::new(DateBase::Anniversary {
                    months: 0,
                    days: 15,
                    week: false,
                })),
            ),
            // decades and centuries too (round 26: "born a century ago
            // today" was read as "today" alone)
            (
                "a century ago today in Mvezo",
                "a century ago today",
                Date(DateExpr::new(DateBase::Anniversary {
                    months: 1200,
                    days: 0,
                    week: false,
                })),
            ),
            (
                "a year ago tomorrow",
                "a year ago tomorrow",
                Date(DateExpr::new(DateBase::Anniversary {
                    months: 12,
                    days: -1,
                    week: false,
                })),
            ),
            (
                "four years ago today's winner",
                "four years ago",
                Date(DateExpr::new(DateBase::Ago {
                    n: 4,
                    unit: Unit::Year,
                    at_least: false,
                })),
            ),
            (
                "a year ago",
                "a year ago",
                Date(DateExpr::new(DateBase::Ago {
                    n: 1,
                    unit: Unit::Year,
                    at_least: false,
                })),
            ),
            (
                "two weeks from now",
                "two weeks from now",
                Date(DateExpr::new(DateBase::Ago {
                    n: -2,
                    unit: Unit::Week,
                    at_least: false,
                })),
            ),
            (
                "three days from today.",
                "three days from today",
                Date(DateExpr::new(DateBase::Ago {
                    n: -3,
                    unit: Unit::Day,
                    at_least: false,
                })),
            ),
            (
                "two days before yesterday",
                "two days before yesterday",
                Date(DateExpr::new(DateBase::Ago {
                    n: 3,
                    unit: Unit::Day,
                    at_least: false,
                })),
            ),
            (
                "three weeks from tomorrow",
                "three weeks from tomorrow",
                Date(DateExpr::new(DateBase::Ago {
                    n: -22,
                    unit: Unit::Day,
                    at_least: false,
                })),
            ),
            (
                "four days from yesterday",
                "four days from yesterday",
                Date(DateExpr::new(DateBase::Ago {
                    n: -3,
                    unit: Unit::Day,
                    at_least: false,
                })),
            ),
            (
                "two days after today",
                "two days after today",
                Date(DateExpr::new(DateBase::Ago {
                    n: -2,
                    unit: Unit::Day,
                    at_least: false,
                })),
            ),
            (
                "five years before today",
                "five years before today",
                Date(DateExpr::new(DateBase::Ago {
                    n: 5,
                    unit: Unit::Year,
                    at_least: false,
                })),
            ),
            // a month from tomorrow is no whole number of days
            (
                "two months from tomorrow",
                "two months",
                Duration(DurationExpr::new(2.0, Unit::Month, 0.5, Hedge::Exact)),
            ),
            (
                "Friday.",
                "Friday",
                Date(DateExpr::new(DateBase::Weekday {
                    weekday: 4,
                    offset: 0,
                })),
            ),
            (
                "the first Friday of next month",
                "the first Friday of next month",
                Date(DateExpr::new(DateBase::NthWeekday {
                    n: 1,
                    weekday: 4,
                    year: YearRef::Implied,
                    month: None,
                    offset: 1,
                    from: 1,
                })),
            ),
            (
                "the second Sunday in May",
                "the second Sunday in May",
                Date(DateExpr::new(DateBase::NthWeekday {
                    n: 2,
                    weekday: 6,
                    year: YearRef::Implied,
                    month: Some(5),
                    offset: 0,
                    from: 1,
                })),
            ),
            (
                "the last Thursday of November 2016",
                "the last Thursday of November 2016",
                Date(DateExpr::new(DateBase::NthWeekday {
                    n: -1,
                    weekday: 3,
                    year: YearRef::Explicit(2016),
                    month: Some(11),
                    offset: 0,
                    from: 1,
                })),
            ),
            (
                "third Tuesday",
                "third Tuesday",
                Date(DateExpr::new(DateBase::NthWeekday {
                    n: 3,
                    weekday: 1,
                    year: YearRef::Implied,
                    month: None,
                    offset: 0,
                    from: 1,
                })),
            ),
            // "last Friday" is the latest Friday
            (
                "last Friday",
                "last Friday",
                Date(DateExpr::new(DateBase::Weekday {
                    weekday: 4,
                    offset: -1,
                })),
            ),
            (
                "Friday the twenty first",
                "Friday the twenty first",
                Date(cal(YearRef::Implied, None, Some(21), Some(4))),
            ),
            (
                "Friday the fifteenth",
                "Friday the fifteenth",
                Date(cal(YearRef::Implied, None, Some(15), Some(4))),
            ),
            // "the first" may be the first of anything
            (
                "Friday the first round",
                "Friday",
                Date(DateExpr::new(DateBase::Weekday {
                    weekday: 4,
                    offset: 0,
                })),
            ),
            (
                "Friday the 13th",
                "Friday the 13th",
                Date(cal(YearRef::Implied, None, Some(13), Some(4))),
            ),
            (
                "Thursday, the 21st.",
                "Thursday, the 21st",
                Date(cal(YearRef::Implied, None, Some(21), Some(3))),
            ),
            // a day needs its ordinal suffix: "the 13 people"
            (
                "Friday the 13 people",
                "Friday",
                Date(DateExpr::new(DateBase::Weekday {
                    weekday: 4,
                    offset: 0,
                })),
            ),
        ];
        for (input, text, want) in table {
            assert_eq!(parse(input), (text.to_string(), *want), "{input:?}");
        }
    }

    #[test]
    fn durations() {
        let d = |amount, unit, precision, hedge| {
            Duration(DurationExpr::new(amount, unit, precision, hedge))
        };
        let range = |amount, to, unit| {
            Duration(DurationExpr {
                to: Some(to),
                ..DurationExpr::new(amount, unit, 0.5, Hedge::Exact)
            })
        };
        let table: &[(&str, &str, Expr)] = &[
            (
                "44-day War",
                "44-day",
                d(44.0, Unit::Day, 0.5, Hedge::Exact),
            ),
            // ranges of amounts
            (
                "12 to 18 months.",
                "12 to 18 months",
                range(12.0, 18.0, Unit::Month),
            ),
            (
                "between 12 and 18 months to",
                "between 12 and 18 months",
                range(12.0, 18.0, Unit::Month),
            ),
            (
                "between two to six days for",
                "between two to six days",
                range(2.0, 6.0, Unit::Day),
            ),
            (
                "from two to three years",
                "from two to three years",
                range(2.0, 3.0, Unit::Year),
            ),
            (
                "two or three weeks",
                "two or three weeks",
                range(2.0, 3.0, Unit::Week),
            ),
            ("3-5 years", "3-5 years", range(3.0, 5.0, Unit::Year)),
            (
                "10\u{2013}12-year terms",
                "10\u{2013}12-year",
                range(10.0, 12.0, Unit::Year),
            ),
            (
                "five-year duration",
                "five-year",
                d(5.0, Unit::Year, 0.5, Hedge::Exact),
            ),
            (
                "six weeks of",
                "six weeks",
                d(6.0, Unit::Week, 0.5, Hedge::Exact),
            ),
            (
                "a year and a half ahead",
                "a year and a half",
                d(1.5, Unit::Year, 0.25, Hedge::Exact),
            ),
            (
                "one and a half years",
                "one and a half years",
                d(1.5, Unit::Year, 0.25, Hedge::Exact),
            ),
            (
                "more than a year earlier",
                "more than a year",
                d(1.0, Unit::Year, 0.5, Hedge::AtLeast),
            ),
            (
                "18 months",
                "18 months",
                d(18.0, Unit::Month, 0.5, Hedge::Exact),
            ),
            (
                "two weeks after",
                "two weeks",
                d(2.0, Unit::Week, 0.5, Hedge::Exact),
            ),
            (
                "half a year",
                "half a year",
                d(0.5, Unit::Year, 0.25, Hedge::Exact),
            ),
            (
                "nearly two years",
                "nearly two years",
                d(2.0, Unit::Year, 0.5, Hedge::Nearly),
            ),
            (
                "2 1/2 years",
                "2 1/2 years",
                d(2.5, Unit::Year, 0.125, Hedge::Exact),
            ),
            (
                "about 5 ½ hours",
                "about 5 ½ hours",
                d(5.5, Unit::Hour, 0.125, Hedge::About),
            ),
            (
                "an hour and half",
                "an hour and half",
                d(1.5, Unit::Hour, 0.25, Hedge::Exact),
            ),
            (
                "a half hour",
                "a half hour",
                d(0.5, Unit::Hour, 0.25, Hedge::Exact),
            ),
            (
                "half year",
                "half year",
                d(0.5, Unit::Year, 0.25, Hedge::Exact),
            ),
            ("all day", "all day", d(1.0, Unit::Day, 0.5, Hedge::Exact)),
            (
                "full-year profit",
                "full-year",
                d(1.0, Unit::Year, 0.5, Hedge::Exact),
            ),
            (
                "another week",
                "another week",
                d(1.0, Unit::Week, 0.5, Hedge::Exact),
            ),
            (
                "3 hrs later",
                "3 hrs",
                d(3.0, Unit::Hour, 0.5, Hedge::Exact),
            ),
            (
                "twenty min",
                "twenty min",
                d(20.0, Unit::Minute, 0.5, Hedge::Exact),
            ),
            (
                "3-min walk",
                "3-min",
                d(3.0, Unit::Minute, 0.5, Hedge::Exact),
            ),
            (
                "a fortnight",
                "a fortnight",
                d(2.0, Unit::Week, 1.0, Hedge::Exact),
            ),
            (
                "less than a couple of days",
                "less than a couple of days",
                d(2.0, Unit::Day, 0.5, Hedge::AtMost),
            ),
            (
                "couple of weeks",
                "couple of weeks",
                d(2.0, Unit::Week, 0.5, Hedge::About),
            ),
        ];
        for (input, text, want) in table {
            assert_eq!(parse(input), (text.to_string(), *want), "{input:?}");
        }
        for s in [
            "53-year-old accountant",
            "between 12 months",
            "1960 troops",
            "2,000",
            "May be",
            "the whole world",
            "a min",
            "the h",
            "all the people",
            "the full year",
            "the half-year results",
            "2 1/2",
            "21/2 years",
        ] {
            let got = temporal(s);
            assert_dispatch(s);
            assert!(
                got.is_err() || !matches!(got.unwrap().1, Duration(_)),
                "{s:?} is not a duration"
            );
        }
    }

    /// A four-digit number before a plural noun counts it; before a
    /// singular that ends in "s" it is a year.
    #[test]
    fn a_year_before_a_noun_in_s() {
        for (input, year) in [
            ("2009 analysis by", Some(2009)),
            ("2010 census showed", Some(2010)),
            ("2008 crisis hit", Some(2008)),
            ("1998 campus protests", Some(1998)),
            ("2001 business plan", Some(2001)),
            ("1960 troops", None),
            ("2000 analysts said", None),
            ("1500 viruses", None),
        ] {
            let got = bare_year(input).ok().map(|(_, e)| e);
            let want = year.map(|y| Expr::Date(cal(YearRef::Explicit(y), None, None, None)));
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn not_dates() {
        for s in [
            "1960 troops",
            // a decimal is a time only before "a.m." or "p.m."; a hedge
            // only before a time
            "5.40 pounds",
            "about 2 million",
            "around noon",
            "Mayor",
            "thebes",
            "one has",
            "Sun Microsystems",
            "Jan Kavan",
            "High Noon",
            "the day belonged",
            "in their 70s",
            "the first half of the match",
            // a quarter that begins another word (round 26)
            "the quarter-finals",
            "the first week of the war",
            "the fall of Kabul",
            "the fall",
            "the Winter Olympics",
            "the spring of discontent",
            "Q5",
            "QE2",
            // a reader's question, numbered (round 54)
            "Q1: When did the last Russian troops leave?",
            "Q3. How long were they there?\nA: Three years.",
            "the 50th century",
            "mondays",
            "the rest of the world",
            "the 20 of next month",
            "22 to 4 this month",
            "the third Tuesday",
            "the 75's",
            "a second term",
            "second",
            "Christmas tree",
            "early Summer Olympics",
            "Thanksgiving dinner",
            "thanksgiving",
            "Independence Day",
            "New Year's resolutions",
            "New York",
            "the Labor Department",
            "Election Commission",
            "Easter Island",
            "Easter eggs",
            "their forties",
            "nineties",
            "the nineties degrees",
            "the twenties",
        ] {
            assert!(temporal(s).is_err(), "{s:?} is not temporal");
            assert_dispatch(s);
        }
    }

    fn date(base: DateBase) -> Expr {
        Date(DateExpr::new(base))
    }

    /// Matched text of each input, and what it says.
    fn check(table: &[(&str, &str, Expr)]) {
        for (input, text, want) in table {
            assert_eq!(parse(input), (text.to_string(), *want), "{input:?}");
        }
    }

    #[test]
    fn holidays() {
        let nth = |n, weekday, year, month, from| {
            date(DateBase::NthWeekday {
                n,
                weekday,
                year,
                month: Some(month),
                offset: 0,
                from,
            })
        };
        let fixed = |year, month, day| {
            date(DateBase::Calendar {
                year,
                month: Some(month),
                day: Some(day),
                weekday: None,
            })
        };
        check(&[
            (
                "Thanksgiving Day and",
                "Thanksgiving Day",
                nth(4, 3, YearRef::Implied, 11, 1),
            ),
            (
                "Thanksgiving, when",
                "Thanksgiving",
                nth(4, 3, YearRef::Implied, 11, 1),
            ),
            (
                "last Thanksgiving following",
                "last Thanksgiving",
                nth(4, 3, YearRef::Previous, 11, 1),
            ),
            (
                "Election Day.",
                "Election Day",
                nth(1, 1, YearRef::Implied, 11, 2),
            ),
            ("Labor Day", "Labor Day", nth(1, 0, YearRef::Implied, 9, 1)),
            (
                "Memorial Day weekend",
                "Memorial Day",
                nth(-1, 0, YearRef::Implied, 5, 1),
            ),
            (
                "Mother's Day",
                "Mother's Day",
                nth(2, 6, YearRef::Implied, 5, 1),
            ),
            (
                "Christmas Eve 1998",
                "Christmas Eve 1998",
                fixed(YearRef::Explicit(1998), 12, 24),
            ),
            (
                "next Christmas",
                "next Christmas",
                fixed(YearRef::Following, 12, 25),
            ),
            ("Christmas.", "Christmas", fixed(YearRef::Implied, 12, 25)),
            (
                "New Year\u{2019}s Eve",
                "New Year\u{2019}s Eve",
                fixed(YearRef::Implied, 12, 31),
            ),
            (
                "Valentine's Day",
                "Valentine's Day",
                fixed(YearRef::Implied, 2, 14),
            ),
            ("Halloween", "Halloween", fixed(YearRef::Implied, 10, 31)),
            (
                "Easter week began",
                "Easter week",
                date(DateBase::Easter {
                    year: YearRef::Implied,
                    week: true,
                }),
            ),
            (
                "Easter 1998",
                "Easter 1998",
                date(DateBase::Easter {
                    year: YearRef::Explicit(1998),
                    week: false,
                }),
            ),
        ]);
        for s in ["Thanksgiving Day and", "last Thanksgiving", "Labor Day"] {
            assert_dispatch(s);
        }
    }

    #[test]
    fn quarters_and_fiscal_years() {
        let q = |year, quarter| date(DateBase::Quarter { year, quarter });
        let rel = |offset| {
            date(DateBase::Relative {
                offset,
                unit: Unit::Quarter,
            })
        };
        check(&[
            ("Q3 results", "Q3", q(Implied, 3)),
            // a label that asks nothing is a quarter's
            ("Q1: revenue rose 5%.", "Q1", q(Implied, 1)),
            (
                "the week of March 6,",
                "the week of March 6",
                date(DateBase::Week {
                    year: Implied,
                    month: Some(3),
                    day: Some(6),
                    n: 0,
                }),
            ),
            (
                "the last week of 2015",
                "the last week of 2015",
                date(DateBase::Week {
                    year: Explicit(2015),
                    month: None,
                    day: None,
                    n: -1,
                }),
            ),
            (
                "the third week of July",
                "the third week of July",
                date(DateBase::Week {
                    year: Implied,
                    month: Some(7),
                    day: None,
                    n: 3,
                }),
            ),
            (
                "first week of next year",
                "first week of next year",
                date(DateBase::Week {
                    year: Offset(1),
                    month: None,
                    day: None,
                    n: 1,
                }),
            ),
            (
                "the third week of this month",
                "the third week of this month",
                date(DateBase::WeekOfMonth { n: 3, offset: 0 }),
            ),
            (
                "the last week of next month",
                "the last week of next month",
                date(DateBase::WeekOfMonth { n: -1, offset: 1 }),
            ),
            (
                "the third week next year",
                "the third week next year",
                date(DateBase::Week {
                    year: Offset(1),
                    month: None,
                    day: None,
                    n: 3,
                }),
            ),
            (
                "this week between Wednesday and Friday",
                "this week between Wednesday and Friday",
                Range(
                    DateExpr::new(DateBase::WeekdayOfWeek {
                        weekday: 2,
                        week: 0,
                    }),
                    DateExpr::new(DateBase::WeekdayOfWeek {
                        weekday: 4,
                        week: 0,
                    }),
                ),
            ),
            (
                "next week from Tues. to Thurs.",
                "next week from Tues. to Thurs.",
                Range(
                    DateExpr::new(DateBase::WeekdayOfWeek {
                        weekday: 1,
                        week: 1,
                    }),
                    DateExpr::new(DateBase::WeekdayOfWeek {
                        weekday: 3,
                        week: 1,
                    }),
                ),
            ),
            // "between" needs "and"
            (
                "last week between Monday to Friday",
                "last week",
                date(DateBase::Relative {
                    offset: -1,
                    unit: Unit::Week,
                }),
            ),
            (
                "the current year",
                "the current year",
                date(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Year,
                }),
            ),
            (
                "current week",
                "current week",
                date(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Week,
                }),
            ),
            (
                "current levels",
                "current",
                date(DateBase::Ref(RefTime::Present)),
            ),
            (
                "the first half of 2019",
                "the first half of 2019",
                date(DateBase::Half {
                    year: Explicit(2019),
                    half: 1,
                }),
            ),
            (
                "the first two quarters of 1990,",
                "the first two quarters of 1990",
                date(DateBase::Half {
                    year: Explicit(1990),
                    half: 1,
                }),
            ),
            (
                "the early summer,",
                "the early summer",
                Date(DateExpr {
                    part: Some(Part::Early),
                    ..DateExpr::new(DateBase::Season {
                        year: Implied,
                        season: Season::Summer,
                    })
                }),
            ),
            // without "the" too ("by late summer"), but not before a
            // capitalised word ("early Summer Olympics" is no season)
            (
                "late summer.",
                "late summer",
                Date(DateExpr {
                    part: Some(Part::Late),
                    ..DateExpr::new(DateBase::Season {
                        year: Implied,
                        season: Season::Summer,
                    })
                }),
            ),
            (
                "mid-winter,",
                "mid-winter",
                Date(DateExpr {
                    part: Some(Part::Mid),
                    ..DateExpr::new(DateBase::Season {
                        year: Implied,
                        season: Season::Winter,
                    })
                }),
            ),
            (
                "the end of the autumn 2020 war",
                "the end of the autumn 2020",
                Date(DateExpr {
                    part: Some(Part::Late),
                    ..DateExpr::new(DateBase::Season {
                        year: Explicit(2020),
                        season: Season::Autumn,
                    })
                }),
            ),
            (
                "the end of summer of 2019.",
                "the end of summer of 2019",
                Date(DateExpr {
                    part: Some(Part::Late),
                    ..DateExpr::new(DateBase::Season {
                        year: Explicit(2019),
                        season: Season::Summer,
                    })
                }),
            ),
            (
                "this past spring,",
                "this past spring",
                date(DateBase::Season {
                    year: Previous,
                    season: Season::Spring,
                }),
            ),
            (
                "this past week",
                "this past week",
                date(DateBase::Relative {
                    offset: -1,
                    unit: Unit::Week,
                }),
            ),
            (
                "the second half of the year,",
                "the second half of the year",
                date(DateBase::Half {
                    year: Offset(0),
                    half: 2,
                }),
            ),
            (
                "First half of last year",
                "First half of last year",
                date(DateBase::Half {
                    year: Offset(-1),
                    half: 1,
                }),
            ),
            (
                "the third quarter this year",
                "the third quarter this year",
                q(Offset(0), 3),
            ),
            ("Q1 2016 sales", "Q1 2016", q(Explicit(2016), 1)),
            ("2016 Q4,", "2016 Q4", q(Explicit(2016), 4)),
            ("Q3 this year", "Q3 this year", q(Offset(0), 3)),
            ("Q2 of 2019", "Q2 of 2019", q(Explicit(2019), 2)),
            (
                "the 20th century",
                "the 20th century",
                date(DateBase::Century(1900)),
            ),
            (
                "21st century skills",
                "21st century",
                date(DateBase::Century(2000)),
            ),
            (
                "the fifteenth century",
                "the fifteenth century",
                date(DateBase::Century(1400)),
            ),
            // the tens and the unit of an ordinal, hyphened or not (these
            // were read as "twenty" and "first century", years 0-99)
            (
                "the twenty-first century",
                "the twenty-first century",
                date(DateBase::Century(2000)),
            ),
            (
                "the twenty first century",
                "the twenty first century",
                date(DateBase::Century(2000)),
            ),
            (
                "twenty-first-century cities",
                "twenty-first-century",
                date(DateBase::Century(2000)),
            ),
            ("the '80s", "the '80s", date(DateBase::Decade(1980))),
            ("the ’40s", "the ’40s", date(DateBase::Decade(1940))),
            ("third-quarter loss", "third-quarter", q(Implied, 3)),
            ("Third-quarter sales", "Third-quarter", q(Implied, 3)),
            ("the third quarter.", "the third quarter", q(Implied, 3)),
            (
                "the fourth quarter of 1990",
                "the fourth quarter of 1990",
                q(Explicit(1990), 4),
            ),
            (
                "the 1988 second quarter",
                "the 1988 second quarter",
                q(Explicit(1988), 2),
            ),
            (
                "this year's third quarter",
                "this year's third quarter",
                q(Offset(0), 3),
            ),
            (
                "next year's first quarter",
                "next year's first quarter",
                q(Offset(1), 1),
            ),
            (
                "the fiscal first quarter",
                "the fiscal first quarter",
                q(Implied, 1),
            ),
            (
                "fiscal second-quarter net",
                "fiscal second-quarter",
                q(Implied, 2),
            ),
            (
                "the year-ago third quarter",
                "the year-ago third quarter",
                q(Offset(-1), 3),
            ),
            ("the quarter,", "the quarter", rel(-1)),
            ("the latest quarter", "the latest quarter", rel(-1)),
            ("the current quarter", "the current quarter", rel(0)),
            ("This quarter's loss", "This quarter", rel(0)),
            ("the year-ago quarter", "the year-ago quarter", rel(-5)),
            (
                "the year-earlier period",
                "the year-earlier period",
                rel(-5),
            ),
            (
                "the 1988 period",
                "the 1988 period",
                Date(c(Explicit(1988), None, None)),
            ),
            (
                "the corresponding period last year",
                "the corresponding period last year",
                rel(-5),
            ),
            ("the quarter a year ago", "the quarter a year ago", rel(-5)),
            (
                "the latest quarter a year ago",
                "the latest quarter",
                rel(-1),
            ),
            (
                "fiscal 1989 sales",
                "fiscal 1989",
                Date(c(Explicit(1989), None, None)),
            ),
            (
                "the fiscal year",
                "the fiscal year",
                date(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Year,
                }),
            ),
            (
                "the current year.",
                "the current year",
                date(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Year,
                }),
            ),
            (
                "this fiscal year.",
                "this fiscal year",
                date(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Year,
                }),
            ),
            (
                "last fiscal year,",
                "last fiscal year",
                date(DateBase::Relative {
                    offset: -1,
                    unit: Unit::Year,
                }),
            ),
        ]);
        // not without "fiscal": "the latest year" is no fiscal year
        assert!(fiscal_year("the latest year").is_err());
        // "the third-quarter loss": the article belongs to the noun
        assert!(quarter("the third-quarter loss").is_err());
        assert!(quarter("three quarters of them").is_err());
        assert!(duration("three quarters of them").is_err());
        assert!(duration("the three quarters of them").is_err());
    }

    #[test]
    fn vague_references() {
        let r = |t| date(DateBase::Ref(t));
        check(&[
            ("now holds", "now", r(RefTime::Present)),
            ("currently", "currently", r(RefTime::Present)),
            ("current levels", "current", r(RefTime::Present)),
            ("recently fended", "recently", r(RefTime::Past)),
            ("the past,", "the past", r(RefTime::Past)),
            ("the future.", "the future", r(RefTime::Future)),
            ("the near future", "the near future", r(RefTime::Future)),
            ("these days", "these days", r(RefTime::Present)),
            ("several years ago", "several years ago", r(RefTime::Past)),
        ]);
        assert!(vague_ref("now-defunct").is_err());
        assert!(vague_ref("the past two years").is_err());
    }

    #[test]
    fn times_of_day() {
        let t = |base, time| {
            Date(DateExpr {
                time: Some(time),
                ..DateExpr::new(base)
            })
        };
        let fri = DateBase::Weekday {
            weekday: 4,
            offset: 0,
        };
        let today = DateBase::Relative {
            offset: 0,
            unit: Unit::Day,
        };
        let here = DateBase::Shifted {
            n: 0,
            unit: Unit::Day,
        };
        let clock = |hour, minute| TimeOfDay::Clock { hour, minute };
        check(&[
            (
                "Friday morning.",
                "Friday morning",
                t(fri, TimeOfDay::Morning),
            ),
            ("Friday night", "Friday night", t(fri, TimeOfDay::Night)),
            ("this morning", "this morning", t(today, TimeOfDay::Morning)),
            ("tonight", "tonight", t(today, TimeOfDay::Night)),
            (
                "10:35 a.m. (0735 GMT)",
                "10:35 a.m.",
                t(here, clock(10, 35)),
            ),
            // British style, and an approximate time (a time, not a count)
            ("5.40pm on", "5.40pm", t(here, clock(17, 40))),
            ("6.30 a.m.,", "6.30 a.m.", t(here, clock(6, 30))),
            ("about 2 a.m. on", "about 2 a.m.", t(here, clock(2, 0))),
            (
                "around 7:15 p.m.",
                "around 7:15 p.m.",
                t(here, clock(19, 15)),
            ),
            (
                "10 p.m. Wednesday",
                "10 p.m. Wednesday",
                t(
                    DateBase::Weekday {
                        weekday: 2,
                        offset: 0,
                    },
                    clock(22, 0),
                ),
            ),
            (
                "noon Saturday",
                "noon Saturday",
                t(
                    DateBase::Weekday {
                        weekday: 5,
                        offset: 0,
                    },
                    clock(12, 0),
                ),
            ),
            (
                "5 p.m. EST Nov. 9",
                "5 p.m. EST Nov. 9",
                Date(DateExpr {
                    time: Some(clock(17, 0)),
                    ..c(Implied, Some(11), Some(9))
                }),
            ),
            (
                "the next morning",
                "the next morning",
                t(
                    DateBase::Shifted {
                        n: 1,
                        unit: Unit::Day,
                    },
                    TimeOfDay::Morning,
                ),
            ),
        ]);
    }

    #[test]
    fn periods_from_context() {
        let sh = |n, unit| date(DateBase::Shifted { n, unit });
        check(&[
            ("a year earlier", "a year earlier", sh(-1, Unit::Year)),
            ("two days later", "two days later", sh(2, Unit::Day)),
            ("year-earlier net", "year-earlier", sh(-1, Unit::Year)),
            ("that year", "that year", sh(0, Unit::Year)),
            ("the same day", "the same day", sh(0, Unit::Day)),
            (
                "the following year",
                "the following year",
                sh(1, Unit::Year),
            ),
            ("the full year", "the full year", sh(0, Unit::Year)),
            ("Earlier that day", "Earlier that day", sh(0, Unit::Day)),
            (
                "the year 2000",
                "the year 2000",
                Date(c(Explicit(2000), None, None)),
            ),
            (
                "the weekend",
                "the weekend",
                date(DateBase::Weekend {
                    offset: 0,
                    this: false,
                }),
            ),
            (
                "this weekend",
                "this weekend",
                date(DateBase::Weekend {
                    offset: 0,
                    this: true,
                }),
            ),
            (
                "last weekend",
                "last weekend",
                date(DateBase::Weekend {
                    offset: -1,
                    this: false,
                }),
            ),
            (
                "nineteen ninety-six.",
                "nineteen ninety-six",
                Date(c(Explicit(1996), None, None)),
            ),
            (
                "January nineteen ninety-seven.",
                "January nineteen ninety-seven",
                Date(c(Explicit(1997), Some(1), None)),
            ),
            (
                "the winter of nineteen ninety-four.",
                "the winter of nineteen ninety-four",
                Date(DateExpr::new(DateBase::Season {
                    year: Explicit(1994),
                    season: Season::Winter,
                })),
            ),
            (
                "last Oct. 23 at his home",
                "last Oct. 23",
                Date(c(Previous, Some(10), Some(23))),
            ),
            // a count after the month is no day
            (
                "last May 5,000 troops",
                "last May",
                Date(c(Previous, Some(5), None)),
            ),
            (
                "year-end.",
                "year-end",
                Date(c(Implied, Some(12), Some(31))),
            ),
            (
                "earlier this year",
                "earlier this year",
                date(DateBase::Relative {
                    offset: 0,
                    unit: Unit::Year,
                }),
            ),
            // "more than": that year or any before it (round 61)
            (
                "more than 275 years ago",
                "more than 275 years ago",
                date(DateBase::Ago {
                    n: 275,
                    unit: Unit::Year,
                    at_least: true,
                }),
            ),
            (
                "almost four years ago",
                "almost four years ago",
                date(DateBase::Ago {
                    n: 4,
                    unit: Unit::Year,
                    at_least: false,
                }),
            ),
            (
                "a week or so ago",
                "a week or so ago",
                date(DateBase::Ago {
                    n: 1,
                    unit: Unit::Week,
                    at_least: false,
                }),
            ),
            (
                "late yesterday",
                "late yesterday",
                Date(DateExpr {
                    part: Some(Part::Late),
                    ..DateExpr::new(DateBase::Relative {
                        offset: -1,
                        unit: Unit::Day,
                    })
                }),
            ),
            (
                "the end of the year",
                "the end of the year",
                Date(DateExpr {
                    part: Some(Part::Late),
                    ..DateExpr::new(DateBase::Relative {
                        offset: 0,
                        unit: Unit::Year,
                    })
                }),
            ),
        ]);
        for s in ["the night of Oct. 23", "the year-earlier"] {
            assert!(context_period(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn durations_with_leads_units_and_sets() {
        let d = |amount, unit| Duration(DurationExpr::new(amount, unit, 0.5, Hedge::Exact));
        let vague = |unit| {
            Duration(DurationExpr {
                quant: Quant::Vague,
                ..DurationExpr::new(0.0, unit, 0.0, Hedge::About)
            })
        };
        let every = |unit| {
            Duration(DurationExpr {
                quant: Quant::Every,
                ..DurationExpr::new(1.0, unit, 0.0, Hedge::Exact)
            })
        };
        let weekly = |k| {
            Duration(DurationExpr {
                quant: Quant::EveryWeekday(k),
                ..DurationExpr::new(1.0, Unit::Week, 0.0, Hedge::Exact)
            })
        };
        check(&[
            (
                "the last three years",
                "the last three years",
                d(3.0, Unit::Year),
            ),
            (
                "the past 20 years",
                "the past 20 years",
                d(20.0, Unit::Year),
            ),
            ("past 20 years", "past 20 years", d(20.0, Unit::Year)),
            ("the nine months", "the nine months", d(9.0, Unit::Month)),
            (
                "the first nine months",
                "the first nine months",
                d(9.0, Unit::Month),
            ),
            (
                "the next 14 months",
                "the next 14 months",
                d(14.0, Unit::Month),
            ),
            ("the past year", "the past year", d(1.0, Unit::Year)),
            ("previous 3 weeks", "previous 3 weeks", d(3.0, Unit::Week)),
            (
                "1 year 1 month 21 days",
                "1 year 1 month 21 days",
                Duration(DurationExpr {
                    plus: Plus {
                        months: 1,
                        days: 21,
                        ..Plus::default()
                    },
                    ..DurationExpr::new(1.0, Unit::Year, 0.5, Hedge::Exact)
                }),
            ),
            // (after a compound adjective, another: round 120's "the
            // 11-year, three-month sentence")
            (
                "11-year, three-month sentence",
                "11-year, three-month",
                Duration(DurationExpr {
                    plus: Plus {
                        months: 3,
                        ..Plus::default()
                    },
                    ..DurationExpr::new(11.0, Unit::Year, 0.5, Hedge::Exact)
                }),
            ),
            (
                "2 hours and 15 minutes",
                "2 hours and 15 minutes",
                Duration(DurationExpr {
                    plus: Plus {
                        months: 0,
                        days: 0,
                        minutes: 15,
                        ..Plus::default()
                    },
                    ..DurationExpr::new(2.0, Unit::Hour, 0.5, Hedge::Exact)
                }),
            ),
            // a runner's time: the seconds to their last digit
            (
                "3 minutes 59.4 seconds on",
                "3 minutes 59.4 seconds",
                Duration(DurationExpr {
                    plus: Plus {
                        seconds: 59,
                        millis: 400,
                        milli_place: 100,
                        ..Plus::default()
                    },
                    ..DurationExpr::new(3.0, Unit::Minute, 0.5, Hedge::Exact)
                }),
            ),
            (
                "3.5 seconds",
                "3.5 seconds",
                Duration(DurationExpr::new(3.5, Unit::Second, 0.25, Hedge::Exact)),
            ),
            (
                "123.45 sec",
                "123.45 sec",
                Duration(DurationExpr::new(123.45, Unit::Second, 0.005, Hedge::Exact)),
            ),
            // a hedge before the number leaves "seconds" a unit
            (
                "about 90 seconds, from",
                "about 90 seconds",
                Duration(DurationExpr::new(90.0, Unit::Second, 0.5, Hedge::About)),
            ),
            // a term needs a unit of its own
            ("24 hours 3 people", "24 hours", d(24.0, Unit::Hour)),
            ("five years, five years", "five years", d(5.0, Unit::Year)),
            ("past decade", "past decade", d(1.0, Unit::Decade)),
            ("five hours", "five hours", d(5.0, Unit::Hour)),
            ("16-hour flight", "16-hour", d(16.0, Unit::Hour)),
            ("one minute", "one minute", d(1.0, Unit::Minute)),
            ("two more weeks", "two more weeks", d(2.0, Unit::Week)),
            (
                "three straight years",
                "three straight years",
                d(3.0, Unit::Year),
            ),
            // a unit joined to "long" is still the length; an article
            // before it is the noun's ("a day-long strike": "day-long")
            ("two-year-long project", "two-year-long", d(2.0, Unit::Year)),
            (
                "day-long strike",
                "day-long",
                Duration(DurationExpr::new(1.0, Unit::Day, 0.5, Hedge::Exact)),
            ),
            (
                "an additional year",
                "an additional year",
                d(1.0, Unit::Year),
            ),
            ("several years", "several years", vague(Unit::Year)),
            ("a few days", "a few days", vague(Unit::Day)),
            ("past few weeks", "past few weeks", vague(Unit::Week)),
            ("next several days", "next several days", vague(Unit::Day)),
            ("recent months", "recent months", vague(Unit::Month)),
            ("the coming years", "the coming years", vague(Unit::Year)),
            // quarters of a fiscal year, where no fraction is meant
            (
                "several quarters of losses",
                "several quarters",
                vague(Unit::Quarter),
            ),
            (
                "the coming quarters",
                "the coming quarters",
                vague(Unit::Quarter),
            ),
            (
                "the next three quarters",
                "the next three quarters",
                d(3.0, Unit::Quarter),
            ),
            ("several-year tenure", "several-year", vague(Unit::Year)),
            ("years", "years", vague(Unit::Year)),
            (
                "a couple of years",
                "a couple of years",
                Duration(DurationExpr::new(2.0, Unit::Year, 0.5, Hedge::About)),
            ),
            ("daily tally", "daily", every(Unit::Day)),
            ("annually", "annually", every(Unit::Year)),
            ("Mondays.", "Mondays", weekly(0)),
            ("Sundays and", "Sundays", weekly(6)),
            ("every Friday", "every Friday", weekly(4)),
            ("each Wednesday", "each Wednesday", weekly(2)),
            (
                "every morning after",
                "every morning",
                Duration(DurationExpr {
                    quant: Quant::EveryPart(TimeOfDay::Morning),
                    ..DurationExpr::new(1.0, Unit::Day, 0.0, Hedge::Exact)
                }),
            ),
            (
                "each night.",
                "each night",
                Duration(DurationExpr {
                    quant: Quant::EveryPart(TimeOfDay::Night),
                    ..DurationExpr::new(1.0, Unit::Day, 0.0, Hedge::Exact)
                }),
            ),
            ("every day", "every day", every(Unit::Day)),
            ("each year", "each year", every(Unit::Year)),
            ("once a year", "once a year", every(Unit::Year)),
            ("twice a month", "twice a month", every(Unit::Month)),
            (
                "three times a week",
                "three times a week",
                every(Unit::Week),
            ),
            (
                "biweekly",
                "biweekly",
                Duration(DurationExpr {
                    quant: Quant::Every,
                    ..DurationExpr::new(2.0, Unit::Week, 0.0, Hedge::Exact)
                }),
            ),
            (
                "every three weeks",
                "every three weeks",
                Duration(DurationExpr {
                    quant: Quant::Every,
                    ..DurationExpr::new(3.0, Unit::Week, 0.0, Hedge::Exact)
                }),
            ),
        ]);
        for s in [
            "52 years old",
            "the 30-day period",
            "a year-earlier period",
            "over the past year",
            "last year",
        ] {
            assert!(
                !matches!(temporal(s), Ok((_, Duration(_)))) && {
                    assert_dispatch(s);
                    true
                },
                "{s:?} is not a duration"
            );
        }
    }
}
