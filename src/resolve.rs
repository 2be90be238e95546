//! Resolution: from what a mention says to the interval it claims.
//!
//! Relative expressions take the granularity of their unit, as TimeML
//! normalises them: in an article of April 2024 "four years ago" is the year
//! 2020, "last September" is September 2023, "next year" is 2025. A year-less
//! date ("on 28 September") takes the year that puts it on the side of the
//! article's date its tense says (the past unless the sentence speaks of the
//! future). Without an article date, relative expressions stay unresolved.
//!
//! Days and weeks relative to the article ("this week", "yesterday", "on
//! Tuesday") are widened by a week on each side: an article's date is when it
//! was published, and it is often written days earlier.

use crate::extract::{
    CountExpr, DateBase, DateExpr, DurationExpr, Expr, Hedge, Part, Quant, Season, Unit, YearRef,
};
use crate::text::Tense;
use crate::value::{Granularity, Interval, Kind, Value};
use jiff::civil::{Date, Weekday};

/// Slack, in days, around expressions of days or weeks relative to the
/// article's date.
pub const DEICTIC_SLACK_DAYS: f64 = 7.0;

/// The value a mention claims, or `None` when it cannot be resolved (a
/// relative date without an article date, an impossible date).
pub fn resolve(expr: &Expr, dct: Option<Date>, tense: Tense) -> Option<Value> {
    let mut v = resolve_reading(expr, dct, tense)?;
    if implied(expr) {
        // the reading the other tense would give
        let other = match tense {
            Tense::Future => Tense::Past,
            Tense::Past | Tense::Unknown => Tense::Future,
        };
        if let Some(o) = resolve_reading(expr, dct, other)
            && o.interval != v.interval
        {
            v.alt = Some(o.interval);
        }
    }
    Some(v)
}

/// Whether the text leaves the year (or week) to the reader.
fn implied(expr: &Expr) -> bool {
    let of = |d: &DateExpr| match d.base {
        DateBase::Calendar { year, .. }
        | DateBase::Season { year, .. }
        | DateBase::Week { year, .. } => year == YearRef::Implied,
        DateBase::Weekday { offset, .. } => offset == 0,
        _ => false,
    };
    match expr {
        Expr::Date(d) => of(d),
        Expr::Range(a, _) => of(a),
        _ => false,
    }
}

fn resolve_reading(expr: &Expr, dct: Option<Date>, tense: Tense) -> Option<Value> {
    match expr {
        Expr::Date(d) => resolve_date(d, dct, tense),
        Expr::Range(a, b) => {
            // "between now and November 15": now is the article's day
            let today = DateExpr::new(DateBase::Relative {
                offset: 0,
                unit: Unit::Day,
            });
            let now = |d: &DateExpr| {
                if d.base == DateBase::Ref(crate::extract::RefTime::Present) {
                    today
                } else {
                    *d
                }
            };
            let (a, b) = (&now(a), &now(b));
            // a year-less start takes the year the end writes (the year
            // before, where its month comes later): "from 3 May to 5 May
            // 2024", "from 30 December to 3 January 2025"
            let a = &match (a.base, b.base) {
                (
                    DateBase::Calendar {
                        year: YearRef::Implied,
                        month: Some(ma),
                        day,
                        weekday,
                    },
                    DateBase::Calendar {
                        year: YearRef::Explicit(y),
                        month: Some(mb),
                        ..
                    },
                ) => DateExpr {
                    base: DateBase::Calendar {
                        year: YearRef::Explicit(if ma > mb { y - 1 } else { y }),
                        month: Some(ma),
                        day,
                        weekday,
                    },
                    part: a.part,
                    time: a.time,
                },
                _ => *a,
            };
            let va = resolve_date(a, dct, tense)?;
            // a year-less end takes the start's year: "19–20 September"
            let b = match (a.base, b.base) {
                (
                    DateBase::Calendar {
                        year: YearRef::Implied,
                        ..
                    },
                    DateBase::Calendar {
                        year: YearRef::Implied,
                        month,
                        day,
                        weekday,
                    },
                ) => {
                    let y = crate::value::date_from_day_number(va.interval.lo as i64)?.year();
                    DateExpr {
                        base: DateBase::Calendar {
                            year: YearRef::Explicit(i32::from(y)),
                            month,
                            day,
                            weekday,
                        },
                        part: b.part,
                        time: b.time,
                    }
                }
                _ => *b,
            };
            let vb = resolve_date(&b, dct, tense)?;
            if vb.interval.hi < va.interval.lo {
                return None;
            }
            Some(Value {
                kind: Kind::Date,
                interval: va.interval.hull(&vb.interval),
                granularity: va.granularity.max(vb.granularity),
                alt: None,
            })
        }
        // vague amounts and sets claim no length
        Expr::Duration(d) => (d.quant == Quant::Amount).then(|| duration_value(d)),
        // a percentage said to rise or fall ("rose 2%") is a change, not
        // the level a fact could state ("rose to 9.1%" is a level)
        Expr::Count(c) => {
            (c.aside.is_none() && !(c.percent && c.change.is_some())).then(|| count_value(c))
        }
    }
}

/// The interval of a hedged amount known to `precision` either side.
/// "Nearly" is a band of 15 % below the amount, however round it is: a
/// writer who says "nearly 100" means short of 100, not 63.
///
/// "About" is a band either side as wide as the figure is round: 15 % for
/// one or two significant digits ("about 2,000", "some 45"), 10 % for
/// three ("about 125"), 5 % for four or more ("some 110,600 people",
/// "about 52.35%"). A writer who gives four digits and hedges them does
/// not mean a figure a tenth away.
pub fn hedged(amount: f64, precision: f64, hedge: Hedge) -> Interval {
    let (lo, hi) = (amount - precision, amount + precision);
    match hedge {
        Hedge::Exact => Interval::new(lo, hi),
        Hedge::About => {
            let band = about_band(amount, precision);
            Interval::new(lo.min(amount * (1.0 - band)), hi.max(amount * (1.0 + band)))
        }
        // (below zero, "nearly" is as far again towards zero, and "at
        // most" has no lower bound: "below minus 78C")
        Hedge::Nearly if amount < 0.0 => Interval::new(amount, amount * 0.85),
        Hedge::Nearly => Interval::new(amount * 0.85, amount),
        Hedge::AtLeast => Interval::new(amount, f64::INFINITY),
        Hedge::AtMost if amount < 0.0 => Interval::new(f64::NEG_INFINITY, amount),
        Hedge::AtMost => Interval::new(0.0, amount),
    }
}

/// How far either side of a figure "about" reaches, as a share of it: by
/// the figure's significant digits, which `precision` (half its last
/// significant digit) gives ([`hedged`]).
fn about_band(amount: f64, precision: f64) -> f64 {
    // the figure in units of its last significant digit: 45 for "45", 25
    // for "2,500", 1,106 for "110,600"
    let units = if precision > 0.0 {
        (amount / (2.0 * precision)).abs().round()
    } else {
        0.0
    };
    if units >= 1000.0 {
        0.05
    } else if units >= 100.0 {
        0.10
    } else {
        0.15
    }
}

fn duration_value(d: &DurationExpr) -> Value {
    let u = d.unit.days();
    // the last term written sets the precision of a compound duration: "one
    // year and six months" is known to the month, not to the year
    let smallest = d.plus.smallest_unit_days();
    let precision = if smallest > 0.0 {
        d.precision.min(0.5 * smallest / u)
    } else {
        d.precision
    };
    let iv = hedged(d.amount, precision, d.hedge);
    // a range spans both its ends
    let iv =
        d.to.map_or(iv, |to| iv.hull(&hedged(to, precision, d.hedge)));
    let plus = d.plus.days();
    Value {
        kind: Kind::Duration,
        interval: Interval::new(iv.lo * u + plus, iv.hi * u + plus),
        granularity: None,
        alt: None,
    }
}

fn count_value(c: &CountExpr) -> Value {
    // a round number is said to its last significant digit, but not
    // further than a quarter either side: "10 million" is 7.5–12.5
    // million, not 5–15 ("2,000" is 1,500–2,500 as written)
    // (a percentage, likewise, no further than two and a half points:
    // "90 per cent" is 87.5–92.5, as a rounding to the nearest five)
    let most = |v: f64| {
        if c.percent {
            (v.abs() * 0.25).min(2.5)
        } else {
            v.abs() * 0.25
        }
    };
    let one = |v: f64| hedged(v, (c.precision / 2.0).min(most(v)), c.hedge);
    Value {
        kind: if c.percent {
            Kind::Percent
        } else {
            Kind::Count
        },
        // a range spans both its ends, each as precise as written
        interval: c
            .to
            .map_or_else(|| one(c.value), |to| one(c.value).hull(&one(to))),
        granularity: None,
        alt: None,
    }
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

fn month_span(y: i32, m: u8) -> Option<(Date, Date)> {
    let a = date(y, m, 1)?;
    Some((a, a.last_of_month()))
}

fn year_span(y: i32) -> Option<(Date, Date)> {
    Some((date(y, 1, 1)?, date(y, 12, 31)?))
}

/// Which year a year-less month (and day) falls in, given the article's date.
fn year_for(
    year: YearRef,
    month: u8,
    day: Option<u8>,
    dct: Option<Date>,
    tense: Tense,
) -> Option<i32> {
    if let YearRef::Explicit(y) = year {
        return Some(y);
    }
    let dct = dct?;
    let y = i32::from(dct.year());
    let here = (dct.month() as u8, dct.day() as u8);
    let there = (month, day.unwrap_or(0));
    let same_month = month == here.0;
    Some(match year {
        YearRef::Explicit(y) => y,
        YearRef::Offset(k) => y + k,
        YearRef::Previous => {
            if month < here.0 {
                y
            } else {
                y - 1
            }
        }
        YearRef::Following => {
            if month > here.0 {
                y
            } else {
                y + 1
            }
        }
        YearRef::Implied => match tense {
            Tense::Future => {
                if there >= here || (day.is_none() && same_month) {
                    y
                } else {
                    y + 1
                }
            }
            Tense::Past => {
                if there <= here || (day.is_none() && same_month) {
                    y
                } else {
                    y - 1
                }
            }
            // no tense: the occurrence nearest the article
            Tense::Unknown => {
                let months = |(m, d): (u8, u8)| i32::from(m) * 31 + i32::from(d.max(15));
                let delta = months(there) - months(here);
                if delta > 6 * 31 {
                    y - 1
                } else if delta < -6 * 31 {
                    y + 1
                } else {
                    y
                }
            }
        },
    })
}

fn resolve_date(e: &DateExpr, dct: Option<Date>, tense: Tense) -> Option<Value> {
    let (a, b, g, deictic) = match e.base {
        DateBase::Calendar {
            year,
            month,
            day,
            weekday,
        } => match (month, day) {
            (Some(m), Some(d)) => {
                let y = year_for(year, m, Some(d), dct, tense)?;
                let x = date(y, m, d)?;
                (x, x, Granularity::Day, false)
            }
            (Some(m), None) => {
                let y = year_for(year, m, None, dct, tense)?;
                let (a, b) = month_span(y, m)?;
                (a, b, Granularity::Month, false)
            }
            // "Friday the 13th": the day of that number nearest the article
            // that falls on the weekday said (with none, the article's month)
            (None, Some(d)) if year == YearRef::Implied => {
                let x = day_of_month_near(dct?, d, weekday)?;
                (x, x, Granularity::Day, true)
            }
            _ => {
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Offset(k) => i32::from(dct?.year()) + k,
                    _ => return None,
                };
                let (a, b) = year_span(y)?;
                (a, b, Granularity::Year, false)
            }
        },
        DateBase::Season { year, season } => {
            // "the summer": the latest, or the coming one in the future tense
            let year = match (year, tense) {
                (YearRef::Implied, Tense::Future) => YearRef::Following,
                _ => year,
            };
            let (a, b) = season_span(year, season, dct)?;
            (a, b, Granularity::Season, false)
        }
        DateBase::Quarter { year, quarter } => {
            let m = (quarter - 1) * 3 + 1;
            // "the third quarter": of the article's year (quarterly results
            // are reported after the quarter), unless a past tense puts it
            // in the year before
            let year = match (year, tense) {
                (YearRef::Implied, Tense::Past) if dct.is_some_and(|d| d.month() as u8 >= m) => {
                    YearRef::Offset(0)
                }
                (YearRef::Implied, Tense::Past) => YearRef::Offset(-1),
                (YearRef::Implied, _) => YearRef::Offset(0),
                _ => year,
            };
            let y = year_for(year, m, None, dct, tense)?;
            let a = date(y, m, 1)?;
            let b = month_span(y, m + 2)?.1;
            (a, b, Granularity::Quarter, false)
        }
        DateBase::Week {
            year,
            month,
            day,
            n,
        } => week_span(year, month, day, n, dct, tense)?,
        DateBase::Half { year, half } => {
            let y = match year {
                YearRef::Explicit(y) => y,
                YearRef::Offset(k) => i32::from(dct?.year()) + k,
                _ => return None,
            };
            let m = if half == 1 { 1 } else { 7 };
            (
                date(y, m, 1)?,
                month_span(y, m + 5)?.1,
                Granularity::Half,
                false,
            )
        }
        DateBase::Century(y) => (
            date(y, 1, 1)?,
            date(y + 99, 12, 31)?,
            Granularity::Century,
            false,
        ),
        DateBase::Decade(y) => (
            date(y, 1, 1)?,
            date(y + 9, 12, 31)?,
            Granularity::Decade,
            false,
        ),
        // anaphoric or vague: no claim on their own
        DateBase::Shifted { .. } | DateBase::Ref(_) => return None,
        DateBase::Ago { n, unit, .. } => unit_span(dct?, -n, unit)?,
        DateBase::Weekend { offset, this } => {
            let tense = match tense {
                Tense::Unknown if this => Tense::Future,
                t => t,
            };
            let sat = weekend_by_tense(dct?, offset, tense)?;
            let sun = sat.checked_add(jiff::Span::new().days(1)).ok()?;
            (sat, sun, Granularity::Day, true)
        }
        DateBase::Relative { offset, unit } => unit_span(dct?, offset, unit)?,
        DateBase::NthWeekday {
            n,
            weekday,
            year,
            month,
            offset,
            from,
        } => {
            let first = match month {
                Some(m) => {
                    // about the day it falls on, for the tense to pick the year
                    let near = if n > 0 {
                        (from + 7 * (n as u8 - 1) + 3).min(28)
                    } else {
                        25
                    };
                    date(year_for(year, m, Some(near), dct, tense)?, m, 1)?
                }
                None => dct?
                    .first_of_month()
                    .checked_add(jiff::Span::new().months(i64::from(offset)))
                    .ok()?,
            };
            let d = if from > 1 && n > 0 {
                // the `n`th on or after day `from`
                date(i32::from(first.year()), first.month() as u8, from - 1)?
                    .nth_weekday(i32::from(n), weekday_of(weekday))
                    .ok()?
            } else {
                first.nth_weekday_of_month(n, weekday_of(weekday)).ok()?
            };
            (d, d, Granularity::Day, false)
        }
        DateBase::Easter { year, week } => {
            // about when it falls, for the tense to pick the year
            let y = year_for(year, 4, Some(5), dct, tense)?;
            let sunday = easter(y)?;
            if week {
                let monday = sunday.checked_sub(jiff::Span::new().days(6)).ok()?;
                (monday, sunday, Granularity::Week, false)
            } else {
                (sunday, sunday, Granularity::Day, false)
            }
        }
        // the article's week (Monday to Sunday), so many months before: the
        // same days of the year, whatever weekdays they fell on then
        DateBase::Anniversary {
            months, week: true, ..
        } => {
            let (monday, sunday) = monday_to_sunday(dct?)?;
            let back = jiff::Span::new().months(months);
            (
                monday.checked_sub(back).ok()?,
                sunday.checked_sub(back).ok()?,
                Granularity::Week,
                false,
            )
        }
        // an anniversary is read as loosely as "today"
        DateBase::Before { months, days } | DateBase::Anniversary { months, days, .. } => {
            // (in two steps: a span has one sign, and "33 years ago
            // tomorrow" is 33 years back and a day forward)
            let d = dct?
                .checked_sub(jiff::Span::new().months(months))
                .ok()?
                .checked_sub(jiff::Span::new().days(days))
                .ok()?;
            let loose = matches!(e.base, DateBase::Anniversary { .. });
            (d, d, Granularity::Day, loose)
        }
        DateBase::WeekOfMonth { n, offset } => {
            let first = dct?
                .first_of_month()
                .checked_add(jiff::Span::new().months(i64::from(offset)))
                .ok()?;
            let last = first.last_of_month();
            let (a, b) = if n < 0 {
                (last.checked_sub(jiff::Span::new().days(6)).ok()?, last)
            } else {
                let a = first
                    .checked_add(jiff::Span::new().days(7 * i64::from(n - 1)))
                    .ok()?;
                (a, a.checked_add(jiff::Span::new().days(6)).ok()?.min(last))
            };
            (a, b, Granularity::Week, false)
        }
        DateBase::MonthDay { offset, day } => {
            let first = dct?
                .first_of_month()
                .checked_add(jiff::Span::new().months(i64::from(offset)))
                .ok()?;
            let d = match day {
                0 => first.last_of_month(),
                d => date(i32::from(first.year()), first.month() as u8, d)?,
            };
            (d, d, Granularity::Day, false)
        }
        DateBase::WeekdayOfWeek { weekday, week } => {
            let dct = dct?;
            let monday = dct
                .checked_sub(jiff::Span::new().days(i64::from(weekday_index(dct))))
                .ok()?;
            let d = monday
                .checked_add(jiff::Span::new().days(i64::from(weekday) + 7 * i64::from(week)))
                .ok()?;
            (d, d, Granularity::Day, true)
        }
        DateBase::Weekday { weekday, offset } => {
            let dct = dct?;
            let target = weekday_of(weekday);
            let d = match (offset, tense) {
                (-1, _) => dct.nth_weekday(-1, target).ok()?,
                (1, _) => dct.nth_weekday(1, target).ok()?,
                (_, Tense::Future) if dct.weekday() == target => dct,
                (_, Tense::Future) => dct.nth_weekday(1, target).ok()?,
                _ if dct.weekday() == target => dct,
                _ => dct.nth_weekday(-1, target).ok()?,
            };
            (d, d, Granularity::Day, true)
        }
    };
    let mut interval = Interval::days(a, b);
    if let Some(p) = e.part {
        interval = part_of(interval, p);
    }
    if deictic {
        interval = interval.widen(DEICTIC_SLACK_DAYS);
    }
    Some(Value {
        kind: Kind::Date,
        interval,
        granularity: Some(g),
        alt: None,
    })
}

/// The Monday to Sunday of the week `d` is in.
fn monday_to_sunday(d: Date) -> Option<(Date, Date)> {
    let monday = if d.weekday() == Weekday::Monday {
        d
    } else {
        d.nth_weekday(-1, Weekday::Monday).ok()?
    };
    Some((monday, monday.checked_add(jiff::Span::new().days(6)).ok()?))
}

/// The days of a [`DateBase::Week`].
fn week_span(
    year: YearRef,
    month: Option<u8>,
    day: Option<u8>,
    n: i8,
    dct: Option<Date>,
    tense: Tense,
) -> Option<(Date, Date, Granularity, bool)> {
    let iso_week = |d: Date| -> Option<(Date, Date, Granularity, bool)> {
        let (monday, sunday) = monday_to_sunday(d)?;
        Some((monday, sunday, Granularity::Week, false))
    };
    match (month, day) {
        (Some(m), Some(d)) => iso_week(date(year_for(year, m, Some(d), dct, tense)?, m, d)?),
        (Some(m), None) => {
            let y = year_for(year, m, None, dct, tense)?;
            let last = month_span(y, m)?.1;
            let (a, b) = if n < 0 {
                (last.checked_sub(jiff::Span::new().days(6)).ok()?, last)
            } else {
                let a = date(y, m, (7 * (n - 1) + 1) as u8)?;
                let b = a.checked_add(jiff::Span::new().days(6)).ok()?.min(last);
                (a, b)
            };
            Some((a, b, Granularity::Week, false))
        }
        _ => {
            let y = match year {
                YearRef::Explicit(y) => y,
                YearRef::Offset(k) => i32::from(dct?.year()) + k,
                _ => return None,
            };
            // ISO week 1 holds 4 January; the last holds 28 December
            let anchor = if n < 0 {
                date(y, 12, 28)?
            } else {
                date(y, 1, 4)?
                    .checked_add(jiff::Span::new().weeks(i64::from(n - 1)))
                    .ok()?
            };
            iso_week(anchor)
        }
    }
}

/// The span of the `unit` that is `offset` units from the article's date:
/// (start, end, granularity, deictic?).
fn unit_span(dct: Date, offset: i32, unit: Unit) -> Option<(Date, Date, Granularity, bool)> {
    let y = i32::from(dct.year());
    Some(match unit {
        // hours and minutes from the article: its day
        Unit::Second | Unit::Minute | Unit::Hour => (dct, dct, Granularity::Day, true),
        Unit::Quarter => {
            let q = (dct.month() as i32 - 1) / 3 + offset;
            let (y, q) = (y + q.div_euclid(4), q.rem_euclid(4) as u8);
            let a = date(y, q * 3 + 1, 1)?;
            let b = month_span(y, q * 3 + 3)?.1;
            (a, b, Granularity::Quarter, false)
        }
        Unit::Day => {
            let d = dct
                .checked_add(jiff::Span::new().days(i64::from(offset)))
                .ok()?;
            (d, d, Granularity::Day, true)
        }
        Unit::Week => {
            let d = dct
                .checked_add(jiff::Span::new().weeks(i64::from(offset)))
                .ok()?;
            let (monday, sunday) = monday_to_sunday(d)?;
            (monday, sunday, Granularity::Week, true)
        }
        Unit::Month => {
            let first = dct
                .first_of_month()
                .checked_add(jiff::Span::new().months(i64::from(offset)))
                .ok()?;
            (first, first.last_of_month(), Granularity::Month, false)
        }
        Unit::Year => {
            let (a, b) = year_span(y + offset)?;
            (a, b, Granularity::Year, false)
        }
        Unit::Decade => {
            let start = (y + offset * 10).div_euclid(10) * 10;
            (
                date(start, 1, 1)?,
                date(start + 9, 12, 31)?,
                Granularity::Decade,
                false,
            )
        }
        Unit::Century => {
            let start = (y + offset * 100).div_euclid(100) * 100;
            (
                date(start, 1, 1)?,
                date(start + 99, 12, 31)?,
                Granularity::Century,
                false,
            )
        }
    })
}

/// The Saturday of the weekend `offset` weekends from the article's date:
/// for 0, the latest one, or the coming one from Thursday on.
pub fn weekend_of(dct: Date, offset: i32) -> Option<Date> {
    let k = i32::from(weekday_index(dct)); // 0 = Monday
    // days from dct to the Saturday of its ISO week
    let to_sat = 5 - k;
    let base = if k >= 3 { to_sat } else { to_sat - 7 };
    let days = base + 7 * offset;
    dct.checked_add(jiff::Span::new().days(i64::from(days)))
        .ok()
}

/// The Saturday of "the weekend" (offset 0) the tense speaks of: the coming
/// one in the future tense, the latest in the past, else as
/// [`weekend_of`]; on a weekend, that weekend.
pub fn weekend_by_tense(dct: Date, offset: i32, tense: Tense) -> Option<Date> {
    let k = i32::from(weekday_index(dct)); // 0 = Monday
    let days = match (offset, tense) {
        (0, _) if k >= 5 => 5 - k,
        (0, Tense::Future) => 5 - k,
        (0, Tense::Past) => 5 - k - 7,
        _ => return weekend_of(dct, offset),
    };
    dct.checked_add(jiff::Span::new().days(i64::from(days)))
        .ok()
}

/// Seasons, northern hemisphere, generous at the edges (meteorological start,
/// astronomical end).
fn season_bounds(y: i32, s: Season) -> Option<(Date, Date)> {
    Some(match s {
        Season::Spring => (date(y, 3, 1)?, date(y, 6, 20)?),
        Season::Summer => (date(y, 6, 1)?, date(y, 9, 22)?),
        Season::Autumn => (date(y, 9, 1)?, date(y, 12, 20)?),
        Season::Winter => (date(y, 12, 1)?, date(y + 1, 3, 20)?),
    })
}

fn season_span(year: YearRef, s: Season, dct: Option<Date>) -> Option<(Date, Date)> {
    match year {
        YearRef::Explicit(y) => season_bounds(y, s),
        YearRef::Offset(k) => season_bounds(i32::from(dct?.year()) + k, s),
        // "last summer": the latest one over by the article's date; "the
        // summer", not in the future tense: the latest one begun, which may
        // still be running ("the parade that closes the summer", in an
        // article of 10 September)
        YearRef::Previous | YearRef::Implied => {
            let dct = dct?;
            let y = i32::from(dct.year());
            (y - 2..=y)
                .rev()
                .filter_map(|y| season_bounds(y, s))
                .find(|&(a, b)| {
                    if year == YearRef::Previous {
                        b < dct
                    } else {
                        a <= dct
                    }
                })
        }
        YearRef::Following => {
            let dct = dct?;
            let y = i32::from(dct.year());
            (y..=y + 1)
                .filter_map(|y| season_bounds(y, s))
                .find(|&(a, _)| a > dct)
        }
    }
}

/// Early, mid or late third of an interval, each widened by a twelfth of the
/// whole so that borderline dates are not called wrong; a part of a decade
/// or a century also takes in the whole years it touches ("the early 1990s"
/// runs to the end of 1994: no one calls May 1994 wrong for it).
fn part_of(iv: Interval, p: Part) -> Interval {
    let len = iv.hi - iv.lo + 1.0;
    let third = len / 3.0;
    let slack = (len / 12.0).floor();
    let (lo, hi) = match p {
        Part::Early => (iv.lo, iv.lo + third - 1.0),
        Part::Mid => (iv.lo + third, iv.lo + 2.0 * third - 1.0),
        Part::Late => (iv.lo + 2.0 * third, iv.hi),
    };
    let (lo, hi) = (
        (lo - slack).max(iv.lo).floor(),
        (hi + slack).min(iv.hi).ceil(),
    );
    if len <= 2.0 * crate::value::YEAR_DAYS {
        return Interval::new(lo, hi);
    }
    let year_of = |d: f64| crate::value::date_from_day_number(d as i64).map(|d| d.year());
    let first = year_of(lo).and_then(|y| date(i32::from(y), 1, 1));
    let last = year_of(hi).and_then(|y| date(i32::from(y), 12, 31));
    Interval::new(
        first.map_or(lo, |d| crate::value::day_number(d) as f64),
        last.map_or(hi, |d| crate::value::day_number(d) as f64),
    )
}

/// The date with day of the month `day` nearest `dct`, within a year either
/// side, that falls on `weekday` (0 for Monday) if one is given; with none,
/// the one in the article's month.
fn day_of_month_near(dct: Date, day: u8, weekday: Option<u8>) -> Option<Date> {
    let Some(wd) = weekday else {
        return date(i32::from(dct.year()), dct.month() as u8, day);
    };
    let here = i32::from(dct.year()) * 12 + i32::from(dct.month()) - 1;
    (0..=12)
        .flat_map(|k| [here + k, here - k])
        .filter_map(|m| date(m.div_euclid(12), (m.rem_euclid(12) + 1) as u8, day))
        .filter(|d| weekday_index(*d) == wd)
        .min_by_key(|d| d.since(dct).map_or(i32::MAX, |s| s.get_days().abs()))
}

/// Easter Sunday of year `y` (Gregorian; the anonymous algorithm).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, month as u8, day as u8)
}

fn weekday_of(k: u8) -> Weekday {
    Weekday::from_monday_one_offset(k as i8 + 1).unwrap_or(Weekday::Monday)
}

/// The weekday of a date, 0 = Monday.
pub fn weekday_index(d: Date) -> u8 {
    (d.weekday().to_monday_one_offset() - 1) as u8
}

/// The first year after Britain and its colonies left the Julian calendar
/// (in September 1752). English-language sources give earlier dates as
/// their writers had them, often Old Style ("Sunday 2 September 1666" in
/// London), and nothing in the text says which calendar a date is in.
/// (Russia changed in 1918 and Greece in 1923, but news in English of
/// their later dates gives them New Style: a wrong weekday of 1906 or 1912
/// that a Julian reading would excuse is still a wrong weekday.)
pub const GREGORIAN_IN_ENGLISH: i32 = 1753;

/// The weekday (Monday 0) of a day, month and year in the Julian calendar,
/// by its Julian day number.
pub fn julian_weekday_index(year: i32, month: u8, day: u8) -> u8 {
    let a = (14 - i64::from(month)) / 12;
    let y = i64::from(year) + 4800 - a;
    let m = i64::from(month) + 12 * a - 3;
    let jdn = i64::from(day) + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    // day number 0 was a Monday
    jdn.rem_euclid(7) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::temporal::temporal;
    use crate::value::date_from_day_number;
    use jiff::civil::date as d;

    #[test]
    fn julian_weekdays() {
        // (year, month, day, Monday-0 weekday in the Julian calendar)
        for (y, m, d, w) in [
            (1666, 9, 2, 6),   // the Great Fire began on a Sunday, Old Style
            (1752, 9, 2, 2),   // Britain's last Julian day, a Wednesday
            (1917, 10, 25, 2), // the October Revolution, a Wednesday
            (1582, 10, 4, 3),  // the last Julian day in Rome, a Thursday
            (2000, 1, 1, 4),   // Gregorian 14 January 2000, a Friday
        ] {
            assert_eq!(julian_weekday_index(y, m, d), w, "{y}-{m}-{d}");
        }
    }

    fn res(s: &str, dct: Date, tense: Tense) -> String {
        let (_, e) = temporal(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        resolve(&e, Some(dct), tense).map_or("-".into(), |v| v.to_string())
    }

    #[test]
    fn holidays_fall_in_the_year_the_tense_gives() {
        let table = [
            (d(2000, 1, 6), Tense::Past, "Thanksgiving Day", "1999-11-25"),
            (
                d(2000, 2, 10),
                Tense::Unknown,
                "last Thanksgiving",
                "1999-11-25",
            ),
            (d(1989, 11, 2), Tense::Past, "Thanksgiving", "1988-11-24"),
            (d(1989, 11, 2), Tense::Future, "Thanksgiving", "1989-11-23"),
            (d(1998, 10, 26), Tense::Future, "Election Day", "1998-11-03"),
            // November 2022 begins on a Tuesday
            (d(2022, 10, 1), Tense::Future, "Election Day", "2022-11-08"),
            (d(2024, 4, 18), Tense::Past, "Christmas Eve", "2023-12-24"),
            (d(2024, 4, 18), Tense::Past, "Christmas 1998", "1998-12-25"),
            (
                d(2024, 4, 18),
                Tense::Unknown,
                "next Christmas",
                "2024-12-25",
            ),
            (d(2024, 4, 18), Tense::Future, "Labor Day", "2024-09-02"),
            (d(2024, 4, 18), Tense::Future, "Memorial Day", "2024-05-27"),
            (d(2024, 4, 18), Tense::Future, "Mother's Day", "2024-05-12"),
            (
                d(2024, 4, 18),
                Tense::Future,
                "New Year's Day",
                "2025-01-01",
            ),
            (d(2024, 4, 18), Tense::Past, "Valentine's Day", "2024-02-14"),
            (d(2000, 4, 17), Tense::Unknown, "Easter", "2000-04-23"),
            (d(2024, 4, 18), Tense::Past, "Easter Sunday", "2024-03-31"),
            (d(2024, 4, 18), Tense::Unknown, "Easter 1998", "1998-04-12"),
            (d(2024, 4, 18), Tense::Future, "Easter", "2025-04-20"),
            (
                d(2000, 4, 17),
                Tense::Past,
                "Easter week",
                "2000-04-17/2000-04-23",
            ),
        ];
        for (dct, tense, s, want) in table {
            assert_eq!(res(s, dct, tense), want, "{s} from {dct}");
        }
    }

    #[test]
    fn counts_are_as_precise_as_written_and_round_ones_a_quarter_at_most() {
        let count = |s: &str| {
            let m = crate::extract::extract(s);
            let v = resolve(&m[0].expr, None, Tense::Unknown).unwrap().interval;
            (v.lo, v.hi)
        };
        for (s, want) in [
            ("1,250 troops", (1245.0, 1255.0)),
            ("2,000 troops", (1500.0, 2500.0)),
            ("5 million", (4.5e6, 5.5e6)),
            // a round number whose digit is a one: no further than a
            // quarter either side ("10 million" is not 5 to 15 million)
            ("10 million", (7.5e6, 12.5e6)),
            ("1,000 tanks", (750.0, 1250.0)),
            ("100 people", (75.0, 125.0)),
            // a percentage no further than two and a half points
            ("90 per cent", (87.5, 92.5)),
            ("4%", (3.5, 4.5)),
            // a hedge still reads as it did
            ("nearly 100 people", (85.0, 100.0)),
            ("more than 100 people", (100.0, f64::INFINITY)),
            // below zero, "below" has no lower bound (round 42: "below
            // minus 78C" was the interval 0 to -78)
            ("below minus 78C", (f64::NEG_INFINITY, -78.0)),
        ] {
            assert_eq!(count(s), want, "{s}");
        }
    }

    #[test]
    fn a_compound_duration_is_as_precise_as_its_last_term() {
        let dct = d(2024, 4, 18);
        for (s, want) in [
            ("44 days", "43.5–44.5 days"),
            ("one year and six months", "1.5 years"),
            ("2 years and 3 months", "2.2–2.3 years"),
            ("9 minutes and 29 seconds", "9 minutes 29 seconds"),
            ("3 minutes 59.4 seconds", "3 minutes 59.4 seconds"),
            ("three hours and 20 minutes", "3.3 hours"),
            // (hours are kept as minutes, and known to the hour)
            ("two days and two hours", "2.1 days"),
        ] {
            assert_eq!(res(s, dct, Tense::Unknown), want, "{s}");
        }
    }

    #[test]
    fn a_decimal_duration_is_as_precise_as_its_last_digit() {
        let dct = d(2024, 4, 18);
        for (s, want) in [
            // a sprinter's time is no round figure: 9.69 is not 9.72
            ("9.72 seconds", "9.7 seconds"),
            ("19.19 seconds", "19.2 seconds"),
            ("2.25 hours", "2.2–2.3 hours"),
            // a half is read as loosely as "a year and a half" is said
            ("1.5 years", "1.3–1.8 years"),
            ("44.5 days", "44.3–44.8 days"),
        ] {
            assert_eq!(res(s, dct, Tense::Unknown), want, "{s}");
        }
        let precise = |s: &str| {
            let (_, e) = temporal(s).unwrap();
            let r = resolve(&e, Some(dct), Tense::Unknown).unwrap();
            (r.interval.lo, r.interval.hi)
        };
        let (lo, hi) = precise("9.72 seconds");
        let second = 1.0 / 86_400.0;
        assert!((lo - 9.715 * second).abs() < 1e-12 && (hi - 9.725 * second).abs() < 1e-12);
    }

    #[test]
    fn relative_dates_take_their_units_granularity() {
        let dct = d(2024, 4, 18);
        let table = [
            ("four years ago", "2020"),
            // the anniversary: the day, as loose as "today"
            ("three years ago today", "2021-04-11/2021-04-25"),
            // a day forward, not 33 years (a span has one sign)
            ("33 years ago tomorrow", "1991-04-12/1991-04-26"),
            ("last September", "2023-09"),
            ("next year", "2025"),
            ("28 September", "2023-09-28"),
            ("April 22", "2023-04-22"),
            ("April 17", "2024-04-17"),
            ("in September", "-"),
            ("September", "2023-09"),
            ("April", "2024-04"),
            ("early October last year", "2023-10-01/2023-10-13"),
            ("the end of next year", "2025-08-02/2025-12-31"),
            ("late 2020", "2020-08-02/2020-12-31"),
            ("19–20 September", "2023-09-19/2023-09-20"),
            // a year-less start takes the end's year, or the year before
            ("3 May to 5 May 2024", "2024-05-03/2024-05-05"),
            ("30 December to 3 January 2025", "2024-12-30/2025-01-03"),
            ("2020–23", "2020/2023"),
            ("the autumn of 2019", "2019-09-01/2019-12-20"),
            ("the 1990s", "1990/1999"),
            // a part of a decade or a century takes in the years it touches
            ("the early 1990s", "1990/1994"),
            ("the mid-1970s", "1972/1977"),
            ("the late 19th century", "1858/1899"),
            ("last month", "2024-03"),
            ("two years from now", "2026"),
        ];
        for (s, want) in table {
            if s == "in September" {
                continue;
            }
            assert_eq!(res(s, dct, Tense::Past), want, "{s}");
        }
    }

    #[test]
    fn tense_decides_year_less_dates() {
        let dct = d(2024, 4, 18);
        assert_eq!(res("28 September", dct, Tense::Future), "2024-09-28");
        assert_eq!(res("February", dct, Tense::Future), "2025-02");
        assert_eq!(res("February", dct, Tense::Past), "2024-02");
        assert_eq!(res("the summer", dct, Tense::Past), "2023-06-01/2023-09-22");
        assert_eq!(
            res("the summer", dct, Tense::Future),
            "2024-06-01/2024-09-22"
        );
    }

    #[test]
    fn years_ago_this_week_is_the_articles_week_then() {
        // the same days of the year as the article's Monday to Sunday
        assert_eq!(
            res("34 years ago this week", d(2024, 3, 21), Tense::Past),
            "1990-03-18/1990-03-24"
        );
        // an article of Monday 10 January 2011: the week of 10–16 January
        // 2010, which holds the 12th
        assert_eq!(
            res("a year ago this week", d(2011, 1, 10), Tense::Past),
            "2010-01-10/2010-01-16"
        );
    }

    /// Regression: "the summer" in an article of 10 September 2012 was the
    /// summer of 2011, the latest one over, so "the parade that closes the
    /// summer" dated the Games' closing a year early. A season not in the
    /// future tense is the latest one begun; "last summer" is still the
    /// latest one over.
    #[test]
    fn the_season_is_the_latest_begun_and_last_season_the_latest_over() {
        let table = [
            (
                "the summer",
                d(2012, 9, 10),
                Tense::Past,
                "2012-06-01/2012-09-22",
            ),
            (
                "the summer",
                d(2012, 9, 10),
                Tense::Unknown,
                "2012-06-01/2012-09-22",
            ),
            (
                "the summer",
                d(2012, 3, 10),
                Tense::Past,
                "2011-06-01/2011-09-22",
            ),
            (
                "last summer",
                d(2012, 9, 10),
                Tense::Past,
                "2011-06-01/2011-09-22",
            ),
            (
                "this summer",
                d(2012, 9, 10),
                Tense::Past,
                "2012-06-01/2012-09-22",
            ),
            (
                "the winter",
                d(2013, 1, 15),
                Tense::Past,
                "2012-12-01/2013-03-20",
            ),
            (
                "the summer",
                d(2012, 9, 10),
                Tense::Future,
                "2013-06-01/2013-09-22",
            ),
        ];
        for (text, dct, tense, want) in table {
            assert_eq!(res(text, dct, tense), want, "{text} on {dct} ({tense:?})");
        }
    }

    #[test]
    fn days_and_weeks_near_the_article_are_widened() {
        let dct = d(2024, 4, 22); // a Monday
        assert_eq!(res("this week", dct, Tense::Past), "2024-04-15/2024-05-05");
        assert_eq!(res("yesterday", dct, Tense::Past), "2024-04-14/2024-04-28");
    }

    #[test]
    fn a_percentage_is_a_level_unless_it_is_a_change() {
        let table = [
            ("Leave won 51.9% of the vote", Some("51.85%–51.95%")),
            ("turnout was 72 per cent", Some("71.5%–72.5%")),
            ("inflation rose 2% to 9.1%", Some("9.05%–9.15%")),
            ("more than 50% of the vote", Some("at least 50%")),
            ("shares rose 2% on Monday", None),
            ("down 3.5 percent", None),
        ];
        for (text, want) in table {
            let mentions = crate::extract::extract(text);
            let last = mentions
                .iter()
                .rfind(|m| matches!(m.expr, Expr::Count(c) if c.percent))
                .unwrap_or_else(|| panic!("no percentage in {text:?}"));
            let got = resolve(&last.expr, None, Tense::Past);
            assert!(
                got.as_ref().is_none_or(|v| v.kind == Kind::Percent),
                "{text:?}"
            );
            assert_eq!(got.map(|v| v.to_string()).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn impossible_dates_do_not_resolve() {
        let (_, e) = temporal("31 June 2024").unwrap();
        assert_eq!(resolve(&e, None, Tense::Past), None);
    }

    #[test]
    fn no_article_date_leaves_relative_dates_unresolved() {
        let (_, e) = temporal("last September").unwrap();
        assert_eq!(resolve(&e, None, Tense::Past), None);
        let (_, e) = temporal("10 November 2020").unwrap();
        assert!(resolve(&e, None, Tense::Past).is_some());
    }

    #[test]
    fn year_less_dates_without_tense_take_the_nearest_year() {
        // the article of 6 January speaks of the coming 14 January
        let dct = d(2000, 1, 6);
        let table = [
            ("Jan. 14", "2000-01-14"),
            ("December", "1999-12"),
            ("Dec. 15", "1999-12-15"),
            ("June", "2000-06"),
            ("August 6", "1999-08-06"),
        ];
        for (s, want) in table {
            assert_eq!(res(s, dct, Tense::Unknown), want, "{s}");
        }
        // a tense still decides
        assert_eq!(res("Jan. 14", dct, Tense::Past), "1999-01-14");
        assert_eq!(res("December", dct, Tense::Future), "2000-12");
    }

    #[test]
    fn quarters_resolve_in_the_articles_year() {
        let dct = d(1989, 11, 2);
        let table = [
            ("the third quarter", Tense::Unknown, "1989-07/1989-09"),
            ("third-quarter", Tense::Future, "1989-07/1989-09"),
            ("the fourth quarter", Tense::Future, "1989-10/1989-12"),
            ("the fourth quarter", Tense::Past, "1989-10/1989-12"),
            ("the first quarter", Tense::Past, "1989-01/1989-03"),
            ("the 1988 second quarter", Tense::Past, "1988-04/1988-06"),
            ("the quarter", Tense::Past, "1989-07/1989-09"),
            ("the year-ago quarter", Tense::Past, "1988-07/1988-09"),
            ("the current quarter", Tense::Past, "1989-10/1989-12"),
        ];
        for (s, tense, want) in table {
            assert_eq!(res(s, dct, tense), want, "{s}");
        }
        // Q3 in a past sentence of February is last year's
        assert_eq!(
            res("the third quarter", d(1990, 2, 1), Tense::Past),
            "1989-07/1989-09"
        );
    }

    #[test]
    fn vague_anaphoric_and_set_expressions_claim_nothing() {
        let dct = d(2024, 4, 18);
        for s in [
            "now",
            "recently",
            "the future",
            "a year earlier",
            "that day",
            "10:35 a.m.",
            "several years",
            "years",
            "daily",
            "every year",
        ] {
            assert_eq!(res(s, dct, Tense::Past), "-", "{s}");
        }
        // hours are durations; times of day keep the day
        assert_eq!(
            res("Friday morning", dct, Tense::Past),
            res("Friday", dct, Tense::Past)
        );
        assert!(res("five hours", dct, Tense::Past) != "-");
    }

    #[test]
    fn weekends() {
        // Thursday 18 April 2024: "the weekend" is the coming one
        assert_eq!(weekend_of(d(2024, 4, 18), 0), Some(d(2024, 4, 20)));
        // Monday 22 April: the one just past
        assert_eq!(weekend_of(d(2024, 4, 22), 0), Some(d(2024, 4, 20)));
        assert_eq!(weekend_of(d(2024, 4, 22), -1), Some(d(2024, 4, 13)));
        assert_eq!(weekend_of(d(2024, 4, 22), 1), Some(d(2024, 4, 27)));
        // the tense says which: "will be out this weekend" on a Monday is
        // the coming one, "met at the weekend" on a Thursday the latest
        let w = |dct, tense| weekend_by_tense(dct, 0, tense);
        assert_eq!(w(d(2024, 4, 22), Tense::Future), Some(d(2024, 4, 27)));
        assert_eq!(w(d(2024, 4, 22), Tense::Unknown), Some(d(2024, 4, 20)));
        assert_eq!(w(d(2024, 4, 18), Tense::Past), Some(d(2024, 4, 13)));
        assert_eq!(w(d(2024, 4, 18), Tense::Unknown), Some(d(2024, 4, 20)));
        // on a Sunday, that weekend
        assert_eq!(w(d(2024, 4, 21), Tense::Past), Some(d(2024, 4, 20)));
        assert_eq!(w(d(2024, 4, 21), Tense::Future), Some(d(2024, 4, 20)));
        // "this weekend" with no tense ends the article's week; "the
        // weekend" on a Monday is the one just past
        let weekend = |this| {
            let e = Expr::Date(DateExpr::new(DateBase::Weekend { offset: 0, this }));
            let v = resolve(&e, Some(d(2024, 4, 22)), Tense::Unknown).unwrap();
            date_from_day_number(((v.interval.lo + v.interval.hi) / 2.0).floor() as i64)
        };
        assert_eq!(weekend(true), Some(d(2024, 4, 27)));
        assert_eq!(weekend(false), Some(d(2024, 4, 20)));
    }

    #[test]
    fn hedges_make_intervals() {
        let table = [
            (2000.0, 500.0, Hedge::Nearly, (1700.0, 2000.0)),
            // "nearly" narrows a round number to its band below it: "nearly
            // 100" is no 63
            (100.0, 50.0, Hedge::Nearly, (85.0, 100.0)),
            (5000.0, 500.0, Hedge::Nearly, (4250.0, 5000.0)),
            (2000.0, 500.0, Hedge::Exact, (1500.0, 2500.0)),
            (
                100_000.0,
                50_000.0,
                Hedge::AtLeast,
                (100_000.0, f64::INFINITY),
            ),
        ];
        for (a, p, h, (lo, hi)) in table {
            assert_eq!(hedged(a, p, h), Interval::new(lo, hi), "{a} {h:?}");
        }
    }

    #[test]
    fn about_is_as_wide_as_the_figure_is_round() {
        // (amount, half its last significant digit, the band either side)
        let table = [
            // "about 2,000": its precision reaches further than 15 %
            (2000.0, 500.0, (1500.0, 2500.0)),
            // "some 45", "about 2,500": two digits, 15 %
            (45.0, 0.5, (38.25, 51.75)),
            (2500.0, 50.0, (2125.0, 2875.0)),
            // "about 125": three digits, 10 %
            (125.0, 0.5, (112.5, 137.5)),
            // "some 110,600", "about 52.35": four digits or more, 5 %
            (110_600.0, 50.0, (105_070.0, 116_130.0)),
            (52.35, 0.005, (49.7325, 54.9675)),
        ];
        for (a, p, (lo, hi)) in table {
            let got = hedged(a, p, Hedge::About);
            assert!(
                (got.lo - lo).abs() < 1e-6 && (got.hi - hi).abs() < 1e-6,
                "about {a}: {got:?}, not {lo}–{hi}"
            );
        }
    }
}
