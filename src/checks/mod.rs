//! Checks: one file per defect, one line per check in [`REGISTRY`].
//!
//! A check looks at one document at a time ([`Check::check_document`]) or at
//! the whole run ([`Check::check_corpus`], for disagreements between
//! documents) and pushes [`Finding`]s. Checks never print and never fail; the
//! order they push in does not matter, because findings are sorted before
//! they are reported.
//!
//! To add a check: write `src/checks/<code>.rs` (the code with `_` for `-`)
//! with a doc comment saying what it does, why, and an example; add it to
//! [`REGISTRY`]; add a fixture under `tests/fixtures/checks/<code>/` (a
//! `bad.txt` and its `clean.txt` twin) and its case in `tests/checks.rs`,
//! which snapshots the report.

mod acronym_mismatch;
mod anachronism;
mod fact_mismatch;
mod inconsistent;
mod invalid_date;
mod weekday_mismatch;
mod wrong_name;

use crate::claims::{Claim, Resolved};
use crate::document::Document;
use crate::rules::{Hit, RuleSet};
use serde::Serialize;
use std::ops::Range;

/// Every check, in the order they are documented.
pub static REGISTRY: &[&dyn Check] = &[
    &fact_mismatch::FactMismatch,
    &inconsistent::Inconsistent,
    &weekday_mismatch::WeekdayMismatch,
    &invalid_date::InvalidDate,
    &anachronism::Anachronism,
    &acronym_mismatch::AcronymMismatch,
    &wrong_name::WrongName,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Advice,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Advice => "advice",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a related piece of evidence lives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// A document of the run, by index.
    Document(usize),
    /// A rule file, by index.
    Rules(usize),
}

/// Evidence shown alongside a finding: the rule in its YAML file, or another
/// document's claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    pub place: Place,
    pub span: Range<usize>,
    pub message: String,
}

/// One defect found in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    /// Index of the document in the run.
    pub doc: usize,
    pub span: Range<usize>,
    pub message: String,
    pub fact: Option<String>,
    pub expected: Option<String>,
    pub found: Option<String>,
    pub help: Option<String>,
    pub related: Vec<Related>,
}

impl Finding {
    pub fn new(
        code: &'static str,
        severity: Severity,
        doc: usize,
        span: Range<usize>,
        message: String,
    ) -> Self {
        Finding {
            code,
            severity,
            doc,
            span,
            message,
            fact: None,
            expected: None,
            found: None,
            help: None,
            related: Vec::new(),
        }
    }
}

/// What a per-document check sees.
pub struct DocContext<'a> {
    pub index: usize,
    pub doc: &'a Document,
    pub mentions: &'a [Resolved],
    pub claims: &'a [Claim],
    pub hits: &'a [Hit],
    pub rules: &'a RuleSet,
}

/// What a whole-run check sees: every document's context.
pub struct CorpusContext<'a> {
    pub docs: &'a [DocContext<'a>],
    pub rules: &'a RuleSet,
}

pub trait Check: Sync {
    /// The stable code findings carry (in JSON and in the human report).
    fn code(&self) -> &'static str;
    /// The default severity, for documentation.
    fn severity(&self) -> Severity;
    /// One line on what the check finds.
    fn summary(&self) -> &'static str;
    fn check_document(&self, _cx: &DocContext<'_>, _out: &mut Vec<Finding>) {}
    fn check_corpus(&self, _cx: &CorpusContext<'_>, _out: &mut Vec<Finding>) {}
}

/// The evidence that points at a fact's definition in its rule file.
pub fn rule_related(rules: &RuleSet, fact: usize) -> Related {
    let f = &rules.facts[fact];
    let text = &rules.files[f.file].text;
    let end = text[f.offset..]
        .find('\n')
        .map_or(text.len(), |e| f.offset + e);
    Related {
        place: Place::Rules(f.file),
        span: f.offset..end,
        message: format!(
            "rule `{}` ({}:{})",
            f.id,
            rules.files[f.file].path,
            rules.fact_line(f)
        ),
    }
}

/// "the fact's value (source: …)" for help texts.
pub fn fact_help(rules: &RuleSet, fact: usize) -> String {
    let f = &rules.facts[fact];
    let subject = &rules.subjects[f.subject].name;
    let mut s = match &f.value {
        Some(v) => format!("`{}` ({subject}) is {v}", f.id),
        None => format!("`{}` ({subject}) has no known value", f.id),
    };
    if let Some(note) = &f.note {
        s.push_str(&format!(": {note}"));
    }
    match (&f.source, &f.derived) {
        (Some(src), _) => s.push_str(&format!("; source: {src}")),
        (None, Some(d)) => s.push_str(&format!("; derived: {d}")),
        (None, None) => s.push_str("; no source given"),
    }
    s
}
