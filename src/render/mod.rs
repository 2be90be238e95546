//! Rendering a [`crate::Report`]: miette diagnostics for people, JSON for
//! tools. Both are pure functions from a report to a string, so that the same
//! report always renders to the same bytes.

pub mod extract;
pub mod human;
pub mod json;

use crate::Report;
use crate::checks::{Finding, Place};
use crate::rules::RuleSet;

/// The path and text a finding's evidence lives in.
pub(crate) fn place_source<'a>(
    report: &'a Report,
    rules: &'a RuleSet,
    place: &Place,
) -> (&'a str, &'a str) {
    match place {
        Place::Document(d) => {
            let doc = &report.analyses[*d].document;
            (&doc.path, &doc.text)
        }
        Place::Rules(f) => (&rules.files[*f].path, &rules.files[*f].text),
    }
}

/// The exact text a finding points at.
pub(crate) fn finding_text<'a>(report: &'a Report, f: &Finding) -> &'a str {
    &report.analyses[f.doc].document.text[f.span.clone()]
}
