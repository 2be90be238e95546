//! Rendering a [`crate::Report`]: miette diagnostics for people, JSON for
//! tools. Both are pure functions from a report to a string, so that the same
//! report always renders to the same bytes.

pub mod extract;
pub mod human;
pub mod json;

use crate::Report;
use crate::checks::{Finding, Place};
use crate::rules::RuleSet;

/// The path a finding's evidence lives in, and the text that holds `span`
/// there with the offset that text starts at (a document may keep only the
/// lines around its claims and findings).
pub(crate) fn place_source<'a>(
    report: &'a Report,
    rules: &'a RuleSet,
    place: &Place,
    span: std::ops::Range<usize>,
) -> (&'a str, usize, &'a str) {
    match place {
        Place::Document(d) => {
            let doc = &report.analyses[*d].document;
            let (start, text) = doc.piece(span);
            (&doc.path, start, text)
        }
        Place::Rules(f) => (&rules.files[*f].path, 0, &rules.files[*f].text),
    }
}

/// The exact text a finding points at.
pub(crate) fn finding_text<'a>(report: &'a Report, f: &Finding) -> &'a str {
    report.analyses[f.doc].document.slice(f.span.clone())
}
