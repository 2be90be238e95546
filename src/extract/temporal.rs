//! Dates, date ranges, qualified and relative periods, and durations.
//!
//! One entry point, [`temporal`], tries the forms from the most specific to
//! the least, so that "19–20 September 2023" is read as a range before "19"
//! could be read as a number, and "four years ago" as a date before "four
//! years" as a duration. Each form is a small function with its examples in
//! the tests below.

use super::lex::*;
use super::{DateBase, DateExpr, DurationExpr, Expr, Hedge, Part, Season, Unit, YearRef};
use nom::{Parser, branch::alt, combinator::opt};

/// Any temporal expression at the start of `i`.
pub fn temporal(i: &str) -> Res<'_, Expr> {
    alt((
        iso_date,
        day_range,
        month_day_range,
        full_date,
        between_years,
        year_range,
        qualified,
        ago,
        duration,
        season,
        relative,
        decade,
        month_year,
        bare_month,
        bare_weekday,
        deictic,
        bare_year,
    ))
    .parse(i)
}

fn cal(year: YearRef, month: Option<u8>, day: Option<u8>, weekday: Option<u8>) -> DateExpr {
    DateExpr::new(DateBase::Calendar {
        year,
        month,
        day,
        weekday,
    })
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
    year4(j)
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

/// "17 April 2024", "Wednesday, 17 April 2024", "28 September", "17th of
/// April", "April 18, 2024", "April 22nd", "Tuesday, April 17, 2024".
fn full_date(i: &str) -> Res<'_, Expr> {
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
        let (j, _) = sp(j)?;
        let (j, d) = day(j)?;
        // "April 2024" is month-year, not day 20
        Ok((j, (d, m)))
    }
    let (r, (d, m)) = alt((dmy, mdy)).parse(r)?;
    let (r, y) = opt(year_after).parse(r)?;
    let year = y.map_or(YearRef::Implied, YearRef::Explicit);
    let r = if y.is_some() { skip_time(r) } else { r };
    Ok((r, Expr::Date(cal(year, Some(m), Some(d), wd))))
}

/// "19–20 September", "19-20 September 2023", "19 to 20 September".
fn day_range(i: &str) -> Res<'_, Expr> {
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

/// "September 19–20, 2023", "September 19-20".
fn month_day_range(i: &str) -> Res<'_, Expr> {
    let (r, m) = month(i)?;
    let (r, _) = sp(r)?;
    let (r, d1) = day(r)?;
    let (r, _) = dash(r)?;
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
        let (j, _) = kw("the")(j)?;
        let (j, _) = sp(j)?;
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
    let (r, part) = part_prefix(i)?;
    let (r, mut e) = alt((
        |j| month_year_expr(j),
        |j| relative_expr(j),
        |j| season_expr(j),
        |j| year4(j).map(|(j, y)| (j, cal(YearRef::Explicit(y), None, None, None))),
        |j| month(j).map(|(j, m)| (j, cal(YearRef::Implied, Some(m), None, None))),
    ))
    .parse(r)?;
    e.part = Some(part);
    Ok((r, Expr::Date(e)))
}

/// "November 2025", "October last year", "September this year", "March of
/// 2022".
fn month_year_expr(i: &str) -> Res<'_, DateExpr> {
    let (r, m) = month(i)?;
    let (r, _) = sp(r)?;
    let r = match (kw("of"), sp).parse(r) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    if let Ok((r, y)) = year4(r) {
        return Ok((r, cal(YearRef::Explicit(y), Some(m), None, None)));
    }
    let (r, k) = kw_of(&["last", "next", "this"])(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = kw("year")(r)?;
    Ok((r, cal(YearRef::Offset([-1, 1, 0][k]), Some(m), None, None)))
}

fn month_year(i: &str) -> Res<'_, Expr> {
    month_year_expr(i).map(|(r, e)| (r, Expr::Date(e)))
}

/// "next year", "last week", "this month", "last September", "next spring",
/// "last Friday", "the past decade" is a duration and not here.
fn relative_expr(i: &str) -> Res<'_, DateExpr> {
    let (r, k) = kw_of(&["last", "next", "this", "previous", "coming"])(i)?;
    let offset = [-1, 1, 0, -1, 1][k];
    let (r, _) = sp(r)?;
    if let Ok((r2, w)) = word(r)
        && let Some(unit) = Unit::from_word(w)
        && !w.ends_with(['s', 'S'])
    {
        return Ok((r2, DateExpr::new(DateBase::Relative { offset, unit })));
    }
    let year = match offset {
        -1 => YearRef::Previous,
        1 => YearRef::Following,
        _ => YearRef::Offset(0),
    };
    if let Ok((r2, m)) = month(r) {
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

fn relative(i: &str) -> Res<'_, Expr> {
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

/// "the autumn of 2019", "autumn 2019", "summer of 2022".
fn season_expr(i: &str) -> Res<'_, DateExpr> {
    let r = match (kw("the"), sp).parse(i) {
        Ok((r, _)) => r,
        Err(_) => i,
    };
    let (r, s) = season_word(r)?;
    let (r, _) = sp(r)?;
    let r = match (kw("of"), sp).parse(r) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    let (r, y) = year4(r)?;
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

/// "the 1990s", "the 2010s", "1990s".
fn decade(i: &str) -> Res<'_, Expr> {
    let r = match (kw("the"), sp).parse(i) {
        Ok((r, _)) => r,
        Err(_) => i,
    };
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
    Ok((r, Expr::Date(DateExpr::new(DateBase::Decade(v as i32)))))
}

/// A bare month: "in September". The scanner drops a bare "May" or "March"
/// with no preposition before it.
fn bare_month(i: &str) -> Res<'_, Expr> {
    let (r, m) = month(i)?;
    // "April 2024" and "April 22" are other forms; here the month stands alone
    Ok((r, Expr::Date(cal(YearRef::Implied, Some(m), None, None))))
}

/// "on Friday", "Tuesday".
fn bare_weekday(i: &str) -> Res<'_, Expr> {
    let (r, wd) = weekday(i)?;
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Weekday {
            weekday: wd,
            offset: 0,
        })),
    ))
}

/// "today", "yesterday", "tomorrow".
fn deictic(i: &str) -> Res<'_, Expr> {
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

/// A plural noun after a four-digit number makes it a count.
fn counts_a_noun(w: &str) -> bool {
    const NOT_NOUNS: [&str; 14] = [
        "as", "is", "was", "has", "this", "its", "his", "does", "thus", "always", "perhaps",
        "unless", "whereas", "towards",
    ];
    w.len() >= 4
        && w.ends_with('s')
        && w.as_bytes()[0].is_ascii_lowercase()
        && !NOT_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
}

/// An amount of time units: "44", "five", "a", "a year and a half"-style
/// fractions are handled by [`duration`].
fn amount(i: &str) -> Res<'_, (f64, f64)> {
    alt((
        |j| decimal(j).map(|(r, (v, _))| (r, (v, if v.fract() == 0.0 { 1.0 } else { 0.5 }))),
        |j| number_words(j).map(|(r, (v, _))| (r, (v, 1.0))),
        |j| kw_of(&["a", "an", "one"])(j).map(|(r, _)| (r, (1.0, 1.0))),
    ))
    .parse(i)
}

/// "four years ago", "a year ago", "two weeks ago".
fn ago(i: &str) -> Res<'_, Expr> {
    let (r, (n, _)) = amount(i)?;
    let (r, _) = sp(r)?;
    let (r, w) = word(r)?;
    let unit = Unit::from_word(w).ok_or(nom::Err::Error(nom::error::Error::new(
        r,
        nom::error::ErrorKind::Tag,
    )))?;
    let (r, _) = sp(r)?;
    let (r, _) = kw("ago")(r)?;
    if n.fract() != 0.0 || n > 10_000.0 {
        return fail(i);
    }
    Ok((
        r,
        Expr::Date(DateExpr::new(DateBase::Ago { n: n as i32, unit })),
    ))
}

/// The hedge words before an amount.
pub fn hedge(i: &str) -> Res<'_, Hedge> {
    let table: [(&'static [&'static str], Hedge); 20] = [
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
    ];
    for (words, h) in table {
        if let Ok((r, ())) = phrase(words)(i)
            && let Ok((r, _)) = sp(r)
        {
            return Ok((r, h));
        }
    }
    fail(i)
}

/// Durations: "44-day", "five-year", "six weeks", "two years", "a year and a
/// half", "one and a half years", "18 months", "more than a year", "half a
/// year". Not "53-year-old" (an age) nor "four years ago" (a date).
fn duration(i: &str) -> Res<'_, Expr> {
    let (r, h) = opt(hedge).parse(i)?;
    let hedge = h.unwrap_or(Hedge::Exact);
    // "half a year"
    if let Ok((r2, _)) = (kw("half"), sp, kw_of(&["a", "an"]), sp).parse(r)
        && let Ok((r3, w)) = word(r2)
        && let Some(unit) = Unit::from_word(w)
    {
        return Ok((
            r3,
            Expr::Duration(DurationExpr {
                amount: 0.5,
                unit,
                precision: 0.25,
                hedge,
            }),
        ));
    }
    let (r, (mut n, mut precision)) = amount(r)?;
    // "one and a half years"
    let mut r = r;
    if let Ok((r2, _)) = (sp, kw("and"), sp, kw("a"), sp, kw("half"), sp).parse(r) {
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
            Expr::Duration(DurationExpr {
                amount: n,
                unit,
                precision,
                hedge,
            }),
        ));
    }
    // "44-day", "five-year" (compound adjective, singular unit)
    let (r, unit, compound) = if let Ok((r2, ())) = hyphen(r) {
        let (r3, w) = word(r2)?;
        let u = Unit::from_word(w).ok_or(nom::Err::Error(nom::error::Error::new(
            r2,
            nom::error::ErrorKind::Tag,
        )))?;
        (r3, u, true)
    } else {
        let (r2, _) = sp(r)?;
        let (r3, w) = word(r2)?;
        let u = Unit::from_word(w).ok_or(nom::Err::Error(nom::error::Error::new(
            r2,
            nom::error::ErrorKind::Tag,
        )))?;
        (r3, u, false)
    };
    // "53-year-old" is an age
    // "53-year-old", "five-year-long": a compound that goes on is not a duration
    if compound && hyphen(r).is_ok() {
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
        && let Ok((r2, _)) = (sp, kw("and"), sp, kw("a"), sp, kw("half")).parse(r)
    {
        return Ok((
            r2,
            Expr::Duration(DurationExpr {
                amount: 1.5,
                unit,
                precision: 0.25,
                hedge,
            }),
        ));
    }
    // "a year" with no hedge in "a year earlier" is still a duration
    Ok((
        r,
        Expr::Duration(DurationExpr {
            amount: n,
            unit,
            precision: precision * 0.5,
            hedge,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{CountExpr, Expr::*};

    fn parse(s: &str) -> (String, Expr) {
        let (rest, e) = temporal(s).unwrap_or_else(|e| panic!("{s:?} did not parse: {e}"));
        (s[..s.len() - rest.len()].trim_end().to_string(), e)
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
    }

    #[test]
    fn months_years_and_ranges() {
        let table: &[(&str, &str, Expr)] = &[
            (
                "November 2025, challenges",
                "November 2025",
                Date(c(Explicit(2025), Some(11), None)),
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
        ];
        for (input, text, want) in table {
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
            (
                "the beginning of March 2022",
                "the beginning of March 2022",
                q(Part::Early, c(Explicit(2022), Some(3), None)),
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
            ("next year.", "next year", Date(rel(1, Unit::Year))),
            ("last week", "last week", Date(rel(-1, Unit::Week))),
            ("this week,", "this week", Date(rel(0, Unit::Week))),
            ("yesterday", "yesterday", Date(rel(-1, Unit::Day))),
            (
                "four years ago,",
                "four years ago",
                Date(DateExpr::new(DateBase::Ago {
                    n: 4,
                    unit: Unit::Year,
                })),
            ),
            (
                "a year ago",
                "a year ago",
                Date(DateExpr::new(DateBase::Ago {
                    n: 1,
                    unit: Unit::Year,
                })),
            ),
            (
                "Friday.",
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
            Duration(DurationExpr {
                amount,
                unit,
                precision,
                hedge,
            })
        };
        let table: &[(&str, &str, Expr)] = &[
            (
                "44-day War",
                "44-day",
                d(44.0, Unit::Day, 0.5, Hedge::Exact),
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
        ];
        for (input, text, want) in table {
            assert_eq!(parse(input), (text.to_string(), *want), "{input:?}");
        }
        for s in ["53-year-old accountant", "1960 troops", "2,000", "May be"] {
            let got = temporal(s);
            assert!(
                got.is_err() || !matches!(got.unwrap().1, Duration(_)),
                "{s:?} is not a duration"
            );
        }
        let _ = CountExpr {
            value: 0.0,
            precision: 1.0,
            hedge: Hedge::Exact,
            percent: false,
        };
    }

    #[test]
    fn not_dates() {
        for s in ["1960 troops", "Mayor", "thebes", "one has"] {
            assert!(temporal(s).is_err(), "{s:?} is not temporal");
        }
    }
}
