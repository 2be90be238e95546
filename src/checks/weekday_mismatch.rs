//! `weekday-mismatch`: a weekday that does not match its date.
//!
//! ## What it does
//! For a date written with its weekday and its year ("Tuesday, 17 April
//! 2024", or with the weekday in apposition after it: "15 April 2019, a
//! Monday", "15 April 2019 (a Monday)"), checks the calendar; in a range,
//! each end with a weekday, the first in the year the range writes once
//! ("from Tuesday 3 April to Friday 5 April 2024"). Dates without a written year are skipped: the year they
//! imply is an inference, and an inference is no ground for a warning. So
//! is a date before 1753 whose weekday is right in the Julian calendar,
//! which Britain kept until 1752: nothing says whether "Sunday 2 September
//! 1666" is Old Style (it is, and right, in London) or New Style.
//!
//! ## Why
//! A wrong weekday means either the weekday or the date is wrong, and readers
//! notice.
//!
//! ## Example
//! ```text
//! On Tuesday, 17 April 2024, the Kremlin confirmed it.
//!    ^^^^^^^^^^^^^^^^^^^^^^ 17 April 2024 was a Wednesday
//! ```

use super::{Check, DocContext, Finding, Severity};
use crate::extract::{DateBase, DateExpr, Expr, YearRef, lex, lex::WEEKDAYS};

pub struct WeekdayMismatch;

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

impl Check for WeekdayMismatch {
    fn code(&self) -> &'static str {
        "weekday-mismatch"
    }

    fn severity(&self) -> Severity {
        Severity::Warning
    }

    fn summary(&self) -> &'static str {
        "a weekday that does not match its date (\"Tuesday, 17 April 2024\")"
    }

    fn check_document(&self, cx: &DocContext<'_>, out: &mut Vec<Finding>) {
        for r in cx.mentions {
            // a date, or both ends of a range, whose first end takes the
            // year the range writes once ("from Tuesday 3 April to Friday 5
            // April 2024"), or the year before where its month comes later
            // ("from Monday 30 December to Friday 3 January 2025")
            let ends: [Option<(&DateExpr, Option<i32>)>; 2] = match &r.mention.expr {
                Expr::Date(d) => [Some((d, None)), None],
                Expr::Range(a, b) => {
                    let start_year = match (a.base, b.base) {
                        (
                            DateBase::Calendar {
                                month: Some(ma), ..
                            },
                            DateBase::Calendar {
                                year: YearRef::Explicit(y),
                                month: Some(mb),
                                ..
                            },
                        ) => Some(if ma > mb { y - 1 } else { y }),
                        _ => None,
                    };
                    [Some((a, start_year)), Some((b, None))]
                }
                _ => continue,
            };
            for (d, range_year) in ends.into_iter().flatten() {
                let DateBase::Calendar {
                    year,
                    month: Some(m),
                    day: Some(day),
                    weekday,
                } = d.base
                else {
                    continue;
                };
                // the weekday before the date ("Tuesday, 17 April 2024"), or
                // in apposition after a date that has none ("15 April 2019,
                // a Monday"; "15 April 2019 (a Monday)")
                let mut span = r.mention.span.clone();
                let w = match weekday {
                    Some(w) => w,
                    None if matches!(r.mention.expr, Expr::Date(_)) => {
                        match lex::weekday_after(&cx.doc.text, span.end) {
                            Some((w, end)) => {
                                span.end = end;
                                w
                            }
                            None => continue,
                        }
                    }
                    None => continue,
                };
                let y = match year {
                    YearRef::Explicit(y) => y,
                    YearRef::Implied => match range_year {
                        Some(y) => y,
                        None => continue,
                    },
                    _ => continue,
                };
                let Ok(date) = jiff::civil::Date::new(y as i16, m as i8, day as i8) else {
                    continue;
                };
                let actual = crate::resolve::weekday_index(date);
                if actual == w {
                    continue;
                }
                // an Old Style date may be right in the calendar of its
                // place and time: "Sunday 2 September 1666" in London
                if y < crate::resolve::GREGORIAN_IN_ENGLISH
                    && crate::resolve::julian_weekday_index(y, m, day) == w
                {
                    continue;
                }
                let text = &cx.doc.text[span.clone()];
                let (said, was) = (
                    cap(WEEKDAYS[usize::from(w)]),
                    cap(WEEKDAYS[usize::from(actual)]),
                );
                let mut f = Finding::new(
                    self.code(),
                    self.severity(),
                    cx.index,
                    span,
                    format!(
                        "\"{}\": {date} was a {was}, not a {said}",
                        super::one_line(text)
                    ),
                );
                f.expected = Some(was.clone());
                f.found = Some(said);
                f.help = Some(format!(
                    "either the weekday or the date is wrong; {date} was a {was}"
                ));
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    /// The weekdays found wrong in one sentence in an article of 18 April 2024.
    fn flagged(sentence: &str) -> Vec<String> {
        super::super::on_one_sentence("weekday-mismatch", sentence)
            .into_iter()
            .map(|(_, found)| found)
            .collect()
    }

    #[test]
    fn each_end_of_a_range_is_checked_in_the_year_the_range_writes() {
        for (sentence, said) in [
            (
                "On Thursday, 17 April 2024, the Kremlin spoke.",
                Some("Thursday"),
            ),
            (
                "The talks run from Tuesday 3 April to Friday 5 April 2024.",
                Some("Tuesday"),
            ),
            (
                "The talks run from Tuesday 2 April to Saturday 5 April 2024.",
                Some("Saturday"),
            ),
            // across the turn of a year: 30 December 2024 was a Monday
            (
                "Offices close from Monday 30 December to Friday 3 January 2025.",
                None,
            ),
            (
                "The talks run from Tuesday 2 April to Friday 5 April 2024.",
                None,
            ),
            // no year written at all: an inference, no ground for a warning
            ("The talks run from Monday 2 April to Friday 5 April.", None),
            // a weekday in apposition after the date
            (
                "The fire began on 15 April 2019, a Tuesday.",
                Some("Tuesday"),
            ),
            (
                "The fire began on 15 April 2019 — a Tuesday — at dusk.",
                Some("Tuesday"),
            ),
            (
                "The fire began on 15 April 2019 (Tuesday).",
                Some("Tuesday"),
            ),
            (
                "The fire began on 15 April 2019, which was a Sunday.",
                Some("Sunday"),
            ),
            ("The fire began on 15 April 2019, a Monday.", None),
            ("The fire began on 15 April 2019 (a Monday).", None),
            // without its article after a comma it may list days
            (
                "Talks were held on 15 April 2019, Tuesday and Wednesday.",
                None,
            ),
            (
                "The fire began on 15 April 2019, a Tuesdayish evening.",
                None,
            ),
            // before 1753 a weekday right in the Julian calendar may be
            // an Old Style date's: 2 September 1666 was a Sunday in London
            // (Thursday in the Gregorian calendar)
            ("The fire began on Sunday 2 September 1666.", None),
            ("The fire began on Monday 2 September 1666.", Some("Monday")),
            ("Parliament met on Sunday, 26 January 1752.", None),
            // later, a weekday right only in the Julian calendar is wrong
            // (17 December 1903 was a Thursday; 4 December Julian)
            (
                "The Wright brothers flew on Wednesday, 17 December 1903.",
                Some("Wednesday"),
            ),
        ] {
            let want: Vec<String> = said.into_iter().map(String::from).collect();
            assert_eq!(flagged(sentence), want, "{sentence}");
        }
    }
}
