//! `weekday-mismatch`: a weekday that does not match its date.
//!
//! ## What it does
//! For a date written with its weekday and its year ("Tuesday, 17 April
//! 2024"), checks the calendar. Dates without a written year are skipped: the
//! year they imply is an inference, and an inference is no ground for a
//! warning.
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
use crate::extract::{DateBase, Expr, YearRef, lex::WEEKDAYS};

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
            let Expr::Date(d) = &r.mention.expr else {
                continue;
            };
            let DateBase::Calendar {
                year: YearRef::Explicit(y),
                month: Some(m),
                day: Some(day),
                weekday: Some(w),
            } = d.base
            else {
                continue;
            };
            let Ok(date) = jiff::civil::Date::new(y as i16, m as i8, day as i8) else {
                continue;
            };
            let actual = crate::resolve::weekday_index(date);
            if actual == w {
                continue;
            }
            let text = &cx.doc.text[r.mention.span.clone()];
            let (said, was) = (
                cap(WEEKDAYS[usize::from(w)]),
                cap(WEEKDAYS[usize::from(actual)]),
            );
            let mut f = Finding::new(
                self.code(),
                self.severity(),
                cx.index,
                r.mention.span.clone(),
                format!("\"{text}\": {date} was a {was}, not a {said}"),
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
