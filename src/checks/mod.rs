//! Checks: one file per defect, one line per check in [`REGISTRY`].
//!
//! A check looks at one document at a time ([`Check::check_document`]) or at
//! the whole run ([`Check::check_corpus`], for disagreements between
//! documents, on the claims each document keeps) and pushes [`Finding`]s. Checks never print and never fail; the
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

/// For the checks' own tests: the findings of check `code` on one sentence
/// in an article of 18 April 2024 (its dateline above it), with no rules, as
/// (the text of the finding's span, what it found).
#[cfg(test)]
pub(crate) fn on_one_sentence(code: &str, sentence: &str) -> Vec<(String, String)> {
    use crate::document::{Document, Format};
    let text = format!("April 18, 2024\n\n{sentence}\n");
    let doc = Document::new("t.txt", text.clone(), Format::Text, None);
    let rules = crate::rules::load(&[]).expect("no rule files is an empty rule set");
    crate::check(vec![doc], &rules)
        .findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| {
            (
                text[f.span.clone()].to_string(),
                f.found.clone().unwrap_or_default(),
            )
        })
        .collect()
}

use crate::claims::{Claim, Resolved};
use crate::document::Document;
use crate::hash::FastState;
use crate::rules::{Hit, RuleSet};
use crate::value::Value;
use serde::Serialize;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

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
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// A document of the run, by index.
    Document(usize),
    /// A rule file, by index.
    Rules(usize),
}

/// Evidence shown alongside a finding: the rule in its YAML file, or another
/// document's claim.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

/// A claim as a whole-run check sees it: what it says, and where its
/// mention is, with the mention's exact text, line and column (the run
/// keeps no document text for these checks).
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimAt {
    /// Index into the rule set's facts.
    pub fact: usize,
    pub value: Value,
    /// The mention's span.
    pub span: Range<usize>,
    /// 1-based line and column (in characters) of the span's start.
    pub line: usize,
    pub column: usize,
    /// The mention's exact text.
    pub text: Box<str>,
    /// Whether it stands inside a quotation ([`Claim::quoted`]).
    pub quoted: bool,
    /// Why it is read loosely, if it is ([`Claim::loose`]).
    pub loose: Option<crate::claims::Loose>,
    /// Whether it is an amount of money ([`Claim::money`]).
    pub money: bool,
}

impl ClaimAt {
    /// The claims of one analysed document, in mention order.
    pub fn of(doc: &Document, mentions: &[Resolved], claims: &[Claim]) -> Vec<ClaimAt> {
        claims
            .iter()
            .map(|c| {
                let span = mentions[c.mention].mention.span.clone();
                let (line, column) = doc.line_col(span.start);
                ClaimAt {
                    fact: c.fact,
                    value: c.value.clone(),
                    text: doc.slice(span.clone()).into(),
                    span,
                    line,
                    column,
                    quoted: c.quoted,
                    loose: c.loose,
                    money: c.money,
                }
            })
            .collect()
    }
}

/// What a whole-run check sees: every document's path, date and claims,
/// by index in the run.
pub struct CorpusContext<'a> {
    pub docs: &'a [crate::DocInfo],
    pub rules: &'a RuleSet,
}

/// The findings of the whole-run checks, held until their documents are
/// reported. One disagreement is reported at every claim that makes it,
/// each finding with the same help and evidence: the strings and the
/// evidence are kept once each, so that the findings of a large run take
/// little more memory than their spans.
#[derive(Default)]
pub struct CorpusFindings {
    list: Vec<Stored>,
    strings: HashSet<Arc<str>, FastState>,
    related: HashSet<Arc<[Related]>, FastState>,
}

struct Stored {
    code: &'static str,
    severity: Severity,
    doc: usize,
    span: Range<usize>,
    message: Arc<str>,
    fact: Option<Arc<str>>,
    expected: Option<Arc<str>>,
    found: Option<Arc<str>>,
    help: Option<Arc<str>>,
    related: Arc<[Related]>,
}

impl CorpusFindings {
    fn string(&mut self, s: String) -> Arc<str> {
        match self.strings.get(s.as_str()) {
            Some(a) => a.clone(),
            None => {
                let a: Arc<str> = s.into();
                self.strings.insert(a.clone());
                a
            }
        }
    }

    pub fn push(&mut self, f: Finding) {
        let related = match self.related.get(f.related.as_slice()) {
            Some(a) => a.clone(),
            None => {
                let a: Arc<[Related]> = f.related.into();
                self.related.insert(a.clone());
                a
            }
        };
        let stored = Stored {
            code: f.code,
            severity: f.severity,
            doc: f.doc,
            span: f.span,
            message: self.string(f.message),
            fact: f.fact.map(|s| self.string(s)),
            expected: f.expected.map(|s| self.string(s)),
            found: f.found.map(|s| self.string(s)),
            help: f.help.map(|s| self.string(s)),
            related,
        };
        self.list.push(stored);
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Each finding's document, with each piece of its evidence.
    pub fn evidence(&self) -> impl Iterator<Item = (usize, &Related)> {
        self.list
            .iter()
            .flat_map(|f| f.related.iter().map(move |r| (f.doc, r)))
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Groups the findings by document, each document's in the order they
    /// were pushed; the interned strings are let go of as their findings
    /// are taken.
    pub fn by_document(mut self) -> ByDocument {
        self.list.sort_by_key(|f| f.doc);
        self.strings = HashSet::default();
        self.related = HashSet::default();
        ByDocument {
            list: self.list.into_iter().peekable(),
        }
    }
}

/// [`CorpusFindings`] taken document by document, in increasing order.
pub struct ByDocument {
    list: std::iter::Peekable<std::vec::IntoIter<Stored>>,
}

impl ByDocument {
    /// Whether document `doc` (or a later one) has findings left.
    pub fn has(&mut self, doc: usize) -> bool {
        while self.list.next_if(|f| f.doc < doc).is_some() {}
        self.list.peek().is_some_and(|f| f.doc == doc)
    }

    /// The findings of document `doc`; those of earlier documents not taken
    /// are dropped.
    pub fn take(&mut self, doc: usize) -> Vec<Finding> {
        let mut out = Vec::new();
        while self.list.next_if(|f| f.doc < doc).is_some() {}
        while let Some(f) = self.list.next_if(|f| f.doc == doc) {
            out.push(Finding {
                code: f.code,
                severity: f.severity,
                doc: f.doc,
                span: f.span,
                message: f.message.to_string(),
                fact: f.fact.as_deref().map(str::to_string),
                expected: f.expected.as_deref().map(str::to_string),
                found: f.found.as_deref().map(str::to_string),
                help: f.help.as_deref().map(str::to_string),
                related: f.related.to_vec(),
            });
        }
        out
    }
}

pub trait Check: Sync {
    /// The stable code findings carry (in JSON and in the human report).
    fn code(&self) -> &'static str;
    /// The default severity, for documentation.
    fn severity(&self) -> Severity;
    /// One line on what the check finds.
    fn summary(&self) -> &'static str;
    fn check_document(&self, _cx: &DocContext<'_>, _out: &mut Vec<Finding>) {}
    fn check_corpus(&self, _cx: &CorpusContext<'_>, _out: &mut CorpusFindings) {}
}

/// `text` (of the draft) as a message quotes it: on one line, each run of
/// spaces with a line break or a tab in it made one space ("International
/// Atomic Energy Authority", not the line break the draft wraps it at).
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\n', '\r', '\t']) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    // the spaces since the last other character
    let mut run = 0..0;
    for (k, c) in text.char_indices() {
        if matches!(c, ' ' | '\n' | '\r' | '\t') {
            if run.is_empty() {
                run = k..k;
            }
            run.end = k + 1;
            continue;
        }
        let spaces = &text[run.clone()];
        if spaces.contains(['\n', '\r', '\t']) {
            out.push(' ');
        } else {
            out.push_str(spaces);
        }
        run = 0..0;
        out.push(c);
    }
    out.into()
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

/// [`fact_help`] for a claim read loosely ([`Claim::loose`]), saying why.
pub fn loose_help(rules: &RuleSet, fact: usize, loose: crate::claims::Loose) -> String {
    let why = match loose {
        crate::claims::Loose::Weekday => {
            "read from a weekday alone: check which day it was, and the article's date"
        }
        crate::claims::Loose::NamedByFigure => {
            "the subject is named only by a generic name and the figure itself: check that the text means this one"
        }
        crate::claims::Loose::FarFromFact => {
            "far from the fact's value, as another thing's figure would be: check that the text means this one"
        }
    };
    format!("{why}; {}", fact_help(rules, fact))
}

/// [`fact_help`] for a claim inside a quotation: the speaker's words, which
/// the text may report accurately.
pub fn quoted_help(rules: &RuleSet, fact: usize) -> String {
    format!(
        "quoted: if the quotation is accurate, say in the text that the figure is wrong; {}",
        fact_help(rules, fact)
    )
}
