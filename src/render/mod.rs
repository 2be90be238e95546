//! Rendering findings: miette diagnostics for people, JSON for tools, and
//! the formats CI systems read ([`ci`]). Each writes as it is handed
//! findings, a document's at a time (see [`crate::check_streaming`]), and
//! renders a whole [`crate::Report`] the same way, so that the same run
//! always renders to the same bytes.

pub mod ci;
pub mod extract;
pub mod human;
pub mod json;

use crate::Report;
use crate::checks::Place;
use crate::document::Document;
use crate::rules::RuleSet;

/// The documents findings point into, by their index in the run: the
/// document the findings are in, and those their evidence is in. Each need
/// hold only the lines around the spans it is asked about.
pub trait Docs {
    fn doc(&self, index: usize) -> &Document;
}

impl Docs for Report {
    fn doc(&self, index: usize) -> &Document {
        &self.analyses[index].document
    }
}

/// The path a finding's evidence lives in, the 1-based line and column
/// (in characters) of `span`'s start there, and its text.
pub(crate) fn place_position<'a>(
    docs: &'a dyn Docs,
    rules: &'a RuleSet,
    place: &Place,
    span: std::ops::Range<usize>,
) -> (&'a str, usize, usize, &'a str) {
    match place {
        Place::Document(d) => {
            let doc = docs.doc(*d);
            let (line, column) = doc.line_col(span.start);
            (&doc.path, line, column, doc.slice(span))
        }
        Place::Rules(k) => {
            let file = &rules.files[*k];
            let (line, column) = file.line_col(span.start);
            (&file.path, line, column, &file.text[span])
        }
    }
}

/// The path a finding's evidence lives in, and the text that holds `span`
/// there with the offset that text starts at (a document may keep only the
/// lines around its claims and findings).
pub(crate) fn place_source<'a>(
    docs: &'a dyn Docs,
    rules: &'a RuleSet,
    place: &Place,
    span: std::ops::Range<usize>,
) -> (&'a str, usize, &'a str) {
    match place {
        Place::Document(d) => {
            let doc = docs.doc(*d);
            let (start, text) = doc.piece(span);
            (&doc.path, start, text)
        }
        Place::Rules(f) => (&rules.files[*f].path, 0, &rules.files[*f].text),
    }
}
