//! `--format json`: one JSON document per run.
//!
//! ```json
//! {"schema": 1,
//!  "documents": [{"path", "date", "claims": [...]}],
//!  "findings": [{"code", "severity", "path", "line", "column", "offset",
//!                "length", "text", "message", "fact", "expected", "found",
//!                "help", "related": [{"path", "line", "column", "offset",
//!                                     "length", "text", "message"}]}],
//!  "errors": [{"path", "message"}]}
//! ```
//! Lines and columns are 1-based, columns in characters; offsets and lengths
//! in bytes of the original file. Findings are sorted by path, then offset.

use super::finding_text;
use crate::Report;
use crate::checks::{Finding, Place};
use crate::input::InputError;
use crate::rules::RuleSet;
use serde::Serialize;

#[derive(Serialize)]
struct Out<'a> {
    schema: u32,
    documents: Documents<'a>,
    findings: Findings<'a>,
    errors: Vec<ErrorOut>,
}

/// The documents, serialised one at a time as they are written.
struct Documents<'a>(&'a Report, &'a RuleSet);

impl Serialize for Documents<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.analyses.iter().map(|a| doc_out(a, self.1)))
    }
}

/// The findings, serialised one at a time as they are written.
struct Findings<'a>(&'a Report, &'a RuleSet);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.0
                .findings
                .iter()
                .map(|f| finding_out(self.0, self.1, f)),
        )
    }
}

#[derive(Serialize)]
struct DocOut<'a> {
    path: &'a str,
    date: Option<String>,
    claims: Vec<ClaimOut<'a>>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    fact: &'a str,
    kind: &'static str,
    text: &'a str,
    value: String,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    code: &'static str,
    severity: &'static str,
    path: &'a str,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
    text: &'a str,
    message: &'a str,
    fact: Option<&'a str>,
    expected: Option<&'a str>,
    found: Option<&'a str>,
    help: Option<&'a str>,
    related: Vec<RelatedOut<'a>>,
}

#[derive(Serialize)]
struct RelatedOut<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
    text: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct ErrorOut {
    path: String,
    message: String,
}

fn doc_out<'a>(a: &'a crate::Analysis, rules: &'a RuleSet) -> DocOut<'a> {
    DocOut {
        path: &a.document.path,
        date: a.document.date.map(|d| d.to_string()),
        claims: a
            .claims
            .iter()
            .map(|c| {
                let m = &a.mentions[c.mention].mention;
                let (line, column) = a.document.line_col(m.span.start);
                let f = &rules.facts[c.fact];
                ClaimOut {
                    fact: &f.id,
                    kind: f.kind.as_str(),
                    text: a.document.slice(m.span.clone()),
                    value: c.value.to_string(),
                    line,
                    column,
                    offset: m.span.start,
                    length: m.span.len(),
                }
            })
            .collect(),
    }
}

fn finding_out<'a>(report: &'a Report, rules: &'a RuleSet, f: &'a Finding) -> FindingOut<'a> {
    let doc = &report.analyses[f.doc].document;
    let (line, column) = doc.line_col(f.span.start);
    FindingOut {
        code: f.code,
        severity: f.severity.as_str(),
        path: &doc.path,
        line,
        column,
        offset: f.span.start,
        length: f.span.len(),
        text: finding_text(report, f),
        message: &f.message,
        fact: f.fact.as_deref(),
        expected: f.expected.as_deref(),
        found: f.found.as_deref(),
        help: f.help.as_deref(),
        related: f
            .related
            .iter()
            .map(|r| {
                let (path, text, line, column) = match r.place {
                    Place::Document(d) => {
                        let doc = &report.analyses[d].document;
                        let (line, column) = doc.line_col(r.span.start);
                        (&*doc.path, doc.slice(r.span.clone()), line, column)
                    }
                    Place::Rules(k) => {
                        let file = &rules.files[k];
                        let (line, column) = file.line_col(r.span.start);
                        (&*file.path, &file.text[r.span.clone()], line, column)
                    }
                };
                RelatedOut {
                    path,
                    line,
                    column,
                    offset: r.span.start,
                    length: r.span.len(),
                    text,
                    message: &r.message,
                }
            })
            .collect(),
    }
}

/// Renders a report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report, rules: &RuleSet, errors: &[InputError]) -> String {
    let mut out = Vec::new();
    write(&mut out, report, rules, errors).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// As [`render`], streamed into `w`, so that a large report is never held
/// in memory whole.
pub fn write(
    w: &mut impl std::io::Write,
    report: &Report,
    rules: &RuleSet,
    errors: &[InputError],
) -> std::io::Result<()> {
    let errors = errors
        .iter()
        .map(|e| ErrorOut {
            path: e.path.clone(),
            message: e.error.to_string(),
        })
        .collect();
    let out = Out {
        schema: 1,
        documents: Documents(report, rules),
        findings: Findings(report, rules),
        errors,
    };
    serde_json::to_writer_pretty(&mut *w, &out)?;
    w.write_all(b"\n")
}
