//! `anachronism`: a past event dated after the article.
//!
//! ## What it does
//! Flags an explicit date that begins after the article's own date when the
//! words before it in its sentence put the event in the past ("was
//! inaugurated on November 8, 2024" in an article of April 2024). Sentences
//! that speak of the future or of what might be ("will", "scheduled",
//! "expected", "would", "hoped", "wanted", "agreed") are left alone, and so
//! are deadlines ("until 2025", "by 2025", "beyond 2025") and dates resolved
//! relative to the article.
//!
//! ## Why
//! A draft cannot report as done what has not happened yet: either the date
//! or the article's date is wrong, or a later item has been pasted in.
//!
//! ## Example
//! ```text
//! April 18, 2024
//! The monument, which was inaugurated on November 8, 2024, …
//!                                        ^^^^^^^^^^^^^^^^ after the article's date
//! ```

use super::{Check, DocContext, Finding, Severity};
use crate::extract::{Expr, Relation};
use crate::text::{is_future_word, is_past_word, words};
use crate::value::date_from_day_number;

pub struct Anachronism;

/// Words that make a sentence hypothetical or prospective: conditions and
/// modals, and verbs of intention, whose past form looks ahead ("had hoped
/// to extend it in 2025", "never wanted them to stay beyond 2025").
const NOT_FACTUAL: [&str; 31] = [
    "would",
    "could",
    "might",
    "may",
    "should",
    "must",
    "if",
    "unless",
    "until",
    "beyond",
    "hope",
    "hopes",
    "hoped",
    "aims",
    "aimed",
    "want",
    "wants",
    "wanted",
    "wished",
    "intend",
    "intended",
    "sought",
    "planned",
    "promised",
    "pledged",
    "vowed",
    "agreed",
    "proposed",
    "offered",
    "threatened",
    "tried",
];

/// How many words before the date a past-tense verb may stand.
const REACH: usize = 10;

impl Check for Anachronism {
    fn code(&self) -> &'static str {
        "anachronism"
    }

    fn severity(&self) -> Severity {
        Severity::Warning
    }

    fn summary(&self) -> &'static str {
        "a past-tense event dated after the article's date; future tense is fine"
    }

    fn check_document(&self, cx: &DocContext<'_>, out: &mut Vec<Finding>) {
        let Some(dct) = cx.doc.date else { return };
        let dct_day = crate::value::day_number(dct) as f64;
        for r in cx.mentions {
            let (Some(v), Some(s)) = (&r.value, r.sentence) else {
                continue;
            };
            let is_explicit = match &r.mention.expr {
                Expr::Date(d) => !d.is_relative(),
                Expr::Range(a, _) => !a.is_relative(),
                _ => false,
            };
            if !is_explicit
                || v.interval.lo <= dct_day
                || matches!(
                    r.mention.relation,
                    Relation::Until | Relation::By | Relation::Before
                )
            {
                continue;
            }
            let sentence = &cx.doc.scan()[cx.doc.sentences[s].span.clone()];
            let offset = cx.doc.sentences[s].span.start;
            if words(sentence).any(|(_, w)| {
                is_future_word(w) || NOT_FACTUAL.iter().any(|n| w.eq_ignore_ascii_case(n))
            }) {
                continue;
            }
            let before: Vec<&str> = words(sentence)
                .take_while(|(at, _)| offset + at < r.mention.span.start)
                .map(|(_, w)| w)
                .collect();
            let verb = before.iter().rev().take(REACH).find(|w| is_past_word(w));
            let Some(verb) = verb else { continue };
            let text = &cx.doc.text[r.mention.span.clone()];
            let first = date_from_day_number(v.interval.lo as i64)
                .map_or_else(String::new, |d| d.to_string());
            let mut f = Finding::new(
                self.code(),
                self.severity(),
                cx.index,
                r.mention.span.clone(),
                format!(
                    "\"{text}\" is after the article's date ({dct}), but \"{verb}\" reports it as past"
                ),
            );
            f.expected = Some(format!("on or before {dct}"));
            f.found = Some(first);
            f.help = Some(format!(
                "check the date, the article's date ({dct}, {}), or whether this passage belongs to a later article",
                match &cx.doc.date_source {
                    crate::document::DateSource::Flag => "from --date",
                    crate::document::DateSource::FrontMatter => "from the front matter",
                    crate::document::DateSource::Dateline(_) => "from the dateline",
                    crate::document::DateSource::None => "unknown",
                }
            ));
            if let crate::document::DateSource::Dateline(span) = &cx.doc.date_source {
                f.related.push(super::Related {
                    place: super::Place::Document(cx.index),
                    span: span.clone(),
                    message: "the article's date".into(),
                });
            }
            out.push(f);
        }
    }
}
