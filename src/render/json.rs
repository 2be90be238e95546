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

use super::{finding_text, place_source};
use crate::Report;
use crate::document::line_col;
use crate::input::InputError;
use crate::rules::RuleSet;
use serde::Serialize;

#[derive(Serialize)]
struct Out<'a> {
    schema: u32,
    documents: Vec<DocOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    errors: Vec<ErrorOut>,
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
    let documents = report
        .analyses
        .iter()
        .map(|a| DocOut {
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
                        text: &a.document.text[m.span.clone()],
                        value: c.value.to_string(),
                        line,
                        column,
                        offset: m.span.start,
                        length: m.span.len(),
                    }
                })
                .collect(),
        })
        .collect();
    let findings = report
        .findings
        .iter()
        .map(|f| {
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
                        let (path, text) = place_source(report, rules, &r.place);
                        let (line, column) = match r.place {
                            crate::checks::Place::Document(d) => {
                                report.analyses[d].document.line_col(r.span.start)
                            }
                            crate::checks::Place::Rules(_) => line_col(text, r.span.start),
                        };
                        RelatedOut {
                            path,
                            line,
                            column,
                            offset: r.span.start,
                            length: r.span.len(),
                            text: &text[r.span.clone()],
                            message: &r.message,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let errors = errors
        .iter()
        .map(|e| ErrorOut {
            path: e.path.clone(),
            message: e.error.to_string(),
        })
        .collect();
    let out = Out {
        schema: 1,
        documents,
        findings,
        errors,
    };
    serde_json::to_writer_pretty(&mut *w, &out)?;
    w.write_all(b"\n")
}
