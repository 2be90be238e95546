//! `invalid-date`: a date that does not exist.
//!
//! ## What it does
//! Flags a day past the end of its month: "31 June 2024", "February 30,
//! 2023", "29 February 2023" (not a leap year). A year-less "29 February" is
//! left alone: it exists in leap years; and so is "29 February 1700",
//! which exists in the Julian calendar that Britain kept until 1752.
//!
//! ## Why
//! An impossible date is always a typo, and the true date cannot be guessed.
//!
//! ## Example
//! ```text
//! The talks were held on 31 June 2024.
//!                        ^^^^^^^^^^^^ June has 30 days
//! ```

use super::{Check, DocContext, Finding, Severity};
use crate::extract::{DateBase, DateExpr, Expr, YearRef};

pub struct InvalidDate;

const MONTH_NAMES: [&str; 12] = [
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

/// Why a calendar date cannot exist, if it cannot.
fn impossible(d: &DateExpr) -> Option<String> {
    let DateBase::Calendar {
        year,
        month: Some(m),
        day: Some(day),
        ..
    } = d.base
    else {
        return None;
    };
    let name = MONTH_NAMES[usize::from(m - 1)];
    let max_any = match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > max_any {
        return Some(format!("{name} has {max_any} days at most"));
    }
    if let YearRef::Explicit(y) = year
        && m == 2
        && day == 29
        && jiff::civil::Date::new(y as i16, 2, 29).is_err()
        // (every fourth year is a leap year in the Julian calendar, which
        // Britain kept until 1752: "29 February 1700" is a date there)
        && !(y < crate::resolve::GREGORIAN_IN_ENGLISH && y % 4 == 0)
    {
        return Some(format!("{y} is not a leap year: February {y} has 28 days"));
    }
    None
}

impl Check for InvalidDate {
    fn code(&self) -> &'static str {
        "invalid-date"
    }

    fn severity(&self) -> Severity {
        Severity::Error
    }

    fn summary(&self) -> &'static str {
        "a date that does not exist (\"31 June 2024\", \"February 30, 2023\")"
    }

    fn check_document(&self, cx: &DocContext<'_>, out: &mut Vec<Finding>) {
        for r in cx.mentions {
            let why = match &r.mention.expr {
                Expr::Date(d) => impossible(d),
                Expr::Range(a, b) => impossible(a).or_else(|| impossible(b)),
                _ => None,
            };
            let Some(why) = why else { continue };
            let text = &cx.doc.text[r.mention.span.clone()];
            let mut f = Finding::new(
                self.code(),
                self.severity(),
                cx.index,
                r.mention.span.clone(),
                format!("\"{}\" is not a date: {why}", super::one_line(text)),
            );
            f.found = Some(text.to_string());
            f.help = Some("check the day and the month against the source".into());
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    fn flagged(sentence: &str) -> Vec<String> {
        super::super::on_one_sentence("invalid-date", sentence)
            .into_iter()
            .map(|(_, found)| found)
            .collect()
    }

    #[test]
    fn a_leap_day_is_impossible_only_where_no_calendar_has_it() {
        for (sentence, flag) in [
            ("The treaty was signed on 29 February 2023.", true),
            ("The treaty was signed on 29 February 2024.", false),
            ("The treaty was signed on 29 February 2100.", true),
            // a leap day of the Julian calendar, kept in Britain until 1752
            ("The treaty was signed on 29 February 1700.", false),
            ("The treaty was signed on 29 February 1701.", true),
            ("The treaty was signed on 29 February 1900.", true),
            ("The treaty was signed on 30 February 1700.", true),
            ("The talks were held on 31 June 2024.", true),
        ] {
            assert_eq!(!flagged(sentence).is_empty(), flag, "{sentence}");
        }
    }
}
